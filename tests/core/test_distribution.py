"""The sdist and the wheel, built as a packager builds them, carry what they must.

`python -m build` on a copy of the tree makes the sdist in an isolated environment, then the
wheel from that sdist, so the sdist must hold everything the wheel needs. The environment gets
the oldest setuptools release line that pyproject.toml admits (a pip constraint), so a floor
too low for the metadata it declares fails here rather than on a packager's machine. About
8 s here; it needs the package index, as `pip install -e .` does.
"""

from __future__ import annotations

import email
import os
import re
import shutil
import subprocess
import sys
import tarfile
import tomllib
import zipfile
from pathlib import Path

import pytest

import rsdesk

ROOT = Path(__file__).resolve().parents[2]
NAME = f"rsdesk-{rsdesk.__version__}"
LICENCES = {
    "LICENSE": ROOT / "LICENSE",
    "packaging/notices/THIRD_PARTY.md": ROOT / "packaging" / "notices" / "THIRD_PARTY.md",
    "packaging/notices/LGPL-3.0.txt": ROOT / "packaging" / "notices" / "LGPL-3.0.txt",
    "packaging/notices/OFL-1.1-PT-Sans.txt": ROOT / "packaging" / "notices" / "OFL-1.1-PT-Sans.txt",
    "packaging/notices/OFL-1.1-IBM-Plex-Mono.txt": ROOT
    / "packaging"
    / "notices"
    / "OFL-1.1-IBM-Plex-Mono.txt",
}
# What .gitignore keeps out of the sources.
NOT_SOURCES = shutil.ignore_patterns(
    ".git",
    ".venv",
    "build",
    "dist",
    "*.egg-info",
    "__pycache__",
    ".pytest_cache",
    ".ruff_cache",
    ".hypothesis",
    "screenshots",
    "*.rsdv",
)


@pytest.fixture(scope="module")
def built(tmp_path_factory) -> tuple[Path, Path, Path]:
    """(source copy, sdist, wheel)."""
    temp = tmp_path_factory.mktemp("distribution")
    source = temp / "source"
    shutil.copytree(ROOT, source, ignore=NOT_SOURCES)
    (requirement,) = tomllib.loads((ROOT / "pyproject.toml").read_text())["build-system"][
        "requires"
    ]
    floor = re.fullmatch(r"setuptools>=(\d+)", requirement)
    assert floor, requirement
    constraint = temp / "oldest-setuptools.txt"
    constraint.write_text(f"setuptools=={floor.group(1)}.*\n")
    result = subprocess.run(
        [sys.executable, "-m", "build", "--outdir", str(temp / "dist"), str(source)],
        env={**os.environ, "PIP_CONSTRAINT": str(constraint)},
        capture_output=True,
        text=True,
        timeout=240,
        check=False,
    )
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-3000:]
    (sdist,) = (temp / "dist").glob("*.tar.gz")
    (wheel,) = (temp / "dist").glob("*.whl")
    return source, sdist, wheel


def sdist_files(sdist: Path) -> dict[str, bytes]:
    with tarfile.open(sdist) as archive:
        return {
            member.name.removeprefix(NAME + "/"): archive.extractfile(member).read()
            for member in archive.getmembers()
            if member.isfile()
        }


def test_wheel_carries_the_licence_and_the_notices(built):
    _, _, wheel = built
    with zipfile.ZipFile(wheel) as archive:
        for name, source in LICENCES.items():
            assert archive.read(f"{NAME}.dist-info/licenses/{name}") == source.read_bytes(), name
        metadata = email.message_from_bytes(archive.read(f"{NAME}.dist-info/METADATA"))
    assert metadata["License-Expression"] == "GPL-3.0-or-later"
    assert sorted(metadata.get_all("License-File")) == sorted(LICENCES)
    classifiers = metadata.get_all("Classifier")
    # A licence expression excludes licence classifiers (PEP 639); the languages are declared.
    assert not [c for c in classifiers if c.startswith("License ::")]
    assert {"Natural Language :: Russian", "Programming Language :: Python :: 3.11"} <= set(
        classifiers
    )
    # The project has no public address yet, and a made-up one would mislead.
    assert metadata.get_all("Project-URL") is None


def test_wheel_holds_the_package_and_its_resources_only(built):
    _, _, wheel = built
    names = zipfile.ZipFile(wheel).namelist()
    assert "rsdesk/resources/translations/rsdesk_ru.qm" in names
    assert "rsdesk/resource_paths.py" in names and "rsdesk/resources.py" not in names
    assert {name.split("/")[0] for name in names} == {"rsdesk", f"{NAME}.dist-info"}


def test_sdist_is_the_whole_source(built):
    source, sdist, _ = built
    files = sdist_files(sdist)
    for name, licence in LICENCES.items():
        assert files[name] == licence.read_bytes(), name
    wanted = [
        path.relative_to(source).as_posix()
        for folder in ("tests", "packaging", "docs", "rsdesk", "resources")
        for path in (source / folder).rglob("*")
        if path.is_file()
    ]
    wanted += [p.relative_to(source).as_posix() for p in (source / "ui").glob("*.ui")]
    assert len(wanted) > 300
    assert [name for name in wanted if name not in files] == []
    assert {"tests/conftest.py", "ui/main_window.ui", "packaging/rsdesk.spec", "Makefile"} <= set(
        files
    )
    assert not [name for name in files if "__pycache__" in name or name.endswith(".pyc")]


def test_installed_wheel_finds_its_resources_as_a_package(built, tmp_path):
    """`importlib.resources` reaches the data package: no module of the same name hides it."""
    _, _, wheel = built
    zipfile.ZipFile(wheel).extractall(tmp_path)
    code = (
        "import sys; sys.path.insert(0, sys.argv[1]);"
        "import importlib.resources, rsdesk, rsdesk.resource_paths as paths;"
        "files = importlib.resources.files('rsdesk.resources');"
        "print(files.joinpath('translations').joinpath('rsdesk_ru.qm').is_file(),"
        " paths.resources_dir() == paths.Path(rsdesk.__file__).parent / 'resources')"
    )
    # -I -S: nothing from the environment or site-packages (where rsdesk is installed editable),
    # only the unpacked wheel, from its own folder.
    result = subprocess.run(
        [sys.executable, "-I", "-S", "-c", code, str(tmp_path)],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0 and result.stdout.split() == ["True", "True"], result.stderr
