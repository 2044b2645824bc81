"""Calling what might wait forever on a named pipe, with a limit, for the hostile-input tests."""

from __future__ import annotations

import contextlib
import os
import threading
from collections.abc import Callable
from pathlib import Path

import pytest

LIMIT = 30  # seconds; the refusal takes milliseconds


def outcome(call: Callable[[], object], *pipes: Path) -> object:
    """What call returned; a failed test when it is still waiting after LIMIT."""
    result: list[object] = []
    worker = threading.Thread(target=lambda: result.append(call()), daemon=True)
    worker.start()
    worker.join(LIMIT)
    if worker.is_alive():
        for pipe in pipes:  # a writer lets a reader stuck in open() go, so the run goes on
            with contextlib.suppress(OSError):
                os.close(os.open(pipe, os.O_WRONLY | os.O_NONBLOCK))
        worker.join(LIMIT)
        pytest.fail(f"still waiting on a pipe after {LIMIT} s")
    assert result, "the call raised"
    return result[0]
