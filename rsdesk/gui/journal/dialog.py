"""The import of one journal file: its columns, what it would add, and «Перенести»."""

from __future__ import annotations

from typing import TYPE_CHECKING

from rsdesk.domain.journal import JournalImport, JournalPreview
from rsdesk.domain.refusals import Refused
from rsdesk.gui.journal.imports import ImportsPanel
from rsdesk.gui.journal.mapping import MappingPanel
from rsdesk.gui.journal.preview import (
    PROBLEM_COLOUR,
    JournalRowsModel,
    ProblemsModel,
    fit_columns,
    table_for,
)
from rsdesk.gui.journal.summary import (
    confirm_text,
    notes_text,
    reasons_text,
    result_text,
    skipped_text,
    summary_text,
)
from rsdesk.gui.qt import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QEvent,
    QGroupBox,
    QLabel,
    QMessageBox,
    QPalette,
    QPushButton,
    QShowEvent,
    QSize,
    Qt,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)
from rsdesk.gui.screen_fit import fit_to_screen

if TYPE_CHECKING:
    from rsdesk.gui.session import VaultSession

ERROR_STYLE = "color: #b00020;"
DONE_STYLE = "color: #1b5e20;"
# Where the dialog would like to be: the tables' eight columns whole on a 1366 px screen.
WANTED = QSize(1100, 700)
# The tabs: the rows, the rows that cannot be read, the imports made before.
ROWS_TAB, PROBLEMS_TAB, IMPORTS_TAB = range(3)


class JournalImportDialog(QDialog):
    """Shows the preview of `data` (the file's bytes, held in memory only) and imports it.

    Every change of the mapping asks the Desk for a new preview; a refusal is said in the
    dialog's message line and leaves everything chosen as it was.
    """

    def __init__(
        self,
        session: VaultSession,
        data: bytes,
        preview: JournalPreview,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.session = session
        self.data = data
        self.preview = preview
        self.imported: JournalImport | None = None
        self.summary = QLabel(objectName="journalSummary", wordWrap=True)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.notes = QLabel(objectName="journalNotes", wordWrap=True)
        self.mapping = MappingPanel()
        self.mapping.changed.connect(self.remap)
        self.skipped = QLabel(objectName="skippedColumns", wordWrap=True)
        self.columns = QGroupBox(objectName="journalColumns")
        box = QVBoxLayout(self.columns)
        box.addWidget(self.mapping)
        box.addWidget(self.skipped)
        self.rows_model = JournalRowsModel()
        self.rows = table_for(self.rows_model, "journalRows")
        fit_columns(self.rows, stretch=(2, 3, 6, 8))
        self.problems_model = ProblemsModel()
        self.problems = table_for(self.problems_model, "journalProblems")
        fit_columns(self.problems, stretch=(2,))
        self.imports = ImportsPanel(session)
        self.imports.undone.connect(self.refresh)
        self.tabs = QTabWidget(objectName="journalTabs")
        self.tabs.addTab(self.rows, "")
        self.tabs.addTab(self.problems, "")
        self.tabs.addTab(self.imports, "")
        self.message = QLabel(objectName="journalMessage", wordWrap=True)
        self.message.hide()
        self.import_button = QPushButton(objectName="importJournal")
        self.import_button.setDefault(True)
        self.import_button.clicked.connect(self.import_rows)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.buttons.addButton(self.import_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.notes)
        layout.addWidget(self.columns)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.retranslate()
        self.show_preview(preview, first=True)
        self._fitted = False

    # --- what the file would add ----------------------------------------------------------

    def show_preview(self, preview: JournalPreview, *, first: bool = False) -> None:
        self.preview = preview
        self.setWindowTitle(self.tr("Import a journal: {file}").format(file=preview.file_name))
        self.summary.setText(summary_text(preview))
        self.summary.setStyleSheet(ERROR_STYLE if preview.problems else "")
        notes = notes_text(preview)
        self.notes.setText("\n".join(notes))
        self.notes.setVisible(bool(notes))
        self.mapping.set_mapping(preview.headers, preview.mapping)
        skipped = skipped_text(preview)
        self.skipped.setText(skipped)
        self.skipped.setVisible(bool(skipped))
        self.rows_model.show_preview(preview)
        self.problems_model.set_rows(list(preview.problems))
        self._title_tabs()
        if preview.problems:
            self.tabs.setCurrentIndex(PROBLEMS_TAB)
        elif first or self.tabs.currentIndex() == PROBLEMS_TAB:
            self.tabs.setCurrentIndex(ROWS_TAB)
        self.import_button.setEnabled(preview.can_import)
        self.import_button.setToolTip("" if preview.can_import else summary_text(preview))

    def _title_tabs(self) -> None:
        preview = self.preview
        self.tabs.setTabText(
            ROWS_TAB, self.tr("Requests ({count})").format(count=len(preview.rows))
        )
        self.tabs.setTabText(
            PROBLEMS_TAB, self.tr("Errors ({count})").format(count=len(preview.problems))
        )
        self.tabs.setTabText(IMPORTS_TAB, self.tr("Imported before"))
        bar = self.tabs.tabBar()
        normal = bar.palette().color(QPalette.ColorRole.WindowText)
        bar.setTabTextColor(PROBLEMS_TAB, PROBLEM_COLOUR if preview.problems else normal)

    def remap(self, mapping: dict[str, str]) -> None:
        """Read the file again with the columns the user chose."""
        self._preview(mapping)

    def refresh(self) -> bool:
        """Read the file again as mapped: after an import or an undo, what is new has changed."""
        return self._preview(self.mapping.mapping())

    def _preview(self, mapping: dict[str, str]) -> bool:
        desk = self.session.desk
        if desk is None:
            return False
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            preview = desk.preview_journal(self.data, self.preview.file_name, mapping)
        except Refused as error:
            self.say(reasons_text(error.reasons), error=True)
            return False
        finally:
            QApplication.restoreOverrideCursor()
        self.message.hide()
        self.show_preview(preview)
        return True

    # --- the import -----------------------------------------------------------------------

    def import_rows(self) -> None:
        desk, preview = self.session.desk, self.preview
        if desk is None or not preview.can_import:
            return
        question, details = confirm_text(preview)
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Import the journal"), question)
        box.setParent(self, box.windowFlags())
        box.setInformativeText(details)
        yes = box.addButton(self.tr("&Import"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(yes)
        box.exec()
        answered = box.clickedButton() is yes
        box.deleteLater()
        if not answered:
            return
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            done = desk.import_journal(self.data, preview.file_name, self.mapping.mapping())
        except Refused as error:
            # The dialog keeps what was chosen; the preview shows the rows named again.
            QApplication.restoreOverrideCursor()
            self.say(reasons_text(error.reasons), error=True)
            self.refresh_keeping_message()
            return
        QApplication.restoreOverrideCursor()
        self.imported = done
        said = result_text(done)
        self.refresh()
        self.imports.reload()
        self.say(said)
        QMessageBox.information(self, self.tr("The journal is imported"), said)

    def refresh_keeping_message(self) -> None:
        """After a refusal the file is read again, so the rows it names show; the refusal's
        words stay under the tables."""
        text, style = self.message.text(), self.message.styleSheet()
        if self.refresh():
            self.message.setText(text)
            self.message.setStyleSheet(style)
            self.message.show()

    def say(self, text: str, *, error: bool = False) -> None:
        self.message.setText(text)
        self.message.setStyleSheet(ERROR_STYLE if error else DONE_STYLE)
        self.message.show()

    def retranslate(self) -> None:
        self.columns.setTitle(self.tr("Columns of the file"))
        self.import_button.setText(self.tr("&Import"))

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._fitted:  # once shown, the frame the window manager adds is known
            self._fitted = True
            fit_to_screen(self, WANTED)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
            self.show_preview(self.preview)
        super().changeEvent(event)
