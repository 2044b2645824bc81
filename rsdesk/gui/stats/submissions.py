"""The submission tracker of the registry dialog: for the year of the last summary, which
registered services have sent a valid file and which have not, the files rejected and why,
and the list of those with no file as XLSX or PDF, to send reminders from."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from datetime import date
from pathlib import Path

from rsdesk.gui.qt import (
    QAbstractItemView,
    QColor,
    QEvent,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
    Signal,
)
from rsdesk.gui.stats.jobs import error_text, with_suffix
from rsdesk.gui.worker import run_in_background
from rsdesk.stats import registry as services
from rsdesk.stats.aggregate import Result
from rsdesk.stats.fileformat import write_whole

# The colours of the summary's Files tab (rsdesk/gui/stats/results.py) for the same states.
REFUSED = QColor("#fbe3e3")
NEW = QColor("#fff4d6")
MISSING = QColor("#e8eef8")


def table(name: str, columns: int) -> QTableWidget:
    view = QTableWidget(0, columns, objectName=name)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setWordWrap(True)
    view.setAlternatingRowColors(True)
    view.verticalHeader().hide()
    return view


def cell(text: str, *, tip: str = "") -> QTableWidgetItem:
    item = QTableWidgetItem(text)
    item.setToolTip(tip or text)
    return item


class SubmissionsPage(QWidget):
    """Shows `result` (the panel's last summary, None before any) against the registry."""

    said = Signal(str)  # what became of a save, for the dialog's status line
    idle = Signal()  # a save in the background has ended

    def __init__(self, today: Callable[[], date], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.today = today
        self.result: Result | None = None
        self.registry: services.Registry | None = None
        self.writing = False
        self.title = QLabel(objectName="registryTrackerTitle", wordWrap=True)
        self.tracker = table("registrySubmissions", 3)
        self.refused_title = QLabel(objectName="registryRefusedTitle", wordWrap=True)
        self.refused = table("registryRefused", 2)
        self.missing_xlsx = QPushButton(objectName="registryMissingXlsx")
        self.missing_pdf = QPushButton(objectName="registryMissingPdf")
        self.missing_xlsx.clicked.connect(lambda: self.save_missing(".xlsx"))
        self.missing_pdf.clicked.connect(lambda: self.save_missing(".pdf"))
        save_row = QHBoxLayout()
        save_row.addStretch(1)
        save_row.addWidget(self.missing_xlsx)
        save_row.addWidget(self.missing_pdf)
        column = QVBoxLayout(self)
        column.addWidget(self.title)
        column.addWidget(self.tracker, 3)
        column.addWidget(self.refused_title)
        column.addWidget(self.refused, 2)
        column.addLayout(save_row)
        self.retranslate()

    def tracked(self) -> Result | None:
        """The last summary with its missing services worked out against the registry as it is
        now (a service imported or confirmed since is taken into account)."""
        if self.result is None or self.registry is None:
            return self.result
        missing = services.missing(self.registry, self.result.counted_ids)
        return dataclasses.replace(
            self.result, missing=[(s.name, s.municipality, s.service_id) for s in missing]
        )

    def show_for(self, result: Result | None, registry: services.Registry | None) -> None:
        self.result, self.registry = result, registry
        tracked = self.tracked()
        self.tracker.setRowCount(0)
        self.refused.setRowCount(0)
        self._update_buttons()
        if tracked is None:
            self.title.setText(
                self.tr(
                    "Add up the services' files first («Add up» in the regional summary): "
                    "then this shows who has sent a valid file for the year and who has not."
                )
            )
            self.refused_title.setText("")
            return
        counted = set(tracked.counted_ids)
        known = list(registry.services.values()) if registry is not None else []
        sent = sorted(
            (s for s in known if s.service_id in counted), key=lambda s: (s.municipality, s.name)
        )
        self.title.setText(
            self.tr(
                "Year {year}: {sent} of {registered} registered services sent a valid file, "
                "{missing} have not."
            ).format(
                year=tracked.year if tracked.year is not None else "—",
                sent=len(sent),
                registered=len(known),
                missing=len(tracked.missing),
            )
        )
        rows = [(name, place, False) for name, place, _id in tracked.missing]
        rows += [(s.name, s.municipality, True) for s in sent]
        self.tracker.setRowCount(len(rows))
        for row, (name, place, has_file) in enumerate(rows):
            state = self.tr("a valid file is counted") if has_file else self.tr("no valid file")
            for column, item in enumerate((cell(place), cell(name), cell(state))):
                if not has_file:
                    item.setBackground(MISSING)
                self.tracker.setItem(row, column, item)
        self.refused_title.setText(
            self.tr("Files rejected in this summary: {count}").format(count=len(tracked.rejected))
        )
        self.refused.setRowCount(len(tracked.rejected))
        for row, (name, reason) in enumerate(tracked.rejected):
            self.refused.setItem(row, 0, cell(Path(name).name, tip=name))
            self.refused.setItem(row, 1, cell(reason))
        for view, stretch in ((self.tracker, 1), (self.refused, 1)):
            header = view.horizontalHeader()
            header.setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
            header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
            view.setColumnWidth(0, 200)
        self.tracker.horizontalHeader().setSectionResizeMode(
            2, QHeaderView.ResizeMode.ResizeToContents
        )
        for view in (self.tracker, self.refused):
            view.resizeRowsToContents()

    def _update_buttons(self) -> None:
        can = self.result is not None and not self.writing
        self.missing_xlsx.setEnabled(can)
        self.missing_pdf.setEnabled(can)

    def save_missing(self, suffix: str) -> None:
        result = self.tracked()
        if result is None or self.writing:
            return
        kinds = {".xlsx": self.tr("Excel workbook (*.xlsx)"), ".pdf": self.tr("PDF (*.pdf)")}
        name = self.tr("no-file-{year}").format(year=result.year or "")
        chosen, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Save the list of services with no file"),
            str(Path.home() / f"{name}{suffix}"),
            kinds[suffix],
        )
        if not chosen:
            return
        from rsdesk.stats.tracker import write_missing

        target = with_suffix(chosen, suffix)
        today = self.today()
        as_pdf = suffix == ".pdf"

        def write(args: tuple[str, Result]) -> Path:
            return write_whole(args[0], lambda p: write_missing(args[1], p, today, pdf=as_pdf))

        self.writing = True
        self._update_buttons()
        self.said.emit(self.tr("Writing…"))
        run_in_background(
            lambda: (target, result),
            lambda args: write_whole(
                args[0], lambda p: write_missing(args[1], p, today, pdf=as_pdf)
            ),
            lambda path: self._written(self.tr("Saved: {path}").format(path=path)),
            lambda error: self._written(error_text(error)),
        )

    def _written(self, said: str) -> None:
        self.writing = False
        self._update_buttons()
        self.said.emit(said)
        self.idle.emit()

    def retranslate(self) -> None:
        self.tracker.setHorizontalHeaderLabels(
            [self.tr("Municipality"), self.tr("Service"), self.tr("File for the year")]
        )
        self.refused.setHorizontalHeaderLabels([self.tr("File"), self.tr("Why")])
        self.missing_xlsx.setText(self.tr("Services with no file: save as &XLSX…"))
        self.missing_pdf.setText(self.tr("Services with no file: save as &PDF…"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
            self.show_for(self.result, self.registry)
        super().changeEvent(event)
