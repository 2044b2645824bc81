"""A journal table read as requests: the rules of the template, every bad cell of every row."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, replace
from datetime import date

from rsdesk.domain.journal import (
    FIELDS,
    HEADERS,
    PROGRAM_FIELDS,
    REQUIRED_FIELDS,
    JournalRow,
    RowProblem,
)
from rsdesk.i18n import translate
from rsdesk.journal.cells import (
    CellProblem,
    read_date,
    read_facilitators,
    read_key,
    read_participants,
)
from rsdesk.journal.reading import Table
from rsdesk.journal.template import EXAMPLE
from rsdesk.journal.words import guess_mapping, norm

__all__ = ["ParsedRows", "guess_mapping", "parse_rows"]

KEYED_FIELDS = ("source", "category", "decision", "program_type", "outcome")


@dataclass(frozen=True)
class ParsedRows:
    """The rows a table gives, the problems that stop it, the columns read for no field."""

    rows: tuple[JournalRow, ...]
    problems: tuple[RowProblem, ...]
    unknown_columns: tuple[str, ...]
    warnings: tuple[str, ...] = ()  # sentences: what was skipped on purpose (the example row)


def parse_rows(table: Table, mapping: Mapping[str, str], *, today: date) -> ParsedRows:
    """Every row of the table as a `JournalRow`, or the problems of every bad cell of it."""
    columns, problems = _columns(table, mapping)
    read = set(columns.values())
    unknown = tuple(
        header for index, header in enumerate(table.headers) if header and index not in read
    )
    problems.extend(_program_columns(table, columns))
    complete = not any(problem.line == 0 for problem in problems)
    example = _example_row(today)
    order = {table.headers[index]: index for index in columns.values()}
    rows: list[JournalRow] = []
    warnings: list[str] = []
    for line, cells in table.rows:
        values = {field: cells[index].strip() for field, index in columns.items()}
        headers = {field: table.headers[index] for field, index in columns.items()}
        row, found = _row(line, values, headers, today=today)
        is_example = bool(values.get("description")) and norm(values["description"]) == norm(
            EXAMPLE["description"]
        )
        if is_example and row is not None and replace(row, line=0) == example:
            warnings.append(
                translate(
                    "journal", "Row {line} is the template's example: it is skipped.", line=line
                )
            )
            continue
        if is_example:
            found.append(
                RowProblem(
                    line,
                    headers["description"],
                    translate(
                        "journal",
                        "This is the template's example text: replace it or delete the row.",
                    ),
                )
            )
        # Left to right, as the row is read on the sheet (stable: a cell's reasons keep order).
        problems.extend(sorted(found, key=lambda problem: order.get(problem.column, 0)))
        if row is not None and not found and complete:
            rows.append(row)
    return ParsedRows(
        rows=tuple(rows),
        problems=tuple(problems),
        unknown_columns=unknown,
        warnings=tuple(warnings),
    )


def _columns(table: Table, mapping: Mapping[str, str]) -> tuple[dict[str, int], list[RowProblem]]:
    """Field -> the index of its column, and the file-level problems (line 0) of the mapping."""
    problems: list[RowProblem] = []
    columns: dict[str, int] = {}
    positions: dict[str, list[int]] = {}
    for index, header in enumerate(table.headers):
        if header:
            positions.setdefault(norm(header), []).append(index)
    for field, header in mapping.items():
        if field not in HEADERS:
            problems.append(
                RowProblem(
                    0,
                    header,
                    translate("journal", "«{field}» is not a field of the journal.", field=field),
                )
            )
            continue
        found = positions.get(norm(header), [])
        if not found:
            problems.append(
                RowProblem(
                    0,
                    header,
                    translate("journal", "The file has no column «{header}».", header=header),
                )
            )
        elif len(found) > 1:
            problems.append(
                RowProblem(
                    0,
                    header,
                    translate(
                        "journal", "Two columns are named «{header}»: rename one.", header=header
                    ),
                )
            )
        else:
            columns[field] = found[0]
    for field in FIELDS:
        if field in REQUIRED_FIELDS and field not in mapping:
            problems.append(
                RowProblem(
                    0,
                    HEADERS[field],
                    translate(
                        "journal",
                        "The file has no column «{header}»: it is required. Name a column so, "
                        "or map a column of the file to it.",
                        header=HEADERS[field],
                    ),
                )
            )
    return columns, problems


def _program_columns(table: Table, columns: dict[str, int]) -> list[RowProblem]:
    """A file that holds programs but lacks a column they require, said once (line 0)."""
    if "program_type" not in columns:
        return []
    index = columns["program_type"]
    if not any(cells[index] for _line, cells in table.rows):
        return []
    return [
        RowProblem(
            0,
            HEADERS[field],
            translate(
                "journal",
                "The file has no column «{header}»: it is required where programs were held.",
                header=HEADERS[field],
            ),
        )
        for field in sorted(PROGRAM_FIELDS, key=FIELDS.index)
        if field not in columns
    ]


def _row(
    line: int, values: dict[str, str], headers: dict[str, str], *, today: date
) -> tuple[JournalRow | None, list[RowProblem]]:
    found: list[RowProblem] = []
    parsed: dict[str, object] = {}

    def problem(field: str, reason: str) -> None:
        found.append(RowProblem(line, headers[field], reason))

    for field, text in values.items():
        if not text:
            if field in REQUIRED_FIELDS:
                problem(field, translate("journal", "The value is required here."))
            continue
        try:
            if field in ("received_on", "ended_on"):
                parsed[field] = read_date(text, today=today)
            elif field in KEYED_FIELDS:
                parsed[field] = read_key(field, text)
            elif field == "participants":
                parsed[field] = read_participants(text)
            elif field == "facilitators":
                parsed[field] = read_facilitators(text)
            else:
                parsed[field] = text
        except CellProblem as reason:
            problem(field, str(reason))
    has_program = bool(values.get("program_type"))
    if has_program:
        for field in sorted(PROGRAM_FIELDS, key=FIELDS.index):
            if field not in headers:
                continue  # the file-level problem would repeat on every row: see below
            if not values.get(field):
                problem(
                    field, translate("journal", "The value is required when a program is held.")
                )
        decision = parsed.get("decision")
        if decision in ("declined", "transferred"):
            problem(
                "decision",
                translate(
                    "journal",
                    "A declined or transferred request cannot have a program: "
                    "clear the program or the decision.",
                ),
            )
    else:
        for field in ("ended_on", "outcome", "facilitators"):
            if values.get(field):
                problem(
                    field,
                    translate("journal", "Filled in, but the row has no program."),
                )
    received, ended = parsed.get("received_on"), parsed.get("ended_on")
    if isinstance(received, date) and isinstance(ended, date) and ended < received:
        problem(
            "ended_on",
            translate("journal", "The program cannot end before the request came."),
        )
    if found or not all(field in parsed for field in REQUIRED_FIELDS):
        return None, found
    if has_program and "decision" not in parsed:
        parsed["decision"] = "accepted"  # a program held means the request was taken
    return JournalRow(line=line, **parsed), found  # type: ignore[arg-type]


def _example_row(today: date) -> JournalRow | None:
    row, _problems = _row(0, dict(EXAMPLE), dict(HEADERS), today=today)
    return row
