"""Opening a program: its wizard, or the start dialog when it has none yet (the one way in)."""

from __future__ import annotations

from rsdesk.access import Desk
from rsdesk.domain.programs import NotGuided
from rsdesk.domain.refusals import Refused
from rsdesk.domain.roles import Op
from rsdesk.gui.programs.controller import ProgramController
from rsdesk.gui.programs.start_dialog import StartProgramDialog
from rsdesk.gui.programs.wizard import ProgramWizard
from rsdesk.gui.qt import QDialog, QObject, QWidget, Signal


class ProgramOpener(QObject):
    """Opens program windows over `parent` for the programs area and the case card alike.

    `window_opened` carries each window opened (a wizard, or the start dialog, which opens
    the wizard once the program starts); `refused` says in words why nothing opened.
    """

    window_opened = Signal(QDialog)
    refused = Signal(str)

    def __init__(self, desk: Desk, parent: QWidget) -> None:
        super().__init__(parent)
        self.desk = desk
        self.host = parent

    def open_program(self, program_id: int | None) -> QDialog | None:
        """The wizard at the stage the program stands at (set-up, if it has no state yet)."""
        if program_id is None:
            return None
        try:
            controller = ProgramController(self.desk, program_id)
        except NotGuided as missing:
            return self.start_program(missing.case_id, existing=program_id)
        except Refused as refusal:
            self.refused.emit(refusal.message)
            return None
        return self._show(ProgramWizard(controller, self.host))

    def start_program(self, case_id: int | None, existing: int | None = None) -> QDialog | None:
        """The start dialog for a case (or for a program recorded without the guide)."""
        if case_id is None:
            return None
        decision = self.desk.may(Op.EDIT_CASE, case_id)
        if not decision:
            self.refused.emit(decision.reason)
            return None
        dialog = StartProgramDialog(self.desk, case_id, self.host, existing=existing)
        dialog.accepted.connect(lambda: self.open_program(dialog.program_id))
        return self._show(dialog)

    def _show(self, window: QDialog) -> QDialog:
        self.window_opened.emit(window)
        window.open()
        return window
