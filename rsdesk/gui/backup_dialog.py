"""Backups: an encrypted copy to a USB stick, and going back to an earlier copy."""

from __future__ import annotations

from pathlib import Path

from rsdesk.gui.dates import format_moment
from rsdesk.gui.gate import ERROR_STYLE, describe_error
from rsdesk.gui.qt import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    Qt,
    QVBoxLayout,
    QWidget,
)
from rsdesk.gui.worker import run_in_background
from rsdesk.vault import BackupInfo, UnlockedFile


class RestoreDialog(QDialog):
    """Pick a backup, confirm with the password; the restore itself runs in a worker.

    The restored file comes back unlocked (`restored`); the window attaches its database.
    """

    def __init__(
        self, path: Path, backups: list[BackupInfo], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.path = path
        self.restored: UnlockedFile | None = None
        self.setWindowTitle(self.tr("Restore from a backup"))
        self.resize(560, 420)
        explanation = QLabel(wordWrap=True)
        explanation.setText(
            self.tr(
                "The service file goes back to the state of the chosen copy. The present state is "
                "not lost: it is kept as a separate backup first."
            )
        )
        self.copies = QListWidget(objectName="backupList")
        for backup in backups:
            when = format_moment(backup.created.astimezone())
            text = self.tr("{when} · {size} KB").format(when=when, size=backup.size // 1024)
            if backup.reason == "before-restore":
                text += " " + self.tr("(state before a restore)")
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, str(backup.path))
            self.copies.addItem(item)
        if self.copies.count():
            self.copies.setCurrentRow(0)
        self.other = QPushButton(self.tr("Choose &another copy…"))
        self.other.clicked.connect(self.choose_file)
        self.password = QLineEdit(echoMode=QLineEdit.EchoMode.Password, objectName="password")
        form = QFormLayout()
        form.addRow(self.tr("&Password:"), self.password)
        self.message = QLabel(wordWrap=True)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setText(self.tr("&Restore"))
        self.buttons.accepted.connect(self.restore)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(explanation)
        layout.addWidget(self.copies, 1)
        layout.addWidget(self.other, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)

    def choose_file(self) -> None:
        chosen, _ = QFileDialog.getOpenFileName(
            self, self.tr("Choose a backup copy"), "", self.tr("rsdesk vault (*.rsdv)")
        )
        if chosen:
            item = QListWidgetItem(Path(chosen).name)
            item.setData(Qt.ItemDataRole.UserRole, chosen)
            self.copies.insertItem(0, item)
            self.copies.setCurrentRow(0)

    def restore(self) -> None:
        item = self.copies.currentItem()
        if item is None or not self.password.text():
            self.message.setStyleSheet(ERROR_STYLE)
            self.message.setText(self.tr("Choose a copy and enter the password."))
            return
        backup, password = Path(item.data(Qt.ItemDataRole.UserRole)), self.password.text()
        self.ok.setEnabled(False)
        self.message.setStyleSheet("")
        self.message.setText(self.tr("Restoring…"))
        from rsdesk.vault.restore import restore

        run_in_background(
            lambda: (self.path, backup, password),
            lambda args: restore(*args),
            self._done,
            self._failed,
        )

    def _done(self, unlocked: UnlockedFile) -> None:
        if not self.isVisible():  # cancelled meanwhile: the file is restored, but not opened
            unlocked.discard()
            return
        self.restored = unlocked
        self.accept()

    def _failed(self, error: BaseException) -> None:
        if not self.isVisible():
            return
        self.ok.setEnabled(True)
        self.message.setStyleSheet(ERROR_STYLE)
        self.message.setText(describe_error(error))
