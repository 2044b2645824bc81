"""The state of one running program and the restorative principles that guard each step."""

from __future__ import annotations

import copy
from collections.abc import Iterable, Mapping
from datetime import date, datetime
from typing import Any

from rsdesk.domain.refusals import PracticeRefused
from rsdesk.domain.vocabulary import OUTCOME_LABELS, label
from rsdesk.i18n import translate
from rsdesk.procedures.days import iso_day, shown_day
from rsdesk.procedures.fields import FieldValueError
from rsdesk.procedures.participants import Participant, consent_gaps, describe
from rsdesk.procedures.records import Records
from rsdesk.procedures.schema import FULFILMENT, Procedure, Stage

STATE_VERSION = 1
EXCEPTION_KINDS = ("threat_to_life", "possible_crime")
# Parts of the state that stay in the case: no report, statistics file or export carries them.
NEVER_EXPORTED = frozenset({"confidentiality_exceptions"})


def _stamp(now: datetime) -> str:
    return now.isoformat(timespec="seconds")


def _reason(text: str) -> str:
    if not isinstance(text, str) or not text.strip():
        raise PracticeRefused(translate("procedures", "Write down the reason."))
    return text.strip()


class ProgramRun(Records):
    """One program of a case: consents, stages done, meetings, agreement, outcome, history.

    Pure state without storage: ``to_dict`` gives JSON types, ``from_dict`` reads them back.
    Every operation takes the caller's ``now`` (the moment it is entered, kept as "at") and
    ``on``, the day it happened (kept as "on"; None: the day of ``now``), so that work entered
    in December is dated in September where it happened. The meetings, the agreement's items
    and the follow-up are derived from the recorded stages (``_derive``), so a corrected stage
    changes them all the same way a recorded one does.
    """

    def __init__(self, procedure: Procedure, participants: Iterable[Participant]) -> None:
        self.procedure = procedure
        self.participants: dict[str, Participant] = {}
        self.awareness: dict[str, dict[str, Any]] = {}
        self.consents: dict[str, dict[str, str]] = {}
        self.completions: dict[str, list[dict[str, Any]]] = {}
        self.skipped: dict[str, dict[str, str]] = {}
        self.meetings: list[dict[str, Any]] = []
        self.agreement_items: list[dict[str, Any]] = []
        self.follow_up: dict[str, str | None] = {"date": None, "fulfilment": None}
        self.confidentiality_exceptions: list[dict[str, Any]] = []
        self.training: dict[str, Any] = {"warnings": [], "override": None}
        self.outcome: str | None = None
        self.ended: dict[str, Any] | None = None
        self.history: list[dict[str, Any]] = []
        for person in participants:
            self._add(person)

    # -- starting and people -------------------------------------------------------------

    @classmethod
    def start(
        cls,
        procedure: Procedure,
        participants: Iterable[Participant],
        now: datetime,
        *,
        training_warnings: Iterable[str] = (),
    ) -> ProgramRun:
        run = cls(procedure, participants)
        run.training["warnings"] = list(training_warnings)
        run._log(now, "started", program_type=procedure.program_type)
        return run

    def _add(self, person: Participant) -> None:
        if person.id in self.participants:
            raise ValueError(f"participant {person.id!r} is already in the program")
        self.participants[person.id] = person

    def add_participant(self, person: Participant, now: datetime, on: date | None = None) -> None:
        """A person the mediator learns of later joins the running program."""
        self._require_open()
        if person.id in self.participants:
            raise PracticeRefused(
                translate(
                    "procedures", "{who} already takes part in the program.", who=describe(person)
                )
            )
        self._add(person)
        self._log(now, "participant_added", participant=person.id, on=iso_day(on, now))

    def holders(self, stage_key: str) -> list[str]:
        """Who a stage held with each participant is held with (everyone for another stage)."""
        stage = self._stage(stage_key)
        if not stage.per_participant:
            return list(self.participants)
        return [p.id for p in self._holders(stage)]

    def _person(self, participant_id: str) -> Participant:
        if participant_id not in self.participants:
            raise PracticeRefused(
                translate(
                    "procedures", "«{id}» is not a participant of this program.", id=participant_id
                )
            )
        return self.participants[participant_id]

    # -- awareness, consent, refusal, the mediator's own choice ----------------------------

    def record_awareness(
        self, participant_id: str, items: Iterable[str], now: datetime, on: date | None = None
    ) -> None:
        """The checklist of what was explained to a person before they are asked to consent."""
        self._require_open()
        person = self._person(participant_id)
        done = set(items)
        missing = [item.label for item in self.procedure.awareness if item.key not in done]
        unknown = done - {item.key for item in self.procedure.awareness}
        if unknown:
            raise ValueError(f"unknown awareness items {sorted(unknown)}")
        if missing:
            raise PracticeRefused(
                translate(
                    "procedures",
                    "Before asking {who} for consent, explain: {items}.",
                    who=describe(person),
                    items="; ".join(missing),
                )
            )
        self.awareness[participant_id] = {
            "items": sorted(done),
            "at": _stamp(now),
            "on": iso_day(on, now),
        }
        self._log(now, "awareness", participant=participant_id)

    def record_consent(self, participant_id: str, now: datetime, on: date | None = None) -> None:
        self._require_open()
        person = self._person(participant_id)
        if participant_id not in self.awareness:
            raise PracticeRefused(
                translate(
                    "procedures",
                    "Consent can be asked only after {who} has heard what the restorative "
                    "approach is and what legal consequences taking part may have.",
                    who=describe(person),
                )
            )
        self.consents[participant_id] = {"at": _stamp(now), "on": iso_day(on, now)}
        self._log(now, "consent", participant=participant_id)

    def refuse(
        self, participant_id: str, reason: str, now: datetime, on: date | None = None
    ) -> None:
        """A person declines to take part, which anyone may do at any moment: the program stops."""
        self._require_open()
        self._person(participant_id)
        self._end(now, on, "stopped", by="participant", participant=participant_id, reason=reason)

    def decline(self, reason: str, now: datetime, on: date | None = None) -> None:
        """The mediator decides not to take or not to continue the case."""
        self._require_open()
        self._end(now, on, "stopped", by="mediator", reason=reason)

    def hand_over(self, to: str, reason: str, now: datetime, on: date | None = None) -> None:
        """The mediator hands the case over to another facilitator: this program is stopped.

        docs/DOMAIN.md counts a program the mediator stopped or handed over as stopped; whoever
        takes the case on runs a program of their own.
        """
        self._require_open()
        self._end(now, on, "stopped", by="mediator", reason=reason, handed_over_to=_reason(to))

    def transfer(self, to: str, reason: str, now: datetime, on: date | None = None) -> None:
        """The case goes to another service (e.g. a territorial one): the program is transferred."""
        self._require_open()
        self._end(now, on, "transferred", by="mediator", reason=reason, to=_reason(to))

    def _end(self, now: datetime, on: date | None, outcome: str, **details: Any) -> None:
        if "reason" in details:
            details["reason"] = _reason(details["reason"])
        current = self.current_stage()
        details["stage"] = current.key if current else None
        details["at"] = _stamp(now)
        details["on"] = iso_day(on, now)
        held = self.last_stage_held()
        if held is not None and date.fromisoformat(details["on"]) < held[0]:
            raise FieldValueError(
                {
                    "on": translate(
                        "procedures",
                        "The date cannot be earlier than {day}, when the stage «{title}» was held.",
                        day=shown_day(held[0]),
                        title=held[1],
                    )
                }
            )
        self.outcome = outcome
        self.ended = details
        self._log(now, "ended", outcome=outcome, **{k: v for k, v in details.items() if k != "at"})

    # -- stages ----------------------------------------------------------------------------

    def _stage(self, stage_key: str) -> Stage:
        try:
            return self.procedure.stage(stage_key)
        except KeyError:
            raise PracticeRefused(
                translate("procedures", "The program has no stage «{key}».", key=stage_key)
            ) from None

    def _holders(self, stage: Stage) -> list[Participant]:
        return [p for p in self.participants.values() if p.role in stage.for_roles]

    def _done_with(self, stage: Stage) -> set[str | None]:
        return {c["participant"] for c in self.completions.get(stage.key, [])}

    def is_done(self, stage_key: str) -> bool:
        stage = self._stage(stage_key)
        if stage_key in self.skipped:
            return True
        if not stage.per_participant:
            return bool(self.completions.get(stage_key))
        done = self._done_with(stage)
        holders = self._holders(stage)
        return len(holders) >= stage.min_participants and all(p.id in done for p in holders)

    def pending_participants(self, stage_key: str) -> list[str]:
        """Who a stage held with each participant still has to be held with."""
        stage = self._stage(stage_key)
        done = self._done_with(stage)
        return (
            [p.id for p in self._holders(stage) if p.id not in done]
            if stage.per_participant
            else []
        )

    def current_stage(self) -> Stage | None:
        """Where to resume: the first stage not yet done or skipped; None when all are."""
        return next((s for s in self.procedure.stages if not self.is_done(s.key)), None)

    def can_enter(
        self, stage_key: str, participant_id: str | None = None
    ) -> tuple[bool, list[str]]:
        """Whether a stage may be held now (with this participant), and if not, why not."""
        stage = self._stage(stage_key)
        reasons: list[str] = []
        if self.outcome is not None:
            reasons.append(
                translate(
                    "procedures",
                    "This program is no longer running: {outcome}.",
                    outcome=label(OUTCOME_LABELS, self.outcome),
                )
            )
        if self.training["warnings"] and self.training["override"] is None:
            reasons.extend(self.training["warnings"])
        for required in stage.requires:
            if not self.is_done(required):
                reasons.append(
                    translate(
                        "procedures",
                        "First finish the stage «{title}».",
                        title=self.procedure.stage(required).title,
                    )
                )
        if stage.requires_consent:
            reasons.extend(consent_gaps(self.procedure.consent, self.participants, self.consents))
        if stage_key in self.skipped:
            reasons.append(translate("procedures", "This stage was skipped."))
        if stage.per_participant:
            reasons.extend(self._participant_reasons(stage, participant_id))
        elif not stage.repeatable and self.completions.get(stage_key):
            reasons.append(translate("procedures", "This stage is already done."))
        return not reasons, reasons

    def _participant_reasons(self, stage: Stage, participant_id: str | None) -> list[str]:
        if participant_id is None or participant_id not in self.participants:
            return [translate("procedures", "Choose the participant this stage is held with.")]
        person = self.participants[participant_id]
        if person.role not in stage.for_roles:
            return [
                translate("procedures", "This stage is not held with {who}.", who=describe(person))
            ]
        if not stage.repeatable and participant_id in self._done_with(stage):
            return [self._already_held(stage, participant_id)]
        return []

    def _already_held(self, stage: Stage, participant_id: str | None) -> str:
        assert participant_id is not None
        return translate(
            "procedures",
            "This stage has already been held with {who}.",
            who=describe(self.participants[participant_id]),
        )

    def complete_stage(
        self,
        stage_key: str,
        values: Mapping[str, Any],
        now: datetime,
        participant_id: str | None = None,
        on: date | None = None,
        item_fulfilment: Mapping[int, str] | None = None,
    ) -> dict[str, Any]:
        """Record a stage as held with the entered values; returns the values as stored.

        The stage's day is its day field's value when it has one (that field wins over
        ``on``: it is the date the user typed for this very stage), else ``on``, else the day
        of ``now``. ``item_fulfilment`` ({item index: fulfilled/partly/not_fulfilled}) says
        how each agreement item was kept, for a stage that records the fulfilment.

        Raises PracticeRefused when a gate is closed and FieldValueError when values do not fit.
        """
        stage = self._stage(stage_key)
        allowed, reasons = self.can_enter(stage_key, participant_id)
        if not allowed:
            raise PracticeRefused(reasons)
        self._require_consent(stage, participant_id)
        cleaned, day = self._checked(stage, values, now, on)
        statuses = self._checked_fulfilment(stage, item_fulfilment)
        entry: dict[str, Any] = {
            "participant": participant_id,
            "values": cleaned,
            "at": _stamp(now),
            "on": day,
        }
        if statuses:
            entry["item_fulfilment"] = statuses
        self.completions.setdefault(stage_key, []).append(entry)
        self._derive()
        self._set_statuses(statuses)
        self._log(now, "stage_completed", stage=stage_key, participant=participant_id, on=day)
        if stage.kind == "closure":
            self.outcome = self._closing_outcome()
            self.ended = {"by": "closure", "stage": stage_key, "at": _stamp(now), "on": day}
            self._log(now, "ended", outcome=self.outcome, on=day)
        return cleaned

    def _require_consent(self, stage: Stage, participant_id: str | None) -> None:
        if stage.collects_consent and participant_id not in self.consents:
            assert participant_id is not None
            raise PracticeRefused(
                translate(
                    "procedures",
                    "Record the informed consent of {who} before finishing this stage; if they "
                    "do not agree, record their refusal.",
                    who=describe(self.participants[participant_id]),
                )
            )

    def skip_stage(
        self, stage_key: str, reason: str, now: datetime, on: date | None = None
    ) -> None:
        """Leave out an optional stage (no agreement was reached, no follow-up needed…)."""
        self._require_open()
        stage = self._stage(stage_key)
        if not stage.optional:
            raise PracticeRefused(translate("procedures", "This stage cannot be skipped."))
        if self.completions.get(stage_key):
            raise PracticeRefused(translate("procedures", "This stage is already done."))
        self.skipped[stage_key] = {
            "reason": _reason(reason),
            "at": _stamp(now),
            "on": iso_day(on, now),
        }
        self._log(now, "stage_skipped", stage=stage_key)

    # -- agreement, follow-up, the confidentiality exception, training -----------------------

    def record_fulfilment(self, status: str, now: datetime, item: int | None = None) -> None:
        """How the agreement was kept, for one item or as a whole (fulfilled / partly / not)."""
        if status not in FULFILMENT:
            raise ValueError(f"unknown fulfilment {status!r}")
        if item is None:
            self.follow_up["fulfilment"] = status
        else:
            self.agreement_items[item]["status"] = status
        self._log(now, "fulfilment", status=status, item=item)

    def record_confidentiality_exception(
        self,
        kind: str,
        occurred: date,
        told: Iterable[str],
        disclosed_to: str,
        now: datetime,
    ) -> None:
        """The one case where what was said is passed on: a threat to life or a possible crime.

        Kept in the case with who was told beforehand that it will be disclosed, and to whom;
        never part of any export.
        """
        if kind not in EXCEPTION_KINDS:
            raise ValueError(f"unknown confidentiality exception {kind!r}")
        told = [self._person(pid).id for pid in told]
        if not told:
            raise PracticeRefused(
                translate(
                    "procedures",
                    "Before passing the information on, tell the participants that it will be "
                    "disclosed and to whom, and mark who was told.",
                )
            )
        if occurred > now.date():
            raise PracticeRefused(translate("procedures", "The date cannot be in the future."))
        self.confidentiality_exceptions.append(
            {
                "kind": kind,
                "occurred": occurred.isoformat(),
                "told": told,
                "disclosed_to": _reason(disclosed_to),
                "at": _stamp(now),
                "never_export": True,
            }
        )
        # The history notes only that it happened, so no detail leaks through an event list.
        self._log(now, "confidentiality_exception")

    def override_training(
        self, by: str, reason: str, now: datetime, on: date | None = None
    ) -> None:
        """The curator lets the facilitator lead the program despite the training warnings."""
        if not self.training["warnings"]:
            raise PracticeRefused(
                translate("procedures", "There is no training warning to override.")
            )
        self.training["override"] = {
            "by": _reason(by),
            "reason": _reason(reason),
            "at": _stamp(now),
            "on": iso_day(on, now),
        }
        self._log(now, "training_override", by=by)

    # -- results -------------------------------------------------------------------------

    def results_for_referrer(self) -> dict[str, Any]:
        """What the referring body may learn: held or not, agreement or not, kept or not."""
        return {
            "program_type": self.procedure.program_type,
            "outcome": self.outcome,
            "fulfilment": self.follow_up["fulfilment"],
        }

    # -- state -----------------------------------------------------------------------------

    def _require_open(self) -> None:
        if self.outcome is not None:
            raise PracticeRefused(
                translate(
                    "procedures",
                    "This program is no longer running: {outcome}.",
                    outcome=label(OUTCOME_LABELS, self.outcome),
                )
            )

    def _log(self, now: datetime, event: str, **details: Any) -> None:
        self.history.append({"at": _stamp(now), "event": event, **details})

    def to_dict(self) -> dict[str, Any]:
        """The whole state in JSON types, confidentiality exceptions included (for the vault)."""
        return copy.deepcopy(
            {
                "version": STATE_VERSION,
                "program_type": self.procedure.program_type,
                "participants": [p.to_dict() for p in self.participants.values()],
                "awareness": self.awareness,
                "consents": self.consents,
                "completions": self.completions,
                "skipped": self.skipped,
                "meetings": self.meetings,
                "agreement_items": self.agreement_items,
                "follow_up": self.follow_up,
                "confidentiality_exceptions": self.confidentiality_exceptions,
                "training": self.training,
                "outcome": self.outcome,
                "ended": self.ended,
                "history": self.history,
            }
        )

    @classmethod
    def from_dict(cls, data: Mapping[str, Any], procedure: Procedure) -> ProgramRun:
        if data.get("version") != STATE_VERSION:
            raise ValueError(f"unsupported program state version {data.get('version')!r}")
        if data["program_type"] != procedure.program_type:
            raise ValueError(
                f"state of {data['program_type']!r} given the procedure {procedure.program_type!r}"
            )
        data = copy.deepcopy(dict(data))
        run = cls(procedure, (Participant.from_dict(p) for p in data["participants"]))
        # A consent was once its bare time stamp; it reads as a record of that day.
        data["consents"] = {
            pid: {"at": given, "on": given[:10]} if isinstance(given, str) else given
            for pid, given in data["consents"].items()
        }
        for name in (
            "awareness",
            "consents",
            "completions",
            "skipped",
            "meetings",
            "agreement_items",
            "follow_up",
            "confidentiality_exceptions",
            "training",
            "outcome",
            "ended",
            "history",
        ):
            setattr(run, name, data[name])
        for stage in procedure.stages:
            field = stage.day_field
            for entry in run.completions.get(stage.key, []):
                # A record written before days were kept: its day field, else its entry day.
                if "on" not in entry:
                    typed = entry["values"].get(field.key) if field else None
                    entry["on"] = typed or entry["at"][:10]
        unknown = set(data) - {"version", "program_type", "participants"} - set(vars(run))
        if unknown:
            raise ValueError(f"unknown keys in program state: {sorted(unknown)}")
        return run
