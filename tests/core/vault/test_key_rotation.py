"""Key rotation: after a password change, a removed user or a new recovery key, nothing saved
opens with a key an old copy of the file can yield; the other users keep their passwords.

The checks read the files with `cryptography` alone, following rsdesk/vault/FORMAT.md byte by
byte, never through the vault's own classes: a wrong reading of the format by the vault
cannot hide here.
"""

from __future__ import annotations

import hashlib
import os
import sqlite3
import struct
import unicodedata
import zlib
from dataclasses import dataclass
from pathlib import Path

import pytest
from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.argon2 import Argon2id
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from rsdesk.vault import Vault, errors
from rsdesk.vault.keys import generate_recovery_key

MAGIC = b"\x89RSDV\r\n\x1a"
FAST = (8 * 1024, 1, 1)  # memory KiB, passes, lanes: as the other vault tests
CURATOR = "Пароль куратора 1"
MEDIATOR = "Пароль медиатора 2"
THIRD = "Пароль третьего 3"


# --- an independent reader of rsdesk/vault/FORMAT.md ----------------------------------------------


@dataclass
class File:
    version: int
    header: bytes
    file_id: bytes
    flags: int
    body_nonce: bytes
    body: bytes
    legacy: bytes  # nonce ‖ wrapped, version 2
    bridge: bytes
    slots: list[bytes]


def read(data: bytes) -> File:
    magic, version, _flags, length = struct.unpack_from(">8sHHI", data)
    assert magic == MAGIC
    header = data[:length]
    assert hashlib.sha256(header[:-32]).digest() == header[-32:]
    file_id = data[20:36]
    count, flags = data[46], data[47]
    body_nonce = data[48:60]
    if version == 1:
        start, size, legacy, bridge = 68, 100, b"", b""
    else:
        assert version == 2
        start, size, legacy, bridge = 188, 224, data[68:128], data[128:188]
    slots = [data[start + i * size : start + (i + 1) * size] for i in range(count)]
    assert start + count * size + 32 == length
    return File(version, header, file_id, flags, body_nonce, data[length:], legacy, bridge, slots)


def kek_of(slot: bytes, password: str) -> bytes:
    memory, passes, lanes = struct.unpack_from(">III", slot, 12)
    return Argon2id(
        salt=slot[24:40], length=32, iterations=passes, lanes=lanes, memory_cost=memory
    ).derive(unicodedata.normalize("NFC", password).encode())


def wrap_key(private: bytes, ephemeral: bytes, public: bytes) -> bytes:
    shared = X25519PrivateKey.from_private_bytes(private).exchange(
        X25519PublicKey.from_public_bytes(ephemeral)
    )
    return HKDF(hashes.SHA256(), 32, ephemeral + public, b"rsdesk vault v2 data key wrap").derive(
        shared
    )


def data_key_by_pair(file: File, slot: bytes, private: bytes) -> bytes | None:
    try:
        key = wrap_key(private, slot[132:164], slot[40:72])
        return AESGCM(key).decrypt(slot[164:176], slot[176:224], MAGIC + file.file_id + slot[:164])
    except (InvalidTag, ValueError):
        return None


def legacy_key_of(file: File, slot: bytes, kek: bytes) -> bytes | None:
    """A version 1 slot, or a legacy slot of version 2: the version 1 data key."""
    if file.version == 1:
        nonce, wrapped, bound = slot[40:52], slot[52:100], slot[:40]
    else:
        nonce, wrapped, bound = slot[164:176], slot[176:224], slot[:2] + b"\0\0" + slot[4:40]
    try:
        return AESGCM(kek).decrypt(nonce, wrapped, MAGIC + file.file_id + bound)
    except InvalidTag:
        return None


def through_bridge(file: File, legacy_key: bytes) -> bytes | None:
    if file.version == 1:
        return legacy_key
    if not file.flags & 2:
        return None
    try:
        return AESGCM(legacy_key).decrypt(
            file.bridge[:12], file.bridge[12:], MAGIC + file.file_id + b"rsdesk vault v2 bridge"
        )
    except InvalidTag:
        return None


@dataclass
class Opened:
    data_key: bytes
    private: bytes | None  # the slot's private key, for a key-pair slot
    legacy_key: bytes | None


def open_password(data: bytes, password: str) -> Opened | None:
    """What password yields from the file: its data key and the slot's secrets."""
    file = read(data)
    for slot in file.slots:
        if slot[0] != 1:
            continue
        kek = kek_of(slot, password)
        if file.version == 1 or slot[2] == 2:
            legacy = legacy_key_of(file, slot, kek)
            if legacy is not None:
                key = through_bridge(file, legacy)
                assert key is not None, "a legacy slot with no bridge"
                return Opened(key, None, legacy)
            continue
        try:
            private = AESGCM(kek).decrypt(
                slot[72:84], slot[84:132], MAGIC + file.file_id + slot[:72]
            )
        except InvalidTag:
            continue
        key = data_key_by_pair(file, slot, private)
        assert key is not None
        return Opened(key, private, None)
    return None


def open_recovery(data: bytes, recovery_key: str) -> bytes | None:
    payload = recovery_key.replace("-", "")[:30].encode()
    file = read(data)
    for slot in file.slots:
        if slot[0] != 2:
            continue
        if file.version == 1 or slot[2] == 2:
            kek = HKDF(hashes.SHA256(), 32, slot[24:40], b"rsdesk vault v1 recovery slot").derive(
                payload
            )
            legacy = legacy_key_of(file, slot, kek)
            if legacy is not None:
                return through_bridge(file, legacy)
            continue
        private = HKDF(
            hashes.SHA256(), 32, slot[24:40], b"rsdesk vault v2 recovery key pair"
        ).derive(payload)
        key = data_key_by_pair(file, slot, private)
        if key is not None:
            return key
    return None


def body_of(data: bytes, key: bytes) -> bytes | None:
    """The SQLite image under key, or None when key does not decrypt this body."""
    file = read(data)
    try:
        plain = AESGCM(key).decrypt(file.body_nonce, file.body, file.header)
    except InvalidTag:
        return None
    return zlib.decompress(plain) if file.header[45] == 1 else plain


def opens_anything_new(old: Opened, new_data: bytes) -> bool:
    """Whether the secrets of an old copy reach the data key of new_data in any way."""
    if body_of(new_data, old.data_key) is not None:
        return True
    file = read(new_data)
    if old.private is not None:
        for slot in file.slots:
            if slot[2] == 1 and data_key_by_pair(file, slot, old.private) is not None:
                return True
    for key in (old.data_key, old.legacy_key):
        if key is not None and file.version == 2 and through_bridge(file, key) is not None:
            return True
    return False


def cases_in(image: bytes) -> list[str]:
    conn = sqlite3.connect(":memory:")
    conn.deserialize(image)
    try:
        return [r[0] for r in conn.execute("SELECT story FROM cases ORDER BY rowid")]
    finally:
        conn.close()


# --- a version 1 file, made as version 1 made it ---------------------------------------------


def v1_file(path: Path, passwords: list[str], recovery_key: str, stories: list[str]) -> bytes:
    """A version 1 vault: one slot per password, a recovery slot, a body of cases.

    Returns its data key."""
    conn = sqlite3.connect(":memory:")
    conn.execute("CREATE TABLE cases (story TEXT)")
    conn.executemany("INSERT INTO cases VALUES (?)", [(s,) for s in stories])
    conn.commit()
    image = conn.serialize()
    conn.close()
    file_id, data_key = os.urandom(16), os.urandom(32)
    slots = []
    for password in passwords:
        bound = struct.pack(">BBH8sIII16s", 1, 1, 0, os.urandom(8), *FAST, os.urandom(16))
        kek = kek_of(bound, password)
        nonce = os.urandom(12)
        slots.append(bound + nonce + AESGCM(kek).encrypt(nonce, data_key, MAGIC + file_id + bound))
    bound = struct.pack(">BBH8sIII16s", 2, 2, 0, os.urandom(8), 0, 0, 0, os.urandom(16))
    kek = HKDF(hashes.SHA256(), 32, bound[24:40], b"rsdesk vault v1 recovery slot").derive(
        recovery_key.replace("-", "")[:30].encode()
    )
    nonce = os.urandom(12)
    slots.append(bound + nonce + AESGCM(kek).encrypt(nonce, data_key, MAGIC + file_id + bound))
    length = 20 + 48 + 100 * len(slots) + 32
    preamble = struct.pack(">8sHHI", MAGIC, 1, 0, length)
    crc = struct.pack(">I", zlib.crc32(preamble))
    body_nonce = os.urandom(12)
    fixed = struct.pack(
        ">16sQBBBB12sQ", file_id, 7, 1, 0, len(slots), 0, body_nonce, len(image) + 16
    )
    header = preamble + crc + fixed + b"".join(slots)
    header += hashlib.sha256(header).digest()
    path.write_bytes(header + AESGCM(data_key).encrypt(body_nonce, image, header))
    return data_key


def v1_attachment(vault_path: Path, data: bytes, data_key: bytes) -> str:
    """An attachment as version 1 stored it: under the vault's data key; returns its id."""
    file_id = read(vault_path.read_bytes()).file_id
    raw_id = os.urandom(16)
    header = b"RSDA" + bytes([1]) + file_id + raw_id
    nonce = os.urandom(12)
    folder = vault_path.with_name(vault_path.name + ".attachments")
    folder.mkdir(exist_ok=True)
    sealed = AESGCM(data_key).encrypt(nonce, data, header)
    (folder / f"{raw_id.hex()}.rsda").write_bytes(header + nonce + sealed)
    return raw_id.hex()


# --- fixtures --------------------------------------------------------------------------------


@pytest.fixture
def two_users(vault_path, kdf):
    """A vault of a curator and a mediator with a case, closed; its recovery key and slots."""
    vault, recovery = Vault.create(vault_path, CURATOR, kdf=kdf)
    mediator = vault.add_password_slot(MEDIATOR, kdf=kdf)
    vault.db["cases"].insert({"story": "до смены ключа"})
    curator = vault.slot_id
    vault.close()
    return recovery, curator, mediator


def add_case(path: Path, password: str, story: str) -> None:
    with Vault.open(path, password) as vault:
        vault.db["cases"].insert({"story": story})


# --- rotation --------------------------------------------------------------------------------


def test_independent_reader_reads_what_the_vault_writes(vault_path, two_users):
    data = vault_path.read_bytes()
    assert read(data).version == 2
    for password in (CURATOR, MEDIATOR):
        opened = open_password(data, password)
        assert opened is not None and opened.private is not None
        assert cases_in(body_of(data, opened.data_key)) == ["до смены ключа"]
    assert open_password(data, "не тот пароль") is None
    assert body_of(data, open_recovery(data, two_users[0])) is not None


def test_a_password_change_leaves_old_copies_out(vault_path, two_users):
    _, curator, _ = two_users
    old = vault_path.read_bytes()
    old_secrets = open_password(old, CURATOR)
    with Vault.open(vault_path, CURATOR) as vault:
        vault.change_password(curator, "новый пароль куратора")
        vault.db["cases"].insert({"story": "после смены пароля"})
    new = vault_path.read_bytes()
    assert body_of(old, old_secrets.data_key) is not None  # the old copy itself still opens
    assert not opens_anything_new(old_secrets, new)
    assert open_password(new, CURATOR) is None
    # The mediator, who changed nothing, opens with the same password; so does the curator's new.
    for password in (MEDIATOR, "новый пароль куратора"):
        opened = open_password(new, password)
        assert cases_in(body_of(new, opened.data_key)) == ["до смены ключа", "после смены пароля"]
        Vault.open(vault_path, password).close()
    # The mediator's own secrets did not change: only the data key did.
    assert open_password(new, MEDIATOR).private == open_password(old, MEDIATOR).private


def test_a_removed_user_opens_nothing_saved_afterwards(vault_path, two_users):
    _, _, mediator = two_users
    old = vault_path.read_bytes()
    removed = open_password(old, MEDIATOR)
    with Vault.open(vault_path, CURATOR) as vault:
        vault.remove_slot(mediator)
        vault.db["cases"].insert({"story": "после ухода медиатора"})
    new = vault_path.read_bytes()
    assert not opens_anything_new(removed, new)
    with pytest.raises(errors.WrongPassword):
        Vault.open(vault_path, MEDIATOR)
    with Vault.open(vault_path, CURATOR) as vault:
        assert vault.db["cases"].count == 2
    assert body_of(new, open_recovery(new, two_users[0])) is not None


def test_a_new_recovery_key_leaves_the_old_one_and_its_copies_out(vault_path, two_users):
    recovery = two_users[0]
    old = vault_path.read_bytes()
    old_key = open_recovery(old, recovery)
    with Vault.open(vault_path, CURATOR) as vault:
        new_recovery = vault.replace_recovery_key()
        vault.db["cases"].insert({"story": "после нового ключа восстановления"})
    new = vault_path.read_bytes()
    assert body_of(old, old_key) is not None
    assert not opens_anything_new(Opened(old_key, None, None), new)
    assert open_recovery(new, recovery) is None
    assert body_of(new, open_recovery(new, new_recovery)) is not None
    with pytest.raises(errors.WrongRecoveryKey):
        Vault.open_with_recovery(vault_path, recovery)
    for password in (CURATOR, MEDIATOR):
        Vault.open(vault_path, password).close()


def test_a_reset_with_the_recovery_key_rotates_too(vault_path, two_users):
    recovery, curator, _ = two_users
    old = vault_path.read_bytes()
    old_secrets = open_password(old, CURATOR)
    with Vault.open_with_recovery(vault_path, recovery) as vault:
        vault.reset_password_with_recovery(curator, "пароль после сброса")
    new = vault_path.read_bytes()
    assert not opens_anything_new(old_secrets, new)
    for password in ("пароль после сброса", MEDIATOR):
        Vault.open(vault_path, password).close()
    Vault.open_with_recovery(vault_path, recovery).close()  # the recovery key is unchanged


def test_every_change_of_the_slots_makes_a_new_data_key(vault_path, two_users, kdf):
    seen = {open_password(vault_path.read_bytes(), CURATOR).data_key}
    with Vault.open(vault_path, CURATOR) as vault:
        steps = [
            lambda: vault.add_password_slot(THIRD, kdf=kdf),
            lambda: vault.change_password(two_users[2], "ещё пароль медиатора"),
            vault.replace_recovery_key,
            lambda: vault.remove_slot(two_users[2]),
        ]
        for step in steps:
            step()
            seen.add(open_password(vault_path.read_bytes(), CURATOR).data_key)
    assert len(seen) == len(steps) + 1


def test_a_snapshot_taken_before_a_rotation_is_sealed_with_its_own_keys(vault_path, two_users, kdf):
    with Vault.open(vault_path, CURATOR) as vault:
        vault.db["cases"].insert({"story": "в очереди"})
        snapshot = vault.snapshot()  # taken, not yet written: a save queue holds such
        maker = vault.slot_maker()
        slot = maker.password_slot(THIRD, kdf=kdf)
        vault.write(snapshot)
        vault.install_slot(slot)
    data = vault_path.read_bytes()
    opened = open_password(data, THIRD)
    assert cases_in(body_of(data, opened.data_key)) == ["до смены ключа", "в очереди"]


def test_attachments_survive_rotation_and_later_ones_are_out_of_old_reach(vault_path, two_users):
    _, _, mediator = two_users
    with Vault.open(vault_path, CURATOR) as vault:
        before = vault.store_attachment(b"%PDF before")
    old = vault_path.read_bytes()
    removed = open_password(old, MEDIATOR)
    with Vault.open(vault_path, CURATOR) as vault:
        vault.remove_slot(mediator)
        after = vault.store_attachment(b"%PDF after")
        assert vault.read_attachment(before) == b"%PDF before"
        assert vault.read_attachment(after) == b"%PDF after"
    folder = vault_path.with_name(vault_path.name + ".attachments")
    blob = (folder / f"{after}.rsda").read_bytes()
    assert blob[4] == 2
    # Its key is in the new body alone: the old data key does not decrypt it, and no old body
    # holds the key.
    with pytest.raises(InvalidTag):
        AESGCM(removed.data_key).decrypt(blob[37:49], blob[49:], blob[:37])
    assert attachment_key(body_of(old, removed.data_key), after) is None
    new = vault_path.read_bytes()
    key = attachment_key(body_of(new, open_password(new, CURATOR).data_key), after)
    assert AESGCM(key).decrypt(blob[37:49], blob[49:], blob[:37]) == b"%PDF after"
    with Vault.open(vault_path, CURATOR) as vault:
        vault.delete_attachment(after)
    new = vault_path.read_bytes()
    assert attachment_key(body_of(new, open_password(new, CURATOR).data_key), after) is None


def attachment_key(image: bytes, attachment_id: str) -> bytes | None:
    """An attachment's own key, from the vault's table in a decrypted body."""
    conn = sqlite3.connect(":memory:")
    conn.deserialize(image)
    try:
        row = conn.execute(
            "SELECT key FROM vault_attachment_keys WHERE id = ?", [attachment_id]
        ).fetchone()
    except sqlite3.OperationalError:
        return None
    finally:
        conn.close()
    return None if row is None else bytes(row[0])


# --- version 1 files -------------------------------------------------------------------------


@pytest.fixture
def v1_vault(vault_path):
    recovery = generate_recovery_key()
    data_key = v1_file(vault_path, [CURATOR, MEDIATOR], recovery, ["из версии 1"])
    attachment = v1_attachment(vault_path, b"%PDF v1 scan", data_key)
    return recovery, data_key, attachment


def test_a_version_1_file_opens_with_every_key_and_is_not_rewritten_unasked(vault_path, v1_vault):
    recovery, _, attachment = v1_vault
    before = vault_path.read_bytes()
    for password in (CURATOR, MEDIATOR):
        with Vault.open(vault_path, password) as vault:
            assert [r["story"] for r in vault.db["cases"].rows] == ["из версии 1"]
            assert vault.read_attachment(attachment) == b"%PDF v1 scan"
    with Vault.open_with_recovery(vault_path, recovery) as vault:
        assert vault.db["cases"].count == 1
    assert vault_path.read_bytes() == before


def test_a_version_1_file_migrates_on_the_first_save(vault_path, v1_vault):
    recovery, v1_key, attachment = v1_vault
    v1_copy = vault_path.read_bytes()
    add_case(vault_path, CURATOR, "после перехода")
    migrated = vault_path.read_bytes()
    file = read(migrated)
    assert file.version == 2
    forms = {slot[0]: [] for slot in file.slots}
    for slot in file.slots:
        forms[slot[0]].append(slot[2])
    assert sorted(forms[1]) == [1, 2] and forms[2] == [2]  # the curator's converted, not the rest
    assert file.flags == 3  # the legacy key and the bridge
    assert body_of(migrated, v1_key) is None  # the body has a new data key
    curator = open_password(migrated, CURATOR)
    assert curator.private is not None
    assert cases_in(body_of(migrated, curator.data_key)) == ["из версии 1", "после перехода"]
    # The mediator and the recovery key still open, through the bridge.
    assert open_password(migrated, MEDIATOR).data_key == curator.data_key
    assert open_recovery(migrated, recovery) == curator.data_key
    with Vault.open(vault_path, MEDIATOR) as vault:
        assert vault.legacy_slot_ids and vault.read_attachment(attachment) == b"%PDF v1 scan"
        vault.db["cases"].insert({"story": "медиатор после перехода"})
    # The mediator's own unlock converted the slot; only the recovery slot is legacy now.
    file = read(vault_path.read_bytes())
    assert sorted(slot[2] for slot in file.slots if slot[0] == 1) == [1, 1]
    assert open_password(vault_path.read_bytes(), MEDIATOR).private is not None
    # While a legacy slot remains, the version 1 key reaches the data key (rsdesk/vault/FORMAT.md);
    # a new recovery key removes the last one, and from then on nothing of version 1 helps.
    assert through_bridge(file, v1_key) is not None
    with Vault.open(vault_path, CURATOR) as vault:
        new_recovery = vault.replace_recovery_key()
        assert vault.legacy_slot_ids == []
        assert vault.read_attachment(attachment) == b"%PDF v1 scan"
    final = vault_path.read_bytes()
    assert read(final).flags == 1  # the legacy key stays (for version 1 attachments), no bridge
    for password in (CURATOR, MEDIATOR):
        assert not opens_anything_new(open_password(v1_copy, password), final)
        Vault.open(vault_path, password).close()
    Vault.open_with_recovery(vault_path, new_recovery).close()
    with pytest.raises(errors.WrongRecoveryKey):
        Vault.open_with_recovery(vault_path, recovery)


def test_a_version_1_file_opened_with_the_recovery_key_converts_that_slot(vault_path, v1_vault):
    recovery, v1_key, _ = v1_vault
    with Vault.open_with_recovery(vault_path, recovery) as vault:
        vault.db["cases"].insert({"story": "через ключ восстановления"})
        assert len(vault.legacy_slot_ids) == 2
    file = read(vault_path.read_bytes())
    assert [slot[2] for slot in file.slots if slot[0] == 2] == [1]
    assert body_of(vault_path.read_bytes(), v1_key) is None
    assert open_recovery(vault_path.read_bytes(), recovery) is not None
    for password in (CURATOR, MEDIATOR):
        Vault.open(vault_path, password).close()


def test_removing_a_legacy_user_before_they_convert(vault_path, v1_vault):
    v1_key = v1_vault[1]
    v1_copy = vault_path.read_bytes()
    with Vault.open(vault_path, CURATOR) as vault:
        mediator = next(
            s for s in vault.legacy_slot_ids if s in vault.slot_ids
        )  # the mediator's slot, still as version 1 made it
        vault.remove_slot(mediator)
        vault.replace_recovery_key()
        assert vault.legacy_slot_ids == []
    final = vault_path.read_bytes()
    assert not opens_anything_new(open_password(v1_copy, MEDIATOR), final)
    assert body_of(final, v1_key) is None and through_bridge(read(final), v1_key) is None
    with pytest.raises(errors.WrongPassword):
        Vault.open(vault_path, MEDIATOR)
    Vault.open(vault_path, CURATOR).close()


def test_a_version_1_backup_restored_is_saved_as_version_2(vault_path, v1_vault, tmp_path):
    backup = tmp_path / "backup.rsdv"
    backup.write_bytes(vault_path.read_bytes())
    Vault.open(vault_path, CURATOR).close()
    with Vault.restore_backup(vault_path, backup, MEDIATOR) as vault:
        assert vault.db["cases"].count == 1
    assert read(vault_path.read_bytes()).version == 2
    for password in (CURATOR, MEDIATOR):
        Vault.open(vault_path, password).close()


def test_a_version_1_file_beyond_the_budget_is_refused_before_any_derivation(
    vault_path, monkeypatch
):
    from rsdesk.vault import keys

    runs = []
    monkeypatch.setattr(keys, "derive_password_key", lambda *a: runs.append(a) or os.urandom(32))
    v1_file(vault_path, [CURATOR], generate_recovery_key(), [])
    data = bytearray(vault_path.read_bytes())
    # 64 slots at the per-slot cap would take minutes; built by hand, checksums made valid.
    count = 64
    slots = b"".join(
        struct.pack(
            ">BBH8sIII16s12s48s",
            1,
            1,
            0,
            os.urandom(8),
            1 << 20,
            4,
            4,
            *map(os.urandom, (16, 12, 48)),
        )
        for _ in range(count)
    )
    length = 20 + 48 + 100 * count + 32
    preamble = struct.pack(">8sHHI", MAGIC, 1, 0, length)
    fixed = bytearray(data[20:68])
    fixed[26] = count
    header = preamble + struct.pack(">I", zlib.crc32(preamble)) + bytes(fixed) + slots
    body_len = struct.unpack_from(">Q", fixed, 40)[0]
    vault_path.write_bytes(header + hashlib.sha256(header).digest() + os.urandom(body_len))
    with pytest.raises(errors.KeyCostRefused):
        Vault.open(vault_path, CURATOR)
    assert runs == []


# --- hostile version 2 and version 1 headers -------------------------------------------------


def resealed(data: bytes, edit) -> bytes:  # type: ignore[no-untyped-def]
    """data with its header edited by edit(bytearray) and the checksum made valid again."""
    length = struct.unpack_from(">I", data, 12)[0]
    header = bytearray(data[: length - 32])
    edit(header)
    return bytes(header) + hashlib.sha256(header).digest() + data[length:]


def outcome(path: Path, password: str) -> type | None:
    try:
        Vault.open(path, password).close()
    except errors.VaultError as exc:
        return type(exc)
    return None


def test_every_bit_of_a_version_1_header_flipped_reads_as_damaged(vault_path, v1_vault):
    data = vault_path.read_bytes()
    length = struct.unpack_from(">I", data, 12)[0]
    for bit in range(0, length * 8, 3):
        flipped = bytearray(data)
        flipped[bit // 8] ^= 1 << (bit % 8)
        vault_path.write_bytes(flipped)
        assert outcome(vault_path, CURATOR) is errors.DamagedFile, bit


def test_crafted_version_2_fields_are_damage_not_a_wrong_password(vault_path, v1_vault):
    add_case(vault_path, CURATOR, "после перехода")  # a version 2 file with legacy slots
    data = vault_path.read_bytes()
    assert read(data).flags == 3
    first_slot = 188

    def set_byte(offset: int, value: int):  # type: ignore[no-untyped-def]
        def edit(header: bytearray) -> None:
            header[offset] = value

        return edit

    def flip(offset: int):  # type: ignore[no-untyped-def]
        def edit(header: bytearray) -> None:
            header[offset] ^= 1

        return edit

    legacy = next(i for i, s in enumerate(read(data).slots) if s[0] == 1 and s[2] == 2)
    curator = next(i for i, s in enumerate(read(data).slots) if s[0] == 1 and s[2] == 1)
    crafted = {
        "no bridge flag while legacy slots remain": set_byte(47, 1),
        "an unknown flag": set_byte(47, 7),
        "an unknown form": set_byte(first_slot + 2, 3),
        "a reserved byte": set_byte(first_slot + 3, 1),
        "a legacy slot with a public key": flip(first_slot + 224 * legacy + 40),
        "the curator's wrapped data key": flip(first_slot + 224 * curator + 200),
        "the curator's ephemeral key": flip(first_slot + 224 * curator + 140),
        "the bridge": flip(150),
    }
    for name, edit in crafted.items():
        vault_path.write_bytes(resealed(data, edit))
        assert outcome(vault_path, CURATOR) is errors.DamagedFile, name
    vault_path.write_bytes(resealed(data, flip(first_slot + 224 * curator + 100)))  # its KEK wrap
    assert outcome(vault_path, CURATOR) is errors.WrongPassword  # as any slot that does not open

    def version_3(header: bytearray) -> None:
        header[9] = 3
        header[16:20] = struct.pack(">I", zlib.crc32(bytes(header[:16])))

    vault_path.write_bytes(resealed(data, version_3))
    assert outcome(vault_path, CURATOR) is errors.NewerVersion
    vault_path.write_bytes(data)
    assert outcome(vault_path, CURATOR) is None
