"""«Журнал действий» as a curator reads it: real actions, filters, the chain check, roles."""

from __future__ import annotations

from datetime import date

import pytest

from rsdesk.domain.register import Participant, Request
from rsdesk.gui.qt import Qt
from tests.helpers.users import ADULT_PASSWORD, CURATOR, CURATOR_PASSWORD, make_service, sign_in

SETTINGS = 4  # the area's place in the navigation
REASON = "Заведено по ошибке: дубль заявки"
TODAY = date.today().strftime("%d.%m.%Y")


def audit_count(window) -> int:
    return len(window.session.desk.audit_entries())


def settings_page(window):
    window.show_area(SETTINGS)
    return window.pages["settings"]


def open_viewer(qtbot, window):
    page = settings_page(window)
    assert page.ui.auditButton.isVisible()
    qtbot.mouseClick(page.ui.auditButton, Qt.MouseButton.LeftButton)
    dialog = page.audit_dialog
    assert dialog is not None
    qtbot.waitUntil(dialog.isVisible)
    assert dialog.windowTitle() == "Журнал действий"
    return dialog


def make_case(window) -> tuple[int, str]:
    """A request registered and accepted through the desk, as the request dialogs do."""
    desk = window.session.desk
    request_id = desk.register_request(
        Request(
            received_on=date.today(),
            source="teacher",
            category="educational_conflict",
            description="Ссора в раздевалке",
            participants=(
                Participant(full_name="Петров Пётр", role="party", is_minor=True, age=12),
                Participant(full_name="Сидоров Семён", role="party", is_minor=True, age=12),
            ),
        )
    )
    case_id = desk.accept_request(request_id, decided_on=date.today())
    return case_id, desk.get_request(request_id).number


@pytest.fixture
def curator_window(open_window):
    case_id, number = make_case(open_window)
    desk = open_window.session.desk
    desk.case_card(case_id)
    desk.delete_case(case_id, REASON)
    open_window.number = number
    return open_window


def test_the_curator_reads_real_actions_newest_first(curator_window, qtbot):
    window = curator_window
    number = window.number
    dialog = open_viewer(qtbot, window)
    rows = dialog.row_texts()
    assert [row[2] for row in rows] == [
        "удаление случая",
        "просмотр случая",
        "решение по заявке",
        "регистрация заявки",
        "вход в программу",
        "начало подписи журнала",  # the curator's first opening: entries are signed from here
    ]
    deleted, opened, _decided, registered, login, _signed = rows
    assert deleted[1:] == (CURATOR, "удаление случая", f"случай № {number}", REASON)
    assert deleted[0].startswith(TODAY) and len(deleted[0]) == len("24.11.2026 14:07")
    assert opened[3] == f"случай № {number}" and opened[4] == ""
    assert registered[3] == f"заявка № {number}"
    assert login[1:] == (CURATOR, "вход в программу", "", "")
    assert dialog.chain.text() == "Журнал цел, изменений не обнаружено. Записей: 6."
    assert "#1b5e20" in dialog.chain.styleSheet()
    assert dialog.count.text() == "Показано записей: 6 из 6."
    headers = [dialog.model.headerData(c, Qt.Orientation.Horizontal) for c in range(5)]
    assert headers == ["Когда", "Кто", "Что сделано", "Объект", "Причина"]
    dialog.reject()
    assert settings_page(window).audit_dialog is None


def test_opening_the_viewer_writes_nothing(curator_window, qtbot):
    window = curator_window
    before = audit_count(window)
    dialog = open_viewer(qtbot, window)
    dialog.reject()
    dialog = open_viewer(qtbot, window)
    assert audit_count(window) == before
    assert dialog.chain.text().endswith(f"Записей: {before}.")


def test_filters_narrow_the_table(curator_window, qtbot, type_text):
    window = curator_window
    dialog = open_viewer(qtbot, window)
    actions = [dialog.action.itemText(i) for i in range(dialog.action.count())]
    assert actions[0] == "все действия" and "удаление случая" in actions
    dialog.action.setCurrentIndex(actions.index("удаление случая"))
    assert [row[2] for row in dialog.row_texts()] == ["удаление случая"]
    assert dialog.count.text() == "Показано записей: 1 из 6."

    dialog.action.setCurrentIndex(0)
    dialog.text.setFocus()
    type_text(dialog.text, "дубль")  # the reason, in another letter case than written
    assert [row[4] for row in dialog.row_texts()] == [REASON]
    dialog.text.clear()
    type_text(dialog.text, window.number)
    assert len(dialog.row_texts()) == 4  # registered, decided, opened, deleted
    assert all(window.number in row[3] for row in dialog.row_texts())

    dialog.text.clear()
    users = [dialog.user.itemText(i) for i in range(dialog.user.count())]
    assert users == ["все", CURATOR, "программа (срок хранения)"]
    dialog.user.setCurrentIndex(users.index("программа (срок хранения)"))
    assert dialog.row_texts() == []
    dialog.user.setCurrentIndex(1)
    assert len(dialog.row_texts()) == 6

    tomorrow = dialog.last.date().addDays(1)
    dialog.first.setDate(tomorrow)
    dialog.last.setDate(tomorrow)
    assert dialog.row_texts() == []
    qtbot.mouseClick(dialog.reset_button, Qt.MouseButton.LeftButton)
    assert len(dialog.row_texts()) == 6 and dialog.user.currentIndex() == 0


def test_a_tampered_trail_is_shown_in_red(curator_window, qtbot):
    window = curator_window
    window.session.vault.db.execute("UPDATE audit SET reason = 'x' WHERE seq = 2")
    dialog = open_viewer(qtbot, window)
    assert dialog.chain.text() == (
        "В журнале обнаружены нарушения: Запись № 2 изменена или удалена."
    )
    assert "#b00020" in dialog.chain.styleSheet()
    assert len(dialog.row_texts()) == 6  # the entries are still shown, to be looked at


def test_locking_closes_the_viewer(curator_window, qtbot):
    window = curator_window
    dialog = open_viewer(qtbot, window)
    window.session.lock()
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert settings_page(window).audit_dialog is None


def test_an_adult_mediator_has_no_audit_trail(app, qtbot, tmp_path):
    from rsdesk.gui.main_window import MainWindow
    from rsdesk.settings import load_settings

    path = tmp_path / "service.rsdv"
    make_service(path)
    window = MainWindow(load_settings())
    qtbot.addWidget(window)
    window.show()
    sign_in(window, path, ADULT_PASSWORD)
    page = settings_page(window)
    assert window.session.user.name == "Алексеева Анна Сергеевна"
    assert page.ui.dataGroup.isVisible()
    assert not page.ui.auditButton.isVisible()
    assert "Журнал действий доступен только куратору." in page.ui.accessNote.text()
    page.open_audit()  # asked all the same (a shortcut, say): told why, nothing opens
    assert page.audit_dialog is None
    assert page.ui.accessNote.text() == "Журнал действий доступен только куратору."
    window.session.close()

    sign_in(window, path, CURATOR_PASSWORD)  # the curator then sees what the adult did
    dialog = open_viewer(qtbot, window)
    users = [dialog.user.itemText(i) for i in range(dialog.user.count())]
    assert users == ["все", CURATOR, "Алексеева Анна Сергеевна", "программа (срок хранения)"]
    dialog.user.setCurrentIndex(2)
    assert [row[1:3] for row in dialog.row_texts()] == [
        ("Алексеева Анна Сергеевна", "вход в программу")
    ]
    dialog.reject()
    window.session.close()
