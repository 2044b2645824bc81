"""A school's journal as the tests bring it in: a fresh school service, the sheet of
`tests/core/journal_store/data/journal_64.csv` as rows, and those rows saved as CSV or XLSX."""

from __future__ import annotations

import csv
import io
from datetime import date, datetime
from pathlib import Path

from sqlite_utils import Database

from rsdesk.access import Desk
from rsdesk.storage import users
from rsdesk.storage.service import curator_id, init_service

DATA = Path(__file__).resolve().parents[1] / "core" / "journal_store" / "data" / "journal_64.csv"
TODAY = date(2026, 1, 20)


def service() -> Desk:
    db = Database(memory=True)
    init_service(
        db,
        kind="school",
        name="МБОУ «СОШ № 7»",
        region="Кузбасс",
        municipality="г. Белово",
        curator_name="Смирнова Ольга Петровна",
        curator_slot_id="slot-curator",
        pledged_on=date(2024, 9, 1),
    )
    return Desk(db, users.actor(db, curator_id(db)), today=lambda: TODAY)


def sheet_rows(text: str | None = None) -> list[list[str]]:
    source = DATA.read_text(encoding="utf-8-sig") if text is None else text
    return list(csv.reader(io.StringIO(source), delimiter=";"))


def as_xlsx(rows: list[list[str]]) -> bytes:
    """The same sheet as a workbook typed in Excel: dates as date cells, the rest as text."""
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    sheet.title = "Журнал"
    for row in rows:
        cells: list[object] = []
        for value in row:
            try:
                cells.append(datetime.strptime(value, "%d.%m.%Y"))
            except ValueError:
                cells.append(value)
        sheet.append(cells)
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def as_csv(rows: list[list[str]]) -> bytes:
    out = io.StringIO()
    csv.writer(out, delimiter=";").writerows(rows)
    return out.getvalue().encode("utf-8-sig")
