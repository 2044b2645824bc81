"""What the window shows instead of data while no vault is open: welcome or unlock."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from rsdesk.domain.refusals import Refused
from rsdesk.gui.demo import DEMO_PASSWORD
from rsdesk.gui.forms.unlock_page import Ui_UnlockPage
from rsdesk.gui.forms.welcome_page import Ui_WelcomePage
from rsdesk.gui.qt import QCoreApplication, QEvent, QStackedWidget, QWidget
from rsdesk.gui.worker import run_in_background
from rsdesk.os_errors import os_reason
from rsdesk.vault.errors import VaultError

if TYPE_CHECKING:
    from rsdesk.vault import UnlockedFile

# Takes over a file a worker unlocked: attaches its database on the GUI thread and signs in.
OnUnlocked = Callable[["UnlockedFile"], None]

ERROR_STYLE = "color: #b00020;"


class WelcomePage(QWidget):
    def __init__(self, on_opened: OnUnlocked, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_WelcomePage()
        self.ui.setupUi(self)
        self.on_opened = on_opened
        self.busy = False
        self.ui.demo.clicked.connect(self.open_practice)
        self._fill()

    def _fill(self) -> None:
        self.ui.demoHint.setText(self.ui.demoHint.text().format(password=DEMO_PASSWORD))

    def open_practice(self) -> None:
        if self.busy:
            return
        self.busy = True
        self.ui.demo.setEnabled(False)
        self.ui.message.setStyleSheet("")
        self.ui.message.setText(self.tr("Preparing the practice vault…"))
        from rsdesk.gui.demo import unlock_practice_file  # the generator loads only when asked

        run_in_background(
            lambda: None, lambda _: unlock_practice_file(), self._opened, self._failed
        )

    def _opened(self, unlocked: UnlockedFile) -> None:
        self.busy = False
        self.ui.demo.setEnabled(True)
        self.ui.message.clear()
        try:
            self.on_opened(unlocked)
        except Exception as error:
            self._failed(error)

    def _failed(self, error: BaseException) -> None:
        self.busy = False
        self.ui.demo.setEnabled(True)
        self.ui.message.setStyleSheet(ERROR_STYLE)
        self.ui.message.setText(describe_error(error))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.ui.retranslateUi(self)
            self._fill()
        super().changeEvent(event)


class UnlockPage(QWidget):
    """Password entry for a known vault file; key derivation runs in a worker.

    Any user's password opens it: the slot of the last sign-in here is tried first, so the
    usual user waits for one Argon2id run however many users the service has.
    """

    def __init__(
        self,
        on_opened: OnUnlocked,
        slot_hint: Callable[[], str] = lambda: "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_UnlockPage()
        self.ui.setupUi(self)
        self.on_opened = on_opened
        self.slot_hint = slot_hint
        self.path: Path | None = None
        self.busy = False
        self.ui.unlock.clicked.connect(self.unlock)
        self.ui.password.returnPressed.connect(self.unlock)

    def set_path(self, path: Path) -> None:
        self.path = path
        self.ui.file.setText(str(path))
        self.ui.password.clear()
        self.show_message("")

    def show_message(self, text: str, error: bool = False) -> None:
        self.ui.message.setText(text)
        self.ui.message.setStyleSheet(ERROR_STYLE if error else "")

    def unlock(self) -> None:
        password = self.ui.password.text()
        if self.busy or self.path is None:
            return
        if not password:
            self.show_message(self.tr("Enter the password."), error=True)
            return
        self.busy = True
        self.ui.unlock.setEnabled(False)
        self.show_message(self.tr("Checking the password…"))
        path, hint = self.path, self.slot_hint() or None
        run_in_background(
            lambda: (path, password, hint),
            lambda args: unlock_file(*args),
            self._opened,
            self._failed,
        )

    def _opened(self, unlocked: UnlockedFile) -> None:
        from rsdesk.access.workplace import NobodysPassword

        self.busy = False
        self.ui.unlock.setEnabled(True)
        self.ui.password.clear()
        self.show_message("")
        try:
            self.on_opened(unlocked)
        except NobodysPassword:  # a slot left behind with no roster member
            self.show_message(
                self.tr(
                    "This password opens the file but belongs to nobody in the roster. Ask the "
                    "curator for a password of your own."
                ),
                error=True,
            )
        except Exception as error:  # a register from a newer rsdesk, a failed migration
            self.show_message(describe_error(error), error=True)

    def _failed(self, error: BaseException) -> None:
        self.busy = False
        self.ui.unlock.setEnabled(True)
        self.ui.password.selectAll()
        self.ui.password.setFocus()
        self.show_message(describe_error(error), error=True)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.ui.retranslateUi(self)
        super().changeEvent(event)


def unlock_file(path: Path, password: str, slot_hint: str | None) -> UnlockedFile:
    """Unlock a vault file in a worker: the KDF, the decryption, and the core's first import.

    No database is made here: the GUI thread attaches it (VaultSession.attach).
    """
    from rsdesk.vault.unlocking import unlock_with_password

    return unlock_with_password(path, password, slot_hint=slot_hint)


def describe_error(error: BaseException) -> str:
    """A message for the user; the core's own Russian text when it has one."""
    if isinstance(error, VaultError | Refused):
        return error.message
    if isinstance(error, OSError):
        return QCoreApplication.translate("gate", "The file could not be read: {reason}").format(
            reason=os_reason(error)
        )
    return QCoreApplication.translate("gate", "Unexpected error: {reason}").format(
        reason=error.__class__.__name__
    )


class GateStack(QStackedWidget):
    """Welcome page for a first start, unlock page when a vault file is known."""

    def __init__(
        self,
        on_opened: Callable[..., None],
        slot_hint: Callable[[], str] = lambda: "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.welcome = WelcomePage(lambda unlocked: on_opened(unlocked, remember=False))
        self.unlock = UnlockPage(on_opened, slot_hint)
        self.addWidget(self.welcome)
        self.addWidget(self.unlock)

    def show_for(self, path: Path | None) -> None:
        if path is not None and path.exists():
            self.unlock.set_path(path)
            self.setCurrentWidget(self.unlock)
            self.unlock.ui.password.setFocus()
        else:
            self.setCurrentWidget(self.welcome)
