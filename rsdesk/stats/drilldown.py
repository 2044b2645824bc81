"""Table 1 and Table 2 per municipality and per service, beside the regional totals."""

from __future__ import annotations

from dataclasses import dataclass

from rsdesk.i18n import translate
from rsdesk.stats.aggregate import Entry, Result
from rsdesk.stats.tables import SCHOOL_KEYS, TERRITORIAL_KEYS, is_acting

MUNICIPALITY = "municipality"
SERVICE = "service"
VIEWS = (MUNICIPALITY, SERVICE)
# Table 1 is broken down by its «all services» column: the acting split stays regional, so
# a municipality's non-acting services cannot be had as the difference of two published cells.
KINDS = ("school", "territorial")


@dataclass(frozen=True)
class UnitRow:
    """One municipality's or one service's row of a table, exact (the working view)."""

    label: str
    municipality: str
    values: dict[str, int]
    service_id: str = ""
    acting: bool = False
    # The services of a municipality row, by their index in the same kind's service view.
    members: tuple[int, ...] = ()


@dataclass(frozen=True)
class Drill:
    """A table broken down: its rows, and the regional totals they add up to."""

    kind: str  # "school" (Table 1) or "territorial" (Table 2)
    view: str  # MUNICIPALITY or SERVICE
    keys: tuple[str, ...]
    rows: tuple[UnitRow, ...]
    total: dict[str, int]


def keys_of(kind: str) -> tuple[str, ...]:
    return SCHOOL_KEYS if kind == "school" else TERRITORIAL_KEYS


def regional_total(result: Result, kind: str) -> dict[str, int]:
    tables = result.tables
    return dict(tables["school"]["all"] if kind == "school" else tables["territorial"])


def place_of(entry: Entry) -> str:
    """The municipality as printed; a file may leave it empty."""
    return entry.municipality.strip() or translate("stats", "municipality not given")


def _services(result: Result, kind: str) -> list[Entry]:
    found = [entry for entry in result.counted if entry.kind == kind]
    return sorted(found, key=lambda e: (place_of(e).casefold(), e.name.casefold(), e.service_id))


def by_service(result: Result, kind: str) -> Drill:
    keys = keys_of(kind)
    rows = tuple(
        UnitRow(
            label=entry.name,
            municipality=place_of(entry),
            values=dict(zip(keys, entry.row, strict=True)),
            service_id=entry.service_id,
            acting=kind == "school" and is_acting(entry.row),
        )
        for entry in _services(result, kind)
    )
    return Drill(kind, SERVICE, keys, rows, regional_total(result, kind))


def by_municipality(result: Result, kind: str) -> Drill:
    keys = keys_of(kind)
    services = by_service(result, kind).rows
    places: dict[str, list[int]] = {}
    for index, row in enumerate(services):
        places.setdefault(row.municipality, []).append(index)
    rows = tuple(
        UnitRow(
            label=place,
            municipality=place,
            values={key: sum(services[i].values[key] for i in members) for key in keys},
            members=tuple(members),
        )
        for place, members in places.items()
    )
    return Drill(kind, MUNICIPALITY, keys, rows, regional_total(result, kind))


def drill(result: Result, kind: str, view: str) -> Drill:
    return by_municipality(result, kind) if view == MUNICIPALITY else by_service(result, kind)


def all_drills(result: Result) -> dict[tuple[str, str], Drill]:
    return {(kind, view): drill(result, kind, view) for kind in KINDS for view in VIEWS}


def sums_to_total(table: Drill) -> bool:
    """The rows add up exactly to the regional totals (what the working view promises)."""
    return all(sum(row.values[key] for row in table.rows) == table.total[key] for key in table.keys)
