"""«Начать программу…» and «Продолжить программу» for the case card."""

from __future__ import annotations

from collections.abc import Callable

from rsdesk.access import Desk, RoleRefused
from rsdesk.domain.roles import Op
from rsdesk.gui.programs.controller import ProgramController
from rsdesk.gui.programs.start_dialog import StartProgramDialog
from rsdesk.gui.programs.store import get_program, procedures
from rsdesk.gui.programs.wizard import ProgramWizard
from rsdesk.gui.qt import QDialog, QHBoxLayout, QMenu, QPushButton, QWidget
from rsdesk.gui.signed_in import allow
from rsdesk.storage.cases import programs_of


class ProgramButtons(QWidget):
    """Two buttons for the case card; `on_saved` is called after every saved step.

    On a case the user may not change (closed, waiting for the curator's sign-off) the second
    button opens the programs read-only, finished ones included.
    """

    def __init__(
        self,
        desk: Desk,
        case_id: int,
        on_saved: Callable[[], None],
        parent: QWidget,
    ) -> None:
        super().__init__(parent)
        self.desk = desk
        self.db = self.desk.db
        self.case_id, self.on_saved = case_id, on_saved
        self.start = QPushButton(self.tr("Start a pro&gram…"))
        self.resume = QPushButton(self.tr("Contin&ue the program"))
        self.menu = QMenu(self)
        self.start.clicked.connect(lambda: self.start_program())
        self.resume.clicked.connect(self._resume_clicked)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.start)
        layout.addWidget(self.resume)
        self.opened: QDialog | None = None

    def editable(self) -> bool:
        return bool(self.desk.may(Op.EDIT_CASE, self.case_id))

    def under_way(self) -> list[tuple[int, str]]:
        """The programs to continue; on a read-only case, every program the wizard ran."""
        editable = self.editable()
        return [
            (p.id, procedures()[p.program_type].title)
            for p in programs_of(self.db, self.case_id)
            if (p.status != "finished" or not editable)
            and p.id is not None
            and p.program_type in procedures()
            and (editable or self.desk.program_state(p.id))
        ]

    def update_state(self, case_open: bool = True) -> None:
        decision = self.desk.may(Op.EDIT_CASE, self.case_id)
        allow(self.start, decision, also=case_open)
        programs = self.under_way()
        if decision:
            self.resume.setText(self.tr("Contin&ue the program"))
            self.resume.setEnabled(case_open and bool(programs))
        else:
            self.resume.setText(self.tr("Vi&ew the program"))
            self.resume.setEnabled(bool(programs))
        self.menu.clear()
        for program_id, title in programs:
            self.menu.addAction(title, lambda pid=program_id: self.open_program(pid))

    def _resume_clicked(self) -> None:
        programs = self.under_way()
        if len(programs) == 1:
            self.open_program(programs[0][0])
        elif programs:
            self.menu.popup(self.resume.mapToGlobal(self.resume.rect().bottomLeft()))

    def start_program(self, existing: int | None = None) -> QDialog:
        dialog = StartProgramDialog(
            self.desk,
            self.case_id,
            self.on_saved,
            self.window_parent(),
            existing=get_program(self.db, existing) if existing else None,
        )
        dialog.accepted.connect(lambda: self.open_program(dialog.program_id))
        self.opened = dialog
        dialog.open()
        return dialog

    def open_program(self, program_id: int | None) -> QDialog | None:
        if program_id is None:
            return None
        try:
            controller = ProgramController(self.desk, program_id, self.on_saved)
        except RoleRefused as error:
            self.resume.setToolTip(error.message)
            return None
        except LookupError:
            if not self.editable():
                return None
            return self.start_program(existing=program_id)
        wizard = ProgramWizard(controller, self.window_parent())
        self.opened = wizard
        wizard.open()
        return wizard

    def window_parent(self) -> QWidget:
        return self.parentWidget() or self  # the case card
