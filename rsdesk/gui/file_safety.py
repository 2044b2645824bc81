"""The File menu's safety of the service file: its password, an encrypted copy, a restore;
a copy to another place while the file cannot take the changes, and leaving it safely."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from rsdesk.gui.gate import describe_error
from rsdesk.gui.qt import QAction, QCoreApplication, QFileDialog, QMessageBox, QObject
from rsdesk.gui.worker import run_in_background
from rsdesk.vault.errors import VaultError, WrongPassword

if TYPE_CHECKING:
    from rsdesk.gui.main_window import MainWindow
    from rsdesk.vault import SlotMaker, Vault
    from rsdesk.vault.format import Slot
    from rsdesk.vault.media import Copied
    from rsdesk.vault.vault import CopyOrder

VAULT_SUFFIX = ".rsdv"


def missing_attachments(count: int, folder: str) -> str:
    """What a copy lacks when the attachments beside the file could not be read."""
    from rsdesk.i18n import plural

    return QCoreApplication.translate(
        "FileSafety",
        "{count} {scans} could not be copied: the folder «{folder}» beside the service file "
        "cannot be read now. Once the file is back, copy that folder beside the copy too.",
    ).format(
        count=count,
        scans=plural(
            count, QCoreApplication.translate("FileSafety", "scanned document|scanned documents")
        ),
        folder=folder,
    )


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
        from rsdesk.vault.backups import export_name

        if self.window.session.queue is not None:
            self.window.session.queue.flush(timeout=10)
        # The state in memory, every change included; nothing is first written to the file
        # itself, which may be on a stick just pulled.
        self._write_copy(vault, export_name(vault.path, Path(folder)), self._copy_saved)

    def _copy_saved(self, copied: Copied) -> None:
        """Say where the copy went and that it is encrypted: a stick is often pulled at once."""
        path = copied.path
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

    # --- a copy to another place while the file cannot take the changes --------------------

    def save_copy_elsewhere(self) -> None:
        """«Сохранить копию в другое место…»: the current state, encrypted, as a new file."""
        vault = self.window.session.vault
        if vault is None:
            return
        target = self._choose_copy_name(vault)
        if target is not None:
            self._write_copy(vault, target, self._copy_elsewhere_saved)

    def _choose_copy_name(self, vault: Vault) -> Path | None:
        from rsdesk.vault.backups import export_name

        suggested = export_name(vault.path, Path.home())
        chosen, _ = QFileDialog.getSaveFileName(
            self.window,
            self.tr("Save a copy of the service file to another place"),
            str(suggested),
            self.tr("rsdesk vault (*.rsdv)"),
            options=QFileDialog.Option.DontConfirmOverwrite,  # a copy never replaces a file
        )
        if not chosen:
            return None
        target = Path(chosen)
        return target if target.suffix == VAULT_SUFFIX else target.with_name(target.name + ".rsdv")

    def _write_copy(self, vault: Vault, target: Path, done: Callable[[Copied], None]) -> None:
        """Take the state here (the GUI thread owns the database), encrypt and write it in a
        worker; then note the copy, so the banner and quitting know it holds every change."""
        from rsdesk.vault.vault import write_copy

        order: list[CopyOrder] = []

        def take() -> CopyOrder:
            order.append(vault.copy_order())
            return order[0]

        def noted(copied: Copied) -> None:
            if self.window.session.vault is vault:
                vault.copy_saved(order[0], copied)
                workplace = self.window.session.workplace
                if workplace is not None:
                    workplace.copied()
                self.window.file_banner.refresh()
            done(copied)

        run_in_background(
            take,
            lambda taken: write_copy(taken, target),
            noted,
            lambda error: QMessageBox.warning(
                self.window, self.tr("The copy is not saved"), describe_error(error)
            ),
        )

    def _copy_elsewhere_saved(self, copied: Copied) -> None:
        session, path = self.window.session, copied.path
        read_only = session.vault is not None and session.vault.read_only
        box = QMessageBox(
            QMessageBox.Icon.Information,
            self.tr("Copy saved"),
            self.tr("A copy of the service file with every change is saved:\n{path}").format(
                path=path
            ),
            QMessageBox.StandardButton.Close,
            self.window,
        )
        box.setObjectName("copySavedBox")
        if copied.attachments_missing and session.vault is not None:
            folder = session.vault.path.name + ".attachments"
            box.setDetailedText(missing_attachments(copied.attachments_missing, folder))
        if read_only:
            box.setInformativeText(
                self.tr(
                    "The copy is encrypted and opens with the same passwords. Unlike this "
                    "file, it can be changed: open it to work on it."
                )
            )
            open_copy = box.addButton(self.tr("&Open the copy"), QMessageBox.ButtonRole.AcceptRole)
            box.buttonClicked.connect(
                lambda button: self.open_copy(path) if button is open_copy else None
            )
        else:
            box.setInformativeText(
                self.tr(
                    "The copy is encrypted and opens with the same passwords. The program "
                    "keeps trying to save to the file itself; if the file does not come back, "
                    "quitting now loses nothing: open the copy next time."
                )
            )
        box.finished.connect(box.deleteLater)
        box.open()

    def open_copy(self, path: Path) -> None:
        """Leave the read-only file (nothing to save there) for the unlock screen of the copy."""
        window = self.window
        if not self.leave():
            return
        window.settings.last_vault = str(path)
        window.settings.last_slot = ""  # the hint is the same file's, but the copy is new here
        window._update_state()
        window.show_gate()

    # --- leaving a file whose last changes could not be saved ------------------------------

    def leave(self) -> bool:
        """Close the file (before quitting, opening another, restoring); True once closed.

        When the last changes cannot be written, quitting and losing them is not the only way
        out: a copy to another place takes them, and once a copy holds every change closing
        is safe and the question says so.
        """
        session = self.window.session
        problem = session.close()
        if not problem:
            return True
        vault = session.vault
        if vault is not None and vault.saved_elsewhere:
            if self._ask_close_after_copy(problem, vault):
                session.close(discard=True)
                return True
            return False
        answer = self._ask_unsaved(problem)
        if answer == "copy":
            assert vault is not None
            target = self._choose_copy_name(vault)
            if target is None or not self._copy_now(vault, target):
                return False
            session.close(discard=True)
            return True
        if answer == "lose":
            session.close(discard=True)
            return True
        return False

    def _ask_close_after_copy(self, problem: str, vault: Vault) -> bool:
        box = QMessageBox(
            QMessageBox.Icon.Information,
            self.tr("The changes are in the copy"),
            self.tr(
                "The last changes could not be written to the file: {reason}\n\nThe copy "
                "{path} holds every one of them, so closing now loses nothing."
            ).format(reason=problem, path=vault.copy_path),
            QMessageBox.StandardButton.Cancel,
            self.window,
        )
        box.setObjectName("closeAfterCopyBox")
        close = box.addButton(self.tr("&Close the file"), QMessageBox.ButtonRole.AcceptRole)
        box.exec()
        return box.clickedButton() is close

    def _ask_unsaved(self, problem: str) -> str:
        """ "copy", "lose" or "" (cancel)."""
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            self.tr("Changes are not saved"),
            self.tr("The last changes could not be saved: {reason}").format(reason=problem),
            QMessageBox.StandardButton.Cancel,
            self.window,
        )
        box.setObjectName("unsavedBox")
        box.setInformativeText(
            self.tr(
                "Save a copy with them to another place (a folder on this computer, another "
                "stick), or close without them."
            )
        )
        copy = box.addButton(
            self.tr("&Save a copy to another place…"), QMessageBox.ButtonRole.AcceptRole
        )
        lose = box.addButton(
            self.tr("Close and &lose them"), QMessageBox.ButtonRole.DestructiveRole
        )
        box.setDefaultButton(copy)
        box.exec()
        clicked = box.clickedButton()
        return "copy" if clicked is copy else "lose" if clicked is lose else ""

    def _copy_now(self, vault: Vault, target: Path) -> bool:
        """The copy on the way out, here: encrypting takes milliseconds, and the window is
        closing anyway."""
        try:
            vault.save_copy(target)
        except VaultError as error:
            QMessageBox.warning(self.window, self.tr("The copy is not saved"), error.message)
            return False
        if vault.copy_missing_attachments:
            folder = vault.path.name + ".attachments"
            QMessageBox.information(
                self.window,
                self.tr("Copy saved"),
                missing_attachments(vault.copy_missing_attachments, folder),
            )
        return True

    def restore_backup(self) -> None:
        vault = self.window.session.vault
        if vault is None:
            return
        from rsdesk.gui.backup_dialog import RestoreDialog

        path, backups = vault.path, vault.backups()
        dialog = RestoreDialog(path, backups, self.window)
        # The restore replaces the file under the lock, so the open vault is closed first;
        # if the user cancels, it is opened again with the same password check as ever.
        if not self.leave():
            return
        self.window._update_state()
        if dialog.exec() and dialog.restored is not None and self.window._attach(dialog.restored):
            self.window.statusBar().showMessage(self.tr("The service file is restored."), 15_000)
