"""A Qt-free background writer: saves the newest snapshot, retries failed saves, never drops one,
and between saves keeps the vault's lock (taken again as soon as a pulled stick is back)."""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable

from rsdesk.vault import errors
from rsdesk.vault.vault import Snapshot, Vault

log = logging.getLogger(__name__)


class _Tick:
    """What the worker wakes up with when there was nothing to save for a while."""


TICK = _Tick()


class SaveQueue:
    """One worker thread per open vault.

    ``submit`` keeps only the newest snapshot (it contains every older change). A failed save
    keeps its snapshot pending and is retried after ``retry_seconds``, or at once when a newer
    snapshot arrives or ``flush`` is called. Callbacks run on the worker thread: a GUI forwards
    them to its own thread (a queued signal).

    Every ``watch_seconds`` without a save, it asks the vault to hold its lock
    (`Vault.hold_lock`): a stick pulled and put back gets its lock again within seconds, not
    at the next change, and a save that failed meanwhile is retried at once.
    """

    def __init__(
        self,
        vault: Vault,
        on_saved: Callable[[int], None],
        on_failed: Callable[[errors.VaultError], None],
        retry_seconds: float = 30,
        watch_seconds: float = 3,
    ) -> None:
        self.vault = vault
        self.on_saved = on_saved
        self.on_failed = on_failed
        self.retry_seconds = retry_seconds
        self.watch_seconds = watch_seconds
        self._cond = threading.Condition()
        self._pending: Snapshot | None = None
        self._busy = False
        self._failed = False
        self._retry_at = 0.0
        self._attempts = 0
        self._stopping = False
        self._thread = threading.Thread(target=self._run, name="rsdesk-vault-save", daemon=True)
        self._thread.start()

    def submit(self, snapshot: Snapshot) -> None:
        with self._cond:
            if self._pending is None or snapshot.generation > self._pending.generation:
                self._pending = snapshot
            self._retry_at = 0.0
            self._cond.notify_all()

    @property
    def idle(self) -> bool:
        """Nothing waiting and nothing being written."""
        with self._cond:
            return self._pending is None and not self._busy

    def flush(self, timeout: float | None = None) -> bool:
        """Save what is pending now (a failed save is retried at once); True when all is saved.

        Returns False after timeout, or as soon as the attempt made for this flush fails.
        """
        deadline = None if timeout is None else time.monotonic() + timeout
        with self._cond:
            start = self._attempts
            self._retry_at = 0.0
            self._cond.notify_all()
            while self._pending is not None or self._busy:
                if self._failed and self._attempts > start and not self._busy:
                    return False
                remaining = None if deadline is None else deadline - time.monotonic()
                if remaining is not None and remaining <= 0:
                    return False
                self._cond.wait(remaining)
            return not self._failed

    def stop(self, timeout: float | None = None) -> bool:
        """Flush, then end the worker. True when everything was saved; if not, the vault is
        still dirty and its changes are still in memory."""
        saved = self.flush(timeout)
        with self._cond:
            self._stopping = True
            self._cond.notify_all()
        self._thread.join(timeout)
        return saved

    def _next(self) -> Snapshot | _Tick | None:
        """The snapshot to write now; a tick when watch_seconds passed without one; None
        once stopping."""
        with self._cond:
            while not self._stopping:
                if self._pending is not None:
                    wait = self._retry_at - time.monotonic() if self._failed else 0
                    if wait <= 0:
                        snapshot, self._pending = self._pending, None
                        self._busy = True
                        return snapshot
                    if not self._cond.wait(min(wait, self.watch_seconds)):
                        return TICK
                elif not self._cond.wait(self.watch_seconds):
                    return TICK
            return None

    def _watch(self) -> None:
        try:
            back = self.vault.hold_lock()
        except Exception:  # a closed vault or a bug: the next save reports it
            log.exception("holding the vault's lock failed")
            return
        if back:
            with self._cond:
                if self._failed and self._pending is not None and self._retry_at:
                    self._retry_at = 0.0  # the file is back and locked: save now
                    self._cond.notify_all()

    def _run(self) -> None:
        while (snapshot := self._next()) is not None:
            if isinstance(snapshot, _Tick):
                self._watch()
                continue
            error: errors.VaultError | None = None
            try:
                self.vault.write(snapshot)
            except errors.VaultError as exc:
                error = exc
            except Exception as exc:  # a closed vault or a bug: report it, keep the snapshot
                log.exception("saving the vault failed")
                error = errors.SaveFailed(cause=exc)
            with self._cond:
                self._busy = False
                self._attempts += 1
                self._failed = error is not None
                if error is not None:
                    if self._pending is None:
                        self._pending = snapshot
                    self._retry_at = time.monotonic() + self.retry_seconds
                self._cond.notify_all()
            self._report(snapshot.generation, error)

    def _report(self, generation: int, error: errors.VaultError | None) -> None:
        try:
            if error is None:
                self.on_saved(generation)
            else:
                self.on_failed(error)
        except Exception:
            log.exception("a save callback failed")
