"""The «Программы и встречи» area: programs under way and the agenda of what is due."""

from __future__ import annotations

from datetime import date, datetime, timedelta

from sqlite_utils import Database

from rsdesk.access import Desk, RoleRefused
from rsdesk.domain.roles import Op
from rsdesk.gui.programs.controller import ProgramController
from rsdesk.gui.programs.start_dialog import StartProgramDialog
from rsdesk.gui.programs.store import (
    ProgramRow,
    follow_ups_until,
    get_program,
    procedures,
    programs_in_progress,
    run_of_row,
)
from rsdesk.gui.programs.wizard import ProgramWizard
from rsdesk.gui.qt import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QEvent,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    Qt,
    QTableWidget,
    QTableWidgetItem,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)
from rsdesk.gui.session import VaultSession
from rsdesk.procedures import ProgramRun
from rsdesk.storage.events import PlannedMeeting, week_bounds

AGENDA_WEEKS = 4
ROLE = Qt.ItemDataRole.UserRole


def ru_date(value: date | None) -> str:
    return value.strftime("%d.%m.%Y") if value else ""


class ProgramsArea(QWidget):
    def __init__(self, session: VaultSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.clock = datetime.now
        self.windows: list[QDialog] = []
        self.rows: list[ProgramRow] = []
        self.visible: set[int] = set()
        self.title = QLabel(objectName="programsTitle")
        self.title.setStyleSheet("font-size: 16pt; font-weight: bold;")
        self.programs_label = QLabel()
        self.table = QTableWidget(objectName="programsTable")
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(True)
        # Tab moves on to the buttons instead of through every cell; arrows choose a program.
        self.table.setTabKeyNavigation(False)
        self.table.activated.connect(lambda _index: self.continue_selected())
        self.resume = QPushButton()
        self.resume.clicked.connect(self.continue_selected)
        self.case_choice = QComboBox()
        self.case_choice.setMinimumContentsLength(24)
        self.start_button = QPushButton()
        self.start_button.clicked.connect(
            lambda: self.start_program(self.case_choice.currentData())
        )
        self.agenda_label = QLabel()
        self.agenda = QTreeWidget(objectName="agenda")
        self.agenda.setHeaderHidden(False)
        self.agenda.setColumnCount(3)
        self.agenda.setRootIsDecorated(False)
        self.agenda.setWordWrap(True)
        self.agenda.itemActivated.connect(self._agenda_activated)
        self.empty = QLabel(wordWrap=True)
        # Why a program could not be opened or started (a role's limit), in words.
        self.message = QLabel(wordWrap=True, visible=False, objectName="programsMessage")
        self.message.setStyleSheet("color: #b00020;")
        self._layout()
        self._retranslate()

    def _layout(self) -> None:
        top = QWidget()
        column = QVBoxLayout(top)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.programs_label)
        column.addWidget(self.table, 1)
        column.addWidget(self.empty)
        column.addWidget(self.message)
        actions = QHBoxLayout()
        actions.addWidget(self.resume)
        actions.addStretch(1)
        actions.addWidget(self.case_choice)
        actions.addWidget(self.start_button)
        column.addLayout(actions)
        bottom = QWidget()
        lower = QVBoxLayout(bottom)
        lower.setContentsMargins(0, 0, 0, 0)
        lower.addWidget(self.agenda_label)
        lower.addWidget(self.agenda, 1)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(top)
        splitter.addWidget(bottom)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 12, 12, 12)
        layout.addWidget(self.title)
        layout.addWidget(splitter, 1)

    @property
    def db(self) -> Database:
        assert self.session.vault is not None
        return self.session.vault.db

    @property
    def desk(self) -> Desk:
        assert self.session.desk is not None
        return self.session.desk

    def _say(self, text: str) -> None:
        self.message.setText(text)
        self.message.setVisible(bool(text))

    # -- reading ----------------------------------------------------------------------------

    def refresh(self) -> None:
        if not self.session.is_open or self.session.desk is None:
            return
        db = self.db
        # A mediator sees the programs of their own cases only; the curator sees all.
        cases = self.desk.case_rows()
        self.visible = {case.id for case in cases}
        self.rows = [row for row in programs_in_progress(db) if row.case_id in self.visible]
        runs = {row.program_id: run_of_row(row) for row in self.rows}
        headers = [
            self.tr("Case"),
            self.tr("Program"),
            self.tr("Where it stands"),
            self.tr("Facilitators"),
            self.tr("Started"),
        ]
        self.table.clear()
        self.table.setColumnCount(len(headers))
        self.table.setHorizontalHeaderLabels(headers)
        self.table.setRowCount(len(self.rows))
        for r, row in enumerate(self.rows):
            known = procedures().get(row.program_type)
            cells = [
                row.case_number,
                known.title if known else row.program_type,
                self._stage_text(runs[row.program_id]),
                row.facilitators,
                ru_date(row.started_on),
            ]
            for c, text in enumerate(cells):
                self.table.setItem(r, c, QTableWidgetItem(text))
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        if self.rows:
            self.table.selectRow(0)
        self.empty.setVisible(not self.rows)
        self.resume.setEnabled(bool(self.rows))
        self.case_choice.clear()
        for case in cases:
            if case.status == "open" and self.desk.may(Op.EDIT_CASE, case.id):
                self.case_choice.addItem(
                    self.tr("case No. {number}").format(number=case.number), case.id
                )
        self.start_button.setEnabled(self.case_choice.count() > 0)
        self._fill_agenda(runs)

    def _stage_text(self, run: ProgramRun | None) -> str:
        if run is None:
            return self.tr("recorded without the step-by-step guide")
        stage = run.current_stage()
        if stage is None:
            return self.tr("ready to close")
        pending = run.pending_participants(stage.key)
        if stage.per_participant and pending:
            return self.tr("{stage} (left: {count})").format(stage=stage.title, count=len(pending))
        return stage.title

    def _fill_agenda(self, runs: dict) -> None:
        """Planned meetings and follow-ups by date (overdue, this week, next weeks), then the
        meetings still without a date."""
        today = self.clock().date()
        _monday, sunday = week_bounds(today)
        last = sunday + timedelta(weeks=AGENDA_WEEKS)
        self.agenda.clear()
        self.agenda.setHeaderLabels([self.tr("When"), self.tr("Case"), self.tr("What")])
        groups = {
            "overdue": self._group(self.tr("Overdue")),
            "week": self._group(self.tr("This week")),
            "later": self._group(self.tr("Next weeks")),
            "meetings": self._group(self.tr("Meetings to arrange (no date yet)")),
        }
        planned = self.desk.planned_meetings_until(date.max)
        names = {
            str(i): name for i, name in self.db.execute("SELECT id, full_name FROM participants")
        }
        dated: list[tuple[date, str, str, str, int | None]] = [
            (due.due_on, "", due.case_number, due.note or self.tr("follow-up"), due.program_id)
            for due in follow_ups_until(self.db, last)
            if due.case_id in self.visible
        ]
        dated += [
            (m.meeting_on, m.at_time, m.case_number, self._meeting_text(m, names), m.program_id)
            for m in planned
            if m.meeting_on <= last
        ]
        # Follow-ups sort before meetings of the same day: they have no time.
        for day, at_time, number, text, program_id in sorted(dated, key=lambda d: d[:2]):
            key = "overdue" if day < today else "week" if day <= sunday else "later"
            when = f"{ru_date(day)} {at_time}".strip()
            item = QTreeWidgetItem([when, number, text])
            item.setData(0, ROLE, program_id)
            groups[key].addChild(item)
        arranged = {(m.program_id, m.stage) for m in planned}
        for row in self.rows:
            run = runs[row.program_id]
            stage = run.current_stage() if run is not None else None
            if stage is None or not stage.is_meeting or run.outcome is not None:
                continue
            if (row.program_id, stage.key) in arranged:
                continue
            item = QTreeWidgetItem(["—", row.case_number, self._stage_text(run)])
            item.setData(0, ROLE, row.program_id)
            groups["meetings"].addChild(item)
        for group in groups.values():
            group.setText(0, f"{group.text(0)} ({group.childCount()})")
            group.setExpanded(True)
        for column in range(2):
            self.agenda.resizeColumnToContents(column)

    def _meeting_text(self, meeting: PlannedMeeting, names: dict[str, str]) -> str:
        """«Встреча: Совместная встреча сторон (Восстановительная медиация) — с …; note»."""
        procedure = procedures().get(meeting.program_type or "")
        what = self.tr("planned meeting")
        if procedure is not None:
            stage = next((s for s in procedure.stages if s.key == meeting.stage), None)
            what = f"{stage.title if stage else what} ({procedure.title})"
        invited = ", ".join(names.get(pid, pid) for pid in meeting.with_ids)
        text = self.tr("Meeting: {what}").format(what=what)
        if invited:
            text += " — " + self.tr("with {names}").format(names=invited)
        return text + (f"; {meeting.note}" if meeting.note else "")

    def _group(self, title: str) -> QTreeWidgetItem:
        item = QTreeWidgetItem(self.agenda, [title])
        font = item.font(0)
        font.setBold(True)
        item.setFont(0, font)
        item.setFirstColumnSpanned(True)
        return item

    def agenda_texts(self) -> dict[str, list[str]]:
        """What each section of the agenda shows (for tests and screen readers alike)."""
        found = {}
        for i in range(self.agenda.topLevelItemCount()):
            group = self.agenda.topLevelItem(i)
            found[group.text(0)] = [
                " · ".join(group.child(j).text(c) for c in range(3))
                for j in range(group.childCount())
            ]
        return found

    def clear(self) -> None:
        """The vault was locked: close the program windows and forget every case detail."""
        for window in self.windows:
            window.close()
            window.deleteLater()
        self.windows.clear()
        self.rows = []
        self.visible = set()
        self._say("")
        self.table.clear()
        self.table.setRowCount(0)
        self.agenda.clear()
        self.case_choice.clear()

    # -- acting -----------------------------------------------------------------------------

    def selected_program(self) -> int | None:
        rows = self.table.selectionModel().selectedRows()
        return self.rows[rows[0].row()].program_id if rows and self.rows else None

    def continue_selected(self) -> None:
        program_id = self.selected_program()
        if program_id is not None:
            self.open_program(program_id)

    def _agenda_activated(self, item: QTreeWidgetItem) -> None:
        program_id = item.data(0, ROLE)
        if program_id:
            self.open_program(program_id)

    def open_program(self, program_id: int) -> QDialog | None:
        """The wizard at the stage the program stands at (or set-up, if it has no state yet)."""
        self._say("")
        try:
            controller = ProgramController(self.desk, program_id, lambda: None, self.clock)
        except RoleRefused as error:
            self._say(error.message)
            return None
        except LookupError:
            row = next(r for r in self.rows if r.program_id == program_id)
            return self.start_program(row.case_id, existing=program_id)
        wizard = ProgramWizard(controller, self)
        self._track(wizard)
        wizard.open()
        return wizard

    def start_program(self, case_id: int | None, existing: int | None = None) -> QDialog | None:
        if case_id is None or not self.session.is_open:
            return None
        decision = self.desk.may(Op.EDIT_CASE, case_id)
        if not decision:
            self._say(decision.reason)
            return None
        self._say("")
        dialog = StartProgramDialog(
            self.desk,
            case_id,
            lambda: None,
            self,
            existing=get_program(self.db, existing) if existing else None,
            clock=self.clock,
        )
        self._track(dialog)
        dialog.accepted.connect(lambda: self.open_program(dialog.program_id))
        dialog.open()
        return dialog

    def _track(self, window: QDialog) -> None:
        self.windows.append(window)
        window.finished.connect(lambda _result: self._closed(window))

    def _closed(self, window: QDialog) -> None:
        if window in self.windows:
            self.windows.remove(window)
        window.deleteLater()
        self.refresh()

    # -- language ---------------------------------------------------------------------------

    def _retranslate(self) -> None:
        self.title.setText(self.tr("Programs and meetings"))
        self.programs_label.setText(self.tr("Programs under way:"))
        self.resume.setText(self.tr("&Continue"))
        self.start_button.setText(self.tr("&Start a program…"))
        self.agenda_label.setText(
            self.tr("Agenda: planned meetings, follow-ups due and meetings to arrange")
        )
        self.empty.setText(
            self.tr(
                "No program is under way. Start one for an open case here or from the case card."
            )
        )

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
            if self.session.is_open:
                self.refresh()
        super().changeEvent(event)
