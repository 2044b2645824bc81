"""Correcting an accepted case: its people, its description and category, its mediators.

Each correction is one operation of the Desk with one audit entry that keeps the old and the
new values; the young mediators' limits and the school service's transfer rule hold after it.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from rsdesk.access import Desk, RoleRefused
from rsdesk.domain.audit import FieldChange
from rsdesk.domain.programs import ProgramStart
from rsdesk.domain.refusals import PracticeRefused
from rsdesk.domain.register import Participant, ValidationError
from rsdesk.storage import cases
from tests.helpers.world import TODAY, World, build

PARENT = Participant("Воробьёва Вера Павловна", "legal_representative", False)


def people_of(desk: Desk, case_id: int) -> tuple[Participant, ...]:
    return desk.reread_case_card(case_id).request.participants


def last_entry(world: World, action: str):
    found = [e for e in world.desk(world.curator).audit_entries() if e.action == action]
    assert found, f"no {action} entry"
    return found[-1]


def started(world: World, desk: Desk, case_id: int, who: int) -> int:
    """A program the guide runs, started with all the case's people taking part."""
    people = desk.program_start_form(case_id).people
    start = ProgramStart(
        "restorative_mediation", (who,), tuple(p.id for p in people if p.id is not None), TODAY
    )
    return desk.start_program(case_id, start)


# --- participants ------------------------------------------------------------------------------


def test_a_parent_learned_of_later_joins_the_accepted_case():
    world = build()
    desk = world.desk(world.adult)  # the lead of the case
    before = people_of(desk, world.adult_case)
    desk.correct_participants(world.adult_case, (*before, PARENT))
    after = people_of(desk, world.adult_case)
    assert [p.full_name for p in after] == [
        "Воробьёв Виктор",
        "Галкина Галина",
        "Воробьёва Вера Павловна",
    ]
    assert after[2].id is not None and after[2].role == "legal_representative"
    entry = last_entry(world, "change_participants")
    assert entry.object_id == world.adult_case and entry.label == "2024-003"
    assert entry.changes == (
        FieldChange(
            "Участник",
            "",
            "Воробьёва Вера Павловна — родитель или законный представитель, взрослый",
        ),
    )


def test_a_mistyped_name_is_corrected_and_a_stranger_removed_with_old_and_new_values():
    world = build()
    desk = world.desk(world.curator)
    boy, girl = people_of(desk, world.adult_case)
    fixed = replace(boy, full_name="Воробьёв Виталий", age=12)
    desk.correct_participants(world.adult_case, (fixed,), reason="опечатка в имени")
    assert [p.full_name for p in people_of(desk, world.adult_case)] == ["Воробьёв Виталий"]
    entry = last_entry(world, "change_participants")
    assert entry.reason == "опечатка в имени"
    assert entry.changes == (
        FieldChange(
            "Участник",
            "Воробьёв Виктор — сторона конфликта, несовершеннолетний, 7Б, возраст 13",
            "Воробьёв Виталий — сторона конфликта, несовершеннолетний, 7Б, возраст 12",
        ),
        FieldChange(
            "Участник", "Галкина Галина — пострадавший, несовершеннолетний, 7Б, возраст 13", ""
        ),
    )
    assert girl.id not in {p.id for p in people_of(desk, world.adult_case)}


def test_saving_the_same_people_changes_nothing_and_writes_no_entry():
    world = build()
    desk = world.desk(world.curator)
    desk.correct_participants(world.adult_case, people_of(desk, world.adult_case))
    assert not [
        e for e in world.desk(world.curator).audit_entries() if e.action == "change_participants"
    ]


def test_a_person_taking_part_in_a_program_cannot_be_removed():
    world = build()
    desk = world.desk(world.curator)
    started(world, desk, world.adult_case, world.adult)
    boy, girl = people_of(desk, world.adult_case)
    with pytest.raises(PracticeRefused) as refused:
        desk.correct_participants(world.adult_case, (boy, PARENT))
    assert refused.value.message == (
        "Галкина Галина участвует в программе «восстановительная медиация», и это участие "
        "записано: удалить человека из случая нельзя."
    )
    assert people_of(desk, world.adult_case) == (boy, girl)  # the parent was not added either


def test_nor_can_the_role_or_age_group_of_a_program_participant_change():
    world = build()
    desk = world.desk(world.curator)
    started(world, desk, world.adult_case, world.adult)
    boy, girl = people_of(desk, world.adult_case)
    with pytest.raises(PracticeRefused) as refused:
        desk.correct_participants(world.adult_case, (boy, replace(girl, role="party")))
    assert "роль" in refused.value.message and "Галкина Галина" in refused.value.message
    # Her name and class are still corrected.
    desk.correct_participants(world.adult_case, (boy, replace(girl, class_name="7А")))
    assert people_of(desk, world.adult_case)[1].class_name == "7А"


def test_the_form_errors_come_back_by_row_and_field():
    world = build()
    desk = world.desk(world.curator)
    boy, girl = people_of(desk, world.adult_case)
    with pytest.raises(ValidationError) as refused:
        desk.correct_participants(world.adult_case, (boy, replace(girl, full_name=" ")))
    assert refused.value.errors == {"participants.1.full_name": "Укажите имя участника."}
    with pytest.raises(ValidationError) as refused:
        desk.correct_participants(world.adult_case, ())
    assert "participants" in refused.value.errors


def test_a_person_of_another_request_is_not_taken_over():
    world = build()
    desk = world.desk(world.curator)
    stranger = people_of(desk, world.teacher_case)[0]
    with pytest.raises(Exception):  # noqa: B017 - NotFoundError, whatever its kind
        desk.correct_participants(world.adult_case, (stranger,))
    assert stranger in people_of(desk, world.teacher_case)


def test_a_young_mediators_case_takes_a_parent_but_not_an_adult_party():
    world = build()
    young = world.desk(world.young)
    people = people_of(young, world.young_case)
    parent = Participant("Канарейкина Клара", "legal_representative", False)
    young.correct_participants(world.young_case, (*people, parent))
    assert len(people_of(young, world.young_case)) == 3
    teacher = Participant("Строгова Софья Ивановна", "teacher", False)
    with pytest.raises(RoleRefused) as refused:
        young.correct_participants(world.young_case, (*people, parent, teacher))
    assert "взрослый" in refused.value.message.lower()
    assert len(people_of(young, world.young_case)) == 3


def test_the_administration_as_a_party_asks_the_curator_to_keep_the_case():
    world = build()
    curator = world.desk(world.curator)
    people = people_of(curator, world.adult_case)
    director = Participant("Директорова Дина Петровна", "administration", False)
    assert curator.correction_warnings(world.adult_case, participants=(*people, director)) == (
        "administration_party",
    )
    with pytest.raises(RoleRefused) as refused:
        world.desk(world.adult).correct_participants(world.adult_case, (*people, director))
    assert "куратор" in refused.value.message
    with pytest.raises(PracticeRefused) as refused:
        curator.correct_participants(world.adult_case, (*people, director))
    assert "территориальн" in refused.value.message
    with pytest.raises(ValidationError):
        curator.correct_participants(
            world.adult_case, (*people, director), despite_warnings=True, reason=" "
        )
    curator.correct_participants(
        world.adult_case,
        (*people, director),
        despite_warnings=True,
        reason="директор согласен на медиацию",
    )
    assert len(people_of(curator, world.adult_case)) == 3
    assert last_entry(world, "change_participants").reason == "директор согласен на медиацию"
    notes = [e.note for e in curator.reread_case_card(world.adult_case).timeline]
    assert any("директор согласен на медиацию" in note for note in notes)


def test_a_closed_case_is_corrected_only_after_reopening():
    world = build()
    curator = world.desk(world.curator)
    curator.close_case(world.adult_case, date(2024, 6, 10))
    with pytest.raises(RoleRefused):
        curator.correct_participants(
            world.adult_case, (*people_of(curator, world.adult_case), PARENT)
        )


# --- description and category ---------------------------------------------------------------


def test_description_and_category_are_corrected_with_a_reason():
    world = build()
    desk = world.desk(world.adult)
    with pytest.raises(ValidationError) as refused:
        desk.correct_case(
            world.adult_case, description="Насмешки", category="educational_conflict", reason=""
        )
    assert "reason" in refused.value.errors
    desk.correct_case(
        world.adult_case,
        description="Насмешки на переменах и в чате",
        category="educational_conflict",
        reason="уточнили на предварительной встрече",
    )
    card = desk.reread_case_card(world.adult_case)
    assert card.case.category == "educational_conflict"
    assert card.request.description == "Насмешки на переменах и в чате"
    entry = last_entry(world, "correct_case")
    assert entry.reason == "уточнили на предварительной встрече"
    assert entry.changes == (
        FieldChange(
            "Описание", "Систематические насмешки: КАНАРЕЙКА-3", "Насмешки на переменах и в чате"
        ),
        FieldChange(
            "Категория",
            "травля (буллинг) со стороны сверстников или педагогов",
            "конфликт между участниками образовательных отношений, в том числе групповой",
        ),
    )


def test_an_empty_description_or_unknown_category_is_refused():
    world = build()
    desk = world.desk(world.curator)
    with pytest.raises(ValidationError) as refused:
        desk.correct_case(world.adult_case, description=" ", category="nonsense", reason="так")
    assert set(refused.value.errors) == {"description", "category"}


def test_an_offence_in_a_school_service_needs_the_curators_confirmation():
    world = build()
    curator = world.desk(world.curator)
    assert curator.correction_warnings(world.adult_case, category="crime") == (
        "territorial_category",
    )
    assert curator.correction_warnings(world.adult_case, category="other") == ()
    with pytest.raises(PracticeRefused):
        curator.correct_case(
            world.adult_case, description="Кража", category="crime", reason="выяснилось"
        )
    with pytest.raises(RoleRefused):
        world.desk(world.adult).correct_case(
            world.adult_case,
            description="Кража",
            category="crime",
            reason="выяснилось",
            despite_warnings=True,
        )
    curator.correct_case(
        world.adult_case,
        description="Кража",
        category="crime",
        reason="стороны просят остаться в школьной службе",
        despite_warnings=True,
    )
    assert curator.reread_case_card(world.adult_case).case.category == "crime"
    # The warning was confirmed once; the next correction does not ask again.
    assert curator.correction_warnings(world.adult_case, category="crime") == ()
    curator.correct_case(
        world.adult_case, description="Кража телефона", category="crime", reason="уточнение"
    )


def test_a_young_mediators_case_keeps_a_category_they_may_work_on():
    world = build()
    with pytest.raises(RoleRefused):
        world.desk(world.curator).correct_case(
            world.young_case, description="Травля", category="bullying", reason="уточнили"
        )


def test_set_category_keeps_the_transfer_rule_too():
    world = build()
    with pytest.raises(PracticeRefused):
        world.desk(world.curator).set_category(world.adult_case, "crime")
    world.desk(world.curator).set_category(world.adult_case, "other")
    entry = last_entry(world, "correct_case")
    assert entry.changes[0].field == "Категория"


# --- mediators ---------------------------------------------------------------------------------


def test_unassigning_is_its_own_entry_naming_the_mediator():
    world = build()
    curator = world.desk(world.curator)
    curator.unassign_mediator(world.young_case, world.young)
    assert [m.mediator_id for m in curator.reread_case_card(world.young_case).mediators] == [
        world.adult
    ]
    entry = last_entry(world, "unassign")
    assert entry.changes == (FieldChange("Медиатор", "Юдина Юлия (со-ведущий)", ""),)


def test_the_last_adult_beside_a_young_mediator_stays():
    world = build()
    with pytest.raises(RoleRefused) as refused:
        world.desk(world.curator).unassign_mediator(world.young_case, world.adult)
    assert "юный медиатор" in refused.value.message.lower()


def test_one_not_on_the_case_is_not_unassigned():
    world = build()
    with pytest.raises(ValidationError):
        world.desk(world.curator).unassign_mediator(world.adult_case, world.other_adult)


def test_the_only_facilitator_of_a_program_under_way_stays_on_the_case():
    world = build()
    curator = world.desk(world.curator)
    program_id = started(world, curator, world.adult_case, world.adult)
    with pytest.raises(PracticeRefused) as refused:
        curator.unassign_mediator(world.adult_case, world.adult)
    assert "Алексеева Анна Сергеевна" in refused.value.message
    # With a second facilitator on it, the first may leave; the program keeps the other one.
    curator.assign_mediator(world.adult_case, world.other_adult, "co_lead")
    summary, _state = cases.program_record(world.db, program_id)
    cases.update_program(
        world.db, program_id, replace(summary, facilitator_ids=(world.adult, world.other_adult))
    )
    world.db.conn.commit()
    curator.unassign_mediator(world.adult_case, world.adult)
    assert cases.program_record(world.db, program_id)[0].facilitator_ids == (world.other_adult,)


# --- closing and reopening dates ---------------------------------------------------------------


def test_a_case_reopens_on_a_real_day():
    world = build()
    curator = world.desk(world.curator)
    curator.close_case(world.adult_case, date(2024, 6, 10))
    with pytest.raises(ValidationError) as refused:
        curator.reopen_case(world.adult_case, date(2024, 6, 20), reason="новые факты")
    assert refused.value.errors == {"reopened_on": "Дата не может быть в будущем."}
    with pytest.raises(ValidationError) as refused:
        curator.reopen_case(world.adult_case, date(2024, 6, 9), reason="новые факты")
    assert "reopened_on" in refused.value.errors
    curator.reopen_case(world.adult_case, date(2024, 6, 12), reason="новые факты")
    timeline = curator.reread_case_card(world.adult_case).timeline
    assert [e.event_on for e in timeline if e.kind == "reopened"] == [date(2024, 6, 12)]
