"""Media that cannot be written or go away: why a vault is read-only, and what a save that
finds its file gone, changed or locked by someone else says (FORMAT.md, "Media")."""

from __future__ import annotations

import contextlib
import errno
import os
from dataclasses import dataclass, field
from pathlib import Path

from rsdesk.i18n import translate
from rsdesk.vault import attachments, errors, fsio, reading
from rsdesk.vault import format as fmt
from rsdesk.vault.lock import ReadOnlyFile


def read_only_reason(refused: OSError) -> str:
    """Why the file opened read-only, as the banner says after «Файл открыт только для чтения:»."""
    if refused.errno == errno.EROFS:
        return translate(
            "vault", "the disk is write-protected (a locked memory card or a read-only mount)"
        )
    if isinstance(refused, ReadOnlyFile):
        return translate("vault", "the file itself is marked read-only")
    return translate("vault", "there is no permission to write into the folder of the file")


class ReadOnly(errors.SaveFailed):
    """A save of a vault opened read-only: nothing is written, nothing was changed."""

    def __init__(self, reason: str) -> None:
        self.reason = reason
        super().__init__(
            translate(
                "vault",
                "The service file is open read-only: {reason}. Nothing is written to it; save "
                "a copy to another place to work on it.",
                reason=reason,
            )
        )


class LockTakenMeanwhile(errors.SaveFailed):
    """The file is back, but another window or computer holds its lock now."""

    def default_message(self) -> str:
        return translate(
            "vault",
            "The service file is back, but while it was unavailable it was opened in another "
            "rsdesk window or on another computer. Your changes are not written over it: they "
            "stay in the program. Save a copy to another place.",
        )


class ChangedMeanwhile(errors.SaveFailed):
    """The file is back, but it is no longer the one this window last saved."""

    def default_message(self) -> str:
        return translate(
            "vault",
            "The service file is back, but it was changed or replaced while it was "
            "unavailable. Your changes are not written over it: they stay in the program. "
            "Save a copy to another place.",
        )


def gone(path: Path) -> errors.SaveFailed:
    """The vault's name leads nowhere: the stick was pulled, the folder moved or renamed.

    A save never creates the file anew there: on an empty mount point that would put a
    lone copy on the computer's own disk, where nobody would look for it.
    """
    return errors.SaveFailed.from_os_error(
        FileNotFoundError(errno.ENOENT, "the vault file is missing", str(path))
    )


@dataclass(frozen=True)
class FileMark:
    """What tells the file this window saved from any other: its id and the body nonce,
    random per save. (Not the generation: two windows, or two computers, that opened the
    same generation each take the same next number.)"""

    file_id: bytes
    nonce: bytes


def mark_of(path: Path) -> FileMark | None:
    """The file id and body nonce of the header (offsets 20..36 and 48..60, the same in
    every format version); None when the file is missing. Reads 60 bytes, nothing else."""
    try:
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_BINARY", 0))
    except FileNotFoundError:
        return None
    try:
        data = os.read(fd, _MARK_END)
    finally:
        os.close(fd)
    return mark_in(data)


_MARK_END = fmt.PREAMBLE_LEN + 40


def mark_in(data: bytes) -> FileMark:
    """The mark of a file's first bytes; an empty one for anything but a vault."""
    if len(data) < _MARK_END or not data.startswith(fmt.MAGIC):
        return FileMark(b"", b"")  # something else stands at the name now
    start = fmt.PREAMBLE_LEN
    return FileMark(data[start : start + 16], data[start + 28 : start + 40])


class CopyFailed(errors.WriteFailed):
    """A copy to another place was not written; the program still holds every change."""

    @classmethod
    def from_os_error(cls, exc: OSError) -> CopyFailed:
        return cls(
            translate(
                "vault",
                "The copy was not saved: {reason}. The changes are still in the program; "
                "choose another place.",
                reason=errors.os_reason(exc),
            ),
            cause=exc,
        )


def write_copy(target: Path, parts: list[bytes]) -> None:
    """Write a sealed copy of a vault at a new name elsewhere (never over an existing file)."""
    if target.exists():
        raise errors.VaultExists(detail=str(target))
    try:
        fsio.write_atomic(target, parts)
    except OSError as exc:
        raise CopyFailed.from_os_error(exc) from exc


@dataclass(frozen=True)
class Copied:
    """A copy written elsewhere, and how many of its attachments could not come along."""

    path: Path
    attachments_missing: int = 0


def copy_attachments(source: Path, target: Path, known: tuple[str, ...]) -> int:
    """Put the encrypted attachment files of the vault at source beside its copy at target
    (they are bound to the file id and their own id, not to a path, so the copy opens them).

    known are the attachments the database has keys for: when the source folder cannot be
    read (the stick is away) they are the ones counted missing. Returns that count.
    """
    ids = set(known)
    with contextlib.suppress(OSError):
        for found in attachments.folder_of(source).glob(f"*{attachments.SUFFIX}"):
            name = found.name[: -len(attachments.SUFFIX)]
            with contextlib.suppress(errors.VaultError):  # not an attachment's name
                attachments.path_of(source, name)
                ids.add(name)
    missing = 0
    for attachment_id in sorted(ids):
        try:
            origin = attachments.path_of(source, attachment_id)
            data = reading.read_copy(origin)
            if data is None:
                missing += attachment_id in known
                continue
            copy = attachments.path_of(target, attachment_id)
            copy.parent.mkdir(mode=0o700, exist_ok=True)
            fsio.write_atomic(copy, [data])
        except (OSError, errors.VaultError):
            missing += 1
    return missing


@dataclass
class Watch:
    """A vault's view of its medium between saves (kept by Vault, under its write lock)."""

    # The body nonce of the file as this window last opened or saved it.
    current: bytes
    # A save failed: before the next one, check that the file is still the one saved last
    # and that the lock still guards it (the medium may have been away).
    recheck: bool = False
    # Nonces written since the last durable save: a failed save may still have put its
    # file in place (a replace that worked before a folder fsync failed).
    attempted: set[bytes] = field(default_factory=set)
    # The file at the name was found to be someone else's (changed while the medium was away).
    diverged: bool = False
    # The copy saved elsewhere last, and the state of the database it holds.
    copy_path: Path | None = None
    copy_missing: int = 0  # attachments that could not come along
    copy_marker: tuple[int, ...] | None = None

    def accepts(self, mark: FileMark, file_id: bytes) -> bool:
        return mark.file_id == file_id and (
            mark.nonce == self.current or mark.nonce in self.attempted
        )

    def written(self, nonce: bytes) -> None:
        self.current = nonce
        self.recheck = False
        self.attempted.clear()
