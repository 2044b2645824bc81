"""Correcting a recorded program: a stage, the agreement's items, a newcomer; each audited with
its old and new values, and what a correction leaves blocked said, never silently removed."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from rsdesk.access import Desk
from rsdesk.domain.audit import FieldChange
from rsdesk.domain.programs import ProgramStart
from rsdesk.domain.refusals import InputRefused, PracticeRefused, RoleRefused
from rsdesk.domain.register import Participant
from rsdesk.procedures.steps import (
    AddParticipant,
    AgreementItems,
    StageCorrection,
    StageRecord,
    UndoStage,
)
from rsdesk.storage import audit, cases, events
from tests.helpers.procedures import families, start, trained, values_for, walk
from tests.helpers.world import TODAY, World, build, open_case

FIRST = TODAY - timedelta(days=10)  # the day the walk holds every stage on


def latest(world: World):
    return audit.entries(world.db)[0]


def mediation(world: World) -> tuple[Desk, int]:
    desk = world.desk(world.curator)
    return desk, start(desk, families(world), (world.adult,))


def test_a_corrected_meeting_changes_its_day_and_is_audited_with_old_and_new():
    world = trained(build())
    desk, program_id = mediation(world)
    progress = walk(desk, program_id, until="agreement", on=FIRST)
    [record] = progress.run.completions["joint_meeting"]
    later = FIRST + timedelta(days=2)
    values = {**record["values"], "date": later.isoformat(), "notes": "Договорились о правилах"}
    progress = desk.take_program_step(
        program_id, StageCorrection("joint_meeting", 0, values, reason="Перепутали день")
    )
    [record] = progress.run.completions["joint_meeting"]
    assert record["on"] == later.isoformat() and record["values"]["notes"]
    assert progress.run.stage_day("joint_meeting") == later
    assert [m["date"] for m in progress.run.meetings if m["stage"] == "joint_meeting"] == [
        later.isoformat()
    ]
    entry = latest(world)
    assert (entry.action, entry.reason) == (
        "correct_stage",
        "исправление этапа «Совместная встреча сторон»: Перепутали день",
    )
    assert entry.changes == (
        FieldChange("Дата встречи", "04.06.2024", "06.06.2024"),
        FieldChange(
            "Заметки медиатора (остаются в деле, никому не передаются)",
            "—",
            "Договорились о правилах",
        ),
    )
    case_id = progress.program.case_id
    meetings = [e.event_on for e in events.timeline(world.db, case_id) if e.kind == "meeting"]
    assert meetings == [later]
    history = progress.run.history[-1]
    assert history["event"] == "stage_corrected" and history["old"]["on"] == FIRST.isoformat()
    with pytest.raises(InputRefused) as early:
        before = {**values, "date": (FIRST - timedelta(days=1)).isoformat()}
        desk.take_program_step(program_id, StageCorrection("joint_meeting", 0, before, reason="?"))
    assert "после которого идёт этот" in early.value.fields["date"]


def test_a_correction_needs_a_reason_and_fits_the_stage_as_a_record_would():
    world = trained(build())
    desk, program_id = mediation(world)
    progress = walk(desk, program_id, until="agreement")
    values = dict(progress.run.completions["joint_meeting"][0]["values"])
    before = world.db.conn.total_changes
    with pytest.raises(InputRefused) as no_reason:
        desk.take_program_step(program_id, StageCorrection("joint_meeting", 0, values))
    assert set(no_reason.value.fields) == {"reason"}
    with pytest.raises(InputRefused) as empty:
        desk.take_program_step(
            program_id, StageCorrection("joint_meeting", 0, {**values, "attendees": []}, reason="x")
        )
    assert set(empty.value.fields) == {"attendees"}
    with pytest.raises(PracticeRefused, match="нет записи № 2"):
        desk.take_program_step(program_id, StageCorrection("joint_meeting", 1, values, reason="x"))
    assert world.db.conn.total_changes == before


def test_a_correction_that_breaks_a_later_stage_says_so_and_keeps_it():
    world = trained(build())
    desk, program_id = mediation(world)
    progress = walk(desk, program_id, until="agreement", on=FIRST)
    assert progress.blocked == ()
    joint = progress.run.completions["joint_meeting"][0]["values"]
    moved = {**joint, "date": (FIRST + timedelta(days=2)).isoformat()}
    progress = desk.take_program_step(
        program_id, StageCorrection("joint_meeting", 0, moved, reason="Встреча была позже")
    )
    assert progress.blocked == ()
    first = progress.run.completions["preliminary"][0]
    values = {**first["values"], "date": (FIRST + timedelta(days=3)).isoformat()}
    progress = desk.take_program_step(
        program_id, StageCorrection("preliminary", 0, values, reason="Встреча была позже")
    )
    assert progress.blocked == (
        (
            "Совместная встреча сторон",
            (
                "Дата этапа — 06.06.2024, а этап «Предварительная встреча с каждой стороной», "
                "после которого он идёт, проведён 07.06.2024.",
            ),
        ),
    )
    assert progress.run.completions["joint_meeting"]  # still recorded
    assert desk.program_view(program_id).progress.blocked == progress.blocked


def test_taking_back_the_closure_runs_the_program_again():
    world = trained(build())
    desk, program_id = mediation(world)
    progress = walk(desk, program_id)
    assert progress.program.status == "finished"
    progress = desk.take_program_step(
        program_id, UndoStage("closure", 0, reason="Завершили по ошибке")
    )
    assert (progress.program.status, progress.program.ended_on) == ("in_progress", None)
    assert progress.run.outcome is None and progress.run.current_stage().key == "closure"
    assert latest(world).action == "correct_stage"


def test_agreement_items_are_edited_and_each_item_kept_is_recorded():
    world = trained(build())
    desk, program_id = mediation(world)
    progress = walk(desk, program_id, until="follow_up")
    run = progress.run
    pupil, parent = list(run.participants)[:2]
    [old] = run.agreement_items
    items = (
        {"who": [pupil], "what": old["what"], "by": old["by"]},
        {"who": [pupil, parent], "what": "Вместе починить шкафчик", "by": "2024-06-30"},
    )
    progress = desk.take_program_step(program_id, AgreementItems(items, reason="Забыли пункт"))
    assert [i["what"] for i in progress.run.agreement_items] == [
        old["what"],
        "Вместе починить шкафчик",
    ]
    entry = latest(world)
    assert entry.action == "correct_agreement"
    assert entry.changes == (
        FieldChange(
            "Пункт 2",
            "—",
            "Вместе починить шкафчик (Петров Иван, Петрова Анна Сергеевна, до 30.06.2024)",
        ),
    )
    assert progress.run.completions["agreement"][0]["values"]["items"][1]["what"] == (
        "Вместе починить шкафчик"
    )
    values = values_for(run.procedure.stage("follow_up"), run, TODAY)
    progress = desk.take_program_step(
        program_id,
        StageRecord(
            "follow_up",
            {**values, "fulfilment": "partly"},
            item_fulfilment={0: "fulfilled", 1: "not_fulfilled"},
        ),
    )
    assert [i["status"] for i in progress.run.agreement_items] == ["fulfilled", "not_fulfilled"]
    assert progress.run.follow_up["fulfilment"] == "partly"
    follow_up_values = progress.run.completions["follow_up"][0]["values"]
    progress = desk.take_program_step(
        program_id,
        StageCorrection(
            "follow_up",
            0,
            follow_up_values,
            item_fulfilment={0: "fulfilled", 1: "partly"},
            reason="Уточнили у родителей",
        ),
    )
    assert [i["status"] for i in progress.run.agreement_items] == ["fulfilled", "partly"]
    assert latest(world).changes == (
        FieldChange("Выполнение пункта «Вместе починить шкафчик»", "не выполнен", "частично"),
    )
    # An edit keeps the fulfilment of the items whose text stays.
    progress = desk.take_program_step(
        program_id, AgreementItems(items[1:], reason="Первый пункт записали дважды")
    )
    assert [i["status"] for i in progress.run.agreement_items] == ["partly"]


def test_the_agreement_cannot_be_edited_before_it_is_recorded():
    world = trained(build())
    desk, program_id = mediation(world)
    walk(desk, program_id, until="agreement")
    with pytest.raises(PracticeRefused, match="ещё не записано"):
        desk.take_program_step(program_id, AgreementItems((), reason="Пусто"))


def start_without(desk: Desk, case_id: int, world: World, left_out: str) -> tuple[int, dict]:
    """A program of the case with everyone but `left_out`; the people by name."""
    form = desk.program_start_form(case_id)
    people = {p.full_name: p.id for p in form.people}
    taking_part = tuple(pid for name, pid in people.items() if name != left_out)
    represents = {k: v for k, v in form.represents.items() if k in taking_part}
    plan = ProgramStart(
        "restorative_mediation", (world.adult,), taking_part, TODAY, represents=represents
    )
    return desk.start_program(case_id, plan), people


def test_a_parent_learned_of_later_joins_and_the_joint_meeting_can_be_held():
    world = trained(build())
    desk = world.desk(world.curator)
    case_id = families(world)
    program_id, people = start_without(desk, case_id, world, "Сидоров Олег Николаевич")
    view = desk.program_view(program_id)
    assert [p.full_name for p in view.not_in_program] == ["Сидоров Олег Николаевич"]
    progress = walk(desk, program_id, until="joint_meeting")
    son = str(people["Сидоров Максим"])
    _allowed, reasons = progress.run.can_enter("joint_meeting")
    assert any(
        r.startswith(f"Участник «{son}» (пострадавший) — несовершеннолетний") for r in reasons
    )
    father = people["Сидоров Олег Николаевич"]
    with pytest.raises(PracticeRefused, match="уже есть в программе"):
        desk.take_program_step(program_id, AddParticipant(people["Петров Иван"]))
    with pytest.raises(InputRefused) as stranger:
        desk.take_program_step(program_id, AddParticipant(10_000))
    assert set(stranger.value.fields) == {"person_id"}
    with pytest.raises(InputRefused) as nobody:
        desk.take_program_step(program_id, AddParticipant(father, represents=10_000))
    assert set(nobody.value.fields) == {"represents"}
    progress = desk.take_program_step(program_id, AddParticipant(father, represents=int(son)))
    assert progress.run.participants[str(father)].represents == son
    assert progress.run.pending_participants("preliminary") == [str(father)]
    assert desk.program_view(program_id).not_in_program == ()
    assert latest(world).reason == "новый участник программы"
    progress = walk(desk, program_id, until="joint_meeting")
    assert progress.run.can_enter("joint_meeting") == (True, [])


def test_a_newcomer_holds_up_what_was_recorded_and_it_is_said():
    world = trained(build())
    desk = world.desk(world.curator)
    case_id = open_case(
        world.db,
        date(2024, 5, 6),
        "educational_conflict",
        [
            Participant("Петров Пётр Петрович", "party", False),
            Participant("Сидорова Анна Ивановна", "party", False),
            Participant("Классная Мария Львовна", "supporter", False),
        ],
        "Спор родителей в чате класса",
    )
    cases.assign_mediator(world.db, case_id, world.adult, "lead")
    program_id, people = start_without(desk, case_id, world, "Классная Мария Львовна")
    progress = walk(desk, program_id, until="agreement")
    assert progress.blocked == ()
    newcomer = people["Классная Мария Львовна"]
    progress = desk.take_program_step(program_id, AddParticipant(newcomer))
    [(title, reasons)] = progress.blocked
    assert title == "Совместная встреча сторон"
    assert len(reasons) == 1 and reasons[0].startswith(f"Нет согласия участника «{newcomer}»")
    assert progress.run.completions["joint_meeting"]  # still recorded


def test_the_closures_day_is_corrected_and_the_agreement_edited_until_the_case_closes():
    world = trained(build())
    desk, program_id = mediation(world)
    progress = walk(desk, program_id, on=FIRST)
    assert progress.program.ended_on == FIRST
    closure = progress.run.completions["closure"][0]["values"]
    later = FIRST + timedelta(days=4)
    progress = desk.take_program_step(
        program_id, StageCorrection("closure", 0, closure, on=later, reason="Отчёт отдали позже")
    )
    assert (progress.program.ended_on, progress.program.outcome) == (
        later,
        "completed_with_agreement",
    )
    assert latest(world).changes == (FieldChange("Дата", "04.06.2024", "08.06.2024"),)
    items = tuple(
        {k: v for k, v in i.items() if k != "status"} for i in progress.run.agreement_items
    )
    changed = ({**items[0], "what": "Извиниться при классе"},)
    progress = desk.take_program_step(program_id, AgreementItems(changed, reason="Уточнили"))
    assert progress.run.agreement_items[0]["what"] == "Извиниться при классе"
    desk.close_case(progress.program.case_id, TODAY)
    with pytest.raises(RoleRefused):
        desk.take_program_step(program_id, AgreementItems(items, reason="Вернуть как было"))
