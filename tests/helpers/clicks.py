"""A user's hands on the real widgets: clicks, keys, Russian typed per character, dates typed as
digits, combo items picked with the keyboard, and modal dialogs answered while they are open.

Everything goes through QTest events on the widgets a person would touch; nothing sets a
value behind a widget's back. A modal dialog (`exec()`, QMessageBox) blocks the caller, so
`modal` answers it from a timer inside its own event loop and re-raises what went wrong there.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import date
from typing import TypeVar

import shiboken6
from PySide6.QtTest import QTest

from rsdesk.gui.qt import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QEvent,
    QGuiApplication,
    QKeyEvent,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPoint,
    QRadioButton,
    Qt,
    QTextEdit,
    QTimer,
    QWidget,
)

LEFT = Qt.MouseButton.LeftButton
W = TypeVar("W", bound=QWidget)


# --- finding what a person sees --------------------------------------------------------------


def plain(text: str) -> str:
    """A button's text as read: without the «&» of its keyboard shortcut."""
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&")


def shown(widget: QWidget) -> bool:
    return widget.isVisible() and widget.isEnabled()


def button(parent: QWidget, text: str, *, kind: type[QAbstractButton] = QAbstractButton):
    """The one visible button under `parent` whose text (without «&») is `text`, or begins
    with it when it ends in «…» elided by the caller."""
    found = [
        b
        for b in parent.findChildren(kind)
        if b.isVisible() and (plain(b.text()) == text or plain(b.text()) == text + "…")
    ]
    texts = sorted({plain(b.text()) for b in parent.findChildren(kind) if b.isVisible()})
    assert len(found) == 1, f"button «{text}»: {len(found)} found among {texts}"
    return found[0]


def has_button(parent: QWidget, text: str) -> bool:
    return any(
        b.isVisible() and plain(b.text()) in (text, text + "…")
        for b in parent.findChildren(QAbstractButton)
    )


def dialog_button(dialog: QWidget, which: QDialogButtonBox.StandardButton) -> QAbstractButton:
    """A standard button (OK, Cancel, Save…) of the dialog's visible button box."""
    for box in dialog.findChildren(QDialogButtonBox):
        found = box.button(which)
        if found is not None and found.isVisible():
            return found
    raise AssertionError(f"{dialog.windowTitle()}: no visible {which}")


OK = QDialogButtonBox.StandardButton.Ok
CANCEL = QDialogButtonBox.StandardButton.Cancel
SAVE = QDialogButtonBox.StandardButton.Save
CLOSE = QDialogButtonBox.StandardButton.Close


def labelled(parent: QWidget, caption: str, kind: type[W]) -> W:
    """The field a visible label names as its buddy («&Дата встречи:» names its editor)."""
    from rsdesk.gui.qt import QLabel

    for label in parent.findChildren(QLabel):
        if label.isVisible() and plain(label.text()).rstrip(": *\u00a0") == caption:
            buddy = label.buddy()
            if buddy is None:
                continue
            if isinstance(buddy, kind):
                return buddy
            inner = buddy.findChild(kind)
            if inner is not None:
                return inner
    raise AssertionError(f"no field «{caption}» of {kind.__name__}")


# --- the mouse ---------------------------------------------------------------------------------


def click(widget: QWidget, pos: QPoint | None = None) -> None:
    """A left click where a person would click: visible and enabled, or the test says why not."""
    assert widget.isVisible(), f"not visible: {_name(widget)}"
    assert widget.isEnabled(), f"disabled: {_name(widget)} ({widget.toolTip()})"
    if isinstance(widget, QRadioButton | QAbstractButton) and widget.isCheckable() and pos is None:
        # The indicator: a radio button's or check box's middle may lie past its text.
        pos = QPoint(6, widget.height() // 2)
    QTest.mouseClick(widget, LEFT, Qt.KeyboardModifier.NoModifier, pos or QPoint())


def press(parent: QWidget, text: str) -> None:
    """Click the button that says `text`."""
    click(button(parent, text))


def _name(widget: QWidget) -> str:
    text = plain(widget.text()) if hasattr(widget, "text") else ""
    return f"{type(widget).__name__} {widget.objectName()!r} «{text}»"


def click_row(view: QAbstractItemView, row: int, column: int = 0) -> None:
    """Click a row of a list or a table, scrolled into view first as a person would."""
    index = view.model().index(row, column)
    view.scrollTo(index)
    rect = view.visualRect(index)
    QTest.mouseClick(view.viewport(), LEFT, Qt.KeyboardModifier.NoModifier, rect.center())


def row_of(view: QAbstractItemView, text: str, column: int = 0) -> int:
    """The row whose cell in `column` shows `text` (or begins with it)."""
    model = view.model()
    cells = [str(model.index(r, column).data() or "") for r in range(model.rowCount())]
    for row, cell in enumerate(cells):
        if cell == text or cell.startswith(text):
            return row
    raise AssertionError(f"«{text}» not among {cells}")


def check_item(view: QAbstractItemView, text: str, checked: bool = True) -> None:
    """Tick (or untick) the check box of a list item by clicking it and pressing Space."""
    row = row_of(view, text)
    click_row(view, row)
    item_state = view.model().index(row, 0).data(Qt.ItemDataRole.CheckStateRole)
    wanted = Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked
    if Qt.CheckState(item_state) != wanted:
        QTest.keyClick(view, Qt.Key.Key_Space)
    state = Qt.CheckState(view.model().index(row, 0).data(Qt.ItemDataRole.CheckStateRole))
    assert state == wanted, (text, state)


def tick(box: QWidget, checked: bool = True) -> None:
    """A check box (or rsdesk's wrapping one, whose `.box` is the real one) to the wanted state."""
    real = getattr(box, "box", box)
    if real.isChecked() != checked:
        click(real)
    assert real.isChecked() == checked


# --- the keyboard ------------------------------------------------------------------------------


def type_text(widget: QWidget, text: str) -> None:
    """Type any text, Cyrillic included, one key event per character.

    QTest.keyClicks aborts the process on a non-ASCII character (a Qt assertion), so each
    character goes as a QKeyEvent carrying it as text.
    """
    widget.setFocus()
    for ch in text:
        key = Qt.Key.Key_Return if ch == "\n" else Qt.Key.Key_unknown
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, key, Qt.KeyboardModifier.NoModifier, ch))


def retype(widget: QWidget, text: str) -> None:
    """Select what a field holds and type over it."""
    click(widget)
    QTest.keyClick(widget, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    QTest.keyClick(widget, Qt.Key.Key_Delete)
    type_text(widget, text)


def key(widget: QWidget, which: Qt.Key, modifiers=Qt.KeyboardModifier.NoModifier) -> None:
    QTest.keyClick(widget, which, modifiers)


def ru_date(day: date) -> str:
    return day.strftime("%d.%m.%Y")


def type_date(widget: QWidget, day: date) -> None:
    """Type a date as a person does: click the field and type its digits from the start.

    rsdesk's DateEdit (a masked line) takes the eight digits in one go; a QDateEdit takes them
    section after section; a plain line takes the date with its dots.
    """
    line = getattr(widget, "line", None)
    if isinstance(line, QLineEdit):  # rsdesk.gui.dates.DateEdit
        click(line)
        QTest.keyClick(line, Qt.Key.Key_Home)
        QTest.keyClicks(line, day.strftime("%d%m%Y"))
        assert line.text() == ru_date(day), (line.text(), day)
        return
    if isinstance(widget, QDateEdit):
        click(widget)
        QTest.keyClick(widget, Qt.Key.Key_Home)
        for part in (day.strftime("%d"), day.strftime("%m"), day.strftime("%Y")):
            QTest.keyClicks(widget, part)
            QTest.keyClick(widget, Qt.Key.Key_Right)
        return
    if isinstance(widget, QLineEdit):
        retype(widget, ru_date(day))
        return
    raise AssertionError(f"not a date field: {_name(widget)}")


def date_text(widget: QWidget) -> str:
    line = getattr(widget, "line", None)
    if isinstance(line, QLineEdit):
        return line.text()
    if isinstance(widget, QDateEdit):
        return widget.date().toString("dd.MM.yyyy")
    return widget.text()  # type: ignore[attr-defined]


def pick(combo: QComboBox, text: str) -> None:
    """Choose an item as a person does: click the box, then the item in the list that opens.

    The item is the one whose text is `text`, else the first that begins with it.
    """
    texts = [combo.itemText(i) for i in range(combo.count())]
    wanted = next((i for i, t in enumerate(texts) if t == text), None)
    if wanted is None:
        wanted = next((i for i, t in enumerate(texts) if t.startswith(text)), None)
    assert wanted is not None, f"«{text}» not among {texts}"
    assert combo.isVisible() and combo.isEnabled(), _name(combo)
    QTest.mouseClick(combo, LEFT)
    view = combo.view()
    wait_until(view.isVisible, 5, f"the list of {_name(combo)}")
    # In the list that opened, the arrows and Enter: a click there right after the one that
    # opened it counts as the end of that click, and Qt ignores it.
    QTest.keyClick(view, Qt.Key.Key_Home)
    for _ in range(wanted):
        QTest.keyClick(view, Qt.Key.Key_Down)
    assert view.currentIndex().row() == wanted, (text, view.currentIndex().row())
    QTest.keyClick(view, Qt.Key.Key_Return)
    if shiboken6.isValid(combo) and combo.isVisible():  # a table's editor closes on the pick
        assert combo.currentIndex() == wanted, (text, combo.currentText())


def text_of(widget: QWidget) -> str:
    if isinstance(widget, QPlainTextEdit):
        return widget.toPlainText()
    if isinstance(widget, QTextEdit):
        return widget.toPlainText()
    return widget.text()  # type: ignore[attr-defined]


# --- modal dialogs -----------------------------------------------------------------------------


def settle(ms: int = 0) -> None:
    """Let queued events (deferred deletes, layout, queued signals) run."""
    QApplication.processEvents()
    if ms:
        QTest.qWait(ms)


def wait_until(condition: Callable[[], object], timeout: float = 10.0, what: str = "") -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            raise AssertionError(f"waited {timeout} s for {what or condition}")
        QTest.qWait(20)


def modal(
    trigger: Callable[[], object],
    *answers: Callable[[QDialog], object],
    kind: type[QDialog] = QDialog,
    timeout: float = 10.0,
) -> None:
    """Do `trigger()` (a click, a key) and answer each modal dialog it opens, in turn.

    Works for `exec()` (the trigger blocks until the dialog closes: the answer runs inside
    its event loop) and for `open()` (the trigger returns at once and this waits). Each answer
    gets the next new modal dialog and must close it, as the person would; a dialog that
    opens once another closed (the case card after a decision) takes the next answer. If an
    answer fails, the dialogs left open are rejected and the failure is raised here.
    """
    before = QApplication.activeModalWidget()
    failures: list[BaseException] = []
    waiting = list(answers)
    done: list[QWidget] = []
    deadline = [time.monotonic() + timeout]

    def poll() -> None:
        current = QApplication.activeModalWidget()
        fresh = (
            isinstance(current, kind)
            and current is not before
            and current.isVisible()
            and not any(current is d for d in done)
        )
        if fresh:
            answer = waiting.pop(0)
            done.append(current)
            try:
                answer(current)
            except BaseException as error:  # re-raised below, in the caller's frame
                failures.append(error)
                waiting.clear()
                close_down_to(before)
                return
            deadline[0] = time.monotonic() + timeout
        elif time.monotonic() > deadline[0]:
            failures.append(AssertionError(f"no {kind.__name__} opened in {timeout} s"))
            waiting.clear()
            close_down_to(before)
            return
        if waiting:
            QTimer.singleShot(20, poll)

    QTimer.singleShot(0, poll)
    trigger()
    while waiting and not failures:
        QTest.qWait(20)
    if failures:
        raise failures[0]


def close_down_to(keep: QWidget | None) -> None:
    """Reject every modal dialog opened above `keep`, innermost first."""
    for _ in range(20):
        current = QApplication.activeModalWidget()
        if current is None or current is keep or not isinstance(current, QDialog):
            return
        current.reject()
        settle()


def answer_box(choice: QMessageBox.StandardButton, *, says: str = "") -> Callable[[QDialog], None]:
    """An answer for `modal` that reads a message box (its text must contain `says`) and
    presses one of its buttons."""

    def answer(dialog: QDialog) -> None:
        assert isinstance(dialog, QMessageBox), type(dialog)
        assert says in dialog.text() + dialog.informativeText(), dialog.text()
        click(dialog.button(choice))

    return answer


_misfits: list[str] | None = None


def fits_screen(window: QWidget) -> None:
    """The whole frame lies in the screen's available area, as on the school's laptop.

    Inside `misfits_said_at_the_end` a window that does not fit is noted and the work goes
    on (the person would drag it about); the block fails at its end, naming every one.
    """
    settle()
    # The laptop has one screen: its available area is the room every window has.
    room = QGuiApplication.primaryScreen().availableGeometry()
    frame = window.frameGeometry()
    if room.contains(frame):
        return
    problem = (
        f"«{window.windowTitle()}» {frame.width()}×{frame.height()} at "
        f"{frame.x()},{frame.y()} does not fit {room.width()}×{room.height()}"
    )
    if _misfits is None:
        raise AssertionError(problem)
    _misfits.append(problem)


@contextmanager
def misfits_said_at_the_end() -> Iterator[list[str]]:
    global _misfits
    _misfits = found = []
    try:
        yield found
    finally:
        _misfits = None
    assert not found, "windows larger than the screen:\n" + "\n".join(found)
