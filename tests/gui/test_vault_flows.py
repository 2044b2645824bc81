"""The vault as a curator meets it: first start, create with recovery key, lock, unlock."""

from __future__ import annotations

import threading

import pytest

from rsdesk.gui.create_service import CreateServiceWizard, recovery_groups
from rsdesk.gui.main_window import MainWindow
from rsdesk.gui.password_dialog import PasswordDialog
from rsdesk.gui.qt import QDialogButtonBox, QLineEdit, Qt, QTimer, QWizard
from rsdesk.paths import app_paths
from rsdesk.settings import load_settings

PASSWORD = "Тихий двор у школы 12"
NEW_PASSWORD = "Новый ключ от сейфа 7Б!"


@pytest.fixture
def window(app, qtbot):
    window = MainWindow(load_settings())
    qtbot.addWidget(window)
    window.show()
    yield window
    window.session.close()


def fill_wizard(wizard, qtbot, type_text, password=PASSWORD):
    """Walks the create-service wizard as a curator would; returns the recovery key."""
    key = fill_to_the_key(wizard, qtbot, type_text, password)
    confirm = wizard.confirm
    finish = wizard.button(QWizard.WizardButton.FinishButton)
    groups = recovery_groups(key)
    first, second = confirm.asked
    type_text(confirm.first, groups[first].lower())
    type_text(confirm.second, "XXXX")
    assert not finish.isEnabled()
    confirm.second.clear()
    type_text(confirm.second, groups[second])
    assert finish.isEnabled()
    return key


def fill_to_the_key(wizard, qtbot, type_text, password=PASSWORD) -> str:
    """The service, the curator, the key shown: on to the page that asks for two groups."""
    next_button = wizard.button(QWizard.WizardButton.NextButton)
    page = wizard.service
    assert not next_button.isEnabled()  # the organisation, region and place are required
    type_text(page.name, "МБОУ «Школа № 12»")
    type_text(page.region, "Кемеровская область — Кузбасс")
    assert not next_button.isEnabled()
    type_text(page.municipality, "Кемеровский городской округ")
    assert next_button.isEnabled()
    qtbot.mouseClick(next_button, Qt.MouseButton.LeftButton)

    curator = wizard.curator
    create = wizard.button(QWizard.WizardButton.CommitButton)
    type_text(curator.curator, "Смирнова Ольга Петровна")
    type_text(curator.password, "12345")
    assert "Слишком короткий" in curator.strength.text()
    assert not create.isEnabled()
    curator.password.clear()
    type_text(curator.password, password)
    type_text(curator.repeat, password[:-1])
    assert "Пароли не совпадают" in curator.strength.text()
    assert not create.isEnabled()
    type_text(curator.repeat, password[-1])
    assert create.isEnabled()
    qtbot.mouseClick(create, Qt.MouseButton.LeftButton)

    qtbot.waitUntil(lambda: wizard.key.isComplete(), timeout=30_000)
    key = wizard.key.key_label.text()
    assert "показан только один раз" in wizard.key.status.text()
    assert len(recovery_groups(key)) >= 6
    assert not wizard.button(QWizard.WizardButton.CancelButton).isVisible()
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.NextButton), Qt.MouseButton.LeftButton)
    return key


def create_service(window, qtbot, type_text) -> str:
    """Make a service through the wizard and open it in the window; returns the recovery key."""
    wizard = CreateServiceWizard(window)
    qtbot.addWidget(wizard)
    wizard.show()
    key = fill_wizard(wizard, qtbot, type_text)
    wizard.accept()
    window.session.attach(wizard.unlocked)
    return key


def accept_pledge(window, qtbot):
    """A service made in the GUI asks its curator for the confidentiality pledge first."""
    pledge = window.pledge
    assert pledge is not None and pledge.isVisible()
    assert not pledge.accept_button.isEnabled()
    qtbot.keyClick(pledge.agree, Qt.Key.Key_Space)
    qtbot.mouseClick(pledge.accept_button, Qt.MouseButton.LeftButton)
    assert window.pledge is None and not window.session.desk.needs_pledge()


def test_first_start_offers_to_create_or_open(window):
    assert window.showing_gate()
    welcome = window.gate.welcome.ui
    assert welcome.title.text() == "Добро пожаловать в rsdesk"
    assert welcome.create.text() == "&Создать службу…"
    window.show_area(4)
    assert not window.showing_gate()  # settings stay reachable without a vault


def test_create_service_then_lock_and_unlock(window, qtbot, type_text):
    wizard = CreateServiceWizard(window)
    qtbot.addWidget(wizard)
    wizard.show()
    key = fill_wizard(wizard, qtbot, type_text)
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.FinishButton), Qt.MouseButton.LeftButton)
    window.session.attach(wizard.unlocked)
    accept_pledge(window, qtbot)
    assert not window.showing_gate()
    assert app_paths().default_vault.exists()
    assert load_settings().last_vault == str(app_paths().default_vault)
    assert window.vault_status.text() == "МБОУ «Школа № 12» · Все изменения сохранены"
    profile = window.session.workplace.profile
    assert (profile.kind, profile.name) == ("school", "МБОУ «Школа № 12»")

    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert window.session.vault is None
    assert window.showing_gate()
    unlock = window.gate.unlock
    assert unlock.ui.file.text() == str(app_paths().default_vault)

    type_text(unlock.ui.password, "не тот пароль")
    qtbot.mouseClick(unlock.ui.unlock, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not unlock.busy, timeout=30_000)
    assert "Неверный пароль" in unlock.ui.message.text()
    assert window.session.vault is None

    unlock.ui.password.clear()
    type_text(unlock.ui.password, PASSWORD)
    qtbot.keyClick(unlock.ui.password, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.session.is_open, timeout=30_000)
    assert not window.showing_gate()
    assert key  # shown once above; nothing else to check here


def test_unlock_keeps_the_window_responsive(window, qtbot, type_text):
    create_service(window, qtbot, type_text)
    window.lock()
    ticks = []
    timer = QTimer(interval=10)
    timer.timeout.connect(lambda: ticks.append(window.session.is_open))
    timer.start()
    type_text(window.gate.unlock.ui.password, PASSWORD)
    window.gate.unlock.unlock()
    qtbot.waitUntil(lambda: window.session.is_open, timeout=30_000)
    timer.stop()
    # The event loop kept turning while the key was derived in a worker.
    assert ticks.count(False) >= 3


def test_auto_lock_after_idle_minutes(window, qtbot, type_text):
    create_service(window, qtbot, type_text)
    idle = window.session.idle
    assert idle.isActive() and idle.interval() == 10 * 60_000  # the default: 10 minutes

    window.show_area(4)
    spin = window.pages["settings"].ui.autoLock
    spin.setValue(3)
    assert load_settings().auto_lock_minutes == 3
    assert idle.interval() == 3 * 60_000

    idle.timeout.emit()  # three idle minutes pass
    assert window.session.vault is None
    assert window.showing_gate() or window.current_area() == "settings"
    window.show_area(0)
    assert window.showing_gate()


def test_user_input_restarts_the_idle_timer_only_while_open(window, qtbot, type_text):
    create_service(window, qtbot, type_text)
    accept_pledge(window, qtbot)
    idle = window.session.idle
    idle.stop()
    qtbot.keyClick(window.ui.navigation, Qt.Key.Key_Down)  # the user moves on: not idle
    assert idle.isActive()

    window.lock()
    assert window.session.vault is None and not idle.isActive()
    qtbot.keyClick(window.ui.navigation, Qt.Key.Key_Up)  # nothing to lock: no timer
    assert not idle.isActive()


def test_change_password(window, qtbot, type_text):
    create_service(window, qtbot, type_text)
    accept_pledge(window, qtbot)
    vault = window.session.vault

    del vault
    seen = {}

    def use_dialog():
        dialog = window.findChild(PasswordDialog)
        ok = dialog.ui.buttons.button(QDialogButtonBox.StandardButton.Ok)
        type_text(dialog.ui.current, "неверный старый")
        type_text(dialog.ui.newPassword, NEW_PASSWORD)
        type_text(dialog.ui.repeat, NEW_PASSWORD)
        qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: dialog.ui.message.text() not in ("", "Подождите…"), timeout=30_000)
        seen["wrong"] = dialog.ui.message.text()
        dialog.ui.current.clear()
        type_text(dialog.ui.current, PASSWORD)
        qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)

    QTimer.singleShot(0, use_dialog)
    window.ui.actionChangePassword.trigger()
    assert "Неверный пароль" in seen["wrong"]
    assert window.statusBar().currentMessage() == "Пароль изменён."

    window.lock()
    unlock = window.gate.unlock
    type_text(unlock.ui.password, PASSWORD)
    unlock.unlock()
    qtbot.waitUntil(lambda: not unlock.busy, timeout=30_000)
    assert "Неверный пароль" in unlock.ui.message.text()
    unlock.ui.password.clear()
    type_text(unlock.ui.password, NEW_PASSWORD)
    unlock.unlock()
    qtbot.waitUntil(lambda: window.session.is_open, timeout=30_000)


def test_forgotten_password_reset_with_recovery_key(window, qtbot, type_text):
    key = create_service(window, qtbot, type_text)
    window.lock()

    def use_recovery_dialog():
        dialog = window.findChild(PasswordDialog)
        assert dialog.ui.currentLabel.text() == "&Ключ восстановления:"
        assert dialog.ui.current.echoMode() == QLineEdit.EchoMode.Normal
        type_text(dialog.ui.current, key.lower().replace("-", " "))
        type_text(dialog.ui.newPassword, NEW_PASSWORD)
        type_text(dialog.ui.repeat, NEW_PASSWORD)
        dialog.ui.buttons.button(QDialogButtonBox.StandardButton.Ok).click()

    QTimer.singleShot(0, use_recovery_dialog)
    qtbot.mouseClick(window.gate.unlock.ui.forgot, Qt.MouseButton.LeftButton)
    assert window.session.is_open
    window.lock()
    type_text(window.gate.unlock.ui.password, NEW_PASSWORD)
    window.gate.unlock.unlock()
    qtbot.waitUntil(lambda: window.session.is_open, timeout=30_000)


def test_practice_vault_to_look_around(window, qtbot):
    welcome = window.gate.welcome
    assert "«demo»" in welcome.ui.demoHint.text()
    qtbot.mouseClick(welcome.ui.demo, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.session.is_open, timeout=60_000)
    cases = window.pages["cases"].cases
    assert cases.model.rowCount() == 300
    assert "учебный пример" in window.vault_status.text()
    assert load_settings().last_vault == ""  # the real service file is not replaced by it
    window.lock()
    assert window.gate.currentWidget() is welcome
    qtbot.mouseClick(welcome.ui.demo, Qt.MouseButton.LeftButton)  # opens the same file again
    qtbot.waitUntil(lambda: window.session.is_open, timeout=60_000)
    assert cases.model.rowCount() == 300


def add_mediator_in_the_window(window, qtbot, type_text, name: str) -> None:
    """The curator adds a roster member in «Медиаторы», as a user does."""
    from rsdesk.gui.roster.dialogs import accept_button

    window.show_area(2)
    area = window.pages["mediators"]
    qtbot.mouseClick(area.add_button, Qt.MouseButton.LeftButton)
    dialog = area.dialog
    type_text(dialog.ui.name, name)
    qtbot.mouseClick(accept_button(dialog), Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()


def names_in(path, password) -> list[str]:
    """The roster of a saved file, read as its curator would."""
    from rsdesk.access.workplace import desk_for
    from rsdesk.vault import Vault

    with Vault.open(path, password, accept_rollback=True) as vault:
        return [m.full_name for m in desk_for(vault).list_mediators()]


def test_the_status_bar_says_saved_only_once_the_file_is_written(
    open_window, qtbot, monkeypatch, type_text, service_password
):
    from rsdesk.vault import Vault, fsio

    window = open_window
    path = window.session.vault.path
    assert window.vault_status.text() == "МБОУ «Школа № 7» · Все изменения сохранены"
    before = Vault.inspect(path, service_password).generation
    written = threading.Event()
    real_write = fsio.write

    def slow_write(fd, data):
        written.wait(10)  # the disk takes its time (a slow USB stick)
        return real_write(fd, data)

    monkeypatch.setattr(fsio, "write", slow_write)
    add_mediator_in_the_window(window, qtbot, type_text, "Медленная Вера Павловна")
    assert window.vault_status.text() == "МБОУ «Школа № 7» · Сохранение…"
    assert Vault.inspect(path, service_password).generation == before  # not on disk yet

    written.set()
    qtbot.waitUntil(
        lambda: window.vault_status.text() == "МБОУ «Школа № 7» · Все изменения сохранены",
        timeout=5_000,
    )
    assert Vault.inspect(path, service_password).generation > before
    window.session.close()
    assert "Медленная Вера Павловна" in names_in(path, service_password)


def test_a_full_disk_keeps_the_changes_and_retries(
    app, qtbot, monkeypatch, service_vault, service_password, type_text
):
    import errno

    from rsdesk.gui.session import VaultSession
    from rsdesk.vault import fsio

    monkeypatch.setattr(VaultSession, "retry_seconds", 0.2)
    window = MainWindow(load_settings())
    qtbot.addWidget(window)
    window.show()
    window.session.start(service_vault)
    disk = {"full": True}
    real_write = fsio.write

    def write(fd, data):
        if disk["full"]:
            raise OSError(errno.ENOSPC, "No space left on device")
        return real_write(fd, data)

    monkeypatch.setattr(fsio, "write", write)
    add_mediator_in_the_window(window, qtbot, type_text, "Канарейкина Анна Сергеевна")
    qtbot.waitUntil(lambda: "Не сохранено" in window.vault_status.text(), timeout=5_000)
    assert "Диск заполнен" in window.vault_status.text()
    assert window.statusBar().currentMessage().startswith("Сохранить не удалось")
    assert service_vault.dirty

    window.lock()  # the window locks at once, but the unsaved case stays in memory
    assert window.showing_gate()
    assert window.session.lock_pending and window.session.vault is service_vault

    disk["full"] = False  # space freed: the retry saves, then the vault is dropped
    qtbot.waitUntil(lambda: window.session.vault is None, timeout=5_000)
    assert "Канарейкина Анна Сергеевна" in names_in(service_vault.path, service_password)


def test_encrypted_copy_to_a_usb_stick_and_restore(
    open_window, qtbot, monkeypatch, tmp_path, service_password, type_text, run_modal
):
    from rsdesk.gui.backup_dialog import RestoreDialog
    from rsdesk.gui.qt import QFileDialog

    window = open_window
    add_mediator_in_the_window(window, qtbot, type_text, "Сорокина Ульяна Ильинична")
    usb = tmp_path / "флешка"
    usb.mkdir()
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a, **k: str(usb))
    window.ui.actionExportBackup.trigger()
    saved = "копия сохранена"
    qtbot.waitUntil(lambda: saved in window.statusBar().currentMessage(), timeout=10_000)
    (copy,) = usb.iterdir()
    assert "Сорокина".encode() not in copy.read_bytes()  # encrypted like the vault itself
    assert "Сорокина Ульяна Ильинична" in names_in(copy, service_password)

    def restore_oldest():
        dialog = window.findChild(RestoreDialog)
        dialog.copies.setCurrentRow(dialog.copies.count() - 1)  # the copy made at creation
        type_text(dialog.password, service_password)
        dialog.ok.click()
        qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=20_000)

    run_modal(window.ui.actionRestoreBackup.trigger, restore_oldest)
    assert window.session.is_open
    qtbot.waitUntil(  # the sign-in's audit entry is being written meanwhile
        lambda: window.vault_status.text() == "МБОУ «Школа № 7» · Все изменения сохранены",
        timeout=5_000,
    )
    names = [m.full_name for m in window.session.desk.list_mediators()]
    assert names == ["Смирнова Ольга Петровна"]  # Сорокина came later than that copy
    kept = [b for b in window.session.vault.backups() if b.reason == "before-restore"]
    assert kept, "the state before the restore is kept as a backup"


def a_key_with_zeros_and_ones() -> str:
    """A real recovery key whose groups hold 0s and 1s, which paper and hands turn into O, I, L."""
    from rsdesk.vault import generate_recovery_key

    while True:
        key = generate_recovery_key()
        if sum(any(d in group for d in "01") for group in recovery_groups(key)) >= 2:
            return key


def test_the_key_confirmation_reads_o_as_zero_and_i_l_as_one(window, qtbot, type_text, monkeypatch):
    """The sheet says O, I and L are read as 0 and 1: «otd6» confirms «0TD6»."""
    import random

    from rsdesk.vault import unlocking

    key = a_key_with_zeros_and_ones()
    monkeypatch.setattr(unlocking, "generate_recovery_key", lambda: key)
    with_digits = [i for i, g in enumerate(recovery_groups(key)) if any(d in g for d in "01")]
    monkeypatch.setattr(random.SystemRandom, "sample", lambda self, seq, k: with_digits[:k])
    wizard = CreateServiceWizard(window)
    qtbot.addWidget(wizard)
    wizard.show()
    assert fill_to_the_key(wizard, qtbot, type_text) == key
    confirm = wizard.confirm
    finish = wizard.button(QWizard.WizardButton.FinishButton)
    groups = recovery_groups(key)
    first, second = confirm.asked
    assert (first, second) == tuple(with_digits[:2])

    def as_written(group: str) -> str:
        return group.lower().replace("0", "o").replace("1", "l")

    type_text(confirm.first, as_written(groups[first]))
    type_text(confirm.second, as_written(groups[second]).upper().replace("L", "I"))
    assert finish.isEnabled()
    assert not confirm.message.isVisible()

    wrong = "".join("Z" if ch != "Z" else "Y" for ch in groups[second])
    confirm.second.clear()
    type_text(confirm.second, wrong)
    assert not finish.isEnabled()
    message = confirm.message.text()
    assert confirm.message.isVisible()
    assert f"Группа {second + 1} не совпадает" in message, message
    assert "O читается как 0" in message and "I и L — как 1" in message
    assert f"Группа {first + 1}" not in message  # «o» and «l» were read as 0 and 1
    confirm.second.clear()
    type_text(confirm.second, as_written(groups[second]))
    assert finish.isEnabled()
    wizard.accept()
    window.session.attach(wizard.unlocked)


def test_a_password_rated_weak_is_not_accepted(window, qtbot, type_text):
    """The rating and the rule say one thing: «Слабый» is not taken."""
    create_service(window, qtbot, type_text)
    accept_pledge(window, qtbot)
    seen = {}

    def look_at_the_dialog():
        dialog = window.findChild(PasswordDialog)
        ok = dialog.ui.buttons.button(QDialogButtonBox.StandardButton.Ok)
        seen["ok"] = ok.text()
        type_text(dialog.ui.current, PASSWORD)
        type_text(dialog.ui.newPassword, "Новый-пароль-зима2026")
        type_text(dialog.ui.repeat, "Новый-пароль-зима2026")
        seen["rating"] = dialog.ui.strength.text()
        seen["enabled"] = ok.isEnabled()
        dialog.reject()

    QTimer.singleShot(0, look_at_the_dialog)
    window.ui.actionChangePassword.trigger()
    assert seen["ok"] == "&Сменить пароль"
    assert seen["rating"].startswith("Слабый"), seen["rating"]
    assert "не принимается" in seen["rating"]
    assert "«пароль»" in seen["rating"] and "год" in seen["rating"]
    assert not seen["enabled"]


def test_the_copy_to_a_usb_stick_says_where_it_went_and_that_it_is_encrypted(
    open_window, qtbot, monkeypatch, tmp_path
):
    from rsdesk.gui.qt import QApplication, QFileDialog, QMessageBox

    window = open_window
    usb = tmp_path / "флешка"
    usb.mkdir()
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a, **k: str(usb))
    window.ui.actionExportBackup.trigger()

    def told() -> QMessageBox | None:
        boxes = [w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox)]
        return next((b for b in boxes if b.isVisible()), None)

    qtbot.waitUntil(lambda: told() is not None, timeout=10_000)
    box = told()
    (copy,) = usb.iterdir()
    said = box.text() + " " + box.informativeText()
    assert box.windowTitle() == "Зашифрованная копия сохранена"
    assert str(copy) in said
    assert "зашифрован" in said and "паролем этой службы" in said
    assert str(copy) in window.statusBar().currentMessage()
    box.accept()


def test_the_backups_are_listed_with_dates_in_the_interface_language(open_window, qtbot):
    from rsdesk.gui.backup_dialog import RestoreDialog
    from rsdesk.gui.language import install_language

    vault = open_window.session.vault
    backups = vault.backups()
    assert backups, "a new service file has the copy made at its creation"
    created = backups[0].created.astimezone()
    install_language("en")
    dialog = RestoreDialog(vault.path, backups, open_window)
    qtbot.addWidget(dialog)
    assert dialog.copies.item(0).text().startswith(f"{created.month}/{created.day}/{created.year} ")
    install_language("ru")
    dialog = RestoreDialog(vault.path, backups, open_window)
    qtbot.addWidget(dialog)
    assert dialog.copies.item(0).text().startswith(created.strftime("%d.%m.%Y %H:%M"))
