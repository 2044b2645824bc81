"""The bars shown above the areas of the main window (the file's state, a handed-over session)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from rsdesk.gui.qt import QVBoxLayout, QWidget

if TYPE_CHECKING:
    from rsdesk.gui.main_window import MainWindow


def place_above_areas(window: MainWindow, bar: QWidget) -> None:
    """Put bar above the areas, beside the navigation (not over it), under any bar put
    there before."""
    central = window.ui.centralLayout
    areas = window.ui.areas
    for index in range(central.count()):
        column = central.itemAt(index).layout()
        if column is not None and column.indexOf(areas) >= 0:
            column.insertWidget(column.indexOf(areas), bar)
            return
    column = QVBoxLayout()
    column.setSpacing(4)
    central.removeWidget(areas)
    column.addWidget(bar)
    column.addWidget(areas, 1)
    central.addLayout(column, 1)
