"""A young mediator's whole session: handed over, pledge, then only their case and nothing
forbidden, and back to the adult with the adult's password only.

The service is built on disk with a curator, an adult mediator and a young one who holds no
password; the curator types her password on the unlock screen, as at school, hands the
session over to the pupil from the File menu, and the pupil walks every area.
"""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from rsdesk.access import RoleRefused
from rsdesk.domain.register import Mediator, Participant, Request
from rsdesk.gui.areas import AREAS
from rsdesk.gui.qt import QApplication, QDialog, QDialogButtonBox, Qt
from rsdesk.settings import load_settings, save_settings
from rsdesk.storage import cases, requests
from rsdesk.storage.roster import add_mediator
from rsdesk.storage.service import init_service
from rsdesk.vault import KdfParams, Vault
from tests.helpers.handing import hand_over, take_back, take_back_dialog, try_password

FAST = KdfParams(memory_kib=8 * 1024, iterations=1, lanes=1)
TODAY = date.today()
OPENED = TODAY - timedelta(days=20)
CURATOR_PASSWORD = "Пароль куратора 2026"
YOUNG = "Котова Маша"


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
    vault, _key = Vault.create(path, CURATOR_PASSWORD, kdf=FAST)
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
    young = add_mediator(db, Mediator(YOUNG, "young", class_name="9А", years=year))
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


def sign_in(window, qtbot, type_text, password: str) -> None:
    """The password typed on the unlock screen and Enter."""
    unlock = window.gate.unlock
    assert window.showing_gate() and window.gate.currentWidget() is unlock
    type_text(unlock.ui.password, password)
    qtbot.keyClick(unlock.ui.password, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not unlock.busy, timeout=30_000)
    assert window.session.is_open, unlock.ui.message.text()


def accept_pledge(window, qtbot) -> None:
    pledge = window.pledge
    assert pledge is not None and pledge.isVisible()
    qtbot.keyClick(pledge.agree, Qt.Key.Key_Space)
    qtbot.mouseClick(pledge.accept_button, Qt.MouseButton.LeftButton)
    assert window.pledge is None


def test_a_young_mediators_session_shows_only_their_case_and_forbids_the_rest(
    window, qtbot, type_text, service, run_modal
):
    from rsdesk.gui.cases.card_parts import SmallForm
    from rsdesk.gui.cases.case_card import CaseCardDialog

    sign_in(window, qtbot, type_text, CURATOR_PASSWORD)
    assert window.pledge is None  # the curator gave hers when the service was made
    assert window.user_status.text() == "Смирнова О. П., куратор"
    hand_over(window, YOUNG)
    accept_pledge(window, qtbot)  # the pupil's own, at their first session
    assert window.user_status.text() == "Котова М., юный медиатор"
    assert window.hand_over.isVisible()
    bar_text = window.hand_over.text.text()
    assert YOUNG in bar_text and "Смирнова Ольга Петровна" in bar_text

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
    assert desk.pending_signoffs() == []  # not the pupil's to see or sign

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

    # Back to the curator: she sees the closure the pupil sent, waiting for her signature.
    take_back(window, CURATOR_PASSWORD)
    assert window.user_status.text() == "Смирнова О. П., куратор"
    window.show_area([a.key for a in AREAS].index("cases"))
    area = window.pages["cases"]
    panel = area.start.signoffs
    area.tabs.setCurrentWidget(area.start)
    assert panel.isVisible() and panel.table.rowCount() == 1
    row = [panel.table.item(0, c).text() for c in range(4)]
    assert row == [service["numbers"]["mine"], "закрытие случая", YOUNG, TODAY.strftime("%d.%m.%Y")]


def guarded_actions(window) -> tuple:
    """Another file, the password, copies and restores of the whole file: the adult's."""
    ui = window.ui
    return (
        ui.actionOpen,
        ui.actionCreate,
        ui.actionChangePassword,
        ui.actionExportBackup,
        ui.actionRestoreBackup,
        ui.actionImportJournal,
    )


def disabled(actions) -> list[str]:
    return [action.objectName() or action.text() for action in actions if not action.isEnabled()]


def test_the_file_menu_keeps_the_adults_things_from_the_pupil(window, qtbot, type_text):
    sign_in(window, qtbot, type_text, CURATOR_PASSWORD)
    guarded = guarded_actions(window)
    assert disabled(guarded) == []
    assert window.hand_over.action.isVisible() and window.hand_over.action.isEnabled()
    hand_over(window, YOUNG)
    accept_pledge(window, qtbot)
    assert len(disabled(guarded)) == len(guarded)
    assert not window.hand_over.action.isVisible()  # not handed on from the pupil
    assert window.ui.actionLock.isEnabled()  # the pupil may always lock


def test_taken_back_the_adult_has_the_whole_file_menu_again(window, qtbot, type_text):
    """Fails today: HandOver.update_state disables «Открыть…» and «Создать…» while the
    session is handed over and nothing enables them again, after taking back or a lock (the
    window's own update manages the other guarded entries but not these two)."""
    sign_in(window, qtbot, type_text, CURATOR_PASSWORD)
    guarded = guarded_actions(window)
    hand_over(window, YOUNG)
    accept_pledge(window, qtbot)
    take_back(window, CURATOR_PASSWORD)
    assert disabled(guarded) == []
    assert window.hand_over.action.isVisible() and window.hand_over.action.isEnabled()

    # Locked while handed over, the unlock screen offers another file as it always does.
    hand_over(window, YOUNG)
    window.lock()
    qtbot.waitUntil(lambda: window.session.vault is None, timeout=15_000)
    assert window.ui.actionOpen.isEnabled() and window.ui.actionCreate.isEnabled()


def test_only_the_adults_password_takes_the_session_back(window, qtbot, type_text, service):
    sign_in(window, qtbot, type_text, CURATOR_PASSWORD)
    hand_over(window, YOUNG)
    accept_pledge(window, qtbot)
    dialog = take_back_dialog(window)
    assert "Смирнова Ольга Петровна" in " ".join(
        label.text() for label in dialog.findChildren(type(dialog.error))
    )
    assert not dialog.error.isVisible()
    for wrong in ("Юный медиатор 9А!", CURATOR_PASSWORD + " ", ""):
        try_password(dialog, wrong)
        assert window.hand_over.dialog is dialog and dialog.isVisible()
        assert dialog.error.isVisible() and dialog.error.text()
        assert window.session.user.user_id == service["young"]
        assert window.user_status.text() == "Котова М., юный медиатор"
    # Cancelled, the session stays the pupil's.
    dialog.reject()
    qtbot.waitUntil(lambda: window.hand_over.dialog is None)
    assert window.hand_over.isVisible() and window.session.user.user_id == service["young"]
    take_back(window, CURATOR_PASSWORD)
    assert window.session.user.name == "Смирнова Ольга Петровна"
    assert window.session.sees_requests


def test_a_lock_ends_the_handed_over_session(window, qtbot, type_text, service):
    """Locked while the pupil works (Ctrl+L or idle minutes), the file opens again only with
    the adult's password, in the adult's session."""
    sign_in(window, qtbot, type_text, CURATOR_PASSWORD)
    hand_over(window, YOUNG)
    accept_pledge(window, qtbot)
    take_back_dialog(window)  # left open when the lock comes
    window.lock()
    qtbot.waitUntil(lambda: window.session.vault is None, timeout=15_000)
    assert window.showing_gate() and not window.hand_over.isVisible()
    assert window.hand_over.dialog is None
    sign_in(window, qtbot, type_text, CURATOR_PASSWORD)
    assert window.session.user.name == "Смирнова Ольга Петровна"
    assert window.session.desk.supervisor is None
    assert not window.hand_over.isVisible()
    assert window.user_status.text() == "Смирнова О. П., куратор"
