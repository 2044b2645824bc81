"""A copy of a document outside the vault: the warning, an AES-256 password, an atomic write."""

from __future__ import annotations

import io
import os
from pathlib import Path
from typing import TYPE_CHECKING

from rsdesk.documents.keeping import document_pdf
from rsdesk.domain.register import Document
from rsdesk.i18n import translate
from rsdesk.vault import errors, fsio

if TYPE_CHECKING:
    from rsdesk.vault.vault import Vault


def export_warning() -> str:
    """Said before every export: the copy on disk is no longer protected by the vault."""
    return translate(
        "documents",
        "The exported file leaves the protection of the service file: anyone who gets it can "
        "read it, unless you set a password. Keep it only as long as it is needed.",
    )


# AES-256 (security handler revision 6) came with Adobe's extension level 8 to PDF 1.7 and is
# part of PDF 2.0; the reportlab original says 1.4, which a strict reader would hold against
# the encryption. The file says 1.7 with the extension, the oldest version that has R6, which
# every reader that knows R6 accepts (a 2.0 header would shut out readers that know only 1.7).
PROTECTED_VERSION = "1.7"
ADOBE_EXTENSION_LEVEL = 8


def protect(pdf: bytes, password: str) -> bytes:
    """The same PDF encrypted with AES-256 (pypdf), which poppler and common readers open."""
    from pypdf import PdfReader, PdfWriter
    from pypdf.generic import DictionaryObject, NameObject, NumberObject

    if not password:
        raise ValueError("empty password")
    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(pdf)))
    writer.pdf_header = f"%PDF-{PROTECTED_VERSION}"
    writer.root_object[NameObject("/Extensions")] = DictionaryObject(
        {
            NameObject("/ADBE"): DictionaryObject(
                {
                    NameObject("/BaseVersion"): NameObject(f"/{PROTECTED_VERSION}"),
                    NameObject("/ExtensionLevel"): NumberObject(ADOBE_EXTENSION_LEVEL),
                }
            )
        }
    )
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
