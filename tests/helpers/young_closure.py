"""A service where a young mediator closes a case for the curator to sign off, through the GUI.

Seeded through the curator's Desk. The young mediator holds no password: the curator signs
in and hands the session over to them (tests/helpers/handing.py).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from rsdesk.domain.register import Mediator, Participant, Request
from rsdesk.gui.qt import QApplication, QDialogButtonBox, QMessageBox, Qt
from rsdesk.vault import Vault

TODAY = date.today()
OPENED = TODAY - timedelta(days=20)
YOUNG = "Котова Маша"
LEFT = Qt.MouseButton.LeftButton


def seed(window: Any, vault: Vault) -> dict[str, int]:
    """Two cases («chat», «other») led by an adult with the young mediator beside them."""
    desk = window.session.desk
    year = (TODAY.year,)
    adult = desk.add_mediator(Mediator("Алексеева Анна Сергеевна", "adult", years=year))
    young = desk.add_mediator(Mediator(YOUNG, "young", class_name="9А", years=year))
    found = {}
    for key, names in (("chat", ("Волков Артём", "Зайцева Алина")), ("other", ("Орлов Иван",))):
        request_id = desk.register_request(
            Request(
                received_on=OPENED,
                source="teacher",
                category="educational_conflict",
                description=f"Ссора: {', '.join(names)}",
                participants=tuple(Participant(n, "party", True, age=14) for n in names),
            )
        )
        found[key] = desk.accept_request(request_id, decided_on=OPENED)
        desk.assign_mediator(found[key], adult, "lead")
        desk.assign_mediator(found[key], young, "co_lead")
    assert window.session.queue.flush(timeout=10)
    return found


def sign_in(window: Any, qtbot: Any, path: Path, password: str) -> Any:
    """What the unlock screen does with a password, the pledge accepted on the first time;
    returns the cases area with its list shown."""
    window.session.close()
    window.session.start(Vault.open(path, password))
    pledge = window.pledge
    if pledge is not None:
        qtbot.keyClick(pledge.agree, Qt.Key.Key_Space)
        qtbot.mouseClick(pledge.accept_button, LEFT)
    window.show_area(0)
    area = window.pages["cases"]
    area.tabs.setCurrentWidget(area.cases)
    QApplication.processEvents()
    return area


def young_session(window: Any, qtbot: Any, path: Path, adult_password: str) -> Any:
    """The adult signs in with their password and hands the session over to the young
    mediator through the File menu, who gives the pledge the first time; returns the cases
    area with its list shown."""
    from tests.helpers.handing import hand_over

    sign_in(window, qtbot, path, adult_password)
    hand_over(window, YOUNG)
    pledge = window.pledge
    if pledge is not None:
        qtbot.keyClick(pledge.agree, Qt.Key.Key_Space)
        qtbot.mouseClick(pledge.accept_button, LEFT)
    window.show_area(0)
    area = window.pages["cases"]
    area.tabs.setCurrentWidget(area.cases)
    QApplication.processEvents()
    return area


def open_card(area: Any, run_modal: Callable, case_id: int, drive: Callable[[Any], None]) -> None:
    """Enter on the case's row opens its card; drive(card) works in it, then it is closed."""
    from rsdesk.gui.cases.case_card import CaseCardDialog

    table = area.cases.table
    row = next(i for i, r in enumerate(area.cases.model.rows) if r.id == case_id)
    table.setFocus()
    table.setCurrentIndex(area.cases.model.index(row, 0))

    def step() -> None:
        card = QApplication.activeModalWidget()
        assert isinstance(card, CaseCardDialog), card
        try:
            drive(card)
        finally:
            if card.isVisible():
                card.accept()

    run_modal(lambda: table.activated.emit(table.currentIndex()), step)


def close_from_card(qtbot: Any, run_modal: Callable, card: Any) -> None:
    """«Закрыть случай…» and OK on its form with today's date."""
    from rsdesk.gui.cases.card_parts import SmallForm

    def confirm() -> None:
        form = card.findChild(SmallForm)
        form.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
        assert not form.isVisible(), form.error.text()

    run_modal(lambda: qtbot.mouseClick(card.close_case, LEFT), confirm)


def answer_box(qtbot: Any, answer: str, shown: list[tuple[str, str]]) -> None:
    """Note the question box's text and details, then click its button named `answer`."""
    box = QApplication.activeModalWidget()
    assert isinstance(box, QMessageBox), box
    shown.append((box.text(), box.informativeText()))
    [button] = [b for b in box.buttons() if b.text().replace("&", "") == answer]
    qtbot.mouseClick(button, LEFT)
