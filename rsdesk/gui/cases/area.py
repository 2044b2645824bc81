"""The «Заявки и случаи» area: overview, requests of a year, and the case list.

Everything is read and written through the signed-in user's desk, so a mediator's lists
hold only their own cases and a young mediator sees no requests at all. The area redraws when
the desk says a change touched what it shows, whichever screen made it.
"""

from __future__ import annotations

from rsdesk.access import Desk, RoleRefused
from rsdesk.domain.changes import CASES, PROGRAMS, REQUESTS, ROSTER, Change
from rsdesk.domain.roles import Op
from rsdesk.gui.cases.case_card import CaseCardDialog
from rsdesk.gui.cases.case_list import CaseList
from rsdesk.gui.cases.deleted_dialog import DeletedCasesDialog, UndoBar
from rsdesk.gui.cases.request_list import RequestList
from rsdesk.gui.cases.start_panel import StartPanel
from rsdesk.gui.qt import (
    QDialog,
    QEvent,
    QKeySequence,
    QMessageBox,
    QShortcut,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)
from rsdesk.gui.session import VaultSession

# What the area shows: the lists, the overview's figures, the mediators' names in both.
SHOWN = (CASES, REQUESTS, PROGRAMS, ROSTER)


def run(dialog: QDialog) -> bool:
    """Show a modal dialog; once answered it goes, so no closed form lingers in the area."""
    answered = bool(dialog.exec())
    dialog.deleteLater()
    return answered


class CasesArea(QWidget):
    def __init__(self, session: VaultSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.start = StartPanel(session)
        self.requests = RequestList()
        self.cases = CaseList()
        self.undo_bar = UndoBar(session)
        self.tabs = QTabWidget(objectName="casesTabs")
        self.tabs.addTab(self.start, "")
        self.tabs.addTab(self.requests, "")
        self.tabs.addTab(self.cases, "")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 12, 12, 12)
        layout.addWidget(self.undo_bar)
        layout.addWidget(self.tabs)
        self.start.case_activated.connect(self.open_case)
        self.cases.case_activated.connect(self.open_case)
        self.cases.show_deleted.connect(self.show_deleted)
        self.requests.new_request.connect(self.new_request)
        self.requests.decide.connect(self.decide)
        self.requests.edit_request.connect(self.edit_request)
        self.requests.year_changed.connect(self._load_requests)
        self.user_id: int | None = None  # whose lists are shown
        self.card: CaseCardDialog | None = None  # the card open now: one at a time
        # The desk the lists were read from: a change heard from another one (a new sign-in
        # before the window has shown it) waits for the window's own refresh.
        self.shown_desk: Desk | None = None
        session.changed.connect(self._changed)
        QShortcut(QKeySequence("Ctrl+N"), self, self.new_request)
        QShortcut(QKeySequence("Ctrl+F"), self, self.focus_search)
        self._retranslate()

    @property
    def desk(self) -> Desk:
        assert self.session.desk is not None
        return self.session.desk

    def may(self, op: Op) -> bool:
        return self.session.desk is not None and bool(self.session.desk.may(op))

    def refresh(self) -> None:
        desk = self.desk
        self.shown_desk = desk
        if desk.actor.user_id != self.user_id:
            # Someone else signed in: they start at the overview (for the curator, the
            # sign-off queue), not on the tab the previous user left open.
            self.user_id = desk.actor.user_id
            self.tabs.setCurrentWidget(self.start)
            self.undo_bar.clear()
        rows = desk.case_rows()
        sees_requests = self.may(Op.VIEW_REQUESTS)
        self.start.show_page(
            desk.start_page(),
            sees_requests=sees_requests,
            signoffs=desk.pending_signoffs() if desk.is_curator else None,
        )
        # A young mediator has no requests tab, no «new request» and no Ctrl+N.
        self.tabs.setTabVisible(self.tabs.indexOf(self.requests), sees_requests)
        self.requests.add.setVisible(self.may(Op.REGISTER_REQUEST))
        if sees_requests:
            self.requests.set_years(
                desk.request_years(), self.requests.selected_year() or desk.today().year
            )
            self._load_requests()
        else:
            self.requests.set_rows([])
        mediators = [(m.id, m.full_name) for m in desk.list_mediators() if m.id is not None]
        years = sorted({row.year for row in rows}, reverse=True)
        self.cases.set_data(rows, years, mediators)
        self.cases.deleted.setVisible(self.may(Op.VIEW_DELETED))

    def _load_requests(self) -> None:
        if self.session.is_open and self.may(Op.VIEW_REQUESTS):
            self.requests.set_rows(self.desk.request_rows(self.requests.selected_year()))

    def clear(self) -> None:
        self.shown_desk = None
        self.start.clear()
        self.requests.set_rows([])
        self.cases.clear()
        self.undo_bar.clear()

    def _changed(self, change: Change) -> None:
        live = self.shown_desk is not None and self.session.desk is self.shown_desk
        if live and change.touches(*SHOWN):
            self.refresh()

    def focus_search(self) -> None:
        self.tabs.setCurrentWidget(self.cases)
        self.cases.search.setFocus()

    def new_request(self) -> None:
        if not self.session.is_open or not self.may(Op.REGISTER_REQUEST):
            return
        from rsdesk.gui.requests import RequestDialog

        dialog = RequestDialog(self.desk, parent=self)
        if run(dialog) and dialog.request_id is not None:
            self.tabs.setCurrentWidget(self.requests)

    def edit_request(self, request_id: int) -> None:
        from rsdesk.gui.requests import RequestDialog

        run(RequestDialog(self.desk, request_id=request_id, parent=self))

    def decide(self, request_id: int) -> None:
        # An adult mediator may open it too: the dialog shows the request and says that
        # the curator decides.
        from rsdesk.gui.requests import DecisionDialog

        dialog = DecisionDialog(self.desk, request_id, parent=self)
        if run(dialog) and dialog.case_id is not None:
            self.open_case(dialog.case_id)

    def open_case(self, case_id: int) -> None:
        # A card is modal, yet an activation queued behind it (a second click, a list that
        # redrew under it) would open another one once it closes.
        if self.card is not None:
            return
        try:
            card = CaseCardDialog(self.session, case_id, self)
        except RoleRefused as error:
            QMessageBox.warning(self, self.tr("The case cannot be opened"), error.message)
            return
        card.case_deleted.connect(self.undo_bar.show_deleted)
        self.card = card
        try:
            run(card)
        finally:
            self.card = None

    def show_deleted(self) -> None:
        dialog = DeletedCasesDialog(self.session, self)
        run(dialog)  # the lists heard of each restored case already
        if dialog.restored_any:
            self.undo_bar.clear()

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
            if self.shown_desk is not None and self.session.desk is self.shown_desk:
                self.refresh()  # the search holds the situations' labels in the language
        super().changeEvent(event)
