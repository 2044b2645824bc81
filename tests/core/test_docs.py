"""The documents the code cites exist, and the links between the documents lead somewhere.

A comment or docstring of a Python file under rsdesk/ or tests/ that names a Markdown document
must name a file of the repository, relative to the root or to the citing file's folder, and a
section cited as `docs/STATS_FORMAT.md § "Fields"` must begin a heading of that document. A
relative link in docs/*.md must lead to a file or folder of the repository, and its #anchor to
a heading of the target.
"""

from __future__ import annotations

import ast
import io
import re
import tokenize
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
CODE_FOLDERS = ("rsdesk", "tests")
# A document path: not part of a longer path or of a URL, so https://host/x.md is no citation.
DOCUMENT = re.compile(r"(?<![\w/.:-])((?:[\w.-]+/)*[\w-]+\.md)\b")
SECTION = re.compile(r"(?<![\w/.:-])((?:[\w.-]+/)*[\w-]+\.md)\s*§\s*\"([^\"\n]+)\"")
LINK = re.compile(r"\[[^\]]*\]\(([^()\s]+)(?:\s+\"[^\"]*\")?\)")
SCHEME = re.compile(r"[A-Za-z][A-Za-z0-9+.-]*:")
HEADING = re.compile(r"#{1,6}\s+(.+?)\s*#*\s*$")
FENCE = re.compile(r"\s*(```|~~~)")


def prose(source: str) -> Iterator[tuple[int, str]]:
    """(first line, text) of every docstring and every block of adjacent comment lines."""
    owners = ast.Module | ast.ClassDef | ast.FunctionDef | ast.AsyncFunctionDef
    for node in ast.walk(ast.parse(source)):
        text = ast.get_docstring(node, clean=False) if isinstance(node, owners) else None
        if text is not None:
            yield node.body[0].lineno, text
    block: list[str] = []
    start = last = 0
    for token in tokenize.generate_tokens(io.StringIO(source).readline):
        if token.type != tokenize.COMMENT:
            continue
        row = token.start[0]
        if block and row != last + 1:
            yield start, "\n".join(block)
            block = []
        if not block:
            start = row
        block.append(token.string.lstrip("#").strip())
        last = row
    if block:
        yield start, "\n".join(block)


def resolve(cited: str, citing: Path) -> Path | None:
    for base in (ROOT, citing.parent):
        candidate = base / cited
        if candidate.exists():
            return candidate
    return None


def markdown_lines(path: Path) -> Iterator[str]:
    """The lines of a Markdown file outside fenced code blocks."""
    fenced = False
    for line in path.read_text(encoding="utf-8").splitlines():
        if FENCE.match(line):
            fenced = not fenced
        elif not fenced:
            yield line


def headings(path: Path) -> list[str]:
    found = (HEADING.match(line) for line in markdown_lines(path))
    return [match.group(1) for match in found if match]


def slug(heading: str) -> str:
    """The anchor GitHub gives a heading: lower case, punctuation dropped, spaces as hyphens."""
    return re.sub(r"[^\w\- ]", "", heading.strip().lower()).replace(" ", "-")


def anchors(path: Path) -> set[str]:
    seen: dict[str, int] = {}
    result = set()
    for heading in headings(path):
        base = slug(heading)
        count = seen.get(base, 0)
        seen[base] = count + 1
        result.add(base if count == 0 else f"{base}-{count}")
    return result


def citation_problems(path: Path) -> list[str]:
    source = path.read_text(encoding="utf-8")
    if ".md" not in source:  # most files: no need to tokenize them
        return []
    problems = []
    shown = path.relative_to(ROOT) if path.is_relative_to(ROOT) else path
    for line, text in prose(source):
        for cited in DOCUMENT.findall(text):
            if resolve(cited, path) is None:
                problems.append(f"{shown}:{line}: {cited} does not exist")
        for cited, section in SECTION.findall(text):
            target = resolve(cited, path)
            if target is not None and not any(h.startswith(section) for h in headings(target)):
                problems.append(f"{shown}:{line}: {cited} has no section «{section}»")
    return problems


def link_problems(path: Path, root: Path = ROOT) -> list[str]:
    """Relative links of a Markdown file that lead to nothing inside `root`."""
    problems = []
    shown = path.relative_to(root) if path.is_relative_to(root) else path
    for link in LINK.findall("\n".join(markdown_lines(path))):
        if SCHEME.match(link):
            continue
        where, _, anchor = link.partition("#")
        target = (path.parent / where).resolve() if where else path
        if not target.exists() or not target.is_relative_to(root):
            problems.append(f"{shown}: {link} leads nowhere")
        elif anchor and target.suffix == ".md" and anchor not in anchors(target):
            problems.append(f"{shown}: {link}: {target.name} has no heading #{anchor}")
    return problems


def python_files() -> list[Path]:
    return sorted(p for folder in CODE_FOLDERS for p in (ROOT / folder).rglob("*.py"))


def test_the_domain_documents_are_there():
    for name in ("DOMAIN.md", "STATS_FORMAT.md"):
        assert (ROOT / "docs" / name).is_file(), name


def test_every_cited_document_exists():
    files = python_files()
    assert len(files) > 50
    problems = [problem for path in files for problem in citation_problems(path)]
    assert problems == []


def test_every_link_of_the_docs_leads_somewhere():
    documents = sorted((ROOT / "docs").glob("*.md"))
    assert documents
    problems = [problem for path in documents for problem in link_problems(path)]
    assert problems == []


def test_the_checker_sees_citations_in_comments_and_docstrings(tmp_path):
    sample = tmp_path / "sample.py"
    sample.write_text(
        '"""Module text citing docs/NOWHERE.md and https://example.org/page.md."""\n'
        "\n"
        '# A comment citing docs/STATS_FORMAT.md § "Fields" and\n'
        '# docs/DOMAIN.md § "No such section".\n'
        'TEXT = "a string is not a citation: lost.md"\n'
        "\n"
        "\n"
        "def f():\n"
        '    """Also docs/GONE.md."""\n',
        encoding="utf-8",
    )
    assert citation_problems(sample) == [
        f"{sample}:1: docs/NOWHERE.md does not exist",
        f"{sample}:9: docs/GONE.md does not exist",
        f"{sample}:3: docs/DOMAIN.md has no section «No such section»",
    ]


def test_the_checker_sees_broken_links_and_anchors(tmp_path):
    (tmp_path / "other.md").write_text("# Some heading (with `code`)\n", encoding="utf-8")
    page = tmp_path / "page.md"
    page.write_text(
        "[ok](other.md#some-heading-with-code) [web](https://example.org/x.md)\n"
        "[gone](missing.md) [anchor](other.md#nothing) [here](#page)\n"
        "# Page\n"
        "```\n[in code](ignored.md)\n```\n",
        encoding="utf-8",
    )
    assert link_problems(page, root=tmp_path) == [
        "page.md: missing.md leads nowhere",
        "page.md: other.md#nothing: other.md has no heading #nothing",
    ]


def test_anchors_follow_github():
    assert slug("Yearly statistics file (format `rsdesk-stats`, version 1)") == (
        "yearly-statistics-file-format-rsdesk-stats-version-1"
    )
    assert slug("Хранение данных (how long personal data is kept)") == (
        "хранение-данных-how-long-personal-data-is-kept"
    )
