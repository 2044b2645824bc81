"""`rsdesk install` on Linux: the bundle's folder, a menu entry and an icon for one user.

A fake bundle stands in for dist/rsdesk here; packaging/smoke.py installs the real one.
"""

from __future__ import annotations

import errno
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from rsdesk import install
from rsdesk.install import InstallError, Places

ROOT = Path(__file__).resolve().parents[2]
CANARY = "Иванова Мария Петровна, 7 «Б»"


@pytest.fixture
def bundle(tmp_path) -> Path:
    """A portable copy on a stick: the program, its desktop template, and a service's data."""
    folder = tmp_path / "usb" / "rsdesk"
    (folder / "_internal").mkdir(parents=True)
    (folder / "rsdesk").write_text("#!/bin/sh\necho rsdesk 0.1.0\n")
    (folder / "rsdesk").chmod(0o755)
    (folder / "_internal" / "libpython3.11.so.1.0").write_bytes(b"\x7fELF")
    shutil.copy(ROOT / "packaging" / "rsdesk.desktop", folder)
    shutil.copy(ROOT / "packaging" / "rsdesk.png", folder)
    (folder / "rsdesk-portable").touch()
    (folder / "rsdesk-data" / "data").mkdir(parents=True)
    (folder / "rsdesk-data" / "data" / "service.rsdv").write_text(CANARY)
    return folder


@pytest.fixture
def places(tmp_path) -> Places:
    return Places.for_user(home=tmp_path / "home")


def assert_valid_entry(path: Path) -> None:
    """desktop-file-validate (Debian's desktop-file-utils, installed for the tests) accepts it."""
    validate = shutil.which("desktop-file-validate")
    if validate is None:
        pytest.skip("desktop-file-utils is not installed")
    result = subprocess.run([validate, str(path)], capture_output=True, text=True, check=False)
    assert result.returncode == 0 and not result.stdout.strip(), result.stdout


def everything_under(folder: Path) -> str:
    return "\n".join(p.read_text(errors="replace") for p in folder.rglob("*") if p.is_file())


def test_install_copies_the_program_and_leaves_the_service_on_the_stick(bundle, places):
    install.install(bundle, places)
    assert (places.program / "rsdesk").stat().st_mode & 0o111
    assert (places.program / "_internal" / "libpython3.11.so.1.0").read_bytes() == b"\x7fELF"
    assert not (places.program / "rsdesk-data").exists()
    assert not (places.program / "rsdesk-portable").exists()  # the installed copy is not portable
    home = places.program.parents[2]
    assert CANARY not in everything_under(home)
    assert places.icon.read_bytes() == (bundle / "rsdesk.png").read_bytes()


def test_the_menu_entry_names_the_installed_program(bundle, places):
    install.install(bundle, places)
    entry = places.entry.read_text(encoding="utf-8")
    fields = dict(line.split("=", 1) for line in entry.splitlines() if "=" in line)
    assert fields["Exec"] == f'"{places.program / "rsdesk"}" gui %f'
    assert fields["TryExec"] == str(places.program / "rsdesk")
    assert fields["Icon"] == str(places.icon)
    assert fields["Name[ru]"] == "rsdesk — служба примирения"
    assert entry.startswith("[Desktop Entry]\nTryExec=")
    assert_valid_entry(places.entry)


def test_paths_with_spaces_and_quotes_are_quoted_as_the_spec_says(tmp_path):
    places = Places.for_user(home=tmp_path / 'Мария "Маша" $HOME')
    template = (ROOT / "packaging" / "rsdesk.desktop").read_text(encoding="utf-8")
    entry = install.menu_entry(template, places)
    exec_line = next(line for line in entry.splitlines() if line.startswith("Exec="))
    program = str(places.program / "rsdesk").replace('"', '\\\\"').replace("$", "\\\\$")
    assert exec_line == f'Exec="{program}" gui %f'
    (tmp_path / "rsdesk.desktop").write_text(entry, encoding="utf-8")
    assert_valid_entry(tmp_path / "rsdesk.desktop")


def test_installing_again_replaces_the_old_copy(bundle, places):
    install.install(bundle, places)
    (places.program / "_internal" / "from-the-old-version").touch()
    install.install(bundle, places)
    assert not (places.program / "_internal" / "from-the-old-version").exists()
    assert not places.program.with_name("rsdesk.old").exists()
    assert not places.program.with_name("rsdesk.new").exists()


def test_the_installed_copy_can_rewrite_its_own_entry(bundle, places):
    install.install(bundle, places)
    places.entry.unlink()
    install.install(places.program, places)  # `~/.local/opt/rsdesk/rsdesk install`
    assert places.entry.exists() and (places.program / "rsdesk").exists()


def test_a_full_disk_leaves_the_earlier_installation_as_it_was(bundle, places, monkeypatch):
    install.install(bundle, places)
    before = sorted(p.relative_to(places.program) for p in places.program.rglob("*"))
    entry = places.entry.read_bytes()

    def full(source, target, **kwargs):
        Path(target).mkdir(parents=True)
        (Path(target) / "part").write_bytes(b"half")
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(shutil, "copytree", full)
    with pytest.raises(OSError):
        install.install(bundle, places)
    assert sorted(p.relative_to(places.program) for p in places.program.rglob("*")) == before
    assert places.entry.read_bytes() == entry
    assert not places.program.with_name("rsdesk.new").exists()


def test_remove_takes_away_the_program_entry_and_icon_but_not_the_service(bundle, places):
    data = places.program.parents[2] / ".local" / "share" / "rsdesk"
    data.mkdir(parents=True)
    (data / "service.rsdv").write_text(CANARY)
    install.install(bundle, places)
    removed = install.remove(places)
    assert set(removed) == {places.program, places.entry, places.icon}
    assert not places.program.exists() and not places.entry.exists() and not places.icon.exists()
    assert (data / "service.rsdv").read_text() == CANARY
    assert install.remove(places) == []


def test_a_folder_that_is_not_ours_is_neither_replaced_nor_removed(bundle, places):
    places.program.mkdir(parents=True)
    (places.program / "notes.txt").write_text("чужое")
    with pytest.raises(InstallError, match="ничего не изменено"):
        install.install(bundle, places)
    install.remove(places)
    assert (places.program / "notes.txt").read_text() == "чужое"
    assert sorted(p.name for p in places.program.iterdir()) == ["notes.txt"]


def test_a_folder_without_the_program_is_refused(tmp_path, places):
    with pytest.raises(InstallError, match="не папка собранной программы"):
        install.install(tmp_path, places)
    assert not places.program.exists()


def test_from_the_sources_the_command_says_to_use_pip():
    result = subprocess.run(
        [sys.executable, "-m", "rsdesk", "install"], capture_output=True, text=True, check=False
    )
    assert result.returncode == 2
    assert "собранная программа" in result.stderr and "pip" in result.stderr
