"""What a user does with a restorative program: start it and take each step of the wizard.

Every step is one operation: the engine state, the summary it gives, the follow-up of the
agreement, the timeline and one audit entry are written together or not at all.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime

from rsdesk.access.desk import RoleRefused
from rsdesk.access.program_views import ProgramViews
from rsdesk.domain.changes import CASES, PROGRAMS
from rsdesk.domain.programs import ProgramProgress, ProgramStart
from rsdesk.domain.refusals import InputRefused, PracticeRefused
from rsdesk.domain.register import ProgramSummary
from rsdesk.domain.roles import Decision, Op, Role
from rsdesk.i18n import translate
from rsdesk.procedures import ProgramRun, configured_procedures
from rsdesk.procedures.days import day_of, day_problem
from rsdesk.procedures.participants import Participant, engine_people
from rsdesk.procedures.steps import (
    AddParticipant,
    ProgramStep,
    StageCorrection,
    StageRecord,
    TrainingOverride,
    UndoStage,
)
from rsdesk.procedures.summary import (
    follow_up_done_on,
    follow_up_due,
    follow_up_note,
    override_note,
    stage_events,
    summary_of,
)
from rsdesk.storage import cases, events, signoffs
from rsdesk.storage.requests import participants_of
from rsdesk.storage.roster import RosterEntry


class ProgramOps(ProgramViews):
    # --- starting --------------------------------------------------------------------------

    def start_program(self, case_id: int, start: ProgramStart) -> int:
        """The program, its first engine state, the facilitators not yet on the case (adults
        first) and, when the curator gives it, the permission despite a training warning."""
        self.require(Op.EDIT_CASE, case_id)
        case = cases.get_case(self.db, case_id)
        check, team, on_case = self._team(case, start.program_type, start.facilitator_ids)
        problems = list(check.problems)
        chosen = set(start.taking_part)
        taking_part = [p for p in participants_of(self.db, case.request_id) if p.id in chosen]
        if not taking_part:
            problems.append(translate("programs", "Choose who takes part."))
        reason = (start.override_reason or "").strip() if check.warnings else ""
        if check.warnings and start.override_reason is not None:
            may_override = self._may_override(Decision(True))
            if not may_override:
                problems.append(may_override.reason)
            elif not reason:
                problems.append(translate("programs", "Write down why the curator allows it."))
        if problems:
            raise PracticeRefused(problems)
        procedure = configured_procedures().get(start.program_type)
        if procedure is None:
            raise InputRefused({"program_type": translate("register", "Choose the program type.")})
        represents = {
            person: minor if minor in chosen else None for person, minor in start.represents.items()
        }
        now = self._moment()
        run = ProgramRun.start(
            procedure,
            engine_people(taking_part, represents),
            now,
            training_warnings=check.warnings,
        )
        if reason:
            run.override_training(self.actor.name, reason, now)
        with self._operation(CASES, PROGRAMS, case_id=case_id):
            self._assign(case_id, team, on_case)
            program_id = self._new_program(case_id, start, run)
            if reason:
                self._override_note(case_id, program_id, reason)
            self._keep_young_limits(case_id)
            label = case.number
            self._audit(
                "start_program",
                object_kind="case",
                object_id=case_id,
                label=label,
                reason=procedure.title,
            )
            if reason:
                self.record_override(case_id, reason)
        return program_id

    def _assign(self, case_id: int, team: list[RosterEntry], on_case: dict[int, str]) -> None:
        """Put the facilitators not yet on the case on it, adults first: a young mediator
        joins only a case an adult works on. The first adult leads if nobody does."""
        has_lead = "lead" in on_case.values()
        joining = [entry.mediator for entry in team if entry.mediator.id not in on_case]
        for mediator in sorted(joining, key=lambda m: m.kind != "adult"):
            assert mediator.id is not None
            role = "lead" if mediator.kind == "adult" and not has_lead else "co_lead"
            cases.assign_mediator(self.db, case_id, mediator.id, role)
            has_lead = has_lead or role == "lead"

    def _new_program(self, case_id: int, start: ProgramStart, run: ProgramRun) -> int:
        if start.program_id is None:
            summary = ProgramSummary(
                case_id,
                start.program_type,
                "in_progress",
                start.started_on,
                facilitator_ids=tuple(start.facilitator_ids),
            )
            return cases.add_program(self.db, summary, today=self.today(), state=run.to_dict())
        existing, _state = cases.program_record(self.db, start.program_id)
        if existing.case_id != case_id:
            raise RoleRefused(translate("programs", "This program belongs to another case."))
        summary = replace(existing, facilitator_ids=tuple(start.facilitator_ids))
        cases.save_run(self.db, existing, summary, run.to_dict(), today=self.today())
        return start.program_id

    def _override_note(self, case_id: int, program_id: int, reason: str) -> None:
        note = override_note(self.actor.name, reason)
        today = self.today()
        events.add_event(
            self.db, case_id, "note", today, note=note, program_id=program_id, today=today
        )

    # --- the wizard's steps ----------------------------------------------------------------

    def take_program_step(self, program_id: int, step: ProgramStep) -> ProgramProgress:
        """Apply one step to the program and write all that follows from it; the engine's
        refusal (PracticeRefused, FieldValueError) leaves everything as it was.

        A day of the step (`step.on`, or the stage's own date field) may be neither in the
        future nor before the request came in: InputRefused names the field and the limit.
        A correction (StageCorrection, UndoStage, AgreementItems) needs a reason and is
        audited with each value it changed, old and new.
        """
        program, state = cases.program_record(self.db, program_id)
        case_id = program.case_id
        self.require(Op.EDIT_CASE, case_id)
        run = self._run(program, state)
        if isinstance(step, TrainingOverride):
            may_override = self._may_override(Decision(True))
            if not may_override:
                raise RoleRefused(may_override.reason)
            step = replace(step, by=self.actor.name)
        if step.corrects:
            self._reason_required(getattr(step, "reason", ""))
        if isinstance(step, AddParticipant):
            step = replace(step, person=self._newcomer(case_id, run, step))
        now = self._moment()
        today = now.date()
        earliest = events.received_on(self.db, case_id)
        self._check_days(step, run, earliest, today)
        with self._operation(CASES, PROGRAMS, case_id=case_id):
            result = step.apply(run, now)
            summary = summary_of(run, program, today)
            cases.save_run(self.db, program, summary, run.to_dict(), today=today)
            if isinstance(step, StageRecord | StageCorrection | UndoStage):
                self._stage_recorded(summary, run, step)
            if isinstance(step, TrainingOverride):
                self._override_note(case_id, program_id, step.reason.strip())
            self._follow_up(run, summary)
            self._agreement(summary)
            # Nothing a step changes (team, category, people) bears on the young
            # mediators' limits, so they are not checked again here.
            if isinstance(step, TrainingOverride):
                self.record_override(case_id, step.reason)
            else:
                self._audit(
                    step.action,
                    object_kind="case",
                    object_id=case_id,
                    label=self._number(case_id),
                    reason=self._step_reason(step, run),
                    changes=step.changes(run, result, self._names(case_id))
                    if step.corrects
                    else (),
                )
        return self._progress(summary, run, earliest)

    @staticmethod
    def _step_reason(step: ProgramStep, run: ProgramRun) -> str:
        """The audit entry's words: what kind of step; for a correction, also why."""
        if not step.corrects:
            return step.description(run)
        return f"{step.description(run)}: {getattr(step, 'reason', '').strip()}"

    def _check_days(self, step: ProgramStep, run: ProgramRun, earliest: date, today: date) -> None:
        errors = {}
        for key, day, label in step.day_checks(run):
            problem = day_problem(day, earliest, today, label)
            if problem:
                errors[key] = problem
        if errors:
            raise InputRefused(errors)

    def _names(self, case_id: int) -> dict[str, str]:
        case = cases.get_case(self.db, case_id)
        return {str(p.id): p.full_name for p in participants_of(self.db, case.request_id)}

    def _newcomer(self, case_id: int, run: ProgramRun, step: AddParticipant) -> Participant:
        """The engine's view of a case participant joining the program."""
        case = cases.get_case(self.db, case_id)
        people = {p.id: p for p in participants_of(self.db, case.request_id)}
        person = people.get(step.person_id)
        if person is None:
            raise InputRefused(
                {"person_id": translate("programs", "Choose a participant of the case.")}
            )
        represents = step.represents
        if represents is not None and (
            person.role != "legal_representative" or str(represents) not in run.participants
        ):
            raise InputRefused(
                {
                    "represents": translate(
                        "programs",
                        "A parent or legal representative stands for a minor who takes part "
                        "in the program.",
                    )
                }
            )
        return engine_people([person], {step.person_id: represents})[0]

    def _stage_recorded(self, program: ProgramSummary, run: ProgramRun, step: ProgramStep) -> None:
        """The timeline's meetings and agreement follow the recorded stages (a corrected day
        moves its event); the meetings planned for a stage just held are held on its day."""
        assert program.id is not None
        events.replace_stage_events(self.db, program.case_id, program.id, stage_events(run))
        if not isinstance(step, StageRecord):
            return
        stage = run.procedure.stage(step.stage)
        held = run.stage_day(stage.key)
        if stage.is_meeting and held is not None:
            entries = run.completions[stage.key]
            events.mark_meetings_held(
                self.db,
                program.id,
                stage.key,
                day_of(entries[-1]) or held,
                participant=step.participant,
                stage_done=run.is_done(stage.key),
            )

    def _follow_up(self, run: ProgramRun, program: ProgramSummary) -> None:
        """The agreement's check-up date becomes a follow-up in the agenda; its fulfilment,
        once recorded, completes it on the check-up's day."""
        if program.id is None:
            return
        events.keep_follow_up(
            self.db,
            program.case_id,
            program.id,
            follow_up_due(run),
            follow_up_done_on(run),
            follow_up_note(run.procedure.title),
        )

    def _agreement(self, program: ProgramSummary) -> None:
        """A young mediator's agreement goes to the curator for sign-off, once."""
        if (
            self.actor.role is Role.YOUNG
            and program.outcome == "completed_with_agreement"
            and not any(
                s.program_id == program.id for s in signoffs.of_case(self.db, program.case_id)
            )
        ):
            self._submit(program.case_id, "agreement", program.id)

    def plan_meeting(
        self,
        program_id: int,
        stage: str,
        meeting_on: date,
        *,
        at_time: str = "",
        with_ids: tuple[str, ...] = (),
        note: str = "",
    ) -> int:
        """Put a meeting of a program's stage in the agenda; the engine state stays as it is."""
        case_id = self.case_of_program(program_id)
        self.require(Op.EDIT_CASE, case_id)
        with self._operation(CASES, PROGRAMS, case_id=case_id):
            event_id = events.plan_meeting(
                self.db,
                case_id,
                meeting_on,
                at_time=at_time,
                program_id=program_id,
                stage=stage,
                with_ids=with_ids,
                note=note,
                today=self.today(),
            )
            self._audit(
                "plan_meeting",
                object_kind="case",
                object_id=case_id,
                label=self._number(case_id),
            )
        return event_id

    def _moment(self) -> datetime:
        """Now, on the Desk's today: a step's time stamp and its dates agree."""
        return datetime.combine(self.today(), self._now().time())

    def plan_follow_up(self, case_id: int, due_on: date, note: str = "") -> int:
        with self._changing(case_id):
            return events.plan_follow_up(self.db, case_id, due_on, note)
