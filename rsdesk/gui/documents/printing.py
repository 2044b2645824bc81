"""«Печать…»: a document's pages through the system's print dialog, drawn by QtPdf.

Nothing is written on the way: each page is drawn into memory at the printer's resolution
(capped) and painted onto the QPrinter, which hands it to the system's spooler. QtPdf draws
pixels, not PDF text, so the printer gets page images; a layer of invisible text over each
page, where QtPdf found text, keeps a "print to PDF" copy searchable and copyable.
"""

from __future__ import annotations

from typing import Any

# Not in rsdesk.gui.qt: only printing needs this module, so only printing loads it.
from PySide6.QtPrintSupport import QPrintDialog, QPrinter

from rsdesk.gui.documents import pdf_pages
from rsdesk.gui.qt import QColor, QFont, QPageLayout, QPageSize, QPainter, QPointF, QRectF

# 300 dpi reads like the original on paper; an A4 page then takes 35 MB while it is painted
# (one page at a time), where a 1200 dpi printer's own resolution would take 550 MB.
MAX_DPI = 300


class PrinterRefusedError(Exception):
    """The printer could not be started (gone, off line, a file it may not write)."""

    def __init__(self, printer: str) -> None:
        super().__init__(printer)
        self.printer = printer


def printer_for_a4() -> QPrinter:
    """A printer set up for rsdesk's pages: A4 portrait, the full page (the PDFs keep their
    own margins)."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    printer.setPageOrientation(QPageLayout.Orientation.Portrait)
    printer.setFullPage(True)
    return printer


def ask_and_print(pdf: bytes, title: str, parent: Any, printer: QPrinter | None = None) -> bool:
    """Show the print dialog; print when the user accepts. True when the pages were sent."""
    printer = printer or printer_for_a4()
    printer.setDocName(title)
    dialog = QPrintDialog(printer, parent)  # titled «Печать» by Qt's own translation
    with pdf_pages.opened(pdf) as document:
        dialog.setMinMax(1, max(1, document.pageCount()))
    if dialog.exec() != QPrintDialog.DialogCode.Accepted:
        return False
    print_pdf(pdf, printer)
    return True


def _pages_chosen(printer: QPrinter, count: int) -> range:
    first, last = printer.fromPage(), printer.toPage()
    if first <= 0 or last <= 0:  # «Все»: the dialog leaves both at 0
        return range(count)
    return range(max(first, 1) - 1, min(last, count))


def print_pdf(pdf: bytes, printer: QPrinter) -> int:
    """Paint the pages the printer asks for onto it; the number of pages printed."""
    with pdf_pages.opened(pdf) as document:
        pages = _pages_chosen(printer, document.pageCount())
        painter = QPainter()
        if not painter.begin(printer):
            raise PrinterRefusedError(printer.printerName() or printer.outputFileName())
        try:
            for n, index in enumerate(pages):
                if n:
                    printer.newPage()
                _paint_page(painter, printer, document, index)
        finally:
            painter.end()
        return len(pages)


def _paint_page(painter: QPainter, printer: QPrinter, document: Any, index: int) -> None:
    target = QRectF(printer.pageRect(QPrinter.Unit.DevicePixel))
    points = document.pagePointSize(index)
    # The page scaled to fit the paper, keeping its shape, centred.
    scale = min(target.width() / points.width(), target.height() / points.height())
    width, height = points.width() * scale, points.height() * scale
    box = QRectF(
        target.x() + (target.width() - width) / 2,
        target.y() + (target.height() - height) / 2,
        width,
        height,
    )
    dpi = min(printer.resolution(), MAX_DPI)
    image = pdf_pages.render_page(document, index, pdf_pages.page_size(document, index, dpi))
    painter.drawImage(box, image)
    _paint_text_layer(painter, document, index, box, scale)


def _paint_text_layer(
    painter: QPainter, document: Any, index: int, box: QRectF, scale: float
) -> None:
    """QtPdf's text of each line, invisible, where the line is on the page."""
    painter.save()
    painter.setPen(QColor(0, 0, 0, 0))
    for bounds in document.getAllText(index).bounds():
        line = bounds.boundingRect()  # in points from the page's top left
        text = document.getSelection(index, line.topLeft(), line.bottomRight()).text().strip()
        if not text or line.height() <= 0:
            continue
        font = QFont()
        font.setPixelSize(max(1, round(line.height() * scale * 0.8)))
        painter.setFont(font)
        origin = QPointF(box.x() + line.x() * scale, box.y() + line.bottom() * scale)
        painter.drawText(origin, text.replace("\n", " "))
    painter.restore()
