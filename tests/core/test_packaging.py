"""What can be checked here of the Windows build: the spec's Windows branch and the installer.

Windows cannot build or run the bundle on this machine (packaging/README.md lists what stays
untested). The spec is run with PyInstaller's build steps replaced by recorders, once as on
Linux and once as on Windows, and the Inno Setup script is read against the code it installs.
"""

from __future__ import annotations

import re
import sys
import types
from importlib import metadata
from pathlib import Path

import pytest

import rsdesk
from rsdesk.paths import PORTABLE_MARKER

ROOT = Path(__file__).resolve().parents[2]
SPEC = ROOT / "packaging" / "rsdesk.spec"
ISS = ROOT / "packaging" / "windows" / "rsdesk.iss"


class Step:
    """Stands for one of PyInstaller's build steps and keeps what the spec gave it."""

    made: list[Step]

    def __init__(self, *args, **kwargs) -> None:
        self.args, self.kwargs = args, kwargs
        self.made.append(self)
        # Analysis results the spec reads and filters.
        self.datas = list(FAKE_DATAS)
        self.binaries = list(FAKE_BINARIES)
        self.pure, self.scripts = list(FAKE_PURE), []


FAKE_PURE = [("reportlab.lib.colors", "src", "PYMODULE"), ("pypdf._writer", "src", "PYMODULE")]
# Where PyInstaller puts Qt's files: PySide6/Qt/... on Linux, PySide6/... on Windows.
FAKE_DATAS = [
    ("PySide6/Qt/translations/qtbase_ru.qm", "src", "DATA"),
    ("PySide6/Qt/translations/qtbase_de.qm", "src", "DATA"),
    ("PySide6\\translations\\qtbase_ru.qm", "src", "DATA"),
    ("PySide6\\translations\\qtbase_fr.qm", "src", "DATA"),
    ("rsdesk/resources/translations/rsdesk_ru.qm", "src", "DATA"),
]
FAKE_BINARIES = [
    ("PySide6/Qt/plugins/platforms/libqxcb.so", "src", "BINARY"),
    ("PySide6/Qt/plugins/platforms/libqvnc.so", "src", "BINARY"),
    ("PySide6/Qt/plugins/sqldrivers/libqsqlite.so", "src", "BINARY"),
    ("PySide6\\plugins\\platforms\\qwindows.dll", "src", "BINARY"),
    ("PySide6\\plugins\\sqldrivers\\qsqlite.dll", "src", "BINARY"),
    ("PySide6\\plugins\\tls\\qschannelbackend.dll", "src", "BINARY"),
    ("PySide6\\QtCore.pyd", "src", "EXTENSION"),
    # What PySide6-Addons and the GTK theme bring that rsdesk never uses.
    ("PySide6/Qt/plugins/platforminputcontexts/libqtvirtualkeyboardplugin.so", "src", "BINARY"),
    ("PySide6/Qt/lib/libQt6Quick.so.6", "src", "BINARY"),
    ("libQt6Qml.so.6", "src", "BINARY"),
    ("PySide6/Qt/plugins/platformthemes/libqgtk3.so", "src", "BINARY"),
    ("libcairo.so.2", "src", "BINARY"),
    ("PySide6/Qt/plugins/generic/libqtuiotouchplugin.so", "src", "BINARY"),
    ("PySide6/Qt/plugins/imageformats/libqwebp.so", "src", "BINARY"),
    ("PySide6\\plugins\\imageformats\\qtiff.dll", "src", "BINARY"),
    ("PySide6\\Qt6VirtualKeyboard.dll", "src", "BINARY"),
    # Kept: printing, PDF pages, the icons.
    ("PySide6/Qt/lib/libQt6Pdf.so.6", "src", "BINARY"),
    ("PySide6/Qt/plugins/printsupport/libcupsprintersupport.so", "src", "BINARY"),
    ("PySide6/Qt/plugins/imageformats/libqsvg.so", "src", "BINARY"),
]


def collect_data_files(package: str, includes: tuple[str, ...] = ()) -> list[tuple[str, str]]:
    return [(f"{package}/files/PTSans-Regular.ttf", f"{package}/files")]


def collect_submodules(package: str, filter=None) -> list[str]:  # PyInstaller names it filter
    return [n for n in ("rsdesk.cli", "rsdesk.gui.build", "rsdesk.vault.vault") if filter(n)]


class Collect(Step):
    """COLLECT makes the bundle's folder in DISTPATH, as PyInstaller's does."""

    dist: Path

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        (self.dist / kwargs["name"]).mkdir(parents=True, exist_ok=True)


def run_spec(monkeypatch: pytest.MonkeyPatch, platform: str, dist: Path) -> dict[str, list[Step]]:
    steps: dict[str, list[Step]] = {}
    names = {}
    for name in ("Analysis", "PYZ", "EXE", "COLLECT"):
        steps[name] = []
        base = Collect if name == "COLLECT" else Step
        names[name] = type(name, (base,), {"made": steps[name], "dist": dist})
    hooks = types.ModuleType("PyInstaller.utils.hooks")
    vars(hooks).update(collect_data_files=collect_data_files, collect_submodules=collect_submodules)
    for module in ("PyInstaller", "PyInstaller.utils"):
        monkeypatch.setitem(sys.modules, module, types.ModuleType(module))
    monkeypatch.setitem(sys.modules, "PyInstaller.utils.hooks", hooks)
    namespace = {**names, "SPECPATH": str(SPEC.parent), "DISTPATH": str(dist)}
    namespace["__name__"] = "__main__"
    code = compile(SPEC.read_text(encoding="utf-8"), str(SPEC), "exec")
    with monkeypatch.context() as patch:
        patch.setattr(sys, "platform", platform)
        exec(code, namespace)
    return steps


def test_windows_branch_makes_a_console_and_a_windowed_program(monkeypatch, tmp_path):
    steps = run_spec(monkeypatch, "win32", tmp_path)
    exes = steps["EXE"]
    assert [(e.kwargs["name"], e.kwargs["console"]) for e in exes] == [
        ("rsdesk", True),
        ("rsdesk-gui", False),
    ]
    icon = Path(exes[0].kwargs["icon"])
    assert icon.is_file() and icon.suffix == ".ico" and icon.read_bytes()[:4] == b"\0\0\1\0"
    # Both programs share one folder; nothing is stripped with GNU tools on Windows.
    (collect,) = steps["COLLECT"]
    assert collect.args[:2] == tuple(exes) and collect.kwargs["name"] == "rsdesk"
    assert not collect.kwargs["strip"] and not any(e.kwargs["strip"] for e in exes)
    assert all(e.kwargs["exclude_binaries"] for e in exes)


def test_linux_branch_makes_one_stripped_program(monkeypatch, tmp_path):
    steps = run_spec(monkeypatch, "linux", tmp_path)
    (exe,) = steps["EXE"]
    assert exe.kwargs["name"] == "rsdesk" and exe.kwargs["console"]
    assert exe.kwargs["icon"] is None and exe.kwargs["strip"]


@pytest.mark.parametrize("platform", ["linux", "win32"])
def test_analysis_takes_the_program_and_its_resources(monkeypatch, tmp_path, platform):
    (analysis,) = run_spec(monkeypatch, platform, tmp_path)["Analysis"]
    (script,) = analysis.args[0]
    assert Path(script).is_file() and Path(script).name == "rsdesk_main.py"
    assert (str(ROOT / "resources"), "rsdesk/resources") in analysis.kwargs["datas"]
    # Every rsdesk module but the build tool: the window loads its areas by name.
    assert analysis.kwargs["hiddenimports"] == ["rsdesk.cli", "rsdesk.vault.vault"]
    assert not {"PySide6.QtCore", "PySide6.QtGui", "PySide6.QtWidgets", "PySide6.QtSvg"} & set(
        analysis.kwargs["excludes"]
    )


def test_only_russian_qt_strings_and_used_plugins_are_kept_on_both_systems(monkeypatch, tmp_path):
    (analysis,) = run_spec(monkeypatch, "win32", tmp_path)["Analysis"]
    assert [d[0] for d in analysis.datas] == [
        "PySide6/Qt/translations/qtbase_ru.qm",
        "PySide6\\translations\\qtbase_ru.qm",
        "rsdesk/resources/translations/rsdesk_ru.qm",
    ]
    assert [b[0] for b in analysis.binaries] == [
        "PySide6/Qt/plugins/platforms/libqxcb.so",
        "PySide6\\plugins\\platforms\\qwindows.dll",
        "PySide6\\QtCore.pyd",
        "PySide6/Qt/lib/libQt6Pdf.so.6",
        "PySide6/Qt/plugins/printsupport/libcupsprintersupport.so",
        "PySide6/Qt/plugins/imageformats/libqsvg.so",
    ]


def iss_section(name: str) -> str:
    text = ISS.read_text(encoding="utf-8")
    match = re.search(rf"^\[{name}\]\n(.*?)(?=^\[|\Z)", text, re.M | re.S)
    assert match, name
    return match.group(1)


def test_installer_script_matches_what_it_installs():
    setup = iss_section("Setup")
    icon = re.search(r"^SetupIconFile=(.+)$", setup, re.M)
    assert icon and (ROOT / icon.group(1).replace("\\", "/")).is_file()
    # The version shown by the installer when none is passed is the program's.
    default = re.search(r'#define AppVersion "([^"]+)"', ISS.read_text(encoding="utf-8"))
    assert default and default.group(1) == rsdesk.__version__
    # The shortcuts and the uninstaller start the windowed program the spec makes.
    started = re.findall(r"\{app\}\\([\w-]+\.exe)", ISS.read_text(encoding="utf-8"))
    assert started and set(started) == {"rsdesk-gui.exe"}
    assert 'Source: "dist\\rsdesk\\*"' in iss_section("Files")
    # The portable task writes the very marker rsdesk looks for beside its executable.
    code = iss_section("Code")
    assert f"{{app}}\\{PORTABLE_MARKER}'" in code
    assert re.search(r"^Uninstallable=not IsPortable$", setup, re.M)
    icons = iss_section("Icons")
    assert all("not portable" in line for line in icons.strip().splitlines())


def test_installer_speaks_russian_first():
    languages = iss_section("Languages").strip().splitlines()
    assert languages[0].startswith('Name: "ru"') and "Russian.isl" in languages[0]
    messages = iss_section("CustomMessages")
    for key in ("PortableTask", "PortableGroup", "ShortcutsGroup", "DesktopIcon", "AppComment"):
        assert re.search(rf"^ru\.{key}=[А-ЯЁа-яё]", messages, re.M), key
        assert re.search(rf"^en\.{key}=", messages, re.M), key


@pytest.mark.parametrize("platform", ["linux", "win32"])
def test_bundle_carries_the_licences_beside_the_program(monkeypatch, tmp_path, platform):
    run_spec(monkeypatch, platform, tmp_path)
    bundle = tmp_path / "rsdesk"
    assert (bundle / "LICENSE").read_bytes() == (ROOT / "LICENSE").read_bytes()
    notices = {p.name for p in (bundle / "notices").iterdir()}
    assert notices == {
        "THIRD_PARTY.md",
        "LGPL-3.0.txt",
        "OFL-1.1-PT-Sans.txt",
        "OFL-1.1-IBM-Plex-Mono.txt",
        "python",
    }
    # The libraries the analysis took bring their licence files as their wheels ship them.
    python = bundle / "notices" / "python"
    for name in ("reportlab", "pypdf"):
        shipped = [f for f in metadata.distribution(name).files if f.name == "LICENSE"]
        assert (python / name / "LICENSE").read_bytes() == shipped[0].locate().read_bytes()
    assert "PYTHON SOFTWARE FOUNDATION LICENSE" in (python / "Python" / "LICENSE.txt").read_text()
    assert not (python / "rsdesk").exists()
    assert "GNU LESSER GENERAL PUBLIC LICENSE" in (bundle / "notices" / "LGPL-3.0.txt").read_text()
    assert "SIL OPEN FONT LICENSE" in (bundle / "notices" / "OFL-1.1-PT-Sans.txt").read_text()
