"""The «Статистика» area: the service's report (needs an open vault) and the regional summary."""

from __future__ import annotations

from rsdesk.gui.qt import QEvent, QTabWidget, QVBoxLayout, QWidget
from rsdesk.gui.session import VaultSession
from rsdesk.gui.stats.regional_panel import RegionalPanel
from rsdesk.gui.stats.service_panel import ServiceExportPanel


class StatisticsArea(QWidget):
    """Shown with or without an open vault (main_window.OPEN_AREAS).

    Locking clears the service's figures only: the regional summary is made of files the
    services sent, not of this vault's records, so it stays.
    """

    def __init__(self, session: VaultSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.service = ServiceExportPanel(session)
        self.regional = RegionalPanel()
        self.tabs = QTabWidget(objectName="statsTabs")
        self.tabs.addTab(self.service, "")
        self.tabs.addTab(self.regional, "")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 12, 12, 12)
        layout.addWidget(self.tabs)
        self._retranslate()

    def refresh(self) -> None:
        self.service.refresh()

    def clear(self) -> None:
        self.service.clear()

    def _retranslate(self) -> None:
        self.tabs.setTabText(0, self.tr("Service &report"))
        self.tabs.setTabText(1, self.tr("Regional &summary"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)
