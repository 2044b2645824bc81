"""What the cases area lists: the case rows' filter, the overview, sign-offs, deleted cases."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date

from rsdesk.domain.agenda import FollowUp
from rsdesk.domain.register import CaseRow, RequestRow

# How long a deleted case can be restored; long enough to notice a mistake after a holiday.
UNDO_DAYS = 30
REQUEST_STATUSES = ("registered", "accepted", "declined", "transferred")


def normalise(text: str) -> str:
    """Lower case with ё as е, so «Алёна» is found by «алена»."""
    return text.lower().replace("ё", "е")


def filter_case_rows(
    case_list: Iterable[CaseRow],
    *,
    status: str | None = None,
    year: int | None = None,
    category: str | None = None,
    mediator_id: int | None = None,
    text: str = "",
) -> list[CaseRow]:
    """The rows matching every given filter; text matches when all its words are found."""
    words = normalise(text).split()
    return [
        row
        for row in case_list
        if (status is None or row.status == status)
        and (year is None or row.year == year)
        and (category is None or row.category == category)
        and (mediator_id is None or mediator_id in row.mediator_ids)
        and all(word in row.search for word in words)
    ]


@dataclass(frozen=True)
class StartPage:
    """The overview's figures, counted over what the signed-in user may see."""

    open_cases: int
    awaiting_decision: int
    follow_ups: tuple[FollowUp, ...]
    requests_this_year: dict[str, int]  # by decision status, with a «total»


def year_counts(statuses: Iterable[str]) -> dict[str, int]:
    """Requests by decision status, with a «total»; every status is there, if only as 0."""
    counts = dict.fromkeys(("total", *REQUEST_STATUSES), 0)
    for status in statuses:
        counts[status] = counts.get(status, 0) + 1
        counts["total"] += 1
    return counts


def start_page_of(
    cases: Mapping[int, str],
    requests: Iterable[RequestRow],
    follow_ups: Iterable[FollowUp],
    today: date,
) -> StartPage:
    """The overview made of the cases (id -> status) and requests one user may see, so it
    tells nothing of the others' work; the follow-ups are kept to those of these cases."""
    requests = list(requests)
    return StartPage(
        open_cases=sum(status == "open" for status in cases.values()),
        awaiting_decision=sum(row.status == "registered" for row in requests),
        follow_ups=tuple(f for f in follow_ups if f.case_id in cases),
        requests_this_year=year_counts(
            row.status for row in requests if row.received_on.startswith(f"{today.year}-")
        ),
    )


@dataclass(frozen=True)
class SignOff:
    """A young mediator's agreement or closure, waiting for (or given) the curator's review."""

    id: int
    case_id: int
    case_number: str
    program_id: int | None
    kind: str  # agreement | closure
    submitted_by: int
    submitter_name: str
    submitted_on: date
    state: str  # pending | signed | returned
    reason: str = ""


@dataclass(frozen=True)
class DeletedCase:
    """A case hidden by deleting it; restorable until `purge_on`, then erased for good."""

    case_id: int
    number: str
    deleted_on: date
    deleted_by: str
    reason: str
    purge_on: date
