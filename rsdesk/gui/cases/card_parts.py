"""Small pieces of the case card: read-only tables, a person's age, the short forms it asks with."""

from __future__ import annotations

from collections.abc import Callable

from rsdesk.domain.refusals import InputRefused, Refused
from rsdesk.domain.register import Participant
from rsdesk.gui.dates import DateEdit
from rsdesk.gui.qt import (
    QAbstractItemView,
    QCoreApplication,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QShowEvent,
    QSize,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)
from rsdesk.gui.requests.fields import fit_height
from rsdesk.gui.screen_fit import fit_to_screen
from rsdesk.i18n import current_language

ERROR_STYLE = "color: #b00020;"


def years_old(years: int) -> str:
    """«13 лет», «2 года», «21 год»; "13 years old" in English."""
    translate = QCoreApplication.translate
    if current_language() != "ru":
        form = "{n} year old" if years == 1 else "{n} years old"
    elif years % 10 == 1 and years % 100 != 11:
        form = "{n} year old"
    elif 2 <= years % 10 <= 4 and not 12 <= years % 100 <= 14:
        form = "{n} years old (2 to 4)"
    else:
        form = "{n} years old"
    return {
        "{n} year old": translate("CaseCard", "{n} year old"),
        "{n} years old (2 to 4)": translate("CaseCard", "{n} years old (2 to 4)"),
        "{n} years old": translate("CaseCard", "{n} years old"),
    }[form].format(n=years)


def age_text(person: Participant) -> str:
    """The age when it is known, else whether the person is a minor or an adult."""
    if person.age is not None:
        return years_old(person.age)
    translate = QCoreApplication.translate
    return translate("CaseCard", "minor") if person.is_minor else translate("CaseCard", "adult")


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


def tab_page(table: QTableWidget, *buttons: QPushButton) -> QWidget:
    """A card's table with the buttons that change what it shows, under it."""
    page = QWidget()
    layout = QVBoxLayout(page)
    layout.addWidget(table, 1)
    bar = QHBoxLayout()
    for button in buttons:
        bar.addWidget(button)
    bar.addStretch(1)
    layout.addLayout(bar)
    return page


def read_only_table() -> QTableWidget:
    table = QTableWidget()
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.verticalHeader().hide()
    table.setAlternatingRowColors(True)
    return table


class FittedDialog(QDialog):
    """Opens at its size hint (or `preferred`, if larger), never larger than the room on its
    screen."""

    preferred = QSize(0, 0)
    _fitted = False

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._fitted:
            self._fitted = True
            fit_to_screen(self, self.sizeHint().expandedTo(self.preferred))


class SmallForm(FittedDialog):
    """A few fields and OK/Cancel; `submit` raises a refusal (a value the core does not
    take, or the user's role) to keep the dialog open with the reason shown. A date that
    is out of its bounds is said before the core is asked."""

    def __init__(self, title: str, parent: QWidget | None = None, *, ok_text: str = "") -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setMinimumWidth(400)
        self.form = QFormLayout()
        self.error = QLabel(wordWrap=True, styleSheet=ERROR_STYLE)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        # The button says what it does, in the user's words («OK» is neither).
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(
            ok_text or QCoreApplication.translate("SmallForm", "Save")
        )
        self.buttons.accepted.connect(self._ok)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.dates: list[DateEdit] = []
        self.submit: Callable[[], None] = lambda: None

    def add_date(self, text: str, field: DateEdit) -> DateEdit:
        self.form.addRow(text, field)
        self.dates.append(field)
        return field

    def _ok(self) -> None:
        problems = [p for p in (field.problem() for field in self.dates) if p]
        if problems:
            self._say(problems)
            return
        try:
            self.submit()
        except InputRefused as error:
            self._say(list(error.errors.values()))
            return
        except Refused as error:
            self._say(list(error.reasons))
            return
        self.accept()

    def _say(self, lines: list[str]) -> None:
        self.error.setText("\n".join(lines))
        fit_height(self)  # a wrapped message needs the room
