"""Who may lead which program: the module mapping of docs/DOMAIN.md, the limits of young mediators.

Adults: leading a program type without its module (and M4 for crime and socially dangerous
acts) is allowed but warned about; the curator may override. Young mediators are students
trained by the 36-hour program "Restorative mediation and the creation of a reconciliation
service", which teaches restorative mediation between peers and nothing else, and they work
under an adult: so they may co-mediate a restorative mediation of a peer situation
(YOUNG_CATEGORIES) once they have that program, and nothing else. That is a hard limit, not a
warning: offences, family situations and conflicts involving adults are beyond a student.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from rsdesk.domain.register import Mediator, TrainingRecord
from rsdesk.domain.vocabulary import (
    MODULE_FOR_CATEGORY,
    MODULE_FOR_PROGRAM,
    MODULE_LABELS,
    PROGRAM_LABELS,
    PROGRAM_TYPES,
    YOUNG_MEDIATOR_PROGRAM,
    category_label,
    label,
)
from rsdesk.i18n import translate

YOUNG_PROGRAM_TYPES = frozenset({"restorative_mediation"})
YOUNG_CATEGORIES = frozenset({"educational_conflict", "community_problem", "other"})


@dataclass(frozen=True)
class LeadCheck:
    """allowed False: a hard limit; missing_modules: a warning the curator may override."""

    allowed: bool
    missing_modules: tuple[str, ...] = ()
    reasons: tuple[str, ...] = ()

    @property
    def ok(self) -> bool:
        return self.allowed and not self.missing_modules


def modules_mastered(training: Iterable[TrainingRecord]) -> frozenset[str]:
    return frozenset(t.module for t in training if t.kind == "module" and t.module)


def has_young_program(training: Iterable[TrainingRecord]) -> bool:
    return any(t.kind == YOUNG_MEDIATOR_PROGRAM for t in training)


def _needs(program_type: str, category: str | None) -> list[tuple[str, str]]:
    """The modules a program of this type on a case of this category calls for, each with
    why: "program" or "category"."""
    needed = []
    if MODULE_FOR_PROGRAM.get(program_type):
        needed.append((MODULE_FOR_PROGRAM[program_type], "program"))
    if MODULE_FOR_CATEGORY.get(category or ""):
        needed.append((MODULE_FOR_CATEGORY[category or ""], "category"))
    return needed


def required_modules(program_type: str, category: str | None = None) -> tuple[str, ...]:
    return tuple(sorted({module for module, _why in _needs(program_type, category)}))


def training_warnings(
    program_type: str, category: str | None, facilitator_modules: Iterable[str]
) -> list[str]:
    """One warning per module the team has not mastered; empty when it is trained.

    A warning is advice for the curator, who may allow the program anyway
    (ProgramRun.override_training).
    """
    modules = set(facilitator_modules)
    warnings = []
    for module, why in _needs(program_type, category):
        if module in modules:
            continue
        if why == "program":
            warnings.append(
                translate(
                    "procedures",
                    "The facilitator has not mastered the module «{module}» needed to lead "
                    "«{program}».",
                    module=label(MODULE_LABELS, module),
                    program=label(PROGRAM_LABELS, program_type),
                )
            )
        else:
            warnings.append(
                translate(
                    "procedures",
                    "The facilitator has not mastered the module «{module}» needed for a case "
                    "of the category «{category}».",
                    module=label(MODULE_LABELS, module),
                    category=category_label(category or ""),
                )
            )
    return warnings


def may_lead(
    mediator: Mediator,
    training: Iterable[TrainingRecord],
    program_type: str,
    category: str | None = None,
) -> LeadCheck:
    training = tuple(training)
    if mediator.kind == "young":
        reasons = []
        if not has_young_program(training):
            reasons.append(
                translate("register", "has not completed the 36-hour program for young mediators")
            )
        if program_type not in YOUNG_PROGRAM_TYPES:
            reasons.append(
                translate("register", "young mediators co-mediate restorative mediation only")
            )
        if category is not None and category not in YOUNG_CATEGORIES:
            reasons.append(translate("register", "this situation is for adult mediators only"))
        return LeadCheck(allowed=not reasons, reasons=tuple(reasons))
    missing = tuple(
        m for m in required_modules(program_type, category) if m not in modules_mastered(training)
    )
    reasons = tuple(
        # The module's code as its label writes it: Cyrillic «М1», as in the other warnings.
        translate(
            "register",
            "module {module} not completed",
            module=label(MODULE_LABELS, module).split()[0],
        )
        for module in missing
    )
    return LeadCheck(allowed=True, missing_modules=missing, reasons=reasons)


def lead_matrix(mediator: Mediator, training: Iterable[TrainingRecord]) -> dict[str, LeadCheck]:
    """may_lead for every program type (no category), for the roster view."""
    training = tuple(training)
    return {ptype: may_lead(mediator, training, ptype) for ptype in PROGRAM_TYPES}
