"""Reading a vault file without trusting it: ordinary files only, the header first, capped.

A pipe or a device given as a vault must not make the program wait forever, and a file of
gigabytes must not be read into memory to find out that it is no vault. So a file is checked
with stat before it is opened (and again on the open descriptor, opened non-blocking in case a
pipe took its place meanwhile); the header is read and its lengths compared with the real size
before the body is read; and nothing is read beyond MAX_FILE_LEN.
"""

from __future__ import annotations

import os
import stat
from pathlib import Path

from rsdesk.vault import errors
from rsdesk.vault import format as fmt

# The largest vault file read. 2,000 cases make 2.7 MB; opening needs about three times the
# file in memory (the file, the decrypted image, SQLite's copy), which a 2 GB school PC has.
MAX_FILE_LEN = 512 << 20

_FLAGS = os.O_RDONLY | getattr(os, "O_BINARY", 0) | getattr(os, "O_CLOEXEC", 0)
_FLAGS |= getattr(os, "O_NONBLOCK", 0)  # not on Windows, which has no pipes in its folders


def read(fd: int, count: int) -> bytes:
    """One read from fd; the seam tests wrap to count what is read."""
    return os.read(fd, count)


def open_regular(path: str | os.PathLike[str]) -> int:
    """A read-only descriptor of an ordinary file; OSError, or NotRegularFile for the rest."""
    if not stat.S_ISREG(os.stat(path).st_mode):
        raise errors.NotRegularFile(os.fspath(path))
    fd = os.open(path, _FLAGS)  # non-blocking: a pipe swapped in since the stat does not wait
    try:
        if not stat.S_ISREG(os.fstat(fd).st_mode):
            raise errors.NotRegularFile(os.fspath(path))
    except BaseException:
        os.close(fd)
        raise
    return fd


def _read_exactly(fd: int, count: int) -> bytes:
    first = read(fd, count)
    if len(first) == count or not first:
        return first
    parts = [first]
    got = len(first)
    while got < count:
        part = read(fd, count - got)
        if not part:
            break
        parts.append(part)
        got += len(part)
    return b"".join(parts)


def _whole(fd: int, size: int) -> bytes:
    try:
        data = _read_exactly(fd, size)
    except MemoryError:
        raise errors.OutOfMemory(detail=f"reading {size} bytes") from None
    if len(data) != size:  # shrank while being read: a copy still under way
        raise errors.TruncatedFile(detail=f"{len(data)} bytes read of {size}")
    return data


def read_vault(path: Path) -> bytes:
    """The whole file, once its header has been found to fit its size and the cap."""
    try:
        fd = open_regular(path)
    except OSError as exc:
        raise errors.Unreadable.from_os_error(exc) from None
    try:
        size = os.fstat(fd).st_size
        head = _read_exactly(fd, min(size, fmt.MAX_HEADER_LEN))
        fmt.parse(head, size)  # not ours, truncated or too long: said before the body is read
        if size > MAX_FILE_LEN:
            raise errors.FileTooLarge(size, MAX_FILE_LEN)
        if len(head) == size:
            return head
        os.lseek(fd, 0, os.SEEK_SET)
        return _whole(fd, size)
    except OSError as exc:
        raise errors.Unreadable.from_os_error(exc) from None
    finally:
        os.close(fd)


def read_copy(path: Path) -> bytes | None:
    """The bytes of a file to keep a copy of (it may be damaged), None when there is none."""
    try:
        fd = open_regular(path)
    except FileNotFoundError:
        return None
    except OSError as exc:
        raise errors.Unreadable.from_os_error(exc) from None
    try:
        size = os.fstat(fd).st_size
        if size > MAX_FILE_LEN:
            raise errors.FileTooLarge(size, MAX_FILE_LEN)
        return _whole(fd, size)
    except OSError as exc:
        raise errors.Unreadable.from_os_error(exc) from None
    finally:
        os.close(fd)
