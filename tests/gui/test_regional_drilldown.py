"""«Региональный свод» beyond the article's tables: drill-down, small cells, years, outputs."""

from __future__ import annotations

import shutil
import subprocess

import pytest

from rsdesk.gui.qt import QFileDialog
from rsdesk.i18n import translate
from rsdesk.stats.short_labels import short_label
from tests.helpers.regional import VILLAGE, write_region, write_village
from tests.helpers.regional_panel import choose, click, click_tab, make_window, summary


def column_of(table, heading) -> int:
    for column in range(table.columnCount()):
        if table.horizontalHeaderItem(column).text() == heading:
            return column
    raise KeyError(heading)


def test_drill_down_by_municipality_adds_up_to_the_region(app, qtbot, tmp_path, monkeypatch):
    (tmp_path / "files").mkdir()
    window = make_window(qtbot)
    panel = window.pages["statistics"].regional
    summary(qtbot, monkeypatch, panel, write_region(tmp_path / "files"))
    results = panel.results
    click_tab(qtbot, results, results.indexOf(results.drill))
    drill = results.drill
    assert not drill.publish.isChecked()  # the operator's view: exact figures
    table = drill.table
    assert table.rowCount() == 1  # the whole region: one row of regional figures
    completed = column_of(table, short_label("school", "programs_completed"))
    assert table.item(0, completed).text() == "515"
    choose(qtbot, drill.view, 1)
    rows = table.rowCount()
    assert rows == 7  # six municipalities and the region
    assert sum(int(table.item(r, completed).text()) for r in range(rows - 1)) == 515
    assert table.item(rows - 1, 0).text() == translate("stats", "Region, total")
    choose(qtbot, drill.view, 2)
    assert table.rowCount() == 102  # every school service, and the region
    choose(qtbot, drill.kind, 1)
    assert table.rowCount() == 16
    participants = column_of(table, short_label("territorial", "participants"))
    assert sum(int(table.item(r, participants).text()) for r in range(15)) == 289


def test_small_cells_hidden_as_published_and_exact_for_the_operator(
    app, qtbot, tmp_path, monkeypatch
):
    from openpyxl import load_workbook

    (tmp_path / "files").mkdir()
    window = make_window(qtbot)
    panel = window.pages["statistics"].regional
    summary(qtbot, monkeypatch, panel, write_village(tmp_path / "files", crime=1))
    results = panel.results
    click_tab(qtbot, results, results.indexOf(results.drill))
    drill = results.drill
    choose(qtbot, drill.view, 1)
    choose(qtbot, drill.kind, 1)
    crime = column_of(drill.table, short_label("territorial", "category_juvenile_crime"))
    assert drill.cell_text(VILLAGE, crime) == "1"
    click(qtbot, drill.publish)
    assert drill.publish.isChecked()
    qtbot.waitUntil(lambda: drill.publication is not None, timeout=20_000)  # off the GUI thread
    assert drill.cell_text(VILLAGE, crime) == "<3"
    assert "<3" in drill.note.text()
    rows = drill.table.rowCount()
    assert drill.table.item(rows - 1, crime).text() == "1"  # the region's figure stays exact

    def save_as(name):
        monkeypatch.setattr(
            QFileDialog, "getSaveFileName", lambda *a, **k: (str(tmp_path / name), "")
        )

    def values(book, kind, view):
        from rsdesk.stats.regional_xlsx import sheet_name

        sheet = book[sheet_name(kind, view)]
        return {row[0]: row for row in sheet.iter_rows(min_row=6, values_only=True)}

    save_as("published.xlsx")
    assert not panel.working.isChecked()  # for publication unless the operator says otherwise
    click(qtbot, panel.save_xlsx)
    qtbot.waitUntil(lambda: panel.status.text().startswith("Сохранено"), timeout=20_000)
    published = values(load_workbook(tmp_path / "published.xlsx"), "territorial", "municipality")
    assert "<3" in published[VILLAGE]
    click(qtbot, panel.working)
    assert panel.working.isChecked(), (panel.working.size(), panel.working.isVisible())
    save_as("working.xlsx")
    panel.status.clear()
    click(qtbot, panel.save_xlsx)
    qtbot.waitUntil(lambda: panel.status.text().startswith("Сохранено"), timeout=20_000)
    working = values(load_workbook(tmp_path / "working.xlsx"), "territorial", "municipality")
    assert "<3" not in working[VILLAGE] and 1 in working[VILLAGE]


def test_years_side_by_side_with_the_change_and_a_chart(app, qtbot, tmp_path, monkeypatch):
    folder = tmp_path / "files"
    for year, crime in ((2019, 1), (2020, 2), (2021, 4)):
        (folder / str(year)).mkdir(parents=True)
        write_village(folder / str(year), year=year, crime=crime)
    window = make_window(qtbot)
    panel = window.pages["statistics"].regional
    summary(qtbot, monkeypatch, panel, folder)
    results = panel.results
    click_tab(qtbot, results, results.indexOf(results.years))
    page = results.years
    page.first.setValue(2019)
    page.last.setValue(2021)
    click(qtbot, page.compare)
    qtbot.waitUntil(lambda: page.years is not None and panel.relay is None, timeout=30_000)
    assert page.years.years == (2019, 2020, 2021)
    choose(qtbot, page.which, 2)
    table = page.table
    headings = [table.horizontalHeaderItem(c).text() for c in range(table.columnCount())]
    assert headings[1:4] == ["2019", "2020", "2021"]
    label = translate("stats", "juvenile crime")
    row = next(r for r in range(table.rowCount()) if table.item(r, 0).text().strip() == label)
    assert [table.item(row, c).text() for c in range(1, 6)] == ["1", "2", "4", "+3", "+300,0 %"]
    crimes = dict(page.chart.rows)[short_label("territorial", "category_juvenile_crime")]
    assert crimes == (1, 2, 4)
    assert page.chart.series == ["2019", "2020", "2021"]

    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", lambda *a, **k: (str(tmp_path / "years.pdf"), "")
    )
    click(qtbot, panel.save_pdf)
    qtbot.waitUntil(lambda: panel.status.text().startswith("Сохранено"), timeout=30_000)
    if shutil.which("pdftotext") is None:
        pytest.skip("poppler-utils not installed")
    text = subprocess.run(
        ["pdftotext", "-enc", "UTF-8", str(tmp_path / "years.pdf"), "-"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    assert translate("stats", "Table 2 over the years: territorial services") in text
    assert "Кемеровская область — Кузбасс" in text
    assert translate("stats", "Files counted: {count}", count=7) in text
