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
import hashlib
import json
import os
from collections.abc import Iterable
from dataclasses import asdict, dataclass, field
from datetime import date
from pathlib import Path

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from rsdesk.i18n import QT_TRANSLATE_NOOP, translate
from rsdesk.os_errors import os_reason
from rsdesk.stats.fileformat import write_atomic

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

    def record_once(self, on: date, service_id: str, event: str, detail: str) -> None:
        """A rejection is recorded the first time: adding up the same folder each week must
        not bury the operator's confirmations under copies of one event."""
        for known in self.events:
            if (known["service"], known["event"], known["detail"]) == (service_id, event, detail):
                return
        self.record(on, service_id, event, detail)

    def events_of(self, service_id: str) -> list[dict[str, str]]:
        return [event for event in self.events if event["service"] == service_id]

    def refusals_to_check(self, service_id: str) -> list[dict[str, str]]:
        """Files of the service refused for another key since its key was last set or the
        operator last confirmed the service: a reinstalled computer, or a forgery, for the
        operator to look at. Confirming says the key in the registry stays right."""
        found: list[dict[str, str]] = []
        for event in self.events_of(service_id):
            if event["event"] in ("key_changed", "confirmed"):
                found = []
            elif event["event"] == "rejected_key":
                found.append(event)
        return found

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


def _signing_key(path: Path, *, create: bool) -> Ed25519PrivateKey:
    """The installation's key; made on the first save only, so a registry whose key went
    missing is refused (see load) instead of being signed afresh with a new one."""
    key_file = _key_file(path)
    if key_file.exists() or not create:
        try:
            return Ed25519PrivateKey.from_private_bytes(key_file.read_bytes())
        except FileNotFoundError:
            raise RegistryError(
                translate(
                    "stats",
                    "The key of the registry of services {key} is missing, so the registry "
                    "{path} cannot be checked: it is not used. Restore both files from a copy, "
                    "or move the registry away to start a new one.",
                    key=key_file,
                    path=path,
                )
            ) from None
        except ValueError:
            raise RegistryError(
                translate(
                    "stats",
                    "The key of the registry of services {key} is damaged: the registry is not "
                    "used. Restore it from a copy, or move the registry and its key away to "
                    "start a new one.",
                    key=key_file,
                )
            ) from None
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
    """The registry at `path`; an empty one when there is none yet.

    Raises RegistryError, in the user's language, for a registry that cannot be read or
    trusted; the caller uses none then, and counts nothing against it.
    """
    try:
        if not path.exists():
            if _key_file(path).exists():  # a damaged key is said now, not at the first save
                _signing_key(path, create=False)
            return Registry()
        document = json.loads(path.read_text(encoding="utf-8"))
        body = {key: value for key, value in document.items() if key != "signature"}
        registry = Registry(
            services={s["service_id"]: KnownService(**s) for s in body["services"]},
            events=list(body["events"]),
        )
        if body.get("format") != FORMAT or body.get("version") != VERSION:
            raise ValueError("format")
        signature = base64.b64decode(document["signature"])
        _signing_key(path, create=False).public_key().verify(signature, _body(registry))
    except InvalidSignature:
        raise RegistryError(
            translate(
                "stats",
                "The registry of services {path} was changed outside rsdesk: it is not used. "
                "Restore it from a copy, or move it away to start a new one.",
                path=path,
            )
        ) from None
    except OSError as exc:
        raise RegistryError(
            translate(
                "stats",
                "The registry of services {path} cannot be read ({reason}).",
                path=path,
                reason=os_reason(exc),
            )
        ) from None
    except (ValueError, KeyError, TypeError, AttributeError, RecursionError):
        raise RegistryError(
            translate(
                "stats",
                "The registry of services {path} is damaged: it is not used. Restore it from a "
                "copy, or move it away to start a new one.",
                path=path,
            )
        ) from None
    return registry


def save(registry: Registry, path: Path) -> None:
    """Written beside, flushed and put in place: a full disk never leaves half a registry.

    Raises OSError (say it with os_reason) or RegistryError (the key went bad since load).
    """
    body = _body(registry)
    document = json.loads(body)
    path.parent.mkdir(parents=True, exist_ok=True)
    document["signature"] = base64.b64encode(_signing_key(path, create=True).sign(body)).decode()
    write_atomic(path, json.dumps(document, ensure_ascii=False, indent=1).encode("utf-8"))


def save_reason(path: Path, error: OSError | RegistryError) -> str:
    """What the operator reads when the registry could not be saved."""
    if isinstance(error, RegistryError):
        return error.message
    return translate(
        "stats",
        "The registry of services {path} cannot be written: {reason}. Nothing in it changed.",
        path=path,
        reason=os_reason(error),
    )


def default_path() -> Path:
    from rsdesk.paths import app_paths

    return app_paths().data / "regional" / "registry.json"


def admit(registry: Registry, entries: list, on: date) -> tuple[list, list[tuple[str, str]]]:
    """The entries the registry lets count, and the rejected ones with their reasons.

    A known service counts only with its pinned key. A new one is pinned with its key, unless
    two keys arrive for it in one run: then neither is trusted and the operator decides.
    """
    keys_of_new: dict[str, set[bytes]] = {}
    unpinned = {i for i, s in registry.services.items() if not s.public_key}
    for entry in entries:
        if entry.service_id not in registry.services or entry.service_id in unpinned:
            keys_of_new.setdefault(entry.service_id, set()).add(entry.public_key)
    kept, rejected = [], []
    for entry in entries:
        known = registry.services.get(entry.service_id)
        key = base64.b64encode(entry.public_key).decode()
        if len(keys_of_new.get(entry.service_id, ())) > 1:
            rejected.append((entry.path, _two_keys(entry)))
            registry.record_once(on, entry.service_id, "two_keys", entry.path)
            continue
        if known is None:
            known = registry.services[entry.service_id] = KnownService(
                entry.service_id, entry.kind, entry.name, entry.municipality, key, on.isoformat()
            )
            registry.record(on, entry.service_id, "pinned", entry.path)
        elif not known.public_key:  # listed in advance without a key: its first file pins it
            known.public_key = key
            registry.record(on, entry.service_id, "pinned", entry.path)
        if known.public_key != key:
            rejected.append((entry.path, _other_key(known)))
            registry.record_once(on, entry.service_id, "rejected_key", entry.path)
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


def fingerprint(public_key: str | bytes) -> str:
    """A key as people compare it over the phone: the first 16 hex digits of its SHA-256,
    in groups of four (base64 or raw bytes in)."""
    raw = base64.b64decode(public_key) if isinstance(public_key, str) else public_key
    digest = hashlib.sha256(raw).hexdigest()[:16].upper()
    return " ".join(digest[i : i + 4] for i in range(0, 16, 4))


def key_change(registry: Registry, service_id: str, public_key: bytes) -> KnownService:
    """The known service whose key would change to `public_key`; RegistryError when the file
    is of a service the registry does not know, or already carries its key."""
    known = registry.services.get(service_id)
    if known is None:
        raise RegistryError(translate("stats", "No service {id} in the registry.", id=service_id))
    if known.public_key == base64.b64encode(public_key).decode():
        raise RegistryError(
            translate(
                "stats",
                "The file is signed with the key already known for {name}: nothing to change.",
                name=known.name,
            )
        )
    return known


EVENTS = {
    "pinned": QT_TRANSLATE_NOOP("stats", "first file: key pinned"),
    "confirmed": QT_TRANSLATE_NOOP("stats", "confirmed by the operator"),
    "listed": QT_TRANSLATE_NOOP("stats", "added from a prepared list"),
    "rejected_key": QT_TRANSLATE_NOOP("stats", "file rejected: signed with another key"),
    "two_keys": QT_TRANSLATE_NOOP("stats", "files with two different keys: none counted"),
    "key_changed": QT_TRANSLATE_NOOP("stats", "new key accepted by the operator"),
}


def event_label(event: str) -> str:
    """An event of the registry in the user's language (its key when it is unknown)."""
    source = EVENTS.get(event)
    return translate("stats", source) if source else event
