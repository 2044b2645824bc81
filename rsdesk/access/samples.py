"""Small invented registers in memory, filled through the Desk: the screenshot tour's samples.

Nothing here touches the disk; each register lives as long as its Desk. The people are made
up, like those of the practice file.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta

from sqlite_utils import Database

from rsdesk.access import Desk
from rsdesk.domain.register import Mediator, Participant, Request, TrainingRecord
from rsdesk.domain.roster import ServiceYears
from rsdesk.storage.service import curator_id, init_service
from rsdesk.storage.users import actor

SAMPLE_PEOPLE = (
    Participant("Петров Иван", "offender", True, class_name="7Б"),
    Participant("Петрова Анна Сергеевна", "legal_representative", False),
    Participant("Сидоров Максим", "victim", True, class_name="7Б"),
    Participant("Сидоров Олег Николаевич", "legal_representative", False),
    Participant("Кузнецова Мария Ивановна", "teacher", False),
    Participant("Орлова Елена Викторовна", "administration", False),
)


def curator_desk(db: Database, **options) -> Desk:
    """The curator's Desk over a register nobody signs in to (samples, tests)."""
    curator = curator_id(db)
    if curator is None:
        raise LookupError("the register has no curator")
    return Desk(db, actor(db, curator), **options)


def sample_desk(kind: str = "school", *, today: Callable[[], date] = date.today) -> Desk:
    """A new service in memory, its curator's pledge given; the curator's Desk over it."""
    db = Database(memory=True)
    init_service(
        db,
        kind=kind,
        name="МБОУ «Школа № 7»" if kind == "school" else "ТСП г. Кемерово",
        region="Кузбасс",
        municipality="г. Кемерово",
        curator_name="Смирнова Ольга Петровна",
        curator_slot_id="sample",
        pledged_on=today(),
    )
    return curator_desk(db, today=today)


def add_sample_case(desk: Desk) -> int:
    """A trained adult mediator and one open case of six people; returns the case."""
    today = desk.today()
    mediator = desk.add_mediator(
        Mediator("Волкова Наталья Андреевна", "adult", position="психолог", years=(today.year,))
    )
    for module in ("M1", "M2", "M5", "M6", "M7"):
        desk.add_training(
            mediator, TrainingRecord("module", today - timedelta(days=200), 36, module)
        )
    request_id = desk.register_request(
        Request(
            received_on=today - timedelta(days=10),
            source="teacher",
            category="educational_conflict",
            description="Драка на перемене между учениками 7Б класса; у Максима разбиты очки.",
            participants=SAMPLE_PEOPLE,
        )
    )
    case_id = desk.accept_request(
        request_id, decided_on=today - timedelta(days=9), accept_despite_warnings=True
    )
    desk.assign_mediator(case_id, mediator)
    return case_id


def add_sample_roster(desk: Desk) -> None:
    """Four people beside the curator, two who sign in, training dated in the last two years."""
    year = desk.today().year
    curator = desk.actor.user_id
    desk.set_years(curator, (year - 2, year - 1, year))
    people = {
        "anna": Mediator(
            "Кузнецова Анна Викторовна",
            "adult",
            position="социальный педагог",
            years=(year - 1, year),
            contacts="+7 913 402-18-77, kuznetsova@school7.ru",
        ),
        "igor": Mediator(
            "Лебедев Игорь Сергеевич",
            "adult",
            position="педагог-психолог",
            years=(year - 2, year - 1),
            contacts="+7 923 511-64-02",
        ),
        "misha": Mediator("Петров Михаил", "young", class_name="8А", years=(year,)),
        "dasha": Mediator("Соколова Дарья", "young", class_name="9Б", years=(year - 1, year)),
    }
    # Лебедев left the service last year: he is in last year's count, not in this one's.
    left = {"igor": ServiceYears((year - 2,), left_in=year - 1)}
    ids = {key: desk.add_mediator(person, left.get(key)) for key, person in people.items()}
    ids["olga"] = curator
    # Анна signs in with a password of her own (a made-up slot id: there is no vault); the
    # young mediators have none, they work in an adult's session handed over to them.
    desk.grant_access(ids["anna"], "5a3c0e11d2b4f697")
    earlier = year - 2
    for key, kind, when, hours, module in (
        ("olga", "module", date(earlier, 2, 10), 36, "M1"),
        ("olga", "module", date(earlier, 3, 16), 36, "M2"),
        ("olga", "module", date(earlier, 4, 20), 36, "M6"),
        ("olga", "supervision", date(year - 1, 11, 14), 2, None),
        ("anna", "module", date(earlier, 2, 10), 36, "M1"),
        ("anna", "module", date(earlier, 10, 5), 36, "M3"),
        ("anna", "seminar", date(year - 1, 9, 21), 3, None),
        ("anna", "intervision", date(year - 1, 12, 2), 2, None),
        ("igor", "module", date(earlier, 2, 10), 36, "M1"),
        ("igor", "module", date(earlier, 5, 18), 36, "M5"),
        ("misha", "young36", date(year - 1, 10, 1), 36, None),
        ("misha", "seminar", date(year - 1, 12, 8), 2, None),
    ):
        desk.add_training(ids[key], TrainingRecord(kind, when, hours, module=module))
