"""Programs through the Desk: a start and each step are one operation with one audit entry; the
agreement's check-up follows from the state; lists show what the role lets one see."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from rsdesk.access import Desk, RoleRefused
from rsdesk.domain.changes import Change
from rsdesk.domain.programs import NotGuided, ProgramStart
from rsdesk.domain.refusals import InputRefused, PracticeRefused
from rsdesk.procedures.steps import (
    Awareness,
    ConfidentialityException,
    Consent,
    Decline,
    HandOver,
    Refusal,
    Skip,
    StageRecord,
    TrainingOverride,
    Transfer,
)
from rsdesk.storage import audit, cases, events, signoffs
from tests.helpers.procedures import (
    ALL_EXPLAINED,
    families,
    start,
    trained,
    values_for,
    walk,
)
from tests.helpers.world import TODAY, World, build


def trail(world: World) -> list[tuple[str, str]]:
    return [(e.action, e.reason) for e in reversed(audit.entries(world.db))]


def heard(desk: Desk) -> list[Change]:
    found: list[Change] = []
    desk.subscribe(found.append)
    return found


# -- one step, one operation --------------------------------------------------------------


def test_a_consent_is_one_transaction_with_one_audit_entry():
    world = trained(build())
    desk = world.desk(world.curator)
    case_id = families(world)
    program_id = start(desk, case_id, (world.adult,))
    pid = next(iter(desk.program_view(program_id).progress.run.participants))
    desk.take_program_step(program_id, Awareness(pid, ALL_EXPLAINED))
    before = trail(world)
    changes = heard(desk)
    statements: list[str] = []
    world.db.conn.set_trace_callback(statements.append)
    progress = desk.take_program_step(program_id, Consent(pid))
    world.db.conn.set_trace_callback(None)
    assert pid in progress.run.consents
    assert trail(world)[len(before) :] == [("program_step", "согласие на участие")]
    assert [c.case_ids for c in changes] == [frozenset({case_id})]
    assert sum(s == "BEGIN" for s in statements) == 1
    assert sum(s == "COMMIT" for s in statements) == 1
    # The wizard of old ran 79 statements and wrote two audit entries for the same click.
    assert len(statements) <= 25, statements
    stored = desk.program_view(program_id).progress.run
    assert pid in stored.consents


STEPS = {
    "refusal": (lambda run: Refusal(next(iter(run.participants)), "Не готов"), "stopped"),
    "decline": (lambda run: Decline("Стороны помирились сами"), "stopped"),
    "hand_over": (lambda run: HandOver("Борисов Б. И.", "Нужен другой ведущий"), "stopped"),
    "transfer": (lambda run: Transfer("ТСП г. Белово", "Правонарушение"), "transferred"),
}


@pytest.mark.parametrize("kind", sorted(STEPS))
def test_an_ending_step_finishes_the_summary(kind):
    world = trained(build())
    desk = world.desk(world.curator)
    program_id = start(desk, families(world), (world.adult,))
    make, outcome = STEPS[kind]
    before = len(trail(world))
    progress = desk.take_program_step(program_id, make(desk.program_view(program_id).progress.run))
    assert (progress.program.status, progress.program.outcome) == ("finished", outcome)
    assert progress.program.ended_on == TODAY
    assert [action for action, _ in trail(world)[before:]] == ["program_step"]
    assert cases.programs_of(world.db, progress.program.case_id)[-1] == progress.program
    assert not any(row.program_id == program_id for row in desk.programs_in_progress())


def test_a_refused_step_writes_and_publishes_nothing():
    world = trained(build())
    desk = world.desk(world.curator)
    program_id = start(desk, families(world), (world.adult,))
    pid = next(iter(desk.program_view(program_id).progress.run.participants))
    changes = heard(desk)
    before = world.db.conn.total_changes
    with pytest.raises(PracticeRefused, match="правовые последствия"):
        desk.take_program_step(program_id, Consent(pid))  # nothing explained yet
    with pytest.raises(InputRefused):
        desk.take_program_step(program_id, StageRecord("preparation", {}))
    assert changes == [] and world.db.conn.total_changes == before


def test_skip_and_the_confidentiality_exception_stay_out_of_the_trails_words():
    world = trained(build())
    desk = world.desk(world.curator)
    case_id = families(world)
    program_id = start(desk, case_id, (world.adult,))
    progress = walk(desk, program_id, until="follow_up")
    told = tuple(progress.run.participants)[:1]
    exception = ConfidentialityException("possible_crime", TODAY, told, "Инспектор ПДН Лебедева")
    desk.take_program_step(program_id, exception)
    desk.take_program_step(program_id, Skip("follow_up", "Проверка не понадобилась"))
    entries = trail(world)[-2:]
    assert entries == [
        ("program_step", "исключение из конфиденциальности"),
        ("program_step", "пропуск этапа «Как выполняется договор»"),
    ]
    notes = [e.note for e in events.timeline(world.db, case_id)]
    assert not any("Лебедева" in note for note in notes)
    assert "Лебедева" not in repr(audit.entries(world.db))


# -- starting -------------------------------------------------------------------------------


def test_starting_assigns_the_team_and_audits_the_start_once():
    world = trained(build())
    desk = world.desk(world.curator)
    before = len(trail(world))
    program_id = start(desk, world.adult_case, (world.adult, world.other_adult))
    team = {m.mediator_id: m.role for m in cases.case_mediators(world.db, world.adult_case)}
    assert team == {world.adult: "lead", world.other_adult: "co_lead"}
    assert trail(world)[before:] == [("start_program", "Восстановительная медиация")]
    view = desk.program_view(program_id)
    assert view.progress.program.facilitator_ids == (world.adult, world.other_adult)
    assert view.progress.program.status == "in_progress"
    assert set(view.people) == set(view.progress.run.participants)


def test_a_start_is_refused_in_the_words_of_each_problem():
    world = trained(build())
    desk = world.desk(world.curator)
    case_id = families(world)
    changes = heard(desk)
    with pytest.raises(PracticeRefused) as refused:
        desk.start_program(
            case_id, ProgramStart("restorative_mediation", (world.young,), (), TODAY)
        )
    assert refused.value.reasons == (
        "Выберите хотя бы одного взрослого ведущего: юные медиаторы работают только вместе "
        "со взрослым.",
        "Выберите, кто участвует.",
    )
    young = world.desk(world.young)
    check = young.check_program_start(case_id, "circle_reconciliation", (world.young,))
    assert any("только в восстановительной медиации" in p for p in check.problems)
    assert changes == []


def test_the_curator_alone_allows_a_program_despite_a_training_warning():
    world = build()  # nobody has any training
    case_id = families(world)
    adult = world.desk(world.adult)
    assert adult.check_program_start(case_id, "restorative_mediation", (world.adult,)).warnings
    with pytest.raises(PracticeRefused, match="только куратор"):
        start(adult, case_id, (world.adult,), override_reason="Очень нужно")
    program_id = start(adult, case_id, (world.adult,))  # it waits for the curator
    gate = adult.program_view(program_id)
    assert not gate.may_override and gate.may_override.reason.startswith("Разрешить программу")
    with pytest.raises(RoleRefused):
        adult.take_program_step(program_id, TrainingOverride("Сама себе разрешу"))

    curator = world.desk(world.curator)
    with pytest.raises(PracticeRefused, match="почему куратор это разрешает"):
        start(curator, case_id, (world.adult,), override_reason="  ")
    before = len(trail(world))
    progress = curator.take_program_step(program_id, TrainingOverride("Супервизия раз в неделю"))
    override = progress.run.training["override"]
    assert (override["by"], override["reason"]) == (
        "Соколова Ирина Петровна",
        "Супервизия раз в неделю",
    )
    assert trail(world)[before:] == [("override", "Супервизия раз в неделю")]
    notes = [e.note for e in events.timeline(world.db, case_id) if e.program_id == program_id]
    assert any(note.startswith("Куратор Соколова Ирина Петровна: разрешено") for note in notes)

    other = start(curator, case_id, (world.adult,), override_reason="Опытный соведущий")
    assert curator.program_view(other).progress.run.training["override"]["by"] == (
        "Соколова Ирина Петровна"
    )
    assert [a for a, _ in trail(world)[-2:]] == ["start_program", "override"]


# -- what follows from the state ------------------------------------------------------------


def test_the_agreements_check_up_becomes_a_follow_up_and_its_fulfilment_completes_it():
    world = trained(build())
    desk = world.desk(world.curator)
    case_id = families(world)
    program_id = start(desk, case_id, (world.adult,))
    walk(desk, program_id, until="follow_up")
    due = TODAY + timedelta(days=30)
    agenda = desk.agenda(due)
    [follow_up] = [f for f in agenda.follow_ups if f.program_id == program_id]
    assert follow_up.due_on == due
    assert follow_up.note == "Проверить выполнение договорённостей: Восстановительная медиация"
    run = desk.program_view(program_id).progress.run
    values = values_for(run.procedure.stage("follow_up"), run, TODAY)
    desk.take_program_step(program_id, StageRecord("follow_up", values))
    event = events.program_follow_up(world.db, program_id)
    assert event is not None and event.done_on == TODAY
    assert not [f for f in desk.agenda(due).follow_ups if f.program_id == program_id]


def test_a_young_mediators_agreement_is_sent_for_sign_off_once():
    world = trained(build())
    case_id = families(world)
    young = world.desk(world.young)
    program_id = start(young, case_id, (world.adult, world.young))
    progress = walk(young, program_id)
    assert progress.program.outcome == "completed_with_agreement"
    [item] = signoffs.pending(world.db)
    assert (item.kind, item.program_id, item.submitted_by) == ("agreement", program_id, world.young)
    assert progress.agreement_review == "pending"
    assert [a for a, _ in trail(world)[-2:]] == ["submit_signoff", "program_step"]
    # An adult's agreement needs none.
    adult_case = families(world)
    adult = world.desk(world.adult)
    walk(adult, start(adult, adult_case, (world.adult,)))
    assert len(signoffs.pending(world.db)) == 1


def test_a_planned_meeting_names_those_invited_until_its_stage_is_held():
    world = trained(build())
    desk = world.desk(world.curator)
    case_id = families(world)
    program_id = start(desk, case_id, (world.adult,))
    progress = walk(desk, program_id, until="joint_meeting")
    invited = tuple(progress.run.participants)[:2]
    before = len(trail(world))
    day = TODAY + timedelta(days=3)
    desk.plan_meeting(program_id, "joint_meeting", day, at_time="15:00", with_ids=invited)
    assert [a for a, _ in trail(world)[before:]] == ["plan_meeting"]
    [meeting] = desk.agenda(day).meetings
    assert meeting.invited == ("Петров Иван", "Петрова Анна Сергеевна")
    assert (meeting.meeting_on, meeting.at_time, meeting.case_id) == (day, "15:00", case_id)
    assert not any(row.program_id == program_id for row in desk.agenda(day).to_arrange)
    assert desk.program_view(program_id).progress.planned == (meeting,)
    with pytest.raises(InputRefused):
        desk.plan_meeting(program_id, "joint_meeting", day, at_time="в три")
    walk(desk, program_id, until="agreement")
    assert desk.agenda(day).meetings == ()


# -- lists and the role rules ---------------------------------------------------------------


def test_a_deleted_cases_follow_up_is_in_neither_the_overview_nor_the_agenda():
    world = build()
    curator = world.desk(world.curator)
    curator.delete_case(world.teacher_case, "заведено по ошибке")
    late = date(2024, 12, 31)
    shown = {f.case_id for f in curator.agenda(late).follow_ups}
    assert world.adult_case in shown and world.teacher_case not in shown
    overview = world.desk(world.curator, date(2024, 7, 1)).start_page()
    overview = {f.case_id for f in overview.follow_ups}
    assert world.adult_case in overview and world.teacher_case not in overview


def test_a_mediator_sees_the_programs_and_agenda_of_their_own_cases_only():
    world = trained(build())
    curator = world.desk(world.curator)
    mine = start(curator, world.adult_case, (world.adult,))
    theirs = start(curator, world.teacher_case, (world.other_adult,))
    adult = world.desk(world.adult)
    assert [row.program_id for row in adult.programs_in_progress()] == [mine]
    assert {row.program_id for row in curator.programs_in_progress()} == {mine, theirs}
    agenda = adult.agenda(date(2024, 12, 31))
    assert {f.case_id for f in agenda.follow_ups} == {world.young_case, world.adult_case}
    assert [row.program_id for row in agenda.to_arrange] == []  # preparation is no meeting
    [row] = adult.programs_in_progress()
    assert (row.stage_key, row.stage_title, row.guided) == (
        "preparation",
        "Знакомство со случаем",
        True,
    )
    with pytest.raises(RoleRefused):
        adult.program_view(theirs)
    with pytest.raises(RoleRefused):
        adult.under_way(world.teacher_case)


def test_under_way_offers_unfinished_programs_and_views_the_guided_ones_when_read_only():
    world = trained(build())
    curator = world.desk(world.curator)
    program_id = start(curator, world.adult_case, (world.adult,))
    assert [p.program_id for p in curator.under_way(world.adult_case)] == [program_id]
    recorded = cases.programs_of(world.db, world.adult_case)[0].id
    with pytest.raises(NotGuided) as missing:
        curator.program_view(recorded)  # recorded with notes only, never by the guide
    assert missing.value.case_id == world.adult_case
    curator.take_program_step(program_id, Decline("Стороны помирились сами"))
    curator.close_case(world.adult_case, TODAY)
    view = curator.program_view(program_id)
    assert not view.editable and "закрыт" in view.editable.reason
    assert [(p.program_id, p.title) for p in curator.under_way(world.adult_case)] == [
        (program_id, "Восстановительная медиация")
    ]
    with pytest.raises(RoleRefused):
        curator.take_program_step(program_id, Decline("ещё раз"))
