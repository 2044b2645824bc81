"""Type checking as a ratchet: no file may have more mypy errors than its baseline, a new file
none, and the `type: ignore`s may not grow. When a count drops, lower the baseline with
`python -m tests.core.test_typing_ratchet` so the gain is kept."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from collections import Counter
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
BASELINE = ROOT / "tests" / "typing_baseline.json"
ERROR = re.compile(r"^(?P<file>[^:]+\.py):\d+: error:", re.MULTILINE)
IGNORE = re.compile(r"#\s*type:\s*ignore")


def mypy_errors(cache: Path) -> Counter[str]:
    try:
        import mypy  # noqa: F401
    except ImportError:
        pytest.skip("mypy is not installed (pip install -e '.[test]')")
    done = subprocess.run(
        [sys.executable, "-m", "mypy", "--cache-dir", str(cache), "--no-error-summary"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=600,
    )
    if done.returncode not in (0, 1):
        raise AssertionError(f"mypy failed to run: {done.stderr or done.stdout}")
    return Counter(m["file"].replace("\\", "/") for m in ERROR.finditer(done.stdout))


def type_ignores() -> int:
    return sum(
        len(IGNORE.findall(path.read_text(encoding="utf-8")))
        for path in (ROOT / "rsdesk").rglob("*.py")
    )


def current(cache: Path) -> dict:
    return {"type_ignores": type_ignores(), "errors": dict(sorted(mypy_errors(cache).items()))}


def test_type_errors_only_go_down(tmp_path):
    baseline = json.loads(BASELINE.read_text(encoding="utf-8"))
    now = current(tmp_path / "mypy-cache")
    grown = {
        file: (baseline["errors"].get(file, 0), count)
        for file, count in now["errors"].items()
        if count > baseline["errors"].get(file, 0)
    }
    assert not grown, f"more mypy errors than the baseline (was, now): {grown}"
    assert now["type_ignores"] <= baseline["type_ignores"], (
        f"{now['type_ignores']} `type: ignore`s, the baseline allows {baseline['type_ignores']}"
    )


if __name__ == "__main__":
    import tempfile

    with tempfile.TemporaryDirectory() as cache:
        BASELINE.write_text(json.dumps(current(Path(cache)), indent=1) + "\n", encoding="utf-8")
    print(f"written {BASELINE}")
