"""Cases: mediators, programs with their state, closing, timeline, card; list rows, start page."""

from __future__ import annotations

from datetime import date

import pytest

from rsdesk.domain.case_lists import filter_case_rows
from rsdesk.domain.register import Mediator, ProgramSummary, ValidationError
from rsdesk.storage import cases, events, queries
from rsdesk.storage import requests as rq
from rsdesk.storage.roster import add_mediator
from tests.helpers.register import TODAY, a_request, pupil


@pytest.fixture
def case_id(school):
    request_id = rq.register_request(school, a_request(), today=TODAY)
    return rq.accept_request(school, request_id, decided_on=date(2024, 3, 5), today=TODAY)


def finished(case_id: int, **changes) -> ProgramSummary:
    values = dict(
        case_id=case_id,
        program_type="restorative_mediation",
        status="finished",
        started_on=date(2024, 3, 6),
        ended_on=date(2024, 3, 20),
        outcome="completed_with_agreement",
        participants_adults=1,
        participants_minors=2,
    )
    values.update(changes)
    return ProgramSummary(**values)


def test_one_lead_per_case_and_young_only_as_co_mediator(school, case_id):
    first = add_mediator(school, Mediator("Козлова Ирина Юрьевна", "adult", years=(2024,)))
    second = add_mediator(school, Mediator("Лапин Роман Олегович", "adult", years=(2024,)))
    young = add_mediator(school, Mediator("Ильина Кира", "young", years=(2024,)))
    cases.assign_mediator(school, case_id, first, "lead")
    cases.assign_mediator(school, case_id, second, "lead")
    team = {m.mediator_id: m.role for m in cases.case_mediators(school, case_id)}
    assert team == {first: "co_lead", second: "lead"}
    with pytest.raises(ValidationError) as caught:
        cases.assign_mediator(school, case_id, young, "lead")
    assert "со-ведущим" in caught.value.errors["role"]
    cases.assign_mediator(school, case_id, young, "co_lead")
    cases.unassign_mediator(school, case_id, first)
    assert len(cases.case_mediators(school, case_id)) == 2


def test_programs_timeline_state_and_closing(school, case_id):
    program_id = cases.add_program(school, finished(case_id), today=TODAY)
    cases.save_program_state(school, program_id, {"stage": "договор", "consents": [1, 2]})
    assert cases.program_state(school, program_id) == {"stage": "договор", "consents": [1, 2]}
    follow_up = events.plan_follow_up(school, case_id, date(2024, 4, 20), "Проверить договор")
    events.complete_follow_up(school, follow_up, date(2024, 4, 22))
    cases.close_case(school, case_id, date(2024, 4, 25), today=TODAY)
    card = cases.case_card(school, case_id)
    assert card.case.status == "closed"
    assert [e.kind for e in card.timeline] == [
        "registered",
        "decided",
        "program_started",
        "program_ended",
        "follow_up",
        "closed",
    ]
    assert card.programs[0].outcome == "completed_with_agreement"
    with pytest.raises(ValidationError):
        cases.close_case(school, case_id, date(2024, 4, 26), today=TODAY)
    cases.reopen_case(school, case_id, date(2024, 5, 2))
    assert cases.get_case(school, case_id).status == "open"


def test_program_and_closing_checks(school, case_id):
    with pytest.raises(ValidationError) as caught:
        cases.add_program(school, finished(case_id, started_on=date(2024, 3, 1)), today=TODAY)
    assert caught.value.errors == {
        "started_on": "Программа не может начаться раньше открытия случая."
    }
    cases.add_program(
        school,
        ProgramSummary(case_id, "circle_reconciliation", "in_progress", date(2024, 3, 7)),
        today=TODAY,
    )
    with pytest.raises(ValidationError) as caught:
        cases.close_case(school, case_id, date(2024, 3, 1), today=TODAY)
    assert set(caught.value.errors) == {"closed_on", "programs"}


def add_case(db, name, category, decided, mediator=None):
    request = a_request(
        received_on=decided,
        category=category,
        participants=(pupil(name),),
        description="Ссора в раздевалке",
    )
    request_id = rq.register_request(db, request, today=TODAY)
    case_id = rq.accept_request(db, request_id, decided_on=decided, today=TODAY)
    if mediator:
        cases.assign_mediator(db, case_id, mediator)
    return case_id


def test_case_rows_carry_what_the_filters_need(school):
    mediator = add_mediator(school, Mediator("Фролова Яна Петровна", "adult", years=(2023, 2024)))
    old = add_case(school, "Черных Алёна", "bullying", date(2023, 11, 2), mediator)
    new = add_case(school, "Орлов Марк", "educational_conflict", date(2024, 2, 1))
    cases.add_program(
        school, finished(old, started_on=date(2023, 11, 3), ended_on=date(2023, 11, 9)), today=TODAY
    )
    cases.close_case(school, old, date(2023, 12, 1), today=TODAY)
    rows = queries.case_rows(school)
    assert [r.id for r in rows] == [new, old]
    assert rows[1].mediator_ids == (mediator,) and rows[1].year == 2023
    assert rows[1].program_types == ("restorative_mediation",)
    pick = filter_case_rows
    assert [r.id for r in pick(rows, status="open")] == [new]
    assert [r.id for r in pick(rows, year=2023, category="bullying")] == [old]
    assert [r.id for r in pick(rows, mediator_id=mediator)] == [old]
    assert [r.id for r in pick(rows, text="алена")] == [old]
    assert [r.id for r in pick(rows, text="ЧЕРНЫХ раздевалке")] == [old]
    assert [r.id for r in pick(rows, text="2024-")] == [new]
    assert queries.case_years(school) == [2024, 2023]


def test_start_page(school):
    open_case = add_case(school, "Орлов Марк", "educational_conflict", date(2024, 6, 3))
    events.plan_follow_up(school, open_case, date(2024, 6, 12), "Позвонить родителям")
    events.plan_follow_up(school, open_case, date(2024, 6, 5))
    later = events.plan_follow_up(school, open_case, date(2024, 6, 20))
    page = queries.start_page(school, today=TODAY)
    assert page.open_cases == 1
    assert [(f.due_on.day, f.overdue) for f in page.follow_ups] == [(5, True), (12, False)]
    assert page.requests_this_year["total"] == 1
    assert later not in [f.event_id for f in page.follow_ups]
    only_week = queries.follow_ups_due(school, TODAY, include_overdue=False)
    assert [f.due_on.day for f in only_week] == [12]
