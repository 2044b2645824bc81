"""A session handed over to a young mediator and taken back, clicked through the real window.

An adult signs in, hands the session to a pupil of the service, the pupil sees only the
case assigned to them and nothing of the file itself; a wrong password does not take it
back, the adult's does; a lock in between ends it, and the unlock is the adult's again.
"""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from rsdesk.domain.register import Mediator, Participant, Request
from rsdesk.gui.areas import AREAS
from rsdesk.gui.handover import HandOverDialog, TakeBackDialog
from rsdesk.gui.main_window import MainWindow
from rsdesk.gui.qt import QApplication, Qt

TODAY = date.today()
YOUNG = "Котова Мария"


def pupil(name: str) -> Participant:
    return Participant(full_name=name, role="party", is_minor=True, age=14)


@pytest.fixture
def school(open_window):
    """Through the curator's Desk: an adult, a pupil mediator, her case and another one."""
    desk = open_window.session.desk
    adult = desk.add_mediator(Mediator("Алексеева Анна Сергеевна", "adult"))
    young = desk.add_mediator(Mediator(YOUNG, "young", class_name="9А"))

    def case(description: str, people: list[str], category: str) -> int:
        request = desk.register_request(
            Request(
                TODAY - timedelta(days=5),
                "teacher",
                category,
                description,
                participants=tuple(pupil(p) for p in people),
            )
        )
        return desk.accept_request(request, decided_on=TODAY - timedelta(days=5))

    mine = case("Ссора в чате класса", ["Волков Артём", "Зайцева Алина"], "educational_conflict")
    desk.assign_mediator(mine, adult, "lead")
    desk.assign_mediator(mine, young, "co_lead")
    theirs = case("Травля в раздевалке", ["Тайный Тимур"], "bullying")
    desk.assign_mediator(theirs, adult, "lead")
    return {"young": young, "mine": mine, "theirs": theirs}


def case_texts(window: MainWindow) -> str:
    window.show_area([a.key for a in AREAS].index("cases"))
    area = window.pages["cases"]
    area.tabs.setCurrentWidget(area.cases)
    model = area.cases.table.model()
    return " ".join(
        str(model.data(model.index(r, c)) or "")
        for r in range(model.rowCount())
        for c in range(model.columnCount())
    )


def hand_over(window: MainWindow, qtbot, name: str) -> None:
    bar = window.hand_over
    assert bar.action.isEnabled() and bar.action.text() == "&Передать сеанс ученику-медиатору…"
    bar.action.trigger()
    dialog = bar.dialog
    assert isinstance(dialog, HandOverDialog) and dialog.isVisible()
    assert not dialog.ok.isEnabled()  # nobody chosen yet
    people = [dialog.people.item(i).text() for i in range(dialog.people.count())]
    assert people == [name]  # young mediators only: not the adult, not the curator
    item = dialog.people.item(0)
    qtbot.mouseClick(
        dialog.people.viewport(),
        Qt.MouseButton.LeftButton,
        pos=dialog.people.visualItemRect(item).center(),
    )
    assert dialog.ok.isEnabled()
    qtbot.mouseClick(dialog.ok, Qt.MouseButton.LeftButton)
    assert bar.dialog is None


def accept_pledge(window: MainWindow, qtbot) -> None:
    pledge = window.pledge
    assert pledge is not None and pledge.isVisible()
    qtbot.keyClick(pledge.agree, Qt.Key.Key_Space)
    qtbot.mouseClick(pledge.accept_button, Qt.MouseButton.LeftButton)
    assert window.pledge is None


def open_take_back(window: MainWindow, qtbot) -> TakeBackDialog:
    bar = window.hand_over
    qtbot.mouseClick(bar.take_back_button, Qt.MouseButton.LeftButton)
    dialog = bar.dialog
    assert isinstance(dialog, TakeBackDialog) and dialog.isVisible()
    return dialog


def test_the_pupil_works_in_the_adults_session_and_the_adults_password_takes_it_back(
    open_window, school, qtbot, type_text, service_password
):
    window = open_window
    curator = window.session.desk.actor
    assert "Тайный Тимур" in case_texts(window)
    assert not window.hand_over.isVisible()

    hand_over(window, qtbot, YOUNG)
    accept_pledge(window, qtbot)  # her first session: the pledge is hers to give
    bar = window.hand_over
    assert bar.isVisible()
    assert bar.text.text() == (
        f"Сеанс передан ученику-медиатору: {YOUNG}. Вернуть его может только взрослый, "
        f"который его передал: {curator.name}."
    )
    assert window.user_status.text() == "Котова М., юный медиатор"
    texts = case_texts(window)
    assert "Волков Артём" in texts and "Тайный Тимур" not in texts
    # Nothing of the file as a whole: no other file, no password, no copies, no second hand-over.
    ui = window.ui
    for action in (
        ui.actionCreate,
        ui.actionOpen,
        ui.actionChangePassword,
        ui.actionExportBackup,
        ui.actionRestoreBackup,
    ):
        assert not action.isEnabled(), action.objectName()
    assert not bar.action.isVisible()
    assert window.session.desk.hand_over_candidates() == []

    # A wrong password keeps the session hers.
    dialog = open_take_back(window, qtbot)
    assert dialog.ok.text() == "&Вернуть"
    type_text(dialog.password, "угадала?")
    qtbot.mouseClick(dialog.ok, Qt.MouseButton.LeftButton)
    assert dialog.isVisible() and dialog.error.text() == "Пароль не подходит. Попробуйте ещё раз."
    assert window.session.desk.actor.name == YOUNG

    dialog.password.clear()
    type_text(dialog.password, service_password)
    qtbot.mouseClick(dialog.ok, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    assert not bar.isVisible()
    assert window.session.desk.actor == curator
    assert "Тайный Тимур" in case_texts(window)
    assert ui.actionChangePassword.isEnabled() and ui.actionExportBackup.isEnabled()

    # The trail names her for what she opened, and says who handed over and took back.
    entries = window.session.desk.audit_entries()
    actions = [e.action for e in entries]
    assert actions.index("take_back") < actions.index("hand_over")
    assert window.session.desk.verify_audit() == []


def test_a_lock_ends_the_handed_over_session_and_the_unlock_is_the_adults(
    open_window, school, qtbot, type_text, service_password
):
    window = open_window
    curator = window.session.desk.actor
    hand_over(window, qtbot, YOUNG)
    accept_pledge(window, qtbot)
    window.lock()
    qtbot.waitUntil(lambda: window.showing_gate(), timeout=10_000)
    assert not window.hand_over.isVisible()
    unlock = window.gate.unlock
    type_text(unlock.ui.password, service_password)
    qtbot.keyClick(unlock.ui.password, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not unlock.busy, timeout=30_000)
    assert window.session.is_open
    assert window.session.desk.actor == curator
    assert not window.hand_over.isVisible()


def test_a_lock_closes_an_open_take_back_dialog(open_window, school, qtbot):
    window = open_window
    hand_over(window, qtbot, YOUNG)
    accept_pledge(window, qtbot)
    dialog = open_take_back(window, qtbot)
    window.lock()
    QApplication.processEvents()
    assert not dialog.isVisible() and window.hand_over.dialog is None


def test_nobody_to_hand_over_to_is_said(open_window, monkeypatch):
    """A service without young mediators: choosing the item says why nothing happens."""
    said = []
    monkeypatch.setattr(
        "rsdesk.gui.handover.QMessageBox.information",
        lambda _parent, title, text: said.append((title, text)),
    )
    open_window.hand_over.action.trigger()
    assert open_window.hand_over.dialog is None
    assert said == [
        (
            "Передача сеанса",
            "В составе службы этого года нет учеников-медиаторов. Сначала добавьте их "
            "в разделе «Медиаторы».",
        )
    ]
