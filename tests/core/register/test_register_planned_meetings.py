"""Planned meetings: dated ahead, listed for the agenda, marked held when the stage is recorded."""

from __future__ import annotations

import json
from datetime import date

import pytest

from rsdesk.domain.register import ProgramSummary, ValidationError
from rsdesk.domain.rules import validate_event
from rsdesk.storage import cases, events
from rsdesk.storage import requests as rq
from rsdesk.storage.schema import migrate
from tests.helpers.register import TODAY, a_request


@pytest.fixture
def program(school):
    request_id = rq.register_request(school, a_request(), today=TODAY)
    case_id = rq.accept_request(school, request_id, decided_on=date(2024, 3, 5), today=TODAY)
    summary = ProgramSummary(
        case_id, "restorative_mediation", "in_progress", started_on=date(2024, 3, 6)
    )
    return cases.add_program(school, summary, today=TODAY), case_id


def test_a_planned_meeting_may_lie_in_the_future_other_events_not():
    ahead = date(2024, 7, 1)
    assert validate_event("meeting_planned", ahead, today=TODAY) == {}
    assert validate_event("follow_up", ahead, today=TODAY) == {}
    assert "event_on" in validate_event("meeting", ahead, today=TODAY)
    assert "event_on" in validate_event("meeting_planned", date(1999, 1, 1), today=TODAY)


def test_plan_list_and_mark_held(school, program):
    program_id, case_id = program
    joint = events.plan_meeting(
        school,
        case_id,
        date(2024, 6, 20),
        at_time="14:30",
        program_id=program_id,
        stage="joint_meeting",
        with_ids=["1", "2"],
        note="каб. 12",
        today=TODAY,
    )
    with_one = events.plan_meeting(
        school,
        case_id,
        date(2024, 6, 17),
        program_id=program_id,
        stage="preliminary",
        with_ids=["1"],
        today=TODAY,
    )
    with_other = events.plan_meeting(
        school,
        case_id,
        date(2024, 6, 18),
        program_id=program_id,
        stage="preliminary",
        with_ids=["2"],
        today=TODAY,
    )
    found = events.planned_meetings_until(school, date(2024, 6, 30))
    assert [m.event_id for m in found] == [with_one, with_other, joint]
    first = found[-1]
    assert (first.meeting_on, first.at_time, first.with_ids, first.note) == (
        date(2024, 6, 20),
        "14:30",
        ("1", "2"),
        "каб. 12",
    )
    assert first.program_type == "restorative_mediation" and first.case_number
    assert events.planned_meetings_until(school, date(2024, 6, 17))[0].event_id == with_one

    # Recorded with participant 1 only: that planned meeting is held, the other waits.
    held = events.mark_meetings_held(
        school, program_id, "preliminary", date(2024, 6, 17), participant="1", stage_done=False
    )
    assert held == [with_one]
    assert events.mark_meetings_held(school, program_id, "joint_meeting", date(2024, 6, 20)) == [
        joint
    ]
    left = events.planned_meetings_until(school, date(2024, 12, 31))
    assert [m.event_id for m in left] == [with_other]
    timeline = {e.id: e for e in events.timeline(school, case_id)}
    assert timeline[joint].kind == "meeting_planned"
    assert timeline[joint].done_on == date(2024, 6, 20)


@pytest.mark.parametrize(
    ("changes", "field"),
    [({"at_time": "25:00"}, "at_time"), ({"note": "x" * 201}, "note")],
)
def test_bad_time_or_long_note_is_refused(school, program, changes, field):
    _program_id, case_id = program
    with pytest.raises(ValidationError) as caught:
        events.plan_meeting(school, case_id, date(2024, 6, 20), today=TODAY, **changes)
    assert set(caught.value.errors) == {field}
    assert not events.planned_meetings_until(school, date(2024, 12, 31))


def test_v3_adds_the_meeting_columns_to_a_v2_register():
    from sqlite_utils import Database

    db = Database(memory=True)
    migrate(db, 2)
    db["events"].insert({"request_id": 1, "kind": "follow_up", "event_on": "2024-01-02"})
    assert migrate(db, 3) == 3
    row = next(db["events"].rows)
    assert (row["stage"], row["at_time"], json.loads(row["with_ids"])) == (None, "", [])
