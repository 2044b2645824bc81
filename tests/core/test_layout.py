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


def module_name(path: Path, root: Path = ROOT) -> str:
    parts = list(path.relative_to(root).with_suffix("").parts)
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def absolute(node: ast.ImportFrom, module: str, is_package: bool) -> str:
    """The module a `from … import` names, relative dots resolved against `module`."""
    if not node.level:
        return node.module or ""
    base = module.split(".") if is_package else module.split(".")[:-1]
    base = base[: len(base) - (node.level - 1)]
    return ".".join([*base, *([node.module] if node.module else [])])


def import_statements(
    tree: ast.AST, module: str, is_package: bool, *, typing_too: bool
) -> list[tuple[str, tuple[str, ...]]]:
    """Every import statement, at the top or inside functions, as (module, names imported
    from it): `import a.b` gives ("a.b", ()), `from a import b, c` gives ("a", ("b", "c")).
    Without typing_too, what an `if TYPE_CHECKING:` block imports is left out."""
    found: list[tuple[str, tuple[str, ...]]] = []

    def visit(node: ast.AST) -> None:
        if (
            not typing_too
            and isinstance(node, ast.If)
            and "TYPE_CHECKING" in ast.unparse(node.test)
        ):
            for child in node.orelse:
                visit(child)
            return
        if isinstance(node, ast.Import):
            found.extend((alias.name, ()) for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            found.append(
                (absolute(node, module, is_package), tuple(alias.name for alias in node.names))
            )
        for child in ast.iter_child_nodes(node):
            visit(child)

    visit(tree)
    return found


# --- the GUI goes through the Desk -----------------------------------------------------------

# What a screen may not use: the register's storage and the SQLite connection under it.
STORAGE_MODULES = ("rsdesk.storage", "sqlite3", "sqlite_utils")
CONNECTION_ATTRIBUTES = {"db", "conn", "execute"}


def reaches_storage(path: Path, module: str = "") -> list[str]:
    """How a module reaches past the Desk: storage imported (in any form, anywhere in the
    file), `.db`, `.conn` or `.execute` used, or sqlite-utils' `Database` named."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    module = module or module_name(path)
    found = set()
    statements = import_statements(tree, module, path.name == "__init__.py", typing_too=True)
    for source, names in statements:
        for name in (source, *(f"{source}.{n}" for n in names)):
            for way in STORAGE_MODULES:
                if name == way or name.startswith(way + "."):
                    found.add(f"imports {way}")
    for node in ast.walk(tree):
        if isinstance(node, ast.Attribute) and node.attr in CONNECTION_ATTRIBUTES:
            found.add(f".{node.attr} (line {node.lineno})")
        elif isinstance(node, ast.Name) and node.id == "Database":
            found.add(f"Database (line {node.lineno})")
    return sorted(found)


def test_the_gui_reaches_the_register_only_through_the_desk():
    gui = sorted((ROOT / "rsdesk" / "gui").rglob("*.py"))
    assert len(gui) >= 20
    offenders = {
        str(path.relative_to(ROOT)): found for path in gui if (found := reaches_storage(path))
    }
    listing = "\n".join(f"  {name}: {', '.join(found)}" for name, found in offenders.items())
    assert not offenders, f"these GUI modules reach past the Desk:\n{listing}"


def test_the_storage_checker_sees_every_way_in(tmp_path):
    ways = {
        "import rsdesk.storage.cases\n": "imports rsdesk.storage",
        "from rsdesk.storage.service import init_service\n": "imports rsdesk.storage",
        "from rsdesk import storage\n": "imports rsdesk.storage",
        "def f():\n    from rsdesk.storage import audit\n": "imports rsdesk.storage",
        "from typing import TYPE_CHECKING\nif TYPE_CHECKING:\n    import rsdesk.storage\n": (
            "imports rsdesk.storage"
        ),
        "import sqlite3\n": "imports sqlite3",
        "def f():\n    from sqlite_utils import Database\n": "imports sqlite_utils",
        "rows = session.vault.db['cases'].rows\n": ".db (line 1)",
        "desk.db.conn.commit()\n": ".conn (line 1)",
        "cursor = connection.execute('SELECT 1')\n": ".execute (line 1)",
        "def f(db: 'x') -> None:\n    Database(memory=True)\n": "Database (line 2)",
    }
    for number, (source, expected) in enumerate(ways.items()):
        sample = tmp_path / f"sample_{number}.py"
        sample.write_text(source)
        assert expected in reaches_storage(sample, "rsdesk.gui.sample"), source
    relative = tmp_path / "relative.py"
    relative.write_text("from ...storage.cases import case_card\n")
    assert reaches_storage(relative, "rsdesk.gui.cases.sample") == ["imports rsdesk.storage"]
    clean = tmp_path / "clean.py"
    clean.write_text(
        "from rsdesk.access import Desk\nfrom rsdesk.domain.roles import Op\n"
        "def f(session):\n    return session.desk.case_rows(), session.vault.path\n"
    )
    assert reaches_storage(clean, "rsdesk.gui.sample") == []


# --- no import cycles ------------------------------------------------------------------------


def import_graph(folder: Path) -> dict[str, set[str]]:
    """rsdesk module -> the rsdesk modules it imports (inside functions too; not what only
    type checkers read). `from pkg import name` is an edge to pkg.name when that is a module."""
    files = {module_name(path, folder.parent): path for path in folder.rglob("*.py")}
    graph: dict[str, set[str]] = {}
    for module, path in files.items():
        tree = ast.parse(path.read_text(encoding="utf-8"))
        targets = set()
        for source, names in import_statements(
            tree, module, path.name == "__init__.py", typing_too=False
        ):
            for name in [f"{source}.{n}" for n in names] or [source]:
                while name and name not in files:  # a name in a module, or a module outside
                    name = name.rpartition(".")[0]
                if name:
                    targets.add(name)
        graph[module] = {target for target in targets if target != module}
    return graph


def import_cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """The groups of modules that import one another in a circle (Tarjan's components)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    cycles: list[list[str]] = []

    def visit(module: str) -> None:
        index[module] = low[module] = len(index)
        stack.append(module)
        for target in sorted(graph.get(module, ())):
            if target not in index:
                visit(target)
                low[module] = min(low[module], low[target])
            elif target in stack:
                low[module] = min(low[module], index[target])
        if low[module] == index[module]:
            group = []
            while True:
                member = stack.pop()
                group.append(member)
                if member == module:
                    break
            if len(group) > 1:
                cycles.append(sorted(group))

    for module in sorted(graph):
        if module not in index:
            visit(module)
    return cycles


def test_no_import_cycles_among_rsdesk_modules():
    assert import_cycles(import_graph(ROOT / "rsdesk")) == []


def test_the_cycle_finder_sees_a_cycle_through_a_function(tmp_path):
    package = tmp_path / "rsdesk" / "pkg"
    package.mkdir(parents=True)
    (package / "__init__.py").write_text("")
    (package / "a.py").write_text("from rsdesk.pkg import b\n")
    (package / "b.py").write_text("def f():\n    from rsdesk.pkg.c import g\n")
    (package / "c.py").write_text(
        "from typing import TYPE_CHECKING\nif TYPE_CHECKING:\n    from rsdesk.pkg import d\n"
        "def g():\n    from . import a\n"
    )
    (package / "d.py").write_text("from rsdesk.pkg import c\n")
    graph = import_graph(tmp_path / "rsdesk")
    assert import_cycles(graph) == [["rsdesk.pkg.a", "rsdesk.pkg.b", "rsdesk.pkg.c"]]


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
