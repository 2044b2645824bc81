"""What a user does to a case: programs, events, documents, mediators, closing and sign-off."""

from __future__ import annotations

from datetime import date

from rsdesk.access.desk import DeskBase, RoleRefused
from rsdesk.domain.changes import CASES, PROGRAMS, REQUESTS
from rsdesk.domain.register import Document, ProgramSummary
from rsdesk.domain.roles import Op, Role, young_case_problem
from rsdesk.i18n import translate
from rsdesk.storage import cases, deletion, events, signoffs
from rsdesk.storage.roster import get_mediator


class CaseOps(DeskBase):
    # --- the case itself ---------------------------------------------------------------------

    def set_category(self, case_id: int, category: str) -> None:
        with self._changing(case_id):
            cases.set_category(self.db, case_id, category)

    def close_case(self, case_id: int, closed_on: date, *, note: str = "") -> None:
        """A young mediator's closure waits for the curator's sign-off (read-only meanwhile)."""
        with self._changing(case_id, Op.CLOSE_CASE, "close_case"):
            cases.close_case(self.db, case_id, closed_on, note=note, today=self.today())
            if self.actor.role is Role.YOUNG:
                self._submit(case_id, "closure")

    def reopen_case(self, case_id: int, reopened_on: date, *, reason: str) -> None:
        """An override by the curator: the reason goes into the case and the audit trail."""
        reason = self._reason_required(reason)
        with self._changing(case_id, Op.REOPEN_CASE, "reopen_case", reason):
            cases.reopen_case(self.db, case_id, reopened_on, note=reason)

    def assign_mediator(self, case_id: int, mediator_id: int, role: str = "lead") -> None:
        mediator = get_mediator(self.db, mediator_id)
        with self._changing(case_id, Op.ASSIGN, "assign"):
            if mediator.kind == "young" and not self.facts(case_id).adult_mediator_ids:
                raise RoleRefused(
                    translate(
                        "roles",
                        "Assign an adult mediator first: a young mediator works beside one.",
                    )
                )
            if mediator.kind == "young":
                problem = young_case_problem(self.facts(case_id))
                if problem:
                    raise RoleRefused(problem)
            cases.assign_mediator(self.db, case_id, mediator_id, role)

    def unassign_mediator(self, case_id: int, mediator_id: int) -> None:
        with self._changing(case_id, Op.ASSIGN, "assign"):
            cases.unassign_mediator(self.db, case_id, mediator_id)

    def record_override(self, case_id: int, reason: str) -> None:
        """The curator lets work go ahead despite a warning (e.g. a lead without the training
        module): the reason goes into the audit trail."""
        reason = self._reason_required(reason)
        if not self.is_curator:
            raise RoleRefused(translate("roles", "Only the curator may do this."))
        with self._changing(case_id, action="override", reason=reason):
            pass

    # --- programs ----------------------------------------------------------------------------

    def add_program(self, program: ProgramSummary, **options) -> int:
        with self._changing(program.case_id):
            program_id = cases.add_program(self.db, program, today=self.today(), **options)
            self._agreement(program.case_id, program_id, program)
        return program_id

    def update_program(self, program_id: int, program: ProgramSummary, **options) -> None:
        """Replace a program's summary; a young mediator's agreement is sent for sign-off."""
        case_id = self.case_of_program(program_id)
        with self._changing(case_id):
            cases.update_program(self.db, program_id, program, today=self.today(), **options)
            self._agreement(case_id, program_id, program)

    def _agreement(self, case_id: int, program_id: int, program: ProgramSummary) -> None:
        if (
            self.actor.role is Role.YOUNG
            and program.status == "finished"
            and program.outcome == "completed_with_agreement"
            and not any(s.program_id == program_id for s in signoffs.of_case(self.db, case_id))
        ):
            self._submit(case_id, "agreement", program_id)

    def delete_program(self, program_id: int) -> None:
        with self._changing(self.case_of_program(program_id)):
            cases.delete_program(self.db, program_id)

    def program_state(self, program_id: int) -> dict:
        self.require(Op.VIEW_CASE, self.case_of_program(program_id))
        return cases.program_state(self.db, program_id)

    def save_program_state(self, program_id: int, state: dict) -> None:
        with self._changing(self.case_of_program(program_id)):
            cases.save_program_state(self.db, program_id, state)

    def programs_of(self, case_id: int) -> tuple[ProgramSummary, ...]:
        self.require(Op.VIEW_CASE, case_id)
        return cases.programs_of(self.db, case_id)

    # --- events and documents ----------------------------------------------------------------

    def add_event(self, case_id: int, kind: str, event_on: date | None, **options) -> int:
        with self._changing(case_id):
            return events.add_event(self.db, case_id, kind, event_on, today=self.today(), **options)

    def plan_follow_up(self, case_id: int, due_on: date, note: str = "") -> int:
        with self._changing(case_id):
            return events.plan_follow_up(self.db, case_id, due_on, note)

    def complete_follow_up(self, event_id: int, done_on: date, note: str | None = None) -> None:
        case_id = self._event_case(event_id)
        with self._changing(case_id):
            events.complete_follow_up(self.db, event_id, done_on, note)

    def plan_meeting(self, case_id: int, meeting_on: date | None, **options) -> int:
        with self._changing(case_id):
            return events.plan_meeting(self.db, case_id, meeting_on, **options)

    def mark_meetings_held(
        self, program_id: int, stage: str, held_on: date, **options
    ) -> list[int]:
        with self._changing(self.case_of_program(program_id)):
            return events.mark_meetings_held(self.db, program_id, stage, held_on, **options)

    def delete_event(self, event_id: int) -> None:
        with self._changing(self._event_case(event_id)):
            events.delete_event(self.db, event_id)

    def _event_case(self, event_id: int) -> int:
        case_id = self.case_of_event(event_id)
        if case_id is None:
            raise RoleRefused(translate("roles", "This record belongs to no case."))
        return case_id

    def add_document(self, document: Document) -> int:
        with self._changing(document.case_id, action="export_document"):
            return cases.add_document(self.db, document)

    def documents_of(self, case_id: int) -> tuple[Document, ...]:
        self.require(Op.VIEW_CASE, case_id)
        return cases.documents_of(self.db, case_id)

    # --- sign-off ----------------------------------------------------------------------------

    def pending_signoffs(self) -> list[signoffs.SignOff]:
        """What waits for the curator's review (none for other roles)."""
        if not self.is_curator:
            return []
        return signoffs.pending(self.db)

    def sign_off(self, signoff_id: int) -> None:
        item = signoffs.get(self.db, signoff_id)
        self._may_decide(item)
        with self._operation(CASES, PROGRAMS, case_id=item.case_id):
            signoffs.decide(self.db, signoff_id, self.actor.user_id, self.today(), signed=True)
            self._audit(
                "sign_off", object_kind="case", object_id=item.case_id, label=item.case_number
            )

    def return_signoff(self, signoff_id: int, reason: str) -> None:
        """Send a young mediator's record back: a returned closure reopens the case."""
        reason = self._reason_required(reason)
        item = signoffs.get(self.db, signoff_id)
        self._may_decide(item)
        with self._operation(CASES, PROGRAMS, case_id=item.case_id):
            signoffs.decide(
                self.db, signoff_id, self.actor.user_id, self.today(), signed=False, reason=reason
            )
            if item.kind == "closure":
                cases.reopen_case(self.db, item.case_id, self.today(), note=reason)
            self._audit(
                "return_signoff",
                object_kind="case",
                object_id=item.case_id,
                label=item.case_number,
                reason=reason,
            )

    def _may_decide(self, item: signoffs.SignOff) -> None:
        if item.state != "pending":
            raise RoleRefused(translate("roles", "This record was already reviewed."))
        self.require(Op.SIGN_OFF, item.case_id)
        if item.submitted_by == self.actor.user_id:
            raise RoleRefused(translate("roles", "Nobody signs off their own work."))

    # --- deleting ----------------------------------------------------------------------------

    def delete_case(self, case_id: int, reason: str) -> None:
        """Hide the case at once; it can be restored for `deletion.UNDO_DAYS` days."""
        reason = self._reason_required(reason)
        self.require(Op.DELETE_CASE, case_id)
        with self._operation(CASES, REQUESTS, PROGRAMS, case_id=case_id):
            deletion.mark_deleted(self.db, case_id, self.actor.user_id, reason, self.today())
            self._audit(
                "delete_case",
                object_kind="case",
                object_id=case_id,
                label=self._number(case_id),
                reason=reason,
            )

    def restore_case(self, case_id: int) -> None:
        self.require(Op.RESTORE_CASE, case_id)
        with self._operation(CASES, REQUESTS, PROGRAMS, case_id=case_id):
            deletion.restore(self.db, case_id)
            self._audit(
                "restore_case", object_kind="case", object_id=case_id, label=self._number(case_id)
            )

    def deleted_cases(self) -> list[deletion.DeletedCase]:
        self.require(Op.VIEW_DELETED)
        return deletion.deleted_cases(self.db)

    def planned_meetings_until(self, last: date) -> list[events.PlannedMeeting]:
        found = events.planned_meetings_until(self.db, last)
        if self.is_curator:
            return found
        mine = {row.id for row in self.case_rows()}
        return [m for m in found if m.case_id in mine]
