"""Runs slow core work (key derivation, saving, rendering) off the GUI thread.

Like Anki's QueryOp: `read` runs at once on the GUI thread, the one thread that owns the
database, and gathers plain data; `work` gets only that data in Qt's thread pool; its result
or exception comes back to the GUI thread through a queued signal, so callbacks may touch
widgets. A worker never sees the database, so nothing half-read can race a change
(docs/ARCHITECTURE.md § "Threads").
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar

from rsdesk.gui.qt import QObject, QRunnable, QThreadPool, Signal

T = TypeVar("T")
_alive: set[_Relay] = set()


class _Relay(QObject):
    done = Signal(object)
    failed = Signal(object)


class _Job(QRunnable):
    def __init__(self, work: Callable[[Any], Any], data: Any, relay: _Relay) -> None:
        super().__init__()
        self.work = work
        self.data = data
        self.relay = relay

    def run(self) -> None:
        try:
            result = self.work(self.data)
        except BaseException as error:  # handed to the GUI, never lost
            self.relay.failed.emit(error)
        else:
            self.relay.done.emit(result)


def run_in_background(
    read: Callable[[], T],
    work: Callable[[T], Any],
    on_done: Callable[[Any], None],
    on_error: Callable[[BaseException], None],
) -> None:
    """`work(read())` with `read` here and `work` in a worker; then on_done(result) or
    on_error(exception) on the GUI thread. A failing `read` is reported like a failing work."""
    try:
        data = read()
    except Exception as error:
        on_error(error)
        return
    relay = _Relay()
    _alive.add(relay)  # the relay must outlive this call until a signal has been delivered

    def finish(callback: Callable[[Any], None], value: Any) -> None:
        _alive.discard(relay)
        relay.deleteLater()
        callback(value)

    relay.done.connect(lambda result: finish(on_done, result))
    relay.failed.connect(lambda error: finish(on_error, error))
    QThreadPool.globalInstance().start(_Job(work, data, relay))
