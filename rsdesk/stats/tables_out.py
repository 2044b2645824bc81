"""The regional tables as the article lays them out, in Russian: XLSX and PDF, Qt-free."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path
from xml.sax.saxutils import escape

from rsdesk.documents.fonts import FONT, FONT_BOLD, register_fonts
from rsdesk.documents.fonts import canvas as _canvas
from rsdesk.i18n import translate
from rsdesk.stats.aggregate import Result
from rsdesk.stats.labels import (
    SUB_ROWS,
    TYPES_HEADING_BEFORE,
    school_label,
    table_texts,
    territorial_label,
)
from rsdesk.stats.tables import SCHOOL_KEYS, TERRITORIAL_KEYS

# A summary of 32,000 files may reject thousands; the PDF lists this many and counts the rest
# (the XLSX and the JSON list them all).
PDF_LIST_LIMIT = 200


@dataclass(frozen=True)
class Line:
    """One printed row: its label, its values (none for a heading), indented or not."""

    label: str
    values: tuple[int, ...]
    indent: bool = False


def table1_lines(result: Result) -> list[Line]:
    school = result.tables["school"]
    return [
        Line(school_label(k), (school["all"][k], school["acting"][k]), k in SUB_ROWS)
        for k in SCHOOL_KEYS
    ]


def table2_lines(result: Result) -> list[Line]:
    lines = []
    for key in TERRITORIAL_KEYS:
        if key == TYPES_HEADING_BEFORE:
            lines.append(Line(table_texts(result.year)["types_heading"], ()))
        lines.append(
            Line(territorial_label(key), (result.tables["territorial"][key],), key in SUB_ROWS)
        )
    return lines


def summary_line(result: Result) -> str:
    line = translate(
        "stats",
        "Files counted: {accepted}; rejected: {rejected}; warnings: {warnings}.",
        accepted=len(result.accepted),
        rejected=len(result.rejected),
        warnings=len(result.warnings),
    )
    if result.new_services:
        line += " " + translate(
            "stats",
            "New services, their keys now pinned: {count}.",
            count=len(result.new_services),
        )
    if result.missing:
        line += " " + translate("stats", "No file yet from: {count}.", count=len(result.missing))
    return line


# --- XLSX ----------------------------------------------------------------------------------


def _text(sheet, row: int, column: int, value: str, **style) -> None:  # type: ignore[no-untyped-def]
    cell = sheet.cell(row=row, column=column, value=value)
    # A file name or reason that starts with "=" must stay text, never become a formula.
    cell.data_type = "s"
    for name, setting in style.items():
        setattr(cell, name, setting)


def write_xlsx(result: Result, path: str | os.PathLike[str]) -> Path:
    """Table 1, Table 2 and the list of files on three sheets; Russian text as is."""
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
    target = Path(path)
    book.save(target)
    return target


# --- PDF -----------------------------------------------------------------------------------


def write_pdf(result: Result, path: str | os.PathLike[str]) -> Path:
    """An A4 report: both tables and what became of the files, set in PT Sans."""
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

    register_fonts()
    texts = table_texts(result.year)
    body = ParagraphStyle("body", fontName=FONT, fontSize=10, leading=12.5)
    sub = ParagraphStyle("sub", parent=body, leftIndent=5 * mm)
    head = ParagraphStyle("head", parent=body, fontName=FONT_BOLD)
    title = ParagraphStyle("title", parent=body, fontName=FONT_BOLD, fontSize=13, leading=16)
    small = ParagraphStyle("small", parent=body, fontSize=8.5, leading=10.5)
    grid = TableStyle(
        [
            ("FONT", (0, 0), (-1, -1), FONT, 10),
            ("GRID", (0, 0), (-1, -1), 0.5, colors.grey),
            ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
            ("ALIGN", (1, 1), (-1, -1), "RIGHT"),
            ("BACKGROUND", (0, 0), (-1, 0), colors.Color(0.92, 0.92, 0.92)),
        ]
    )

    def cell(text: str, style: ParagraphStyle) -> Paragraph:
        return Paragraph(escape(text), style)

    first = [
        [
            cell(texts["indicator"], head),
            cell(texts["all"], head),
            cell(f"{texts['acting']} {texts['acting_note']}", head),
        ]
    ]
    first += [
        [cell(line.label, sub if line.indent else body), *line.values]
        for line in table1_lines(result)
    ]
    second = [[cell(texts["indicator"], head), cell(texts["value"], head)]]
    for line in table2_lines(result):
        if line.values:
            second.append([cell(line.label, sub if line.indent else body), *line.values])
        else:
            second.append([cell(line.label, head), ""])
    story = [
        cell(texts["table1"], title),
        Spacer(1, 3 * mm),
        Table(first, colWidths=[110 * mm, 28 * mm, 42 * mm], style=grid, repeatRows=1),
        Spacer(1, 8 * mm),
        cell(texts["table2"], title),
        Spacer(1, 3 * mm),
        Table(second, colWidths=[150 * mm, 30 * mm], style=grid, repeatRows=1),
        Spacer(1, 6 * mm),
        cell(summary_line(result), body),
    ]
    notes = [(n, translate("stats", "rejected: {reason}", reason=r)) for n, r in result.rejected]
    notes += [(n, translate("stats", "warning: {warning}", warning=w)) for n, w in result.warnings]
    for name, note in notes[:PDF_LIST_LIMIT]:
        story.append(cell(f"{name} — {note}", small))
    if len(notes) > PDF_LIST_LIMIT:
        story.append(
            cell(
                translate(
                    "stats",
                    "…and {count} more; the XLSX and JSON list them all.",
                    count=len(notes) - PDF_LIST_LIMIT,
                ),
                small,
            )
        )
    target = Path(path)
    document = SimpleDocTemplate(
        str(target),
        pagesize=A4,
        leftMargin=15 * mm,
        rightMargin=15 * mm,
        topMargin=15 * mm,
        bottomMargin=15 * mm,
        title=texts["table1"],
        author="rsdesk",
    )
    document.build(story, canvasmaker=_canvas)
    return target
