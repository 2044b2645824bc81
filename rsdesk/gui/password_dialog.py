"""Changing a password, or setting a new one with the recovery key when it is forgotten."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from rsdesk.domain.passwords import password_strength
from rsdesk.gui.forms.password_dialog import Ui_PasswordDialog
from rsdesk.gui.gate import ERROR_STYLE, describe_error
from rsdesk.gui.qt import QDialog, QDialogButtonBox, QLineEdit, QWidget
from rsdesk.gui.worker import run_in_background

# (current password or recovery key, new password, what `read` gathered) -> a result; runs in
# a worker, so it gets plain data only (a SlotMaker, never the vault).
Derive = Callable[[str, str, Any], Any]


class PasswordDialog(QDialog):
    """The key work runs in a worker; what it gives back is put in place on the GUI thread.

    `read()` gathers plain data on the GUI thread when OK is pressed, `derive` does the slow
    part with it in a worker, and `install(result)` (on the GUI thread, which owns the
    database) puts the result in place; its return value is `result_value`.
    """

    def __init__(
        self,
        derive: Derive,
        *,
        read: Callable[[], Any] = lambda: None,
        install: Callable[[Any], Any] = lambda result: result,
        recovery: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_PasswordDialog()
        self.ui.setupUi(self)
        self.derive, self.read, self.install = derive, read, install
        self.abandoned = False  # closed while the worker was busy
        self.result_value: Any = None
        if recovery:
            self.setWindowTitle(self.tr("Set a new password with the recovery key"))
            self.ui.currentLabel.setText(self.tr("Recovery &key:"))
            self.ui.current.setEchoMode(QLineEdit.EchoMode.Normal)
            self.ui.current.setPlaceholderText(self.tr("the groups from the paper sheet"))
            self.ui.explanation.setText(
                self.tr(
                    "Type the recovery key printed when the service was created, then choose a "
                    "new password. The old password stops working."
                )
            )
        else:
            self.ui.explanation.setText(
                self.tr("Only your key slot is rewritten; the cases stay as they are.")
            )
        self.ok = self.ui.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setText(
            self.tr("&Set the new password") if recovery else self.tr("&Change the password")
        )
        self.ui.buttons.accepted.connect(self._submit)
        self.ui.buttons.rejected.connect(self.reject)
        for field in (self.ui.current, self.ui.newPassword, self.ui.repeat):
            field.textChanged.connect(self._update)
        self._update()

    def _update(self) -> None:
        new, repeat = self.ui.newPassword.text(), self.ui.repeat.text()
        strength = password_strength(new)
        text = strength.text if new else ""
        if repeat and repeat != new:
            text += " " + self.tr("The passwords do not match.")
        self.ui.strength.setText(text.strip())
        self.ui.strength.setStyleSheet("" if strength.score >= 2 else ERROR_STYLE)
        self.ok.setEnabled(bool(self.ui.current.text()) and strength.acceptable and new == repeat)

    def _submit(self) -> None:
        self.ok.setEnabled(False)
        self.ui.message.setStyleSheet("")
        self.ui.message.setText(self.tr("Please wait…"))
        current, new = self.ui.current.text(), self.ui.newPassword.text()
        derive = self.derive  # taken here: the worker must not touch the dialog
        run_in_background(
            lambda: (current, new, self.read()),
            lambda args: derive(*args),
            self._done,
            self._failed,
        )

    def _done(self, value: Any) -> None:
        if self.abandoned:
            _let_go(value)
            return
        try:
            self.result_value = self.install(value)
        except Exception as error:
            self._failed(error)
            return
        self.accept()

    def done(self, result: int) -> None:
        if result != QDialog.DialogCode.Accepted:
            self.abandoned = True
        super().done(result)

    def _failed(self, error: BaseException) -> None:
        if self.abandoned:
            return
        self.ui.message.setStyleSheet(ERROR_STYLE)
        self.ui.message.setText(describe_error(error))
        self._update()


def _let_go(value: object) -> None:
    """A file unlocked for a dialog closed meanwhile holds its lock: release it."""
    from rsdesk.vault import UnlockedFile

    if isinstance(value, UnlockedFile):
        value.discard()
