"""A program type added by a file is stored, run, and counted under its `counts_as` key."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest

from rsdesk.domain.register import ProgramSummary, ValidationError
from rsdesk.domain.vocabulary import PROGRAM_TYPES
from rsdesk.procedures import ProgramRun, configured_procedures, load_procedures, program_title
from rsdesk.procedures.participants import Participant
from rsdesk.stats.yearly import compute_payload
from rsdesk.storage import cases
from rsdesk.storage import requests as rq
from tests.helpers.register import TODAY, a_request

FIXTURES = Path(__file__).resolve().parents[1] / "procedures" / "fixtures"
NOW = datetime(2024, 3, 6, 10, 0)


@pytest.fixture
def walk_folder(monkeypatch):
    """The test program types, made known the way a region would: RSDESK_PROCEDURES."""
    monkeypatch.setenv("RSDESK_PROCEDURES", str(FIXTURES))
    return configured_procedures()


@pytest.fixture
def case_id(school):
    request_id = rq.register_request(school, a_request(), today=TODAY)
    return rq.accept_request(school, request_id, decided_on=date(2024, 3, 5), today=TODAY)


def walk_through(run: ProgramRun) -> None:
    """Hold every stage of the walk program with both parties."""
    for pid in run.participants:
        run.record_awareness(pid, [a.key for a in run.procedure.awareness], NOW)
        run.record_consent(pid, NOW)
    for pid in run.pending_participants("hello"):
        run.complete_stage("hello", {}, NOW, pid)
    run.complete_stage("walk", {"who": list(run.participants)}, NOW + timedelta(days=1))
    if "deal" in run.procedure.stage_keys():
        items = [{"who": ["1"], "what": "Гулять вместе по пятницам", "by": "2024-03-20"}]
        run.complete_stage("deal", {"items": items}, NOW + timedelta(days=2))
    run.complete_stage("bye", {}, NOW + timedelta(days=3))


def test_the_fixture_loads_with_the_shipped_procedures(walk_folder):
    assert set(PROGRAM_TYPES) < set(walk_folder)
    assert walk_folder["test_walk"].counts_as == "restorative_mediation"
    assert walk_folder["test_walk_short"].counts_as == "other"
    assert all(walk_folder[key].counts_as == key for key in PROGRAM_TYPES)
    assert program_title("test_walk") == "Прогулка-примирение"
    assert program_title("restorative_mediation") == "восстановительная медиация"


def test_without_the_folder_the_register_refuses_the_type(school, case_id, monkeypatch):
    monkeypatch.delenv("RSDESK_PROCEDURES", raising=False)
    program = ProgramSummary(case_id, "test_walk", "in_progress", started_on=date(2024, 3, 6))
    with pytest.raises(ValidationError) as caught:
        cases.add_program(school, program, today=TODAY)
    assert set(caught.value.errors) == {"program_type"}
    # An explicit catalogue is what the register checks against, whatever the environment.
    assert cases.add_program(school, program, today=TODAY, program_types={"test_walk"})


@pytest.mark.parametrize(
    ("program_type", "outcome", "key"),
    [
        ("test_walk", "completed_with_agreement", "restorative_mediation"),
        ("test_walk_short", "completed_without_agreement", "other"),
    ],
)
def test_stored_run_and_counted_as_its_key(
    school, case_id, walk_folder, program_type, outcome, key
):
    procedure = walk_folder[program_type]
    people = [
        Participant("1", "party", minor=True),
        Participant("2", "party", minor=False),
        Participant("3", "legal_representative", minor=False, represents="1"),
    ]
    run = ProgramRun.start(procedure, people, NOW)
    program = ProgramSummary(case_id, program_type, "in_progress", started_on=date(2024, 3, 6))
    program_id = cases.add_program(school, program, today=TODAY)
    walk_through(run)
    assert run.outcome == outcome
    cases.save_program_state(school, program_id, run.to_dict())
    counts = run.participant_counts()
    cases.update_program(
        school,
        program_id,
        replace(
            program,
            id=program_id,
            status="finished",
            ended_on=date(2024, 3, 9),
            outcome=run.outcome,
            participants_adults=counts["adults"],
            participants_minors=counts["minors"],
        ),
        today=TODAY,
    )
    assert ProgramRun.from_dict(cases.program_state(school, program_id), procedure).outcome

    payload = compute_payload(school, 2024, generated=TODAY)
    completed = payload["programs_completed"]
    assert list(completed) == list(PROGRAM_TYPES)  # exactly the keys of docs/STATS_FORMAT.md
    assert completed[key] == 1 and sum(completed.values()) == 1
    agreed = payload["programs_with_agreement"]
    assert agreed[key] == (1 if outcome == "completed_with_agreement" else 0)
    assert payload["completed_by_category"]["educational_conflict"] == 1
    assert payload["participants"] == {"adults": 2, "minors": 1}


def test_export_names_a_type_nobody_knows(school, case_id, walk_folder):
    program = ProgramSummary(
        case_id,
        "test_walk",
        "finished",
        started_on=date(2024, 3, 6),
        ended_on=date(2024, 3, 9),
        outcome="completed_without_agreement",
        participants_adults=1,
    )
    cases.add_program(school, program, today=TODAY)
    from rsdesk.stats.yearly import StatsError

    shipped = {key: key for key in load_procedures(extra=[])}
    with pytest.raises(StatsError, match="test_walk"):
        compute_payload(school, 2024, generated=TODAY, counts_as=shipped)
