"""What a user does to requests: register, correct, decide; who sees which."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date

from rsdesk.access.desk import DeskBase
from rsdesk.domain.changes import CASES, REQUESTS
from rsdesk.domain.register import Participant, Request, RequestRow
from rsdesk.domain.roles import Op
from rsdesk.storage import requests
from rsdesk.storage.queries import request_rows
from rsdesk.storage.rows import NotFoundError, one


class RequestOps(DeskBase):
    def request_rows(self, year: int | None = None) -> list[RequestRow]:
        """The curator sees every request; an adult mediator the undecided ones, those
        decided without a case and those of their own cases; a young mediator none."""
        self.require(Op.VIEW_REQUESTS)
        found = request_rows(self.db, year)
        if self.is_curator:
            return found
        own = {row.id for row in self.case_rows()}
        cases_of = dict(self.db.execute("SELECT request_id, id FROM cases").fetchall())
        return [row for row in found if cases_of.get(row.id) in (None, *own)]

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

    @contextmanager
    def _changing_request(self, request_id: int) -> Iterator[None]:
        """A request with a case changes as the case does; one without, by its status."""
        case_id = self._request_access(request_id, Op.REGISTER_REQUEST)
        if case_id is not None:
            with self._changing(case_id, action="change_request", areas=(CASES, REQUESTS)):
                yield
            return
        status = requests.get_request(self.db, request_id).status
        if status != "registered":
            self.require(Op.DECIDE_REQUEST)
        with self._operation(REQUESTS):
            yield
            self._audit(
                "change_request",
                object_kind="request",
                object_id=request_id,
                label=requests.get_request(self.db, request_id).number,
            )

    def register_request(self, request: Request) -> int:
        self.require(Op.REGISTER_REQUEST)
        with self._operation(REQUESTS):
            request_id = requests.register_request(self.db, request, today=self.today())
            self._request_audit("register_request", request_id)
        return request_id

    def update_request(self, request_id: int, request: Request) -> None:
        with self._changing_request(request_id):
            requests.update_request(self.db, request_id, request, today=self.today())

    def add_participant(self, request_id: int, person: Participant) -> int:
        with self._changing_request(request_id):
            return requests.add_participant(self.db, request_id, person)

    def update_participant(self, participant_id: int, person: Participant) -> None:
        with self._changing_request(self._request_of_participant(participant_id)):
            requests.update_participant(self.db, participant_id, person)

    def remove_participant(self, participant_id: int) -> None:
        with self._changing_request(self._request_of_participant(participant_id)):
            requests.remove_participant(self.db, participant_id)

    def _request_of_participant(self, participant_id: int) -> int:
        row = one(self.db, "SELECT request_id FROM participants WHERE id = ?", [participant_id])
        if row is None:
            raise NotFoundError(participant_id)
        return row["request_id"]

    def participants_of(self, request_id: int) -> tuple[Participant, ...]:
        return self.get_request(request_id).participants

    def accept_request(self, request_id: int, *, decided_on: date, **options) -> int:
        self.require(Op.DECIDE_REQUEST)
        with self._operation(REQUESTS, CASES):
            case_id = requests.accept_request(
                self.db, request_id, decided_on=decided_on, today=self.today(), **options
            )
            self._request_audit("decide_request", request_id, options.get("note", ""))
        return case_id

    def decline_request(self, request_id: int, *, decided_on: date, reason: str) -> None:
        self.require(Op.DECIDE_REQUEST)
        with self._operation(REQUESTS):
            requests.decline_request(
                self.db, request_id, decided_on=decided_on, reason=reason, today=self.today()
            )
            self._request_audit("decide_request", request_id)

    def transfer_request(self, request_id: int, *, decided_on: date, **options) -> None:
        self.require(Op.DECIDE_REQUEST)
        with self._operation(REQUESTS):
            requests.transfer_request(
                self.db, request_id, decided_on=decided_on, today=self.today(), **options
            )
            self._request_audit("decide_request", request_id)

    def _request_audit(self, action: str, request_id: int, reason: str = "") -> None:
        number = requests.get_request(self.db, request_id).number
        self._audit(
            action, object_kind="request", object_id=request_id, label=number, reason=reason
        )
