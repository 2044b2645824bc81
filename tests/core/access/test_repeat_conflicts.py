"""A request naming people already in an open or recent case is a possible repeat conflict;
each user learns of it only as far as they may see the other case."""

from __future__ import annotations

from datetime import date

import pytest

from rsdesk.access import RoleRefused
from rsdesk.domain.register import Participant, Request
from rsdesk.domain.repeats import RepeatCase, RepeatConflict
from tests.helpers.world import World, build, pupil


def number(world: World, case_id: int) -> str:
    return world.desk(world.curator).reread_case_card(case_id).case.number


def test_a_name_in_an_open_case_is_found_whatever_its_case_and_yo():
    world = build()
    desk = world.desk(world.curator)
    found = desk.repeat_conflicts(names=["  ВОРОБЬЕВ   виктор ", "Новенький Никита"])
    assert found == (
        RepeatConflict("ВОРОБЬЕВ виктор", (RepeatCase(number(world, world.adult_case), "open"),)),
    )
    assert desk.repeat_conflicts(names=["Воробьёв Вик"]) == ()  # whole names only
    assert desk.repeat_conflicts(names=[]) == ()


def test_a_case_closed_within_a_year_counts_and_an_older_one_does_not():
    world = build()
    world.desk(world.curator).close_case(world.adult_case, date(2024, 6, 10))
    names = ["Галкина Галина"]
    within = world.desk(world.curator, today=date(2025, 6, 10)).repeat_conflicts(names=names)
    assert within == (
        RepeatConflict(
            "Галкина Галина",
            (RepeatCase(number(world, world.adult_case), "closed", date(2024, 6, 10)),),
        ),
    )
    later = world.desk(world.curator, today=date(2025, 6, 11)).repeat_conflicts(names=names)
    assert later == ()


def test_a_deleted_case_and_the_requests_own_case_do_not_count():
    world = build()
    curator = world.desk(world.curator)
    own_request = curator.reread_case_card(world.adult_case).request.id
    assert curator.repeat_conflicts(own_request) == ()  # its people are in its own case only
    curator.delete_case(world.adult_case, "ошибочная запись")
    assert curator.repeat_conflicts(names=["Воробьёв Виктор"]) == ()


def test_a_stored_request_is_checked_by_its_participants():
    world = build()
    curator = world.desk(world.curator)
    request_id = curator.register_request(
        Request(
            received_on=date(2024, 6, 13),
            source="parent",
            category="bullying",
            description="Снова насмешки",
            participants=(pupil("Галкина Галина", "victim"), pupil("Новикова Нина")),
        )
    )
    [found] = curator.repeat_conflicts(request_id)
    assert found.full_name == "Галкина Галина"
    assert [case.number for case in found.cases] == [number(world, world.adult_case)]
    # The names a form holds while the request is corrected take the stored ones' place.
    assert curator.repeat_conflicts(request_id, names=["Новикова Нина"]) == ()


def test_an_adult_mediator_learns_the_number_of_their_own_cases_only():
    world = build()
    adult = world.desk(world.adult)  # leads the adult case, not the teacher's
    found = adult.repeat_conflicts(names=["Воробьёв Виктор", "Учителева Ульяна Ивановна"])
    assert found == (
        RepeatConflict(
            "Воробьёв Виктор", (RepeatCase(number(world, world.adult_case), "open"),), False
        ),
        RepeatConflict("Учителева Ульяна Ивановна", (), True),
    )
    assert number(world, world.teacher_case) not in repr(found)


def test_a_person_in_a_seen_and_an_unseen_case_is_both():
    world = build()
    curator = world.desk(world.curator)
    request_id = curator.register_request(
        Request(
            received_on=date(2024, 6, 12),
            source="teacher",
            category="educational_conflict",
            description="Опять спор",
            participants=(
                pupil("Соколов Семён"),
                Participant("Учителева Ульяна Ивановна", "teacher", False),
            ),
        )
    )
    case_id = curator.accept_request(request_id, decided_on=date(2024, 6, 12))
    curator.assign_mediator(case_id, world.adult, "lead")
    [found] = world.desk(world.adult).repeat_conflicts(names=["Соколов Семён"])
    assert [case.number for case in found.cases] == [number(world, case_id)]
    assert found.unseen  # also in the teacher case, which is Борисов's


def test_a_young_mediator_is_told_nothing():
    world = build()
    young = world.desk(world.young)
    with pytest.raises(RoleRefused):
        young.repeat_conflicts(names=["Канарейкин Кирилл"])
    with pytest.raises(RoleRefused):
        young.repeat_conflicts(world.waiting_request)
