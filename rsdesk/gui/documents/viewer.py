"""Shows a decrypted PDF inside the app, page by page, without writing it anywhere."""

from __future__ import annotations

import io
import shutil
import subprocess
import sys
from collections.abc import Callable
from dataclasses import dataclass

import shiboken6

from rsdesk.gui.gate import describe_error
from rsdesk.gui.qt import (
    QDialog,
    QDialogButtonBox,
    QFrame,
    QImage,
    QLabel,
    QPixmap,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QShowEvent,
    QSize,
    Qt,
    QVBoxLayout,
    QWidget,
)
from rsdesk.gui.screen_fit import fit_to_screen
from rsdesk.gui.worker import run_in_background

# Sharp enough to read a signature line on a laptop screen, small enough to stay quick.
DPI = 110
# A page that poppler cannot draw within this time is shown as text instead.
PAGE_TIMEOUT = 20


@dataclass(frozen=True)
class PageView:
    """What the viewer shows: PNG images of the pages when they could be drawn, else text."""

    images: tuple[bytes, ...]
    texts: tuple[str, ...]


def _rasterizer() -> str | None:
    # Qt's PDF module is not part of PySide6-Essentials and no PDF renderer is a Python
    # dependency; poppler's pdftoppm, where installed, draws pages through pipes only.
    return shutil.which("pdftoppm")


def _draw_page(tool: str, pdf: bytes, number: int) -> bytes:
    """One page as PNG: the PDF goes in on stdin and the image comes back on stdout.

    With no output root pdftoppm writes to stdout; naming one (even "-") makes it create a
    file, which is exactly what must not happen with a decrypted document.
    """
    page = str(number)
    result = subprocess.run(
        [tool, "-png", "-r", str(DPI), "-f", page, "-l", page, "-singlefile", "-"],
        input=pdf,
        capture_output=True,
        timeout=PAGE_TIMEOUT,
        check=True,
        creationflags=getattr(subprocess, "CREATE_NO_WINDOW", 0) if sys.platform == "win32" else 0,
    )
    if not result.stdout.startswith(b"\x89PNG"):
        raise ValueError("pdftoppm gave no image")
    return result.stdout


def page_view(pdf: bytes) -> PageView:
    """Pages of a PDF held in memory; runs in a worker (drawing takes a moment per page)."""
    from pypdf import PdfReader

    reader = PdfReader(io.BytesIO(pdf))
    count = len(reader.pages)
    tool = _rasterizer()
    if tool is not None:
        try:
            return PageView(tuple(_draw_page(tool, pdf, n) for n in range(1, count + 1)), ())
        except (OSError, ValueError, subprocess.SubprocessError):
            pass  # the text below still shows the document
    return PageView((), tuple(page.extract_text() or "" for page in reader.pages))


class DocumentViewer(QDialog):
    """A read-only window with the document's pages; «Экспорт…» is offered from here too."""

    def __init__(
        self,
        title: str,
        pdf: bytes,
        on_export: Callable[[], None] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self._fitted = False
        self.status = QLabel(self.tr("Preparing the pages…"), wordWrap=True)
        self.pages = QWidget()
        self.pages_layout = QVBoxLayout(self.pages)
        self.pages_layout.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        self.pages_layout.setSpacing(16)
        self.scroll = QScrollArea(widgetResizable=True, objectName="documentPages")
        self.scroll.setWidget(self.pages)
        self.scroll.setStyleSheet("QScrollArea { background: #808080; }")
        self.pages.setStyleSheet("background: #808080;")
        self.text = QPlainTextEdit(readOnly=True, objectName="documentText")
        self.text.hide()
        self.buttons = buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        self.export_button: QPushButton | None = None
        if on_export is not None:
            self.export_button = buttons.addButton(
                self.tr("&Export…"), QDialogButtonBox.ButtonRole.ActionRole
            )
            self.export_button.clicked.connect(on_export)
        layout = QVBoxLayout(self)
        layout.addWidget(self.status)
        layout.addWidget(self.scroll, 1)
        layout.addWidget(self.text, 1)
        layout.addWidget(buttons)
        self.ready = False
        self.gone = False  # closed: pages drawn after that are not wanted
        run_in_background(lambda: pdf, page_view, self._show, self._failed)

    def sizeHint(self) -> QSize:
        # An A4 page at DPI is 910 px wide: it then fits without a sideways scroll. The pages
        # scroll in their area, so on a smaller screen the window is capped by it.
        return QSize(980, 860)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._fitted:
            self._fitted = True
            fit_to_screen(self)

    def page_labels(self) -> list[QLabel]:
        return self.pages.findChildren(QLabel, "documentPage")

    def done(self, result: int) -> None:
        self.gone = True
        super().done(result)

    def _wanted(self) -> bool:
        # The drawing outlives a window closed at once; the panel deletes it on closing, and
        # its labels with it, so a late result must not touch them.
        return shiboken6.isValid(self) and not self.gone

    def _show(self, view: PageView) -> None:
        if not self._wanted():
            return
        self.ready = True
        if view.images:
            self.status.setText(self.tr("Pages: {count}").format(count=len(view.images)))
            for data in view.images:
                image = QImage.fromData(data, "PNG")
                page = QLabel(objectName="documentPage")
                pixmap = QPixmap.fromImage(image)
                page.setPixmap(pixmap)
                page.setFixedSize(pixmap.size())  # else the layout squeezes and crops the page
                page.setFrameShape(QFrame.Shape.Box)
                self.pages_layout.addWidget(page)
            self.scroll.verticalScrollBar().setValue(0)
            return
        # No page renderer on this computer: the text of each page, in reading order.
        self.status.setText(
            self.tr(
                "Page images cannot be drawn on this computer; the text of the document is "
                "shown. Export the document to see its layout."
            )
        )
        self.scroll.hide()
        self.text.show()
        self.text.setPlainText("\n\n".join(view.texts))

    def _failed(self, error: BaseException) -> None:
        if not self._wanted():
            return
        self.ready = True
        self.status.setStyleSheet("color: #b00020;")
        self.status.setText(
            self.tr("The document cannot be shown: {reason}").format(reason=describe_error(error))
        )
