"""Build steps for the GUI: compile ui/*.ui into forms, update and compile translations.

python -m rsdesk.gui.build forms          ui/*.ui -> rsdesk/gui/forms/*.py
python -m rsdesk.gui.build translations   update the .ts files, fill English, lrelease
python -m rsdesk.gui.build untranslated   print the unfinished Russian entries as JSON
python -m rsdesk.gui.build fill FILE      take Russian translations from a JSON file
                                          {"context": {"source": "перевод"}} and lrelease
"""

from __future__ import annotations

import ast
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
    return FORM_HEADER.format(name=ui_file.name) + used_imports_only(result.stdout)


def used_imports_only(code: str) -> str:
    """Drop the Qt names uic imports by habit but the form never uses.

    Each imported name makes PySide6 build its class at once; the forms of the start screen
    imported some fifty of them (gradients, painters, palettes) for nothing.
    """
    tree = ast.parse(code)
    used = {node.id for node in ast.walk(tree) if isinstance(node, ast.Name)}
    lines = code.splitlines(keepends=True)
    for node in reversed(tree.body):
        if not isinstance(node, ast.ImportFrom):
            continue
        assert node.end_lineno is not None
        names = [alias.name for alias in node.names if alias.name in used]
        kept = f"from {node.module} import {', '.join(names)}\n" if names else ""
        lines[node.lineno - 1 : node.end_lineno] = [kept]
    return "".join(lines)


def form_path(ui_file: Path) -> Path:
    return FORMS_DIR / f"{ui_file.stem}.py"


def build_forms() -> None:
    for ui_file in sorted(UI_DIR.glob("*.ui")):
        form_path(ui_file).write_text(compile_form(ui_file), encoding="utf-8")


def translation_sources() -> list[Path]:
    """Every Python module, the generated forms included: they carry the .ui strings."""
    return sorted((ROOT / "rsdesk").rglob("*.py"))


def _literal(node: ast.expr) -> str | None:
    return node.value if isinstance(node, ast.Constant) and isinstance(node.value, str) else None


class _Extractor(ast.NodeVisitor):
    """Finds translate(ctx, text, ...), QT_TRANSLATE_NOOP(ctx, text) and self.tr(text).

    Our own pass rather than lupdate's Python parser, which silently skips calls that pass
    format keywords (translate("ctx", "{n} cases", n=3)) — the way core code fills messages.
    """

    def __init__(self) -> None:
        self.found: list[tuple[str, str]] = []
        self.classes: list[str] = []

    def visit_ClassDef(self, node: ast.ClassDef) -> None:
        self.classes.append(node.name)
        self.generic_visit(node)
        self.classes.pop()

    def visit_Call(self, node: ast.Call) -> None:
        func = node.func
        name = func.id if isinstance(func, ast.Name) else getattr(func, "attr", "")
        args = [_literal(a) for a in node.args[:2]]
        if name in {"translate", "QT_TRANSLATE_NOOP"} and len(args) == 2 and None not in args:
            self.found.append((args[0], args[1]))  # type: ignore[arg-type]
        elif name == "tr" and args and args[0] is not None and self.classes:
            self.found.append((self.classes[-1], args[0]))
        self.generic_visit(node)


def extract_messages() -> list[tuple[str, str]]:
    """(context, source) pairs in source order, without duplicates."""
    seen: dict[tuple[str, str], None] = {}
    for path in translation_sources():
        extractor = _Extractor()
        extractor.visit(ast.parse(path.read_text(encoding="utf-8"), str(path)))
        seen.update(dict.fromkeys(extractor.found))
    return list(seen)


def read_catalogue(ts: Path) -> dict[tuple[str, str], str]:
    """Finished translations of a .ts file."""
    done: dict[tuple[str, str], str] = {}
    if not ts.exists():
        return done
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is not None and translation.get("type") is None and translation.text:
                done[(name, message.findtext("source", ""))] = translation.text
    return done


def write_catalogue(
    ts: Path, language: str, messages: list[tuple[str, str]], done: dict[tuple[str, str], str]
) -> None:
    root = ET.Element("TS", version="2.1", language=language)
    contexts: dict[str, ET.Element] = {}
    for context, source in sorted(messages, key=lambda m: m[0]):
        if context not in contexts:
            contexts[context] = ET.SubElement(root, "context")
            ET.SubElement(contexts[context], "name").text = context
        message = ET.SubElement(contexts[context], "message")
        ET.SubElement(message, "source").text = source
        translation = ET.SubElement(message, "translation")
        if (context, source) in done:
            translation.text = done[(context, source)]
        else:
            translation.set("type", "unfinished")
    ET.indent(root, space="    ")
    body = ET.tostring(root, encoding="unicode")
    ts.write_text(
        '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n", encoding="utf-8"
    )


def ts_file(language: str) -> Path:
    return TS_DIR / f"rsdesk_{language}.ts"


def update_catalogue(target: Path) -> None:
    """Bring a .ts file in step with the code: new strings unfinished, gone strings dropped."""
    language = target.stem.split("_")[-1]
    write_catalogue(target, language, extract_messages(), read_catalogue(target))


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
    messages = extract_messages()
    done = read_catalogue(ts)
    for context, source in messages:
        text = source if translations is None else translations.get(context, {}).get(source)
        if text and (translations is not None or (context, source) not in done):
            done[(context, source)] = text
    write_catalogue(ts, ts.stem.split("_")[-1], messages, done)


def build_translations() -> None:
    for language in LANGUAGES:
        update_catalogue(ts_file(language))
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
