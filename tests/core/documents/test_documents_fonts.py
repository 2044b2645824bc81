"""Every document kind embeds every font it names, none of them reportlab's unembedded base 14,
and says what it is: title, author, subject, language and XMP; the protected export declares
the PDF version its encryption needs."""

from __future__ import annotations

import io
import shutil
import subprocess
from pathlib import Path

import pytest
from pypdf import PdfReader

from rsdesk.documents.choices import kind_label
from rsdesk.documents.context import RecoveryKeyContext
from rsdesk.documents.export import protect
from rsdesk.documents.metadata import xmp_packet
from rsdesk.documents.render import KINDS, render_titled
from tests.helpers.documents import SCHOOL, pdftotext

# The fonts a PDF reader may substitute (base 14): without Cyrillic, and never embedded.
BASE_FONTS = ("Helvetica", "Courier", "Times", "Symbol", "ZapfDingbats")
PASSWORD = "ёлка 7Б пароль"


def made_titled(desk, key, case_id, today) -> dict[str, tuple[str, bytes]]:  # type: ignore[no-untyped-def]
    made = {}
    for choice in desk.document_choices(case_id):
        ctx = desk.document_context(case_id, choice.kind, choice.program_id)
        made[choice.kind] = render_titled(choice.kind, ctx)
    made["recovery_key"] = render_titled("recovery_key", RecoveryKeyContext(SCHOOL, key, today))
    made["annual_report"] = render_titled("annual_report", desk.annual_report_context(2026))
    return made


@pytest.fixture
def documents(case_vault, desk, today) -> dict[str, tuple[str, bytes]]:  # type: ignore[no-untyped-def]
    _vault, key, case_id, _ = case_vault
    made = made_titled(desk, key, case_id, today)
    assert set(made) == set(KINDS)  # every kind, so none escapes the checks below
    return made


def pdffonts(pdf: bytes, tmp: Path, *args: str) -> list[tuple[str, str]]:
    """(font name, "yes"/"no" embedded) for every font poppler finds in the PDF."""
    if shutil.which("pdffonts") is None:
        pytest.skip("pdffonts (Debian poppler-utils) is not installed")
    source = tmp / "fonts.pdf"
    source.write_bytes(pdf)
    result = subprocess.run(
        ["pdffonts", *args, str(source)], capture_output=True, timeout=60, check=True
    )
    source.unlink()
    lines = result.stdout.decode("utf-8", "replace").splitlines()
    assert lines[1].startswith("-----"), lines[:2]  # the header poppler prints
    widths = [len(dashes) for dashes in lines[1].split(" ")]
    rows = []
    for line in lines[2:]:
        name = line[: widths[0]].strip()
        # name, type, encoding: the columns before "emb" (a type may hold a space)
        emb_at = sum(widths[:3]) + 3
        rows.append((name, line[emb_at : emb_at + widths[3]].strip()))
    return rows


def assert_only_embedded(fonts: list[tuple[str, str]], kind: str) -> None:
    assert fonts, f"{kind}: no font at all"
    for name, embedded in fonts:
        base = name.split("+", 1)[-1]  # subset prefix «AAAAAA+»
        assert embedded == "yes", f"{kind}: {name} is not embedded"
        assert not base.startswith(BASE_FONTS), f"{kind}: names {name}"


def test_every_kind_embeds_every_font_and_no_base_font(documents, tmp_path):
    for kind, (_title, pdf) in documents.items():
        assert_only_embedded(pdffonts(pdf, tmp_path), kind)


def test_the_recovery_key_is_set_in_an_embedded_monospace(documents, tmp_path):
    names = [name for name, _ in pdffonts(documents["recovery_key"][1], tmp_path)]
    assert any(name.endswith("+IBMPlexMono-Bold") for name in names), names


def test_the_check_would_catch_a_base_font(tmp_path):
    """The helper itself: a PDF drawn in reportlab's default Helvetica fails it."""
    from reportlab.pdfgen.canvas import Canvas

    out = io.BytesIO()
    canvas = Canvas(out)
    canvas.drawString(100, 100, "Helvetica")
    canvas.save()
    with pytest.raises(AssertionError, match="Helvetica is not embedded"):
        assert_only_embedded(pdffonts(out.getvalue(), tmp_path), "sample")


def test_every_kind_says_what_it_is(documents):
    for kind, (title, pdf) in documents.items():
        reader = PdfReader(io.BytesIO(pdf))
        info = reader.metadata
        assert info is not None, kind
        assert info.title == title, kind
        assert info.subject == kind_label(kind), kind
        assert reader.trailer["/Root"]["/Lang"] == "ru", kind
        xmp = reader.xmp_metadata
        assert xmp is not None, kind
        assert xmp.dc_title == {"x-default": title}, kind
        assert xmp.dc_description == {"x-default": kind_label(kind)}, kind
        assert xmp.dc_language == ["ru"], kind
        assert xmp.dc_creator == [info.author], kind
        if kind == "supervision":
            # a case description for supervision does not name the school, here either
            assert SCHOOL not in (info.author or "") and SCHOOL not in str(xmp.dc_creator)
        else:
            assert info.author == SCHOOL, kind


def test_case_data_cannot_break_the_xmp():
    from datetime import UTC, datetime

    packet = xmp_packet(
        title="Договор </rdf:li> & «ёж»",
        author="Школа <3>",
        subject="x",
        created=datetime(2026, 3, 20, tzinfo=UTC),
    )
    import xml.etree.ElementTree as ET

    root = ET.fromstring(packet.decode("utf-8").split("?>", 1)[1].rsplit("<?xpacket", 1)[0])
    texts = [element.text for element in root.iter() if element.text and element.text.strip()]
    assert "Договор </rdf:li> & «ёж»" in texts and "Школа <3>" in texts
    assert "2026-03-20T00:00:00+00:00" in texts


def test_the_protected_export_declares_its_version_and_embeds_its_fonts(documents, tmp_path):
    title, pdf = documents["program_result"]
    locked = protect(pdf, PASSWORD)
    # AES-256 (revision 6) is PDF 1.7 with Adobe's extension level 8, or PDF 2.0.
    assert locked.startswith(b"%PDF-1.7\n")
    reader = PdfReader(io.BytesIO(locked))
    assert reader.trailer["/Encrypt"]["/R"] == 6 and reader.trailer["/Encrypt"]["/V"] == 5
    reader.decrypt(PASSWORD)
    extension = reader.trailer["/Root"]["/Extensions"]["/ADBE"]
    assert extension["/BaseVersion"] == "/1.7" and extension["/ExtensionLevel"] == 8
    assert reader.metadata is not None and reader.metadata.title == title
    assert_only_embedded(pdffonts(locked, tmp_path, "-upw", PASSWORD), "protected")
    assert "Примирительный договор" in pdftotext(locked, tmp_path, "-upw", PASSWORD)
