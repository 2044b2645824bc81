"""What the documents read of a program: its written result, the real days, who takes part.

Each rule here decides a document's content or whether it is offered at all (docs/DOMAIN.md
§ "Documents"): a written result exists once the stage that makes it is recorded; it is
signed by those who took part in the meetings it follows, never by someone who refused; a
consent form is for each person who consented or, while the program runs, is still to be
asked. Reportlab is not imported here: the menu of documents is built from these facts.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from typing import Any

from rsdesk.procedures import ProgramRun
from rsdesk.procedures.days import as_day, day_of
from rsdesk.procedures.schema import Stage

# The written result's product -> the document variant (results.py, results.toml).
VARIANTS = {"agreement": "agreement", "plan": "plan", "protocol": "protocol"}
# A plan is the family's own only after a family conference; elsewhere it is a protocol.
FAMILY_PLAN_TYPES = frozenset({"family_conference"})
# Meetings of the mediator with one side at a time: nobody met the others there.
APART_KINDS = frozenset({"message_round"})
HARM_FIELD = "harm_repair"


@dataclass(frozen=True)
class WrittenResult:
    """The recorded stage that made the agreement, plan or protocol, and its facts."""

    variant: str  # agreement | plan | protocol
    stage: Stage
    values: Mapping[str, Any]
    signed_on: date | None  # the day the stage was held (the agreement's signature)
    met_on: date | None  # the last joint meeting before it; None when nobody met together
    signers: tuple[str, ...]  # engine ids, in the program's order

    @property
    def harm_repair(self) -> str:
        text = self.values.get(HARM_FIELD)
        return text.strip() if isinstance(text, str) else ""


def entry_day(stage: Stage, entry: Mapping[str, Any] | None) -> date | None:
    """The day a recorded stage happened: its "on", else its day field, else when entered."""
    if entry is None:
        return None
    if entry.get("on"):
        return as_day(entry["on"])
    field = stage.day_field
    typed = as_day(entry.get("values", {}).get(field.key)) if field else None
    return typed or day_of(entry)


def refuser(run: ProgramRun) -> str | None:
    """Who refused and so stopped the program, if anyone did."""
    ended = run.ended or {}
    return str(ended["participant"]) if ended.get("by") == "participant" else None


def _attendees(stage: Stage, entry: Mapping[str, Any]) -> list[str]:
    field = stage.bound("attendees")
    found = [str(a) for a in entry.get("values", {}).get(field.key, [])] if field else []
    if entry.get("participant") is not None:
        found.insert(0, str(entry["participant"]))
    return found


def _variant(stage: Stage, program_type: str) -> str:
    product = next((p for p in stage.produces if p in VARIANTS), "protocol")
    if product == "plan" and program_type not in FAMILY_PLAN_TYPES:
        return "protocol"
    return VARIANTS[product]


def written_result(run: ProgramRun) -> WrittenResult | None:
    """The program's agreement, plan or protocol; None until a stage that makes one is held."""
    recorded = [
        (stage, entry)
        for stage in run.procedure.stages
        if stage.makes_agreement and stage.key not in run.skipped
        for entry in run.completions.get(stage.key, [])
    ]
    if not recorded:
        return None
    stage, entry = recorded[-1]
    signed_on = entry_day(stage, entry)
    before = [s.key for s in run.procedure.stages[: run.procedure.stages.index(stage)]]
    came: list[str] = []
    met: list[date] = []
    for key in before:
        earlier = run.procedure.stage(key)
        if not earlier.is_meeting or earlier.per_participant:
            continue
        for held in run.completions.get(key, []):
            came += _attendees(earlier, held)
            day = entry_day(earlier, held)
            if day is not None and earlier.kind not in APART_KINDS:
                met.append(day)
    if not came:  # a result made without a joint meeting: whoever consented takes part
        came = [pid for pid in run.participants if pid in run.consents]
    gone = refuser(run)
    signers = tuple(pid for pid in run.participants if pid in set(came) and pid != gone)
    return WrittenResult(
        _variant(stage, run.procedure.program_type),
        stage,
        entry.get("values", {}),
        signed_on,
        max(met) if met else None,
        signers,
    )


def consent_people(run: ProgramRun) -> list[str]:
    """Whose consent form the program has: each person whose consent the procedure asks for
    and who gave it, and while it runs, who is still to be asked; never who refused."""
    asked = set(run.procedure.consent.roles)
    gone = refuser(run)
    running = run.outcome is None
    return [
        pid
        for pid, person in run.participants.items()
        if pid != gone and (pid in run.consents or (running and person.role in asked))
    ]


def consent_day(run: ProgramRun, participant_id: str) -> date | None:
    """The day a person consented (its "on", else when entered); None while they have not."""
    return day_of(run.consents.get(participant_id))
