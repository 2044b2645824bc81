"""One holder per vault: an OS lock on a file beside it, released by the OS when a holder dies."""

from __future__ import annotations

import contextlib
import errno
import os
import sys
from pathlib import Path

from rsdesk.vault import errors

LOCK_SUFFIX = ".lock"
_BUSY = {errno.EAGAIN, errno.EACCES, getattr(errno, "EWOULDBLOCK", errno.EAGAIN)}


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


def _try_lock(fd: int) -> None:
    if sys.platform == "win32":
        import msvcrt

        msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
    else:
        import fcntl

        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)


def _unlock(fd: int) -> None:
    if sys.platform == "win32":
        import msvcrt

        os.lseek(fd, 0, os.SEEK_SET)
        msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)
    # flock is dropped by close(); nothing to do on POSIX.


class VaultLock:
    """Held while a vault is open. A lock file left by a crash is stale and simply re-locked:
    the OS lock, not the file's existence, is what says someone holds it."""

    def __init__(self, vault_path: Path) -> None:
        self.vault_path = vault_path
        self.path = lock_path(vault_path)
        self._fd: int | None = None

    @property
    def held(self) -> bool:
        return self._fd is not None

    def acquire(self) -> None:
        for _ in range(10):
            try:
                fd = os.open(self.path, os.O_RDWR | os.O_CREAT | getattr(os, "O_CLOEXEC", 0), 0o600)
            except FileNotFoundError as exc:
                exc.filename = str(self.vault_path)  # the folder is missing: name the vault
                raise errors.Unreadable.from_os_error(exc) from None
            except OSError as exc:  # a read-only folder or medium: saving would fail anyway
                raise errors.SaveFailed.from_os_error(exc) from None
            try:
                _try_lock(fd)
            except OSError as exc:
                os.close(fd)
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
                self._note_holder(fd)
                return
            os.close(fd)
        raise errors.AlreadyOpen(detail="lock file keeps changing")

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
        fd, self._fd = self._fd, None
        if fd is None:
            return
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
