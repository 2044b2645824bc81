"""Reads procedure TOML files strictly: every mistake names the file and the path inside it."""

from __future__ import annotations

import tomllib
from dataclasses import replace
from pathlib import Path
from typing import Any

from rsdesk.domain.vocabulary import PARTICIPANT_ROLES, PROGRAM_TYPES
from rsdesk.i18n import translate
from rsdesk.procedures.reader import Reader, join, paragraphs
from rsdesk.procedures.schema import (
    BINDINGS,
    DAY_BINDINGS,
    FIELD_TYPES,
    FORMAT_VERSION,
    FULFILMENT,
    PRODUCTS,
    REPRESENTATION_RULES,
    REQUIRED_AWARENESS,
    STAGE_KINDS,
    AwarenessItem,
    Choice,
    ConsentRule,
    Field,
    Procedure,
    Stage,
)

TOP_KEYS = {"version", "programs", "consent", "awareness", "stages"}
PROGRAM_KEYS = {"title", "summary", "notes", "questions", "counts_as"}
CONSENT_KEYS = {"roles", "legal_representatives", "required_roles"}
STAGE_KEYS = {
    "key",
    "kind",
    "title",
    "guidance",
    "questions",
    "fields",
    "requires",
    "requires_consent",
    "per_participant",
    "for_roles",
    "min_participants",
    "collects_consent",
    "optional",
    "repeatable",
    "produces",
    "only_for",
}
COMMON_FIELD_KEYS = {"key", "type", "label", "required", "help", "binds"}
FIELD_KEYS_BY_TYPE = {
    "text": {"min_length", "max_length"},
    "multiline": {"min_length", "max_length"},
    "date": {"not_future"},
    "bool": {"must_be_true"},
    "choice": {"choices"},
    "participants": {"min_count", "roles"},
    "agreement_items": {"min_count"},
    "number": {"min", "max"},
}


def _field(r: Reader, raw: Any, path: str) -> Field:
    kind = raw.get("type") if isinstance(raw, dict) else None
    if kind not in FIELD_TYPES:
        if isinstance(raw, dict) and "type" in raw:
            raise r.fail(
                join(path, "type"),
                translate(
                    "procedures",
                    "unknown field type «{value}»; known: {known}",
                    value=kind,
                    known=", ".join(sorted(FIELD_TYPES)),
                ),
            )
        r.table(raw, path, COMMON_FIELD_KEYS, ("type",))
    data = r.table(raw, path, COMMON_FIELD_KEYS | FIELD_KEYS_BY_TYPE[kind], ("key", "label"))
    values: dict[str, Any] = {
        "key": r.key(data["key"], join(path, "key")),
        "type": kind,
        "label": r.text(data["label"], join(path, "label")),
    }
    for name in ("required", "not_future", "must_be_true"):
        if name in data:
            values[name] = r.flag(data[name], join(path, name))
    if "help" in data:
        values["help"] = r.text(data["help"], join(path, "help"))
    for name in ("min_length", "max_length", "min_count"):
        if name in data:
            values[name] = r.whole(data[name], join(path, name))
    for name in ("min", "max"):
        if name in data:
            values[name] = r.number(data[name], join(path, name))
    if "roles" in data:
        values["roles"] = r.keys(data["roles"], join(path, "roles"), PARTICIPANT_ROLES)
    if kind == "choice":
        choices = []
        for i, item in enumerate(r.items(data.get("choices"), join(path, "choices"))):
            at = f"{path}.choices[{i}]"
            item = r.table(item, at, {"key", "label"}, ("key", "label"))
            choices.append(Choice(r.key(item["key"], at + ".key"), r.text(item["label"], at)))
        if len({c.key for c in choices}) != len(choices):
            raise r.fail(join(path, "choices"), translate("procedures", "a value is repeated"))
        values["choices"] = tuple(choices)
    for low, high in (("min_length", "max_length"), ("min", "max")):
        if low in values and high in values and values[low] > values[high]:
            raise r.fail(
                join(path, low),
                translate("procedures", "is greater than {other}", other=high),
            )
    if "binds" in data:
        binds = data["binds"]
        if binds not in BINDINGS:
            raise r.fail(
                join(path, "binds"),
                translate(
                    "procedures",
                    "unknown value «{value}»; known: {known}",
                    value=binds,
                    known=", ".join(BINDINGS),
                ),
            )
        if BINDINGS[binds] != kind:
            raise r.fail(
                join(path, "binds"),
                translate(
                    "procedures",
                    "«{binds}» needs a field of type {type}",
                    binds=binds,
                    type=BINDINGS[binds],
                ),
            )
        if binds == "fulfilment" and set(Field(**values).choice_keys()) != set(FULFILMENT):
            raise r.fail(
                join(path, "choices"),
                translate(
                    "procedures",
                    "the fulfilment choices must be exactly: {known}",
                    known=", ".join(FULFILMENT),
                ),
            )
        values["binds"] = binds
    return Field(**values)


def _stage(r: Reader, raw: Any, path: str, programs: tuple[str, ...]) -> tuple[Stage, tuple]:
    data = r.table(raw, path, STAGE_KEYS, ("key", "kind", "title", "guidance"))
    kind = data["kind"]
    if kind not in STAGE_KINDS:
        raise r.fail(
            join(path, "kind"),
            translate(
                "procedures",
                "unknown stage kind «{value}»; known: {known}",
                value=kind,
                known=", ".join(sorted(STAGE_KINDS)),
            ),
        )
    values: dict[str, Any] = {
        "key": r.key(data["key"], join(path, "key")),
        "kind": kind,
        "title": r.text(data["title"], join(path, "title")),
        "guidance": paragraphs(r.text(data["guidance"], join(path, "guidance"))),
    }
    for name in (
        "requires_consent",
        "per_participant",
        "collects_consent",
        "optional",
        "repeatable",
    ):
        if name in data:
            values[name] = r.flag(data[name], join(path, name))
    if "questions" in data:
        values["questions"] = r.texts(data["questions"], join(path, "questions"))
    if "requires" in data:
        values["requires"] = r.texts(data["requires"], join(path, "requires"))
    if "for_roles" in data:
        values["for_roles"] = r.keys(data["for_roles"], join(path, "for_roles"), PARTICIPANT_ROLES)
    if "min_participants" in data:
        values["min_participants"] = r.whole(
            data["min_participants"], join(path, "min_participants")
        )
    if "produces" in data:
        values["produces"] = r.keys(data["produces"], join(path, "produces"), sorted(PRODUCTS))
    only_for = (
        r.keys(data["only_for"], join(path, "only_for"), programs) if "only_for" in data else ()
    )
    fields = []
    for i, raw_field in enumerate(data.get("fields", [])):
        fields.append(_field(r, raw_field, f"{path}.fields[{i}]"))
    if "fields" in data and not isinstance(data["fields"], list):
        raise r.fail(join(path, "fields"), translate("procedures", "must be a list"))
    keys = [f.key for f in fields]
    bindings = [f.binds for f in fields if f.binds]
    if len(set(keys)) != len(keys) or len(set(bindings)) != len(bindings):
        raise r.fail(
            join(path, "fields"),
            translate("procedures", "two fields have the same key or the same binding"),
        )
    if sum(1 for f in fields if f.binds in DAY_BINDINGS) > 1:
        raise r.fail(
            join(path, "fields"),
            translate(
                "procedures",
                "a stage has one date of its own: one of {known}",
                known=", ".join(DAY_BINDINGS),
            ),
        )
    values["fields"] = tuple(fields)
    stage = Stage(**values)
    if stage.per_participant and not stage.for_roles:
        raise r.fail(
            join(path, "for_roles"),
            translate("procedures", "a stage held with each participant must name their roles"),
        )
    if stage.collects_consent and not stage.per_participant:
        raise r.fail(
            join(path, "collects_consent"),
            translate(
                "procedures", "consent is collected only in a stage held with each participant"
            ),
        )
    if stage.is_meeting and not stage.per_participant and not stage.bound("attendees"):
        raise r.fail(
            join(path, "fields"),
            translate(
                "procedures",
                "a meeting held with several people needs a participants field with "
                'binds = "attendees"',
            ),
        )
    return stage, only_for


def parse_procedure_file(text: str, file: str) -> dict[str, Procedure]:
    """The procedures of one file's text, by program type; raises ProcedureFileError."""
    r = Reader(file)
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as error:
        raise r.fail(
            "", translate("procedures", "not valid TOML: {error}", error=str(error))
        ) from None
    r.table(data, "", TOP_KEYS, ("version", "programs", "consent", "awareness", "stages"))
    if data["version"] != FORMAT_VERSION:
        raise r.fail(
            "version",
            translate(
                "procedures",
                "unsupported version; this program reads version {version}",
                version=FORMAT_VERSION,
            ),
        )
    programs_raw = data["programs"]
    if not isinstance(programs_raw, dict) or not programs_raw:
        raise r.fail("programs", translate("procedures", "must name at least one program type"))
    programs = tuple(r.key(key, f"programs.{key}") for key in programs_raw)

    consent_raw = r.table(data["consent"], "consent", CONSENT_KEYS, ("roles",))
    roles = r.keys(consent_raw["roles"], "consent.roles", PARTICIPANT_ROLES)
    if not roles:
        raise r.fail("consent.roles", translate("procedures", "must name at least one role"))
    rule = consent_raw.get("legal_representatives", "parties")
    if rule not in REPRESENTATION_RULES:
        raise r.fail(
            "consent.legal_representatives",
            translate(
                "procedures",
                "unknown value «{value}»; known: {known}",
                value=rule,
                known=", ".join(REPRESENTATION_RULES),
            ),
        )
    required_roles = r.keys(consent_raw.get("required_roles", []), "consent.required_roles", roles)
    consent = ConsentRule(roles, rule, required_roles)

    awareness = []
    for i, item in enumerate(r.items(data["awareness"], "awareness")):
        item = r.table(item, f"awareness[{i}]", {"key", "label"}, ("key", "label"))
        awareness.append(
            AwarenessItem(
                r.key(item["key"], f"awareness[{i}].key"),
                r.text(item["label"], f"awareness[{i}].label"),
            )
        )
    missing = [key for key in REQUIRED_AWARENESS if key not in {a.key for a in awareness}]
    if missing or len({a.key for a in awareness}) != len(awareness):
        raise r.fail(
            "awareness",
            translate(
                "procedures",
                "needs the items {keys}, each once",
                keys=", ".join(REQUIRED_AWARENESS),
            ),
        )

    stages: list[tuple[Stage, tuple]] = []
    seen: set[str] = set()
    for i, raw in enumerate(r.items(data["stages"], "stages")):
        stage, only_for = _stage(r, raw, f"stages[{i}]", programs)
        if stage.key in seen:
            raise r.fail(
                f"stages[{i}].key", translate("procedures", "a stage with this key already exists")
            )
        for j, required in enumerate(stage.requires):
            if required not in seen:
                raise r.fail(
                    f"stages[{i}].requires[{j}]",
                    translate(
                        "procedures", "no earlier stage «{value}» to wait for", value=required
                    ),
                )
        seen.add(stage.key)
        stages.append((stage, only_for))

    return {
        key: _program(r, key, programs_raw[key], consent, tuple(awareness), stages)
        for key in programs
    }


def _program(
    r: Reader, key: str, raw: Any, consent: ConsentRule, awareness: tuple, stages: list
) -> Procedure:
    path = f"programs.{key}"
    data = r.table(raw, path, PROGRAM_KEYS, ("title", "summary"))
    notes = r.table(data.get("notes", {}), path + ".notes", {s.key for s, _ in stages})
    extra = r.table(data.get("questions", {}), path + ".questions", {s.key for s, _ in stages})
    own: list[Stage] = []
    for stage, only_for in stages:
        if only_for and key not in only_for:
            continue
        changes: dict[str, Any] = {}
        if stage.key in notes:
            note = paragraphs(r.text(notes[stage.key], f"{path}.notes.{stage.key}"))
            changes["guidance"] = stage.guidance + "\n\n" + note
        if stage.key in extra:
            changes["questions"] = stage.questions + r.texts(
                extra[stage.key], f"{path}.questions.{stage.key}"
            )
        own.append(_replace(stage, changes))
    kept = {s.key for s in own}
    for stage in own:
        for required in stage.requires:
            if required not in kept:
                raise r.fail(
                    path,
                    translate(
                        "procedures",
                        "stage «{stage}» waits for «{value}», which this program does not have",
                        stage=stage.key,
                        value=required,
                    ),
                )
    closures = [s for s in own if s.kind == "closure"]
    if len(closures) != 1 or own[-1].kind != "closure":
        raise r.fail(
            path, translate("procedures", "the last stage, and only it, must be of kind closure")
        )
    return Procedure(
        program_type=key,
        title=r.text(data["title"], path + ".title"),
        summary=paragraphs(r.text(data["summary"], path + ".summary")),
        source=r.file,
        consent=consent,
        awareness=awareness,
        stages=tuple(own),
        counts_as=_counts_as(r, key, data, path),
    )


def _counts_as(r: Reader, key: str, data: dict, path: str) -> str:
    """A program's statistics key: itself if docs/DOMAIN.md lists it, else the declared one."""
    known = ", ".join(PROGRAM_TYPES)
    if "counts_as" not in data:
        if key in PROGRAM_TYPES:
            return key
        raise r.fail(
            path,
            translate(
                "procedures",
                "a program type of its own must say what it counts as in the yearly "
                "statistics: counts_as = one of {known}",
                known=known,
            ),
        )
    value = data["counts_as"]
    if value not in PROGRAM_TYPES:
        raise r.fail(
            join(path, "counts_as"),
            translate(
                "procedures", "unknown value «{value}»; known: {known}", value=value, known=known
            ),
        )
    if key in PROGRAM_TYPES and value != key:
        # A built-in type is a key of the statistics file: counting it as another would
        # silently move programs between the columns the regional centre adds up.
        raise r.fail(
            join(path, "counts_as"),
            translate("procedures", "a program type of the statistics file counts as itself"),
        )
    return value


def _replace(stage: Stage, changes: dict[str, Any]) -> Stage:
    return replace(stage, **changes) if changes else stage


def load_procedure_file(path: Path) -> dict[str, Procedure]:
    return parse_procedure_file(path.read_text(encoding="utf-8"), path.name)
