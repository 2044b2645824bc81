"""Chapter 1, late August: the curator puts the service's mediators on the roster with their
training, through the «Медиаторы» area."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from rsdesk.gui.qt import QDialog
from tests.helpers.clicks import (
    SAVE,
    click,
    click_row,
    dialog_button,
    fits_screen,
    modal,
    pick,
    retype,
    row_of,
    type_date,
    type_text,
)
from tests.helpers.school_year.year import CURATOR, Y, Year, day


@dataclass(frozen=True)
class Training:
    kind: str  # as the «Вид» list says it
    held_on: date
    hours: int
    module: str = ""  # the beginning of the module's label, for a module


@dataclass(frozen=True)
class Member:
    name: str
    kind: str  # «взрослый медиатор» or «юный медиатор»
    since: int  # «Работает с» (the years after count without editing every January)
    training: tuple[Training, ...]
    position: str = ""
    class_name: str = ""


MODULE = "модуль программы на 254 часа"
IVANOVA = Member(
    "Иванова Мария Петровна",
    "взрослый медиатор",
    Y - 1,  # served last year too: counted once in each year
    (
        Training(MODULE, day(3, 12, Y - 1), 36, "М1"),
        Training(MODULE, day(4, 20, Y - 1), 36, "М2"),
        Training("супервизия", day(9, 3), 2),
    ),
    position="педагог-психолог",
)
PETROV = Member(
    "Петров Алексей Викторович",
    "взрослый медиатор",
    Y,
    (Training(MODULE, day(6, 10), 36, "М1"), Training(MODULE, day(6, 24), 36, "М2")),
    position="социальный педагог",
)
SOKOLOVA = Member(
    "Соколова Дарья",
    "юный медиатор",
    Y,
    (Training("36-часовая программа для юных медиаторов", day(5, 25), 36),),
    class_name="9А",
)
TEAM = (IVANOVA, PETROV, SOKOLOVA)


def live(year: Year) -> None:
    area = year.go("mediators")
    for member in TEAM:
        add(area, member)
        for record in member.training:
            train(area, member, record)
    pick(area.year, str(Y))
    names = [area.roster_model.index(r, 0).data() for r in range(area.roster_model.rowCount())]
    assert sorted(names) == sorted([CURATOR, *(m.name for m in TEAM)])
    click_row(area.table, row_of(area.table, IVANOVA.name))
    shown = area.training_model
    assert shown.rowCount() == len(IVANOVA.training)


def add(area, member: Member) -> None:
    def fill(dialog: QDialog) -> None:
        fits_screen(dialog)
        ui = dialog.ui
        type_text(ui.name, member.name)
        pick(ui.kind, member.kind)
        if member.class_name:
            type_text(ui.className, member.class_name)
        if member.position:
            type_text(ui.position, member.position)
        retype(ui.since, str(member.since))
        assert not ui.left.isChecked()
        click(dialog_button(dialog, SAVE))
        assert not dialog.isVisible(), ui.message.text()

    modal(lambda: click(area.add_button), fill)


def train(area, member: Member, record: Training) -> None:
    click_row(area.table, row_of(area.table, member.name))

    def fill(dialog: QDialog) -> None:
        fits_screen(dialog)
        ui = dialog.ui
        pick(ui.kind, record.kind)
        if record.module:
            pick(ui.module, record.module)
        type_date(dialog.date, record.held_on)
        retype(ui.hours, str(record.hours))
        click(dialog_button(dialog, SAVE))
        assert not dialog.isVisible(), ui.message.text()

    modal(lambda: click(area.training_button), fill)
