"""Table cells of the statistics screens: a read-only table, text and number items."""

from __future__ import annotations

from rsdesk.gui.qt import (
    QAbstractItemView,
    QFont,
    Qt,
    QTableWidget,
    QTableWidgetItem,
    QTimer,
)

RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
INDENT = "      "  # sub-rows ("including:") sit under their total, as in the article


def make_table(name: str) -> QTableWidget:
    table = QTableWidget(objectName=name)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setWordWrap(True)
    table.verticalHeader().hide()
    table.setAlternatingRowColors(True)
    table.horizontalHeader().setDefaultAlignment(Qt.AlignmentFlag.AlignCenter)
    # Wrapped labels change height with the width of their column: follow it, once the
    # resize is over (during it the view still measures with the old width).
    later = QTimer(table, singleShot=True, interval=0)
    later.timeout.connect(table.resizeRowsToContents)
    table.horizontalHeader().sectionResized.connect(lambda *_: later.start())
    return table


def text_item(text: str, *, bold: bool = False) -> QTableWidgetItem:
    item = QTableWidgetItem(text)
    if bold:
        font = QFont(item.font())
        font.setBold(True)
        item.setFont(font)
    return item


def number_item(value: int) -> QTableWidgetItem:
    item = QTableWidgetItem(str(value))
    item.setTextAlignment(RIGHT)
    return item
