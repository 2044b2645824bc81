"""The audit trail records who did what and detects any edit, removal or cut of its entries."""

from __future__ import annotations

from datetime import date

import pytest

from rsdesk.storage import audit
from tests.helpers.world import build


def busy_world():
    world = build()
    curator = world.desk(world.curator)
    curator.signed_in()
    curator.case_card(world.young_case)
    world.desk(world.adult).case_card(world.adult_case)
    curator.delete_case(world.teacher_case, "Дело заведено дважды")
    curator.export_stats(2024, curator.stats_preview(2024))
    return world


def test_the_trail_says_who_did_what_and_why():
    world = busy_world()
    trail = world.desk(world.curator).audit_entries()
    assert [(e.action, e.user_name, e.label) for e in reversed(trail)] == [
        ("login", "Соколова Ирина Петровна", ""),
        ("open_case", "Соколова Ирина Петровна", "2024-001"),
        ("open_case", "Алексеева Анна Сергеевна", "2024-003"),
        ("delete_case", "Соколова Ирина Петровна", "2024-004"),
        ("export_stats", "Соколова Ирина Петровна", "2024"),
    ]
    assert trail[1].reason == "Дело заведено дважды"
    assert world.desk(world.curator).verify_audit() == []


def test_filters_narrow_the_trail():
    world = busy_world()
    desk = world.desk(world.curator)
    assert {e.action for e in desk.audit_entries(user_id=world.adult)} == {"open_case"}
    assert [e.label for e in desk.audit_entries(action="delete_case")] == ["2024-004"]
    assert [e.action for e in desk.audit_entries(text="дважды")] == ["delete_case"]
    today = date.today()
    assert len(desk.audit_entries(first=today, last=today)) == 5
    assert desk.audit_entries(last=date(2000, 1, 1)) == []


@pytest.mark.parametrize(
    "tamper, problem",
    [
        (
            "UPDATE audit SET reason = 'Просто так' WHERE seq = 4",
            "Запись № 4 изменена или удалена.",
        ),
        ("UPDATE audit SET user_id = 2 WHERE seq = 1", "Запись № 1 изменена или удалена."),
        ("UPDATE audit SET at = '2020-01-01T00:00:00' WHERE seq = 3", "Запись № 3"),
        ("DELETE FROM audit WHERE seq = 2", "Записи перед № 3 отсутствуют."),
        ("DELETE FROM audit WHERE seq = 5", "Последние записи журнала удалены."),
        ("DELETE FROM audit", "Последние записи журнала удалены."),
    ],
)
def test_any_edit_or_removal_is_detected(tamper, problem):
    world = busy_world()
    world.db.execute(tamper)
    problems = world.desk(world.curator).verify_audit()
    assert problems
    assert any(problem in p for p in problems)


def test_a_rewritten_entry_with_a_recomputed_hash_still_breaks_the_chain():
    """Whoever recomputes one entry's hash breaks the link to the next one."""
    world = busy_world()
    row = next(world.db.query("SELECT * FROM audit WHERE seq = 2"))
    row["action"] = "login"
    forged = audit._digest(row["prev"], audit._fields(row))
    world.db.execute("UPDATE audit SET action = 'login', hash = ? WHERE seq = 2", [forged])
    assert world.desk(world.curator).verify_audit() == ["Запись № 3 изменена или удалена."]
