"""The yearly payload of `rsdesk-stats` v1 (docs/STATS_FORMAT.md), from a service's register."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date

from sqlite_utils import Database

from rsdesk.domain.refusals import Refused
from rsdesk.domain.vocabulary import CATEGORIES, PROGRAM_TYPES, REQUEST_SOURCES
from rsdesk.i18n import translate
from rsdesk.procedures.folders import configured_procedures, statistics_keys
from rsdesk.stats.invisible import without_invisible
from rsdesk.storage.roster import roster_counts
from rsdesk.storage.service import load_profile

COMPLETED_OUTCOMES = ("completed_with_agreement", "completed_without_agreement")
# The earliest year a file may describe: rsdesk-stats did not exist before, and a smaller
# number is a typo that would otherwise become a valid file.
FIRST_YEAR = 2000
LAST_YEAR = 2100


class StatsError(Refused):
    """A statistics operation cannot go on; `message` is for the user, in their language."""


def _year_range(year: int) -> tuple[str, str]:
    # Dates are ISO text, so a text range uses the index on the date column.
    return f"{year:04d}-01-01", f"{year:04d}-12-31"


def _unknown(what: str, key: str) -> StatsError:
    return StatsError(
        translate(
            "stats",
            "The register holds an unknown {what} «{key}»; the statistics file cannot "
            "describe it. Correct the record and export again.",
            what=what,
            key=key,
        )
    )


def requests_by_source(db: Database, year: int) -> dict[str, int]:
    """Requests received in the year, by source; every source key, zeros included."""
    first, last = _year_range(year)
    counts = dict.fromkeys(REQUEST_SOURCES, 0)
    for source, count in db.execute(
        "SELECT source, COUNT(*) FROM requests WHERE received_on BETWEEN ? AND ? "
        "AND deleted_on IS NULL GROUP BY source",
        [first, last],
    ):
        if source not in counts:
            raise _unknown(translate("stats", "request source"), str(source))
        counts[source] = count
    return counts


def _ended_programs(db: Database, year: int) -> list[tuple[str, str, str, int, int]]:
    """(program type, outcome, case category, adults, minors) of programs ended in the year."""
    first, last = _year_range(year)
    found = db.execute(
        "SELECT p.program_type, p.outcome, c.category, "
        "COALESCE(p.participants_adults, 0), COALESCE(p.participants_minors, 0) "
        "FROM programs p JOIN cases c ON c.id = p.case_id "
        "WHERE p.status = 'finished' AND p.ended_on BETWEEN ? AND ? AND c.deleted_on IS NULL",
        [first, last],
    ).fetchall()
    return [tuple(row) for row in found]  # type: ignore[misc]


def compute_payload(
    db: Database, year: int, *, generated: date, counts_as: Mapping[str, str] | None = None
) -> dict:
    """The payload of the year exactly as docs/STATS_FORMAT.md defines each count, all keys present.

    Programs count in the year they ended; `transferred` programs count neither as completed
    nor as stopped, because the file has no key for them (docs/DOMAIN.md lists the outcome, the
    format does not). Nothing but counts and the service's own name and place goes in.
    A program is counted under its procedure's `counts_as` key (by default from the loaded
    procedures), so a region's own program type still yields exactly the format's keys.
    """
    keys = statistics_keys(configured_procedures()) if counts_as is None else counts_as
    profile = load_profile(db)
    if profile is None:
        raise StatsError(translate("stats", "This file has no service yet: nothing to export."))
    if not FIRST_YEAR <= year <= generated.year:
        raise StatsError(
            translate(
                "stats",
                "The year must be from {first} to {last}.",
                first=FIRST_YEAR,
                last=generated.year,
            )
        )
    completed = dict.fromkeys(PROGRAM_TYPES, 0)
    with_agreement = dict.fromkeys(PROGRAM_TYPES, 0)
    by_category = dict.fromkeys(CATEGORIES, 0)
    stopped = adults = minors = 0
    for program_type, outcome, category, program_adults, program_minors in _ended_programs(
        db, year
    ):
        # A built-in type always counts as itself, whatever mapping the caller passed.
        key = program_type if program_type in completed else keys.get(program_type, "")
        if key not in completed:
            raise _unknown(translate("stats", "program type"), str(program_type))
        if outcome == "stopped":
            stopped += 1
        if outcome not in COMPLETED_OUTCOMES:
            continue
        if category not in by_category:
            raise _unknown(translate("stats", "category"), str(category))
        completed[key] += 1
        if outcome == "completed_with_agreement":
            with_agreement[key] += 1
        by_category[category] += 1
        adults += int(program_adults)
        minors += int(program_minors)
    sources = requests_by_source(db, year)
    roster = roster_counts(db, year)
    return {
        "service": {
            "id": profile.service_id,
            "kind": profile.kind,
            # A zero-width space pasted with the name would get the file rejected at the
            # regional centre (rsdesk/stats/invisible.py): it goes before signing.
            "name": without_invisible(profile.name),
            "region": without_invisible(profile.region or ""),
            "municipality": without_invisible(profile.municipality or ""),
        },
        "year": year,
        "generated": generated.isoformat(),
        "mediators": {"adult": roster.get("adult", 0), "young": roster.get("young", 0)},
        "requests_received": sum(sources.values()),
        "requests_by_source": sources,
        "programs_completed": completed,
        "programs_with_agreement": with_agreement,
        "programs_stopped": stopped,
        "completed_by_category": by_category,
        "participants": {"adults": adults, "minors": minors},
    }
