"""Document wording from resources/documents/*.toml, checked so a region can edit it safely."""

from __future__ import annotations

import string
import threading
import tomllib
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from rsdesk.i18n import translate
from rsdesk.resource_paths import resource

FORMAT_VERSION = 1

_L = "list"  # a key holding a list of strings; every other key holds one string
# Section -> (its keys, the placeholders its texts may use). A key missing, a key unknown or a
# placeholder unknown is an error naming the file, so a typo never reaches a printed page.
SCHEMA: dict[str, tuple[dict[str, str], frozenset[str]]] = {
    "common": (
        {
            "page": "",
            "date": "",
            "month_year": "",
            "months_genitive": _L,
            "months_nominative": _L,
            "signature": "",
            "signature_name": "",
            "signature_date": "",
            "not_given": "",
            "minor": "",
            "adult": "",
            "class_name": "",
        },
        frozenset({"page", "pages", "day", "month", "year", "class_name"}),
    ),
    "request_card": (
        dict.fromkeys(
            [
                "title",
                "received_on",
                "source",
                "referrer",
                "category",
                "case",
                "case_value",
                "no_case",
                "mediators",
                "participants",
                "description",
                "registered_by",
            ],
            "",
        )
        | {"participant_columns": _L},
        frozenset({"number", "date", "service"}),
    ),
    # agree_*: by the sex the signer's name shows (names.gender), neutral when it shows none.
    "consent_party": (
        dict.fromkeys(
            ["title", "intro", "explained", "agree_male", "agree_female", "agree_neutral"], ""
        )
        | {"items": _L},
        frozenset({"participant", "program", "service"}),
    ),
    "consent_representative": (
        dict.fromkeys(
            [
                "title",
                "intro",
                "explained",
                "minor_male",
                "minor_female",
                "minor_neutral",
                "minor_unknown",
                "agree_male",
                "agree_female",
                "agree_neutral",
            ],
            "",
        )
        | {"items": _L},
        frozenset({"participant", "minor", "name", "program", "service"}),
    ),
    "program_result": (
        dict.fromkeys(
            [
                "title_agreement",
                "title_plan",
                "title_protocol",
                "intro_agreement",
                "intro_agreement_apart",
                "intro_plan",
                "intro_protocol",
                "signed_on",
                "participants",
                "items",
                "no_items",
                "harm_repair",
                "follow_up",
                "voluntary",
                "signatures",
                "facilitators",
            ],
            "",
        )
        | {"item_columns": _L},
        frozenset({"program", "service", "date"}),
    ),
    "referrer_report": (
        dict.fromkeys(
            [
                "title",
                "to",
                "intro",
                "principle",
                "held",
                "not_held",
                "in_progress",
                "transferred",
                "agreement_yes",
                "agreement_no",
                "fulfilled",
                "partly",
                "not_fulfilled",
                "not_checked",
                "none",
                "no_programs",
                "signed",
            ],
            "",
        )
        | {"columns": _L},
        frozenset({"referrer", "service", "number", "date"}),
    ),
    "supervision": (
        dict.fromkeys(
            [
                "title",
                "notice",
                "category",
                "period",
                "situation",
                "participants",
                "programs",
                "course",
                "agreement",
                "outcome",
                "questions",
                "no_text",
            ],
            "",
        ),
        frozenset({"category", "start", "end", "program", "outcome"}),
    ),
    "recovery_key": (
        {"title": "", "service": "", "date": "", "instructions": _L, "signed": ""},
        frozenset({"service", "date"}),
    ),
    "annual_report": (
        dict.fromkeys(
            ["title", "service", "place", "generated", "figures", "chart", "chart_empty", "signed"],
            "",
        )
        | {"columns": _L},
        frozenset({"year", "service", "kind", "region", "municipality", "date"}),
    ),
}


class TextsError(ValueError):
    """A document text file that cannot be used; the message names the file and the problem."""


def placeholders(text: str) -> set[str]:
    """The ``{name}`` fields of a text (``{{`` stays a literal brace)."""
    try:
        return {name for _, name, _, _ in string.Formatter().parse(text) if name is not None}
    except ValueError as exc:
        raise TextsError(str(exc)) from None


@dataclass(frozen=True)
class Section:
    """The texts of one document; ``get`` fills placeholders, ``list`` gives a list's items."""

    name: str
    values: dict[str, Any]

    def get(self, key: str, **params: object) -> str:
        text = self.values[key]
        return text.format(**params) if params else text

    def list(self, key: str, **params: object) -> list[str]:
        return [item.format(**params) if params else item for item in self.values[key]]


def _check(file: str, section: str, values: Any) -> dict[str, Any]:
    keys, allowed = SCHEMA[section]

    def fail(problem: str) -> TextsError:
        return TextsError(
            translate(
                "documents",
                "{file}, section [{section}]: {problem}",
                file=file,
                section=section,
                problem=problem,
            )
        )

    if not isinstance(values, dict):
        raise fail(translate("documents", "this must be a table of texts."))
    missing = sorted(set(keys) - set(values))
    unknown = sorted(set(values) - set(keys))
    if missing:
        raise fail(translate("documents", "missing texts: {keys}.", keys=", ".join(missing)))
    if unknown:
        raise fail(translate("documents", "unknown texts: {keys}.", keys=", ".join(unknown)))
    for key, kind in keys.items():
        value = values[key]
        items = value if kind == _L else [value]
        if (kind == _L and not (isinstance(value, list) and value)) or not all(
            isinstance(v, str) and v.strip() for v in items
        ):
            raise fail(translate("documents", "«{key}» must hold text.", key=key))
        for item in items:
            try:
                names = placeholders(item)
            except TextsError as exc:
                raise fail(f"«{key}»: {exc}") from None
            if names - allowed:
                raise fail(
                    translate(
                        "documents",
                        "«{key}» uses unknown placeholders {names}; allowed: {allowed}.",
                        key=key,
                        names=", ".join("{" + n + "}" for n in sorted(names - allowed)),
                        allowed=", ".join("{" + n + "}" for n in sorted(allowed)),
                    )
                )
    if section == "common":
        for key in ("months_genitive", "months_nominative"):
            if len(values[key]) != 12:
                raise fail(translate("documents", "«{key}» must list 12 months.", key=key))
    return values


def parse_file(path: Path) -> dict[str, Section]:
    """The sections of one text file, validated."""
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
        raise TextsError(
            translate("documents", "{file}: cannot be read: {reason}", file=path.name, reason=exc)
        ) from None
    if data.pop("version", None) != FORMAT_VERSION:
        raise TextsError(
            translate(
                "documents",
                "{file}: version must be {version}.",
                file=path.name,
                version=FORMAT_VERSION,
            )
        )
    sections = {}
    for name, values in data.items():
        if name not in SCHEMA:
            raise TextsError(
                translate(
                    "documents",
                    "{file}: unknown section [{section}].",
                    file=path.name,
                    section=name,
                )
            )
        sections[name] = Section(name, _check(path.name, name, values))
    return sections


def load_folder(folder: Path) -> dict[str, Section]:
    """Every section of every *.toml in folder; each section must appear exactly once."""
    found: dict[str, Section] = {}
    for path in sorted(folder.glob("*.toml")):
        for name, section in parse_file(path).items():
            if name in found:
                raise TextsError(
                    translate(
                        "documents",
                        "{file}: section [{section}] appears twice.",
                        file=path.name,
                        section=name,
                    )
                )
            found[name] = section
    missing = sorted(set(SCHEMA) - set(found))
    if missing:
        raise TextsError(
            translate(
                "documents", "Document texts are missing: {sections}.", sections=", ".join(missing)
            )
        )
    return found


_cache: dict[str, Section] | None = None
_lock = threading.Lock()


def texts() -> dict[str, Section]:
    """The shipped texts, read once per process (rendering threads share them)."""
    global _cache
    with _lock:
        if _cache is None:
            _cache = load_folder(resource("documents"))
        return _cache


def section(name: str) -> Section:
    return texts()[name]
