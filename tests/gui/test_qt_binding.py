"""The Qt binding must not leak references to None: the suite and the app would abort.

PySide6 6.12.0 released None once per static call such as QApplication.processEvents(); on
Python 3.11 (None is not immortal there) a few thousand calls end in "deallocating None".
pytest-qt's waits make such calls constantly, so a bad binding version is caught here.
"""

from __future__ import annotations

import sys

from rsdesk.gui.qt import QApplication, QCoreApplication, QEventLoop


def test_static_calls_keep_none_alive(app):
    calls = (
        QApplication.processEvents,
        lambda: QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 1),
        QCoreApplication.sendPostedEvents,
    )
    for call in calls:
        before = sys.getrefcount(None)
        for _ in range(500):
            call()
        # A little slack for objects created meanwhile; a leak would show as -500.
        assert sys.getrefcount(None) - before > -50
