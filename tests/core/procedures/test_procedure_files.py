"""Every shipped procedure file loads, validates and covers the program types exactly once."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from procedure_driver import cast, drive

from rsdesk.domain.vocabulary import CIRCLE_TYPES, OUTCOMES, PROGRAM_TYPES
from rsdesk.procedures import ProcedureFileError, load_folder, load_procedures
from rsdesk.resources import resource

FIXTURES = Path(__file__).parent / "fixtures"


@pytest.fixture(scope="module")
def procedures():
    return load_procedures()


def test_every_program_type_has_exactly_one_procedure(procedures):
    assert sorted(procedures) == sorted(PROGRAM_TYPES)
    assert {procedures[c].source for c in CIRCLE_TYPES} == {"circles.toml"}


@pytest.mark.parametrize("program_type", PROGRAM_TYPES)
def test_procedure_is_complete_for_a_wizard(procedures, program_type):
    procedure = procedures[program_type]
    assert procedure.title and procedure.summary
    assert procedure.stages[-1].kind == "closure"
    assert "report_to_referrer" in procedure.stages[-1].produces
    assert any(s.collects_consent for s in procedure.stages)
    assert any(s.requires_consent for s in procedure.stages)
    for stage in procedure.stages:
        # Guidance is meant to be several plain sentences, in Russian.
        assert stage.guidance.count(".") >= 1 and any("а" <= ch <= "я" for ch in stage.guidance)
        assert all(f.label for f in stage.fields)


def test_circles_share_the_order_but_not_the_texts(procedures):
    circles = [procedures[c] for c in CIRCLE_TYPES]
    assert len({tuple(s.key for s in c.stages) for c in circles}) == 1
    assert len({c.title for c in circles}) == len(circles)
    repair = procedures["circle_repairing_harm"].stage("circle").guidance
    assert "вред" in repair and repair != procedures["circle_healing"].stage("circle").guidance


def test_program_shapes_from_the_domain(procedures):
    mediation = procedures["restorative_mediation"]
    assert [s.kind for s in mediation.stages][1:3] == ["preliminary_meeting", "joint_meeting"]
    shuttle = procedures["shuttle_mediation"]
    assert "joint_meeting" not in {s.kind for s in shuttle.stages}
    assert shuttle.stage("message_round").repeatable
    assert procedures["school_conference"].consent.required_roles == ("administration",)
    family = [s.kind for s in procedures["family_conference"].stages]
    assert family.index("information_part") < family.index("private_family_time")
    assert (
        family.index("private_family_time") < family.index("plan") < family.index("review_meeting")
    )


@pytest.mark.parametrize("program_type", PROGRAM_TYPES)
def test_each_program_runs_from_start_to_outcome(procedures, program_type):
    run = drive(procedures[program_type])
    assert run.outcome == "completed_with_agreement"
    assert run.outcome in OUTCOMES
    assert run.current_stage() is None
    counts = run.participant_counts()
    assert counts["minors"] == 1
    assert counts["adults"] >= 1


@pytest.mark.parametrize("program_type", PROGRAM_TYPES)
def test_each_program_can_end_without_agreement(procedures, program_type):
    procedure = procedures[program_type]
    optional = frozenset(s.key for s in procedure.stages if s.optional)
    run = drive(procedure, skip=optional)
    assert run.outcome == "completed_without_agreement"


def test_a_new_program_type_needs_only_a_file():
    procedures = load_procedures(extra=[FIXTURES])
    assert {"test_walk", "test_walk_short"} <= set(procedures)
    walk = procedures["test_walk"]
    short = procedures["test_walk_short"]
    assert [s.key for s in walk.stages] == ["hello", "walk", "deal", "bye"]
    assert [s.key for s in short.stages] == ["hello", "walk", "bye"]
    assert short.stage("walk").guidance.endswith("Короткий вариант: договорённость не пишут.")
    people = [p for p in cast() if p.role in ("party", "legal_representative")]
    assert drive(walk, people).outcome == "completed_with_agreement"
    assert drive(short, people).outcome == "completed_without_agreement"


def test_extra_folder_cannot_redefine_a_shipped_program(tmp_path):
    shutil.copy(resource("procedures", "other.toml"), tmp_path / "mine.toml")
    with pytest.raises(ProcedureFileError, match=r"mine\.toml: programs\.other"):
        load_procedures(extra=[tmp_path])


def test_shipped_folder_must_cover_every_program_type(tmp_path):
    for path in resource("procedures").glob("*.toml"):
        if path.name != "family_conference.toml":
            shutil.copy(path, tmp_path / path.name)
    with pytest.raises(ProcedureFileError, match="family_conference"):
        load_procedures(tmp_path)


def test_a_program_type_in_two_files_is_an_error(tmp_path):
    shutil.copy(resource("procedures", "other.toml"), tmp_path / "a.toml")
    shutil.copy(resource("procedures", "other.toml"), tmp_path / "b.toml")
    with pytest.raises(ProcedureFileError, match=r"b\.toml: programs\.other: .*a\.toml"):
        load_folder(tmp_path)
