"""The documents core, imported on first use: reportlab need not load before the window shows."""

from __future__ import annotations

import importlib
from typing import Any

_WHERE = {
    "DocumentError": "rsdesk.documents.context",
    "RecoveryKeyContext": "rsdesk.documents.context",
    "render_titled": "rsdesk.documents.render",
    "document_pdf": "rsdesk.documents.keeping",
    "keep_document": "rsdesk.documents.keeping",
    "export_pdf": "rsdesk.documents.export",
    "export_warning": "rsdesk.documents.export",
}


def __getattr__(name: str) -> Any:
    if name not in _WHERE:
        raise AttributeError(name)
    return getattr(importlib.import_module(_WHERE[name]), name)
