"""Builders of statistics payloads and signed files for the statistics tests."""

from __future__ import annotations

import uuid
from pathlib import Path

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from rsdesk.domain.vocabulary import CATEGORIES, PROGRAM_TYPES, REQUEST_SOURCES
from rsdesk.stats.fileformat import sign, write_stats_file


def make_payload(
    *,
    kind: str = "school",
    year: int = 2019,
    generated: str = "2020-01-15",
    service_id: str | None = None,
    name: str = "МБОУ «СОШ № 1»",
    adult: int = 0,
    young: int = 0,
    sources: dict[str, int] | None = None,
    completed: dict[str, int] | None = None,
    agreement: dict[str, int] | None = None,
    categories: dict[str, int] | None = None,
    stopped: int = 0,
    adults: int = 0,
    minors: int = 0,
) -> dict:
    """A valid payload; counts not given are zero. Categories default to `other` for all."""
    completed = {**dict.fromkeys(PROGRAM_TYPES, 0), **(completed or {})}
    if categories is None:
        categories = {"other": sum(completed.values())}
    sources = {**dict.fromkeys(REQUEST_SOURCES, 0), **(sources or {})}
    return {
        "service": {
            "id": service_id or str(uuid.uuid4()),
            "kind": kind,
            "name": name,
            "region": "Кемеровская область — Кузбасс",
            "municipality": "г. Кемерово",
        },
        "year": year,
        "generated": generated,
        "mediators": {"adult": adult, "young": young},
        "requests_received": sum(sources.values()),
        "requests_by_source": sources,
        "programs_completed": completed,
        "programs_with_agreement": {**dict.fromkeys(PROGRAM_TYPES, 0), **(agreement or {})},
        "programs_stopped": stopped,
        "completed_by_category": {**dict.fromkeys(CATEGORIES, 0), **categories},
        "participants": {"adults": adults, "minors": minors},
    }


def write_signed(
    folder: Path, name: str, payload: dict, key: Ed25519PrivateKey | None = None
) -> Path:
    key = key or Ed25519PrivateKey.generate()
    return write_stats_file(folder / name, sign(payload, key))


def split(total: int, parts: int) -> list[int]:
    """`total` dealt as evenly as possible over `parts` (larger shares first)."""
    base, extra = divmod(total, parts)
    return [base + (1 if i < extra else 0) for i in range(parts)]


def deal(tokens: list[str], sizes: list[int]) -> list[dict[str, int]]:
    """Hand out tokens in order: the i-th service gets sizes[i] of them, counted by key."""
    assert sum(sizes) == len(tokens)
    hands, start = [], 0
    for size in sizes:
        hand: dict[str, int] = {}
        for token in tokens[start : start + size]:
            hand[token] = hand.get(token, 0) + 1
        hands.append(hand)
        start += size
    return hands


def tokens(counts: dict[str, int]) -> list[str]:
    return [key for key, count in counts.items() for _ in range(count)]
