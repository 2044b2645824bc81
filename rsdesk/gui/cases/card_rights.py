"""What the signed-in user may do on one case card, and the line that says why not."""

from __future__ import annotations

from dataclasses import dataclass, field

from rsdesk.access import Desk
from rsdesk.domain.case_lists import SignOff
from rsdesk.domain.roles import Decision, Op
from rsdesk.gui.cases.signoff_panel import kind_label
from rsdesk.gui.dates import format_date
from rsdesk.i18n import translate


@dataclass(frozen=True)
class CardRights:
    edit: Decision
    close: Decision
    assign: Decision
    reopen: Decision
    delete: Decision
    sign_off: Decision
    pending: tuple[SignOff, ...] = ()  # the curator's view of what waits on this case
    pending_kinds: tuple[str, ...] = ()  # what waits, as anyone on the case sees it
    notes: list[str] = field(default_factory=list)

    @property
    def notice(self) -> str:
        return "\n".join(self.notes)

    @property
    def closure_waits(self) -> bool:
        """A young mediator's closure waits for the curator: the case is not closed yet."""
        return "closure" in self.pending_kinds


def card_rights(desk: Desk, case_id: int) -> CardRights:
    """Ask the core once per reload; the card disables, hides and explains from this."""
    facts = desk.facts(case_id)
    pending = tuple(s for s in desk.pending_signoffs() if s.case_id == case_id)
    if pending:
        kinds = tuple(s.kind for s in pending)
    else:
        # Other roles do not read the sign-off queue; the case's facts say enough.
        kinds = ("closure",) if facts.pending_closure else ()
        kinds += ("agreement",) * (len(facts.pending_signoffs) - len(kinds))
    rights = CardRights(
        edit=desk.may(Op.EDIT_CASE, case_id),
        close=desk.may(Op.CLOSE_CASE, case_id),
        assign=desk.may(Op.ASSIGN, case_id),
        # A closure waiting for the sign-off is answered by signing or returning it.
        reopen=desk.may(Op.REOPEN_CASE, case_id) if not facts.pending_closure else Decision(False),
        delete=desk.may(Op.DELETE_CASE, case_id),
        sign_off=desk.may(Op.SIGN_OFF, case_id),
        pending=pending,
        pending_kinds=kinds,
    )
    for item in pending:
        rights.notes.append(
            translate(
                "CaseCard",
                "Waiting for the curator's sign-off: {what} (sent by {who} on {date}).",
                what=kind_label(item.kind),
                who=item.submitter_name,
                date=format_date(item.submitted_on),
            )
        )
    if not pending:
        for kind in dict.fromkeys(kinds):
            rights.notes.append(
                translate(
                    "CaseCard", "Waiting for the curator's sign-off: {what}.", what=kind_label(kind)
                )
            )
    if not rights.edit and facts.pending_closure:
        # The core's reason would repeat the line above; say only what it means for now.
        rights.notes.append(
            translate(
                "CaseCard",
                "Until the curator signs it off or returns it, the case can only be read.",
            )
        )
    elif not rights.edit:
        rights.notes.append(rights.edit.reason)
    return rights
