"""What a correction of the roster keeps: each changed field with its old and new value, as read.

A person's name, contacts and note are not among them: the corrected values of the roster
stay in the vault for good (no case purges them), and a young mediator is a child.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date

from rsdesk.domain.audit import FieldChange
from rsdesk.domain.register import Mediator, TrainingRecord
from rsdesk.domain.register_keys import MEDIATOR_KIND_LABELS, TRAINING_KIND_LABELS, register_label
from rsdesk.domain.roster import ServiceYears
from rsdesk.domain.vocabulary import MODULE_LABELS, label
from rsdesk.i18n import current_language, translate


def day_text(value: date | None) -> str:
    """A day as the interface language writes it (the GUI's format_date, without Qt)."""
    if value is None:
        return ""
    if current_language() == "en":
        return f"{value.month}/{value.day}/{value.year}"
    return f"{value:%d.%m.%Y}"


def hours_text(hours: float) -> str:
    """36 rather than 36.0; 1,5 with the Russian decimal comma."""
    if float(hours).is_integer():
        return str(int(hours))
    text = f"{float(hours):.1f}"
    return text if current_language() == "en" else text.replace(".", ",")


def training_text(record: TrainingRecord) -> str:
    """The training a record is of: the module's name, or the kind of training."""
    if record.kind == "module" and record.module:
        return label(MODULE_LABELS, record.module)
    if record.kind in TRAINING_KIND_LABELS:
        return register_label(TRAINING_KIND_LABELS, record.kind)
    return record.kind


def _training_fields(record: TrainingRecord) -> list[tuple[str, str]]:
    return [
        (translate("roster", "Training"), training_text(record)),
        (translate("roster", "Date"), day_text(record.held_on)),
        (translate("roster", "Hours"), hours_text(record.hours)),
        (translate("roster", "Note"), record.note.strip()),
    ]


def _differences(
    old: Iterable[tuple[str, str]], new: Iterable[tuple[str, str]]
) -> list[FieldChange]:
    return [
        FieldChange(field, before, after)
        for (field, before), (_same, after) in zip(old, new, strict=True)
        if before != after
    ]


def training_changes(old: TrainingRecord, new: TrainingRecord) -> list[FieldChange]:
    return _differences(_training_fields(old), _training_fields(new))


def training_removed(record: TrainingRecord) -> list[FieldChange]:
    """A deleted record: every field it had, and nothing after."""
    return [FieldChange(field, value, "") for field, value in _training_fields(record) if value]


def role_text(mediator: Mediator) -> str:
    if mediator.is_curator:
        return translate("roster", "curator of the service")
    if mediator.kind in MEDIATOR_KIND_LABELS:
        return register_label(MEDIATOR_KIND_LABELS, mediator.kind)
    return mediator.kind


def years_list(years: Iterable[int]) -> str:
    """2021–2023, 2025: runs of consecutive years shortened to a range."""
    runs: list[list[int]] = []
    for year in sorted(set(years)):
        if runs and year == runs[-1][-1] + 1:
            runs[-1].append(year)
        else:
            runs.append([year])
    return ", ".join(str(run[0]) if len(run) == 1 else f"{run[0]}–{run[-1]}" for run in runs)


def _mediator_fields(mediator: Mediator, service: ServiceYears) -> list[tuple[str, str]]:
    first = service.first
    return [
        (translate("roster", "Role"), role_text(mediator)),
        (translate("roster", "Class"), mediator.class_name.strip()),
        (translate("roster", "Position"), mediator.position.strip()),
        (translate("roster", "Works in the service since"), "" if first is None else str(first)),
        (
            translate("roster", "Last year of work"),
            "" if service.left_in is None else str(service.left_in),
        ),
        (translate("roster", "Breaks in the work"), years_list(service.breaks)),
    ]


def mediator_changes(
    old: Mediator, old_service: ServiceYears, new: Mediator, new_service: ServiceYears
) -> list[FieldChange]:
    return _differences(_mediator_fields(old, old_service), _mediator_fields(new, new_service))
