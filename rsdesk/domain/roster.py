"""One line of the roster: a mediator, their training, and what they may lead because of it."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from rsdesk.domain.leading import LeadCheck, lead_matrix, modules_mastered
from rsdesk.domain.register import Mediator, TrainingRecord
from rsdesk.domain.vocabulary import YOUNG_MEDIATOR_PROGRAM


@dataclass(frozen=True)
class RosterEntry:
    """Who, trained in what, and what they may lead (every program type)."""

    mediator: Mediator
    training: tuple[TrainingRecord, ...]
    modules: frozenset[str]
    young_program: bool
    training_hours: float
    lead: dict[str, LeadCheck]


def roster_entry(mediator: Mediator, training: Iterable[TrainingRecord]) -> RosterEntry:
    """The entry of one person, its summaries worked out from their training records."""
    records = tuple(training)
    return RosterEntry(
        mediator=mediator,
        training=records,
        modules=modules_mastered(records),
        young_program=any(t.kind == YOUNG_MEDIATOR_PROGRAM for t in records),
        training_hours=sum(t.hours for t in records),
        lead=lead_matrix(mediator, records),
    )
