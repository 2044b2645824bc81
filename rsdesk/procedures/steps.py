"""The steps a mediator takes in a running program, each one a value the core applies whole.

A screen builds a step from what the user entered and hands it to the Desk; the Desk applies it
to the program's engine state and writes everything that follows from it in one transaction.
`description` names the kind of step for the audit trail: never a name, never what was said.
`on` is the day the step happened (None: the Desk's today); the Desk refuses a day in the
future or before the request came in, naming the field of `day_checks`.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, ClassVar

from rsdesk.domain.audit import FieldChange
from rsdesk.i18n import translate
from rsdesk.procedures.corrections import correct_stage, set_agreement_items, undo_stage
from rsdesk.procedures.days import as_day
from rsdesk.procedures.engine import ProgramRun
from rsdesk.procedures.participants import Participant
from rsdesk.procedures.shown import entry_changes, item_changes


class _Step:
    """What every step shares: its audit action, the days to check, what it corrected."""

    action: ClassVar[str] = "program_step"
    # A change to history (a recorded stage, the agreement) needs a reason.
    corrects: ClassVar[bool] = False
    on: date | None

    def day_checks(self, run: ProgramRun) -> list[tuple[str, date, str]]:
        """(error key, day, field label) of each day the step gives."""
        return [("on", self.on, "")] if self.on is not None else []

    def changes(self, run: ProgramRun, result: Any, names: Mapping[str, str]) -> list[FieldChange]:
        return []


def _stage_days(
    run: ProgramRun, stage_key: str, values: Mapping[str, Any], on: date | None
) -> list[tuple[str, date, str]]:
    """The stage's own date field when it has one and it is filled (it wins over `on`)."""
    try:
        day_field = run.procedure.stage(stage_key).day_field
    except KeyError:
        return []
    typed = as_day(values.get(day_field.key)) if day_field else None
    if day_field is not None and typed is not None:
        return [(day_field.key, typed, day_field.label)]
    return [("on", on, "")] if on is not None else []


@dataclass(frozen=True)
class Awareness(_Step):
    """What was explained to a person before they are asked to consent."""

    participant: str
    items: tuple[str, ...]
    on: date | None = None

    def apply(self, run: ProgramRun, now: datetime) -> None:
        run.record_awareness(self.participant, self.items, now, self.on)

    def description(self, run: ProgramRun) -> str:
        return translate("procedures", "what was explained before consent")


@dataclass(frozen=True)
class Consent(_Step):
    """A person agrees to take part; `on` is the day they did (a meeting's day, say)."""

    participant: str
    on: date | None = None

    def apply(self, run: ProgramRun, now: datetime) -> None:
        run.record_consent(self.participant, now, self.on)

    def description(self, run: ProgramRun) -> str:
        return translate("procedures", "consent to take part")


@dataclass(frozen=True)
class StageRecord(_Step):
    """A stage held (with one person, for a stage held with each), with the values entered.

    Agreement items and the follow-up's date and fulfilment are fields of their stages; a
    stage with a day field (`Stage.day_field`) takes its day from it, else from `on`.
    `item_fulfilment` ({item index: "fulfilled" | "partly" | "not_fulfilled"}) says how each
    agreement item was kept, in the stage that records the fulfilment.
    """

    stage: str
    values: Mapping[str, Any] = field(default_factory=dict)
    participant: str | None = None
    on: date | None = None
    item_fulfilment: Mapping[int, str] = field(default_factory=dict)

    def apply(self, run: ProgramRun, now: datetime) -> dict[str, Any]:
        return run.complete_stage(
            self.stage, self.values, now, self.participant, self.on, self.item_fulfilment
        )

    def day_checks(self, run: ProgramRun) -> list[tuple[str, date, str]]:
        return _stage_days(run, self.stage, self.values, self.on)

    def description(self, run: ProgramRun) -> str:
        title = run.procedure.stage(self.stage).title
        return translate("procedures", "stage «{title}»", title=title)


@dataclass(frozen=True)
class StageCorrection(_Step):
    """A recorded stage corrected: the `entry`-th record of `completions[stage]`.

    `values` are all the stage's values as corrected; `participant` and `on` left None keep
    the record's own; `item_fulfilment` None keeps what it recorded. The reason is required.
    """

    action: ClassVar[str] = "correct_stage"
    corrects: ClassVar[bool] = True

    stage: str
    entry: int
    values: Mapping[str, Any]
    participant: str | None = None
    on: date | None = None
    reason: str = ""
    item_fulfilment: Mapping[int, str] | None = None

    def apply(self, run: ProgramRun, now: datetime) -> tuple[dict, dict]:
        return correct_stage(
            run,
            self.stage,
            self.entry,
            self.values,
            now,
            reason=self.reason,
            participant=self.participant,
            on=self.on,
            item_fulfilment=self.item_fulfilment,
        )

    def day_checks(self, run: ProgramRun) -> list[tuple[str, date, str]]:
        return _stage_days(run, self.stage, self.values, self.on)

    def changes(self, run: ProgramRun, result: Any, names: Mapping[str, str]) -> list[FieldChange]:
        old, new = result
        stage = run.procedure.stage(self.stage)
        return entry_changes(stage, old, new, names, run.agreement_items)

    def description(self, run: ProgramRun) -> str:
        title = run.procedure.stage(self.stage).title
        return translate("procedures", "stage «{title}» corrected", title=title)


@dataclass(frozen=True)
class UndoStage(_Step):
    """A stage's record made by mistake taken back (the `entry`-th of its records)."""

    action: ClassVar[str] = "correct_stage"
    corrects: ClassVar[bool] = True

    stage: str
    entry: int
    reason: str = ""
    on: date | None = None

    def apply(self, run: ProgramRun, now: datetime) -> dict:
        return undo_stage(run, self.stage, self.entry, now, reason=self.reason)

    def changes(self, run: ProgramRun, result: Any, names: Mapping[str, str]) -> list[FieldChange]:
        stage = run.procedure.stage(self.stage)
        gone = {"participant": None, "values": {}}
        return entry_changes(stage, result, gone, names, run.agreement_items)

    def description(self, run: ProgramRun) -> str:
        title = run.procedure.stage(self.stage).title
        return translate("procedures", "record of the stage «{title}» taken back", title=title)


@dataclass(frozen=True)
class AgreementItems(_Step):
    """The agreement's items as edited: each {"who": [ids], "what": text, "by": date}."""

    action: ClassVar[str] = "correct_agreement"
    corrects: ClassVar[bool] = True

    items: tuple[Mapping[str, Any], ...]
    reason: str = ""
    on: date | None = None

    def apply(self, run: ProgramRun, now: datetime) -> tuple[list, list]:
        return set_agreement_items(run, self.items, now, reason=self.reason)

    def changes(self, run: ProgramRun, result: Any, names: Mapping[str, str]) -> list[FieldChange]:
        old, new = result
        return item_changes(old, new, names)

    def description(self, run: ProgramRun) -> str:
        return translate("procedures", "agreement items corrected")


@dataclass(frozen=True)
class AddParticipant(_Step):
    """A person of the case the mediator learns of later joins the running program.

    `person_id` is their register id; `represents` the register id of the minor a legal
    representative stands for. The Desk fills in `person` from the register.
    """

    person_id: int
    represents: int | None = None
    on: date | None = None
    person: Participant | None = None

    def apply(self, run: ProgramRun, now: datetime) -> None:
        assert self.person is not None, "the Desk fills in the person"
        run.add_participant(self.person, now, self.on)

    def description(self, run: ProgramRun) -> str:
        return translate("procedures", "a participant joined the program")


@dataclass(frozen=True)
class Skip(_Step):
    stage: str
    reason: str
    on: date | None = None

    def apply(self, run: ProgramRun, now: datetime) -> None:
        run.skip_stage(self.stage, self.reason, now, self.on)

    def description(self, run: ProgramRun) -> str:
        title = run.procedure.stage(self.stage).title
        return translate("procedures", "stage «{title}» skipped", title=title)


@dataclass(frozen=True)
class Refusal(_Step):
    """A person declines to take part: the program stops (and ends on `on`)."""

    participant: str
    reason: str
    on: date | None = None

    def apply(self, run: ProgramRun, now: datetime) -> None:
        run.refuse(self.participant, self.reason, now, self.on)

    def description(self, run: ProgramRun) -> str:
        return translate("procedures", "a participant refused")


@dataclass(frozen=True)
class Decline(_Step):
    """The mediator stops the program."""

    reason: str
    on: date | None = None

    def apply(self, run: ProgramRun, now: datetime) -> None:
        run.decline(self.reason, now, self.on)

    def description(self, run: ProgramRun) -> str:
        return translate("procedures", "stopped by the mediator")


@dataclass(frozen=True)
class HandOver(_Step):
    """The case goes to another facilitator: this program counts as stopped."""

    to: str
    reason: str
    on: date | None = None

    def apply(self, run: ProgramRun, now: datetime) -> None:
        run.hand_over(self.to, self.reason, now, self.on)

    def description(self, run: ProgramRun) -> str:
        return translate("procedures", "handed over to another facilitator")


@dataclass(frozen=True)
class Transfer(_Step):
    """The case goes to another service."""

    to: str
    reason: str
    on: date | None = None

    def apply(self, run: ProgramRun, now: datetime) -> None:
        run.transfer(self.to, self.reason, now, self.on)

    def description(self, run: ProgramRun) -> str:
        return translate("procedures", "transferred to another service")


@dataclass(frozen=True)
class ConfidentialityException(_Step):
    """A threat to life or a possible crime passed on; kept in the state, never exported.

    `occurred` is its day; the stage being entered stays as it is (nothing is recorded for it).
    """

    kind: str
    occurred: date
    told: tuple[str, ...]
    disclosed_to: str

    @property
    def on(self) -> date:  # type: ignore[override]
        return self.occurred

    def day_checks(self, run: ProgramRun) -> list[tuple[str, date, str]]:
        return [("occurred", self.occurred, "")]

    def apply(self, run: ProgramRun, now: datetime) -> None:
        run.record_confidentiality_exception(
            self.kind, self.occurred, self.told, self.disclosed_to, now
        )

    def description(self, run: ProgramRun) -> str:
        return translate("procedures", "exception from confidentiality")


@dataclass(frozen=True)
class TrainingOverride(_Step):
    """The curator lets the program go ahead despite the training warnings."""

    reason: str
    by: str = ""  # the curator's name; the Desk puts in the one signed in
    on: date | None = None

    def apply(self, run: ProgramRun, now: datetime) -> None:
        run.override_training(self.by, self.reason, now, self.on)

    def description(self, run: ProgramRun) -> str:
        return self.reason.strip()


ProgramStep = (
    Awareness
    | Consent
    | StageRecord
    | StageCorrection
    | UndoStage
    | AgreementItems
    | AddParticipant
    | Skip
    | Refusal
    | Decline
    | HandOver
    | Transfer
    | ConfidentialityException
    | TrainingOverride
)
