"""One open program for the wizard: each step goes to the Desk, a refusal comes back in words."""

from __future__ import annotations

import re
from datetime import date
from typing import Any

from rsdesk.access import Desk
from rsdesk.domain.agenda import PlannedMeeting
from rsdesk.domain.programs import ProgramProgress, ProgramView
from rsdesk.domain.refusals import Refused
from rsdesk.domain.register import Participant, ProgramSummary
from rsdesk.domain.roles import Decision
from rsdesk.domain.vocabulary import ROLE_LABELS, label
from rsdesk.gui.programs.fields import DayBounds
from rsdesk.gui.qt import QCoreApplication
from rsdesk.procedures import Procedure, ProgramRun, Stage
from rsdesk.procedures.steps import (
    AddParticipant,
    AgreementItems,
    Awareness,
    ConfidentialityException,
    Consent,
    Decline,
    HandOver,
    ProgramStep,
    Refusal,
    Skip,
    StageCorrection,
    StageRecord,
    TrainingOverride,
    Transfer,
)

# Stages a correction left with a gate that no longer holds: (title, why).
Blocked = list[tuple[str, tuple[str, ...]]]


def humanize(text: str, names: dict[str, str]) -> str:
    """Put people's names where the engine's messages name them by id («17» -> «Петров Иван»)."""
    return re.sub(r"«([^»]+)»", lambda m: f"«{names.get(m.group(1), m.group(1))}»", text)


class StepRefusedError(Exception):
    """The core said no: ``reasons`` are sentences with people's names filled in."""

    def __init__(self, reasons: list[str], field_errors: dict[str, str] | None = None) -> None:
        self.reasons = reasons
        self.field_errors = field_errors or {}
        super().__init__(" ".join(reasons))


class ProgramController:
    """The wizard's view of one program; every step is one operation of the signed-in user's
    Desk, which saves it. `editable` says whether this user may change the case now (with the
    reason when not): the wizard then only shows the program.

    Opening raises RoleRefused for a program of a case the user may not see, and NotGuided for
    one recorded without the step-by-step guide.
    """

    def __init__(self, desk: Desk, program_id: int) -> None:
        self.desk = desk
        self.view: ProgramView = desk.program_view(program_id)
        self.progress: ProgramProgress = self.view.progress
        self.names = {pid: person.full_name for pid, person in self.view.people.items()}

    @property
    def run(self) -> ProgramRun:
        return self.progress.run

    @property
    def program(self) -> ProgramSummary:
        return self.progress.program

    @property
    def program_id(self) -> int:
        assert self.program.id is not None
        return self.program.id

    @property
    def procedure(self) -> Procedure:
        return self.run.procedure

    @property
    def case_number(self) -> str:
        return self.view.case_number

    @property
    def editable(self) -> Decision:
        return self.view.editable

    @property
    def read_only(self) -> bool:
        return not self.editable

    def may_override(self) -> Decision:
        """Only the curator allows a program despite a training warning."""
        return self.view.may_override

    def agreement_review(self) -> str:
        """Where a young mediator's agreement of this program stands with the curator, if it
        was sent: "pending", "signed" or "returned" (the latest), else ""."""
        return self.progress.agreement_review

    def today(self) -> date:
        return self.desk.today()

    @property
    def earliest(self) -> date | None:
        """The day the request came in: nothing of the program happened before it."""
        return self.progress.earliest

    def bounds(self) -> DayBounds:
        return DayBounds(
            self.earliest,
            self.today(),
            QCoreApplication.translate("ProgramWizard", "the day the request came in"),
        )

    def name(self, pid: str) -> str:
        return self.names.get(pid, pid)

    def describe(self, pid: str) -> str:
        """«Петров Иван (обидчик, несовершеннолетний)» for lists and pickers."""
        person = self.run.participants[pid]
        parts = [label(ROLE_LABELS, person.role)]
        if person.minor:
            parts.append(QCoreApplication.translate("ProgramWizard", "minor"))
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

    def _take(self, step: ProgramStep) -> None:
        """The step, saved by the Desk; a refusal leaves the program as it was."""
        try:
            self.progress = self.desk.take_program_step(self.program_id, step)
        except Refused as refused:
            raise self._refused(refused) from None

    def _refused(self, refused: Refused) -> StepRefusedError:
        fields = {key: humanize(text, self.names) for key, text in refused.fields.items()}
        return StepRefusedError(self.humanize(refused.reasons), fields)

    def complete(
        self,
        stage: Stage,
        values: dict[str, Any],
        pid: str | None = None,
        *,
        on: date | None = None,
        item_fulfilment: dict[int, str] | None = None,
    ) -> None:
        self._take(StageRecord(stage.key, values, pid, on, dict(item_fulfilment or {})))

    def correct(
        self,
        stage: Stage,
        entry: int,
        values: dict[str, Any],
        *,
        pid: str | None,
        on: date | None,
        reason: str,
        item_fulfilment: dict[int, str] | None = None,
    ) -> Blocked:
        """Correct the `entry`-th record of a stage; returns the later stages it left blocked."""
        self._take(
            StageCorrection(
                stage.key,
                entry,
                values,
                participant=pid,
                on=on,
                reason=reason,
                item_fulfilment=item_fulfilment,
            )
        )
        return self.blocked()

    def edit_items(self, items: list[dict[str, Any]], reason: str) -> Blocked:
        self._take(AgreementItems(tuple(items), reason))
        return self.blocked()

    def add_participant(self, person_id: int, represents: int | None, on: date) -> None:
        """A person of the case joins the program; the names are read again with them."""
        self._take(AddParticipant(person_id, represents, on))
        self.reread()

    def reread(self) -> None:
        """The program and its case as the Desk holds them now: someone may have been added
        to the case in its card while the wizard was open."""
        self.view = self.desk.program_view(self.program_id)
        self.progress = self.view.progress
        self.names = {pid: person.full_name for pid, person in self.view.people.items()}

    def skip(self, stage: Stage, reason: str, on: date | None = None) -> None:
        self._take(Skip(stage.key, reason, on))

    def aware(self, pid: str, items: list[str], on: date | None = None) -> None:
        self._take(Awareness(pid, tuple(items), on))

    def consent(self, pid: str, on: date | None = None) -> None:
        self._take(Consent(pid, on))

    def refuse(self, pid: str, reason: str, on: date | None = None) -> None:
        self._take(Refusal(pid, reason, on))

    def decline(self, reason: str, on: date | None = None) -> None:
        self._take(Decline(reason, on))

    def hand_over(self, to: str, reason: str, on: date | None = None) -> None:
        self._take(HandOver(to, reason, on))

    def transfer(self, to: str, reason: str, on: date | None = None) -> None:
        self._take(Transfer(to, reason, on))

    def confidentiality_exception(
        self, kind: str, occurred: date, told: list[str], disclosed_to: str
    ) -> None:
        self._take(ConfidentialityException(kind, occurred, tuple(told), disclosed_to))

    def override_training(self, reason: str, on: date | None = None) -> None:
        self._take(TrainingOverride(reason, on=on))

    def plan_meeting(
        self, stage: Stage, meeting_on: date, at_time: str, with_ids: list[str], note: str
    ) -> int:
        """Put a meeting of this stage in the agenda; the program's state does not change."""
        try:
            event_id = self.desk.plan_meeting(
                self.program_id,
                stage.key,
                meeting_on,
                at_time=at_time,
                with_ids=tuple(with_ids),
                note=note,
            )
        except Refused as refused:
            raise self._refused(refused) from None
        self.progress = self.desk.program_view(self.program_id).progress
        return event_id

    # -- reading --------------------------------------------------------------------------

    def planned(self, stage: Stage) -> list[PlannedMeeting]:
        """Meetings planned for this stage and not yet held, earliest first."""
        return [m for m in self.progress.planned if m.stage == stage.key]

    def pending(self, stage: Stage) -> list[str]:
        return self.run.pending_participants(stage.key)

    def holders(self, stage: Stage) -> list[str]:
        """Whom the core holds a stage with: for a stage held with each person, those it
        names (a teacher too, in a parent–teacher conflict); everyone for another stage."""
        return self.run.holders(stage.key)

    def entries(self, stage: Stage) -> list[dict[str, Any]]:
        return self.run.completions.get(stage.key, [])

    def entry_for(self, stage: Stage, pid: str | None) -> int | None:
        """The index of the latest record of a stage (held with this person), if any."""
        found = [i for i, c in enumerate(self.entries(stage)) if c["participant"] == pid]
        return found[-1] if found else None

    def completion_for(self, stage: Stage, pid: str | None) -> dict[str, Any] | None:
        index = self.entry_for(stage, pid)
        return self.entries(stage)[index]["values"] if index is not None else None

    def newcomers(self) -> list[Participant]:
        """People of the case not in the program yet (a parent learned of later)."""
        return list(self.view.not_in_program)

    def blocked(self) -> Blocked:
        """Recorded stages whose gates no longer hold, after a correction, as the Desk says."""
        return list(self.progress.blocked)
