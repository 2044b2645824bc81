"""Drill-down by municipality and service; small cells that no published total gives away."""

from __future__ import annotations

import pytest

from rsdesk.i18n import translate
from rsdesk.stats.aggregate import aggregate
from rsdesk.stats.drilldown import MUNICIPALITY, SERVICE, by_municipality, by_service, sums_to_total
from rsdesk.stats.suppress import COMPLEMENT_MARK, SMALL_MARK, protect
from rsdesk.stats.tables import SCHOOL_KEYS, TERRITORIAL_KEYS
from tests.helpers.regional import PLACES, VILLAGE, write_region, write_village

# --- the working view: exact, and adding up to the region -----------------------------------


@pytest.fixture(scope="module")
def region(tmp_path_factory):
    return aggregate([write_region(tmp_path_factory.mktemp("region"))])


@pytest.fixture(scope="module")
def village(tmp_path_factory):
    return aggregate([write_village(tmp_path_factory.mktemp("village"))])


@pytest.fixture(scope="module")
def two_villages(tmp_path_factory):
    folder = tmp_path_factory.mktemp("two")
    (folder / "a").mkdir()
    (folder / "b").mkdir()
    write_village(folder / "a", crime=2)
    write_village(folder / "b", crime=1, village="с. Зеленогорский", town="г. Березовский")
    result = aggregate([folder])
    assert len(result.accepted) == 14
    return result


def test_the_region_still_gives_the_articles_tables(region, article_folder):
    """Spread over municipalities, the services still add up to the article's 2019 tables
    (which test_stats_tables.py checks figure by figure on the same services)."""
    assert region.tables == aggregate([article_folder]).tables
    school = region.tables["school"]
    assert (school["all"]["services"], school["acting"]["services"]) == (101, 51)
    assert region.tables["territorial"]["participants"] == 289


def test_municipality_tables_sum_exactly_to_the_regional_tables(region):
    for kind, keys in (("school", SCHOOL_KEYS), ("territorial", TERRITORIAL_KEYS)):
        table = by_municipality(region, kind)
        assert {row.label for row in table.rows} <= {name for name, _ in PLACES}
        assert len(table.rows) >= 4
        for key in keys:
            total = sum(row.values[key] for row in table.rows)
            expected = (
                region.tables["school"]["all"][key]
                if kind == "school"
                else region.tables["territorial"][key]
            )
            assert total == expected, key
        assert sums_to_total(table)


def test_service_rows_are_the_files_and_sum_to_their_municipality(region):
    services = by_service(region, "school")
    assert len(services.rows) == 101
    assert sum(row.acting for row in services.rows) == 51
    acting = {k: sum(r.values[k] for r in services.rows if r.acting) for k in SCHOOL_KEYS}
    assert acting == region.tables["school"]["acting"]
    for row in by_municipality(region, "school").rows:
        members = [services.rows[i] for i in row.members]
        assert {m.municipality for m in members} == {row.label}
        assert row.values == {k: sum(m.values[k] for m in members) for k in SCHOOL_KEYS}


def test_a_file_without_municipality_is_shown_as_such(tmp_path):
    from tests.helpers.stats import make_payload, write_signed

    payload = make_payload(completed={"restorative_mediation": 5})
    payload["service"]["municipality"] = ""
    write_signed(tmp_path, "a.rsdstats", payload)
    table = by_municipality(aggregate([tmp_path]), "school")
    assert [row.label for row in table.rows] == [translate("stats", "municipality not given")]


def test_the_registrys_municipality_wins_over_the_files(tmp_path):
    from datetime import date

    from rsdesk.stats import registry as services
    from tests.helpers.stats import make_payload, write_signed

    payload = make_payload(completed={"restorative_mediation": 5})
    write_signed(tmp_path, "a.rsdstats", payload)
    book = services.load(tmp_path / "registry.json")
    aggregate([tmp_path / "a.rsdstats"], registry=book, today=date(2020, 1, 20))
    book.services[payload["service"]["id"]].municipality = "Яйский муниципальный округ"
    again = aggregate([tmp_path / "a.rsdstats"], registry=book, today=date(2020, 1, 21))
    assert [r.label for r in by_municipality(again, "school").rows] == [
        "Яйский муниципальный округ"
    ]


# --- the attacker: everything a reader of the published tables can write down -------------

TABLE1_GROUPS = (
    (
        "programs_completed",
        (
            "programs_mediation",
            "programs_school_conference",
            "programs_community_circle",
            "programs_preventive",
            "programs_other",
        ),
    ),
    ("participants", ("participants_adults", "participants_minors")),
)
TABLE2_GROUPS = (
    (
        "programs_completed",
        (
            "category_juvenile_crime",
            "category_socially_dangerous_act",
            "category_family",
            "category_educational",
            "category_administrative_offence",
            "category_other",
        ),
    ),
    (
        "programs_completed",
        (
            "type_restorative_mediation",
            "type_shuttle_mediation",
            "type_community_circle",
            "type_preventive",
            "type_school_conference_or_council",
            "type_family_conference",
            "type_other",
        ),
    ),
)


def published(result):
    """What the reader sees: every drill-down cell as printed, and the exact regional tables."""
    publication = protect(result)
    cells = {}
    for (kind, view), table in publication.drills.items():
        for i, _row in enumerate(table.rows):
            for key in table.keys:
                cells[(kind, view, i, key)] = publication.shown(kind, view, i, key)
    return publication, cells


def reader_equations(result, publication):
    """Sums a reader writes from the printed layout (not from the code under test):
    [(coefficient, cell) …] == constant."""
    equations = []
    for kind, keys, groups in (
        ("school", SCHOOL_KEYS, TABLE1_GROUPS),
        ("territorial", TERRITORIAL_KEYS, TABLE2_GROUPS),
    ):
        places = publication.drills[(kind, MUNICIPALITY)].rows
        services = publication.drills[(kind, SERVICE)].rows
        total = result.tables["school"]["all"] if kind == "school" else result.tables["territorial"]
        for view, rows in ((MUNICIPALITY, places), (SERVICE, services)):
            for i in range(len(rows)):
                for whole, parts in groups:
                    equations.append(
                        (
                            [(1, (kind, view, i, whole))]
                            + [(-1, (kind, view, i, p)) for p in parts],
                            0,
                        )
                    )
            for key in keys:  # a column of either view adds up to the regional figure
                equations.append(
                    ([(1, (kind, view, i, key)) for i in range(len(rows))], total[key])
                )
        for key in keys:
            for i, place in enumerate(places):  # a municipality is the sum of its services
                mine = [s for s, row in enumerate(services) if row.municipality == place.label]
                equations.append(
                    (
                        [(1, (kind, MUNICIPALITY, i, key))]
                        + [(-1, (kind, SERVICE, s, key)) for s in mine],
                        0,
                    )
                )
            if kind == "school":  # the acting column: services with 4 programs or more
                acting = [s for s, row in enumerate(services) if row.acting]
                equations.append(
                    (
                        [(1, (kind, SERVICE, s, key)) for s in acting],
                        result.tables["school"]["acting"][key],
                    )
                )
    return equations


def marks(cells):
    box = {}
    for cell, shown in cells.items():
        if shown == SMALL_MARK:
            box[cell] = [0, 2]
        elif shown == COMPLEMENT_MARK:
            box[cell] = [3, 10**9]
        else:
            box[cell] = [shown, shown]
    return box


def propagate(box, equations):
    """Tighten every cell by every equation until nothing changes; False on a contradiction."""
    changed = True
    while changed:
        changed = False
        for terms, constant in equations:
            # The least and the most the whole left side can be, from the cells' ranges.
            lows = [c * box[x][0] if c > 0 else c * box[x][1] for c, x in terms]
            highs = [c * box[x][1] if c > 0 else c * box[x][0] for c, x in terms]
            least, most = sum(lows), sum(highs)
            if least > constant or most < constant:
                return False
            for (coefficient, cell), own_low, own_high in zip(terms, lows, highs, strict=True):
                low = constant - (most - own_high)
                high = constant - (least - own_low)
                if coefficient < 0:
                    low, high = -high, -low
                new = [max(box[cell][0], low), min(box[cell][1], high)]
                if new != box[cell]:
                    box[cell] = new
                    changed = True
    return True


def attack(cells, equations):
    """Subtraction and bounds, repeated until nothing more comes out: cell -> (low, high)."""
    box = marks(cells)
    assert propagate(box, equations), "the published tables contradict themselves"
    return box


def worked_out(cells, box):
    return {
        c: box[c][0]
        for c, shown in cells.items()
        if shown == SMALL_MARK and box[c][0] == box[c][1] and box[c][0] > 0
    }


@pytest.mark.parametrize("which", ["region", "village", "two_villages"])
def test_no_small_cell_can_be_worked_out_from_the_totals(which, request):
    result = request.getfixturevalue(which)
    publication, cells = published(result)
    small = [c for c, shown in cells.items() if shown == SMALL_MARK]
    real = {c: publication.drills[c[:2]].rows[c[2]].values[c[3]] for c in cells}
    assert small and any(real[c] in (1, 2) for c in small)
    assert all(real[c] < 3 for c in small)
    assert all(real[c] >= 3 for c, shown in cells.items() if shown == COMPLEMENT_MARK)
    assert all(shown == real[c] for c, shown in cells.items() if isinstance(shown, int))
    box = attack(cells, reader_equations(result, publication))
    assert all(box[c][0] <= real[c] <= box[c][1] for c in cells)  # the attacker is sound
    assert worked_out(cells, box) == {}
    assert publication.exposed == []


def test_without_complements_the_attacker_does_recover_cells(village):
    """The attack is real: printing only «<3» would give the village's crime case away."""
    publication, cells = published(village)
    naive = {c: (real if isinstance(real, int) else SMALL_MARK) for c, real in cells.items()}
    for c, shown in cells.items():
        if shown == COMPLEMENT_MARK:
            naive[c] = publication.drills[c[:2]].rows[c[2]].values[c[3]]
    box = attack(naive, reader_equations(village, publication))
    found = worked_out(naive, box)
    assert found
    crime = [c for c in found if c[3] == "category_juvenile_crime"]
    assert crime and all(c[0] == "territorial" for c in crime)


def test_the_village_crime_case_is_shown_only_as_small(village):
    publication = protect(village)
    table = publication.drills[("territorial", SERVICE)]
    row = next(i for i, r in enumerate(table.rows) if r.municipality == VILLAGE)
    assert table.rows[row].values["category_juvenile_crime"] == 1  # the working view: exact
    assert publication.shown("territorial", SERVICE, row, "category_juvenile_crime") == SMALL_MARK
    place = publication.drills[("territorial", MUNICIPALITY)]
    index = next(i for i, r in enumerate(place.rows) if r.label == VILLAGE)
    assert (
        publication.shown("territorial", MUNICIPALITY, index, "category_juvenile_crime")
        == SMALL_MARK
    )
    assert village.tables["territorial"]["category_juvenile_crime"] == 1  # the region: exact


class Linked(dict):
    """Cells (to their ranges) linked to one cell through equations, and those equations."""

    equations: list


def component(cell, box, equations):
    """The open cells reachable from `cell` through shared equations; known cells as constants."""
    by_cell = {}
    for equation in equations:
        for _, x in equation[0]:
            by_cell.setdefault(x, []).append(equation)
    seen, queue, used = {cell}, [cell], {}
    while queue:
        current = queue.pop()
        for equation in by_cell.get(current, ()):
            used[id(equation)] = equation
            for _, x in equation[0]:
                if x not in seen and box[x][0] < box[x][1]:
                    seen.add(x)
                    queue.append(x)
    linked = Linked()
    linked.equations = []
    for terms, constant in used.values():
        kept = [(c, x) for c, x in terms if x in seen]
        constant -= sum(c * box[x][0] for c, x in terms if x not in seen)
        linked.equations.append((kept, constant))
    for x in seen:
        linked[x] = box[x]
    return linked


def feasible(box, equations, hint, budget):
    """Whether some whole-number filling of the hidden cells meets every published sum.

    Depth-first over the cells with the narrowest ranges, bounds propagated at every step;
    values near `hint` (the true figures) first, which finds another filling fast when one
    exists. `budget` caps the steps, so a search that cannot decide fails the test.
    """
    budget[0] -= 1
    assert budget[0] > 0, "the search did not decide"
    box = {c: list(b) for c, b in box.items()}
    if not propagate(box, equations):
        return False
    open_cells = [c for c, (low, high) in box.items() if low < high]
    if not open_cells:
        return True
    cell = min(open_cells, key=lambda c: box[c][1] - box[c][0])
    low, high = box[cell]
    near = min(max(hint[cell], low), high)
    if high - low <= 4:
        parts = [[v, v] for v in sorted(range(low, high + 1), key=lambda v: abs(v - near))]
    else:
        parts = [[near, near], [low, near - 1], [near + 1, high]]
    for part in parts:
        if part[0] > part[1]:
            continue
        if feasible({**box, cell: part}, equations, hint, budget):
            return True
    return False


@pytest.mark.parametrize("which", ["village", "two_villages"])
def test_search_finds_two_values_for_every_small_cell(which, request):
    """Beyond bounds: for each «<3» cell, a search for fillings of all hidden cells that meet
    every published sum finds one with another value, for every «<3» that is really 1 or 2.
    (A search over the 116 services of the region would take hours; the bounds cover it.)"""
    result = request.getfixturevalue(which)
    publication, cells = published(result)
    equations = reader_equations(result, publication)
    box = attack(cells, equations)
    real = {c: publication.drills[c[:2]].rows[c[2]].values[c[3]] for c in cells}
    checked = 0
    for cell, shown in cells.items():
        if shown != SMALL_MARK or real[cell] == 0:  # a 0 worked out names nobody
            continue
        # Only the cells linked to this one through the sums matter to it.
        linked = component(cell, box, equations)
        part = {c: box[c] for c in linked}
        others = [v for v in range(box[cell][0], box[cell][1] + 1) if v != real[cell]]
        budget = [20000]
        assert any(
            feasible({**part, cell: [v, v]}, linked.equations, real, budget) for v in others
        ), cell
        checked += 1
    assert checked


def test_a_region_of_one_service_each_still_hides_small_cells(tmp_path):
    write_village(tmp_path, crime=2)
    result = aggregate([tmp_path])
    publication, cells = published(result)
    box = attack(cells, reader_equations(result, publication))
    assert worked_out(cells, box) == {}
    assert publication.exposed == []


def test_what_the_regional_totals_give_away_by_themselves_is_reported(tmp_path):
    """The region's one school conference was held by an acting school, and every acting
    school is in one town: the exact regional tables alone place it there. No hiding of
    drill-down cells prevents that; the publication names the cell instead of hiding it."""
    write_village(tmp_path, village_programs=1)
    publication = protect(aggregate([tmp_path]))
    place = publication.drills[("school", MUNICIPALITY)]
    town = next(i for i, r in enumerate(place.rows) if r.label != VILLAGE)
    assert ("school", MUNICIPALITY, town, "programs_school_conference") in publication.exposed
