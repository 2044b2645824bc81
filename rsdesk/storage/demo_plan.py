"""The life of one demo case: decision, programs with outcomes, follow-up, closing, by dates."""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from datetime import date, timedelta

# Program types likely for each category: how services in the regional monitoring work.
PROGRAMS_FOR = {
    "educational_conflict": {
        "restorative_mediation": 70,
        "circle_reconciliation": 6,
        "circle_mutual_understanding": 6,
        "circle_problem_solving": 4,
        "preventive_program": 6,
        "shuttle_mediation": 2,
        "school_conference": 2,
        "other": 2,
    },
    "community_problem": {
        "circle_mutual_understanding": 25,
        "circle_problem_solving": 20,
        "circle_preventive": 20,
        "preventive_program": 20,
        "restorative_mediation": 10,
        "other": 5,
    },
    "crime": {
        "restorative_mediation": 60,
        "shuttle_mediation": 15,
        "circle_repairing_harm": 15,
        "family_conference": 10,
    },
    "socially_dangerous_act": {
        "restorative_mediation": 60,
        "circle_repairing_harm": 20,
        "family_conference": 20,
    },
    "administrative_offence": {
        "restorative_mediation": 70,
        "circle_repairing_harm": 20,
        "shuttle_mediation": 10,
    },
    "family_difficult_situation": {
        "restorative_mediation": 45,
        "family_conference": 30,
        "shuttle_mediation": 10,
        "circle_healing": 5,
        "preventive_program": 10,
    },
    "family_violence": {
        "family_conference": 40,
        "circle_victim_support": 30,
        "shuttle_mediation": 30,
    },
    "bullying": {
        "restorative_mediation": 35,
        "circle_victim_support": 15,
        "circle_reconciliation": 10,
        "school_conference": 15,
        "preventive_program": 15,
        "circle_preventive": 10,
    },
    "multilevel_conflict": {
        "school_parent_council": 55,
        "school_conference": 25,
        "circle_problem_solving": 20,
    },
    "harm_by_staff": {"restorative_mediation": 50, "school_conference": 30, "circle_healing": 20},
    "other": {"restorative_mediation": 50, "other": 30, "circle_mutual_understanding": 20},
}
OUTCOME_WEIGHTS = {
    "completed_with_agreement": 78,
    "completed_without_agreement": 9,
    "stopped": 9,
    "transferred": 4,
}
MEETING_TYPES = (
    "restorative_mediation",
    "school_conference",
    "family_conference",
    "school_parent_council",
)


@dataclass
class ProgramPlan:
    type: str
    status: str
    started_on: date | None
    ended_on: date | None
    outcome: str | None
    events: list[tuple[str, date]] = field(default_factory=list)


@dataclass
class CasePlan:
    category: str
    source: str
    received_on: date
    status: str
    decided_on: date | None
    programs: list[ProgramPlan]
    follow_up_on: date | None = None
    follow_up_done_on: date | None = None
    closed_on: date | None = None


def _pick(rng: random.Random, weights: dict[str, int]) -> str:
    return rng.choices(list(weights), weights=list(weights.values()))[0]


def _program(rng: random.Random, ptype: str, start: date, today: date) -> ProgramPlan:
    if start > today:
        return ProgramPlan(ptype, "planned", None, None, None)
    ended = start + timedelta(days=rng.randint(3, 35))
    events = [("program_started", start)]
    if ptype in MEETING_TYPES or ptype == "shuttle_mediation":
        for offset in sorted(rng.sample(range(1, 8), rng.randint(1, 2))):
            if start + timedelta(days=offset) <= min(ended, today):
                events.append(("preliminary_meeting", start + timedelta(days=offset)))
    if ended > today:
        return ProgramPlan(ptype, "in_progress", start, None, None, events)
    outcome = _pick(rng, OUTCOME_WEIGHTS)
    if outcome.startswith("completed") and ptype != "shuttle_mediation":
        events.append(("meeting", ended))
    if outcome == "completed_with_agreement":
        events.append(("agreement", ended))
    events.append(("program_ended", ended))
    return ProgramPlan(ptype, "finished", start, ended, outcome, events)


def plan_case(
    rng: random.Random,
    kind: str,
    category: str,
    source: str,
    received: date,
    today: date,
    accepted: bool,
) -> CasePlan:
    decided = min(received + timedelta(days=rng.randint(0, 4)), today)
    first_type = _pick(rng, PROGRAMS_FOR[category])
    if not accepted:
        # A school service transfers offences; the rest of the refusals are declines.
        moved = kind == "school" and category in {
            "crime",
            "socially_dangerous_act",
            "administrative_offence",
        }
        if decided == received and received == today and rng.random() < 0.5:
            return CasePlan(
                category,
                source,
                received,
                "registered",
                None,
                [ProgramPlan(first_type, "planned", None, None, None)],
            )
        status = "transferred" if moved or rng.random() < 0.2 else "declined"
        return CasePlan(
            category,
            source,
            received,
            status,
            decided,
            [ProgramPlan(first_type, "planned", None, None, None)],
        )
    first = _program(rng, first_type, decided + timedelta(days=rng.randint(1, 10)), today)
    programs = [first]
    if first.ended_on and first.outcome == "completed_with_agreement" and rng.random() < 0.08:
        follow_type = rng.choice(
            ("circle_preventive", "preventive_program", "circle_mutual_understanding")
        )
        programs.append(
            _program(rng, follow_type, first.ended_on + timedelta(days=rng.randint(7, 30)), today)
        )
    plan = CasePlan(category, source, received, "accepted", decided, programs)
    last = programs[-1]
    if last.ended_on is None:
        return plan
    end = max(p.ended_on for p in programs if p.ended_on)
    monday = today - timedelta(days=today.weekday())
    if last.outcome == "completed_with_agreement":
        plan.follow_up_on = end + timedelta(days=rng.randint(14, 35))
        # Follow-ups from before last week are done; later ones are still on the desk.
        if plan.follow_up_on < monday - timedelta(days=7) or rng.random() < 0.1:
            plan.follow_up_done_on = min(
                plan.follow_up_on + timedelta(days=rng.randint(0, 5)), today
            )
        else:
            return plan
    settled = plan.follow_up_done_on or end
    closed = settled + timedelta(days=rng.randint(1, 10))
    if closed <= today:
        plan.closed_on = closed
    return plan
