"""Whether a facilitator has mastered the training module a program (and a case) calls for."""

from __future__ import annotations

from collections.abc import Iterable

from rsdesk.domain.vocabulary import (
    MODULE_FOR_CATEGORY,
    MODULE_FOR_PROGRAM,
    MODULE_LABELS,
    PROGRAM_LABELS,
    category_label,
    label,
)
from rsdesk.i18n import translate


def training_warnings(
    program_type: str, category: str | None, facilitator_modules: Iterable[str]
) -> list[str]:
    """Russian warnings, one per missing module; empty when the facilitator is trained.

    A warning is advice for the curator, who may override it (ProgramRun.override_training).
    """
    modules = set(facilitator_modules)
    warnings: list[str] = []
    needed = MODULE_FOR_PROGRAM.get(program_type)
    if needed and needed not in modules:
        what = (
            label(PROGRAM_LABELS, program_type) if program_type in PROGRAM_LABELS else program_type
        )
        warnings.append(
            translate(
                "procedures",
                "The facilitator has not mastered the module «{module}» needed to lead "
                "«{program}».",
                module=label(MODULE_LABELS, needed),
                program=what,
            )
        )
    needed = MODULE_FOR_CATEGORY.get(category or "")
    if needed and needed not in modules:
        warnings.append(
            translate(
                "procedures",
                "The facilitator has not mastered the module «{module}» needed for a case of the "
                "category «{category}».",
                module=label(MODULE_LABELS, needed),
                category=category_label(category or ""),
            )
        )
    return warnings
