"""«Настройки»: the retention period (set by the curator, read by others), the auto-lock, and
the audit trail with the old and new values of a correction."""

from __future__ import annotations

import pytest

from rsdesk.access.workplace import desk_for
from rsdesk.gui.qt import QAbstractSpinBox, Qt
from rsdesk.settings import load_settings
from rsdesk.vault import Vault
from tests.helpers.users import (
    ADULT_PASSWORD,
    CURATOR_PASSWORD,
    make_service,
    old_closed_case,
    sign_in,
)

SETTINGS = 4


@pytest.fixture
def window(app, qtbot):
    from rsdesk.gui.main_window import MainWindow
    from rsdesk.settings import load_settings

    window = MainWindow(load_settings())
    qtbot.addWidget(window)
    window.show()
    yield window
    window.session.close()


def settings_page(window):
    window.show_area(SETTINGS)
    return window.pages["settings"]


def type_years(qtbot, spin, years: int) -> None:
    """Select the number in the box, type another and press Enter, as a person does."""
    spin.setFocus()
    spin.selectAll()
    qtbot.keyClicks(spin, str(years))
    qtbot.keyClick(spin, Qt.Key.Key_Return)


def test_without_a_vault_nothing_of_a_service_is_shown(window):
    page = settings_page(window)
    assert window.session.vault is None
    assert not page.ui.dataGroup.isVisible()
    assert page.ui.language.isVisible()


def test_the_curator_sets_the_period_and_it_is_kept(window, qtbot, tmp_path):
    path = tmp_path / "service.rsdv"
    make_service(path)
    sign_in(window, path, CURATOR_PASSWORD)
    page = settings_page(window)
    spin = page.ui.retentionYears
    assert page.ui.dataGroup.isVisible()
    assert page.ui.retentionLabel.text() == (
        "&Срок хранения персональных данных после закрытия случая, лет:"
    )
    assert spin.value() == 3 and not spin.isReadOnly()
    assert (spin.minimum(), spin.maximum()) == (1, 10)
    info = page.ui.retentionInfo.text()
    assert "удаляются ФИО, описания, заметки и документы" in info
    assert "числа для статистики остаются" in info
    assert info.endswith("При следующем входе ничего не будет удалено.")
    assert not page.ui.purgedNote.isVisible()

    type_years(qtbot, spin, 5)
    desk = window.session.desk
    assert desk.retention_years() == 5
    last = desk.audit_entries()[0]
    assert (last.action, last.reason) == ("change_settings", "retention=5")

    qtbot.mouseClick(page.ui.auditButton, Qt.MouseButton.LeftButton)
    dialog = page.audit_dialog  # the trail says it in words
    assert dialog.row_texts()[0][2:] == (
        "изменение настроек",
        "служба",
        "срок хранения: 5 (лет после закрытия)",
    )
    dialog.reject()
    window.session.close()  # saved with the file: the next sign-in finds 5 years
    vault = Vault.open(path, CURATOR_PASSWORD)
    try:
        assert desk_for(vault).retention_years() == 5
    finally:
        vault.close(discard=True)


def test_a_shorter_period_says_what_the_next_sign_in_clears(window, qtbot, tmp_path):
    path = tmp_path / "service.rsdv"
    make_service(path)
    old_closed_case(path, years_ago=2)  # within 3 years: kept
    sign_in(window, path, CURATOR_PASSWORD)
    page = settings_page(window)
    assert window.session.purged == (0, 0)
    assert page.ui.retentionInfo.text().endswith("При следующем входе ничего не будет удалено.")

    spin = page.ui.retentionYears
    spin.setFocus()
    qtbot.keyClick(spin, Qt.Key.Key_Down)
    qtbot.keyClick(spin, Qt.Key.Key_Down)
    assert window.session.desk.retention_years() == 1
    assert page.ui.retentionInfo.text().endswith(
        "Закрытых случаев и заявок, которые будут очищены при следующем входе: 1."
    )
    window.session.close()

    sign_in(window, path, CURATOR_PASSWORD)
    page = settings_page(window)
    assert window.session.purged == (1, 0)
    assert page.ui.purgedNote.isVisible()
    assert page.ui.purgedNote.text() == (
        "При этом входе истёк срок хранения, и удалены персональные данные закрытых случаев "
        "и заявок: 1."
    )
    assert page.ui.retentionInfo.text().endswith("При следующем входе ничего не будет удалено.")
    page.open_audit()
    rows = page.audit_dialog.row_texts()
    assert [row[2] for row in rows[:2]] == [
        "вход в программу",
        "удаление персональных данных (истёк срок хранения)",
    ]
    purge = rows[1]
    assert purge[1:3] == ("программа", "удаление персональных данных (истёк срок хранения)")
    assert purge[3].startswith("случай № ")
    page.audit_dialog.reject()


def test_an_adult_mediator_reads_the_period_only(window, qtbot, tmp_path):
    path = tmp_path / "service.rsdv"
    make_service(path)
    sign_in(window, path, ADULT_PASSWORD)
    page = settings_page(window)
    spin = page.ui.retentionYears
    assert page.ui.dataGroup.isVisible()
    assert spin.value() == 3 and spin.isReadOnly()
    assert spin.buttonSymbols() == QAbstractSpinBox.ButtonSymbols.NoButtons
    assert "Срок хранения устанавливает куратор службы." in page.ui.accessNote.text()
    assert "удаляются ФИО" in page.ui.retentionInfo.text()  # what the period means is told
    heard = []
    window.session.changed.connect(heard.append)
    spin.setFocus()
    qtbot.keyClick(spin, Qt.Key.Key_Up)
    type_years(qtbot, spin, 7)
    assert spin.value() == 3
    assert window.session.desk.retention_years() == 3
    assert heard == []  # nothing was changed, so nothing was recorded or saved


def test_locking_hides_the_services_part(window, tmp_path):
    path = tmp_path / "service.rsdv"
    make_service(path)
    sign_in(window, path, CURATOR_PASSWORD)
    page = settings_page(window)
    assert page.ui.dataGroup.isVisible()
    window.session.lock()
    assert not page.ui.dataGroup.isVisible()


def test_never_locking_needs_the_curator_and_is_warned_of(window, qtbot, tmp_path):
    path = tmp_path / "service.rsdv"
    make_service(path)
    sign_in(window, path, ADULT_PASSWORD)
    page = settings_page(window)
    spin, note = page.ui.autoLock, page.ui.autoLockNote
    spin.setValue(1)
    spin.setFocus()
    qtbot.keyClick(spin, Qt.Key.Key_Down)  # 1 → «никогда»
    assert spin.value() == 1 and load_settings().auto_lock_minutes == 1
    assert note.isVisible()
    assert note.text() == (
        "Отключить автоматическую блокировку может только куратор, войдя в журнал службы."
    )

    window.lock()
    sign_in(window, path, CURATOR_PASSWORD)
    page = settings_page(window)
    spin, note = page.ui.autoLock, page.ui.autoLockNote
    assert not note.isVisible()
    spin.setFocus()
    qtbot.keyClick(spin, Qt.Key.Key_Down)
    assert spin.text() == "никогда" and load_settings().auto_lock_minutes == 0
    assert note.isVisible() and "никогда не блокируется сам" in note.text()
    assert not window.session.idle.isActive()  # the curator works without the lock

    window.lock()
    sign_in(window, path, ADULT_PASSWORD)  # the same computer, another user
    idle = window.session.idle
    assert idle.isActive() and idle.interval() == 10 * 60_000
    page = settings_page(window)
    assert "Для вас журнал всё равно блокируется через 10 минут простоя" in (
        page.ui.autoLockNote.text()
    )


def test_the_audit_trail_shows_a_corrections_old_and_new_values(window, qtbot, tmp_path):
    from rsdesk.access.samples import add_sample_case
    from tests.helpers.clicks import click_row

    path = tmp_path / "service.rsdv"
    make_service(path)
    sign_in(window, path, CURATOR_PASSWORD)
    desk = window.session.desk
    case_id = add_sample_case(desk)
    (volkova,) = [m.id for m in desk.list_mediators() if m.full_name.startswith("Волкова")]
    desk.unassign_mediator(case_id, volkova)
    page = settings_page(window)
    qtbot.mouseClick(page.ui.auditButton, Qt.MouseButton.LeftButton)
    dialog = page.audit_dialog
    assert not dialog.changes.isVisible()
    click_row(dialog.table, 0)  # the newest entry: the mediator taken off the case
    assert dialog.selected_entry().action == "unassign"
    assert dialog.changes_title.isVisible() and dialog.changes_title.text() == "Исправлено:"
    assert dialog.changes.isVisible()
    (line,) = dialog.changes.text().splitlines()
    values = line.split(": ", 1)[1]  # after the field's label
    assert values.startswith("Волкова Наталья Андреевна") and values.endswith(" → (пусто)")
    click_row(dialog.table, 1)  # an entry that corrected nothing
    assert not dialog.changes.isVisible()
    dialog.reject()
