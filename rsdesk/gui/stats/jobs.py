"""Background work of the statistics area: progress as a Qt signal, stopping, plain errors."""

from __future__ import annotations

import logging

from rsdesk.domain.refusals import Refused
from rsdesk.gui.qt import QCoreApplication, QObject, Signal
from rsdesk.os_errors import os_reason

log = logging.getLogger(__name__)
# A bar of 300 px cannot show more steps than this; 32,000 files need not cost 32,000 signals.
PROGRESS_STEPS = 200


class CancelledError(Exception):
    """The user stopped the work; not an error to report."""


class ProgressRelay(QObject):
    """Carries `progress(done, total)` from a worker thread to the GUI thread.

    The relay lives in the GUI thread, so a signal emitted from the worker is queued and its
    slots run on the GUI thread, where they may touch widgets. `run_in_background` reports only
    at the end; this is the channel for the steps in between.
    """

    progressed = Signal(int, int)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        # Written by the GUI thread, read by the worker: a plain bool is enough for a flag.
        self.cancel_requested = False
        self._last = -1

    def report(self, done: int, total: int) -> None:
        """The `progress` callback given to the core; raises CancelledError once stop was asked."""
        if self.cancel_requested:
            raise CancelledError
        step = max(1, total // PROGRESS_STEPS)
        if done >= total or done - self._last >= step:
            self._last = done
            self.progressed.emit(done, total)


def error_text(error: BaseException) -> str:
    """What the user reads about a failure: the core's own message, or a short plain sentence."""
    if isinstance(error, Refused):  # the statistics' own errors are refusals too
        return error.message
    if isinstance(error, OSError):
        reason = os_reason(error)
        where = error.filename
        if where:
            return QCoreApplication.translate(
                "StatisticsJobs", "The file {path} cannot be written or read: {reason}"
            ).format(path=where, reason=reason)
        return QCoreApplication.translate(
            "StatisticsJobs", "The file cannot be written or read: {reason}"
        ).format(reason=reason)
    # Unexpected: the details go to the log for a developer, the user gets one calm sentence.
    log.error("statistics job failed", exc_info=error)
    return QCoreApplication.translate(
        "StatisticsJobs", "Something went wrong ({error}). Nothing was written."
    ).format(error=type(error).__name__)


def with_suffix(path: str, suffix: str) -> str:
    """A chosen file name with the expected suffix, added when the user typed none."""
    return path if path.lower().endswith(suffix) else path + suffix
