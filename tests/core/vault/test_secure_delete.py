"""Personal data purged under the retention rule is gone from the saved image itself, not
only from the tables: SQLite overwrites what it deletes (`PRAGMA secure_delete`)."""

from __future__ import annotations

from datetime import date

from sqlite_utils import Database

from rsdesk.domain.register import Participant, Request
from rsdesk.storage import requests, retention
from rsdesk.storage.service import init_service
from rsdesk.vault.unlocking import new_connection

CANARY = "Канарейкина Злата"
NOTE = "canary-5c1e ссора в раздевалке"


def test_a_purged_request_leaves_no_name_in_the_image():
    conn = new_connection()
    db = Database(conn)
    init_service(
        db,
        kind="school",
        name="МБОУ «СОШ № 5»",
        region="Кузбасс",
        municipality="г. Белово",
        curator_name="Смирнова Ольга Петровна",
        curator_slot_id="slot-curator",
    )
    day = date(2020, 2, 3)
    request_id = requests.register_request(
        db,
        Request(
            received_on=day,
            source="teacher",
            category="other",
            description=NOTE,
            participants=(Participant(CANARY, "party", True, class_name="5А"),),
        ),
        today=day,
    )
    requests.decline_request(db, request_id, decided_on=day, reason="нет оснований", today=day)
    conn.commit()
    assert CANARY.encode() in conn.serialize()  # the name really was in the image
    retention.purge_request(db, request_id, date(2026, 1, 10))
    conn.commit()
    image = conn.serialize()
    assert CANARY.encode() not in image
    assert NOTE.encode() not in image


def test_every_register_connection_overwrites_what_it_deletes():
    fresh = new_connection()
    opened = new_connection(fresh.serialize())
    for conn in (fresh, opened):
        assert conn.execute("PRAGMA secure_delete").fetchone() == (1,)


def test_without_it_the_name_would_stay():
    """The image test above can fail: with the pragma off, SQLite keeps the freed cells."""
    conn = new_connection()
    conn.execute("PRAGMA secure_delete = OFF")
    conn.execute("CREATE TABLE people (name TEXT)")
    conn.execute("INSERT INTO people VALUES (?)", [CANARY * 20])
    conn.commit()
    conn.execute("DELETE FROM people")
    conn.commit()
    assert CANARY.encode() in conn.serialize()
