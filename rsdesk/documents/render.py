"""Every document kind, the context it is made from, and ``render(kind, context) -> bytes``."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlite_utils import Database

from rsdesk.documents import request_docs, results, service_docs, supervision
from rsdesk.documents.context import (
    AnnualContext,
    CaseContext,
    DocumentError,
    RecoveryKeyContext,
    ReferrerContext,
    case_context,
    referrer_context,
)
from rsdesk.i18n import QT_TRANSLATE_NOOP, translate
from rsdesk.procedures import program_title

# Kind -> (label for the «Сформировать…» menu, context type, renderer).
KINDS: dict[str, tuple[str, type, Callable[[Any], tuple[str, bytes]]]] = {
    "request_card": (
        QT_TRANSLATE_NOOP("documents", "Registration card of the request"),
        CaseContext,
        request_docs.request_card,
    ),
    "consent_party": (
        QT_TRANSLATE_NOOP("documents", "Informed consent of the participants"),
        CaseContext,
        lambda ctx: request_docs.consents("consent_party", ctx),
    ),
    "consent_representative": (
        QT_TRANSLATE_NOOP("documents", "Informed consent of legal representatives"),
        CaseContext,
        lambda ctx: request_docs.consents("consent_representative", ctx),
    ),
    "program_result": (
        QT_TRANSLATE_NOOP("documents", "Written result of the program"),
        CaseContext,
        results.program_result,
    ),
    "referrer_report": (
        QT_TRANSLATE_NOOP("documents", "Report to the referring body (results only)"),
        ReferrerContext,
        results.referrer_report,
    ),
    "supervision": (
        QT_TRANSLATE_NOOP("documents", "Case description for supervision (names replaced)"),
        CaseContext,
        supervision.supervision,
    ),
    "recovery_key": (
        QT_TRANSLATE_NOOP("documents", "Recovery key sheet"),
        RecoveryKeyContext,
        service_docs.recovery_key,
    ),
    "annual_report": (
        QT_TRANSLATE_NOOP("documents", "Annual report of the service"),
        AnnualContext,
        service_docs.annual_report,
    ),
}
CASE_KINDS = (
    "request_card",
    "consent_party",
    "consent_representative",
    "program_result",
    "referrer_report",
    "supervision",
)
# Kept in the vault as case documents; the other two are made for printing only (the recovery
# key must never sit inside what it opens, the annual report belongs to no case).
NEEDS_PROGRAM = frozenset({"consent_party", "consent_representative", "program_result"})


def kind_label(kind: str) -> str:
    return translate("documents", KINDS[kind][0])


def render_titled(kind: str, context: Any) -> tuple[str, bytes]:
    """The document's title and its PDF bytes; pure, so it may run in a worker thread."""
    if kind not in KINDS:
        raise DocumentError(translate("documents", "Unknown document kind «{kind}».", kind=kind))
    _label, context_type, renderer = KINDS[kind]
    if not isinstance(context, context_type):
        raise TypeError(f"{kind} is made from a {context_type.__name__}")
    return renderer(context)


def render(kind: str, context: Any) -> bytes:
    return render_titled(kind, context)[1]


def context_for(
    db: Database, case_id: int, kind: str, *, today: date, program_id: int | None = None
) -> CaseContext | ReferrerContext:
    """Read what a case document needs (on the thread that owns the database)."""
    if kind not in CASE_KINDS:
        raise DocumentError(
            translate("documents", "«{kind}» is not a document of a case.", kind=kind)
        )
    case = case_context(db, case_id, today=today, program_id=program_id)
    return referrer_context(case) if kind == "referrer_report" else case


@dataclass(frozen=True)
class Choice:
    """One entry of «Сформировать…»: a kind, for which program, and how the menu shows it."""

    kind: str
    program_id: int | None
    label: str


def available(db: Database, case_id: int, *, today: date) -> list[Choice]:
    """The documents that can be made for this case now."""
    case = case_context(db, case_id, today=today)
    choices = [Choice("request_card", None, kind_label("request_card"))]
    people = case.people
    for data in case.programs:
        program = program_title(data.summary.program_type)
        pid = data.summary.id
        if any(p.role != "legal_representative" for p in people):
            choices.append(
                Choice("consent_party", pid, f"{kind_label('consent_party')}: {program}")
            )
        if any(p.role == "legal_representative" for p in people):
            choices.append(
                Choice(
                    "consent_representative",
                    pid,
                    f"{kind_label('consent_representative')}: {program}",
                )
            )
        if data.run is not None and (data.run.agreement_items or data.run.meetings):
            choices.append(
                Choice("program_result", pid, f"{kind_label('program_result')}: {program}")
            )
    if case.programs:
        choices.append(Choice("referrer_report", None, kind_label("referrer_report")))
    choices.append(Choice("supervision", None, kind_label("supervision")))
    return choices
