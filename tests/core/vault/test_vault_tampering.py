"""Flipped bits, truncation, an older copy, a newer version, random bytes: each its own error."""

from __future__ import annotations

import contextlib
import hashlib
import random
import struct
import zlib

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from rsdesk.vault import Vault, errors
from rsdesk.vault import format as fmt
from rsdesk.vault.keys import KdfParams


@pytest.fixture
def saved(vault_path, kdf, password):
    """A closed vault with a few cases, and its bytes."""
    vault, _ = Vault.create(vault_path, password, kdf=kdf)
    vault.db["cases"].insert_all({"n": n, "text": "Случай " * 20} for n in range(30))
    vault.commit()
    vault.close()
    return vault_path.read_bytes()


def outcome(path, password):
    try:
        Vault.open(path, password).close()
    except errors.VaultError as exc:
        return type(exc)
    return None


def test_every_header_bit_flipped_reads_as_damaged(saved, vault_path, password):
    length = fmt.header_len(2)
    kinds = {}
    for bit in range(length * 8):
        data = bytearray(saved)
        data[bit // 8] ^= 1 << (bit % 8)
        vault_path.write_bytes(data)
        kinds.setdefault(outcome(vault_path, password), []).append(bit)
    assert set(kinds) == {errors.DamagedFile}, {k: v[:5] for k, v in kinds.items()}
    assert len(kinds[errors.DamagedFile]) == length * 8


def test_body_bits_flipped_read_as_damaged(saved, vault_path, password):
    rng = random.Random(7)
    start = fmt.header_len(2)
    for _ in range(40):
        bit = rng.randrange(start * 8, len(saved) * 8)
        data = bytearray(saved)
        data[bit // 8] ^= 1 << (bit % 8)
        vault_path.write_bytes(data)
        assert outcome(vault_path, password) is errors.DamagedFile, bit


def test_truncation_at_many_offsets(saved, vault_path, password):
    offsets = set(range(fmt.header_len(2) + 2)) | set(range(0, len(saved), 97))
    offsets.add(len(saved) - 1)
    for offset in sorted(offsets):
        vault_path.write_bytes(saved[:offset])
        assert outcome(vault_path, password) is errors.TruncatedFile, offset


def test_appended_bytes_are_damage(saved, vault_path, password):
    vault_path.write_bytes(saved + b"\0")
    assert outcome(vault_path, password) is errors.DamagedFile


def test_wrong_password(saved, vault_path):
    assert outcome(vault_path, "не тот пароль") is errors.WrongPassword


def test_random_bytes_are_not_a_vault(vault_path, password):
    rng = random.Random(3)
    for size in (8, 19, 20, 100, 5000):
        vault_path.write_bytes(rng.randbytes(size))
        assert outcome(vault_path, password) is errors.NotAVault, size
    vault_path.write_bytes("Это просто текст, а не файл службы".encode())
    assert outcome(vault_path, password) is errors.NotAVault


def reseal(data: bytes, **changes: int) -> bytes:
    """data with preamble fields changed and both checksums made valid again (a crafted file)."""
    magic, version, flags, length = fmt.PREAMBLE.unpack_from(data)
    version = changes.get("version", version)
    preamble = fmt.PREAMBLE.pack(magic, version, flags, length)
    crc = struct.pack(">I", zlib.crc32(fmt.MAGIC + preamble[8:]))
    header = bytearray(preamble + crc + data[fmt.PREAMBLE_LEN : length - 32])
    if "memory_kib" in changes:
        struct.pack_into(
            ">I", header, fmt.PREAMBLE_LEN + fmt.FIXED.size + 12, changes["memory_kib"]
        )
    return bytes(header) + hashlib.sha256(header).digest() + data[length:]


def test_newer_version(saved, vault_path, password):
    vault_path.write_bytes(reseal(saved, version=fmt.FORMAT_VERSION + 1))
    assert outcome(vault_path, password) is errors.NewerVersion


def test_absurd_kdf_parameters_are_refused_at_once(saved, vault_path, password):
    vault_path.write_bytes(reseal(saved, memory_kib=64 * 1024 * 1024))  # 64 GiB
    assert outcome(vault_path, password) is errors.DamagedFile


def test_sanity_of_reseal(saved, vault_path, password):
    vault_path.write_bytes(reseal(saved))
    assert outcome(vault_path, password) is None


def test_older_copy_swapped_in(vault_path, kdf, password):
    vault, _ = Vault.create(vault_path, password, kdf=kdf)
    vault.db["cases"].insert({"n": 1})
    vault.commit()
    old = vault_path.read_bytes()
    vault.db["cases"].insert({"n": 2})
    vault.commit()
    seen = vault.generation
    vault.close()
    vault_path.write_bytes(old)
    with pytest.raises(errors.RolledBack) as caught:
        Vault.open(vault_path, password)
    assert (caught.value.found, caught.value.seen) == (seen - 1, seen)
    assert "старше" in caught.value.message
    accepted = Vault.open(vault_path, password, accept_rollback=True)
    assert accepted.db["cases"].count == 1
    accepted.db["cases"].insert({"n": 3})
    accepted.commit()
    assert accepted.generation > seen
    accepted.close()
    Vault.open(vault_path, password).close()


def test_messages_are_distinct_and_russian():
    made = [
        errors.WrongPassword(),
        errors.DamagedFile(),
        errors.TruncatedFile(),
        errors.NewerVersion(),
        errors.RolledBack(3, 5),
        errors.NotAVault(),
        errors.AlreadyOpen(),
    ]
    messages = [e.message for e in made]
    assert len(set(messages)) == len(messages)
    assert messages[0].startswith("Неверный пароль")
    assert "повреждён" in messages[1]
    assert all(any("а" <= c <= "я" for c in m) for m in messages)


# --- the header parser under fuzzing ---------------------------------------------------------

_VALID: dict[str, bytes] = {}


def _valid_file() -> bytes:
    if "file" not in _VALID:
        slot = fmt.Slot(
            fmt.SLOT_PASSWORD,
            fmt.KDF_ARGON2ID,
            b"s" * 8,
            KdfParams(8192, 1, 1),
            b"\1" * 16,
            b"\2" * 12,
            b"\3" * 48,
        )
        header = fmt.Header(b"f" * 16, 5, fmt.BODY_ZLIB, b"\4" * 12, 40, (slot,))
        _VALID["file"] = fmt.build_header(header) + b"\5" * 40
    return _VALID["file"]


def test_valid_file_parses():
    header, raw = fmt.parse(_valid_file())
    assert header.generation == 5 and len(raw) == fmt.header_len(1)


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.binary(max_size=600))
def test_parser_never_crashes_on_arbitrary_bytes(data):
    with contextlib.suppress(errors.VaultError):
        fmt.parse(data)


@settings(max_examples=400, deadline=None)
@given(
    st.lists(st.tuples(st.integers(0, 400), st.integers(0, 255)), min_size=1, max_size=8),
    st.integers(0, 500),
)
def test_parser_never_crashes_on_mutated_headers(edits, cut):
    data = bytearray(_valid_file())
    for position, value in edits:
        if position < len(data):
            data[position] = value
    with contextlib.suppress(errors.VaultError):
        fmt.parse(bytes(data[: max(cut, 0)] if cut < len(data) else data))


@settings(max_examples=200, deadline=None)
@given(st.integers(0, fmt.header_len(1) - 1), st.integers(1, 255))
def test_any_single_header_byte_change_is_named(position, xor):
    data = bytearray(_valid_file())
    data[position] ^= xor
    with pytest.raises(errors.DamagedFile):
        fmt.parse(bytes(data))
