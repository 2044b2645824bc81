"""The Settings area: interface language and auto-lock (applied at once, remembered)."""

from __future__ import annotations

from rsdesk.gui.forms.settings_page import Ui_SettingsPage
from rsdesk.gui.language import install_language
from rsdesk.gui.qt import QEvent, QWidget, Signal
from rsdesk.settings import LANGUAGES, Settings, save_settings


class SettingsPage(QWidget):
    auto_lock_changed = Signal(int)

    def __init__(self, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.settings = settings
        self.ui = Ui_SettingsPage()
        self.ui.setupUi(self)
        self.ui.language.setCurrentIndex(LANGUAGES.index(settings.language))
        self.ui.language.currentIndexChanged.connect(self._language_chosen)
        self.ui.autoLock.setValue(settings.auto_lock_minutes)
        self.ui.autoLock.valueChanged.connect(self._auto_lock_chosen)

    def _language_chosen(self, index: int) -> None:
        self.settings.language = LANGUAGES[index]
        save_settings(self.settings)
        install_language(self.settings.language)

    def _auto_lock_chosen(self, minutes: int) -> None:
        self.settings.auto_lock_minutes = minutes
        save_settings(self.settings)
        self.auto_lock_changed.emit(minutes)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.ui.retranslateUi(self)
        super().changeEvent(event)
