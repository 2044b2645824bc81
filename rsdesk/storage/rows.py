"""Small conversions between database rows and the register's records."""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import date
from typing import Any

from sqlite_utils import Database


def iso(value: date | None) -> str | None:
    return value.isoformat() if value is not None else None


def day(value: str | None) -> date | None:
    return date.fromisoformat(value) if value else None


def ids_json(ids: tuple[int, ...] | list[int]) -> str:
    return json.dumps([int(i) for i in ids])


def ids_from_json(text: str | None) -> tuple[int, ...]:
    return tuple(int(i) for i in json.loads(text or "[]"))


def rows(db: Database, sql: str, params: list[Any] | tuple[Any, ...] = ()) -> Iterator[dict]:
    cursor = db.execute(sql, list(params))
    names = [d[0] for d in cursor.description]
    for values in cursor:
        yield dict(zip(names, values, strict=True))


def one(db: Database, sql: str, params: list[Any] | tuple[Any, ...] = ()) -> dict | None:
    return next(rows(db, sql, params), None)


class NotFoundError(LookupError):
    """A record asked for by id does not exist (a stale id from the GUI)."""
