"""Encrypted attachments: one AES-256-GCM file per attachment in a folder beside the vault.

A document or a scan is kept out of the database so a commit stays cheap. Each file is
``magic ‖ version ‖ vault file id ‖ attachment id ‖ nonce ‖ AES-256-GCM(key, nonce, content,
AD = everything before the nonce)``; see FORMAT.md, "Attachments".

Version 2 files have a random key of their own, which the vault keeps in its database
(`Vault.store_attachment`): rotating the vault's data key leaves them as they are, and an
attachment stored after a rotation opens with nothing an older copy of the vault holds.
Version 1 files were sealed under the vault's version 1 data key, which the vault keeps as its
legacy key.
"""

from __future__ import annotations

import contextlib
import os
import re
import secrets
from pathlib import Path

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from rsdesk.i18n import translate
from rsdesk.vault import errors, fsio, reading

MAGIC = b"RSDA"
VERSION = 2
VERSION_LEGACY = 1  # under the vault's version 1 data key
FILE_ID_LEN = 16
ATTACHMENT_ID_LEN = 16
KEY_LEN = 32  # an attachment's own key
NONCE_LEN = 12
TAG_LEN = 16
HEADER_LEN = len(MAGIC) + 1 + FILE_ID_LEN + ATTACHMENT_ID_LEN
SUFFIX = ".rsda"
FOLDER_SUFFIX = ".attachments"
# One attachment is a document or a scan; anything larger is refused before encryption.
MAX_SIZE = 256 * 1024 * 1024
_ID = re.compile(r"[0-9a-f]{32}")


class AttachmentError(errors.VaultError):
    """Base of the attachment failures; each has a Russian ``message``."""


class AttachmentMissing(AttachmentError):  # noqa: N818 (names the GUI catches)
    def default_message(self) -> str:
        return translate(
            "vault",
            "The attached file was not found next to the service file. It may have been "
            "deleted or not copied along with the service file.",
        )


class AttachmentDamaged(AttachmentError):  # noqa: N818 (names the GUI catches)
    def default_message(self) -> str:
        return translate(
            "vault",
            "The attached file is damaged or has been changed and cannot be read.",
        )


class AttachmentFromOtherVault(AttachmentError):  # noqa: N818 (names the GUI catches)
    def default_message(self) -> str:
        return translate(
            "vault",
            "The attached file belongs to another service file and cannot be read here.",
        )


def folder_of(vault_path: Path) -> Path:
    """``<vault>.attachments`` beside the vault file."""
    return vault_path.with_name(vault_path.name + FOLDER_SUFFIX)


def path_of(vault_path: Path, attachment_id: str) -> Path:
    # The id comes from the database; checking its shape keeps it from naming another path.
    if not isinstance(attachment_id, str) or not _ID.fullmatch(attachment_id):
        raise AttachmentMissing(detail=f"not an attachment id: {attachment_id!r}")
    return folder_of(vault_path) / f"{attachment_id}{SUFFIX}"


def _header(file_id: bytes, raw_id: bytes, version: int = VERSION) -> bytes:
    return MAGIC + bytes([version]) + file_id + raw_id


def store(vault_path: Path, file_id: bytes, key: bytes, data: bytes) -> str:
    """Encrypt data under key (the attachment's own) into a new attachment file, durably;
    returns its id (32 hex digits)."""
    if len(data) > MAX_SIZE:
        raise ValueError("attachment too large")
    raw_id = secrets.token_bytes(ATTACHMENT_ID_LEN)
    attachment_id = raw_id.hex()
    header = _header(file_id, raw_id)
    nonce = os.urandom(NONCE_LEN)
    sealed = AESGCM(key).encrypt(nonce, data, header)
    target = path_of(vault_path, attachment_id)
    try:
        target.parent.mkdir(mode=0o700, exist_ok=True)
        fsio.write_atomic(target, [header, nonce, sealed])
    except OSError as exc:
        raise errors.SaveFailed.from_os_error(exc) from exc
    return attachment_id


def read(
    vault_path: Path, file_id: bytes, key: bytes | None, attachment_id: str, version: int = VERSION
) -> bytes:
    """The content of an attachment, authenticated; a clear error for each kind of failure.

    key is the attachment's own (version 2), or the vault's legacy key for a version 1 file;
    None when the vault has neither."""
    path = path_of(vault_path, attachment_id)
    try:
        # Refused if not an ordinary file: a pipe at an attachment's name must not block.
        with os.fdopen(reading.open_regular(path), "rb") as file:
            blob = file.read(MAX_SIZE + HEADER_LEN + NONCE_LEN + TAG_LEN + 1)
    except errors.NotRegularFile:
        raise AttachmentDamaged(detail=f"{path.name}: not a regular file") from None
    except FileNotFoundError:
        raise AttachmentMissing(detail=str(path)) from None
    except OSError as exc:
        raise errors.Unreadable.from_os_error(exc) from None
    if len(blob) < HEADER_LEN + NONCE_LEN + TAG_LEN or not blob.startswith(MAGIC):
        raise AttachmentDamaged(detail=f"{path.name}: too short or wrong magic")
    header = blob[:HEADER_LEN]
    if header[len(MAGIC)] not in (VERSION, VERSION_LEGACY):
        raise AttachmentDamaged(detail=f"{path.name}: version {header[len(MAGIC)]}")
    stored_file_id = header[len(MAGIC) + 1 : len(MAGIC) + 1 + FILE_ID_LEN]
    if stored_file_id != file_id:
        raise AttachmentFromOtherVault(detail=f"{path.name}: file id {stored_file_id.hex()}")
    if header[len(MAGIC) + 1 + FILE_ID_LEN :].hex() != attachment_id:
        # A file renamed or copied over another attachment's name.
        raise AttachmentDamaged(detail=f"{path.name}: attachment id does not match its name")
    # The vault says which version to expect: a version 1 file cannot stand in for one with a
    # key of its own, nor the other way round.
    if header[len(MAGIC)] != version:
        raise AttachmentDamaged(detail=f"{path.name}: version {header[len(MAGIC)]}")
    if key is None:  # a vault made in version 2 has no version 1 attachments
        raise AttachmentDamaged(detail=f"{path.name}: no key for it in this vault")
    nonce = blob[HEADER_LEN : HEADER_LEN + NONCE_LEN]
    try:
        return AESGCM(key).decrypt(nonce, blob[HEADER_LEN + NONCE_LEN :], header)
    except InvalidTag:
        raise AttachmentDamaged(detail=f"{path.name}: does not authenticate") from None


def delete(vault_path: Path, attachment_id: str) -> None:
    """Remove an attachment file; one already gone is not an error."""
    path = path_of(vault_path, attachment_id)
    with contextlib.suppress(FileNotFoundError):
        fsio.unlink(path)
    with contextlib.suppress(OSError):
        fsio.fsync_dir(path.parent)


def remove_stale_temps(vault_path: Path) -> None:
    """Temp files of an attachment save killed half-way; ciphertext, but useless."""
    folder = folder_of(vault_path)
    if folder.is_dir():
        for leftover in folder.glob(f".*{fsio.TEMP_SUFFIX}"):
            with contextlib.suppress(OSError):
                leftover.unlink()
