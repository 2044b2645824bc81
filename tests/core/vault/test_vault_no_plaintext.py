"""After a session writing canary strings into cases, none is found on disk anywhere we look."""

from __future__ import annotations

import contextlib
import os
import tempfile
from pathlib import Path

from rsdesk.paths import app_paths
from rsdesk.settings import Settings, save_settings
from rsdesk.vault import SaveQueue, Vault

CANARIES = ["ЖУРАВЛЬ-Щеглов-7Ё", "canary-QX81-zebrafish"]


def needles() -> list[bytes]:
    found = []
    for text in CANARIES:
        for encoding in ("utf-8", "utf-16-le", "utf-16-be", "cp1251"):
            with contextlib.suppress(UnicodeEncodeError):
                found.append(text.encode(encoding))
    return found


def files_under(folder: Path) -> set[Path]:
    if not folder.exists():
        return set()
    return {p for p in folder.rglob("*") if p.is_file() and not p.is_symlink()}


def temp_state() -> dict[Path, float]:
    state = {}
    for path in files_under(Path(tempfile.gettempdir())):
        with contextlib.suppress(OSError):
            state[path] = path.stat().st_mtime
    return state


def test_no_canary_on_disk(tmp_path, kdf, password):
    temp_before = temp_state()
    vault_path = tmp_path / "vault" / "service.rsdv"
    usb = tmp_path / "usb"
    usb.mkdir()
    vault, _ = Vault.create(vault_path, password, kdf=kdf)
    queue = SaveQueue(vault, lambda g: None, lambda e: None)
    for n in range(300):
        vault.db["cases"].insert({"n": n, "story": f"{CANARIES[n % 2]} случай {n} " * 5})
        if n % 25 == 0:
            queue.submit(vault.snapshot())
    # A big sort and a temp table: SQLite would spill these to the temp folder if allowed.
    vault.db.execute("CREATE TEMP TABLE scratch AS SELECT * FROM cases")
    list(vault.db.query("SELECT story FROM cases ORDER BY story || n DESC"))
    assert queue.stop(10)
    vault.commit()
    assert CANARIES[0].encode() in vault.db.conn.serialize()  # the search below would see it
    vault.export_backup(usb)
    save_settings(Settings(last_vault=str(vault_path)))
    vault.close()
    with Vault.open(vault_path, password) as again:
        again.db["cases"].update(1, {"story": CANARIES[1]})
        again.commit()

    paths = app_paths()
    scanned = (
        files_under(vault_path.parent)
        | files_under(usb)
        | files_under(paths.data)
        | files_under(paths.config)
    )
    scanned |= {p for p, mtime in temp_state().items() if temp_before.get(p) != mtime}
    assert any(p.suffix == ".rsdv" for p in files_under(paths.backups))
    assert len(scanned) >= 4
    leaks = []
    for path in scanned:
        try:
            data = path.read_bytes()
        except OSError:
            continue
        leaks += [(str(path), n) for n in needles() if n in data]
    assert leaks == []
    assert not [p for p in vault_path.parent.iterdir() if p.suffix in (".db", ".wal", ".journal")]
    assert os.listdir(vault_path.parent) == ["service.rsdv"]
