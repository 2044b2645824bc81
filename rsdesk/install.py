"""`rsdesk install`: the bundled program from a USB stick onto this Linux computer, for one user.

No root, no package manager: the folder goes to ~/.local/opt/rsdesk, a menu entry, an icon and
the types of rsdesk's files (shared-mime-info: a service file opens in rsdesk) to the user's XDG
data folder. A portable copy's `rsdesk-data` and marker are not copied, so the service's files
stay on the stick. `rsdesk install --remove` takes the program, the entry, the icon and the
types away again; the service's files (vault, backups, settings) are never touched.
Windows has its installer (packaging/windows/rsdesk.iss) instead.
"""

from __future__ import annotations

import argparse
import contextlib
import os
import shutil
import subprocess
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from rsdesk.i18n import translate
from rsdesk.os_errors import os_reason
from rsdesk.paths import PORTABLE_MARKER

EXECUTABLE = "rsdesk"
ENTRY_TEMPLATE = "rsdesk.desktop"  # beside the executable (packaging/build.sh puts it there)
ICON = "rsdesk.png"
FILE_TYPES = "rsdesk-mime.xml"  # beside the executable too; optional, as in older bundles
# Left on the stick: a portable copy's data and the marker that makes a copy portable.
NOT_COPIED = {"rsdesk-data", PORTABLE_MARKER}


class InstallError(Exception):
    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


@dataclass(frozen=True)
class Places:
    program: Path
    entry: Path
    icon: Path
    file_types: Path

    @classmethod
    def for_user(cls, home: Path | None = None, data_home: str | None = None) -> Places:
        home = Path.home() if home is None else home
        data = Path(data_home) if data_home else home / ".local" / "share"
        return cls(
            program=home / ".local" / "opt" / "rsdesk",
            entry=data / "applications" / "rsdesk.desktop",
            icon=data / "icons" / "hicolor" / "256x256" / "apps" / "rsdesk.png",
            file_types=data / "mime" / "packages" / "rsdesk.xml",
        )


def bundle_folder() -> Path | None:
    """The folder of the running bundled program; None when rsdesk runs from Python."""
    if getattr(sys, "frozen", False):
        return Path(sys.executable).resolve().parent
    return None


def menu_entry(template: str, places: Places) -> str:
    """The desktop entry with the installed program's full paths (the template names none)."""
    executable = str(places.program / EXECUTABLE)
    # Exec takes a quoted argument: these characters are escaped inside the quotes, and the
    # backslash once more because the value itself is an escaped string.
    quoted = executable.replace("\\", "\\\\\\\\")
    for special in ('"', "`", "$"):
        quoted = quoted.replace(special, "\\\\" + special)
    values = {"Exec": f'"{quoted}"', "Icon": str(places.icon)}
    lines = []
    for line in template.splitlines():
        key, _, value = line.partition("=")
        key = key.strip()
        if key == "TryExec":
            continue
        if key == "Exec":  # the template's arguments (`gui %f`) follow the full path
            values[key] = " ".join([values[key], *value.split()[1:]])
        lines.append(f"{key}={values[key]}" if key in values else line)
        if line.strip() == "[Desktop Entry]":
            lines.append("TryExec=" + executable.replace("\\", "\\\\"))
    return "\n".join(lines) + "\n"


def _top_level(source: Path, names: set[str]) -> Callable[[str, list[str]], set[str]]:
    """For copytree: leave out these names in the bundle's own folder, nowhere deeper."""
    return lambda folder, entries: names & set(entries) if Path(folder) == source else set()


def _write(path: Path, data: bytes) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    temporary = path.with_name(path.name + ".new")
    temporary.write_bytes(data)
    os.replace(temporary, path)


def install(source: Path, places: Places) -> None:
    """Copy the program, then write the icon and the menu entry; an old copy is replaced.

    The copy goes to a folder beside the target first: if the disk fills up, the program that
    was installed before stays as it was.
    """
    template = source / ENTRY_TEMPLATE
    if not (source / EXECUTABLE).is_file() or not template.is_file():
        raise InstallError(
            translate("install", "{folder} is not a bundled rsdesk folder.", folder=source)
        )
    if places.program.exists() and not (places.program / EXECUTABLE).is_file():
        raise InstallError(
            translate(
                "install",
                "{folder} already exists and holds something else; nothing was changed.",
                folder=places.program,
            )
        )
    if source.resolve() != places.program.resolve():
        staging = places.program.with_name("rsdesk.new")
        previous = places.program.with_name("rsdesk.old")
        for leftover in (staging, previous):
            shutil.rmtree(leftover, ignore_errors=True)
        places.program.parent.mkdir(parents=True, exist_ok=True)
        try:
            shutil.copytree(source, staging, symlinks=True, ignore=_top_level(source, NOT_COPIED))
        except BaseException:
            shutil.rmtree(staging, ignore_errors=True)
            raise
        if places.program.exists():
            places.program.rename(previous)
        staging.rename(places.program)
        shutil.rmtree(previous, ignore_errors=True)
    _write(places.icon, (places.program / ICON).read_bytes())
    if (places.program / FILE_TYPES).is_file():
        _write(places.file_types, (places.program / FILE_TYPES).read_bytes())
        refresh_file_types(places)
    entry = menu_entry((places.program / ENTRY_TEMPLATE).read_text(encoding="utf-8"), places)
    _write(places.entry, entry.encode("utf-8"))
    refresh_menu(places)


def _run_if_present(tool: str, folder: Path) -> None:
    """Desktops read caches these tools build; without them the types still work after a login
    on most desktops, so a missing tool or a failing run is not the installation's failure."""
    if shutil.which(tool) and folder.is_dir():
        with contextlib.suppress(OSError, subprocess.SubprocessError):
            subprocess.run([tool, str(folder)], capture_output=True, check=False, timeout=120)


def refresh_file_types(places: Places) -> None:
    _run_if_present("update-mime-database", places.file_types.parent.parent)


def refresh_menu(places: Places) -> None:
    # The menu entry's MimeType= reaches "Open with" through this folder's mimeinfo.cache.
    _run_if_present("update-desktop-database", places.entry.parent)


def remove(places: Places) -> list[Path]:
    """Remove what `install` made; returns what was there. The service's files stay."""
    removed = []
    for leftover in ("rsdesk.new", "rsdesk.old"):  # of an install cut short
        shutil.rmtree(places.program.with_name(leftover), ignore_errors=True)
    for path in (places.entry, places.icon, places.file_types):
        if path.exists():
            path.unlink()
            removed.append(path)
    if places.file_types in removed:
        refresh_file_types(places)
    if places.entry in removed:
        refresh_menu(places)
    if (places.program / EXECUTABLE).is_file():  # only a folder that is ours
        shutil.rmtree(places.program)
        removed.append(places.program)
    return removed


def run(args: argparse.Namespace) -> int:
    if sys.platform == "win32":
        print(
            translate("install", "On Windows, install rsdesk with its installer."), file=sys.stderr
        )
        return 2
    source = bundle_folder()
    places = Places.for_user(data_home=os.environ.get("XDG_DATA_HOME"))
    try:
        if args.remove:
            removed = remove(places)
            print(
                translate("install", "Removed: {what}.", what=", ".join(map(str, removed)))
                if removed
                else translate("install", "rsdesk is not installed for this user.")
            )
        else:
            if source is None:
                raise InstallError(
                    translate(
                        "install",
                        "Only the bundled program (the rsdesk folder from the USB stick) "
                        "installs this way; from the sources, use pip.",
                    )
                )
            install(source, places)
            print(
                translate(
                    "install",
                    "rsdesk is installed for this user in {folder} and appears in the "
                    "applications menu (Office). The service's files were not copied.",
                    folder=places.program,
                )
            )
    except InstallError as error:
        print(error.message, file=sys.stderr)
        return 2
    except OSError as error:
        print(
            translate(
                "install",
                "Installing failed: {reason}. What was installed before is unchanged.",
                reason=os_reason(error),
            ),
            file=sys.stderr,
        )
        return 1
    return 0


def add_commands(subparsers: argparse._SubParsersAction) -> None:
    command = subparsers.add_parser(
        "install",
        help=translate(
            "install", "install this bundled rsdesk for the current user (Linux, no root)"
        ),
    )
    command.add_argument(
        "--remove",
        action="store_true",
        help=translate(
            "install",
            "remove the program, its menu entry and icon; the service's files are kept",
        ),
    )
    command.set_defaults(func=run)
