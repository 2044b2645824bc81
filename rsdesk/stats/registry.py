"""The regional centre's registry of services: who is known, with which signing key.

A statistics file proves only that whoever holds its key signed it. The registry pins each
service's key the first time one of its files is accepted (trust on first use, listed as a
new service for the operator to confirm); from then on a file of that service signed with
another key is rejected and the event recorded, until the operator confirms the key change.

The registry holds no personal data: service ids, kinds, names, municipalities and public
keys. It is kept as JSON signed with the installation's own Ed25519 key (`registry.key`
beside it, readable by the operator alone), so a registry edited by hand, by another tool or
damaged is refused instead of silently trusting other keys. It does not stand against someone
who controls the operator's data folder: that person holds the key too.
"""

from __future__ import annotations

import base64
import json
import os
from collections.abc import Iterable
from dataclasses import asdict, dataclass, field
from datetime import date
from pathlib import Path

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from rsdesk.i18n import translate

FORMAT = "rsdesk-registry"
VERSION = 1


class RegistryError(Exception):
    """The registry cannot be read or trusted; `message` says why in the UI language."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


@dataclass
class KnownService:
    service_id: str
    kind: str
    name: str
    municipality: str
    public_key: str  # base64 of the raw 32-byte Ed25519 key
    added_on: str  # ISO date
    confirmed: bool = False  # the operator has checked it: not «новая служба» any more


@dataclass
class Registry:
    services: dict[str, KnownService] = field(default_factory=dict)
    events: list[dict[str, str]] = field(default_factory=list)

    def record(self, on: date, service_id: str, event: str, detail: str = "") -> None:
        self.events.append(
            {"on": on.isoformat(), "service": service_id, "event": event, "detail": detail}
        )

    def confirm(self, service_id: str, on: date) -> None:
        """The operator checked a new service: it is no longer listed as new."""
        self.services[service_id].confirmed = True
        self.record(on, service_id, "confirmed")

    def change_key(self, service_id: str, public_key: bytes, on: date) -> None:
        """The operator confirms that the service signs with a new key from now on."""
        known = self.services[service_id]
        old = known.public_key
        known.public_key = base64.b64encode(public_key).decode()
        known.confirmed = True
        self.record(on, service_id, "key_changed", f"{old} -> {known.public_key}")

    def add_prepared(self, services: Iterable[KnownService], on: date) -> int:
        """Services the operator listed in advance, keys included; known ids are kept."""
        added = 0
        for service in services:
            if service.service_id in self.services:
                continue
            service.confirmed = True
            self.services[service.service_id] = service
            self.record(on, service.service_id, "listed")
            added += 1
        return added


def _key_file(path: Path) -> Path:
    return path.with_name("registry.key")


def _signing_key(path: Path) -> Ed25519PrivateKey:
    key_file = _key_file(path)
    if key_file.exists():
        return Ed25519PrivateKey.from_private_bytes(key_file.read_bytes())
    key = Ed25519PrivateKey.generate()
    from cryptography.hazmat.primitives import serialization

    raw = key.private_bytes(
        serialization.Encoding.Raw,
        serialization.PrivateFormat.Raw,
        serialization.NoEncryption(),
    )
    key_file.parent.mkdir(parents=True, exist_ok=True)
    descriptor = os.open(key_file, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(descriptor, "wb") as out:
        out.write(raw)
    return key


def _body(registry: Registry) -> bytes:
    content = {
        "format": FORMAT,
        "version": VERSION,
        "services": [asdict(s) for s in sorted(registry.services.values(), key=_order)],
        "events": registry.events,
    }
    return json.dumps(content, ensure_ascii=False, sort_keys=True, separators=(",", ":")).encode()


def _order(service: KnownService) -> tuple[str, str]:
    return (service.municipality, service.name)


def load(path: Path) -> Registry:
    """The registry at `path`; an empty one when there is none yet."""
    if not path.exists():
        return Registry()
    try:
        document = json.loads(path.read_text(encoding="utf-8"))
        body = {key: value for key, value in document.items() if key != "signature"}
        registry = Registry(
            services={s["service_id"]: KnownService(**s) for s in body["services"]},
            events=list(body["events"]),
        )
        if body.get("format") != FORMAT or body.get("version") != VERSION:
            raise ValueError("format")
        signature = base64.b64decode(document["signature"])
        _signing_key(path).public_key().verify(signature, _body(registry))
    except InvalidSignature:
        raise RegistryError(
            translate(
                "stats",
                "The registry of services {path} was changed outside rsdesk: it is not used. "
                "Restore it from a copy, or move it away to start a new one.",
                path=path,
            )
        ) from None
    except (OSError, ValueError, KeyError, TypeError) as exc:
        raise RegistryError(
            translate(
                "stats",
                "The registry of services {path} cannot be read ({reason}).",
                path=path,
                reason=getattr(exc, "strerror", None) or type(exc).__name__,
            )
        ) from None
    return registry


def save(registry: Registry, path: Path) -> None:
    """Written beside and put in place: a full disk never leaves half a registry."""
    body = _body(registry)
    document = json.loads(body)
    document["signature"] = base64.b64encode(_signing_key(path).sign(body)).decode()
    path.parent.mkdir(parents=True, exist_ok=True)
    part = path.with_name(path.name + ".part")
    part.write_text(json.dumps(document, ensure_ascii=False, indent=1), encoding="utf-8")
    part.replace(path)


def default_path() -> Path:
    from rsdesk.paths import app_paths

    return app_paths().data / "regional" / "registry.json"


def admit(registry: Registry, entries: list, on: date) -> tuple[list, list[tuple[str, str]]]:
    """The entries the registry lets count, and the rejected ones with their reasons.

    A known service counts only with its pinned key. A new one is pinned with its key, unless
    two keys arrive for it in one run: then neither is trusted and the operator decides.
    """
    keys_of_new: dict[str, set[bytes]] = {}
    for entry in entries:
        if entry.service_id not in registry.services:
            keys_of_new.setdefault(entry.service_id, set()).add(entry.public_key)
    kept, rejected = [], []
    for entry in entries:
        known = registry.services.get(entry.service_id)
        key = base64.b64encode(entry.public_key).decode()
        if known is None and len(keys_of_new[entry.service_id]) > 1:
            rejected.append((entry.path, _two_keys(entry)))
            registry.record(on, entry.service_id, "two_keys", entry.path)
            continue
        if known is None:
            known = registry.services[entry.service_id] = KnownService(
                entry.service_id, entry.kind, entry.name, entry.municipality, key, on.isoformat()
            )
            registry.record(on, entry.service_id, "pinned", entry.path)
        if known.public_key != key:
            rejected.append((entry.path, _other_key(known)))
            registry.record(on, entry.service_id, "rejected_key", entry.path)
            continue
        kept.append(entry)
    return kept, rejected


def _two_keys(entry) -> str:  # type: ignore[no-untyped-def]
    return translate(
        "stats",
        "The new service {id} ({name}) sent files signed with different keys: none is "
        "counted until the operator confirms which key is the service's.",
        id=entry.service_id,
        name=entry.name,
    )


def _other_key(known: KnownService) -> str:
    return translate(
        "stats",
        "The file is signed with another key than the one known for {name} ({id}): it is not "
        "counted. If the service really has a new installation, confirm its new key in the "
        "registry of services.",
        name=known.name,
        id=known.service_id,
    )


def missing(registry: Registry, counted_ids: Iterable[str]) -> list[KnownService]:
    """The registered services with no valid file among those counted, by place and name."""
    have = set(counted_ids)
    return sorted((s for s in registry.services.values() if s.service_id not in have), key=_order)
