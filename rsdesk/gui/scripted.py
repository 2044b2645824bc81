"""A test hook: RSDESK_TEST_SCRIPT drives the real application, run as its own process.

For the tests that must look at the program from outside, as the memory left after a lock
(tests/gui/test_lock_memory.py); loaded only when the variable is set. Steps, split by ";":

    unlock  put RSDESK_TEST_PASSWORD into the unlock screen, press «Open», wait for the
            sign-in; prints "signed in"
    cases   show the cases area; prints "shown: cases"
    card    open the card of the first case in the list; prints "shown: card"
    wait    print "waiting", then wait for a line (or the end) on standard input
    lock    lock as Ctrl+L does
    quit    close the window

Every start with the variable set first prints "shown: <screen>", as `gui --check` does. A
lock starts the program anew: the steps after it are left in the variable for that process.
The password is taken out of the environment before anything else, so the process a lock
starts never receives it; it is never written anywhere.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable
from typing import TYPE_CHECKING

from rsdesk.gui.qt import QApplication, QTimer

if TYPE_CHECKING:
    from rsdesk.gui.main_window import MainWindow

SCRIPT = "RSDESK_TEST_SCRIPT"
PASSWORD = "RSDESK_TEST_PASSWORD"
SIGN_IN_MS = 60_000


def say(line: str) -> None:
    print(line, flush=True)


def start_script(window: MainWindow) -> None:
    password = os.environ.pop(PASSWORD, "")
    steps = [step.strip() for step in os.environ.get(SCRIPT, "").split(";") if step.strip()]
    Script(window, steps, password).begin()


class Script:
    def __init__(self, window: MainWindow, steps: list[str], password: str) -> None:
        self.window = window
        self.steps = steps
        self.password = password
        self.actions: dict[str, Callable[[], None]] = {
            "unlock": self.unlock,
            "cases": self.cases,
            "card": self.card,
            "wait": self.wait,
            "lock": self.lock,
            "quit": self.quit,
        }

    def begin(self) -> None:
        QTimer.singleShot(0, self.window, self._first)

    def _first(self) -> None:
        say(f"shown: {self.window.screen_name()}")
        self.next()

    def next(self) -> None:
        if not self.steps:
            return
        step = self.steps.pop(0)
        action = self.actions.get(step)
        if action is None:
            say(f"failed: unknown step {step!r}")
            QApplication.exit(2)
            return
        QTimer.singleShot(0, self.window, action)

    def unlock(self) -> None:
        window, page = self.window, self.window.gate.unlock
        deadline = QTimer(window, singleShot=True)

        def signed_in() -> None:
            deadline.stop()
            window.session.opened.disconnect(signed_in)
            say("signed in")
            self.next()

        def too_long() -> None:
            say(f"failed: {page.ui.message.text()}")
            QApplication.exit(1)

        window.session.opened.connect(signed_in)
        deadline.timeout.connect(too_long)
        deadline.start(SIGN_IN_MS)
        page.ui.password.setText(self.password)
        self.password = ""
        page.ui.unlock.click()

    def cases(self) -> None:
        self.window.show_area(0)
        say(f"shown: {self.window.current_area()}")
        self.next()

    def card(self) -> None:
        from rsdesk.gui.cases.case_card import CaseCardDialog

        cases = self.window.pages["cases"]
        cases.tabs.setCurrentWidget(cases.cases)
        dialog = CaseCardDialog(self.window.session, cases.cases.model.rows[0].id, self.window)
        dialog.show()
        QApplication.processEvents()  # drawn, as a user would see it
        say("shown: card")
        self.next()

    def wait(self) -> None:
        say("waiting")
        sys.stdin.readline()
        self.next()

    def lock(self) -> None:
        os.environ[SCRIPT] = ";".join(self.steps)
        self.window.ui.actionLock.trigger()
        say("locked in place")  # only when the lock did not start the program anew
        self.next()

    def quit(self) -> None:
        self.window.close()
