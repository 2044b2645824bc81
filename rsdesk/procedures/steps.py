"""The steps a mediator takes in a running program, each one a value the core applies whole.

A screen builds a step from what the user entered and hands it to the Desk; the Desk applies it
to the program's engine state and writes everything that follows from it in one transaction.
`description` names the kind of step for the audit trail: never a name, never what was said.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from rsdesk.i18n import translate
from rsdesk.procedures.engine import ProgramRun


@dataclass(frozen=True)
class Awareness:
    """What was explained to a person before they are asked to consent."""

    participant: str
    items: tuple[str, ...]

    def apply(self, run: ProgramRun, now: datetime) -> None:
        run.record_awareness(self.participant, self.items, now)

    def description(self, run: ProgramRun) -> str:
        return translate("procedures", "what was explained before consent")


@dataclass(frozen=True)
class Consent:
    participant: str

    def apply(self, run: ProgramRun, now: datetime) -> None:
        run.record_consent(self.participant, now)

    def description(self, run: ProgramRun) -> str:
        return translate("procedures", "consent to take part")


@dataclass(frozen=True)
class StageRecord:
    """A stage held (with one person, for a stage held with each), with the values entered.

    Agreement items and the follow-up's date and fulfilment are fields of their stages.
    """

    stage: str
    values: Mapping[str, Any] = field(default_factory=dict)
    participant: str | None = None

    def apply(self, run: ProgramRun, now: datetime) -> dict[str, Any]:
        return run.complete_stage(self.stage, self.values, now, self.participant)

    def description(self, run: ProgramRun) -> str:
        title = run.procedure.stage(self.stage).title
        return translate("procedures", "stage «{title}»", title=title)


@dataclass(frozen=True)
class Skip:
    stage: str
    reason: str

    def apply(self, run: ProgramRun, now: datetime) -> None:
        run.skip_stage(self.stage, self.reason, now)

    def description(self, run: ProgramRun) -> str:
        title = run.procedure.stage(self.stage).title
        return translate("procedures", "stage «{title}» skipped", title=title)


@dataclass(frozen=True)
class Refusal:
    """A person declines to take part: the program stops."""

    participant: str
    reason: str

    def apply(self, run: ProgramRun, now: datetime) -> None:
        run.refuse(self.participant, self.reason, now)

    def description(self, run: ProgramRun) -> str:
        return translate("procedures", "a participant refused")


@dataclass(frozen=True)
class Decline:
    """The mediator stops the program."""

    reason: str

    def apply(self, run: ProgramRun, now: datetime) -> None:
        run.decline(self.reason, now)

    def description(self, run: ProgramRun) -> str:
        return translate("procedures", "stopped by the mediator")


@dataclass(frozen=True)
class HandOver:
    """The case goes to another facilitator: this program counts as stopped."""

    to: str
    reason: str

    def apply(self, run: ProgramRun, now: datetime) -> None:
        run.hand_over(self.to, self.reason, now)

    def description(self, run: ProgramRun) -> str:
        return translate("procedures", "handed over to another facilitator")


@dataclass(frozen=True)
class Transfer:
    """The case goes to another service."""

    to: str
    reason: str

    def apply(self, run: ProgramRun, now: datetime) -> None:
        run.transfer(self.to, self.reason, now)

    def description(self, run: ProgramRun) -> str:
        return translate("procedures", "transferred to another service")


@dataclass(frozen=True)
class ConfidentialityException:
    """A threat to life or a possible crime passed on; kept in the state, never exported."""

    kind: str
    occurred: date
    told: tuple[str, ...]
    disclosed_to: str

    def apply(self, run: ProgramRun, now: datetime) -> None:
        run.record_confidentiality_exception(
            self.kind, self.occurred, self.told, self.disclosed_to, now
        )

    def description(self, run: ProgramRun) -> str:
        return translate("procedures", "exception from confidentiality")


@dataclass(frozen=True)
class TrainingOverride:
    """The curator lets the program go ahead despite the training warnings."""

    reason: str
    by: str = ""  # the curator's name; the Desk puts in the one signed in

    def apply(self, run: ProgramRun, now: datetime) -> None:
        run.override_training(self.by, self.reason, now)

    def description(self, run: ProgramRun) -> str:
        return self.reason.strip()


ProgramStep = (
    Awareness
    | Consent
    | StageRecord
    | Skip
    | Refusal
    | Decline
    | HandOver
    | Transfer
    | ConfidentialityException
    | TrainingOverride
)
