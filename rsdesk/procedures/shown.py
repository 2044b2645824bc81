"""A recorded stage's values as a user reads them, and what a correction changed in them.

The audit keeps a correction's old and new values in these words (beside the entry, in the
vault), so a reader sees «Дата встречи: 24.09.2026 → 29.09.2026», not stored keys.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from rsdesk.domain.audit import FieldChange
from rsdesk.i18n import translate
from rsdesk.procedures.days import as_day, day_of, shown_day
from rsdesk.procedures.schema import Field, Stage

NOTHING = "—"


def shown_item(item: Mapping[str, Any], names: Mapping[str, str]) -> str:
    """«Извиниться (Петров Иван, до 30.09.2026)»."""
    by = as_day(item.get("by"))
    return translate(
        "procedures",
        "{what} ({who}, by {by})",
        what=item.get("what", ""),
        who=", ".join(names.get(w, w) for w in item.get("who", [])),
        by=shown_day(by) if by else NOTHING,
    )


def shown_value(field: Field, value: Any, names: Mapping[str, str]) -> str:
    """One stored value in the words of the form that took it."""
    if value is None or value == [] or value == "":
        return NOTHING
    if field.type == "bool":
        return translate("procedures", "yes") if value else translate("procedures", "no")
    if field.type == "date":
        day = as_day(value)
        return shown_day(day) if day else str(value)
    if field.type == "choice":
        labels = {choice.key: choice.label for choice in field.choices}
        return labels.get(value, str(value))
    if field.type == "participants":
        return ", ".join(names.get(pid, pid) for pid in value)
    if field.type == "agreement_items":
        return "; ".join(shown_item(item, names) for item in value)
    if field.type == "number":
        return f"{value:g}"
    return str(value)


def entry_changes(
    stage: Stage,
    old: Mapping[str, Any],
    new: Mapping[str, Any],
    names: Mapping[str, str],
    items: Sequence[Mapping[str, Any]] = (),
) -> list[FieldChange]:
    """What a correction changed in a record: the day, the participant, each field, the
    fulfilment of each item (`items` are the agreement's, to name them)."""
    changes = []
    old_day, new_day = day_of(old), day_of(new)
    day_field = stage.day_field
    if old_day != new_day and day_field is None and old_day and new_day:
        changes.append(
            FieldChange(translate("procedures", "Date"), shown_day(old_day), shown_day(new_day))
        )
    if old.get("participant") != new.get("participant"):
        changes.append(
            FieldChange(
                translate("procedures", "Participant"),
                names.get(old.get("participant") or "", NOTHING),
                names.get(new.get("participant") or "", NOTHING),
            )
        )
    for field in stage.fields:
        before = shown_value(field, old["values"].get(field.key), names)
        after = shown_value(field, new["values"].get(field.key), names)
        if before != after:
            changes.append(FieldChange(field.label, before, after))
    old_statuses = old.get("item_fulfilment") or {}
    new_statuses = new.get("item_fulfilment") or {}
    kept = stage.bound("fulfilment")
    for index in sorted({*old_statuses, *new_statuses}, key=int):
        before = shown_value(kept, old_statuses.get(index), names) if kept else NOTHING
        after = shown_value(kept, new_statuses.get(index), names) if kept else NOTHING
        if before != after:
            what = items[int(index)]["what"] if int(index) < len(items) else index
            changes.append(
                FieldChange(translate("procedures", "Item «{what}» kept", what=what), before, after)
            )
    return changes


def item_changes(
    old: Sequence[Mapping[str, Any]], new: Sequence[Mapping[str, Any]], names: Mapping[str, str]
) -> list[FieldChange]:
    """What an edit of the agreement's items changed, item by item."""
    changes = []
    for number in range(max(len(old), len(new))):
        before = shown_item(old[number], names) if number < len(old) else NOTHING
        after = shown_item(new[number], names) if number < len(new) else NOTHING
        if before != after:
            label = translate("procedures", "Agreement item {number}", number=number + 1)
            changes.append(FieldChange(label, before, after))
    return changes
