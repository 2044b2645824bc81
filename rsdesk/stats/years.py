"""The regional tables of several years side by side, with the change from the first year."""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date

from rsdesk.stats.aggregate import Result, aggregate
from rsdesk.stats.labels import SUB_ROWS, school_label, territorial_label
from rsdesk.stats.registry import Registry
from rsdesk.stats.tables import SCHOOL_KEYS, TERRITORIAL_KEYS

# More years than this no longer fit one landscape page beside the labels.
MOST_YEARS = 6


@dataclass(frozen=True)
class YearLine:
    """One indicator over the years: its values, and the last year's against the first."""

    key: str
    label: str
    values: tuple[int, ...]
    indent: bool = False

    @property
    def change(self) -> int:
        return self.values[-1] - self.values[0] if self.values else 0

    @property
    def percent(self) -> float | None:
        """The change in per cent of the first year; None when the first year had nothing."""
        if not self.values or self.values[0] == 0:
            return None
        return 100.0 * self.change / self.values[0]


@dataclass(frozen=True)
class YearTables:
    years: tuple[int, ...]
    results: tuple[Result, ...]
    school: tuple[YearLine, ...]  # Table 1, all services
    acting: tuple[YearLine, ...]  # Table 1, acting services
    territorial: tuple[YearLine, ...]  # Table 2

    def files(self) -> tuple[int, ...]:
        return tuple(len(result.accepted) for result in self.results)


def compare(results: Iterable[Result]) -> YearTables:
    """Side by side, in the order of the years; results without a year are left out."""
    ordered = sorted((r for r in results if r.year is not None), key=lambda r: r.year or 0)

    def lines(
        keys: tuple[str, ...], label: Callable[[str], str], table: Callable[[Result], dict]
    ) -> tuple[YearLine, ...]:
        return tuple(
            YearLine(key, label(key), tuple(table(r)[key] for r in ordered), key in SUB_ROWS)
            for key in keys
        )

    school = lines(SCHOOL_KEYS, school_label, lambda r: r.tables["school"]["all"])
    acting = lines(SCHOOL_KEYS, school_label, lambda r: r.tables["school"]["acting"])
    territorial = lines(TERRITORIAL_KEYS, territorial_label, lambda r: r.tables["territorial"])
    return YearTables(
        tuple(r.year for r in ordered if r.year is not None),
        tuple(ordered),
        school,
        acting,
        territorial,
    )


def aggregate_years(
    paths: Iterable[str | os.PathLike[str]],
    years: Iterable[int],
    *,
    registry: Registry | None = None,
    today: date | None = None,
    progress: Callable[[int, int], None] | None = None,
    exclude: Iterable[str | os.PathLike[str]] = (),
) -> YearTables:
    """Each year added up from the same files, exactly as a one-year summary would be."""
    chosen = sorted(set(years))[:MOST_YEARS]
    paths, exclude = list(paths), list(exclude)
    results = []
    for done, year in enumerate(chosen, start=1):
        results.append(aggregate(paths, year=year, registry=registry, today=today, exclude=exclude))
        if progress is not None:
            progress(done, len(chosen))
    return compare(results)


def change_text(line: YearLine) -> tuple[str, str]:
    """The change as printed: «+12» and «+8,5 %» (Russian decimal comma), «—» for no base."""
    change = f"{line.change:+d}" if line.change else "0"
    percent = line.percent
    if percent is None:
        return change, "—"
    return change, f"{percent:+.1f} %".replace(".", ",")
