"""The practice vault: invented cases to look around in, kept apart from the real one."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from rsdesk.paths import app_paths

if TYPE_CHECKING:
    from rsdesk.vault import Vault

# Printed on the welcome page: the practice vault protects nothing real.
DEMO_PASSWORD = "demo"
DEMO_CASES = 300


def open_practice_vault() -> Vault:
    """Open the practice vault, making it on first use (runs in a worker: KDF, generation)."""
    from rsdesk.storage.cli import DEMO_MUNICIPALITY, DEMO_NAMES, DEMO_REGION
    from rsdesk.storage.demo import generate
    from rsdesk.storage.service import init_service
    from rsdesk.vault import Vault

    path = app_paths().data / "practice.rsdv"
    if path.exists():
        return Vault.open(path, DEMO_PASSWORD)
    vault, _recovery_key = Vault.create(path, DEMO_PASSWORD)
    try:
        init_service(
            vault.db,
            kind="school",
            name=DEMO_NAMES["school"],
            region=DEMO_REGION,
            municipality=DEMO_MUNICIPALITY,
            curator_name="Учебный куратор",
            curator_slot_id=vault.slot_id,
            pledged_on=date.today(),
        )
        generate(vault.db, cases=DEMO_CASES, years=2, seed=2026)
        vault.commit()
    except BaseException:
        vault.close(discard=True)
        path.unlink(missing_ok=True)
        raise
    return vault
