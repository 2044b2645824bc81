"""The vault file layout (see FORMAT.md): building a header and parsing one defensively."""

from __future__ import annotations

import hashlib
import struct
import zlib
from dataclasses import dataclass

from rsdesk.vault import errors, keys
from rsdesk.vault.keys import KdfParams

MAGIC = b"\x89RSDV\r\n\x1a"
FORMAT_VERSION = 1

# Stable in every format version: magic, version, flags, header length, CRC-32 of those.
PREAMBLE = struct.Struct(">8sHHI")
PREAMBLE_LEN = PREAMBLE.size + 4
# Version 1 fields after the preamble.
FIXED = struct.Struct(">16sQBBBB12sQ")
SLOT = struct.Struct(">BBH8sIII16s12s48s")
SLOT_BOUND = 40  # the slot's bytes before its nonce are bound into its wrapping
CHECKSUM_LEN = 32
MAX_SLOTS = 64
MAX_HEADER_LEN = 1 << 20  # any version; refuses to read megabytes on a hostile length

CIPHER_AES256_GCM = 1
BODY_RAW = 0
BODY_ZLIB = 1
SLOT_PASSWORD = 1
SLOT_RECOVERY = 2
KDF_ARGON2ID = 1
KDF_HKDF_SHA256 = 2
GCM_TAG = 16
DATA_KEY_LEN = 32
# A deserialized SQLite image may not exceed this (zlib bombs are refused before allocating):
# no larger than the largest file read (reading.MAX_FILE_LEN), since a raw body is the image.
MAX_BODY_PLAINTEXT = 512 << 20


@dataclass(frozen=True)
class Slot:
    kind: int
    kdf: int
    slot_id: bytes
    params: KdfParams | None
    salt: bytes
    nonce: bytes
    wrapped: bytes

    def bound_bytes(self, file_id: bytes) -> bytes:
        """Associated data of the wrapping: the file id and every field but nonce and key."""
        return MAGIC + file_id + SLOT.pack(*self._fields(b"\0" * 12, b"\0" * 48))[:SLOT_BOUND]

    def pack(self) -> bytes:
        return SLOT.pack(*self._fields(self.nonce, self.wrapped))

    def _fields(self, nonce: bytes, wrapped: bytes) -> tuple[object, ...]:
        params = self.params or KdfParams(0, 0, 0)
        return (
            self.kind,
            self.kdf,
            0,
            self.slot_id,
            params.memory_kib,
            params.iterations,
            params.lanes,
            self.salt,
            nonce,
            wrapped,
        )


@dataclass(frozen=True)
class Header:
    file_id: bytes
    generation: int
    body_encoding: int
    body_nonce: bytes
    body_len: int
    slots: tuple[Slot, ...]
    version: int = FORMAT_VERSION
    cipher: int = CIPHER_AES256_GCM


def header_len(slot_count: int) -> int:
    return PREAMBLE_LEN + FIXED.size + slot_count * SLOT.size + CHECKSUM_LEN


def _crc(version_flags_len: bytes) -> bytes:
    return struct.pack(">I", zlib.crc32(MAGIC + version_flags_len))


def build_header(header: Header) -> bytes:
    if not 1 <= len(header.slots) <= MAX_SLOTS:
        raise ValueError(f"{len(header.slots)} slots")
    preamble = PREAMBLE.pack(MAGIC, header.version, 0, header_len(len(header.slots)))
    fixed = FIXED.pack(
        header.file_id,
        header.generation,
        header.cipher,
        header.body_encoding,
        len(header.slots),
        0,
        header.body_nonce,
        header.body_len,
    )
    without_sum = preamble + _crc(preamble[8:]) + fixed + b"".join(s.pack() for s in header.slots)
    return without_sum + hashlib.sha256(without_sum).digest()


def parse(data: bytes | memoryview, size: int | None = None) -> tuple[Header, bytes]:
    """The header and its raw bytes, or the VaultError telling what is wrong with data.

    data is the whole file, or its first bytes (at least MAX_HEADER_LEN, or all of it) when
    size gives the real file size: the declared lengths are then checked against the size
    before anyone reads the body.

    Order matters so each fault is named right: magic and the preamble CRC (not ours vs a
    flipped bit), declared lengths (truncated), the header checksum (damaged), then the
    version (newer) — a newer file's checksum is still where this version looks for it.
    """
    data = memoryview(data)
    size = len(data) if size is None else size
    if len(data) < PREAMBLE_LEN:
        if MAGIC.startswith(bytes(data[: len(MAGIC)])):
            raise errors.TruncatedFile(detail=f"{len(data)} bytes")
        raise errors.NotAVault(detail="short file, no magic")
    magic, version, flags, length = PREAMBLE.unpack_from(data)
    crc_ok = bytes(data[PREAMBLE.size : PREAMBLE_LEN]) == _crc(bytes(data[8 : PREAMBLE.size]))
    if magic != MAGIC:
        if crc_ok:  # our preamble with a damaged magic, not some other file
            raise errors.DamagedFile(detail="magic")
        raise errors.NotAVault(detail="magic")
    if not crc_ok:
        raise errors.DamagedFile(detail="preamble checksum")
    if not PREAMBLE_LEN + CHECKSUM_LEN <= length <= MAX_HEADER_LEN:
        raise errors.DamagedFile(detail=f"header length {length}")
    if size < length:
        raise errors.TruncatedFile(detail=f"{size} bytes, header of {length}")
    raw = bytes(data[:length])
    if hashlib.sha256(raw[:-CHECKSUM_LEN]).digest() != raw[-CHECKSUM_LEN:]:
        raise errors.DamagedFile(detail="header checksum")
    if version > FORMAT_VERSION:
        raise errors.NewerVersion(detail=f"format version {version}")
    if version < 1 or flags != 0:
        raise errors.DamagedFile(detail=f"version {version} flags {flags}")
    header = _parse_v1(raw)
    expected = length + header.body_len
    if size < expected:
        raise errors.TruncatedFile(detail=f"{size} bytes of {expected}")
    if size > expected:
        raise errors.DamagedFile(detail=f"{size - expected} bytes after the body")
    return header, raw


def _parse_v1(raw: bytes) -> Header:
    def damaged(why: str) -> errors.DamagedFile:
        return errors.DamagedFile(detail=why)

    if len(raw) < header_len(1):
        raise damaged("header too short for a slot")
    file_id, generation, cipher, encoding, count, reserved, nonce, body_len = FIXED.unpack_from(
        raw, PREAMBLE_LEN
    )
    if not 1 <= count <= MAX_SLOTS or len(raw) != header_len(count):
        raise damaged(f"{count} slots in a header of {len(raw)} bytes")
    if cipher != CIPHER_AES256_GCM or encoding not in (BODY_RAW, BODY_ZLIB) or reserved:
        raise damaged(f"cipher {cipher} encoding {encoding}")
    if body_len < GCM_TAG:
        raise damaged(f"body length {body_len}")
    slots = []
    offset = PREAMBLE_LEN + FIXED.size
    for _ in range(count):
        slots.append(_parse_slot(raw, offset))
        offset += SLOT.size
    if len({s.slot_id for s in slots}) != len(slots):
        raise damaged("duplicate slot id")
    if not any(s.kind == SLOT_PASSWORD for s in slots):
        raise damaged("no password slot")
    # Before any derivation: a wrong password would be tried against every one of them.
    passwords = [s.params for s in slots if s.params is not None]
    total = sum(keys.work(params) for params in passwords)
    if total > keys.MAX_TOTAL_WORK_KIB:
        raise errors.KeyCostRefused(len(passwords), detail=f"key derivation work {total} KiB")
    return Header(file_id, generation, encoding, nonce, body_len, tuple(slots), 1, cipher)


def _parse_slot(raw: bytes, offset: int) -> Slot:
    kind, kdf, reserved, slot_id, memory, iterations, lanes, salt, nonce, wrapped = (
        SLOT.unpack_from(raw, offset)
    )
    if reserved:
        raise errors.DamagedFile(detail="slot reserved field")
    if kind == SLOT_PASSWORD and kdf == KDF_ARGON2ID:
        params: KdfParams | None = KdfParams(memory, iterations, lanes)
        problem = params.problem()
        if problem:
            raise errors.DamagedFile(detail=f"refused key derivation parameters: {problem}")
    elif kind == SLOT_RECOVERY and kdf == KDF_HKDF_SHA256 and memory == iterations == lanes == 0:
        params = None
    else:
        raise errors.DamagedFile(detail=f"slot kind {kind} kdf {kdf}")
    return Slot(kind, kdf, slot_id, params, salt, nonce, wrapped)
