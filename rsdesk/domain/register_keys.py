"""Stable keys of the case register (statuses, event kinds, training kinds) with their labels."""

from __future__ import annotations

from rsdesk.i18n import QT_TRANSLATE_NOOP, translate

MEDIATOR_KIND_LABELS = {
    "adult": QT_TRANSLATE_NOOP("register", "adult mediator"),
    "young": QT_TRANSLATE_NOOP("register", "young mediator"),
}
MEDIATOR_KINDS = tuple(MEDIATOR_KIND_LABELS)

TRAINING_KIND_LABELS = {
    "module": QT_TRANSLATE_NOOP("register", "module of the 254-hour program"),
    "young36": QT_TRANSLATE_NOOP("register", "36-hour program for young mediators"),
    "seminar": QT_TRANSLATE_NOOP("register", "monthly seminar"),
    "supervision": QT_TRANSLATE_NOOP("register", "supervision"),
    "intervision": QT_TRANSLATE_NOOP("register", "intervision"),
}
TRAINING_KINDS = tuple(TRAINING_KIND_LABELS)

REQUEST_STATUS_LABELS = {
    "registered": QT_TRANSLATE_NOOP("register", "registered, awaiting a decision"),
    "accepted": QT_TRANSLATE_NOOP("register", "accepted"),
    "declined": QT_TRANSLATE_NOOP("register", "declined"),
    "transferred": QT_TRANSLATE_NOOP("register", "transferred"),
    # Taken from a journal that gives no decision: history, never decided in rsdesk.
    "not_recorded": QT_TRANSLATE_NOOP("register", "no decision in the journal"),
}
REQUEST_STATUSES = tuple(REQUEST_STATUS_LABELS)

CASE_STATUS_LABELS = {
    "open": QT_TRANSLATE_NOOP("register", "open"),
    "closed": QT_TRANSLATE_NOOP("register", "closed"),
}
CASE_STATUSES = tuple(CASE_STATUS_LABELS)

CASE_MEDIATOR_ROLE_LABELS = {
    "lead": QT_TRANSLATE_NOOP("register", "lead mediator"),
    "co_lead": QT_TRANSLATE_NOOP("register", "co-mediator"),
}
CASE_MEDIATOR_ROLES = tuple(CASE_MEDIATOR_ROLE_LABELS)

PROGRAM_STATUS_LABELS = {
    "planned": QT_TRANSLATE_NOOP("register", "planned"),
    "in_progress": QT_TRANSLATE_NOOP("register", "in progress"),
    "finished": QT_TRANSLATE_NOOP("register", "finished"),
}
PROGRAM_STATUSES = tuple(PROGRAM_STATUS_LABELS)

EVENT_KIND_LABELS = {
    "registered": QT_TRANSLATE_NOOP("register", "request registered"),
    "decided": QT_TRANSLATE_NOOP("register", "decision on the request"),
    "program_started": QT_TRANSLATE_NOOP("register", "program started"),
    "preliminary_meeting": QT_TRANSLATE_NOOP("register", "preliminary meeting"),
    "meeting": QT_TRANSLATE_NOOP("register", "joint meeting"),
    "agreement": QT_TRANSLATE_NOOP("register", "agreement signed"),
    "program_ended": QT_TRANSLATE_NOOP("register", "program ended"),
    "follow_up": QT_TRANSLATE_NOOP("register", "follow-up on the agreement"),
    "meeting_planned": QT_TRANSLATE_NOOP("register", "planned meeting"),
    "closed": QT_TRANSLATE_NOOP("register", "case closed"),
    "reopened": QT_TRANSLATE_NOOP("register", "case reopened"),
    "note": QT_TRANSLATE_NOOP("register", "note"),
}
EVENT_KINDS = tuple(EVENT_KIND_LABELS)

# Why a school service should pass a request to a territorial one (docs/DOMAIN.md § "Categories").
TRANSFER_REASON_LABELS = {
    "territorial_category": QT_TRANSLATE_NOOP(
        "register", "offences of minors belong to a territorial service"
    ),
    "administration_party": QT_TRANSLATE_NOOP(
        "register",
        "the school administration is a party: a school service cannot stay neutral here",
    ),
}
TRANSFER_REASONS = tuple(TRANSFER_REASON_LABELS)


def register_label(table: dict[str, str], key: str) -> str:
    """The label of a register key in the current language."""
    return translate("register", table[key])
