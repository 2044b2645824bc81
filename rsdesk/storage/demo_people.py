"""People of the demo register: the roster with its training, and the participants of a case."""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from datetime import date, timedelta

from rsdesk.storage import demo_data as words

# Hours of each module of the 254-hour program (they add up to 254).
MODULE_HOURS = {"M1": 72, "M2": 36, "M3": 36, "M4": 36, "M5": 24, "M6": 24, "M7": 26}
# Chance an adult mediator of a service has a module beyond M1, by service kind.
MODULE_CHANCE = {
    "school": {"M2": 0.7, "M3": 0.8, "M4": 0.25, "M5": 0.1, "M6": 0.4, "M7": 0.3},
    "territorial": {"M2": 0.7, "M3": 0.8, "M4": 0.75, "M5": 0.55, "M6": 0.2, "M7": 0.2},
}
HARM_CATEGORIES = frozenset(
    {
        "crime",
        "socially_dangerous_act",
        "administrative_offence",
        "bullying",
        "harm_by_staff",
        "family_violence",
    }
)
FAMILY_CATEGORIES = frozenset({"family_difficult_situation", "family_violence"})


@dataclass
class DemoMediator:
    id: int
    full_name: str
    kind: str
    years: list[int]
    class_name: str = ""
    position: str = ""
    is_curator: bool = False
    modules: set[str] = field(default_factory=set)
    young_program: bool = False


@dataclass(frozen=True)
class Person:
    full_name: str
    role: str
    is_minor: bool
    class_name: str = ""
    age: int | None = None
    note: str = ""


def _capped(day: date, today: date) -> date:
    return min(day, today)


def make_roster(
    rng: random.Random,
    kind: str,
    span: list[int],
    today: date,
    curator: tuple[int, str] | None,
    next_id: int,
) -> tuple[list[DemoMediator], list[dict]]:
    """Mediators with their years and training records (rows for the training table)."""
    team: list[DemoMediator] = []
    if curator is not None:
        team.append(
            DemoMediator(
                curator[0],
                curator[1],
                "adult",
                list(span),
                is_curator=True,
                modules=set(MODULE_HOURS),
            )
        )
    positions = words.ADULT_POSITIONS if kind == "school" else words.TERRITORIAL_POSITIONS
    for _ in range(rng.randint(3, 5) if kind == "school" else rng.randint(4, 7)):
        first, last = 0, len(span) - 1
        if len(span) > 1 and rng.random() < 0.3:
            first = rng.randint(0, last)
        if len(span) > 1 and rng.random() < 0.2:
            last = rng.randint(first, last)
        mediator = DemoMediator(
            next_id,
            words.adult_name(rng, rng.random() < 0.8),
            "adult",
            span[first : last + 1],
            position=rng.choice(positions),
            modules={"M1"},
        )
        mediator.modules |= {m for m, p in MODULE_CHANCE[kind].items() if rng.random() < p}
        team.append(mediator)
        next_id += 1
    if kind == "school":
        for year in span:
            for _ in range(rng.randint(3, 5)):
                grade = rng.randint(7, 9)
                female = rng.random() < 0.6
                team.append(
                    DemoMediator(
                        next_id,
                        words.child_name(rng, female),
                        "young",
                        [y for y in (year, year + 1) if y in span],
                        class_name=f"{grade}{rng.choice(words.CLASS_LETTERS)}",
                        young_program=rng.random() < 0.9,
                    )
                )
                next_id += 1
    return team, _training_rows(rng, team, today)


def _training_rows(rng: random.Random, team: list[DemoMediator], today: date) -> list[dict]:
    records: list[dict] = []

    def add(mediator: DemoMediator, kind: str, held_on: date, hours: float, module=None):
        records.append(
            {
                "mediator_id": mediator.id,
                "kind": kind,
                "module": module,
                "held_on": _capped(held_on, today).isoformat(),
                "hours": hours,
                "note": "",
            }
        )

    for mediator in team:
        first = mediator.years[0]
        if mediator.kind == "adult":
            start = date(first - 1, 2, 1) + timedelta(days=rng.randint(0, 250))
            for step, module in enumerate(sorted(mediator.modules)):
                add(
                    mediator,
                    "module",
                    start + timedelta(days=30 * step),
                    MODULE_HOURS[module],
                    module,
                )
        elif mediator.young_program:
            add(mediator, "young36", date(first, 10, 1) + timedelta(days=rng.randint(0, 40)), 36)
        for year in mediator.years:
            months = sorted(rng.sample(range(1, 13), rng.randint(2, 7)))
            for month in months:
                if mediator.kind == "young" and month in (6, 7, 8):
                    continue
                held = date(year, month, rng.randint(5, 25))
                if held <= today:
                    add(mediator, "seminar", held, 3 if mediator.kind == "adult" else 2)
            if mediator.kind == "adult":
                for kind in ("supervision", "intervision"):
                    for _ in range(rng.randint(0, 2)):
                        held = date(year, rng.randint(1, 12), rng.randint(1, 28))
                        if held <= today:
                            add(mediator, kind, held, 2)
    return records


def _minor(
    rng: random.Random, kind: str, role: str, surname: str | None = None, peers: str = ""
) -> Person:
    """A child; `peers` is a class like «7Б» the child shares with the others of the case."""
    female = rng.random() < 0.5
    if peers:
        age = int(peers[:-1]) + 6 + rng.randint(0, 1)
        class_name = peers
    else:
        age = rng.randint(7, 17) if kind == "school" else rng.randint(10, 17)
        show_class = kind == "school" or rng.random() < 0.4
        class_name = words.class_for_age(rng, age) if show_class else ""
    return Person(words.child_name(rng, female, surname), role, True, class_name, age)


def _adult(rng: random.Random, role: str, surname: str | None = None, note: str = "") -> Person:
    return Person(
        words.adult_name(rng, rng.random() < 0.7, surname),
        role,
        False,
        age=rng.randint(26, 62),
        note=note,
    )


def make_participants(rng: random.Random, kind: str, category: str, program: str) -> list[Person]:
    """The people of a case, shaped by what happened and which program was chosen."""
    harm = category in HARM_CATEGORIES
    people: list[Person] = []
    if category in FAMILY_CATEGORIES:
        child = _minor(rng, kind, "victim" if category == "family_violence" else "party")
        family = words.masculine(child.full_name.split()[0])
        people.append(child)
        people.append(_adult(rng, "offender" if harm else "party", family))
        if rng.random() < 0.6:
            people.append(_adult(rng, "legal_representative", family))
    elif category == "harm_by_staff":
        people.append(_minor(rng, kind, "victim"))
        people.append(_adult(rng, "offender", note="сотрудник школы"))
    else:
        core = 2 if "mediation" in program else rng.randint(3, 6)
        roles = ["offender", "victim"] if harm else ["party", "party"]
        # Children in one situation are mostly classmates or of one age.
        peers = f"{rng.randint(2, 10)}{rng.choice(words.CLASS_LETTERS)}"
        for index in range(core):
            same = kind == "school" and rng.random() < 0.8
            people.append(_minor(rng, kind, roles[index % 2], peers=peers if same else ""))
    for minor in [p for p in people if p.is_minor]:
        if rng.random() < (0.7 if harm else 0.4):
            family = words.masculine(minor.full_name.split()[0])
            people.append(_adult(rng, "legal_representative", family))
    if program.startswith("circle_") or program == "preventive_program":
        people += [_adult(rng, "supporter") for _ in range(rng.randint(1, 3))]
    if program in {"school_conference", "school_parent_council"} or category == (
        "multilevel_conflict"
    ):
        people.append(_adult(rng, "administration", note="заместитель директора"))
        people.append(_adult(rng, "teacher", note="классный руководитель"))
    if program == "family_conference":
        people += [_adult(rng, "supporter", note="родственник") for _ in range(rng.randint(2, 4))]
        people.append(_adult(rng, "specialist", note="специалист органа опеки"))
    if rng.random() < 0.25:
        people.append(_adult(rng, rng.choice(("teacher", "specialist")), note="педагог"))
    return people
