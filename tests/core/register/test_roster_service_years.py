"""Mediators serve from their first year until the year they leave: nobody adds a year each
January, and the year's roster and statistics count by that rule."""

from __future__ import annotations

from datetime import date

import pytest
from sqlite_utils import Database

from rsdesk.domain.register import Mediator, ValidationError
from rsdesk.domain.roster import ServiceYears
from rsdesk.stats.yearly import compute_payload
from rsdesk.storage import roster
from rsdesk.storage.schema import migrate
from rsdesk.storage.service import curator_id


def test_a_mediator_serves_every_year_from_the_first_until_they_leave():
    staying = ServiceYears((2022,))
    assert [y for y in range(2020, 2031) if staying.serves_in(y)] == list(range(2022, 2031))
    leaving = ServiceYears((2022,), left_in=2024)
    assert [y for y in range(2020, 2031) if leaving.serves_in(y)] == [2022, 2023, 2024]
    assert not ServiceYears().serves_in(2024)  # no year at all: serves in none


def test_a_year_left_out_between_two_listed_ones_is_a_break():
    # A roster kept year by year before rsdesk knew when people leave: 2022 was left out.
    kept = ServiceYears((2021, 2023, 2024))
    assert not kept.serves_in(2022)
    assert kept.breaks == (2022,)
    assert kept.years_through(2026) == (2021, 2023, 2024, 2025, 2026)
    assert ServiceYears((2021, 2023), left_in=2023).years_through(2026) == (2021, 2023)


def test_the_form_moves_the_first_year_the_last_year_and_the_breaks():
    kept = ServiceYears((2021, 2023, 2024))
    assert kept.changed(2021, None) == kept  # saved unchanged: the break stays
    assert kept.changed(2019, None).listed == (2019, 2020, 2021, 2023, 2024)
    assert kept.changed(2023, None).listed == (2023, 2024)
    assert kept.changed(2021, None, keep_breaks=False).listed == (2021, 2022, 2023, 2024)
    left = kept.changed(2021, 2023)
    assert (left.listed, left.left_in) == ((2021, 2023), 2023)
    assert ServiceYears().changed(2025, None) == ServiceYears((2025,))


def test_nobody_drops_out_of_the_next_years_roster(school):
    # Added in 2022, never edited since: still on the roster and in every year's count.
    adult = roster.add_mediator(
        school, Mediator("Медведева Ольга Игоревна", "adult", years=(2022,))
    )
    young = roster.add_mediator(
        school, Mediator("Жуков Матвей", "young", class_name="8В", years=(2023,))
    )
    curator = curator_id(school)
    this_year = date.today().year
    for year in range(2023, this_year + 1):
        assert adult in [m.id for m in roster.list_mediators(school, year)]
        assert roster.roster_counts(school, year)["young"] == 1
    assert [m.id for m in roster.list_mediators(school, 2022)] == [adult]
    assert roster.roster_counts(school, this_year) == {"adult": 2, "young": 1}  # the curator too
    assert {e.mediator.id for e in roster.roster_view(school, this_year)} == {
        curator,
        adult,
        young,
    }


def test_the_year_they_left_is_their_last(school):
    leaving = ServiceYears((2022,), left_in=2024)
    adult = roster.add_mediator(school, Mediator("Агеева Марина Петровна", "adult"), leaving)
    assert roster.roster_counts(school, 2024)["adult"] == 1
    assert roster.roster_counts(school, 2025)["adult"] == 0
    assert roster.service_of(school, adult) == leaving
    # Editing the details without the years keeps the year they left.
    roster.update_mediator(
        school,
        adult,
        Mediator("Агеева Марина Петровна", "adult", position="психолог", years=(2022,)),
    )
    assert roster.service_of(school, adult).left_in == 2024


def test_the_years_to_show_run_from_the_first_to_this_one(school):
    roster.add_mediator(school, Mediator("Медведева Ольга Игоревна", "adult", years=(2021,)))
    curator_since = date.today().year  # the curator is listed from the service's first year
    assert roster.years_served(school, through=2024) == sorted(
        {2021, 2022, 2023, 2024, curator_since}
    )


def test_impossible_years_of_service_are_refused(school):
    person = Mediator("Агеева Марина Петровна", "adult")
    cases = [
        (ServiceYears((2024,), left_in=2023), "left_in", "не может быть раньше первого, 2024"),
        (ServiceYears((2024,), left_in=2031), "left_in", "не может быть в будущем"),
        (ServiceYears((2031,)), "since", "не может быть в будущем"),
        (ServiceYears(), "since", "с какого года"),
    ]
    for service, field, says in cases:
        with pytest.raises(ValidationError) as caught:
            roster.add_mediator(school, person, service, this_year=2026)
        assert says in caught.value.errors[field], caught.value.errors
    assert len(roster.list_mediators(school)) == 1  # only the curator


def test_the_statistics_count_those_serving_in_the_year(school):
    roster.add_mediator(school, Mediator("Медведева Ольга Игоревна", "adult", years=(2021,)))
    roster.add_mediator(
        school, Mediator("Лапин Роман Олегович", "adult"), ServiceYears((2021,), left_in=2022)
    )
    roster.add_mediator(school, Mediator("Жуков Матвей", "young", class_name="8В", years=(2022,)))
    payload = compute_payload(school, 2023, generated=date(2024, 1, 15))
    assert payload["mediators"] == {"adult": 1, "young": 1}
    payload = compute_payload(school, 2022, generated=date(2024, 1, 15))
    assert payload["mediators"] == {"adult": 2, "young": 1}


def test_an_older_roster_keeps_its_meaning_after_the_upgrade():
    """A vault kept with listed years only: whoever is missing from its latest year had left.

    2025 is the latest year anyone is listed in. Орлова served 2021–2023 and left; Комаров
    is listed for 2025 and serves on; Лебедева took 2022 off.
    """
    db = Database(memory=True)
    migrate(db, target=4)
    people = {"Орлова": (2021, 2022, 2023), "Комаров": (2024, 2025), "Лебедева": (2021, 2023, 2025)}
    ids = {}
    for name, years in people.items():
        ids[name] = db["mediators"].insert({"full_name": name, "kind": "adult"}).last_pk
        db["mediator_years"].insert_all({"mediator_id": ids[name], "year": y} for y in years)
    migrate(db)
    serving = {
        year: {m.full_name for m in roster.list_mediators(db, year)} for year in range(2021, 2028)
    }
    assert serving[2021] == {"Орлова", "Лебедева"}
    assert serving[2022] == {"Орлова"}
    assert serving[2023] == {"Орлова", "Лебедева"}
    assert serving[2024] == {"Комаров"}
    assert serving[2026] == serving[2027] == {"Комаров", "Лебедева"}


def test_details_edited_without_years_keep_the_years_and_the_leaving(school):
    leaving = ServiceYears((2021, 2023), left_in=2024)
    adult = roster.add_mediator(school, Mediator("Лапин Роман Олегович", "adult"), leaving)
    roster.update_mediator(school, adult, Mediator("Лапин Роман Олегович", "adult", position="ПДО"))
    assert roster.service_of(school, adult) == leaving
