"""Versioned schema of the service database: numbered migration steps, each applied once.

A step is never edited after release: a vault written by an older rsdesk holds exactly the
tables its steps made, and opening it runs only the steps after its `schema_version`.
Dates are ISO text (they sort and compare as text); booleans are 0/1; JSON lists are text.
"""

from __future__ import annotations

import secrets
from collections.abc import Callable

from sqlite_utils import Database

from rsdesk.domain.refusals import Refused
from rsdesk.i18n import translate

META = "meta"


def _v1(db: Database) -> None:
    """The first schema: profile, roster, training, requests, participants, cases, programs."""
    db[META].create({"key": str, "value": str}, pk="key")
    db["service"].create(
        {
            "id": int,  # always 1: one service per vault
            "service_id": str,
            "kind": str,
            "name": str,
            "region": str,
            "municipality": str,
            "created_on": str,
            "signing_key": bytes,  # raw Ed25519 private key; the statistics file is signed
            "public_key": bytes,
        },
        pk="id",
        not_null={"service_id", "kind", "name", "created_on"},
    )
    db["mediators"].create(
        {
            "id": int,
            "full_name": str,
            "kind": str,  # adult | young
            "is_curator": int,
            "class_name": str,
            "position": str,
            "slot_id": str,  # vault key slot of a mediator who signs in
            "note": str,
        },
        pk="id",
        not_null={"full_name", "kind"},
        defaults={"is_curator": 0, "class_name": "", "position": "", "note": ""},
    )
    db["mediator_years"].create(
        {"mediator_id": int, "year": int},
        pk=("mediator_id", "year"),
        foreign_keys=[("mediator_id", "mediators", "id")],
    )
    db["training"].create(
        {
            "id": int,
            "mediator_id": int,
            "kind": str,  # module | young36 | seminar | supervision | intervision
            "module": str,
            "held_on": str,
            "hours": float,
            "note": str,
        },
        pk="id",
        not_null={"mediator_id", "kind", "held_on"},
        defaults={"hours": 0.0, "note": ""},
        foreign_keys=[("mediator_id", "mediators", "id")],
    )
    db["requests"].create(
        {
            "id": int,
            "number": str,
            "received_on": str,
            "source": str,
            "referrer": str,
            "category": str,
            "description": str,
            "status": str,  # registered | accepted | declined | transferred
            "decided_on": str,
            "decline_reason": str,
            "transferred_to": str,
            "warnings": str,  # JSON list of transfer reasons shown at the decision
            "decision_note": str,
        },
        pk="id",
        not_null={"number", "received_on", "source", "category", "description", "status"},
        defaults={
            "referrer": "",
            "decline_reason": "",
            "transferred_to": "",
            "warnings": "[]",
            "decision_note": "",
        },
    )
    db["participants"].create(
        {
            "id": int,
            "request_id": int,
            "full_name": str,
            "role": str,
            "is_minor": int,
            "class_name": str,
            "age": int,
            "note": str,
        },
        pk="id",
        not_null={"request_id", "full_name", "role", "is_minor"},
        defaults={"class_name": "", "note": ""},
        foreign_keys=[("request_id", "requests", "id")],
    )
    db["cases"].create(
        {
            "id": int,
            "number": str,
            "request_id": int,
            "category": str,
            "status": str,  # open | closed
            "opened_on": str,
            "closed_on": str,
        },
        pk="id",
        not_null={"number", "request_id", "category", "status", "opened_on"},
        foreign_keys=[("request_id", "requests", "id")],
    )
    db["cases"].create_index(["request_id"], unique=True)
    db["case_mediators"].create(
        {"case_id": int, "mediator_id": int, "role": str},
        pk=("case_id", "mediator_id"),
        not_null={"role"},
        foreign_keys=[("case_id", "cases", "id"), ("mediator_id", "mediators", "id")],
    )
    db["programs"].create(
        {
            "id": int,
            "case_id": int,
            "program_type": str,
            "status": str,  # planned | in_progress | finished
            "started_on": str,
            "ended_on": str,
            "outcome": str,
            "participants_adults": int,
            "participants_minors": int,
            "facilitator_ids": str,  # JSON list of mediator ids
            "state": str,  # JSON owned by the procedures engine; stored as given
        },
        pk="id",
        not_null={"case_id", "program_type", "status"},
        defaults={
            "participants_adults": 0,
            "participants_minors": 0,
            "facilitator_ids": "[]",
            "state": "{}",
        },
        foreign_keys=[("case_id", "cases", "id")],
    )


def _v2(db: Database) -> None:
    """Timeline events, documents, indexes for the statistics; older vaults get their history."""
    db["events"].create(
        {
            "id": int,
            "request_id": int,
            "case_id": int,
            "program_id": int,
            "kind": str,
            "event_on": str,  # a follow-up's due day
            "done_on": str,  # follow-ups: when the check was made
            "note": str,
        },
        pk="id",
        not_null={"request_id", "kind", "event_on"},
        defaults={"note": ""},
        foreign_keys=[
            ("request_id", "requests", "id"),
            ("case_id", "cases", "id"),
            ("program_id", "programs", "id"),
        ],
    )
    db["documents"].create(
        {
            "id": int,
            "case_id": int,
            "program_id": int,
            "kind": str,
            "title": str,
            "created_on": str,
            "attachment": str,
        },
        pk="id",
        not_null={"case_id", "kind", "title", "created_on"},
        defaults={"attachment": ""},
        foreign_keys=[("case_id", "cases", "id"), ("program_id", "programs", "id")],
    )
    db["events"].create_index(["request_id", "event_on"])
    db["events"].create_index(["kind", "done_on", "event_on"])
    db["documents"].create_index(["case_id"])
    db["requests"].create_index(["received_on"])
    db["participants"].create_index(["request_id"])
    db["programs"].create_index(["case_id"])
    db["programs"].create_index(["ended_on"])
    db["case_mediators"].create_index(["mediator_id"])
    db["training"].create_index(["mediator_id"])
    # A vault from v1 has no timeline: rebuild what its dates tell.
    db.execute(
        """INSERT INTO events (request_id, case_id, kind, event_on)
        SELECT r.id, c.id, 'registered', r.received_on
        FROM requests r LEFT JOIN cases c ON c.request_id = r.id"""
    )
    db.execute(
        """INSERT INTO events (request_id, case_id, kind, event_on)
        SELECT r.id, c.id, 'decided', r.decided_on
        FROM requests r LEFT JOIN cases c ON c.request_id = r.id
        WHERE r.decided_on IS NOT NULL"""
    )
    for kind, column in (("program_started", "started_on"), ("program_ended", "ended_on")):
        db.execute(
            f"""INSERT INTO events (request_id, case_id, program_id, kind, event_on)
            SELECT c.request_id, c.id, p.id, '{kind}', p.{column}
            FROM programs p JOIN cases c ON c.id = p.case_id
            WHERE p.{column} IS NOT NULL"""
        )
    db.execute(
        """INSERT INTO events (request_id, case_id, kind, event_on)
        SELECT request_id, id, 'closed', closed_on FROM cases WHERE closed_on IS NOT NULL"""
    )


def _v3(db: Database) -> None:
    """Planned meetings: the stage a meeting is planned for, its time and who is invited."""
    db["events"].add_column("stage", str)  # a procedure stage key; NULL for other events
    db["events"].add_column("at_time", str, not_null_default="")  # HH:MM or empty
    db["events"].add_column("with_ids", str, not_null_default="[]")  # JSON participant ids
    db["events"].create_index(["program_id", "kind"])


def _v4(db: Database) -> None:
    """Roles and supervision: users' pledges, sign-off, deletion with undo, retention, audit."""
    db["mediators"].add_column("contacts", str, not_null_default="")  # phone, e-mail
    db["mediators"].add_column("pledge_on", str)  # ISO day the confidentiality pledge was given
    db["mediators"].add_column("pledge_version", str, not_null_default="")
    for table in ("cases", "requests"):
        db[table].add_column("deleted_on", str)  # in the undo window until purged
        db[table].add_column("deleted_by", int)
        db[table].add_column("delete_reason", str, not_null_default="")
        db[table].add_column("purged_on", str)  # personal data removed (retention)
    db["signoffs"].create(
        {
            "id": int,
            "case_id": int,
            "program_id": int,
            "kind": str,  # agreement | closure
            "submitted_by": int,
            "submitted_on": str,
            "state": str,  # pending | signed | returned
            "decided_by": int,
            "decided_on": str,
            "reason": str,
        },
        pk="id",
        not_null={"case_id", "kind", "submitted_by", "submitted_on", "state"},
        defaults={"reason": ""},
        foreign_keys=[("case_id", "cases", "id")],
    )
    db["signoffs"].create_index(["case_id", "state"])
    db["audit"].create(
        {
            "seq": int,
            "at": str,  # ISO date and time, seconds
            "user_id": int,  # NULL: the application itself (retention)
            "action": str,
            "object_kind": str,  # case | request | mediator | service | statistics | audit
            "object_id": int,
            "label": str,  # the case or request number, never a person's name
            "reason": str,
            "prev": str,  # hex SHA-256 of the previous entry
            "hash": str,
        },
        pk="seq",
        not_null={"at", "action", "prev", "hash"},
        defaults={"object_kind": "", "label": "", "reason": ""},
    )
    db["audit"].create_index(["user_id"])
    db["audit"].create_index(["action"])


def _v5(db: Database) -> None:
    """Corrections with their old and new values; mediators who serve until they leave."""
    db["corrections"].create(
        {
            "seq": int,  # the audit entry the correction belongs to
            "position": int,  # its order within that entry
            "request_id": int,  # the request (and case) it concerns; NULL for the roster
            "field": str,
            "old": str,
            "new": str,
        },
        pk=("seq", "position"),
        not_null={"field"},
        defaults={"old": "", "new": ""},
    )
    db["corrections"].create_index(["request_id"])
    # A digest of the entry's corrections, covered by the chain; "" when it has none.
    db["audit"].add_column("changes", str, not_null_default="")
    db["mediators"].add_column("left_in", int)  # the year they left; NULL while serving
    # A roster kept before `left_in` listed every year one by one: whoever the vault's latest
    # year does not list had left after their own last year, and must not count on and on.
    db.execute(
        "UPDATE mediators SET left_in = "
        "(SELECT MAX(year) FROM mediator_years WHERE mediator_id = mediators.id) "
        "WHERE (SELECT MAX(year) FROM mediator_years WHERE mediator_id = mediators.id) "
        "< (SELECT MAX(year) FROM mediator_years)"
    )


def _v6(db: Database) -> None:
    """Journals brought in from paper or a spreadsheet: each import, its rows, its requests."""
    db["journal_imports"].create(
        {
            "id": int,
            "imported_at": str,  # ISO date and time, seconds
            "user_id": int,
            "file_name": str,
            "digest": str,  # hex SHA-256 of the file's bytes
            "rows": int,  # requests it added
            "added_mediators": str,  # JSON ids of the roster members it added
            "roster_before": str,  # JSON {id: [listed years, left_in]} of members it extended
            "undone_on": str,  # the import was taken back whole; its rows are gone
            "undone_by": int,
            "undo_reason": str,
        },
        pk="id",
        not_null={"imported_at", "file_name", "digest", "rows"},
        defaults={"added_mediators": "[]", "roster_before": "{}", "undo_reason": ""},
    )
    db["journal_imports"].create_index(["digest"])
    # One keyed fingerprint per row brought in: a sheet imported again, re-saved or extended
    # adds only the rows not yet brought in. Identical rows of one file are numbered apart.
    db["journal_rows"].create(
        {"import_id": int, "line": int, "fingerprint": str, "request_id": int},
        pk=("import_id", "line"),
        not_null={"fingerprint"},
        foreign_keys=[("import_id", "journal_imports", "id")],
    )
    db["journal_rows"].create_index(["fingerprint"])
    db["requests"].add_column("journal_import_id", int)  # NULL: entered in rsdesk
    db["requests"].create_index(["journal_import_id"])
    # The fingerprints are keyed with a secret of this register alone, so a row's digest
    # tells nothing to anyone who guesses names and dates without the register.
    db.execute(
        f"INSERT OR REPLACE INTO {META} (key, value) VALUES ('journal_key', ?)",
        [secrets.token_hex(32)],
    )


def _v7(db: Database) -> None:
    """Signed audit entries: the key slot whose session made each, and its HMAC."""
    db["audit"].add_column("signer", str, not_null_default="")
    db["audit"].add_column("mac", str, not_null_default="")


MIGRATIONS: list[Callable[[Database], None]] = [_v1, _v2, _v3, _v4, _v5, _v6, _v7]
SCHEMA_VERSION = len(MIGRATIONS)


class SchemaTooNewError(Refused, RuntimeError):
    """The vault was written by a newer rsdesk; opening it here could lose data."""


def schema_version(db: Database) -> int:
    if not db[META].exists():
        return 0
    row = db.execute(f"SELECT value FROM {META} WHERE key = 'schema_version'").fetchone()
    return int(row[0]) if row else 0


def migrate(db: Database, target: int = SCHEMA_VERSION) -> int:
    """Bring the schema up to `target`, one step per transaction; returns the version reached."""
    current = schema_version(db)
    if current > SCHEMA_VERSION:
        raise SchemaTooNewError(
            translate(
                "register",
                "The register was written by a newer version of rsdesk (schema {found}); "
                "this one knows up to {known}. Update rsdesk.",
                found=current,
                known=SCHEMA_VERSION,
            )
        )
    for version in range(current + 1, target + 1):
        with db.atomic():
            MIGRATIONS[version - 1](db)
            db.execute(
                f"INSERT OR REPLACE INTO {META} (key, value) VALUES ('schema_version', ?)",
                [str(version)],
            )
    return max(current, target)
