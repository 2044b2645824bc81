"""The drill-down and the years side by side as sheets of the regional workbook."""

from __future__ import annotations

from typing import Any

from rsdesk.i18n import translate
from rsdesk.stats.aggregate import Result
from rsdesk.stats.drill_out import all_grids, exposed_note
from rsdesk.stats.short_labels import marks_note, working_note
from rsdesk.stats.xlsx_print import prepare_for_print
from rsdesk.stats.years import YearTables, change_text


# Sheet names: at most 31 characters, no «:» (Excel's rules).
def sheet_name(kind: str, view: str) -> str:
    names = {
        ("school", "municipality"): translate("stats", "T1 by municipality"),
        ("school", "service"): translate("stats", "T1 by service"),
        ("territorial", "municipality"): translate("stats", "T2 by municipality"),
        ("territorial", "service"): translate("stats", "T2 by service"),
    }
    return names[(kind, view)][:31]


def _put(sheet: Any, row: int, column: int, value: object, **style: Any) -> None:
    cell = sheet.cell(row=row, column=column, value=value)
    if isinstance(value, str):
        cell.data_type = "s"  # a name beginning with "=" stays text, never a formula
    for name, setting in style.items():
        setattr(cell, name, setting)


def add_drill_sheets(book: Any, result: Result, *, publish: bool) -> None:
    from openpyxl.styles import Alignment, Font

    bold = Font(bold=True)
    wrap = Alignment(wrap_text=True, vertical="top")
    right = Alignment(horizontal="right")
    grids, publication = all_grids(result, publish=publish)
    note = exposed_note(publication)
    for grid in grids:
        sheet = book.create_sheet(sheet_name(grid.kind, grid.view))
        _put(sheet, 1, 1, grid.title, font=Font(bold=True, size=13))
        _put(sheet, 2, 1, marks_note() if publish else working_note())
        if note:
            _put(sheet, 3, 1, note, font=bold)
        top = 5
        for column, heading in enumerate(grid.headings, start=1):
            _put(sheet, top, column, heading, font=bold, alignment=wrap)
        for offset, row in enumerate((*grid.rows, grid.total), start=1):
            last = offset == len(grid.rows) + 1
            for column, value in enumerate(row, start=1):
                style = {"font": bold} if last else {}
                if column > grid.labels:
                    style["alignment"] = right  # «<3» sits where a number would
                _put(sheet, top + offset, column, value, **style)
        sheet.column_dimensions["A"].width = 40
        if grid.labels == 2:
            sheet.column_dimensions["B"].width = 30
        prepare_for_print(sheet, header_row=top, labels=grid.labels, landscape=True)


def add_years_sheet(book: Any, years: YearTables) -> None:
    from openpyxl.styles import Alignment, Font

    bold = Font(bold=True)
    sheet = book.create_sheet(translate("stats", "Over the years")[:31])
    first, last = years.years[0], years.years[-1]
    headings = [
        translate("stats", "Indicators"),
        *(str(y) for y in years.years),
        translate("stats", "Change {first}–{last}", first=first, last=last),
        translate("stats", "Change, %"),
    ]
    row = 1
    for title, lines in (
        (translate("stats", "Table 1 over the years: all school services"), years.school),
        (translate("stats", "Table 1 over the years: acting school services"), years.acting),
        (translate("stats", "Table 2 over the years: territorial services"), years.territorial),
    ):
        _put(sheet, row, 1, title, font=Font(bold=True, size=13))
        row += 1
        for column, heading in enumerate(headings, start=1):
            _put(sheet, row, column, heading, font=bold)
        for line in lines:
            row += 1
            _put(
                sheet,
                row,
                1,
                line.label,
                alignment=Alignment(wrap_text=True, indent=2 * line.indent),
            )
            for column, value in enumerate(line.values, start=2):
                _put(sheet, row, column, value)
            _change, percent = change_text(line)
            _put(sheet, row, len(line.values) + 2, line.change)
            _put(sheet, row, len(line.values) + 3, percent, alignment=Alignment(horizontal="right"))
        row += 2
    sheet.column_dimensions["A"].width = 70
    # Three tables one under the other: the first one's headings repeat on each page.
    prepare_for_print(sheet, header_row=2, landscape=True)
