"""After a lock, no process holds the cases' text, the data key or the password typed at unlock.

The real application runs as a child process (`python -m rsdesk gui FILE`), driven through
its unlock screen by the RSDESK_TEST_SCRIPT hook (rsdesk/gui/scripted.py); the password
reaches it in the environment only. The test reads the child's whole readable memory
through /proc/PID/maps and /proc/PID/mem, once while the vault is open (where the scan must
find the case text and the key, or it proves nothing) and once the lock has started the
program anew on the unlock screen.

The data key is taken from the file here, in the test's own process, by unlocking it with
the same password: the child is not asked for it, and nothing about it is written anywhere.
"""

from __future__ import annotations

import os
import queue
import secrets
import subprocess
import sys
import threading
from datetime import date
from pathlib import Path

import pytest

pytestmark = pytest.mark.skipif(sys.platform != "linux", reason="reads /proc/PID/mem (Linux)")

FAST_KDF = {"memory_kib": 8 * 1024, "iterations": 1, "lanes": 1}
CHUNK = 16 * 1024 * 1024
STEP_SECONDS = 60


def make_vault(path: Path, password: str, canary: str) -> None:
    """A school service whose one case describes the canary; saved and closed."""
    from rsdesk.access.service_files import found_service
    from rsdesk.access.workplace import Workplace
    from rsdesk.domain.register import Participant, Request
    from rsdesk.vault import KdfParams, Vault

    unlocked, _recovery = found_service(
        path,
        password,
        kind="school",
        name="МБОУ «Школа № 7»",
        region="Кузбасс",
        municipality="г. Кемерово",
        curator_name="Смирнова Ольга Петровна",
        pledged_on=date.today(),
        kdf=KdfParams(**FAST_KDF),
    )
    vault = Vault.attach(unlocked)
    place = Workplace(vault, on_saved=lambda _g: None, on_failed=lambda _e: None)
    desk = place.desk
    assert desk is not None
    request_id = desk.register_request(
        Request(
            received_on=date.today(),
            source="teacher",
            category="other",
            description=f"{canary} ссора в столовой",
            participants=(Participant("Петров Пётр", "party", True, class_name="5А"),),
        ),
    )
    desk.accept_request(request_id, decided_on=date.today())
    assert place.queue.stop(timeout=30)
    vault.close()


def data_key_of(path: Path, password: str) -> bytes:
    from rsdesk.vault.unlocking import unlock_with_password

    unlocked = unlock_with_password(path, password)
    try:
        return bytes(unlocked.data_key)
    finally:
        unlocked.discard()


def memory_hits(pid: int, needles: dict[str, bytes]) -> set[str]:
    """Which needles occur anywhere in the readable memory of process pid."""
    found: set[str] = set()
    overlap = max(len(n) for n in needles.values()) - 1
    maps = Path(f"/proc/{pid}/maps").read_text().splitlines()
    with open(f"/proc/{pid}/mem", "rb", buffering=0) as mem:
        for line in maps:
            fields = line.split()
            if fields[1][0] != "r" or fields[-1] in ("[vvar]", "[vvar_vclock]", "[vsyscall]"):
                continue
            start, end = (int(x, 16) for x in fields[0].split("-"))
            tail = b""
            while start < end:
                size = min(CHUNK, end - start)
                try:
                    mem.seek(start)
                    chunk = mem.read(size)
                except OSError:  # a range that cannot be read (a device, a guard page)
                    break
                data = tail + chunk
                found.update(label for label, needle in needles.items() if needle in data)
                tail = data[-overlap:]
                start += size
    return found


class Child:
    """The application's process, its output read line by line on a thread."""

    def __init__(self, argv: list[str], env: dict[str, str], log: Path) -> None:
        self.log = log.open("wb")
        self.proc = subprocess.Popen(
            argv,
            env=env,
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=self.log,
            text=True,
        )
        self.lines: queue.Queue[str] = queue.Queue()
        self.seen: list[str] = []
        threading.Thread(target=self._read, daemon=True).start()

    def _read(self) -> None:
        assert self.proc.stdout is not None
        for line in self.proc.stdout:
            self.lines.put(line.rstrip("\n"))
        self.lines.put("<end>")

    def expect(self, wanted: str) -> None:
        while True:
            try:
                line = self.lines.get(timeout=STEP_SECONDS)
            except queue.Empty:
                pytest.fail(f"no {wanted!r} in {STEP_SECONDS} s; the child said {self.seen}")
            self.seen.append(line)
            if line == wanted:
                return
            if line == "<end>" or line.startswith("failed") or line == "locked in place":
                pytest.fail(f"expected {wanted!r}; the child said {self.seen}")

    def go_on(self) -> None:
        """Let a `wait` step finish."""
        assert self.proc.stdin is not None
        self.proc.stdin.write("\n")
        self.proc.stdin.flush()

    def cmdline(self) -> list[str]:
        raw = Path(f"/proc/{self.proc.pid}/cmdline").read_bytes()
        return raw.rstrip(b"\0").decode().split("\0")

    def end(self) -> None:
        if self.proc.poll() is None:
            self.proc.kill()
        self.proc.wait(timeout=30)
        self.log.close()


def test_a_lock_leaves_no_case_text_key_or_password_in_memory(tmp_path, rsdesk_home):
    canary = f"Канарейкин секрет {secrets.token_hex(8)}"
    password = f"Пароль-{secrets.token_hex(8)}"
    vault_path = tmp_path / "школа.rsdv"
    make_vault(vault_path, password, canary)
    needles = {
        "canary utf-8": canary.encode("utf-8"),
        "canary utf-16": canary.encode("utf-16-le"),
        "password utf-8": password.encode("utf-8"),
        "password utf-16": password.encode("utf-16-le"),
        "data key": data_key_of(vault_path, password),
    }

    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", RSDESK_HOME=str(rsdesk_home))
    env["RSDESK_TEST_SCRIPT"] = "unlock; cases; card; wait; lock; wait; quit"
    env["RSDESK_TEST_PASSWORD"] = password
    # -u marks the first process: the one a lock starts is `python -m rsdesk gui FILE`.
    argv = [sys.executable, "-u", "-m", "rsdesk", "gui", str(vault_path)]
    child = Child(argv, env, tmp_path / "child-stderr.txt")
    try:
        child.expect("shown: unlock")
        child.expect("signed in")
        child.expect("shown: cases")
        child.expect("shown: card")  # the case's text in Qt's widgets too (UTF-16)
        child.expect("waiting")
        pid = child.proc.pid
        assert child.cmdline()[1] == "-u"
        try:
            before = memory_hits(pid, needles)
        except PermissionError as error:
            pytest.skip(f"/proc/{pid}/mem cannot be read here: {error}")
        # The control: the same scan finds what the open vault holds, so it can fail below.
        # (The password is there at least in the environment the process started with.)
        assert {"canary utf-8", "canary utf-16", "data key", "password utf-8"} <= before, before

        child.go_on()  # the lock
        child.expect("shown: unlock")  # printed by the program started anew
        child.expect("waiting")
        assert child.proc.pid == pid and child.proc.poll() is None
        # The process was replaced, not locked in place.
        assert child.cmdline() == [sys.executable, "-m", "rsdesk", "gui", str(vault_path)]
        assert memory_hits(pid, needles) == set()

        child.go_on()
        assert child.proc.wait(timeout=STEP_SECONDS) == 0
    finally:
        child.end()
