"""What the operating system said about a file, in the user's language.

Python's own text for an OSError (``strerror``) is English whatever the language of the
program, and ``str(exc)`` adds the errno and the path in Python's spelling: neither goes into
a message the user reads. Every layer (the vault, the statistics, the journal, the screens)
says an OS failure through ``os_reason``; the English text stays for a log.
"""

from __future__ import annotations

import errno

from rsdesk.i18n import translate
from rsdesk.ordinary_files import NotAFileError


def _codes(*names: str) -> frozenset[int]:
    # Not every platform has every code (ENOMEDIUM is Linux-only, EDQUOT is missing on Windows).
    return frozenset(getattr(errno, n) for n in names if hasattr(errno, n))


NO_SPACE = _codes("ENOSPC", "EDQUOT", "EFBIG")
NO_PERMISSION = _codes("EACCES", "EPERM")
NOT_WRITABLE = NO_PERMISSION | _codes("EROFS")
_GONE = _codes("ENODEV", "ENXIO", "ENOMEDIUM")
_BUSY = _codes("EBUSY", "ETXTBSY")
_TOO_MANY = _codes("EMFILE", "ENFILE")


# The messages keep the context "vault", where they were first translated.
def os_reason(exc: BaseException) -> str:
    """A short Russian (or English) clause for an OSError, to go after «…: ».

    Anything without an errno (a bare OSError, another exception) is "an unexpected error":
    never Python's own text.
    """
    if isinstance(exc, NotAFileError):
        return translate("vault", "this is not a file but a pipe or a device")
    code = getattr(exc, "errno", None)
    if code in NO_SPACE:
        return translate("vault", "there is no free space on the disk")
    if code == errno.EROFS:
        return translate("vault", "the disk is write-protected")
    if code in NO_PERMISSION:
        return translate("vault", "there is no permission for it")
    if code == errno.EIO:
        return translate("vault", "the disk reported a read or write error")
    if code == errno.ENOENT:
        return translate("vault", "the file or its folder is missing")
    if code in _GONE:
        return translate("vault", "the disk is not available, it may have been disconnected")
    if code == errno.EISDIR:
        return translate("vault", "this is a folder, not a file")
    if code == errno.ENOTDIR:
        return translate("vault", "a part of the path is not a folder")
    if code == errno.EEXIST:
        return translate("vault", "such a file already exists")
    if code == errno.ENAMETOOLONG:
        return translate("vault", "the name of the file or of the path is too long")
    if code in _BUSY:
        return translate("vault", "the file is in use by another program")
    if code in _TOO_MANY:
        return translate("vault", "too many files are open")
    if code == errno.ELOOP:
        return translate("vault", "the path goes round in a loop of links")
    if code:
        return translate("vault", "system error {code}", code=code)
    return translate("vault", "an unexpected error")
