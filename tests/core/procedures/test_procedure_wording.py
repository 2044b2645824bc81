"""Who a stage is held with and how the engine's messages name people and outcomes."""

from __future__ import annotations

import re

import pytest

from rsdesk.i18n import set_language
from rsdesk.procedures import Participant, ProgramRun, load_procedures
from tests.helpers.procedures import NOW, agree_everyone, complete, drive


@pytest.fixture(autouse=True)
def russian():
    set_language("ru")


@pytest.fixture(scope="module")
def procedures():
    return load_procedures()


def parent_and_teacher() -> list[Participant]:
    """A conflict between a mother and her son's teacher."""
    return [
        Participant("mother", "party", minor=False),
        Participant("teacher", "teacher", minor=False),
    ]


@pytest.mark.parametrize(
    "program_type",
    ["restorative_mediation", "shuttle_mediation", "other", "circle_reconciliation"],
)
def test_the_teacher_in_a_parent_teacher_conflict_has_a_preliminary_meeting(
    procedures, program_type
):
    procedure = procedures[program_type]
    run = ProgramRun.start(procedure, parent_and_teacher(), NOW)
    agree_everyone(run)
    complete(run, procedure.stage("preparation"), NOW)
    assert run.holders("preliminary") == ["mother", "teacher"]
    assert run.pending_participants("preliminary") == ["mother", "teacher"]
    complete(run, procedure.stage("preliminary"), NOW)
    assert run.is_done("preliminary")


def test_a_parent_teacher_mediation_runs_to_its_end(procedures):
    run = drive(procedures["restorative_mediation"], parent_and_teacher())
    assert run.outcome == "completed_with_agreement"
    assert {m["participant"] for m in run.meetings if m["stage"] == "preliminary"} == {
        "mother",
        "teacher",
    }


def test_a_minor_is_named_first_then_what_they_are(procedures):
    people = [Participant("17", "party", minor=True), Participant("18", "party", minor=False)]
    run = ProgramRun.start(procedures["restorative_mediation"], people, NOW)
    agree_everyone(run)
    _allowed, reasons = run.can_enter("joint_meeting")
    assert (
        "Участник «17» (сторона конфликта) — несовершеннолетний: добавьте в программу его "
        "родителя или законного представителя и получите согласие представителя."
    ) in reasons


def test_a_missing_consent_names_whose_it_is(procedures):
    people = [
        Participant("17", "offender", minor=True),
        Participant("19", "legal_representative", minor=False, represents="17"),
        Participant("18", "victim", minor=False),
    ]
    run = ProgramRun.start(procedures["restorative_mediation"], people, NOW)
    for pid in ("17", "18"):
        run.record_awareness(pid, [a.key for a in run.procedure.awareness], NOW)
        run.record_consent(pid, NOW)
    _allowed, reasons = run.can_enter("joint_meeting")
    # The minor consented; it is their representative whose consent is missing.
    assert "Нет согласия участника «19» (родитель или законный представитель)." in reasons
    assert (
        "Нет согласия законного представителя «19», который представляет участника «17» (обидчик)."
    ) in reasons
    assert not any("«17»" in reason and "«19»" not in reason for reason in reasons)


def test_the_ended_program_says_so_without_repeating_a_word(procedures):
    run = drive(procedures["restorative_mediation"])
    _allowed, reasons = run.can_enter("follow_up")
    assert reasons[0] == "Программа больше не идёт: завершена с договорённостью."
    words = re.findall(r"\w+", reasons[0].lower())
    assert len(words) == len(set(words))
