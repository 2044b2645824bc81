"""The viewer draws a document's pages with QtPdf, poppler or not, and prints them through the
system's print dialog; printing to a PDF printer gives back the document's text and pages."""

from __future__ import annotations

import io
import os
import shutil
import subprocess
import tempfile
from pathlib import Path

import pytest
from pypdf import PdfReader

from rsdesk.documents.export import protect
from rsdesk.gui.cases.case_card import CaseCardDialog
from rsdesk.gui.documents import pdf_pages, printing
from rsdesk.gui.documents.viewer import DocumentViewer
from rsdesk.gui.qt import QDialog, QDialogButtonBox, QImage, QPoint, QRect, Qt
from rsdesk.storage.demo import generate

PASSWORD = "Секретный ёж 7Б"
POPPLER_TOOLS = ("pdftoppm", "pdftotext", "pdfinfo", "pdffonts")


@pytest.fixture
def card(app, qtbot, open_window):
    vault = open_window.session.vault
    generate(vault.db, cases=30, years=1, seed=7)
    vault.commit()
    desk = open_window.session.desk
    open_cases = [row.id for row in desk.case_rows() if row.status == "open"]
    # The case with a consent of several people: a document of more than one page.
    case_id = max(open_cases, key=lambda c: len({ch.kind for ch in desk.document_choices(c)}))
    area = open_window.pages["cases"]
    area.refresh()
    card = CaseCardDialog(open_window.session, case_id, area)
    qtbot.addWidget(card)
    card.resize(900, 600)
    card.show()
    card.tabs.setCurrentWidget(card.documents)
    return card


def make_and_open(card, qtbot, label_start: str) -> DocumentViewer:
    """Make the document whose menu entry starts so, and open it as the curator would."""
    panel = card.documents
    panel.fill_menu()
    (action,) = [a for a in panel.menu.actions() if a.text().startswith(label_start)]
    with qtbot.waitSignal(panel.document_made, timeout=30_000):
        action.trigger()
    panel.session.queue.flush(timeout=10)
    qtbot.mouseClick(panel.open_button, Qt.MouseButton.LeftButton)
    viewer = card.findChild(DocumentViewer)
    assert viewer is not None and viewer.isVisible()
    qtbot.waitUntil(lambda: viewer.ready, timeout=30_000)
    return viewer


def page_count(pdf: bytes) -> int:
    return len(PdfReader(io.BytesIO(pdf)).pages)


def inked(image: QImage) -> float:
    """The share of sampled pixels that are not white: text and lines on the page."""
    step = 4
    dark = total = 0
    for y in range(0, image.height(), step):
        for x in range(0, image.width(), step):
            total += 1
            dark += image.pixelColor(x, y).lightness() < 200
    return dark / total


@pytest.fixture
def no_poppler(monkeypatch, tmp_path):
    """A computer without poppler, as every Windows PC is: not on PATH, not to be found."""
    empty = tmp_path / "empty-bin"
    empty.mkdir()
    monkeypatch.setenv("PATH", str(empty))
    real_which = shutil.which

    def which(name, *args, **kwargs):
        if Path(str(name)).name in POPPLER_TOOLS:
            return None
        return real_which(name, *args, **kwargs)

    monkeypatch.setattr(shutil, "which", which)
    assert shutil.which("pdftoppm") is None


def test_pages_are_drawn_without_poppler(card, qtbot, no_poppler):
    viewer = make_and_open(card, qtbot, "Информированное согласие участников")
    pages = page_count(viewer._pdf)
    assert pages >= 2  # one sheet per person who consents
    labels = viewer.page_labels()
    assert len(labels) == pages and not viewer.text.isVisible()
    for label in labels:
        image = label.pixmap().toImage()
        assert image.width() > 800 and image.height() > image.width()  # A4 upright, readable
        assert 0.005 < inked(image) < 0.5  # a page with text on it, neither blank nor black
    assert viewer.status.text() == viewer.tr("Pages: {count}").format(count=pages)
    viewer.reject()


def test_the_protected_export_opens_with_its_password(card, qtbot):
    viewer = make_and_open(card, qtbot, "Регистрационная карточка")
    locked = protect(viewer._pdf, PASSWORD)
    viewer.reject()
    images = pdf_pages.page_images(locked, 60, PASSWORD)
    assert len(images) == page_count(viewer._pdf)
    assert all(inked(image) > 0.005 for image in images)
    for wrong in (None, "не тот пароль"):
        with pytest.raises(pdf_pages.PdfUnreadableError) as refused:
            pdf_pages.page_images(locked, 60, wrong)
        assert refused.value.wrong_password


def test_without_qtpdf_the_text_is_shown_and_print_is_off(card, qtbot, monkeypatch):
    monkeypatch.setattr(pdf_pages, "_module", lambda: None)
    viewer = make_and_open(card, qtbot, "Регистрационная карточка")
    assert viewer.text.isVisible() and not viewer.page_labels()
    assert "Регистрационная карточка" in viewer.text.toPlainText()
    assert not viewer.print_button.isEnabled() and viewer.print_button.toolTip()
    viewer.reject()


def pdf_printer_answering(monkeypatch, out: Path, accept: bool, pages: tuple[int, int] | None):
    """The print dialog answers at once, as a user choosing a printer would; the printer is
    a PDF printer writing to `out` (in this test only)."""
    asked: list[tuple[int, int]] = []
    a4 = printing.__dict__["printer_for_a4"]  # the real one, also when patched before

    def to_file():
        printer = a4()
        printer.setOutputFormat(printing.QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(out))
        return printer

    def answer(dialog):
        asked.append((dialog.minPage(), dialog.maxPage()))
        if pages is not None:
            dialog.printer().setFromTo(*pages)
        return QDialog.DialogCode.Accepted if accept else QDialog.DialogCode.Rejected

    monkeypatch.setattr(printing, "printer_for_a4", to_file)
    monkeypatch.setattr(printing.QPrintDialog, "exec", answer)
    return asked


def consenting(page) -> str:  # type: ignore[no-untyped-def]
    """Who gives consent on a page of the consent: «Я, Семёнов Пётр (класс 7Б), даю…»."""
    text = " ".join(page.extract_text().split())
    return text.split("Я, ", 1)[1].split(", да", 1)[0]


def poppler(tool: str, path: Path) -> str:
    if shutil.which(tool) is None:
        pytest.skip(f"{tool} (Debian poppler-utils) is not installed")
    args = [tool, "-enc", "UTF-8", str(path), "-"] if tool == "pdftotext" else [tool, str(path)]
    return subprocess.run(args, capture_output=True, text=True, check=True, timeout=60).stdout


def test_printing_sends_every_page_and_writes_nothing_else(
    card, qtbot, monkeypatch, tmp_path_factory
):
    viewer = make_and_open(card, qtbot, "Информированное согласие участников")
    pages = page_count(viewer._pdf)
    names = [p.full_name for p in card.card.request.participants]
    # Both outside the folder of the service file, which must not change.
    printed = tmp_path_factory.mktemp("printer") / "out.pdf"
    asked = pdf_printer_answering(monkeypatch, printed, accept=True, pages=None)
    temp = tmp_path_factory.mktemp("temp")
    for variable in ("TMPDIR", "TEMP", "TMP"):
        monkeypatch.setenv(variable, str(temp))
    monkeypatch.setattr(tempfile, "tempdir", str(temp))
    vault_folder = card.documents.session.vault.path.parent
    before = sorted(vault_folder.rglob("*"))

    assert viewer.print_button.text() == viewer.tr("&Print…")
    qtbot.mouseClick(viewer.print_button, Qt.MouseButton.LeftButton)

    assert asked == [(1, pages)]  # the dialog offers the document's own pages
    assert viewer.status.text() == viewer.tr("The document was sent to the printer.")
    info = poppler("pdfinfo", printed)
    assert f"Pages:           {pages}\n" in info and "A4" in info
    text = " ".join(poppler("pdftotext", printed).split())
    assert "Информированное согласие на участие в восстановительной программе" in text
    assert "даю добровольное согласие" in text
    assert any(name in text for name in names)
    assert list(temp.iterdir()) == [] and sorted(vault_folder.rglob("*")) == before
    assert os.listdir(printed.parent) == ["out.pdf"]
    viewer.reject()


def test_printing_a_chosen_page_and_a_cancelled_dialog(card, qtbot, monkeypatch, tmp_path):
    viewer = make_and_open(card, qtbot, "Информированное согласие участников")
    assert page_count(viewer._pdf) >= 2
    cancelled = tmp_path / "cancelled.pdf"
    pdf_printer_answering(monkeypatch, cancelled, accept=False, pages=None)
    status = viewer.status.text()
    qtbot.mouseClick(viewer.print_button, Qt.MouseButton.LeftButton)
    assert not cancelled.exists() and viewer.status.text() == status

    second = tmp_path / "second.pdf"
    pdf_printer_answering(monkeypatch, second, accept=True, pages=(2, 2))
    qtbot.mouseClick(viewer.print_button, Qt.MouseButton.LeftButton)
    assert "Pages:           1\n" in poppler("pdfinfo", second)
    first, second_page = (consenting(page) for page in PdfReader(io.BytesIO(viewer._pdf)).pages[:2])
    printed = " ".join(poppler("pdftotext", second).split())
    assert first != second_page
    assert f"Я, {second_page}" in printed and f"Я, {first}" not in printed
    viewer.reject()


def test_a_printer_that_refuses_is_said_in_the_window(card, qtbot, monkeypatch, tmp_path):
    viewer = make_and_open(card, qtbot, "Регистрационная карточка")
    nowhere = tmp_path / "no such folder" / "out.pdf"
    pdf_printer_answering(monkeypatch, nowhere, accept=True, pages=None)
    qtbot.mouseClick(viewer.print_button, Qt.MouseButton.LeftButton)
    assert str(nowhere) in viewer.status.text() and not nowhere.exists()
    viewer.reject()


def test_the_viewer_with_print_fits_a_small_screen(card, qtbot):
    viewer = make_and_open(card, qtbot, "Регистрационная карточка")
    room = viewer.screen().availableGeometry()
    assert room.width() <= 1024 and room.height() <= 800  # no larger than a school's screen
    assert room.contains(viewer.frameGeometry()), (room, viewer.frameGeometry())
    close = viewer.buttons.button(QDialogButtonBox.StandardButton.Close)
    for button in (viewer.print_button, viewer.export_button, close):
        assert button.isVisible()
        corner = button.mapToGlobal(QPoint(0, 0))
        assert room.contains(QRect(corner, button.size())), button.text()
    viewer.reject()
