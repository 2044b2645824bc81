"""The banner above the areas: a file opened read-only says so and offers a copy that opens
writable; a file whose stick was pulled keeps the changes, offers a copy, and quitting after
the copy is safe and says so; when the stick is back the save resumes under the lock."""

from __future__ import annotations

from datetime import date

import pytest

from rsdesk.gui.qt import QApplication, QFileDialog, QMessageBox, Qt
from rsdesk.vault import KdfParams, Vault, errors
from tests.helpers.media import refuse_lock_file

FAST = KdfParams(memory_kib=8 * 1024, iterations=1, lanes=1)


@pytest.fixture
def stick_file(app, tmp_path, service_password):
    """A school service's file on a «stick» (its own folder), closed."""
    from rsdesk.access.service_files import found_service

    path = tmp_path / "stick" / "school.rsdv"
    unlocked, _ = found_service(
        path,
        service_password,
        kind="school",
        name="МБОУ «Школа № 9»",
        region="Кузбасс",
        municipality="г. Кемерово",
        curator_name="Смирнова Ольга Петровна",
        pledged_on=date.today(),
        kdf=FAST,
    )
    Vault.attach(unlocked).close()
    return path


@pytest.fixture
def window_on(app, qtbot, monkeypatch):
    """A main window that offers to unlock a given file; closed without questions after."""
    from rsdesk.gui.main_window import MainWindow
    from rsdesk.gui.session import VaultSession
    from rsdesk.settings import load_settings, save_settings

    monkeypatch.setattr(VaultSession, "retry_seconds", 0.2)  # a pulled stick retried at once
    made = []

    def make(path):
        settings = load_settings()
        settings.last_vault = str(path)
        save_settings(settings)
        window = MainWindow(load_settings())
        qtbot.addWidget(window)
        window.show()
        made.append(window)
        return window

    yield make
    for window in made:
        window.session.close(discard=True)


def sign_in(window, qtbot, type_text, password):
    unlock = window.gate.unlock
    assert window.gate.currentWidget() is unlock
    type_text(unlock.ui.password, password)
    qtbot.keyClick(unlock.ui.password, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not unlock.busy, timeout=30_000)
    assert window.session.is_open, unlock.ui.message.text()


def choose_save_name(monkeypatch, target):
    """The save dialog answers target (a native dialog cannot be driven offscreen)."""
    asked = []

    def answer(parent, caption, start, filters, *args, **kwargs):
        asked.append((caption, start))
        return str(target), filters

    monkeypatch.setattr(QFileDialog, "getSaveFileName", answer)
    return asked


def add_mediator(window, qtbot, type_text, name):
    from rsdesk.gui.roster.dialogs import accept_button

    window.show_area(2)
    area = window.pages["mediators"]
    qtbot.mouseClick(area.add_button, Qt.MouseButton.LeftButton)
    dialog = area.dialog
    type_text(dialog.ui.name, name)
    qtbot.mouseClick(accept_button(dialog), Qt.MouseButton.LeftButton)


def names_in(path, password, **opening):
    with Vault.open(path, password, **opening) as vault:
        return {row["full_name"] for row in vault.db["mediators"].rows}


def click_in_box(qtbot, name, label):
    """Press the button called label in the message box called name, once it is shown."""
    box = None

    def shown():
        nonlocal box
        box = next(
            (w for w in QApplication.topLevelWidgets() if w.objectName() == name and w.isVisible()),
            None,
        )
        return box is not None

    qtbot.waitUntil(shown, timeout=10_000)
    if isinstance(label, QMessageBox.StandardButton):
        button = box.button(label)
    else:
        button = next(b for b in box.buttons() if b.text().replace("&", "") == label)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    return box


# --- opened read-only -----------------------------------------------------------------------


def test_a_read_only_file_opens_with_the_banner_and_a_copy_opens_writable(
    stick_file, window_on, qtbot, type_text, service_password, monkeypatch, tmp_path
):
    before = stick_file.read_bytes()
    refuse_lock_file(monkeypatch)  # the stick is write-protected
    window = window_on(stick_file)
    sign_in(window, qtbot, type_text, service_password)
    banner = window.file_banner
    assert banner.isVisible()
    assert banner.text.text().startswith("Файл открыт только для чтения: диск защищён от записи")
    assert banner.save_copy.text() == "Сохранить копию в другое место…"
    assert window.vault_status.text().endswith("Только чтение")
    assert not window.ui.actionChangePassword.isEnabled()
    assert not window.ui.actionRestoreBackup.isEnabled()
    window.show_area(2)
    area = window.pages["mediators"]
    assert area.roster_model.rowCount() >= 1  # reading works
    assert not area.add_button.isVisible()  # editing is not offered
    assert not area.read_only.isVisible()  # not «only the curator…»: the banner says why

    copy = tmp_path / "elsewhere" / "копия.rsdv"
    copy.parent.mkdir()
    asked = choose_save_name(monkeypatch, copy)
    qtbot.mouseClick(banner.save_copy, Qt.MouseButton.LeftButton)
    assert asked and asked[0][1].endswith(".rsdv")
    click_in_box(qtbot, "copySavedBox", "Открыть копию")
    qtbot.waitUntil(lambda: window.gate.currentWidget() is window.gate.unlock, timeout=5_000)
    assert window.gate.unlock.ui.file.text() == str(copy)
    assert stick_file.read_bytes() == before  # the read-only file was never written

    monkeypatch.undo()  # the copy's folder is writable
    sign_in(window, qtbot, type_text, service_password)
    assert not window.session.vault.read_only
    assert not banner.isVisible()
    add_mediator(window, qtbot, type_text, "Копиева Вера Павловна")
    qtbot.waitUntil(lambda: not window.session.vault.dirty, timeout=10_000)
    window.session.close()
    assert "Копиева Вера Павловна" in names_in(copy, service_password)


# --- the stick pulled during work -----------------------------------------------------------


@pytest.fixture
def at_work(stick_file, window_on, qtbot, type_text, service_password):
    window = window_on(stick_file)
    sign_in(window, qtbot, type_text, service_password)
    assert not window.file_banner.isVisible()
    return window


def pull(window, qtbot, type_text, tmp_path):
    """The stick goes away, then a change is made: the save fails and the banner shows."""
    folder = window.session.vault.path.parent
    away = tmp_path / "away"
    folder.rename(away)
    add_mediator(window, qtbot, type_text, "Флешкина Анна Сергеевна")
    qtbot.waitUntil(window.file_banner.isVisible, timeout=10_000)
    return folder, away


def test_pulled_stick_shows_the_banner_and_a_copy_makes_quitting_safe(
    at_work, qtbot, type_text, service_password, monkeypatch, tmp_path, run_modal
):
    window = at_work
    folder, _away = pull(window, qtbot, type_text, tmp_path)
    banner = window.file_banner
    assert banner.text.text().startswith("Файл службы не удалось сохранить")
    assert "Сохраните копию со всеми изменениями в другое место" in banner.text.text()
    assert window.session.vault.dirty

    copy = tmp_path / "на рабочем столе.rsdv"
    choose_save_name(monkeypatch, copy)
    qtbot.mouseClick(banner.save_copy, Qt.MouseButton.LeftButton)
    box = click_in_box(qtbot, "copySavedBox", QMessageBox.StandardButton.Close)
    assert "Копия файла службы со всеми изменениями сохранена" in box.text()
    assert "ничего не потеряется" in banner.text.text()
    assert str(copy) in banner.text.text()

    said = []

    def answer():
        dialog = QApplication.activeModalWidget()
        assert dialog.objectName() == "closeAfterCopyBox"
        said.append(dialog.text())
        button = next(b for b in dialog.buttons() if b.text().replace("&", "") == "Закрыть файл")
        button.click()

    run_modal(window.close, answer)
    assert said and str(copy) in said[0] and "ничего не потеряется" in said[0]
    assert window.session.vault is None
    assert not folder.exists()  # nothing was made at the old name
    assert "Флешкина Анна Сергеевна" in names_in(copy, service_password)


def test_quitting_with_unsaved_changes_offers_a_copy(
    at_work, qtbot, type_text, service_password, monkeypatch, tmp_path, run_modal
):
    window = at_work
    pull(window, qtbot, type_text, tmp_path)

    def cancel():
        dialog = QApplication.activeModalWidget()
        assert dialog.objectName() == "unsavedBox"
        labels = [b.text().replace("&", "") for b in dialog.buttons()]
        assert "Сохранить копию в другое место…" in labels
        assert "Закрыть и потерять их" in labels
        dialog.button(QMessageBox.StandardButton.Cancel).click()

    run_modal(window.close, cancel)
    assert window.session.vault is not None and window.session.vault.dirty  # nothing lost

    copy = tmp_path / "на выходе.rsdv"
    choose_save_name(monkeypatch, copy)

    def save_copy():
        dialog = QApplication.activeModalWidget()
        button = next(
            b
            for b in dialog.buttons()
            if b.text().replace("&", "") == "Сохранить копию в другое место…"
        )
        button.click()

    run_modal(window.close, save_copy)
    assert window.session.vault is None
    assert "Флешкина Анна Сергеевна" in names_in(copy, service_password)


def test_the_stick_back_the_save_resumes_under_the_lock(
    at_work, qtbot, type_text, service_password, tmp_path
):
    window = at_work
    folder, away = pull(window, qtbot, type_text, tmp_path)
    assert window.vault_status.text().endswith(window.session.last_error)
    away.rename(folder)
    qtbot.waitUntil(lambda: not window.file_banner.isVisible(), timeout=10_000)
    assert not window.session.vault.dirty
    assert window.vault_status.text().endswith("Все изменения сохранены")
    with pytest.raises(errors.AlreadyOpen):
        Vault.open(window.session.vault.path, service_password)
    window.session.close()
    assert "Флешкина Анна Сергеевна" in names_in(folder / "school.rsdv", service_password)


def test_someone_who_opened_the_file_meanwhile_is_named_and_not_overwritten(
    at_work, qtbot, type_text, service_password, tmp_path
):
    import shutil

    window = at_work
    folder, away = pull(window, qtbot, type_text, tmp_path)
    folder.mkdir()  # the stick back as a new mount, and opened in a second window first
    shutil.copy2(away / "school.rsdv", folder / "school.rsdv")
    before = (folder / "school.rsdv").read_bytes()
    other = Vault.open(folder / "school.rsdv", service_password)
    try:
        qtbot.waitUntil(
            lambda: "открыли в другом окне rsdesk" in window.file_banner.text.text(),
            timeout=10_000,
        )
        assert "Ваши изменения не записаны поверх" in window.vault_status.text()
        assert (folder / "school.rsdv").read_bytes() == before
        assert window.session.vault.dirty
    finally:
        other.close()
    # The other window gone without a change: the save goes ahead, under this window's lock.
    qtbot.waitUntil(lambda: not window.file_banner.isVisible(), timeout=10_000)
    with pytest.raises(errors.AlreadyOpen):
        Vault.open(folder / "school.rsdv", service_password)
