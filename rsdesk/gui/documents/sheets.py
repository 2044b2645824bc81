"""Print-only documents of the service: the recovery-key sheet and the annual report."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

from rsdesk.domain.refusals import Refused

# reportlab and the document modules load on first use, not when the window starts.
from rsdesk.gui.documents import lazy as docs
from rsdesk.gui.documents.export import ERROR_STYLE, choose_pdf_target
from rsdesk.gui.gate import describe_error
from rsdesk.gui.qt import QEvent, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget, Signal
from rsdesk.gui.session import VaultSession
from rsdesk.gui.worker import run_in_background


def _render_and_write(kind: str, context: object, target: Path) -> Path:
    """Runs in a worker: draw the PDF and write it straight to the chosen file."""
    _title, pdf = docs.render_titled(kind, context)
    return docs.export_pdf(pdf, target)


class RecoverySheetSaver(QWidget):
    """«Сохранить лист с ключом (PDF)…» with the warning that the file is for printing only.

    The key sheet is the one document meant to leave as a file: nothing else can hold the key
    (it must never sit inside the vault it opens). It is printed and then deleted.
    """

    saved = Signal(object)

    def __init__(self, service_name: Callable[[], str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.service_name = service_name
        self.key = ""
        self.button = QPushButton(objectName="saveKeySheet")
        self.button.clicked.connect(self.save)
        self.warning = QLabel(wordWrap=True, objectName="keySheetWarning")
        self.status = QLabel(wordWrap=True, objectName="keySheetStatus")
        row = QHBoxLayout()
        row.addWidget(self.button)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(row)
        layout.addWidget(self.warning)
        layout.addWidget(self.status)
        self.set_key("")
        self.retranslate()

    def set_key(self, key: str) -> None:
        self.key = key
        self.button.setEnabled(bool(key))
        self.setVisible(bool(key))  # nothing to offer while the vault is still being created

    def save(self) -> None:
        if not self.key:
            return
        target = choose_pdf_target(
            self,
            self.tr("Save the recovery key sheet for printing"),
            self.tr("recovery key.pdf"),
        )
        if target is None:
            return
        context = docs.RecoveryKeyContext(self.service_name(), self.key, date.today())
        self.button.setEnabled(False)
        self.status.setStyleSheet("")
        self.status.setText(self.tr("Writing…"))
        run_in_background(
            lambda: (context, target),
            lambda args: _render_and_write("recovery_key", *args),
            self._saved,
            self._failed,
        )

    def _saved(self, path: Path) -> None:
        self.button.setEnabled(bool(self.key))
        self.status.setText(
            self.tr("Saved: {path}. Print it now, then delete the file.").format(path=path)
        )
        self.saved.emit(path)

    def _failed(self, error: BaseException) -> None:
        self.button.setEnabled(bool(self.key))
        self.status.setStyleSheet(ERROR_STYLE)
        self.status.setText(
            self.tr("The sheet was not saved: {reason}").format(reason=describe_error(error))
        )

    def retranslate(self) -> None:
        self.button.setText(self.tr("&Save the key sheet (PDF)…"))
        self.warning.setText(
            self.tr(
                "The sheet holds the key in plain view. Print it at once and delete the file "
                "(and empty the recycle bin): a copy left on a computer or a USB stick opens "
                "every case of the service."
            )
        )

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


class AnnualReportButton(QPushButton):
    """«Годовой отчёт (PDF)…»: the year's counts (no names) as a printable report."""

    # A sentence for the panel's notice line: where the report was saved, or why it was not.
    done = Signal(str)
    saved = Signal(object)

    def __init__(
        self, session: VaultSession, year: Callable[[], int], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent, objectName="annualReport")
        self.session = session
        self.year = year
        self.clicked.connect(self.save)
        self.retranslate()

    def save(self) -> None:
        desk = self.session.desk
        if desk is None or not self.session.is_open:
            return
        year = self.year()
        name = self.tr("annual report {year}.pdf").format(year=year)
        target = choose_pdf_target(self, self.tr("Save the annual report"), name)
        if target is None:
            return
        self.setEnabled(False)
        self.done.emit(self.tr("Making the annual report…"))
        # The figures are read through the Desk here; the worker draws and writes the PDF.
        run_in_background(
            lambda: (desk.annual_report_context(year), target),
            lambda args: _render_and_write("annual_report", *args),
            self._saved,
            self._failed,
        )

    def _saved(self, path: Path) -> None:
        self.setEnabled(True)
        self.done.emit(self.tr("The annual report is saved: {path}").format(path=path))
        self.saved.emit(path)

    def _failed(self, error: BaseException) -> None:
        self.setEnabled(True)
        if isinstance(error, Refused):  # a role, or a year the statistics cannot count
            reason = error.message
        elif isinstance(error, ValueError):
            reason = str(error)
        else:
            reason = describe_error(error)
        self.done.emit(self.tr("The annual report was not saved: {reason}").format(reason=reason))

    def retranslate(self) -> None:
        self.setText(self.tr("Annual &report (PDF)…"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
