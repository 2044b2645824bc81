"""The case card: participants, mediators, programs, the timeline and documents of one case."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from sqlite_utils import Database

from rsdesk.domain.register import CaseCard, ValidationError
from rsdesk.domain.register_keys import (
    CASE_MEDIATOR_ROLE_LABELS,
    CASE_STATUS_LABELS,
    EVENT_KIND_LABELS,
    PROGRAM_STATUS_LABELS,
    register_label,
)
from rsdesk.domain.vocabulary import (
    OUTCOME_LABELS,
    ROLE_LABELS,
    category_label,
    label,
)
from rsdesk.gui.documents import DocumentsPanel
from rsdesk.gui.programs.entry import ProgramButtons
from rsdesk.gui.qt import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)
from rsdesk.gui.session import VaultSession
from rsdesk.procedures import program_title
from rsdesk.storage.cases import assign_mediator, case_card, close_case
from rsdesk.storage.events import plan_follow_up
from rsdesk.storage.roster import list_mediators

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
    """A few fields and OK/Cancel; `submit` raises ValidationError to keep the dialog open."""

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
        self.accept()


def date_edit(value: date) -> QDateEdit:
    return QDateEdit(value, calendarPopup=True, displayFormat="dd.MM.yyyy")


class CaseCardDialog(QDialog):
    """Shows one case; writes go through the core and `on_changed` saves the vault."""

    def __init__(
        self,
        db: Database,
        case_id: int,
        on_changed: Callable[[], None],
        parent: QWidget | None = None,
        session: VaultSession | None = None,
    ) -> None:
        super().__init__(parent)
        self.db = db
        self.case_id = case_id
        self.on_changed = on_changed
        self.resize(860, 560)
        self.header = QLabel(objectName="caseHeader", wordWrap=True)
        self.header.setStyleSheet("font-size: 14pt; font-weight: bold;")
        self.summary = QLabel(objectName="caseSummary", wordWrap=True)
        self.tabs = QTabWidget()
        self.participants = read_only_table()
        self.team = read_only_table()
        self.programs = read_only_table()
        self.timeline = read_only_table()
        # Both callers (the cases and programs areas) carry the session the documents need.
        self.documents = DocumentsPanel(session or parent.session, case_id)  # type: ignore[union-attr]
        self.tabs.addTab(self.participants, self.tr("&Participants"))
        self.tabs.addTab(self.team, self.tr("&Mediators"))
        self.tabs.addTab(self.programs, self.tr("P&rograms"))
        self.tabs.addTab(self.timeline, self.tr("&Timeline"))
        self.tabs.addTab(self.documents, self.tr("&Documents"))
        self.assign = QPushButton(self.tr("&Assign a mediator…"))
        self.follow_up = QPushButton(self.tr("Plan a &follow-up…"))
        self.close_case = QPushButton(self.tr("Close the &case…"))
        close = QPushButton(self.tr("Close"))
        self.assign.clicked.connect(self.assign_mediator)
        self.follow_up.clicked.connect(self.plan_follow_up)
        self.close_case.clicked.connect(self.close_this_case)
        close.clicked.connect(self.accept)
        actions = QHBoxLayout()
        for button in (self.assign, self.follow_up, self.close_case):
            actions.addWidget(button)
        self.program_buttons = ProgramButtons(db, case_id, self._changed, self)
        actions.addWidget(self.program_buttons)
        actions.addStretch(1)
        actions.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.header)
        layout.addWidget(self.summary)
        layout.addWidget(self.tabs, 1)
        layout.addLayout(actions)
        self.card: CaseCard | None = None
        self.reload()

    def reload(self) -> None:
        card = self.card = case_card(self.db, self.case_id)
        case, request = card.case, card.request
        self.setWindowTitle(self.tr("Case No. {number}").format(number=case.number))
        self.header.setText(
            self.tr("Case No. {number}: {category}").format(
                number=case.number, category=category_label(case.category) if case.category else ""
            )
        )
        dates = self.tr("Status: {status}; opened {date}").format(
            status=register_label(CASE_STATUS_LABELS, case.status), date=ru_date(case.opened_on)
        )
        if case.closed_on:
            dates += self.tr(", closed {date}").format(date=ru_date(case.closed_on))
        self.summary.setText(f"{dates}.\n{request.description}")
        fill_table(
            self.participants,
            [self.tr("Name"), self.tr("Role"), self.tr("Age group"), self.tr("Class or age")],
            [
                [
                    p.full_name,
                    label(ROLE_LABELS, p.role) if p.role else "",
                    self.tr("minor") if p.is_minor else self.tr("adult"),
                    p.class_name or (str(p.age) if p.age else ""),
                ]
                for p in request.participants
            ],
        )
        fill_table(
            self.team,
            [self.tr("Mediator"), self.tr("Role in the case")],
            [
                [m.full_name, register_label(CASE_MEDIATOR_ROLE_LABELS, m.role)]
                for m in card.mediators
            ],
        )
        fill_table(
            self.programs,
            [
                self.tr("Program"),
                self.tr("Status"),
                self.tr("Started"),
                self.tr("Ended"),
                self.tr("Outcome"),
                self.tr("Adults"),
                self.tr("Minors"),
            ],
            [
                [
                    program_title(p.program_type),
                    register_label(PROGRAM_STATUS_LABELS, p.status),
                    ru_date(p.started_on),
                    ru_date(p.ended_on),
                    label(OUTCOME_LABELS, p.outcome) if p.outcome else "",
                    str(p.participants_adults),
                    str(p.participants_minors),
                ]
                for p in card.programs
            ],
        )
        fill_table(
            self.timeline,
            [self.tr("Date"), self.tr("Event"), self.tr("Note")],
            [
                [ru_date(e.event_on), self._event_text(e.kind, e.done_on), e.note]
                for e in card.timeline
            ],
        )
        self.documents.reload()
        is_open = case.status == "open"
        for button in (self.assign, self.follow_up, self.close_case):
            button.setEnabled(is_open)
        self.program_buttons.update_state(is_open)

    def _event_text(self, kind: str, done_on: date | None) -> str:
        text = register_label(EVENT_KIND_LABELS, kind) if kind in EVENT_KIND_LABELS else kind
        if kind == "follow_up":
            text += " " + (
                self.tr("(done {date})").format(date=ru_date(done_on))
                if done_on
                else self.tr("(due)")
            )
        return text

    def _changed(self) -> None:
        self.on_changed()
        self.reload()

    def assign_mediator(self) -> None:
        form = SmallForm(self.tr("Assign a mediator"), self)
        people = QComboBox()
        for mediator in list_mediators(self.db, year=date.today().year) or list_mediators(self.db):
            people.addItem(mediator.full_name, mediator.id)
        role = QComboBox()
        for key in CASE_MEDIATOR_ROLE_LABELS:
            role.addItem(register_label(CASE_MEDIATOR_ROLE_LABELS, key), key)
        form.form.addRow(self.tr("&Mediator:"), people)
        form.form.addRow(self.tr("&Role:"), role)
        form.submit = lambda: assign_mediator(
            self.db, self.case_id, people.currentData(), role.currentData()
        )
        if form.exec():
            self._changed()

    def plan_follow_up(self) -> None:
        form = SmallForm(self.tr("Plan a follow-up"), self)
        due = date_edit(date.today())
        note = QLineEdit()
        form.form.addRow(self.tr("&Due on:"), due)
        form.form.addRow(self.tr("&What to check:"), note)
        form.submit = lambda: plan_follow_up(
            self.db, self.case_id, due.date().toPython(), note.text().strip()
        )
        if form.exec():
            self._changed()

    def close_this_case(self) -> None:
        form = SmallForm(self.tr("Close the case"), self)
        closed_on = date_edit(date.today())
        note = QLineEdit()
        form.form.addRow(self.tr("&Closed on:"), closed_on)
        form.form.addRow(self.tr("&Note:"), note)
        form.submit = lambda: close_case(
            self.db, self.case_id, closed_on.date().toPython(), note=note.text().strip()
        )
        if form.exec():
            self._changed()
