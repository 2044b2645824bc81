"""Migrations: a register written by schema v1 opens, migrates and keeps its data."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlite_utils import Database

from rsdesk.storage import queries
from rsdesk.storage.cases import case_card
from rsdesk.storage.events import timeline
from rsdesk.storage.requests import get_request
from rsdesk.storage.roster import roster_counts
from rsdesk.storage.schema import SCHEMA_VERSION, SchemaTooNewError, migrate, schema_version
from rsdesk.storage.service import load_profile

FIXTURE = Path(__file__).resolve().parents[1] / "storage" / "fixtures" / "register_v1.sql"


@pytest.fixture
def v1() -> Database:
    db = Database(memory=True)
    db.conn.executescript(FIXTURE.read_text(encoding="utf-8"))
    return db


def test_fixture_is_really_v1(v1):
    assert schema_version(v1) == 1
    assert "events" not in v1.table_names()


def test_v1_register_migrates_with_data_intact(v1):
    before = {t: v1[t].count for t in v1.table_names()}
    assert migrate(v1) == SCHEMA_VERSION == schema_version(v1)
    # v6 keys the journal's row fingerprints with a secret of this register: one row more.
    before["meta"] += 1
    for table, count in before.items():
        assert v1[table].count == count, table
    assert len(v1.execute("SELECT value FROM meta WHERE key = 'journal_key'").fetchone()[0]) == 64
    profile = load_profile(v1)
    assert profile.service_id == "0b7c3a52-5d1e-4c8e-9a43-2f4c1d7e9b10"
    assert profile.municipality == "г. Новокузнецк"
    assert get_request(v1, 2).transferred_to.startswith("Территориальная служба")
    assert get_request(v1, 2).warnings == ("territorial_category",)
    card = case_card(v1, 1)
    assert [p.full_name for p in card.request.participants][:2] == ["Зимин Егор", "Краснов Тимур"]
    assert card.programs[0].facilitator_ids == (2, 3)
    assert roster_counts(v1, 2019) == {"adult": 2, "young": 1}


def test_migration_rebuilds_the_timeline(v1):
    migrate(v1)
    kinds = [(e.kind, e.event_on.isoformat()) for e in timeline(v1, 1)]
    assert kinds == [
        ("registered", "2019-09-16"),
        ("decided", "2019-09-17"),
        ("program_started", "2019-09-18"),
        ("program_ended", "2019-09-30"),
        ("closed", "2019-10-20"),
    ]
    rows = queries.case_rows(v1)
    assert {r.number for r in rows} == {"2019-001", "2019-003"}


def test_migrating_twice_changes_nothing(v1):
    migrate(v1)
    events = v1["events"].count
    migrate(v1)
    assert v1["events"].count == events


def test_a_newer_schema_is_refused(v1):
    v1.execute("UPDATE meta SET value = '99' WHERE key = 'schema_version'")
    with pytest.raises(SchemaTooNewError, match="более новой версией"):
        migrate(v1)


def test_a_failed_step_leaves_the_previous_version(v1, monkeypatch):
    from rsdesk.storage import schema

    def broken(db):
        schema._v2(db)
        raise RuntimeError("disk trouble")

    monkeypatch.setattr(schema, "MIGRATIONS", [schema._v1, broken])
    with pytest.raises(RuntimeError):
        schema.migrate(v1)
    assert schema_version(v1) == 1
    assert "events" not in v1.table_names()
