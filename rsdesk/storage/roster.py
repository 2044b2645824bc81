"""The roster: curator, adult and young mediators, the years they serve, their training."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import replace
from datetime import date

from sqlite_utils import Database

from rsdesk.domain.leading import LeadCheck, may_lead
from rsdesk.domain.register import Mediator, TrainingRecord, ValidationError
from rsdesk.domain.roster import RosterEntry, ServiceYears, roster_entry, service_problems
from rsdesk.domain.rules import validate_mediator, validate_training
from rsdesk.domain.vocabulary import YOUNG_MEDIATOR_PROGRAM
from rsdesk.i18n import translate
from rsdesk.storage.rows import NotFoundError, day, iso, rows


def _mediator_row(mediator: Mediator) -> dict:
    return {
        "full_name": mediator.full_name.strip(),
        "kind": mediator.kind,
        "is_curator": int(mediator.is_curator),
        "class_name": mediator.class_name.strip() if mediator.kind == "young" else "",
        "position": mediator.position.strip(),
        "slot_id": mediator.slot_id,
        "note": mediator.note,
        "contacts": mediator.contacts.strip(),
    }


def _checked(mediator: Mediator, service: ServiceYears, this_year: int | None) -> None:
    errors = validate_mediator(replace(mediator, years=service.listed))
    errors.update(service_problems(service, this_year or date.today().year))
    if errors:
        raise ValidationError(errors)


def add_mediator(
    db: Database,
    mediator: Mediator,
    service: ServiceYears | None = None,
    *,
    this_year: int | None = None,
) -> int:
    """A new roster member; `service` (else the mediator's years, still serving) says when.

    Someone added without years serves from the year they were added.
    """
    if service is None:
        year = this_year or date.today().year
        service = ServiceYears(tuple(sorted(set(mediator.years))) or (year,))
    _checked(mediator, service, this_year)
    with db.atomic():
        mediator_id = (
            db["mediators"].insert({**_mediator_row(mediator), "left_in": service.left_in}).last_pk
        )
        _write_years(db, mediator_id, service.listed)
    return mediator_id


def update_mediator(
    db: Database,
    mediator_id: int,
    mediator: Mediator,
    service: ServiceYears | None = None,
    *,
    this_year: int | None = None,
) -> None:
    """Replace a mediator's details and years of service.

    Without `service` the mediator's years are written (none given: kept) and the year they
    left is kept.
    """
    current = service_of(db, mediator_id)
    if service is None:
        listed = tuple(sorted(set(mediator.years))) or current.listed
        service = ServiceYears(listed, current.left_in)
    _checked(mediator, service, this_year)
    with db.atomic():
        db["mediators"].update(mediator_id, {**_mediator_row(mediator), "left_in": service.left_in})
        _write_years(db, mediator_id, service.listed)


def _write_years(db: Database, mediator_id: int, years: tuple[int, ...]) -> None:
    db.execute("DELETE FROM mediator_years WHERE mediator_id = ?", [mediator_id])
    db["mediator_years"].insert_all(
        {"mediator_id": mediator_id, "year": year} for year in sorted(set(years))
    )


def set_years(db: Database, mediator_id: int, years: tuple[int, ...]) -> None:
    """The years listed for a mediator; the year they left stays as it is."""
    mediator = get_mediator(db, mediator_id)
    update_mediator(db, mediator_id, replace(mediator, years=tuple(sorted(set(years)))))


def _years_by_mediator(db: Database) -> dict[int, tuple[int, ...]]:
    years: dict[int, list[int]] = defaultdict(list)
    for mediator_id, year in db.execute(
        "SELECT mediator_id, year FROM mediator_years ORDER BY year"
    ):
        years[mediator_id].append(year)
    return {k: tuple(v) for k, v in years.items()}


def _to_mediator(row: dict, years: tuple[int, ...]) -> Mediator:
    return Mediator(
        id=row["id"],
        full_name=row["full_name"],
        kind=row["kind"],
        is_curator=bool(row["is_curator"]),
        class_name=row["class_name"] or "",
        position=row["position"] or "",
        slot_id=row["slot_id"],
        note=row["note"] or "",
        contacts=row.get("contacts") or "",
        years=years,
    )


def get_mediator(db: Database, mediator_id: int) -> Mediator:
    found = list(rows(db, "SELECT * FROM mediators WHERE id = ?", [mediator_id]))
    if not found:
        raise NotFoundError(mediator_id)
    return _to_mediator(found[0], _listed(db, mediator_id))


def _listed(db: Database, mediator_id: int) -> tuple[int, ...]:
    return tuple(
        y
        for (y,) in db.execute(
            "SELECT year FROM mediator_years WHERE mediator_id = ? ORDER BY year", [mediator_id]
        )
    )


def service_of(db: Database, mediator_id: int) -> ServiceYears:
    found = db.execute("SELECT left_in FROM mediators WHERE id = ?", [mediator_id]).fetchone()
    if found is None:
        raise NotFoundError(mediator_id)
    return ServiceYears(_listed(db, mediator_id), found[0])


def _everyone(db: Database) -> list[tuple[Mediator, ServiceYears]]:
    """The roster (curator first, then adults, then young ones), each with their years."""
    years = _years_by_mediator(db)
    found = []
    for row in rows(
        db, "SELECT * FROM mediators ORDER BY is_curator DESC, kind = 'young', full_name, id"
    ):
        listed = years.get(row["id"], ())
        found.append((_to_mediator(row, listed), ServiceYears(listed, row["left_in"])))
    return found


def list_mediators(db: Database, year: int | None = None) -> list[Mediator]:
    """The roster, or the roster of one year: those who serve in it."""
    return [m for m, service in _everyone(db) if year is None or service.serves_in(year)]


def roster_counts(db: Database, year: int) -> dict[str, int]:
    """Adults and young mediators who served in a year (the statistics' `mediators`)."""
    counts = {"adult": 0, "young": 0}
    for mediator in list_mediators(db, year):
        counts[mediator.kind] = counts.get(mediator.kind, 0) + 1
    return counts


def years_served(db: Database, through: int | None = None) -> list[int]:
    """Every year someone on the roster served, oldest first, up to `through` (by default
    this year) for those still serving."""
    last = through if through is not None else date.today().year
    return sorted({y for _m, service in _everyone(db) for y in service.years_through(last)})


def _kind_problem(mediator: Mediator, record: TrainingRecord) -> dict[str, str]:
    # Seminars and supervision are for everyone; the two curricula are not.
    if (record.kind == YOUNG_MEDIATOR_PROGRAM and mediator.kind != "young") or (
        record.kind == "module" and mediator.kind == "young"
    ):
        return {"kind": _kind_mismatch(mediator.kind)}
    return {}


def _training_row(record: TrainingRecord) -> dict:
    return {
        "kind": record.kind,
        "module": record.module if record.kind == "module" else None,
        "held_on": iso(record.held_on),
        "hours": float(record.hours),
        "note": record.note.strip(),
    }


def _check_training(mediator: Mediator, record: TrainingRecord, today: date | None) -> None:
    errors = validate_training(record, today=today)
    if not errors:
        errors = _kind_problem(mediator, record)
    if errors:
        raise ValidationError(errors)


def add_training(
    db: Database, mediator_id: int, record: TrainingRecord, *, today: date | None = None
) -> int:
    _check_training(get_mediator(db, mediator_id), record, today)
    return db["training"].insert({"mediator_id": mediator_id, **_training_row(record)}).last_pk


def update_training(
    db: Database, training_id: int, record: TrainingRecord, *, today: date | None = None
) -> TrainingRecord:
    """Correct a training record (its person stays); returns the record as it was."""
    old = get_training(db, training_id)
    assert old.mediator_id is not None
    _check_training(get_mediator(db, old.mediator_id), record, today)
    db["training"].update(training_id, _training_row(record))
    return old


def _kind_mismatch(kind: str) -> str:
    if kind == "young":
        return translate("register", "Young mediators take the 36-hour program, not modules.")
    return translate("register", "The 36-hour program is for young mediators.")


def delete_training(db: Database, training_id: int) -> None:
    db.execute("DELETE FROM training WHERE id = ?", [training_id])


def _to_training(row: dict) -> TrainingRecord:
    return TrainingRecord(
        id=row["id"],
        mediator_id=row["mediator_id"],
        kind=row["kind"],
        module=row["module"],
        held_on=day(row["held_on"]),
        hours=row["hours"] or 0.0,
        note=row["note"] or "",
    )


def get_training(db: Database, training_id: int) -> TrainingRecord:
    found = list(rows(db, "SELECT * FROM training WHERE id = ?", [training_id]))
    if not found:
        raise NotFoundError(training_id)
    return _to_training(found[0])


def training_of(db: Database, mediator_id: int) -> list[TrainingRecord]:
    return [
        _to_training(row)
        for row in rows(
            db, "SELECT * FROM training WHERE mediator_id = ? ORDER BY held_on, id", [mediator_id]
        )
    ]


def lead_check(
    db: Database, mediator_id: int, program_type: str, category: str | None = None
) -> LeadCheck:
    return may_lead(
        get_mediator(db, mediator_id), training_of(db, mediator_id), program_type, category
    )


def roster_view(db: Database, year: int | None = None) -> list[RosterEntry]:
    """The roster with training summaries and the may-lead matrix over every program type."""
    training: dict[int, list[TrainingRecord]] = defaultdict(list)
    for row in rows(db, "SELECT * FROM training ORDER BY held_on, id"):
        training[row["mediator_id"]].append(_to_training(row))
    return [
        roster_entry(mediator, training.get(mediator.id or 0, ()), service.left_in)
        for mediator, service in _everyone(db)
        if year is None or service.serves_in(year)
    ]
