"""rsdesk's files are known to the desktop: a service file opens in rsdesk on Linux and Windows.

On Linux the types are a shared-mime-info package (packaging/rsdesk-mime.xml) that
`rsdesk install` puts in place, and the menu entry opens service files; what the desktop makes
of them is checked with update-mime-database and with Qt's own reader of that database (the
one the file dialogs use), in a child process. The Inno Setup script's registry entries are
read against the same suffixes: Windows cannot run here.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from rsdesk import cli, install
from rsdesk.install import Places
from rsdesk.stats.fileformat import EXTENSION as STATS_SUFFIX
from rsdesk.vault.backups import SUFFIX as VAULT_SUFFIX
from rsdesk.vault.format import MAGIC

ROOT = Path(__file__).resolve().parents[2]
TYPES = ROOT / "packaging" / "rsdesk-mime.xml"
ENTRY = ROOT / "packaging" / "rsdesk.desktop"
ISS = ROOT / "packaging" / "windows" / "rsdesk.iss"
NS = {"m": "http://www.freedesktop.org/standards/shared-mime-info"}
VAULT_TYPE, STATS_TYPE = "application/x-rsdesk-vault", "application/x-rsdesk-stats"


def mime_types() -> dict[str, ET.Element]:
    root = ET.parse(TYPES).getroot()
    return {t.get("type"): t for t in root.findall("m:mime-type", NS)}


def test_the_types_name_rsdesk_s_own_suffixes_and_magic():
    types = mime_types()
    assert set(types) == {VAULT_TYPE, STATS_TYPE}
    globs = {name: [g.get("pattern") for g in t.findall("m:glob", NS)] for name, t in types.items()}
    assert globs == {VAULT_TYPE: ["*" + VAULT_SUFFIX], STATS_TYPE: ["*" + STATS_SUFFIX]}
    (match,) = types[VAULT_TYPE].findall("m:magic/m:match", NS)
    value = match.get("value").encode("latin-1").decode("unicode_escape").encode("latin-1")
    assert (match.get("type"), match.get("offset"), value) == ("string", "0", MAGIC)
    assert types[STATS_TYPE].find("m:sub-class-of", NS).get("type") == "application/json"
    for t in types.values():
        russian = t.find("m:comment[@{http://www.w3.org/XML/1998/namespace}lang='ru']", NS)
        assert re.search("[а-яё]", russian.text), t.get("type")


def test_the_menu_entry_opens_a_service_file_on_its_unlock_screen(monkeypatch):
    fields = dict(line.split("=", 1) for line in ENTRY.read_text().splitlines() if "=" in line)
    assert fields["MimeType"] == VAULT_TYPE + ";"
    assert fields["Exec"] == "rsdesk gui %f"
    # What the desktop then runs: the file becomes the unlock screen's. (Building the parser
    # translates argparse for the process; monkeypatch puts it back.)
    monkeypatch.setattr(argparse, "_", argparse._)
    monkeypatch.setattr(argparse, "ngettext", argparse.ngettext)
    args = cli.build_parser().parse_args(["gui", "/media/флешка/школа" + VAULT_SUFFIX])
    assert args.command == "gui" and args.vault == "/media/флешка/школа" + VAULT_SUFFIX


@pytest.fixture
def bundle(tmp_path) -> Path:
    folder = tmp_path / "usb" / "rsdesk"
    folder.mkdir(parents=True)
    (folder / "rsdesk").write_text("#!/bin/sh\n")
    (folder / "rsdesk").chmod(0o755)
    for name in ("rsdesk.desktop", "rsdesk.png", "rsdesk-mime.xml"):
        shutil.copy(ROOT / "packaging" / name, folder)
    return folder


def detect(data_home: Path, files: list[Path]) -> list[str]:
    """The types Qt's QMimeDatabase (which the file dialogs use) gives, in a fresh process."""
    code = (
        "import sys\n"
        "from PySide6.QtCore import QMimeDatabase\n"
        "db = QMimeDatabase()\n"
        "print(' '.join(db.mimeTypeForFile(f).name() for f in sys.argv[1:]))\n"
    )
    env = {**os.environ, "XDG_DATA_HOME": str(data_home), "XDG_DATA_DIRS": "/usr/share"}
    result = subprocess.run(
        [sys.executable, "-c", code, *map(str, files)],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
    )
    return result.stdout.split()


@pytest.mark.skipif(not shutil.which("update-mime-database"), reason="shared-mime-info missing")
def test_install_teaches_the_desktop_the_types_and_remove_forgets_them(bundle, tmp_path):
    places = Places.for_user(home=tmp_path / "home")
    install.install(bundle, places)
    data = places.file_types.parents[2]
    assert places.file_types.read_bytes() == TYPES.read_bytes()
    globs = (data / "mime" / "globs2").read_text()
    assert f"{VAULT_TYPE}:*{VAULT_SUFFIX}" in globs and f"{STATS_TYPE}:*{STATS_SUFFIX}" in globs

    files = tmp_path / "files"
    files.mkdir()
    vault = files / ("школа" + VAULT_SUFFIX)
    renamed = files / "копия от завуча"  # a service file that lost its suffix
    for path in (vault, renamed):
        path.write_bytes(MAGIC + os.urandom(200))
    stats = files / ("rsdesk-stats-2026" + STATS_SUFFIX)
    stats.write_text(json.dumps({"format": "rsdesk-stats"}), encoding="utf-8")
    assert detect(data, [vault, renamed, stats]) == [VAULT_TYPE, VAULT_TYPE, STATS_TYPE]

    install.remove(places)
    assert not places.file_types.exists()
    assert not [p for p in (data / "mime").rglob("*") if "rsdesk" in p.name]
    assert detect(data, [vault]) != [VAULT_TYPE]


def unquoted(value: str) -> str:
    """An Inno Setup parameter's value: outer quotes removed, doubled quotes made single."""
    if len(value) > 1 and value[0] == value[-1] == '"':
        value = value[1:-1]
    return value.replace('""', '"')


def registry() -> list[dict[str, str]]:
    text = ISS.read_text(encoding="utf-8")
    section = re.search(r"^\[Registry\]\n(.*?)(?=^\[|\Z)", text, re.M | re.S)
    assert section
    rows = []
    for line in section.group(1).splitlines():
        if line.strip() and not line.startswith(";"):
            parts = re.findall(r'(\w+): ("(?:[^"]|"")*"|[^;]+)', line)
            rows.append({key: unquoted(value.strip()) for key, value in parts})
    return rows


def test_the_windows_installer_registers_both_suffixes_for_this_user_only():
    rows = registry()
    assert rows and all(r["Root"] == "HKA" and r["Tasks"] == "not portable" for r in rows)
    value = {(r["Subkey"], r["ValueName"]): r["ValueData"] for r in rows}
    classes = "Software\\Classes\\"
    for suffix, progid, message in (
        (VAULT_SUFFIX, "rsdesk.vault", "VaultFile"),
        (STATS_SUFFIX, "rsdesk.stats", "StatsFile"),
    ):
        assert value[(classes + suffix, "")] == progid
        assert (classes + suffix + "\\OpenWithProgids", progid) in value
        assert value[(classes + progid, "")] == f"{{cm:{message}}}"
        assert value[(classes + progid + "\\DefaultIcon", "")] == "{app}\\rsdesk-gui.exe,0"
        text = ISS.read_text(encoding="utf-8")
        assert re.search(rf"^ru\.{message}=[А-ЯЁ][а-яё]", text, re.M), message
        assert re.search(rf"^en\.{message}=\w", text, re.M), message
    # The windowed program opens a service file on its unlock screen, as `rsdesk gui FILE`.
    command = value[(classes + "rsdesk.vault\\shell\\open\\command", "")]
    assert command == '"{app}\\rsdesk-gui.exe" gui "%1"'
    assert re.search(r"^ChangesAssociations=yes$", ISS.read_text(encoding="utf-8"), re.M)


def test_the_installer_script_says_it_is_utf8():
    """Inno Setup before 6.3 reads a script without a byte order mark in the ANSI code page, so
    the Russian names of the types (and every Russian message) would come out garbled."""
    data = ISS.read_bytes()
    assert data.startswith(b"\xef\xbb\xbf")
    assert "Файл службы примирения" in data.decode("utf-8-sig")
