"""Russian labels of every payload field and table key, and the rows of the export preview."""

from __future__ import annotations

from rsdesk.domain.vocabulary import (
    CATEGORIES,
    PROGRAM_LABELS,
    PROGRAM_TYPES,
    REQUEST_SOURCES,
    SERVICE_KINDS,
    SOURCE_LABELS,
    category_label,
    label,
)
from rsdesk.i18n import QT_TRANSLATE_NOOP, translate

SCHOOL_LABELS = {
    "services": QT_TRANSLATE_NOOP("stats", "Number of reconciliation services"),
    "adult_mediators": QT_TRANSLATE_NOOP("stats", "Number of adult mediators"),
    "young_mediators": QT_TRANSLATE_NOOP("stats", "Number of young school mediators"),
    "requests_received": QT_TRANSLATE_NOOP("stats", "Number of requests received by the service"),
    "programs_completed": QT_TRANSLATE_NOOP(
        "stats", "Number of completed restorative programs, including:"
    ),
    "programs_mediation": QT_TRANSLATE_NOOP(
        "stats", "restorative mediation or reconciliation programs"
    ),
    "programs_school_conference": QT_TRANSLATE_NOOP("stats", "school conferences"),
    "programs_community_circle": QT_TRANSLATE_NOOP("stats", "community circles on conflicts"),
    "programs_preventive": QT_TRANSLATE_NOOP("stats", "restorative preventive programs"),
    "programs_other": QT_TRANSLATE_NOOP("stats", "other programs"),
    "participants": QT_TRANSLATE_NOOP(
        "stats", "Total number of participants in restorative programs, including:"
    ),
    "participants_adults": QT_TRANSLATE_NOOP(
        "stats", "adults (parents or legal representatives, teachers)"
    ),
    "participants_minors": QT_TRANSLATE_NOOP("stats", "children and adolescents"),
}
TERRITORIAL_LABELS = {
    "services": QT_TRANSLATE_NOOP("stats", "Number of territorial reconciliation services"),
    "mediators": QT_TRANSLATE_NOOP(
        "stats", "Number of facilitators of restorative programs (mediators)"
    ),
    "services_with_programs": QT_TRANSLATE_NOOP(
        "stats", "Services that held restorative programs in the year"
    ),
    "requests_received": QT_TRANSLATE_NOOP("stats", "Total number of requests received"),
    "programs_completed": QT_TRANSLATE_NOOP(
        "stats", "Total number of completed restorative programs, by category of case:"
    ),
    "category_juvenile_crime": QT_TRANSLATE_NOOP("stats", "juvenile crime"),
    "category_socially_dangerous_act": QT_TRANSLATE_NOOP(
        "stats", "socially dangerous acts of minors below the age of criminal responsibility"
    ),
    "category_family": QT_TRANSLATE_NOOP("stats", "family conflicts and difficult situations"),
    "category_educational": QT_TRANSLATE_NOOP(
        "stats", "conflicts and problem situations in educational organisations"
    ),
    "category_administrative_offence": QT_TRANSLATE_NOOP(
        "stats", "administrative offences of minors"
    ),
    "category_other": QT_TRANSLATE_NOOP("stats", "other situations"),
    "type_restorative_mediation": QT_TRANSLATE_NOOP("stats", "restorative mediation"),
    "type_shuttle_mediation": QT_TRANSLATE_NOOP("stats", "shuttle mediation"),
    "type_community_circle": QT_TRANSLATE_NOOP("stats", "community circles"),
    "type_preventive": QT_TRANSLATE_NOOP("stats", "preventive circles and programs"),
    "type_school_conference_or_council": QT_TRANSLATE_NOOP(
        "stats", "school conference or school-parent council"
    ),
    "type_family_conference": QT_TRANSLATE_NOOP("stats", "family conference"),
    "type_other": QT_TRANSLATE_NOOP("stats", "other programs"),
    "participants": QT_TRANSLATE_NOOP(
        "stats", "Total number of participants in completed restorative programs"
    ),
}
# Rows shown indented under the row before them ("including:").
SUB_ROWS = frozenset(
    {
        "programs_mediation",
        "programs_school_conference",
        "programs_community_circle",
        "programs_preventive",
        "programs_other",
        "participants_adults",
        "participants_minors",
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
    }
)
# Table 2 puts a heading before the program types, as the article does.
TYPES_HEADING_BEFORE = "type_restorative_mediation"


def school_label(key: str) -> str:
    return translate("stats", SCHOOL_LABELS[key])


def territorial_label(key: str) -> str:
    return translate("stats", TERRITORIAL_LABELS[key])


def table_texts(year: int | None) -> dict[str, str]:
    """Titles and column headings of the two tables, in the user's language."""
    shown = str(year) if year is not None else "—"
    return {
        "table1": translate(
            "stats", "Table 1. School reconciliation services ({year})", year=shown
        ),
        "table2": translate(
            "stats", "Table 2. Territorial reconciliation services ({year})", year=shown
        ),
        "indicator": translate("stats", "Indicators"),
        "all": translate("stats", "All services"),
        "acting": translate("stats", "Acting services"),
        "acting_note": translate("stats", "(at least 4 programs a year)"),
        "value": translate("stats", "Value"),
        "types_heading": translate(
            "stats", "Types of restorative programs, by the number completed:"
        ),
    }


Row = tuple[str, str | int]


def payload_sections(payload: dict) -> list[tuple[str, list[Row]]]:
    """Every value of a payload, grouped, each with its label: what leaves the machine."""
    service = payload["service"]
    completed = payload["programs_completed"]
    agreed = payload["programs_with_agreement"]
    return [
        (
            translate("stats", "Service"),
            [
                (translate("stats", "Service id"), service["id"]),
                (
                    translate("stats", "Kind of service"),
                    translate("vocabulary", SERVICE_KINDS[service["kind"]]),
                ),
                (translate("stats", "Name"), service["name"]),
                (translate("stats", "Region"), service["region"]),
                (translate("stats", "Municipality"), service["municipality"]),
                (translate("stats", "Year"), payload["year"]),
                (translate("stats", "Date of the export"), payload["generated"]),
            ],
        ),
        (
            translate("stats", "Mediators of the year"),
            [
                (translate("stats", "Adult mediators"), payload["mediators"]["adult"]),
                (translate("stats", "Young mediators"), payload["mediators"]["young"]),
            ],
        ),
        (
            translate("stats", "Requests received"),
            [(translate("stats", "Requests received, total"), payload["requests_received"])]
            + [
                (
                    translate("stats", "From: {origin}", origin=label(SOURCE_LABELS, key)),
                    payload["requests_by_source"][key],
                )
                for key in REQUEST_SOURCES
            ],
        ),
        (
            translate("stats", "Programs ended in the year"),
            [
                (translate("stats", "Stopped programs"), payload["programs_stopped"]),
            ]
            + [
                (
                    translate("stats", "Completed: {type}", type=label(PROGRAM_LABELS, key)),
                    completed[key],
                )
                for key in PROGRAM_TYPES
            ]
            + [
                (
                    translate(
                        "stats", "With an agreement: {type}", type=label(PROGRAM_LABELS, key)
                    ),
                    agreed[key],
                )
                for key in PROGRAM_TYPES
            ],
        ),
        (
            translate("stats", "Completed programs by category of case"),
            [(category_label(key), payload["completed_by_category"][key]) for key in CATEGORIES],
        ),
        (
            translate("stats", "Participants of completed programs"),
            [
                (translate("stats", "Adults"), payload["participants"]["adults"]),
                (translate("stats", "Minors"), payload["participants"]["minors"]),
            ],
        ),
    ]


def payload_rows(payload: dict) -> list[Row]:
    """The preview as one list of (label, value): every number that will leave the machine."""
    return [row for _title, rows in payload_sections(payload) for row in rows]
