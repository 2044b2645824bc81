"""A school's journal of 64 requests over two years brought in, as CSV and as XLSX, each into a
fresh vault: the yearly statistics of both years equal a hand count of the sheet; a bad row
brings nothing in.

`data/journal_64.csv` mixes the template's keys and the labels the app shows, ISO and
ДД.ММ.ГГГГ dates, declined, transferred and undecided rows, programs ending in the next year,
stopped and transferred programs, and a facilitator written in full and as «Ветрова А. И.».
"""

from __future__ import annotations

import pytest

from rsdesk.access import Desk
from rsdesk.access.workplace import Workplace, desk_for
from rsdesk.domain.journal import YearCounts
from rsdesk.domain.refusals import InputRefused
from rsdesk.domain.register import Mediator
from rsdesk.stats.fileformat import Accepted, check_bytes, document_bytes
from rsdesk.storage import users
from rsdesk.storage.service import curator_id
from rsdesk.vault import Vault
from tests.helpers.journal_sheets import as_csv, as_xlsx, service, sheet_rows
from tests.helpers.users import CURATOR_PASSWORD, make_service

# Counted from the sheet, not by the app: a throwaway script read the CSV with its own
# label→key table (обучающийся→student, КДН и ЗП→juvenile_commission, травля…→bullying, …)
# and the rules of docs/DOMAIN.md — a request in the year it came, a program in the year it
# ended, completed = with or without agreement (stopped and transferred are not), stopped =
# «stopped» only, participants over the completed programs («н/л» minors, «взр» adults) —
# and the rows that cross the year were checked by eye: row 19 came 26.11.2024 and ended
# 02.01.2025 with agreement, row 22 came 11.12.2024 and stopped 10.01.2025, row 25 came
# 26.12.2024 and was transferred 03.02.2025. Zeros are left out of the program and category
# counts below; every source is listed.
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
# What the preview shows before anything is written: requests, completed, with agreement,
# stopped — the sums of the hand count above.
PREVIEW = (YearCounts(2024, 24, 10, 5, 2), YearCounts(2025, 40, 19, 10, 5))
# Громова Нина Петровна is on the roster for 2025 before the import; the journal shows her at
# work in 2024 as well. Лисина Дарья, Соколов Павел Андреевич and Ветрова Алла Игоревна (also
# written «Ветрова А. И.») are new: three people join, not four.
MEMBER = "Громова Нина Петровна"
NEWCOMERS = ("Лисина Дарья", "Ветрова Алла Игоревна", "Соколов Павел Андреевич")


def nonzero(counts: dict[str, int]) -> dict[str, int]:
    return {key: value for key, value in counts.items() if value}


def assert_hand_count(desk: Desk) -> None:
    for year, expected in HAND_COUNT.items():
        figures = desk.stats_preview(year)
        assert figures["requests_received"] == expected["requests_received"], year
        assert figures["requests_by_source"] == expected["requests_by_source"], year
        for key in ("programs_completed", "programs_with_agreement", "completed_by_category"):
            assert nonzero(figures[key]) == expected[key], (year, key)
        assert figures["programs_stopped"] == expected["programs_stopped"], year
        assert figures["participants"] == expected["participants"], year
        assert figures["mediators"] == {"adult": 4, "young": 0}, year


@pytest.mark.parametrize("kind", ["csv", "xlsx"])
def test_both_years_count_as_the_sheet_is_counted_by_hand(tmp_path, kind):
    path = tmp_path / "service.rsdv"
    make_service(path)
    vault = Vault.open(path, CURATOR_PASSWORD)
    place = Workplace(vault, on_saved=lambda _g: None, on_failed=lambda _e: None)
    try:
        desk = place.desk
        assert desk is not None
        desk.add_mediator(Mediator(MEMBER, "adult", years=(2025,)))
        rows = sheet_rows()
        data = as_csv(rows) if kind == "csv" else as_xlsx(rows)
        preview = desk.preview_journal(data, f"журнал.{kind}")
        assert preview.problems == () and preview.by_year == PREVIEW
        assert preview.new_mediators == NEWCOMERS
        assert desk.import_journal(data, f"журнал.{kind}").rows == 64
        assert place.queue.flush(timeout=30)
    finally:
        place.queue.stop(timeout=10)
        vault.close(discard=True)  # only what the save queue wrote is in the file
    # Counted from the file as saved, reopened.
    with Vault.open(path, CURATOR_PASSWORD) as vault:
        curator = curator_id(vault.db)
        assert curator is not None
        # The curator's own Desk, with the key that opens the signing key.
        desk = desk_for(vault)
        assert desk.actor == users.actor(vault.db, curator)
        assert_hand_count(desk)
        assert len(desk.request_rows()) == 64
        member = next(e for e in desk.roster_view() if e.mediator.full_name == MEMBER)
        assert member.service.listed == (2024, 2025)
        # The file the regional centre gets: signed, and accepted by its reader as it is.
        for year in HAND_COUNT:
            preview = desk.stats_preview(year)
            read = check_bytes(document_bytes(desk.export_stats(year, preview)))
            assert isinstance(read, Accepted), read
            assert read.payload == preview
        vault.close(discard=True)


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
    assert desk.request_rows() == [] and desk.case_rows() == []
    assert {year: desk.stats_preview(year) for year in HAND_COUNT} == before
    assert desk.journal_imports() == [] and desk.roster_view(2025) == []
    # Corrected, the same file comes in whole.
    rows[36][0] = "11.04.2025"
    assert desk.import_journal(as_csv(rows), "журнал.csv").rows == 64
