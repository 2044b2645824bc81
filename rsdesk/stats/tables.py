"""Table 1 and Table 2 of docs/DOMAIN.md § "The regional tables": keys and one file's row."""

from __future__ import annotations

from rsdesk.domain.vocabulary import CIRCLE_TYPES

# Table 1, school services: the keys of `school.all` and `school.acting`, in docs/DOMAIN.md order.
SCHOOL_KEYS = (
    "services",
    "adult_mediators",
    "young_mediators",
    "requests_received",
    "programs_completed",
    "programs_mediation",
    "programs_school_conference",
    "programs_community_circle",
    "programs_preventive",
    "programs_other",
    "participants",
    "participants_adults",
    "participants_minors",
)
# Table 2, territorial services: the keys of `territorial`, in docs/DOMAIN.md order.
TERRITORIAL_KEYS = (
    "services",
    "mediators",
    "services_with_programs",
    "requests_received",
    "programs_completed",
    "category_juvenile_crime",
    "category_socially_dangerous_act",
    "category_family",
    "category_educational",
    "category_administrative_offence",
    "category_other",
    "type_restorative_mediation",
    "type_shuttle_mediation",
    "type_community_circle",
    "type_preventive",
    "type_school_conference_or_council",
    "type_family_conference",
    "type_other",
    "participants",
)
# An acting school service held at least this many completed programs in the year.
ACTING_MIN_PROGRAMS = 4

COMMUNITY_CIRCLES = tuple(c for c in CIRCLE_TYPES if c != "circle_preventive")
MEDIATION = ("restorative_mediation", "shuttle_mediation")
PREVENTIVE = ("preventive_program", "circle_preventive")
SCHOOL_OTHER = ("family_conference", "school_parent_council", "other")
CONFERENCE_OR_COUNCIL = ("school_conference", "school_parent_council")
FAMILY = ("family_difficult_situation", "family_violence")
EDUCATIONAL = (
    "educational_conflict",
    "community_problem",
    "bullying",
    "multilevel_conflict",
    "harm_by_staff",
)

# Which program types and categories make up each table row (used by rows and tests).
SCHOOL_TYPE_ROWS = {
    "programs_mediation": MEDIATION,
    "programs_school_conference": ("school_conference",),
    "programs_community_circle": COMMUNITY_CIRCLES,
    "programs_preventive": PREVENTIVE,
    "programs_other": SCHOOL_OTHER,
}
TERRITORIAL_CATEGORY_ROWS = {
    "category_juvenile_crime": ("crime",),
    "category_socially_dangerous_act": ("socially_dangerous_act",),
    "category_family": FAMILY,
    "category_educational": EDUCATIONAL,
    "category_administrative_offence": ("administrative_offence",),
    "category_other": ("other",),
}
TERRITORIAL_TYPE_ROWS = {
    "type_restorative_mediation": ("restorative_mediation",),
    "type_shuttle_mediation": ("shuttle_mediation",),
    "type_community_circle": COMMUNITY_CIRCLES,
    "type_preventive": PREVENTIVE,
    "type_school_conference_or_council": CONFERENCE_OR_COUNCIL,
    "type_family_conference": ("family_conference",),
    "type_other": ("other",),
}


def _total(counts: dict[str, int], keys: tuple[str, ...]) -> int:
    return sum(counts[key] for key in keys)


def school_row(payload: dict) -> tuple[int, ...]:
    """One school service's contribution to Table 1, in SCHOOL_KEYS order."""
    completed = payload["programs_completed"]
    adults = payload["participants"]["adults"]
    minors = payload["participants"]["minors"]
    return (
        1,
        payload["mediators"]["adult"],
        payload["mediators"]["young"],
        payload["requests_received"],
        sum(completed.values()),
        *(_total(completed, types) for types in SCHOOL_TYPE_ROWS.values()),
        adults + minors,
        adults,
        minors,
    )


def territorial_row(payload: dict) -> tuple[int, ...]:
    """One territorial service's contribution to Table 2, in TERRITORIAL_KEYS order."""
    completed = payload["programs_completed"]
    categories = payload["completed_by_category"]
    total = sum(completed.values())
    return (
        1,
        payload["mediators"]["adult"] + payload["mediators"]["young"],
        int(total > 0),
        payload["requests_received"],
        total,
        *(_total(categories, keys) for keys in TERRITORIAL_CATEGORY_ROWS.values()),
        *(_total(completed, types) for types in TERRITORIAL_TYPE_ROWS.values()),
        payload["participants"]["adults"] + payload["participants"]["minors"],
    )


def row_of(payload: dict) -> tuple[int, ...]:
    return (
        school_row(payload) if payload["service"]["kind"] == "school" else territorial_row(payload)
    )


def is_acting(school: tuple[int, ...]) -> bool:
    return school[SCHOOL_KEYS.index("programs_completed")] >= ACTING_MIN_PROGRAMS


def empty_tables() -> dict:
    return {
        "school": {"all": dict.fromkeys(SCHOOL_KEYS, 0), "acting": dict.fromkeys(SCHOOL_KEYS, 0)},
        "territorial": dict.fromkeys(TERRITORIAL_KEYS, 0),
    }


def add_row(table: dict[str, int], keys: tuple[str, ...], row: tuple[int, ...]) -> None:
    for key, value in zip(keys, row, strict=True):
        table[key] += value
