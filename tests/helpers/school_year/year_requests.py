"""Chapter 3, the autumn's requests entered in December: registered with the day each came,
one corrected before the decision, and decided with the day each was decided."""

from __future__ import annotations

from datetime import date

from rsdesk.gui.qt import QAbstractItemView, QDialog, Qt, QTableWidget
from tests.helpers.clicks import (
    OK,
    click,
    click_row,
    dialog_button,
    fits_screen,
    key,
    modal,
    pick,
    press,
    type_date,
    type_text,
)
from tests.helpers.school_year import year_cast as cast
from tests.helpers.school_year.year import Person, RequestSpec, Y, Year, close_card, day

MINOR, ADULT = "несовершеннолетний", "взрослый"


def live(year: Year) -> None:
    register(year, cast.LAST_DECEMBER, list_year=Y - 1)
    accept(year, cast.LAST_DECEMBER, day(12, 15, Y - 1), list_year=Y - 1)
    register(year, cast.GLASSES)
    # The mother was forgotten: «Изменить…» before the decision, add her, save. She stays.
    correct_by_adding(year, cast.GLASSES, cast.ORLOVA)
    listing = year.select_request(cast.ORLOV.name)
    people = listing.model.rows[listing.table.currentIndex().row()].participants
    assert cast.ORLOVA.name in people, people
    accept(year, cast.GLASSES, day(9, 10))
    for spec in (cast.CHAT, cast.CLASS_CIRCLE, cast.MARK, cast.DAMAGE):
        register(year, spec)
    accept(year, cast.CHAT, day(9, 30))
    accept(year, cast.CLASS_CIRCLE, day(10, 2))
    decline(year, cast.MARK, day(10, 6), "Оценку выставляет учитель; это не конфликт.")
    transfer(year, cast.DAMAGE, day(10, 14), cast.TERRITORIAL)
    decisions = {
        row.participants.split(",")[0]: row.status for row in year.requests_list().model.rows
    }
    assert decisions == {
        cast.ORLOV.name: "accepted",
        cast.KUZNETSOVA.name: "accepted",
        cast.CLASS_5V[0].name: "accepted",
        cast.MARK.people[0].name: "declined",
        cast.DAMAGE.people[0].name: "transferred",
    }, decisions


# --- the request form --------------------------------------------------------------------------


def register(year: Year, spec: RequestSpec, *, list_year: int = Y) -> None:
    listing = year.requests_tab()
    modal(lambda: press(listing, "Новая заявка"), lambda dialog: fill(dialog, spec))
    listing = year.requests_list(list_year)
    assert any(spec.people[0].name in row.participants for row in listing.model.rows)


def fill(dialog: QDialog, spec: RequestSpec) -> None:
    fits_screen(dialog)
    type_date(dialog.received_on, spec.received)
    pick(dialog.source, spec.source)
    if spec.referrer:
        type_text(dialog.referrer, spec.referrer)
    pick(dialog.category, spec.category)
    type_text(dialog.description, spec.description)
    table = dialog.participants.table
    for number, person in enumerate(spec.people):
        if number == 0:
            edit_cell(table, 0, 0)
        else:
            press(dialog, "Добавить участника")
        enter_person(table, number, person)
    click(dialog_button(dialog, OK))
    assert not dialog.isVisible(), dialog.message.text()


def edit_cell(table: QTableWidget, row: int, column: int):
    """Click a cell and press F2, as the hint under the table says; the editor that opened."""
    click_row(table, row, column)
    key(table, Qt.Key.Key_F2)
    editor = table.indexWidget(table.model().index(row, column))
    assert editor is not None, (row, column)
    return editor


def enter_person(table: QTableWidget, row: int, person: Person) -> None:
    """A person's row: the name being edited already, then role, age group, class, age."""
    assert table.state() == QAbstractItemView.State.EditingState
    name = table.indexWidget(table.model().index(row, 0))
    type_text(name, person.name)
    key(name, Qt.Key.Key_Return)
    pick(edit_cell(table, row, 1), person.role)
    group = MINOR if person.minor else ADULT
    if table.item(row, 2).text() != group:
        pick(edit_cell(table, row, 2), group)
    for column, text in (
        (3, person.class_name),
        (4, "" if person.age is None else str(person.age)),
    ):
        if text:
            editor = edit_cell(table, row, column)
            type_text(editor, text)
            key(editor, Qt.Key.Key_Return)
    shown = [table.item(row, c).text() for c in range(5)]
    assert shown[:2] == [person.name, person.role] and shown[2] == group, shown


def correct_by_adding(year: Year, spec: RequestSpec, person: Person) -> None:
    listing = year.select_request(spec.people[0].name)

    def add(dialog: QDialog) -> None:
        fits_screen(dialog)
        table = dialog.participants.table
        assert table.rowCount() == len(spec.people)
        press(dialog, "Добавить участника")
        enter_person(table, table.rowCount() - 1, person)
        click(dialog_button(dialog, OK))
        assert not dialog.isVisible(), dialog.message.text()

    modal(lambda: press(listing, "Изменить"), add)


# --- the decision ------------------------------------------------------------------------------


def decide(year: Year, spec: RequestSpec, answer, *then, list_year: int = Y) -> None:
    listing = year.select_request(spec.people[0].name, list_year)
    modal(lambda: press(listing, "Решение"), answer, *then)


def accept(year: Year, spec: RequestSpec, on: date, *, list_year: int = Y) -> None:
    def answer(dialog: QDialog) -> None:
        fits_screen(dialog)
        type_date(dialog.decided_on, on)
        click(dialog.accept_choice)
        click(dialog.ok)
        assert not dialog.isVisible(), dialog.message.text()

    # Accepting opens the new case's card; it is only looked at here.
    decide(year, spec, answer, close_card, list_year=list_year)


def decline(year: Year, spec: RequestSpec, on: date, reason: str) -> None:
    def answer(dialog: QDialog) -> None:
        type_date(dialog.decided_on, on)
        click(dialog.decline_choice)
        type_text(dialog.reason, reason)
        click(dialog.ok)
        assert not dialog.isVisible(), dialog.message.text()

    decide(year, spec, answer)


def transfer(year: Year, spec: RequestSpec, on: date, to: str) -> None:
    def answer(dialog: QDialog) -> None:
        fits_screen(dialog)
        assert dialog.transfer_choice.isChecked()  # the school service is steered to it
        type_date(dialog.decided_on, on)
        type_text(dialog.destination, to)
        click(dialog.ok)
        assert not dialog.isVisible(), dialog.message.text()

    decide(year, spec, answer)
