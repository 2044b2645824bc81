"""The «Программы и встречи» area: programs under way and the agenda of what is due."""

from __future__ import annotations

from datetime import date, timedelta

from rsdesk.access import Desk
from rsdesk.domain.agenda import PlannedMeeting, ProgramRow, week_bounds
from rsdesk.domain.changes import CASES, PROGRAMS, Change
from rsdesk.domain.roles import Op
from rsdesk.gui.dates import format_date
from rsdesk.gui.programs.opener import ProgramOpener
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
from rsdesk.procedures import configured_procedures

# Weeks after this one the agenda reaches. Five, so that a follow-up planned a month ahead
# (the wizard's default, 30 days) shows whatever the weekday; with four it fell off on a Sunday.
AGENDA_WEEKS = 5
_FIT, _SHARE = QHeaderView.ResizeMode.ResizeToContents, QHeaderView.ResizeMode.Stretch
# Case, program, where it stands, facilitators, started.
COLUMN_MODES = (_FIT, _SHARE, _SHARE, _SHARE, _FIT)
ROLE = Qt.ItemDataRole.UserRole


class ProgramsArea(QWidget):
    def __init__(self, session: VaultSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.windows: list[QDialog] = []
        self.rows: list[ProgramRow] = []
        self.opener: ProgramOpener | None = None
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
        # Every committed step, start or plan redraws the lists, whichever window made it.
        session.changed.connect(self._changed)

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
    def desk(self) -> Desk:
        assert self.session.desk is not None
        return self.session.desk

    def _say(self, text: str) -> None:
        self.message.setText(text)
        self.message.setVisible(bool(text))

    # -- reading ----------------------------------------------------------------------------

    def _changed(self, change: Change) -> None:
        if change.touches(CASES, PROGRAMS):
            self.refresh()

    def refresh(self) -> None:
        if not self.session.is_open or self.session.desk is None:
            return
        # The Desk gives a mediator the programs of their own cases only; the curator all.
        chosen_program = self.selected_program()
        chosen_case = self.case_choice.currentData()
        self.rows = self.desk.programs_in_progress()
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
            cells = [
                row.case_number,
                row.program_title,
                self._stage_text(row),
                row.facilitators,
                # A program only planned (recorded so, without the guide) has not begun.
                format_date(row.started_on) if row.started_on else self.tr("not started yet"),
            ]
            for c, text in enumerate(cells):
                self.table.setItem(r, c, QTableWidgetItem(text))
        # The case and the day keep their width; the program, where it stands and the team
        # share the rest and wrap, so that a long team never pushes «Начата» off the table.
        header = self.table.horizontalHeader()
        header.setMinimumSectionSize(60)
        for column, mode in enumerate(COLUMN_MODES):
            header.setSectionResizeMode(column, mode)
        self.table.resizeRowsToContents()
        if self.rows:
            ids = [row.program_id for row in self.rows]
            self.table.selectRow(ids.index(chosen_program) if chosen_program in ids else 0)
        self.empty.setVisible(not self.rows)
        self.resume.setEnabled(bool(self.rows))
        self.case_choice.clear()
        for case in self.desk.case_rows():
            if case.status == "open" and self.desk.may(Op.EDIT_CASE, case.id):
                self.case_choice.addItem(
                    self.tr("case No. {number}").format(number=case.number), case.id
                )
        self.case_choice.setCurrentIndex(max(0, self.case_choice.findData(chosen_case)))
        self.start_button.setEnabled(self.case_choice.count() > 0)
        self._fill_agenda()

    def _stage_text(self, row: ProgramRow) -> str:
        if not row.guided:
            return self.tr("recorded without the step-by-step guide")
        if row.stage_key is None:
            return self.tr("ready to close")
        if row.left:
            return self.tr("{stage} (left: {count})").format(stage=row.stage_title, count=row.left)
        return row.stage_title

    def _fill_agenda(self) -> None:
        """Planned meetings and follow-ups by date (overdue, this week, next weeks), then the
        meetings still without a date."""
        today = self.desk.today()
        _monday, sunday = week_bounds(today)
        agenda = self.desk.agenda(sunday + timedelta(weeks=AGENDA_WEEKS))
        self.agenda.clear()
        self.agenda.setHeaderLabels([self.tr("When"), self.tr("Case"), self.tr("What")])
        groups = {
            "overdue": self._group(self.tr("Overdue")),
            "week": self._group(self.tr("This week")),
            "later": self._group(self.tr("Next weeks")),
            "meetings": self._group(self.tr("Meetings still without a date")),
        }
        dated: list[tuple[date, str, str, str, int | None]] = [
            (due.due_on, "", due.case_number, due.note or self.tr("follow-up"), due.program_id)
            for due in agenda.follow_ups
        ]
        dated += [
            (m.meeting_on, m.at_time, m.case_number, self._meeting_text(m), m.program_id)
            for m in agenda.meetings
        ]
        # Follow-ups sort before meetings of the same day: they have no time.
        for day, at_time, number, text, program_id in sorted(dated, key=lambda d: d[:2]):
            key = "overdue" if day < today else "week" if day <= sunday else "later"
            when = f"{format_date(day)} {at_time}".strip()
            item = QTreeWidgetItem([when, number, text])
            item.setData(0, ROLE, program_id)
            groups[key].addChild(item)
        for row in agenda.to_arrange:
            item = QTreeWidgetItem(["—", row.case_number, self._stage_text(row)])
            item.setData(0, ROLE, row.program_id)
            groups["meetings"].addChild(item)
        for group in groups.values():
            # A heading with nothing under it only says «nothing»: it is not shown.
            group.setHidden(group.childCount() == 0)
            group.setExpanded(True)
        for column in range(2):
            self.agenda.resizeColumnToContents(column)

    def _meeting_text(self, meeting: PlannedMeeting) -> str:
        """«Встреча: Совместная встреча сторон (Восстановительная медиация) — с …; note»."""
        procedure = configured_procedures().get(meeting.program_type or "")
        what = self.tr("planned meeting")
        if procedure is not None:
            stage = next((s for s in procedure.stages if s.key == meeting.stage), None)
            what = f"{stage.title if stage else what} ({procedure.title})"
        invited = ", ".join(meeting.invited)
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
            if group.isHidden():
                continue
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

    def _opener(self) -> ProgramOpener:
        """The opener over the desk of whoever is signed in now."""
        self._say("")
        if self.opener is None or self.opener.desk is not self.desk:
            if self.opener is not None:
                self.opener.deleteLater()
            self.opener = ProgramOpener(self.desk, self)
            self.opener.window_opened.connect(self._track)
            self.opener.refused.connect(self._say)
        return self.opener

    def open_program(self, program_id: int) -> QDialog | None:
        """The wizard at the stage the program stands at (or set-up, if it has no state yet)."""
        return self._opener().open_program(program_id)

    def start_program(self, case_id: int | None) -> QDialog | None:
        if case_id is None or not self.session.is_open:
            return None
        return self._opener().start_program(case_id)

    def _track(self, window: QDialog) -> None:
        self.windows.append(window)
        window.finished.connect(lambda _result: self._closed(window))

    def _closed(self, window: QDialog) -> None:
        if window in self.windows:
            self.windows.remove(window)
        window.deleteLater()

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
