"""Registers in memory and the requests and pupils the register tests put in them."""

from __future__ import annotations

from datetime import date

from sqlite_utils import Database

from rsdesk.domain.register import Participant, Request
from rsdesk.storage.service import init_service

TODAY = date(2024, 6, 14)


def make_db(kind: str) -> Database:
    db = Database(memory=True)
    init_service(
        db,
        kind=kind,
        name="МБОУ «СОШ № 3»" if kind == "school" else "ТСП района",
        region="Кемеровская область — Кузбасс",
        municipality="г. Белово",
        curator_name="Соколова Ирина Петровна",
        curator_slot_id="slot-curator",
    )
    return db


def pupil(name: str = "Волков Артём", role: str | None = "party", **extra) -> Participant:
    return Participant(full_name=name, role=role, is_minor=True, class_name="7Б", age=13, **extra)


def a_request(**changes) -> Request:
    values = {
        "received_on": date(2024, 3, 4),
        "source": "teacher",
        "category": "educational_conflict",
        "description": "Драка на перемене после ссоры в чате класса.",
        "referrer": "классный руководитель 7Б",
        "participants": (pupil(), pupil("Зайцева Алина")),
    }
    values.update(changes)
    return Request(**values)
