"""Looking at a window as a person on a small screen would: does its frame lie on the screen,
are its default and cancel buttons shown whole, is it squeezed; and opening, looking at and
closing every window its «…» buttons open, to a depth.

Used by tests/gui/test_windows_fit.py on a 1024×728 screen (tests/helpers/child_screen.py).
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass, field

import pytest

# The words of a button that leaves a window without doing anything more.
WAYS_OUT = {"Отмена", "Отменить", "Закрыть", "Cancel", "Close"}


def settle() -> None:
    from PySide6.QtTest import QTest

    from rsdesk.gui.qt import QApplication

    QApplication.processEvents()
    QTest.qWait(10)
    QApplication.processEvents()


def plain(text: str) -> str:
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&")


def key_buttons(window) -> tuple[list, list]:
    """(default-like buttons, ways out) of a dialog, a wizard or a message box."""
    from rsdesk.gui.qt import QDialogButtonBox, QMessageBox, QPushButton, QWizard

    role = QDialogButtonBox.ButtonRole
    if isinstance(window, QWizard):
        which = QWizard.WizardButton
        ahead = [which.NextButton, which.FinishButton, which.CommitButton]
        shown = [window.button(b) for b in ahead if window.button(b).isVisible()]
        cancel = window.button(which.CancelButton)
        # A page may hide Cancel on purpose (the service file is made: its key must be
        # confirmed); the way on is then the way out.
        return shown, [cancel] if cancel.isVisible() or not shown else shown
    if isinstance(window, QMessageBox):
        default, escape = window.defaultButton(), window.escapeButton()
        return [b for b in (default,) if b is not None], [b for b in (escape,) if b is not None]
    defaults, ways_out = [], []
    for box in window.findChildren(QDialogButtonBox):
        if box.window() is not window or not box.isVisible():
            continue
        for button in box.buttons():
            if box.buttonRole(button) in (role.AcceptRole, role.YesRole, role.ApplyRole):
                defaults.append(button)
            elif box.buttonRole(button) in (role.RejectRole, role.NoRole):
                ways_out.append(button)
    for button in window.findChildren(QPushButton):
        if button.window() is not window or not button.isVisible():
            continue
        if button.isDefault() and button not in defaults:
            defaults.append(button)
        if plain(button.text()) in WAYS_OUT and button not in ways_out:
            ways_out.append(button)
    return defaults, ways_out


def cut_off(button, window) -> str:
    """Why the button is not shown whole, or ""."""
    from rsdesk.gui.qt import QPoint, QRect

    if not button.isVisible():
        return "hidden"
    rect = button.geometry()
    widget = button.parentWidget()
    while widget is not None and widget is not window:
        if not widget.rect().contains(rect):
            return f"cut off by {type(widget).__name__} «{widget.objectName()}»"
        rect = QRect(widget.mapToParent(rect.topLeft()), rect.size())
        widget = widget.parentWidget()
    if not window.rect().contains(rect):
        return "outside the window"
    room = window.screen().availableGeometry()
    if not room.contains(QRect(button.mapToGlobal(QPoint(0, 0)), button.size())):
        return "off the screen"
    return ""


@dataclass
class Look:
    """Every window looked at, and what does not fit."""

    seen: list[str] = field(default_factory=list)
    misfits: list[str] = field(default_factory=list)

    def at(self, window, name: str) -> None:
        from rsdesk.gui.qt import QDialog, QMainWindow

        settle()
        room = window.screen().availableGeometry()
        frame = window.frameGeometry()
        where = f"{name} [{type(window).__module__}.{type(window).__name__}]"
        self.seen.append(f"{where}: {frame.width()}×{frame.height()}")
        problems = []
        if not room.contains(frame):
            problems.append(
                f"frame {frame.width()}×{frame.height()} at {frame.x()},{frame.y()} "
                f"on a {room.width()}×{room.height()} screen"
            )
        problems += squeezed(window)
        if isinstance(window, QMainWindow):
            problems += squeezed_areas(window)
        elif isinstance(window, QDialog):
            defaults, ways_out = key_buttons(window)
            if not ways_out:
                problems.append("no Cancel or Close button")
            for button in defaults + ways_out:
                why = cut_off(button, window)
                said = f"«{plain(button.text())}» {why}"
                if why and said not in problems:
                    problems.append(said)
        if problems:
            self.misfits.append(f"{where}: " + "; ".join(problems))

    def tabs_of(self, window, name: str) -> None:
        """The window on each tab of its tab widgets, the first tab left on."""
        from rsdesk.gui.qt import QTabWidget

        self.at(window, name)
        for tabs in window.findChildren(QTabWidget):
            if tabs.window() is not window or not tabs.isVisible():
                continue
            first = tabs.currentIndex()
            for index in range(tabs.count()):
                if index != first and tabs.isTabVisible(index) and tabs.isTabEnabled(index):
                    tabs.setCurrentIndex(index)
                    self.at(window, f"{name}, tab «{plain(tabs.tabText(index))}»")
            tabs.setCurrentIndex(first)

    def choices_of(self, window, name: str) -> None:
        """The dialog with each of its choices (radio buttons) taken in turn."""
        from rsdesk.gui.qt import QButtonGroup

        for group in window.findChildren(QButtonGroup):
            for radio in group.buttons():
                if radio.window() is window and radio.isVisible() and radio.isEnabled():
                    radio.click()
                    self.at(window, f"{name}, «{plain(radio.text())}» chosen")

    def opened_by(
        self, trigger: Callable[[], object], name: str, depth: int = 1, wait: float = 1.5
    ) -> bool:
        """Do `trigger()` and look at the window it opens (exec(), open() or show()), then at
        what its «…» buttons open (to `depth`), and close it. False if nothing opened."""
        from PySide6.QtTest import QTest

        from rsdesk.gui.qt import QApplication, QDialog, QTimer

        before = [w for w in QApplication.topLevelWidgets() if w.isVisible()]
        handled: list[QDialog] = []
        failures: list[BaseException] = []
        returned, stopped = [False], [False]
        deadline = time.monotonic() + wait

        def fresh() -> QDialog | None:
            windows = [
                w
                for w in QApplication.topLevelWidgets()
                if isinstance(w, QDialog)
                and w.isVisible()
                and not any(w is b for b in before + handled)
            ]
            active = QApplication.activeModalWidget()
            return active if any(active is w for w in windows) else (windows or [None])[-1]

        def poll() -> None:
            # Also what opens after the first window closed, while the trigger still runs (a
            # file dialog after the export dialog): nothing is left open to block the run.
            if stopped[0]:
                return
            window = fresh()
            if window is not None:
                title = f"«{window.windowTitle()}»"
                handled.append(window)
                then = "then " if handled[1:] else ""
                try:
                    self.explore(window, f"{name}: {then}{title}", depth)
                except BaseException as error:  # re-raised below, in the test's frame
                    failures.append(error)
                finally:
                    close(window)
            if not returned[0] or (not handled and time.monotonic() < deadline):
                QTimer.singleShot(20, poll)

        QTimer.singleShot(0, poll)
        try:
            trigger()
        finally:
            returned[0] = True
        while not handled and time.monotonic() < deadline:
            QTest.qWait(20)
        stopped[0] = True
        if failures:
            raise failures[0]
        if not handled:
            self.seen.append(f"{name}: nothing opened")
        return bool(handled)

    def explore(self, window, name: str, depth: int) -> None:
        from rsdesk.gui.qt import QFileDialog, QMessageBox

        self.tabs_of(window, name)
        if isinstance(window, QFileDialog | QMessageBox):
            return
        self.choices_of(window, name)
        if depth > 0:
            self.open_each(window, name, depth - 1)

    def open_each(self, parent, name: str, depth: int = 1) -> None:
        """Open, look at and close what each «…» button under `parent` opens."""
        from rsdesk.gui.qt import QPushButton

        for button in dialog_buttons(parent):
            if button.isVisible() and button.isEnabled() and isinstance(button, QPushButton):
                text = plain(button.text())
                self.opened_by(button.click, f"{name} → «{text}»", depth)

    def says_all_fit(self) -> None:
        if self.misfits:
            listing = "\n  ".join(self.seen)
            pytest.fail("\n".join(self.misfits) + f"\n(looked at:\n  {listing})", pytrace=False)


def dialog_buttons(parent) -> list:
    """The buttons under `parent`, in its own window, that open a window: «…», no menu."""
    from rsdesk.gui.qt import QDialogButtonBox, QPushButton

    role = QDialogButtonBox.ButtonRole

    def ends_the_dialog(button) -> bool:
        """OK, Cancel and their kind answer the dialog; «Экспорт…» beside them opens one."""
        box = button.parentWidget()
        return isinstance(box, QDialogButtonBox) and box.buttonRole(button) not in (
            role.ActionRole,
            role.ResetRole,
            role.HelpRole,
        )

    return [
        b
        for b in parent.findChildren(QPushButton)
        if b.window() is parent.window()
        and plain(b.text()).endswith("…")
        and b.menu() is None
        and not ends_the_dialog(b)
    ]


def close(window) -> None:
    """Close a window as Cancel does, without the questions a form may ask on the way out."""
    import shiboken6

    from rsdesk.gui.qt import QDialog

    if shiboken6.isValid(window) and window.isVisible():
        if isinstance(window, QDialog):
            QDialog.done(window, QDialog.DialogCode.Rejected.value)
        else:
            window.close()
    settle()


def wait_for(condition: Callable[[], object], seconds: float = 20.0) -> None:
    from PySide6.QtTest import QTest

    deadline = time.monotonic() + seconds
    while not condition():
        assert time.monotonic() < deadline, f"waited {seconds} s for {condition}"
        QTest.qWait(20)


def squeezed(window) -> list[str]:
    """Whether the window is smaller than its layout needs: wrapped text then overlaps."""
    layout = window.layout()
    if layout is None:
        return []
    needed = layout.totalMinimumSize()
    if layout.hasHeightForWidth():  # wrapped text needs more lines when the window is narrow
        needed.setHeight(max(needed.height(), layout.totalMinimumHeightForWidth(window.width())))
    if needed.width() > window.width() or needed.height() > window.height():
        return [f"squeezed: needs {needed.width()}×{needed.height()} inside"]
    return []


def squeezed_areas(window) -> list[str]:
    """The main window's area pages that need more width than their room (a sideways scroll)."""
    from rsdesk.gui.qt import QScrollArea

    problems = []
    page = window.ui.areas.currentWidget()
    for scroll in [page, *page.findChildren(QScrollArea)]:
        if isinstance(scroll, QScrollArea) and scroll.property("areaRoom"):
            inner = scroll.widget()
            if inner is not None and inner.minimumSizeHint().width() > scroll.viewport().width():
                problems.append(
                    f"«{window.ui.navigation.currentItem().text()}» needs "
                    f"{inner.minimumSizeHint().width()} px, has {scroll.viewport().width()} px"
                )
    return problems
