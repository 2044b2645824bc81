"""The «Обращения и случаи» area: overview, requests of a year, and the case list."""

from __future__ import annotations

from datetime import date

from sqlite_utils import Database

from rsdesk.gui.cases.case_card import CaseCardDialog
from rsdesk.gui.cases.case_list import CaseList
from rsdesk.gui.cases.request_list import RequestList
from rsdesk.gui.cases.start_panel import StartPanel
from rsdesk.gui.qt import QEvent, QKeySequence, QShortcut, QTabWidget, QVBoxLayout, QWidget
from rsdesk.gui.session import VaultSession
from rsdesk.storage.queries import case_rows, case_years, request_rows, request_years, start_page
from rsdesk.storage.roster import list_mediators


class CasesArea(QWidget):
    def __init__(self, session: VaultSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.start = StartPanel()
        self.requests = RequestList()
        self.cases = CaseList()
        self.tabs = QTabWidget(objectName="casesTabs")
        self.tabs.addTab(self.start, "")
        self.tabs.addTab(self.requests, "")
        self.tabs.addTab(self.cases, "")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 12, 12, 12)
        layout.addWidget(self.tabs)
        self.start.case_activated.connect(self.open_case)
        self.cases.case_activated.connect(self.open_case)
        self.requests.new_request.connect(self.new_request)
        self.requests.decide.connect(self.decide)
        self.requests.edit_request.connect(self.edit_request)
        self.requests.year_changed.connect(self._load_requests)
        QShortcut(QKeySequence("Ctrl+N"), self, self.new_request)
        QShortcut(QKeySequence("Ctrl+F"), self, self.focus_search)
        self._retranslate()

    @property
    def db(self) -> Database:
        assert self.session.vault is not None
        return self.session.vault.db

    def refresh(self) -> None:
        db = self.db
        self.start.show_page(start_page(db))
        self.requests.set_years(
            request_years(db), self.requests.selected_year() or date.today().year
        )
        self._load_requests()
        mediators = [(m.id, m.full_name) for m in list_mediators(db) if m.id is not None]
        self.cases.set_data(case_rows(db), case_years(db), mediators)

    def _load_requests(self) -> None:
        if self.session.is_open:
            self.requests.set_rows(request_rows(self.db, self.requests.selected_year()))

    def clear(self) -> None:
        self.start.clear()
        self.requests.set_rows([])
        self.cases.clear()

    def _saved_change(self) -> None:
        self.session.changed()
        self.refresh()

    def focus_search(self) -> None:
        self.tabs.setCurrentWidget(self.cases)
        self.cases.search.setFocus()

    def new_request(self) -> None:
        if not self.session.is_open:
            return
        from rsdesk.gui.requests import RequestDialog

        dialog = RequestDialog(self.db, parent=self)
        if dialog.exec() and dialog.request_id is not None:
            self._saved_change()
            self.tabs.setCurrentWidget(self.requests)

    def edit_request(self, request_id: int) -> None:
        from rsdesk.gui.requests import RequestDialog

        if RequestDialog(self.db, request_id=request_id, parent=self).exec():
            self._saved_change()

    def decide(self, request_id: int) -> None:
        from rsdesk.gui.requests import DecisionDialog

        dialog = DecisionDialog(self.db, request_id, parent=self)
        if dialog.exec():
            self._saved_change()
            if getattr(dialog, "case_id", None):
                self.open_case(dialog.case_id)

    def open_case(self, case_id: int) -> None:
        CaseCardDialog(self.db, case_id, self._saved_change, self, self.session).exec()

    def _retranslate(self) -> None:
        self.tabs.setTabText(0, self.tr("&Overview"))
        self.tabs.setTabText(1, self.tr("&Requests"))
        self.tabs.setTabText(2, self.tr("&Cases"))
        self.requests.retranslate()
        self.cases.retranslate()
        self.start.retranslate()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)
