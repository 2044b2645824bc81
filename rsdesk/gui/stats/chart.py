"""A small horizontal bar chart drawn with QPainter (QtCharts is not in PySide6-Essentials)."""

from __future__ import annotations

from rsdesk.gui.qt import (
    QColor,
    QFont,
    QFontMetrics,
    QPainter,
    QPaintEvent,
    QPalette,
    QRect,
    QResizeEvent,
    QSize,
    QSizePolicy,
    Qt,
    QWidget,
)

# Colours that stay apart for readers with the common red-green colour blindness.
SERIES_COLOURS = ("#3b73b9", "#e69138", "#6aa84f")
MARGIN = 10
BAR = 14  # height of one series' bar
BAR_GAP = 2  # between the bars of one row
ROW_GAP = 10  # between rows
LABEL_SHARE = 0.42  # of the width, at most, for the row labels
VALUE_ROOM = 48  # right of the longest bar, for its number


class BarChart(QWidget):
    """Rows of labelled bars, one bar per series; the numbers are written beside the bars.

    Horizontal bars, because the labels are long Russian phrases that would not fit under
    vertical ones. The chart grows in height with its rows; give it a width, it finds its height.
    """

    def __init__(self, name: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.title = ""
        self.series: list[str] = []
        self.rows: list[tuple[str, tuple[int, ...]]] = []
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def set_data(
        self, title: str, series: list[str], rows: list[tuple[str, tuple[int, ...]]]
    ) -> None:
        self.title, self.series, self.rows = title, series, rows
        self._fit_height(self.width())
        self.update()

    # --- geometry ---------------------------------------------------------------------------

    def _title_font(self) -> QFont:
        font = QFont(self.font())
        font.setBold(True)
        return font

    def _label_width(self, width: int) -> int:
        metrics = self.fontMetrics()
        widest = max((metrics.horizontalAdvance(label) for label, _ in self.rows), default=0)
        return min(widest + 4, int(width * LABEL_SHARE))

    def _label_height(self, label: str, width: int) -> int:
        flags = int(Qt.TextFlag.TextWordWrap)
        return self.fontMetrics().boundingRect(QRect(0, 0, width, 1000), flags, label).height()

    def _row_heights(self, width: int) -> list[int]:
        bars = max(1, len(self.series)) * (BAR + BAR_GAP) - BAR_GAP
        label_width = self._label_width(width)
        return [max(bars, self._label_height(label, label_width)) for label, _ in self.rows]

    def _header_height(self) -> int:
        title = QFontMetrics(self._title_font()).height()
        legend = self.fontMetrics().height() if len(self.series) > 1 else 0
        return title + (legend + 6 if legend else 0) + 8

    def height_for(self, width: int) -> int:
        rows = self._row_heights(max(width, 200))
        return 2 * MARGIN + self._header_height() + sum(rows) + ROW_GAP * max(0, len(rows) - 1)

    def _fit_height(self, width: int) -> None:
        # A fixed height that follows the width: word-wrapped labels need more room when narrow.
        self.setFixedHeight(self.height_for(width))

    def sizeHint(self) -> QSize:
        return QSize(640, self.height_for(640))

    def resizeEvent(self, event: QResizeEvent) -> None:
        if event.size().width() != event.oldSize().width():
            self._fit_height(event.size().width())
        super().resizeEvent(event)

    # --- drawing ------------------------------------------------------------------------------

    def paintEvent(self, _event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        text_colour = self.palette().color(QPalette.ColorRole.WindowText)
        width = self.width() - 2 * MARGIN
        top = MARGIN
        painter.setFont(self._title_font())
        painter.setPen(text_colour)
        title_height = QFontMetrics(self._title_font()).height()
        painter.drawText(QRect(MARGIN, top, width, title_height), 0, self.title)
        top += title_height + 6
        painter.setFont(self.font())
        metrics = self.fontMetrics()
        if len(self.series) > 1:
            x = MARGIN
            for index, name in enumerate(self.series):
                painter.fillRect(
                    QRect(x, top + 2, 12, metrics.height() - 4), QColor(SERIES_COLOURS[index])
                )
                painter.drawText(x + 16, top + metrics.ascent(), name)
                x += 16 + metrics.horizontalAdvance(name) + 20
            top += metrics.height() + 6
        top += 2
        label_width = self._label_width(width)
        bars_left = MARGIN + label_width + 10
        bars_room = max(10, self.width() - MARGIN - VALUE_ROOM - bars_left)
        largest = max((max(values, default=0) for _, values in self.rows), default=0) or 1
        grid = QColor(text_colour)
        grid.setAlpha(60)
        for (label, values), height in zip(self.rows, self._row_heights(width), strict=True):
            painter.setPen(text_colour)
            painter.drawText(
                QRect(MARGIN, top, label_width, height),
                int(Qt.AlignmentFlag.AlignVCenter | Qt.TextFlag.TextWordWrap),
                label,
            )
            bars_height = len(values) * (BAR + BAR_GAP) - BAR_GAP
            y = top + (height - bars_height) // 2
            for index, value in enumerate(values):
                length = round(bars_room * value / largest)
                colour = QColor(SERIES_COLOURS[index % len(SERIES_COLOURS)])
                if length:
                    painter.fillRect(QRect(bars_left, y, length, BAR), colour)
                painter.drawText(
                    QRect(bars_left + length + 4, y, VALUE_ROOM, BAR),
                    int(Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft),
                    str(value),
                )
                y += BAR + BAR_GAP
            top += height + ROW_GAP
        painter.setPen(grid)
        painter.drawLine(bars_left, MARGIN + self._header_height(), bars_left, top - ROW_GAP)
        painter.end()
