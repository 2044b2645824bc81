"""Chapter: bullying in 8В. The girl and her mother agree; at his own meeting the boy's side
refuses, which anyone may do at any moment: the program stops on the day of the refusal.

The mediator first types the refusal's day in the future by a slip of the finger; the
dialog refuses it with the message and the day is corrected.
"""

from __future__ import annotations

from rsdesk.gui.qt import QDialog, QWizard
from tests.helpers.clicks import (
    OK,
    click,
    click_row,
    dialog_button,
    fits_screen,
    modal,
    row_of,
    ru_date,
    type_date,
    type_text,
)
from tests.helpers.school_year import year_cast as cast
from tests.helpers.school_year.year import TOMORROW, Year, close_card, day
from tests.helpers.school_year.year_cases import program_row
from tests.helpers.school_year.year_wizard import (
    Start,
    day_field,
    fill,
    fill_day_of,
    hold_with,
    next_page,
    start_program,
)

ALINA, DENIS = cast.KUZNETSOVA.name, cast.MOROZOV.name
MOTHER = cast.CHAT.people[2].name
STARTED = day(10, 2)
REFUSED = day(10, 8)
FUTURE = "Дата не может быть в будущем."


def live(year: Year) -> None:
    year.open_case(ALINA, in_card)


def in_card(card: QDialog) -> None:
    start_program(card, Start("Восстановительная медиация", ("Петров",), STARTED), in_wizard)
    row = program_row(card, "Восстановительная медиация")
    assert row["Итог"] == "прекращена" and row["Завершена"] == ru_date(REFUSED), row
    close_card(card)


def in_wizard(wizard: QWizard) -> None:
    preparation = next_page(wizard)
    fill(preparation, {"Что известно": "Высмеивают в чате класса, пересылают фотографии."})
    fill_day_of(preparation, day(10, 3))
    page = next_page(wizard)
    for who, on in ((ALINA, day(10, 6)), (MOTHER, day(10, 6))):
        hold_with(page, who, on, {"Дата встречи": on, "Участник готов": True})
    click_row(page.people, row_of(page.people, DENIS))
    modal(lambda: click(wizard.refuse_button), refuse)
    outcome = wizard.currentPage()
    assert "прекращена" in outcome.result.text(), outcome.result.text()
    assert DENIS in outcome.details.text(), outcome.details.text()


def refuse(dialog: QDialog) -> None:
    fits_screen(dialog)
    assert dialog.who.currentText().startswith(DENIS), dialog.who.currentText()
    type_text(dialog.reason, "Не хочет встречаться; мама поддерживает его решение.")
    when = day_field(dialog)
    assert when is not None, "the refusal is asked no day: it would be the day of entry"
    type_date(when, TOMORROW)
    click(dialog_button(dialog, OK))
    assert dialog.isVisible() and FUTURE in dialog.error.text(), dialog.error.text()
    type_date(when, REFUSED)
    click(dialog_button(dialog, OK))
    assert not dialog.isVisible(), dialog.error.text()
