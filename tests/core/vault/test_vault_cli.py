"""`rsdesk vault create|check|passwd`: exit codes, Russian messages, never a traceback."""

from __future__ import annotations

import hashlib
import os
import re
import struct
import subprocess
import sys
import zlib
from pathlib import Path

import pytest

from rsdesk import cli
from rsdesk.storage.service import load_profile
from rsdesk.vault import Vault, keys
from rsdesk.vault import cli as vault_cli
from rsdesk.vault import format as fmt

ROOT = Path(__file__).resolve().parents[3]
STRONG = "Зелёная лампа над столом 7Б"


@pytest.fixture(autouse=True)
def fast_kdf(monkeypatch, kdf):
    monkeypatch.setattr(keys, "calibrate", lambda target_seconds=0.5: kdf)


def answer_groups(capsys, wrong_first: bool = False):
    """Reads the key the command printed and types back the groups it asks for."""
    tries = []

    def ask(prompt: str) -> str:
        captured = capsys.readouterr()
        ask.errors.append(captured.err)
        key = re.search(r"[0-9A-Z]{4}(?:-[0-9A-Z]{4}){7}", captured.out)
        if key:
            tries.append(key[0])
        first, second = (int(n) for n in re.findall(r"\d+", prompt))
        if wrong_first and len(tries) <= 1 and key:
            return "0000 0000"
        groups = tries[0].split("-")
        return f"{groups[first - 1]} {groups[second - 1].lower()}"

    ask.errors = []
    return ask


def create(tmp_path, monkeypatch, capsys, *extra, wrong_first=False):
    path = tmp_path / "school.rsdv"
    monkeypatch.setenv("RSDESK_PASSWORD", STRONG)
    asker = answer_groups(capsys, wrong_first)
    monkeypatch.setattr(vault_cli, "ask", asker)
    code = cli.main(
        [
            "vault",
            "create",
            str(path),
            "--kind",
            "school",
            "--name",
            "МБОУ СОШ № 5",
            "--region",
            "Кемеровская область — Кузбасс",
            "--municipality",
            "Кемерово",
            *extra,
        ]
    )
    return code, path, asker.errors


def test_create_initialises_the_service(tmp_path, monkeypatch, capsys):
    code, path, said = create(tmp_path, monkeypatch, capsys, wrong_first=True)
    assert code == 0
    assert "Это не совпадает с ключом" in "".join(said)
    with Vault.open(path, STRONG) as vault:
        profile = load_profile(vault.db)
        assert profile is not None and profile.name == "МБОУ СОШ № 5"
        curator = next(vault.db["mediators"].rows)
        assert curator["full_name"] == "Куратор" and curator["slot_id"] == vault.slot_id


def test_create_needs_the_key_confirmed(tmp_path, monkeypatch, capsys):
    monkeypatch.setenv("RSDESK_PASSWORD", STRONG)

    def never(prompt):
        raise EOFError

    monkeypatch.setattr(vault_cli, "ask", never)
    path = tmp_path / "x.rsdv"
    code = cli.main(
        [
            *("vault", "create", str(path), "--kind", "territorial", "--name", "ТСП"),
            *("--region", "Р", "--municipality", "М"),
        ]
    )
    assert code == 1 and not path.exists()
    assert "Ключ восстановления не подтверждён" in capsys.readouterr().err


def test_create_refuses_a_weak_password(tmp_path, monkeypatch, capsys):
    monkeypatch.setenv("RSDESK_PASSWORD", "abc")
    code = cli.main(
        [
            *("vault", "create", str(tmp_path / "x.rsdv"), "--kind", "school"),
            *("--name", "Ш", "--region", "Р", "--municipality", "М"),
        ]
    )
    assert code == 1 and "Слишком короткий" in capsys.readouterr().err


def test_passwd_and_check(tmp_path, monkeypatch, capsys):
    code, path, _ = create(tmp_path, monkeypatch, capsys, "--curator", "Иванова Анна Петровна")
    assert code == 0
    monkeypatch.setenv("RSDESK_NEW_PASSWORD", "Синий трамвай идёт в депо")
    assert cli.main(["vault", "passwd", str(path)]) == 0
    monkeypatch.setenv("RSDESK_PASSWORD", "Синий трамвай идёт в депо")
    capsys.readouterr()
    assert cli.main(["vault", "check", str(path)]) == 0
    assert "Файл в порядке" in capsys.readouterr().out
    secrets = iter(["", ""])
    monkeypatch.delenv("RSDESK_PASSWORD")
    monkeypatch.setattr(vault_cli, "ask_secret", lambda prompt: next(secrets))
    assert cli.main(["vault", "check", str(path)]) == 2


def newer_copy(data: bytes) -> bytes:
    """The same file claiming format version 2, its checksums made valid again."""
    magic, version, flags, length = fmt.PREAMBLE.unpack_from(data)
    preamble = fmt.PREAMBLE.pack(magic, version + 1, flags, length)
    header = preamble + struct.pack(">I", zlib.crc32(fmt.MAGIC + preamble[8:]))
    header += data[fmt.PREAMBLE_LEN : length - 32]
    return header + hashlib.sha256(header).digest() + data[length:]


def run(*args, password):
    env = {"RSDESK_PASSWORD": password, "PATH": os.environ.get("PATH", "/usr/bin:/bin")}
    env["RSDESK_HOME"] = os.environ["RSDESK_HOME"]
    return subprocess.run(
        [sys.executable, "-m", "rsdesk", *args],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env=env,
        timeout=60,
        stdin=subprocess.DEVNULL,
    )


def test_check_exit_codes_in_a_real_process(tmp_path, kdf):
    path = tmp_path / "s.rsdv"
    Vault.create(path, STRONG, kdf=kdf)[0].close()
    data = path.read_bytes()
    cases = {
        "intact": (data, STRONG, 0, "Файл в порядке"),
        "wrong": (data, "не тот", 2, "Неверный пароль"),
        "damaged": (data[:40] + bytes([data[40] ^ 1]) + data[41:], STRONG, 3, "повреждён"),
        "truncated": (data[:-7], STRONG, 3, "неполный"),
        "newer": (None, STRONG, 4, "более новой версией"),
    }
    for name, (content, password, code, text) in cases.items():
        target = tmp_path / f"{name}.rsdv"
        target.write_bytes(content if content is not None else newer_copy(data))
        result = run("vault", "check", str(target), password=password)
        assert result.returncode == code, (name, result.stderr)
        assert text in result.stdout + result.stderr, (name, result.stderr)
        assert "Traceback" not in result.stderr
