"""Statistics payloads and signed files, and the folder of the article's 2019 monitoring."""

from __future__ import annotations

import json
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


# --- the article's 2019 monitoring ----------------------------------------------------------

ACTING_TYPES = {  # 427: mediation 331, conferences 3, circles 26, preventive 57, other 10
    "restorative_mediation": 300,
    "shuttle_mediation": 31,
    "school_conference": 3,
    "circle_reconciliation": 10,
    "circle_mutual_understanding": 6,
    "circle_problem_solving": 5,
    "circle_repairing_harm": 3,
    "circle_victim_support": 1,
    "circle_healing": 1,
    "preventive_program": 40,
    "circle_preventive": 17,
    "family_conference": 2,
    "school_parent_council": 5,
    "other": 3,
}
OTHER_SCHOOL_TYPES = {  # 88: mediation 66, conferences 2, circles 6, preventive 10, other 4
    "restorative_mediation": 64,
    "shuttle_mediation": 2,
    "school_conference": 2,
    "circle_reconciliation": 4,
    "circle_problem_solving": 2,
    "preventive_program": 7,
    "circle_preventive": 3,
    "school_parent_council": 1,
    "other": 3,
}
TERRITORIAL_TYPES = {  # 65
    "restorative_mediation": 48,
    "shuttle_mediation": 3,
    "circle_reconciliation": 5,
    "circle_healing": 2,
    "circle_repairing_harm": 2,
    "circle_preventive": 1,
    "school_parent_council": 1,
    "family_conference": 3,
}
TERRITORIAL_CATEGORIES = {  # 65: crime 2, acts 1, family 36, educational 26
    "crime": 2,
    "socially_dangerous_act": 1,
    "family_difficult_situation": 30,
    "family_violence": 6,
    "educational_conflict": 15,
    "bullying": 6,
    "community_problem": 3,
    "multilevel_conflict": 1,
    "harm_by_staff": 1,
}


def school_group(count, types, adult, young, requests, adults, minors):
    sizes = split(sum(types.values()), count)
    kinds = deal(tokens(types), sizes)
    school_categories = {"educational_conflict": 0.6, "bullying": 0.2, "community_problem": 0.2}
    payloads = []
    for i, hand in enumerate(kinds):
        total = sum(hand.values())
        first = round(total * school_categories["educational_conflict"])
        second = round(total * school_categories["bullying"])
        categories = {
            "educational_conflict": first,
            "bullying": second,
            "community_problem": total - first - second,
        }
        payloads.append(
            make_payload(
                adult=split(adult, count)[i],
                young=split(young, count)[i],
                sources={
                    "teacher": split(requests, count)[i] // 2,
                    "student": split(requests, count)[i] - split(requests, count)[i] // 2,
                },
                completed=hand,
                agreement={k: v // 2 for k, v in hand.items()},
                categories=categories,
                adults=split(adults, count)[i],
                minors=split(minors, count)[i],
            )
        )
    return payloads


def territorial_group():
    sizes = split(65, 11) + [0] * 4
    types = deal(tokens(TERRITORIAL_TYPES), sizes)
    categories = deal(tokens(TERRITORIAL_CATEGORIES), sizes)
    participants = split(289, 11) + [0] * 4
    return [
        make_payload(
            kind="territorial",
            name=f"ТСП № {i + 1}",
            adult=split(43, 15)[i] - (1 if i == 0 else 0),
            young=1 if i == 0 else 0,
            sources={"juvenile_commission": split(72, 15)[i]},
            completed=types[i],
            categories=categories[i],
            stopped=1,
            adults=participants[i] // 2,
            minors=participants[i] - participants[i] // 2,
        )
        for i in range(15)
    ]


def write_article_folder(folder: Path) -> Path:
    """The 116 services' signed files behind the article's Table 1, and noise to be ignored."""
    payloads = (
        school_group(51, ACTING_TYPES, 114, 108, 414, 592, 1027)
        + school_group(50, OTHER_SCHOOL_TYPES, 88, 59, 111, 214, 211)
        + territorial_group()
    )
    keys = [Ed25519PrivateKey.generate() for _ in payloads]
    for i, (payload, key) in enumerate(zip(payloads, keys, strict=True)):
        write_signed(folder, f"service-{i:03d}.rsdstats", payload, key)
    # Noise that must change nothing: an older file of a counted service, another year,
    # a forged copy of a real file, and a file that is not statistics at all.
    older = json.loads(json.dumps(payloads[0]))
    older["generated"] = "2020-01-10"
    older["mediators"]["adult"] += 50
    write_signed(folder, "service-000-draft.rsdstats", older, keys[0])
    write_signed(folder, "other-year.rsdstats", make_payload(year=2018, generated="2019-01-20"))
    forged = json.loads((folder / "service-005.rsdstats").read_text(encoding="utf-8"))
    forged["payload"]["requests_received"] += 100
    forged["payload"]["requests_by_source"]["teacher"] += 100
    (folder / "forged.json").write_text(json.dumps(forged, ensure_ascii=False), encoding="utf-8")
    (folder / "notes.json").write_text('{"hello": 1}', encoding="utf-8")
    (folder / "readme.txt").write_text("ignored: not a statistics suffix", encoding="utf-8")
    return folder
