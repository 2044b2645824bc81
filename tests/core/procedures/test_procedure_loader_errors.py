"""A broken procedure file is refused with the file, the path inside it and what is wrong."""

from __future__ import annotations

import pytest

from rsdesk.procedures import ProcedureFileError, parse_procedure_file
from rsdesk.resource_paths import resource

GOOD = resource("procedures", "restorative_mediation.toml").read_text(encoding="utf-8")


def broken(old: str, new: str, count: int = 1) -> str:
    assert old in GOOD, old
    return GOOD.replace(old, new, count)


def error_of(text: str) -> ProcedureFileError:
    with pytest.raises(ProcedureFileError) as caught:
        parse_procedure_file(text, "broken.toml")
    return caught.value


def test_the_original_is_fine():
    assert set(parse_procedure_file(GOOD, "ok.toml")) == {"restorative_mediation"}


@pytest.mark.parametrize(
    ("old", "new", "path"),
    [
        ("version = 1", "version = 1\ncolour = 'blue'", "colour"),
        ("version = 1", "version = 2", "version"),
        ('kind = "joint_meeting"', 'kind = "party_time"', "stages[2].kind"),
        ('type = "multiline"', 'type = "essay"', "stages[0].fields[0].type"),
        ('requires = ["preliminary"]', 'requires = ["nowhere"]', "stages[2].requires[0]"),
        ('requires = ["preparation"]', 'requires = ["joint_meeting"]', "stages[1].requires[0]"),
        ("required = true", 'required = "yes"', "stages[0].fields[0].required"),
        ("min_length = 10", "min_length = 10\nchoices = []", "stages[0].fields[0].choices"),
        ('key = "legal_consequences"', 'key = "legal"', "awareness"),
        ('for_roles = ["offender"', 'for_roles = ["judge"', "stages[1].for_roles[0]"),
        ('binds = "meeting_date"', 'binds = "attendees"', "stages[1].fields[0].binds"),
        ('key = "partly"', 'key = "half"', "stages[4].fields[1].choices"),
        ('kind = "closure"', 'kind = "follow_up"', "programs.restorative_mediation"),
        ('produces = ["agreement"]', 'produces = ["cake"]', "stages[3].produces[0]"),
        ('legal_representatives = "parties"', 'legal_representatives = "some"', "consent"),
        ('title = "Совместная встреча сторон"', "", "stages[2].title"),
    ],
)
def test_mistakes_name_file_and_path(old, new, path):
    error = error_of(broken(old, new))
    assert error.file == "broken.toml"
    assert error.path.startswith(path), (error.path, str(error))
    assert str(error).startswith(f"broken.toml: {error.path}")
    assert error.message


def test_a_meeting_of_several_people_must_record_who_came():
    text = broken(
        'binds = "attendees"\n\n[[stages.fields]]\nkey = "rules_agreed"',
        '\n[[stages.fields]]\nkey = "rules_agreed"',
    )
    assert error_of(text).path == "stages[2].fields"


def test_not_toml_at_all():
    error = error_of("stages = [")
    assert error.file == "broken.toml" and "TOML" in error.message


def test_duplicate_stage_keys():
    text = broken('key = "follow_up"\nkind = "follow_up"', 'key = "agreement"\nkind = "follow_up"')
    assert error_of(text).path == "stages[4].key"
