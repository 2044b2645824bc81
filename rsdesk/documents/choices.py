"""Which documents a case can have made now, and the context each is read from.

Reportlab is not imported here: the Desk reads through this module on the GUI thread, and
the drawing (rsdesk.documents.render) happens later in a worker from the plain context.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlite_utils import Database

from rsdesk.documents.context import (
    CaseContext,
    DocumentError,
    ReferrerContext,
    case_context,
    consent_signers,
    referrer_context,
)
from rsdesk.documents.program_facts import written_result
from rsdesk.i18n import QT_TRANSLATE_NOOP, translate
from rsdesk.procedures import program_title

# Kind -> its name in the «Сформировать…» menu.
KIND_LABELS = {
    "request_card": QT_TRANSLATE_NOOP("documents", "Registration card of the request"),
    "consent_party": QT_TRANSLATE_NOOP("documents", "Informed consent of the participants"),
    "consent_representative": QT_TRANSLATE_NOOP(
        "documents", "Informed consent of legal representatives"
    ),
    "program_result": QT_TRANSLATE_NOOP("documents", "Written result of the program"),
    "referrer_report": QT_TRANSLATE_NOOP(
        "documents", "Report to the referring body (results only)"
    ),
    "supervision": QT_TRANSLATE_NOOP(
        "documents", "Case description for supervision (names replaced)"
    ),
    "recovery_key": QT_TRANSLATE_NOOP("documents", "Recovery key sheet"),
    "annual_report": QT_TRANSLATE_NOOP("documents", "Annual report of the service"),
}
# Kept in the vault as case documents; the other two are made for printing only (the recovery
# key must never sit inside what it opens, the annual report belongs to no case).
CASE_KINDS = (
    "request_card",
    "consent_party",
    "consent_representative",
    "program_result",
    "referrer_report",
    "supervision",
)


# Sources of a request that are someone to report the results to, even when unnamed.
REFERRING_SOURCES = frozenset(
    {
        "administration",
        "teacher",
        "specialist",
        "juvenile_commission",
        "police",
        "court",
        "social_protection",
    }
)


def kind_label(kind: str) -> str:
    return translate("documents", KIND_LABELS[kind])


@dataclass(frozen=True)
class Choice:
    """One entry of «Сформировать…»: a kind, for which program, and how the menu shows it."""

    kind: str
    program_id: int | None
    label: str


def has_referrer(case: CaseContext) -> bool:
    """Someone referred the case and is owed the results: a named referrer, or a source that
    is an organisation or a professional (a parent, a pupil or the service itself is not)."""
    request = case.card.request
    return bool(request.referrer.strip()) or request.source in REFERRING_SOURCES


def available(db: Database, case_id: int, *, today: date) -> list[Choice]:
    """The documents that make sense for this case now (docs/DOMAIN.md § "Documents")."""
    case = case_context(db, case_id, today=today)
    choices = [Choice("request_card", None, kind_label("request_card"))]
    for data in case.programs:
        program = program_title(data.summary.program_type)
        pid = data.summary.id
        signers = consent_signers(case, data)
        if any(p.role != "legal_representative" for p in signers):
            choices.append(
                Choice("consent_party", pid, f"{kind_label('consent_party')}: {program}")
            )
        if any(p.role == "legal_representative" for p in signers):
            choices.append(
                Choice(
                    "consent_representative",
                    pid,
                    f"{kind_label('consent_representative')}: {program}",
                )
            )
        if data.run is not None and written_result(data.run) is not None:
            choices.append(
                Choice("program_result", pid, f"{kind_label('program_result')}: {program}")
            )
    if case.programs and has_referrer(case):
        choices.append(Choice("referrer_report", None, kind_label("referrer_report")))
    choices.append(Choice("supervision", None, kind_label("supervision")))
    return choices


def context_for(
    db: Database, case_id: int, kind: str, *, today: date, program_id: int | None = None
) -> CaseContext | ReferrerContext:
    """Read what a case document needs (on the thread that owns the database)."""
    if kind not in CASE_KINDS:
        raise DocumentError(
            translate("documents", "«{kind}» is not a document of a case.", kind=kind)
        )
    case = case_context(db, case_id, today=today, program_id=program_id)
    if kind != "referrer_report":
        return case
    if not has_referrer(case):
        raise DocumentError(
            translate(
                "documents",
                "Nobody referred this case, so there is nobody to report its results to.",
            )
        )
    return referrer_context(case)
