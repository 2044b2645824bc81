"""The operating-system calls of a save, as module functions tests can replace one by one.

``write_atomic`` is the only place a vault file (or a backup) is written: serialize elsewhere,
then temp file in the same folder (O_EXCL, 0600) → write all → fsync → replace → fsync the
folder. A failure anywhere removes the temp file and leaves the old file as it was.
"""

from __future__ import annotations

import contextlib
import errno
import os
import secrets
import sys
from collections.abc import Iterable
from pathlib import Path

# Big buffers go down in slices so a short write is resumed, not mistaken for success.
CHUNK = 1 << 20
TEMP_SUFFIX = ".rsdtmp"

_FLAGS = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0)
_FLAGS |= getattr(os, "O_CLOEXEC", 0)


def open_new(path: Path) -> int:
    return os.open(path, _FLAGS, 0o600)


def write(fd: int, data: memoryview) -> int:
    return os.write(fd, data)


def fsync(fd: int) -> None:
    if sys.platform == "darwin":  # plain fsync on macOS does not reach the platter
        import fcntl

        fcntl.fcntl(fd, fcntl.F_FULLFSYNC)
    else:
        os.fsync(fd)


def close(fd: int) -> None:
    os.close(fd)


def replace(source: Path, target: Path) -> None:
    os.replace(source, target)


# What a folder fsync returns where the file system cannot sync folders at all (FUSE mounts,
# FAT sticks, some network shares). SQLite ignores these too: the data file itself was synced,
# and such a file system has no separate rename to make durable. An I/O error still fails.
FOLDER_SYNC_UNSUPPORTED = frozenset(
    getattr(errno, name)
    for name in ("EINVAL", "ENOTSUP", "EOPNOTSUPP", "EBADF")
    if hasattr(errno, name)
)


def fsync_dir(folder: Path) -> None:
    """Make the rename itself durable; Windows has no directory handles to sync."""
    if os.name == "nt":
        return
    fd = os.open(folder, os.O_RDONLY | getattr(os, "O_DIRECTORY", 0))
    try:
        os.fsync(fd)
    except OSError as exc:
        if exc.errno not in FOLDER_SYNC_UNSUPPORTED:
            raise
    finally:
        os.close(fd)


def unlink(path: Path) -> None:
    os.unlink(path)


def temp_path(target: Path) -> Path:
    return target.with_name(f".{target.name}.{secrets.token_hex(6)}{TEMP_SUFFIX}")


def write_all(fd: int, parts: Iterable[bytes]) -> None:
    for part in parts:
        view = memoryview(part)
        while view:
            written = write(fd, view[:CHUNK])
            if written <= 0:
                raise OSError(f"write returned {written}")
            view = view[written:]


def write_atomic(target: Path, parts: Iterable[bytes]) -> None:
    """Replace target with the concatenated parts, durably, or raise OSError and change nothing.

    A failed fsync is never retried on the same file: after such a failure the kernel may have
    dropped the dirty pages and a second fsync would report success for data never written.
    The caller retries the whole save into a fresh temp file instead.
    """
    target = Path(target)
    temp = temp_path(target)
    fd = open_new(temp)
    replaced = False
    try:
        try:
            write_all(fd, parts)
            fsync(fd)
        finally:
            close(fd)
        replace(temp, target)
        replaced = True
        fsync_dir(target.parent)
    except BaseException:
        if not replaced:
            with contextlib.suppress(OSError):
                unlink(temp)
        raise


def remove_stale_temps(folder: Path, name: str) -> None:
    """Temp files of a save killed half-way (power cut, SIGKILL); they never hold plaintext."""
    for leftover in folder.glob(f".{name}.*{TEMP_SUFFIX}"):
        with contextlib.suppress(OSError):
            leftover.unlink()
