"""The «Заявки и случаи» area with a year of cases: overview, search, filters, case card."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from rsdesk.gui.cases.card_parts import SmallForm
from rsdesk.gui.cases.case_card import CaseCardDialog
from rsdesk.gui.qt import QDialogButtonBox, Qt, QTimer
from rsdesk.storage.demo import generate
from rsdesk.vault import Vault


@pytest.fixture
def cases_window(app, qtbot, service_vault):
    from rsdesk.gui.main_window import MainWindow
    from rsdesk.settings import load_settings

    generate(service_vault.db, cases=150, years=2, seed=7)
    service_vault.commit()
    window = MainWindow(load_settings())
    qtbot.addWidget(window)
    window.resize(1200, 760)
    window.show()
    window.session.start(service_vault)
    yield window
    window.session.close()


def test_overview_shows_the_start_page_figures(cases_window):
    area = cases_window.pages["cases"]
    expected = cases_window.session.desk.start_page()
    assert area.tabs.tabText(0) == "&Обзор"
    assert area.start.open_cases.text() == str(expected.open_cases)
    assert area.start.requests.text() == str(expected.requests_this_year["total"])
    assert area.start.follow_ups_title.text() == "Проверки договорённостей на этой неделе"
    shown = [area.start.follow_ups.item(i).text() for i in range(area.start.follow_ups.count())]
    assert len(shown) == len(expected.follow_ups)
    for text, follow_up in zip(shown, expected.follow_ups, strict=True):
        assert f"случай № {follow_up.case_number}" in text


def test_search_as_you_type_in_russian(cases_window, qtbot, type_text):
    area = cases_window.pages["cases"]
    qtbot.keyClick(cases_window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    cases = area.cases
    assert area.tabs.currentWidget() is cases
    total = cases.model.rowCount()
    assert total == 150
    assert cases.counter.text() == "Показано случаев: 150 из 150"
    someone = cases.model.rows[17].participants.split(", ")[0]
    surname = someone.split()[0]
    type_text(cases.search, surname[:-1])
    narrowed = cases.model.rowCount()
    assert 0 < narrowed < total
    for row in range(narrowed):
        shown = " ".join(cases.model.data(cases.model.index(row, c)) or "" for c in range(7))
        search = cases.model.rows[row].search
        assert surname[:-1].lower().replace("ё", "е") in search, shown
    assert cases.counter.text() == f"Показано случаев: {narrowed} из 150"
    type_text(cases.search, surname[-1])
    assert cases.model.rowCount() <= narrowed
    qtbot.keyClick(cases.search, Qt.Key.Key_Backspace)
    assert cases.model.rowCount() == narrowed  # widening again finds every earlier match
    cases.search.clear()
    assert cases.model.rowCount() == total


def test_filters_by_status_year_category_and_mediator(cases_window):
    cases = cases_window.pages["cases"].cases
    cases.status.setCurrentIndex(cases.status.findText("закрыт"))
    assert cases.model.rowCount() > 0
    assert {r.status for r in cases.model.rows} == {"closed"}
    cases.status.setCurrentIndex(0)
    this_year = date.today().year
    cases.year.setCurrentIndex(cases.year.findData(this_year))
    assert {r.year for r in cases.model.rows} == {this_year}
    cases.year.setCurrentIndex(0)
    cases.category.setCurrentIndex(cases.category.findData("bullying"))
    assert {cases.model.data(cases.model.index(r, 2)) for r in range(cases.model.rowCount())} == {
        "травля (буллинг) со стороны сверстников или педагогов"
    }
    cases.category.setCurrentIndex(0)
    cases.mediator.setCurrentIndex(1)
    chosen = cases.mediator.currentData()
    assert all(chosen in r.mediator_ids for r in cases.model.rows)
    assert cases.model.rowCount() < 150


def test_case_card_and_a_planned_follow_up_reach_the_vault(
    cases_window, qtbot, type_text, service_password
):
    area = cases_window.pages["cases"]
    area.tabs.setCurrentWidget(area.cases)
    cases = area.cases
    cases.status.setCurrentIndex(cases.status.findText("открыт"))
    row = cases.model.rows[0]
    seen = {}
    due = date.today() + timedelta(days=1)

    def plan_follow_up_in_card():
        card = cases_window.findChild(CaseCardDialog)
        seen["header"] = card.header.text()
        names = [card.participants.item(r, 0).text() for r in range(card.participants.rowCount())]
        seen["names"] = ", ".join(names)

        def fill_form():
            form = card.findChild(SmallForm)
            type_text(
                form.form.itemAt(1, form.form.ItemRole.FieldRole).widget(),
                "Спросить у классного руководителя",
            )
            form.buttons.button(QDialogButtonBox.StandardButton.Ok).click()

        QTimer.singleShot(0, fill_form)
        qtbot.mouseClick(card.follow_up, Qt.MouseButton.LeftButton)
        seen["timeline"] = [
            card.timeline.item(r, 2).text() for r in range(card.timeline.rowCount())
        ]
        card.accept()

    cases.table.setFocus()
    cases.table.setCurrentIndex(cases.model.index(0, 0))
    QTimer.singleShot(0, plan_follow_up_in_card)
    qtbot.keyClick(cases.table, Qt.Key.Key_Return)
    assert seen["header"].startswith(f"Случай № {row.number}")
    assert seen["names"] == row.participants
    assert "Спросить у классного руководителя" in seen["timeline"]
    if due.isocalendar()[:2] == date.today().isocalendar()[:2]:
        follow_ups = [
            area.start.follow_ups.item(i).text() for i in range(area.start.follow_ups.count())
        ]
        assert any("Спросить у классного руководителя" in t for t in follow_ups)

    path = cases_window.session.vault.path
    assert cases_window.session.close() == ""
    with Vault.open(path, service_password) as reopened:
        notes = [r["note"] for r in reopened.db["events"].rows_where("kind = 'follow_up'")]
    assert "Спросить у классного руководителя" in notes


def test_locking_empties_every_list(cases_window):
    area = cases_window.pages["cases"]
    assert area.cases.model.rowCount() == 150
    cases_window.lock()
    assert area.cases.model.rowCount() == 0
    assert area.cases.model.all_rows == []
    assert area.requests.model.rowCount() == 0
    assert area.start.follow_ups.count() == 0


def test_register_decide_and_find_by_search(open_window, qtbot, type_text, run_modal):
    """A curator's day: Ctrl+N, a request typed in Russian, accepted, then found by search."""
    from rsdesk.gui.qt import QApplication
    from rsdesk.gui.requests import DecisionDialog, RequestDialog
    from rsdesk.gui.requests.participants import CLASS, NAME, ROLE

    window = open_window
    area = window.pages["cases"]

    def edit_cell(table, row, column):
        table.setFocus()
        table.setCurrentCell(row, column)
        qtbot.keyClick(table, Qt.Key.Key_F2)
        return table.indexWidget(table.model().index(row, column))

    def fill_request():
        dialog = window.findChild(RequestDialog)
        dialog.source.setCurrentIndex(dialog.source.findText("педагог"))
        dialog.category.setCurrentIndex(dialog.category.findText("другая ситуация"))
        dialog.description.setFocus()
        type_text(dialog.description, "Спор из-за места в раздевалке.")
        table = dialog.participants.table
        name = edit_cell(table, 0, NAME)
        type_text(name, "Ёлкина Дарья")
        qtbot.keyClick(name, Qt.Key.Key_Return)
        QApplication.processEvents()
        role = edit_cell(table, 0, ROLE)
        role.setCurrentIndex(role.findText("сторона конфликта"))
        qtbot.keyClick(role, Qt.Key.Key_Return)
        QApplication.processEvents()
        school_class = edit_cell(table, 0, CLASS)
        type_text(school_class, "6А")
        qtbot.keyClick(school_class, Qt.Key.Key_Return)
        QApplication.processEvents()
        qtbot.mouseClick(dialog.ok, Qt.MouseButton.LeftButton)
        assert not dialog.isVisible(), dialog.message.text()

    run_modal(
        lambda: qtbot.keyClick(area, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier),
        fill_request,
    )
    requests = area.requests
    assert area.tabs.currentWidget() is requests
    assert requests.model.rowCount() == 1
    assert requests.model.data(requests.model.index(0, 6)) == "зарегистрирована, ждёт решения"

    def accept_then_close_card():
        dialog = window.findChild(DecisionDialog)
        assert dialog.accept_choice.isChecked()
        run_modal(
            lambda: qtbot.mouseClick(dialog.ok, Qt.MouseButton.LeftButton),
            lambda: window.findChild(CaseCardDialog).accept(),
        )
        assert not dialog.isVisible(), dialog.message.text()

    requests.table.setCurrentIndex(requests.model.index(0, 0))
    run_modal(
        lambda: qtbot.mouseClick(requests.decision, Qt.MouseButton.LeftButton),
        accept_then_close_card,
    )

    area.tabs.setCurrentWidget(area.cases)
    type_text(area.cases.search, "елкина")  # ё and е are one letter to the search
    assert area.cases.model.rowCount() == 1
    assert area.cases.model.rows[0].participants == "Ёлкина Дарья"
    assert area.start.open_cases.text() == "1"


def test_a_waiting_request_can_be_corrected(open_window, qtbot, type_text, run_modal):
    from rsdesk.domain.register import Participant, Request
    from rsdesk.gui.requests import RequestDialog
    from rsdesk.gui.requests.participants import NAME, ROLE
    from tests.helpers.request_forms import choose_cell, confirm_cell

    window = open_window
    desk = window.session.desk
    request_id = desk.register_request(
        Request(
            received_on=date.today(),
            source="parent",
            category="other",
            description="Ссора в столовой.",
            participants=(Participant("Жукова Вера", "party", True, class_name="4Б"),),
        ),
    )
    area = window.pages["cases"]
    requests = area.requests
    assert requests.model.rowCount() == 1  # the area heard of the new request
    requests.table.setCurrentIndex(requests.model.index(0, 0))
    assert requests.edit.isEnabled() and requests.edit.text() == "&Изменить…"

    def correct():
        dialog = window.findChild(RequestDialog)
        dialog.description.setFocus()
        qtbot.keyClick(dialog.description, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
        type_text(dialog.description, " Уточнение: спор из-за места.")
        table = dialog.participants.table
        qtbot.mouseClick(dialog.participants.add_button, Qt.MouseButton.LeftButton)
        name = table.indexWidget(table.model().index(1, NAME))  # the new row's name is open
        type_text(name, "Жуков Пётр Ильич")
        confirm_cell(qtbot, name)
        choose_cell(qtbot, table, 1, ROLE, "родитель или законный представитель")
        qtbot.mouseClick(dialog.ok, Qt.MouseButton.LeftButton)
        assert not dialog.isVisible(), dialog.message.text()

    run_modal(lambda: qtbot.mouseClick(requests.edit, Qt.MouseButton.LeftButton), correct)
    assert desk.get_request(request_id).description == (
        "Ссора в столовой. Уточнение: спор из-за места."
    )
    assert window.session.queue.flush(timeout=10)  # and the correction reached the file
    assert not window.session.vault.dirty
    seen = []

    def look_again():
        dialog = window.findChild(RequestDialog)
        table = dialog.participants.table
        seen.extend(table.item(row, NAME).text() for row in range(table.rowCount()))
        dialog.reject()

    requests.table.setCurrentIndex(requests.model.index(0, 0))
    run_modal(lambda: qtbot.mouseClick(requests.edit, Qt.MouseButton.LeftButton), look_again)
    assert seen == ["Жукова Вера", "Жуков Пётр Ильич"]  # the person added is kept
    assert requests.model.data(requests.model.index(0, 5)) == "Жукова Вера, Жуков Пётр Ильич"
