"""What a user sees of restorative programs: those under way, the agenda, one program, a start."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from rsdesk.access.desk import DeskBase, RoleRefused
from rsdesk.domain.agenda import Agenda, ProgramChoice, ProgramRow
from rsdesk.domain.leading import may_lead, training_warnings
from rsdesk.domain.programs import (
    Facilitator,
    NotGuided,
    ProgramProgress,
    ProgramView,
    StartCheck,
    StartForm,
)
from rsdesk.domain.register import Case, ProgramSummary
from rsdesk.domain.roles import CaseFacts, Decision, Op, Role, decide
from rsdesk.i18n import translate
from rsdesk.procedures import ProgramRun, configured_procedures
from rsdesk.procedures.corrections import blocked
from rsdesk.procedures.participants import guess_represented
from rsdesk.storage import cases, events, queries, signoffs
from rsdesk.storage.requests import participants_of
from rsdesk.storage.roles_facts import all_case_facts
from rsdesk.storage.roster import RosterEntry, roster_view


def guided(state: dict) -> bool:
    """Whether a program's state is the guide's engine state, not a note kept without it."""
    return "version" in state


class ProgramViews(DeskBase):
    """Read models of the programs, with the role rules applied; nothing here writes."""

    def programs_in_progress(self) -> list[ProgramRow]:
        """Programs not finished, oldest first: every one for the curator, a mediator's own."""
        return self._rows(self._visible_cases())

    def agenda(self, until: date) -> Agenda:
        """Follow-ups and planned meetings up to `until` (overdue ones too), and the programs
        standing at a meeting nobody has planned yet; of the cases the user sees."""
        visible = self._visible_cases()

        def seen(case_id: int) -> bool:
            return visible is None or case_id in visible

        due = queries.follow_ups_due(self.db, self.today(), until=until)
        planned = [m for m in events.planned_meetings_until(self.db, date.max) if seen(m.case_id)]
        arranged = {(m.program_id, m.stage) for m in planned}
        return Agenda(
            follow_ups=tuple(f for f in due if seen(f.case_id)),
            meetings=tuple(m for m in planned if m.meeting_on <= until),
            to_arrange=tuple(
                row
                for row in self._rows(visible)
                if row.stage_is_meeting and (row.program_id, row.stage_key) not in arranged
            ),
        )

    def under_way(self, case_id: int) -> list[ProgramChoice]:
        """The programs the case card opens: every program the guide ran (a finished one, to
        correct what it recorded until the case is closed; on a case the user may not change,
        to view), and one not finished yet that was kept without the guide, to set it up."""
        facts = self.facts(case_id)
        self._decided(Op.VIEW_CASE, facts)
        editable = self._decide(Op.EDIT_CASE, facts)  # never on a file opened read-only
        known = configured_procedures()
        return [
            ProgramChoice(program.id, known[program.program_type].title)
            for program, state in cases.program_records(self.db, case_id)
            if program.id is not None
            and program.program_type in known
            and (guided(state) or (editable and program.status != "finished"))
        ]

    def programs_of(self, case_id: int) -> tuple[ProgramSummary, ...]:
        self.require(Op.VIEW_CASE, case_id)
        return cases.programs_of(self.db, case_id)

    def program_view(self, program_id: int) -> ProgramView:
        """What the wizard shows; NotGuided for a program recorded without the guide."""
        program, state = cases.program_record(self.db, program_id)
        facts = self.facts(program.case_id)
        self._decided(Op.VIEW_CASE, facts)
        run = self._run(program, state)
        case = cases.get_case(self.db, program.case_id)
        editable = self._decide(Op.EDIT_CASE, facts)  # never on a file opened read-only
        people = participants_of(self.db, case.request_id)
        return ProgramView(
            progress=self._progress(program, run),
            case_number=case.number,
            people={str(p.id): p for p in people},
            editable=editable,
            may_override=self._may_override(editable),
            not_in_program=tuple(p for p in people if str(p.id) not in run.participants),
        )

    def program_start_form(self, case_id: int, program_id: int | None = None) -> StartForm:
        """What the start dialog offers; with `program_id`, to set up a program recorded
        without the guide."""
        self.require(Op.VIEW_CASE, case_id)
        case = cases.get_case(self.db, case_id)
        people = participants_of(self.db, case.request_id)
        existing = cases.program_record(self.db, program_id)[0] if program_id else None
        if existing is not None and existing.case_id != case_id:
            raise RoleRefused(translate("programs", "This program belongs to another case."))
        on_case = {m.mediator_id for m in cases.case_mediators(self.db, case_id)}
        return StartForm(
            case=case,
            people=people,
            roster=tuple(
                Facilitator(replace(entry.mediator, contacts="", note=""))
                for entry in roster_view(self.db)
            ),
            chosen=frozenset(existing.facilitator_ids if existing else ()) or frozenset(on_case),
            represents=guess_represented(people),
            existing=existing,
            may_override=self._may_override(self.may(Op.EDIT_CASE, case_id)),
        )

    def check_program_start(
        self, case_id: int, program_type: str, facilitator_ids: tuple[int, ...]
    ) -> StartCheck:
        """Whether the chosen team may lead a program of this type on the case, and what
        training it lacks."""
        self.require(Op.VIEW_CASE, case_id)
        check, _team, _on_case = self._team(
            cases.get_case(self.db, case_id), program_type, facilitator_ids
        )
        return check

    def _team(
        self, case: Case, program_type: str, facilitator_ids: tuple[int, ...]
    ) -> tuple[StartCheck, list[RosterEntry], dict[int, str]]:
        """The check of a team, its roster entries and who is on the case already (and as
        what). The training rule is may_lead's and training_warnings', nowhere else."""
        roster = {entry.mediator.id: entry for entry in roster_view(self.db)}
        team = [roster[m] for m in facilitator_ids if m in roster]
        on_case = {m.mediator_id: m.role for m in cases.case_mediators(self.db, case.id)}
        verdicts, problems = [], []
        adults = [entry for entry in team if entry.mediator.kind == "adult"]
        if not adults:
            problems.append(
                translate(
                    "programs",
                    "Choose at least one adult facilitator: young mediators work only together "
                    "with an adult.",
                )
            )
        for entry in team:
            lead = may_lead(entry.mediator, entry.training, program_type, case.category)
            verdicts.append((entry.mediator.full_name, "; ".join(lead.reasons)))
            if not lead.allowed:
                problems.append(f"{entry.mediator.full_name}: {'; '.join(lead.reasons)}")
        may_assign = self.may(Op.ASSIGN, case.id)
        if not may_assign:
            problems.extend(
                translate(
                    "programs",
                    "{name} is not on this case: {reason}",
                    name=entry.mediator.full_name,
                    reason=may_assign.reason,
                )
                for entry in team
                if entry.mediator.id not in on_case
            )
        modules = set().union(*(entry.modules for entry in adults))
        warnings = training_warnings(program_type, case.category, modules) if adults else []
        return StartCheck(tuple(verdicts), tuple(warnings), tuple(problems)), team, on_case

    def _decided(self, op: Op, facts: CaseFacts) -> None:
        decision = decide(self.actor, op, facts)
        if not decision:
            raise RoleRefused(decision.reason)

    def _visible_cases(self) -> set[int] | None:
        """The cases whose programs the user sees; None for the curator, who sees them all."""
        if self.is_curator:
            return None
        return {
            case_id
            for case_id, facts in all_case_facts(self.db).items()
            if decide(self.actor, Op.VIEW_CASE, facts)
        }

    def _rows(self, visible: set[int] | None) -> list[ProgramRow]:
        known = configured_procedures()
        found = []
        for line in cases.programs_under_way(self.db):
            if visible is not None and line.case_id not in visible:
                continue
            procedure = known.get(line.program_type)
            row = ProgramRow(
                line.program_id,
                line.case_id,
                line.case_number,
                line.program_type,
                procedure.title if procedure else line.program_type,
                line.started_on,
                line.facilitators,
                guided=procedure is not None and guided(line.state),
            )
            if row.guided:
                assert procedure is not None
                run = ProgramRun.from_dict(line.state, procedure)
                stage = run.current_stage()
                if stage is not None and run.outcome is None:
                    row = replace(
                        row,
                        stage_key=stage.key,
                        stage_title=stage.title,
                        stage_is_meeting=stage.is_meeting,
                        left=len(run.pending_participants(stage.key)),
                    )
            found.append(row)
        return found

    def _run(self, program: ProgramSummary, state: dict) -> ProgramRun:
        procedure = configured_procedures().get(program.program_type)
        if procedure is None or not guided(state):
            assert program.id is not None
            raise NotGuided(program.id, program.case_id)
        return ProgramRun.from_dict(state, procedure)

    def _progress(
        self, program: ProgramSummary, run: ProgramRun, earliest: date | None = None
    ) -> ProgramProgress:
        planned = events.planned_meetings_until(self.db, date.max, program_id=program.id)
        return ProgramProgress(
            program,
            run,
            self._agreement_review(program),
            tuple(planned),
            earliest=earliest or events.received_on(self.db, program.case_id),
            blocked=tuple(blocked(run)),
        )

    def _agreement_review(self, program: ProgramSummary) -> str:
        """Where a young mediator's agreement of this program stands with the curator."""
        if self.actor.role is not Role.YOUNG:
            return ""
        found = [
            item
            for item in signoffs.of_case(self.db, program.case_id)
            if item.kind == "agreement" and item.program_id == program.id
        ]
        return found[-1].state if found else ""

    def _may_override(self, editable: Decision) -> Decision:
        """Only the curator allows a program despite a training warning."""
        if not editable:
            return editable
        if not self.is_curator:
            return Decision(
                False,
                translate(
                    "programs",
                    "Only the curator may allow a program despite a training warning; ask the "
                    "curator.",
                ),
            )
        return Decision(True)
