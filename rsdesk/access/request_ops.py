"""What a user does to requests: register one, correct it, decide on it."""

from __future__ import annotations

from datetime import date

from rsdesk.access.case_corrections import CaseCorrections
from rsdesk.access.repeat_views import RepeatViews
from rsdesk.domain.changes import CASES, REQUESTS
from rsdesk.domain.register import Request
from rsdesk.domain.roles import Decision, Op
from rsdesk.storage import requests
from rsdesk.storage.rows import NotFoundError, one


class RequestOps(RepeatViews, CaseCorrections):
    def _request_access(self, request_id: int, op_without_case: Op) -> int | None:
        case_id = self.case_of_request(request_id)
        if one(self.db, "SELECT id FROM requests WHERE id = ?", [request_id]) is None:
            raise NotFoundError(request_id)
        if case_id is None:
            self.require(op_without_case)
        return case_id

    def get_request(self, request_id: int) -> Request:
        case_id = self._request_access(request_id, Op.VIEW_REQUESTS)
        if case_id is not None:
            self.require(Op.VIEW_CASE, case_id)
        return requests.get_request(self.db, request_id)

    def transfer_warnings(self, request_id: int) -> tuple[str, ...]:
        """Why this service should transfer the request rather than take it (none for a
        territorial service), as the decision shows them and records them."""
        self.get_request(request_id)
        return requests.transfer_warnings(self.db, request_id)

    # --- registering and correcting ----------------------------------------------------------

    def register_request(self, request: Request) -> int:
        """A new request with its participants, in one operation."""
        self.require(Op.REGISTER_REQUEST)
        with self._operation(REQUESTS):
            request_id = requests.register_request(self.db, request, today=self.today())
            self._request_audit("register_request", request_id)
        return request_id

    def _correction_rule(self, request_id: int) -> tuple[Op, int | None]:
        """What correcting the request takes, and the case it belongs to, if any."""
        found = one(self.db, "SELECT status FROM requests WHERE id = ?", [request_id])
        if found is None:
            raise NotFoundError(request_id)
        case_id = self.case_of_request(request_id)
        if case_id is not None:
            return Op.EDIT_CASE, case_id  # it changes as its case does
        if found["status"] != "registered":
            return Op.DECIDE_REQUEST, None  # part of a decision already taken
        return Op.REGISTER_REQUEST, None

    def may_correct_request(self, request_id: int) -> Decision:
        """Whether the user may correct the request, and why not (for the form's OK button)."""
        op, case_id = self._correction_rule(request_id)
        return self.may(op, case_id)

    def correct_request(
        self,
        request_id: int,
        request: Request,
        *,
        reason: str = "",
        despite_warnings: bool = False,
    ) -> None:
        """Save a request as its form holds it: the fields and the participants (added,
        changed, left out), all in one operation or not at all.

        A request with a case changes as its case does, under the same rule as the card's
        corrections (see CaseCorrections): then a change of its own fields needs `reason`,
        and the curator keeps a case the school service should transfer with
        `despite_warnings`. An undecided request needs neither: its decision is still to come.
        """
        op, case_id = self._correction_rule(request_id)
        if case_id is not None:
            self._correct_case_request(
                case_id, request_id, request, reason=reason, despite_warnings=despite_warnings
            )
            return
        self.require(op)
        with self._operation(REQUESTS):
            requests.correct_request(self.db, request_id, request, today=self.today())
            self._request_audit("change_request", request_id)

    # --- the decision ------------------------------------------------------------------------

    def accept_request(
        self,
        request_id: int,
        *,
        decided_on: date | None,
        category: str | None = None,
        accept_despite_warnings: bool = False,
        note: str = "",
    ) -> int:
        """Open a case for the request; returns the case. The curator's note is recorded."""
        self.require(Op.DECIDE_REQUEST)
        with self._operation(REQUESTS, CASES):
            case_id = requests.accept_request(
                self.db,
                request_id,
                decided_on=decided_on,
                category=category,
                accept_despite_warnings=accept_despite_warnings,
                note=note,
                today=self.today(),
            )
            self._request_audit("decide_request", request_id, note)
        return case_id

    def decline_request(self, request_id: int, *, decided_on: date | None, reason: str) -> None:
        self.require(Op.DECIDE_REQUEST)
        with self._operation(REQUESTS):
            requests.decline_request(
                self.db, request_id, decided_on=decided_on, reason=reason, today=self.today()
            )
            self._request_audit("decide_request", request_id)

    def transfer_request(
        self, request_id: int, *, decided_on: date | None, destination: str, note: str = ""
    ) -> None:
        self.require(Op.DECIDE_REQUEST)
        with self._operation(REQUESTS):
            requests.transfer_request(
                self.db,
                request_id,
                decided_on=decided_on,
                destination=destination,
                note=note,
                today=self.today(),
            )
            self._request_audit("decide_request", request_id)

    def _request_audit(self, action: str, request_id: int, reason: str = "") -> None:
        number = requests.get_request(self.db, request_id).number
        self._audit(
            action, object_kind="request", object_id=request_id, label=number, reason=reason
        )
