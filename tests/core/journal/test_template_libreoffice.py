"""The template `rsdesk import --template` writes round-trips through LibreOffice Calc: filled
in, saved by LibreOffice as XLSX and as CSV (UTF-8, «;»), both files import.

The rows are typed into the template's sheet as a person would (dates as date cells shown
ДД.ММ.ГГГГ, the rest as text, the example row left in), then LibreOffice opens the workbook
and saves it: the files imported are LibreOffice's own. CI installs LibreOffice
(packaging/install-test-deps.sh); without it this test fails rather than pass unseen.
"""

from __future__ import annotations

import zipfile
from datetime import datetime
from pathlib import Path

import pytest

from rsdesk import cli
from rsdesk.access.workplace import desk_for
from rsdesk.journal.template import JOURNAL_SHEET
from rsdesk.storage.service import init_service
from rsdesk.vault import KdfParams, Vault
from tests.helpers.journal_sheets import as_csv, sheet_rows
from tests.helpers.libreoffice import save_as

FAST = KdfParams(memory_kib=8 * 1024, iterations=1, lanes=1)
PASSWORD = "Жёлтый зонт у двери 8Б"
# The first 24 rows of the fixture: all of them came in 2024 (hand-counted in
# tests/core/journal_store/test_journal_year_counts.py).
ROWS = 24


def fill_in(template: Path, filled: Path) -> None:
    from openpyxl import load_workbook

    book = load_workbook(template)
    sheet = book[JOURNAL_SHEET]
    headers = [cell.value for cell in sheet[1]]
    rows = sheet_rows()
    order = rows[0]
    for values in rows[1 : ROWS + 1]:
        by_header = dict(zip(order, values, strict=True))
        line = sheet.max_row + 1
        for column, header in enumerate(headers, start=1):
            value: object = by_header.get(header, "")
            cell = sheet.cell(line, column)
            for shape in ("%d.%m.%Y", "%Y-%m-%d"):
                try:
                    value = datetime.strptime(str(value), shape)
                    cell.number_format = "DD.MM.YYYY"
                    break
                except ValueError:
                    continue
            cell.value = value or None
    book.save(filled)


def new_vault(path: Path) -> Path:
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
    return path


def figures(path: Path, year: int) -> dict:
    vault = Vault.open(path, PASSWORD)
    try:
        return desk_for(vault).stats_preview(year)
    finally:
        vault.close()


def brought_in_before(path: Path, data: bytes, name: str) -> tuple[int, ...]:
    """The rows of `data` the register already holds, recognised by their content."""
    vault = Vault.open(path, PASSWORD)
    try:
        preview = desk_for(vault).preview_journal(data, name)
        assert not preview.problems and not preview.new_rows, preview
        return preview.duplicates
    finally:
        vault.close(discard=True)


@pytest.mark.parametrize(
    "target", ["xlsx:Calc MS Excel 2007 XML", "csv:Text - txt - csv (StarCalc):59,34,76,1"]
)
def test_the_template_filled_and_saved_by_libreoffice_imports(
    tmp_path, monkeypatch, capsys, target
):
    monkeypatch.setenv("RSDESK_PASSWORD", PASSWORD)
    template = tmp_path / "шаблон.xlsx"
    assert cli.main(["import", "--template", str(template)]) == 0
    filled = tmp_path / "журнал.xlsx"
    fill_in(template, filled)
    saved = save_as(filled, target, tmp_path / "saved", tmp_path / "home")
    if saved.suffix == ".csv":
        text = saved.read_text(encoding="utf-8")
        # LibreOffice quotes the text cells; the dates are date cells, written as shown.
        assert text.startswith('"Дата обращения";') and "\n11.12.2024;" in text
    else:
        with zipfile.ZipFile(saved) as book:  # LibreOffice's own workbook, not openpyxl's
            assert b"LibreOffice" in book.read("docProps/app.xml")
    vault = new_vault(tmp_path / "school.rsdv")
    assert cli.main(["import", str(vault), str(saved)]) == 0
    shown = capsys.readouterr().out
    assert f"строк прочитано {ROWS}, новых {ROWS}, перенесено раньше 0." in shown
    assert f"Перенесено заявок: {ROWS}." in shown
    counted = figures(vault, 2024)
    assert counted["requests_received"] == ROWS
    assert counted["programs_stopped"] == 2
    assert sum(counted["programs_completed"].values()) == 10
    assert sum(counted["programs_with_agreement"].values()) == 5
    assert counted["participants"] == {"adults": 5, "minors": 25}
    # Every row came in as the sheet has it: the same rows, read from the fixture itself,
    # are recognised as already there (their fingerprint covers every field of a row).
    original = as_csv(sheet_rows()[: ROWS + 1])
    assert brought_in_before(vault, original, "журнал.csv") == tuple(range(2, ROWS + 2))
