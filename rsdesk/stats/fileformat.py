"""The `rsdesk-stats` file: canonical bytes, signing, atomic writing, strict reading."""

from __future__ import annotations

import base64
import binascii
import codecs
import contextlib
import json
import os
import stat
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import (
    Ed25519PrivateKey,
    Ed25519PublicKey,
)

from rsdesk.i18n import translate
from rsdesk.os_errors import os_reason
from rsdesk.stats.validate import FORMAT, VERSION, FormatError, check_document, show

# The exporter's suffix; a folder given to the aggregator is searched for it and for .json,
# the name a mail client or another tool may give the same file.
EXTENSION = ".rsdstats"
FOLDER_SUFFIXES = (EXTENSION, ".json")
# A real file is about 2 KB; reading stops here, so a hostile 2 GB file costs nothing.
MAX_FILE_BYTES = 64 * 1024
PUBLIC_KEY_BYTES = 32
SIGNATURE_BYTES = 64


@dataclass(frozen=True)
class Accepted:
    """A file that passed every check: its payload and the key that signed it."""

    path: str
    payload: dict
    public_key: bytes

    @property
    def service_id(self) -> str:
        return self.payload["service"]["id"]

    @property
    def year(self) -> int:
        return self.payload["year"]

    @property
    def generated(self) -> str:
        return self.payload["generated"]


@dataclass(frozen=True)
class Rejected:
    """A file that failed; `reason` says why in the user's language."""

    path: str
    reason: str


def canonical_bytes(payload: dict) -> bytes:
    """The exact bytes the signature covers (docs/STATS_FORMAT.md § "Signature")."""
    return json.dumps(payload, sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode()


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def sign(payload: dict, private_key: Ed25519PrivateKey) -> dict:
    """The whole document: the payload and an Ed25519 signature over its canonical bytes."""
    return {
        "format": FORMAT,
        "version": VERSION,
        "payload": payload,
        "signature": {
            "alg": "ed25519",
            "public_key": _b64(private_key.public_key().public_bytes_raw()),
            "value": _b64(private_key.sign(canonical_bytes(payload))),
        },
    }


def document_bytes(document: dict) -> bytes:
    # Indented, so whoever opens the file in a text editor sees plainly what left the machine.
    return (json.dumps(document, ensure_ascii=False, indent=2) + "\n").encode("utf-8")


def write_atomic(path: str | os.PathLike[str], data: bytes) -> Path:
    """Write whole or not at all: a temp file in the same folder, flushed, renamed over path."""
    target = Path(path)
    fd, temp = tempfile.mkstemp(dir=target.parent, prefix=f".{target.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(temp, target)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temp)
        raise
    if os.name == "posix":  # the rename itself survives a power cut only once the folder is synced
        with contextlib.suppress(OSError):
            folder = os.open(target.parent, os.O_RDONLY)
            try:
                os.fsync(folder)
            finally:
                os.close(folder)
    return target


def write_whole(path: str | os.PathLike[str], write: Callable[[Path], object]) -> Path:
    """Whole or not at all for a file another writer fills (XLSX, PDF, JSON): the writer gets a
    temp file in the same folder, which is then renamed; a full disk leaves no half summary."""
    target = Path(path)
    fd, temp = tempfile.mkstemp(dir=target.parent, prefix=f".{target.name}.", suffix=".tmp")
    os.close(fd)
    try:
        write(Path(temp))
        os.replace(temp, target)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temp)
        raise
    return target


def write_stats_file(path: str | os.PathLike[str], document: dict) -> Path:
    """Write a signed document atomically (see write_atomic)."""
    return write_atomic(path, document_bytes(document))


def _no_duplicates(pairs: list[tuple[str, Any]]) -> dict:
    result: dict = {}
    for key, value in pairs:
        if key in result:
            raise FormatError(
                translate("stats", "The key «{key}» appears twice in one object.", key=show(key))
            )
        result[key] = value
    return result


def _no_constants(name: str) -> Any:
    raise FormatError(
        translate("stats", "The file holds {value}, which is not a number.", value=name)
    )


def _utf16_json(data: bytes) -> bool:
    """A UTF-16 byte order mark and a JSON object after it: a file re-saved as «Unicode»."""
    if not data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return False
    try:
        return data.decode("utf-16").lstrip().startswith("{")
    except UnicodeDecodeError:
        return False


def parse_document(data: bytes) -> Any:
    """JSON from bytes, refusing what Python's json would quietly accept (duplicates, NaN).

    A UTF-8 byte order mark at the very start is skipped: Windows Notepad adds one when the
    file is only opened and saved. The signature covers the canonical bytes of the payload,
    not the bytes of the file (docs/STATS_FORMAT.md § "Signature"), so it verifies the same
    with or without it; a BOM anywhere else is not JSON whitespace and is refused as such.
    """
    if data.startswith(codecs.BOM_UTF8):
        data = data[len(codecs.BOM_UTF8) :]
    elif _utf16_json(data):
        raise FormatError(
            translate(
                "stats",
                "The file is saved as UTF-16, not as UTF-8: it was changed by a text editor "
                "after it was made. Ask the service for the file as it was exported.",
            )
        )
    try:
        textual = data.decode("utf-8")
    except UnicodeDecodeError:
        raise FormatError(translate("stats", "The file is not UTF-8 text.")) from None
    try:
        return json.loads(textual, object_pairs_hook=_no_duplicates, parse_constant=_no_constants)
    except json.JSONDecodeError as exc:
        raise FormatError(
            translate(
                "stats",
                "The file is not valid JSON (line {line}, column {column}).",
                line=exc.lineno,
                column=exc.colno,
            )
        ) from None
    except RecursionError:
        raise FormatError(translate("stats", "The file is nested too deeply.")) from None
    except ValueError:  # e.g. an integer of more digits than Python converts
        raise FormatError(translate("stats", "The file holds a number too long to read.")) from None


def _decode_key(value: Any, path: str, size: int) -> bytes:
    raw = b""
    if isinstance(value, str) and value.isascii():
        with contextlib.suppress(binascii.Error, ValueError):
            raw = base64.b64decode(value, validate=True)
        # Only the one canonical spelling: no stray padding or bits that decode the same.
        if _b64(raw) != value:
            raw = b""
    if len(raw) != size:
        raise FormatError(
            translate(
                "stats",
                "«{path}» must be base64 of {size} bytes; the file has {value}.",
                path=path,
                size=size,
                value=show(json.dumps(value, ensure_ascii=False)),
            )
        )
    return raw


def verify_document(document: Any) -> tuple[dict, bytes]:
    """The payload and the raw public key of a valid, correctly signed document."""
    check_document(document)
    signature = document["signature"]
    public = _decode_key(signature["public_key"], "signature.public_key", PUBLIC_KEY_BYTES)
    value = _decode_key(signature["value"], "signature.value", SIGNATURE_BYTES)
    try:
        Ed25519PublicKey.from_public_bytes(public).verify(
            value, canonical_bytes(document["payload"])
        )
    except (InvalidSignature, ValueError):
        raise FormatError(
            translate(
                "stats",
                "The signature does not match the contents: the file was changed after it "
                "was signed, or signed with another key.",
            )
        ) from None
    return document["payload"], public


def _too_large() -> FormatError:
    return FormatError(
        translate(
            "stats",
            "The file is larger than {limit} KB: it is not a statistics file.",
            limit=MAX_FILE_BYTES // 1024,
        )
    )


def _open_regular(path: str | os.PathLike[str]) -> int:
    """A descriptor of an ordinary file of at most MAX_FILE_BYTES, checked before opening: a
    pipe or a device given to `stats verify` would otherwise wait forever or never end."""
    info = os.stat(path)
    if stat.S_ISDIR(info.st_mode):
        raise IsADirectoryError(path)
    if not stat.S_ISREG(info.st_mode):
        raise FormatError(
            translate("stats", "This is not a file but a pipe or a device: it is not read.")
        )
    if info.st_size > MAX_FILE_BYTES:
        raise _too_large()
    # Non-blocking, so a pipe put in its place since the stat cannot make the open wait.
    flags = os.O_RDONLY | getattr(os, "O_BINARY", 0) | getattr(os, "O_NONBLOCK", 0)
    descriptor = os.open(path, flags | getattr(os, "O_CLOEXEC", 0))
    if not stat.S_ISREG(os.fstat(descriptor).st_mode):
        os.close(descriptor)
        raise FormatError(
            translate("stats", "This is not a file but a pipe or a device: it is not read.")
        )
    return descriptor


def read_bytes(path: str | os.PathLike[str]) -> bytes:
    """At most MAX_FILE_BYTES + 1 bytes: enough to know a file is too big without reading it."""
    try:
        with os.fdopen(_open_regular(path), "rb") as handle:
            data = handle.read(MAX_FILE_BYTES + 1)
    except IsADirectoryError:
        raise FormatError(translate("stats", "This is a folder, not a file.")) from None
    except FileNotFoundError:
        raise FormatError(translate("stats", "There is no such file.")) from None
    except OSError as exc:
        raise FormatError(
            translate("stats", "The file cannot be read: {error}", error=os_reason(exc))
        ) from None
    if len(data) > MAX_FILE_BYTES:  # grew since the stat
        raise _too_large()
    return data


def check_bytes(data: bytes, path: str = "") -> Accepted | Rejected:
    """Accepted or Rejected for a file's contents already in memory."""
    try:
        payload, public = verify_document(parse_document(data))
    except FormatError as exc:
        return Rejected(path, exc.reason)
    return Accepted(path, payload, public)


def read_stats_file(path: str | os.PathLike[str]) -> Accepted | Rejected:
    """Accepted, or Rejected with the first reason found; never raises for a bad file."""
    shown = os.fspath(path)
    try:
        data = read_bytes(path)
    except FormatError as exc:
        return Rejected(shown, exc.reason)
    return check_bytes(data, shown)
