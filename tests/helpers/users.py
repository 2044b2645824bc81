"""A service vault with more than one user, signed in as any of them."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

from rsdesk.domain.register import Mediator, Participant, Request
from rsdesk.storage import cases, requests, users
from rsdesk.storage.roster import add_mediator
from rsdesk.storage.service import init_service
from rsdesk.vault import KdfParams, Vault

FAST = KdfParams(memory_kib=8 * 1024, iterations=1, lanes=1)
CURATOR = "Смирнова Ольга Петровна"
CURATOR_PASSWORD = "Пароль куратора 2026"
ADULT = "Алексеева Анна Сергеевна"
ADULT_PASSWORD = "Пароль медиатора 2026"


def make_service(path: Path) -> None:
    """A school service with its curator and an adult mediator, each with a password."""
    vault, _key = Vault.create(path, CURATOR_PASSWORD, kdf=FAST)
    init_service(
        vault.db,
        kind="school",
        name="МБОУ «Школа № 7»",
        region="Кузбасс",
        municipality="г. Кемерово",
        curator_name=CURATOR,
        curator_slot_id=vault.slot_id,
        pledged_on=date.today(),
    )
    adult = add_mediator(vault.db, Mediator(ADULT, "adult", years=(date.today().year,)))
    slot = vault.add_password_slot(ADULT_PASSWORD, kdf=FAST)
    users.set_slot(vault.db, adult, slot)
    users.accept_pledge(vault.db, adult, date.today())
    vault.commit()
    vault.close()


def old_closed_case(path: Path, years_ago: int) -> None:
    """Add a case closed `years_ago` years ago, as the register had it before this version."""
    vault = Vault.open(path, CURATOR_PASSWORD)
    today = date.today()
    opened = today.replace(year=today.year - years_ago) - timedelta(days=40)
    request_id = requests.register_request(
        vault.db,
        Request(
            received_on=opened,
            source="teacher",
            category="educational_conflict",
            description="Ссора на перемене",
            participants=(
                Participant(full_name="Старый Степан", role="party", is_minor=True, age=13),
                Participant(full_name="Давняя Дарья", role="party", is_minor=True, age=13),
            ),
        ),
        today=today,
    )
    case_id = requests.accept_request(vault.db, request_id, decided_on=opened, today=today)
    cases.close_case(vault.db, case_id, opened + timedelta(days=30), today=today)
    vault.commit()
    vault.close()


def sign_in(window, path: Path, password: str) -> None:
    """What the unlock screen does with a password: open the file, start the session."""
    window.session.start(Vault.open(path, password))
