"""Strict reading of an `rsdesk-stats` v1 document: exact keys, types, ranges and sums."""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from datetime import date
from typing import Any

from rsdesk.domain.vocabulary import CATEGORIES, PROGRAM_TYPES, REQUEST_SOURCES, SERVICE_KINDS
from rsdesk.i18n import translate
from rsdesk.stats.invisible import code_point, first_invisible, is_invisible
from rsdesk.stats.yearly import FIRST_YEAR, LAST_YEAR

FORMAT = "rsdesk-stats"
VERSION = 1
# No service leads a million programs in a year; a bigger count is damage or a hostile file,
# and a cap keeps the regional sums from being steered by a single file.
MAX_COUNT = 1_000_000
MAX_TEXT = 500
UUID4 = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}")
ISO_DATE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")
CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f]")


class FormatError(Exception):
    """The document breaks the format; `reason` says how, in the user's language."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


def show(text: str, limit: int = 60) -> str:
    """Text from a file made safe to print and to write as UTF-8: escaped, cut short."""
    text = text.encode("utf-8", "backslashreplace").decode("utf-8")
    text = CONTROL.sub(lambda m: f"\\x{ord(m.group()):02x}", text)
    # A bidi override in a file name would turn the rest of the line around on screen.
    text = "".join(f"\\u{ord(c):04x}" if is_invisible(c) else c for c in text)
    return text if len(text) <= limit else text[: limit - 1] + "…"


def found(value: Any) -> str:
    try:
        return show(json.dumps(value, ensure_ascii=False))
    except (ValueError, RecursionError):
        return "…"


# --- leaf checks: each returns nothing or raises FormatError ---------------------------------


def count(value: Any, path: str) -> None:
    # bool is an int in Python; a file saying `true` for a count is broken, not 1.
    if type(value) is not int or value < 0:
        raise FormatError(
            translate(
                "stats",
                "«{path}» must be a whole number 0 or more; the file has {value}.",
                path=path,
                value=found(value),
            )
        )
    if value > MAX_COUNT:
        raise FormatError(
            translate(
                "stats",
                "«{path}» is implausibly large: {value} (at most {limit}).",
                path=path,
                value=value,
                limit=MAX_COUNT,
            )
        )


def text(value: Any, path: str) -> None:
    if not isinstance(value, str) or len(value) > MAX_TEXT:
        raise FormatError(
            translate(
                "stats",
                "«{path}» must be a text of at most {limit} characters; the file has {value}.",
                path=path,
                limit=MAX_TEXT,
                value=found(value),
            )
        )
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        bad = True
    else:
        bad = bool(CONTROL.search(value))
    if bad:
        raise FormatError(
            translate("stats", "«{path}» contains control or invalid characters.", path=path)
        )
    # Rejected, not cleaned: removing the character would change what the service signed.
    hidden = first_invisible(value)
    if hidden is not None:
        raise FormatError(
            translate(
                "stats",
                "«{path}» contains the invisible character {code} (a text direction mark or a "
                "zero-width character): with it a name can read as another one. The service "
                "should correct its name and export the file again.",
                path=path,
                code=code_point(hidden),
            )
        )


def name(value: Any, path: str) -> None:
    text(value, path)
    if not value.strip():
        raise FormatError(translate("stats", "«{path}» must not be empty.", path=path))


def service_id(value: Any, path: str) -> None:
    if not isinstance(value, str) or not UUID4.fullmatch(value):
        raise FormatError(
            translate(
                "stats",
                "«{path}» must be the service id (a uuid4 in lower case); the file has {value}.",
                path=path,
                value=found(value),
            )
        )


def kind(value: Any, path: str) -> None:
    if not isinstance(value, str) or value not in SERVICE_KINDS:
        raise FormatError(
            translate(
                "stats",
                "«{path}» must be school or territorial; the file has {value}.",
                path=path,
                value=found(value),
            )
        )


def year(value: Any, path: str) -> None:
    if type(value) is not int or not FIRST_YEAR <= value <= LAST_YEAR:
        raise FormatError(
            translate(
                "stats",
                "«{path}» must be a year from {first} to {last}; the file has {value}.",
                path=path,
                first=FIRST_YEAR,
                last=LAST_YEAR,
                value=found(value),
            )
        )


def iso_date(value: Any, path: str) -> None:
    ok = isinstance(value, str) and bool(ISO_DATE.fullmatch(value))
    if ok:
        try:
            day = date.fromisoformat(value)
        except ValueError:
            ok = False
        else:
            ok = FIRST_YEAR <= day.year <= LAST_YEAR
    if not ok:
        raise FormatError(
            translate(
                "stats",
                "«{path}» must be a date YYYY-MM-DD from {first} to {last}; the file has {value}.",
                path=path,
                first=FIRST_YEAR,
                last=LAST_YEAR,
                value=found(value),
            )
        )


Shape = dict[str, "Shape | Callable[[Any, str], None]"]

PAYLOAD_SHAPE: Shape = {
    "service": {
        "id": service_id,
        "kind": kind,
        "name": name,
        "region": text,
        "municipality": text,
    },
    "year": year,
    "generated": iso_date,
    "mediators": {"adult": count, "young": count},
    "requests_received": count,
    "requests_by_source": dict.fromkeys(REQUEST_SOURCES, count),
    "programs_completed": dict.fromkeys(PROGRAM_TYPES, count),
    "programs_with_agreement": dict.fromkeys(PROGRAM_TYPES, count),
    "programs_stopped": count,
    "completed_by_category": dict.fromkeys(CATEGORIES, count),
    "participants": {"adults": count, "minors": count},
}
SIGNATURE_KEYS = ("alg", "public_key", "value")
DOCUMENT_KEYS = ("format", "version", "payload", "signature")


def join(path: str, key: str) -> str:
    return f"{path}.{key}" if path else key


def check_keys(value: Any, keys: Any, path: str) -> None:
    """Exactly these keys: an unknown key is rejected, never ignored (docs/STATS_FORMAT.md)."""
    if not isinstance(value, dict):
        raise FormatError(
            translate(
                "stats",
                "«{path}» must be an object {{…}}; the file has {value}.",
                path=path,
                value=found(value),
            )
        )
    for key in value:
        if key not in keys:
            raise FormatError(
                translate("stats", "Unknown key «{path}».", path=join(path, show(key)))
            )
    for key in keys:
        if key not in value:
            raise FormatError(translate("stats", "Missing key «{path}».", path=join(path, key)))


def check_shape(value: Any, shape: Shape, path: str) -> None:
    check_keys(value, shape, path)
    for key, rule in shape.items():
        if isinstance(rule, dict):
            check_shape(value[key], rule, join(path, key))
        else:
            rule(value[key], join(path, key))


def check_sums(payload: dict) -> None:
    """The sums of docs/STATS_FORMAT.md § "Fields", and a `generated` date that fits the year."""
    sources = sum(payload["requests_by_source"].values())
    if sources != payload["requests_received"]:
        raise FormatError(
            translate(
                "stats",
                "Requests by source add up to {sum}, but «requests_received» is {total}.",
                sum=sources,
                total=payload["requests_received"],
            )
        )
    completed = sum(payload["programs_completed"].values())
    categories = sum(payload["completed_by_category"].values())
    if completed != categories:
        raise FormatError(
            translate(
                "stats",
                "Completed programs add up to {programs} by type but to {categories} by category.",
                programs=completed,
                categories=categories,
            )
        )
    for key in PROGRAM_TYPES:
        agreed = payload["programs_with_agreement"][key]
        done = payload["programs_completed"][key]
        if agreed > done:
            raise FormatError(
                translate(
                    "stats",
                    "Programs «{key}» with an agreement ({agreed}) outnumber the completed "
                    "ones ({done}).",
                    key=key,
                    agreed=agreed,
                    done=done,
                )
            )
    if date.fromisoformat(payload["generated"]).year < payload["year"]:
        raise FormatError(
            translate(
                "stats",
                "The file was made on {generated}, before its year {year} began.",
                generated=payload["generated"],
                year=payload["year"],
            )
        )


def check_document(document: Any) -> None:
    """Everything but the signature's cryptography; raises FormatError with the first fault."""
    if not isinstance(document, dict) or document.get("format") != FORMAT:
        raise FormatError(translate("stats", "This is not an rsdesk-stats statistics file."))
    if type(document.get("version")) is not int or document["version"] != VERSION:
        raise FormatError(
            translate(
                "stats",
                "Version {version} of the statistics format is not supported; this rsdesk "
                "reads version {supported}.",
                version=found(document.get("version")),
                supported=VERSION,
            )
        )
    check_keys(document, DOCUMENT_KEYS, "")
    check_shape(document["payload"], PAYLOAD_SHAPE, "payload")
    check_sums(document["payload"])
    signature = document["signature"]
    check_keys(signature, SIGNATURE_KEYS, "signature")
    if signature["alg"] != "ed25519":
        raise FormatError(
            translate(
                "stats",
                "«signature.alg» must be ed25519; the file has {value}.",
                value=found(signature["alg"]),
            )
        )
