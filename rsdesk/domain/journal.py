"""A journal brought in from paper or a spreadsheet: its fields, its rows, what the import saw.

The template is docs/DOMAIN.md, "Journal import template": one row per request, headers in
Russian, values as stable keys or as the labels the app shows. The reader
(`rsdesk/journal/`) turns a file into a `JournalPreview`; the Desk stores an accepted preview
as one operation (`JournalImport`) that can be undone as a whole.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime

from rsdesk.domain.register import Participant
from rsdesk.i18n import QT_TRANSLATE_NOOP

# Field key -> the template's header, in the template's order. The headers are fixed Russian
# text of the template (docs/DOMAIN.md), not interface strings: a sheet filled in for a
# Russian regional centre carries them whatever language the interface speaks.
HEADERS: dict[str, str] = {
    "received_on": "Дата обращения",
    "source": "Кто обратился",
    "category": "Категория",
    "description": "Описание",
    "participants": "Участники",
    "decision": "Решение",
    "program_type": "Программа",
    "facilitators": "Ведущие",
    "ended_on": "Дата окончания",
    "outcome": "Итог",
}
FIELDS = tuple(HEADERS)
REQUIRED_FIELDS = frozenset({"received_on", "source", "category"})
# Required whenever `program_type` is filled in.
PROGRAM_FIELDS = frozenset({"ended_on", "outcome"})

# What each field is, for the column mapping of a sheet whose headers differ.
FIELD_LABELS = {
    "received_on": QT_TRANSLATE_NOOP("journal", "day the request came"),
    "source": QT_TRANSLATE_NOOP("journal", "who made the request"),
    "category": QT_TRANSLATE_NOOP("journal", "category of the situation"),
    "description": QT_TRANSLATE_NOOP("journal", "description"),
    "participants": QT_TRANSLATE_NOOP("journal", "participants"),
    "decision": QT_TRANSLATE_NOOP("journal", "decision"),
    "program_type": QT_TRANSLATE_NOOP("journal", "program"),
    "facilitators": QT_TRANSLATE_NOOP("journal", "facilitators"),
    "ended_on": QT_TRANSLATE_NOOP("journal", "day the program ended"),
    "outcome": QT_TRANSLATE_NOOP("journal", "outcome of the program"),
}

DECISIONS = ("accepted", "declined", "transferred")

# Limits a hostile or mistaken file meets before anything is parsed in full.
MAX_FILE_BYTES = 20 * 1024 * 1024
MAX_ROWS = 20_000
MAX_CELL_CHARS = 10_000


@dataclass(frozen=True)
class JournalRow:
    """One request of the journal as it will be stored. `line` is the sheet's row number."""

    line: int
    received_on: date
    source: str
    category: str
    description: str = ""
    participants: tuple[Participant, ...] = ()
    decision: str | None = None  # DECISIONS; None: not decided
    program_type: str | None = None
    facilitators: tuple[str, ...] = ()
    ended_on: date | None = None
    outcome: str | None = None

    @property
    def adults(self) -> int:
        return sum(1 for person in self.participants if person.is_minor is False)

    @property
    def minors(self) -> int:
        return sum(1 for person in self.participants if person.is_minor)


@dataclass(frozen=True)
class RowProblem:
    """Why a row (or the file: line 0) cannot be read; `column` is the header as in the file."""

    line: int
    column: str
    reason: str  # a sentence in the interface language


@dataclass(frozen=True)
class YearCounts:
    """What an import adds to one year's statistics (requests by their day, programs by end)."""

    year: int
    requests: int
    programs: int
    with_agreement: int
    stopped: int


@dataclass(frozen=True)
class JournalPreview:
    """Everything the file would add, shown before anything is written."""

    file_name: str
    digest: str  # SHA-256 of the file's bytes, hex
    headers: tuple[str, ...]  # the file's own headers, in its order
    mapping: dict[str, str]  # field -> the file's header read for it
    unknown_columns: tuple[str, ...]  # headers read for no field: reported, skipped
    rows: tuple[JournalRow, ...]
    problems: tuple[RowProblem, ...]
    by_year: tuple[YearCounts, ...] = ()
    new_mediators: tuple[str, ...] = ()  # facilitators not in the roster: added for their year
    duplicates: tuple[int, ...] = ()  # lines already brought in by an earlier import
    imported_before: datetime | None = None  # when this very file was imported already
    warnings: tuple[str, ...] = field(default=())

    @property
    def new_rows(self) -> tuple[JournalRow, ...]:
        skipped = set(self.duplicates)
        return tuple(row for row in self.rows if row.line not in skipped)

    @property
    def can_import(self) -> bool:
        return not self.problems and bool(self.new_rows)


@dataclass(frozen=True)
class JournalImport:
    """One import as the trail and the undo list show it."""

    id: int
    imported_at: datetime
    user_name: str
    file_name: str
    digest: str
    rows: int
    undone_on: date | None = None
    undo_until: date | None = None  # the last day it can still be undone
