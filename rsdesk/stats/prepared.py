"""A list of services prepared in advance: CSV `id;kind;name;municipality;public_key`.

The regional centre may know its services before any file arrives (from last year's letters,
or a list the services sent with their keys). Such a list pins their keys ahead of the first
file, so not even the first file of a listed service can come with a stranger's key. The same
reader serves `rsdesk stats registry import` and the registry dialog of the window.
"""

from __future__ import annotations

import base64
import binascii
import contextlib
import csv
import io
from datetime import date

from rsdesk.i18n import translate
from rsdesk.stats.registry import KnownService, RegistryError
from rsdesk.stats.validate import FormatError, kind, name, service_id, text

PREPARED_COLUMNS = ("id", "kind", "name", "municipality", "public_key")
# A region has a few hundred services; a list far larger is not a list of services.
MAX_LIST_BYTES = 2 * 1024 * 1024
MAX_REPORTED = 20  # bad rows named one by one; the rest are counted


def _public_key(value: str) -> None:
    raw = b""
    with contextlib.suppress(binascii.Error, ValueError):
        raw = base64.b64decode(value, validate=True)
    if len(raw) != 32:
        raise FormatError(
            translate("stats", "the public key must be base64 of 32 bytes (44 characters)")
        )


def _delimiter(header: str) -> str:
    # Excel in a Russian locale writes «;»; a list made elsewhere may use commas.
    return "," if header.count(",") > header.count(";") else ";"


def read_prepared(data: bytes, on: date) -> list[KnownService]:
    """The services of a prepared list, or RegistryError naming every bad row (nothing is
    taken from a list with a bad row: the operator corrects it and imports it again)."""
    if len(data) > MAX_LIST_BYTES:
        raise RegistryError(
            translate(
                "stats",
                "The list is larger than {limit} MB: it is not a list of services.",
                limit=MAX_LIST_BYTES // (1024 * 1024),
            )
        )
    try:
        content = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise RegistryError(
            translate("stats", "The list is not UTF-8 text: save it as «CSV UTF-8».")
        ) from None
    lines = content.splitlines()
    header = lines[0] if lines else ""
    rows = list(csv.reader(io.StringIO(content), delimiter=_delimiter(header)))
    if not rows or tuple(c.strip().lower() for c in rows[0]) != PREPARED_COLUMNS:
        raise RegistryError(
            translate(
                "stats",
                "The first row must be: {columns}.",
                columns=";".join(PREPARED_COLUMNS),
            )
        )
    services: list[KnownService] = []
    problems: list[str] = []
    seen: set[str] = set()
    for line, row in enumerate(rows[1:], start=2):
        if not any(cell.strip() for cell in row):
            continue  # an empty line at the end
        try:
            services.append(_service(row, on, seen))
        except FormatError as error:
            problems.append(
                translate("stats", "row {line}: {reason}", line=line, reason=error.reason)
            )
    if problems:
        shown = problems[:MAX_REPORTED]
        if len(problems) > MAX_REPORTED:
            shown.append(
                translate("stats", "and {count} more rows", count=len(problems) - MAX_REPORTED)
            )
        raise RegistryError(
            translate(
                "stats",
                "The list is not imported, nothing was added. Correct it and import it again: "
                "{problems}.",
                problems="; ".join(shown),
            )
        )
    return services


def _service(row: list[str], on: date, seen: set[str]) -> KnownService:
    if len(row) != len(PREPARED_COLUMNS):
        raise FormatError(
            translate(
                "stats",
                "{count} columns instead of {expected}",
                count=len(row),
                expected=len(PREPARED_COLUMNS),
            )
        )
    ident, service_kind, service_name, municipality, key = (cell.strip() for cell in row)
    # The rules of a statistics file: a lower-case uuid4, a known kind, a name without
    # control, bidi or zero-width characters (validate.py), so the list is no way around them.
    service_id(ident, "id")
    kind(service_kind, "kind")
    name(service_name, "name")
    text(municipality, "municipality")
    _public_key(key)
    if ident in seen:
        raise FormatError(translate("stats", "the service {id} is listed twice", id=ident))
    seen.add(ident)
    canonical = base64.b64encode(base64.b64decode(key)).decode()
    return KnownService(ident, service_kind, service_name, municipality, canonical, on.isoformat())
