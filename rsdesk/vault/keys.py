"""Key derivation (Argon2id for passwords, HKDF for the recovery key), calibration, key wrapping
(AES-GCM under a KEK, or to an X25519 public key)."""

from __future__ import annotations

import hashlib
import os
import secrets
import time
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.argon2 import Argon2id
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from rsdesk.vault import errors

KEY_LEN = 32
SALT_LEN = 16
NONCE_LEN = 12
TAG_LEN = 16

# Calibration floor and goal (KeePassXC-like): never weaker than 64 MiB × 3 passes.
MIN_MEMORY_KIB = 64 * 1024
MIN_ITERATIONS = 3
DEFAULT_LANES = 4
TARGET_SECONDS = 0.5
# Beyond this, calibration adds passes rather than memory: a school PC with 2–4 GB keeps the
# whole unlocked application within about 300 MB resident.
CALIBRATED_MAX_MEMORY_KIB = 128 * 1024

# Caps on parameters read from a file: a hostile file must not hang or exhaust the machine.
# 1 GiB × 4 passes is about 3 s here; calibration never goes beyond the caps.
MAX_MEMORY_KIB = 1024 * 1024
MAX_ITERATIONS = 64
MAX_LANES = 16
MAX_WORK_KIB = 4 * 1024 * 1024  # memory × iterations
# A wrong password is tried against every password slot, so the file as a whole gets a budget
# too (see `work`): about 5 s here to refuse a password whatever the slot count. It holds
# ROOM_FOR_PASSWORDS slots at the 64 MiB × 3 floor with room to spare for the first ones.
MAX_TOTAL_WORK_KIB = 7 * 1024 * 1024
ROOM_FOR_PASSWORDS = 24

RECOVERY_INFO = b"rsdesk vault v1 recovery slot"  # the KEK of a legacy (version 1) recovery slot
RECOVERY_PAIR_INFO = b"rsdesk vault v2 recovery key pair"
DATA_WRAP_INFO = b"rsdesk vault v2 data key wrap"
# Crockford base32: no I, L, O, U, so nothing on paper reads as something else.
ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
_ALIASES = {"O": "0", "I": "1", "L": "1"}
RECOVERY_PAYLOAD = 30  # symbols, 150 random bits
RECOVERY_CHECK = 2  # symbols, 10 bits of a hash to catch typos before any decryption
RECOVERY_GROUP = 4


@dataclass(frozen=True)
class KdfParams:
    """Argon2id cost: memory in KiB, passes, lanes."""

    memory_kib: int = MIN_MEMORY_KIB
    iterations: int = MIN_ITERATIONS
    lanes: int = DEFAULT_LANES

    def problem(self) -> str | None:
        """Why these parameters must not be run, or None when they are within the caps."""
        if not 1 <= self.lanes <= MAX_LANES:
            return f"lanes {self.lanes}"
        if not 1 <= self.iterations <= MAX_ITERATIONS:
            return f"iterations {self.iterations}"
        if not 8 * self.lanes <= self.memory_kib <= MAX_MEMORY_KIB:
            return f"memory {self.memory_kib} KiB"
        if self.memory_kib * self.iterations > MAX_WORK_KIB:
            return f"work {self.memory_kib} KiB × {self.iterations}"
        return None


def work(params: KdfParams) -> int:
    """What a slot costs against the file's budget: memory × (passes + 1) in KiB, doubled for
    a single lane. Measured here (four lanes): about 0.7 s per GiB of that.

    Filling the memory costs about one pass more (1 GiB × 1: 1.5 s; × 4: 3.7 s). Argon2id runs
    its lanes on parallel threads; a single lane gets no help from a second core and takes up
    to twice as long (1 GiB × 4: 5.9 s with one lane).
    """
    return params.memory_kib * (params.iterations + 1) * (2 if params.lanes == 1 else 1)


def _shape(allowed: int) -> KdfParams:
    """The costliest calibration-shaped parameters within allowed work: memory first, as
    calibration grows it, then passes."""
    if allowed >= work(KdfParams(CALIBRATED_MAX_MEMORY_KIB, MIN_ITERATIONS, DEFAULT_LANES)):
        iterations = min(allowed // CALIBRATED_MAX_MEMORY_KIB - 1, MAX_ITERATIONS)
        return KdfParams(CALIBRATED_MAX_MEMORY_KIB, iterations, DEFAULT_LANES)
    memory = max(allowed // (MIN_ITERATIONS + 1) // 1024 * 1024, MIN_MEMORY_KIB)
    return KdfParams(memory, MIN_ITERATIONS, DEFAULT_LANES)


def fit_slot(kdf: KdfParams | None, others: Sequence[KdfParams]) -> KdfParams | None:
    """The parameters of a new password slot beside the others, or None when there is no room.

    Given parameters are kept if they fit. Calibrated ones are kept while they leave room for
    ROOM_FOR_PASSWORDS passwords at the floor, and made cheaper (never below the floor) after
    that: the first slots, the curator's among them, get the full cost.
    """
    left = MAX_TOTAL_WORK_KIB - sum(work(p) for p in others)
    if kdf is not None:
        return kdf if work(kdf) <= left else None
    floor = KdfParams(MIN_MEMORY_KIB, MIN_ITERATIONS, DEFAULT_LANES)
    if work(floor) > left:
        return None
    calibrated = calibrate()
    allowed = left - work(floor) * max(0, ROOM_FOR_PASSWORDS - len(others) - 1)
    if work(calibrated) <= allowed:
        return calibrated
    return _shape(allowed) if allowed > work(floor) else floor


def _password_bytes(password: str) -> bytes:
    # The same Russian password typed on Windows and macOS may differ in composition (ё, й).
    return unicodedata.normalize("NFC", password).encode("utf-8")


def derive_password_key(password: str, salt: bytes, params: KdfParams) -> bytes:
    problem = params.problem()
    if problem:
        raise errors.DamagedFile(detail=f"refused key derivation parameters: {problem}")
    return Argon2id(
        salt=salt,
        length=KEY_LEN,
        iterations=params.iterations,
        lanes=params.lanes,
        memory_cost=params.memory_kib,
    ).derive(_password_bytes(password))


def derive_recovery_key(payload: bytes, salt: bytes) -> bytes:
    """HKDF is enough here: 150 random bits cannot be guessed, so slowing guesses adds nothing."""
    return HKDF(hashes.SHA256(), KEY_LEN, salt, RECOVERY_INFO).derive(payload)


def _seconds(params: KdfParams) -> float:
    start = time.perf_counter()
    derive_password_key("calibration", os.urandom(SALT_LEN), params)
    return time.perf_counter() - start


def _params_for(work: float) -> KdfParams:
    """The cheapest shape for work (KiB × passes): memory first up to 128 MiB, then passes."""
    work = min(work, MAX_WORK_KIB)
    if work <= MIN_MEMORY_KIB * MIN_ITERATIONS:
        return KdfParams(MIN_MEMORY_KIB, MIN_ITERATIONS, DEFAULT_LANES)
    if work <= CALIBRATED_MAX_MEMORY_KIB * MIN_ITERATIONS:
        memory = int(work / MIN_ITERATIONS) // 1024 * 1024
        return KdfParams(max(memory, MIN_MEMORY_KIB), MIN_ITERATIONS, DEFAULT_LANES)
    iterations = min(int(work // CALIBRATED_MAX_MEMORY_KIB), MAX_ITERATIONS)
    return KdfParams(CALIBRATED_MAX_MEMORY_KIB, iterations, DEFAULT_LANES)


def calibrate(target_seconds: float = TARGET_SECONDS) -> KdfParams:
    """Parameters taking about target_seconds here, never below the 64 MiB × 3 floor.

    Measures the floor, extrapolates, then measures the guess once and corrects it: the cost
    is not quite linear (allocation is paid once), so a single extrapolation falls short.
    """
    floor = KdfParams(MIN_MEMORY_KIB, MIN_ITERATIONS, DEFAULT_LANES)
    floor_work = MIN_MEMORY_KIB * MIN_ITERATIONS
    rate = floor_work / max(_seconds(floor), 1e-4)  # KiB × passes per second
    guess = _params_for(target_seconds * rate)
    if guess == floor:
        return floor
    guess_work = guess.memory_kib * guess.iterations
    rate = guess_work / max(_seconds(guess), 1e-4)
    return _params_for(target_seconds * rate)


def wrap(kek: bytes, data_key: bytes, associated: bytes) -> tuple[bytes, bytes]:
    """(nonce, wrapped key) with the slot's own fields bound in as associated data."""
    nonce = os.urandom(NONCE_LEN)
    return nonce, AESGCM(kek).encrypt(nonce, data_key, associated)


def unwrap(kek: bytes, nonce: bytes, wrapped: bytes, associated: bytes) -> bytes | None:
    try:
        return AESGCM(kek).decrypt(nonce, wrapped, associated)
    except InvalidTag:
        return None


# --- key pairs: the data key wrapped to a slot's public key -----------------------------------


def new_private_key() -> bytes:
    return X25519PrivateKey.generate().private_bytes_raw()


def public_key_of(private_key: bytes) -> bytes:
    return X25519PrivateKey.from_private_bytes(private_key).public_key().public_bytes_raw()


def recovery_private_key(payload: bytes, salt: bytes) -> bytes:
    """The recovery slot's private key, made from the recovery key: nothing of it is stored."""
    return HKDF(hashes.SHA256(), KEY_LEN, salt, RECOVERY_PAIR_INFO).derive(payload)


def _wrap_key(shared: bytes, ephemeral: bytes, recipient: bytes) -> bytes:
    return HKDF(hashes.SHA256(), KEY_LEN, ephemeral + recipient, DATA_WRAP_INFO).derive(shared)


def wrapping_to(recipient: bytes) -> tuple[bytes, bytes]:
    """(ephemeral public key, wrapping key) for sealing a key to recipient's public key.

    A one-off key pair each time: a slot's wrapping says nothing about the one before it.
    ValueError for a public key no exchange can be made with (a crafted small-order point).
    """
    ephemeral = X25519PrivateKey.generate()
    shared = ephemeral.exchange(X25519PublicKey.from_public_bytes(recipient))
    public = ephemeral.public_key().public_bytes_raw()
    return public, _wrap_key(shared, public, recipient)


def unwrapping_key(private_key: bytes, ephemeral: bytes) -> bytes | None:
    """The wrapping key wrapping_to made, from the recipient's side; None for a bad point."""
    own = X25519PrivateKey.from_private_bytes(private_key)
    try:
        shared = own.exchange(X25519PublicKey.from_public_bytes(ephemeral))
    except ValueError:
        return None
    return _wrap_key(shared, ephemeral, own.public_key().public_bytes_raw())


# --- the recovery key ---------------------------------------------------------------------


def _check_symbols(payload: str) -> str:
    digest = hashlib.sha256(b"rsdesk recovery check" + payload.encode("ascii")).digest()
    value = int.from_bytes(digest[:2], "big") >> (16 - 5 * RECOVERY_CHECK)
    return "".join(
        ALPHABET[(value >> (5 * (RECOVERY_CHECK - 1 - i))) & 31] for i in range(RECOVERY_CHECK)
    )


def generate_recovery_key() -> str:
    """A new key shown once, e.g. ``K7QM-3XA9-…``: 8 groups of 4, 150 random bits."""
    payload = "".join(secrets.choice(ALPHABET) for _ in range(RECOVERY_PAYLOAD))
    symbols = payload + _check_symbols(payload)
    return "-".join(symbols[i : i + RECOVERY_GROUP] for i in range(0, len(symbols), RECOVERY_GROUP))


def normalize_recovery_key(text: str) -> str:
    """The key's symbols in canonical form; any case, dashes, spaces, O for 0 and I/L for 1."""
    symbols = []
    for char in text.upper():
        if char in " -_\t\n\r\u2010\u2011\u2012\u2013\u2014":
            continue
        char = _ALIASES.get(char, char)
        if char not in ALPHABET:
            raise errors.MistypedRecoveryKey(detail=f"character {char!r}")
        symbols.append(char)
    joined = "".join(symbols)
    if len(joined) != RECOVERY_PAYLOAD + RECOVERY_CHECK:
        raise errors.MistypedRecoveryKey(detail=f"{len(joined)} symbols")
    payload, check = joined[:RECOVERY_PAYLOAD], joined[RECOVERY_PAYLOAD:]
    if not secrets.compare_digest(check, _check_symbols(payload)):
        raise errors.MistypedRecoveryKey(detail="check symbols")
    return joined


def recovery_payload(text: str) -> bytes:
    return normalize_recovery_key(text)[:RECOVERY_PAYLOAD].encode("ascii")


def recovery_groups(key: str) -> list[str]:
    symbols = normalize_recovery_key(key)
    return [symbols[i : i + RECOVERY_GROUP] for i in range(0, len(symbols), RECOVERY_GROUP)]


def confirmation_groups(count: int = 2) -> list[int]:
    """Which groups (1-based, ascending) the curator types back to prove the key was written."""
    total = (RECOVERY_PAYLOAD + RECOVERY_CHECK) // RECOVERY_GROUP
    return sorted(secrets.SystemRandom().sample(range(1, total + 1), count))


def confirms_recovery_key(key: str, groups: list[int], typed: str) -> bool:
    """True when typed holds exactly the asked groups of key, in order, in any case or spacing."""
    wanted = "".join(recovery_groups(key)[i - 1] for i in groups)
    cleaned = "".join(
        _ALIASES.get(c, c) for c in typed.upper() if c not in " -_\t\n\r\u2010\u2011\u2013"
    )
    return secrets.compare_digest(cleaned.encode(), wanted.encode())
