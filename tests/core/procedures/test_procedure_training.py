"""Training warnings for a facilitator without the module, and the curator's recorded override."""

from __future__ import annotations

import re

import pytest

from rsdesk.domain.leading import training_warnings
from rsdesk.i18n import set_language
from rsdesk.procedures import PracticeRefused, ProgramRun, load_procedures
from tests.helpers.procedures import NOW, cast, complete


@pytest.fixture(autouse=True)
def russian():
    set_language("ru")


def test_a_trained_facilitator_gets_no_warning():
    assert training_warnings("restorative_mediation", "bullying", ["M1", "M3"]) == []
    assert training_warnings("preventive_program", "crime", ["M4"]) == []
    assert training_warnings("other", None, []) == []


def test_missing_program_module_warns():
    warnings = training_warnings("family_conference", "family_violence", ["M1"])
    assert len(warnings) == 1
    assert (
        re.search("[MМ]5", warnings[0]) and "семейная восстановительная конференция" in warnings[0]
    )
    assert len(training_warnings("circle_healing", None, ["M1"])) == 1


def test_crime_needs_the_difficult_cases_module_too():
    warnings = training_warnings("restorative_mediation", "socially_dangerous_act", [])
    assert len(warnings) == 2
    assert any(re.search("[MМ]4", w) for w in warnings)
    assert training_warnings("restorative_mediation", "crime", ["M1", "M4"]) == []


def test_warning_holds_the_program_until_the_curator_overrides():
    procedure = load_procedures()["school_parent_council"]
    warnings = training_warnings("school_parent_council", None, ["M1", "M2"])
    run = ProgramRun.start(procedure, cast(), NOW, training_warnings=warnings)
    allowed, reasons = run.can_enter("preparation")
    assert not allowed and reasons == warnings
    with pytest.raises(PracticeRefused):
        complete(run, procedure.stage("preparation"), NOW)
    with pytest.raises(PracticeRefused):
        run.override_training("curator-7", " ", NOW)
    run.override_training("curator-7", "Ведёт вместе с опытным медиатором", NOW)
    assert run.training["override"] == {
        "by": "curator-7",
        "reason": "Ведёт вместе с опытным медиатором",
        "at": NOW.isoformat(),
        "on": NOW.date().isoformat(),
    }
    assert run.history[-1]["event"] == "training_override"
    assert run.can_enter("preparation") == (True, [])


def test_nothing_to_override_without_warnings():
    run = ProgramRun.start(load_procedures()["other"], cast(), NOW)
    with pytest.raises(PracticeRefused):
        run.override_training("curator", "просто так", NOW)
