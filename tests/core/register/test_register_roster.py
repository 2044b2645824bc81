"""Roster: mediators, years served, training, and the may-lead matrix of the roster view."""

from __future__ import annotations

from datetime import date

import pytest

from rsdesk.domain.register import Mediator, TrainingRecord, ValidationError
from rsdesk.domain.roster import ServiceYears
from rsdesk.storage import roster
from rsdesk.storage.service import curator_id


def test_the_curator_is_on_the_roster_with_the_slot(school):
    (curator,) = roster.list_mediators(school)
    assert curator.is_curator and curator.kind == "adult"
    assert curator.slot_id == "slot-curator"
    assert curator.id == curator_id(school)
    assert curator.years == (date.today().year,)


def test_years_served_decide_the_roster_of_a_year(school):
    adult = roster.add_mediator(
        school,
        Mediator("Медведева Ольга Игоревна", "adult", position="социальный педагог"),
        ServiceYears((2022,), left_in=2023),
    )
    young = roster.add_mediator(
        school, Mediator("Жуков Матвей", "young", class_name="8В", years=(2023, 2024))
    )
    assert roster.roster_counts(school, 2023) == {"adult": 1, "young": 1}
    assert roster.roster_counts(school, 2024) == {"adult": 0, "young": 1}
    assert [m.id for m in roster.list_mediators(school, 2022)] == [adult]
    roster.set_years(school, young, (2024, 2025))
    assert roster.get_mediator(school, young).years == (2024, 2025)
    assert roster.roster_counts(school, 2023) == {"adult": 1, "young": 0}


def test_mediator_validation(school):
    with pytest.raises(ValidationError) as caught:
        roster.add_mediator(
            school, Mediator(" ", "young", class_name="восьмой", is_curator=True, years=(2024,))
        )
    assert caught.value.errors == {
        "full_name": "Укажите ФИО медиатора.",
        "is_curator": "Куратор — взрослый.",
        "class_name": "Запишите класс так: 7Б.",
    }


def test_training_records_and_their_checks(school):
    adult = roster.add_mediator(school, Mediator("Агеева Марина Петровна", "adult", years=(2024,)))
    young = roster.add_mediator(school, Mediator("Юдин Лев", "young", years=(2024,)))
    roster.add_training(school, adult, TrainingRecord("module", date(2023, 2, 1), 72, module="M1"))
    roster.add_training(school, adult, TrainingRecord("supervision", date(2024, 2, 1), 2))
    roster.add_training(school, young, TrainingRecord("young36", date(2023, 10, 1), 36))
    with pytest.raises(ValidationError) as caught:
        roster.add_training(school, young, TrainingRecord("module", date(2023, 2, 1), 72, "M1"))
    assert caught.value.errors == {
        "kind": "Юные медиаторы проходят 36-часовую программу, а не модули."
    }
    with pytest.raises(ValidationError) as caught:
        roster.add_training(school, adult, TrainingRecord("module", None, 0, module="M9"))
    assert set(caught.value.errors) == {"module", "held_on", "hours"}
    assert [t.kind for t in roster.training_of(school, adult)] == ["module", "supervision"]


def test_roster_view_shows_who_may_lead_what(school):
    adult = roster.add_mediator(school, Mediator("Агеева Марина Петровна", "adult", years=(2024,)))
    young = roster.add_mediator(school, Mediator("Юдин Лев", "young", years=(2024,)))
    for module in ("M1", "M2"):
        roster.add_training(
            school, adult, TrainingRecord("module", date(2023, 2, 1), 36, module=module)
        )
    roster.add_training(school, young, TrainingRecord("young36", date(2023, 10, 1), 36))
    view = {entry.mediator.id: entry for entry in roster.roster_view(school, 2024)}
    assert set(view) == {adult, young}
    assert view[adult].modules == {"M1", "M2"}
    assert view[adult].training_hours == 72
    assert view[adult].lead["circle_healing"].ok
    assert view[adult].lead["family_conference"].missing_modules == ("M5",)
    assert view[young].young_program
    assert view[young].lead["restorative_mediation"].ok
    assert not view[young].lead["school_conference"].allowed
    assert roster.lead_check(school, adult, "restorative_mediation", "crime").missing_modules == (
        "M4",
    )
