"""Reading a file the user named: what is not an ordinary file is refused before it is opened.

A named pipe opened for reading waits for a writer for ever, and a device such as /dev/zero
never ends, so a mistaken choice in a file dialog or on the command line would hang the
program. The kind is checked with stat first, the file is opened non-blocking (a pipe put in
its place meanwhile cannot make the open wait) and checked again on the descriptor.
"""

from __future__ import annotations

import errno
import os
import stat


class NotAFileError(OSError):
    """A pipe, a device or a socket where a file was expected (os_reason says it)."""


def _flags() -> int:
    return (
        os.O_RDONLY
        | getattr(os, "O_BINARY", 0)
        | getattr(os, "O_NONBLOCK", 0)
        | (getattr(os, "O_CLOEXEC", 0))
    )


def _refuse_kind(mode: int, path: str) -> None:
    if stat.S_ISDIR(mode):
        raise IsADirectoryError(errno.EISDIR, os.strerror(errno.EISDIR), path)
    if not stat.S_ISREG(mode):
        raise NotAFileError(path)


def read_ordinary(path: str | os.PathLike[str], limit: int) -> bytes:
    """At most `limit` + 1 bytes of an ordinary file: one byte more than allowed tells the
    caller it is too large without reading it all. Raises OSError (say it with os_reason)."""
    shown = os.fspath(path)
    _refuse_kind(os.stat(path).st_mode, shown)
    descriptor = os.open(path, _flags())
    try:
        _refuse_kind(os.fstat(descriptor).st_mode, shown)
        with os.fdopen(descriptor, "rb") as handle:
            descriptor = -1  # the handle closes it now
            return handle.read(limit + 1)
    finally:
        if descriptor >= 0:
            os.close(descriptor)
