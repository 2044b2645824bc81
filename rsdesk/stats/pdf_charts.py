"""Horizontal bar charts for the regional PDF, drawn with reportlab graphics in PT Sans."""

from __future__ import annotations

from typing import Any

from rsdesk.documents.fonts import FONT, FONT_BOLD, register_fonts

# The colours of the screen's charts (rsdesk/gui/stats/chart.py): apart for colour-blind readers.
SERIES_COLOURS = ("#3b73b9", "#e69138", "#6aa84f", "#8e7cc3", "#c27ba0", "#76a5af")
BAR = 7.0
GAP = 1.5
ROW_GAP = 5.0
FONT_SIZE = 8.0


def bar_chart(
    title: str,
    series: list[str],
    rows: list[tuple[str, tuple[int, ...]]],
    width: float,
    label_width: float | None = None,
) -> Any:
    """A Drawing: one row per label, one bar per series, the number beside each bar."""
    from reportlab.graphics.shapes import Drawing, Line, Rect, String
    from reportlab.lib import colors
    from reportlab.pdfbase.pdfmetrics import stringWidth

    register_fonts()
    count = max(1, max((len(values) for _, values in rows), default=1))
    row_height = max(FONT_SIZE + 2, count * (BAR + GAP) - GAP)
    legend = FONT_SIZE + 6 if len(series) > 1 else 0
    height = 16 + legend + len(rows) * (row_height + ROW_GAP) + 4
    drawing = Drawing(width, height)
    # The renderer starts from the drawing's own font (Helvetica by default), even unused.
    drawing.initialFontName, drawing.initialFontSize = FONT, FONT_SIZE
    drawing.add(String(0, height - 11, title, fontName=FONT_BOLD, fontSize=9.5))
    top = height - 16
    if len(series) > 1:
        x = 0.0
        for index, name in enumerate(series):
            colour = colors.HexColor(SERIES_COLOURS[index % len(SERIES_COLOURS)])
            drawing.add(
                Rect(x, top - FONT_SIZE, 8, FONT_SIZE - 1, fillColor=colour, strokeColor=None)
            )
            drawing.add(
                String(x + 11, top - FONT_SIZE + 1, name, fontName=FONT, fontSize=FONT_SIZE)
            )
            x += 11 + stringWidth(name, FONT, FONT_SIZE) + 14
        top -= legend
    widest = max((stringWidth(label, FONT, FONT_SIZE) for label, _ in rows), default=0)
    labels = label_width if label_width is not None else min(widest + 6, width * 0.45)
    room = max(20.0, width - labels - 34)
    largest = max((max(values, default=0) for _, values in rows), default=0) or 1
    for label, values in rows:
        text = label
        while stringWidth(text, FONT, FONT_SIZE) > labels - 4 and len(text) > 4:
            text = text[:-2].rstrip() + "…"
            text = text[:-1] if text.endswith("……") else text
        middle = top - row_height / 2
        drawing.add(
            String(
                labels - 4, middle - 3, text, fontName=FONT, fontSize=FONT_SIZE, textAnchor="end"
            )
        )
        y = top - BAR
        for index, value in enumerate(values):
            length = room * value / largest
            colour = colors.HexColor(SERIES_COLOURS[index % len(SERIES_COLOURS)])
            if length:
                drawing.add(Rect(labels, y, length, BAR, fillColor=colour, strokeColor=None))
            drawing.add(String(labels + length + 3, y + 1, str(value), fontName=FONT, fontSize=7))
            y -= BAR + GAP
        top -= row_height + ROW_GAP
    drawing.add(
        Line(
            labels,
            height - 16 - legend,
            labels,
            top + ROW_GAP,
            strokeColor=colors.grey,
            strokeWidth=0.5,
        )
    )
    return drawing
