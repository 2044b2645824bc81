"""What a document is made from, read from the register in one go on the caller's thread.

The contexts are plain frozen data, so ``render`` can run in a worker thread without touching
the database. The referring body's report gets a context that holds results only: its
renderer cannot print what it is never given.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from functools import cache
from typing import Any

from sqlite_utils import Database

from rsdesk.documents.program_facts import consent_people
from rsdesk.domain.register import CaseCard, Participant, ProgramSummary, ServiceProfile
from rsdesk.domain.vocabulary import PROGRAM_LABELS, SERVICE_KINDS, SOURCE_LABELS, label
from rsdesk.i18n import translate
from rsdesk.procedures import Procedure, ProgramRun, load_procedures
from rsdesk.storage.cases import case_card, program_state
from rsdesk.storage.service import load_profile


class DocumentError(ValueError):
    """A document that cannot be made for this case now; the message says why, in Russian."""


@cache
def procedures() -> dict[str, Procedure]:
    return load_procedures()


@dataclass(frozen=True)
class ProgramData:
    summary: ProgramSummary
    run: ProgramRun | None  # None for a program recorded without the wizard


@dataclass(frozen=True)
class CaseContext:
    """A case as the documents see it: the service, the card, each program's state."""

    service: ServiceProfile
    card: CaseCard
    programs: tuple[ProgramData, ...]
    today: date
    program_id: int | None = None
    # Legal representative id -> the minor's id, from the program state or guessed.
    represents: dict[int, int | None] = field(default_factory=dict)
    # Words the user marked to hide in what leaves the case (the supervision description).
    hide: tuple[str, ...] = ()

    @property
    def people(self) -> tuple[Participant, ...]:
        return self.card.request.participants

    def person(self, person_id: int | str) -> Participant | None:
        return next((p for p in self.people if str(p.id) == str(person_id)), None)

    def program(self) -> ProgramData | None:
        """The chosen program, else the newest one."""
        if self.program_id is not None:
            return next((p for p in self.programs if p.summary.id == self.program_id), None)
        return self.programs[-1] if self.programs else None


@dataclass(frozen=True)
class ReferrerContext:
    """The report to the referring body: who sent the case and each program's results only."""

    service_name: str
    referrer: str
    request_number: str
    received_on: date | None
    results: tuple[dict[str, Any], ...]  # ProgramRun.results_for_referrer() shape
    today: date


@dataclass(frozen=True)
class RecoveryKeyContext:
    service_name: str
    recovery_key: str
    today: date


@dataclass(frozen=True)
class AnnualContext:
    service_name: str
    service_kind: str
    region: str
    municipality: str
    year: int
    rows: tuple[tuple[str, str], ...]  # stats.labels.payload_rows, values as printed
    completed: tuple[tuple[str, int], ...]  # program label -> completed count
    today: date


def profile_of(db: Database) -> ServiceProfile:
    profile = load_profile(db)
    if profile is None:
        raise DocumentError(translate("documents", "This file has no service yet."))
    return profile


def _guess_represents(people: tuple[Participant, ...]) -> dict[int, int | None]:
    """A representative stands for the minor sharing the surname stem, else the first minor."""
    minors = [p for p in people if p.is_minor and p.role != "legal_representative"]
    guess: dict[int, int | None] = {}
    for person in people:
        if person.role != "legal_representative" or person.id is None:
            continue
        words = person.full_name.split()
        stem = words[0][:-1].lower() if words and len(words[0]) > 3 else ""
        same = [m for m in minors if stem and m.full_name.lower().startswith(stem)]
        chosen = (same or minors or [None])[0]
        guess[person.id] = chosen.id if chosen is not None else None
    return guess


def case_context(
    db: Database, case_id: int, *, today: date, program_id: int | None = None
) -> CaseContext:
    card = case_card(db, case_id)
    programs = []
    for summary in card.programs:
        assert summary.id is not None
        state = program_state(db, summary.id)
        procedure = procedures().get(summary.program_type)
        run = ProgramRun.from_dict(state, procedure) if state and procedure else None
        programs.append(ProgramData(summary, run))
    represents = _guess_represents(card.request.participants)
    for data in programs:
        for person in data.run.participants.values() if data.run else ():
            if person.represents is not None and person.id.isdigit():
                represents[int(person.id)] = int(person.represents)
    if program_id is not None and not any(p.summary.id == program_id for p in programs):
        raise DocumentError(translate("documents", "The program is not part of this case."))
    return CaseContext(profile_of(db), card, tuple(programs), today, program_id, represents)


def consent_signers(case: CaseContext, data: ProgramData) -> list[Participant]:
    """Who signs a consent form of the program (program_facts.consent_people); for a program
    recorded without the wizard, everyone of the request."""
    if data.run is None or not data.run.participants:
        return list(case.people)
    chosen = (case.person(pid) for pid in consent_people(data.run))
    return [p for p in chosen if p is not None]


def referrer_context(case: CaseContext) -> ReferrerContext:
    """Only what ProgramRun.results_for_referrer() gives (or the register's outcome)."""
    results = []
    for data in case.programs:
        if data.run is not None:
            results.append(data.run.results_for_referrer())
        else:
            results.append(
                {
                    "program_type": data.summary.program_type,
                    "outcome": data.summary.outcome,
                    "fulfilment": None,
                }
            )
    request = case.card.request
    referrer = request.referrer or (
        label(SOURCE_LABELS, request.source) if request.source in SOURCE_LABELS else ""
    )
    return ReferrerContext(
        case.service.name,
        referrer,
        request.number,
        request.received_on,
        tuple(results),
        case.today,
    )


def service_kind_label(kind: str) -> str:
    return label(SERVICE_KINDS, kind) if kind in SERVICE_KINDS else kind


def annual_context(payload: dict, today: date) -> AnnualContext:
    """The annual report of a year's statistics payload: the figures the file would carry."""
    from rsdesk.stats.labels import payload_rows

    service = payload["service"]
    completed = tuple(
        (label(PROGRAM_LABELS, key), count)
        for key, count in payload["programs_completed"].items()
        if count
    )
    return AnnualContext(
        service["name"],
        service["kind"],
        service["region"],
        service["municipality"],
        payload["year"],
        # The service's id, name, place and the dates are printed above; the table holds counts.
        tuple((str(n), str(v)) for n, v in payload_rows(payload) if isinstance(v, int)),
        completed,
        today,
    )
