"""What a user does to a case: documents, mediators, closing, sign-off and deletion."""

from __future__ import annotations

from datetime import date

from rsdesk.access.case_corrections import CaseCorrections
from rsdesk.access.desk import RoleRefused
from rsdesk.domain.audit import FieldChange
from rsdesk.domain.case_lists import DeletedCase, SignOff
from rsdesk.domain.changes import CASES, PROGRAMS, REQUESTS
from rsdesk.domain.refusals import PracticeRefused
from rsdesk.domain.register import Document, ValidationError
from rsdesk.domain.register_keys import CASE_MEDIATOR_ROLE_LABELS, register_label
from rsdesk.domain.roles import Op, Role, young_case_problem
from rsdesk.i18n import translate
from rsdesk.procedures import program_title
from rsdesk.storage import cases, deletion, signoffs
from rsdesk.storage.roster import get_mediator


class CaseOps(CaseCorrections):
    # --- the case itself ---------------------------------------------------------------------

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
            cases.reopen_case(self.db, case_id, reopened_on, note=reason, today=self.today())

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
        """Take a mediator off the case and off its programs under way; a finished program
        keeps who led it. A young mediator is not left without an adult, nor a program
        under way without a facilitator."""
        with self._changing(case_id, Op.ASSIGN, "unassign") as changes:
            team = {m.mediator_id: m for m in cases.case_mediators(self.db, case_id)}
            leaving = team.get(mediator_id)
            if leaving is None:
                raise ValidationError(
                    {"mediator": translate("roles", "This mediator is not on the case.")}
                )
            self._leave_programs(case_id, leaving.mediator_id, leaving.full_name)
            cases.unassign_mediator(self.db, case_id, mediator_id)
            role = register_label(CASE_MEDIATOR_ROLE_LABELS, leaving.role)
            changes.append(
                FieldChange(
                    translate("corrections", "Mediator"), f"{leaving.full_name} ({role})", ""
                )
            )

    def _leave_programs(self, case_id: int, mediator_id: int, name: str) -> None:
        for program in cases.programs_of(self.db, case_id):
            if program.status == "finished" or mediator_id not in program.facilitator_ids:
                continue
            rest = tuple(i for i in program.facilitator_ids if i != mediator_id)
            if not rest:
                raise PracticeRefused(
                    translate(
                        "corrections",
                        "{name} is the only facilitator of the program «{program}», which is "
                        "still under way. Finish the program or hand it over in its guide "
                        "first.",
                        name=name,
                        program=program_title(program.program_type),
                    )
                )
            assert program.id is not None
            cases.set_facilitators(self.db, program.id, rest)

    def record_override(self, case_id: int, reason: str) -> None:
        """The curator lets work go ahead despite a warning (e.g. a lead without the training
        module): the reason goes into the audit trail."""
        reason = self._reason_required(reason)
        if not self.is_curator:
            raise RoleRefused(translate("roles", "Only the curator may do this."))
        with self._changing(case_id, action="override", reason=reason):
            pass

    # --- documents ---------------------------------------------------------------------------

    def add_document(self, document: Document) -> int:
        with self._changing(document.case_id, action="export_document"):
            return cases.add_document(self.db, document)

    def documents_of(self, case_id: int) -> tuple[Document, ...]:
        self.require(Op.VIEW_CASE, case_id)
        return cases.documents_of(self.db, case_id)

    # --- sign-off ----------------------------------------------------------------------------

    def pending_signoffs(self) -> list[SignOff]:
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

    def _may_decide(self, item: SignOff) -> None:
        if item.state != "pending":
            raise RoleRefused(translate("roles", "This record was already reviewed."))
        self.require(Op.SIGN_OFF, item.case_id)
        if item.submitted_by == self.actor.user_id:
            raise RoleRefused(translate("roles", "Nobody signs off their own work."))

    # --- deleting ----------------------------------------------------------------------------

    def delete_case(self, case_id: int, reason: str) -> None:
        """Hide the case at once; it can be restored for `UNDO_DAYS` days."""
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

    def deleted_cases(self) -> list[DeletedCase]:
        self.require(Op.VIEW_DELETED)
        return deletion.deleted_cases(self.db)
