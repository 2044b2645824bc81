"""A made document kept with its case: the PDF as a vault attachment, its row via the Desk."""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from rsdesk.documents.render import render_titled
from rsdesk.domain.register import Document
from rsdesk.i18n import translate
from rsdesk.vault import errors

if TYPE_CHECKING:
    from rsdesk.access import Desk
    from rsdesk.vault.vault import Vault


def keep_document(desk: Desk, vault: Vault, document: Document, pdf: bytes) -> Document:
    """Store the PDF as an attachment and add the document to its case, or neither.

    The Desk checks the role and records the change (one operation, saved by its hook); if it
    refuses or fails, the attachment just written is deleted again.
    """
    attachment = vault.store_attachment(pdf)
    kept = replace(document, attachment=attachment)
    try:
        document_id = desk.add_document(kept)
    except BaseException:
        vault.delete_attachment(attachment)
        raise
    return replace(kept, id=document_id)


def make_document(
    desk: Desk, vault: Vault, case_id: int, kind: str, *, program_id: int | None = None
) -> Document:
    """Read, draw and keep a case document in one call.

    The GUI splits this: the context through the Desk on its thread, ``render_titled`` in a
    worker, then ``keep_document`` back on its thread.
    """
    context = desk.document_context(case_id, kind, program_id)
    title, pdf = render_titled(kind, context)
    made = Document(case_id, kind, title, desk.today(), program_id=program_id)
    return keep_document(desk, vault, made, pdf)


def document_pdf(vault: Vault, document: Document) -> bytes:
    """The PDF of a document, decrypted and authenticated (in memory only)."""
    if not document.attachment:
        raise errors.VaultError(
            translate("documents", "This document has no file attached in the service file.")
        )
    return vault.read_attachment(document.attachment)
