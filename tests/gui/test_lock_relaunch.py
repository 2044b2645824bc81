"""A lock ends with a new start of the program, only once every change is in the file.

The window here gets a recording `relaunch` instead of the real one, which would replace the
test's own process; tests/gui/test_lock_memory.py runs the real one in a child process.
"""

from __future__ import annotations

import errno
import os
import subprocess
import sys
from pathlib import Path

import pytest

from rsdesk.gui.qt import Qt
from rsdesk.gui.relaunch import gui_command


def add_mediator_in_the_window(window, qtbot, type_text, name: str) -> None:
    """The curator adds a roster member in «Медиаторы», as a user does: a change to save."""
    from rsdesk.gui.roster.dialogs import accept_button

    window.show_area(2)
    area = window.pages["mediators"]
    qtbot.mouseClick(area.add_button, Qt.MouseButton.LeftButton)
    dialog = area.dialog
    type_text(dialog.ui.name, name)
    qtbot.mouseClick(accept_button(dialog), Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()


def names_in(path, password) -> list[str]:
    """The roster of the saved file, read as its curator would."""
    from rsdesk.access.workplace import desk_for
    from rsdesk.vault import Vault

    with Vault.open(path, password, accept_rollback=True) as vault:
        return [m.full_name for m in desk_for(vault).list_mediators()]


class Relaunches(list):
    """Each relaunch asked for: its command, and whether the vault was closed by then."""

    def __init__(self, window) -> None:
        super().__init__()
        self.window = window
        self.closed_then: list[bool] = []

    def __call__(self, argv: list[str]) -> None:
        self.append(argv)
        self.closed_then.append(self.window.session.vault is None)


@pytest.fixture
def relaunches(open_window):
    open_window.relaunch = recorder = Relaunches(open_window)
    return recorder


def test_a_lock_starts_the_program_anew_on_the_same_file(
    open_window, relaunches, qtbot, type_text, service_password
):
    window = open_window
    path = window.session.vault.path
    add_mediator_in_the_window(window, qtbot, type_text, "Новикова Инна Павловна")

    window.ui.actionLock.trigger()

    assert relaunches == [[sys.executable, "-m", "rsdesk", "gui", str(path)]]
    assert relaunches.closed_then == [True]  # the vault was closed first ...
    assert "Новикова Инна Павловна" in names_in(path, service_password)  # ... and saved


def test_the_idle_lock_starts_the_program_anew(open_window, relaunches):
    open_window.session.idle.timeout.emit()  # the idle minutes pass
    assert len(relaunches) == 1 and relaunches.closed_then == [True]


def test_a_failed_save_keeps_the_process_until_the_retry_saves(
    app, qtbot, monkeypatch, service_vault, type_text, service_password
):
    from rsdesk.gui.main_window import MainWindow
    from rsdesk.gui.session import VaultSession
    from rsdesk.settings import load_settings
    from rsdesk.vault import fsio

    monkeypatch.setattr(VaultSession, "retry_seconds", 0.2)
    window = MainWindow(load_settings())
    qtbot.addWidget(window)
    window.show()
    window.session.start(service_vault)
    window.relaunch = relaunches = Relaunches(window)
    disk = {"full": True}
    real_write = fsio.write

    def write(fd, data):
        if disk["full"]:
            raise OSError(errno.ENOSPC, "No space left on device")
        return real_write(fd, data)

    monkeypatch.setattr(fsio, "write", write)
    try:
        add_mediator_in_the_window(window, qtbot, type_text, "Канарейкина Анна Сергеевна")
        qtbot.waitUntil(lambda: "Не сохранено" in window.vault_status.text(), timeout=5_000)

        window.lock()
        assert window.showing_gate() and window.session.lock_pending
        assert window.vault_status.text() == "Заблокировано; ждём сохранения последних изменений"
        qtbot.wait(600)  # retries fail meanwhile: the changes live only in this process
        assert relaunches == []
    finally:
        # Space freed, also after a failure: closing the window unsaved would ask a question
        # nobody answers.
        disk["full"] = False
    qtbot.waitUntil(lambda: relaunches != [], timeout=5_000)
    assert relaunches.closed_then == [True]
    assert "Канарейкина Анна Сергеевна" in names_in(window.settings.last_vault, service_password)


def test_a_relaunch_that_fails_leaves_the_window_locked_and_says_so(open_window):
    def cannot(argv):
        raise OSError(errno.ENOENT, "No such file")

    open_window.relaunch = cannot
    open_window.lock()
    assert open_window.session.vault is None and open_window.showing_gate()
    from rsdesk.gui.qt import QCoreApplication

    said = QCoreApplication.translate(
        "MainWindow",
        "The program could not restart itself after locking. Close it and start it again "
        "before leaving the computer.",
    )
    assert said and open_window.statusBar().currentMessage() == said


def test_a_window_without_relaunch_locks_in_place(open_window):
    assert open_window.relaunch is None  # as tests and the screenshot tour make it
    open_window.lock()
    assert open_window.session.vault is None and open_window.showing_gate()


def test_the_command_of_a_frozen_build(monkeypatch):
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "executable", "C:/Program Files/rsdesk/rsdesk.exe")
    assert gui_command(Path("D:/школа.rsdv")) == [
        "C:/Program Files/rsdesk/rsdesk.exe",
        "gui",
        str(Path("D:/школа.rsdv")),
    ]
    assert gui_command(None) == ["C:/Program Files/rsdesk/rsdesk.exe", "gui"]


@pytest.mark.parametrize("given, shown", [(True, "unlock"), (False, "welcome")])
def test_gui_with_a_file_shows_its_unlock_screen(tmp_path, rsdesk_home, given, shown):
    vault = tmp_path / "школа.rsdv"
    vault.write_bytes(b"not opened: only its unlock screen is shown")
    command = [sys.executable, "-m", "rsdesk", "gui", "--check", *([str(vault)] if given else [])]
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", RSDESK_HOME=str(rsdesk_home))
    done = subprocess.run(command, env=env, capture_output=True, text=True, timeout=120)
    assert done.stdout.splitlines()[0] == f"shown: {shown}"
    from rsdesk.settings import load_settings

    assert load_settings().last_vault == ""  # shown, not remembered
