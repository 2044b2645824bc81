"""A pipe or a device given as a statistics file: rejected at once, never waited on or read
without end. Each call runs in a thread with a time limit, so a regression fails here instead
of hanging the run."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from rsdesk import cli
from rsdesk.stats.aggregate import aggregate
from rsdesk.stats.fileformat import Rejected, read_stats_file
from tests.helpers.pipes import outcome
from tests.helpers.stats import make_payload, write_signed

pytestmark = pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes are POSIX")
PIPE_REASON = "Это не файл, а канал или устройство: он не прочитан."


@pytest.fixture
def pipe(tmp_path: Path) -> Path:
    path = tmp_path / "school.rsdstats"
    os.mkfifo(path)
    return path


@pytest.fixture
def valid(tmp_path: Path) -> Path:
    payload = make_payload(service_id="0b6f3c55-0f5e-4d5c-9a3e-2f1d8d6c4b2a", adult=1, young=1)
    return write_signed(tmp_path, "valid.rsdstats", payload)


def test_a_pipe_is_rejected_by_the_reader(pipe):
    result = outcome(lambda: read_stats_file(pipe), pipe)
    assert result == Rejected(str(pipe), PIPE_REASON)


@pytest.mark.skipif(not os.path.exists("/dev/zero"), reason="no /dev/zero")
def test_a_device_is_rejected_before_a_byte_is_read():
    # /dev/zero never ends and /dev/stdin would wait for the terminal.
    assert outcome(lambda: read_stats_file("/dev/zero")) == Rejected("/dev/zero", PIPE_REASON)


def test_verify_rejects_a_pipe_and_goes_on(pipe, valid, capsys):
    code = outcome(lambda: cli.main(["stats", "verify", str(pipe), str(valid)]), pipe)
    out = capsys.readouterr().out
    assert code == 1  # one file rejected
    assert f"ОТКЛОНЁН {pipe}: {PIPE_REASON}" in out
    assert f"ВЕРНО {valid}" in out


def test_aggregate_rejects_a_pipe_among_the_files(pipe, valid):
    result = outcome(lambda: aggregate([pipe, valid], workers=1), pipe)
    assert [reason for _, reason in result.rejected] == [PIPE_REASON]
    assert len(result.accepted) == 1
