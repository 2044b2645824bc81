"""The template `rsdesk import --template` writes round-trips through LibreOffice Calc: filled
in, saved by LibreOffice as XLSX and as CSV (UTF-8, «;»), both files import.

The rows are typed into the template's sheet as a person would (dates as date cells shown
ДД.ММ.ГГГГ, the rest as text, the example row left in), then LibreOffice opens the workbook
and saves it: the files imported are LibreOffice's own. CI installs LibreOffice
(packaging/install-test-deps.sh); without it this test fails rather than pass unseen.
"""

from __future__ import annotations

import shutil
import subprocess
from datetime import datetime
from pathlib import Path

import pytest

from rsdesk import cli
from rsdesk.access.workplace import desk_for
from rsdesk.journal.template import JOURNAL_SHEET
from rsdesk.storage.service import init_service
from rsdesk.vault import KdfParams, Vault
from tests.helpers.journal_sheets import sheet_rows

FAST = KdfParams(memory_kib=8 * 1024, iterations=1, lanes=1)
PASSWORD = "Жёлтый зонт у двери 8Б"
# The first 24 rows of the fixture: all of them came in 2024 (hand-counted in
# tests/core/journal_store/test_journal_year_counts.py).
ROWS = 24


def soffice() -> str:
    found = shutil.which("soffice") or shutil.which("libreoffice")
    assert found, "LibreOffice is not installed: run packaging/install-test-deps.sh"
    return found


def save_as(workbook: Path, target: str, out: Path, profile: Path) -> Path:
    """LibreOffice opens `workbook` and saves it in the `target` filter into `out`."""
    subprocess.run(
        [
            soffice(),
            f"-env:UserInstallation={profile.as_uri()}",
            "--headless",
            "--norestore",
            "--convert-to",
            target,
            "--outdir",
            str(out),
            str(workbook),
        ],
        check=True,
        capture_output=True,
        timeout=180,
    )
    extension = target.split(":")[0]
    saved = out / f"{workbook.stem}.{extension}"
    assert saved.exists(), sorted(p.name for p in out.iterdir())
    return saved


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


@pytest.mark.parametrize(
    "target", ["xlsx:Calc MS Excel 2007 XML", "csv:Text - txt - csv (StarCalc):59,34,76,1"]
)
def test_the_template_filled_and_saved_by_libreoffice_imports(tmp_path, monkeypatch, target):
    monkeypatch.setenv("RSDESK_PASSWORD", PASSWORD)
    template = tmp_path / "шаблон.xlsx"
    assert cli.main(["import", "--template", str(template)]) == 0
    filled = tmp_path / "журнал.xlsx"
    fill_in(template, filled)
    saved = save_as(filled, target, tmp_path / "saved", tmp_path / "profile")
    if saved.suffix == ".csv":
        text = saved.read_text(encoding="utf-8")
        # LibreOffice quotes the text cells; the dates are date cells, written as shown.
        assert text.startswith('"Дата обращения";') and "\n11.12.2024;" in text
    vault = new_vault(tmp_path / "school.rsdv")
    assert cli.main(["import", str(vault), str(saved)]) == 0
    counted = figures(vault, 2024)
    assert counted["requests_received"] == ROWS
    assert counted["programs_stopped"] == 2
    assert counted["participants"] == {"adults": 5, "minors": 25}
