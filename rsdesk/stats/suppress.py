"""Small-cell protection of the published drill-down (docs/STATS_FORMAT.md § "Small cells").

A cell of one service or one municipality below SMALL (0, 1 or 2) is printed «<3». Totals are
printed exactly, so every sum the reader can form is an equation over the hidden cells; more
cells are hidden («×», complementary suppression) until no «<3» cell's value 1 or 2 can be
worked out from them, by subtraction or by the bounds the other cells put on it.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Iterable
from dataclasses import dataclass, field

from rsdesk.stats.aggregate import Result
from rsdesk.stats.drilldown import KINDS, MUNICIPALITY, SERVICE, Drill, all_drills
from rsdesk.stats.tables import (
    SCHOOL_TYPE_ROWS,
    TERRITORIAL_CATEGORY_ROWS,
    TERRITORIAL_TYPE_ROWS,
)

SMALL = 3
SMALL_MARK = "<3"  # a value 0, 1 or 2
COMPLEMENT_MARK = "×"  # hidden so that a «<3» cannot be worked out; a value of 3 or more
# Counts of institutions: the registry names every service, so these are public anyway.
NEVER_HIDDEN = frozenset({"services"})
# Far above any total (a million per file, tens of thousands of files): "no upper bound".
UNBOUNDED = 10**15

Cell = tuple[str, str, int, str]  # (kind, view, row index, key)


@dataclass(frozen=True)
class Equation:
    """sum(coefficient * cell) == constant: a relation any reader of the tables can write."""

    terms: tuple[tuple[int, Cell], ...]
    constant: int


# Within one row: a total equals the sum of its «including:» parts.
PART_GROUPS = {
    "school": (
        ("programs_completed", tuple(SCHOOL_TYPE_ROWS)),
        ("participants", ("participants_adults", "participants_minors")),
    ),
    "territorial": (
        ("programs_completed", tuple(TERRITORIAL_CATEGORY_ROWS)),
        ("programs_completed", tuple(TERRITORIAL_TYPE_ROWS)),
    ),
}


def published_equations(result: Result, drills: dict[tuple[str, str], Drill]) -> list[Equation]:
    """Every relation between the published cells and the exact regional totals."""
    equations: list[Equation] = []
    acting = result.tables["school"]["acting"]
    for kind in KINDS:
        municipalities = drills[(kind, MUNICIPALITY)]
        services = drills[(kind, SERVICE)]
        for table in (municipalities, services):
            for index in range(len(table.rows)):
                for total, parts in PART_GROUPS[kind]:
                    terms = [(1, (kind, table.view, index, total))]
                    terms += [(-1, (kind, table.view, index, part)) for part in parts]
                    equations.append(Equation(tuple(terms), 0))
        for key in municipalities.keys:
            for table in (municipalities, services):
                cells = [(1, (kind, table.view, i, key)) for i in range(len(table.rows))]
                equations.append(Equation(tuple(cells), table.total[key]))
            for m, row in enumerate(municipalities.rows):
                terms = [(1, (kind, MUNICIPALITY, m, key))]
                terms += [(-1, (kind, SERVICE, s, key)) for s in row.members]
                equations.append(Equation(tuple(terms), 0))
            if kind == "school":
                # Which school services are acting shows in their programs (>= 4 or «<3»).
                members = [i for i, row in enumerate(services.rows) if row.acting]
                cells = [(1, (kind, SERVICE, i, key)) for i in members]
                equations.append(Equation(tuple(cells), acting[key]))
    return equations


def cell_values(drills: dict[tuple[str, str], Drill]) -> dict[Cell, int]:
    return {
        (kind, view, index, key): row.values[key]
        for (kind, view), table in drills.items()
        for index, row in enumerate(table.rows)
        for key in table.keys
    }


# Two equations are combined (added or subtracted so that a shared cell drops out) when both
# are this short: a long column sum combined with anything gives a weak, long equation.
COMBINE_UP_TO = 25


def reduced(
    equations: Iterable[Equation], values: dict[Cell, int], hidden: set[Cell]
) -> list[Equation]:
    """The equations over the hidden cells only, the printed cells moved into the constant."""
    found = []
    for equation in equations:
        constant = equation.constant
        terms = []
        for coefficient, cell in equation.terms:
            if cell in hidden:
                terms.append((coefficient, cell))
            else:
                constant -= coefficient * values[cell]
        if terms:
            found.append(Equation(tuple(terms), constant))
    return found


def combinations(equations: list[Equation]) -> list[Equation]:
    """Sums and differences of short equations that share a cell, with that cell gone.

    A reader adds equations too: «the acting services' sum» plus «the municipality is its
    services' sum» leaves a relation between two cells that neither equation gives alone.
    """
    short = [e for e in equations if len(e.terms) <= COMBINE_UP_TO]
    by_cell: dict[Cell, list[int]] = {}
    for number, equation in enumerate(short):
        for _, cell in equation.terms:
            by_cell.setdefault(cell, []).append(number)
    seen: set[tuple[int, int]] = set()
    found = []
    for numbers in by_cell.values():
        for i in numbers:
            for j in numbers:
                if i >= j or (i, j) in seen:
                    continue
                seen.add((i, j))
                first, second = short[i], short[j]
                for sign in (1, -1):
                    terms: dict[Cell, int] = {}
                    for coefficient, cell in first.terms:
                        terms[cell] = terms.get(cell, 0) + coefficient
                    for coefficient, cell in second.terms:
                        terms[cell] = terms.get(cell, 0) + sign * coefficient
                    kept = tuple((c, cell) for cell, c in terms.items() if c)
                    if kept and all(abs(c) == 1 for c, _ in kept) and len(kept) < len(terms):
                        found.append(Equation(kept, first.constant + sign * second.constant))
    return found


def bounds(
    equations: Iterable[Equation],
    values: dict[Cell, int],
    small: set[Cell],
    complements: set[Cell],
) -> dict[Cell, tuple[int, int]]:
    """What a reader can narrow each hidden cell down to, from the equations alone.

    Starts from what the marks say («<3»: 0–2, «×»: 3 or more) and tightens every hidden
    cell by every equation it is in until nothing changes (interval propagation).
    """
    equations = list(equations)
    box: dict[Cell, list[int]] = {c: [0, SMALL - 1] for c in small}
    box.update({c: [SMALL, UNBOUNDED] for c in complements})
    watching: dict[Cell, list[int]] = {}
    for number, equation in enumerate(equations):
        for _coefficient, cell in equation.terms:
            if cell in box:
                watching.setdefault(cell, []).append(number)
    # First in, first out: a long column sum waits while its cells change, then runs once.
    queue = deque(range(len(equations)))
    queued = set(queue)
    while queue:
        number = queue.popleft()
        queued.discard(number)
        equation = equations[number]
        rest = equation.constant
        hidden = []
        for coefficient, cell in equation.terms:
            if cell in box:
                hidden.append((coefficient, cell))
            else:
                rest -= coefficient * values[cell]
        if not hidden:
            continue
        # The range of each term a*x, and of the sum of all hidden terms.
        spans = [
            (coefficient * box[cell][0], coefficient * box[cell][1])
            if coefficient > 0
            else (coefficient * box[cell][1], coefficient * box[cell][0])
            for coefficient, cell in hidden
        ]
        low_sum = sum(low for low, _ in spans)
        high_sum = sum(high for _, high in spans)
        # A term narrows only if its own range is wider than the equation's slack.
        slack = min(high_sum - rest, rest - low_sum)
        for (coefficient, cell), (low, high) in zip(hidden, spans, strict=True):
            if high - low <= slack:
                continue
            # a*x = rest - (the others): between rest - their highs and rest - their lows.
            least = rest - (high_sum - high)
            most = rest - (low_sum - low)
            if coefficient < 0:
                least, most = -most, -least
            old = box[cell]
            new = [max(old[0], least), min(old[1], most)]
            if new != old and new[0] <= new[1]:
                box[cell] = new
                for other in watching.get(cell, ()):
                    if other not in queued:
                        queued.add(other)
                        queue.append(other)
    return {cell: (low, high) for cell, (low, high) in box.items()}


def disclosed(found: dict[Cell, tuple[int, int]], small: set[Cell]) -> list[Cell]:
    """«<3» cells whose value 1 or 2 the bounds give away (a known 0 names nobody)."""
    return sorted(c for c in small if found[c][0] == found[c][1] and found[c][0] > 0)


@dataclass
class Publication:
    """The drill-down as it may be published: which cells are hidden, and how."""

    drills: dict[tuple[str, str], Drill]
    small: set[Cell] = field(default_factory=set)
    complements: set[Cell] = field(default_factory=set)
    # «<3» cells no further hiding could protect (see docs); the outputs say so.
    exposed: list[Cell] = field(default_factory=list)

    def shown(self, kind: str, view: str, index: int, key: str) -> int | str:
        cell = (kind, view, index, key)
        if cell in self.small:
            return SMALL_MARK
        if cell in self.complements:
            return COMPLEMENT_MARK
        return self.drills[(kind, view)].rows[index].values[key]


def _hideable(cell: Cell) -> bool:
    return cell[3] not in NEVER_HIDDEN


def _smallest_visible(
    equation: Equation, hidden: set[Cell], values: dict[Cell, int]
) -> Cell | None:
    candidates = [c for _, c in equation.terms if c not in hidden and _hideable(c)]
    return min(candidates, key=lambda c: (values[c], c), default=None)


def protect(result: Result) -> Publication:
    """Hide small cells, then complements, until the audit finds nothing to work out."""
    drills = all_drills(result)
    values = cell_values(drills)
    equations = published_equations(result, drills)
    small = {c for c, v in values.items() if v < SMALL and _hideable(c)}
    complements: set[Cell] = set()
    by_cell: dict[Cell, list[Equation]] = {}
    for equation in equations:
        for _, cell in equation.terms:
            by_cell.setdefault(cell, []).append(equation)
    while True:
        hidden = small | complements
        # The rule of thumb first: no equation with exactly one hidden cell.
        changed = False
        for equation in equations:
            if sum(1 for _, c in equation.terms if c in hidden) == 1:
                extra = _smallest_visible(equation, hidden, values)
                if extra is not None:
                    complements.add(extra)
                    hidden.add(extra)
                    changed = True
        if changed:
            continue
        local = reduced(equations, values, hidden)
        found = bounds(local + combinations(local), values, small, complements)
        exposed = disclosed(found, small)
        if not exposed:
            return Publication(drills, small, complements, [])
        # Then the audit: widen an equation around each cell it could work out.
        full: set[int] = set()
        for cell in exposed:
            extra = _widening(cell, by_cell, hidden, values, found, full)
            if extra is not None:
                complements.add(extra)
                hidden.add(extra)
                changed = True
        if not changed:
            return Publication(drills, small, complements, exposed)


def _widening(
    cell: Cell,
    by_cell: dict[Cell, list[Equation]],
    hidden: set[Cell],
    values: dict[Cell, int],
    found: dict[Cell, tuple[int, int]],
    full: set[int],
) -> Cell | None:
    """A visible cell to hide so that `cell` gets room: in one of its equations, or else in
    an equation of a hidden cell that pins it (nearest first). Short equations are tried
    first: hiding a cell of a row or of a small municipality costs the reader least, and a
    column of the whole region is long to search."""
    for longest in (COMBINE_UP_TO, None):
        queue, seen = deque([cell]), {cell}
        walked: set[int] = set()
        while queue:
            current = queue.popleft()
            near = [
                e
                for e in by_cell.get(current, ())
                if (longest is None or len(e.terms) <= longest) and id(e) not in walked
            ]
            walked.update(id(e) for e in near)
            for equation in near:
                if id(equation) in full:
                    continue
                extra = _smallest_visible(equation, hidden, values)
                if extra is not None:
                    return extra
                full.add(id(equation))  # nothing left to hide in it, this round or later
            for equation in near:
                for _, other in equation.terms:
                    if other not in seen and other in found and found[other][0] == found[other][1]:
                        seen.add(other)
                        queue.append(other)
    return None
