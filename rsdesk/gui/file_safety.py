"""The File menu's safety of the service file: its password, an encrypted copy, a restore."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from rsdesk.gui.gate import describe_error
from rsdesk.gui.qt import QAction, QFileDialog, QMessageBox, QObject
from rsdesk.gui.worker import run_in_background
from rsdesk.vault.errors import WrongPassword

if TYPE_CHECKING:
    from rsdesk.gui.main_window import MainWindow
    from rsdesk.vault import SlotMaker
    from rsdesk.vault.format import Slot


class FileSafety(QObject):
    def __init__(
        self,
        window: MainWindow,
        change_password: QAction,
        export_backup: QAction,
        restore_backup: QAction,
    ) -> None:
        super().__init__(window)
        self.window = window
        change_password.triggered.connect(self.change_password)
        export_backup.triggered.connect(self.export_backup)
        restore_backup.triggered.connect(self.restore_backup)

    def change_password(self) -> None:
        vault = self.window.session.vault
        if vault is None:
            return

        from rsdesk.gui.password_dialog import PasswordDialog

        slot_id = vault.slot_id

        def derive(current: str, new: str, maker: SlotMaker) -> Slot:
            # In a worker: two Argon2id runs, on the key material alone.
            if not maker.verify(current, slot_id):
                raise WrongPassword
            return maker.rewrapped(slot_id, new)

        def install(slot: Slot) -> str:
            if self.window.session.vault is not vault:
                raise RuntimeError("the vault was closed meanwhile")
            return vault.install_slot(slot)  # saved at once, here, by the thread that owns it

        dialog = PasswordDialog(derive, read=vault.slot_maker, install=install, parent=self.window)
        if dialog.exec():
            self.window.statusBar().showMessage(self.tr("The password is changed."), 10_000)

    def export_backup(self) -> None:
        vault = self.window.session.vault
        if vault is None:
            return
        folder = QFileDialog.getExistingDirectory(
            self.window, self.tr("Where to save the encrypted copy (for example, a USB stick)")
        )
        if not folder:
            return
        from rsdesk.vault.vault import export_copy

        if self.window.session.queue is not None:
            self.window.session.queue.flush(timeout=10)

        def saved_file() -> tuple[Path, Path]:
            vault.save_pending()  # what the queue could not write yet, or the copy is old
            return vault.path, Path(folder)

        run_in_background(
            saved_file,
            lambda paths: export_copy(*paths),
            self._copy_saved,
            lambda error: QMessageBox.warning(
                self.window, self.tr("The copy is not saved"), describe_error(error)
            ),
        )

    def _copy_saved(self, path: Path) -> None:
        """Say where the copy went and that it is encrypted: a stick is often pulled at once."""
        said = self.tr(
            "The encrypted copy is saved: {path}. It opens only with a password of this service."
        ).format(path=path)
        self.window.statusBar().showMessage(said, 30_000)
        box = QMessageBox(
            QMessageBox.Icon.Information,
            self.tr("Encrypted copy saved"),
            self.tr("The copy of the service file is saved:\n{path}").format(path=path),
            QMessageBox.StandardButton.Close,
            self.window,
        )
        box.setInformativeText(
            self.tr(
                "The copy is encrypted like the service file itself: it opens only with a "
                "password of this service or its recovery key. A lost stick reveals nothing."
            )
        )
        box.finished.connect(box.deleteLater)
        box.open()  # not exec(): the window goes on working meanwhile

    def restore_backup(self) -> None:
        vault = self.window.session.vault
        if vault is None:
            return
        from rsdesk.gui.backup_dialog import RestoreDialog

        path, backups = vault.path, vault.backups()
        dialog = RestoreDialog(path, backups, self.window)
        # The restore replaces the file under the lock, so the open vault is closed first;
        # if the user cancels, it is opened again with the same password check as ever.
        problem = self.window.session.close()
        if problem:
            QMessageBox.warning(self.window, self.tr("Changes are not saved"), problem)
            return
        self.window._update_state()
        if dialog.exec() and dialog.restored is not None and self.window._attach(dialog.restored):
            self.window.statusBar().showMessage(self.tr("The service file is restored."), 15_000)
