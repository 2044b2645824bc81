"""The gates of the restorative principles, the confidentiality exception, and saved state."""

from __future__ import annotations

import json
from datetime import date, timedelta

import pytest

from rsdesk.i18n import set_language
from rsdesk.procedures import (
    NEVER_EXPORTED,
    FieldValueError,
    Participant,
    PracticeRefused,
    ProgramRun,
    load_procedures,
)
from tests.helpers.procedures import NOW, agree_everyone, cast, complete, drive, values_for

ALL_AWARE = ["approach", "voluntariness", "confidentiality", "legal_consequences"]


@pytest.fixture(autouse=True)
def russian():
    set_language("ru")


@pytest.fixture(scope="module")
def procedures():
    return load_procedures()


@pytest.fixture
def mediation(procedures):
    people = [
        Participant("pupil", "offender", minor=True),
        Participant("mother", "legal_representative", minor=False, represents="pupil"),
        Participant("victim", "victim", minor=False),
    ]
    return ProgramRun.start(procedures["restorative_mediation"], people, NOW)


def consent(run, pid):
    run.record_awareness(pid, ALL_AWARE, NOW)
    run.record_consent(pid, NOW)


def meet(run, pid):
    stage = run.procedure.stage("preliminary")
    run.complete_stage("preliminary", values_for(stage, run, NOW.date()), NOW, pid)


def prepared(run):
    stage = run.procedure.stage("preparation")
    run.complete_stage("preparation", values_for(stage, run, NOW.date()), NOW)


def test_consent_needs_the_awareness_checklist_first(mediation):
    with pytest.raises(PracticeRefused) as caught:
        mediation.record_consent("victim", NOW)
    assert "правовые последствия" in str(caught.value)
    with pytest.raises(PracticeRefused, match="объясните"):
        mediation.record_awareness("victim", ["approach", "voluntariness"], NOW)
    assert "victim" not in mediation.awareness
    consent(mediation, "victim")
    assert "victim" in mediation.consents


def test_joint_meeting_waits_for_every_party_and_the_legal_representative(mediation):
    prepared(mediation)
    for pid in ("pupil", "victim"):
        consent(mediation, pid)
        meet(mediation, pid)
    allowed, reasons = mediation.can_enter("joint_meeting")
    assert not allowed
    joined = " ".join(reasons)
    assert "«mother»" in joined and "Предварительная встреча" in joined
    # A representative who met the mediator but did not consent still keeps the gate closed.
    with pytest.raises(PracticeRefused, match="согласие"):
        meet(mediation, "mother")
    consent(mediation, "mother")
    allowed, reasons = mediation.can_enter("joint_meeting")
    assert not allowed and len(reasons) == 1  # only the representative's preliminary meeting
    meet(mediation, "mother")
    assert mediation.can_enter("joint_meeting") == (True, [])


def test_a_minor_without_a_representative_blocks_the_joint_meeting(procedures):
    people = [Participant("kid", "party", minor=True), Participant("adult", "party", minor=False)]
    run = ProgramRun.start(procedures["restorative_mediation"], people, NOW)
    agree_everyone(run)
    allowed, reasons = run.can_enter("joint_meeting")
    assert not allowed
    assert any("законного представителя" in r and "«kid»" in r for r in reasons)


def test_stage_gates_follow_the_order(mediation):
    allowed, reasons = mediation.can_enter("agreement")
    assert not allowed and any("Совместная встреча" in r for r in reasons)
    with pytest.raises(PracticeRefused):
        mediation.complete_stage("closure", {}, NOW)


def test_refusal_stops_the_program_with_its_reason(mediation):
    prepared(mediation)
    mediation.refuse("victim", "Не хочет встречаться", NOW)
    assert mediation.outcome == "stopped"
    assert mediation.ended["reason"] == "Не хочет встречаться"
    assert mediation.ended["participant"] == "victim"
    assert mediation.ended["stage"] == "preliminary"
    allowed, reasons = mediation.can_enter("preliminary", "pupil")
    assert not allowed and "прекращена" in reasons[0]
    with pytest.raises(PracticeRefused):
        consent(mediation, "pupil")
    with pytest.raises(PracticeRefused, match="причину"):
        ProgramRun.start(mediation.procedure, cast(), NOW).refuse("pupil", "  ", NOW)


def test_the_mediator_may_decline_hand_over_or_transfer(procedures):
    run = ProgramRun.start(procedures["circle_reconciliation"], cast(), NOW)
    run.decline("Ведущий лично знаком с семьёй", NOW)
    assert (run.outcome, run.ended["by"]) == ("stopped", "mediator")
    # docs/DOMAIN.md: handed over to another facilitator counts as stopped, with the reason kept.
    run = ProgramRun.start(procedures["restorative_mediation"], cast(), NOW)
    run.hand_over("Иванова Мария Петровна", "Ведущий уходит в отпуск", NOW)
    assert (run.outcome, run.ended["by"]) == ("stopped", "mediator")
    assert run.ended["reason"] == "Ведущий уходит в отпуск"
    assert run.ended["handed_over_to"] == "Иванова Мария Петровна"
    with pytest.raises(PracticeRefused, match="причину"):
        ProgramRun.start(procedures["restorative_mediation"], cast(), NOW).hand_over(
            "Иванова", " ", NOW
        )
    # A transfer to another service is the one way a program ends as transferred.
    run = ProgramRun.start(procedures["restorative_mediation"], cast(), NOW)
    run.transfer("Территориальная служба примирения", "Случай — преступление", NOW)
    assert run.outcome == "transferred"
    assert run.ended["to"] == "Территориальная служба примирения"
    assert run.ended["reason"] == "Случай — преступление"
    with pytest.raises(PracticeRefused):
        run.transfer("ТСП", "Ещё раз", NOW)


def test_values_are_checked_per_field(mediation):
    stage = mediation.procedure.stage("preparation")
    with pytest.raises(FieldValueError) as caught:
        mediation.complete_stage("preparation", {"situation": "коротко", "colour": "red"}, NOW)
    assert set(caught.value.errors) == {"situation", "colour"}
    assert "10" in caught.value.errors["situation"]
    prepared(mediation)
    consent(mediation, "victim")
    tomorrow = (NOW.date() + timedelta(days=1)).isoformat()
    with pytest.raises(FieldValueError) as caught:
        mediation.complete_stage("preliminary", {"date": tomorrow}, NOW, "victim")
    assert "будущем" in caught.value.errors["date"]
    assert "Заполните" in caught.value.errors["ready_for_joint"]
    assert stage.key not in mediation.skipped


def test_attendees_must_have_consented(procedures):
    latecomer = Participant("neighbour", "supporter", minor=False)
    run2 = ProgramRun.start(procedures["restorative_mediation"], cast(), NOW)
    agree_everyone(run2)
    run2.add_participant(latecomer, NOW)
    complete(run2, run2.procedure.stage("preparation"), NOW)
    complete(run2, run2.procedure.stage("preliminary"), NOW)
    # The newcomer's missing consent closes the gate itself.
    allowed, reasons = run2.can_enter("joint_meeting")
    assert not allowed and any("«neighbour»" in r for r in reasons)


def test_agreement_items_follow_up_and_fulfilment(procedures):
    run = drive(procedures["restorative_mediation"])
    assert run.agreement_items == [
        {"who": ["pupil"], "what": "Извиниться", "by": "2024-03-18", "status": None}
    ]
    assert run.follow_up == {"date": "2024-04-17", "fulfilment": "fulfilled"}
    run.record_fulfilment("partly", NOW, item=0)
    assert run.agreement_items[0]["status"] == "partly"
    assert run.results_for_referrer() == {
        "program_type": "restorative_mediation",
        "outcome": "completed_with_agreement",
        "fulfilment": "fulfilled",
    }


def test_shuttle_rounds_repeat_and_no_joint_meeting(procedures):
    procedure = procedures["shuttle_mediation"]
    run = ProgramRun.start(procedure, cast(), NOW)
    agree_everyone(run)
    for key in ("preparation", "preliminary"):
        complete(run, procedure.stage(key), NOW)
    for who in ("pupil", "other_pupil", "pupil"):
        values = values_for(procedure.stage("message_round"), run, NOW.date())
        run.complete_stage("message_round", {**values, "with_whom": [who]}, NOW)
    assert len(run.completions["message_round"]) == 3
    # pupil (a minor), the parent, the other pupil, the teacher and the head met the mediator.
    assert run.participant_counts() == {"adults": 4, "minors": 1}


def test_school_conference_needs_the_administration(procedures):
    people = [p for p in cast() if p.role != "administration"]
    run = ProgramRun.start(procedures["school_conference"], people, NOW)
    agree_everyone(run)
    complete(run, run.procedure.stage("preparation"), NOW)
    allowed, reasons = run.can_enter("conference")
    assert not allowed
    assert any("администрация" in r.lower() for r in reasons)


def test_confidentiality_exception_is_kept_but_never_exported(mediation):
    with pytest.raises(PracticeRefused, match="раскрыт"):
        mediation.record_confidentiality_exception(
            "threat_to_life", date(2024, 3, 14), [], "ПДН", NOW
        )
    mediation.record_confidentiality_exception(
        "possible_crime", date(2024, 3, 14), ["pupil", "mother"], "Инспектор ПДН", NOW
    )
    event = mediation.confidentiality_exceptions[0]
    assert event["kind"] == "possible_crime"
    assert event["told"] == ["pupil", "mother"]
    assert event["disclosed_to"] == "Инспектор ПДН"
    assert event["never_export"] is True
    state = mediation.to_dict()
    assert state["confidentiality_exceptions"] == [event]
    assert "confidentiality_exceptions" in NEVER_EXPORTED
    assert "Инспектор" not in json.dumps(mediation.results_for_referrer(), ensure_ascii=False)
    assert mediation.history[-1] == {"at": NOW.isoformat(), "event": "confidentiality_exception"}
    with pytest.raises(ValueError):
        mediation.record_confidentiality_exception("gossip", date(2024, 3, 14), ["pupil"], "x", NOW)


def test_current_stage_for_resume(mediation):
    assert mediation.current_stage().key == "preparation"
    prepared(mediation)
    assert mediation.current_stage().key == "preliminary"
    assert mediation.pending_participants("preliminary") == ["pupil", "mother", "victim"]


def test_state_survives_a_json_round_trip(procedures):
    procedure = procedures["restorative_mediation"]
    run = ProgramRun.start(procedure, cast(), NOW, training_warnings=["нет модуля"])
    run.override_training("curator-1", "Работает под супервизией", NOW)
    agree_everyone(run)
    complete(run, procedure.stage("preparation"), NOW)
    run.record_confidentiality_exception("threat_to_life", NOW.date(), ["pupil"], "Директор", NOW)
    text = json.dumps(run.to_dict(), ensure_ascii=False)
    restored = ProgramRun.from_dict(json.loads(text), procedure)
    assert restored.to_dict() == run.to_dict()
    assert restored.current_stage().key == "preliminary"
    complete(restored, procedure.stage("preliminary"), NOW)
    assert restored.can_enter("joint_meeting") == (True, [])
    with pytest.raises(ValueError):
        ProgramRun.from_dict(json.loads(text), procedures["other"])
    with pytest.raises(ValueError):
        ProgramRun.from_dict({**json.loads(text), "secret": 1}, procedure)
