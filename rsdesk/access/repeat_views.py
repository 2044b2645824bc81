"""Possible repeat conflicts: who of a request is already in an open or recent case."""

from __future__ import annotations

from collections.abc import Sequence

from rsdesk.access.desk import DeskBase
from rsdesk.domain.repeats import RepeatCase, RepeatConflict, counts_as_recent, name_key
from rsdesk.domain.roles import Op, decide
from rsdesk.storage.queries import people_in_cases
from rsdesk.storage.requests import get_request
from rsdesk.storage.roles_facts import all_case_facts


class RepeatViews(DeskBase):
    def repeat_conflicts(
        self, request_id: int | None = None, names: Sequence[str] | None = None
    ) -> tuple[RepeatConflict, ...]:
        """The people of a request who are in an open case or in one closed within a year.

        `names` are the full names a form holds (a request not yet saved, or being
        corrected); without them, the stored request's participants. The request's own case
        never counts. Names match whatever their case, ё or spacing.

        Asked where requests are registered and decided, so it takes what reading requests
        takes: a young mediator, who sees no requests, is refused. A case's number is given
        only when the user may open that case; any other case is said as `unseen`, without
        its number, status or dates, so nobody learns of a case they do not work on.
        """
        self.require(Op.VIEW_REQUESTS)
        if request_id is not None:
            case_id = self.case_of_request(request_id)
            if case_id is not None:
                self.require(Op.VIEW_CASE, case_id)
            request = get_request(self.db, request_id)
            if names is None:
                names = [person.full_name for person in request.participants]
        wanted: dict[str, str] = {}
        for name in names or ():
            key = name_key(name)
            if key:
                wanted.setdefault(key, " ".join(name.split()))
        if not wanted:
            return ()
        today = self.today()
        facts = None if self.is_curator else all_case_facts(self.db)
        seen: dict[str, dict[int, RepeatCase]] = {}
        unseen: set[str] = set()
        for full_name, case_id, number, status, closed_on in people_in_cases(
            self.db, except_request=request_id
        ):
            key = name_key(full_name)
            if key not in wanted or not counts_as_recent(status, closed_on, today):
                continue
            if facts is None or decide(self.actor, Op.VIEW_CASE, facts[case_id]):
                seen.setdefault(key, {})[case_id] = RepeatCase(number, status, closed_on)
            else:
                unseen.add(key)
        return tuple(
            RepeatConflict(shown, tuple(seen.get(key, {}).values()), key in unseen)
            for key, shown in wanted.items()
            if key in seen or key in unseen
        )
