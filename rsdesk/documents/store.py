"""Documents as encrypted vault attachments: make, read back, export (optionally AES-256)."""

from __future__ import annotations

import io
import os
from datetime import date, datetime
from pathlib import Path

from rsdesk.documents.render import context_for, render_titled
from rsdesk.domain.register import Document
from rsdesk.i18n import translate
from rsdesk.storage.cases import add_document
from rsdesk.vault import errors, fsio
from rsdesk.vault.vault import Vault


def export_warning() -> str:
    """Said before every export: the copy on disk is no longer protected by the vault."""
    return translate(
        "documents",
        "The exported file leaves the protection of the service file: anyone who gets it can "
        "read it, unless you set a password. Keep it only as long as it is needed.",
    )


def _day(now: datetime | date) -> date:
    return now.date() if isinstance(now, datetime) else now


def record_document(
    vault: Vault,
    case_id: int,
    kind: str,
    title: str,
    pdf: bytes,
    *,
    program_id: int | None = None,
    now: datetime | date,
) -> Document:
    """Store rendered bytes as an attachment and add the case's documents row.

    The row is in the database but not yet saved: the caller commits (the app's save queue),
    as after any change. If the row cannot be added, the attachment is deleted again.
    """
    attachment = vault.store_attachment(pdf)
    document = Document(case_id, kind, title, _day(now), attachment, program_id)
    try:
        document_id = add_document(vault.db, document)
    except BaseException:
        vault.delete_attachment(attachment)
        raise
    return Document(case_id, kind, title, _day(now), attachment, program_id, document_id)


def make_document(
    vault: Vault,
    case_id: int,
    kind: str,
    *,
    program_id: int | None = None,
    now: datetime | date,
) -> Document:
    """Render a case document from the case data and keep it in the vault, in one call.

    The GUI splits this: ``context_for`` on its thread, ``render_titled`` in a worker, then
    ``record_document`` back on its thread.
    """
    context = context_for(vault.db, case_id, kind, today=_day(now), program_id=program_id)
    title, pdf = render_titled(kind, context)
    return record_document(vault, case_id, kind, title, pdf, program_id=program_id, now=now)


def document_pdf(vault: Vault, document: Document) -> bytes:
    """The PDF of a document, decrypted and authenticated (in memory only)."""
    if not document.attachment:
        raise errors.VaultError(
            translate("documents", "This document has no file attached in the service file.")
        )
    return vault.read_attachment(document.attachment)


def protect(pdf: bytes, password: str) -> bytes:
    """The same PDF encrypted with AES-256 (pypdf), which poppler and common readers open."""
    from pypdf import PdfReader, PdfWriter

    if not password:
        raise ValueError("empty password")
    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(pdf)))
    writer.encrypt(user_password=password, owner_password=None, algorithm="AES-256")
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def export_pdf(pdf: bytes, path: str | os.PathLike[str], *, password: str | None = None) -> Path:
    """Write PDF bytes to a chosen file atomically (temp + fsync + replace), maybe encrypted."""
    target = Path(path)
    data = protect(pdf, password) if password else pdf
    try:
        fsio.write_atomic(target, [data])
    except OSError as exc:
        raise errors.SaveFailed.from_os_error(exc) from exc
    return target


def export_document(
    vault: Vault,
    document: Document,
    path: str | os.PathLike[str],
    *,
    password: str | None = None,
) -> Path:
    """Export a stored document to a file outside the vault (see ``export_warning``)."""
    return export_pdf(document_pdf(vault, document), path, password=password)
