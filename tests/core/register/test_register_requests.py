"""Requests: registered whole or not at all; accepted, declined or transferred; participants."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from rsdesk.domain.register import Participant, ValidationError
from rsdesk.storage import requests as rq
from rsdesk.storage.cases import get_case
from rsdesk.storage.events import request_timeline, timeline
from tests.helpers.register import TODAY, a_request, pupil


def counts(db):
    return {t: db[t].count for t in ("requests", "participants", "events", "cases")}


def test_register_stores_request_participants_and_event(school):
    request_id = rq.register_request(school, a_request(), today=TODAY)
    stored = rq.get_request(school, request_id)
    assert stored.number == "2024-001"
    assert stored.status == "registered"
    assert [p.full_name for p in stored.participants] == ["Волков Артём", "Зайцева Алина"]
    assert [e.kind for e in request_timeline(school, request_id)] == ["registered"]
    assert rq.register_request(school, a_request(), today=TODAY) != request_id
    assert rq.list_requests(school, year=2024)[0].number == "2024-002"


def test_bad_input_saves_nothing(school):
    before = counts(school)
    with pytest.raises(ValidationError) as caught:
        rq.register_request(school, a_request(participants=(pupil(role=None),)), today=TODAY)
    assert caught.value.errors == {"participants.0.role": "Выберите роль участника."}
    assert counts(school) == before


def test_a_failure_midway_rolls_everything_back(school, monkeypatch):
    before = counts(school)

    def failing(*args, **kwargs):
        raise RuntimeError("disk trouble")

    monkeypatch.setattr(rq, "record_event", failing)
    with pytest.raises(RuntimeError):
        rq.register_request(school, a_request(), today=TODAY)
    assert counts(school) == before


def test_accept_opens_a_case_with_the_request_number(school):
    request_id = rq.register_request(school, a_request(), today=TODAY)
    case_id = rq.accept_request(school, request_id, decided_on=date(2024, 3, 5), today=TODAY)
    case = get_case(school, case_id)
    assert (case.number, case.status, case.category) == ("2024-001", "open", "educational_conflict")
    assert [e.kind for e in timeline(school, case_id)] == ["registered", "decided"]
    with pytest.raises(ValidationError) as again:
        rq.decline_request(school, request_id, decided_on=date(2024, 3, 6), reason="x", today=TODAY)
    assert again.value.errors == {"decision": "По этой заявке решение уже принято."}


def test_the_decision_cannot_precede_the_request(school):
    request_id = rq.register_request(school, a_request(), today=TODAY)
    with pytest.raises(ValidationError) as caught:
        rq.accept_request(school, request_id, decided_on=date(2024, 3, 1), today=TODAY)
    assert caught.value.errors["decided_on"].startswith("Решение не может быть принято раньше")
    assert "04.03.2024" in caught.value.errors["decided_on"]


def test_decline_needs_a_reason(school):
    request_id = rq.register_request(school, a_request(), today=TODAY)
    with pytest.raises(ValidationError) as caught:
        rq.decline_request(school, request_id, decided_on=date(2024, 3, 5), reason=" ", today=TODAY)
    assert caught.value.errors == {"decline_reason": "Укажите причину отказа."}
    rq.decline_request(
        school, request_id, decided_on=date(2024, 3, 5), reason="Стороны отказались", today=TODAY
    )
    stored = rq.get_request(school, request_id)
    assert (stored.status, stored.decline_reason) == ("declined", "Стороны отказались")
    assert school["cases"].count == 0


def test_a_school_service_is_told_to_transfer_an_offence(school):
    offence = a_request(
        category="administrative_offence", participants=(pupil("Титов Кирилл", "offender"),)
    )
    request_id = rq.register_request(school, offence, today=TODAY)
    assert rq.transfer_warnings(school, request_id) == ("territorial_category",)
    with pytest.raises(ValidationError) as caught:
        rq.accept_request(school, request_id, decided_on=date(2024, 3, 5), today=TODAY)
    assert "территориальную службу" in caught.value.errors["decision"]
    rq.transfer_request(
        school,
        request_id,
        decided_on=date(2024, 3, 5),
        destination="ТСП г. Белово",
        note="Куратор согласна с передачей",
        today=TODAY,
    )
    stored = rq.get_request(school, request_id)
    assert stored.status == "transferred"
    assert stored.transferred_to == "ТСП г. Белово"
    assert stored.warnings == ("territorial_category",)
    assert stored.decision_note == "Куратор согласна с передачей"


def test_the_curator_may_keep_a_case_and_that_is_recorded(school):
    people = (pupil(), Participant("Лапина Вера Олеговна", "administration", False))
    request_id = rq.register_request(school, a_request(participants=people), today=TODAY)
    case_id = rq.accept_request(
        school,
        request_id,
        decided_on=date(2024, 3, 5),
        accept_despite_warnings=True,
        note="Администрация согласна на школьную конференцию",
        today=TODAY,
    )
    stored = rq.get_request(school, request_id)
    assert stored.warnings == ("administration_party",)
    assert stored.decision_note.startswith("Администрация согласна")
    assert get_case(school, case_id).status == "open"


def test_a_territorial_service_is_not_warned(territorial):
    request_id = rq.register_request(territorial, a_request(category="crime"), today=TODAY)
    assert rq.transfer_warnings(territorial, request_id) == ()
    rq.accept_request(territorial, request_id, decided_on=date(2024, 3, 5), today=TODAY)


def test_a_correction_adds_changes_and_removes_participants_at_once(school):
    request_id = rq.register_request(school, a_request(), today=TODAY)
    volkov, zaitseva = rq.get_request(school, request_id).participants
    parent = Participant("Волкова Анна Сергеевна", "legal_representative", False, age=40)
    people = (replace(volkov, role="offender"), parent)
    rq.correct_request(school, request_id, a_request(participants=people), today=TODAY)
    stored = rq.get_request(school, request_id).participants
    assert [(p.full_name, p.role) for p in stored] == [
        ("Волков Артём", "offender"),
        ("Волкова Анна Сергеевна", "legal_representative"),
    ]
    assert stored[0].id == volkov.id and zaitseva.id not in {p.id for p in stored}
    before = counts(school)
    with pytest.raises(ValidationError) as caught:
        rq.correct_request(
            school,
            request_id,
            a_request(participants=(*stored, Participant("Кто-то", None, False))),
            today=TODAY,
        )
    assert caught.value.errors == {"participants.2.role": "Выберите роль участника."}
    with pytest.raises(ValidationError):
        rq.correct_request(school, request_id, a_request(participants=()), today=TODAY)
    assert counts(school) == before
