"""Every shipped procedure file loads, validates and covers the program types exactly once."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

from rsdesk.domain.vocabulary import CIRCLE_TYPES, OUTCOMES, PROGRAM_TYPES
from rsdesk.procedures import (
    ProcedureFileError,
    configured_procedures,
    load_folder,
    load_procedures,
    parse_procedure_file,
)
from rsdesk.resource_paths import resource
from tests.helpers.procedures import cast, drive

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
    assert (walk.counts_as, short.counts_as) == ("restorative_mediation", "other")


def test_shipped_types_count_as_themselves(procedures):
    assert {key: p.counts_as for key, p in procedures.items()} == {k: k for k in PROGRAM_TYPES}


def test_a_file_in_the_shipped_folder_adds_a_type_too(tmp_path):
    for path in resource("procedures").glob("*.toml"):
        shutil.copy(path, tmp_path / path.name)
    shutil.copy(FIXTURES / "walk.toml", tmp_path / "walk.toml")
    assert {"test_walk", "test_walk_short"} <= set(load_procedures(tmp_path, extra=[]))


def test_rsdesk_procedures_names_the_extra_folders(monkeypatch, tmp_path):
    monkeypatch.setenv("RSDESK_PROCEDURES", os.pathsep.join([str(tmp_path), str(FIXTURES)]))
    assert "test_walk" in load_procedures()
    assert "test_walk" in configured_procedures()
    monkeypatch.delenv("RSDESK_PROCEDURES")
    assert "test_walk" not in configured_procedures()


WALK = (FIXTURES / "walk.toml").read_text(encoding="utf-8")


@pytest.mark.parametrize(
    ("old", "new", "path", "words"),
    [
        (
            'counts_as = "other"',
            'counts_as = "walking"',
            "programs.test_walk_short.counts_as",
            "walking",
        ),
        ('counts_as = "other"\n', "", "programs.test_walk_short", "counts_as"),
    ],
)
def test_counts_as_must_be_a_statistics_key(tmp_path, old, new, path, words):
    (tmp_path / "region.toml").write_text(WALK.replace(old, new), encoding="utf-8")
    with pytest.raises(ProcedureFileError) as caught:
        load_procedures(extra=[tmp_path])
    assert caught.value.file == "region.toml" and caught.value.path == path
    assert str(caught.value).startswith(f"region.toml: {path}: ")
    assert words in caught.value.message and "restorative_mediation" in caught.value.message


def test_a_shipped_type_counts_only_as_itself():
    text = resource("procedures", "other.toml").read_text(encoding="utf-8")
    text = text.replace("[programs.other]\n", '[programs.other]\ncounts_as = "school_conference"\n')
    assert 'counts_as = "school_conference"' in text
    with pytest.raises(ProcedureFileError, match=r"other\.toml: programs\.other\.counts_as"):
        parse_procedure_file(text, "other.toml")


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
