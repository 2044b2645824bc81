"""The journal's entries in the File menu: import a journal, imported journals, the template.

Loaded with the main window, so it imports nothing of the core: the dialogs, the reader and
the Desk's journal methods load when an entry is first used.
"""

from __future__ import annotations

import contextlib
import errno
from pathlib import Path
from typing import TYPE_CHECKING

from rsdesk.domain.roles import Op
from rsdesk.gui.qt import QAction, QApplication, QDir, QFileDialog, QMessageBox, QObject, Qt
from rsdesk.os_errors import os_reason

if TYPE_CHECKING:
    from rsdesk.gui.main_window import MainWindow


class JournalMenu(QObject):
    def __init__(
        self,
        window: MainWindow,
        import_action: QAction,
        imports_action: QAction,
        template_action: QAction,
    ) -> None:
        super().__init__(window)
        self.window = window
        self.session = window.session
        self.actions = (import_action, imports_action, template_action)
        import_action.triggered.connect(self.import_journal)
        imports_action.triggered.connect(self.show_imports)
        template_action.triggered.connect(self.save_template)
        # A disabled entry says why in its tooltip, which a menu shows only when asked to.
        window.ui.menuFile.setToolTipsVisible(True)

    def update(self) -> None:
        """An import registers and decides requests and adds to the roster: who may do both
        brings a journal in or takes it back (the curator). Anyone may get the template."""
        desk = self.session.desk
        reason = self.tr("Open the service's file to import a journal.")
        if self.window.data_open and desk is not None:
            refused = [d for d in (desk.may(Op.DECIDE_REQUEST), desk.may(Op.EDIT_ROSTER)) if not d]
            reason = refused[0].reason if refused else ""
        for action in self.actions[:2]:
            action.setEnabled(not reason)
            action.setToolTip(reason)

    # --- «Импорт журнала…» -----------------------------------------------------------------

    def import_journal(self) -> None:
        chosen, _ = QFileDialog.getOpenFileName(
            self.window,
            self.tr("Choose the journal to import"),
            QDir.homePath(),
            self.tr("Journals (*.xlsx *.csv);;All files (*)"),
        )
        if not chosen or self.session.desk is None:
            return
        data = self._read(Path(chosen))
        if data is None:
            return
        from rsdesk.domain.refusals import Refused
        from rsdesk.gui.journal.dialog import JournalImportDialog
        from rsdesk.gui.journal.summary import reasons_text

        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            preview = self.session.desk.preview_journal(data, Path(chosen).name)
        except Refused as error:
            QApplication.restoreOverrideCursor()
            self._warn(self.tr("The journal is not read"), reasons_text(error.reasons))
            return
        QApplication.restoreOverrideCursor()
        dialog = JournalImportDialog(self.session, data, preview, self.window)
        try:
            dialog.exec()
        finally:
            dialog.deleteLater()

    def _read(self, path: Path) -> bytes | None:
        """The file's bytes, in memory only: the journal is personal data, never copied."""
        from rsdesk.domain.journal import MAX_FILE_BYTES
        from rsdesk.ordinary_files import read_ordinary

        data = b""
        try:
            size = path.stat().st_size
            if size <= MAX_FILE_BYTES:  # a pipe chosen by mistake is refused, never waited on
                data = read_ordinary(path, MAX_FILE_BYTES)
                size = max(size, len(data))
        except OSError as error:
            self._warn(self.tr("The journal is not read"), self._why(error, path))
            return None
        if size > MAX_FILE_BYTES:
            self._warn(
                self.tr("The journal is not read"),
                self.tr(
                    "The file is too large for a journal: {size} MB (at most {limit} MB). "
                    "Is it the right file?"
                ).format(size=round(size / 2**20), limit=MAX_FILE_BYTES // 2**20),
            )
            return None
        return data

    # --- «Перенесённые журналы…» -----------------------------------------------------------

    def show_imports(self) -> None:
        if self.session.desk is None:
            return
        from rsdesk.gui.journal.imports import ImportsDialog

        dialog = ImportsDialog(self.session, self.window)
        try:
            dialog.exec()
        finally:
            dialog.deleteLater()

    # --- «Шаблон журнала…» -----------------------------------------------------------------

    def save_template(self) -> None:
        start = str(Path(QDir.homePath()) / self.tr("journal-template.xlsx"))
        chosen, _ = QFileDialog.getSaveFileName(
            self.window,
            self.tr("Save the journal template"),
            start,
            self.tr("Excel workbook (*.xlsx)"),
        )
        if not chosen:
            return
        path = Path(chosen)
        if path.suffix.lower() != ".xlsx":
            path = path.with_name(path.name + ".xlsx")
        from rsdesk.journal.template import write_template

        # Written beside and then put in place: a full disk leaves no half a workbook, nor
        # destroys the file being replaced.
        part = path.with_name(path.name + ".part")
        try:
            part.write_bytes(write_template())
            part.replace(path)
        except OSError as error:
            with contextlib.suppress(OSError):
                part.unlink(missing_ok=True)
            self._warn(self.tr("The template is not saved"), self._why(error, path))
            return
        said = self.tr("The journal template is saved: {path}").format(path=path)
        self.window.statusBar().showMessage(said, 30_000)
        box = QMessageBox(
            QMessageBox.Icon.Information,
            self.tr("Journal template saved"),
            said,
            QMessageBox.StandardButton.Close,
            self.window,
        )
        box.setInformativeText(
            self.tr(
                "Fill in one row per request; the second sheet lists the values each column "
                "takes. Then import it with «File → Import a journal…»."
            )
        )
        box.finished.connect(box.deleteLater)
        box.open()  # not exec(): the window goes on working meanwhile

    def _why(self, error: OSError, path: Path) -> str:
        """What went wrong with a file, as its user would say it."""
        if isinstance(error, PermissionError) or error.errno in (errno.EACCES, errno.EROFS):
            return self.tr("There is no permission to use «{path}»: choose another folder.").format(
                path=path
            )
        if error.errno in (errno.ENOSPC, errno.EDQUOT):
            return self.tr("The disk is full: free some room or choose another disk.")
        if isinstance(error, FileNotFoundError | NotADirectoryError):
            return self.tr("There is no such file or folder: «{path}».").format(path=path)
        return self.tr("«{path}»: {reason}").format(path=path, reason=os_reason(error))

    def _warn(self, title: str, text: str) -> None:
        QMessageBox.warning(self.window, title, text)
