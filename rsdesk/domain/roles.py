"""Who may do what: the roles of a service's users and the one function that decides.

Pure rules over plain facts, so the whole role × operation matrix can be tested without a
database and the GUI can ask the same question to hide a button and to explain why.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum

from rsdesk.i18n import QT_TRANSLATE_NOOP, translate


class Role(StrEnum):
    CURATOR = "curator"
    ADULT = "adult"
    YOUNG = "young"


ROLE_LABELS = {
    Role.CURATOR: QT_TRANSLATE_NOOP("roles", "curator"),
    Role.ADULT: QT_TRANSLATE_NOOP("roles", "adult mediator"),
    Role.YOUNG: QT_TRANSLATE_NOOP("roles", "young mediator"),
}


def role_label(role: Role) -> str:
    return translate("roles", ROLE_LABELS[role])


class Op(StrEnum):
    # the service as a whole
    MANAGE_USERS = "manage_users"
    EDIT_PROFILE = "edit_profile"
    EDIT_ROSTER = "edit_roster"
    VIEW_CONTACTS = "view_contacts"
    VIEW_REQUESTS = "view_requests"
    REGISTER_REQUEST = "register_request"
    DECIDE_REQUEST = "decide_request"
    VIEW_STATS = "view_stats"
    EXPORT_STATS = "export_stats"
    VIEW_AUDIT = "view_audit"
    SET_RETENTION = "set_retention"
    VIEW_DELETED = "view_deleted"
    # one case
    VIEW_CASE = "view_case"
    EDIT_CASE = "edit_case"
    CLOSE_CASE = "close_case"
    ASSIGN = "assign"
    REOPEN_CASE = "reopen_case"
    DELETE_CASE = "delete_case"
    RESTORE_CASE = "restore_case"
    SIGN_OFF = "sign_off"


SERVICE_OPS = frozenset(
    {
        Op.MANAGE_USERS,
        Op.EDIT_PROFILE,
        Op.EDIT_ROSTER,
        Op.VIEW_CONTACTS,
        Op.VIEW_REQUESTS,
        Op.REGISTER_REQUEST,
        Op.DECIDE_REQUEST,
        Op.VIEW_STATS,
        Op.EXPORT_STATS,
        Op.VIEW_AUDIT,
        Op.SET_RETENTION,
        Op.VIEW_DELETED,
    }
)
CASE_OPS = frozenset(Op) - SERVICE_OPS

# What an adult mediator may do for the service as a whole; the curator may do everything,
# a young mediator nothing beyond the cases assigned to them.
ADULT_SERVICE_OPS = frozenset({Op.VIEW_CONTACTS, Op.VIEW_REQUESTS, Op.REGISTER_REQUEST})

# The only situations a young mediator works on (docs/DOMAIN.md: conflicts between students).
YOUNG_CATEGORIES = frozenset({"educational_conflict", "community_problem"})
# Participants in these roles are parties; a young mediator's case has only minors among them.
PARTY_ROLES = frozenset({"offender", "victim", "party", "teacher", "administration"})


@dataclass(frozen=True)
class Actor:
    """The user acting: a mediator of the roster who signs in with an own key slot."""

    user_id: int
    name: str
    role: Role
    slot_id: str | None = None


@dataclass(frozen=True)
class CaseFacts:
    """What the rules need to know of one case."""

    case_id: int
    category: str
    status: str  # open | closed
    mediator_ids: frozenset[int] = frozenset()
    adult_mediator_ids: frozenset[int] = frozenset()
    adult_party: bool = False  # an adult among the parties
    pending_closure: bool = False  # a young mediator's closure waits for the sign-off
    pending_signoffs: tuple[int, ...] = ()  # submitters of pending sign-offs
    deleted: bool = False
    deleted_by: int | None = None  # may undo the deletion, as the curator may
    purged: bool = False
    young_ids: frozenset[int] = field(default_factory=frozenset)
    from_journal: bool = False  # a closed record brought in from a paper or Excel journal


@dataclass(frozen=True)
class Decision:
    allowed: bool
    reason: str = ""  # why not, for the user

    def __bool__(self) -> bool:
        return self.allowed


ALLOW = Decision(True)


def _no(reason: str) -> Decision:
    return Decision(False, reason)


def young_case_problem(case: CaseFacts) -> str:
    """Why a young mediator may not work on this case, or "" when they may."""
    if case.category not in YOUNG_CATEGORIES:
        return translate(
            "roles",
            "Young mediators work only on conflicts between students and on problems of a "
            "children's community.",
        )
    if case.adult_party:
        return translate(
            "roles", "An adult is a party to this case: young mediators do not take it."
        )
    if not case.adult_mediator_ids:
        return translate(
            "roles", "A young mediator works only beside an adult co-mediator or supervisor."
        )
    return ""


def decide(actor: Actor, op: Op, case: CaseFacts | None = None) -> Decision:
    """May `actor` do `op` (on `case`, for the operations on one case)?"""
    if op in SERVICE_OPS:
        return _service(actor, op)
    if case is None:
        raise ValueError(f"{op} needs a case")
    return _case(actor, op, case)


def _service(actor: Actor, op: Op) -> Decision:
    if actor.role is Role.CURATOR:
        return ALLOW
    if actor.role is Role.ADULT and op in ADULT_SERVICE_OPS:
        return ALLOW
    if op in (Op.EXPORT_STATS, Op.VIEW_STATS):
        return _no(translate("roles", "Only the curator exports the service's statistics."))
    if op is Op.VIEW_AUDIT:
        return _no(translate("roles", "Only the curator views the audit trail."))
    if op is Op.MANAGE_USERS:
        return _no(translate("roles", "Only the curator manages users and their passwords."))
    if op is Op.VIEW_CONTACTS:
        return _no(translate("roles", "Contact details of the roster are for adults only."))
    if actor.role is Role.YOUNG and op in (Op.VIEW_REQUESTS, Op.REGISTER_REQUEST):
        return _no(translate("roles", "Young mediators see only the cases assigned to them."))
    return _no(translate("roles", "Only the curator may do this."))


def _case(actor: Actor, op: Op, case: CaseFacts) -> Decision:
    if case.from_journal and op is not Op.VIEW_CASE:
        # Who may not even read the case hears that first; the others, that a journal's
        # record is only read (before «closed», which would send them to reopen it).
        seen = _case_rules(actor, Op.VIEW_CASE, case)
        return _no(journal_read_only_reason()) if seen else seen
    return _case_rules(actor, op, case)


def _case_rules(actor: Actor, op: Op, case: CaseFacts) -> Decision:
    if case.purged and op is not Op.VIEW_CASE:
        return _no(
            translate(
                "roles",
                "The personal data of this case were removed; it stays only in the statistics.",
            )
        )
    if case.deleted:
        if op is Op.RESTORE_CASE and (
            actor.role is Role.CURATOR or actor.user_id == case.deleted_by
        ):
            return ALLOW
        if op is Op.VIEW_CASE and actor.role is Role.CURATOR:
            return ALLOW
        return _no(translate("roles", "The case was deleted."))
    if op is Op.RESTORE_CASE:
        return _no(translate("roles", "The case is not deleted."))
    on_case = actor.user_id in case.mediator_ids
    if actor.role is Role.CURATOR:
        return _curator_case(actor, op, case)
    if not on_case:
        return _no(translate("roles", "You are not assigned to this case."))
    if actor.role is Role.YOUNG:
        problem = young_case_problem(case)
        if problem:
            return Decision(False, problem)
        if op in (Op.DELETE_CASE, Op.ASSIGN, Op.REOPEN_CASE, Op.SIGN_OFF):
            return _no(translate("roles", "A young mediator cannot do this; ask the curator."))
    if op in (Op.ASSIGN, Op.REOPEN_CASE, Op.SIGN_OFF):
        return _no(translate("roles", "Only the curator may do this."))
    if op is Op.VIEW_CASE:
        return ALLOW
    return _writable(case, op)


def _curator_case(actor: Actor, op: Op, case: CaseFacts) -> Decision:
    if op is Op.SIGN_OFF:
        if not case.pending_signoffs:
            return _no(translate("roles", "Nothing in this case waits for a sign-off."))
        if all(submitter == actor.user_id for submitter in case.pending_signoffs):
            return _no(translate("roles", "Nobody signs off their own work."))
        return ALLOW
    if op is Op.REOPEN_CASE:
        if case.status != "closed":
            return _no(translate("roles", "The case is open."))
        if case.pending_closure:
            return _no(translate("roles", "Sign off the closure or return it for rework."))
        return ALLOW
    if op in (Op.VIEW_CASE, Op.DELETE_CASE):
        return ALLOW
    return _writable(case, op)


def journal_read_only_reason() -> str:
    # The import is undone as a whole (docs/DOMAIN.md, journal import): one row is never edited.
    return translate(
        "journal",
        "The case was taken from the journal: it cannot be changed. If the import holds a "
        "mistake, undo the whole import and bring the corrected file in again.",
    )


def _writable(case: CaseFacts, op: Op) -> Decision:
    if case.pending_closure:
        return _no(
            translate(
                "roles", "The case waits for the curator's sign-off; it cannot be changed now."
            )
        )
    if case.status == "closed":
        return _no(
            translate(
                "roles", "The case is closed and can only be read. The curator may reopen it."
            )
        )
    return ALLOW
