"""The register as one signed-in user may use it: every operation checks the role and is audited.

The one door from the screens into the core (docs/ARCHITECTURE.md § "The operation hook").
The storage functions below this layer trust their caller; the GUI and the command line go
through a Desk made for the user whose password opened the vault, so a role's limits hold
whatever button a future screen adds.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import date, datetime

from sqlite_utils import Database

from rsdesk.domain.audit import FieldChange
from rsdesk.domain.changes import AUDIT, CASES, PROGRAMS, Change, ChangeCollector
from rsdesk.domain.refusals import Refused, RoleRefused
from rsdesk.domain.register import CaseCard, CaseRow, ValidationError
from rsdesk.domain.roles import Actor, CaseFacts, Decision, Op, Role, decide, young_case_problem
from rsdesk.i18n import translate
from rsdesk.storage import audit, signoffs
from rsdesk.storage.cases import case_card
from rsdesk.storage.queries import case_rows
from rsdesk.storage.roles_facts import (
    all_case_facts,
    case_facts,
    case_of_program,
    case_of_request,
)


class ReadOnlyRefused(Refused):
    """The file opened read-only: nothing can be changed in it (rsdesk/vault/FORMAT.md, "Media")."""


class _NotKept(Exception):  # noqa: N818 (rolls back a read-only recording)
    pass


# What a Desk of a read-only file still allows (reading; a statistics export writes only
# its own file elsewhere).
READ_ONLY_OPS = frozenset(
    {
        Op.VIEW_CONTACTS,
        Op.VIEW_REQUESTS,
        Op.VIEW_STATS,
        Op.EXPORT_STATS,
        Op.VIEW_AUDIT,
        Op.VIEW_DELETED,
        Op.VIEW_CASE,
    }
)


def read_only_refusal(reason: str) -> str:
    return translate(
        "roles",
        "The service file is open read-only: {reason}. Nothing can be changed in it; save a "
        "copy to another place (File menu or the bar above) and open the copy to work.",
        reason=reason,
    )


@dataclass
class SessionKeys:
    """The secrets a session holds beyond the data key (rsdesk/access/keyring.py).

    signer signs its audit entries (None until the curator has given this user a key);
    curator_key only in the curator's session; seal_audit_key gives a new user's slot its
    audit key at once (curator only); remembered is the newest trail entry this computer saw
    saved.
    """

    signer: audit.AuditSigner | None = None
    curator_key: bytes | None = field(default=None, repr=False)
    seal_audit_key: Callable[[str], None] | None = None
    remembered: Callable[[], tuple[int, str] | None] = lambda: None


class DeskBase:
    def __init__(
        self,
        db: Database,
        actor: Actor,
        *,
        today: Callable[[], date] = date.today,
        now: Callable[[], datetime] = datetime.now,
        remove_attachment: Callable[[str], None] | None = None,
    ) -> None:
        self.db = db
        self.actor = actor
        self._today = today
        self._now = now
        # Purging a case removes its encrypted scans too; the vault owns those files.
        self.remove_attachment = remove_attachment
        self._listeners: list[Callable[[Change], None]] = []
        self._collecting: ChangeCollector | None = None
        # Set by rsdesk.access.keyring when the vault is opened: what signs this session's
        # audit entries, the curator's key (curator sessions only) and the adult whose
        # session a young mediator works in.
        self.keys = SessionKeys()
        self.supervisor: Actor | None = None
        # Why the file cannot be written (it opened read-only), or "": see _operation.
        self.read_only = ""

    # --- operations --------------------------------------------------------------------------

    def subscribe(self, listener: Callable[[Change], None]) -> None:
        """Hear of every committed operation; listeners run in the order they subscribed.

        The session subscribes its save hook first, so the change is on its way to the disk
        before any screen redraws.
        """
        self._listeners.append(listener)

    @contextmanager
    def _operation(self, *areas: str, case_id: int | None = None) -> Iterator[None]:
        """One transaction; when the outermost one commits, its change is published.

        Every mutating method of the Desk runs inside one, so saving and refreshing follow
        from the change itself, never from a screen remembering to ask.
        """
        outermost = self._collecting is None
        if outermost and self.read_only:
            with self._read_only_operation(areas):
                yield
            return
        if outermost:
            if self.db.conn.in_transaction:
                # Work wrapped around the Desk would be saved half-done by the hook.
                raise RuntimeError("a transaction was opened outside the Desk")
            self._collecting = ChangeCollector()
        collecting = self._collecting
        assert collecting is not None
        collecting.add(areas, case_id)
        try:
            with self.db.atomic():
                yield
        finally:
            if outermost:
                self._collecting = None
        if outermost:
            change = collecting.change()
            for listener in list(self._listeners):
                listener(change)

    @contextmanager
    def _read_only_operation(self, areas: tuple[str, ...]) -> Iterator[None]:
        """A file opened read-only changes nothing, in memory either (rsdesk/vault/FORMAT.md,
        "Media").

        What only records a reading (opening a case, signing in, the pledge, a statistics
        export) runs and is rolled back: the reading is allowed, the record cannot be kept.
        Everything else is refused before it starts.
        """
        if not set(areas) <= {AUDIT}:
            raise ReadOnlyRefused(read_only_refusal(self.read_only))
        try:
            with self.db.atomic():
                yield
                raise _NotKept
        except _NotKept:
            pass

    # --- asking ------------------------------------------------------------------------------

    def today(self) -> date:
        return self._today()

    def facts(self, case_id: int) -> CaseFacts:
        return case_facts(self.db, case_id)

    def may(self, op: Op, case_id: int | None = None) -> Decision:
        """Whether the user may do `op`, with the reason when not (for the GUI's «why?»)."""
        if self.read_only and op not in READ_ONLY_OPS:
            return Decision(False, read_only_refusal(self.read_only))
        return decide(self.actor, op, None if case_id is None else self.facts(case_id))

    def _decide(self, op: Op, facts: CaseFacts | None) -> Decision:
        """may() for facts already read; a file opened read-only refuses every change."""
        if self.read_only and op not in READ_ONLY_OPS:
            return Decision(False, read_only_refusal(self.read_only))
        return decide(self.actor, op, facts)

    def require(self, op: Op, case_id: int | None = None) -> None:
        decision = self.may(op, case_id)
        if not decision:
            if self.read_only and op not in READ_ONLY_OPS:
                raise ReadOnlyRefused(decision.reason)
            raise RoleRefused(decision.reason)

    @property
    def is_curator(self) -> bool:
        return self.actor.role is Role.CURATOR

    def _audit(
        self, action: str, *, changes: Sequence[FieldChange] = (), **details: object
    ) -> None:
        """One entry of the trail; corrected values go beside it, tied to their request."""
        request_id = None
        if changes:
            request_id = self._request_of(details.get("object_kind"), details.get("object_id"))
        audit.record(
            self.db,
            self.actor.user_id,
            action,
            at=self._now(),
            changes=tuple(changes),
            request_id=request_id,
            signer=self.keys.signer,
            **details,  # type: ignore[arg-type]
        )

    def _request_of(self, kind: object, object_id: object) -> int | None:
        if kind == "request" and isinstance(object_id, int):
            return object_id
        if kind == "case" and isinstance(object_id, int):
            row = self.db.execute(
                "SELECT request_id FROM cases WHERE id = ?", [object_id]
            ).fetchone()
            return row[0] if row else None
        return None

    # --- seeing cases ------------------------------------------------------------------------

    def case_rows(self) -> list[CaseRow]:
        """The case list: every case for the curator, one's own cases for a mediator."""
        found = case_rows(self.db)
        if self.is_curator:
            return found
        facts = all_case_facts(self.db)
        return [row for row in found if decide(self.actor, Op.VIEW_CASE, facts[row.id])]

    def case_card(self, case_id: int) -> CaseCard:
        """Open a case (recorded in the audit trail)."""
        self.require(Op.VIEW_CASE, case_id)
        card = case_card(self.db, case_id)
        with self._operation(AUDIT, case_id=case_id):
            self._audit("open_case", object_kind="case", object_id=case_id, label=card.case.number)
        return card

    # --- changing cases ----------------------------------------------------------------------

    @contextmanager
    def _changing(
        self,
        case_id: int,
        op: Op = Op.EDIT_CASE,
        action: str = "change_case",
        reason: str = "",
        areas: tuple[str, ...] = (CASES, PROGRAMS),
    ) -> Iterator[list[FieldChange]]:
        """Check, change, re-check the young mediators' limits, audit; all or nothing.

        The block may append the values it corrected to the list it is given; they go into
        the audit entry with their old and new values.
        """
        self.require(op, case_id)
        changes: list[FieldChange] = []
        with self._operation(*areas, case_id=case_id):
            yield changes
            self._keep_young_limits(case_id)
            self._audit(
                action,
                object_kind="case",
                object_id=case_id,
                label=self._number(case_id),
                reason=reason,
                changes=changes,
            )

    def _keep_young_limits(self, case_id: int) -> None:
        """A change may not turn a young mediator's case into one they must not work on."""
        facts = self.facts(case_id)
        if not facts.young_ids:
            return
        problem = young_case_problem(facts)
        if problem:
            raise RoleRefused(
                translate(
                    "roles",
                    "This change is not possible while a young mediator works on the case. "
                    "{problem}",
                    problem=problem,
                )
            )

    def _number(self, case_id: int) -> str:
        row = self.db.execute("SELECT number FROM cases WHERE id = ?", [case_id]).fetchone()
        return row[0] if row else ""

    def case_of_program(self, program_id: int) -> int:
        return case_of_program(self.db, program_id)

    def case_of_request(self, request_id: int) -> int | None:
        return case_of_request(self.db, request_id)

    def _submit(self, case_id: int, kind: str, program_id: int | None = None) -> None:
        signoffs.submit(self.db, case_id, kind, self.actor.user_id, self.today(), program_id)
        self._audit(
            "submit_signoff", object_kind="case", object_id=case_id, label=self._number(case_id)
        )

    @staticmethod
    def _reason_required(reason: str) -> str:
        if not reason.strip():
            raise ValidationError({"reason": translate("roles", "Write the reason.")})
        return reason.strip()
