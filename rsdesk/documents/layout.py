"""The page layer every document shares: A4 template, service header, page numbers, blocks."""

from __future__ import annotations

import io
from collections.abc import Iterable, Sequence
from datetime import date
from functools import cache
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    Flowable,
    KeepTogether,
    Paragraph,
    SimpleDocTemplate,
    Spacer,
    Table,
    TableStyle,
)

from rsdesk.documents.fonts import FONT, FONT_BOLD, FONT_ITALIC, register_fonts
from rsdesk.documents.metadata import CREATOR, LANG, attach_xmp
from rsdesk.documents.texts import section

MARGIN = 20 * mm
WIDTH = A4[0] - 2 * MARGIN
GREY = colors.Color(0.4, 0.4, 0.4)
LIGHT = colors.Color(0.92, 0.92, 0.92)


def common(key: str, **params: object) -> str:
    return section("common").get(key, **params)


def long_date(day: date) -> str:
    """«14 марта 2026 г.» with the month names of common.toml."""
    months = section("common").list("months_genitive")
    text = common("date", day=day.day, month=months[day.month - 1], year=day.year)
    # No break inside a date: a lone «г.» on the next line reads as a typo.
    return text.replace(" ", "\u00a0")


def month_year(day: date) -> str:
    """«март 2026»: the precision a published case description may keep."""
    months = section("common").list("months_nominative")
    return common("month_year", month=months[day.month - 1], year=day.year)


@cache
def styles() -> dict[str, ParagraphStyle]:
    register_fonts()
    body = ParagraphStyle("body", fontName=FONT, fontSize=11, leading=14.5, spaceAfter=4)
    return {
        "body": body,
        "small": ParagraphStyle("small", parent=body, fontSize=8.5, leading=10.5, spaceAfter=0),
        "note": ParagraphStyle(
            "note", parent=body, fontName=FONT_ITALIC, fontSize=9.5, leading=12, textColor=GREY
        ),
        "cell": ParagraphStyle("cell", parent=body, fontSize=10, leading=12.5, spaceAfter=0),
        "head": ParagraphStyle(
            "head", parent=body, fontName=FONT_BOLD, fontSize=10, leading=12.5, spaceAfter=0
        ),
        "h2": ParagraphStyle(
            "h2",
            parent=body,
            fontName=FONT_BOLD,
            fontSize=12,
            leading=15,
            spaceBefore=8,
            spaceAfter=4,
        ),
        "title": ParagraphStyle(
            "title",
            parent=body,
            fontName=FONT_BOLD,
            fontSize=15,
            leading=19,
            alignment=1,
            spaceAfter=10,
        ),
    }


def para(text: str, style: str = "body") -> Paragraph:
    """A paragraph of plain text: markup characters in case data are escaped, never parsed."""
    return Paragraph(escape(text).replace("\n", "<br/>"), styles()[style])


def title(text: str) -> Paragraph:
    return para(text, "title")


def heading(text: str) -> Paragraph:
    return para(text, "h2")


def gap(height_mm: float = 4) -> Spacer:
    return Spacer(1, height_mm * mm)


def table_style(commands: Sequence[tuple[Any, ...]], font: str = FONT) -> TableStyle:
    """A table style whose cells are set in `font`: a cell's own default is Helvetica, which
    reportlab names in the PDF (unembedded, no Cyrillic) even for an empty cell."""
    return TableStyle([("FONT", (0, 0), (-1, -1), font), *commands])


def _grid_style(header: bool) -> TableStyle:
    commands: list[tuple[Any, ...]] = [
        ("GRID", (0, 0), (-1, -1), 0.5, GREY),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 4),
        ("RIGHTPADDING", (0, 0), (-1, -1), 4),
    ]
    if header:
        commands.append(("BACKGROUND", (0, 0), (-1, 0), LIGHT))
    return table_style(commands)


def fields(rows: Iterable[tuple[str, str]]) -> Table:
    """Label / value pairs of a card, in a two-column grid."""
    data = [
        [para(label, "head"), para(value or common("not_given"), "cell")] for label, value in rows
    ]
    return Table(data, colWidths=[55 * mm, WIDTH - 55 * mm], style=_grid_style(False))


def _grid_cells(
    header: Sequence[str], rows: Iterable[Sequence[str]], widths_mm: Sequence[float]
) -> tuple[list[list[Any]], list[float]]:
    data: list[list[Any]] = [[para(h, "head") for h in header]]
    data += [[para(str(v), "cell") for v in row] for row in rows]
    scale = WIDTH / (sum(widths_mm) * mm)
    return data, [w * mm * scale for w in widths_mm]


def grid(header: Sequence[str], rows: Iterable[Sequence[str]], widths_mm: Sequence[float]) -> Table:
    """A table with a grey header row, repeated on every page it spans."""
    data, widths = _grid_cells(header, rows, widths_mm)
    return Table(data, colWidths=widths, style=_grid_style(True), repeatRows=1)


class CheckBox(Flowable):
    """A square to tick by hand, or ticked already."""

    def __init__(self, checked: bool = False, size: float = 3.6 * mm) -> None:
        super().__init__()
        self.checked = checked
        self.width = self.height = size

    def draw(self) -> None:
        c = self.canv
        c.setLineWidth(0.8)
        c.rect(0, 0, self.width, self.height)
        if self.checked:
            c.setLineWidth(1.2)
            s = self.width
            c.lines(
                [(0.2 * s, 0.5 * s, 0.42 * s, 0.22 * s), (0.42 * s, 0.22 * s, 0.85 * s, 0.85 * s)]
            )


def checkboxes(items: Iterable[str], checked: bool = False) -> Table:
    data = [[CheckBox(checked), para(text, "cell")] for text in items]
    style = table_style(
        [
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("TOPPADDING", (0, 0), (0, -1), 4),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
        ]
    )
    return Table(data, colWidths=[8 * mm, WIDTH - 8 * mm], style=style)


def signature_lines(names: Iterable[str], day: date | None = None, width: float = WIDTH) -> Table:
    """Per person: the name, a line to sign on, and the date (`day`, else a blank to fill);
    a person's line and its «подпись» never part across pages."""
    line = "_" * 22
    dated = long_date(day) if day is not None else common("signature_date")
    data = []
    for name in names:
        data.append([para(name, "cell"), para(line, "cell"), para(dated, "cell")])
        data.append(["", para(common("signature"), "small"), ""])
    style = table_style(
        [
            ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
            ("TOPPADDING", (0, 0), (-1, -1), 1),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 1),
        ]
        + [("TOPPADDING", (0, r), (-1, r), 9) for r in range(0, len(data), 2)]
        + [("NOSPLIT", (0, r), (-1, r + 1)) for r in range(0, len(data), 2)]
    )
    return Table(data, colWidths=[width * 0.42, width * 0.26, width * 0.32], style=style)


def grid_closed_by(
    header: Sequence[str],
    rows: Sequence[Sequence[str]],
    widths_mm: Sequence[float],
    closing: Flowable,
    *,
    kept_rows: int = 3,
) -> Table:
    """A grid whose last `kept_rows` rows stay on one page with `closing` below them (a
    signature): a page never starts with the signature alone."""
    data, widths = _grid_cells(header, rows, widths_mm)
    data.append([closing] + [""] * (len(header) - 1))
    last = len(data) - 1
    commands: list[tuple[Any, ...]] = [
        ("GRID", (0, 0), (-1, last - 1), 0.5, GREY),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, last - 1), 4),
        ("RIGHTPADDING", (0, 0), (-1, last - 1), 4),
        ("BACKGROUND", (0, 0), (-1, 0), LIGHT),
        ("SPAN", (0, last), (-1, last)),
        ("LEFTPADDING", (0, last), (-1, last), 0),
        ("RIGHTPADDING", (0, last), (-1, last), 0),
        ("TOPPADDING", (0, last), (-1, last), 10 * mm),
        ("NOSPLIT", (0, max(1, last - kept_rows)), (-1, last)),
    ]
    return Table(data, colWidths=widths, style=table_style(commands), repeatRows=1)


def keep(*flowables: Flowable) -> KeepTogether:
    return KeepTogether(list(flowables))


def _numbered_canvas(header: str) -> type[Canvas]:
    """A canvas that knows the page count when it closes, for «Страница 2 из 3»."""

    class Numbered(Canvas):
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            kwargs["initialFontName"] = FONT  # never reference a font without Cyrillic
            super().__init__(*args, **kwargs)
            self._pages: list[dict[str, Any]] = []

        def showPage(self) -> None:
            self._pages.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            total = len(self._pages)
            for state in self._pages:
                self.__dict__.update(state)
                self._decorate(total)
                super().showPage()
            attach_xmp(self)
            super().save()

        def _decorate(self, total: int) -> None:
            self.saveState()
            self.setFont(FONT, 8.5)
            self.setFillColor(GREY)
            top = A4[1] - 12 * mm
            self.drawString(MARGIN, top, header)
            self.setStrokeColor(LIGHT)
            self.line(MARGIN, top - 2 * mm, A4[0] - MARGIN, top - 2 * mm)
            page = common("page", page=self._pageNumber, pages=total)
            self.drawRightString(A4[0] - MARGIN, 10 * mm, page)
            self.restoreState()

    return Numbered


def build(
    doc_title: str, header: str, story: list[Flowable], *, kind: str, author: str | None = None
) -> bytes:
    """The PDF bytes of a story: A4, `header` (the service's name) on top of each page, page
    numbers; titled, its author the service (or `author`), its subject the document kind,
    in Russian, with the same facts in XMP. Every font it names is embedded."""
    from rsdesk.documents.choices import kind_label

    styles()  # registers the fonts before any flowable measures text
    out = io.BytesIO()
    document = SimpleDocTemplate(
        out,
        pagesize=A4,
        leftMargin=MARGIN,
        rightMargin=MARGIN,
        topMargin=MARGIN,
        bottomMargin=MARGIN,
        title=doc_title,
        author=header if author is None else author,
        subject=kind_label(kind),
        creator=CREATOR,
        producer=CREATOR,
        lang=LANG,
        displayDocTitle=True,  # a reader's title bar shows the title, not a temp file's name
    )
    document.build(story, canvasmaker=_numbered_canvas(header))
    return out.getvalue()
