"""Shows a decrypted PDF inside the app, page by page, without writing it anywhere."""

from __future__ import annotations

import io
from collections.abc import Callable
from dataclasses import dataclass

import shiboken6

from rsdesk.gui.documents import pdf_pages
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


@dataclass(frozen=True)
class PageView:
    """What the viewer shows: images of the pages when they could be drawn, else text."""

    images: tuple[QImage, ...]
    texts: tuple[str, ...]


def _rasterizer() -> Callable[[bytes], tuple[QImage, ...]] | None:
    # QtPdf (PySide6-Addons) draws the pages from memory on every system, Windows included,
    # where poppler is not to be had; without it the viewer falls back to the text.
    if not pdf_pages.available():
        return None
    return lambda pdf: pdf_pages.page_images(pdf, DPI)


def page_view(pdf: bytes) -> PageView:
    """Pages of a PDF held in memory; runs in a worker (drawing takes a moment per page)."""
    draw = _rasterizer()
    if draw is not None:
        try:
            return PageView(draw(pdf), ())
        except (pdf_pages.PdfUnreadableError, ValueError, RuntimeError):
            pass  # the text below still shows the document, or says why it cannot
    from pypdf import PdfReader

    reader = PdfReader(io.BytesIO(pdf))
    return PageView((), tuple(page.extract_text() or "" for page in reader.pages))


class DocumentViewer(QDialog):
    """A read-only window with the document's pages; «Печать…» and «Экспорт…» from here too."""

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
        self._pdf = pdf
        self.print_button = buttons.addButton(
            self.tr("&Print…"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.print_button.clicked.connect(self.print_document)
        if not pdf_pages.available():
            self.print_button.setEnabled(False)
            self.print_button.setToolTip(
                self.tr(
                    "Printing needs the PDF module of Qt (PySide6-Addons), which is not "
                    "installed on this computer. Export the document and print the file."
                )
            )
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
            for image in view.images:
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

    def print_document(self) -> None:
        """The system's print dialog for this document; the pages go to the printer only."""
        from rsdesk.gui.documents import printing

        try:
            sent = printing.ask_and_print(self._pdf, self.windowTitle(), self)
        except printing.PrinterRefusedError as error:
            self._print_failed(
                self.tr("the printer «{name}» does not accept it.").format(name=error.printer)
            )
            return
        except (pdf_pages.PdfUnreadableError, ValueError, RuntimeError) as error:
            self._print_failed(describe_error(error))
            return
        if sent:
            self.status.setStyleSheet("")
            self.status.setText(self.tr("The document was sent to the printer."))

    def _print_failed(self, reason: str) -> None:
        self.status.setStyleSheet("color: #b00020;")
        self.status.setText(
            self.tr("The document could not be printed: {reason}").format(reason=reason)
        )
