"""One line of the roster: a mediator, the years they serve, their training, what they may lead."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from rsdesk.domain.leading import LeadCheck, lead_matrix, modules_mastered
from rsdesk.domain.register import Mediator, TrainingRecord
from rsdesk.domain.vocabulary import YOUNG_MEDIATOR_PROGRAM
from rsdesk.i18n import translate


@dataclass(frozen=True)
class ServiceYears:
    """The years someone works in the service (docs/DOMAIN.md § "Services and people").

    Every year listed is served. From the last year listed on, every year is served up to
    `left_in`, the year they left (inclusive), or on and on while `left_in` is None: nobody
    has to add a year each January. A year missing between two listed years is a break in
    the service (rosters kept before `left_in` existed listed every year one by one, and a
    year left out was not counted then, so it is not counted now). A mediator with no year
    listed serves in none.
    """

    listed: tuple[int, ...] = ()
    left_in: int | None = None

    @property
    def first(self) -> int | None:
        return min(self.listed) if self.listed else None

    @property
    def serving(self) -> bool:
        """Still in the service: a first year and no year of leaving."""
        return bool(self.listed) and self.left_in is None

    def serves_in(self, year: int) -> bool:
        if not self.listed or (self.left_in is not None and year > self.left_in):
            return False
        return year in self.listed or year >= max(self.listed)

    def years_through(self, year: int) -> tuple[int, ...]:
        """The years served from the first one up to `year` (and up to the one they left)."""
        first = self.first
        if first is None:
            return ()
        last = max(year, max(self.listed)) if self.left_in is None else self.left_in
        return tuple(y for y in range(first, last + 1) if self.serves_in(y))

    @property
    def breaks(self) -> tuple[int, ...]:
        """Years between the first and the last served year that are not served."""
        if not self.listed:
            return ()
        end = max(self.listed) if self.left_in is None else min(self.left_in, max(self.listed))
        return tuple(y for y in range(min(self.listed), end) if not self.serves_in(y))

    def changed(self, since: int, left_in: int | None, *, keep_breaks: bool = True) -> ServiceYears:
        """The service once the form says «since», «left in» and whether the breaks stay.

        An earlier first year adds every year up to the old first one (the person worked
        from then on); a later one drops the years before it. The breaks between stay unless
        the form counts them as years of work.
        """
        listed = set(self.listed) or {since}
        if not keep_breaks:
            listed = set(range(min(listed), max(listed) + 1))
        first = min(listed)
        if since < first:
            listed.update(range(since, first))
        elif since > first:
            listed = {y for y in listed if y >= since} | {since}
        if left_in is not None:
            listed = {y for y in listed if y <= left_in} or {since}
        return ServiceYears(tuple(sorted(listed)), left_in)


def service_problems(service: ServiceYears, this_year: int) -> dict[str, str]:
    """What is impossible in the years of a service, by field ("since", "left_in")."""
    first = service.first
    if first is None:
        return {"since": translate("roster", "Enter the year the person started working.")}
    if first > this_year:
        return {"since": translate("roster", "The first year of work cannot be in the future.")}
    if service.left_in is None:
        return {}
    if service.left_in < first:
        return {
            "left_in": translate(
                "roster",
                "The last year of work cannot be before the first one, {first}.",
                first=first,
            )
        }
    if service.left_in > this_year:
        return {"left_in": translate("roster", "The last year of work cannot be in the future.")}
    return {}


@dataclass(frozen=True)
class RosterEntry:
    """Who, serving when, trained in what, and what they may lead (every program type)."""

    mediator: Mediator
    training: tuple[TrainingRecord, ...]
    modules: frozenset[str]
    young_program: bool
    training_hours: float
    lead: dict[str, LeadCheck]
    service: ServiceYears = ServiceYears()


def roster_entry(
    mediator: Mediator, training: Iterable[TrainingRecord], left_in: int | None = None
) -> RosterEntry:
    """The entry of one person, its summaries worked out from their training records."""
    records = tuple(training)
    return RosterEntry(
        mediator=mediator,
        training=records,
        modules=modules_mastered(records),
        young_program=any(t.kind == YOUNG_MEDIATOR_PROGRAM for t in records),
        training_hours=sum(t.hours for t in records),
        lead=lead_matrix(mediator, records),
        service=ServiceYears(tuple(sorted(set(mediator.years))), left_in),
    )
