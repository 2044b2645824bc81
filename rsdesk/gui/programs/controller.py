"""One open program: every engine step the GUI takes, saved to the vault as soon as it is done."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime
from typing import Any

from sqlite_utils import Database

from rsdesk.domain.register import Participant as Person
from rsdesk.domain.register import ProgramSummary, ValidationError
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
from rsdesk.procedures import FieldValueError, NotAllowedError, Procedure, ProgramRun, Stage
from rsdesk.storage.events import (
    PlannedMeeting,
    add_event,
    mark_meetings_held,
    plan_meeting,
    planned_meetings_until,
)


class StepRefusedError(Exception):
    """The engine said no: ``reasons`` are Russian sentences with people's names filled in."""

    def __init__(self, reasons: list[str], field_errors: dict[str, str] | None = None) -> None:
        self.reasons = reasons
        self.field_errors = field_errors or {}
        super().__init__(" ".join(reasons))


class ProgramController:
    """Holds the run of one program; each successful step is written and the vault saved."""

    def __init__(
        self,
        db: Database,
        program_id: int,
        on_saved: Callable[[], None],
        clock: Callable[[], datetime] = datetime.now,
    ) -> None:
        self.db = db
        self.program: ProgramSummary = get_program(db, program_id)
        run = load_run(db, program_id, self.program.program_type)
        if run is None:
            raise LookupError(program_id)
        self.run: ProgramRun = run
        self.on_saved = on_saved
        self.clock = clock
        self.people: dict[str, Person] = {
            str(p.id): p for p in people_of_case(db, self.program.case_id)
        }
        self.names = {pid: p.full_name for pid, p in self.people.items()}

    @property
    def procedure(self) -> Procedure:
        return self.run.procedure

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

    def _do(self, step: Callable[[datetime], Any]) -> Any:
        """Run an engine step; on success save everything, on refusal raise StepRefusedError."""
        now = self.clock()
        try:
            result = step(now)
        except FieldValueError as error:
            errors = {k: humanize(v, self.names) for k, v in error.errors.items()}
            raise StepRefusedError(list(errors.values()), errors) from None
        except NotAllowedError as error:
            raise StepRefusedError(self.humanize(error.reasons)) from None
        self.save(now.date())
        return result

    def save(self, today: date) -> None:
        note = _follow_up_note(self.procedure.title)
        self.program = save_run(self.db, self.run, self.program, today, note)
        self.on_saved()

    def complete(self, stage: Stage, values: dict[str, Any], pid: str | None = None) -> None:
        def step(now: datetime) -> None:
            cleaned = self.run.complete_stage(stage.key, values, now, pid)
            record_stage_event(self.db, self.program, stage, cleaned, now.date(), stage.title)
            if stage.is_meeting and self.program.id is not None:
                mark_meetings_held(
                    self.db,
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
        try:
            event_id = plan_meeting(
                self.db,
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
        self.on_saved()
        return event_id

    def planned(self, stage: Stage) -> list[PlannedMeeting]:
        """Meetings planned for this stage and not yet held, earliest first."""
        return [
            m
            for m in planned_meetings_until(self.db, date.max)
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

    def override_training(self, by: str, reason: str) -> None:
        def step(now: datetime) -> None:
            self.run.override_training(by, reason, now)
            add_event(
                self.db,
                self.program.case_id,
                "note",
                now.date(),
                note=_override_note(by, reason.strip()),
                program_id=self.program.id,
                today=now.date(),
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


def _override_note(by: str, reason: str) -> str:
    return QCoreApplication.translate(
        "ProgramWizard",
        "The curator {curator} allowed the program to be led without the training it calls "
        "for. Reason: {reason}",
    ).format(curator=by, reason=reason)
