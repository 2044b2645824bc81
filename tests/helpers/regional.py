"""A region of services in several municipalities: the article's 2019 services, spread out."""

from __future__ import annotations

from pathlib import Path

from tests.helpers.stats import (
    ACTING_TYPES,
    OTHER_SCHOOL_TYPES,
    make_payload,
    school_group,
    territorial_group,
    write_signed,
)

# Uneven on purpose: a city with most services, towns, and villages with one or two.
PLACES = (
    ("г. Кемерово", 40),
    ("г. Новокузнецк", 30),
    ("Беловский муниципальный округ", 15),
    ("Таштагольский район", 10),
    ("Тисульский муниципальный округ", 4),
    ("Крапивинский муниципальный округ", 2),
)
VILLAGE = "с. Ижморское"


def article_payloads() -> list[dict]:
    return (
        school_group(51, ACTING_TYPES, 114, 108, 414, 592, 1027)
        + school_group(50, OTHER_SCHOOL_TYPES, 88, 59, 111, 214, 211)
        + territorial_group()
    )


def place_for(index: int) -> str:
    """Municipalities dealt round-robin by weight, so each gets acting and other schools."""
    ring = [name for name, weight in PLACES for _ in range(weight)]
    return ring[(index * 37) % len(ring)]


def write_region(folder: Path) -> Path:
    """The article's 116 services (their 2019 tables exactly) in six municipalities."""
    for i, payload in enumerate(article_payloads()):
        payload["service"]["municipality"] = place_for(i)
        payload["service"]["name"] = f"{payload['service']['name']} #{i:03d}"
        write_signed(folder, f"service-{i:03d}.rsdstats", payload)
    return folder


def write_village(
    folder: Path,
    year: int = 2019,
    crime: int = 1,
    village_programs: int = 4,
    village: str = VILLAGE,
    town: str = "г. Мариинск",
) -> Path:
    """A small region: a town, and a village whose one school and one TRS hold few cases."""
    services = [
        (town, "school", {"restorative_mediation": 9, "circle_healing": 3}, 4, 2),
        (town, "school", {"restorative_mediation": 5, "school_conference": 1}, 3, 6),
        (town, "school", {"restorative_mediation": 2}, 1, 0),
        (village, "school", {"restorative_mediation": village_programs}, 2, 1),
        (village, "school", {"restorative_mediation": 1}, 2, 2),
        (town, "territorial", {"restorative_mediation": 7, "family_conference": 3}, 5, 0),
        (village, "territorial", {"restorative_mediation": crime + 1}, 2, 0),
    ]
    for i, (place, kind, completed, adult, young) in enumerate(services):
        total = sum(completed.values())
        categories = {"family_difficult_situation": total}
        if kind == "territorial" and place == village:
            categories = {"crime": crime, "family_violence": 1}
        payload = make_payload(
            kind=kind,
            year=year,
            generated=f"{year + 1}-01-15",
            name=f"Служба {i + 1}",
            adult=adult,
            young=young,
            sources={"teacher": total + 1},
            completed=completed,
            categories=categories,
            adults=total,
            minors=2 * total,
        )
        payload["service"]["municipality"] = place
        write_signed(folder, f"village-{year}-{i}.rsdstats", payload)
    return folder
