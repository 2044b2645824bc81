"""The shape of the project: a Qt-free core, generated forms in step, a complete package list."""

from __future__ import annotations

import ast
import subprocess
import sys
import tomllib
from pathlib import Path

from rsdesk.gui import build

ROOT = Path(__file__).resolve().parents[2]
QT_MODULES = {"PySide6", "shiboken6", "PyQt5", "PyQt6"}


def imported_roots(path: Path) -> set[str]:
    roots: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            roots.update(alias.name.split(".")[0] for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            roots.add(node.module.split(".")[0])
    return roots


def test_no_qt_outside_gui():
    core = [p for p in (ROOT / "rsdesk").rglob("*.py") if "gui" not in p.relative_to(ROOT).parts]
    assert len(core) >= 5
    offenders = {str(p.relative_to(ROOT)): imported_roots(p) & QT_MODULES for p in core}
    assert {k: v for k, v in offenders.items() if v} == {}


def test_the_checker_sees_qt_imports(tmp_path):
    sample = tmp_path / "sample.py"
    sample.write_text("from PySide6.QtCore import QObject\nimport os\n")
    assert imported_roots(sample) & QT_MODULES == {"PySide6"}


BLOCK_QT = """
import importlib.abc, runpy, sys
class NoQt(importlib.abc.MetaPathFinder):
    def find_spec(self, name, path=None, target=None):
        if name.split('.')[0] in {'PySide6', 'shiboken6'}:
            raise ImportError('Qt is not available here: ' + name)
sys.meta_path.insert(0, NoQt())
sys.argv = ['rsdesk'] + sys.argv[1:]
runpy.run_module('rsdesk', run_name='__main__')
"""


def run_without_qt(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-c", BLOCK_QT, *args],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=60,
    )


def test_help_works_without_qt():
    result = run_without_qt("--help")
    assert result.returncode == 0, result.stderr
    assert "rsdesk" in result.stdout
    assert "Рабочее место службы примирения" in result.stdout


def test_the_qt_blocker_really_blocks():
    result = run_without_qt("gui")
    assert result.returncode != 0
    assert "Qt is not available here" in result.stderr


def test_forms_are_in_step_with_ui_files():
    ui_files = sorted(build.UI_DIR.glob("*.ui"))
    assert ui_files
    for ui_file in ui_files:
        committed = build.form_path(ui_file).read_text(encoding="utf-8")
        fresh = build.compile_form(ui_file)
        # The compiler stamps its own version; everything else must match.
        strip = [line for line in committed.splitlines() if "Created by:" not in line]
        assert strip == [line for line in fresh.splitlines() if "Created by:" not in line], (
            f"{ui_file.name} changed: run python -m rsdesk.gui.build forms"
        )
        assert committed.startswith("# Generated from ui/")


def test_every_package_and_resource_folder_is_shipped():
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    listed = set(config["tool"]["setuptools"]["packages"])
    code = {
        ".".join(p.parent.relative_to(ROOT).parts) for p in (ROOT / "rsdesk").rglob("__init__.py")
    }
    data = {
        "rsdesk.resources." + ".".join(p.relative_to(ROOT / "resources").parts)
        for p in (ROOT / "resources").rglob("*")
        if p.is_dir() and p.name != "__pycache__"
    }
    assert code | data | {"rsdesk.resources"} == listed
