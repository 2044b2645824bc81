"""A young mediator's whole session: unlock, pledge, then only their case and nothing forbidden.

The service is built on disk with a curator, an adult mediator and a young one; the young
mediator signs in by typing a password on the unlock screen, as at school, and walks every area.
"""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from rsdesk.access import RoleRefused
from rsdesk.domain.register import Mediator, Participant, Request
from rsdesk.gui.areas import AREAS
from rsdesk.gui.qt import QApplication, QDialog, QDialogButtonBox, Qt
from rsdesk.settings import load_settings, save_settings
from rsdesk.storage import cases, requests, signoffs, users
from rsdesk.storage.roster import add_mediator
from rsdesk.storage.service import init_service
from rsdesk.vault import KdfParams, Vault

FAST = KdfParams(memory_kib=8 * 1024, iterations=1, lanes=1)
TODAY = date.today()
OPENED = TODAY - timedelta(days=20)
YOUNG_PASSWORD = "Юный медиатор 9А!"


def _case(db, description, people, category="educational_conflict") -> int:
    request_id = requests.register_request(
        db,
        Request(OPENED, "teacher", category, description, participants=tuple(people)),
        today=TODAY,
    )
    return requests.accept_request(db, request_id, decided_on=OPENED, today=TODAY)


def pupil(name: str) -> Participant:
    return Participant(full_name=name, role="party", is_minor=True, age=14)


@pytest.fixture
def service(app, tmp_path):
    path = tmp_path / "school.rsdv"
    vault, _key = Vault.create(path, "Пароль куратора 2026", kdf=FAST)
    db = vault.db
    init_service(
        db,
        kind="school",
        name="МБОУ «Школа № 7»",
        region="Кузбасс",
        municipality="г. Кемерово",
        curator_name="Смирнова Ольга Петровна",
        curator_slot_id=vault.slot_id,
        pledged_on=TODAY,
    )
    year = (TODAY.year,)
    adult = add_mediator(
        db, Mediator("Алексеева Анна Сергеевна", "adult", years=year, contacts="+7 900 1")
    )
    young = add_mediator(db, Mediator("Котова Маша", "young", class_name="9А", years=year))
    users.set_slot(db, young, vault.add_password_slot(YOUNG_PASSWORD, kdf=FAST))
    mine = _case(db, "Ссора в чате класса", [pupil("Волков Артём"), pupil("Зайцева Алина")])
    cases.assign_mediator(db, mine, adult, "lead")
    cases.assign_mediator(db, mine, young, "co_lead")
    theirs = _case(db, "Травля в раздевалке", [pupil("Тайный Тимур")], "bullying")
    cases.assign_mediator(db, theirs, adult, "lead")
    numbers = {k: cases.get_case(db, c).number for k, c in (("mine", mine), ("theirs", theirs))}
    vault.commit()
    vault.close()
    settings = load_settings()
    settings.last_vault = str(path)
    save_settings(settings)
    return {"path": path, "mine": mine, "theirs": theirs, "numbers": numbers, "young": young}


@pytest.fixture
def window(app, qtbot, service):
    from rsdesk.gui.main_window import MainWindow

    window = MainWindow(load_settings())
    qtbot.addWidget(window)
    window.resize(1200, 760)
    window.show()
    yield window
    window.session.close()


def shown_texts(view) -> list[str]:
    model = view.model()
    return [
        str(model.data(model.index(row, column)) or "")
        for row in range(model.rowCount())
        for column in range(model.columnCount())
    ]


def test_a_young_mediators_session_shows_only_their_case_and_forbids_the_rest(
    window, qtbot, type_text, service, run_modal
):
    from rsdesk.gui.cases.card_parts import SmallForm
    from rsdesk.gui.cases.case_card import CaseCardDialog

    unlock = window.gate.unlock
    type_text(unlock.ui.password, YOUNG_PASSWORD)
    qtbot.keyClick(unlock.ui.password, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not unlock.busy, timeout=30_000)
    assert window.session.is_open, unlock.ui.message.text()
    pledge = window.pledge
    assert pledge is not None and pledge.isVisible()
    qtbot.keyClick(pledge.agree, Qt.Key.Key_Space)
    qtbot.mouseClick(pledge.accept_button, Qt.MouseButton.LeftButton)
    assert window.user_status.text() == "Котова М., юный медиатор"

    # Cases: only their own; no requests at all.
    window.show_area([a.key for a in AREAS].index("cases"))
    area = window.pages["cases"]
    area.tabs.setCurrentWidget(area.cases)
    texts = " ".join(shown_texts(area.cases.table))
    assert service["numbers"]["mine"] in texts and "Волков Артём" in texts
    assert service["numbers"]["theirs"] not in texts and "Тайный Тимур" not in texts
    assert not area.tabs.isTabVisible(area.tabs.indexOf(area.requests))

    # The core refuses the other case whatever the screen offers.
    desk = window.session.desk
    with pytest.raises(RoleRefused) as refused:
        desk.case_card(service["theirs"])
    assert refused.value.message == "Вы не назначены на этот случай."

    # Their own case: work on it; the closure goes to the curator and the card locks.
    row = next(i for i, r in enumerate(area.cases.model.rows) if r.id == service["mine"])
    area.cases.table.setFocus()
    area.cases.table.setCurrentIndex(area.cases.model.index(row, 0))
    seen = {}

    def close_it():
        card = QApplication.activeModalWidget()
        assert isinstance(card, CaseCardDialog)
        assert not card.delete.isVisible() and not card.assign.isEnabled()
        assert card.close_case.isEnabled()

        def confirm():
            form = card.findChild(SmallForm)
            form.buttons.button(QDialogButtonBox.StandardButton.Ok).click()

        run_modal(lambda: qtbot.mouseClick(card.close_case, Qt.MouseButton.LeftButton), confirm)
        seen["notice"] = card.notice.text()
        seen["locked"] = not card.follow_up.isEnabled()
        card.accept()

    run_modal(lambda: area.cases.table.activated.emit(area.cases.table.currentIndex()), close_it)
    assert "подписи куратора" in seen["notice"]
    assert seen["locked"]
    [waiting] = signoffs.pending(window.session.vault.db)
    assert waiting.submitted_by == service["young"]

    # Statistics: an explanation instead of the export; roster without contacts or buttons.
    window.show_area([a.key for a in AREAS].index("statistics"))
    assert window.ui.areas.currentWidget() is window.notice
    assert window.notice.text.text() == "Выгружать статистику службы может только куратор."
    window.show_area([a.key for a in AREAS].index("mediators"))
    roster = window.pages["mediators"]
    assert "+7 900 1" not in " ".join(shown_texts(roster.table))
    assert not roster.add_button.isVisible() and not roster.edit_button.isVisible()
    assert roster.read_only.text() == "Изменять состав службы может только куратор."
    window.show_area([a.key for a in AREAS].index("settings"))
    assert not window.pages["settings"].ui.auditButton.isVisible()
    assert not isinstance(QApplication.activeModalWidget(), QDialog)
