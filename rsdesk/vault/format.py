"""The vault file layout (see FORMAT.md): building a header and parsing one defensively.

Version 2 is written; version 1 is still read (its slots come back as legacy slots).
"""

from __future__ import annotations

import hashlib
import struct
import zlib
from dataclasses import dataclass

from rsdesk.vault import errors, keys
from rsdesk.vault.keys import KdfParams

MAGIC = b"\x89RSDV\r\n\x1a"
FORMAT_VERSION = 2

# Stable in every format version: magic, version, flags, header length, CRC-32 of those.
PREAMBLE = struct.Struct(">8sHHI")
PREAMBLE_LEN = PREAMBLE.size + 4
# Version 2 fields after the preamble: those of version 1 (the byte after the slot count holds
# which legacy wraps are present), then the legacy-key wrap and the bridge (zero when absent).
FIXED = struct.Struct(">16sQBBBB12sQ12s48s12s48s")
SLOT = struct.Struct(">BBBB8sIII16s32s12s48s32s12s48s")
# What each wrapping of a version 2 slot binds: the slot's bytes before its own nonce.
SLOT_KEY_BOUND = 72  # kind .. public key: the private key's wrapping
SLOT_DATA_BOUND = 164  # kind .. ephemeral public key: the data key's wrapping
# Version 1, still read.
FIXED_V1 = struct.Struct(">16sQBBBB12sQ")
SLOT_V1 = struct.Struct(">BBH8sIII16s12s48s")
SLOT_BOUND = 40  # a version 1 slot's bytes before its nonce are bound into its wrapping
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
# How a version 2 slot holds the data key.
FORM_KEY_PAIR = 1  # an X25519 key pair: the data key is wrapped to its public key
FORM_LEGACY = 2  # a version 1 slot carried over: the legacy key under the slot's own KEK
# Flags of the version 2 fixed header (the byte after the slot count).
HAS_LEGACY_KEY = 1  # the version 1 data key, wrapped under the data key
HAS_BRIDGE = 2  # the data key, wrapped under the legacy key: only while legacy slots remain
GCM_TAG = 16
DATA_KEY_LEN = 32
PUBLIC_KEY_LEN = 32
WRAP_LEN = 12 + DATA_KEY_LEN + GCM_TAG  # a nonce and a wrapped 32-byte key
# A deserialized SQLite image may not exceed this (zlib bombs are refused before allocating):
# no larger than the largest file read (reading.MAX_FILE_LEN), since a raw body is the image.
MAX_BODY_PLAINTEXT = 512 << 20

_ZERO_KEY = bytes(PUBLIC_KEY_LEN)
_ZERO_NONCE = bytes(12)
_ZERO_WRAP = bytes(DATA_KEY_LEN + GCM_TAG)


@dataclass(frozen=True)
class Slot:
    """One key slot. nonce and wrapped hold the data key (a legacy slot: the legacy key)."""

    kind: int
    kdf: int
    slot_id: bytes
    params: KdfParams | None
    salt: bytes
    nonce: bytes
    wrapped: bytes
    form: int = FORM_KEY_PAIR
    public_key: bytes = _ZERO_KEY
    key_nonce: bytes = _ZERO_NONCE  # the private key's wrapping (password slots)
    wrapped_key: bytes = _ZERO_WRAP
    ephemeral: bytes = _ZERO_KEY  # the public half of the data key's one-off key pair

    def v1_bound(self, file_id: bytes) -> bytes:
        """Associated data of a legacy wrapping, exactly as version 1 made it."""
        return (
            MAGIC + file_id + SLOT_V1.pack(*self._v1_fields(_ZERO_NONCE, _ZERO_WRAP))[:SLOT_BOUND]
        )

    def key_bound(self, file_id: bytes) -> bytes:
        """Associated data of the private key's wrapping: binds it to its public key."""
        return MAGIC + file_id + self.pack()[:SLOT_KEY_BOUND]

    def data_bound(self, file_id: bytes) -> bytes:
        """Associated data of the data key's wrapping: every field before its nonce."""
        return MAGIC + file_id + self.pack()[:SLOT_DATA_BOUND]

    def pack(self) -> bytes:
        params = self.params or KdfParams(0, 0, 0)
        return SLOT.pack(
            self.kind,
            self.kdf,
            self.form,
            0,
            self.slot_id,
            params.memory_kib,
            params.iterations,
            params.lanes,
            self.salt,
            self.public_key,
            self.key_nonce,
            self.wrapped_key,
            self.ephemeral,
            self.nonce,
            self.wrapped,
        )

    def pack_v1(self) -> bytes:
        return SLOT_V1.pack(*self._v1_fields(self.nonce, self.wrapped))

    def _v1_fields(self, nonce: bytes, wrapped: bytes) -> tuple[object, ...]:
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
    legacy_key: bytes = b""  # nonce ‖ wrapped (WRAP_LEN), or empty
    bridge: bytes = b""  # nonce ‖ wrapped (WRAP_LEN), or empty


def header_len(slot_count: int, version: int = FORMAT_VERSION) -> int:
    if version == 1:
        return PREAMBLE_LEN + FIXED_V1.size + slot_count * SLOT_V1.size + CHECKSUM_LEN
    return PREAMBLE_LEN + FIXED.size + slot_count * SLOT.size + CHECKSUM_LEN


def _crc(version_flags_len: bytes) -> bytes:
    return struct.pack(">I", zlib.crc32(MAGIC + version_flags_len))


def _split(wrap: bytes) -> tuple[bytes, bytes]:
    if not wrap:
        return _ZERO_NONCE, _ZERO_WRAP
    if len(wrap) != WRAP_LEN:
        raise ValueError("a wrap is a nonce and a wrapped key")
    return wrap[:12], wrap[12:]


def build_header(header: Header) -> bytes:
    """The header bytes of a version 2 file (the only version written)."""
    if not 1 <= len(header.slots) <= MAX_SLOTS:
        raise ValueError(f"{len(header.slots)} slots")
    if header.version != FORMAT_VERSION:
        raise ValueError(f"only version {FORMAT_VERSION} is written")
    flags = (HAS_LEGACY_KEY if header.legacy_key else 0) | (HAS_BRIDGE if header.bridge else 0)
    preamble = PREAMBLE.pack(MAGIC, header.version, 0, header_len(len(header.slots)))
    fixed = FIXED.pack(
        header.file_id,
        header.generation,
        header.cipher,
        header.body_encoding,
        len(header.slots),
        flags,
        header.body_nonce,
        header.body_len,
        *_split(header.legacy_key),
        *_split(header.bridge),
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
    header = _parse_v1(raw) if version == 1 else _parse_v2(raw)
    expected = length + header.body_len
    if size < expected:
        raise errors.TruncatedFile(detail=f"{size} bytes of {expected}")
    if size > expected:
        raise errors.DamagedFile(detail=f"{size - expected} bytes after the body")
    return header, raw


def _damaged(why: str) -> errors.DamagedFile:
    return errors.DamagedFile(detail=why)


def _check_fixed(count: int, raw: bytes, version: int, cipher: int, encoding: int) -> None:
    if not 1 <= count <= MAX_SLOTS or len(raw) != header_len(count, version):
        raise _damaged(f"{count} slots in a header of {len(raw)} bytes")
    if cipher != CIPHER_AES256_GCM or encoding not in (BODY_RAW, BODY_ZLIB):
        raise _damaged(f"cipher {cipher} encoding {encoding}")


def _check_slots(slots: list[Slot]) -> None:
    if len({s.slot_id for s in slots}) != len(slots):
        raise _damaged("duplicate slot id")
    if not any(s.kind == SLOT_PASSWORD for s in slots):
        raise _damaged("no password slot")
    # Before any derivation: a wrong password would be tried against every one of them.
    passwords = [s.params for s in slots if s.params is not None]
    total = sum(keys.work(params) for params in passwords)
    if total > keys.MAX_TOTAL_WORK_KIB:
        raise errors.KeyCostRefused(len(passwords), detail=f"key derivation work {total} KiB")


def _parse_v1(raw: bytes) -> Header:
    if len(raw) < header_len(1, 1):
        raise _damaged("header too short for a slot")
    file_id, generation, cipher, encoding, count, reserved, nonce, body_len = FIXED_V1.unpack_from(
        raw, PREAMBLE_LEN
    )
    _check_fixed(count, raw, 1, cipher, encoding)
    if reserved:
        raise _damaged("reserved byte")
    if body_len < GCM_TAG:
        raise _damaged(f"body length {body_len}")
    offset = PREAMBLE_LEN + FIXED_V1.size
    slots = [_parse_slot_v1(raw, offset + i * SLOT_V1.size) for i in range(count)]
    _check_slots(slots)
    return Header(file_id, generation, encoding, nonce, body_len, tuple(slots), 1, cipher)


def _parse_v2(raw: bytes) -> Header:
    if len(raw) < header_len(1):
        raise _damaged("header too short for a slot")
    (
        file_id,
        generation,
        cipher,
        encoding,
        count,
        flags,
        nonce,
        body_len,
        legacy_nonce,
        legacy_wrapped,
        bridge_nonce,
        bridge_wrapped,
    ) = FIXED.unpack_from(raw, PREAMBLE_LEN)
    _check_fixed(count, raw, 2, cipher, encoding)
    if flags & ~(HAS_LEGACY_KEY | HAS_BRIDGE) or (
        flags & HAS_BRIDGE and not flags & HAS_LEGACY_KEY
    ):
        raise _damaged(f"legacy flags {flags}")
    legacy = legacy_nonce + legacy_wrapped
    bridge = bridge_nonce + bridge_wrapped
    if (not flags & HAS_LEGACY_KEY and any(legacy)) or (not flags & HAS_BRIDGE and any(bridge)):
        raise _damaged("a legacy wrap that is flagged absent")
    if body_len < GCM_TAG:
        raise _damaged(f"body length {body_len}")
    offset = PREAMBLE_LEN + FIXED.size
    slots = [_parse_slot_v2(raw, offset + i * SLOT.size) for i in range(count)]
    # A legacy slot opens only through the bridge, and the bridge serves only legacy slots.
    if any(s.form == FORM_LEGACY for s in slots) != bool(flags & HAS_BRIDGE):
        raise _damaged("legacy slots and bridge disagree")
    _check_slots(slots)
    return Header(
        file_id,
        generation,
        encoding,
        nonce,
        body_len,
        tuple(slots),
        2,
        cipher,
        legacy if flags & HAS_LEGACY_KEY else b"",
        bridge if flags & HAS_BRIDGE else b"",
    )


def _params(kind: int, kdf: int, memory: int, iterations: int, lanes: int) -> KdfParams | None:
    if kind == SLOT_PASSWORD and kdf == KDF_ARGON2ID:
        params = KdfParams(memory, iterations, lanes)
        problem = params.problem()
        if problem:
            raise _damaged(f"refused key derivation parameters: {problem}")
        return params
    if kind == SLOT_RECOVERY and kdf == KDF_HKDF_SHA256 and memory == iterations == lanes == 0:
        return None
    raise _damaged(f"slot kind {kind} kdf {kdf}")


def _parse_slot_v1(raw: bytes, offset: int) -> Slot:
    kind, kdf, reserved, slot_id, memory, iterations, lanes, salt, nonce, wrapped = (
        SLOT_V1.unpack_from(raw, offset)
    )
    if reserved:
        raise _damaged("slot reserved field")
    params = _params(kind, kdf, memory, iterations, lanes)
    return Slot(kind, kdf, slot_id, params, salt, nonce, wrapped, FORM_LEGACY)


def _parse_slot_v2(raw: bytes, offset: int) -> Slot:
    (
        kind,
        kdf,
        form,
        reserved,
        slot_id,
        memory,
        iterations,
        lanes,
        salt,
        public_key,
        key_nonce,
        wrapped_key,
        ephemeral,
        nonce,
        wrapped,
    ) = SLOT.unpack_from(raw, offset)
    if reserved:
        raise _damaged("slot reserved field")
    params = _params(kind, kdf, memory, iterations, lanes)
    unused = b""
    if form == FORM_LEGACY:
        unused = public_key + key_nonce + wrapped_key + ephemeral
    elif form == FORM_KEY_PAIR:
        if kind == SLOT_RECOVERY:  # its private key comes from the recovery key itself
            unused = key_nonce + wrapped_key
    else:
        raise _damaged(f"slot form {form}")
    if any(unused):
        raise _damaged("slot fields its form does not use")
    return Slot(
        kind,
        kdf,
        slot_id,
        params,
        salt,
        nonce,
        wrapped,
        form,
        public_key,
        key_nonce,
        wrapped_key,
        ephemeral,
    )
