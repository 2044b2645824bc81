"""Journals brought in from paper or a spreadsheet: stored as closed records, undone whole.

Each row becomes a request with its real day, its decision on that day, a case closed on the
day its program ended (or the day it came, with no program) and the program as it ended, all
through the register's own steps, so the yearly statistics count them like any other case.
Every request made is marked with its import (`requests.journal_import_id`); every row
leaves a keyed fingerprint, so a sheet brought in again adds only the rows not yet in.
"""

from __future__ import annotations

import hashlib
import hmac
import json
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from datetime import date, datetime, timedelta

from sqlite_utils import Database

from rsdesk.domain.case_lists import UNDO_DAYS
from rsdesk.domain.journal import JournalImport, JournalRow
from rsdesk.domain.register import Mediator, ProgramSummary
from rsdesk.domain.retention import cutoff
from rsdesk.domain.roster import ServiceYears
from rsdesk.i18n import translate
from rsdesk.storage import cases, requests, roster
from rsdesk.storage.audit import forget_corrections
from rsdesk.storage.deletion import erase_case
from rsdesk.storage.events import record_event
from rsdesk.storage.retention import retention_years
from rsdesk.storage.rows import NotFoundError, iso, one, rows

# A request taken from a journal that records no decision: it came (and counts in its year),
# but nobody will decide it now, so it is not «registered, awaiting a decision».
NOT_RECORDED = "not_recorded"


def _spaced(text: str) -> str:
    return " ".join(text.split())


def _content(row: JournalRow) -> list:
    """What a row says, independent of its place in the sheet and of the file's format."""
    return [
        iso(row.received_on),
        row.source,
        row.category,
        _spaced(row.description),
        [
            [_spaced(p.full_name), p.role, bool(p.is_minor), _spaced(p.class_name), p.age]
            for p in row.participants
        ],
        row.decision,
        row.program_type,
        [_spaced(name) for name in row.facilitators],
        iso(row.ended_on),
        row.outcome,
    ]


def fingerprints(db: Database, journal_rows: Sequence[JournalRow]) -> list[str]:
    """One keyed digest per row; the n-th of identical rows is numbered n, so two identical
    rows of one file are two requests, and the same file again matches both."""
    found = db.execute("SELECT value FROM meta WHERE key = 'journal_key'").fetchone()
    key = bytes.fromhex(found[0]) if found else b""
    seen: Counter[str] = Counter()
    result = []
    for row in journal_rows:
        content = json.dumps(_content(row), ensure_ascii=False, separators=(",", ":"))
        seen[content] += 1
        text = f"{content}#{seen[content]}".encode()
        result.append(hmac.new(key, text, hashlib.sha256).hexdigest())
    return result


def known_fingerprints(db: Database) -> set[str]:
    """The fingerprints of rows brought in by imports still in force."""
    return {
        fp
        for (fp,) in db.execute(
            "SELECT r.fingerprint FROM journal_rows r JOIN journal_imports i "
            "ON i.id = r.import_id WHERE i.undone_on IS NULL"
        )
    }


def imported_at(db: Database, digest: str) -> datetime | None:
    """When this very file was brought in by an import still in force."""
    found = db.execute(
        "SELECT MIN(imported_at) FROM journal_imports WHERE digest = ? AND undone_on IS NULL",
        [digest],
    ).fetchone()
    return datetime.fromisoformat(found[0]) if found and found[0] else None


# --- facilitators -------------------------------------------------------------------------


def _tokens(name: str) -> list[str]:
    text = name.lower().replace("ё", "е").replace(".", " ")
    return text.split()


def _initials(tokens: list[str]) -> bool:
    return len(tokens) == 1 or all(len(t) == 1 for t in tokens[1:])


def _short(tokens: list[str]) -> str:
    return " ".join([tokens[0], "".join(t[0] for t in tokens[1:])]) if tokens else ""


def _same(a: list[str], b: list[str]) -> bool:
    """One person written in full or as «Фамилия И.О.», in any letter case, ё as е."""
    if a == b:
        return True
    if not a or not b or a[0] != b[0] or not (_initials(a) or _initials(b)):
        return False
    if len(a) == 1 or len(b) == 1:
        return True
    return _short(a) == _short(b)


@dataclass
class Facilitators:
    """Who the journal's names are: roster members, new people, or names that fit several."""

    found: dict[str, int] = field(default_factory=dict)  # name as written -> mediator id
    new: dict[str, str] = field(default_factory=dict)  # name as written -> the name to add
    ambiguous: dict[str, tuple[str, ...]] = field(default_factory=dict)  # -> roster names

    @property
    def new_names(self) -> tuple[str, ...]:
        return tuple(dict.fromkeys(self.new.values()))


def resolve_facilitators(db: Database, names: Iterable[str]) -> Facilitators:
    """Match each name to the roster; names matching nobody are new people, the same person
    written twice («Иванова А. С.» and «Иванова Анна Сергеевна») one of them, named in full."""
    members = [(m.id, m.full_name, _tokens(m.full_name)) for m in roster.list_mediators(db)]
    result = Facilitators()
    newcomers: list[list[str]] = []  # groups of names written for one new person
    for name in dict.fromkeys(n.strip() for n in names if n.strip()):
        tokens = _tokens(name)
        exact = [(i, full) for i, full, t in members if t == tokens]
        close = exact or [(i, full) for i, full, t in members if _same(t, tokens)]
        if len(close) == 1:
            assert close[0][0] is not None
            result.found[name] = close[0][0]
        elif close:
            result.ambiguous[name] = tuple(full for _i, full in close)
        else:
            group = next((g for g in newcomers if _same(_tokens(g[0]), tokens)), None)
            if group is None:
                newcomers.append([name])
            else:
                group.append(name)
    for group in newcomers:
        fullest = max(group, key=lambda n: (not _initials(_tokens(n)), len(n)))
        for name in group:
            result.new[name] = fullest
    return result


# --- storing ------------------------------------------------------------------------------


@dataclass(frozen=True)
class Batch:
    """An accepted preview, as storage needs it."""

    file_name: str
    digest: str
    rows: tuple[JournalRow, ...]
    fingerprints: tuple[str, ...]
    user_id: int
    at: datetime
    today: date


def decision_of(row: JournalRow) -> str | None:
    """A program held means the request was accepted, whatever the decision column says."""
    return "accepted" if row.program_type and row.decision is None else row.decision


def row_year(row: JournalRow) -> int:
    """The year a facilitator worked on the row: the program's end, else the request's day."""
    return (row.ended_on or row.received_on).year


def store_import(db: Database, batch: Batch, people: Facilitators) -> int:
    """Write the rows, add or extend the roster, and keep the fingerprints; one transaction."""
    with db.atomic():
        import_id = (
            db["journal_imports"]
            .insert(
                {
                    "imported_at": batch.at.isoformat(timespec="seconds"),
                    "user_id": batch.user_id,
                    "file_name": batch.file_name,
                    "digest": batch.digest,
                    "rows": len(batch.rows),
                }
            )
            .last_pk
        )
        ids, added, before = _roster_for(db, batch, people)
        db["journal_imports"].update(
            import_id,
            {"added_mediators": json.dumps(added), "roster_before": json.dumps(before)},
        )
        order = sorted(range(len(batch.rows)), key=lambda i: (batch.rows[i].received_on, i))
        for index in order:
            row = batch.rows[index]
            request_id = store_row(db, row, import_id, ids, today=batch.today)
            db["journal_rows"].insert(
                {
                    "import_id": import_id,
                    "line": row.line,
                    "fingerprint": batch.fingerprints[index],
                    "request_id": request_id,
                }
            )
    return import_id


def _roster_for(
    db: Database, batch: Batch, people: Facilitators
) -> tuple[dict[str, int], list[int], dict[str, list]]:
    """Mediator ids by the names written; new people serve the years the journal shows them
    (and left after the last), members found serve those years too."""
    years: dict[str, set[int]] = {}
    for row in batch.rows:
        if decision_of(row) == "accepted":
            for name in row.facilitators:
                years.setdefault(name.strip(), set()).add(row_year(row))
    ids = dict(people.found)
    added: list[int] = []
    new_years: dict[str, set[int]] = {}
    for name, full in people.new.items():
        new_years.setdefault(full, set()).update(years.get(name, ()))
    made: dict[str, int] = {}
    for full, served in new_years.items():
        if not served:
            continue
        first, last = min(served), max(served)
        service = ServiceYears(tuple(range(first, last + 1)), last)
        made[full] = roster.add_mediator(
            db, Mediator(full, "adult"), service, this_year=batch.today.year
        )
        added.append(made[full])
    for name, full in people.new.items():
        if full in made:
            ids[name] = made[full]
    before: dict[str, list] = {}
    for name, mediator_id in people.found.items():
        for year in sorted(years.get(name, ())):
            _serve_in(db, mediator_id, year, before, batch.today.year)
    return ids, added, before


def _serve_in(
    db: Database, mediator_id: int, year: int, before: dict[str, list], this_year: int
) -> None:
    """A member the journal shows at work in a year they did not serve is counted in it."""
    service = roster.service_of(db, mediator_id)
    if service.serves_in(year):
        return
    before.setdefault(str(mediator_id), [list(service.listed), service.left_in])
    listed = set(service.listed) | {year}
    first = min(listed)
    if service.listed and year < min(service.listed):
        listed |= set(range(first, min(service.listed)))
    left_in = service.left_in if service.left_in is None else max(service.left_in, year)
    mediator = roster.get_mediator(db, mediator_id)
    roster.update_mediator(
        db,
        mediator_id,
        replace(mediator, years=tuple(sorted(listed))),
        ServiceYears(tuple(sorted(listed)), left_in),
        this_year=this_year,
    )


def store_row(
    db: Database, row: JournalRow, import_id: int, ids: dict[str, int], *, today: date
) -> int:
    """One row as a historical record: everything happened on the days the journal gives."""
    request_id = _request(db, row, import_id)
    decision = decision_of(row)
    said = translate("journal", "taken from the journal")
    if decision == "declined":
        requests.decline_request(
            db,
            request_id,
            decided_on=row.received_on,
            reason=translate("journal", "the journal gives no reason"),
            today=today,
        )
    elif decision == "transferred":
        requests.transfer_request(
            db,
            request_id,
            decided_on=row.received_on,
            destination=translate("journal", "the journal does not name it"),
            note=said,
            today=today,
        )
    elif decision == "accepted":
        case_id = requests.accept_request(
            db,
            request_id,
            decided_on=row.received_on,
            accept_despite_warnings=True,
            note=said,
            today=today,
        )
        _case(db, case_id, row, ids, today, said)
    else:
        db["requests"].update(request_id, {"status": NOT_RECORDED})
    return request_id


def _request(db: Database, row: JournalRow, import_id: int) -> int:
    request_id = (
        db["requests"]
        .insert(
            {
                "number": requests.next_number(db, row.received_on.year),
                "received_on": iso(row.received_on),
                "source": row.source,
                "category": row.category,
                "description": row.description.strip(),
                "status": "registered",
                "journal_import_id": import_id,
            }
        )
        .last_pk
    )
    db["participants"].insert_all(
        {
            "request_id": request_id,
            "full_name": person.full_name.strip(),
            "role": person.role,
            "is_minor": int(bool(person.is_minor)),
            "class_name": person.class_name.strip(),
            "age": person.age,
            "note": person.note,
        }
        for person in row.participants
    )
    record_event(db, request_id=request_id, kind="registered", event_on=row.received_on)
    return request_id


def _case(
    db: Database, case_id: int, row: JournalRow, ids: dict[str, int], today: date, said: str
) -> None:
    team = list(dict.fromkeys(ids[n.strip()] for n in row.facilitators if n.strip() in ids))
    kinds = {m.id: m.kind for m in roster.list_mediators(db)}
    lead = next((m for m in team if kinds.get(m) == "adult"), None)
    for mediator_id in team:
        cases.assign_mediator(
            db, case_id, mediator_id, "lead" if mediator_id == lead else "co_lead"
        )
    if row.program_type:
        cases.add_program(
            db,
            ProgramSummary(
                case_id,
                row.program_type,
                "finished",
                started_on=row.received_on,
                ended_on=row.ended_on,
                outcome=row.outcome,
                participants_adults=row.adults,
                participants_minors=row.minors,
                facilitator_ids=tuple(team),
            ),
            today=today,
        )
    cases.close_case(db, case_id, row.ended_on or row.received_on, note=said, today=today)


# --- reading back, undoing ----------------------------------------------------------------


def _to_import(row: dict) -> JournalImport:
    at = datetime.fromisoformat(row["imported_at"])
    undone = row["undone_on"]
    return JournalImport(
        id=row["id"],
        imported_at=at,
        user_name=row["full_name"] or "",
        file_name=row["file_name"],
        digest=row["digest"],
        rows=row["rows"],
        undone_on=date.fromisoformat(undone) if undone else None,
        undo_until=at.date() + timedelta(days=UNDO_DAYS),
    )


def imports(db: Database) -> list[JournalImport]:
    """Every import, newest first, undone ones too (the trail of what was brought in)."""
    return [
        _to_import(row)
        for row in rows(
            db,
            "SELECT i.*, m.full_name FROM journal_imports i "
            "LEFT JOIN mediators m ON m.id = i.user_id ORDER BY i.imported_at DESC, i.id DESC",
        )
    ]


def get_import(db: Database, import_id: int) -> JournalImport:
    found = one(
        db,
        "SELECT i.*, m.full_name FROM journal_imports i "
        "LEFT JOIN mediators m ON m.id = i.user_id WHERE i.id = ?",
        [import_id],
    )
    if found is None:
        raise NotFoundError(import_id)
    return _to_import(found)


def undo_import(db: Database, import_id: int, user_id: int, on: date, reason: str) -> list[str]:
    """Remove every record the import made at once, give the roster back as it was, forget
    its fingerprints (the file can be brought in again); returns attachment ids to remove."""
    attachments: list[str] = []
    with db.atomic():
        for (request_id,) in db.execute(
            "SELECT id FROM requests WHERE journal_import_id = ?", [import_id]
        ).fetchall():
            case = cases.case_of_request(db, request_id)
            if case is not None:
                attachments += erase_case(db, case.id)[1]
                continue
            for sql in (
                "DELETE FROM events WHERE request_id = ?",
                "DELETE FROM participants WHERE request_id = ?",
                "DELETE FROM requests WHERE id = ?",
            ):
                db.execute(sql, [request_id])
            forget_corrections(db, request_id)
        db.execute("DELETE FROM journal_rows WHERE import_id = ?", [import_id])
        _give_roster_back(db, import_id, on.year)
        db["journal_imports"].update(
            import_id, {"undone_on": iso(on), "undone_by": user_id, "undo_reason": reason}
        )
    return attachments


def _give_roster_back(db: Database, import_id: int, this_year: int) -> None:
    found = one(
        db, "SELECT added_mediators, roster_before FROM journal_imports WHERE id = ?", [import_id]
    )
    assert found is not None
    for key, (listed, left_in) in json.loads(found["roster_before"] or "{}").items():
        mediator_id = int(key)
        mediator = roster.get_mediator(db, mediator_id)
        roster.update_mediator(
            db,
            mediator_id,
            replace(mediator, years=tuple(listed)),
            ServiceYears(tuple(listed), left_in),
            this_year=this_year,
        )
    leading = {
        i
        for (text,) in db.execute("SELECT facilitator_ids FROM programs")
        for i in json.loads(text)
    }
    for mediator_id in json.loads(found["added_mediators"] or "[]"):
        # Someone the curator has since put to work, or given a password, stays.
        used = one(
            db,
            "SELECT 1 AS x FROM mediators m WHERE m.id = ? AND (m.slot_id IS NOT NULL "
            "OR EXISTS (SELECT 1 FROM case_mediators WHERE mediator_id = m.id) "
            "OR EXISTS (SELECT 1 FROM training WHERE mediator_id = m.id))",
            [mediator_id],
        )
        if used or mediator_id in leading:
            continue
        db.execute("DELETE FROM mediator_years WHERE mediator_id = ?", [mediator_id])
        db.execute("DELETE FROM mediators WHERE id = ?", [mediator_id])


# --- the gate and retention ---------------------------------------------------------------


def request_from_journal(db: Database, request_id: int) -> bool:
    return cases.from_journal(db, request_id)


def unrecorded_due(db: Database, today: date) -> list[int]:
    """Requests taken from a journal with no decision whose retention period has passed,
    counted from the day they came (the only day the journal gives)."""
    last = cutoff(today, retention_years(db)).isoformat()
    return [
        r["id"]
        for r in rows(
            db,
            "SELECT id FROM requests WHERE status = ? AND received_on <= ? "
            "AND purged_on IS NULL AND deleted_on IS NULL",
            [NOT_RECORDED, last],
        )
    ]
