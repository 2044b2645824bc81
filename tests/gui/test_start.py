"""The window shows before the core is loaded, and the core loads while the password is typed.

The start is measured by the performance suite (`make bench`); these tests keep the reason it
is quick from quietly going away: a top-level import of the vault or the register from a
module of the start screen would load cryptography and SQLite before the window shows.
"""

from __future__ import annotations

import ast
import enum
import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from rsdesk.gui import build
from rsdesk.settings import load_settings, save_settings
from rsdesk.vault import KdfParams, Vault

# Loaded only once the window is up: by the preload thread, or by the first unlock.
CORE = (
    "cryptography",
    "sqlite_utils",
    "sqlite3",
    "reportlab",
    "multiprocessing",
    "rsdesk.vault.vault",
    "rsdesk.vault.keys",
    "rsdesk.storage",
    "rsdesk.access",
    "rsdesk.procedures",
    "rsdesk.stats",
    "rsdesk.documents",
)

PROBE = """
import json, sys, threading
from rsdesk import i18n
from rsdesk.gui.app import create_app
from rsdesk.gui.qt import QApplication, QTimer

CORE = tuple(sys.argv[1].split(","))
app = create_app(sys.argv[:1])


def loaded():
    return sorted(m for m in sys.modules if m.split(".")[0] in CORE or m.startswith(CORE))


def shown():
    window = next(w for w in QApplication.topLevelWidgets() if type(w).__name__ == "MainWindow")
    report = {
        "visible": window.isVisible(),
        "screen": type(window.gate.currentWidget()).__name__,
        "text": window.ui.areas.currentWidget().currentWidget().ui.title.text(),
        "at_show": loaded(),
        "status": window.vault_status.text(),
        # The core's .ts catalogue, parsed on the first message of the core; Qt's .qm serves
        # the window.
        "catalogues_parsed": i18n._catalogue.cache_info().currsize,
    }
    QTimer.singleShot(0, lambda: preloaded(report))  # after the preload's own timer


def preloaded(report):
    for thread in threading.enumerate():
        if thread.name == "core-preload":
            thread.join(60)
    report["after_preload"] = loaded()
    print(json.dumps(report, ensure_ascii=False), flush=True)
    app.quit()


QTimer.singleShot(0, shown)
from rsdesk.cli import main  # the `rsdesk` command without arguments

main([])
"""


def python(home: Path, *args: str) -> list[str]:
    """The lines a new Python process prints, with `home` as its RSDESK_HOME."""
    env = {**os.environ, "RSDESK_HOME": str(home), "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run(
        [sys.executable, *args], env=env, capture_output=True, text=True, timeout=120, check=False
    )
    assert result.returncode == 0, result.stderr
    return result.stdout.splitlines()


def start(home: Path) -> dict:
    return json.loads(python(home, "-c", PROBE, ",".join(CORE))[-1])


def remember_a_vault(home: Path) -> None:
    """A vault the settings name, as after the first sign-in: the start shows its unlock."""
    path = home / "service.rsdv"
    vault, _key = Vault.create(path, "пароль", kdf=KdfParams(memory_kib=8 * 1024, iterations=1))
    vault.close()
    settings = load_settings()
    settings.last_vault = str(path)
    save_settings(settings)


def test_first_start_shows_the_welcome_screen_without_the_core(rsdesk_home):
    report = start(rsdesk_home)
    assert report["visible"] and report["screen"] == "WelcomePage"
    assert re.search("[а-яё]", report["text"])  # filled in, and in Russian
    assert report["at_show"] == [] and report["catalogues_parsed"] == 0
    # While the user reads the welcome page, the core is loaded beside it.
    assert {"rsdesk.vault.vault", "sqlite_utils", "rsdesk.access"} <= set(report["after_preload"])


def test_daily_start_shows_the_unlock_screen_without_the_core(rsdesk_home):
    remember_a_vault(rsdesk_home)
    report = start(rsdesk_home)
    assert report["visible"] and report["screen"] == "UnlockPage"
    assert re.search("[а-яё]", report["text"])
    assert report["status"] == "Заблокировано"
    assert report["at_show"] == [] and report["catalogues_parsed"] == 0
    assert {"rsdesk.vault.vault", "rsdesk.storage.schema", "rsdesk.access"} <= set(
        report["after_preload"]
    )


def test_gui_check_reports_the_screen_and_the_core(rsdesk_home):
    """`rsdesk gui --check`, which the bundle's smoke test runs, says what a user would see."""
    check = ("-m", "rsdesk", "gui", "--check")
    assert python(rsdesk_home, *check) == ["shown: welcome", "core: loaded"]
    remember_a_vault(rsdesk_home)
    assert python(rsdesk_home, *check) == ["shown: unlock", "core: loaded"]


def enum_values_in(form: Path) -> list[tuple[str, str]]:
    """Every `QClass.Name` whose Name is a value, as (class, name), in one generated form."""
    found = []
    for node in ast.walk(ast.parse(form.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Attribute) and isinstance(node.value, ast.Name):
            owner = node.value.id
            if owner == "Qt" or (owner.startswith("Q") and owner[1:2].isupper()):
                found.append((owner, node.attr))
    return found


@pytest.mark.parametrize("form", sorted(build.FORMS_DIR.glob("*.py")), ids=lambda p: p.stem)
def test_forms_name_enum_values_with_their_enum(form):
    """`Qt.AlignLeft` makes PySide6 search and build every enum of the module (tens of ms);
    `Qt.AlignmentFlag.AlignLeft` builds one. uic writes what the .ui file says."""
    from rsdesk.gui import qt

    unscoped = [
        f"{owner}.{name}"
        for owner, name in enum_values_in(form)
        if isinstance(getattr(getattr(qt, owner, None), name, None), enum.Enum)
    ]
    assert unscoped == [], f"write them in ui/{form.stem}.ui as Class::Enum::Value"
