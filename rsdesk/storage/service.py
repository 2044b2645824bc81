"""The service profile: made once per vault with its id, its curator and its signing key."""

from __future__ import annotations

import os
import uuid
from datetime import date

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from sqlite_utils import Database

from rsdesk.domain.register import ServiceProfile, ValidationError
from rsdesk.domain.vocabulary import SERVICE_KINDS
from rsdesk.i18n import translate
from rsdesk.storage.rows import day, one
from rsdesk.storage.schema import META, migrate
from rsdesk.storage.users import PLEDGE_VERSION

RAW = serialization.Encoding.Raw
# The signing key once sealed under the curator's key: hex of nonce ‖ AES-256-GCM ciphertext.
SEALED_SIGNING_KEY = "signing_key_sealed"
SEALED_LABEL = b"rsdesk signing key"


class SigningKeyLocked(PermissionError):  # noqa: N818 (names the refusal)
    """The signing key is sealed under the curator's key, which this session does not hold."""


class ServiceExistsError(RuntimeError):
    """The vault already has a service; its id must never be made twice."""


def init_service(
    db: Database,
    *,
    kind: str,
    name: str,
    region: str,
    municipality: str,
    curator_name: str,
    curator_slot_id: str,
    pledged_on: date | None = None,
) -> ServiceProfile:
    """Create the schema, the profile (a new uuid4), the curator and the Ed25519 signing key.

    `pledged_on` records the curator's confidentiality pledge as already given (a practice
    vault, a test); otherwise it is asked for at the first sign-in.
    """
    errors = {}
    if kind not in SERVICE_KINDS:
        errors["kind"] = translate("register", "Choose a school or a territorial service.")
    for field, value, message in (
        ("name", name, translate("register", "Enter the name of the organisation.")),
        ("region", region, translate("register", "Enter the region.")),
        ("municipality", municipality, translate("register", "Enter the municipality.")),
        ("curator_name", curator_name, translate("register", "Enter the curator's name.")),
    ):
        if not value.strip():
            errors[field] = message
    if errors:
        raise ValidationError(errors)
    migrate(db)
    if db["service"].count:
        raise ServiceExistsError(translate("register", "This register already has a service."))
    key = Ed25519PrivateKey.generate()
    today = date.today()
    with db.atomic():
        db["service"].insert(
            {
                "id": 1,
                "service_id": str(uuid.uuid4()),
                "kind": kind,
                "name": name.strip(),
                "region": region.strip(),
                "municipality": municipality.strip(),
                "created_on": today.isoformat(),
                "signing_key": key.private_bytes(
                    RAW, serialization.PrivateFormat.Raw, serialization.NoEncryption()
                ),
                "public_key": key.public_key().public_bytes(RAW, serialization.PublicFormat.Raw),
            }
        )
        curator_id = (
            db["mediators"]
            .insert(
                {
                    "full_name": curator_name.strip(),
                    "kind": "adult",
                    "is_curator": 1,
                    "slot_id": curator_slot_id,
                    "pledge_on": pledged_on.isoformat() if pledged_on else None,
                    "pledge_version": PLEDGE_VERSION if pledged_on else "",
                }
            )
            .last_pk
        )
        db["mediator_years"].insert({"mediator_id": curator_id, "year": today.year})
    profile = load_profile(db)
    assert profile is not None
    return profile


def load_profile(db: Database) -> ServiceProfile | None:
    """The profile, or None in a vault with no service yet."""
    if not db["service"].exists():
        return None
    row = one(
        db,
        "SELECT service_id, kind, name, region, municipality, created_on, public_key "
        "FROM service WHERE id = 1",
    )
    if row is None:
        return None
    created_on = day(row.pop("created_on"))
    assert created_on is not None
    return ServiceProfile(created_on=created_on, **row)


def update_profile(db: Database, *, name: str, region: str, municipality: str) -> ServiceProfile:
    """Rename or move the service; its id, kind and key stay."""
    errors = {
        field: translate("register", "This field is required.")
        for field, value in (("name", name), ("region", region), ("municipality", municipality))
        if not value.strip()
    }
    if errors:
        raise ValidationError(errors)
    db["service"].update(
        1, {"name": name.strip(), "region": region.strip(), "municipality": municipality.strip()}
    )
    profile = load_profile(db)
    assert profile is not None
    return profile


def _sealed_bound(db: Database) -> bytes:
    row = one(db, "SELECT service_id FROM service WHERE id = 1")
    if row is None:
        raise LookupError("no service in this register")
    return SEALED_LABEL + row["service_id"].encode("ascii")


def _sealed(db: Database) -> bytes | None:
    found = db.execute("SELECT value FROM meta WHERE key = ?", [SEALED_SIGNING_KEY]).fetchone()
    return bytes.fromhex(found[0]) if found else None


def signing_key(db: Database, curator_key: bytes | None = None) -> Ed25519PrivateKey:
    """The service's private key, for signing its yearly statistics file.

    Once sealed (seal_signing_key) it opens only with the curator's key: SigningKeyLocked
    otherwise, or when the sealed key does not open with the one given.
    """
    row = one(db, "SELECT signing_key FROM service WHERE id = 1")
    if row is None:
        raise LookupError("no service in this register")
    sealed = _sealed(db)
    # Once sealed, a plain key put back beside it is not the service's: it is never used.
    if sealed is None and row["signing_key"]:
        return Ed25519PrivateKey.from_private_bytes(row["signing_key"])
    if sealed is None or curator_key is None:
        raise SigningKeyLocked("the signing key opens only with the curator's key")
    try:
        raw = AESGCM(curator_key).decrypt(sealed[:12], sealed[12:], _sealed_bound(db))
    except InvalidTag:
        raise SigningKeyLocked("the sealed signing key does not open with this key") from None
    return Ed25519PrivateKey.from_private_bytes(raw)


def seal_signing_key(db: Database, curator_key: bytes) -> bool:
    """Keep the signing key only under the curator's key; True when it was still plain.

    The plain column is emptied in the same transaction; with secure_delete on (the vault
    sets it) its bytes leave the saved image.
    """
    row = one(db, "SELECT signing_key FROM service WHERE id = 1")
    if row is None or not row["signing_key"]:
        return False
    if _sealed(db) is not None:  # a plain key put back beside the sealed one: drop it
        db["service"].update(1, {"signing_key": b""})
        return False
    nonce = os.urandom(12)
    sealed = nonce + AESGCM(curator_key).encrypt(nonce, row["signing_key"], _sealed_bound(db))
    with db.atomic():
        db.execute(
            f"INSERT OR REPLACE INTO {META} (key, value) VALUES (?, ?)",
            [SEALED_SIGNING_KEY, sealed.hex()],
        )
        db["service"].update(1, {"signing_key": b""})
    return True


def signing_key_sealed(db: Database) -> bool:
    return _sealed(db) is not None


def signing_key_plain(db: Database) -> bool:
    """Whether a plain key lies in the register (before sealing, or put back since)."""
    row = one(db, "SELECT signing_key FROM service WHERE id = 1")
    return row is not None and bool(row["signing_key"])


def curator_id(db: Database) -> int | None:
    row = one(db, "SELECT id FROM mediators WHERE is_curator = 1 ORDER BY id LIMIT 1")
    return row["id"] if row else None
