"""Portable mode: a marker beside a frozen executable, or RSDESK_HOME, keeps everything there."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from rsdesk.paths import HOME_ENV, PORTABLE_MARKER, app_paths


@pytest.fixture
def frozen(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Path:
    """A frozen rsdesk in tmp_path/stick/rsdesk, with HOME and XDG folders in tmp_path/home."""
    folder = tmp_path / "stick" / "rsdesk"
    folder.mkdir(parents=True)
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "executable", str(folder / "rsdesk"))
    monkeypatch.delenv(HOME_ENV, raising=False)
    home = tmp_path / "home"
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / ".config"))
    monkeypatch.setenv("XDG_DATA_HOME", str(home / ".local" / "share"))
    return folder


@pytest.mark.skipif(sys.platform == "win32", reason="platformdirs reads HOME on POSIX only")
def test_marker_beside_the_executable_keeps_everything_beside_it(frozen: Path) -> None:
    (frozen / PORTABLE_MARKER).touch()
    paths = app_paths()
    root = frozen / "rsdesk-data"
    assert paths.settings_file == root / "config" / "settings.json"
    assert paths.default_vault == root / "data" / "service.rsdv"
    assert paths.backups.is_relative_to(root)
    assert paths.state.is_relative_to(root)


@pytest.mark.skipif(sys.platform == "win32", reason="platformdirs reads HOME on POSIX only")
def test_without_the_marker_the_user_folders_are_used(frozen: Path, tmp_path: Path) -> None:
    paths = app_paths()
    assert paths.config == tmp_path / "home" / ".config" / "rsdesk"
    assert paths.data == tmp_path / "home" / ".local" / "share" / "rsdesk"


def test_rsdesk_home_wins_over_the_marker(
    frozen: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (frozen / PORTABLE_MARKER).touch()
    monkeypatch.setenv(HOME_ENV, str(tmp_path / "elsewhere"))
    assert app_paths().data == (tmp_path / "elsewhere" / "data").resolve()


def test_a_marker_beside_python_itself_does_nothing(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    """Only a frozen program is portable: a stray file beside a system Python changes nothing."""
    monkeypatch.delenv(HOME_ENV, raising=False)
    monkeypatch.setattr(sys, "executable", str(tmp_path / "python3"))
    (tmp_path / PORTABLE_MARKER).touch()
    assert not app_paths().data.is_relative_to(tmp_path)
