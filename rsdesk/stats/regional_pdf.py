"""The regional PDF: a header, Table 1 and 2, charts, the drill-down and the years, in PT Sans."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

from rsdesk.documents.fonts import FONT, FONT_BOLD, register_fonts
from rsdesk.documents.fonts import canvas as _canvas
from rsdesk.i18n import translate
from rsdesk.stats.aggregate import Result
from rsdesk.stats.drill_out import Grid, all_grids, exposed_note
from rsdesk.stats.labels import school_label, table_texts, territorial_label
from rsdesk.stats.pdf_charts import bar_chart
from rsdesk.stats.short_labels import marks_note, short_label, working_note
from rsdesk.stats.table_lines import Line, table1_lines, table2_lines
from rsdesk.stats.tables import SCHOOL_TYPE_ROWS, TERRITORIAL_CATEGORY_ROWS, TERRITORIAL_TYPE_ROWS
from rsdesk.stats.years import YearTables, change_text

# The years' charts show the main rows only: all nineteen of Table 2 in three colours would
# not fit a page.
CHARTED = frozenset(
    {"requests_received", "programs_completed", "participants"}
    | set(SCHOOL_TYPE_ROWS)
    | set(TERRITORIAL_CATEGORY_ROWS)
)
# A summary of 32,000 files may reject thousands; the PDF lists this many and counts the rest
# (the XLSX and the JSON list them all).
PDF_LIST_LIMIT = 200


def header_lines(result: Result, today: date, *, publish: bool) -> list[str]:
    """What the first page says before any table: region, year, date, files counted."""
    lines = [
        translate("stats", "Region: {region}", region=result.region or "—"),
        translate("stats", "Year: {year}", year=result.year if result.year is not None else "—"),
        translate("stats", "Made on: {day}", day=today.strftime("%d.%m.%Y")),
        translate("stats", "Files counted: {count}", count=len(result.accepted)),
    ]
    lines.append(marks_note() if publish else working_note())
    return lines


class _Styles:
    def __init__(self) -> None:
        from reportlab.lib.styles import ParagraphStyle
        from reportlab.lib.units import mm

        self.body = ParagraphStyle("body", fontName=FONT, fontSize=10, leading=12.5)
        self.sub = ParagraphStyle("sub", parent=self.body, leftIndent=5 * mm)
        self.head = ParagraphStyle("head", parent=self.body, fontName=FONT_BOLD)
        self.title = ParagraphStyle(
            "title", parent=self.body, fontName=FONT_BOLD, fontSize=13, leading=16
        )
        self.big = ParagraphStyle(
            "big", parent=self.body, fontName=FONT_BOLD, fontSize=15, leading=19
        )
        self.small = ParagraphStyle("small", parent=self.body, fontSize=8.5, leading=10.5)
        self.tiny = ParagraphStyle("tiny", parent=self.body, fontSize=6.5, leading=7.5)
        self.tiny_head = ParagraphStyle("tinyhead", parent=self.tiny, fontName=FONT_BOLD)


def _grid_style(font_size: float, labels: int = 1) -> Any:
    from reportlab.lib import colors
    from reportlab.platypus import TableStyle

    return TableStyle(
        [
            ("FONT", (0, 0), (-1, -1), FONT, font_size),
            ("GRID", (0, 0), (-1, -1), 0.5, colors.grey),
            ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
            ("ALIGN", (labels, 1), (-1, -1), "RIGHT"),
            ("BACKGROUND", (0, 0), (-1, 0), colors.Color(0.92, 0.92, 0.92)),
        ]
    )


def _p(text: object, style: Any) -> Any:
    from reportlab.platypus import Paragraph

    return Paragraph(escape(str(text)), style)


def _regional_tables(
    result: Result, styles: _Styles, lines: tuple[list[Line], list[Line]]
) -> list[Any]:
    from reportlab.lib.units import mm
    from reportlab.platypus import KeepTogether, Spacer, Table

    texts = table_texts(result.year)
    first = [
        [
            _p(texts["indicator"], styles.head),
            _p(texts["all"], styles.head),
            _p(f"{texts['acting']} {texts['acting_note']}", styles.head),
        ]
    ]
    first += [
        [_p(line.label, styles.sub if line.indent else styles.body), *line.values]
        for line in lines[0]
    ]
    second = [[_p(texts["indicator"], styles.head), _p(texts["value"], styles.head)]]
    for line in lines[1]:
        if line.values:
            second.append(
                [_p(line.label, styles.sub if line.indent else styles.body), *line.values]
            )
        else:
            second.append([_p(line.label, styles.head), ""])
    return [
        KeepTogether(
            [
                _p(texts["table1"], styles.title),
                Spacer(1, 3 * mm),
                Table(first, colWidths=[110 * mm, 28 * mm, 42 * mm], style=_grid_style(10)),
            ]
        ),
        Spacer(1, 8 * mm),
        KeepTogether(
            [
                _p(texts["table2"], styles.title),
                Spacer(1, 3 * mm),
                Table(second, colWidths=[150 * mm, 30 * mm], style=_grid_style(10)),
            ]
        ),
    ]


def _charts(result: Result, width: float) -> list[Any]:
    from reportlab.lib.units import mm
    from reportlab.platypus import KeepTogether, Spacer

    texts = table_texts(result.year)
    school, territorial = result.tables["school"], result.tables["territorial"]
    drawings = [
        bar_chart(
            translate("stats", "School services: completed programs by kind"),
            [texts["all"], texts["acting"]],
            [(school_label(k), (school["all"][k], school["acting"][k])) for k in SCHOOL_TYPE_ROWS],
            width,
        ),
        bar_chart(
            translate("stats", "Territorial services: completed programs by category of case"),
            [],
            [(territorial_label(k), (territorial[k],)) for k in TERRITORIAL_CATEGORY_ROWS],
            width,
        ),
        bar_chart(
            translate("stats", "Territorial services: completed programs by type"),
            [],
            [(territorial_label(k), (territorial[k],)) for k in TERRITORIAL_TYPE_ROWS],
            width,
        ),
    ]
    flow: list = []
    for drawing in drawings:
        flow += [KeepTogether([drawing]), Spacer(1, 5 * mm)]
    return flow


def _grid_table(grid: Grid, styles: _Styles, width: float) -> Any:
    from reportlab.lib import colors
    from reportlab.lib.units import mm
    from reportlab.platypus import Table

    numbers = len(grid.headings) - grid.labels
    # Table 2 has nineteen columns of figures: the names give up room to their headings.
    wide = numbers > 15
    if grid.labels == 1:
        label_widths = [34 * mm if wide else 46 * mm]
    else:
        label_widths = [30 * mm, 24 * mm] if wide else [42 * mm, 34 * mm]
    each = (width - sum(label_widths)) / max(numbers, 1)
    data = [[_p(h, styles.tiny_head) for h in grid.headings]]
    for row in grid.rows:
        data.append([_p(v, styles.tiny) for v in row[: grid.labels]] + list(row[grid.labels :]))
    data.append(
        [_p(v, styles.tiny_head) for v in grid.total[: grid.labels]]
        + list(grid.total[grid.labels :])
    )
    style = _grid_style(7, grid.labels)
    style.add("FONT", (0, len(data) - 1), (-1, len(data) - 1), FONT_BOLD, 7)
    style.add("BACKGROUND", (0, len(data) - 1), (-1, len(data) - 1), colors.Color(0.95, 0.95, 0.95))
    return Table(data, colWidths=label_widths + [each] * numbers, style=style, repeatRows=1)


def _years(years: YearTables, styles: _Styles, width: float) -> list[Any]:
    from reportlab.lib.units import mm
    from reportlab.platypus import KeepTogether, Spacer, Table

    if len(years.years) < 2:
        return []
    first, last = years.years[0], years.years[-1]
    headings = [
        translate("stats", "Indicators"),
        *(str(y) for y in years.years),
        translate("stats", "Change {first}–{last}", first=first, last=last),
        translate("stats", "Change, %"),
    ]
    flow: list = []
    titles = (
        (translate("stats", "Table 1 over the years: all school services"), years.school, "school"),
        (
            translate("stats", "Table 1 over the years: acting school services"),
            years.acting,
            "school",
        ),
        (
            translate("stats", "Table 2 over the years: territorial services"),
            years.territorial,
            "territorial",
        ),
    )
    numbers = len(headings) - 1
    for title, lines, kind in titles:
        data = [[_p(h, styles.head) for h in headings]]
        data += [
            [
                _p(line.label, styles.sub if line.indent else styles.body),
                *line.values,
                *change_text(line),
            ]
            for line in lines
        ]
        table = Table(
            data, colWidths=[width - numbers * 24 * mm] + [24 * mm] * numbers, style=_grid_style(9)
        )
        chart = bar_chart(
            title,
            [str(y) for y in years.years],
            [(short_label(kind, line.key), line.values) for line in lines if line.key in CHARTED],
            width,
            label_width=60 * mm,
        )
        flow += [
            KeepTogether([_p(title, styles.title), Spacer(1, 3 * mm), table]),
            Spacer(1, 5 * mm),
        ]
        flow += [KeepTogether([chart]), Spacer(1, 6 * mm)]
    return flow


def build_pdf(
    result: Result,
    path: Path,
    *,
    publish: bool = True,
    years: YearTables | None = None,
    today: date | None = None,
    summary: str = "",
) -> Path:
    """Portrait pages for the article's tables and charts, landscape for the wide ones."""
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.lib.units import mm
    from reportlab.platypus import (
        BaseDocTemplate,
        Frame,
        NextPageTemplate,
        PageBreak,
        PageTemplate,
        Spacer,
    )

    register_fonts()
    day = today or date.today()
    styles = _Styles()
    texts = table_texts(result.year)
    margin = 14 * mm
    portrait_size, wide_size = A4, landscape(A4)
    footer = translate(
        "stats",
        "{region}, {year}: regional summary, made on {day}",
        region=result.region or "—",
        year=result.year if result.year is not None else "—",
        day=day.strftime("%d.%m.%Y"),
    )
    if not publish:
        footer += " — " + working_note()

    def on_page(canvas: Any, document: Any) -> None:
        canvas.saveState()
        canvas.setFont(FONT, 7.5)
        width = document.pagesize[0]
        canvas.drawString(margin, 8 * mm, footer)
        canvas.drawRightString(width - margin, 8 * mm, str(canvas.getPageNumber()))
        canvas.restoreState()

    def frame(size: tuple[float, float], name: str) -> Any:
        return Frame(margin, margin, size[0] - 2 * margin, size[1] - 2 * margin - 2 * mm, id=name)

    document = BaseDocTemplate(
        str(path),
        pagesize=portrait_size,
        leftMargin=margin,
        rightMargin=margin,
        topMargin=margin,
        bottomMargin=margin,
        title=texts["table1"],
        author="rsdesk",
    )
    document.addPageTemplates(
        [
            PageTemplate(
                "portrait", [frame(portrait_size, "p")], onPage=on_page, pagesize=portrait_size
            ),
            PageTemplate("landscape", [frame(wide_size, "l")], onPage=on_page, pagesize=wide_size),
        ]
    )
    # A Frame keeps 6 pt of padding on each side.
    portrait_width = portrait_size[0] - 2 * margin - 12
    wide_width = wide_size[0] - 2 * margin - 12
    story: list = [
        _p(translate("stats", "Regional summary of the reconciliation services"), styles.big)
    ]
    story += [_p(line, styles.body) for line in header_lines(result, day, publish=publish)]
    story.append(Spacer(1, 6 * mm))
    story += _regional_tables(result, styles, (table1_lines(result), table2_lines(result)))
    story += [Spacer(1, 6 * mm), _p(summary, styles.body), PageBreak()]
    story += _charts(result, portrait_width)
    grids, publication = all_grids(result, publish=publish)
    story += [NextPageTemplate("landscape"), PageBreak()]
    note = exposed_note(publication)
    for grid in grids:
        from reportlab.platypus import KeepTogether

        head = [
            _p(grid.title, styles.title),
            _p(marks_note() if publish else working_note(), styles.small),
        ]
        if note:
            head.append(_p(note, styles.small))
        story += [
            KeepTogether([*head, Spacer(1, 2 * mm), _grid_table(grid, styles, wide_width)]),
            Spacer(1, 6 * mm),
        ]
    if years is not None and len(years.years) >= 2:
        story.append(PageBreak())
        story += _years(years, styles, wide_width)
    story += _notes(result, styles)
    document.build(story, canvasmaker=_canvas)
    return path


def _notes(result: Result, styles: _Styles) -> list[Any]:
    notes = [(n, translate("stats", "rejected: {reason}", reason=r)) for n, r in result.rejected]
    notes += [(n, translate("stats", "warning: {warning}", warning=w)) for n, w in result.warnings]
    flow = [_p(f"{name} — {note}", styles.small) for name, note in notes[:PDF_LIST_LIMIT]]
    if len(notes) > PDF_LIST_LIMIT:
        flow.append(
            _p(
                translate(
                    "stats",
                    "…and {count} more; the XLSX and JSON list them all.",
                    count=len(notes) - PDF_LIST_LIMIT,
                ),
                styles.small,
            )
        )
    return flow
