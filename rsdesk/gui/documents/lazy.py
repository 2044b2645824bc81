"""The documents core, imported on first use: reportlab need not load before the window shows."""

from __future__ import annotations

import importlib
from typing import Any

_WHERE = {
    "DocumentError": "rsdesk.documents.context",
    "RecoveryKeyContext": "rsdesk.documents.context",
    "available": "rsdesk.documents.render",
    "context_for": "rsdesk.documents.render",
    "render_titled": "rsdesk.documents.render",
    "annual_context": "rsdesk.documents.service_docs",
    "document_pdf": "rsdesk.documents.store",
    "export_pdf": "rsdesk.documents.store",
    "export_warning": "rsdesk.documents.store",
    "record_document": "rsdesk.documents.store",
}


def __getattr__(name: str) -> Any:
    if name not in _WHERE:
        raise AttributeError(name)
    return getattr(importlib.import_module(_WHERE[name]), name)
