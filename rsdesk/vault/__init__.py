"""The encrypted vault: file format, key slots, atomic saves, lock, backups. Qt-free."""

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
from rsdesk.vault.vault import Snapshot, Vault

__all__ = [
    "BackupInfo",
    "KdfParams",
    "SaveQueue",
    "Snapshot",
    "Vault",
    "calibrate",
    "confirmation_groups",
    "confirms_recovery_key",
    "errors",
    "generate_recovery_key",
    "normalize_recovery_key",
]
