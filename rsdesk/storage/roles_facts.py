"""The facts the role rules need about cases, read in a few flat queries."""

from __future__ import annotations

from collections import defaultdict

from sqlite_utils import Database

from rsdesk.domain.roles import PARTY_ROLES, CaseFacts
from rsdesk.storage.rows import NotFoundError, one


def all_case_facts(db: Database, case_id: int | None = None) -> dict[int, CaseFacts]:
    """Facts of every case (deleted ones included), or of one."""
    where, params = ("WHERE c.id = ?", [case_id]) if case_id is not None else ("", [])
    cases = db.execute(
        "SELECT c.id, c.category, c.status, c.request_id, c.deleted_on, c.deleted_by, c.purged_on, "
        f"r.journal_import_id FROM cases c LEFT JOIN requests r ON r.id = c.request_id {where}",
        params,
    ).fetchall()
    team: dict[int, list[tuple[int, str]]] = defaultdict(list)
    for cid, mediator_id, kind in db.execute(
        "SELECT cm.case_id, cm.mediator_id, m.kind FROM case_mediators cm "
        f"JOIN mediators m ON m.id = cm.mediator_id {where.replace('c.id', 'cm.case_id')}",
        params,
    ):
        team[cid].append((mediator_id, kind))
    placeholders = ", ".join("?" * len(PARTY_ROLES))
    adult_party = {
        request_id
        for (request_id,) in db.execute(
            "SELECT DISTINCT p.request_id FROM participants p JOIN cases c "
            f"ON c.request_id = p.request_id WHERE p.is_minor = 0 AND p.role IN ({placeholders})"
            + (" AND c.id = ?" if case_id is not None else ""),
            [*sorted(PARTY_ROLES), *params],
        )
    }
    pending: dict[int, list[tuple[int, str]]] = defaultdict(list)
    for cid, submitter, kind in db.execute(
        "SELECT case_id, submitted_by, kind FROM signoffs WHERE state = 'pending'"
        + (" AND case_id = ?" if case_id is not None else ""),
        params,
    ):
        pending[cid].append((submitter, kind))
    return {
        cid: CaseFacts(
            case_id=cid,
            category=category,
            status=status,
            mediator_ids=frozenset(m for m, _k in team[cid]),
            adult_mediator_ids=frozenset(m for m, k in team[cid] if k == "adult"),
            young_ids=frozenset(m for m, k in team[cid] if k == "young"),
            adult_party=request_id in adult_party,
            pending_closure=any(kind == "closure" for _s, kind in pending[cid]),
            pending_signoffs=tuple(s for s, _k in pending[cid]),
            deleted=deleted_on is not None,
            deleted_by=deleted_by,
            purged=purged_on is not None,
            from_journal=journal_import_id is not None,
        )
        for (
            cid,
            category,
            status,
            request_id,
            deleted_on,
            deleted_by,
            purged_on,
            journal_import_id,
        ) in cases
    }


def case_facts(db: Database, case_id: int) -> CaseFacts:
    found = all_case_facts(db, case_id)
    if case_id not in found:
        raise NotFoundError(case_id)
    return found[case_id]


def case_of_program(db: Database, program_id: int) -> int:
    row = one(db, "SELECT case_id FROM programs WHERE id = ?", [program_id])
    if row is None:
        raise NotFoundError(program_id)
    return row["case_id"]


def case_of_request(db: Database, request_id: int) -> int | None:
    row = one(db, "SELECT id FROM cases WHERE request_id = ?", [request_id])
    return row["id"] if row else None
