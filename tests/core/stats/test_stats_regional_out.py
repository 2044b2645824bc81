"""The regional workbook and PDF: drill-down published or working, the years, the header."""

from __future__ import annotations

import shutil
import subprocess
from datetime import date

import pytest

from rsdesk.i18n import translate
from rsdesk.stats.aggregate import aggregate
from rsdesk.stats.drilldown import KINDS, MUNICIPALITY, SERVICE, VIEWS
from rsdesk.stats.regional_pdf import header_lines
from rsdesk.stats.regional_xlsx import sheet_name
from rsdesk.stats.suppress import COMPLEMENT_MARK, SMALL_MARK, protect
from rsdesk.stats.tables_out import write_pdf, write_xlsx
from rsdesk.stats.years import aggregate_years, change_text, compare
from tests.helpers.regional import write_region, write_village

TOP = 5  # the headings' row on a drill-down sheet


@pytest.fixture(scope="module")
def region(tmp_path_factory):
    return aggregate([write_region(tmp_path_factory.mktemp("region"))])


@pytest.fixture(scope="module")
def three_years(tmp_path_factory):
    folder = tmp_path_factory.mktemp("years")
    for year, crime in ((2019, 1), (2020, 2), (2021, 4)):
        (folder / str(year)).mkdir()
        write_village(folder / str(year), year=year, crime=crime)
    return folder


def sheet_rows(book, kind, view):
    sheet = book[sheet_name(kind, view)]
    return [row for row in sheet.iter_rows(min_row=TOP + 1, values_only=True)]


def test_the_published_workbook_prints_exactly_the_protected_cells(region, tmp_path):
    from openpyxl import load_workbook

    publication = protect(region)
    book = load_workbook(write_xlsx(region, tmp_path / "published.xlsx"))
    seen = set()
    for kind in KINDS:
        for view in VIEWS:
            table = publication.drills[(kind, view)]
            labels = 1 if view == MUNICIPALITY else 2
            rows = sheet_rows(book, kind, view)
            assert len(rows) == len(table.rows) + 1
            for index, row in enumerate(rows[:-1]):
                for offset, key in enumerate(table.keys):
                    printed = row[labels + offset]
                    assert printed == publication.shown(kind, view, index, key)
                    seen.add(printed if isinstance(printed, str) else "number")
            total = rows[-1]
            assert total[0] == translate("stats", "Region, total")
            assert list(total[labels:]) == [table.total[key] for key in table.keys]
    assert {SMALL_MARK, COMPLEMENT_MARK, "number"} <= seen


def test_the_working_workbook_is_exact_and_adds_up(region, tmp_path):
    from openpyxl import load_workbook

    book = load_workbook(write_xlsx(region, tmp_path / "working.xlsx", publish=False))
    for kind in KINDS:
        for view in VIEWS:
            labels = 1 if view == MUNICIPALITY else 2
            rows = sheet_rows(book, kind, view)
            assert all(isinstance(v, int) for row in rows for v in row[labels:])
            sums = [
                sum(column) for column in zip(*(row[labels:] for row in rows[:-1]), strict=True)
            ]
            assert sums == list(rows[-1][labels:])
    first = book[translate("stats", "Table 1")]
    assert first["A4"].value == translate("stats", "Number of reconciliation services")
    assert (first["B4"].value, first["C4"].value) == (101, 51)  # the article's figures stay


def test_years_side_by_side_with_the_change(three_years):
    years = aggregate_years([three_years], [2021, 2019, 2020])
    assert years.years == (2019, 2020, 2021) and years.files() == (7, 7, 7)
    crime = next(line for line in years.territorial if line.key == "category_juvenile_crime")
    assert crime.values == (1, 2, 4) and crime.change == 3
    assert change_text(crime) == ("+3", "+300,0 %")
    for year, result in zip(years.years, years.results, strict=True):
        alone = aggregate([three_years], year=year)
        assert result.tables == alone.tables  # each year exactly as its own summary
    school = {line.key: line for line in years.school}
    assert school["services"].values == (5, 5, 5) and change_text(school["services"]) == (
        "0",
        "+0,0 %",
    )
    nothing = next(line for line in years.territorial if line.key == "type_other")
    assert change_text(nothing) == ("0", "—")  # no base year figure: no percentage


def test_the_article_year_beside_others_keeps_its_figures(region, three_years):
    years = compare([region, aggregate([three_years], year=2020)])
    assert years.years == (2019, 2020)
    assert years.school[0].values == (101, 5)
    assert dict((line.key, line.values[0]) for line in years.acting)["programs_completed"] == 427


def test_the_header_says_region_year_date_and_files(region):
    lines = header_lines(region, date(2020, 2, 3), publish=True)
    assert lines[:4] == [
        translate("stats", "Region: {region}", region="Кемеровская область — Кузбасс"),
        translate("stats", "Year: {year}", year=2019),
        translate("stats", "Made on: {day}", day="03.02.2020"),
        translate("stats", "Files counted: {count}", count=116),
    ]


def pdf_pages(path) -> list[str]:
    text = subprocess.run(
        ["pdftotext", "-enc", "UTF-8", "-layout", str(path), "-"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    return text.split("\f")


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler-utils not installed")
def test_the_pdf_has_header_charts_landscape_drill_down_and_years(region, three_years, tmp_path):
    from pypdf import PdfReader

    years = compare([region, *aggregate_years([three_years], [2020, 2021]).results])
    pdf = write_pdf(region, tmp_path / "свод.pdf", years=years, today=date(2020, 2, 3))
    pages = pdf_pages(pdf)
    first = pages[0]
    for line in header_lines(region, date(2020, 2, 3), publish=True)[:4]:
        assert line in first
    # Each of the article's tables on one page: its title and its last row together.
    table1 = next(p for p in pages if "Таблица 1. Школьные службы примирения (2019)" in p)
    assert "дети и подростки" in table1
    table2 = next(p for p in pages if "Таблица 2. Территориальные службы примирения (2019)" in p)
    assert "Общее количество участников завершённых восстановительных программ" in table2
    text = "\n".join(pages)
    for title in (
        translate("stats", "Territorial services: completed programs by category of case"),
        translate(
            "stats", "Table 1 by municipality: school reconciliation services ({year})", year=2019
        ),
        translate(
            "stats", "Table 2 by service: territorial reconciliation services ({year})", year=2019
        ),
        translate("stats", "Table 2 over the years: territorial services"),
    ):
        assert title in text, title
    assert SMALL_MARK in text and "■" not in text
    sizes = {tuple(round(float(v)) for v in page.mediabox[2:]) for page in PdfReader(pdf).pages}
    assert sizes == {
        (595, 842),
        (842, 595),
    }  # A4 upright for the article's tables, wide ones across
    fonts = subprocess.run(["pdffonts", str(pdf)], capture_output=True, text=True).stdout
    assert "PTSans" in fonts and "Helvetica" not in fonts


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler-utils not installed")
def test_the_working_pdf_says_it_is_not_for_publication(tmp_path):
    (tmp_path / "files").mkdir()
    result = aggregate([write_village(tmp_path / "files")])
    pdf = write_pdf(result, tmp_path / "working.pdf", publish=False)
    text = " ".join(" ".join(pdf_pages(pdf)).split())
    assert (
        " ".join(
            translate(
                "stats",
                "Working tables with exact figures for the regional centre: not for publication.",
            ).split()
        )
        in text
    )
    assert SMALL_MARK not in text


def test_an_empty_summary_still_writes_both_outputs(tmp_path):
    result = aggregate([tmp_path / "nothing"])
    write_xlsx(result, tmp_path / "e.xlsx")
    write_pdf(result, tmp_path / "e.pdf")
    assert (tmp_path / "e.pdf").read_bytes().startswith(b"%PDF")
    assert SERVICE in VIEWS


def test_what_cannot_be_hidden_is_said_on_the_sheet(tmp_path):
    from openpyxl import load_workbook

    (tmp_path / "files").mkdir()
    result = aggregate([write_village(tmp_path / "files", village_programs=1)])
    count = len(protect(result).exposed)
    assert count
    book = load_workbook(write_xlsx(result, tmp_path / "published.xlsx"))
    sheet = book[sheet_name("school", MUNICIPALITY)]
    assert sheet["A3"].value == translate(
        "stats",
        "Caution: {count} hidden small values follow from the exact regional totals alone; "
        "check the drill-down before publishing it.",
        count=count,
    )
    working = load_workbook(write_xlsx(result, tmp_path / "working.xlsx", publish=False))
    assert working[sheet_name("school", MUNICIPALITY)]["A3"].value is None


def test_the_command_line_writes_published_or_working_tables(tmp_path, monkeypatch):
    from openpyxl import load_workbook

    from rsdesk import cli

    monkeypatch.setenv("RSDESK_HOME", str(tmp_path / "home"))
    files = tmp_path / "files"
    files.mkdir()
    write_village(files)
    registry = tmp_path / "registry.json"
    for name, extra in (("published", []), ("working", ["--working"])):
        outputs = [
            "--json",
            str(tmp_path / f"{name}.json"),
            "--xlsx",
            str(tmp_path / f"{name}.xlsx"),
        ]
        code = cli.main(
            ["stats", "aggregate", str(files), *outputs, "--registry", str(registry), *extra]
        )
        assert code == 0
    cells = {
        name: [
            v
            for row in load_workbook(tmp_path / f"{name}.xlsx")[
                sheet_name("territorial", SERVICE)
            ].iter_rows(min_row=TOP + 1, values_only=True)
            for v in row
        ]
        for name in ("published", "working")
    }
    assert SMALL_MARK in cells["published"] and SMALL_MARK not in cells["working"]
