"""Retention empties old closed cases of personal data, and the statistics stay the same."""

from __future__ import annotations

from datetime import date

import pytest
from sqlite_utils import Database

from rsdesk.access import Desk
from rsdesk.domain.case_lists import UNDO_DAYS
from rsdesk.domain.refusals import InputRefused
from rsdesk.domain.register import Document, ProgramSummary
from rsdesk.domain.retention import DEFAULT_YEARS, cutoff
from rsdesk.domain.roles import Op
from rsdesk.stats.yearly import compute_payload
from rsdesk.storage import cases, events, users
from rsdesk.storage.demo import generate
from rsdesk.storage.service import curator_id, init_service
from tests.helpers.world import TODAY, build, open_case, pupil

OLD = ("СТАРАЯ-КАНАРЕЙКА", "Староканареечный Степан", "старая-заметка", "старый-документ")
NEW = ("СВЕЖАЯ-КАНАРЕЙКА", "Свежеканареечная Светлана", "свежая-заметка", "свежий-документ")


def dump(db: Database) -> str:
    return "\n".join(db.conn.iterdump())


def add_canary_case(db: Database, year: int, words: tuple[str, str, str, str]) -> int:
    description, name, note, title = words
    opened = date(year, 2, 3)
    case_id = open_case(
        db, opened, "educational_conflict", [pupil(name), pupil("Обычный Олег")], description
    )
    program_id = cases.add_program(
        db,
        ProgramSummary(
            case_id,
            "restorative_mediation",
            "finished",
            date(year, 2, 5),
            date(year, 2, 20),
            "completed_with_agreement",
            participants_adults=1,
            participants_minors=2,
        ),
        today=TODAY,
    )
    cases.save_program_state(db, program_id, {"agreement": f"{name} обещает {note}"})
    events.plan_follow_up(db, case_id, date(year, 3, 1), note)
    cases.add_document(
        db, Document(case_id, "agreement", title, date(year, 2, 20), attachment=f"att-{year}")
    )
    cases.close_case(db, case_id, date(year, 3, 10), note=note, today=TODAY)
    return case_id


def service_with_history() -> tuple[Database, Desk]:
    db = Database(memory=True)
    init_service(
        db,
        kind="school",
        name="МБОУ «СОШ № 5»",
        region="Кузбасс",
        municipality="г. Белово",
        curator_name="Соколова Ирина Петровна",
        curator_slot_id="slot-curator",
        pledged_on=TODAY,
    )
    generate(db, cases=240, years=5, year=2024, seed=3, today=TODAY)
    curator = curator_id(db)
    assert curator is not None
    return db, Desk(db, users.actor(db, curator), today=lambda: TODAY)


def test_purge_keeps_every_past_year_and_removes_every_canary():
    db, desk = service_with_history()
    add_canary_case(db, 2020, OLD)
    add_canary_case(db, 2023, NEW)
    removed: list[str] = []
    desk.remove_attachment = removed.append
    before = {y: compute_payload(db, y, generated=TODAY) for y in range(2019, 2025)}
    assert all(word in dump(db) for word in OLD + NEW)
    due = desk.retention_due()
    assert due > 0
    purged, erased = desk.apply_retention()
    assert (purged, erased) == (due, 0)
    after = {y: compute_payload(db, y, generated=TODAY) for y in range(2019, 2025)}
    assert after == before
    text = dump(db)
    for word in OLD:
        assert word not in text
    for word in NEW:  # closed less than three years ago: kept
        assert word in text
    assert removed == ["att-2020"]
    assert desk.retention_due() == 0
    assert desk.apply_retention() == (0, 0)  # nothing left to purge
    assert desk.verify_audit() == []


def test_a_shorter_period_purges_more_and_still_keeps_the_statistics():
    db, desk = service_with_history()
    add_canary_case(db, 2023, NEW)
    before = {y: compute_payload(db, y, generated=TODAY) for y in range(2019, 2025)}
    desk.set_retention_years(1)
    desk.apply_retention()
    assert {y: compute_payload(db, y, generated=TODAY) for y in range(2019, 2025)} == before
    assert not any(word in dump(db) for word in NEW)


def test_a_purged_case_is_read_only_and_says_why():
    db, desk = service_with_history()
    case_id = add_canary_case(db, 2020, OLD)
    desk.apply_retention()
    card = desk.case_card(case_id)
    assert card.request.description == ""
    assert card.request.participants == ()
    assert card.documents == ()
    decision = desk.may_edit = desk.may(
        __import__("rsdesk.domain.roles").domain.roles.Op.EDIT_CASE, case_id
    )
    assert not decision
    assert "удалены" in decision.reason


def test_default_period_and_its_limits():
    _db, desk = service_with_history()
    assert desk.retention_years() == DEFAULT_YEARS == 3
    for bad in (0, 11):
        with pytest.raises(InputRefused) as refused:
            desk.set_retention_years(bad)
        assert refused.value.fields == {"retention_years": "Срок хранения — от 1 до 10 лет."}
    assert desk.retention_years() == DEFAULT_YEARS
    assert cutoff(date(2024, 2, 29), 3) == date(2021, 2, 28)


def test_deleting_hides_at_once_undo_restores_and_the_window_then_purges():
    world = build()
    curator = world.desk(world.curator)
    number = cases.get_case(world.db, world.young_case).number
    before = compute_payload(world.db, 2024, generated=TODAY)
    curator.delete_case(world.young_case, "Дело заведено по ошибке")
    assert world.young_case not in [row.id for row in curator.case_rows()]
    assert number not in [row.number for row in curator.request_rows()]
    assert world.young_case not in [row.id for row in world.desk(world.young).case_rows()]
    hidden = compute_payload(world.db, 2024, generated=TODAY)
    assert hidden["requests_received"] == before["requests_received"] - 1
    [gone] = curator.deleted_cases()
    assert (gone.number, gone.reason, gone.deleted_by) == (
        number,
        "Дело заведено по ошибке",
        "Соколова Ирина Петровна",
    )
    assert gone.purge_on == date(2024, 7, 14)
    curator.restore_case(world.young_case)
    assert compute_payload(world.db, 2024, generated=TODAY) == before
    assert world.young_case in [row.id for row in world.desk(world.young).case_rows()]
    curator.delete_case(world.young_case, "Всё-таки ошибка")
    later = world.desk(world.curator, today=date(2024, 7, 13))
    assert later.apply_retention() == (0, 0)  # still in the undo window
    last_day = world.desk(world.curator, today=date(2024, 7, 14))
    assert last_day.apply_retention() == (0, 1)
    text = dump(world.db)
    for canary in ("КАНАРЕЙКА-1", "Канарейкин", "Синицына"):
        assert canary not in text
    assert last_day.deleted_cases() == []
    assert next(e.action for e in last_day.audit_entries()) == "purge_deleted"
    assert UNDO_DAYS == 30


def test_whoever_deleted_a_case_may_undo_it_and_nobody_else_but_the_curator():
    world = build()
    world.desk(world.adult).delete_case(world.adult_case, "Ошибся случаем")
    for user in (world.other_adult, world.young):
        assert not world.desk(user).may(Op.RESTORE_CASE, world.adult_case)
    world.desk(world.adult).restore_case(world.adult_case)
    assert world.adult_case in [row.id for row in world.desk(world.adult).case_rows()]


def test_a_closure_waiting_for_sign_off_is_not_reopened_around_it():
    world = build()
    world.desk(world.young).close_case(world.young_case, date(2024, 6, 10))
    decision = world.desk(world.curator).may(Op.REOPEN_CASE, world.young_case)
    assert not decision
    assert "доработку" in decision.reason
