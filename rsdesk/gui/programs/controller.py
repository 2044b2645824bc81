"""One open program: every engine step the GUI takes, saved to the vault as soon as it is done."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime
from typing import Any

from rsdesk.access import Desk
from rsdesk.domain.refusals import RoleRefused
from rsdesk.domain.register import Participant as Person
from rsdesk.domain.register import ProgramSummary, ValidationError
from rsdesk.domain.roles import Decision, Op, Role
from rsdesk.domain.vocabulary import ROLE_LABELS, label
from rsdesk.gui.programs.store import (
    get_program,
    held_on,
    humanize,
    load_run,
    people_of_case,
    record_stage_event,
    save_run,
)
from rsdesk.gui.qt import QCoreApplication
from rsdesk.procedures import FieldValueError, PracticeRefused, Procedure, ProgramRun, Stage
from rsdesk.storage import signoffs
from rsdesk.storage.events import PlannedMeeting


class StepRefusedError(Exception):
    """The engine said no: ``reasons`` are Russian sentences with people's names filled in."""

    def __init__(self, reasons: list[str], field_errors: dict[str, str] | None = None) -> None:
        self.reasons = reasons
        self.field_errors = field_errors or {}
        super().__init__(" ".join(reasons))


class ProgramController:
    """Holds the run of one program; each successful step is written and the vault saved.

    Every write goes through the signed-in user's desk. `editable` says whether this user may
    change the case now (with the reason when not): the wizard then only shows the program.
    """

    def __init__(
        self,
        desk: Desk,
        program_id: int,
        on_saved: Callable[[], None],
        clock: Callable[[], datetime] = datetime.now,
    ) -> None:
        self.desk = desk
        self.db = db = self.desk.db
        # Reading the state checks that the user may see the case at all (RoleRefused).
        self.program: ProgramSummary = get_program(db, program_id)
        run = load_run(self.desk, program_id, self.program.program_type)
        if run is None:
            raise LookupError(program_id)
        self.run: ProgramRun = run
        self.editable: Decision = self.desk.may(Op.EDIT_CASE, self.program.case_id)
        self.on_saved = on_saved
        self.clock = clock
        self.people: dict[str, Person] = {
            str(p.id): p for p in people_of_case(db, self.program.case_id)
        }
        self.names = {pid: p.full_name for pid, p in self.people.items()}

    @property
    def procedure(self) -> Procedure:
        return self.run.procedure

    @property
    def read_only(self) -> bool:
        return not self.editable

    @property
    def is_curator(self) -> bool:
        return self.desk.is_curator

    def agreement_review(self) -> str:
        """Where a young mediator's agreement of this program stands with the curator, if it
        was sent: "pending", "signed" or "returned" (the latest), else ""."""
        if self.desk.actor.role is not Role.YOUNG:
            return ""
        found = [
            item
            for item in signoffs.of_case(self.db, self.program.case_id)
            if item.kind == "agreement" and item.program_id == self.program.id
        ]
        return found[-1].state if found else ""

    def name(self, pid: str) -> str:
        return self.names.get(pid, pid)

    def describe(self, pid: str) -> str:
        """«Петров Иван (обидчик, несовершеннолетний)» for lists and pickers."""
        person = self.run.participants[pid]
        parts = [label(ROLE_LABELS, person.role)]
        if person.minor:
            parts.append(_minor_word())
        return f"{self.name(pid)} ({', '.join(parts)})"

    def options(self) -> list[tuple[str, str, str]]:
        return [(pid, self.describe(pid), p.role) for pid, p in self.run.participants.items()]

    def humanize(self, texts: list[str] | tuple[str, ...]) -> list[str]:
        return [humanize(text, self.names) for text in texts]

    def gate(self, stage: Stage, pid: str | None = None) -> list[str]:
        """Why the stage cannot be held now (with this participant); empty when it can."""
        _allowed, reasons = self.run.can_enter(stage.key, pid)
        return self.humanize(reasons)

    # -- steps ----------------------------------------------------------------------------

    def _may_change(self) -> None:
        """Refuse before the engine moves: a refused step must leave the run as it was."""
        self.editable = self.desk.may(Op.EDIT_CASE, self.program.case_id)
        if not self.editable:
            raise StepRefusedError([self.editable.reason])

    def _do(self, step: Callable[[datetime], Any]) -> Any:
        """Run an engine step; on success save everything, on refusal raise StepRefusedError."""
        self._may_change()
        now = self.clock()
        try:
            with self.db.atomic():
                result = step(now)
                self.save(now.date(), notify=False)
        except FieldValueError as error:
            errors = {k: humanize(v, self.names) for k, v in error.errors.items()}
            raise StepRefusedError(list(errors.values()), errors) from None
        except PracticeRefused as error:
            raise StepRefusedError(self.humanize(error.reasons)) from None
        except RoleRefused as error:
            # Nothing was written; the engine's state goes back to what the register holds.
            self._reload()
            raise StepRefusedError([error.message]) from None
        except ValidationError as error:
            self._reload()
            raise StepRefusedError(list(error.errors.values()), dict(error.errors)) from None
        self.on_saved()
        return result

    def _reload(self) -> None:
        self.program = get_program(self.db, self.program.id)  # type: ignore[arg-type]
        run = load_run(self.desk, self.program.id, self.program.program_type)  # type: ignore[arg-type]
        if run is not None:
            self.run = run

    def save(self, today: date, *, notify: bool = True) -> None:
        note = _follow_up_note(self.procedure.title)
        self.program = save_run(self.desk, self.run, self.program, today, note)
        if notify:
            self.on_saved()

    def complete(self, stage: Stage, values: dict[str, Any], pid: str | None = None) -> None:
        def step(now: datetime) -> None:
            cleaned = self.run.complete_stage(stage.key, values, now, pid)
            record_stage_event(self.desk, self.program, stage, cleaned, now.date(), stage.title)
            if stage.is_meeting and self.program.id is not None:
                self.desk.mark_meetings_held(
                    self.program.id,
                    stage.key,
                    held_on(stage, cleaned, now.date()),
                    participant=pid,
                    stage_done=self.run.is_done(stage.key),
                )

        self._do(step)

    def plan_meeting(
        self, stage: Stage, meeting_on: date, at_time: str, with_ids: list[str], note: str
    ) -> int:
        """Put a meeting of this stage in the agenda; the program's state does not change."""
        assert self.program.id is not None
        self._may_change()
        try:
            event_id = self.desk.plan_meeting(
                self.program.case_id,
                meeting_on,
                at_time=at_time,
                program_id=self.program.id,
                stage=stage.key,
                with_ids=with_ids,
                note=note,
                today=self.clock().date(),
            )
        except ValidationError as error:
            raise StepRefusedError(list(error.errors.values()), dict(error.errors)) from None
        except RoleRefused as error:
            raise StepRefusedError([error.message]) from None
        self.on_saved()
        return event_id

    def planned(self, stage: Stage) -> list[PlannedMeeting]:
        """Meetings planned for this stage and not yet held, earliest first."""
        return [
            m
            for m in self.desk.planned_meetings_until(date.max)
            if m.program_id == self.program.id and m.stage == stage.key
        ]

    def skip(self, stage: Stage, reason: str) -> None:
        self._do(lambda now: self.run.skip_stage(stage.key, reason, now))

    def aware(self, pid: str, items: list[str]) -> None:
        self._do(lambda now: self.run.record_awareness(pid, items, now))

    def consent(self, pid: str) -> None:
        self._do(lambda now: self.run.record_consent(pid, now))

    def refuse(self, pid: str, reason: str) -> None:
        self._do(lambda now: self.run.refuse(pid, reason, now))

    def decline(self, reason: str) -> None:
        self._do(lambda now: self.run.decline(reason, now))

    def hand_over(self, to: str, reason: str) -> None:
        self._do(lambda now: self.run.hand_over(to, reason, now))

    def transfer(self, to: str, reason: str) -> None:
        self._do(lambda now: self.run.transfer(to, reason, now))

    def confidentiality_exception(
        self, kind: str, occurred: date, told: list[str], disclosed_to: str
    ) -> None:
        # Never an event of the timeline: only the never-exported part of the state holds it.
        self._do(
            lambda now: self.run.record_confidentiality_exception(
                kind, occurred, told, disclosed_to, now
            )
        )

    def may_override(self) -> Decision:
        """Only the curator allows a program despite a training warning."""
        if not self.editable:
            return self.editable
        if not self.desk.is_curator:
            return Decision(False, _curator_only())
        return Decision(True)

    def override_training(self, by: str, reason: str) -> None:
        decision = self.may_override()
        if not decision:
            raise StepRefusedError([decision.reason])

        def step(now: datetime) -> None:
            self.run.override_training(by, reason, now)
            if reason.strip():
                # The audit trail keeps who allowed it and why, beside the case's own note.
                self.desk.record_override(self.program.case_id, reason)
            self.desk.add_event(
                self.program.case_id,
                "note",
                now.date(),
                note=_override_note(by, reason.strip()),
                program_id=self.program.id,
            )

        self._do(step)

    # -- reading --------------------------------------------------------------------------

    def pending(self, stage: Stage) -> list[str]:
        return self.run.pending_participants(stage.key)

    def completion_for(self, stage: Stage, pid: str | None) -> dict[str, Any] | None:
        entries = [c for c in self.run.completions.get(stage.key, []) if c["participant"] == pid]
        return entries[-1]["values"] if entries else None


def _minor_word() -> str:
    return QCoreApplication.translate("ProgramWizard", "minor")


def _follow_up_note(title: str) -> str:
    return QCoreApplication.translate(
        "ProgramWizard", "Check how the agreement is kept: {program}"
    ).format(program=title)


def _curator_only() -> str:
    return QCoreApplication.translate(
        "ProgramWizard",
        "Only the curator may allow a program despite a training warning; ask the curator.",
    )


def _override_note(by: str, reason: str) -> str:
    return QCoreApplication.translate(
        "ProgramWizard",
        "The curator {curator} allowed the program to be led without the training it calls "
        "for. Reason: {reason}",
    ).format(curator=by, reason=reason)
