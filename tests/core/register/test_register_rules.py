"""Validation in Russian beside each field, the transfer rule, and who may lead what."""

from __future__ import annotations

from datetime import date

import pytest

from rsdesk.domain.leading import may_lead
from rsdesk.domain.register import Mediator, Participant, ProgramSummary, TrainingRecord
from rsdesk.domain.rules import (
    parse_date,
    transfer_reasons,
    validate_program,
    validate_request,
)
from tests.helpers.register import TODAY, a_request, pupil


def test_a_good_request_has_no_errors():
    assert validate_request(a_request(), today=TODAY) == {}


def test_every_problem_is_reported_beside_its_field_in_russian():
    errors = validate_request(
        a_request(
            received_on=date(2024, 7, 1),
            source=None,
            category="",
            description="   ",
            participants=(pupil(role=None), Participant("", "victim", None)),
        ),
        today=TODAY,
    )
    assert errors == {
        "received_on": "Дата не может быть в будущем.",
        "source": "Выберите, от кого поступила заявка.",
        "category": "Выберите категорию ситуации.",
        "description": "Кратко опишите ситуацию.",
        "participants.0.role": "Выберите роль участника.",
        "participants.1.full_name": "Укажите имя участника.",
        "participants.1.is_minor": "Укажите, несовершеннолетний участник или взрослый.",
    }


def test_missing_date_and_participants():
    errors = validate_request(a_request(received_on=None, participants=()), today=TODAY)
    assert errors["received_on"] == "Укажите дату."
    assert errors["participants"] == "Добавьте хотя бы одного участника."


def test_ages_and_classes_are_checked():
    errors = validate_request(
        a_request(
            participants=(
                Participant("Орлов Лев", "party", True, class_name="7Б", age=19),
                Participant("Орлова Вера Ивановна", "legal_representative", False, age=12),
                Participant("Ильин Марк", "party", True, class_name="седьмой"),
            )
        ),
        today=TODAY,
    )
    assert errors == {
        "participants.0.age": "Несовершеннолетнему от 0 до 17 лет.",
        "participants.1.age": "Взрослому 18 лет или больше.",
        "participants.2.class_name": "Запишите класс так: 7Б.",
    }


@pytest.mark.parametrize("text", ["31.02.2024", "2024-13-01", "вчера", ""])
def test_impossible_dates_are_refused_in_russian(text):
    with pytest.raises(ValueError, match="существующую дату"):
        parse_date(text)


def test_dates_are_read_in_russian_and_iso_form():
    assert parse_date("04.03.2024") == parse_date("2024-03-04") == date(2024, 3, 4)


def test_program_dates_and_outcome():
    program = ProgramSummary(
        case_id=1,
        program_type="restorative_mediation",
        status="finished",
        started_on=date(2024, 3, 10),
        ended_on=date(2024, 3, 1),
        outcome=None,
        participants_adults=1,
    )
    errors = validate_program(program, today=TODAY)
    assert errors == {
        "ended_on": "Окончание не может быть раньше начала.",
        "outcome": "Выберите, чем завершилась программа.",
    }


@pytest.mark.parametrize(
    ("kind", "category", "roles", "expected"),
    [
        ("school", "educational_conflict", ["party", "party"], ()),
        ("school", "crime", ["offender", "victim"], ("territorial_category",)),
        ("school", "socially_dangerous_act", ["offender"], ("territorial_category",)),
        ("school", "administrative_offence", ["offender"], ("territorial_category",)),
        ("school", "multilevel_conflict", ["party", "administration"], ("administration_party",)),
        (
            "school",
            "crime",
            ["administration", "offender"],
            ("territorial_category", "administration_party"),
        ),
        ("territorial", "crime", ["administration", "offender"], ()),
    ],
)
def test_school_transfer_rule(kind, category, roles, expected):
    people = [Participant(f"Участник {i}", role, False) for i, role in enumerate(roles)]
    assert transfer_reasons(kind, category, people) == expected


ADULT = Mediator("Кузнецова Ольга Павловна", "adult", id=1)
YOUNG = Mediator("Титов Глеб", "young", class_name="8А", id=2)


def modules(*names: str) -> list[TrainingRecord]:
    return [TrainingRecord("module", date(2023, 1, 1), 36, module=m) for m in names]


def test_adults_need_the_module_of_the_program_and_m4_for_offences():
    assert may_lead(ADULT, modules("M1"), "restorative_mediation").ok
    circle = may_lead(ADULT, modules("M1"), "circle_reconciliation")
    assert circle.allowed and circle.missing_modules == ("M2",)
    assert circle.reasons == ("не пройден модуль М2",)
    crime = may_lead(ADULT, modules("M1"), "restorative_mediation", "crime")
    assert crime.missing_modules == ("M4",)
    assert may_lead(ADULT, modules("M1", "M4"), "restorative_mediation", "crime").ok
    assert may_lead(ADULT, [], "preventive_program").ok
    assert may_lead(ADULT, modules("M5"), "family_conference").ok
    assert may_lead(ADULT, [], "school_parent_council").missing_modules == ("M7",)


def test_young_mediators_only_with_their_program_and_only_peer_mediation():
    trained = [TrainingRecord("young36", date(2023, 10, 5), 36)]
    assert may_lead(YOUNG, trained, "restorative_mediation", "educational_conflict").ok
    untrained = may_lead(YOUNG, [], "restorative_mediation")
    assert not untrained.allowed
    assert "36-часовую" in untrained.reasons[0]
    assert not may_lead(YOUNG, trained, "circle_reconciliation").allowed
    assert not may_lead(YOUNG, trained, "restorative_mediation", "family_violence").allowed
