"""An OS failure is said in Russian wherever it is shown: no English strerror ("No space left
on device", "Permission denied") and no Python spelling ("[Errno 28]") reaches the user."""

from __future__ import annotations

import argparse
import errno
import os
import re

import pytest

from rsdesk import cli, install
from rsdesk.i18n import set_language
from rsdesk.os_errors import os_reason
from rsdesk.stats import registry as services
from rsdesk.stats.fileformat import Rejected, read_stats_file
from rsdesk.vault import errors as vault_errors
from tests.helpers.stats import make_payload, write_signed

CODES = {
    errno.ENOSPC: "на диске нет свободного места",
    errno.EACCES: "на это нет прав доступа",
    errno.ENOENT: "файл или его папка не найдены",
    errno.EISDIR: "это папка, а не файл",
    errno.EROFS: "диск защищён от записи",
    errno.ENOTDIR: "часть пути не является папкой",
}
ENGLISH = re.compile(r"No space|Permission denied|No such file|Is a directory|Errno|Read-only")


def failure(code: int, path: str | None = None) -> OSError:
    """The error as the OS gives it, English strerror included."""
    return OSError(code, os.strerror(code), path) if path else OSError(code, os.strerror(code))


def english_free(text: str) -> str:
    assert not ENGLISH.search(text), text
    assert re.search("[а-яё]", text, re.I), text
    return text


@pytest.fixture(autouse=True)
def russian():
    set_language("ru")


@pytest.mark.parametrize(("code", "said"), sorted(CODES.items()))
def test_os_reason_is_russian_for_each_common_failure(code, said):
    assert os_reason(failure(code)) == said


def test_an_error_without_a_code_never_shows_its_english_text():
    assert os_reason(OSError("disk on fire")) == "непредвиденная ошибка"
    assert os_reason(OSError(errno.EOVERFLOW, "Value too large")) == (
        f"системная ошибка {errno.EOVERFLOW}"
    )


def test_the_vault_still_offers_it():
    assert vault_errors.os_reason is os_reason


def test_a_file_that_cannot_be_opened_is_rejected_in_russian(tmp_path, monkeypatch):
    path = write_signed(tmp_path, "a.rsdstats", make_payload())

    def refuse(_path):
        raise PermissionError(errno.EACCES, os.strerror(errno.EACCES), str(path))

    monkeypatch.setattr("rsdesk.stats.fileformat._open_regular", refuse)
    result = read_stats_file(path)
    assert isinstance(result, Rejected)
    assert english_free(result.reason) == "Не удалось прочитать файл: на это нет прав доступа"


def test_aggregate_says_a_full_disk_in_russian(tmp_path, monkeypatch, capsys):
    write_signed(tmp_path, "a.rsdstats", make_payload())

    def full(_path, _write):
        raise failure(errno.ENOSPC, str(tmp_path / "out.json"))

    monkeypatch.setattr("rsdesk.stats.fileformat.write_whole", full)
    run = ["stats", "aggregate", str(tmp_path), "--json", str(tmp_path / "out.json")]
    assert cli.main([*run, "--registry", str(tmp_path / "reg" / "registry.json")]) == 1
    said = english_free(capsys.readouterr().err)
    assert "на диске нет свободного места" in said


def test_a_registry_that_cannot_be_saved_is_said_in_russian(tmp_path, monkeypatch, capsys):
    write_signed(tmp_path, "a.rsdstats", make_payload())

    def refuse(path, _data):
        raise failure(errno.EROFS, str(path))

    monkeypatch.setattr("rsdesk.stats.registry.write_atomic", refuse)
    registry = tmp_path / "reg" / "registry.json"
    run = ["stats", "aggregate", str(tmp_path), "--json", str(tmp_path / "out.json")]
    assert cli.main([*run, "--registry", str(registry)]) == 1
    said = english_free(capsys.readouterr().err)
    assert said.strip() == (
        f"Не удалось записать реестр служб {registry}: диск защищён от записи. "
        "В нём ничего не изменилось."
    )
    assert not (tmp_path / "out.json").exists()  # nothing written against an unsaved registry


def test_a_registry_that_is_a_folder_is_refused_in_russian(tmp_path):
    path = tmp_path / "registry.json"
    path.mkdir()
    with pytest.raises(services.RegistryError) as refused:
        services.load(path)
    assert english_free(refused.value.message) == (
        f"Не удалось прочитать реестр служб {path} (это папка, а не файл)."
    )


def test_registry_import_of_a_missing_list_is_said_in_russian(tmp_path, capsys):
    missing = tmp_path / "нет.csv"
    at = ["--registry", str(tmp_path / "registry.json")]
    assert cli.main(["stats", "registry", *at, "import", str(missing)]) == 1
    said = english_free(capsys.readouterr().err)
    assert said.strip() == f"Не удалось прочитать {missing}: файл или его папка не найдены"


def test_registry_confirm_that_cannot_save_is_said_in_russian(tmp_path, monkeypatch, capsys):
    registry_path = tmp_path / "registry.json"
    write_signed(tmp_path, "a.rsdstats", make_payload(service_id=SERVICE))
    at = ["--registry", str(registry_path)]
    run = ["stats", "aggregate", str(tmp_path), "--json", str(tmp_path / "o.json"), *at]
    assert cli.main(run) == 0
    capsys.readouterr()

    def full(path, _data):
        raise failure(errno.ENOSPC, str(path))

    monkeypatch.setattr("rsdesk.stats.registry.write_atomic", full)
    assert cli.main(["stats", "registry", *at, "confirm", SERVICE]) == 1
    assert "на диске нет свободного места" in english_free(capsys.readouterr().err)


SERVICE = "4d6f3c55-0f5e-4d5c-9a3e-2f1d8d6c4b24"


def test_the_journal_template_on_a_full_disk_is_said_in_russian(tmp_path, monkeypatch, capsys):
    from pathlib import Path

    def full(self, _data):
        raise failure(errno.ENOSPC, str(self))

    monkeypatch.setattr(Path, "write_bytes", full)
    assert cli.main(["import", "--template", str(tmp_path / "шаблон.xlsx")]) == 1
    said = english_free(capsys.readouterr().err)
    assert "на диске нет свободного места" in said


def test_install_failing_for_the_os_is_said_in_russian(tmp_path, monkeypatch, capsys):
    if os.name != "posix":
        pytest.skip("the installer is for Linux")

    def refuse(_source, _places):
        raise failure(errno.EACCES, str(tmp_path))

    monkeypatch.setattr(install, "bundle_folder", lambda: tmp_path)
    monkeypatch.setattr(install, "install", refuse)
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    assert install.run(argparse.Namespace(remove=False)) == 1
    said = english_free(capsys.readouterr().err)
    assert "на это нет прав доступа" in said


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes are POSIX")
def test_a_pipe_given_as_the_journal_is_refused_before_the_password(tmp_path, capsys):
    pipe = tmp_path / "журнал.csv"
    os.mkfifo(pipe)
    # Were the pipe opened, this would wait for ever; the test's time limit would end it.
    assert cli.main(["import", str(tmp_path / "service.rsdv"), str(pipe)]) == 1
    said = english_free(capsys.readouterr().err)
    assert said.strip() == f"Не удалось прочитать {pipe}: это не файл, а канал или устройство"


def test_read_ordinary_refuses_a_folder_and_a_device(tmp_path):
    from rsdesk.ordinary_files import NotAFileError, read_ordinary

    with pytest.raises(IsADirectoryError) as folder:
        read_ordinary(tmp_path, 10)
    assert os_reason(folder.value) == "это папка, а не файл"
    if os.path.exists("/dev/zero"):
        with pytest.raises(NotAFileError) as device:
            read_ordinary("/dev/zero", 10)
        assert os_reason(device.value) == "это не файл, а канал или устройство"
    (tmp_path / "a.txt").write_bytes(b"x" * 50)
    assert read_ordinary(tmp_path / "a.txt", 10) == b"x" * 11  # one more: too large, say so
