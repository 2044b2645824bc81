"""Who has not sent the year's file yet: the list a regional centre sends reminders from."""

from __future__ import annotations

import html
import os
from datetime import date
from pathlib import Path

from rsdesk.documents.fonts import FONT, FONT_BOLD, register_fonts
from rsdesk.i18n import translate
from rsdesk.stats.aggregate import Result


def _title(result: Result) -> str:
    return translate(
        "stats",
        "Services that have not sent a valid statistics file for {year}",
        year=result.year if result.year is not None else "—",
    )


def _headings() -> list[str]:
    return [
        translate("stats", "Municipality"),
        translate("stats", "Service"),
        translate("stats", "Service id"),
    ]


def _rows(result: Result) -> list[list[str]]:
    return [[place, name, service_id] for name, place, service_id in result.missing]


def write_missing(result: Result, path: str | os.PathLike[str], today: date, *, pdf: bool) -> Path:
    """The list as a PDF or an XLSX workbook (the caller decides: it writes to a temp name)."""
    target = Path(path)
    return _pdf(result, target, today) if pdf else _xlsx(result, target, today)


def _xlsx(result: Result, path: Path, today: date) -> Path:
    from openpyxl import Workbook
    from openpyxl.styles import Font

    book = Workbook()
    sheet = book.active
    sheet.title = translate("stats", "No file")
    sheet.append([_title(result)])
    sheet.append([translate("stats", "As of {day}", day=today.strftime("%d.%m.%Y"))])
    sheet.append(_headings())
    for cell in sheet[3]:
        cell.font = Font(bold=True)
    for row in _rows(result):
        sheet.append(row)
        for cell in sheet[sheet.max_row]:
            cell.data_type = "s"  # a name beginning with "=" stays text, never a formula
    for column, width in zip("ABC", (30, 50, 40), strict=True):
        sheet.column_dimensions[column].width = width
    book.save(path)
    return path


def _pdf(result: Result, path: Path, today: date) -> Path:
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

    register_fonts()
    body = ParagraphStyle("body", fontName=FONT, fontSize=10, leading=12.5)
    head = ParagraphStyle("head", parent=body, fontName=FONT_BOLD, fontSize=13, leading=16)
    rows = [_headings(), *_rows(result)]
    cells = [[Paragraph(html.escape(text), body) for text in row] for row in rows]
    table = Table(cells, colWidths=(45 * mm, 75 * mm, 55 * mm), repeatRows=1)
    table.setStyle(
        TableStyle(
            [
                ("GRID", (0, 0), (-1, -1), 0.4, colors.grey),
                ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#eeeeee")),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ]
        )
    )
    story = [
        Paragraph(html.escape(_title(result)), head),
        Paragraph(translate("stats", "As of {day}", day=today.strftime("%d.%m.%Y")), body),
        Spacer(1, 5 * mm),
    ]
    if result.missing:
        story.append(table)
    else:
        story.append(Paragraph(translate("stats", "Every registered service has sent it."), body))
    SimpleDocTemplate(str(path), pagesize=A4, title=_title(result)).build(story)
    return path
