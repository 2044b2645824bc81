"""Checks the values a mediator entered for a stage against the stage's fields."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from typing import Any

from rsdesk.domain.refusals import InputRefused
from rsdesk.i18n import translate
from rsdesk.procedures.schema import Field, Stage

ITEM_KEYS = {"who", "what", "by"}


class FieldValueError(InputRefused):
    """Values that do not fit their fields: field key -> Russian message for the mediator."""


def _empty(value: Any) -> bool:
    return (
        value is None
        or (isinstance(value, str | list | tuple) and not value)
        or (isinstance(value, str) and not value.strip())
    )


def _as_date(value: Any) -> date | None:
    if isinstance(value, date):
        return value
    if isinstance(value, str):
        try:
            return date.fromisoformat(value.strip())
        except ValueError:
            return None
    return None


def _text(field: Field, value: Any) -> tuple[Any, str | None]:
    if not isinstance(value, str):
        return None, translate("procedures", "«{label}»: enter text.", label=field.label)
    value = value.strip()
    if field.min_length is not None and len(value) < field.min_length:
        return None, translate(
            "procedures",
            "«{label}»: write at least {count} characters.",
            label=field.label,
            count=field.min_length,
        )
    if field.max_length is not None and len(value) > field.max_length:
        return None, translate(
            "procedures",
            "«{label}»: no more than {count} characters, please.",
            label=field.label,
            count=field.max_length,
        )
    return value, None


def _date(field: Field, value: Any, today: date) -> tuple[Any, str | None]:
    day = _as_date(value)
    if day is None:
        return None, translate("procedures", "«{label}»: enter a date.", label=field.label)
    if field.not_future and day > today:
        return None, translate(
            "procedures", "«{label}»: the date cannot be in the future.", label=field.label
        )
    return day.isoformat(), None


def _participants(field: Field, value: Any, roles: Mapping[str, str]) -> tuple[Any, str | None]:
    if not isinstance(value, list | tuple) or not all(isinstance(v, str) for v in value):
        return None, translate("procedures", "«{label}»: choose participants.", label=field.label)
    chosen = list(dict.fromkeys(value))
    unknown = [v for v in chosen if v not in roles]
    if unknown:
        return None, translate(
            "procedures",
            "«{label}»: these people are not participants of the program: {ids}.",
            label=field.label,
            ids=", ".join(unknown),
        )
    if field.roles and any(roles[v] not in field.roles for v in chosen):
        return None, translate(
            "procedures", "«{label}»: someone chosen has an unsuitable role.", label=field.label
        )
    if field.min_count is not None and len(chosen) < field.min_count:
        return None, translate(
            "procedures",
            "«{label}»: choose at least {count}.",
            label=field.label,
            count=field.min_count,
        )
    return chosen, None


def _items(field: Field, value: Any, roles: Mapping[str, str]) -> tuple[Any, str | None]:
    bad = translate(
        "procedures",
        "«{label}»: every item needs who (participants), what they do, and by when.",
        label=field.label,
    )
    if not isinstance(value, list | tuple):
        return None, bad
    items = []
    for item in value:
        if not isinstance(item, Mapping) or set(item) - ITEM_KEYS:
            return None, bad
        who, what, by = item.get("who"), item.get("what"), _as_date(item.get("by"))
        if (
            not isinstance(who, list | tuple)
            or not who
            or any(w not in roles for w in who)
            or not isinstance(what, str)
            or not what.strip()
            or by is None
        ):
            return None, bad
        items.append({"who": list(dict.fromkeys(who)), "what": what.strip(), "by": by.isoformat()})
    if field.min_count is not None and len(items) < field.min_count:
        return None, translate(
            "procedures",
            "«{label}»: choose at least {count}.",
            label=field.label,
            count=field.min_count,
        )
    return items, None


def _number(field: Field, value: Any) -> tuple[Any, str | None]:
    if isinstance(value, bool) or not isinstance(value, int | float):
        return None, translate("procedures", "«{label}»: enter a number.", label=field.label)
    too_low = field.min is not None and value < field.min
    if too_low or (field.max is not None and value > field.max):
        return None, translate(
            "procedures",
            "«{label}»: the number must be between {low} and {high}.",
            label=field.label,
            low="—" if field.min is None else f"{field.min:g}",
            high="—" if field.max is None else f"{field.max:g}",
        )
    return value, None


def check_value(
    field: Field, value: Any, *, today: date, roles: Mapping[str, str]
) -> tuple[Any, str | None]:
    """The stored form of one non-empty value, or a Russian message why it does not fit."""
    if field.type in ("text", "multiline"):
        return _text(field, value)
    if field.type == "date":
        return _date(field, value, today)
    if field.type == "bool":
        if not isinstance(value, bool):
            return None, translate("procedures", "«{label}»: answer yes or no.", label=field.label)
        if field.must_be_true and not value:
            return None, translate(
                "procedures", "«{label}»: this must be done before going on.", label=field.label
            )
        return value, None
    if field.type == "choice":
        if value not in field.choice_keys():
            return None, translate("procedures", "«{label}»: choose one option.", label=field.label)
        return value, None
    if field.type == "participants":
        return _participants(field, value, roles)
    if field.type == "agreement_items":
        return _items(field, value, roles)
    return _number(field, value)


def validate_values(
    stage: Stage, values: Mapping[str, Any], *, today: date, roles: Mapping[str, str]
) -> dict[str, Any]:
    """The values cleaned for storage (JSON types only); raises FieldValueError naming each field.

    ``roles`` maps the ids of the program's participants to their roles.
    """
    errors: dict[str, str] = {}
    cleaned: dict[str, Any] = {}
    known = {field.key for field in stage.fields}
    for key in values:
        if key not in known:
            errors[key] = translate("procedures", "The stage has no field «{key}».", key=key)
    for field in stage.fields:
        value = values.get(field.key)
        if _empty(value) and not (field.type == "bool" and value is False):
            if field.required or field.must_be_true:
                errors[field.key] = translate("procedures", "Fill in «{label}».", label=field.label)
            continue
        stored, error = check_value(field, value, today=today, roles=roles)
        if error:
            errors[field.key] = error
        else:
            cleaned[field.key] = stored
    if errors:
        raise FieldValueError(errors)
    return cleaned
