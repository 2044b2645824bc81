"""`rsdesk import` from the command line: a journal checked, imported whole or not at all, a
column mapped, the template written and never overwritten by surprise; Russian messages."""

from __future__ import annotations

from pathlib import Path

import pytest

from rsdesk import cli
from rsdesk.access.workplace import desk_for
from rsdesk.storage.service import init_service
from rsdesk.vault import KdfParams, Vault
from tests.helpers.journal_sheets import as_csv, sheet_rows

FAST = KdfParams(memory_kib=8 * 1024, iterations=1, lanes=1)
PASSWORD = "Синий карандаш на окне 6А"


@pytest.fixture
def vault_path(tmp_path, monkeypatch):
    path = tmp_path / "school.rsdv"
    vault, _ = Vault.create(path, PASSWORD, kdf=FAST)
    init_service(
        vault.db,
        kind="school",
        name="МБОУ «СОШ № 7»",
        region="Кузбасс",
        municipality="г. Белово",
        curator_name="Смирнова Ольга Петровна",
        curator_slot_id=vault.slot_id,
    )
    vault.commit()
    vault.close()
    monkeypatch.setenv("RSDESK_PASSWORD", PASSWORD)
    return path


def received(path: Path, year: int) -> int:
    vault = Vault.open(path, PASSWORD)
    try:
        return desk_for(vault).stats_preview(year)["requests_received"]
    finally:
        vault.close()


def journal(tmp_path: Path, rows: list[list[str]], name: str = "журнал.csv") -> Path:
    path = tmp_path / name
    path.write_bytes(as_csv(rows))
    return path


def test_a_journal_is_checked_then_imported_whole(vault_path, tmp_path, capsys):
    sheet = journal(tmp_path, sheet_rows())
    assert cli.main(["import", str(vault_path), str(sheet), "--dry-run"]) == 0
    shown = capsys.readouterr().out
    assert "журнал.csv: строк прочитано 64, новых 64, перенесено раньше 0." in shown
    assert "2025: заявок 40, завершено программ 19 (с договорённостью 10), прекращено 5." in shown
    assert "Ветрова Алла Игоревна" in shown
    assert "Проверено; ничего не перенесено (--dry-run)." in shown
    assert received(vault_path, 2025) == 0

    assert cli.main(["import", str(vault_path), str(sheet)]) == 0
    assert "Перенесено заявок: 64." in capsys.readouterr().out
    assert (received(vault_path, 2024), received(vault_path, 2025)) == (24, 40)

    assert cli.main(["import", str(vault_path), str(sheet)]) == 1
    assert "в нём нет новых строк" in capsys.readouterr().err
    assert received(vault_path, 2025) == 40


def test_a_bad_row_imports_nothing_and_is_named(vault_path, tmp_path, capsys):
    rows = sheet_rows()
    rows[36][0] = "31.04.2025"
    assert cli.main(["import", str(vault_path), str(journal(tmp_path, rows))]) == 1
    said = capsys.readouterr().err
    assert "Строка 37, «Дата обращения»: Такого дня нет: «31.04.2025»." in said
    assert "Ничего не перенесено" in said
    assert received(vault_path, 2025) == 0


def test_a_column_of_another_name_is_mapped(vault_path, tmp_path, capsys):
    rows = sheet_rows()
    rows[0][1] = "Кем направлено"
    sheet = journal(tmp_path, rows)
    assert cli.main(["import", str(vault_path), str(sheet)]) == 1
    assert "«Кто обратился»" in capsys.readouterr().err
    assert cli.main(["import", str(vault_path), str(sheet), "--map", "Кто обратился=Кем"]) == 1
    assert "В файле нет столбца «Кем»" in capsys.readouterr().err
    mapped = ["import", str(vault_path), str(sheet), "--map", "Кто обратился=Кем направлено"]
    assert cli.main(mapped) == 0
    assert received(vault_path, 2024) == 24


def test_the_template_is_written_and_kept(tmp_path, capsys):
    target = tmp_path / "шаблон"
    assert cli.main(["import", "--template", str(target)]) == 0
    written = tmp_path / "шаблон.xlsx"
    assert written.read_bytes()[:2] == b"PK"
    assert "Шаблон журнала записан" in capsys.readouterr().out
    written.write_bytes(b"PK mine")
    assert cli.main(["import", "--template", str(written)]) == 1
    assert "--force" in capsys.readouterr().err
    assert written.read_bytes() == b"PK mine"
    assert cli.main(["import", "--template", str(written), "--force"]) == 0
    assert written.read_bytes() != b"PK mine"


def test_wrong_password_and_missing_file_are_said(vault_path, tmp_path, monkeypatch, capsys):
    sheet = journal(tmp_path, sheet_rows())
    assert cli.main(["import", str(vault_path), str(tmp_path / "нет.csv")]) == 1
    assert "Не удалось прочитать" in capsys.readouterr().err
    monkeypatch.setenv("RSDESK_PASSWORD", "не тот пароль")
    assert cli.main(["import", str(vault_path), str(sheet)]) == 2
    assert "Неверный пароль" in capsys.readouterr().err
