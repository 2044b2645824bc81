"""Columns of a list that fill its width: short ones as wide as their text, long ones sharing
the rest, so no column is pushed off a 1024 px screen and none is cut at 1366.

Qt's Stretch mode shares the room equally and ResizeToContents asks the model for every row
it measures (once per keystroke of the search, in Python); here the short columns are measured
once from the texts they can hold, and the long ones get shares of what is left.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from rsdesk.gui.qt import QEvent, QHeaderView, QObject, QTableView

# Room beside a column's text: the cell's margins and the header's sort arrow.
PADDING = 28


class SharedColumns(QObject):
    """Keeps a table's columns filling its viewport whenever the table changes size.

    `fixed` gives, per short column, the texts it must show whole (its header's included);
    `shares` the weight of each long column in the room left. A column the user drags keeps
    its width until the table is resized again.
    """

    def __init__(
        self,
        table: QTableView,
        fixed: dict[int, Callable[[], Iterable[str]]],
        shares: dict[int, int],
    ) -> None:
        super().__init__(table)
        self.table = table
        self.fixed = fixed
        self.shares = shares
        self.widths: dict[int, int] = {}
        self.titles: dict[int, int] = {}  # the width of each column's title
        header = table.horizontalHeader()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setMinimumSectionSize(40)
        self.viewport = table.viewport()
        self.viewport.installEventFilter(self)
        self.measure()

    def measure(self) -> None:
        """Measure the short columns again: their texts change with the language, and with the
        rows when a column's texts are taken from them."""
        model = self.table.model()
        header = self.table.horizontalHeader()
        cells = self.table.fontMetrics()
        titles = header.fontMetrics()
        self.widths = {}
        self.titles = {}
        for column in range(model.columnCount()):
            title = str(model.headerData(column, header.orientation()) or "")
            self.titles[column] = titles.horizontalAdvance(title) + PADDING
        for column, texts in self.fixed.items():
            widest = max((cells.horizontalAdvance(text) for text in texts()), default=0)
            self.widths[column] = max(widest + PADDING, self.titles[column])
        self.fill()

    def fill(self) -> None:
        header = self.table.horizontalHeader()
        for column, width in self.widths.items():
            header.resizeSection(column, width)
        left = max(self.table.viewport().width() - sum(self.widths.values()), 0)
        for column, width in self.shared(left).items():
            header.resizeSection(column, width)

    def shared(self, room: int) -> dict[int, int]:
        """The long columns' widths in `room`: by their shares, none narrower than its title
        while there is room for every title (what a title takes comes out of the others'
        shares); with less room, by the shares alone, the titles cut."""
        floors = {column: self.titles.get(column, 0) for column in self.shares}
        if sum(floors.values()) > room:
            floors = dict.fromkeys(floors, 0)
        fixed: dict[int, int] = {}
        while True:
            free = [c for c in sorted(self.shares) if c not in fixed]
            left = room - sum(fixed.values())
            total = sum(self.shares[c] for c in free) or 1
            widths = {c: left * self.shares[c] // total for c in free}
            if free:
                widths[free[-1]] = left - sum(widths[c] for c in free[:-1])  # the remainder
            short = {c: floors[c] for c in free if widths[c] < floors[c]}
            if not short:
                return {**fixed, **widths}
            fixed.update(short)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # The type first: while the table is taken down its viewport still sends events, and
        # the table must not be asked anything then.
        if event.type() == QEvent.Type.Resize and watched is self.viewport:
            self.fill()
        return False
