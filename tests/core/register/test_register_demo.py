"""The demo register: deterministic, spread over the vocabulary, consistent, and its CLI."""

from __future__ import annotations

from collections import Counter
from datetime import date

import pytest

from rsdesk import cli
from rsdesk.domain.rules import validate_participant
from rsdesk.domain.vocabulary import CATEGORIES, OUTCOMES, PROGRAM_TYPES, REQUEST_SOURCES
from rsdesk.storage.demo import TABLES, generate
from rsdesk.storage.requests import get_request
from rsdesk.storage.roster import roster_counts
from tests.helpers.register import make_db

TODAY = date(2024, 11, 20)


def dump(db):
    return {t: list(db.execute(f"SELECT * FROM {t} ORDER BY rowid")) for t in TABLES}


@pytest.fixture(scope="module")
def territorial_demo():
    db = make_db("territorial")
    generate(db, cases=600, year=2024, years=3, seed=7, kind="territorial", today=TODAY)
    return db


def test_same_seed_same_register_other_seed_other_register():
    first, second, third = (make_db("school") for _ in range(3))
    for db, seed in ((first, 3), (second, 3), (third, 4)):
        generate(db, cases=80, year=2024, years=2, seed=seed, kind="school", today=TODAY)
    assert dump(first) == dump(second)
    assert dump(first)["participants"] != dump(third)["participants"]


def test_spread_over_the_vocabulary(territorial_demo):
    db = territorial_demo
    assert {c for (c,) in db.execute("SELECT category FROM cases")} == set(CATEGORIES)
    assert {p for (p,) in db.execute("SELECT program_type FROM programs")} == set(PROGRAM_TYPES)
    outcomes = {o for (o,) in db.execute("SELECT outcome FROM programs WHERE outcome IS NOT NULL")}
    assert outcomes == set(OUTCOMES)
    sources = {s for (s,) in db.execute("SELECT source FROM requests")}
    assert sources <= set(REQUEST_SOURCES) and len(sources) >= 8
    years = Counter(y for (y,) in db.execute("SELECT substr(received_on, 1, 4) FROM requests"))
    assert set(years) == {"2022", "2023", "2024"}


def test_the_demo_obeys_the_register_rules(territorial_demo):
    db = territorial_demo
    assert db.execute("SELECT COUNT(*) FROM cases").fetchone()[0] == 600
    (future,) = db.execute(
        "SELECT COUNT(*) FROM requests WHERE received_on > ?", [TODAY.isoformat()]
    ).fetchone()
    assert future == 0
    (bad_dates,) = db.execute(
        "SELECT COUNT(*) FROM programs p JOIN cases c ON c.id = p.case_id "
        "WHERE p.ended_on < p.started_on OR p.started_on < c.opened_on"
    ).fetchone()
    assert bad_dates == 0
    (empty,) = db.execute(
        "SELECT COUNT(*) FROM programs WHERE outcome LIKE 'completed%' "
        "AND participants_adults + participants_minors = 0"
    ).fetchone()
    assert empty == 0
    request = get_request(db, 17)
    assert all(validate_participant(p) == {} for p in request.participants)
    assert roster_counts(db, 2023)["adult"] >= 2
    statuses = Counter(
        s for (s,) in db.execute("SELECT status FROM cases WHERE opened_on < '2024-01-01'")
    )
    assert statuses["closed"] > 0.95 * sum(statuses.values())
    assert db.execute("SELECT COUNT(*) FROM cases WHERE status = 'open'").fetchone()[0] > 0


def test_a_school_demo_transfers_offences_and_has_young_mediators():
    db = make_db("school")
    generate(db, cases=150, year=2024, seed=2, kind="school", today=TODAY)
    transferred = {
        c for (c,) in db.execute("SELECT category FROM requests WHERE status = 'transferred'")
    }
    assert transferred & {"crime", "socially_dangerous_act", "administrative_offence"}
    (kept,) = db.execute(
        "SELECT COUNT(*) FROM cases WHERE category IN "
        "('crime', 'socially_dangerous_act', 'administrative_offence')"
    ).fetchone()
    assert kept == 0
    assert roster_counts(db, 2024)["young"] > 0


def test_names_have_matching_feminine_forms():
    from rsdesk.storage.demo_data import feminine, masculine

    assert feminine("Волков") == "Волкова"
    assert feminine("Городецкий") == "Городецкая"
    assert feminine("Донской") == "Донская"
    assert feminine("Черных") == "Черных"
    assert feminine("Бондаренко") == "Бондаренко"
    assert masculine("Городецкая") == "Городецкий"


def test_demo_command_needs_the_password(tmp_path, monkeypatch, capsys):
    monkeypatch.delenv("RSDESK_PASSWORD", raising=False)
    assert cli.main(["demo", str(tmp_path / "demo.rsdv")]) == 1
    assert "RSDESK_PASSWORD" in capsys.readouterr().err
    assert not (tmp_path / "demo.rsdv").exists()


def test_demo_command_creates_an_openable_vault(tmp_path, monkeypatch, capsys):
    from rsdesk.storage.queries import case_rows
    from rsdesk.storage.service import load_profile
    from rsdesk.vault import Vault

    monkeypatch.setenv("RSDESK_PASSWORD", "учебный-пароль-2024")
    path = tmp_path / "demo.rsdv"
    code = cli.main(["demo", str(path), "--cases", "40", "--year", "2023", "--seed", "9"])
    assert code == 0, capsys.readouterr().err
    out = capsys.readouterr().out
    assert "случаев — 40" in out and "Ключ восстановления" in out
    vault = Vault.open(path, "учебный-пароль-2024")
    try:
        assert load_profile(vault.db).kind == "school"
        rows = case_rows(vault.db)
        assert len(rows) == 40 and {r.year for r in rows} <= {2023, 2024}
    finally:
        vault.close()
