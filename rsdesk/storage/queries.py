"""Read-only queries behind the Desk's lists: light case and request rows, the start page."""

from __future__ import annotations

from collections import defaultdict
from datetime import date

from sqlite_utils import Database

from rsdesk.domain.agenda import FollowUp, week_bounds
from rsdesk.domain.case_lists import StartPage, normalise, year_counts
from rsdesk.domain.register import CaseRow, RequestRow
from rsdesk.domain.vocabulary import CATEGORIES, category_label
from rsdesk.storage.rows import day, iso


def case_rows(db: Database) -> list[CaseRow]:
    """Every case as a light row, newest first; five flat queries joined in Python.

    The search text holds the situation's label in the interface language too, so «травл»
    finds the bullying cases.
    """
    names: dict[int, list[str]] = defaultdict(list)
    for request_id, full_name in db.execute(
        "SELECT request_id, full_name FROM participants ORDER BY id"
    ):
        names[request_id].append(full_name)
    mediators: dict[int, list[tuple[int, str]]] = defaultdict(list)
    for case_id, mediator_id, full_name in db.execute(
        "SELECT cm.case_id, cm.mediator_id, m.full_name FROM case_mediators cm "
        "JOIN mediators m ON m.id = cm.mediator_id ORDER BY cm.role = 'co_lead', m.full_name"
    ):
        mediators[case_id].append((mediator_id, full_name))
    programs: dict[int, list[str]] = defaultdict(list)
    for case_id, program_type in db.execute(
        "SELECT case_id, program_type FROM programs ORDER BY started_on, id"
    ):
        programs[case_id].append(program_type)
    waiting = {
        case_id
        for (case_id,) in db.execute(
            "SELECT DISTINCT case_id FROM signoffs WHERE state = 'pending' AND kind = 'closure'"
        )
    }
    situations = {key: category_label(key) for key in CATEGORIES}
    result = []
    for (
        case_id,
        number,
        status,
        opened_on,
        category,
        request_id,
        description,
        referrer,
    ) in db.execute(
        "SELECT c.id, c.number, c.status, c.opened_on, c.category, c.request_id, "
        "r.description, r.referrer FROM cases c JOIN requests r ON r.id = c.request_id "
        "WHERE c.deleted_on IS NULL ORDER BY c.opened_on DESC, c.id DESC"
    ):
        people = ", ".join(names.get(request_id, ()))
        team = mediators.get(case_id, ())
        team_names = ", ".join(name for _id, name in team)
        result.append(
            CaseRow(
                id=case_id,
                number=number,
                status=status,
                year=int(opened_on[:4]),
                opened_on=opened_on,
                category=category,
                mediator_ids=tuple(mediator_id for mediator_id, _name in team),
                mediator_names=team_names,
                program_types=tuple(programs.get(case_id, ())),
                participants=people,
                closure_waits=case_id in waiting,
                search=normalise(
                    " ".join(
                        (
                            number,
                            people,
                            description,
                            referrer,
                            team_names,
                            situations.get(category, ""),
                        )
                    )
                ),
            )
        )
    return result


def case_years(db: Database) -> list[int]:
    """Years that have cases, newest first, for the year filter."""
    return [
        int(y)
        for (y,) in db.execute(
            "SELECT DISTINCT substr(opened_on, 1, 4) AS y FROM cases WHERE deleted_on IS NULL "
            "ORDER BY y DESC"
        )
    ]


def open_case_count(db: Database) -> int:
    (count,) = db.execute(
        "SELECT COUNT(*) FROM cases WHERE status = 'open' AND deleted_on IS NULL"
    ).fetchone()
    return count


def follow_ups_due(
    db: Database,
    week_of: date | None = None,
    *,
    include_overdue: bool = True,
    until: date | None = None,
) -> list[FollowUp]:
    """Follow-ups not yet done that fall due in the week of `week_of` (or up to `until`), and
    earlier ones; those of deleted cases are left out."""
    monday, sunday = week_bounds(week_of or date.today())
    low = "0000-00-00" if include_overdue else iso(monday)
    found = []
    for event_id, case_id, number, due_on, note, program_id in db.execute(
        "SELECT e.id, e.case_id, c.number, e.event_on, e.note, e.program_id FROM events e "
        "JOIN cases c ON c.id = e.case_id "
        "WHERE e.kind = 'follow_up' AND e.done_on IS NULL AND e.event_on BETWEEN ? AND ? "
        "AND c.deleted_on IS NULL "
        "ORDER BY e.event_on, e.id",
        [low, iso(until or sunday)],
    ):
        due = day(due_on)
        assert due is not None
        found.append(FollowUp(event_id, case_id, number, due, note or "", due < monday, program_id))
    return found


def requests_in_year(db: Database, year: int) -> dict[str, int]:
    """Requests received in a year, by decision status, with a «total»."""
    counts = year_counts(())
    for status, count in db.execute(
        "SELECT status, COUNT(*) FROM requests WHERE received_on LIKE ? AND deleted_on IS NULL "
        "GROUP BY status",
        [f"{year}-%"],
    ):
        counts[status] = count
        counts["total"] += count
    return counts


def start_page(db: Database, today: date | None = None) -> StartPage:
    today = today or date.today()
    this_year = requests_in_year(db, today.year)
    (awaiting,) = db.execute("SELECT COUNT(*) FROM requests WHERE status = 'registered'").fetchone()
    return StartPage(
        open_cases=open_case_count(db),
        awaiting_decision=awaiting,
        follow_ups=tuple(follow_ups_due(db, today)),
        requests_this_year=this_year,
    )


def request_rows(db: Database, year: int | None = None) -> list[RequestRow]:
    """Requests as light rows, newest first; two flat queries instead of one per request."""
    names: dict[int, list[str]] = defaultdict(list)
    for request_id, full_name in db.execute(
        "SELECT request_id, full_name FROM participants ORDER BY id"
    ):
        names[request_id].append(full_name)
    where, params = (
        ("WHERE deleted_on IS NULL AND received_on LIKE ?", [f"{year}-%"])
        if year
        else ("WHERE deleted_on IS NULL", [])
    )
    return [
        RequestRow(
            id=request_id,
            number=number,
            received_on=received_on,
            source=source,
            referrer=referrer or "",
            category=category,
            status=status,
            participants=", ".join(names.get(request_id, ())),
        )
        for request_id, number, received_on, source, referrer, category, status in db.execute(
            "SELECT id, number, received_on, source, referrer, category, status FROM requests "
            f"{where} ORDER BY received_on DESC, id DESC",
            params,
        )
    ]


def request_years(db: Database) -> list[int]:
    """Years that have requests, newest first."""
    return [
        int(y)
        for (y,) in db.execute(
            "SELECT DISTINCT substr(received_on, 1, 4) AS y FROM requests "
            "WHERE deleted_on IS NULL ORDER BY y DESC"
        )
    ]


def people_in_cases(
    db: Database, *, except_request: int | None = None
) -> list[tuple[str, int, str, str, date | None]]:
    """(full name, case id, number, status, closed on) of every participant of every case
    not deleted, but those of one request; names are compared in Python, where lower case
    knows Cyrillic (SQLite's lower() does not)."""
    return [
        (full_name, case_id, number, status, day(closed_on))
        for full_name, case_id, number, status, closed_on in db.execute(
            "SELECT p.full_name, c.id, c.number, c.status, c.closed_on FROM participants p "
            "JOIN cases c ON c.request_id = p.request_id "
            "WHERE c.deleted_on IS NULL AND c.request_id IS NOT ? "
            "ORDER BY c.opened_on DESC, c.id DESC",
            [except_request],
        )
    ]
