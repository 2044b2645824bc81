"""The Russian user guide shows only pictures that are in the repository and that the
screenshot tour still takes, so a renamed screen cannot leave a broken or stale picture."""

from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
GUIDE = ROOT / "docs" / "ru" / "README.md"
PICTURE = re.compile(r"!\[[^\]]*\]\((img/[^)]+)\)")


def pictures() -> list[str]:
    return PICTURE.findall(GUIDE.read_text(encoding="utf-8"))


def test_every_picture_of_the_guide_is_there_and_small():
    found = pictures()
    assert len(found) >= 10
    for name in found:
        path = GUIDE.parent / name
        assert path.is_file(), name
        assert path.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n", name
        assert path.stat().st_size < 400_000, name


def tour_names() -> list[re.Pattern[str]]:
    """The tour's file names, f"{language}-<name>.png" in its source, as patterns: a
    placeholder such as {index + 1} stands for any text."""
    sources = "".join(
        p.read_text(encoding="utf-8") for p in (ROOT / "rsdesk" / "gui").rglob("*.py")
    )
    found = re.findall(r"\{language\}-([^\"']+?)\.png", sources)
    return [
        re.compile(
            "".join(
                ".+" if part.startswith("{") else re.escape(part)
                for part in re.split(r"(\{[^}]*\})", name)
                if part
            )
            + r"\Z"
        )
        for name in found
    ]


def test_every_picture_is_one_the_tour_takes():
    names = tour_names()
    assert len(names) > 20
    for picture in pictures():
        stem = Path(picture).stem.removeprefix("ru-")
        assert any(n.match(stem) for n in names), picture


def test_the_guide_is_linked_from_the_readme():
    assert "docs/ru/README.md" in (ROOT / "README.md").read_text(encoding="utf-8")
