"""«Начать программу…» and «Продолжить программу» for the case card."""

from __future__ import annotations

from rsdesk.access import Desk
from rsdesk.domain.roles import Op
from rsdesk.gui.programs.opener import ProgramOpener
from rsdesk.gui.qt import QDialog, QHBoxLayout, QMenu, QPushButton, QWidget
from rsdesk.gui.signed_in import allow


class ProgramButtons(QWidget):
    """Two buttons for the case card. Every step in the windows they open is an operation of
    the Desk, which the card hears of through the session's `changed`.

    On a case the user may not change (closed, waiting for the curator's sign-off) the second
    button opens the programs read-only, finished ones included. Until then a finished program
    opens too, to correct what it recorded: the button says «Открыть» when nothing is left to
    continue, and the menu marks the finished ones.
    """

    def __init__(self, desk: Desk, case_id: int, parent: QWidget) -> None:
        super().__init__(parent)
        self.desk = desk
        self.case_id = case_id
        self.start = QPushButton(self.tr("Start a pro&gram…"))
        self.resume = QPushButton(self.tr("Contin&ue the program"))
        self.menu = QMenu(self)
        self.opener = ProgramOpener(desk, self.window_parent())
        self.opener.window_opened.connect(self._opened)
        self.opener.refused.connect(self.resume.setToolTip)
        self.start.clicked.connect(lambda: self.start_program())
        self.resume.clicked.connect(self._resume_clicked)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.start)
        layout.addWidget(self.resume)
        self.opened: QDialog | None = None

    def update_state(self, case_open: bool = True) -> None:
        decision = self.desk.may(Op.EDIT_CASE, self.case_id)
        allow(self.start, decision, also=case_open)
        programs = self.desk.under_way(self.case_id)
        finished = {p.id for p in self.desk.programs_of(self.case_id) if p.status == "finished"}
        if not decision:
            self.resume.setText(self.tr("Vi&ew the program"))
            self.resume.setEnabled(bool(programs))
        else:
            going_on = any(p.program_id not in finished for p in programs)
            self.resume.setText(
                self.tr("Contin&ue the program")
                if going_on or not programs
                else self.tr("Op&en the program")
            )
            self.resume.setEnabled(case_open and bool(programs))
        self.menu.clear()
        for program in programs:
            title = program.title
            if decision and program.program_id in finished:
                title = self.tr("{program} (finished)").format(program=title)
            self.menu.addAction(title, lambda pid=program.program_id: self.open_program(pid))

    def _resume_clicked(self) -> None:
        programs = self.desk.under_way(self.case_id)
        if len(programs) == 1:
            self.open_program(programs[0].program_id)
        elif programs:
            self.menu.popup(self.resume.mapToGlobal(self.resume.rect().bottomLeft()))

    def start_program(self) -> QDialog | None:
        return self.opener.start_program(self.case_id)

    def open_program(self, program_id: int) -> QDialog | None:
        return self.opener.open_program(program_id)

    def _opened(self, window: QDialog) -> None:
        self.opened = window

    def window_parent(self) -> QWidget:
        return self.parentWidget() or self  # the case card
