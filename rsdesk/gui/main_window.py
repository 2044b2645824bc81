"""The main window: navigation between the areas, menus, status bar."""

from __future__ import annotations

from rsdesk.gui.about import AboutDialog
from rsdesk.gui.areas import AREAS, EmptyState
from rsdesk.gui.forms.main_window import Ui_MainWindow
from rsdesk.gui.qt import QEvent, QIcon, QLabel, QMainWindow, QVBoxLayout, QWidget
from rsdesk.gui.settings_page import SettingsPage
from rsdesk.resources import resource
from rsdesk.settings import Settings


class MainWindow(QMainWindow):
    def __init__(self, settings: Settings) -> None:
        super().__init__()
        self.settings = settings
        self.ui = Ui_MainWindow()
        self.ui.setupUi(self)
        self.setWindowIcon(QIcon(str(resource("icons", "rsdesk.svg"))))
        self.pages: dict[str, QWidget] = {}
        for index, area in enumerate(AREAS):
            content = SettingsPage(settings) if area.key == "settings" else EmptyState(area)
            self._set_page(index, content)
            self.pages[area.key] = content
        actions = (
            self.ui.actionCases,
            self.ui.actionPrograms,
            self.ui.actionMediators,
            self.ui.actionStatistics,
            self.ui.actionSettings,
        )
        for index, action in enumerate(actions):
            action.triggered.connect(lambda _checked=False, i=index: self.show_area(i))
        self.ui.navigation.currentRowChanged.connect(self.ui.areas.setCurrentIndex)
        self.ui.actionAbout.triggered.connect(self.show_about)
        self.ui.actionQuit.triggered.connect(self.close)
        self.vault_status = QLabel()
        self.statusBar().addPermanentWidget(self.vault_status)
        self.show_area(0)
        self._retranslate()

    def _set_page(self, index: int, content: QWidget) -> None:
        page = self.ui.areas.widget(index)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(content)

    def show_area(self, index: int) -> None:
        self.ui.navigation.setCurrentRow(index)
        self.ui.navigation.setFocus()

    def current_area(self) -> str:
        return AREAS[self.ui.areas.currentIndex()].key

    def show_about(self) -> None:
        AboutDialog(self).exec()

    def _retranslate(self) -> None:
        self.vault_status.setText(self.tr("No service vault is open"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.ui.retranslateUi(self)
            self._retranslate()
        super().changeEvent(event)
