"""`rsdesk import` from the command line: a journal checked, imported whole or not at all, a
column mapped, the template written and never overwritten by surprise; Russian messages."""

from __future__ import annotations

from pathlib import Path

import pytest

from rsdesk import cli
from rsdesk.access.workplace import desk_for
from rsdesk.journal.cli import spans
from rsdesk.storage.service import init_service
from rsdesk.vault import KdfParams, Vault
from rsdesk.vault import cli as vault_cli
from tests.helpers.journal_sheets import as_csv, sheet_rows
from tests.helpers.users import ADULT_PASSWORD, CURATOR_PASSWORD, make_service

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
    assert cli.main(["import", str(vault_path), str(sheet), "--map", "Кем=Кто обратился"]) == 1
    assert "В файле нет столбца «Кем»" in capsys.readouterr().err
    assert cli.main(["import", str(vault_path), str(sheet), "--map", "Кем направлено"]) == 1
    assert "напишите СТОЛБЕЦ=ПОЛЕ" in capsys.readouterr().err
    assert received(vault_path, 2024) == 0
    # COLUMN=FIELD, the field by its key; the column's letter case as the user typed it.
    mapped = ["import", str(vault_path), str(sheet), "--map", "кем направлено=source"]
    assert cli.main([*mapped, "--dry-run"]) == 0
    assert "новых 64" in capsys.readouterr().out
    # FIELD=COLUMN, as the README writes it, means the same.
    readme = ["import", str(vault_path), str(sheet), "--map", "Кто обратился=Кем направлено"]
    assert cli.main(readme) == 0
    assert received(vault_path, 2024) == 24


def test_a_mapped_column_feeds_only_the_field_it_was_given(vault_path, tmp_path, capsys):
    sheet = journal(tmp_path, sheet_rows())
    args = ["import", str(vault_path), str(sheet), "--dry-run"]
    assert cli.main([*args, "--map", "Категория=Описание"]) == 1
    # «Категория» is read as the description now, and no more as the category.
    said = capsys.readouterr()
    assert "нет столбца «Категория»: он обязателен" in said.err
    assert "Не читаются столбцы: «Описание»." in said.out


def test_rows_brought_in_before_are_named_and_a_dry_run_says_so(vault_path, tmp_path, capsys):
    rows = sheet_rows()
    first = journal(tmp_path, rows[:25], "осень.csv")
    assert cli.main(["import", str(vault_path), str(first)]) == 0
    capsys.readouterr()
    whole = journal(tmp_path, rows)
    assert cli.main(["import", str(vault_path), str(whole), "--dry-run"]) == 0
    shown = capsys.readouterr().out
    assert "строк прочитано 64, новых 40, перенесено раньше 24." in shown
    assert "Уже перенесены раньше и будут пропущены строки: 2–25." in shown
    assert cli.main(["import", str(vault_path), str(whole)]) == 0
    assert (received(vault_path, 2024), received(vault_path, 2025)) == (24, 40)
    # A dry run predicts the import: the same file again would add nothing, so it fails too.
    assert cli.main(["import", str(vault_path), str(whole), "--dry-run"]) == 1
    said = capsys.readouterr()
    assert "строки: 2–65." in said.out
    assert "в нём нет новых строк" in said.err


def test_the_password_is_asked_when_not_given(vault_path, tmp_path, monkeypatch, capsys):
    sheet = journal(tmp_path, sheet_rows())
    monkeypatch.delenv("RSDESK_PASSWORD")
    asked = []

    def ask_secret(prompt):
        asked.append(prompt)
        return PASSWORD

    monkeypatch.setattr(vault_cli, "ask_secret", ask_secret)
    assert cli.main(["import", str(vault_path), str(sheet)]) == 0
    assert asked == ["Пароль: "]

    def nobody_there(prompt):
        raise EOFError

    monkeypatch.setattr(vault_cli, "ask_secret", nobody_there)
    assert cli.main(["import", str(vault_path), str(sheet)]) == 1
    assert "Пароль не введён." in capsys.readouterr().err


def test_a_file_that_is_no_table_is_said_before_the_password(
    vault_path, tmp_path, monkeypatch, capsys
):
    broken = tmp_path / "журнал.xlsx"
    broken.write_bytes(b"not a workbook " * 20)
    monkeypatch.delenv("RSDESK_PASSWORD")

    def never(prompt):
        raise AssertionError("the password was asked for a file that cannot be read")

    monkeypatch.setattr(vault_cli, "ask_secret", never)
    assert cli.main(["import", str(vault_path), str(broken)]) == 1
    assert "не является правильной книгой XLSX" in capsys.readouterr().err


def test_only_the_curator_imports(tmp_path, monkeypatch, capsys):
    path = tmp_path / "two.rsdv"
    make_service(path)
    sheet = journal(tmp_path, sheet_rows())
    monkeypatch.setenv("RSDESK_PASSWORD", ADULT_PASSWORD)
    assert cli.main(["import", str(path), str(sheet)]) == 1
    assert "только куратор" in capsys.readouterr().err
    vault = Vault.open(path, CURATOR_PASSWORD)
    try:
        assert desk_for(vault).stats_preview(2025)["requests_received"] == 0
    finally:
        vault.close()


def test_no_name_of_the_sheet_reaches_the_disk(vault_path, tmp_path, rsdesk_home):
    sheet = journal(tmp_path, sheet_rows())
    assert cli.main(["import", str(vault_path), str(sheet)]) == 0
    assert received(vault_path, 2025) == 40
    names = [name.encode() for name in ("Ветрова Алла", "Орлов Илья", "Ситуация № 1")]
    assert all(name in sheet.read_bytes() for name in names)
    for folder in (tmp_path, rsdesk_home):
        for path in folder.rglob("*"):
            if path.is_file() and path != sheet:
                data = path.read_bytes()
                assert not [name for name in names if name in data], path


def test_row_numbers_are_told_in_spans():
    assert spans((9, 2, 3, 4, 7, 10, 3)) == "2–4, 7, 9–10"
    assert spans(()) == ""


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
