"""What the cases area reads through the Desk: the overview, the request years, the card again.

The overview counts only what its user may see: a mediator's figures are made of their own
cases and the requests they see, so the page does not tell how busy anyone else is.
"""

from __future__ import annotations

from datetime import date

import pytest

from rsdesk.access import RoleRefused
from rsdesk.domain.case_lists import start_page_of
from rsdesk.domain.register import Request
from rsdesk.storage.queries import follow_ups_due
from tests.helpers.world import TODAY, World, build, pupil

THIS_WEEK = date(2024, 6, 13)  # TODAY is Friday 14 June 2024


def with_follow_ups_due(world: World) -> World:
    """One follow-up due this week on the adult's case and one on somebody else's."""
    curator = world.desk(world.curator)
    curator.plan_follow_up(world.adult_case, THIS_WEEK, "Спросить у классного руководителя")
    curator.plan_follow_up(world.other_young_case, THIS_WEEK, "КАНАРЕЙКА-2")
    return world


def test_the_curator_sees_the_whole_register():
    world = with_follow_ups_due(build())
    curator = world.desk(world.curator)
    page = curator.start_page()
    assert page.open_cases == 4
    assert page.awaiting_decision == 1
    assert page.requests_this_year == {
        "total": 5,
        "registered": 1,
        "accepted": 4,
        "declined": 0,
        "transferred": 0,
    }
    assert {f.case_id for f in page.follow_ups} == {world.adult_case, world.other_young_case}
    # The register's own count and the count over every row are one rule.
    everything = start_page_of(
        {row.id: row.status for row in curator.case_rows()},
        curator.request_rows(),
        follow_ups_due(world.db, TODAY),
        TODAY,
    )
    assert page == everything


def test_a_mediators_overview_counts_only_their_own_work():
    world = with_follow_ups_due(build())
    page = world.desk(world.adult).start_page()
    assert page.open_cases == 2  # the young mediator's case and the bullying case
    assert page.awaiting_decision == 1  # the waiting request is everyone's to see
    assert page.requests_this_year["total"] == 3
    assert [f.note for f in page.follow_ups] == ["Спросить у классного руководителя"]
    assert "КАНАРЕЙКА" not in repr(page)


def test_a_young_mediators_overview_has_no_requests():
    world = with_follow_ups_due(build())
    page = world.desk(world.young).start_page()
    assert (page.open_cases, page.awaiting_decision) == (1, 0)
    assert page.requests_this_year["total"] == 0 and page.follow_ups == ()


def test_request_years_are_those_the_user_sees():
    world = build()
    curator = world.desk(world.curator)
    curator.register_request(
        Request(date(2023, 12, 20), "teacher", "other", "Прошлогодняя", (pupil("Старый Сава"),)),
    )
    assert curator.request_years() == [2024, 2023]
    assert world.desk(world.adult).request_years() == [2024, 2023]  # undecided: anyone's
    curator.decline_request(
        curator.request_rows(2023)[0].id, decided_on=TODAY, reason="Не в ведении службы"
    )
    assert world.desk(world.adult).request_years() == [2024, 2023]  # decided without a case
    with pytest.raises(RoleRefused):
        world.desk(world.young).request_years()


def test_the_card_read_again_is_no_new_opening():
    world = build()
    adult = world.desk(world.adult)

    def openings() -> int:
        return len(world.desk(world.curator).audit_entries(action="open_case"))

    card = adult.case_card(world.adult_case)
    assert openings() == 1
    again = adult.reread_case_card(world.adult_case)
    assert again == card and openings() == 1
    with pytest.raises(RoleRefused):
        world.desk(world.young).reread_case_card(world.adult_case)


def test_transfer_warnings_are_read_through_the_desk():
    world = build()
    curator = world.desk(world.curator)
    assert curator.transfer_warnings(world.waiting_request) == ()
    offence = curator.register_request(
        Request(TODAY, "police", "crime", "Кража телефона", (pupil("Титов Тимур", "offender"),))
    )
    assert curator.transfer_warnings(offence) == ("territorial_category",)
    with pytest.raises(RoleRefused):
        world.desk(world.young).transfer_warnings(offence)
