"""The open vault as the GUI sees it: saving in the background, locking, auto-lock.

The GUI thread owns the database: a worker unlocks a file (the key derivation, the
decryption) and `attach` makes its database here. The core's SaveQueue writes snapshots on
its own thread; its callbacks are relayed as Qt signals so widgets hear them on this thread.

The core (vault, access) is imported inside the functions that use it: the window
shows the unlock screen before it is loaded, and `core_preload` loads it meanwhile.
"""

from __future__ import annotations

import importlib
import threading
from pathlib import Path
from typing import TYPE_CHECKING

from rsdesk.domain.roles import Actor, Op
from rsdesk.gui.qt import QApplication, QCoreApplication, QEvent, QObject, QTimer, Signal
from rsdesk.paths import app_paths
from rsdesk.settings import Settings, save_settings
from rsdesk.vault.errors import VaultError

if TYPE_CHECKING:
    from rsdesk.access import Desk
    from rsdesk.access.workplace import Workplace
    from rsdesk.vault import SaveQueue, UnlockedFile, Vault

# What the first unlock needs, in the order it needs it (the workplace brings the register's
# storage with it).
CORE_MODULES = (
    "rsdesk.vault.unlocking",
    "rsdesk.vault.vault",
    "rsdesk.vault.savequeue",
    "rsdesk.access",
    "rsdesk.access.workplace",
)


def core_preload() -> threading.Thread:
    """Import the core on a thread of its own while the user types the password.

    The core is Qt-free, so nothing here touches a widget. The thread is not a daemon: a
    window closed at once waits for the import to finish rather than cutting it at exit.
    """
    thread = threading.Thread(
        target=lambda: [importlib.import_module(name) for name in CORE_MODULES],
        name="core-preload",
    )
    thread.start()
    return thread


# The auto-lock's minutes while «never» is set and someone other than the curator is signed
# in: only the curator may leave the open journal unguarded on this computer.
UNLESS_CURATOR_MINUTES = 10

INPUT_EVENTS = {
    QEvent.Type.KeyPress,
    QEvent.Type.MouseButtonPress,
    QEvent.Type.MouseMove,
    QEvent.Type.Wheel,
    QEvent.Type.TouchBegin,
}


class VaultSession(QObject):
    # How long a failed save (a full disk, a pulled USB stick) waits before it is retried.
    retry_seconds = 30.0

    opened = Signal()
    locked = Signal()
    # A lock has closed the vault with every change saved (at once, or once the save that
    # kept it waiting succeeded): nothing of the session needs this process any more.
    released = Signal()
    saved = Signal(int)
    save_failed = Signal(str)
    # Every committed operation of the Desk, after its save was queued (a Change).
    changed = Signal(object)

    def __init__(self, settings: Settings, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.settings = settings
        self.vault: Vault | None = None
        self.workplace: Workplace | None = None
        self.lock_pending = False
        self.last_error = ""
        self.service_name = ""
        self.desk: Desk | None = None
        self.purged = (0, 0)  # what the retention rule removed at this sign-in
        self.idle = QTimer(self, singleShot=True)
        self.idle.timeout.connect(self.auto_lock)
        self.saved.connect(self._after_save)
        self.save_failed.connect(self._after_failure)

    @property
    def is_open(self) -> bool:
        return self.vault is not None and not self.lock_pending

    @property
    def path(self) -> Path | None:
        """The vault the window offers to unlock: the last one opened, else the default file.

        The default place counts when the settings do not name a file, as after
        `rsdesk vault create` on the command line or on a USB stick whose settings were lost.
        """
        if self.settings.last_vault:
            return Path(self.settings.last_vault)
        default = app_paths().default_vault
        return default if default.exists() else None

    def attach(self, unlocked: UnlockedFile, *, remember: bool = True) -> None:
        """Make the database of a file a worker unlocked, here on the GUI thread, and start.

        If the register cannot be used (made by a newer rsdesk, a password nobody holds), the
        file is let go and the error raised; the session stays as it was.
        """
        from rsdesk.vault import Vault

        vault = Vault.attach(unlocked)
        try:
            self.start(vault, remember=remember)
        except BaseException:
            vault.close(discard=True)
            raise

    def start(self, vault: Vault, *, remember: bool = True) -> None:
        """Take over a vault attached on this thread; remember it for the next start."""
        from rsdesk.access.workplace import Workplace

        # The register is migrated, and who signs in settled, before the vault is taken
        # over: a password nobody in the roster holds raises here and leaves the session
        # as it was.
        workplace = Workplace(
            vault,
            on_saved=self.saved.emit,
            on_failed=lambda error: self.save_failed.emit(error.message),
            retry_seconds=self.retry_seconds,
        )
        self.workplace, self.vault = workplace, vault
        self.service_name = workplace.profile.name if workplace.profile else ""
        self.desk = workplace.desk
        self.lock_pending = False
        self.last_error = ""
        if self.desk is not None:
            self.desk.subscribe(self.changed.emit)
            self.purged = workplace.sign_in()
        if remember:
            self.settings.last_vault = str(vault.path)
            if not vault.opened_with_recovery:  # the recovery slot is nobody's daily key
                self.settings.last_slot = vault.slot_id
            save_settings(self.settings)
        # Every event of the application passes through the filter, so it is there only
        # while a vault is open: the locked window (and the start) need no idle timer.
        QApplication.instance().installEventFilter(self)
        self.restart_idle_timer()
        self.opened.emit()

    @property
    def queue(self) -> SaveQueue | None:
        return self.workplace.queue if self.workplace is not None else None

    @property
    def user(self) -> Actor | None:
        return self.desk.actor if self.desk is not None else None

    @property
    def sees_requests(self) -> bool:
        """Whether the signed-in user sees the requests (a young mediator sees only cases)."""
        return self.desk is not None and bool(self.desk.may(Op.VIEW_REQUESTS))

    def lock(self) -> bool:
        """Drop the database and keys; returns False while unsaved changes keep them alive.

        Changes that cannot be written yet (disk full) are not thrown away: the window is
        locked at once, and the vault is dropped as soon as a retry succeeds. `released`
        follows the drop, never a failed save.
        """
        if self.vault is None:
            return True
        self.idle.stop()
        if self.queue is not None:
            self.queue.flush(timeout=10)
        if self.vault.dirty:
            self.lock_pending = True
            self.locked.emit()
            return False
        self._drop()
        self.locked.emit()
        self.released.emit()
        return True

    def _drop(self, *, discard: bool = False) -> None:
        QApplication.instance().removeEventFilter(self)
        if self.queue is not None:
            self.queue.stop()
        if self.vault is not None:
            self.vault.close(discard=discard)
        self.vault = self.workplace = None
        self.desk = None
        self.lock_pending = False

    def _after_save(self, _generation: int) -> None:
        self.last_error = ""
        if self.lock_pending and self.vault is not None and not self.vault.dirty:
            self._drop()
            self.released.emit()

    def _after_failure(self, message: str) -> None:
        self.last_error = message

    def close(self, *, discard: bool = False) -> str:
        """Save what is pending and close; returns a message when changes could not be saved.

        discard: close even so, the user having chosen it (or a copy elsewhere holding them).
        """
        if self.vault is None:
            return ""
        if discard:
            self._drop(discard=True)
            return ""
        if self.queue is not None:
            self.queue.flush(timeout=15)
        if self.vault.dirty:
            try:
                self.vault.commit()
            except VaultError as error:
                return error.message
        self._drop()
        return ""

    def idle_minutes(self) -> int:
        """Minutes of no input before the vault locks; 0 (never) only for the curator."""
        minutes = self.settings.auto_lock_minutes
        if minutes == 0 and not (self.desk is not None and self.desk.is_curator):
            return UNLESS_CURATOR_MINUTES
        return minutes

    def restart_idle_timer(self) -> None:
        minutes = self.idle_minutes()
        if self.vault is not None and minutes > 0:
            self.idle.start(minutes * 60_000)
        else:
            self.idle.stop()

    def auto_lock(self) -> None:
        if self.is_open:
            self.lock()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in INPUT_EVENTS and self.is_open:
            self.restart_idle_timer()
        return False

    def status_text(self) -> str:
        """Says «saved» only once the writer has put every change in the file."""
        # Qt's compiled catalogue, not the core's: the locked window at start then needs no
        # parsing of the .ts file.
        if self.lock_pending:
            return QCoreApplication.translate("session", "Locked; waiting to save the last changes")
        if self.vault is None:
            return QCoreApplication.translate("session", "Locked")
        if self.vault.read_only:
            state = QCoreApplication.translate("session", "Read-only")
        elif self.last_error:
            state = QCoreApplication.translate("session", "Not saved: {reason}").format(
                reason=self.last_error
            )
        elif self.vault.dirty:  # queued for the writer, or being written now
            state = QCoreApplication.translate("session", "Saving…")
        else:
            state = QCoreApplication.translate("session", "All changes saved")
        return f"{self.service_name} · {state}" if self.service_name else state
