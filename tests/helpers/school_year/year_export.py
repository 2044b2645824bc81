"""Last chapter: the cases closed on their real days, then the yearly statistics file exported
through «Статистика» → «Отчёт службы» and its numbers checked against a count by hand.

The file is the anonymized JSON the regional centre receives; reading it is reading what
left the computer, not the register.
"""

from __future__ import annotations

import json
from pathlib import Path
from unittest import mock

from rsdesk.gui.qt import QDialog, QFileDialog
from tests.helpers.clicks import press, retype, settle, wait_until
from tests.helpers.school_year import year_cast as cast
from tests.helpers.school_year.year import Y, Year, close_card, day
from tests.helpers.school_year.year_cases import close_case

# The year's file, counted by hand from the story (the chapters), one line per number.
HAND_COUNT = {
    "requests_received": 5,  # the glasses, the chat, 5В, the physics mark, the broken window;
    #                          last December's request counts in last year
    "requests_by_source": {
        "teacher": 1,  # the glasses: the class teacher of 7Б
        "administration": 1,  # 5В: the deputy head
        "parent": 1,  # the chat: Алина's mother
        "student": 1,  # the physics mark (declined: a request all the same)
        "police": 1,  # the broken window (transferred: a request all the same)
        "specialist": 0,  # last December's circle, asked by the psychologist: last year
    },
    "programs_completed": {
        "restorative_mediation": 1,  # the glasses, ended 23 October, entered in December
        "circle_problem_solving": 1,  # 5В, ended 30 October
        "circle_preventive": 0,  # last December's circle ended on 25 December of last year
    },
    "programs_with_agreement": {
        "restorative_mediation": 1,  # the agreement of 22 September
        "circle_problem_solving": 1,  # the circle's decisions
    },
    "programs_stopped": 1,  # the chat: Денис refused on 8 October
    "completed_by_category": {
        "educational_conflict": 1,  # the glasses
        "community_problem": 1,  # 5В (last December's circle: last year)
        "bullying": 0,  # the chat's program stopped: not completed
    },
    "participants": {
        "adults": 3,  # the glasses: both mothers; 5В: the class teacher
        "minors": 6,  # the glasses: Никита, Кирилл; 5В: the four pupils
    },
    "mediators": {
        "adult": 3,  # the curator (since August), Иванова, Петров
        "young": 1,  # Соколова Дарья
    },
}
# Last year's file holds last December's circle, whatever day it was entered.
LAST_YEAR_COUNT = {
    "requests_received": 1,  # last December's request
    "programs_completed": {"circle_preventive": 1},
    "participants": {"adults": 1, "minors": 2},  # the psychologist's circle in 6А
    "mediators": {"adult": 1, "young": 0},  # Иванова served last year; nobody else yet
}


def live(year: Year) -> None:
    year.open_case(cast.ORLOV.name, lambda card: close_this(card, day(10, 26)))
    year.open_case(cast.KUZNETSOVA.name, lambda card: close_this(card, day(10, 12)))
    this_year = export(year, Y)
    assert this_year["year"] == Y
    assert counted(this_year, HAND_COUNT) == HAND_COUNT
    assert sum(this_year["requests_by_source"].values()) == this_year["requests_received"]
    others = {
        k: v
        for k, v in this_year["programs_completed"].items()
        if k not in HAND_COUNT["programs_completed"]
    }
    assert set(others.values()) == {0}, others
    last_year = export(year, Y - 1)
    assert counted(last_year, LAST_YEAR_COUNT) == LAST_YEAR_COUNT


def close_this(card: QDialog, on) -> None:
    close_case(card, on)
    close_card(card)


def counted(payload: dict, like: dict) -> dict:
    """The file's numbers at the places the hand count names."""
    return {
        key: counted(payload[key], value) if isinstance(value, dict) else payload[key]
        for key, value in like.items()
    }


def export(year: Year, which: int) -> dict:
    """Preview the year's figures, save the signed file where the dialog is told, read it."""
    area = year.go("statistics")
    year.tab(area.tabs, "Отчёт службы")
    panel = area.service
    retype(panel.year, str(which))
    settle()
    assert panel.year.value() == which
    press(panel, "Показать, что будет отправлено")
    wait_until(lambda: panel.payload is not None, 20, "the preview")
    shown = panel.table.rowCount()
    assert shown > 0
    target = year.folder / f"school-{which}"
    with mock.patch.object(QFileDialog, "getSaveFileName", return_value=(str(target), "")) as asked:
        press(panel, "Сохранить подписанный файл")
        wait_until(lambda: panel.notice.text().startswith("Сохранено"), 20, "the file")
    assert asked.call_count == 1
    written = Path(panel.notice.text().split("Сохранено: ")[1].split(". ")[0])
    document = json.loads(written.read_text(encoding="utf-8"))
    assert document["format"] == "rsdesk-stats"
    return document["payload"]
