"""A service's vault file off the GUI thread: a new service, the practice file, a forgotten
password reset with the recovery key.

Each runs in a worker and gives back an `UnlockedFile`: a register it needs to build or read
lives in a connection of the worker's own, and only bytes leave it. The thread that will own
the database attaches the file (`Vault.attach`); the Workplace then migrates and signs in.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from datetime import date
from pathlib import Path

from sqlite_utils import Database

from rsdesk.storage.demo import generate
from rsdesk.storage.demo_data import DEMO_MUNICIPALITY, DEMO_NAMES, DEMO_REGION
from rsdesk.storage.service import init_service
from rsdesk.storage.users import curator_slot
from rsdesk.vault import KdfParams
from rsdesk.vault.unlocking import (
    UnlockedFile,
    new_file,
    private_register,
    unlock_with_password,
    unlock_with_recovery,
)

# A person's name, as a real curator's would be: the status bar shortens it to «Фамилия И. О.».
PRACTICE_CURATOR = "Морозова Елена Викторовна"


def found_service(
    path: str | os.PathLike[str],
    password: str,
    *,
    kind: str,
    name: str,
    region: str,
    municipality: str,
    curator_name: str,
    pledged_on: date | None = None,
    kdf: KdfParams | None = None,
    recovery_key: str | None = None,
    fill: Callable[[Database], object] | None = None,
) -> tuple[UnlockedFile, str]:
    """Create the vault file of a new service, its register inside; and its recovery key.

    The register is made (and `fill`ed, for a practice file) before anything is written, so
    a refused name leaves no file behind.
    """
    unlocked, key = new_file(path, password, kdf=kdf, recovery_key=recovery_key)
    try:
        with private_register(unlocked.image) as conn:
            db = Database(conn)
            init_service(
                db,
                kind=kind,
                name=name,
                region=region,
                municipality=municipality,
                curator_name=curator_name,
                curator_slot_id=unlocked.slot_id,
                pledged_on=pledged_on,
            )
            if fill is not None:
                fill(db)
            if conn.in_transaction:
                conn.commit()
            unlocked.image = conn.serialize()
        unlocked.save()
    except BaseException:
        unlocked.discard()
        raise
    return unlocked, key


def practice_file(path: Path, password: str, *, cases: int, seed: int = 2026) -> UnlockedFile:
    """The practice vault, made with invented cases on first use and opened after that."""
    if path.exists():
        return unlock_with_password(path, password)
    unlocked, _recovery_key = found_service(
        path,
        password,
        kind="school",
        name=DEMO_NAMES["school"],
        region=DEMO_REGION,
        municipality=DEMO_MUNICIPALITY,
        curator_name=PRACTICE_CURATOR,
        pledged_on=date.today(),
        fill=lambda db: generate(db, cases=cases, years=2, seed=seed),
    )
    return unlocked


def reset_with_recovery(path: Path, recovery_key: str, new_password: str) -> UnlockedFile:
    """Open with the recovery key and give the curator, who holds it, a new password.

    The file is saved with the new password before it comes back, so it counts even if the
    window is closed before the register is shown.
    """
    unlocked = unlock_with_recovery(path, recovery_key)
    try:
        with private_register(unlocked.image) as conn:
            slot_id = curator_slot(Database(conn))
        if slot_id not in unlocked.slot_ids:
            slot_id = unlocked.slot_ids[0]  # a register from before users had slots
        unlocked.change_password(slot_id, new_password)
    except BaseException:
        unlocked.discard()
        raise
    return unlocked
