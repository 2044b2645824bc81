"""A school's journal of 64 requests over two years brought in, as CSV and as XLSX: the yearly
statistics files of both years equal a hand count of the sheet; a bad row brings nothing in.

`data/journal_64.csv` mixes the template's keys and the labels the app shows, ISO and
ДД.ММ.ГГГГ dates, declined, transferred and undecided rows, programs ending in the next year,
a stopped and a transferred program, and a facilitator written in full and as «Ветрова А. И.».
"""

from __future__ import annotations

import pytest

from rsdesk.domain.refusals import InputRefused
from rsdesk.i18n import set_language
from tests.helpers.journal_sheets import as_csv, as_xlsx, service, sheet_rows

# Counted from the sheet by reading its rows, not by the app: a request in the year it came,
# a program in the year it ended, completed = with or without agreement (a stopped or
# transferred program is not), participants over the completed programs («н/л» minors,
# «взр» adults). Row 19 came in 2024 and ended in 2025, row 22 too (stopped).
SOURCES = (
    "administration", "teacher", "parent", "student", "specialist", "juvenile_commission",
    "police", "court", "social_protection", "self", "other",
)  # fmt: skip
HAND_COUNT = {
    2024: {
        "requests_received": 24,
        "requests_by_source": dict(zip(SOURCES, (4, 3, 3, 2, 0, 2, 4, 0, 0, 4, 2), strict=True)),
        "programs_completed": {
            "restorative_mediation": 3,
            "family_conference": 4,
            "circle_reconciliation": 1,
            "school_conference": 1,
            "shuttle_mediation": 1,
        },
        "programs_with_agreement": {
            "restorative_mediation": 1,
            "family_conference": 3,
            "circle_reconciliation": 1,
        },
        "programs_stopped": 2,
        "completed_by_category": {
            "community_problem": 3,
            "other": 2,
            "bullying": 3,
            "educational_conflict": 2,
        },
        "participants": {"adults": 5, "minors": 25},
    },
    2025: {
        "requests_received": 40,
        "requests_by_source": dict(zip(SOURCES, (2, 6, 9, 6, 3, 2, 7, 0, 0, 2, 3), strict=True)),
        "programs_completed": {
            "family_conference": 3,
            "circle_problem_solving": 3,
            "restorative_mediation": 8,
            "circle_reconciliation": 3,
            "school_conference": 1,
            "shuttle_mediation": 1,
        },
        "programs_with_agreement": {
            "family_conference": 2,
            "circle_problem_solving": 3,
            "restorative_mediation": 4,
            "school_conference": 1,
        },
        "programs_stopped": 5,
        "completed_by_category": {
            "bullying": 6,
            "community_problem": 2,
            "family_difficult_situation": 2,
            "educational_conflict": 4,
            "other": 3,
            "multilevel_conflict": 2,
        },
        "participants": {"adults": 20, "minors": 47},
    },
}


@pytest.fixture(autouse=True)
def russian():
    set_language("ru")
    yield
    set_language("en")


def nonzero(counts: dict[str, int]) -> dict[str, int]:
    return {key: value for key, value in counts.items() if value}


@pytest.mark.parametrize("kind", ["csv", "xlsx"])
def test_both_years_count_as_the_sheet_is_counted_by_hand(kind):
    desk = service()
    rows = sheet_rows()
    data = as_csv(rows) if kind == "csv" else as_xlsx(rows)
    done = desk.import_journal(data, f"журнал.{kind}")
    assert done.rows == 64
    for year, expected in HAND_COUNT.items():
        figures = desk.stats_preview(year)
        assert figures["requests_received"] == expected["requests_received"], year
        assert figures["requests_by_source"] == expected["requests_by_source"], year
        for key in ("programs_completed", "programs_with_agreement", "completed_by_category"):
            assert nonzero(figures[key]) == expected[key], (year, key)
        assert figures["programs_stopped"] == expected["programs_stopped"], year
        assert figures["participants"] == expected["participants"], year
    # «Ветрова А. И.» is Ветрова Алла Игоревна: four people join the roster, not five.
    assert desk.stats_preview(2025)["mediators"] == {"adult": 4, "young": 0}


def test_one_bad_date_in_row_37_brings_nothing_in_and_says_where():
    desk = service()
    rows = sheet_rows()
    assert rows[36][0] == "11.04.2025"  # row 37 of the sheet: the header is row 1
    rows[36][0] = "31.04.2025"
    before = {year: desk.stats_preview(year) for year in HAND_COUNT}
    with pytest.raises(InputRefused) as refused:
        desk.import_journal(as_csv(rows), "журнал.csv")
    message = refused.value.message
    assert "Строка 37" in message and "«Дата обращения»" in message, message
    assert len(refused.value.fields) == 1  # the other 63 rows are fine
    assert desk.request_rows() == []
    assert {year: desk.stats_preview(year) for year in HAND_COUNT} == before
    assert desk.journal_imports() == []
    # Corrected, the same file comes in whole.
    rows[36][0] = "11.04.2025"
    assert desk.import_journal(as_csv(rows), "журнал.csv").rows == 64
