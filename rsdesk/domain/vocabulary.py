"""The stable keys of docs/DOMAIN.md (stored in vaults, written to statistics files), their labels.

Labels are English source strings translated through the shared catalogue; the keys never
change, because statistics files of every service and year carry them.
"""

from __future__ import annotations

from rsdesk.i18n import QT_TRANSLATE_NOOP, translate

SERVICE_KINDS = {
    "school": QT_TRANSLATE_NOOP("vocabulary", "school reconciliation service"),
    "territorial": QT_TRANSLATE_NOOP("vocabulary", "territorial reconciliation service"),
}

# Category key -> (group of the regional monitoring, label); group None for "other".
CATEGORY_INFO: dict[str, tuple[int | None, str]] = {
    "educational_conflict": (
        1,
        QT_TRANSLATE_NOOP(
            "vocabulary",
            "conflict between participants of educational relations, incl. group conflicts",
        ),
    ),
    "community_problem": (
        2,
        QT_TRANSLATE_NOOP(
            "vocabulary", "problem situation in a children's, parents' or teachers' community"
        ),
    ),
    "crime": (3, QT_TRANSLATE_NOOP("vocabulary", "juvenile crime")),
    "socially_dangerous_act": (
        3,
        QT_TRANSLATE_NOOP(
            "vocabulary",
            "socially dangerous act of a minor below the age of criminal responsibility",
        ),
    ),
    "administrative_offence": (
        3,
        QT_TRANSLATE_NOOP("vocabulary", "administrative offence of a minor causing harm"),
    ),
    "family_difficult_situation": (
        4,
        QT_TRANSLATE_NOOP(
            "vocabulary", "family in a difficult life or socially dangerous situation"
        ),
    ),
    "family_violence": (
        4,
        QT_TRANSLATE_NOOP("vocabulary", "violence or abuse in the family against a child"),
    ),
    "bullying": (5, QT_TRANSLATE_NOOP("vocabulary", "bullying by peers or by teachers")),
    "multilevel_conflict": (
        5,
        QT_TRANSLATE_NOOP("vocabulary", "multilevel conflict in the escalation stage"),
    ),
    "harm_by_staff": (
        5,
        QT_TRANSLATE_NOOP("vocabulary", "harm done to a child by teachers or staff"),
    ),
    "other": (None, QT_TRANSLATE_NOOP("vocabulary", "other situation")),
}
CATEGORIES = tuple(CATEGORY_INFO)
CATEGORY_GROUPS = {key: group for key, (group, _label) in CATEGORY_INFO.items()}

# A school service does not take these: they belong to a territorial service.
TERRITORIAL_ONLY_CATEGORIES = frozenset(
    {"crime", "socially_dangerous_act", "administrative_offence"}
)

PROGRAM_LABELS = {
    "restorative_mediation": QT_TRANSLATE_NOOP("vocabulary", "restorative mediation"),
    "shuttle_mediation": QT_TRANSLATE_NOOP("vocabulary", "shuttle mediation"),
    "circle_mutual_understanding": QT_TRANSLATE_NOOP(
        "vocabulary", "circle of mutual understanding"
    ),
    "circle_reconciliation": QT_TRANSLATE_NOOP("vocabulary", "circle of reconciliation"),
    "circle_repairing_harm": QT_TRANSLATE_NOOP("vocabulary", "circle of repairing harm"),
    "circle_victim_support": QT_TRANSLATE_NOOP("vocabulary", "circle of support for the victim"),
    "circle_healing": QT_TRANSLATE_NOOP("vocabulary", "circle of healing"),
    "circle_problem_solving": QT_TRANSLATE_NOOP("vocabulary", "problem-solving circle"),
    "circle_preventive": QT_TRANSLATE_NOOP("vocabulary", "preventive circle"),
    "school_conference": QT_TRANSLATE_NOOP("vocabulary", "school restorative conference"),
    "family_conference": QT_TRANSLATE_NOOP("vocabulary", "family restorative conference"),
    "school_parent_council": QT_TRANSLATE_NOOP("vocabulary", "school-parent council"),
    "preventive_program": QT_TRANSLATE_NOOP("vocabulary", "restorative preventive program"),
    "other": QT_TRANSLATE_NOOP("vocabulary", "other program"),
}
PROGRAM_TYPES = tuple(PROGRAM_LABELS)
CIRCLE_TYPES = tuple(p for p in PROGRAM_TYPES if p.startswith("circle_"))

SOURCE_LABELS = {
    "administration": QT_TRANSLATE_NOOP("vocabulary", "school administration"),
    "teacher": QT_TRANSLATE_NOOP("vocabulary", "teacher"),
    "parent": QT_TRANSLATE_NOOP("vocabulary", "parent"),
    "student": QT_TRANSLATE_NOOP("vocabulary", "student"),
    "specialist": QT_TRANSLATE_NOOP("vocabulary", "specialist (psychologist, social pedagogue)"),
    "juvenile_commission": QT_TRANSLATE_NOOP("vocabulary", "juvenile affairs commission"),
    "police": QT_TRANSLATE_NOOP("vocabulary", "police juvenile division"),
    "court": QT_TRANSLATE_NOOP("vocabulary", "court"),
    "social_protection": QT_TRANSLATE_NOOP("vocabulary", "social protection"),
    "self": QT_TRANSLATE_NOOP("vocabulary", "the service itself"),
    "other": QT_TRANSLATE_NOOP("vocabulary", "other source"),
}
REQUEST_SOURCES = tuple(SOURCE_LABELS)

ROLE_LABELS = {
    "offender": QT_TRANSLATE_NOOP("vocabulary", "offender"),
    "victim": QT_TRANSLATE_NOOP("vocabulary", "victim"),
    "party": QT_TRANSLATE_NOOP("vocabulary", "party to the conflict"),
    "legal_representative": QT_TRANSLATE_NOOP("vocabulary", "parent or legal representative"),
    "teacher": QT_TRANSLATE_NOOP("vocabulary", "teacher"),
    "administration": QT_TRANSLATE_NOOP("vocabulary", "administration"),
    "specialist": QT_TRANSLATE_NOOP("vocabulary", "specialist"),
    "supporter": QT_TRANSLATE_NOOP("vocabulary", "supporter"),
    "other": QT_TRANSLATE_NOOP("vocabulary", "other participant"),
}
PARTICIPANT_ROLES = tuple(ROLE_LABELS)

OUTCOME_LABELS = {
    "completed_with_agreement": QT_TRANSLATE_NOOP("vocabulary", "completed with an agreement"),
    "completed_without_agreement": QT_TRANSLATE_NOOP(
        "vocabulary", "completed without an agreement"
    ),
    "stopped": QT_TRANSLATE_NOOP("vocabulary", "stopped"),
    "transferred": QT_TRANSLATE_NOOP("vocabulary", "transferred"),
}
OUTCOMES = tuple(OUTCOME_LABELS)

MODULE_LABELS = {
    "M1": QT_TRANSLATE_NOOP("vocabulary", "M1 restorative mediation and organising a service"),
    "M2": QT_TRANSLATE_NOOP("vocabulary", "M2 group conflicts: the community circle"),
    "M3": QT_TRANSLATE_NOOP("vocabulary", "M3 skills of restorative communication"),
    "M4": QT_TRANSLATE_NOOP("vocabulary", "M4 difficult cases: conflict with the law"),
    "M5": QT_TRANSLATE_NOOP("vocabulary", "M5 family group conferences"),
    "M6": QT_TRANSLATE_NOOP("vocabulary", "M6 school restorative conferences"),
    "M7": QT_TRANSLATE_NOOP(
        "vocabulary", "M7 multilevel conflicts in escalation: the school-parent council"
    ),
}
TRAINING_MODULES = tuple(MODULE_LABELS)
YOUNG_MEDIATOR_PROGRAM = "young36"

# Which module a facilitator should have mastered to lead a program (docs/DOMAIN.md § "Training").
MODULE_FOR_PROGRAM: dict[str, str] = {
    "restorative_mediation": "M1",
    "shuttle_mediation": "M1",
    **{circle: "M2" for circle in CIRCLE_TYPES},
    "family_conference": "M5",
    "school_conference": "M6",
    "school_parent_council": "M7",
}
# Cases of these categories also need M4 (difficult cases: conflict with the law).
MODULE_FOR_CATEGORY: dict[str, str] = {"crime": "M4", "socially_dangerous_act": "M4"}


def label(table: dict[str, str], key: str) -> str:
    """The label of a key in the current language, e.g. label(PROGRAM_LABELS, "other").

    A key the table lacks (a region's own program type) is shown as it is rather than
    breaking a view; rsdesk.procedures.program_title gives such a type its procedure's title.
    """
    return translate("vocabulary", table[key]) if key in table else key


def category_label(key: str) -> str:
    return translate("vocabulary", CATEGORY_INFO[key][1])
