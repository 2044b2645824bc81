"""The cases area as each role sees it: own cases, read-only cards, sign-off, deleting.

A service with a curator, two adult mediators and a young one is built on disk; each test
signs in with one person's password, as the unlock screen does, and works through the GUI.
The young mediator holds no password: Алексеева signs in and hands the session over.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

import pytest

from rsdesk.domain.audit import AuditEntry
from rsdesk.domain.register import Mediator, Participant, Request
from rsdesk.gui.qt import QApplication, QDialog, QDialogButtonBox, Qt
from rsdesk.i18n import translate
from rsdesk.storage import cases, requests, signoffs, users
from rsdesk.storage.roster import add_mediator
from rsdesk.storage.service import init_service
from rsdesk.vault import KdfParams, Vault
from tests.helpers.handing import hand_over

FAST = KdfParams(memory_kib=8 * 1024, iterations=1, lanes=1)
CURATOR = "Смирнова Ольга Петровна"
ADULT = "Алексеева Анна Сергеевна"
OTHER = "Борисов Игорь Петрович"
YOUNG = "Котова Маша"
PASSWORDS = {
    CURATOR: "Пароль куратора 2026",
    ADULT: "Пароль медиатора 2026",
}
TODAY = date.today()
OPENED = TODAY - timedelta(days=20)  # the requests' year may be last year in early January


def closed_text() -> str:
    """The core's reason for a closed case, in the language the window shows (Russian)."""
    text = translate("roles", "The case is closed and can only be read. The curator may reopen it.")
    assert "можно только читать" in text
    return text


@dataclass
class Service:
    path: Path
    ids: dict[str, int]  # people by name
    cases: dict[str, int]  # cases by a short key
    numbers: dict[str, str]


def _case(db, description: str, *team: tuple[int, str], closed: bool = False) -> int:
    request_id = requests.register_request(
        db,
        Request(
            received_on=OPENED,
            source="teacher",
            category="educational_conflict",
            description=description,
            participants=(
                Participant(full_name="Волков Артём", role="party", is_minor=True, age=13),
                Participant(full_name="Зайцева Алина", role="party", is_minor=True, age=13),
            ),
        ),
        today=TODAY,
    )
    case_id = requests.accept_request(db, request_id, decided_on=OPENED, today=TODAY)
    for mediator_id, role in team:
        cases.assign_mediator(db, case_id, mediator_id, role)
    if closed:
        cases.close_case(db, case_id, OPENED + timedelta(days=5), today=TODAY)
    return case_id


@pytest.fixture
def service(app, tmp_path) -> Service:
    path = tmp_path / "service.rsdv"
    vault, _key = Vault.create(path, PASSWORDS[CURATOR], kdf=FAST)
    db = vault.db
    init_service(
        db,
        kind="school",
        name="МБОУ «Школа № 7»",
        region="Кузбасс",
        municipality="г. Кемерово",
        curator_name=CURATOR,
        curator_slot_id=vault.slot_id,
        pledged_on=TODAY,
    )
    ids = {CURATOR: users.actor_for_slot(db, vault.slot_id).user_id}
    year = (TODAY.year,)
    ids[ADULT] = add_mediator(db, Mediator(ADULT, "adult", years=year))
    ids[OTHER] = add_mediator(db, Mediator(OTHER, "adult", years=year))
    ids[YOUNG] = add_mediator(db, Mediator(YOUNG, "young", class_name="9А", years=year))
    users.set_slot(db, ids[ADULT], vault.add_password_slot(PASSWORDS[ADULT], kdf=FAST))
    for name in (ADULT, YOUNG):
        users.accept_pledge(db, ids[name], TODAY)
    found = {
        "mine": _case(db, "Ссора в раздевалке", (ids[ADULT], "lead")),
        "closed": _case(db, "Спор из-за телефона", (ids[ADULT], "lead"), closed=True),
        "other": _case(db, "Обидное прозвище", (ids[OTHER], "lead")),
        "young": _case(db, "Конфликт в чате класса", (ids[ADULT], "lead"), (ids[YOUNG], "co_lead")),
        "nobody": _case(db, "Порча рисунка"),
    }
    numbers = {key: cases.get_case(db, case_id).number for key, case_id in found.items()}
    vault.commit()
    vault.close()
    return Service(path, ids, found, numbers)


@pytest.fixture
def window(app, qtbot):
    from rsdesk.gui.main_window import MainWindow
    from rsdesk.settings import load_settings

    window = MainWindow(load_settings())
    qtbot.addWidget(window)
    window.resize(1200, 760)
    window.show()
    yield window
    window.session.close()


def sign_in(window, service: Service, name: str):
    """What the unlock screen does with a password; returns the cases area. The young
    mediator works in the session Алексеева, who leads their case, hands over to them."""
    window.session.close()
    window.session.start(Vault.open(service.path, PASSWORDS[ADULT if name == YOUNG else name]))
    if name == YOUNG:
        hand_over(window, YOUNG)
    window.show_area(0)
    return window.pages["cases"]


def listed(area) -> set[str]:
    return {row.number for row in area.cases.model.all_rows}


def click(qtbot, button) -> None:
    assert button.isVisible() and button.isEnabled(), button.text()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def card_of():
    from rsdesk.gui.cases.case_card import CaseCardDialog

    card = QApplication.activeModalWidget()
    assert isinstance(card, CaseCardDialog), card
    return card


def reason_dialog():
    from rsdesk.gui.cases.reason_dialog import ReasonDialog

    dialog = QApplication.activeModalWidget()
    assert isinstance(dialog, ReasonDialog), dialog
    return dialog


def give_reason(qtbot, type_text, reason: str) -> None:
    """Try OK without a reason first (refused, the dialog stays), then type it and confirm."""
    dialog = reason_dialog()
    click(qtbot, dialog.ok)
    assert dialog.isVisible() and dialog.error.text() == "Укажите причину."
    type_text(dialog.reason, reason)
    click(qtbot, dialog.ok)
    assert not dialog.isVisible(), dialog.error.text()


def open_case(area, run_modal, case_id: int, drive) -> None:
    """Open the card from the case list (Enter on its row) and work in it with drive(card)."""
    area.tabs.setCurrentWidget(area.cases)
    row = next(i for i, r in enumerate(area.cases.model.rows) if r.id == case_id)
    area.cases.table.setFocus()
    area.cases.table.setCurrentIndex(area.cases.model.index(row, 0))

    def step():
        card = card_of()
        try:
            drive(card)
        finally:
            if card.isVisible():
                card.accept()

    run_modal(lambda: area.cases.table.activated.emit(area.cases.table.currentIndex()), step)


def entries(window, action: str) -> list[AuditEntry]:
    """The audit trail, as the signed-in curator reads it, once the change is saved."""
    assert window.session.queue.flush(timeout=10) and not window.session.vault.dirty
    return window.session.desk.audit_entries(action=action)


# --- who sees what --------------------------------------------------------------------------


def test_an_adult_mediator_sees_only_their_cases(window, service):
    area = sign_in(window, service, ADULT)
    n = service.numbers
    assert listed(area) == {n["mine"], n["closed"], n["young"]}
    assert area.cases.counter.text() == "Показано случаев: 3 из 3"
    assert area.start.open_cases.text() == "2"  # not the service's four
    assert area.tabs.isTabVisible(area.tabs.indexOf(area.requests))
    assert area.requests.add.isVisibleTo(area.requests)
    area.requests.year.setCurrentIndex(area.requests.year.findData(OPENED.year))
    assert {r.number for r in area.requests.model.rows} == {n["mine"], n["closed"], n["young"]}
    assert not area.start.signoffs.isVisibleTo(area.start)
    assert not area.cases.deleted.isVisibleTo(area.cases)

    curator = sign_in(window, service, CURATOR)
    assert listed(curator) == set(n.values())
    assert curator.start.open_cases.text() == "4"
    assert curator.cases.deleted.isVisibleTo(curator.cases)


def test_a_young_mediator_has_no_requests(window, service, qtbot):
    area = sign_in(window, service, YOUNG)
    assert listed(area) == {service.numbers["young"]}
    assert not area.tabs.isTabVisible(area.tabs.indexOf(area.requests))
    assert not area.start.awaiting.isVisibleTo(area.start)
    assert not area.start.requests.isVisibleTo(area.start)
    assert area.start.open_cases.text() == "1"
    qtbot.keyClick(area, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert not isinstance(QApplication.activeModalWidget(), QDialog)  # no «new request»


# --- read-only cards and reopening ------------------------------------------------------------


def test_a_closed_case_is_read_only_and_says_why(window, service, run_modal):
    area = sign_in(window, service, ADULT)
    seen = {}

    def look(card):
        seen["notice"] = card.notice.text() if card.notice.isVisible() else ""
        seen["enabled"] = [
            b.isEnabled()
            for b in (card.assign, card.follow_up, card.close_case, card.program_buttons.start)
        ]
        seen["overrides"] = card.reopen.isVisible(), card.delete.isVisible()

    open_case(area, run_modal, service.cases["closed"], look)
    assert seen["notice"] == closed_text()
    assert seen["enabled"] == [False, False, False, False]
    assert seen["overrides"] == (False, False)  # reopening and deleting are the curator's


def test_the_curator_reopens_a_closed_case_with_a_reason(
    window, service, qtbot, type_text, run_modal
):
    area = sign_in(window, service, CURATOR)
    seen = {}

    def reopen(card):
        assert card.notice.text() == closed_text()
        assert not card.follow_up.isEnabled()
        run_modal(
            lambda: click(qtbot, card.reopen),
            lambda: give_reason(qtbot, type_text, "Стороны просят ещё одну встречу"),
        )
        seen["status"] = card.summary.text()
        seen["notice"] = card.notice.isVisible()
        seen["editable"] = card.follow_up.isEnabled() and card.close_case.isEnabled()
        seen["reopen"] = card.reopen.isVisible()
        seen["timeline"] = [
            card.timeline.item(r, 2).text() for r in range(card.timeline.rowCount())
        ]

    open_case(area, run_modal, service.cases["closed"], reopen)
    assert seen["status"].startswith("Статус: открыт")
    assert not seen["notice"] and seen["editable"] and not seen["reopen"]
    assert "Стороны просят ещё одну встречу" in seen["timeline"]
    [entry] = entries(window, "reopen_case")
    assert entry.reason == "Стороны просят ещё одну встречу"
    assert entry.label == service.numbers["closed"] and entry.user_name == CURATOR


# --- sign-off ---------------------------------------------------------------------------------


def young_closes_their_case(window, service, qtbot, run_modal) -> dict:
    from rsdesk.gui.cases.card_parts import SmallForm

    area = sign_in(window, service, YOUNG)
    seen = {}

    def close(card):
        def confirm():
            form = card.findChild(SmallForm)
            form.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
            assert not form.isVisible(), form.error.text()

        run_modal(lambda: click(qtbot, card.close_case), confirm)
        seen["notice"] = card.notice.text()
        seen["editable"] = card.follow_up.isEnabled() or card.close_case.isEnabled()

    open_case(area, run_modal, service.cases["young"], close)
    assert window.session.queue.flush(timeout=10)
    return seen


def test_a_young_mediators_closure_waits_for_the_curator(window, service, qtbot, run_modal):
    seen = young_closes_their_case(window, service, qtbot, run_modal)
    assert seen["notice"].startswith("Ждёт подписи куратора: закрытие случая.")
    assert not seen["editable"]

    area = sign_in(window, service, CURATOR)
    panel = area.start.signoffs
    assert area.tabs.currentWidget() is area.start and panel.isVisible()
    assert panel.title.text() == "Ждут подписи куратора: 1"
    row = [panel.table.item(0, c).text() for c in range(4)]
    assert row == [service.numbers["young"], "закрытие случая", YOUNG, TODAY.strftime("%d.%m.%Y")]

    def look(card):
        assert card.case_id == service.cases["young"]
        assert "Ждёт подписи куратора: закрытие случая" in card.notice.text()
        assert card.sign.isVisible() and card.send_back.isVisible()
        assert not card.reopen.isVisible()  # a waiting closure is signed off or returned

    run_modal(lambda: click(qtbot, panel.open), lambda: look_and_close(look))
    # «Утвердить» first shows what is approved; «Отмена» leaves it waiting.
    shown = []
    run_modal(lambda: click(qtbot, panel.sign), lambda: answer_signoff(qtbot, shown, "Отмена"))
    assert panel.title.text() == "Ждут подписи куратора: 1" and not entries(window, "sign_off")
    run_modal(lambda: click(qtbot, panel.sign), lambda: answer_signoff(qtbot, shown, "Утвердить"))
    question, details = shown[0]
    assert question == f"Утвердить: закрытие случая, случай № {service.numbers['young']}?"
    assert details.splitlines()[1:] == [
        "Что утверждается: закрытие случая",
        "Программа: не записана",
        f"Дата закрытия: {TODAY.strftime('%d.%m.%Y')}",
        f"Кто отправил: {YOUNG}, {TODAY.strftime('%d.%m.%Y')}",
    ]
    assert panel.message.text() == (
        f"Утверждено: закрытие случая, случай № {service.numbers['young']}."
    )
    assert panel.title.text() == "Ждут подписи куратора: 0" and panel.table.rowCount() == 0
    assert area.start.open_cases.text() == "3"  # the case stays closed
    assert window.session.queue.flush(timeout=10)
    assert [e.label for e in entries(window, "sign_off")] == [service.numbers["young"]]


def answer_signoff(qtbot, shown: list, answer: str) -> None:
    from rsdesk.gui.qt import QMessageBox

    box = QApplication.activeModalWidget()
    assert isinstance(box, QMessageBox), box
    shown.append((box.text(), box.informativeText()))
    [button] = [b for b in box.buttons() if b.text().replace("&", "") == answer]
    click(qtbot, button)


def look_and_close(look) -> None:
    card = card_of()
    try:
        look(card)
    finally:
        card.accept()


def test_a_young_mediators_card_shows_their_agreement_waiting(window, service, run_modal):
    with Vault.open(service.path, PASSWORDS[CURATOR]) as vault:
        signoffs.submit(vault.db, service.cases["young"], "agreement", service.ids[YOUNG], TODAY)
        vault.commit()
    area = sign_in(window, service, YOUNG)
    seen = {}

    def look(card):
        seen["notice"] = card.notice.text()
        seen["editable"] = card.follow_up.isEnabled() and card.close_case.isEnabled()
        seen["curator's buttons"] = card.sign.isVisible() or card.send_back.isVisible()

    open_case(area, run_modal, service.cases["young"], look)
    assert seen == {
        "notice": "Ждёт подписи куратора: договор.",
        "editable": True,  # an agreement waiting does not stop the work on the case
        "curator's buttons": False,
    }


def test_nobody_signs_off_their_own_work(window, service, qtbot):
    with Vault.open(service.path, PASSWORDS[CURATOR]) as vault:
        signoffs.submit(vault.db, service.cases["mine"], "agreement", service.ids[CURATOR], TODAY)
        vault.commit()
    area = sign_in(window, service, CURATOR)
    panel = area.start.signoffs
    assert panel.table.item(0, 1).text() == "договор" and panel.table.item(0, 2).text() == CURATOR
    click(qtbot, panel.sign)
    assert panel.message.text() == "Никто не утверждает собственную работу."
    assert panel.title.text() == "Ждут подписи куратора: 1"


def test_a_returned_closure_reopens_the_case(window, service, qtbot, type_text, run_modal):
    young_closes_their_case(window, service, qtbot, run_modal)
    area = sign_in(window, service, CURATOR)
    panel = area.start.signoffs
    run_modal(
        lambda: click(qtbot, panel.back),
        lambda: give_reason(qtbot, type_text, "Нет отметки о выполнении договорённостей"),
    )
    assert panel.message.text().startswith("Возвращено на доработку: закрытие случая")
    assert panel.table.rowCount() == 0
    assert area.start.open_cases.text() == "4"
    [entry] = entries(window, "return_signoff")
    assert entry.reason == "Нет отметки о выполнении договорённостей"

    young = sign_in(window, service, YOUNG)
    seen = {}

    def look(card):
        seen["notice"] = card.notice.isVisible()
        seen["editable"] = card.close_case.isEnabled()

    open_case(young, run_modal, service.cases["young"], look)
    assert seen == {"notice": False, "editable": True}


# --- deleting ---------------------------------------------------------------------------------


def delete_from_card(area, service, qtbot, type_text, run_modal, key: str) -> dict:
    seen = {}

    def fill():
        dialog = reason_dialog()
        seen["info"] = dialog.info.text()
        seen["hint"] = dialog.hint.text()
        give_reason(qtbot, type_text, "Зарегистрировано по ошибке, дубль")

    def delete(card):
        run_modal(lambda: click(qtbot, card.delete), fill)
        seen["card open"] = card.isVisible()

    open_case(area, run_modal, service.cases[key], delete)
    return seen


def test_delete_with_a_reason_then_undo(window, service, qtbot, type_text, run_modal):
    area = sign_in(window, service, CURATOR)
    number = service.numbers["nobody"]
    seen = delete_from_card(area, service, qtbot, type_text, run_modal, "nobody")
    assert "в течение 30 дней" in seen["info"]
    assert seen["hint"] == "Без имён — причина попадёт в журнал действий."
    assert not seen["card open"]
    assert number not in listed(area)
    bar = area.undo_bar
    assert bar.isVisible() and bar.text.text() == f"Случай № {number} удалён."
    click(qtbot, bar.undo)
    assert not bar.isVisible()
    assert number in listed(area)
    [deleted] = entries(window, "delete_case")
    assert deleted.reason == "Зарегистрировано по ошибке, дубль" and deleted.label == number
    assert [e.label for e in entries(window, "restore_case")] == [number]


def test_the_deleted_cases_dialog_restores(window, service, qtbot, type_text, run_modal):
    from rsdesk.gui.cases.deleted_dialog import DeletedCasesDialog

    area = sign_in(window, service, CURATOR)
    number = service.numbers["other"]
    delete_from_card(area, service, qtbot, type_text, run_modal, "other")
    area.undo_bar.dismiss.click()
    assert number not in listed(area)
    seen = {}

    def restore():
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, DeletedCasesDialog)
        table = dialog.table
        seen["row"] = [table.item(0, c).text() for c in range(table.columnCount())]
        click(qtbot, dialog.restore)
        seen["message"] = dialog.message.text()
        seen["empty"] = dialog.empty.isVisible()
        dialog.reject()

    area.tabs.setCurrentWidget(area.cases)
    run_modal(lambda: click(qtbot, area.cases.deleted), restore)
    day = TODAY.strftime("%d.%m.%Y")
    purge = (TODAY + timedelta(days=30)).strftime("%d.%m.%Y")
    assert seen["row"] == [number, day, CURATOR, "Зарегистрировано по ошибке, дубль", purge]
    assert seen["message"] == f"Случай № {number} восстановлен." and seen["empty"]
    assert number in listed(area)


def test_an_adult_deletes_their_case_and_may_undo_it(window, service, qtbot, type_text, run_modal):
    area = sign_in(window, service, ADULT)
    number = service.numbers["mine"]
    delete_from_card(area, service, qtbot, type_text, run_modal, "mine")
    assert number not in listed(area)
    bar = area.undo_bar
    assert bar.isVisible() and bar.undo.isVisibleTo(bar)
    click(qtbot, bar.undo)
    assert number in listed(area)
