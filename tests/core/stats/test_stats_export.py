"""Export from a demo vault: payload invariants, the command line round trip, privacy."""

from __future__ import annotations

import json
import re
from datetime import date
from pathlib import Path

import pytest
from sqlite_utils import Database

from rsdesk import cli
from rsdesk.access.workplace import desk_for
from rsdesk.domain.vocabulary import CATEGORIES, PROGRAM_TYPES, REQUEST_SOURCES
from rsdesk.stats.fileformat import Accepted, read_stats_file
from rsdesk.stats.labels import payload_rows
from rsdesk.stats.validate import PAYLOAD_SHAPE, check_shape, check_sums
from rsdesk.stats.yearly import StatsError, compute_payload
from rsdesk.storage.demo import generate
from rsdesk.storage.service import init_service
from rsdesk.vault import KdfParams, Vault

FAST = KdfParams(memory_kib=8 * 1024, iterations=1, lanes=1)
PASSWORD = "Зелёная лампа над столом 7Б"
TODAY = date(2025, 2, 1)


def demo_db(kind: str, seed: int, cases: int = 150) -> Database:
    db = Database(memory=True)
    init_service(
        db,
        kind=kind,
        name="Служба примирения",
        region="Кузбасс",
        municipality="г. Кемерово",
        curator_name="Петрова Анна Ивановна",
        curator_slot_id="curator-slot",
    )
    generate(db, cases=cases, year=2024, years=2, seed=seed, kind=kind, today=TODAY)
    return db


@pytest.mark.parametrize(("kind", "seed"), [("school", 1), ("school", 7), ("territorial", 3)])
def test_payload_matches_the_register(kind, seed):
    db = demo_db(kind, seed)
    for year in (2023, 2024):
        payload = compute_payload(db, year, generated=TODAY)
        check_shape(payload, PAYLOAD_SHAPE, "payload")  # every key, right types
        check_sums(payload)
        first, last = f"{year}-01-01", f"{year}-12-31"
        (requests,) = db.execute(
            "SELECT COUNT(*) FROM requests WHERE received_on BETWEEN ? AND ?", [first, last]
        ).fetchone()
        assert payload["requests_received"] == requests
        ended = db.execute(
            "SELECT outcome, COUNT(*), SUM(participants_adults), SUM(participants_minors) "
            "FROM programs WHERE ended_on BETWEEN ? AND ? GROUP BY outcome",
            [first, last],
        ).fetchall()
        by_outcome = {row[0]: row[1:] for row in ended}
        done = [
            by_outcome.get(o, (0, 0, 0))
            for o in ("completed_with_agreement", "completed_without_agreement")
        ]
        assert sum(payload["programs_completed"].values()) == sum(n for n, _, _ in done) > 0
        assert sum(payload["programs_with_agreement"].values()) == done[0][0]
        assert payload["programs_stopped"] == by_outcome.get("stopped", (0,))[0]
        assert payload["participants"] == {
            "adults": sum(a or 0 for _, a, _ in done),
            "minors": sum(m or 0 for _, _, m in done),
        }
        (adults,) = db.execute(
            "SELECT COUNT(*) FROM mediators m JOIN mediator_years y ON y.mediator_id = m.id "
            "WHERE y.year = ? AND m.kind = 'adult'",
            [year],
        ).fetchone()
        assert payload["mediators"]["adult"] == adults
        assert list(payload["requests_by_source"]) == list(REQUEST_SOURCES)
        assert list(payload["programs_completed"]) == list(PROGRAM_TYPES)
        assert list(payload["completed_by_category"]) == list(CATEGORIES)
        assert len(payload_rows(payload)) == 7 + 2 + 12 + 29 + 11 + 2  # every leaf, labelled


def test_a_year_without_anything_is_all_zeros():
    payload = compute_payload(demo_db("school", 2, cases=20), 2010, generated=TODAY)
    assert payload["requests_received"] == 0 and payload["programs_stopped"] == 0
    assert set(payload["programs_completed"].values()) == {0}


def test_impossible_years_are_refused_in_russian():
    db = demo_db("school", 2, cases=5)
    with pytest.raises(StatsError, match="Год должен быть от 2000 до 2025"):
        compute_payload(db, 2026, generated=TODAY)
    with pytest.raises(StatsError, match="нет службы"):
        compute_payload(Database(memory=True), 2024, generated=TODAY)


@pytest.fixture
def demo_vault(tmp_path, monkeypatch):
    path = tmp_path / "school.rsdv"
    vault, _ = Vault.create(path, PASSWORD, kdf=FAST)
    init_service(
        vault.db,
        kind="school",
        name="МБОУ «СОШ № 12»",
        region="Кузбасс",
        municipality="г. Кемерово",
        curator_name="Петрова Анна Ивановна",
        curator_slot_id=vault.slot_id,
    )
    generate(vault.db, cases=120, year=date.today().year, years=2, seed=11, kind="school")
    vault.commit()
    vault.close()
    monkeypatch.setenv("RSDESK_PASSWORD", PASSWORD)
    return path


def test_round_trip_export_verify_aggregate(demo_vault, tmp_path, capsys):
    year = date.today().year - 1
    out = tmp_path / "out"
    out.mkdir()
    assert cli.main(["stats", "export", str(demo_vault), "--year", str(year), "-o", str(out)]) == 0
    (exported,) = out.glob("*.rsdstats")
    assert str(exported) in capsys.readouterr().out
    read = read_stats_file(exported)
    assert isinstance(read, Accepted) and read.year == year

    assert cli.main(["stats", "verify", str(exported)]) == 0
    assert "ВЕРНО" in capsys.readouterr().out

    summary = tmp_path / "summary.json"
    code = cli.main(
        [
            "stats",
            "aggregate",
            str(out),
            "--json",
            str(summary),
            "--xlsx",
            str(tmp_path / "t.xlsx"),
            "--pdf",
            str(tmp_path / "t.pdf"),
        ]
    )
    assert code == 0
    printed = capsys.readouterr().out
    assert f"{year} год: учтено файлов — 1, отклонено — 0" in printed
    data = json.loads(summary.read_text(encoding="utf-8"))
    assert list(data) == ["year", "school", "territorial", "files", "rejected"]
    assert data["year"] == year and data["files"] == 1 and data["rejected"] == []
    completed = sum(read.payload["programs_completed"].values())
    assert data["school"]["all"]["programs_completed"] == completed
    assert data["school"]["all"]["requests_received"] == read.payload["requests_received"]
    assert data["territorial"]["services"] == 0
    assert (tmp_path / "t.xlsx").stat().st_size and (tmp_path / "t.pdf").stat().st_size


def test_export_errors_are_russian_with_exit_codes(demo_vault, tmp_path, monkeypatch, capsys):
    target = str(tmp_path / "x.rsdstats")
    monkeypatch.setenv("RSDESK_PASSWORD", "не тот пароль")
    assert cli.main(["stats", "export", str(demo_vault), "--year", "2024", "-o", target]) == 2
    assert "Неверный пароль" in capsys.readouterr().err
    monkeypatch.setenv("RSDESK_PASSWORD", PASSWORD)
    assert cli.main(["stats", "export", str(demo_vault), "--year", "1999", "-o", target]) == 1
    assert "Год должен быть" in capsys.readouterr().err
    missing = str(tmp_path / "no" / "x.rsdstats")
    assert cli.main(["stats", "export", str(demo_vault), "--year", "2024", "-o", missing]) == 1
    assert "Не удалось записать" in capsys.readouterr().err
    assert not Path(target).exists()


def test_the_export_is_in_the_audit_trail(demo_vault, tmp_path):
    year = date.today().year - 1
    target = tmp_path / "s.rsdstats"
    assert (
        cli.main(["stats", "export", str(demo_vault), "--year", str(year), "-o", str(target)]) == 0
    )
    vault = Vault.open(demo_vault, PASSWORD)
    try:
        trail = desk_for(vault).audit_entries(action="export_stats")
    finally:
        vault.close(discard=True)
    assert [(e.user_name, e.label) for e in trail] == [("Петрова Анна Ивановна", str(year))]


def test_verify_and_aggregate_report_bad_files(tmp_path, capsys):
    bad = tmp_path / "bad.rsdstats"
    bad.write_text("{", encoding="utf-8")
    assert cli.main(["stats", "verify", str(bad), str(tmp_path / "none")]) == 1
    printed = capsys.readouterr().out
    assert "ОТКЛОНЁН" in printed and "не является корректным JSON" in printed
    assert "Такого файла или папки нет" in printed
    summary = tmp_path / "s.json"
    assert cli.main(["stats", "aggregate", str(tmp_path), "--json", str(summary)]) == 3
    data = json.loads(summary.read_text(encoding="utf-8"))
    assert data["files"] == 0 and data["rejected"][0]["file"] == str(bad)


def strings_of(db: Database) -> set[str]:
    """Every free text in the register that is not the service's own name and place."""
    queries = [
        "SELECT full_name, note, class_name FROM participants",
        "SELECT number, referrer, description, decline_reason, transferred_to, decision_note "
        "FROM requests",
        "SELECT full_name, note, position, class_name FROM mediators",
        "SELECT note FROM training",
        "SELECT note FROM events",
        "SELECT title FROM documents",
        "SELECT number FROM cases",
    ]
    found = set()
    for sql in queries:
        for row in db.execute(sql).fetchall():
            found.update(v.strip() for v in row if isinstance(v, str) and len(v.strip()) >= 3)
    return found


def test_an_export_holds_no_name_description_or_note(demo_vault, tmp_path):
    year = date.today().year - 1
    target = tmp_path / "s.rsdstats"
    assert (
        cli.main(["stats", "export", str(demo_vault), "--year", str(year), "-o", str(target)]) == 0
    )
    vault = Vault.open(demo_vault, PASSWORD)
    try:
        secrets = strings_of(vault.db)
        (participants,) = vault.db.execute("SELECT COUNT(*) FROM participants").fetchone()
    finally:
        vault.close(discard=True)
    assert participants > 100 and len(secrets) > 300
    text = target.read_text(encoding="utf-8")
    payload = json.loads(text)["payload"]
    for own in (
        payload["service"]["name"],
        payload["service"]["region"],
        payload["service"]["municipality"],
    ):
        text = text.replace(own, "")
    leaked = sorted(s for s in secrets if s in text)
    assert leaked == []
    # and no date finer than the export date
    assert re.findall(r"\d{4}-\d{2}-\d{2}", text) == [payload["generated"]]
