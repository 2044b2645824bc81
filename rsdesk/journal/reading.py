"""A journal file's bytes as a table of text cells: XLSX or CSV, read in memory, checked first."""

from __future__ import annotations

import csv
import io
import zipfile
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import date, datetime, time
from typing import TYPE_CHECKING, NoReturn

from rsdesk.domain.journal import MAX_CELL_CHARS, MAX_FILE_BYTES, MAX_ROWS
from rsdesk.domain.refusals import InputRefused
from rsdesk.i18n import translate
from rsdesk.journal.template import LISTS_SHEET
from rsdesk.journal.words import guess_mapping

if TYPE_CHECKING:
    from openpyxl import Workbook

# What the sheets of an XLSX may unpack to. A journal of MAX_ROWS rows is a few tens of
# megabytes of XML; a zip bomb declares gigabytes in its directory and is refused unopened.
MAX_UNPACKED_BYTES = 128 * 1024 * 1024
# The XML of a sheet packs some 10-20 times; a hundred times over a few megabytes is a bomb.
MAX_PACKING_RATIO = 100
SMALL_UNPACKED_BYTES = 8 * 1024 * 1024
# The header row is looked for among the first rows: real journals open with a title.
HEADER_SEARCH_ROWS = 10


ZIP_MAGIC = b"PK\x03\x04"
OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # the Excel 97-2003 .xls container


@dataclass(frozen=True)
class Table:
    """A sheet as text: its headers and its non-empty rows with the row numbers a user sees
    (the header is row 1 of a plain sheet); cells are stripped, dates read as ДД.ММ.ГГГГ."""

    headers: tuple[str, ...]
    rows: tuple[tuple[int, tuple[str, ...]], ...]
    sheet_name: str = ""


def refuse(message: str) -> InputRefused:
    return InputRefused({"file": message})


def read_table(data: bytes, file_name: str) -> Table:
    """The table of a journal file, decided by its content (an XLSX is a zip), or a refusal."""
    if len(data) > MAX_FILE_BYTES:
        _raise(
            translate(
                "journal",
                "The file is larger than {limit} MB: a journal is far smaller.",
                limit=MAX_FILE_BYTES // (1024 * 1024),
            )
        )
    if not data.strip():
        _raise(translate("journal", "The file is empty."))
    if data.startswith(ZIP_MAGIC):
        return _read_xlsx(data)
    if data.startswith(OLE_MAGIC):
        _raise(
            translate(
                "journal",
                "This is an old Excel file (XLS): save it as XLSX or as CSV UTF-8 and try again.",
            )
        )
    if file_name.lower().endswith((".xlsx", ".xlsm")):
        _raise(translate("journal", "The file is not a valid XLSX workbook: it is damaged."))
    return _read_csv(data)


def _raise(message: str) -> NoReturn:
    raise refuse(message)


# --- CSV -------------------------------------------------------------------------------------


def _read_csv(data: bytes) -> Table:
    if b"\x00" in data[:65536]:
        _raise(translate("journal", "The file holds binary data: it is not a table."))
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        _raise(
            translate(
                "journal", "The file is not in UTF-8 encoding: save it as CSV UTF-8 and try again."
            )
        )
    if any(ord(char) < 32 and char not in "\t\r\n" for char in text[:65536]):
        _raise(translate("journal", "The file holds binary data: it is not a table."))
    first_line = next((line for line in text.splitlines() if line.strip()), "")
    delimiter = max(";,\t", key=first_line.count)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, strict=False)
    try:
        records = list(_numbered(reader))
    except csv.Error as error:
        _raise(translate("journal", "The CSV file is malformed: {error}.", error=str(error)))
    table = _table(records, "")
    if all(set(header) <= _LOST_LETTERS for header in table.headers) and "?" in "".join(
        table.headers
    ):
        # Saved in an encoding without Cyrillic (Calc's default CSV on a Latin system):
        # every letter became «?», nothing can bring them back.
        _raise(
            translate(
                "journal",
                "The file has lost its letters (they became «?»): it was saved in an encoding "
                "without Cyrillic. Save it as CSV UTF-8 and try again.",
            )
        )
    return table


_LOST_LETTERS = set('? ,.;:()-/"№')


def _numbered(records: Iterable[list[str]]) -> Iterator[tuple[int, list[str]]]:
    for number, record in enumerate(records, start=1):
        if number > MAX_ROWS + HEADER_SEARCH_ROWS and any(cell.strip() for cell in record):
            _too_many_rows()
        yield number, record


def _too_many_rows() -> None:
    _raise(
        translate(
            "journal",
            "The file has more than {limit} rows: split it into smaller files.",
            limit=MAX_ROWS,
        )
    )


# --- XLSX ------------------------------------------------------------------------------------


def _read_xlsx(data: bytes) -> Table:
    damaged = translate("journal", "The file is not a valid XLSX workbook: it is damaged.")
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            members = archive.infolist()
    except Exception:  # a cut or garbled archive fails in zipfile's own ways
        _raise(damaged)
    # The directory's sizes bound what zipfile unpacks (it stops at the declared size and
    # fails the CRC), so checking them keeps a zip bomb from being opened at all.
    unpacked = sum(member.file_size for member in members)
    packed = sum(member.compress_size for member in members)
    if unpacked > MAX_UNPACKED_BYTES or (
        unpacked > SMALL_UNPACKED_BYTES and unpacked > MAX_PACKING_RATIO * packed
    ):
        _raise(
            translate(
                "journal",
                "The workbook unpacks to far more data than a journal holds: it is refused.",
            )
        )
    names = {member.filename for member in members}
    if "xl/workbook.xml" not in names:
        if "content.xml" in names:
            _raise(
                translate(
                    "journal",
                    "This is an OpenDocument spreadsheet (ODS): save it as XLSX or as "
                    "CSV UTF-8 and try again.",
                )
            )
        _raise(damaged)
    import openpyxl  # on the first workbook only: it takes a while to import

    try:
        book = openpyxl.load_workbook(io.BytesIO(data), read_only=True, data_only=True)
        try:
            return _first_journal_sheet(book)
        finally:
            book.close()
    except InputRefused:
        raise
    except Exception:  # openpyxl fails in many ways on a damaged file: all mean «damaged»
        _raise(damaged)


def _first_journal_sheet(book: Workbook) -> Table:
    fallback: Table | None = None
    for sheet in book.worksheets:
        if sheet.title.strip().casefold() == LISTS_SHEET.casefold():
            continue
        records = _numbered(
            [_cell_text(value) for value in row] for row in sheet.iter_rows(values_only=True)
        )
        try:
            table = _table(records, sheet.title)
        except InputRefused:
            if fallback is None and sheet is book.worksheets[0]:
                raise
            continue
        if guess_mapping(table.headers):
            return table
        fallback = fallback or table
    if fallback is None:
        _raise(translate("journal", "The file has no header row."))
    return fallback


def _cell_text(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, datetime):
        return value.strftime("%d.%m.%Y") if value.time() == time() else value.isoformat(" ")
    if isinstance(value, date):
        return value.strftime("%d.%m.%Y")
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, bool):
        return "да" if value else "нет"
    return str(value)


# --- both ------------------------------------------------------------------------------------


def _table(records: Iterable[tuple[int, list[str]]], sheet_name: str) -> Table:
    """Headers (the first row naming known columns, else the first non-empty row) and the
    non-empty rows under them, cells cut or padded to the headers."""
    candidates: list[tuple[int, list[str]]] = []
    header_at: int | None = None
    rows: list[tuple[int, tuple[str, ...]]] = []
    headers: tuple[str, ...] = ()
    for number, record in records:
        cells = [_checked(cell, number) for cell in record]
        if not any(cells):
            continue
        if header_at is None:
            candidates.append((number, cells))
            if len(guess_mapping(cells)) >= 2 or len(candidates) == HEADER_SEARCH_ROWS:
                header_at, headers = _header_of(candidates)
                rows.extend(_pad(n, c, len(headers)) for n, c in candidates if n > header_at)
            continue
        if len(rows) >= MAX_ROWS:
            _too_many_rows()
        rows.append(_pad(number, cells, len(headers)))
    if header_at is None:
        if not candidates:
            _raise(translate("journal", "The file has no header row."))
        header_at, headers = _header_of(candidates)
        rows.extend(_pad(n, c, len(headers)) for n, c in candidates if n > header_at)
    return Table(headers=headers, rows=tuple(rows), sheet_name=sheet_name)


def _header_of(candidates: list[tuple[int, list[str]]]) -> tuple[int, tuple[str, ...]]:
    number, cells = next(
        ((n, c) for n, c in candidates if len(guess_mapping(c)) >= 2), candidates[0]
    )
    while cells and not cells[-1]:
        cells = cells[:-1]
    return number, tuple(cells)


def _pad(number: int, cells: list[str], width: int) -> tuple[int, tuple[str, ...]]:
    return number, tuple((cells + [""] * width)[:width])


def _checked(cell: str, number: int) -> str:
    if len(cell) > MAX_CELL_CHARS:
        _raise(
            translate(
                "journal",
                "Row {line} has a cell longer than {limit} characters: it is not a journal entry.",
                line=number,
                limit=MAX_CELL_CHARS,
            )
        )
    return cell.strip()
