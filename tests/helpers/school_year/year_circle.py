"""Chapter: a class of 24 in a circle, and last December's circle entered a year late.

rsdesk keeps people one by one, not a class as one row: four pupils and the class teacher
speak for 5В, as the circle's own record would name them. Both circles are entered now with
the days they were held, so last December's one counts in last year's figures only.
"""

from __future__ import annotations

from datetime import date

from rsdesk.gui.qt import QDialog, QWizard
from tests.helpers.clicks import ru_date
from tests.helpers.school_year import year_cast as cast
from tests.helpers.school_year.year import Y, Year, close_card, day
from tests.helpers.school_year.year_cases import close_case, program_row
from tests.helpers.school_year.year_wizard import (
    Point,
    Start,
    consent_of,
    fill,
    fill_day_of,
    go_to,
    hold_with,
    next_page,
    start_program,
)

CLASS = [p.name for p in cast.CLASS_5V]
PUPILS = CLASS[:4]
TEACHER = CLASS[4]


def live(year: Year) -> None:
    circle(
        year,
        who=CLASS[0],
        program="Круг решения проблем",
        started=day(10, 5),
        consented=day(10, 12),
        held=day(10, 14),
        points=[
            Point(
                tuple(PUPILS),
                "Вместе составить правила класса и повесить их в кабинете",
                day(10, 21),
            ),
            Point((TEACHER,), "Раз в неделю проводить классный час в круге", day(11, 30)),
        ],
        checked=day(10, 28),
        ended=day(10, 30),
        closed=day(10, 31),
        lead="Петров",
    )
    last = [p.name for p in cast.LAST_DECEMBER.people]
    circle(
        year,
        who=last[0],
        program="Профилактический круг",
        started=day(12, 16, Y - 1),
        consented=day(12, 17, Y - 1),
        held=day(12, 19, Y - 1),
        points=[
            Point(tuple(last[:2]), "Договориться о правилах игр на переменах", day(12, 24, Y - 1))
        ],
        checked=day(12, 24, Y - 1),
        ended=day(12, 25, Y - 1),
        closed=day(12, 26, Y - 1),
        lead="Иванова",  # on last year's roster
    )


def circle(
    year: Year,
    *,
    who: str,
    program: str,
    started: date,
    consented: date,
    held: date,
    points: list[Point],
    checked: date,
    ended: date,
    closed: date,
    lead: str,
) -> None:
    def in_card(card: QDialog) -> None:
        people = [card.participants.item(r, 0).text() for r in range(card.participants.rowCount())]

        def in_wizard(wizard: QWizard) -> None:
            preparation = next_page(wizard)
            fill(
                preparation,
                {
                    "Цель круга": "Услышать друг друга и договориться, как жить классом",
                    "Ведущий": f"{lead}; помогает классный руководитель",
                    "Вопросы для раундов": "Что для вас значит наш класс? Что мешает? "
                    "Что каждый может сделать?",
                    "Предмет": "мягкая игрушка класса",
                },
            )
            fill_day_of(preparation, started)
            page = next_page(wizard)
            # The teacher is met before the circle, the pupils asked when invited.
            met = [page.people.item(r, 0).text() for r in range(page.people.rowCount())]
            for name in [n for n in people if any(m.startswith(n) for m in met)]:
                hold_with(page, name, consented, {"Дата встречи": consented})
            rest = [n for n in people if not any(m.startswith(n) for m in met)]
            consent_of(wizard, dict.fromkeys(rest, consented))
            page = go_to(wizard, "Круг")
            fill(
                page,
                {
                    "Дата круга": held,
                    "Кто участвовал": people,
                    "Сколько раундов": 4,
                    "Круг договорился": True,
                },
            )
            page = next_page(wizard)
            fill(page, {"Дата принятия": held, "Решения": points, "Когда узнать": checked})
            page = next_page(wizard)
            fill(page, {"Дата проверки": checked, "Решения выполнены": "полностью"})
            page = next_page(wizard)
            fill(page, {"Отчёт направившей": "передан", "В отчёте только результат": True})
            fill_day_of(page, ended)
            outcome = next_page(wizard)
            assert "с договорённостью" in outcome.result.text(), outcome.result.text()

        start_program(card, Start(program, (lead,), started), in_wizard)
        row = program_row(card, program)
        assert (row["Начата"], row["Завершена"]) == (ru_date(started), ru_date(ended)), row
        close_case(card, closed)
        close_card(card)

    year.open_case(who, in_card)
