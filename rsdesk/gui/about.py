"""The About dialog: what rsdesk is, its version and licence."""

from __future__ import annotations

from rsdesk import __version__
from rsdesk.gui.forms.about_dialog import Ui_AboutDialog
from rsdesk.gui.qt import QDialog, QEvent, QWidget


class AboutDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_AboutDialog()
        self.ui.setupUi(self)
        self._fill()

    def _fill(self) -> None:
        self.ui.version.setText(self.ui.version.text().format(version=__version__))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.ui.retranslateUi(self)
            self._fill()
        super().changeEvent(event)
