"""The request of an accepted case, corrected through the request's own door.

A request with a case changes as its case does: whichever form saves it, nobody a program
recorded is removed or recounted, the school service's transfer rule is checked again for
the category and the people, and the audit entry keeps the old and the new values.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from rsdesk.access import Desk, RoleRefused
from rsdesk.domain.audit import FieldChange
from rsdesk.domain.programs import ProgramStart
from rsdesk.domain.refusals import PracticeRefused
from rsdesk.domain.register import Participant, Request, ValidationError
from tests.helpers.world import TODAY, World, build

PARENT = Participant("Воробьёва Вера Павловна", "legal_representative", False)
DIRECTOR = Participant("Директорова Дина Петровна", "administration", False)


def request_of(desk: Desk, world: World) -> tuple[int, Request]:
    request = desk.reread_case_card(world.adult_case).request
    assert request.id is not None
    return request.id, request


def started(desk: Desk, world: World) -> int:
    """A program with all the case's people taking part, run by the case's lead."""
    people = desk.program_start_form(world.adult_case).people
    start = ProgramStart(
        "restorative_mediation",
        (world.adult,),
        tuple(p.id for p in people if p.id is not None),
        TODAY,
    )
    return desk.start_program(world.adult_case, start)


def dump(world: World) -> list[str]:
    return [line for line in world.db.conn.iterdump() if "audit" not in line]


def entries(world: World, action: str):
    return [e for e in world.desk(world.curator).audit_entries() if e.action == action]


# --- the people a program recorded -------------------------------------------------------------


def test_a_person_a_program_recorded_is_not_removed_through_the_request():
    world = build()
    desk = world.desk(world.curator)
    started(desk, world)
    request_id, request = request_of(desk, world)
    boy, _girl = request.participants
    before = dump(world)
    with pytest.raises(PracticeRefused) as refused:
        desk.correct_request(request_id, replace(request, participants=(boy, PARENT)))
    # The very words the card's participant editor gets: one rule behind both doors.
    assert refused.value.message == (
        "Галкина Галина участвует в программе «восстановительная медиация», и это участие "
        "записано: удалить человека из случая нельзя."
    )
    assert dump(world) == before


def test_nor_is_their_role_or_age_group_changed_through_the_request():
    world = build()
    desk = world.desk(world.curator)
    started(desk, world)
    request_id, request = request_of(desk, world)
    boy, girl = request.participants
    with pytest.raises(PracticeRefused) as refused:
        desk.correct_request(
            request_id, replace(request, participants=(boy, replace(girl, role="party")))
        )
    assert "Галкина Галина" in refused.value.message and "роль" in refused.value.message
    desk.correct_request(
        request_id, replace(request, participants=(boy, replace(girl, class_name="7А")))
    )
    assert desk.reread_case_card(world.adult_case).request.participants[1].class_name == "7А"


# --- the transfer rule -------------------------------------------------------------------------


def test_the_administration_as_a_party_needs_the_curator_through_the_request_too():
    world = build()
    curator = world.desk(world.curator)
    request_id, request = request_of(curator, world)
    with_director = replace(request, participants=(*request.participants, DIRECTOR))
    before = dump(world)
    with pytest.raises(RoleRefused) as refused:
        world.desk(world.adult).correct_request(request_id, with_director)
    assert "куратор" in refused.value.message
    with pytest.raises(PracticeRefused) as refused:
        curator.correct_request(request_id, with_director)
    assert "территориальн" in refused.value.message
    with pytest.raises(ValidationError) as invalid:
        curator.correct_request(request_id, with_director, despite_warnings=True, reason=" ")
    assert set(invalid.value.errors) == {"reason"}
    assert dump(world) == before
    curator.correct_request(
        request_id, with_director, despite_warnings=True, reason="директор согласен на медиацию"
    )
    card = curator.reread_case_card(world.adult_case)
    assert [p.full_name for p in card.request.participants][-1] == DIRECTOR.full_name
    assert any("директор согласен на медиацию" in event.note for event in card.timeline)
    [entry] = entries(world, "change_request")
    assert entry.reason == "директор согласен на медиацию"
    assert entry.changes == (
        FieldChange("Участник", "", "Директорова Дина Петровна — администрация, взрослый"),
    )


def test_an_offence_named_in_the_request_needs_the_curators_confirmation():
    world = build()
    curator = world.desk(world.curator)
    request_id, request = request_of(curator, world)
    as_crime = replace(request, category="crime")
    with pytest.raises(PracticeRefused):
        curator.correct_request(request_id, as_crime, reason="выяснилось")
    assert curator.reread_case_card(world.adult_case).case.category == "bullying"
    curator.correct_request(
        request_id, as_crime, reason="стороны просят остаться в школе", despite_warnings=True
    )
    card = curator.reread_case_card(world.adult_case)
    # The case is what the service works on and what the statistics count: it follows.
    assert (card.case.category, card.request.category) == ("crime", "crime")
    [entry] = entries(world, "change_request")
    assert entry.changes == (
        FieldChange(
            "Категория",
            "травля (буллинг) со стороны сверстников или педагогов",
            "преступление несовершеннолетнего",
        ),
    )


# --- the request's own fields ------------------------------------------------------------------


def test_a_parent_learned_of_later_joins_through_the_request_with_old_and_new_values():
    world = build()
    desk = world.desk(world.adult)
    request_id, request = request_of(desk, world)
    desk.correct_request(request_id, replace(request, participants=(*request.participants, PARENT)))
    names = [p.full_name for p in desk.reread_case_card(world.adult_case).request.participants]
    assert names == ["Воробьёв Виктор", "Галкина Галина", PARENT.full_name]
    [entry] = entries(world, "change_request")
    assert (entry.object_kind, entry.object_id) == ("case", world.adult_case)
    assert entry.changes == (
        FieldChange(
            "Участник",
            "",
            "Воробьёва Вера Павловна — родитель или законный представитель, взрослый",
        ),
    )


def test_the_record_of_an_accepted_case_changes_with_a_reason():
    world = build()
    desk = world.desk(world.adult)
    request_id, request = request_of(desk, world)
    corrected = replace(request, description="Насмешки в чате", referrer="социальный педагог")
    with pytest.raises(ValidationError) as invalid:
        desk.correct_request(request_id, corrected)
    assert set(invalid.value.errors) == {"reason"}
    desk.correct_request(request_id, corrected, reason="уточнили у классного руководителя")
    assert desk.reread_case_card(world.adult_case).request.description == "Насмешки в чате"
    [entry] = entries(world, "change_request")
    assert entry.reason == "уточнили у классного руководителя"
    assert entry.changes == (
        FieldChange("Направившая организация", "классный руководитель", "социальный педагог"),
        FieldChange("Описание", "Систематические насмешки: КАНАРЕЙКА-3", "Насмешки в чате"),
    )


def test_the_request_cannot_come_in_after_its_case_was_opened():
    world = build()
    desk = world.desk(world.curator)
    request_id, request = request_of(desk, world)  # received and accepted on 06.03.2024
    before = dump(world)
    with pytest.raises(ValidationError) as invalid:
        desk.correct_request(
            request_id, replace(request, received_on=date(2024, 3, 8)), reason="опечатка"
        )
    assert invalid.value.errors == {
        "received_on": "Заявка не могла поступить позже 06.03.2024: в этот день по случаю "
        "уже есть запись."
    }
    assert dump(world) == before
    desk.correct_request(
        request_id, replace(request, received_on=date(2024, 3, 4)), reason="опечатка в дате"
    )
    [entry] = entries(world, "change_request")
    assert entry.changes == (FieldChange("Дата поступления", "06.03.2024", "04.03.2024"),)


def test_saving_the_request_unchanged_writes_nothing():
    world = build()
    desk = world.desk(world.adult)
    request_id, request = request_of(desk, world)
    before = dump(world)
    desk.correct_request(request_id, request)
    assert dump(world) == before
    assert entries(world, "change_request") == []
