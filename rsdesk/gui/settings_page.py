"""The Settings area: interface language (applied at once and remembered)."""

from __future__ import annotations

from rsdesk.gui.forms.settings_page import Ui_SettingsPage
from rsdesk.gui.language import install_language
from rsdesk.gui.qt import QEvent, QWidget
from rsdesk.settings import LANGUAGES, Settings, save_settings


class SettingsPage(QWidget):
    def __init__(self, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.settings = settings
        self.ui = Ui_SettingsPage()
        self.ui.setupUi(self)
        self.ui.language.setCurrentIndex(LANGUAGES.index(settings.language))
        self.ui.language.currentIndexChanged.connect(self._language_chosen)

    def _language_chosen(self, index: int) -> None:
        self.settings.language = LANGUAGES[index]
        save_settings(self.settings)
        install_language(self.settings.language)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.ui.retranslateUi(self)
        super().changeEvent(event)
