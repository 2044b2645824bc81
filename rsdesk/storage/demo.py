"""A realistic synthetic register for benchmarks and seminars: same seed, same register."""

from __future__ import annotations

import bisect
import calendar
import itertools
import json
import random
from dataclasses import dataclass
from datetime import date

from sqlite_utils import Database

from rsdesk.domain.leading import YOUNG_CATEGORIES, required_modules
from rsdesk.domain.register import Participant
from rsdesk.domain.rules import transfer_reasons
from rsdesk.storage import demo_data as words
from rsdesk.storage.demo_people import DemoMediator, Person, make_participants, make_roster
from rsdesk.storage.demo_plan import CasePlan, plan_case
from rsdesk.storage.schema import migrate
from rsdesk.storage.service import load_profile

SCHOOL_CATEGORIES = {
    "educational_conflict": 45,
    "community_problem": 12,
    "bullying": 18,
    "multilevel_conflict": 5,
    "harm_by_staff": 4,
    "family_difficult_situation": 5,
    "family_violence": 1,
    "other": 10,
}
TERRITORIAL_CATEGORIES = {
    "family_difficult_situation": 30,
    "family_violence": 6,
    "educational_conflict": 15,
    "bullying": 8,
    "community_problem": 4,
    "multilevel_conflict": 4,
    "harm_by_staff": 3,
    "crime": 9,
    "socially_dangerous_act": 5,
    "administrative_offence": 8,
    "other": 5,
}
SCHOOL_SOURCES = {
    "teacher": 30,
    "administration": 15,
    "parent": 20,
    "student": 15,
    "specialist": 12,
    "self": 5,
    "other": 3,
}
TERRITORIAL_SOURCES = {
    "juvenile_commission": 30,
    "police": 10,
    "court": 4,
    "social_protection": 12,
    "administration": 14,
    "teacher": 6,
    "parent": 12,
    "specialist": 6,
    "self": 3,
    "other": 3,
}
LAW_SOURCES = {"juvenile_commission": 50, "police": 35, "court": 15}
# School year rhythm: few requests in summer.
MONTH_WEIGHTS = (8, 10, 10, 9, 8, 3, 1, 2, 9, 11, 11, 8)
TABLES = (
    "mediators",
    "mediator_years",
    "training",
    "requests",
    "participants",
    "cases",
    "case_mediators",
    "programs",
    "events",
    "documents",
)


@dataclass(frozen=True)
class DemoSummary:
    requests: int
    cases: int
    programs: int
    mediators: int


def _pick(rng: random.Random, weights: dict[str, int]) -> str:
    return rng.choices(list(weights), weights=list(weights.values()))[0]


def _days(span: list[int], today: date) -> tuple[list[date], list[float]]:
    """Every allowed day of the span with cumulative weights following the school year."""
    days, cumulative, total = [], [], 0.0
    for year in span:
        for month in range(1, 13):
            for number in range(1, calendar.monthrange(year, month)[1] + 1):
                day = date(year, month, number)
                if day > today:
                    break
                total += MONTH_WEIGHTS[month - 1] * (0.2 if day.weekday() >= 5 else 1.0)
                days.append(day)
                cumulative.append(total)
    return days, cumulative


def _referrer(rng: random.Random, kind: str, source: str, municipality: str, cls: str) -> str:
    if kind == "school":
        options = words.SCHOOL_REFERRERS.get(source)
    elif source in {"administration", "teacher"}:
        options = words.SCHOOL_NAMES
    else:
        options = words.TERRITORIAL_REFERRERS.get(source)
    if not options:
        return ""
    return rng.choice(options).format(n=rng.randint(1, 99), municipality=municipality, cls=cls)


def _lead_for(
    rng: random.Random, team: list[DemoMediator], year: int, program: str, category: str
) -> list[tuple[int, str]]:
    """(mediator id, role) pairs: an adult lead, trained for it when the roster allows."""
    adults = [m for m in team if m.kind == "adult" and year in m.years] or [
        m for m in team if m.kind == "adult"
    ]
    needed = set(required_modules(program, category))
    trained = [m for m in adults if needed <= m.modules]
    lead = rng.choice(trained if trained and rng.random() < 0.95 else adults)
    chosen = [(lead.id, "lead")]
    young = [m for m in team if m.kind == "young" and year in m.years and m.young_program]
    if young and program == "restorative_mediation" and category in YOUNG_CATEGORIES:
        if rng.random() < 0.5:
            chosen.append((rng.choice(young).id, "co_lead"))
    elif rng.random() < 0.25 and len(adults) > 1:
        chosen.append((rng.choice([m for m in adults if m is not lead]).id, "co_lead"))
    return chosen


def generate(
    db: Database,
    *,
    cases: int = 200,
    year: int | None = None,
    years: int = 1,
    seed: int = 0,
    kind: str = "school",
    today: date | None = None,
) -> DemoSummary:
    """Fill an empty register with `cases` cases spread over the `years` years ending with
    `year`, plus declined and transferred requests; nothing is dated after `today`."""
    today = today or date.today()
    year = year or today.year
    if year > today.year or years < 1 or cases < 0:
        raise ValueError("the demo register covers past years and the current one")
    migrate(db)
    if db["requests"].count:
        raise ValueError("the demo fills an empty register only")
    rng = random.Random(seed)
    profile = load_profile(db)
    municipality = profile.municipality if profile else "г. Кемерово"
    span = list(range(year - years + 1, year + 1))
    curator_row = db.execute(
        "SELECT id, full_name FROM mediators WHERE is_curator = 1 ORDER BY id LIMIT 1"
    ).fetchone()
    (max_id,) = db.execute("SELECT COALESCE(MAX(id), 0) FROM mediators").fetchone()
    team, training = make_roster(
        rng, kind, span, today, tuple(curator_row) if curator_row else None, max_id + 1
    )
    days, cumulative = _days(span, today)
    categories = SCHOOL_CATEGORIES if kind == "school" else TERRITORIAL_CATEGORIES
    sources = SCHOOL_SOURCES if kind == "school" else TERRITORIAL_SOURCES
    extra = round(cases * 0.08) + (round(cases * 0.04) if kind == "school" else 0)
    plans: list[CasePlan] = []
    for index in range(cases + extra):
        received = days[bisect.bisect_left(cumulative, rng.random() * cumulative[-1])]
        accepted = index < cases
        if accepted:
            category = _pick(rng, categories)
        elif kind == "school" and index >= cases + round(cases * 0.08):
            category = rng.choice(("crime", "socially_dangerous_act", "administrative_offence"))
        else:
            category = _pick(rng, categories)
        source = _pick(
            rng,
            LAW_SOURCES
            if category in {"crime", "socially_dangerous_act"} and kind == "territorial"
            else sources,
        )
        plans.append(plan_case(rng, kind, category, source, received, today, accepted))
    plans.sort(key=lambda plan: plan.received_on)
    rows: dict[str, list[dict]] = {table: [] for table in TABLES}
    for mediator in team:
        if not mediator.is_curator:
            rows["mediators"].append(
                {
                    "id": mediator.id,
                    "full_name": mediator.full_name,
                    "kind": mediator.kind,
                    "is_curator": 0,
                    "class_name": mediator.class_name,
                    "position": mediator.position,
                    "slot_id": None,
                    "note": "",
                    # Someone the demo's last year does not list has left the service.
                    "left_in": max(mediator.years) if max(mediator.years) < year else None,
                }
            )
    db.execute(
        "DELETE FROM mediator_years WHERE mediator_id IN "
        f"({','.join(str(m.id) for m in team if m.is_curator) or '0'})"
    )
    rows["mediator_years"] = [{"mediator_id": m.id, "year": y} for m in team for y in m.years]
    rows["training"] = training
    counters: dict[int, itertools.count] = {}
    ids = {table: itertools.count(1) for table in TABLES}
    for plan in plans:
        _emit(rng, kind, plan, team, municipality, counters, ids, rows)
    with db.atomic():
        for table in TABLES:
            _bulk(db, table, rows[table])
    return DemoSummary(
        requests=len(rows["requests"]),
        cases=len(rows["cases"]),
        programs=len(rows["programs"]),
        mediators=len(team),
    )


def _emit(
    rng: random.Random,
    kind: str,
    plan: CasePlan,
    team: list[DemoMediator],
    municipality: str,
    counters: dict[int, itertools.count],
    ids: dict[str, itertools.count],
    rows: dict[str, list[dict]],
) -> None:
    """Rows of one request and, if accepted, its case, programs, team and timeline."""
    people: list[Person] = make_participants(rng, kind, plan.category, plan.programs[0].type)
    cls = next((p.class_name for p in people if p.class_name), f"{rng.randint(5, 9)}А")
    request_id = next(ids["requests"])
    year = plan.received_on.year
    number = f"{year}-{next(counters.setdefault(year, itertools.count(1))):03d}"
    warnings = transfer_reasons(kind, plan.category, [_as_participant(p) for p in people])
    status = plan.status
    rows["requests"].append(
        {
            "id": request_id,
            "number": number,
            "received_on": plan.received_on.isoformat(),
            "source": plan.source,
            "referrer": _referrer(rng, kind, plan.source, municipality, cls),
            "category": plan.category,
            "description": rng.choice(words.SITUATIONS[plan.category]).format(cls=cls),
            "status": status,
            "decided_on": plan.decided_on.isoformat() if plan.decided_on else None,
            "decline_reason": rng.choice(words.DECLINE_REASONS) if status == "declined" else "",
            "transferred_to": (
                f"Территориальная служба примирения, {municipality}"
                if status == "transferred"
                else ""
            ),
            "warnings": json.dumps(list(warnings) if status != "declined" else []),
            "decision_note": (
                "Администрация дала добровольное согласие на участие; служба проводит "
                "программу сама."
                if warnings and status == "accepted"
                else ""
            ),
        }
    )
    for person in people:
        rows["participants"].append(
            {
                "id": next(ids["participants"]),
                "request_id": request_id,
                "full_name": person.full_name,
                "role": person.role,
                "is_minor": int(person.is_minor),
                "class_name": person.class_name,
                "age": person.age,
                "note": person.note,
            }
        )
    case_id = next(ids["cases"]) if status == "accepted" else None

    def event(kind_: str, on: date, **extra) -> None:
        rows["events"].append(
            {
                "id": next(ids["events"]),
                "request_id": request_id,
                "case_id": case_id,
                "program_id": extra.get("program_id"),
                "kind": kind_,
                "event_on": on.isoformat(),
                "done_on": extra.get("done_on"),
                "note": extra.get("note", ""),
            }
        )

    event("registered", plan.received_on)
    if plan.decided_on:
        event("decided", plan.decided_on)
    if case_id is None:
        return
    assert plan.decided_on is not None
    rows["cases"].append(
        {
            "id": case_id,
            "number": number,
            "request_id": request_id,
            "category": plan.category,
            "status": "closed" if plan.closed_on else "open",
            "opened_on": plan.decided_on.isoformat(),
            "closed_on": plan.closed_on.isoformat() if plan.closed_on else None,
        }
    )
    team_ids = _lead_for(rng, team, plan.decided_on.year, plan.programs[0].type, plan.category)
    for mediator_id, role in team_ids:
        rows["case_mediators"].append(
            {"case_id": case_id, "mediator_id": mediator_id, "role": role}
        )
    adults = sum(not p.is_minor for p in people)
    minors = len(people) - adults
    for step in plan.programs:
        program_id = next(ids["programs"])
        rows["programs"].append(
            {
                "id": program_id,
                "case_id": case_id,
                "program_type": step.type,
                "status": step.status,
                "started_on": step.started_on.isoformat() if step.started_on else None,
                "ended_on": step.ended_on.isoformat() if step.ended_on else None,
                "outcome": step.outcome,
                "participants_adults": adults if step.ended_on else 0,
                "participants_minors": minors if step.ended_on else 0,
                "facilitator_ids": json.dumps([m for m, _role in team_ids]),
                "state": "{}",
            }
        )
        for kind_, on in step.events:
            event(kind_, on, program_id=program_id)
        if step.outcome == "completed_with_agreement" and step.ended_on:
            rows["documents"].append(
                {
                    "id": next(ids["documents"]),
                    "case_id": case_id,
                    "program_id": program_id,
                    "kind": "agreement",
                    "title": "Примирительный договор",
                    "created_on": step.ended_on.isoformat(),
                    "attachment": "",
                }
            )
    if plan.follow_up_on:
        event(
            "follow_up",
            plan.follow_up_on,
            note=rng.choice(words.FOLLOW_UP_NOTES),
            done_on=plan.follow_up_done_on.isoformat() if plan.follow_up_done_on else None,
        )
    if plan.closed_on:
        event("closed", plan.closed_on)


def _as_participant(person: Person) -> Participant:
    return Participant(person.full_name, person.role, person.is_minor)


def _bulk(db: Database, table: str, records: list[dict]) -> None:
    # executemany straight on the connection: sqlite-utils' per-row checks would make a
    # benchmark-sized register take minutes instead of seconds.
    if not records:
        return
    columns = list(records[0])
    names = ", ".join(f'"{c}"' for c in columns)
    marks = ", ".join("?" for _ in columns)
    db.conn.executemany(
        f'INSERT INTO "{table}" ({names}) VALUES ({marks})',
        [tuple(record[c] for c in columns) for record in records],
    )
