"""Build steps for the GUI: compile ui/*.ui into forms, update and compile translations.

python -m rsdesk.gui.build forms          ui/*.ui -> rsdesk/gui/forms/*.py
python -m rsdesk.gui.build translations   lupdate the .ts files, fill English, lrelease
python -m rsdesk.gui.build untranslated   print the unfinished Russian entries as JSON
python -m rsdesk.gui.build fill FILE      take Russian translations from a JSON file
                                          {"context": {"source": "перевод"}} and lrelease
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
UI_DIR = ROOT / "ui"
FORMS_DIR = ROOT / "rsdesk" / "gui" / "forms"
TS_DIR = ROOT / "resources" / "translations"
LANGUAGES = ("ru", "en")
FORM_HEADER = "# Generated from ui/{name} by `python -m rsdesk.gui.build forms`: do not edit.\n"


def tool(name: str) -> str:
    """A PySide6 tool from the same environment as this Python, or from PATH."""
    beside = Path(sys.executable).with_name(name)
    found = str(beside) if beside.exists() else shutil.which(name)
    if not found:
        raise SystemExit(f"{name} not found: install PySide6 into this environment")
    return found


def compile_form(ui_file: Path) -> str:
    result = subprocess.run(
        [tool("pyside6-uic"), str(ui_file)], check=True, capture_output=True, text=True
    )
    return FORM_HEADER.format(name=ui_file.name) + result.stdout


def form_path(ui_file: Path) -> Path:
    return FORMS_DIR / f"{ui_file.stem}.py"


def build_forms() -> None:
    for ui_file in sorted(UI_DIR.glob("*.ui")):
        form_path(ui_file).write_text(compile_form(ui_file), encoding="utf-8")


def translation_sources() -> list[Path]:
    sources = sorted(p for p in (ROOT / "rsdesk").rglob("*.py") if FORMS_DIR not in p.parents)
    return sources + sorted(UI_DIR.glob("*.ui"))


def ts_file(language: str) -> Path:
    return TS_DIR / f"rsdesk_{language}.ts"


def lupdate(target: Path) -> None:
    sources = [str(p.relative_to(ROOT)) for p in translation_sources()]
    subprocess.run(
        [
            tool("pyside6-lupdate"),
            "-no-obsolete",
            "-locations",
            "none",
            "-target-language",
            target.stem.split("_")[-1],
            *sources,
            "-ts",
            str(target),
        ],
        check=True,
        capture_output=True,
        cwd=ROOT,
    )


def lrelease(ts: Path, qm: Path) -> None:
    subprocess.run(
        [tool("pyside6-lrelease"), "-silent", str(ts), "-qm", str(qm)],
        check=True,
        capture_output=True,
    )


def unfinished(ts: Path) -> dict[str, dict[str, str]]:
    found: dict[str, dict[str, str]] = {}
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            translation = message.find("translation")
            if (
                translation is None
                or translation.get("type") == "unfinished"
                or not (translation.text or "").strip()
            ):
                found.setdefault(name, {})[message.findtext("source", "")] = ""
    return found


def fill(ts: Path, translations: dict[str, dict[str, str]] | None) -> None:
    """Fill translations; with None, each source is its own translation (English)."""
    tree = ET.parse(ts)
    for context in tree.getroot().iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            source = message.findtext("source", "")
            text = source if translations is None else translations.get(name, {}).get(source)
            translation = message.find("translation")
            if (
                text
                and translation is not None
                and (translation.get("type") == "unfinished" or translations is not None)
            ):
                translation.text = text
                translation.attrib.pop("type", None)
    ET.indent(tree, space="    ")
    body = ET.tostring(tree.getroot(), encoding="unicode")
    ts.write_text(
        '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n", encoding="utf-8"
    )


def build_translations() -> None:
    for language in LANGUAGES:
        lupdate(ts_file(language))
    fill(ts_file("en"), None)
    release()


def release() -> None:
    for language in LANGUAGES:
        lrelease(ts_file(language), ts_file(language).with_suffix(".qm"))


def main(argv: list[str]) -> int:
    command = argv[0] if argv else ""
    if command == "forms":
        build_forms()
    elif command == "translations":
        build_translations()
    elif command == "untranslated":
        print(json.dumps(unfinished(ts_file("ru")), ensure_ascii=False, indent=1))
    elif command == "fill" and len(argv) == 2:
        fill(ts_file("ru"), json.loads(Path(argv[1]).read_text(encoding="utf-8")))
        release()
    else:
        print(__doc__)
        return 2
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
