"""Short column headings of the drill-down and the charts: the article's rows in a few words."""

from __future__ import annotations

from rsdesk.i18n import QT_TRANSLATE_NOOP, translate

SHORT_SCHOOL = {
    "services": QT_TRANSLATE_NOOP("stats", "Services"),
    "adult_mediators": QT_TRANSLATE_NOOP("stats", "Adult mediators"),
    "young_mediators": QT_TRANSLATE_NOOP("stats", "Young mediators"),
    "requests_received": QT_TRANSLATE_NOOP("stats", "Requests"),
    "programs_completed": QT_TRANSLATE_NOOP("stats", "Programs completed"),
    "programs_mediation": QT_TRANSLATE_NOOP("stats", "of them mediation"),
    "programs_school_conference": QT_TRANSLATE_NOOP("stats", "school conf."),
    "programs_community_circle": QT_TRANSLATE_NOOP("stats", "circles"),
    "programs_preventive": QT_TRANSLATE_NOOP("stats", "preventive"),
    "programs_other": QT_TRANSLATE_NOOP("stats", "other"),
    "participants": QT_TRANSLATE_NOOP("stats", "Participants"),
    "participants_adults": QT_TRANSLATE_NOOP("stats", "of them adults"),
    "participants_minors": QT_TRANSLATE_NOOP("stats", "children"),
}
SHORT_TERRITORIAL = {
    "services": QT_TRANSLATE_NOOP("stats", "Services"),
    "mediators": QT_TRANSLATE_NOOP("stats", "Mediators"),
    "services_with_programs": QT_TRANSLATE_NOOP("stats", "Services with programs"),
    "requests_received": QT_TRANSLATE_NOOP("stats", "Requests"),
    "programs_completed": QT_TRANSLATE_NOOP("stats", "Programs completed"),
    "category_juvenile_crime": QT_TRANSLATE_NOOP("stats", "crimes"),
    "category_socially_dangerous_act": QT_TRANSLATE_NOOP("stats", "socially dangerous acts"),
    "category_family": QT_TRANSLATE_NOOP("stats", "family"),
    "category_educational": QT_TRANSLATE_NOOP("stats", "educational"),
    "category_administrative_offence": QT_TRANSLATE_NOOP("stats", "administrative offences"),
    "category_other": QT_TRANSLATE_NOOP("stats", "other situations"),
    "type_restorative_mediation": QT_TRANSLATE_NOOP("stats", "mediation"),
    "type_shuttle_mediation": QT_TRANSLATE_NOOP("stats", "shuttle mediation"),
    "type_community_circle": QT_TRANSLATE_NOOP("stats", "circles"),
    "type_preventive": QT_TRANSLATE_NOOP("stats", "preventive"),
    "type_school_conference_or_council": QT_TRANSLATE_NOOP("stats", "conference or council"),
    "type_family_conference": QT_TRANSLATE_NOOP("stats", "family conference"),
    "type_other": QT_TRANSLATE_NOOP("stats", "other programs"),
    "participants": QT_TRANSLATE_NOOP("stats", "Participants"),
}


def short_label(kind: str, key: str) -> str:
    table = SHORT_SCHOOL if kind == "school" else SHORT_TERRITORIAL
    return translate("stats", table[key])


def marks_note() -> str:
    """The legend every published drill-down carries."""
    return translate(
        "stats",
        "«<3»: a value of 0, 1 or 2 for one municipality or one service, hidden so that no "
        "person can be recognised; «×»: hidden as well, so that a «<3» cannot be worked out "
        "from the totals. The regional totals are exact.",
    )


def working_note() -> str:
    return translate(
        "stats",
        "Working tables with exact figures for the regional centre: not for publication.",
    )
