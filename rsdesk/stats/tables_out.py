"""The regional tables as the article lays them out, in Russian: XLSX and PDF, Qt-free."""

from __future__ import annotations

import os
from datetime import date
from pathlib import Path

from rsdesk.i18n import translate
from rsdesk.stats.aggregate import Result
from rsdesk.stats.labels import table_texts

# The printed rows live in table_lines.py (the PDF module needs them too); named here as well,
# where the screens and scripts have always taken them from.
from rsdesk.stats.table_lines import Line, summary_line, table1_lines, table2_lines
from rsdesk.stats.years import YearTables

__all__ = ["Line", "summary_line", "table1_lines", "table2_lines", "write_pdf", "write_xlsx"]


# --- XLSX ----------------------------------------------------------------------------------


def _text(sheet, row: int, column: int, value: str, **style) -> None:  # type: ignore[no-untyped-def]
    cell = sheet.cell(row=row, column=column, value=value)
    # A file name or reason that starts with "=" must stay text, never become a formula.
    cell.data_type = "s"
    for name, setting in style.items():
        setattr(cell, name, setting)


def write_xlsx(
    result: Result,
    path: str | os.PathLike[str],
    *,
    publish: bool = True,
    years: YearTables | None = None,
) -> Path:
    """Table 1, Table 2, the files, then the drill-down (published unless `publish` False)
    and the years side by side, one sheet each; Russian text as is."""
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font

    texts = table_texts(result.year)
    bold = Font(bold=True)
    wrap = Alignment(wrap_text=True, vertical="top")
    book = Workbook()
    first = book.active
    first.title = translate("stats", "Table 1")
    second = book.create_sheet(translate("stats", "Table 2"))
    files = book.create_sheet(translate("stats", "Files"))

    _text(first, 1, 1, texts["table1"], font=Font(bold=True, size=13))
    _text(first, 3, 1, texts["indicator"], font=bold, alignment=wrap)
    _text(first, 3, 2, f"{texts['all']}", font=bold, alignment=wrap)
    _text(first, 3, 3, f"{texts['acting']} {texts['acting_note']}", font=bold, alignment=wrap)
    for row, line in enumerate(table1_lines(result), start=4):
        _text(
            first, row, 1, line.label, alignment=Alignment(wrap_text=True, indent=2 * line.indent)
        )
        for column, value in enumerate(line.values, start=2):
            first.cell(row=row, column=column, value=value)
    first.column_dimensions["A"].width = 70
    first.column_dimensions["B"].width = 16
    first.column_dimensions["C"].width = 22

    _text(second, 1, 1, texts["table2"], font=Font(bold=True, size=13))
    _text(second, 3, 1, texts["indicator"], font=bold)
    _text(second, 3, 2, texts["value"], font=bold)
    for row, line in enumerate(table2_lines(result), start=4):
        font = bold if not line.values else None
        _text(
            second, row, 1, line.label, alignment=Alignment(wrap_text=True, indent=2 * line.indent)
        )
        if font:
            second.cell(row=row, column=1).font = font
        for column, value in enumerate(line.values, start=2):
            second.cell(row=row, column=column, value=value)
    second.column_dimensions["A"].width = 80
    second.column_dimensions["B"].width = 14

    _text(files, 1, 1, summary_line(result), font=bold)
    _text(files, 3, 1, translate("stats", "File"), font=bold)
    _text(files, 3, 2, translate("stats", "Result"), font=bold)
    row = 4
    for name in result.accepted:
        _text(files, row, 1, name)
        _text(files, row, 2, translate("stats", "counted"))
        row += 1
    for name, reason in result.rejected:
        _text(files, row, 1, name)
        _text(files, row, 2, translate("stats", "rejected: {reason}", reason=reason))
        row += 1
    for name, warning in result.warnings:
        _text(files, row, 1, name)
        _text(files, row, 2, translate("stats", "warning: {warning}", warning=warning))
        row += 1
    files.column_dimensions["A"].width = 60
    files.column_dimensions["B"].width = 100
    from rsdesk.stats.regional_xlsx import add_drill_sheets, add_years_sheet
    from rsdesk.stats.xlsx_print import prepare_for_print

    for sheet in (first, second, files):
        prepare_for_print(sheet, header_row=3)

    add_drill_sheets(book, result, publish=publish)
    if years is not None and len(years.years) >= 2:
        add_years_sheet(book, years)
    target = Path(path)
    book.save(target)
    return target


# --- PDF ---------------------------------------------------------------------------------


def write_pdf(
    result: Result,
    path: str | os.PathLike[str],
    *,
    publish: bool = True,
    years: YearTables | None = None,
    today: date | None = None,
) -> Path:
    """The regional report (rsdesk/stats/regional_pdf.py): published unless `publish` False."""
    from rsdesk.stats.regional_pdf import build_pdf

    return build_pdf(
        result, Path(path), publish=publish, years=years, today=today, summary=summary_line(result)
    )
