"""Smoke test of the Linux bundle: build it, copy it away from the source tree, do real work.

Run: python packaging/smoke.py [--no-build] [--keep]   (or `make bundle-smoke`)

Everything goes through the bundled executable, started with a clean environment (PYTHONPATH
empty, a fake HOME, the working folder outside the source tree), so nothing can come from the
source tree or the developer's environment:

1. `rsdesk vault create` answering the recovery-key confirmation on stdin, `vault check`;
2. `rsdesk demo` (a vault of invented cases), `stats export` of two services, `stats verify`,
   `stats aggregate --workers 2` (the spawn pool of the frozen program) with XLSX and PDF;
3. `rsdesk gui --check`: the window comes up on the welcome screen and the core, which it
   loads after showing, is in the bundle; the window started offscreen stays up for 8 s;
4. portable mode: with `rsdesk-portable` beside the executable and no RSDESK_HOME, the
   vault's state and backups and the settings land beside it and nothing under the fake HOME;
5. `rsdesk install` from that stick into another fake HOME: the program without the stick's
   data, a valid menu entry naming it, the types of rsdesk's files, the installed copy runs;
   `install --remove` cleans up.

Stdlib only, so any Python 3.11 can drive it. Prints one line per check; exits 1 on a failure.
"""

from __future__ import annotations

import json
import os
import re
import select
import shutil
import subprocess
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PASSWORD = "ключ-от-сейфа-в-учительской-2026"
YEAR = date.today().year
GUI_SECONDS = 8
KEY = re.compile(r"\b[0-9A-Z]{4}(?:-[0-9A-Z]{4}){7}\b")
ASK_GROUPS = re.compile(r"(\d+)\D+(\d+)[^\n\d]*:\s*$")

checks: list[str] = []


def ok(text: str) -> None:
    checks.append(text)
    print(f"ok   {text}", flush=True)


def fail(text: str, detail: str = "") -> None:
    print(f"FAIL {text}", flush=True)
    if detail:
        print(detail.rstrip(), flush=True)
    print(f"smoke: {len(checks)} passed, 1 failed", flush=True)
    raise SystemExit(1)


class Bundle:
    """The copied bundle and the clean environment it runs in."""

    def __init__(self, folder: Path, home: Path, cwd: Path, rsdesk_home: Path | None) -> None:
        self.exe = folder / "rsdesk"
        self.cwd = cwd
        self.env = {
            "PATH": "/usr/bin:/bin",
            "HOME": str(home),
            "LANG": "C.UTF-8",
            "PYTHONPATH": "",
            "QT_QPA_PLATFORM": "offscreen",
            "RSDESK_PASSWORD": PASSWORD,
        }
        if rsdesk_home is not None:
            self.env["RSDESK_HOME"] = str(rsdesk_home)

    def run(self, *args: str, code: int = 0, **env: str) -> str:
        result = subprocess.run(
            [str(self.exe), *args],
            cwd=self.cwd,
            env={**self.env, **env},
            capture_output=True,
            text=True,
            timeout=300,
            check=False,
        )
        label = "rsdesk " + " ".join(args)
        if result.returncode != code:
            fail(
                f"{label}: exit {result.returncode}, expected {code}", result.stdout + result.stderr
            )
        ok(f"{label} -> exit {result.returncode}")
        return result.stdout + result.stderr

    def create_vault(self, path: Path, name: str) -> None:
        """`vault create` reads the recovery key back: answer from what it printed."""
        args = ["vault", "create", str(path), "--kind", "school", "--name", name]
        args += ["--region", "Кемеровская область — Кузбасс", "--municipality", "г. Кемерово"]
        args += ["--curator", "Смирнова Ольга Петровна"]
        process = subprocess.Popen(
            [str(self.exe), *args],
            cwd=self.cwd,
            env=self.env,
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
        )
        assert process.stdout is not None and process.stdin is not None
        seen, deadline = b"", time.monotonic() + 120
        key = asked = None
        while not (key and asked) and time.monotonic() < deadline:
            ready, _, _ = select.select([process.stdout], [], [], 1)
            if ready:
                chunk = os.read(process.stdout.fileno(), 4096)
                if not chunk:
                    break
                seen += chunk
                text = seen.decode("utf-8", "replace")
                key = KEY.search(text)
                asked = ASK_GROUPS.search(text.rsplit("\n", 1)[-1])
        if not (key and asked):
            process.kill()
            fail("vault create: no recovery key or no question", seen.decode("utf-8", "replace"))
        groups = key.group(0).split("-")
        answer = f"{groups[int(asked.group(1)) - 1]} {groups[int(asked.group(2)) - 1]}\n"
        out, _ = process.communicate(answer.encode(), timeout=120)
        output = (seen + out).decode("utf-8", "replace")
        if process.returncode != 0 or not path.exists():
            fail(f"vault create: exit {process.returncode}", output)
        typed = f"groups {asked.group(1)}, {asked.group(2)} typed back"
        ok(f"rsdesk vault create {path.name} ({typed})")

    def gui_check(self, screen: str) -> None:
        """The window comes up on the expected screen, and the core it loads later is there."""
        result = subprocess.run(
            [str(self.exe), "gui", "--check"],
            cwd=self.cwd,
            env=self.env,
            capture_output=True,
            text=True,
            timeout=120,
            check=False,
        )
        lines = result.stdout.splitlines()
        if result.returncode != 0 or lines != [f"shown: {screen}", "core: loaded"]:
            fail(f"gui --check: exit {result.returncode}", result.stdout + result.stderr)
        ok(f"rsdesk gui --check: the {screen} screen, then the core loaded in the background")

    def gui_stays_up(self) -> None:
        start = time.monotonic()
        result = subprocess.run(
            ["timeout", str(GUI_SECONDS), str(self.exe)],
            cwd=self.cwd,
            env=self.env,
            capture_output=True,
            text=True,
            check=False,
        )
        seconds = time.monotonic() - start
        if result.returncode != 124 or "Traceback" in result.stderr:
            fail(f"window: exit {result.returncode} after {seconds:.1f} s", result.stderr)
        ok(f"rsdesk (window, offscreen) still running after {GUI_SECONDS} s (timeout exit 124)")


def tree(folder: Path) -> list[str]:
    return sorted(str(p.relative_to(folder)) for p in folder.rglob("*") if p.is_file())


def no_host_folders(home: Path) -> None:
    for relative in (".config/rsdesk", ".local/share/rsdesk", ".local/state/rsdesk"):
        if (home / relative).exists():
            fail(f"{relative} was created under HOME", "\n".join(tree(home)))
    left = [p for p in tree(home) if "rsdesk" in p.lower()]
    if left:
        fail("files of rsdesk under HOME", "\n".join(left))
    others = tree(home)
    ok(
        "nothing of rsdesk under HOME"
        + (f" (other files there: {', '.join(others)})" if others else " (HOME stayed empty)")
    )


LICENCES = (
    "LICENSE",
    "notices/THIRD_PARTY.md",
    "notices/LGPL-3.0.txt",
    "notices/OFL-1.1-PT-Sans.txt",
    "notices/OFL-1.1-IBM-Plex-Mono.txt",
)


def licences(folder: Path, where: str) -> None:
    """rsdesk's GPL, Qt's LGPL and the font's OFL travel with the program, as in the sources."""
    for name in LICENCES:
        source = ROOT / name if name == "LICENSE" else ROOT / "packaging" / name
        if not (folder / name).is_file() or (folder / name).read_bytes() != source.read_bytes():
            fail(f"{where}: {name} missing or not the one in the sources", "\n".join(tree(folder)))
    python = folder / "notices" / "python"
    for name in ("Python/LICENSE.txt", "reportlab/LICENSE", "cryptography/LICENSE"):
        if not (python / name).is_file():
            fail(f"{where}: no notices/python/{name}", "\n".join(tree(folder / "notices")))
    ok(f"{where}: {', '.join(LICENCES)}, and {len(list(python.iterdir()))} in notices/python/")


def regular(bundle_dir: Path, temp: Path) -> None:
    home, data, work = temp / "home", temp / "rsdesk-home", temp / "work"
    for folder in (home, data, work):
        folder.mkdir()
    app = Bundle(bundle_dir, home=home, cwd=work, rsdesk_home=data)
    out = app.run("--version")
    if "rsdesk" not in out:
        fail("--version prints no version", out)
    out = app.run("--help")
    if not out.startswith("использование: rsdesk") or "параметры:" not in out:
        fail("--help is not in Russian (argparse's own words)", out)

    school = work / "школа.rsdv"
    app.create_vault(school, "МБОУ «СОШ № 12»")
    app.run("vault", "check", str(school))
    app.run("vault", "check", str(school), code=2, RSDESK_PASSWORD="не тот пароль")

    practice = work / "practice.rsdv"
    out = app.run("demo", str(practice), "--cases", "300", "--years", "2", "--seed", "7")
    app.run("vault", "check", str(practice))

    stats = work / "stats"
    stats.mkdir()
    app.run(
        "stats", "export", str(practice), "--year", str(YEAR), "-o", str(stats / "demo.rsdstats")
    )
    app.run(
        "stats", "export", str(school), "--year", str(YEAR), "-o", str(stats / "school.rsdstats")
    )
    out = app.run("stats", "verify", str(stats / "demo.rsdstats"), str(stats / "school.rsdstats"))
    document = json.loads((stats / "demo.rsdstats").read_text(encoding="utf-8"))
    completed = sum(document["payload"]["programs_completed"].values())
    ok(f"the demo statistics count {completed} completed programs in {YEAR}")

    tables = work / "свод"
    app.run(
        "stats",
        "aggregate",
        str(stats),
        "--workers",
        "2",
        "--json",
        f"{tables}.json",
        "--xlsx",
        f"{tables}.xlsx",
        "--pdf",
        f"{tables}.pdf",
    )
    summary = json.loads(Path(f"{tables}.json").read_text(encoding="utf-8"))
    accepted = summary["files"]
    if accepted != 2 or summary["rejected"]:
        fail(f"aggregate accepted {accepted} files, expected 2", json.dumps(summary)[:2000])
    ok("the aggregate holds both services (worker processes of the frozen program)")
    if shutil.which("pdftotext"):
        text = subprocess.run(
            ["pdftotext", "-enc", "UTF-8", f"{tables}.pdf", "-"],
            capture_output=True,
            text=True,
            check=True,
        ).stdout
        if not re.search("[А-Яа-я]{4}", text) or "■" in text:
            fail("the aggregate PDF has no readable Russian text", text[:1000])
        ok("the aggregate PDF has readable Russian text (pdftotext)")

    app.gui_check("welcome")
    app.gui_stays_up()
    written = tree(data)
    if not any(p.startswith("config/state") for p in written):
        fail("no vault state under RSDESK_HOME", "\n".join(written))
    ok(f"RSDESK_HOME holds the state and backups: {', '.join(written[:6])}")
    no_host_folders(home)


def portable(bundle_dir: Path, temp: Path) -> None:
    stick = temp / "usb" / "rsdesk"
    shutil.copytree(bundle_dir, stick, symlinks=True)
    (stick / "rsdesk-portable").touch()
    home, work = temp / "home-portable", temp / "work-portable"
    home.mkdir()
    work.mkdir()
    app = Bundle(stick, home=home, cwd=work, rsdesk_home=None)
    vault = stick / "rsdesk-data" / "data" / "service.rsdv"  # the window's default place
    vault.parent.mkdir(parents=True)
    app.create_vault(vault, "ТСП г. Кемерово")
    app.run("demo", str(stick / "rsdesk-data" / "data" / "practice.rsdv"), "--cases", "50")
    app.gui_check("unlock")  # the vault in the default place, with no settings naming it
    app.gui_stays_up()
    written = tree(stick / "rsdesk-data")
    for wanted in ("config/state/", "data/backups/"):
        if not any(p.startswith(wanted) for p in written):
            fail(f"portable: nothing under rsdesk-data/{wanted}", "\n".join(written))
    ok(f"portable: beside the executable: {', '.join(written)}")
    no_host_folders(home)


def installed(stick: Path, temp: Path) -> None:
    """`rsdesk install` from the portable stick: program, menu entry, icon; then --remove."""
    home = temp / "home-install"
    home.mkdir()
    app = Bundle(stick, home=home, cwd=temp, rsdesk_home=None)
    app.run("install")
    program = home / ".local" / "opt" / "rsdesk"
    entry = home / ".local" / "share" / "applications" / "rsdesk.desktop"
    if (program / "rsdesk-data").exists() or (program / "rsdesk-portable").exists():
        fail("install copied the stick's data or its portable marker", "\n".join(tree(program)))
    fields = dict(line.split("=", 1) for line in entry.read_text().splitlines() if "=" in line)
    if fields.get("Exec") != f'"{program / "rsdesk"}" gui %f' or not Path(fields["Icon"]).is_file():
        fail("the menu entry does not name the installed program and icon", str(fields))
    if shutil.which("desktop-file-validate"):
        check = subprocess.run(
            ["desktop-file-validate", str(entry)], capture_output=True, text=True
        )
        if check.returncode != 0 or check.stdout.strip():
            fail("desktop-file-validate rejects the menu entry", check.stdout + check.stderr)
    types = home / ".local" / "share" / "mime" / "packages" / "rsdesk.xml"
    if types.read_bytes() != (ROOT / "packaging" / "rsdesk-mime.xml").read_bytes():
        fail("install did not put the types of rsdesk's files in place", str(types))
    globs = home / ".local" / "share" / "mime" / "globs2"
    if shutil.which("update-mime-database") and "application/x-rsdesk-vault:*.rsdv" not in (
        globs.read_text() if globs.exists() else ""
    ):
        fail("update-mime-database did not learn the .rsdv type", str(globs))
    if "MimeType=application/x-rsdesk-vault;" not in entry.read_text():
        fail("the menu entry does not open service files", entry.read_text())
    where = program.relative_to(home)
    ok(f"installed into {where}, menu entry, icon and file types; the data stayed on the stick")
    licences(program, "the installed program")
    Bundle(program, home=home, cwd=temp, rsdesk_home=None).run("--version")
    app.run("install", "--remove")
    left = [p for p in tree(home) if "rsdesk" in p.lower()]
    if left:
        fail("install --remove left files behind", "\n".join(left))
    ok("install --remove took the program, the entry and the icon away")


def main(argv: list[str]) -> int:
    if "--no-build" not in argv:
        env = {**os.environ, "PYTHON": os.environ.get("PYTHON", sys.executable)}
        subprocess.run(["bash", str(ROOT / "packaging" / "build.sh")], env=env, check=True)
    built = ROOT / "dist" / "rsdesk"
    if not (built / "rsdesk").exists():
        fail(f"no bundle at {built}")
    temp = Path(tempfile.mkdtemp(prefix="rsdesk-smoke-"))
    if temp.is_relative_to(ROOT):
        fail(f"{temp} is inside the source tree")
    try:
        bundle = temp / "bundle" / "rsdesk"
        shutil.copytree(built, bundle, symlinks=True)
        ok(f"bundle copied to {bundle} ({sum(1 for _ in bundle.rglob('*'))} files)")
        licences(bundle, "the bundle")
        regular(bundle, temp)
        portable(bundle, temp)
        installed(temp / "usb" / "rsdesk", temp)
    finally:
        if "--keep" in argv:
            print(f"kept {temp}")
        else:
            shutil.rmtree(temp, ignore_errors=True)
    print(f"smoke: {len(checks)} passed, 0 failed", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
