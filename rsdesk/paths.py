"""Folders for settings, vaults and backups: platformdirs, or one folder given by RSDESK_HOME."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

import platformdirs

from rsdesk import APP_NAME

HOME_ENV = "RSDESK_HOME"
# A file of this name beside the program makes it portable (a USB stick): everything stays there.
PORTABLE_MARKER = "rsdesk-portable"


@dataclass(frozen=True)
class AppPaths:
    config: Path
    data: Path

    @property
    def settings_file(self) -> Path:
        return self.config / "settings.json"

    @property
    def default_vault(self) -> Path:
        return self.data / "service.rsdv"

    @property
    def backups(self) -> Path:
        return self.data / "backups"

    @property
    def state(self) -> Path:
        """Small non-secret state kept outside the vault (last generation seen per vault)."""
        return self.config / "state"


def _portable_root() -> Path | None:
    home = os.environ.get(HOME_ENV)
    if home:
        return Path(home).expanduser().resolve()
    import sys

    if getattr(sys, "frozen", False):
        beside = Path(sys.executable).resolve().parent
        if (beside / PORTABLE_MARKER).exists():
            return beside / "rsdesk-data"
    return None


def app_paths() -> AppPaths:
    root = _portable_root()
    if root is not None:
        return AppPaths(config=root / "config", data=root / "data")
    return AppPaths(
        config=Path(platformdirs.user_config_dir(APP_NAME, appauthor=False)),
        data=Path(platformdirs.user_data_dir(APP_NAME, appauthor=False)),
    )
