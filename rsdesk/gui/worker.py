"""Runs slow core work (key derivation, saving, rendering) off the GUI thread.

Like Anki's QueryOp: the function runs in Qt's thread pool; its result or exception comes
back to the GUI thread through a queued signal, so callbacks may touch widgets.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from rsdesk.gui.qt import QObject, QRunnable, QThreadPool, Signal

_alive: set[_Relay] = set()


class _Relay(QObject):
    done = Signal(object)
    failed = Signal(object)


class _Job(QRunnable):
    def __init__(self, fn: Callable[[], Any], relay: _Relay) -> None:
        super().__init__()
        self.fn = fn
        self.relay = relay

    def run(self) -> None:
        try:
            result = self.fn()
        except BaseException as error:  # handed to the GUI, never lost
            self.relay.failed.emit(error)
        else:
            self.relay.done.emit(result)


def run_in_background(
    fn: Callable[[], Any], on_done: Callable[[Any], None], on_error: Callable[[BaseException], None]
) -> None:
    """Call fn in a worker thread; on_done(result) or on_error(exception) on the GUI thread."""
    relay = _Relay()
    _alive.add(relay)  # the relay must outlive this call until a signal has been delivered

    def finish(callback: Callable[[Any], None], value: Any) -> None:
        _alive.discard(relay)
        relay.deleteLater()
        callback(value)

    relay.done.connect(lambda result: finish(on_done, result))
    relay.failed.connect(lambda error: finish(on_error, error))
    QThreadPool.globalInstance().start(_Job(fn, relay))
