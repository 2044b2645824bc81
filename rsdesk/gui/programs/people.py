"""Who takes part and where each person stands: awareness, consent, the stage held with them."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from rsdesk.gui.programs.controller import ProgramController, StepRefusedError
from rsdesk.gui.programs.fields import ERROR_STYLE, WrappingCheck
from rsdesk.gui.qt import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
    Signal,
)
from rsdesk.procedures import Stage

DONE_STYLE = "color: #1b5e20;"


def ru_stamp(stamp: str | None) -> str:
    return datetime.fromisoformat(stamp).strftime("%d.%m.%Y") if stamp else ""


class PeopleTable(QTableWidget):
    """One row per participant: explained, consented and, for a stage, met; pick one to act."""

    def __init__(self, controller: ProgramController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.stage: Stage | None = None
        self.ids: list[str] = []
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.verticalHeader().hide()
        self.setWordWrap(True)
        # Tab leaves the table for the checklist and the form; walking its cells would only
        # move the choice of person to the last row. The arrow keys choose the person.
        self.setTabKeyNavigation(False)

    def show_people(self, stage: Stage | None = None) -> None:
        """Everyone, or only the people a stage is held with (with a column for that stage)."""
        self.stage = stage
        run = self.controller.run
        self.ids = [
            pid for pid, p in run.participants.items() if stage is None or p.role in stage.for_roles
        ]
        headers = [self.tr("Participant"), self.tr("Explained"), self.tr("Consent")]
        if stage is not None:
            headers.append(self.tr("Stage held"))
        keep = self.current_id()
        self.clear()
        self.setColumnCount(len(headers))
        self.setHorizontalHeaderLabels(headers)
        self.setRowCount(len(self.ids))
        done = (
            {c["participant"]: c["at"] for c in run.completions.get(stage.key, [])} if stage else {}
        )
        for row, pid in enumerate(self.ids):
            aware = run.awareness.get(pid, {}).get("at")
            cells = [
                self.controller.describe(pid),
                self.tr("yes, {date}").format(date=ru_stamp(aware))
                if aware
                else self.tr("not yet"),
                self.tr("yes, {date}").format(date=ru_stamp(run.consents[pid]))
                if pid in run.consents
                else self.tr("not yet"),
            ]
            if stage is not None:
                cells.append(
                    self.tr("yes, {date}").format(date=ru_stamp(done[pid]))
                    if pid in done
                    else self.tr("not yet")
                )
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
    """Before consent the mediator explains and ticks each point; then records the consent."""

    changed = Signal()

    def __init__(self, controller: ProgramController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.pid: str | None = None
        self.heading = QLabel(wordWrap=True)
        self.heading.setStyleSheet("font-weight: bold;")
        self.checks = [WrappingCheck(item.label) for item in controller.procedure.awareness]
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
        if not writable:
            for check in self.checks:
                check.setEnabled(False)
        if consented:
            self.state.setText(
                self.tr("✓ Explained and consent given on {date}.").format(
                    date=ru_stamp(run.consents[pid])
                )
            )
        elif aware:
            self.state.setText(self.tr("✓ Explained. Now ask whether they agree to take part."))
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
        self._act(lambda: self.controller.aware(self.pid, items))  # type: ignore[arg-type]

    def _consent(self) -> None:
        self._act(lambda: self.controller.consent(self.pid))  # type: ignore[arg-type]

    def _act(self, step: Callable[[], None]) -> None:
        try:
            step()
        except StepRefusedError as refused:
            self._error("\n".join(refused.reasons))
            return
        self.show_person(self.pid)
        self.changed.emit()
        if self.consent.isVisible():
            self.consent.setFocus()


class PeopleDialog(QDialog):
    """«Участники и согласие»: everyone of the program, with awareness and consent to record."""

    def __init__(self, controller: ProgramController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Participants and consent"))
        self.resize(760, 620)
        intro = QLabel(
            self.tr(
                "Everyone who takes part must hear what the restorative approach is and what "
                "legal consequences taking part may have, and then agree; for a minor, their "
                "parent or legal representative agrees too. Choose a person to record it."
            ),
            wordWrap=True,
        )
        self.table = PeopleTable(controller)
        self.panel = ConsentPanel(controller)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table)
        layout.addWidget(self.panel)
        layout.addStretch(1)
        layout.addWidget(buttons)
        self.table.itemSelectionChanged.connect(
            lambda: self.panel.show_person(self.table.current_id())
        )
        self.panel.changed.connect(self._changed)
        self.table.show_people()
        self.panel.show_person(self.table.current_id())
        self.table.setFocus()

    def _changed(self) -> None:
        self.table.show_people()
