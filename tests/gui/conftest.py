"""pytest-qt helpers: the application as rsdesk sets it up, Russian typing, modal dialogs."""

from __future__ import annotations

import pytest

from rsdesk import i18n


@pytest.fixture(scope="session")
def qapp_cls():
    from rsdesk.gui.qt import QApplication

    return QApplication


@pytest.fixture
def app(qapp):
    """The QApplication with rsdesk's font and the Russian translators, reset after the test."""
    from rsdesk.gui.app import create_app
    from rsdesk.gui.language import install_language

    create_app([])
    install_language("ru")
    yield qapp
    install_language("ru")
    i18n.set_language("ru")


def _type_text(widget, text: str) -> None:
    """Type any text, Cyrillic included, one key event per character.

    qtbot.keyClicks aborts the process on non-ASCII characters (a Qt assertion), so Russian
    is sent as QKeyEvents carrying the character as text.
    """
    from rsdesk.gui.qt import QApplication, QEvent, QKeyEvent, Qt

    for ch in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(
                widget, QKeyEvent(kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, ch)
            )


@pytest.fixture
def type_text():
    return _type_text
