"""The rows of Table 1 and Table 2 as printed, and the one-line account of the files."""

from __future__ import annotations

from dataclasses import dataclass

from rsdesk.i18n import translate
from rsdesk.stats.aggregate import Result
from rsdesk.stats.labels import (
    SUB_ROWS,
    TYPES_HEADING_BEFORE,
    school_label,
    table_texts,
    territorial_label,
)
from rsdesk.stats.tables import SCHOOL_KEYS, TERRITORIAL_KEYS


@dataclass(frozen=True)
class Line:
    """One printed row: its label, its values (none for a heading), indented or not."""

    label: str
    values: tuple[int, ...]
    indent: bool = False


def table1_lines(result: Result) -> list[Line]:
    school = result.tables["school"]
    return [
        Line(school_label(k), (school["all"][k], school["acting"][k]), k in SUB_ROWS)
        for k in SCHOOL_KEYS
    ]


def table2_lines(result: Result) -> list[Line]:
    lines = []
    for key in TERRITORIAL_KEYS:
        if key == TYPES_HEADING_BEFORE:
            lines.append(Line(table_texts(result.year)["types_heading"], ()))
        lines.append(
            Line(territorial_label(key), (result.tables["territorial"][key],), key in SUB_ROWS)
        )
    return lines


def summary_line(result: Result) -> str:
    line = translate(
        "stats",
        "Files counted: {accepted}; rejected: {rejected}; warnings: {warnings}.",
        accepted=len(result.accepted),
        rejected=len(result.rejected),
        warnings=len(result.warnings),
    )
    if result.new_services:
        line += " " + translate(
            "stats",
            "New services, their keys now pinned: {count}.",
            count=len(result.new_services),
        )
    if result.missing:
        line += " " + translate("stats", "No file yet from: {count}.", count=len(result.missing))
    return line
