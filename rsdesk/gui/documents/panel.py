"""The «Документы» tab of a case card: make, list, show and export the case's documents."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from rsdesk.domain.changes import CASES, Change
from rsdesk.domain.refusals import Refused
from rsdesk.domain.register import Document
from rsdesk.domain.roles import Decision, Op
from rsdesk.gui.dates import format_date

# reportlab and the document modules load on first use, not when the window starts.
from rsdesk.gui.documents import lazy as docs
from rsdesk.gui.documents.export import ExportDialog, choose_pdf_target, suggested_name
from rsdesk.gui.documents.supervision_check import SupervisionCheck
from rsdesk.gui.documents.viewer import DocumentViewer
from rsdesk.gui.gate import describe_error
from rsdesk.gui.qt import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMenu,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
    Signal,
)
from rsdesk.gui.session import VaultSession
from rsdesk.gui.worker import run_in_background
from rsdesk.vault.errors import VaultError

if TYPE_CHECKING:
    from rsdesk.documents.choices import Choice
    from rsdesk.vault import Vault

ERROR_STYLE = "color: #b00020;"


class DocumentsPanel(QWidget):
    """Documents are rendered in a worker and kept as encrypted attachments of the vault.

    Through the signed-in user's desk: whoever may see the case makes its documents; they are
    kept with the case only while the user may change it. On a read-only case (closed, or
    waiting for the curator's sign-off) a made document is shown, to read or export, and not
    kept.
    """

    # Emitted on the GUI thread when a document has been recorded (tests and the card wait).
    document_made = Signal(object)
    exported = Signal(object)

    def __init__(self, session: VaultSession, case_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.case_id = case_id
        self.documents: list[Document] = []
        self.busy = False
        self.checking: SupervisionCheck | None = None  # the supervision texts being read
        self.shown: DocumentViewer | None = None  # a document of a read-only case, not kept
        self.hint = QLabel(
            self.tr(
                "Consents, agreements and reports to the referring body made for this case are "
                "kept here, encrypted inside the service file. «Open» shows a document without "
                "saving it anywhere; «Export» writes a copy outside the service file."
            ),
            wordWrap=True,
        )
        self.table = QTableWidget(0, 2, objectName="documentsTable")
        self.table.setHorizontalHeaderLabels([self.tr("Document"), self.tr("Made")])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.setAlternatingRowColors(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.table.doubleClicked.connect(lambda _index: self.open_selected())
        self.menu = QMenu(self)
        self.make_button = QPushButton(self.tr("&Make…"), objectName="makeDocument")
        self.make_button.setMenu(self.menu)
        self.menu.aboutToShow.connect(self.fill_menu)
        self.open_button = QPushButton(self.tr("&Open"), objectName="openDocument")
        self.export_button = QPushButton(self.tr("E&xport…"), objectName="exportDocument")
        self.open_button.clicked.connect(self.open_selected)
        self.export_button.clicked.connect(self.export_selected)
        self.status = QLabel(wordWrap=True, objectName="documentsStatus")
        self.read_only = QLabel(wordWrap=True, visible=False, objectName="documentsReadOnly")
        buttons = QHBoxLayout()
        for button in (self.make_button, self.open_button, self.export_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.hint)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        layout.addWidget(self.read_only)
        layout.addWidget(self.status)
        self.reload()
        # The case changed (a document kept, the case closed, signed off): list it again.
        session.changed.connect(self._heard)

    # --- what the user may do -----------------------------------------------------------------

    def _may(self, op: Op) -> Decision:
        desk = self.session.desk
        if desk is None or not self.session.is_open:
            return Decision(False)
        return desk.may(op, self.case_id)

    def may_make(self) -> Decision:
        return self._may(Op.VIEW_CASE)

    def may_keep(self) -> Decision:
        """Keeping a document with the case changes the case."""
        return self._may(Op.EDIT_CASE)

    # --- listing ------------------------------------------------------------------------------

    def _heard(self, change: Change) -> None:
        if change.touches(CASES) and (not change.case_ids or self.case_id in change.case_ids):
            self.reload()

    def reload(self) -> None:
        desk = self.session.desk
        try:
            found = desk.documents_of(self.case_id) if desk and self.session.is_open else ()
        except Refused as error:
            found = ()
            self._say(error.message, error=True)
        self.documents = list(found)
        self.table.setRowCount(len(self.documents))
        for row, document in enumerate(self.documents):
            title = document.title
            if not document.attachment:  # recorded as signed on paper, no file kept here
                title += " " + self.tr("(on paper, no file attached)")
            self.table.setItem(row, 0, QTableWidgetItem(title))
            self.table.setItem(row, 1, QTableWidgetItem(format_date(document.created_on)))
        self._update_buttons()

    def selected(self) -> Document | None:
        rows = self.table.selectionModel().selectedRows()
        return self.documents[rows[0].row()] if rows else None

    def select(self, document_id: int | None) -> None:
        for row, document in enumerate(self.documents):
            if document.id == document_id:
                self.table.selectRow(row)

    def _update_buttons(self) -> None:
        document = self.selected()
        chosen = document is not None and bool(document.attachment) and self.session.is_open
        make = self.may_make()
        self.make_button.setEnabled(bool(make) and not self.busy)
        self.make_button.setToolTip(make.reason)
        keep = self.may_keep()
        note = ""
        if make and not keep and keep.reason:
            note = self.tr(
                "{reason} Documents made now are shown to read or export, not kept here."
            ).format(reason=keep.reason)
        self.read_only.setText(note)
        self.read_only.setVisible(bool(note))
        self.open_button.setEnabled(chosen)
        self.export_button.setEnabled(chosen and not self.busy)

    def _say(self, text: str, *, error: bool = False) -> None:
        self.status.setStyleSheet(ERROR_STYLE if error else "")
        self.status.setText(text)

    # --- making -------------------------------------------------------------------------------

    def choices(self) -> list[Choice]:
        desk = self.session.desk
        if desk is None or not self.session.is_open:
            return []
        try:
            return desk.document_choices(self.case_id)
        except Refused as error:
            self._say(error.message, error=True)
            return []

    def fill_menu(self) -> None:
        """Built when the menu opens, so it follows what the case holds right now."""
        self.menu.clear()
        for choice in self.choices():
            action = self.menu.addAction(choice.label)
            action.triggered.connect(lambda _checked=False, c=choice: self.make(c))

    def make(self, choice: Choice) -> None:
        vault, desk = self.session.vault, self.session.desk
        if vault is None or desk is None or self.busy:
            return
        allowed = self.may_make()
        if not allowed:
            self._say(allowed.reason, error=True)
            return
        if choice.kind == "supervision":
            self._check_supervision(choice)
            return
        self._make(choice)

    def _check_supervision(self, choice: Choice) -> None:
        """The description leaves the case: its texts are shown hidden, to be read first."""
        desk, case_id = self.session.desk, self.case_id
        assert desk is not None
        try:
            check = SupervisionCheck(lambda hide: desk.supervision_texts(case_id, hide), self)
        except Refused as error:
            self._say(error.message, error=True)
            return
        self.checking = check
        check.accepted.connect(lambda: self._make(choice, tuple(check.hide)))
        check.finished.connect(check.deleteLater)
        check.open()

    def _make(self, choice: Choice, hide: tuple[str, ...] = ()) -> None:
        vault, desk = self.session.vault, self.session.desk
        if vault is None or desk is None or self.busy or not self.session.is_open:
            return
        today = desk.today()
        self.busy = True
        self._update_buttons()
        self._say(self.tr("Making «{title}»…").format(title=choice.label))
        # The Desk reads the context here, on the thread of the database; a worker draws it.
        case_id = self.case_id
        run_in_background(
            lambda: (
                choice.kind,
                desk.document_context(case_id, choice.kind, choice.program_id, hide),
            ),
            lambda args: docs.render_titled(*args),
            lambda made: self._rendered(vault, choice, today, made),
            self._failed,
        )

    def _rendered(self, vault: Vault, choice: Choice, today: date, made: tuple) -> None:
        self.busy = False
        desk = self.session.desk
        if self.session.vault is not vault or desk is None or not self.session.is_open:
            # Locked while drawing: the PDF is dropped rather than kept in a closed vault.
            self._update_buttons()
            return
        title, pdf = made
        if not self.may_keep():
            self._show_unkept(Document(self.case_id, choice.kind, title, today), pdf)
            return
        made_now = Document(self.case_id, choice.kind, title, today, program_id=choice.program_id)
        try:
            document = docs.keep_document(desk, vault, made_now, pdf)
        except Refused as error:
            self._update_buttons()
            self._say(error.message, error=True)
            return
        except (VaultError, OSError) as error:
            self._failed(error)
            return
        self.select(document.id)  # listed already: the kept document was heard as a change
        self._say(self.tr("Made and saved in the service file: «{title}».").format(title=title))
        self.document_made.emit(document)

    def _show_unkept(self, made: Document, pdf: bytes) -> None:
        """A read-only case: the document is shown (and may be exported), never stored."""
        self._update_buttons()
        self._say(
            self.tr("«{title}» is shown and not kept. Export it if you need a copy.").format(
                title=made.title
            )
        )
        viewer = DocumentViewer(made.title, pdf, lambda: self.export(made, pdf), self)
        viewer.finished.connect(viewer.deleteLater)
        viewer.open()
        self.shown = viewer
        self.document_made.emit(made)

    def _failed(self, error: BaseException) -> None:
        self.busy = False
        self._update_buttons()
        if isinstance(error, Refused):
            reason = error.message
        elif isinstance(error, docs.DocumentError):
            reason = str(error)
        else:
            reason = describe_error(error)
        self._say(self.tr("The document was not made: {reason}").format(reason=reason), error=True)

    # --- showing and exporting ----------------------------------------------------------------

    def _pdf(self, document: Document) -> bytes | None:
        vault = self.session.vault
        if vault is None:
            return None
        try:
            return docs.document_pdf(vault, document)
        except VaultError as error:
            self._say(error.message, error=True)
            return None

    def open_selected(self) -> DocumentViewer | None:
        document = self.selected()
        pdf = self._pdf(document) if document else None
        if document is None or pdf is None:
            return None
        viewer = DocumentViewer(document.title, pdf, lambda: self.export(document), self)
        viewer.finished.connect(viewer.deleteLater)
        viewer.open()
        return viewer

    def export_selected(self) -> None:
        document = self.selected()
        if document is not None:
            self.export(document)

    def export(self, document: Document, pdf: bytes | None = None) -> None:
        """Write a copy outside the service file; `pdf` for a document shown and not kept."""
        dialog = ExportDialog(document.title, self)
        if not dialog.exec():
            return
        password = dialog.chosen_password()
        target = choose_pdf_target(
            self,
            self.tr("Export the document"),
            suggested_name(document.title, document.created_on),
        )
        if target is not None and pdf is None:
            pdf = self._pdf(document)
        if target is None or pdf is None:
            return
        self.busy = True
        self._update_buttons()
        self._say(self.tr("Writing…"))
        run_in_background(
            lambda: (pdf, target, password),
            lambda args: docs.export_pdf(args[0], args[1], password=args[2]),
            lambda path: self._exported(path, password is not None),
            self._export_failed,
        )

    def _exported(self, path: Path, protected: bool) -> None:
        self.busy = False
        self._update_buttons()
        if protected:
            text = self.tr("Exported with a password: {path}")
        else:
            text = self.tr("Exported without a password: {path}. Delete it when it is not needed.")
        self._say(text.format(path=path))
        self.exported.emit(path)

    def _export_failed(self, error: BaseException) -> None:
        self.busy = False
        self._update_buttons()
        self._say(
            self.tr("The document was not exported: {reason}").format(reason=describe_error(error)),
            error=True,
        )
