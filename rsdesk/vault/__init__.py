"""The encrypted vault: file format, key slots, atomic saves, lock, backups. Qt-free.

The names below load on first use (PEP 562): the window imports `rsdesk.vault.errors` to show
the unlock screen, and must not pay for cryptography and SQLite before the password is typed.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from rsdesk.vault import errors
    from rsdesk.vault.backups import BackupInfo
    from rsdesk.vault.keys import (
        KdfParams,
        calibrate,
        confirmation_groups,
        confirms_recovery_key,
        generate_recovery_key,
        normalize_recovery_key,
    )
    from rsdesk.vault.savequeue import SaveQueue
    from rsdesk.vault.slots import SlotMaker
    from rsdesk.vault.unlocking import UnlockedFile
    from rsdesk.vault.vault import Snapshot, Vault

_HOMES = {
    "BackupInfo": "backups",
    "KdfParams": "keys",
    "calibrate": "keys",
    "confirmation_groups": "keys",
    "confirms_recovery_key": "keys",
    "generate_recovery_key": "keys",
    "normalize_recovery_key": "keys",
    "SaveQueue": "savequeue",
    "Snapshot": "vault",
    "Vault": "vault",
    "UnlockedFile": "unlocking",
    "SlotMaker": "slots",
}

__all__ = [
    "BackupInfo",
    "KdfParams",
    "SaveQueue",
    "SlotMaker",
    "Snapshot",
    "UnlockedFile",
    "Vault",
    "calibrate",
    "confirmation_groups",
    "confirms_recovery_key",
    "errors",
    "generate_recovery_key",
    "normalize_recovery_key",
]


def __getattr__(name: str) -> Any:
    if name == "errors":
        return importlib.import_module("rsdesk.vault.errors")
    home = _HOMES.get(name)
    if home is None:
        raise AttributeError(f"module 'rsdesk.vault' has no attribute {name!r}")
    value = getattr(importlib.import_module(f"rsdesk.vault.{home}"), name)
    globals()[name] = value
    return value
