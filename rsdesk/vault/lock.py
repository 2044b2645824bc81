"""One holder per vault: an OS lock on a file beside it, released by the OS when a holder dies."""

from __future__ import annotations

import contextlib
import errno
import os
import sys
from pathlib import Path

from rsdesk.i18n import translate
from rsdesk.vault import errors

LOCK_SUFFIX = ".lock"
_BUSY = {errno.EAGAIN, errno.EACCES, getattr(errno, "EWOULDBLOCK", errno.EAGAIN)}
# What creating the lock file says on a medium this computer may read but not write: a
# write-protected stick or card, a read-only mount, a folder without write permission.
READ_ONLY_ERRORS = frozenset({errno.EROFS, errno.EACCES, errno.EPERM})


def real_path(path: str | os.PathLike[str]) -> Path:
    """The file a path leads to, through symlinks: the lock and every save must be on it.

    Locking the link's name would let a second window in through the target, and replacing
    the link would cut it off from the file it points to.
    """
    path = Path(path).absolute()
    if os.name != "nt":
        return path.resolve()
    # On Windows resolve() also turns a mapped drive (Z:) into its \\server\share name, which
    # the settings would then remember; follow only the links themselves.
    for _ in range(40):
        if not path.is_symlink():
            break
        path = path.parent / os.readlink(path)
    return path


def lock_path(vault_path: Path) -> Path:
    return vault_path.with_name(vault_path.name + LOCK_SUFFIX)


def _try_lock(fd: int, *, shared: bool = False) -> None:
    if sys.platform == "win32":
        import msvcrt

        msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
    else:
        import fcntl

        fcntl.flock(fd, (fcntl.LOCK_SH if shared else fcntl.LOCK_EX) | fcntl.LOCK_NB)


def _unlock(fd: int) -> None:
    if sys.platform == "win32":
        import msvcrt

        os.lseek(fd, 0, os.SEEK_SET)
        msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)
    # flock is dropped by close(); nothing to do on POSIX.


def _reader_of(path: Path, writer: int) -> int:
    """What holds the lock while the vault is open: on POSIX a read-only handle of the lock
    file (flock needs no write access), so an open vault keeps nothing open for writing on
    its medium and the medium may be remounted read-only under it, as a failing stick is.
    Windows locks the handle that made the file."""
    if sys.platform == "win32":
        return writer
    try:
        return os.open(path, os.O_RDONLY | getattr(os, "O_CLOEXEC", 0))
    except OSError:
        return writer


def _close(*fds: int) -> None:
    for fd in set(fds):
        with contextlib.suppress(OSError):
            os.close(fd)


class VaultLock:
    """Held while a vault is open. A lock file left by a crash is stale and simply re-locked:
    the OS lock, not the file's existence, is what says someone holds it.

    On a medium that cannot be written (``acquire(read_only_ok=True)``) no lock file can be
    made: the lock is then *read-only* (``read_only`` holds the OSError that said so). It
    takes a shared lock on a lock file already there, so a writer holding that file keeps
    this reader out and no writer on this computer can start while it reads, and none when
    there is no lock file: a medium nobody here can write has no writer here to guard against.
    """

    def __init__(self, vault_path: Path) -> None:
        self.vault_path = vault_path
        self.path = lock_path(vault_path)
        self._fd: int | None = None
        self._shared = False
        # Why the file opened read-only: the refused write, or None when it is writable.
        self.read_only: OSError | None = None

    @property
    def held(self) -> bool:
        """This process holds the exclusive lock: it may write the vault."""
        return self._fd is not None and not self._shared

    def still_held(self) -> bool:
        """The lock is held and its file is still the one at the lock's name.

        False once the medium went away (the name leads nowhere) or came back as another
        mount (the name leads to another file): whoever locks that name now is not kept out.
        """
        if not self.held:
            return False
        assert self._fd is not None
        try:
            return os.path.samestat(os.fstat(self._fd), os.stat(self.path))
        except OSError:
            return False

    def forget(self) -> None:
        """Let go of a lock that no longer guards the file (its medium went away), without
        unlinking: the name may belong to someone else's lock file by now."""
        fd, self._fd = self._fd, None
        if fd is not None:
            with contextlib.suppress(OSError):
                os.close(fd)

    def acquire(self, *, read_only_ok: bool = False) -> None:
        """Take the exclusive lock; or, with read_only_ok on a medium that refuses the lock
        file, note why in ``read_only`` and take what a reader can (see the class)."""
        for _ in range(10):
            try:
                fd = os.open(self.path, os.O_RDWR | os.O_CREAT | getattr(os, "O_CLOEXEC", 0), 0o600)
            except FileNotFoundError as exc:
                exc.filename = str(self.vault_path)  # the folder is missing: name the vault
                raise errors.Unreadable.from_os_error(exc) from None
            except OSError as exc:  # a read-only folder or medium: saving would fail anyway
                if read_only_ok and exc.errno in READ_ONLY_ERRORS:
                    self._acquire_read_only(exc)
                    return
                raise FolderNotWritable.from_os_error(exc) from None
            writer, fd = fd, _reader_of(self.path, fd)
            try:
                _try_lock(fd)
            except OSError as exc:
                _close(fd, writer)
                if exc.errno in _BUSY:
                    raise errors.AlreadyOpen(detail=str(self.path)) from None
                raise errors.LockUnavailable(detail=repr(exc)) from None
            # A holder closing at this moment unlinks the file we just locked: if the name now
            # leads elsewhere, our lock guards nothing, so try again on the new file.
            try:
                same = os.path.samestat(os.fstat(fd), os.stat(self.path))
            except FileNotFoundError:
                same = False
            if same:
                self._fd = fd
                self._note_holder(writer)
                if writer != fd:
                    os.close(writer)
                if read_only_ok:
                    self.read_only = file_not_writable(self.vault_path)
                return
            _close(fd, writer)
        raise errors.AlreadyOpen(detail="lock file keeps changing")

    def _acquire_read_only(self, refused: OSError) -> None:
        self.read_only = refused
        if sys.platform == "win32":
            return  # msvcrt locks need a writable handle; a read-only reader goes unguarded
        try:
            fd = os.open(self.path, os.O_RDONLY | getattr(os, "O_CLOEXEC", 0))
        except OSError:
            return  # no lock file (nobody here could make one) or not even readable
        try:
            _try_lock(fd, shared=True)
        except OSError as exc:
            os.close(fd)
            if exc.errno in _BUSY:
                raise errors.AlreadyOpen(detail=str(self.path)) from None
            return  # a file system without locks: reading needs none
        self._fd, self._shared = fd, True

    def _note_holder(self, fd: int) -> None:
        """For a person looking at the folder; the lock itself is the OS lock."""
        if sys.platform == "win32":
            return  # the locked byte would make the write fail
        try:
            os.ftruncate(fd, 0)
            os.write(fd, f"rsdesk pid {os.getpid()}\n".encode())
        except OSError:
            pass

    def release(self) -> None:
        if self._shared or not self.still_held():
            # A reader's lock file is not its own; a lock whose medium went away may have
            # been taken by someone else since: leave the name alone.
            self.forget()
            self._shared = False
            return
        fd, self._fd = self._fd, None
        assert fd is not None
        # Unlink while still holding the lock; acquire() notices if it locked the old inode.
        if sys.platform != "win32":
            with contextlib.suppress(OSError):
                os.unlink(self.path)
        with contextlib.suppress(OSError):
            _unlock(fd)
        os.close(fd)
        if sys.platform == "win32":
            with contextlib.suppress(OSError):
                os.unlink(self.path)


class FolderNotWritable(errors.SaveFailed):
    """Creating or restoring a vault where no lock file can be made: nothing was written, and
    nothing waits in memory to be retried, so the message says to choose another place."""

    @classmethod
    def from_os_error(cls, exc: OSError) -> FolderNotWritable:
        return cls(
            translate(
                "vault",
                "Nothing can be written in this folder ({reason}). Choose another folder or disk.",
                reason=errors.os_reason(exc),
            ),
            cause=exc,
        )


class ReadOnlyFile(PermissionError):  # noqa: N818 (an OSError like its base)
    """The vault file itself is marked read-only (its folder may be writable)."""


def file_not_writable(path: Path) -> OSError | None:
    """Why a vault in a writable folder is still not to be written: the file itself is marked
    read-only. (Replacing it would work on POSIX, but the user said not to change it; on
    Windows the replace would fail anyway.) None when it may be written or is not there."""
    try:
        if not path.exists() or os.access(path, os.W_OK):
            return None
    except OSError:
        return None
    return ReadOnlyFile(errno.EACCES, "read-only file", str(path))
