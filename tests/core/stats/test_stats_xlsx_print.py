"""The regional workbook prints as the centre needs it: one page wide, headings repeated,
panes frozen, one font — checked in the file and by printing it with LibreOffice."""

from __future__ import annotations

import shutil
import subprocess

import pytest
from openpyxl import load_workbook

from rsdesk.stats.aggregate import aggregate
from rsdesk.stats.tables_out import write_xlsx
from rsdesk.stats.xlsx_print import FONT
from tests.helpers.libreoffice import save_as
from tests.helpers.regional import write_region


@pytest.fixture(scope="module")
def workbook(tmp_path_factory):
    folder = write_region(tmp_path_factory.mktemp("files"))
    result = aggregate([folder], year=2019)
    return write_xlsx(result, tmp_path_factory.mktemp("out") / "свод.xlsx")


def test_every_sheet_fits_one_page_wide_with_its_headings_repeated(workbook):
    book = load_workbook(workbook)
    assert len(book.sheetnames) >= 7  # the tables, the files and the drill-down
    for sheet in book.worksheets:
        setup = sheet.page_setup
        assert sheet.sheet_properties.pageSetUpPr.fitToPage, sheet.title
        assert (setup.fitToWidth, setup.fitToHeight) == (1, 0), sheet.title
        assert sheet.print_title_rows, sheet.title
        assert sheet.freeze_panes, sheet.title
        fonts = {cell.font.name for row in sheet.iter_rows() for cell in row if cell.value}
        assert fonts == {FONT}, (sheet.title, fonts)


def pages_of(pdf) -> list[str]:
    count = int(
        next(
            line.split()[-1]
            for line in subprocess.run(
                ["pdfinfo", str(pdf)], capture_output=True, text=True, check=True
            ).stdout.splitlines()
            if line.startswith("Pages:")
        )
    )
    return [
        subprocess.run(
            ["pdftotext", "-enc", "UTF-8", "-layout", "-f", str(n), "-l", str(n), str(pdf), "-"],
            capture_output=True,
            text=True,
            check=True,
        ).stdout
        for n in range(1, count + 1)
    ]


@pytest.mark.skipif(
    not (shutil.which("soffice") or shutil.which("libreoffice")) or not shutil.which("pdftotext"),
    reason="LibreOffice and poppler-utils print the workbook (packaging/install-test-deps.sh)",
)
def test_libreoffice_prints_table_1_and_table_2_each_on_one_page(workbook, tmp_path):
    pdf = save_as(workbook, "pdf", tmp_path, tmp_path / "home")
    pages = pages_of(pdf)
    table1 = [p for p in pages if "Количество юных медиаторов" in p]
    assert len(table1) == 1, len(table1)
    # Every column on the same page as its labels: the acting services' young mediators too.
    assert "Действующие" in table1[0] and "108" in table1[0] and "167" in table1[0]
    table2 = [p for p in pages if "семейная конференция" in p and "Таблица 2" in p]
    assert len(table2) == 1
    # The title is whole, not cut at the page's edge.
    assert "Школьные службы примирения (2019)" in " ".join(table1[0].split())
