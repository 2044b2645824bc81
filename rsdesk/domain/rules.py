"""Register rules: per-field validation in the UI language and the school-service transfer rule."""

from __future__ import annotations

import re
from collections.abc import Collection, Iterable
from datetime import date

from rsdesk.domain.register import (
    Mediator,
    Participant,
    ProgramSummary,
    Request,
    TrainingRecord,
)
from rsdesk.domain.register_keys import (
    CASE_MEDIATOR_ROLES,
    EVENT_KINDS,
    MEDIATOR_KINDS,
    PROGRAM_STATUSES,
    TRAINING_KINDS,
)
from rsdesk.domain.vocabulary import (
    CATEGORIES,
    OUTCOMES,
    PARTICIPANT_ROLES,
    PROGRAM_TYPES,
    REQUEST_SOURCES,
    TERRITORIAL_ONLY_CATEGORIES,
    TRAINING_MODULES,
)
from rsdesk.i18n import translate

# No reconciliation service kept records before this; an earlier year is a typing slip.
EARLIEST = date(2000, 1, 1)
CLASS_PATTERN = re.compile(r"^(?:[1-9]|1[0-2])\s*[-–]?\s*[А-ЯЁA-Z]?$", re.IGNORECASE)
Errors = dict[str, str]
# Events that are planned ahead and may therefore lie in the future.
PLANNED_KINDS = frozenset({"follow_up", "meeting_planned"})
TIME_PATTERN = re.compile(r"(?:[01]?\d|2[0-3]):[0-5]\d")
# A planned meeting's note is for logistics; a short limit keeps conversations out of it.
MEETING_NOTE_LIMIT = 200


def parse_date(text: str) -> date:
    """A date typed as дд.мм.гггг or ISO; ValueError with a Russian message if impossible."""
    text = text.strip()
    try:
        if re.fullmatch(r"\d{1,2}\.\d{1,2}\.\d{4}", text):
            day, month, year = (int(part) for part in text.split("."))
            return date(year, month, day)
        return date.fromisoformat(text)
    except ValueError:
        pass
    raise ValueError(translate("register", "Enter a real date as dd.mm.yyyy."))


def check_past_date(errors: Errors, name: str, value: date | None, today: date) -> None:
    """A date that already happened: required, not in the future, not before EARLIEST."""
    if value is None:
        errors[name] = translate("register", "Enter the date.")
    elif value > today:
        errors[name] = translate("register", "The date cannot be in the future.")
    elif value < EARLIEST:
        errors[name] = translate("register", "The date is too far in the past: check the year.")


def validate_participant(person: Participant, prefix: str = "") -> Errors:
    errors: Errors = {}
    if not person.full_name.strip():
        errors[prefix + "full_name"] = translate("register", "Enter the participant's name.")
    if not person.role:
        errors[prefix + "role"] = translate("register", "Choose the participant's role.")
    elif person.role not in PARTICIPANT_ROLES:
        errors[prefix + "role"] = translate("register", "Unknown role: choose one from the list.")
    if person.is_minor is None:
        errors[prefix + "is_minor"] = translate(
            "register", "Say whether the participant is a minor or an adult."
        )
    elif person.age is not None:
        if person.is_minor and not 0 <= person.age <= 17:
            errors[prefix + "age"] = translate("register", "A minor is from 0 to 17 years old.")
        elif not person.is_minor and not 18 <= person.age <= 110:
            errors[prefix + "age"] = translate("register", "An adult is 18 years old or more.")
    if person.class_name.strip() and not CLASS_PATTERN.match(person.class_name.strip()):
        errors[prefix + "class_name"] = translate("register", "Write the class like 7Б.")
    return errors


def validate_request(request: Request, *, today: date | None = None) -> Errors:
    """Errors of a request form, keyed by field; participants as participants.N.field."""
    today = today or date.today()
    errors: Errors = {}
    check_past_date(errors, "received_on", request.received_on, today)
    if not request.source:
        errors["source"] = translate("register", "Choose who the request came from.")
    elif request.source not in REQUEST_SOURCES:
        errors["source"] = translate("register", "Unknown source: choose one from the list.")
    if not request.category:
        errors["category"] = translate("register", "Choose the category of the situation.")
    elif request.category not in CATEGORIES:
        errors["category"] = translate("register", "Unknown category: choose one from the list.")
    if not request.description.strip():
        errors["description"] = translate("register", "Describe the situation in a few words.")
    if not request.participants:
        errors["participants"] = translate("register", "Add at least one participant.")
    for index, person in enumerate(request.participants):
        errors.update(validate_participant(person, f"participants.{index}."))
    return errors


def validate_decision_date(
    decided_on: date | None, received_on: date, *, today: date | None = None
) -> Errors:
    errors: Errors = {}
    check_past_date(errors, "decided_on", decided_on, today or date.today())
    if "decided_on" not in errors and decided_on is not None and decided_on < received_on:
        errors["decided_on"] = translate(
            "register",
            "The decision cannot come before the request was received ({received}).",
            received=received_on.strftime("%d.%m.%Y"),
        )
    return errors


def transfer_reasons(
    service_kind: str, category: str | None, participants: Iterable[Participant]
) -> tuple[str, ...]:
    """Why a school service should transfer a request (TRANSFER_REASONS keys); () if it need not."""
    if service_kind != "school":
        return ()
    reasons = []
    if category in TERRITORIAL_ONLY_CATEGORIES:
        reasons.append("territorial_category")
    if any(person.role == "administration" for person in participants):
        reasons.append("administration_party")
    return tuple(reasons)


def validate_mediator(mediator: Mediator) -> Errors:
    errors: Errors = {}
    if not mediator.full_name.strip():
        errors["full_name"] = translate("register", "Enter the mediator's name.")
    if mediator.kind not in MEDIATOR_KINDS:
        errors["kind"] = translate("register", "Choose adult or young mediator.")
    elif mediator.kind == "young":
        if mediator.is_curator:
            errors["is_curator"] = translate("register", "The curator is an adult.")
        if mediator.class_name.strip() and not CLASS_PATTERN.match(mediator.class_name.strip()):
            errors["class_name"] = translate("register", "Write the class like 7Б.")
    if any(not EARLIEST.year <= year <= date.today().year + 1 for year in mediator.years):
        errors["years"] = translate("register", "A year of service is out of range.")
    return errors


def validate_training(record: TrainingRecord, *, today: date | None = None) -> Errors:
    errors: Errors = {}
    if record.kind not in TRAINING_KINDS:
        errors["kind"] = translate("register", "Choose the kind of training.")
    elif record.kind == "module" and record.module not in TRAINING_MODULES:
        errors["module"] = translate("register", "Choose the module, M1 to M7.")
    check_past_date(errors, "held_on", record.held_on, today or date.today())
    if not 0 < record.hours <= 400:
        errors["hours"] = translate("register", "Hours must be more than 0 and at most 400.")
    return errors


def validate_program(
    program: ProgramSummary,
    *,
    today: date | None = None,
    program_types: Collection[str] = PROGRAM_TYPES,
) -> Errors:
    """Errors of a program summary; `program_types` are the types the loaded procedures know.

    The caller passes them in (storage reads the procedure files), so that a region's own
    program type is accepted without this module knowing about files.
    """
    today = today or date.today()
    errors: Errors = {}
    if program.program_type not in program_types:
        errors["program_type"] = translate("register", "Choose the program type.")
    if program.status not in PROGRAM_STATUSES:
        errors["status"] = translate("register", "Unknown program status.")
    if program.started_on is not None:
        check_past_date(errors, "started_on", program.started_on, today)
    elif program.status != "planned":
        errors["started_on"] = translate("register", "Enter the date the program started.")
    if program.status == "finished":
        check_past_date(errors, "ended_on", program.ended_on, today)
        if program.outcome not in OUTCOMES:
            errors["outcome"] = translate("register", "Choose how the program ended.")
    elif program.ended_on is not None or program.outcome is not None:
        errors["status"] = translate(
            "register", "A program with an end date or outcome is finished."
        )
    if (
        program.started_on
        and program.ended_on
        and "ended_on" not in errors
        and program.ended_on < program.started_on
    ):
        errors["ended_on"] = translate("register", "The end cannot come before the start.")
    for name in ("participants_adults", "participants_minors"):
        if not 0 <= getattr(program, name) <= 1000:
            errors[name] = translate("register", "Enter a number from 0 to 1000.")
    if program.outcome in {"completed_with_agreement", "completed_without_agreement"} and not (
        program.participants_adults + program.participants_minors
    ):
        errors["participants_adults"] = translate(
            "register", "A completed program had participants: enter how many."
        )
    return errors


def validate_case_mediator_role(role: str, mediator_kind: str) -> Errors:
    if role not in CASE_MEDIATOR_ROLES:
        return {"role": translate("register", "Choose lead or co-mediator.")}
    if role == "lead" and mediator_kind == "young":
        return {
            "role": translate(
                "register", "A young mediator works beside an adult: assign as co-mediator."
            )
        }
    return {}


def validate_event(kind: str, event_on: date | None, *, today: date | None = None) -> Errors:
    errors: Errors = {}
    if kind not in EVENT_KINDS:
        errors["kind"] = translate("register", "Choose the kind of event.")
    if event_on is None:
        errors["event_on"] = translate("register", "Enter the date.")
    elif kind not in PLANNED_KINDS:
        # Only what is planned ahead may lie in the future; the rest is recorded after it happened.
        check_past_date(errors, "event_on", event_on, today or date.today())
    elif event_on < EARLIEST:
        errors["event_on"] = translate(
            "register", "The date is too far in the past: check the year."
        )
    return errors


def validate_meeting_plan(at_time: str, note: str) -> Errors:
    """The optional time (HH:MM) and the short note of a planned meeting."""
    errors: Errors = {}
    if at_time.strip() and not TIME_PATTERN.fullmatch(at_time.strip()):
        errors["at_time"] = translate("register", "Write the time like 14:30, or leave it empty.")
    if len(note.strip()) > MEETING_NOTE_LIMIT:
        errors["note"] = translate(
            "register",
            "Keep the note short (at most {limit} characters): the place, what to bring. "
            "What participants said does not belong here.",
            limit=MEETING_NOTE_LIMIT,
        )
    return errors
