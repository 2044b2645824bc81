"""Every document kind, the context it is drawn from, and ``render(kind, context) -> bytes``."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from rsdesk.documents import request_docs, results, service_docs, supervision
from rsdesk.documents.context import (
    AnnualContext,
    CaseContext,
    DocumentError,
    RecoveryKeyContext,
    ReferrerContext,
)
from rsdesk.i18n import translate

# Kind -> (the context type it is drawn from, the renderer); the names are in choices.
KINDS: dict[str, tuple[type, Callable[[Any], tuple[str, bytes]]]] = {
    "request_card": (CaseContext, request_docs.request_card),
    "consent_party": (CaseContext, lambda ctx: request_docs.consents("consent_party", ctx)),
    "consent_representative": (
        CaseContext,
        lambda ctx: request_docs.consents("consent_representative", ctx),
    ),
    "program_result": (CaseContext, results.program_result),
    "referrer_report": (ReferrerContext, results.referrer_report),
    "supervision": (CaseContext, supervision.supervision),
    "recovery_key": (RecoveryKeyContext, service_docs.recovery_key),
    "annual_report": (AnnualContext, service_docs.annual_report),
}


def render_titled(kind: str, context: Any) -> tuple[str, bytes]:
    """The document's title and its PDF bytes; pure, so it may run in a worker thread."""
    if kind not in KINDS:
        raise DocumentError(translate("documents", "Unknown document kind «{kind}».", kind=kind))
    context_type, renderer = KINDS[kind]
    if not isinstance(context, context_type):
        raise TypeError(f"{kind} is made from a {context_type.__name__}")
    return renderer(context)


def render(kind: str, context: Any) -> bytes:
    return render_titled(kind, context)[1]
