"""Frozen records of the case register: service, roster, requests, cases, programs, events."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from rsdesk.domain.refusals import InputRefused


@dataclass(frozen=True)
class ServiceProfile:
    service_id: str  # uuid4 made once, when the service is created; the statistics carry it
    kind: str  # "school" | "territorial"
    name: str
    region: str
    municipality: str
    created_on: date
    public_key: bytes = field(repr=False, default=b"")


@dataclass(frozen=True)
class TrainingRecord:
    kind: str  # register_keys.TRAINING_KINDS
    held_on: date | None
    hours: float = 0.0
    module: str | None = None  # "M1".."M7" when kind == "module"
    note: str = ""
    id: int | None = None
    mediator_id: int | None = None


@dataclass(frozen=True)
class Mediator:
    full_name: str
    kind: str  # "adult" | "young"
    class_name: str = ""  # young mediators: «7Б»
    position: str = ""  # adults: педагог-психолог, социальный педагог…
    is_curator: bool = False
    slot_id: str | None = None  # the vault key slot of a user who signs in
    years: tuple[int, ...] = ()
    note: str = ""
    id: int | None = None
    contacts: str = ""  # phone, e-mail: adults only may see them


@dataclass(frozen=True)
class Participant:
    full_name: str
    role: str | None  # vocabulary.PARTICIPANT_ROLES; None only in unvalidated input
    is_minor: bool | None
    class_name: str = ""
    age: int | None = None
    note: str = ""
    id: int | None = None


@dataclass(frozen=True)
class Request:
    received_on: date | None
    source: str | None
    category: str | None
    description: str
    participants: tuple[Participant, ...] = ()
    referrer: str = ""  # the referring organisation: КДН и ЗП, school №…
    number: str = ""
    status: str = "registered"
    decided_on: date | None = None
    decline_reason: str = ""
    transferred_to: str = ""
    warnings: tuple[str, ...] = ()  # transfer reasons shown to the curator at the decision
    decision_note: str = ""
    id: int | None = None


@dataclass(frozen=True)
class CaseMediator:
    mediator_id: int
    full_name: str
    role: str  # "lead" | "co_lead"
    kind: str = "adult"


@dataclass(frozen=True)
class ProgramSummary:
    case_id: int
    program_type: str
    status: str = "planned"
    started_on: date | None = None
    ended_on: date | None = None
    outcome: str | None = None
    participants_adults: int = 0
    participants_minors: int = 0
    facilitator_ids: tuple[int, ...] = ()
    id: int | None = None


@dataclass(frozen=True)
class Event:
    case_id: int | None
    kind: str
    event_on: date  # for a follow-up: the day it is due
    note: str = ""
    done_on: date | None = None  # follow-ups: when the check was made
    program_id: int | None = None
    request_id: int | None = None
    id: int | None = None


@dataclass(frozen=True)
class Document:
    case_id: int
    kind: str
    title: str
    created_on: date
    attachment: str = ""  # name of the encrypted attachment file, if a scan was added
    program_id: int | None = None
    id: int | None = None


@dataclass(frozen=True)
class Case:
    id: int
    number: str
    request_id: int
    category: str
    status: str
    opened_on: date
    closed_on: date | None = None


@dataclass(frozen=True)
class CaseCard:
    """Everything the case card shows, read in one go."""

    case: Case
    request: Request
    mediators: tuple[CaseMediator, ...]
    programs: tuple[ProgramSummary, ...]
    timeline: tuple[Event, ...]
    documents: tuple[Document, ...]
    # Taken from a journal (paper or a spreadsheet): a closed historical record, read-only.
    from_journal: bool = False


@dataclass(frozen=True, slots=True)
class CaseRow:
    """One light row of the case list; `search` is lower-cased number, names and description."""

    id: int
    number: str
    status: str
    year: int
    opened_on: str  # ISO, sorts as text
    category: str
    mediator_ids: tuple[int, ...]
    mediator_names: str
    program_types: tuple[str, ...]
    participants: str
    search: str
    # A young mediator's closure the curator has not signed off: closed in the register, but
    # not done yet, so the list shows it apart from the closed cases.
    closure_waits: bool = False


class ValidationError(InputRefused):
    """Input the register refuses; `errors` maps a form field to a message in the UI language."""


@dataclass(frozen=True, slots=True)
class RequestRow:
    """One light row of the request list."""

    id: int
    number: str
    received_on: str  # ISO
    source: str
    referrer: str
    category: str | None
    status: str
    participants: str
