"""The roster: curator, adult and young mediators, the years they served, their training."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import replace

from sqlite_utils import Database

from rsdesk.domain.leading import LeadCheck, may_lead
from rsdesk.domain.register import Mediator, TrainingRecord, ValidationError
from rsdesk.domain.roster import RosterEntry, roster_entry
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


def add_mediator(db: Database, mediator: Mediator) -> int:
    errors = validate_mediator(mediator)
    if errors:
        raise ValidationError(errors)
    with db.atomic():
        mediator_id = db["mediators"].insert(_mediator_row(mediator)).last_pk
        _write_years(db, mediator_id, mediator.years)
    return mediator_id


def update_mediator(db: Database, mediator_id: int, mediator: Mediator) -> None:
    """Replace a mediator's details and years of service."""
    get_mediator(db, mediator_id)
    errors = validate_mediator(mediator)
    if errors:
        raise ValidationError(errors)
    with db.atomic():
        db["mediators"].update(mediator_id, _mediator_row(mediator))
        _write_years(db, mediator_id, mediator.years)


def _write_years(db: Database, mediator_id: int, years: tuple[int, ...]) -> None:
    db.execute("DELETE FROM mediator_years WHERE mediator_id = ?", [mediator_id])
    db["mediator_years"].insert_all(
        {"mediator_id": mediator_id, "year": year} for year in sorted(set(years))
    )


def set_years(db: Database, mediator_id: int, years: tuple[int, ...]) -> None:
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
    years = tuple(
        y
        for (y,) in db.execute(
            "SELECT year FROM mediator_years WHERE mediator_id = ? ORDER BY year", [mediator_id]
        )
    )
    return _to_mediator(found[0], years)


def list_mediators(db: Database, year: int | None = None) -> list[Mediator]:
    """The roster (curator first, then adults, then young ones), or the roster of one year."""
    years = _years_by_mediator(db)
    everyone = [
        _to_mediator(row, years.get(row["id"], ()))
        for row in rows(
            db,
            "SELECT * FROM mediators ORDER BY is_curator DESC, kind = 'young', full_name, id",
        )
    ]
    return [m for m in everyone if year is None or year in m.years]


def roster_counts(db: Database, year: int) -> dict[str, int]:
    """Adults and young mediators who served in a year (the statistics' `mediators`)."""
    counts = {"adult": 0, "young": 0}
    for kind, count in db.execute(
        "SELECT m.kind, COUNT(*) FROM mediators m JOIN mediator_years y ON y.mediator_id = m.id "
        "WHERE y.year = ? GROUP BY m.kind",
        [year],
    ):
        counts[kind] = count
    return counts


def add_training(db: Database, mediator_id: int, record: TrainingRecord) -> int:
    mediator = get_mediator(db, mediator_id)
    errors = validate_training(record)
    # Seminars and supervision are for everyone; the two curricula are not.
    if not errors and (
        (record.kind == YOUNG_MEDIATOR_PROGRAM and mediator.kind != "young")
        or (record.kind == "module" and mediator.kind == "young")
    ):
        errors["kind"] = _kind_mismatch(mediator.kind)
    if errors:
        raise ValidationError(errors)
    return (
        db["training"]
        .insert(
            {
                "mediator_id": mediator_id,
                "kind": record.kind,
                "module": record.module if record.kind == "module" else None,
                "held_on": iso(record.held_on),
                "hours": float(record.hours),
                "note": record.note,
            }
        )
        .last_pk
    )


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
        roster_entry(mediator, training.get(mediator.id or 0, ()))
        for mediator in list_mediators(db, year)
    ]


def years_served(db: Database) -> list[int]:
    """Every year someone on the roster served, oldest first."""
    return [y for (y,) in db.execute("SELECT DISTINCT year FROM mediator_years ORDER BY year")]
