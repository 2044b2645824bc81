"""The register as one signed-in user may use it: every operation checks the role and is audited.

The storage functions below this layer trust their caller; the GUI and the command line go
through a Desk made for the user whose password opened the vault, so a role's limits hold
whatever button a future screen adds.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import date, datetime

from sqlite_utils import Database

from rsdesk.domain.register import CaseCard, CaseRow, ValidationError
from rsdesk.domain.roles import Actor, CaseFacts, Decision, Op, Role, decide, young_case_problem
from rsdesk.i18n import translate
from rsdesk.storage import audit, signoffs
from rsdesk.storage.cases import case_card
from rsdesk.storage.queries import case_rows
from rsdesk.storage.roles_facts import (
    all_case_facts,
    case_facts,
    case_of_event,
    case_of_program,
    case_of_request,
)


class NotAllowedError(PermissionError):
    """The acting user's role does not allow the operation; `message` says why."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


class DeskBase:
    def __init__(
        self,
        db: Database,
        actor: Actor,
        *,
        today: Callable[[], date] = date.today,
        now: Callable[[], datetime] = datetime.now,
        remove_attachment: Callable[[str], None] | None = None,
    ) -> None:
        self.db = db
        self.actor = actor
        self._today = today
        self._now = now
        # Purging a case removes its encrypted scans too; the vault owns those files.
        self.remove_attachment = remove_attachment

    # --- asking ------------------------------------------------------------------------------

    def today(self) -> date:
        return self._today()

    def facts(self, case_id: int) -> CaseFacts:
        return case_facts(self.db, case_id)

    def may(self, op: Op, case_id: int | None = None) -> Decision:
        """Whether the user may do `op`, with the reason when not (for the GUI's «why?»)."""
        return decide(self.actor, op, None if case_id is None else self.facts(case_id))

    def require(self, op: Op, case_id: int | None = None) -> None:
        decision = self.may(op, case_id)
        if not decision:
            raise NotAllowedError(decision.reason)

    @property
    def is_curator(self) -> bool:
        return self.actor.role is Role.CURATOR

    def audit(self, action: str, **details: object) -> None:
        audit.record(self.db, self.actor.user_id, action, at=self._now(), **details)  # type: ignore[arg-type]

    # --- seeing cases ------------------------------------------------------------------------

    def case_rows(self) -> list[CaseRow]:
        """The case list: every case for the curator, one's own cases for a mediator."""
        found = case_rows(self.db)
        if self.is_curator:
            return found
        facts = all_case_facts(self.db)
        return [row for row in found if decide(self.actor, Op.VIEW_CASE, facts[row.id])]

    def case_card(self, case_id: int) -> CaseCard:
        """Open a case (recorded in the audit trail)."""
        self.require(Op.VIEW_CASE, case_id)
        card = case_card(self.db, case_id)
        self.audit("open_case", object_kind="case", object_id=case_id, label=card.case.number)
        return card

    # --- changing cases ----------------------------------------------------------------------

    @contextmanager
    def changing(
        self, case_id: int, op: Op = Op.EDIT_CASE, action: str = "change_case", reason: str = ""
    ) -> Iterator[None]:
        """Check, change, re-check the young mediators' limits, audit; all or nothing."""
        self.require(op, case_id)
        with self.db.atomic():
            yield
            self._keep_young_limits(case_id)
            self.audit(
                action,
                object_kind="case",
                object_id=case_id,
                label=self._number(case_id),
                reason=reason,
            )

    def _keep_young_limits(self, case_id: int) -> None:
        """A change may not turn a young mediator's case into one they must not work on."""
        facts = self.facts(case_id)
        if not facts.young_ids:
            return
        problem = young_case_problem(facts)
        if problem:
            raise NotAllowedError(
                translate(
                    "roles",
                    "This change is not possible while a young mediator works on the case. "
                    "{problem}",
                    problem=problem,
                )
            )

    def _number(self, case_id: int) -> str:
        row = self.db.execute("SELECT number FROM cases WHERE id = ?", [case_id]).fetchone()
        return row[0] if row else ""

    def case_of_program(self, program_id: int) -> int:
        return case_of_program(self.db, program_id)

    def case_of_event(self, event_id: int) -> int | None:
        return case_of_event(self.db, event_id)

    def case_of_request(self, request_id: int) -> int | None:
        return case_of_request(self.db, request_id)

    def _submit(self, case_id: int, kind: str, program_id: int | None = None) -> None:
        signoffs.submit(self.db, case_id, kind, self.actor.user_id, self.today(), program_id)
        self.audit(
            "submit_signoff", object_kind="case", object_id=case_id, label=self._number(case_id)
        )

    @staticmethod
    def reason_required(reason: str) -> str:
        if not reason.strip():
            raise ValidationError({"reason": translate("roles", "Write the reason.")})
        return reason.strip()
