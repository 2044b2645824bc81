"""The shape of the test suite: shared code lives in tests/helpers and is imported by its name.

A test module that imports another test module, a loose module found because pytest put its
folder on sys.path, or an edit of sys.path makes a test depend on the order and the folder
pytest happens to start from; these checks keep every such case out.
"""

from __future__ import annotations

import ast
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
TESTS = ROOT / "tests"
HELPERS = TESTS / "helpers"
# Programs of their own (`make bench`), run as scripts that import their neighbours by name.
BENCHMARKS = TESTS / "benchmarks"
PATH_EDITS = {"insert", "append", "extend", "remove", "pop", "clear", "__setitem__", "__iadd__"}


def suite_files() -> list[Path]:
    return sorted(p for p in TESTS.rglob("*.py") if BENCHMARKS not in p.parents)


def loose_names() -> set[str]:
    """Names a module of the tests folder could be imported by when its folder is on sys.path."""
    stems = {p.stem for p in TESTS.rglob("*.py") if p.stem != "__init__"}
    return stems - set(sys.stdlib_module_names)


def imported_modules(tree: ast.AST) -> list[tuple[int, str, int]]:
    """(line, dotted name, relative level) of every module an import statement names."""
    found: list[tuple[int, str, int]] = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found.extend((node.lineno, alias.name, 0) for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            module = node.module or ""
            if node.level == 0 and (module == "tests" or module.startswith("tests.")):
                # `from tests.gui import test_program_wizard` names the module in its alias.
                found.extend((node.lineno, f"{module}.{alias.name}", 0) for alias in node.names)
            else:
                found.append((node.lineno, module, node.level))
    return found


def path_edits(tree: ast.AST) -> list[int]:
    """Lines that change sys.path: sys.path.insert(...), sys.path = ..., syspath_prepend(...)."""
    lines: list[int] = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Attribute) and node.attr == "syspath_prepend":
            lines.append(node.lineno)
        elif isinstance(node, ast.ImportFrom) and node.module == "sys":
            lines.extend(node.lineno for alias in node.names if alias.name == "path")
        elif isinstance(node, ast.Attribute) and node.attr in PATH_EDITS:
            if is_sys_path(node.value):
                lines.append(node.lineno)
        elif isinstance(node, ast.Assign | ast.AugAssign | ast.AnnAssign):
            targets = node.targets if isinstance(node, ast.Assign) else [node.target]
            for target in targets:
                if isinstance(target, ast.Subscript):
                    target = target.value
                if is_sys_path(target):
                    lines.append(node.lineno)
    return lines


def is_sys_path(node: ast.AST) -> bool:
    return (
        isinstance(node, ast.Attribute)
        and node.attr == "path"
        and isinstance(node.value, ast.Name)
        and node.value.id == "sys"
    )


def offences(source: str, loose: set[str]) -> list[str]:
    """What in one module's source breaks the rules, one line each."""
    tree = ast.parse(source)
    found: list[str] = []
    for line, name, level in imported_modules(tree):
        parts = name.split(".")
        if level:
            found.append(f"{line}: relative import of {name or '.'}")
        elif any(part.startswith("test_") for part in parts):
            found.append(f"{line}: imports the test module {name}")
        elif parts[0] == "tests" and parts[:2] != ["tests", "helpers"]:
            found.append(f"{line}: imports {name}, which is not in tests.helpers")
        elif parts[0] in loose:
            found.append(f"{line}: imports {name} by a bare name; move it into tests/helpers")
    found.extend(f"{line}: edits sys.path" for line in path_edits(tree))
    return found


def test_tests_import_shared_code_only_from_tests_helpers():
    loose = loose_names()
    files = suite_files()
    assert len(files) >= 40
    report = {}
    for path in files:
        found = offences(path.read_text(encoding="utf-8"), loose)
        if found:
            report[str(path.relative_to(ROOT))] = found
    assert report == {}


def test_every_module_of_the_suite_is_a_test_a_conftest_or_a_helper():
    stray = [
        str(p.relative_to(ROOT))
        for p in suite_files()
        if not (p.name.startswith("test_") or p.name == "conftest.py" or HELPERS in p.parents)
    ]
    assert stray == []
    assert (HELPERS / "__init__.py").is_file()


def test_the_checker_sees_every_kind_of_offence():
    loose = {"access_world", "test_stats_tables", "bench_vault"}
    samples = {
        "from tests.gui import test_program_wizard\n": "imports the test module",
        "import tests.gui.test_roles_work\n": "imports the test module",
        "from test_stats_tables import article_folder\n": "imports the test module",
        "from access_world import build\n": "by a bare name",
        "import bench_vault\n": "by a bare name",
        "from tests.core.access import world\n": "not in tests.helpers",
        "from . import world\n": "relative import",
        "import sys\nsys.path.insert(0, 'x')\n": "edits sys.path",
        "import sys\nsys.path.append('x')\n": "edits sys.path",
        "import sys\nsys.path = ['x']\n": "edits sys.path",
        "import sys\nsys.path[:0] = ['x']\n": "edits sys.path",
        "import sys\nsys.path += ['x']\n": "edits sys.path",
        "from sys import path\n": "edits sys.path",
        "def test(monkeypatch):\n    monkeypatch.syspath_prepend('x')\n": "edits sys.path",
    }
    for source, complaint in samples.items():
        found = offences(source, loose)
        assert len(found) == 1 and complaint in found[0], (source, found)
    allowed = (
        "import sys\n"
        "from pathlib import Path\n"
        "from tests.helpers.world import build\n"
        "from tests.helpers import wizard as walking\n"
        "from rsdesk.storage import users\n"
        "print(sys.path, Path(sys.executable))\n"
    )
    assert offences(allowed, loose | {"users", "world"}) == []


def test_every_test_module_has_a_name_of_its_own():
    """pytest imports test modules by their base name: two of one name stop the collection."""
    seen: dict[str, Path] = {}
    twice = []
    for path in suite_files():
        if path.name.startswith("test_"):
            if path.name in seen:
                twice.append(f"{seen[path.name].relative_to(ROOT)} and {path.relative_to(ROOT)}")
            seen.setdefault(path.name, path)
    assert twice == []
