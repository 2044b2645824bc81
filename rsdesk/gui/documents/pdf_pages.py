"""PDF pages drawn by QtPdf (Qt's PDFium) from bytes in memory: nothing goes to disk.

QtPdf comes with PySide6-Addons. Where it is missing (an install without it) `available()`
says so and the viewer shows the document's text instead; nothing here needs poppler, which
no Windows PC has.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from rsdesk.gui.qt import QBuffer, QByteArray, QImage, QIODevice, QPainter, QSize, Qt


class PdfUnreadableError(Exception):
    """QtPdf could not open the bytes: damaged, or the password is missing or wrong."""

    def __init__(self, wrong_password: bool) -> None:
        super().__init__("wrong password" if wrong_password else "unreadable PDF")
        self.wrong_password = wrong_password


def _module() -> Any | None:
    try:
        from PySide6 import QtPdf
    except ImportError:
        return None
    return QtPdf


def available() -> bool:
    return _module() is not None


@contextmanager
def opened(pdf: bytes, password: str | None = None) -> Iterator[Any]:
    """A QPdfDocument over a QBuffer holding `pdf`, closed on leaving.

    Loading from a QIODevice that is all there is synchronous, so this also works in a worker
    thread with no event loop; the document and its buffer live and die in the caller's thread.
    """
    qtpdf = _module()
    if qtpdf is None:
        raise RuntimeError("QtPdf is not installed")
    buffer = QBuffer()
    buffer.setData(QByteArray(pdf))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    document = qtpdf.QPdfDocument(None)
    try:
        if password:
            document.setPassword(password)
        document.load(buffer)
        if document.status() != qtpdf.QPdfDocument.Status.Ready:
            wrong = document.error() == qtpdf.QPdfDocument.Error.IncorrectPassword
            raise PdfUnreadableError(wrong)
        yield document
    finally:
        # Owned by Python (no parent): gone with the last reference, in this thread too.
        document.close()
        buffer.close()


def page_size(document: Any, index: int, dpi: float) -> QSize:
    """The page's size in pixels at `dpi` (its point size is in 1/72 inch)."""
    points = document.pagePointSize(index)
    return QSize(round(points.width() * dpi / 72), round(points.height() * dpi / 72))


def render_page(document: Any, index: int, size: QSize) -> QImage:
    """The page on white paper: PDFium leaves what the PDF does not paint transparent, which
    the viewer's grey background (and a printer's black for no alpha) would show through."""
    drawn = document.render(index, size)
    if drawn.isNull():
        raise ValueError(f"page {index + 1} was not drawn")
    page = QImage(drawn.size(), QImage.Format.Format_RGB32)
    page.fill(Qt.GlobalColor.white)
    painter = QPainter(page)  # painting on a QImage is allowed in any thread
    painter.drawImage(0, 0, drawn)
    painter.end()
    return page


def page_images(pdf: bytes, dpi: float, password: str | None = None) -> tuple[QImage, ...]:
    """Every page as an image at `dpi`; QImage may cross threads, so a worker may call this."""
    with opened(pdf, password) as document:
        return tuple(
            render_page(document, index, page_size(document, index, dpi))
            for index in range(document.pageCount())
        )
