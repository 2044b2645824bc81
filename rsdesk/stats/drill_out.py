"""The drill-down as printed: headings and cells, published («<3», «×») or working (exact)."""

from __future__ import annotations

from dataclasses import dataclass

from rsdesk.i18n import translate
from rsdesk.stats.aggregate import Result
from rsdesk.stats.drilldown import KINDS, MUNICIPALITY, SERVICE, VIEWS, Drill, all_drills
from rsdesk.stats.short_labels import short_label
from rsdesk.stats.suppress import Publication, protect

Value = int | str


@dataclass(frozen=True)
class Grid:
    """A drill-down table ready to print: a title, headings, unit rows and the region's row."""

    kind: str
    view: str
    title: str
    headings: tuple[str, ...]
    rows: tuple[tuple[Value, ...], ...]
    total: tuple[Value, ...]
    labels: int  # how many leading columns are text (name, and municipality for services)


def grid_title(kind: str, view: str, year: int | None) -> str:
    shown = str(year) if year is not None else "—"
    titles = {
        ("school", MUNICIPALITY): translate(
            "stats", "Table 1 by municipality: school reconciliation services ({year})", year=shown
        ),
        ("school", SERVICE): translate(
            "stats", "Table 1 by service: school reconciliation services ({year})", year=shown
        ),
        ("territorial", MUNICIPALITY): translate(
            "stats",
            "Table 2 by municipality: territorial reconciliation services ({year})",
            year=shown,
        ),
        ("territorial", SERVICE): translate(
            "stats",
            "Table 2 by service: territorial reconciliation services ({year})",
            year=shown,
        ),
    }
    return titles[(kind, view)]


def make_grid(
    result: Result, kind: str, view: str, table: Drill, publication: Publication | None
) -> Grid:
    """`publication` None: the working view, every figure exact."""
    names = [translate("stats", "Municipality")]
    if view == SERVICE:
        names = [translate("stats", "Service"), translate("stats", "Municipality")]
    headings = (*names, *(short_label(kind, key) for key in table.keys))
    rows = []
    for index, row in enumerate(table.rows):
        labels: tuple[Value, ...] = (
            (row.label,) if view == MUNICIPALITY else (row.label, row.municipality)
        )
        values: tuple[Value, ...]
        if publication is None:
            values = tuple(row.values[key] for key in table.keys)
        else:
            values = tuple(publication.shown(kind, view, index, key) for key in table.keys)
        rows.append((*labels, *values))
    region = translate("stats", "Region, total")
    padding: tuple[Value, ...] = (region,) if view == MUNICIPALITY else (region, "")
    total = (*padding, *(table.total[key] for key in table.keys))
    return Grid(
        kind,
        view,
        grid_title(kind, view, result.year),
        headings,
        tuple(rows),
        total,
        len(names),
    )


def all_grids(result: Result, *, publish: bool) -> tuple[list[Grid], Publication | None]:
    """The four drill-down tables: published (protected) or working."""
    publication = protect(result) if publish else None
    drills = publication.drills if publication is not None else all_drills(result)
    grids = [
        make_grid(result, kind, view, drills[(kind, view)], publication)
        for kind in KINDS
        for view in VIEWS
    ]
    return grids, publication


def exposed_note(publication: Publication | None) -> str:
    """Said when some «<3» follows from the regional totals alone (docs/STATS_FORMAT.md)."""
    if publication is None or not publication.exposed:
        return ""
    return translate(
        "stats",
        "Caution: {count} hidden small values follow from the exact regional totals alone; "
        "check the drill-down before publishing it.",
        count=len(publication.exposed),
    )
