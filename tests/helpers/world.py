"""A school service with every kind of user and cases around them."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlite_utils import Database

from rsdesk.access import Desk
from rsdesk.domain.register import Document, Mediator, Participant, ProgramSummary, Request
from rsdesk.storage import cases, events, requests, users
from rsdesk.storage.roster import add_mediator
from rsdesk.storage.service import curator_id, init_service

TODAY = date(2024, 6, 14)


def pupil(name: str, role: str = "party") -> Participant:
    return Participant(full_name=name, role=role, is_minor=True, class_name="7Б", age=13)


def teacher(name: str) -> Participant:
    return Participant(full_name=name, role="teacher", is_minor=False)


@dataclass
class World:
    db: Database
    curator: int
    adult: int  # Алексеева: leads the young mediator's case
    other_adult: int  # Борисов: leads the other cases
    young: int  # Юлия, 9А: co-mediates `young_case`
    other_young: int  # Захар: co-mediates `other_young_case`
    young_case: int
    other_young_case: int
    adult_case: int  # a bullying case led by Алексеева: no young mediator may take it
    teacher_case: int  # a teacher is a party, led by Борисов
    waiting_request: int  # registered, not decided

    def desk(self, user_id: int, today: date = TODAY) -> Desk:
        return Desk(self.db, users.actor(self.db, user_id), today=lambda: today)


def open_case(db: Database, received: date, category: str, people, description: str) -> int:
    request_id = requests.register_request(
        db,
        Request(
            received_on=received,
            source="teacher",
            category=category,
            description=description,
            participants=tuple(people),
            referrer="классный руководитель",
        ),
        today=TODAY,
    )
    return requests.accept_request(db, request_id, decided_on=received, today=TODAY)


def build(db: Database | None = None) -> World:
    """The world in `db` (a vault's register, say), else in a fresh in-memory database."""
    db = db if db is not None else Database(memory=True)
    init_service(
        db,
        kind="school",
        name="МБОУ «СОШ № 3»",
        region="Кузбасс",
        municipality="г. Белово",
        curator_name="Соколова Ирина Петровна",
        curator_slot_id="slot-curator",
        pledged_on=TODAY,
    )
    curator = curator_id(db)
    assert curator is not None

    def member(name: str, kind: str, slot: str, **extra) -> int:
        mediator_id = add_mediator(db, Mediator(name, kind, years=(2024,), **extra))
        users.set_slot(db, mediator_id, slot)
        users.accept_pledge(db, mediator_id, TODAY)
        return mediator_id

    adult = member("Алексеева Анна Сергеевна", "adult", "slot-adult", contacts="+7 900 111-22-33")
    other_adult = member("Борисов Борис Ильич", "adult", "slot-other-adult")
    young = member("Юдина Юлия", "young", "slot-young", class_name="9А")
    other_young = member("Захаров Захар", "young", "slot-other-young", class_name="10Б")

    young_case = open_case(
        db,
        date(2024, 3, 4),
        "educational_conflict",
        [pupil("Канарейкин Кирилл"), pupil("Синицына Светлана")],
        "Ссора на перемене: КАНАРЕЙКА-1",
    )
    cases.assign_mediator(db, young_case, adult, "lead")
    cases.assign_mediator(db, young_case, young, "co_lead")
    other_young_case = open_case(
        db,
        date(2024, 3, 5),
        "community_problem",
        [pupil("Дроздов Денис"), pupil("Щеглова Щедра")],
        "Травля в чате класса: КАНАРЕЙКА-2",
    )
    cases.assign_mediator(db, other_young_case, other_adult, "lead")
    cases.assign_mediator(db, other_young_case, other_young, "co_lead")
    adult_case = open_case(
        db,
        date(2024, 3, 6),
        "bullying",
        [pupil("Воробьёв Виктор"), pupil("Галкина Галина", "victim")],
        "Систематические насмешки: КАНАРЕЙКА-3",
    )
    cases.assign_mediator(db, adult_case, adult, "lead")
    teacher_case = open_case(
        db,
        date(2024, 3, 7),
        "educational_conflict",
        [pupil("Соколов Семён"), teacher("Учителева Ульяна Ивановна")],
        "Конфликт ученика с учителем: КАНАРЕЙКА-4",
    )
    cases.assign_mediator(db, teacher_case, other_adult, "lead")
    for case_id in (young_case, other_young_case, adult_case, teacher_case):
        program_id = cases.add_program(
            db,
            ProgramSummary(
                case_id,
                "restorative_mediation",
                "finished",
                date(2024, 3, 10),
                date(2024, 3, 20),
                "completed_with_agreement",
                participants_minors=2,
            ),
            today=TODAY,
        )
        cases.save_program_state(db, program_id, {"notes": f"запись программы {case_id}"})
        events.plan_follow_up(db, case_id, date(2024, 7, 1), f"проверить {case_id}")
        cases.add_document(
            db, Document(case_id, "agreement", f"Договор по делу {case_id}", date(2024, 3, 20))
        )
    waiting_request = requests.register_request(
        db,
        Request(
            received_on=date(2024, 6, 1),
            source="parent",
            category="educational_conflict",
            description="Ждёт решения: КАНАРЕЙКА-5",
            participants=(pupil("Ласточкина Лада"),),
        ),
        today=TODAY,
    )
    return World(
        db,
        curator,
        adult,
        other_adult,
        young,
        other_young,
        young_case,
        other_young_case,
        adult_case,
        teacher_case,
        waiting_request,
    )
