"""Small pieces of the case card: read-only tables and the short forms it asks with."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from rsdesk.access import RoleRefused
from rsdesk.domain.register import ValidationError
from rsdesk.gui.qt import (
    QAbstractItemView,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

ERROR_STYLE = "color: #b00020;"


def ru_date(value: date | None) -> str:
    return value.strftime("%d.%m.%Y") if value else ""


def fill_table(table: QTableWidget, headers: list[str], rows: list[list[str]]) -> None:
    table.clear()
    table.setColumnCount(len(headers))
    table.setHorizontalHeaderLabels(headers)
    table.setRowCount(len(rows))
    for r, values in enumerate(rows):
        for c, value in enumerate(values):
            table.setItem(r, c, QTableWidgetItem(value))
    table.resizeColumnsToContents()
    table.horizontalHeader().setStretchLastSection(True)


def read_only_table() -> QTableWidget:
    table = QTableWidget()
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.verticalHeader().hide()
    table.setAlternatingRowColors(True)
    return table


class SmallForm(QDialog):
    """A few fields and OK/Cancel; `submit` raises ValidationError or RoleRefused (the
    core refusing for the user's role) to keep the dialog open with the reason shown."""

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.form = QFormLayout()
        self.error = QLabel(wordWrap=True, styleSheet=ERROR_STYLE)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self._ok)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.submit: Callable[[], None] = lambda: None

    def _ok(self) -> None:
        try:
            self.submit()
        except ValidationError as error:
            self.error.setText("\n".join(error.errors.values()))
            return
        except RoleRefused as error:
            self.error.setText(error.message)
            return
        self.accept()


def date_edit(value: date) -> QDateEdit:
    return QDateEdit(value, calendarPopup=True, displayFormat="dd.MM.yyyy")
