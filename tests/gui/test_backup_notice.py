"""A backup copy that could not be made is said in the status bar, not as a failed save."""

from __future__ import annotations

import errno
import os

from rsdesk.gui.qt import Qt


def add_mediator(window, qtbot, type_text, name: str) -> None:
    """A change the curator makes in «Медиаторы», so that the file is saved."""
    from rsdesk.gui.roster.dialogs import accept_button

    window.show_area(2)
    area = window.pages["mediators"]
    qtbot.mouseClick(area.add_button, Qt.MouseButton.LeftButton)
    dialog = area.dialog
    type_text(dialog.ui.name, name)
    qtbot.mouseClick(accept_button(dialog), Qt.MouseButton.LeftButton)


def test_a_failed_backup_is_shown_once_and_the_save_still_counts(
    open_window, qtbot, monkeypatch, type_text
):
    from rsdesk.vault import backups, errors

    window, vault = open_window, open_window.session.vault
    attempts = []

    def broken(file_id, data, generation, reason=""):
        attempts.append(generation)
        raise OSError(errno.EIO, os.strerror(errno.EIO), str(backups.folder(file_id)))

    monkeypatch.setattr(backups, "write_backup", broken)
    monkeypatch.setattr(backups, "next_due", lambda file_id: 0.0)
    vault.backup_timer.due_at = 0.0
    add_mediator(window, qtbot, type_text, "Резервова Анна Сергеевна")
    qtbot.waitUntil(lambda: bool(attempts) and not vault.dirty, timeout=10_000)
    error = vault.last_backup_error
    assert isinstance(error, errors.BackupFailed)
    qtbot.waitUntil(lambda: window.statusBar().currentMessage() == error.message, timeout=5_000)
    assert not window.statusBar().currentMessage().startswith("Сохранить не удалось")
    assert window.vault_status.text().endswith("Все изменения сохранены")

    # Said once: the next save that misses its copy too does not repeat it over other news.
    window.statusBar().showMessage("Другое сообщение", 30_000)
    add_mediator(window, qtbot, type_text, "Копиева Вера Павловна")
    qtbot.waitUntil(lambda: len(attempts) >= 2 and not vault.dirty, timeout=10_000)
    qtbot.wait(50)
    assert window.statusBar().currentMessage() == "Другое сообщение"


def test_a_backup_missed_at_opening_is_shown_at_sign_in(app, qtbot, monkeypatch, service_vault):
    from rsdesk.gui.main_window import MainWindow
    from rsdesk.settings import load_settings
    from rsdesk.vault import backups

    def broken(file_id, data, generation, reason=""):
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr(backups, "write_backup", broken)
    monkeypatch.setattr(backups, "next_due", lambda file_id: 0.0)
    service_vault.backup_timer.due_at = 0.0
    service_vault.db["probe"].insert({"n": 1})
    service_vault.commit()  # saved; its copy is not, as when the disk fills up at opening
    assert service_vault.last_backup_error is not None

    window = MainWindow(load_settings())
    qtbot.addWidget(window)
    window.show()
    window.session.start(service_vault)
    try:
        assert window.statusBar().currentMessage() == service_vault.last_backup_error.message
        assert os.strerror(errno.ENOSPC) not in window.statusBar().currentMessage()
    finally:
        window.session.close()
