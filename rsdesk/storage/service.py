"""The service profile: made once per vault with its id, its curator and its signing key."""

from __future__ import annotations

import uuid
from datetime import date

from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from sqlite_utils import Database

from rsdesk.domain.register import ServiceProfile, ValidationError
from rsdesk.domain.vocabulary import SERVICE_KINDS
from rsdesk.i18n import translate
from rsdesk.storage.rows import day, one
from rsdesk.storage.schema import migrate
from rsdesk.storage.users import PLEDGE_VERSION

RAW = serialization.Encoding.Raw


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


def signing_key(db: Database) -> Ed25519PrivateKey:
    """The service's private key, for signing its yearly statistics file."""
    row = one(db, "SELECT signing_key FROM service WHERE id = 1")
    if row is None:
        raise LookupError("no service in this register")
    return Ed25519PrivateKey.from_private_bytes(row["signing_key"])


def curator_id(db: Database) -> int | None:
    row = one(db, "SELECT id FROM mediators WHERE is_curator = 1 ORDER BY id LIMIT 1")
    return row["id"] if row else None
