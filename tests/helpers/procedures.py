"""Drives any procedure from start to outcome with plausible values, the way a wizard would:
the engine alone, or a program of a case through the Desk."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from typing import Any

from rsdesk.access import Desk
from rsdesk.domain.programs import ProgramProgress, ProgramStart
from rsdesk.domain.register import Participant as Person
from rsdesk.domain.register import TrainingRecord
from rsdesk.domain.vocabulary import YOUNG_MEDIATOR_PROGRAM
from rsdesk.procedures import Participant, Procedure, ProgramRun
from rsdesk.procedures.schema import Field, Stage
from rsdesk.procedures.steps import Awareness, Consent, StageRecord
from rsdesk.storage import cases
from rsdesk.storage.roster import add_training
from tests.helpers.world import TODAY, World, open_case, pupil

NOW = datetime(2024, 3, 15, 10, 0)
TEXT = "Записано для проверки"


def cast() -> list[Participant]:
    """Two parties (one a minor with a parent), a teacher, an administrator, a supporter."""
    return [
        Participant("pupil", "party", minor=True),
        Participant("parent", "legal_representative", minor=False, represents="pupil"),
        Participant("other_pupil", "party", minor=False),
        Participant("teacher", "teacher", minor=False),
        Participant("head", "administration", minor=False),
        Participant("aunt", "supporter", minor=False),
    ]


def agree_everyone(run: ProgramRun, now: datetime = NOW) -> None:
    for person in run.participants.values():
        run.record_awareness(person.id, [a.key for a in run.procedure.awareness], now)
        run.record_consent(person.id, now)


def value_for(field: Field, run: ProgramRun, day: date) -> Any:
    if field.type in ("text", "multiline"):
        return TEXT
    if field.type == "date":
        return (day + timedelta(days=30) if field.binds == "follow_up_date" else day).isoformat()
    if field.type == "bool":
        return True
    if field.type == "choice":
        return field.choices[0].key
    if field.type == "number":
        return field.min if field.min is not None else 1
    if field.type == "participants":
        return [p.id for p in run.participants.values() if not field.roles or p.role in field.roles]
    return [{"who": [next(iter(run.participants))], "what": "Извиниться", "by": day.isoformat()}]


def values_for(stage: Stage, run: ProgramRun, day: date) -> dict[str, Any]:
    return {f.key: value_for(f, run, day) for f in stage.fields if f.required or f.must_be_true}


def complete(run: ProgramRun, stage: Stage, now: datetime) -> None:
    if stage.per_participant:
        for pid in run.pending_participants(stage.key):
            run.complete_stage(stage.key, values_for(stage, run, now.date()), now, pid)
    else:
        run.complete_stage(stage.key, values_for(stage, run, now.date()), now)


def drive(
    procedure: Procedure,
    participants: list[Participant] | None = None,
    *,
    skip: frozenset[str] = frozenset(),
) -> ProgramRun:
    """Start, consent everyone, and hold every stage in order (skipping the named ones)."""
    run = ProgramRun.start(procedure, participants or cast(), NOW)
    agree_everyone(run)
    for step, stage in enumerate(procedure.stages):
        now = NOW + timedelta(days=step)
        assert run.current_stage() == stage
        if stage.key in skip:
            run.skip_stage(stage.key, "Не понадобилось", now)
        else:
            # complete_stage checks every gate itself, so a closed one fails the drive.
            complete(run, stage, now)
        assert run.is_done(stage.key), stage.key
    return run


# -- through the Desk -------------------------------------------------------------------------

ALL_EXPLAINED = ("approach", "voluntariness", "confidentiality", "legal_consequences")


def trained(world: World) -> World:
    """Алексеева has the modules of a mediation, Юдина the young mediators' program."""
    add_training(world.db, world.adult, TrainingRecord("module", date(2024, 1, 10), 36, "M1"))
    add_training(
        world.db, world.young, TrainingRecord(YOUNG_MEDIATOR_PROGRAM, date(2024, 1, 10), 36)
    )
    return world


def families(world: World) -> int:
    """A conflict between two pupils with a parent each, led by Алексеева beside Юдина."""
    case_id = open_case(
        world.db,
        date(2024, 5, 6),
        "educational_conflict",
        [
            pupil("Петров Иван", "offender"),
            Person("Петрова Анна Сергеевна", "legal_representative", False),
            pupil("Сидоров Максим", "victim"),
            Person("Сидоров Олег Николаевич", "legal_representative", False),
        ],
        "Толкнул на перемене",
    )
    cases.assign_mediator(world.db, case_id, world.adult, "lead")
    cases.assign_mediator(world.db, case_id, world.young, "co_lead")
    return case_id


def start(desk: Desk, case_id: int, team: tuple[int, ...], **options) -> int:
    form = desk.program_start_form(case_id)
    people = tuple(p.id for p in form.people if p.id is not None)
    represents = dict(form.represents)
    plan = ProgramStart(
        options.pop("program_type", "restorative_mediation"),
        team,
        people,
        TODAY,
        represents=represents,
        **options,
    )
    return desk.start_program(case_id, plan)


def agree(desk: Desk, program_id: int, on: date | None = None) -> ProgramProgress:
    progress = desk.program_view(program_id).progress
    for pid in progress.run.participants:
        if pid not in progress.run.consents:
            desk.take_program_step(program_id, Awareness(pid, ALL_EXPLAINED, on=on))
            progress = desk.take_program_step(program_id, Consent(pid, on=on))
    return progress


def walk(
    desk: Desk, program_id: int, until: str | None = None, on: date = TODAY
) -> ProgramProgress:
    """Everyone consents, then every stage not yet done is held in order (up to `until`),
    all on the day `on`."""
    progress = agree(desk, program_id, on)
    for stage in progress.run.procedure.stages:
        if stage.key == until:
            break
        run = progress.run
        if run.is_done(stage.key):
            continue
        if stage.per_participant:
            for pid in run.pending_participants(stage.key):
                values = values_for(stage, run, on)
                step = StageRecord(stage.key, values, pid, on=on)
                progress = desk.take_program_step(program_id, step)
        else:
            values = values_for(stage, run, on)
            progress = desk.take_program_step(program_id, StageRecord(stage.key, values, on=on))
    return progress
