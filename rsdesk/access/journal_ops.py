"""Bringing in a journal kept on paper or in a spreadsheet: preview, import, undo, read-only.

The import is one operation of the curator: every row of the file or none, one audit entry
with the number of rows and the file's SHA-256 (no names). Its cases are closed historical
records: every change of them is refused here, at the gate all case operations pass
(`may`/`require`), until the import is undone as a whole.
"""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from datetime import date, datetime

from rsdesk.access.desk import DeskBase
from rsdesk.domain.case_lists import UNDO_DAYS
from rsdesk.domain.changes import AUDIT, CASES, PROGRAMS, REQUESTS, ROSTER
from rsdesk.domain.journal import (
    HEADERS,
    JournalImport,
    JournalPreview,
    JournalRow,
    RowProblem,
    YearCounts,
)
from rsdesk.domain.refusals import InputRefused, PracticeRefused
from rsdesk.domain.register import ProgramSummary, Request
from rsdesk.domain.register_keys import TRANSFER_REASON_LABELS, register_label
from rsdesk.domain.roles import Decision, Op, journal_read_only_reason
from rsdesk.domain.rules import transfer_reasons, validate_participant, validate_program
from rsdesk.i18n import translate
from rsdesk.storage import journal, retention
from rsdesk.storage.cases import known_program_types
from rsdesk.storage.service import load_profile

# Which column a program summary's refusal belongs to.
PROGRAM_COLUMNS = {
    "program_type": "program_type",
    "ended_on": "ended_on",
    "started_on": "ended_on",
    "outcome": "outcome",
    "participants_adults": "participants",
    "participants_minors": "participants",
}


def _day(value: date) -> str:
    return value.strftime("%d.%m.%Y")


class JournalOps(DeskBase):
    # --- the gate ----------------------------------------------------------------------------
    # A case from a journal is refused every change by the role rules (CaseFacts.from_journal);
    # a request the journal left without a case is guarded here, where requests are changed.

    def _refuse_journal_request(self, request_id: int) -> None:
        if journal.request_from_journal(self.db, request_id):
            self.require(Op.VIEW_REQUESTS)
            raise PracticeRefused(journal_read_only_reason())

    def may_correct_request(self, request_id: int) -> Decision:
        if journal.request_from_journal(self.db, request_id):
            return Decision(False, journal_read_only_reason())
        return super().may_correct_request(request_id)  # type: ignore[misc]

    def correct_request(self, request_id: int, request: Request, **options: object) -> None:
        self._refuse_journal_request(request_id)
        super().correct_request(request_id, request, **options)  # type: ignore[misc]

    def accept_request(self, request_id: int, **options: object) -> int:
        self._refuse_journal_request(request_id)
        return super().accept_request(request_id, **options)  # type: ignore[misc]

    def decline_request(self, request_id: int, **options: object) -> None:
        self._refuse_journal_request(request_id)
        super().decline_request(request_id, **options)  # type: ignore[misc]

    def transfer_request(self, request_id: int, **options: object) -> None:
        self._refuse_journal_request(request_id)
        super().transfer_request(request_id, **options)  # type: ignore[misc]

    # --- preview -----------------------------------------------------------------------------

    def _may_import(self) -> None:
        # It registers and decides requests and adds to the roster: the curator's work.
        self.require(Op.DECIDE_REQUEST)
        self.require(Op.EDIT_ROSTER)

    def preview_journal(
        self, data: bytes, file_name: str, mapping: dict[str, str] | None = None
    ) -> JournalPreview:
        """What the file would add, read and checked, nothing written."""
        self._may_import()
        from rsdesk.journal.reading import read_table
        from rsdesk.journal.rows import guess_mapping, parse_rows

        table = read_table(data, file_name)
        mapping = dict(guess_mapping(table.headers) if mapping is None else mapping)
        parsed = parse_rows(table, mapping, today=self.today())
        return self._preview(
            file_name,
            hashlib.sha256(data).hexdigest(),
            tuple(table.headers),
            mapping,
            tuple(parsed.unknown_columns),
            tuple(parsed.rows),
            tuple(parsed.problems),
        )

    def _preview(
        self,
        file_name: str,
        digest: str,
        headers: tuple[str, ...],
        mapping: dict[str, str],
        unknown: tuple[str, ...],
        rows: tuple[JournalRow, ...],
        problems: tuple[RowProblem, ...],
    ) -> JournalPreview:
        known = journal.known_fingerprints(self.db)
        prints = journal.fingerprints(self.db, rows)
        duplicates = tuple(row.line for row, fp in zip(rows, prints, strict=True) if fp in known)
        fresh = [row for row in rows if row.line not in set(duplicates)]
        people = journal.resolve_facilitators(self.db, _working(fresh))
        found, warnings = self._row_problems(fresh, mapping, people)
        used = set(_working(fresh))
        return JournalPreview(
            file_name=file_name,
            digest=digest,
            headers=headers,
            mapping=mapping,
            unknown_columns=unknown,
            rows=rows,
            problems=tuple(sorted((*problems, *found), key=lambda p: (p.line, p.column))),
            by_year=_by_year(fresh),
            new_mediators=tuple(
                dict.fromkeys(full for name, full in people.new.items() if name in used)
            ),
            duplicates=duplicates,
            imported_before=journal.imported_at(self.db, digest),
            warnings=tuple(warnings),
        )

    def _row_problems(
        self, rows: Sequence[JournalRow], mapping: dict[str, str], people: journal.Facilitators
    ) -> tuple[list[RowProblem], list[str]]:
        """What the register's own rules refuse in the rows the reader accepted."""
        profile = load_profile(self.db)
        kind = profile.kind if profile else "territorial"
        types = known_program_types(None)
        problems: list[RowProblem] = []
        warnings: list[str] = []

        def problem(row: JournalRow, field: str, reason: str) -> None:
            problems.append(RowProblem(row.line, mapping.get(field) or HEADERS[field], reason))

        for row in rows:
            decision = journal.decision_of(row)
            for person in row.participants:
                for reason in validate_participant(person).values():
                    problem(row, "participants", f"{person.full_name}: {reason}")
            if row.program_type and decision != "accepted":
                problem(
                    row,
                    "program_type",
                    translate(
                        "journal",
                        "A program is held only on an accepted request, and this one was "
                        "declined or transferred.",
                    ),
                )
            if decision == "accepted":
                reasons = transfer_reasons(kind, row.category, row.participants)
                if "territorial_category" in reasons:
                    problem(
                        row,
                        "category",
                        translate(
                            "journal",
                            "A school service does not take this situation: {reason}. Write "
                            "that the request was transferred, or correct the category.",
                            reason=register_label(TRANSFER_REASON_LABELS, "territorial_category"),
                        ),
                    )
                elif reasons:
                    warnings.append(
                        translate(
                            "journal",
                            "Row {line}: {reason}; the case is kept as the journal records it.",
                            line=row.line,
                            reason=register_label(TRANSFER_REASON_LABELS, reasons[0]),
                        )
                    )
                for name in row.facilitators:
                    if name.strip() in people.ambiguous:
                        problem(
                            row,
                            "facilitators",
                            translate(
                                "journal",
                                "«{name}» may be any of {members}: write the full name.",
                                name=name.strip(),
                                members=", ".join(people.ambiguous[name.strip()]),
                            ),
                        )
            if row.program_type and decision == "accepted":
                self._program_problems(row, types, problem)
        return problems, warnings

    def _program_problems(self, row: JournalRow, types, problem) -> None:
        if row.ended_on is not None and row.ended_on < row.received_on:
            problem(
                row,
                "ended_on",
                translate(
                    "journal",
                    "The program cannot end before the request came ({day}).",
                    day=_day(row.received_on),
                ),
            )
            return
        summary = ProgramSummary(
            0,
            row.program_type or "",
            "finished",
            started_on=row.received_on,
            ended_on=row.ended_on,
            outcome=row.outcome,
            participants_adults=row.adults,
            participants_minors=row.minors,
        )
        errors = validate_program(summary, today=self.today(), program_types=types)
        for key, reason in errors.items():
            problem(row, PROGRAM_COLUMNS.get(key, "program_type"), reason)

    # --- import ------------------------------------------------------------------------------

    def import_journal(
        self, data: bytes, file_name: str, mapping: dict[str, str] | None = None
    ) -> JournalImport:
        """Bring the file's new rows in as closed records, all of them or none."""
        preview = self.preview_journal(data, file_name, mapping)
        return self._import(preview)

    def _import(self, preview: JournalPreview) -> JournalImport:
        if preview.problems:
            raise InputRefused(problem_fields(preview.problems))
        fresh = preview.new_rows
        if not fresh:
            raise PracticeRefused(nothing_new(preview))
        people = journal.resolve_facilitators(self.db, _working(fresh))
        skipped = set(preview.duplicates)
        prints = [
            fp
            for row, fp in zip(
                preview.rows, journal.fingerprints(self.db, preview.rows), strict=True
            )
            if row.line not in skipped
        ]
        batch = journal.Batch(
            file_name=preview.file_name,
            digest=preview.digest,
            rows=fresh,
            fingerprints=tuple(prints),
            user_id=self.actor.user_id,
            at=datetime.combine(self.today(), self._now().time()).replace(microsecond=0),
            today=self.today(),
        )
        with self._operation(REQUESTS, CASES, PROGRAMS, ROSTER):
            import_id = journal.store_import(self.db, batch, people)
            self._audit(
                "import_journal",
                object_kind="journal",
                object_id=import_id,
                reason=f"rows={len(fresh)}; sha256={preview.digest}",
            )
        return journal.get_import(self.db, import_id)

    def journal_imports(self) -> list[JournalImport]:
        """Every import, newest first; those undone carry the day."""
        self._may_import()
        return journal.imports(self.db)

    def undo_journal_import(self, import_id: int, reason: str) -> None:
        """Take an import back as a whole within `UNDO_DAYS` days: its records are removed at
        once (the file still holds them), the roster is as before, the file can come again."""
        self._may_import()
        reason = self._reason_required(reason)
        found = journal.get_import(self.db, import_id)
        if found.undone_on is not None:
            raise PracticeRefused(
                translate(
                    "journal",
                    "This import was already undone on {day}.",
                    day=_day(found.undone_on),
                )
            )
        assert found.undo_until is not None
        if self.today() > found.undo_until:
            raise PracticeRefused(
                translate(
                    "journal",
                    "An import can be undone for {days} days; this one could be undone until "
                    "{day} and is now final.",
                    days=UNDO_DAYS,
                    day=_day(found.undo_until),
                )
            )
        with self._operation(REQUESTS, CASES, PROGRAMS, ROSTER):
            files = journal.undo_import(
                self.db, import_id, self.actor.user_id, self.today(), reason
            )
            self._audit(
                "undo_journal_import",
                object_kind="journal",
                object_id=import_id,
                reason=f"rows={found.rows}; sha256={found.digest}; {reason}",
            )
        for attachment in files:
            if self.remove_attachment is not None:
                self.remove_attachment(attachment)

    # --- retention of requests the journal left undecided -------------------------------------

    def retention_due(self) -> int:
        extra = len(journal.unrecorded_due(self.db, self.today()))
        return super().retention_due() + extra  # type: ignore[misc]

    def apply_retention(self) -> tuple[int, int]:
        """The journal's undecided requests follow the rule too, from the day they came."""
        from rsdesk.storage import audit

        today = self.today()
        with self._operation(REQUESTS, AUDIT):
            due = journal.unrecorded_due(self.db, today)
            for request_id in due:
                retention.purge_request(self.db, request_id, today)
                audit.record(
                    self.db,
                    None,
                    "purge_retention",
                    object_kind="request",
                    object_id=request_id,
                    at=self._now(),
                )
            purged, erased = super().apply_retention()  # type: ignore[misc]
        return purged + len(due), erased


def _working(rows: Sequence[JournalRow]) -> list[str]:
    """The facilitators' names of the rows that make a case (only a case has a team)."""
    return [
        name.strip()
        for row in rows
        if journal.decision_of(row) == "accepted"
        for name in row.facilitators
        if name.strip()
    ]


def _by_year(rows: Sequence[JournalRow]) -> tuple[YearCounts, ...]:
    """Requests by the year they came; programs (completed, as the statistics count them),
    those with an agreement and those stopped by the year they ended."""
    counts: dict[int, list[int]] = {}
    for row in rows:
        counts.setdefault(row.received_on.year, [0, 0, 0, 0])[0] += 1
        if row.program_type and row.ended_on and journal.decision_of(row) == "accepted":
            ended = counts.setdefault(row.ended_on.year, [0, 0, 0, 0])
            if row.outcome in ("completed_with_agreement", "completed_without_agreement"):
                ended[1] += 1
            if row.outcome == "completed_with_agreement":
                ended[2] += 1
            if row.outcome == "stopped":
                ended[3] += 1
    return tuple(YearCounts(year, *counts[year]) for year in sorted(counts))


def problem_fields(problems: Sequence[RowProblem]) -> dict[str, str]:
    """Every bad row and column, in words: «Строка 37, «Дата обращения»: …»."""
    fields: dict[str, str] = {}
    for item in problems:
        key = f"{item.line}:{item.column}"
        if item.line == 0:
            text = translate("journal", "The file: {reason}", reason=item.reason)
        else:
            text = translate(
                "journal",
                "Row {line}, «{column}»: {reason}",
                line=item.line,
                column=item.column,
                reason=item.reason,
            )
        fields[key] = f"{fields[key]}; {item.reason}" if key in fields else text
    return fields


def nothing_new(preview: JournalPreview) -> str:
    if not preview.rows:
        return translate("journal", "The file holds no rows to bring in.")
    if preview.imported_before is not None:
        return translate(
            "journal",
            "This file was already brought in on {day}: there are no new rows in it.",
            day=_day(preview.imported_before.date()),
        )
    return translate(
        "journal", "Every row of this file was already brought in: there are no new rows in it."
    )
