"""The case and request lists as a curator uses them: one card per double click, Russian
alphabetical order, search by situation, Russian plurals, and columns that fit school screens.

The cases are registered and accepted through the Desk; everything else is clicks and keys on
the real main window.
"""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtTest import QTest

from rsdesk.domain.register import Participant, Request
from rsdesk.gui.cases.case_card import CaseCardDialog
from rsdesk.gui.qt import QApplication, QLabel, QPoint, Qt, QTimer
from rsdesk.i18n import translate

TODAY = date.today()
RECEIVED = TODAY - timedelta(days=3)
NAMES = ("Яковлева Яна", "Ёлкина Дарья", "Жукова Вера", "Егорова Ева", "Абрамов Артём")
LEFT = Qt.MouseButton.LeftButton


def open_cases(desk, names=NAMES, category: str = "educational_conflict") -> list[int]:
    """One accepted case per name, in the order given."""
    found = []
    for name in names:
        request_id = desk.register_request(
            Request(
                received_on=RECEIVED,
                source="teacher",
                category=category,
                description=f"Спор на перемене: {name}",
                participants=(Participant(name, "party", True, class_name="6А"),),
            )
        )
        found.append(desk.accept_request(request_id, decided_on=RECEIVED))
    return found


@pytest.fixture
def window(open_window):
    open_window.resize(1200, 728)
    return open_window


def cases_tab(window):
    area = window.pages["cases"]
    area.tabs.setCurrentWidget(area.cases)
    QApplication.processEvents()
    return area.cases


def double_click(widget, where) -> None:
    """A double click as the system delivers it: press, release, then the double click.

    QTest.mouseDClick alone sends only the last of these; a view ignores a double click
    that no press on the same item came before.
    """
    QTest.mouseClick(widget, LEFT, Qt.KeyboardModifier.NoModifier, where)
    QTest.mouseDClick(widget, LEFT, Qt.KeyboardModifier.NoModifier, where)


def row_of(case_list, case_id: int) -> int:
    return next(i for i, row in enumerate(case_list.model.rows) if row.id == case_id)


# --- 1. a double click opens one card --------------------------------------------------------


def test_a_double_click_opens_the_case_once_even_when_the_list_changes(window):
    desk = window.session.desk
    first, second, *_ = open_cases(desk)
    cases = cases_tab(window)
    opened: list[int] = []

    def answer_cards() -> None:
        card = QApplication.activeModalWidget()
        if isinstance(card, CaseCardDialog) and card.isVisible():
            opened.append(card.case_id)
            # Work done in the card changes the list under it (a follow-up planned).
            desk.plan_follow_up(second, TODAY + timedelta(days=7), "проверить")
            card.reject()

    timer = QTimer(interval=30)
    timer.timeout.connect(answer_cards)
    timer.start()
    try:
        index = cases.model.index(row_of(cases, first), 1)
        where = cases.table.visualRect(index).center()
        double_click(cases.table.viewport(), where)
        QTest.qWait(300)
    finally:
        timer.stop()
    assert opened == [first]


def test_enter_on_a_row_opens_its_card(window, run_modal):
    desk = window.session.desk
    ids = open_cases(desk)
    cases = cases_tab(window)
    seen = []

    def look() -> None:
        card = window.findChild(CaseCardDialog)
        seen.append(card.case_id)
        card.reject()

    cases.table.setFocus()
    cases.table.setCurrentIndex(cases.model.index(row_of(cases, ids[2]), 0))
    run_modal(lambda: QTest.keyClick(cases.table, Qt.Key.Key_Return), look)
    assert seen == [ids[2]]


# --- 2. Russian order and search by situation ------------------------------------------------


def test_names_sort_in_russian_order_with_yo_beside_ye(window):
    open_cases(window.session.desk)
    cases = cases_tab(window)
    header = cases.table.horizontalHeader()
    column = 3  # «Участники»
    click_at = header.sectionViewportPosition(column) + header.sectionSize(column) // 2
    QTest.mouseClick(header.viewport(), LEFT, pos=QPoint(click_at, 5))
    shown = [cases.model.data(cases.model.index(r, column)) for r in range(cases.model.rowCount())]
    expected = ["Абрамов Артём", "Егорова Ева", "Ёлкина Дарья", "Жукова Вера", "Яковлева Яна"]
    if header.sortIndicatorOrder() == Qt.SortOrder.DescendingOrder:
        expected.reverse()
    assert shown == expected


def test_search_finds_cases_by_the_words_of_their_situation(window, type_text):
    desk = window.session.desk
    bullying = open_cases(desk, ("Травина Таня", "Котов Кирилл"), category="bullying")
    open_cases(desk, ("Петров Пётр",), category="educational_conflict")
    cases = cases_tab(window)
    cases.search.setFocus()
    type_text(cases.search, "травл")
    assert sorted(row.id for row in cases.model.rows) == sorted(bullying)
    cases.search.clear()
    type_text(cases.search, "буллинг котов")  # words of the situation and of a name
    assert [row.id for row in cases.model.rows] == [bullying[1]]


# --- 6. plurals on the overview --------------------------------------------------------------


@pytest.mark.parametrize(
    ("count", "words"),
    [(1, "открытый случай"), (3, "открытых случая"), (5, "открытых случаев")],
)
def test_the_overview_counts_in_russian(window, count, words):
    open_cases(window.session.desk, NAMES[:count])
    start = window.pages["cases"].start
    assert start.open_cases.text() == str(count)
    assert start.open_label.text() == words


def test_requests_waiting_are_counted_in_russian(window):
    desk = window.session.desk
    for name in NAMES[:2]:
        desk.register_request(
            Request(RECEIVED, "parent", "other", "Ссора", (Participant(name, "party", True),))
        )
    start = window.pages["cases"].start
    assert start.awaiting.text() == "2"
    assert start.awaiting_label.text() == "заявки ждут решения"
    assert start.requests_label.text().startswith(f"заявки в {TODAY.year} году:")


# --- 3. the lists fit the school screens -----------------------------------------------------


def fully_shown(table, column: int) -> bool:
    header = table.horizontalHeader()
    right = header.sectionViewportPosition(column) + header.sectionSize(column)
    return header.sectionViewportPosition(column) >= 0 and right <= table.viewport().width()


@pytest.mark.parametrize("width", [1024, 1366])
def test_the_case_list_fits_the_screen(window, width):
    open_cases(window.session.desk)
    window.resize(width, 728)
    cases = cases_tab(window)
    QTest.qWait(20)
    assert window.width() == width, window.minimumSizeHint()
    # The search says what it searches, and every column is on screen without scrolling.
    placeholder = cases.search.fontMetrics().horizontalAdvance(cases.search.placeholderText())
    assert cases.search.width() >= min(placeholder, 400)
    for column in range(cases.model.columnCount()):
        assert fully_shown(cases.table, column), column
    header = cases.table.horizontalHeader()
    assert header.sectionSize(6) >= header.fontMetrics().horizontalAdvance("Состояние")
    for combo in (cases.status, cases.year, cases.category, cases.mediator):
        assert combo.isVisible() and combo.width() >= 80


@pytest.mark.parametrize("width", [1024, 1366])
def test_the_request_list_shows_its_decision_whole(window, width):
    desk = window.session.desk
    desk.register_request(
        Request(RECEIVED, "parent", "other", "Ссора", (Participant("Ёжиков Ян", "party", True),))
    )
    window.resize(width, 728)
    area = window.pages["cases"]
    area.tabs.setCurrentWidget(area.requests)
    QTest.qWait(20)
    table = area.requests.table
    decision = area.requests.model.data(area.requests.model.index(0, 6))
    assert decision == "зарегистрирована, ждёт решения"
    assert fully_shown(table, 6)
    needed = table.fontMetrics().horizontalAdvance(decision)
    assert table.horizontalHeader().sectionSize(6) >= needed
    assert window.width() == width


def test_no_wrapped_text_of_the_overview_is_squeezed(window):
    open_cases(window.session.desk, NAMES[:2])
    window.resize(1024, 728)
    QTest.qWait(20)
    for label in window.pages["cases"].start.findChildren(QLabel):
        if label.isVisible() and label.wordWrap():
            assert label.height() >= label.heightForWidth(label.width()), label.text()


def test_the_counter_is_translated():
    assert translate("CaseList", "Shown {shown} of {total} cases") == (
        "Показано случаев: {shown} из {total}"
    )
