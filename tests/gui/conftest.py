"""pytest-qt helpers: the application as rsdesk sets it up, Russian typing, modal dialogs."""

from __future__ import annotations

from datetime import date

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


# Cheap key derivation for tests that only need an open vault; the GUI itself always uses
# the calibrated parameters.
TEST_PASSWORD = "Пароль для тестов 2026"


@pytest.fixture
def service_password():
    return TEST_PASSWORD


@pytest.fixture
def service_vault(app, tmp_path):
    """A freshly created school service vault (fast KDF), open on this (the GUI) thread;
    closed after the test."""
    from rsdesk.access.service_files import found_service
    from rsdesk.vault import KdfParams, Vault

    unlocked, _key = found_service(
        tmp_path / "service.rsdv",
        TEST_PASSWORD,
        kind="school",
        name="МБОУ «Школа № 7»",
        region="Кузбасс",
        municipality="г. Кемерово",
        curator_name="Смирнова Ольга Петровна",
        pledged_on=date.today(),
        kdf=KdfParams(memory_kib=8 * 1024, iterations=1, lanes=1),
    )
    vault = Vault.attach(unlocked)
    yield vault
    vault.close()


@pytest.fixture
def open_window(app, qtbot, service_vault):
    """The main window with the service vault open, as after a successful unlock."""
    from rsdesk.gui.main_window import MainWindow
    from rsdesk.settings import load_settings

    window = MainWindow(load_settings())
    qtbot.addWidget(window)
    window.show()
    window.session.start(service_vault)
    yield window
    window.session.close()


@pytest.fixture
def area(app, qtbot, service_vault):
    """The «Программы и встречи» area on its own session, as the program wizard tests use it."""
    from tests.helpers.wizard import programs_area

    with programs_area(qtbot, service_vault) as programs:
        yield programs


def _run_modal(trigger, drive) -> None:
    """Open a modal dialog with trigger() and answer it with drive() once it is shown.

    If drive() fails, every modal dialog is rejected so the run cannot hang on an unanswered
    exec(), and the failure is raised here, in the test.
    """
    from rsdesk.gui.qt import QApplication, QDialog, QTimer

    failures: list[BaseException] = []

    def step() -> None:
        try:
            drive()
        except BaseException as error:  # re-raised below, in the test's own frame
            failures.append(error)
            while isinstance(dialog := QApplication.activeModalWidget(), QDialog):
                dialog.reject()

    QTimer.singleShot(0, step)
    trigger()
    if failures:
        raise failures[0]


@pytest.fixture
def run_modal():
    return _run_modal


@pytest.fixture(autouse=True)
def no_dialog_outlives_its_test(request):
    """A modal dialog a test leaves open would answer the next test's keystrokes."""
    yield
    if "app" not in request.fixturenames and "qapp" not in request.fixturenames:
        return
    from rsdesk.gui.qt import QApplication, QDialog

    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, QDialog) and widget.isVisible():
            widget.reject()
