"""Several users of one service: signing in, the pledge, passwords from the roster, roles.

A young mediator holds no password: the adult signs in and hands the session over
(tests/helpers/handing.py), and the young mediator's limits are checked in that session.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import pytest

from rsdesk.access.keyring import YoungHasNoPassword
from rsdesk.access.workplace import NobodysPassword, desk_for
from rsdesk.domain.register import Mediator
from rsdesk.gui.areas import AREAS
from rsdesk.gui.main_window import MainWindow
from rsdesk.gui.qt import QMessageBox, Qt
from rsdesk.gui.roster.access_dialog import AccessDialog
from rsdesk.gui.roster.area import MediatorsArea
from rsdesk.gui.roster.dialogs import accept_button
from rsdesk.gui.roster.models import RosterModel
from rsdesk.settings import load_settings, save_settings
from rsdesk.storage import users
from rsdesk.vault import KdfParams, Vault, unlocking
from rsdesk.vault.errors import WrongPassword
from tests.helpers.handing import hand_over, take_back

FAST = KdfParams(memory_kib=8 * 1024, iterations=1, lanes=1)
YOUNG = "Петров Михаил"
ADULT = "Кузнецова Анна Викторовна"
# The password a young mediator was given before students held no key (an older file).
OLD_YOUNG_PASSWORD = "Мишин ключ 8А-2026"
ADULT_PASSWORD = "Анна: synij kit 41!"
CONTACTS = "+7 913 402-18-77, kuznetsova@school7.ru"
DISPLAY = Qt.ItemDataRole.DisplayRole


@dataclass
class Service:
    path: Path
    young_id: int
    adult_id: int
    adult_slot: str


@pytest.fixture
def service(service_vault) -> Service:
    """The test service with an adult mediator who signs in and a young one who does not
    (no password: an adult hands the session over); the file closed."""
    curator = desk_for(service_vault)
    young_id = curator.add_mediator(Mediator(YOUNG, "young", class_name="8А"))
    adult_id = curator.add_mediator(
        Mediator(ADULT, "adult", contacts=CONTACTS, note="ведёт кружок")
    )
    adult_slot = service_vault.add_password_slot(ADULT_PASSWORD, kdf=FAST)
    curator.grant_access(adult_id, adult_slot)
    assert not curator.may_have_password(young_id)
    service_vault.close()
    return Service(service_vault.path, young_id, adult_id, adult_slot)


@pytest.fixture
def young_kept_a_password(service, service_password) -> str:
    """The file as an older rsdesk left it: the young mediator still holds a key slot of
    their own, given before students held no key. Built on disk before the window opens."""
    with Vault.open(service.path, service_password) as vault:
        users.set_slot(
            vault.db, service.young_id, vault.add_password_slot(OLD_YOUNG_PASSWORD, kdf=FAST)
        )
        vault.commit()
    return OLD_YOUNG_PASSWORD


@pytest.fixture
def window(app, qtbot, service):
    settings = load_settings()
    settings.last_vault = str(service.path)
    save_settings(settings)
    window = MainWindow(load_settings())
    qtbot.addWidget(window)
    window.show()
    yield window
    window.session.close()


@pytest.fixture
def fast_new_slots(monkeypatch):
    """Passwords given in the GUI use the calibrated cost; tests need a cheap one."""
    monkeypatch.setattr("rsdesk.vault.keys.calibrate", lambda *args, **kwargs: FAST)


def sign_in(window, qtbot, type_text, password: str) -> None:
    unlock = window.gate.unlock
    assert window.showing_gate() and window.gate.currentWidget() is unlock
    type_text(unlock.ui.password, password)
    qtbot.keyClick(unlock.ui.password, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not unlock.busy, timeout=30_000)
    assert window.session.is_open, unlock.ui.message.text()


def accept_pledge(window, qtbot) -> None:
    pledge = window.pledge
    assert pledge is not None and pledge.isVisible()
    assert not pledge.accept_button.isEnabled()  # the checkbox first
    qtbot.keyClick(pledge.agree, Qt.Key.Key_Space)
    assert pledge.accept_button.isEnabled()
    qtbot.mouseClick(pledge.accept_button, Qt.MouseButton.LeftButton)
    assert window.pledge is None


def show(window, key: str) -> None:
    window.show_area([a.key for a in AREAS].index(key))


def roster_area(window) -> MediatorsArea:
    show(window, "mediators")
    page = window.pages["mediators"]
    assert isinstance(page, MediatorsArea)
    return page


def column(area: MediatorsArea, index: int) -> dict[str, str]:
    model = area.roster_model
    return {
        model.data(model.index(r, 0), DISPLAY): model.data(model.index(r, index), DISPLAY)
        for r in range(model.rowCount())
    }


def select(area: MediatorsArea, name: str) -> None:
    names = list(column(area, 0))
    area.table.selectRow(names.index(name))


def opened_by(path: Path, password: str) -> str:
    """Whose the password is: the roster member its key slot belongs to."""
    with Vault.open(path, password) as vault:
        try:
            return desk_for(vault).actor.name
        except NobodysPassword:
            return ""


def pledges_of(path: Path, curator_password: str, user_id: int) -> list:
    """The audit trail's pledge entries of one user, read by the curator."""
    with Vault.open(path, curator_password) as vault:
        return desk_for(vault).audit_entries(user_id=user_id, action="pledge")


# --- signing in ------------------------------------------------------------------------------


def adult_in_and_handed_over(window, qtbot, type_text) -> None:
    """The adult signs in (the pledge given) and hands the session to the young mediator."""
    sign_in(window, qtbot, type_text, ADULT_PASSWORD)
    if window.pledge is not None:
        accept_pledge(window, qtbot)
    hand_over(window, YOUNG)


def test_a_second_user_signs_in_and_the_status_bar_names_them(
    window, qtbot, type_text, service, monkeypatch
):
    sign_in(window, qtbot, type_text, ADULT_PASSWORD)
    assert window.session.user.name == ADULT
    assert window.user_status.text() == "Кузнецова А. В., взрослый медиатор"
    assert window.vault_status.text().startswith("МБОУ «Школа № 7»")
    # The slot is remembered on this machine for the next unlock.
    assert load_settings().last_slot == service.adult_slot
    accept_pledge(window, qtbot)

    # Handed over, the session is the young mediator's: the status bar names them.
    hand_over(window, YOUNG)
    assert window.session.user.user_id == service.young_id
    assert window.user_status.text() == "Петров М., юный медиатор"
    assert window.vault_status.text().startswith("МБОУ «Школа № 7»")
    accept_pledge(window, qtbot)
    take_back(window, ADULT_PASSWORD)
    assert window.user_status.text() == "Кузнецова А. В., взрослый медиатор"
    assert load_settings().last_slot == service.adult_slot  # the pupil has no slot to remember

    window.lock()
    assert window.user_status.text() == "" and not window.user_status.isVisible()

    hints = []
    real_unlock = unlocking.unlock_with_password

    def spying_unlock(path, password, **kwargs):
        hints.append(kwargs.get("slot_hint"))
        return real_unlock(path, password, **kwargs)

    monkeypatch.setattr(unlocking, "unlock_with_password", spying_unlock)
    sign_in(window, qtbot, type_text, ADULT_PASSWORD)
    assert hints == [service.adult_slot]  # tried first: one Argon2id run, not three
    assert window.pledge is None  # given once, not asked again
    hand_over(window, YOUNG)
    assert window.pledge is None  # the young mediator's too


def test_a_young_mediators_old_password_opens_nothing(
    young_kept_a_password, window, qtbot, type_text, service, service_password
):
    """A file from before students held no key: the pupil's own password is refused in
    words saying whom to ask; the first adult opening retires it for good."""
    unlock = window.gate.unlock
    type_text(unlock.ui.password, young_kept_a_password)
    qtbot.keyClick(unlock.ui.password, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not unlock.busy, timeout=30_000)
    assert not window.session.is_open and window.showing_gate()
    assert unlock.ui.message.text() == YoungHasNoPassword().message
    assert load_settings().last_slot == ""  # the pupil's slot is not remembered
    assert window.user_status.text() == ""

    sign_in(window, qtbot, type_text, ADULT_PASSWORD)
    assert window.session.user.name == ADULT
    window.lock()
    qtbot.waitUntil(lambda: window.session.vault is None, timeout=15_000)
    type_text(unlock.ui.password, young_kept_a_password)
    qtbot.keyClick(unlock.ui.password, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not unlock.busy, timeout=30_000)
    assert not window.session.is_open
    with pytest.raises(WrongPassword):
        Vault.open(service.path, young_kept_a_password)
    assert unlock.ui.message.text() != YoungHasNoPassword().message
    assert unlock.ui.message.text()  # the plain «wrong password» of any other


def test_the_settings_file_holds_the_slot_but_no_name(window, qtbot, type_text, service):
    from rsdesk.paths import app_paths

    sign_in(window, qtbot, type_text, ADULT_PASSWORD)
    text = app_paths().settings_file.read_text(encoding="utf-8")
    assert service.adult_slot in text
    assert "Кузнецова" not in text and "Анна" not in text
    accept_pledge(window, qtbot)
    hand_over(window, YOUNG)
    text = app_paths().settings_file.read_text(encoding="utf-8")
    assert service.adult_slot in text  # still the adult's: it is their key that opens
    assert "Петров" not in text and "Михаил" not in text


def test_first_sign_in_asks_for_the_pledge_and_records_it(
    window, qtbot, type_text, service, service_password
):
    sign_in(window, qtbot, type_text, ADULT_PASSWORD)
    pledge = window.pledge
    assert pledge.windowTitle() == "Обязательство о конфиденциальности"
    assert "Кузнецова Анна Викторовна, взрослый медиатор" in pledge.intro.text()
    text = pledge.text.toPlainText()
    assert "угроза жизни" in text and "преступление" in text and "куратору" in text
    assert "Ctrl+L" in text
    assert pledge.agree.text() == "Обязательство &прочитано, я его принимаю"
    # Nothing of the register is shown behind the pledge.
    assert window.ui.areas.currentWidget() is window.notice
    assert "обязательство о конфиденциальности" in window.notice.text.text()

    accept_pledge(window, qtbot)
    desk = window.session.desk
    assert not desk.needs_pledge()
    assert window.ui.areas.currentWidget() is not window.notice
    window.lock()
    qtbot.waitUntil(lambda: window.session.vault is None, timeout=15_000)
    with Vault.open(service.path, ADULT_PASSWORD) as vault:  # saved, not only in memory
        assert not desk_for(vault).needs_pledge()
    assert len(pledges_of(service.path, service_password, service.adult_id)) == 1


def test_a_handed_over_session_asks_the_young_mediator_for_the_pledge(
    window, qtbot, type_text, service, service_password
):
    """The first time a pupil works in a session handed to them, they give the pledge in
    their own name, as at any first sign-in; it is recorded as theirs and asked once."""
    adult_in_and_handed_over(window, qtbot, type_text)
    pledge = window.pledge
    assert pledge is not None and pledge.isVisible()
    assert pledge.windowTitle() == "Обязательство о конфиденциальности"
    assert "Петров Михаил, юный медиатор" in pledge.intro.text()
    assert "Кузнецова" not in pledge.intro.text()
    # Nothing of the register is shown behind the pledge, the adult's view either.
    assert window.ui.areas.currentWidget() is window.notice
    assert "обязательство о конфиденциальности" in window.notice.text.text()
    accept_pledge(window, qtbot)
    assert not window.session.desk.needs_pledge()
    assert window.ui.areas.currentWidget() is not window.notice

    take_back(window, ADULT_PASSWORD)
    hand_over(window, YOUNG)
    assert window.pledge is None  # given once
    window.lock()
    qtbot.waitUntil(lambda: window.session.vault is None, timeout=15_000)
    [entry] = pledges_of(service.path, service_password, service.young_id)
    assert entry.user_id == service.young_id
    assert len(pledges_of(service.path, service_password, service.adult_id)) == 1


@pytest.mark.parametrize("how", ["button", "escape"])
def test_declining_the_pledge_locks(window, qtbot, type_text, service, service_password, how):
    adult_in_and_handed_over(window, qtbot, type_text)
    pledge = window.pledge
    assert pledge.decline_button.text() == "&Отказаться и заблокировать"
    if how == "button":
        qtbot.mouseClick(pledge.decline_button, Qt.MouseButton.LeftButton)
    else:
        qtbot.keyClick(pledge, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: window.session.vault is None, timeout=15_000)
    assert window.showing_gate() and window.pledge is None
    assert not window.hand_over.isVisible()
    assert not pledges_of(service.path, service_password, service.young_id)

    # The adult's password opens the adult's session again, not the pupil's; handed over
    # once more, the pupil is asked again.
    sign_in(window, qtbot, type_text, ADULT_PASSWORD)
    assert window.session.user.user_id == service.adult_id and window.pledge is None
    hand_over(window, YOUNG)
    assert window.pledge is not None and window.pledge.isVisible()


def test_locking_closes_an_unanswered_pledge(window, qtbot, type_text, service):
    adult_in_and_handed_over(window, qtbot, type_text)
    pledge = window.pledge
    assert pledge is not None
    window.lock()
    assert window.pledge is None and not pledge.isVisible()
    assert window.showing_gate() and not window.hand_over.isVisible()
    sign_in(window, qtbot, type_text, ADULT_PASSWORD)
    assert window.session.user.user_id == service.adult_id
    assert window.pledge is None  # the adult gave theirs
    hand_over(window, YOUNG)
    assert window.pledge is not None  # the pupil is asked again


# --- passwords from the roster ---------------------------------------------------------------


def give_password(area, qtbot, type_text, name: str, password: str) -> None:
    select(area, name)
    assert area.sign_in.grant_button.text() == "Выдать &пароль…"
    qtbot.mouseClick(area.sign_in.grant_button, Qt.MouseButton.LeftButton)
    dialog = area.dialog
    assert isinstance(dialog, AccessDialog) and dialog.isVisible()
    assert dialog.windowTitle() == "Пароль для входа"
    assert name in dialog.ui.person.text()
    ok = dialog.ok
    assert ok.text() == "&Выдать пароль" and not ok.isEnabled()
    type_text(dialog.ui.password, "корот")
    assert "Слишком короткий" in dialog.ui.strength.text()
    dialog.ui.password.clear()
    type_text(dialog.ui.password, password)
    type_text(dialog.ui.repeat, password + "x")
    assert "Пароли не совпадают" in dialog.ui.strength.text() and not ok.isEnabled()
    dialog.ui.repeat.clear()
    type_text(dialog.ui.repeat, password)
    assert ok.isEnabled()
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: area.dialog is None, timeout=30_000)  # closed and let go


def test_the_curator_gives_a_password_and_takes_it_away(
    open_window, qtbot, type_text, fast_new_slots, monkeypatch, service_password
):
    window = open_window
    desk = window.session.desk
    person = desk.add_mediator(Mediator("Лебедев Игорь Сергеевич", "adult"))
    area = roster_area(window)
    area.refresh()
    sign_in_column = column(area, RosterModel.SIGN_IN)
    assert sign_in_column == {
        "Смирнова Ольга Петровна": "есть пароль",
        "Лебедев Игорь Сергеевич": "",
    }
    assert area.roster_model.headerData(RosterModel.SIGN_IN, Qt.Orientation.Horizontal) == "Вход"
    select(area, "Лебедев Игорь Сергеевич")
    assert area.sign_in.hint.text() == "Лебедев Игорь Сергеевич пока не может входить в программу."
    assert not area.sign_in.revoke_button.isEnabled()

    password = "Игорь Lebedev: 7 дорог!"
    give_password(area, qtbot, type_text, "Лебедев Игорь Сергеевич", password)
    assert column(area, RosterModel.SIGN_IN)["Лебедев Игорь Сергеевич"] == "есть пароль"
    assert desk.audit_entries(action="grant_access")[0].object_id == person

    # A new password replaces the old one.
    second = "Игорь: новый ключ у 7Б!"
    give_password(area, qtbot, type_text, "Лебедев Игорь Сергеевич", second)
    path = window.session.vault.path
    window.lock()
    qtbot.waitUntil(lambda: window.session.vault is None, timeout=15_000)
    assert opened_by(path, second) == "Лебедев Игорь Сергеевич"
    with pytest.raises(WrongPassword):
        Vault.open(path, password)
    assert opened_by(path, service_password) == "Смирнова Ольга Петровна"

    sign_in(window, qtbot, type_text, service_password)
    area = roster_area(window)
    select(area, "Лебедев Игорь Сергеевич")
    assert area.sign_in.revoke_button.isEnabled()
    asked = []

    def answer(_parent, title, text, *args):
        asked.append((title, text))
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", answer)
    qtbot.mouseClick(area.sign_in.revoke_button, Qt.MouseButton.LeftButton)
    assert asked[0][0] == "Отозвать доступ"
    assert "Лебедев Игорь Сергеевич больше не сможет войти" in asked[0][1]
    assert column(area, RosterModel.SIGN_IN)["Лебедев Игорь Сергеевич"] == ""
    assert not area.sign_in.revoke_button.isEnabled()
    window.lock()
    qtbot.waitUntil(lambda: window.session.vault is None, timeout=15_000)
    with pytest.raises(WrongPassword):
        Vault.open(path, second)


def test_the_curator_cannot_take_own_access_or_role(open_window, qtbot, type_text):
    area = roster_area(open_window)
    select(area, "Смирнова Ольга Петровна")
    access = area.sign_in
    assert not access.grant_button.isEnabled() and not access.revoke_button.isEnabled()
    assert access.hint.text() == "Свой пароль вы меняете в меню «Файл» → «Сменить пароль»."

    qtbot.mouseClick(area.edit_button, Qt.MouseButton.LeftButton)
    dialog = area.dialog
    dialog.ui.kind.setCurrentIndex(dialog.ui.kind.findText("взрослый медиатор"))
    qtbot.mouseClick(accept_button(dialog), Qt.MouseButton.LeftButton)
    assert dialog.isVisible()
    assert dialog.ui.kindError.isVisible()
    assert dialog.ui.kindError.text() == (
        "Нельзя снять роль куратора с самого себя; это может сделать другой куратор."
    )
    assert open_window.session.desk.actor.role == "curator"


def test_contacts_are_typed_in_the_mediator_form(open_window, qtbot, type_text):
    area = roster_area(open_window)
    qtbot.mouseClick(area.add_button, Qt.MouseButton.LeftButton)
    dialog = area.dialog
    assert dialog.ui.contactsLabel.text() == "Ко&нтакты:"
    type_text(dialog.ui.name, "Агеева Марина Петровна")
    type_text(dialog.ui.contacts, "+7 905 111-22-33, ageeva@mail.ru")
    qtbot.mouseClick(accept_button(dialog), Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    assert column(area, RosterModel.CONTACTS)["Агеева Марина Петровна"] == (
        "+7 905 111-22-33, ageeva@mail.ru"
    )
    assert not area.table.isColumnHidden(RosterModel.CONTACTS)


# --- what each role sees ---------------------------------------------------------------------


def test_a_young_mediator_reads_the_roster_without_contacts_or_buttons(
    window, qtbot, type_text, service
):
    sign_in(window, qtbot, type_text, ADULT_PASSWORD)
    accept_pledge(window, qtbot)
    area = roster_area(window)
    assert column(area, RosterModel.CONTACTS)[ADULT] == CONTACTS  # the adult sees them

    hand_over(window, YOUNG)
    accept_pledge(window, qtbot)
    assert not window.session.sees_requests
    area = roster_area(window)
    assert ADULT in column(area, 0)
    assert set(column(area, RosterModel.CONTACTS).values()) == {""}
    assert area.table.isColumnHidden(RosterModel.CONTACTS)
    assert area.table.isColumnHidden(RosterModel.SIGN_IN)
    adult = next(e for e in area.entries if e.mediator.full_name == ADULT)
    assert adult.mediator.note == ""
    for button in (area.add_button, area.edit_button, area.training_button, area.delete_button):
        assert not button.isVisible()
    assert not area.sign_in.isVisible()
    assert area.read_only.isVisible()
    assert area.read_only.text() == "Изменять состав службы может только куратор."
    select(area, ADULT)
    qtbot.keyClick(area.table, Qt.Key.Key_Return)  # «activate» a row: no form opens
    assert area.dialog is None

    # Taken back, the adult sees the contacts again.
    take_back(window, ADULT_PASSWORD)
    area = roster_area(window)
    assert column(area, RosterModel.CONTACTS)[ADULT] == CONTACTS
    assert not area.table.isColumnHidden(RosterModel.CONTACTS)


def test_the_roster_gives_no_password_to_a_young_mediator(
    window, qtbot, type_text, service, service_password
):
    """«Выдать пароль…» is disabled on a young mediator's row, and the hint says why (the
    core's reason: an adult hands the session over), unlike an adult without a password."""
    sign_in(window, qtbot, type_text, service_password)
    area = roster_area(window)
    assert column(area, RosterModel.SIGN_IN)[YOUNG] == ""
    access = area.sign_in
    assert access.isVisible()

    select(area, ADULT)  # an adult: a password may be given
    assert access.grant_button.isEnabled()

    select(area, YOUNG)
    assert access.grant_button.text() == "Выдать &пароль…"
    assert not access.grant_button.isEnabled()
    assert not access.revoke_button.isEnabled()
    why = window.session.desk.may_have_password(service.young_id)
    assert not why and why.reason
    assert access.hint.isVisible() and access.hint.text() == why.reason
    assert "пока не может входить" not in access.hint.text()  # not the adult's «not yet»
    qtbot.mouseClick(access.grant_button, Qt.MouseButton.LeftButton)
    assert area.dialog is None  # nothing opens

    select(area, ADULT)  # and back: the hint follows the row
    assert access.grant_button.isEnabled() and access.hint.text() != why.reason


def test_an_adult_mediator_sees_contacts_but_not_the_statistics(window, qtbot, type_text):
    sign_in(window, qtbot, type_text, ADULT_PASSWORD)
    accept_pledge(window, qtbot)
    assert window.user_status.text() == "Кузнецова А. В., взрослый медиатор"
    assert window.session.sees_requests
    area = roster_area(window)
    assert column(area, RosterModel.CONTACTS)["Кузнецова Анна Викторовна"] == CONTACTS
    assert not area.table.isColumnHidden(RosterModel.CONTACTS)
    assert not area.add_button.isVisible() and area.read_only.isVisible()

    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    for index, key in enumerate((Qt.Key.Key_1, Qt.Key.Key_2, Qt.Key.Key_3, Qt.Key.Key_4)):
        qtbot.keyClick(window, key, Qt.KeyboardModifier.ControlModifier)
        assert window.current_area() == AREAS[index].key
    assert window.current_area() == "statistics"
    assert window.ui.areas.currentWidget() is window.notice
    assert window.notice.title.text() == "Статистика"
    assert window.notice.text.text() == "Выгружать статистику службы может только куратор."
    qtbot.keyClick(window, Qt.Key.Key_5, Qt.KeyboardModifier.ControlModifier)
    assert (
        window.current_area() == "settings" and window.ui.areas.currentWidget() is not window.notice
    )
    assert not window.ui.actionRestoreBackup.isEnabled()


def test_the_curator_sees_the_statistics(open_window):
    show(open_window, "statistics")
    assert open_window.ui.areas.currentWidget() is not open_window.notice
    assert open_window.user_status.text() == "Смирнова О. П., куратор"
