"""Handing a signed-in adult's session over to a young mediator and taking it back, as the
adult does it: File → «Передать сеанс ученику-медиатору…», the pupil's row, OK; then the blue
bar's button and the adult's own password.

Young mediators hold no password (rsdesk/access/keyring.py): every GUI test of a young
mediator's session signs an adult in and comes here. Only clicks and keys on the real
widgets; the texts of the hand-over screens are not relied on, the objects are.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtTest import QTest

from rsdesk.gui.handover import HandOverDialog, TakeBackDialog
from rsdesk.gui.qt import QAction, QMenu, Qt
from tests.helpers.clicks import click, settle, type_text, wait_until

LEFT = Qt.MouseButton.LeftButton
NO_KEYS = Qt.KeyboardModifier.NoModifier


def menu_entry(window: Any, action: QAction) -> None:
    """Open the menu holding `action` from the window's menu bar with a click, then click the
    entry: a disabled or hidden entry fails here, as the person could not choose it."""
    bar = window.menuBar()
    menu = next(
        (
            a.menu()
            for a in bar.actions()
            if isinstance(a.menu(), QMenu) and action in a.menu().actions()
        ),
        None,
    )
    assert menu is not None, f"no menu holds {action.objectName()}"
    assert action.isVisible(), f"{action.objectName()} is hidden"
    assert action.isEnabled(), f"{action.objectName()} is disabled"
    QTest.mouseClick(bar, LEFT, NO_KEYS, bar.actionGeometry(menu.menuAction()).center())
    wait_until(menu.isVisible, 5, "the menu to open")
    rect = menu.actionGeometry(action)
    assert rect.isValid(), f"{action.objectName()} is not shown in its menu"
    QTest.mouseClick(menu, LEFT, NO_KEYS, rect.center())
    wait_until(lambda: not menu.isVisible(), 5, "the menu to close")


def hand_over_dialog(window: Any) -> HandOverDialog:
    """File → «Передать сеанс ученику-медиатору…»: the dialog that opens."""
    menu_entry(window, window.hand_over.action)
    wait_until(lambda: window.hand_over.dialog is not None, 5, "the hand-over dialog")
    dialog = window.hand_over.dialog
    assert isinstance(dialog, HandOverDialog) and dialog.isVisible()
    return dialog


def offered(dialog: HandOverDialog) -> dict[str, int]:
    """The people the dialog lists, by name, with the user id each row carries."""
    people = dialog.people
    return {
        people.item(row).text(): int(people.item(row).data(Qt.ItemDataRole.UserRole))
        for row in range(people.count())
    }


def hand_over(window: Any, name: str) -> None:
    """The signed-in adult hands the session over to the young mediator called `name`."""
    adult = window.session.user
    dialog = hand_over_dialog(window)
    assert not dialog.ok.isEnabled()  # nobody chosen yet
    names = list(offered(dialog))
    assert name in names, f"«{name}» not among {names}"
    people = dialog.people
    people.scrollToItem(people.item(names.index(name)))
    rect = people.visualItemRect(people.item(names.index(name)))
    QTest.mouseClick(people.viewport(), LEFT, NO_KEYS, rect.center())
    assert people.currentItem() is not None and people.currentItem().text() == name
    click(dialog.ok)
    wait_until(lambda: window.hand_over.dialog is None, 5, "the hand-over dialog to close")
    settle()
    assert window.session.user is not None and window.session.user.name == name
    assert window.session.desk.supervisor == adult
    assert window.hand_over.isVisible()


def take_back_dialog(window: Any) -> TakeBackDialog:
    """The blue bar's «Вернуть сеанс…»: the dialog asking the adult's password."""
    bar = window.hand_over
    assert bar.isVisible(), "the session is not handed over"
    click(bar.take_back_button)
    wait_until(lambda: bar.dialog is not None, 5, "the take-back dialog")
    dialog = bar.dialog
    assert isinstance(dialog, TakeBackDialog) and dialog.isVisible()
    return dialog


def try_password(dialog: TakeBackDialog, password: str) -> None:
    """Type a password into the take-back dialog (over what it held) and press its OK."""
    click(dialog.password)
    dialog.password.selectAll()
    QTest.keyClick(dialog.password, Qt.Key.Key_Delete)
    type_text(dialog.password, password)
    click(dialog.ok)


def take_back(window: Any, password: str) -> None:
    """The adult takes the session back with their own password; the bar goes."""
    young = window.session.user
    dialog = take_back_dialog(window)
    try_password(dialog, password)
    # A password that fits closes the dialog at once; one that does not leaves it open.
    assert window.hand_over.dialog is None, dialog.error.text()
    assert not window.hand_over.isVisible()
    assert window.session.desk.supervisor is None
    assert window.session.user != young
