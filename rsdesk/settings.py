"""User settings (language, last vault and key slot, auto-lock) kept as a small JSON file."""

from __future__ import annotations

import json
import os
import re
from dataclasses import asdict, dataclass, fields
from pathlib import Path

from rsdesk.paths import app_paths

LANGUAGES = ("ru", "en")
# A key slot id is random hex; anything else in the file is ignored rather than trusted.
SLOT_ID = re.compile(r"[0-9a-f]{8,64}")


@dataclass
class Settings:
    language: str = "ru"
    last_vault: str = ""
    auto_lock_minutes: int = 10
    # The key slot of the last sign-in on this machine, tried first at the next unlock (each
    # wrong slot costs an Argon2id run). Never a name: names are kept only inside the vault.
    last_slot: str = ""

    def normalised(self) -> Settings:
        language = self.language if self.language in LANGUAGES else "ru"
        minutes = self.auto_lock_minutes
        if not isinstance(minutes, int) or not 0 <= minutes <= 240:
            minutes = 10
        slot = self.last_slot if isinstance(self.last_slot, str) else ""
        slot = slot if SLOT_ID.fullmatch(slot) else ""
        return Settings(language, str(self.last_vault or ""), minutes, slot)


def _file() -> Path:
    return app_paths().settings_file


def load_settings() -> Settings:
    """Defaults when the file is missing or unreadable: settings are never worth a crash."""
    try:
        raw = json.loads(_file().read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return Settings()
    if not isinstance(raw, dict):
        return Settings()
    known = {f.name for f in fields(Settings)}
    return Settings(**{k: v for k, v in raw.items() if k in known}).normalised()


def save_settings(settings: Settings) -> None:
    path = _file()
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(path.name + ".tmp")
    tmp.write_text(
        json.dumps(asdict(settings.normalised()), ensure_ascii=False, indent=2), encoding="utf-8"
    )
    os.replace(tmp, path)
