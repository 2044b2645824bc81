"""The roster is corrected through the Desk: training records edited, not only deleted, and
every correction audited with its old and new values."""

from __future__ import annotations

from datetime import date

import pytest

from rsdesk.access import RoleRefused
from rsdesk.domain.audit import FieldChange, action_label
from rsdesk.domain.register import Mediator, TrainingRecord, ValidationError
from rsdesk.domain.roster import ServiceYears
from rsdesk.i18n import set_language
from tests.helpers.world import TODAY, World, build


@pytest.fixture(autouse=True)
def russian():
    set_language("ru")


def training(world: World, mediator_id: int) -> list[TrainingRecord]:
    entry = next(e for e in world.desk(world.curator).roster_view() if e.mediator.id == mediator_id)
    return list(entry.training)


def newest(world: World, action: str):
    return world.desk(world.curator).audit_entries(action=action)[0]


def test_the_curator_corrects_a_training_record_and_the_audit_keeps_both_values():
    world = build()
    desk = world.desk(world.curator)
    record_id = desk.add_training(
        world.adult, TrainingRecord("module", date(2024, 2, 1), 16, module="M1")
    )
    desk.update_training(
        record_id, TrainingRecord("module", date(2024, 2, 12), 36, module="M2", note="КРИПК")
    )
    (record,) = training(world, world.adult)
    assert (record.module, record.held_on, record.hours, record.note) == (
        "M2",
        date(2024, 2, 12),
        36,
        "КРИПК",
    )
    entry = newest(world, "correct_training")
    assert (entry.object_kind, entry.object_id) == ("mediator", world.adult)
    assert entry.changes == (
        FieldChange(
            "Обучение",
            "М1 восстановительная медиация и организация службы",
            "М2 групповые конфликты: круг сообщества",
        ),
        FieldChange("Дата", "01.02.2024", "12.02.2024"),
        FieldChange("Часы", "16", "36"),
        FieldChange("Примечание", "", "КРИПК"),
    )
    assert action_label("correct_training") == "исправление записи об обучении"
    assert world.desk(world.curator).verify_audit() == []


def test_a_correction_is_checked_like_a_new_record():
    world = build()
    desk = world.desk(world.curator)
    adult_id = desk.add_training(world.adult, TrainingRecord("supervision", date(2024, 2, 1), 2))
    young_id = desk.add_training(world.young, TrainingRecord("young36", date(2024, 2, 1), 36))
    before = len(desk.audit_entries())
    with pytest.raises(ValidationError) as caught:
        desk.update_training(adult_id, TrainingRecord("supervision", date(2024, 6, 15), 2))
    assert caught.value.errors == {"held_on": "Дата не может быть в будущем."}  # after TODAY
    with pytest.raises(ValidationError) as caught:
        desk.update_training(young_id, TrainingRecord("module", date(2024, 2, 1), 36, "M1"))
    assert "36-часовую программу" in caught.value.errors["kind"]
    assert [r.held_on for r in training(world, world.adult)] == [date(2024, 2, 1)]
    assert [r.kind for r in training(world, world.young)] == ["young36"]
    assert len(desk.audit_entries()) == before


def test_only_the_curator_corrects_the_roster():
    world = build()
    record_id = world.desk(world.curator).add_training(
        world.adult, TrainingRecord("supervision", date(2024, 2, 1), 2)
    )
    for user in (world.adult, world.young):
        with pytest.raises(RoleRefused):
            world.desk(user).update_training(
                record_id, TrainingRecord("supervision", date(2024, 2, 2), 3)
            )
    assert training(world, world.adult)[0].hours == 2


def test_a_deleted_record_is_named_in_the_audit():
    world = build()
    desk = world.desk(world.curator)
    record_id = desk.add_training(world.adult, TrainingRecord("seminar", date(2024, 3, 14), 3))
    desk.delete_training(record_id)
    assert training(world, world.adult) == []
    entry = newest(world, "delete_training")
    assert (entry.object_kind, entry.object_id) == ("mediator", world.adult)
    assert entry.changes == (
        FieldChange("Обучение", "ежемесячный семинар", ""),
        FieldChange("Дата", "14.03.2024", ""),
        FieldChange("Часы", "3", ""),
    )
    assert action_label("delete_training") == "удаление записи об обучении"


def test_leaving_the_service_is_a_correction_with_both_years():
    world = build()
    desk = world.desk(world.curator)
    other = next(m for m in desk.list_mediators() if m.id == world.other_adult)
    desk.update_mediator(world.other_adult, other, ServiceYears((2023,), left_in=2024))
    entry = newest(world, "change_roster")
    assert entry.changes == (
        FieldChange("Работает в службе с", "2024", "2023"),
        FieldChange("Последний год работы", "", "2024"),
    )
    assert [m.id for m in desk.list_mediators(2023) if m.id == world.other_adult]
    assert not [m.id for m in desk.list_mediators(2025) if m.id == world.other_adult]
    # A name typed anew is corrected too, but its old and new spelling are not kept.
    desk.update_mediator(
        world.other_adult, Mediator("Борисов Борис Ильич (ред.)", "adult", years=(2023,))
    )
    assert newest(world, "change_roster").changes == ()


def test_someone_added_without_years_serves_from_the_year_they_were_added():
    world = build()
    desk = world.desk(world.curator, today=date(2025, 9, 1))
    new = desk.add_mediator(Mediator("Петрова Пелагея Петровна", "adult"))
    assert [m.id for m in desk.list_mediators(2024) if m.id == new] == []
    assert [m.id for m in desk.list_mediators(2025) if m.id == new] == [new]
    assert [m.id for m in desk.list_mediators(2030) if m.id == new] == [new]
    assert TODAY.year in desk.roster_years()
