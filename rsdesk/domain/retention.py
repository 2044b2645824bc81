"""How long a closed case keeps its personal data: the limits a curator chooses within."""

from __future__ import annotations

from datetime import date

from rsdesk.i18n import translate

# Three years after closure: the follow-up, a repeat conflict in the next school years and a
# correction of the previous year's statistics are covered, while a pupil's conflict does not
# stay on record for the rest of their schooling. The curator may choose 1 to 10 years.
DEFAULT_YEARS = 3
MIN_YEARS, MAX_YEARS = 1, 10


def cutoff(today: date, years: int) -> date:
    """The last closing day whose retention period has passed by `today`."""
    try:
        return today.replace(year=today.year - years)
    except ValueError:  # 29 February
        return today.replace(year=today.year - years, day=28)


def years_problem(years: int) -> str:
    """Why a retention period cannot be chosen, or "" when it can."""
    if MIN_YEARS <= years <= MAX_YEARS:
        return ""
    return translate(
        "retention",
        "The retention period is from {first} to {last} years.",
        first=MIN_YEARS,
        last=MAX_YEARS,
    )
