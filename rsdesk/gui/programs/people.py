"""Who takes part and where each person stands: awareness, consent, the stage held with them."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

from rsdesk.gui.dates import DateEdit, format_date
from rsdesk.gui.programs.controller import ProgramController, StepRefusedError
from rsdesk.gui.programs.fields import ERROR_STYLE, WrappingCheck, day_text
from rsdesk.gui.programs.joining import JoinDialog
from rsdesk.gui.qt import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QScrollArea,
    QShowEvent,
    QSize,
    Qt,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
    Signal,
)
from rsdesk.gui.screen_fit import fit_to_screen
from rsdesk.procedures import Stage

DONE_STYLE = "color: #1b5e20;"


class PeopleTable(QTableWidget):
    """One row per participant: explained, consented and, for a stage, met; pick one to act.

    `person_changed` is said only when the chosen person changes: the table is rebuilt after
    every step, and a page that reloaded its form on each rebuild would lose what was typed.
    """

    person_changed = Signal()

    def __init__(self, controller: ProgramController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.stage: Stage | None = None
        self.ids: list[str] = []
        self._chosen: str | None = None
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.verticalHeader().hide()
        self.setWordWrap(True)
        # Tab leaves the table for the checklist and the form; walking its cells would only
        # move the choice of person to the last row. The arrow keys choose the person.
        self.setTabKeyNavigation(False)
        self.itemSelectionChanged.connect(self._selection_changed)

    def _selection_changed(self) -> None:
        if self.signalsBlocked():
            return
        chosen = self.current_id()
        if chosen != self._chosen:
            self._chosen = chosen
            self.person_changed.emit()

    def show_people(self, stage: Stage | None = None) -> None:
        """Everyone, or only the people the core holds a stage with (and a column for it)."""
        self.stage = stage
        run = self.controller.run
        self.ids = list(run.participants) if stage is None else self.controller.holders(stage)
        headers = [self.tr("Participant"), self.tr("Explained"), self.tr("Consent")]
        if stage is not None:
            headers.append(self.tr("Stage held"))
        keep = self.current_id()
        done = {c["participant"]: c for c in run.completions.get(stage.key, [])} if stage else {}
        self.blockSignals(True)
        self.clear()
        self.setColumnCount(len(headers))
        self.setHorizontalHeaderLabels(headers)
        self.setRowCount(len(self.ids))
        for row, pid in enumerate(self.ids):
            cells = [
                self.controller.describe(pid),
                self._yes(run.awareness.get(pid)),
                self._yes(run.consents.get(pid)),
            ]
            if stage is not None:
                cells.append(self._yes(done.get(pid)))
            for column, text in enumerate(cells):
                self.setItem(row, column, QTableWidgetItem(text))
        header = self.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in range(1, len(headers)):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.resizeRowsToContents()
        height = self.horizontalHeader().height() + sum(
            self.rowHeight(r) for r in range(self.rowCount())
        )
        self.setFixedHeight(min(height + 4, 220))
        self.select(keep if keep in self.ids else self._first_pending())
        self.blockSignals(False)
        self._selection_changed()

    def _yes(self, record: Mapping[str, Any] | None) -> str:
        # The day alone says «yes, on that day»: the column's title says what happened.
        return day_text(record) if record else self.tr("not yet")

    def _first_pending(self) -> str | None:
        if self.stage is not None:
            pending = self.controller.pending(self.stage)
            if pending:
                return pending[0]
        missing = [pid for pid in self.ids if pid not in self.controller.run.consents]
        return (missing or self.ids or [None])[0]

    def select(self, pid: str | None) -> None:
        if pid in self.ids:
            self.selectRow(self.ids.index(pid))

    def current_id(self) -> str | None:
        rows = self.selectionModel().selectedRows() if self.selectionModel() else []
        return self.ids[rows[0].row()] if rows and rows[0].row() < len(self.ids) else None


class ConsentPanel(QWidget):
    """Before consent the mediator explains and ticks each point; then records the consent.

    `day` is the editor of the day it happens: a stage's own date when the consent is given at
    its meeting, else the panel's own «Дата» row.
    """

    changed = Signal()

    def __init__(
        self,
        controller: ProgramController,
        day: Callable[[], DateEdit] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.controller = controller
        self.pid: str | None = None
        self.heading = QLabel(wordWrap=True)
        self.heading.setStyleSheet("font-weight: bold;")
        self.checks = [WrappingCheck(item.label) for item in controller.procedure.awareness]
        self.own_day: DateEdit | None = None
        self.day_label: QLabel | None = None
        if day is None:
            self.own_day = controller.bounds().editor()
            self.day_label = QLabel(self.tr("Da&te of the talk:"))
            self.day_label.setBuddy(self.own_day.line)
        own = self.own_day
        self.day: Callable[[], DateEdit] = day or (lambda: own)  # type: ignore[return-value]
        # Their Alt+letters must differ from those of the stage page shown beside them.
        self.explained = QPushButton(self.tr("All of this is exp&lained"))
        self.consent = QPushButton(self.tr("&Consent given"))
        self.state = QLabel(wordWrap=True, styleSheet=DONE_STYLE)
        self.error = QLabel(wordWrap=True, visible=False, styleSheet=ERROR_STYLE)
        self.explained.clicked.connect(self._explained)
        self.consent.clicked.connect(self._consent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.heading)
        for check in self.checks:
            layout.addWidget(check)
        if self.own_day is not None and self.day_label is not None:
            row = QHBoxLayout()
            row.addWidget(self.day_label)
            row.addWidget(self.own_day)
            row.addStretch(1)
            layout.addLayout(row)
        buttons = QHBoxLayout()
        buttons.addWidget(self.explained)
        buttons.addWidget(self.consent)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        layout.addWidget(self.state)
        layout.addWidget(self.error)

    def show_person(self, pid: str | None) -> None:
        self.pid = pid
        run = self.controller.run
        self.setVisible(pid is not None)
        if pid is None:
            return
        aware = pid in run.awareness
        consented = pid in run.consents
        self.heading.setText(
            self.tr("Before asking {name} for consent, explain:").format(
                name=self.controller.name(pid)
            )
        )
        done = set(run.awareness.get(pid, {}).get("items", []))
        # Once consent is given the checklist has done its job; only the result stays.
        self.heading.setVisible(not consented)
        for check, item in zip(self.checks, self.controller.procedure.awareness, strict=True):
            check.box.setChecked(item.key in done)
            check.setEnabled(not aware)
            check.setVisible(not consented)
        writable = not self.controller.read_only
        self.explained.setVisible(not aware and writable)
        self.consent.setVisible(aware and not consented and writable)
        if self.own_day is not None and self.day_label is not None:
            for widget in (self.own_day, self.day_label):
                widget.setVisible(not consented and writable)
        if not writable:
            for check in self.checks:
                check.setEnabled(False)
        if consented:
            self.state.setText(
                self.tr("✓ Explained and consent given on {date}.").format(
                    date=format_date(run.consent_day(pid))
                )
            )
        elif aware:
            self.state.setText(
                self.tr("✓ Explained on {date}. Now ask whether they agree to take part.").format(
                    date=format_date(run.awareness_day(pid))
                )
            )
        else:
            self.state.setText("")
        self.state.setVisible(bool(self.state.text()))
        self._error("")

    def _error(self, text: str) -> None:
        self.error.setText(text)
        self.error.setVisible(bool(text))

    def _explained(self) -> None:
        items = [
            item.key
            for check, item in zip(self.checks, self.controller.procedure.awareness, strict=True)
            if check.box.isChecked()
        ]
        self._act(lambda day: self.controller.aware(self.pid, items, day))  # type: ignore[arg-type]

    def _consent(self) -> None:
        self._act(lambda day: self.controller.consent(self.pid, day))  # type: ignore[arg-type]

    def _act(self, step: Callable[[Any], None]) -> None:
        day = self.day()
        if day.problem():
            self._error(day.problem())
            day.setFocus()
            return
        try:
            step(day.value())
        except StepRefusedError as refused:
            self._error("\n".join(refused.reasons))
            return
        self.show_person(self.pid)
        self.changed.emit()
        if self.consent.isVisible():
            self.consent.setFocus()


class PeopleDialog(QDialog):
    """«Участники и согласие»: everyone of the program, with awareness and consent to record,
    and the people of the case not in the program yet, to add."""

    def __init__(self, controller: ProgramController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        controller.reread()  # the case card may have added someone since the wizard opened
        self.setWindowTitle(self.tr("Participants and consent"))
        intro = QLabel(
            self.tr(
                "Everyone who takes part must hear what the restorative approach is and what "
                "legal consequences taking part may have, and then agree; for a minor, their "
                "parent or legal representative agrees too. Choose a person to record it."
            ),
            wordWrap=True,
        )
        self.table = PeopleTable(controller)
        self.none_chosen = QLabel(
            self.tr("Choose a participant in the table to record what was explained to them."),
            wordWrap=True,
            objectName="noneChosen",
        )
        self.panel = ConsentPanel(controller)
        self.add_button = QPushButton(self.tr("A&dd to the program…"))
        self.add_button.clicked.connect(self.add_person)
        self.newcomers_note = QLabel(wordWrap=True, objectName="newcomersNote")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Close"))
        buttons.rejected.connect(self.reject)
        self.buttons = buttons
        content = QWidget()
        column = QVBoxLayout(content)
        column.addWidget(intro)
        column.addWidget(self.table)
        adding = QHBoxLayout()
        adding.addWidget(self.newcomers_note, 1)
        adding.addWidget(self.add_button)
        column.addLayout(adding)
        column.addWidget(self.none_chosen)
        column.addWidget(self.panel)
        column.addStretch(1)
        scroll = QScrollArea(widgetResizable=True, frameShape=QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        scroll.setWidget(content)
        layout = QVBoxLayout(self)
        layout.addWidget(scroll, 1)
        layout.addWidget(buttons)
        self.table.person_changed.connect(self._person_changed)
        self.panel.changed.connect(self._changed)
        self._changed()
        self.table.setFocus()
        self._fitted = False

    def sizeHint(self) -> QSize:
        return QSize(780, 640)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._fitted:
            self._fitted = True
            fit_to_screen(self)

    def _person_changed(self) -> None:
        pid = self.table.current_id()
        self.panel.show_person(pid)
        self.none_chosen.setVisible(pid is None)

    def _changed(self) -> None:
        self.table.show_people()
        self._person_changed()
        waiting = self.controller.newcomers()
        writable = not self.controller.read_only
        self.add_button.setVisible(writable)
        self.add_button.setEnabled(bool(waiting))
        if waiting:
            names = ", ".join(person.full_name for person in waiting)
            self.newcomers_note.setText(
                self.tr("In the case but not in the program: {names}.").format(names=names)
            )
        else:
            self.newcomers_note.setText(
                self.tr(
                    "Everyone of the case takes part. To add someone new, add them to the "
                    "case in its card first."
                )
            )
        self.newcomers_note.setVisible(writable)

    def add_person(self) -> None:
        dialog = JoinDialog(self.controller, self)
        if dialog.exec():
            self._changed()
            self.table.select(dialog.joined)
