"""How a sheet of the regional tables prints, in LibreOffice and in Excel alike.

Every sheet fits one page width (as many pages tall as it needs), repeats its heading row on
each page, keeps its headings and labels in view while scrolling (frozen panes) and uses one
font. Before this LibreOffice printed Table 1 on six pages, its columns B–C on a page of
their own.
"""

from __future__ import annotations

from typing import Any

# Present with Cyrillic wherever the workbook is opened (LibreOffice substitutes the
# metric-compatible Liberation Sans where there is no Arial).
FONT = "Arial"


def prepare_for_print(
    sheet: Any, *, header_row: int, labels: int = 1, landscape: bool = False
) -> None:
    """sheet prints one page wide with rows 1..header_row on every page, panes frozen below
    them and right of the label columns, every cell in FONT; the title (A1) wraps over the
    sheet's width instead of running off the page."""
    from openpyxl.styles import Font
    from openpyxl.worksheet.properties import PageSetupProperties

    sheet.sheet_properties.pageSetUpPr = PageSetupProperties(fitToPage=True)
    setup = sheet.page_setup
    setup.fitToWidth = 1
    setup.fitToHeight = 0  # as many pages tall as needed
    setup.paperSize = sheet.PAPERSIZE_A4
    setup.orientation = "landscape" if landscape else "portrait"
    sheet.print_title_rows = f"{header_row}:{header_row}"
    sheet.print_options.horizontalCentered = True
    margins = sheet.page_margins
    margins.left = margins.right = 0.4
    margins.top = margins.bottom = 0.6
    sheet.freeze_panes = sheet.cell(row=header_row + 1, column=labels + 1)
    for row in sheet.iter_rows():
        for cell in row:
            font = cell.font
            cell.font = Font(
                name=FONT, bold=font.b, italic=font.i, size=font.sz or 11, color=font.color
            )
    if sheet.row_dimensions[header_row].height is None:
        sheet.row_dimensions[header_row].height = 48  # three lines of a wrapped heading
    _wrap_above(sheet, header_row)


def _wrap_above(sheet: Any, header_row: int) -> None:
    """The title and notes above the headings wrap over the sheet's width: merged, a row as
    tall as the text needs (neither program sizes a merged row by itself)."""
    from openpyxl.styles import Alignment
    from openpyxl.utils import get_column_letter

    width = max(sheet.max_column, 1)
    if width < 2:
        return
    chars = sum(
        (sheet.column_dimensions[get_column_letter(c)].width or 9) for c in range(1, width + 1)
    )
    for row in range(1, header_row):
        cell = sheet.cell(row=row, column=1)
        if not isinstance(cell.value, str) or not cell.value:
            continue
        sheet.merge_cells(start_row=row, start_column=1, end_row=row, end_column=width)
        cell.alignment = Alignment(wrap_text=True, vertical="top")
        size = cell.font.sz or 11
        lines = -(-len(cell.value) * size // int(chars * 11)) or 1  # ceiling, at 11 pt widths
        sheet.row_dimensions[row].height = lines * size * 1.4 + 4
