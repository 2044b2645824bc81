"""What is done on a case card: its people, its mediators, its programs' rows, its closure."""

from __future__ import annotations

from datetime import date

from rsdesk.gui.qt import QDialog, QTableWidget, QWidget
from tests.helpers.clicks import (
    OK,
    click,
    dialog_button,
    fits_screen,
    labelled,
    modal,
    pick,
    press,
    type_date,
    type_text,
)
from tests.helpers.school_year.year import Person


def table_rows(table: QTableWidget) -> list[dict[str, str]]:
    """A card's table as a person reads it: each row by its column headers."""
    headers = [table.horizontalHeaderItem(c).text() for c in range(table.columnCount())]
    return [
        {h: (table.item(r, c).text() if table.item(r, c) else "") for c, h in enumerate(headers)}
        for r in range(table.rowCount())
    ]


def program_row(card: QDialog, title: str) -> dict[str, str]:
    rows = [r for r in table_rows(card.programs) if r["Программа"].lower() == title.lower()]
    assert len(rows) == 1, table_rows(card.programs)
    return rows[0]


def people_of(card: QDialog) -> list[str]:
    return [row["ФИО"] for row in table_rows(card.participants)]


def team_of(card: QDialog) -> list[str]:
    return [row["Медиатор"] for row in table_rows(card.team)]


def tab(card: QDialog, title: str) -> None:
    tabs = card.tabs
    for index in range(tabs.count()):
        if tabs.tabText(index).replace("&", "") == title:
            click(tabs.tabBar(), tabs.tabBar().tabRect(index).center())
            return
    raise AssertionError(f"no tab «{title}»")


def add_to_case(card: QDialog, person: Person) -> None:
    """A person learned of later joins the accepted case: «Добавить участника…» on the card's
    «Участники» tab opens the case's people with a new row being typed."""
    from tests.helpers.school_year.year_requests import edit_cell, enter_person

    tab(card, "Участники")

    def answer(dialog: QDialog) -> None:
        fits_screen(dialog)
        table = dialog.editor.table
        row = table.rowCount() - 1
        if table.indexWidget(table.model().index(row, 0)) is None:
            edit_cell(table, row, 0)
        enter_person(table, row, person)
        click(dialog.save_button)
        assert not dialog.isVisible(), dialog.error.text()

    modal(lambda: click(card.add_person), answer)
    assert person.name in people_of(card), people_of(card)


def assign(card: QDialog, name: str, role: str) -> None:
    def answer(form: QDialog) -> None:
        pick(labelled(form, "Медиатор", QWidget), name)
        pick(labelled(form, "Роль", QWidget), role)
        click(dialog_button(form, OK))
        assert not form.isVisible(), form.error.text()

    tab(card, "Медиаторы")
    modal(lambda: press(card, "Назначить медиатора"), answer)
    assert name in team_of(card), team_of(card)


def unassign(card: QDialog, name: str) -> None:
    """Take a mediator off the case: their row on «Медиаторы», the button under the table,
    and «Снять» in the question that names them."""
    from rsdesk.gui.qt import QMessageBox
    from tests.helpers.clicks import click_row, row_of

    tab(card, "Медиаторы")
    click_row(card.team, row_of(card.team, name))

    def take_off(box: QDialog) -> None:
        assert isinstance(box, QMessageBox) and name in box.text(), box.text()
        click(box.button(QMessageBox.StandardButton.Yes))

    modal(lambda: click(card.unassign), take_off)
    assert name not in team_of(card), (team_of(card), card.message.text())


def close_case(card: QDialog, on: date, note: str = "") -> None:
    """«Закрыть случай…» with the day the case was closed."""

    def answer(form: QDialog) -> None:
        fits_screen(form)
        type_date(labelled(form, "Дата закрытия", QWidget), on)
        if note:
            type_text(labelled(form, "Примечание", QWidget), note)
        click(dialog_button(form, OK))
        assert not form.isVisible(), form.error.text()

    modal(lambda: press(card, "Закрыть случай"), answer)
    assert "закрыт" in card.summary.text(), card.summary.text()
