"""Real days: work entered late is dated when it happened, and counts in the year it ended."""

from __future__ import annotations

from datetime import date

import pytest

from rsdesk.access import Desk
from rsdesk.domain.programs import ProgramStart
from rsdesk.domain.refusals import InputRefused
from rsdesk.domain.register import Participant, Request
from rsdesk.procedures.steps import (
    Awareness,
    ConfidentialityException,
    Consent,
    Refusal,
    StageRecord,
)
from rsdesk.storage import cases, events, requests
from tests.helpers.procedures import ALL_EXPLAINED, trained
from tests.helpers.world import World, build, pupil

RECEIVED = date(2024, 9, 2)
ENTERED = date(2025, 1, 20)  # September's work typed in after the winter holidays


def autumn_case(world: World) -> int:
    """Two pupils and a mother, received on 2 September, led by Алексеева."""
    request_id = requests.register_request(
        world.db,
        Request(
            received_on=RECEIVED,
            source="teacher",
            category="educational_conflict",
            description="Ссора в раздевалке",
            participants=(
                pupil("Орлов Никита", "offender"),
                Participant("Орлова Вера Петровна", "legal_representative", False),
                pupil("Ершов Павел", "victim"),
                Participant("Ершова Анна Ильинична", "legal_representative", False),
            ),
        ),
        today=ENTERED,
    )
    case_id = requests.accept_request(
        world.db, request_id, decided_on=date(2024, 9, 3), today=ENTERED
    )
    cases.assign_mediator(world.db, case_id, world.adult, "lead")
    return case_id


def begin(desk: Desk, case_id: int, world: World) -> int:
    form = desk.program_start_form(case_id)
    people = tuple(p.id for p in form.people if p.id is not None)
    plan = ProgramStart(
        "restorative_mediation", (world.adult,), people, ENTERED, represents=dict(form.represents)
    )
    return desk.start_program(case_id, plan)


def september(desk: Desk, program_id: int) -> None:
    """Consent at each preliminary meeting, the joint meeting, the agreement, the check."""
    run = desk.program_view(program_id).progress.run
    desk.take_program_step(
        program_id,
        StageRecord("preparation", {"situation": "Толкнул в раздевалке"}, on=date(2024, 9, 4)),
    )
    for number, pid in enumerate(run.participants):
        day = date(2024, 9, 9 + number)
        desk.take_program_step(program_id, Awareness(pid, ALL_EXPLAINED, on=day))
        desk.take_program_step(program_id, Consent(pid, on=day))
        values = {"date": day.isoformat(), "ready_for_joint": True}
        desk.take_program_step(program_id, StageRecord("preliminary", values, pid))
    everyone = list(run.participants)
    joint = {"date": "2024-09-29", "attendees": everyone, "rules_agreed": True}
    desk.take_program_step(program_id, StageRecord("joint_meeting", joint))
    items = [{"who": everyone[:1], "what": "Извиниться перед Павлом", "by": "2024-10-05"}]
    agreement = {
        "date": "2024-09-29",
        "items": items,
        "follow_up_date": "2024-10-15",
        "signed": True,
    }
    desk.take_program_step(program_id, StageRecord("agreement", agreement))
    check = {"date": "2024-10-16", "fulfilment": "fulfilled"}
    desk.take_program_step(program_id, StageRecord("follow_up", check))


def test_a_program_entered_in_january_ends_in_september_and_counts_in_that_year():
    world = trained(build())
    desk = world.desk(world.curator, ENTERED)
    case_id = autumn_case(world)
    program_id = begin(desk, case_id, world)
    before = desk.stats_preview(2024)
    september(desk, program_id)
    closure = {"report": "not_needed", "report_has_results_only": True}
    progress = desk.take_program_step(
        program_id, StageRecord("closure", closure, on=date(2024, 10, 18))
    )
    program = progress.program
    assert (program.started_on, program.ended_on) == (date(2024, 9, 4), date(2024, 10, 18))
    assert program.outcome == "completed_with_agreement"
    run = progress.run
    first = next(iter(run.participants))
    assert run.consent_day(first) == date(2024, 9, 9)
    assert run.consents[first]["at"].startswith("2025-01-20")
    assert [m["date"] for m in run.meetings][-1] == "2024-09-29"
    kinds = {(e.kind, e.event_on) for e in events.timeline(world.db, case_id)}
    assert ("meeting", date(2024, 9, 29)) in kinds
    assert ("agreement", date(2024, 9, 29)) in kinds
    assert ("program_ended", date(2024, 10, 18)) in kinds
    follow_up = events.program_follow_up(world.db, program_id)
    assert follow_up is not None
    assert (follow_up.event_on, follow_up.done_on) == (date(2024, 10, 15), date(2024, 10, 16))
    counted = desk.stats_preview(2024)

    def added(key: str) -> object:
        if isinstance(counted[key], dict) and "restorative_mediation" in counted[key]:
            return counted[key]["restorative_mediation"] - before[key]["restorative_mediation"]
        return {k: counted[key][k] - before[key][k] for k in counted[key]}

    assert added("programs_completed") == 1
    assert added("programs_with_agreement") == 1
    assert added("participants") == {"adults": 2, "minors": 2}
    assert desk.stats_preview(2025)["programs_completed"]["restorative_mediation"] == 0
    exported = desk.export_stats(2024, counted)
    assert exported["payload"]["programs_completed"] == counted["programs_completed"]


def test_a_refusal_ends_the_program_on_its_own_day():
    world = trained(build())
    desk = world.desk(world.curator, ENTERED)
    program_id = begin(desk, autumn_case(world), world)
    pid = next(iter(desk.program_view(program_id).progress.run.participants))
    progress = desk.take_program_step(
        program_id, Refusal(pid, "Не хочет встречаться", on=date(2024, 12, 20))
    )
    assert progress.program.ended_on == date(2024, 12, 20)
    assert progress.run.ended_on() == date(2024, 12, 20)


def test_a_day_before_the_request_or_in_the_future_is_refused_with_its_limit():
    world = trained(build())
    desk = world.desk(world.curator, ENTERED)
    program_id = begin(desk, autumn_case(world), world)
    progress = desk.program_view(program_id).progress
    assert progress.earliest == RECEIVED
    pid = next(iter(progress.run.participants))
    with pytest.raises(InputRefused) as early:
        desk.take_program_step(program_id, Awareness(pid, ALL_EXPLAINED, on=date(2024, 8, 30)))
    assert early.value.fields == {
        "on": "Дата не может быть раньше 02.09.2024 — дня, когда поступила заявка."
    }
    with pytest.raises(InputRefused) as late:
        desk.take_program_step(program_id, Awareness(pid, ALL_EXPLAINED, on=date(2025, 1, 21)))
    assert late.value.fields == {"on": "Дата не может быть позже 20.01.2025 — сегодняшнего дня."}
    desk.take_program_step(
        program_id, StageRecord("preparation", {"situation": "Толкнули у раздевалки"})
    )
    desk.take_program_step(program_id, Awareness(pid, ALL_EXPLAINED))
    desk.take_program_step(program_id, Consent(pid))
    values = {"date": "2024-08-01", "ready_for_joint": True}
    with pytest.raises(InputRefused) as field:
        desk.take_program_step(program_id, StageRecord("preliminary", values, pid))
    assert field.value.fields == {
        "date": "«Дата встречи»: дата не может быть раньше 02.09.2024 — дня, когда поступила "
        "заявка."
    }
    told = (pid,)
    with pytest.raises(InputRefused) as exception:
        desk.take_program_step(
            program_id, ConfidentialityException("possible_crime", date(2024, 1, 5), told, "ПДН")
        )
    assert set(exception.value.fields) == {"occurred"}


def test_each_stage_names_the_field_that_is_its_day():
    world = trained(build())
    desk = world.desk(world.curator, ENTERED)
    program_id = begin(desk, autumn_case(world), world)
    run = desk.program_view(program_id).progress.run
    stage = run.procedure.stage("agreement")
    assert stage.day_field is not None and stage.day_field.label == "Дата подписания договора"
    assert run.procedure.stage("follow_up").day_field.label == "Дата проверки"
    assert run.procedure.stage("joint_meeting").day_field.key == "date"
    assert run.procedure.stage("closure").day_field is None


def test_a_signature_after_its_own_check_date_is_refused_naming_both_dates():
    world = trained(build())
    desk = world.desk(world.curator, ENTERED)
    program_id = begin(desk, autumn_case(world), world)
    run = desk.program_view(program_id).progress.run
    desk.take_program_step(
        program_id,
        StageRecord("preparation", {"situation": "Толкнули у раздевалки"}, on=date(2024, 11, 18)),
    )
    for pid in run.participants:
        desk.take_program_step(program_id, Awareness(pid, ALL_EXPLAINED))
        desk.take_program_step(program_id, Consent(pid))
        values = {"date": "2024-11-20", "ready_for_joint": True}
        desk.take_program_step(program_id, StageRecord("preliminary", values, pid))
    joint = {"date": "2024-11-25", "attendees": list(run.participants), "rules_agreed": True}
    desk.take_program_step(program_id, StageRecord("joint_meeting", joint))
    items = [{"who": list(run.participants)[:1], "what": "Извиниться", "by": "2024-12-05"}]
    late = {"date": "2024-12-03", "items": items, "follow_up_date": "2024-12-01", "signed": True}
    with pytest.raises(InputRefused) as refused:
        desk.take_program_step(program_id, StageRecord("agreement", late))
    assert refused.value.fields == {
        "follow_up_date": "«Когда проверить выполнение договора»: 01.12.2024 — раньше, чем "
        "03.12.2024 («Дата подписания договора»)."
    }
    early = {**late, "date": "2024-11-20"}
    with pytest.raises(InputRefused) as order:
        desk.take_program_step(program_id, StageRecord("agreement", early))
    assert order.value.fields == {
        "date": "«Дата подписания договора»: дата не может быть раньше 25.11.2024 — дня этапа "
        "«Совместная встреча сторон», после которого идёт этот."
    }
