"""What the roster's password panel says of a person: a pupil has no password, and an adult
who has not signed in since the file's format was updated still opens old copies."""

from __future__ import annotations

from rsdesk.domain.register import Mediator
from rsdesk.gui.areas import AREAS
from rsdesk.vault import KdfParams, Vault

FAST = KdfParams(memory_kib=8 * 1024, iterations=1, lanes=1)


def roster(window):
    window.show_area([a.key for a in AREAS].index("mediators"))
    return window.pages["mediators"]


def test_a_pupil_gets_no_password_and_the_panel_says_why(open_window):
    desk = open_window.session.desk
    young = desk.add_mediator(Mediator("Котова Мария", "young", class_name="9А"))
    area = roster(open_window)
    area.select(young)
    panel = area.sign_in
    assert not panel.grant_button.isEnabled()
    assert panel.hint.text() == (
        "У учеников-медиаторов нет своего пароля: взрослый входит и передаёт им сеанс."
    )


def test_an_adult_not_signed_in_since_the_new_format_is_named(open_window, monkeypatch):
    window = open_window
    desk, vault = window.session.desk, window.session.vault
    adult = desk.add_mediator(Mediator("Алексеева Анна Сергеевна", "adult"))
    slot = vault.add_password_slot("пароль Анны 2026", kdf=FAST)
    desk.grant_access(adult, slot)
    area = roster(window)
    area.select(adult)
    assert area.sign_in.hint.text() == (
        "Алексеева Анна Сергеевна входит со своим паролем. Новый пароль заменит прежний."
    )
    # As a version 1 file leaves it: her slot still waits for her first sign-in.
    monkeypatch.setattr(Vault, "legacy_slot_ids", property(lambda self: [slot]))
    desk.add_mediator(Mediator("Борисов Борис Ильич", "adult"))  # the roster is shown anew
    area.select(adult)
    assert area.sign_in.hint.text() == (
        "Алексеева Анна Сергеевна: после обновления формата файла входа ещё не было. Пока его "
        "нет, старая копия файла со старым паролем открывает и то, что сохранено теперь: "
        "попросите войти один раз или дайте новый пароль."
    )
