"""Vault errors the user can tell apart, each with a clear message in the current language."""

from __future__ import annotations

from rsdesk.i18n import translate

# os_reason was the vault's before every layer needed it; it is still importable from here.
from rsdesk.os_errors import NO_SPACE, NOT_WRITABLE, os_reason


class VaultError(Exception):
    """Base of every vault failure; ``message`` is for the user, ``detail`` for a log."""

    def __init__(self, message: str | None = None, *, detail: str = "") -> None:
        self.message = message if message is not None else self.default_message()
        self.detail = detail
        super().__init__(self.message)

    def default_message(self) -> str:
        return translate("vault", "The service file cannot be opened.")


class WrongPassword(VaultError):  # noqa: N818 (names the GUI catches)
    """No key slot opens with what was typed; the file itself looks intact."""

    def default_message(self) -> str:
        return translate(
            "vault",
            "Wrong password. Check the keyboard layout and Caps Lock, then try again.",
        )


class WrongRecoveryKey(WrongPassword):
    """The recovery key is well formed but does not open this file."""

    def default_message(self) -> str:
        return translate(
            "vault",
            "This recovery key does not fit this file. Check that it is the key printed "
            "when this service file was created.",
        )


class MistypedRecoveryKey(WrongRecoveryKey):
    """The recovery key has a wrong length, a foreign character or a failed check symbol."""

    def default_message(self) -> str:
        return translate(
            "vault",
            "The recovery key contains a typo: compare it with the printed key "
            "character by character.",
        )


class DamagedFile(VaultError):  # noqa: N818 (names the GUI catches)
    """The header checksum fails, the header is inconsistent, or the body does not authenticate."""

    def default_message(self) -> str:
        return translate(
            "vault",
            "The service file is damaged and cannot be read. Restore it from a backup copy.",
        )


class TruncatedFile(DamagedFile):
    """Shorter than its header declares: a copy or a save that did not finish."""

    def default_message(self) -> str:
        return translate(
            "vault",
            "The service file is incomplete: it is shorter than it should be, for example "
            "because copying did not finish. Restore it from a backup copy.",
        )


class KeyCostRefused(DamagedFile):
    """The password slots together ask for more key derivation than the file budget allows.

    A wrong password is tried against every slot, so such a file would hold the program for
    minutes; it is refused before any derivation.
    """

    def __init__(self, slots: int, *, detail: str = "") -> None:
        self.slots = slots
        super().__init__(
            translate(
                "vault",
                "The service file is refused: checking a password against its {slots} keys "
                "would take far longer than any rsdesk file needs. The file is damaged or was "
                "made to hang the program. Restore it from a backup copy.",
                slots=slots,
            ),
            detail=detail,
        )


class FileTooLarge(DamagedFile):
    """Larger than any vault rsdesk writes; refused before it is read."""

    def __init__(self, size: int, limit: int) -> None:
        self.size = size
        super().__init__(
            translate(
                "vault",
                "The file is {size} MB, larger than a service file can be ({limit} MB): it is "
                "damaged or is not a service file. It was not read.",
                size=size >> 20,
                limit=limit >> 20,
            ),
            detail=f"{size} bytes > {limit}",
        )


class NewerVersion(VaultError):  # noqa: N818 (names the GUI catches)
    def default_message(self) -> str:
        return translate(
            "vault",
            "This service file was made by a newer version of rsdesk. "
            "Update the program to open it.",
        )


class RolledBack(VaultError):  # noqa: N818 (names the GUI catches)
    """The file is an older generation than one already seen on this computer."""

    def __init__(self, found: int, seen: int) -> None:
        self.found = found
        self.seen = seen
        super().__init__(
            translate(
                "vault",
                "This service file is older than the one last opened on this computer "
                "(save No. {found}, while No. {seen} was seen). An old copy may have been put "
                "in place of the current one, and recent changes would be missing. Open the "
                "newest copy; open this one only if you put it back on purpose.",
                found=found,
                seen=seen,
            ),
            detail=f"generation {found} < last seen {seen}",
        )


class NotAVault(VaultError):  # noqa: N818 (names the GUI catches)
    def default_message(self) -> str:
        return translate("vault", "This is not a reconciliation service file of rsdesk.")


class NotRegularFile(NotAVault):
    """A pipe, a device, a socket or a folder: refused before opening, so reading never waits."""

    def __init__(self, path: object) -> None:
        super().__init__(
            translate(
                "vault",
                "This is not a file but a pipe, a device or a folder: {path}. rsdesk opens "
                "only ordinary files.",
                path=path,
            ),
            detail=f"not a regular file: {path}",
        )


class OutOfMemory(VaultError):  # noqa: N818 (names the GUI catches)
    """The computer ran out of memory while reading or decrypting the file."""

    def default_message(self) -> str:
        return translate(
            "vault",
            "There is not enough memory to open the service file. Close other programs and "
            "try again.",
        )


class Unreadable(VaultError):  # noqa: N818 (names the GUI catches)
    """The operating system refused to read the file (missing, no permission, I/O error)."""

    @classmethod
    def from_os_error(cls, exc: OSError) -> Unreadable:
        if isinstance(exc, FileNotFoundError):
            message = translate(
                "vault", "The service file was not found: {path}", path=exc.filename
            )
        elif isinstance(exc, PermissionError):
            message = translate(
                "vault",
                "There is no permission to read the service file: {path}",
                path=exc.filename,
            )
        else:
            message = translate(
                "vault", "The service file cannot be read: {reason}", reason=os_reason(exc)
            )
        return cls(message, detail=repr(exc))


class AlreadyOpen(VaultError):  # noqa: N818 (names the GUI catches)
    def default_message(self) -> str:
        return translate(
            "vault",
            "This service file is already open in another rsdesk window or another program. "
            "Close it there and try again.",
        )


class WriteFailed(VaultError):  # noqa: N818 (names the GUI catches)
    """Writing failed for an OS reason kept in ``cause`` (and, in English, in ``detail``)."""

    DISK_FULL = NO_SPACE
    NOT_WRITABLE = NOT_WRITABLE

    def __init__(self, message: str | None = None, *, cause: BaseException | None = None) -> None:
        self.cause = cause
        super().__init__(message, detail=repr(cause) if cause else "")

    @property
    def disk_full(self) -> bool:
        return isinstance(self.cause, OSError) and self.cause.errno in self.DISK_FULL

    @property
    def not_writable(self) -> bool:
        return isinstance(self.cause, OSError) and self.cause.errno in self.NOT_WRITABLE


class SaveFailed(WriteFailed):
    """A save did not complete; the old file is intact and the changes are still in memory."""

    @classmethod
    def from_os_error(cls, exc: OSError) -> SaveFailed:
        if exc.errno in cls.DISK_FULL:
            message = translate(
                "vault",
                "The disk is full. The changes are not lost: they stay in the program and "
                "saving will be retried. Free some space on the disk.",
            )
        elif exc.errno in cls.NOT_WRITABLE:
            message = translate(
                "vault",
                "The folder of the service file cannot be written to. The changes are not "
                "lost: they stay in the program and saving will be retried.",
            )
        else:
            message = translate(
                "vault",
                "The service file could not be saved ({reason}). The changes are not lost: "
                "they stay in the program and saving will be retried.",
                reason=os_reason(exc),
            )
        return cls(message, cause=exc)


class BackupFailed(WriteFailed):
    """A rotating backup copy was not made; the service file itself is saved.

    Not a SaveFailed: nothing is waiting in memory, and the GUI must not say the changes are
    unsaved. The message names no file: the backup folder holds the file's id, not its name.
    Short, as the status bar shows it; the copy is tried again at the next save.
    """

    @classmethod
    def from_os_error(cls, exc: OSError) -> BackupFailed:
        return cls(
            translate(
                "vault",
                "The backup copy was not made: {reason}. The service file itself is saved.",
                reason=os_reason(exc),
            ),
            cause=exc,
        )


class VaultExists(VaultError):  # noqa: N818 (names the GUI catches)
    def default_message(self) -> str:
        return translate(
            "vault", "A file with this name already exists. Choose another name or folder."
        )


class LockUnavailable(VaultError):  # noqa: N818 (names the GUI catches)
    """The disk does not support locking, so a second instance could not be kept out."""

    def default_message(self) -> str:
        return translate(
            "vault",
            "The service file cannot be locked on this disk, so it cannot be opened safely. "
            "Copy it to the computer's own disk.",
        )


class ForeignBackup(VaultError):  # noqa: N818 (names the GUI catches)
    def default_message(self) -> str:
        return translate(
            "vault", "This backup copy belongs to another service file and cannot replace it."
        )
