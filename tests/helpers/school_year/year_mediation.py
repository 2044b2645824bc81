"""Chapter: the glasses of 7Б, a restorative mediation held in September and entered in
December, every meeting and consent with the day it happened, up to the signed agreement.

The victim's mother is not on the request. The joint meeting needs her, so the wizard says so;
the curator adds her to the accepted case from its card, then to the program, and the
mediator meets her before the joint meeting. October (the check-up and the end) follows the
corrections, in year_corrections.
"""

from __future__ import annotations

from datetime import date

from rsdesk.gui.qt import QDialog, QWizard
from tests.helpers.clicks import ru_date
from tests.helpers.school_year import year_cast as cast
from tests.helpers.school_year.year import Year, close_card, day
from tests.helpers.school_year.year_cases import add_to_case, program_row
from tests.helpers.school_year.year_wizard import (
    Point,
    Start,
    fill,
    fill_day_of,
    go_to,
    hold_with,
    join_program,
    next_page,
    open_stage,
    points_kept,
    resume_program,
    start_program,
)

ORLOV, LEBEDEV = cast.ORLOV.name, cast.LEBEDEV.name
ORLOVA, LEBEDEVA = cast.ORLOVA.name, cast.LEBEDEVA.name
STARTED = day(9, 11)
JOINT = day(9, 22)
SIGNED = day(9, 22)
CHECKED = day(10, 20)
ENDED = day(10, 23)
POINTS = [
    Point((ORLOV,), "Извиниться перед Кириллом при классе", day(9, 25)),
    Point((ORLOV, ORLOVA), "Оплатить ремонт очков из карманных денег", day(10, 15)),
]
HARM = "Никита из своих карманных денег оплачивает ремонт очков; Кирилл согласен, что этого хватит."
MEETING = "Дата встречи"


def live(year: Year) -> None:
    year.open_case(ORLOV, in_card)


def in_card(card: QDialog) -> None:
    start_program(
        card, Start("Восстановительная медиация", ("Иванова", "Соколова"), STARTED), september
    )
    # The joint meeting waits for the victim's parent: added to the case, then the program.
    add_to_case(card, cast.LEBEDEVA)
    resume_program(card, second_parent_and_the_agreement)
    row = program_row(card, "Восстановительная медиация")
    assert row["Начата"] == ru_date(STARTED) and not row["Завершена"], row
    close_card(card)


def september(wizard: QWizard) -> None:
    preparation = next_page(wizard)
    fill(
        preparation,
        {
            "Что известно": "Толкнул на перемене, разбились очки; ссорятся в чате класса.",
            "В ситуации был причинён вред": True,
            "Случай обсуждён с куратором": True,
        },
    )
    fill_day_of(preparation, day(9, 12))
    page = next_page(wizard)
    meet(page, ORLOV, day(9, 15), with_=[ORLOVA])
    meet(page, ORLOVA, day(9, 15))
    meet(page, LEBEDEV, day(9, 16))
    joint = next_page(wizard)
    gate = joint.gate_label.text()
    assert joint.gate_label.isVisible() and LEBEDEV in gate, gate
    assert not wizard.button(QWizard.WizardButton.NextButton).isEnabled()


def meet(page, who: str, on: date, with_: list[str] | None = None) -> None:
    values = {MEETING: on, "Участник готов": True, "Заметки": "Выслушал(а), договорились."}
    if with_:
        values["Кто ещё был"] = with_
    hold_with(page, who, on, values)


def second_parent_and_the_agreement(wizard: QWizard) -> None:
    join_program(wizard, LEBEDEVA, represents=LEBEDEV, on=day(9, 17))
    page = open_stage(wizard, "Предварительная встреча с каждой стороной")
    shown = [page.people.item(r, 0).text() for r in range(page.people.rowCount())]
    assert any(name.startswith(LEBEDEVA) for name in shown), (
        f"the stage opened again from the list of stages does not show {LEBEDEVA}, who has "
        f"just joined the program: {shown}"
    )
    meet(page, LEBEDEVA, day(9, 18), with_=[LEBEDEV])
    joint = next_page(wizard)
    fill(
        joint,
        {
            MEETING: JOINT,
            "Кто участвовал": [ORLOV, LEBEDEV, ORLOVA, LEBEDEVA],
            "В начале встречи": True,
        },
    )
    agreement = next_page(wizard)
    fill(
        agreement,
        {
            "Дата подписания": SIGNED,
            "Пункты договора": POINTS,
            "Как будет заглажен вред": HARM,
            "Когда проверить": CHECKED,
            "Договор подписан": True,
        },
    )
    follow_up = next_page(wizard)
    assert follow_up.title() == "Как выполняется договор"


def october(wizard: QWizard) -> None:
    """The check-up on 20 October, each point kept, and the program's end on the 23rd."""
    follow_up = go_to(wizard, "Как выполняется договор")
    fill(follow_up, {"Дата проверки": CHECKED, "Договор выполнен": "полностью"})
    points_kept(follow_up, ["полностью", "полностью"])
    closure = next_page(wizard)
    fill(closure, {"Отчёт направившей": "передан", "В отчёте только результат": True})
    fill_day_of(closure, ENDED)
    outcome = next_page(wizard)
    assert "с договорённостью" in outcome.result.text(), outcome.result.text()
    assert ru_date(ENDED) in outcome.details.text(), outcome.details.text()
