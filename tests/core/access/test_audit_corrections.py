"""Corrected values stay beside the audit trail, are covered by its chain, and go with the case."""

from __future__ import annotations

from rsdesk.domain.audit import FieldChange
from rsdesk.storage import audit, deletion, retention
from tests.helpers.world import TODAY, build

DATE_FIXED = FieldChange("Дата встречи", "29.09.2026", "24.09.2026")


def corrected(world, case_id: int) -> int:
    request_id = world.db.execute("SELECT request_id FROM cases WHERE id = ?", [case_id]).fetchone()
    return audit.record(
        world.db,
        world.curator,
        "change_case",
        object_kind="case",
        object_id=case_id,
        label="2024-001",
        reason="Перепутали дату",
        changes=[DATE_FIXED, FieldChange("Участники", "Орлов Никита", "Орлов Никита, Орлова Е.")],
        request_id=request_id[0],
    )


def test_an_entry_keeps_the_old_and_the_new_values_in_order():
    world = build()
    seq = corrected(world, world.adult_case)
    entry = next(e for e in world.desk(world.curator).audit_entries() if e.seq == seq)
    assert entry.changes[0] == DATE_FIXED
    assert [c.field for c in entry.changes] == ["Дата встречи", "Участники"]
    assert entry.reason == "Перепутали дату"
    assert world.desk(world.curator).verify_audit() == []


def test_entries_without_corrections_have_none():
    world = build()
    world.desk(world.curator).case_card(world.adult_case)
    assert all(e.changes == () for e in world.desk(world.curator).audit_entries())


def test_the_chain_notices_a_changed_digest_of_the_corrections():
    world = build()
    seq = corrected(world, world.adult_case)
    world.db.execute("UPDATE audit SET changes = '' WHERE seq = ?", [seq])
    assert world.desk(world.curator).verify_audit() != []


def test_erasing_a_case_forgets_its_corrected_values_but_not_the_entry():
    world = build()
    seq = corrected(world, world.adult_case)
    deletion.erase_case(world.db, world.adult_case)
    entry = next(e for e in world.desk(world.curator).audit_entries() if e.seq == seq)
    assert entry.changes == ()
    assert world.db.execute("SELECT COUNT(*) FROM corrections").fetchone()[0] == 0
    assert world.desk(world.curator).verify_audit() == []


def test_the_retention_purge_forgets_them_too():
    world = build()
    corrected(world, world.adult_case)
    corrected(world, world.young_case)
    retention.purge_case(world.db, world.adult_case, TODAY)
    left = {e.object_id for e in world.desk(world.curator).audit_entries() if e.changes}
    assert left == {world.young_case}
