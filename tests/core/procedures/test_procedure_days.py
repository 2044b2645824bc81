"""The engine keeps the day each thing happened beside the moment it was entered, reads states
written before it did, and derives meetings, items and follow-up from what is recorded."""

from __future__ import annotations

import json
from datetime import date, timedelta

import pytest

from rsdesk.i18n import set_language
from rsdesk.procedures import FieldValueError, Participant, ProgramRun, load_procedures
from rsdesk.procedures.corrections import correct_stage, set_agreement_items, undo_stage
from tests.helpers.procedures import NOW, agree_everyone, complete, drive, values_for

SEPTEMBER = date(2024, 2, 20)  # weeks before NOW, the day the work was entered


@pytest.fixture(autouse=True)
def russian():
    set_language("ru")


@pytest.fixture(scope="module")
def procedures():
    return load_procedures()


def two_adults() -> list[Participant]:
    return [Participant("a", "party", minor=False), Participant("b", "party", minor=False)]


def test_each_record_keeps_its_day_apart_from_its_entry(procedures):
    run = ProgramRun.start(procedures["restorative_mediation"], two_adults(), NOW)
    run.record_awareness("a", [i.key for i in run.procedure.awareness], NOW, SEPTEMBER)
    run.record_consent("a", NOW, SEPTEMBER)
    assert run.consents["a"] == {"at": NOW.isoformat(), "on": "2024-02-20"}
    assert (run.consent_day("a"), run.awareness_day("a")) == (SEPTEMBER, SEPTEMBER)
    stage = run.procedure.stage("preparation")
    run.complete_stage("preparation", values_for(stage, run, NOW.date()), NOW, on=SEPTEMBER)
    assert run.completions["preparation"][0]["on"] == "2024-02-20"
    assert run.first_day() == SEPTEMBER
    run.decline("Стороны помирились сами", NOW, SEPTEMBER + timedelta(days=3))
    assert run.ended_on() == date(2024, 2, 23)
    again = ProgramRun.from_dict(json.loads(json.dumps(run.to_dict())), run.procedure)
    assert again.to_dict() == run.to_dict()


def test_a_stages_date_field_is_its_day_and_wins_over_the_step_day(procedures):
    run = ProgramRun.start(procedures["restorative_mediation"], two_adults(), NOW)
    agree_everyone(run)
    complete(run, run.procedure.stage("preparation"), NOW - timedelta(days=30))
    stage = run.procedure.stage("preliminary")
    values = {**values_for(stage, run, NOW.date()), "date": "2024-03-01"}
    run.complete_stage("preliminary", values, NOW, "a", on=date(2024, 3, 5))
    assert run.completions["preliminary"][0]["on"] == "2024-03-01"
    assert run.meetings[0]["date"] == "2024-03-01"


def test_a_state_written_before_days_were_kept_reads_them_from_its_stamps(procedures):
    run = drive(procedures["restorative_mediation"], two_adults())
    old = run.to_dict()
    for given in old["awareness"].values():
        del given["on"]
    old["consents"] = {pid: given["at"] for pid, given in old["consents"].items()}
    for entries in old["completions"].values():
        for entry in entries:
            del entry["on"]
    del old["ended"]["on"]
    read = ProgramRun.from_dict(old, run.procedure)
    assert read.consent_day("a") == NOW.date()
    assert read.stage_day("preliminary") == date.fromisoformat(
        read.completions["preliminary"][0]["values"]["date"]
    )
    assert read.ended_on() == datetime_day(old["ended"]["at"])


def datetime_day(stamp: str) -> date:
    return date.fromisoformat(stamp[:10])


def test_a_program_cannot_end_before_a_stage_it_held(procedures):
    run = ProgramRun.start(procedures["restorative_mediation"], two_adults(), NOW)
    complete(run, run.procedure.stage("preparation"), NOW)
    with pytest.raises(FieldValueError) as refused:
        run.refuse("a", "Передумал", NOW, NOW.date() - timedelta(days=1))
    assert refused.value.errors == {
        "on": "Дата не может быть раньше 15.03.2024 — дня, когда прошёл этап «Знакомство со "
        "случаем»."
    }
    assert run.outcome is None


def test_corrections_follow_through_meetings_items_and_follow_up(procedures):
    run = drive(procedures["restorative_mediation"], two_adults())
    later = NOW + timedelta(days=10)  # after the drive's last stage
    agreement = run.completions["agreement"][0]
    moved = {**agreement["values"], "follow_up_date": "2024-05-01"}
    old, new = correct_stage(run, "agreement", 0, moved, later, reason="Перенесли проверку")
    assert (old["values"]["follow_up_date"], new["values"]["follow_up_date"]) == (
        "2024-04-17",
        "2024-05-01",
    )
    assert run.follow_up["date"] == "2024-05-01"
    assert run.history[-1]["event"] == "stage_corrected"
    items = [{"who": ["a"], "what": "Вернуть тетрадь", "by": "2024-04-01"}]
    set_agreement_items(run, items, later, reason="Записали не тот пункт")
    assert [i["what"] for i in run.agreement_items] == ["Вернуть тетрадь"]
    undo_stage(run, "closure", 0, later, reason="Рано закрыли")
    assert (run.outcome, run.ended) == (None, None)
    undo_stage(run, "follow_up", 0, later, reason="Проверка была не с теми")
    assert run.follow_up == {"date": "2024-05-01", "fulfilment": None}
    with pytest.raises(FieldValueError):
        correct_stage(
            run, "agreement", 0, {**moved, "follow_up_date": "2024-01-01"}, later, reason="Опечатка"
        )


def test_the_confidentiality_exception_leaves_the_stage_to_enter_as_it_was(procedures):
    run = ProgramRun.start(procedures["restorative_mediation"], two_adults(), NOW)
    agree_everyone(run)
    for key in ("preparation", "preliminary"):
        complete(run, run.procedure.stage(key), NOW)
    before = (run.current_stage(), run.can_enter("joint_meeting"))
    run.record_confidentiality_exception("threat_to_life", NOW.date(), ["a"], "Директор", NOW)
    assert (run.current_stage(), run.can_enter("joint_meeting")) == before
    complete(run, run.procedure.stage("joint_meeting"), NOW)
    assert run.is_done("joint_meeting")
