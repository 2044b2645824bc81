"""Saving a request is one operation of the Desk: registered with its people, or corrected whole.

The request form hands over the request as it holds it; the Desk works out who was added,
changed or left out, in one transaction with one audit entry, so a correction can neither
half-succeed nor lose a person added in it.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from rsdesk.access import Desk, RoleRefused
from rsdesk.domain.changes import Change
from rsdesk.domain.register import Participant, Request, ValidationError
from rsdesk.storage.rows import NotFoundError
from tests.helpers.world import TODAY, World, build, pupil

PARENT = Participant("Ласточкина Лариса Петровна", "legal_representative", False)


def heard(desk: Desk) -> list[Change]:
    found: list[Change] = []
    desk.subscribe(found.append)
    return found


def actions(world: World, action: str) -> list[str]:
    return [e.label for e in world.desk(world.curator).audit_entries(action=action)]


def names(desk: Desk, request_id: int) -> list[str]:
    return [p.full_name for p in desk.get_request(request_id).participants]


def test_registering_stores_the_request_with_its_people_in_one_operation():
    world = build()
    desk = world.desk(world.adult)
    changes = heard(desk)
    request = Request(
        received_on=date(2024, 6, 3),
        source="teacher",
        category="educational_conflict",
        description="Спор в столовой",
        participants=(pupil("Новиков Никита"), PARENT),
    )
    request_id = desk.register_request(request)
    assert names(desk, request_id) == ["Новиков Никита", "Ласточкина Лариса Петровна"]
    assert [c.areas for c in changes] == [frozenset({"requests"})]
    assert actions(world, "register_request") == [desk.get_request(request_id).number]


def test_a_person_added_in_a_correction_is_kept():
    """«Изменить…» on a waiting request, a parent added, «Сохранить»: the parent stays."""
    world = build()
    desk = world.desk(world.adult)
    request = desk.get_request(world.waiting_request)
    changes = heard(desk)
    corrected = replace(
        request,
        description="Ждёт решения: уточнено",
        participants=(*request.participants, PARENT),
    )
    desk.correct_request(world.waiting_request, corrected)
    assert names(desk, world.waiting_request) == ["Ласточкина Лада", PARENT.full_name]
    assert desk.get_request(world.waiting_request).description == "Ждёт решения: уточнено"
    assert len(changes) == 1 and changes[0].touches("requests")
    assert actions(world, "change_request") == [request.number]


def test_people_are_added_changed_and_left_out_in_the_same_operation():
    world = build()
    desk = world.desk(world.curator)
    request_id = desk.register_request(
        Request(
            received_on=date(2024, 6, 3),
            source="teacher",
            category="educational_conflict",
            description="Ссора в раздевалке",
            participants=(pupil("Орлов Олег"), pupil("Петров Пётр"), pupil("Сидоров Семён")),
        )
    )
    orlov, petrov, _sidorov = desk.get_request(request_id).participants
    changes = heard(desk)
    desk.correct_request(
        request_id,
        replace(
            desk.get_request(request_id),
            participants=(replace(orlov, full_name="Орлов Олег Ильич"), PARENT, petrov),
        ),
    )
    stored = desk.get_request(request_id).participants
    assert [p.full_name for p in stored] == ["Орлов Олег Ильич", "Петров Пётр", PARENT.full_name]
    assert (stored[0].id, stored[1].id) == (orlov.id, petrov.id)  # changed, not replaced
    assert len(changes) == 1


def test_a_refused_correction_changes_nothing():
    world = build()
    desk = world.desk(world.curator)
    request = desk.get_request(world.waiting_request)
    changes = heard(desk)
    before = list(world.db.conn.iterdump())
    nameless = Participant("Без роли", None, False)
    with pytest.raises(ValidationError) as caught:
        desk.correct_request(
            world.waiting_request,
            replace(request, description="Другое", participants=(*request.participants, nameless)),
        )
    assert caught.value.errors == {"participants.1.role": "Выберите роль участника."}
    with pytest.raises(ValidationError) as caught:
        desk.correct_request(world.waiting_request, replace(request, participants=()))
    assert set(caught.value.errors) == {"participants"}
    assert list(world.db.conn.iterdump()) == before
    assert changes == []


def test_a_person_of_another_request_cannot_be_brought_in():
    world = build()
    desk = world.desk(world.curator)
    request = desk.get_request(world.waiting_request)
    someone_else = world.desk(world.curator).case_card(world.adult_case).request.participants[0]
    before = list(world.db.conn.iterdump())
    with pytest.raises(NotFoundError):
        desk.correct_request(
            world.waiting_request,
            replace(request, participants=(replace(someone_else, full_name="Подмена"),)),
        )
    assert [line for line in world.db.conn.iterdump() if "audit" not in line] == [
        line for line in before if "audit" not in line
    ]


def test_who_may_correct_a_request():
    world = build()
    adult, other = world.desk(world.adult), world.desk(world.other_adult)
    assert adult.may_correct_request(world.waiting_request)
    # A request with a case changes as its case does: only its mediators and the curator.
    request_id = adult.case_card(world.adult_case).request.id
    assert request_id is not None
    assert adult.may_correct_request(request_id)
    refusal = other.may_correct_request(request_id)
    assert not refusal and refusal.reason == "Вы не назначены на этот случай."
    with pytest.raises(RoleRefused):
        other.correct_request(request_id, adult.get_request(request_id))
    # A decided request without a case is part of the curator's decision.
    world.desk(world.curator).decline_request(
        world.waiting_request, decided_on=TODAY, reason="Не в ведении службы"
    )
    assert not adult.may_correct_request(world.waiting_request)
    with pytest.raises(RoleRefused):
        adult.correct_request(world.waiting_request, adult.get_request(world.waiting_request))


def test_each_decision_is_one_operation_with_what_it_records():
    world = build()
    curator = world.desk(world.curator)
    changes = heard(curator)
    case_id = curator.accept_request(
        world.waiting_request, decided_on=TODAY, category="community_problem", note="Берём"
    )
    assert len(changes) == 1 and changes[0].areas == {"requests", "cases"}
    request = curator.get_request(world.waiting_request)
    assert (request.status, request.decision_note) == ("accepted", "Берём")
    assert curator.reread_case_card(case_id).case.category == "community_problem"
    [entry] = curator.audit_entries(action="decide_request")
    assert (entry.label, entry.reason) == (request.number, "Берём")
