"""What a user sees of cases and requests: the overview, the request lists, the card again."""

from __future__ import annotations

from rsdesk.access.desk import DeskBase
from rsdesk.domain.case_lists import StartPage, start_page_of
from rsdesk.domain.register import CaseCard, RequestRow
from rsdesk.domain.roles import Op, decide
from rsdesk.storage.cases import case_card
from rsdesk.storage.queries import follow_ups_due, request_rows, request_years, start_page
from rsdesk.storage.roles_facts import all_case_facts


class CaseViews(DeskBase):
    def start_page(self) -> StartPage:
        """The overview of today: open cases, requests waiting and of this year, follow-ups.

        The curator's page counts the whole register; anyone else's is made of their own
        cases and the requests they see, so it does not tell how busy the others are.
        """
        today = self.today()
        if self.is_curator:
            return start_page(self.db, today)
        seen = self._seen_cases()
        requests: list[RequestRow] = []
        if self.may(Op.VIEW_REQUESTS):
            requests = self._requests_of(seen, request_rows(self.db))
        return start_page_of(seen, requests, follow_ups_due(self.db, today), today)

    def _seen_cases(self) -> dict[int, str]:
        """The status of every case the user may see, by id (deleted ones are nobody's)."""
        return {
            case_id: facts.status
            for case_id, facts in all_case_facts(self.db).items()
            if not facts.deleted and decide(self.actor, Op.VIEW_CASE, facts)
        }

    def request_rows(self, year: int | None = None) -> list[RequestRow]:
        """The curator sees every request; an adult mediator the undecided ones, those
        decided without a case and those of their own cases; a young mediator none."""
        self.require(Op.VIEW_REQUESTS)
        found = request_rows(self.db, year)
        if self.is_curator:
            return found
        return self._requests_of(self._seen_cases(), found)

    def _requests_of(self, seen: dict[int, str], found: list[RequestRow]) -> list[RequestRow]:
        """The requests without a case, and those whose case is among the cases seen."""
        cases_of = dict(self.db.execute("SELECT request_id, id FROM cases").fetchall())
        return [row for row in found if (case := cases_of.get(row.id)) is None or case in seen]

    def request_years(self) -> list[int]:
        """The years with requests the user sees, newest first (the request list's choices)."""
        if self.is_curator:
            self.require(Op.VIEW_REQUESTS)
            return request_years(self.db)
        years = {int(row.received_on[:4]) for row in self.request_rows()}
        return sorted(years, reverse=True)

    def reread_case_card(self, case_id: int) -> CaseCard:
        """The card of a case the user has open, read again after a change: the right to see
        it is checked again, but it is not recorded as another opening of the case."""
        self.require(Op.VIEW_CASE, case_id)
        return case_card(self.db, case_id)
