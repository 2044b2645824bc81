"""Chapter: corrections before the cases are closed, each with its reason; then October.

The notebook says the joint meeting of the glasses was on Monday 21 September, not on the 22nd
as entered: the recorded stage is opened again and its day corrected. The second point of the
agreement is made precise (the sum). Then the October check-up is entered, each point with
how it was kept, and the program's end. On the chat's case the curator assigned Иванова by
mistake as a co-facilitator: she is taken off the case.
"""

from __future__ import annotations

from rsdesk.gui.qt import QDialog, QWizard
from tests.helpers.clicks import ru_date
from tests.helpers.school_year import year_cast as cast
from tests.helpers.school_year import year_mediation as mediation
from tests.helpers.school_year.year import Year, close_card, day
from tests.helpers.school_year.year_cases import (
    assign,
    program_row,
    tab,
    table_rows,
    team_of,
    unassign,
)
from tests.helpers.school_year.year_wizard import (
    correct_stage,
    edit_points,
    editor,
    resume_program,
)

JOINT_WAS = day(9, 21)
SECOND_POINT = "Оплатить ремонт очков (1 200 рублей) из карманных денег"
REASON_DAY = "В журнале встреча записана на понедельник, 21 сентября."
REASON_POINT = "Уточнили сумму с родителями."
IVANOVA = "Иванова Мария Петровна"


def live(year: Year) -> None:
    year.open_case(cast.ORLOV.name, the_glasses)
    year.open_case(cast.KUZNETSOVA.name, the_chat)


def the_glasses(card: QDialog) -> None:
    resume_program(card, corrected_then_october)
    row = program_row(card, "Восстановительная медиация")
    assert row["Начата"] == ru_date(mediation.STARTED), row
    assert row["Завершена"] == ru_date(mediation.ENDED), row
    assert row["Итог"] == "завершена с договорённостью", row
    assert (row["Взрослых"], row["Несовершеннолетних"]) == ("2", "2"), row
    tab(card, "Ход работы")
    timeline = table_rows(card.timeline)
    joint = [r for r in timeline if r["Событие"] == "совместная встреча"]
    assert [r["Дата"] for r in joint] == [ru_date(JOINT_WAS)], timeline
    close_card(card)


def corrected_then_october(wizard: QWizard) -> None:
    page = correct_stage(
        wizard, "Совместная встреча сторон", {mediation.MEETING: JOINT_WAS}, REASON_DAY
    )
    assert not page.blocked_label.isVisible(), page.blocked_label.text()
    assert editor(page, mediation.MEETING).widget.value() == JOINT_WAS
    page = edit_points(wizard, "Примирительный договор", {1: SECOND_POINT}, REASON_POINT)
    _frame, _who, what, _by = editor(page, "Пункты договора").widget.rows[1]
    assert what.text() == SECOND_POINT
    mediation.october(wizard)


def the_chat(card: QDialog) -> None:
    assign(card, IVANOVA, "со-ведущий")
    unassign(card, IVANOVA)
    assert team_of(card) == ["Петров Алексей Викторович"], team_of(card)
    close_card(card)
