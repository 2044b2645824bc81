"""«Региональный свод»: choose the services' files, add them up, show and save the tables."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from rsdesk.gui.qt import (
    QAbstractItemView,
    QCheckBox,
    QEvent,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QProgressBar,
    QPushButton,
    QSpinBox,
    Qt,
    QVBoxLayout,
    QWidget,
)
from rsdesk.gui.stats.jobs import (
    CancelledError,
    ProgressRelay,
    error_text,
    with_suffix,
)
from rsdesk.gui.stats.results import RegionalResults
from rsdesk.gui.worker import run_in_background
from rsdesk.stats.aggregate import Result, aggregate
from rsdesk.stats.fileformat import EXTENSION, write_whole
from rsdesk.stats.registry import Registry
from rsdesk.stats.tables_out import write_pdf, write_xlsx
from rsdesk.stats.yearly import FIRST_YEAR, LAST_YEAR
from rsdesk.stats.years import YearTables


class RegionalPanel(QWidget):
    """Works without any service file open: a regional centre may have no service of its own."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.result: Result | None = None
        self.relay: ProgressRelay | None = None
        self.registry: Registry | None = None
        self.paths = QListWidget(objectName="regionalPaths")
        self.paths.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.paths.setMaximumHeight(64)
        self.add_files = QPushButton(objectName="regionalAddFiles")
        self.add_folder = QPushButton(objectName="regionalAddFolder")
        self.remove = QPushButton(objectName="regionalRemove")
        self.add_files.clicked.connect(self.choose_files)
        self.add_folder.clicked.connect(self.choose_folder)
        self.remove.clicked.connect(self.remove_selected)
        self.only_year = QCheckBox(objectName="regionalOnlyYear")
        self.year = QSpinBox(objectName="regionalYear", enabled=False)
        self.year.setRange(FIRST_YEAR, LAST_YEAR)
        self.year.setValue(date.today().year - 1)
        self.only_year.toggled.connect(self.year.setEnabled)
        self.run_button = QPushButton(objectName="regionalRun", enabled=False)
        self.run_button.clicked.connect(self.run)
        self.stop_button = QPushButton(objectName="regionalStop", visible=False)
        self.stop_button.clicked.connect(self.stop)
        self.progress = QProgressBar(objectName="regionalProgress")
        self.progress.setRange(0, 1)
        self.progress.setValue(0)
        self.status = QLabel(objectName="regionalStatus", wordWrap=True)
        self.results = RegionalResults()
        self.compared: YearTables | None = None  # the years side by side, once compared
        self.results.years.compare_requested.connect(self.compare_years)
        # Unticked, the XLSX and PDF are for publication: small cells hidden (suppress.py).
        self.working = QCheckBox(objectName="regionalWorking")
        self.save_xlsx = QPushButton(objectName="regionalXlsx", enabled=False)
        self.save_pdf = QPushButton(objectName="regionalPdf", enabled=False)
        self.save_xlsx.clicked.connect(lambda: self.save(".xlsx"))
        self.save_pdf.clicked.connect(lambda: self.save(".pdf"))
        self.registry_button = QPushButton(objectName="regionalRegistry")
        self.registry_button.clicked.connect(self.open_registry)

        self.paths_label = QLabel()
        self.paths_label.setBuddy(self.paths)
        # The tables need the height: the choice of files stays compact above them.
        choose_row = QHBoxLayout()
        for button in (self.add_files, self.add_folder, self.remove):
            choose_row.addWidget(button)
        choose_row.addStretch(1)
        choose_row.addWidget(self.only_year)
        choose_row.addWidget(self.year)
        choose_row.addSpacing(12)
        choose_row.addWidget(self.run_button)
        choose_row.addWidget(self.stop_button)
        progress_row = QHBoxLayout()
        progress_row.addWidget(self.progress, 1)
        progress_row.addSpacing(12)
        progress_row.addWidget(self.registry_button)
        progress_row.addWidget(self.save_xlsx)
        progress_row.addWidget(self.save_pdf)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addWidget(self.paths_label)
        layout.addWidget(self.paths)
        layout.addLayout(choose_row)
        layout.addLayout(progress_row)
        # The row of buttons above is full on a 1024-pixel screen: the choice of working
        # tables sits at the end of the status line, still next to the save buttons.
        status_row = QHBoxLayout()
        status_row.addWidget(self.status, 1)
        status_row.addWidget(self.working, 0, Qt.AlignmentFlag.AlignTop)
        layout.addLayout(status_row)
        layout.addWidget(self.results, 1)
        self.retranslate()

    # --- choosing -----------------------------------------------------------------------------

    def chosen_paths(self) -> list[str]:
        return [self.paths.item(i).text() for i in range(self.paths.count())]

    def add_paths(self, paths: list[str]) -> None:
        known = set(self.chosen_paths())
        for path in paths:
            if path and path not in known:
                known.add(path)
                self.paths.addItem(path)
        self._update_buttons()

    def _start_folder(self) -> str:
        chosen = self.chosen_paths()
        if not chosen:
            return str(Path.home())
        last = Path(chosen[-1])
        return str(last if last.is_dir() else last.parent)

    def choose_files(self) -> None:
        files, _ = QFileDialog.getOpenFileNames(
            self,
            self.tr("Choose the services' statistics files"),
            self._start_folder(),
            self.tr("Statistics files (*{suffix} *.json);;All files (*)").format(suffix=EXTENSION),
        )
        self.add_paths(files)

    def choose_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(
            self, self.tr("Choose a folder with statistics files"), self._start_folder()
        )
        if folder:
            self.add_paths([folder])

    def remove_selected(self) -> None:
        for item in self.paths.selectedItems():
            self.paths.takeItem(self.paths.row(item))
        self._update_buttons()

    # --- adding up ----------------------------------------------------------------------------

    def _update_buttons(self) -> None:
        running = self.relay is not None
        for button in (self.add_files, self.add_folder):
            button.setEnabled(not running)
        self.remove.setEnabled(not running and self.paths.count() > 0)
        self.run_button.setEnabled(not running and self.paths.count() > 0)
        self.stop_button.setVisible(running)
        has_tables = self.result is not None and not running
        self.save_xlsx.setEnabled(has_tables)
        self.save_pdf.setEnabled(has_tables)
        self.results.years.set_ready(not running and self.paths.count() > 0)
        self.registry_button.setEnabled(not running)  # a run saves the registry at its end

    def run(self) -> None:
        paths = self.chosen_paths()
        if not paths or self.relay is not None:
            return
        year = self.year.value() if self.only_year.isChecked() else None
        from rsdesk.stats import registry as services

        # The services' pinned keys: a file signed with another key is not counted.
        try:
            registry = self.registry = services.load(services.default_path())
        except services.RegistryError as error:
            self.status.setText(error.message)
            return
        relay = self.relay = ProgressRelay(self)
        relay.progressed.connect(self._progressed)
        self.progress.setRange(0, 0)  # busy until the first file is read and the total known
        self.status.setText(self.tr("Checking the signatures and adding up…"))
        self._update_buttons()
        run_in_background(
            lambda: (paths, year),
            lambda args: aggregate(args[0], year=args[1], progress=relay.report, registry=registry),
            lambda result: self._finished(relay, result),
            lambda error: self._failed(relay, error),
        )

    def stop(self) -> None:
        if self.relay is not None:
            self.relay.cancel_requested = True
            self.status.setText(self.tr("Stopping…"))

    def _progressed(self, done: int, total: int) -> None:
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(done)

    def _end(self, relay: ProgressRelay) -> None:
        if self.progress.maximum() == 0:  # nothing was read at all (no files found)
            self.progress.setRange(0, 1)
            self.progress.setValue(1)
        self.relay = None
        relay.deleteLater()

    def _finished(self, relay: ProgressRelay, result: Result) -> None:
        self._end(relay)
        self.result = result
        from rsdesk.stats import registry as services

        try:
            if self.registry is not None:
                services.save(self.registry, services.default_path())
        except OSError as error:
            self.results.show_result(result)
            self._update_buttons()
            self.status.setText(error_text(error))
            return
        self.results.show_result(result)
        self._update_buttons()
        if result.accepted:
            self.status.setText(self.results.summary())
        else:
            self.status.setText(
                self.results.summary()
                + " "
                + self.tr("No file was accepted: see the Files tab for the reasons.")
            )
            self.results.setCurrentIndex(3)

    def _failed(self, relay: ProgressRelay, error: BaseException) -> None:
        self._end(relay)
        self._update_buttons()
        if isinstance(error, CancelledError):
            self.progress.setValue(0)
            self.status.setText(self.tr("Stopped. The tables shown are from the last summary."))
        else:
            self.status.setText(error_text(error))

    def open_registry(self) -> None:
        """«Реестр служб…»: rsdesk/gui/stats/registry_dialog.py (it deletes itself when closed)."""
        from rsdesk.gui.stats.registry_dialog import RegistryDialog

        RegistryDialog(self.result, self).open()

    # --- years side by side -------------------------------------------------------------------

    def compare_years(self, first: int, last: int) -> None:
        paths = self.chosen_paths()
        if not paths or self.relay is not None:
            return
        from rsdesk.stats import registry as services
        from rsdesk.stats.years import aggregate_years

        try:
            registry = self.registry = services.load(services.default_path())
        except services.RegistryError as error:
            self.status.setText(error.message)
            return
        relay = self.relay = ProgressRelay(self)
        relay.progressed.connect(self._progressed)
        self.progress.setRange(0, 0)
        self.status.setText(self.tr("Adding up each year…"))
        self._update_buttons()
        run_in_background(
            lambda: (paths, list(range(first, last + 1))),
            lambda args: aggregate_years(
                args[0], args[1], registry=registry, progress=relay.report
            ),
            lambda years: self._compared(relay, years),
            lambda error: self._failed(relay, error),
        )

    def _compared(self, relay: ProgressRelay, years: YearTables) -> None:
        self._end(relay)
        self.compared = years
        from rsdesk.stats import registry as services

        try:
            if self.registry is not None:
                services.save(self.registry, services.default_path())
        except OSError as error:
            self.status.setText(error_text(error))
        else:
            self.status.setText(self.tr("The years are side by side on «Over the years»."))
        self.results.years.show_years(years)
        self.results.setCurrentWidget(self.results.years)
        self._update_buttons()

    # --- saving -------------------------------------------------------------------------------

    def save(self, suffix: str) -> None:
        result = self.result
        if result is None:
            return
        name = self.tr("regional-summary-{year}").format(
            year=result.year if result.year is not None else "—"
        )
        kinds = {".xlsx": self.tr("Excel workbook (*.xlsx)"), ".pdf": self.tr("PDF (*.pdf)")}
        chosen, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Save the regional summary"),
            str(Path(self._start_folder()) / f"{name}{suffix}"),
            kinds[suffix],
        )
        if not chosen:
            return
        target = with_suffix(chosen, suffix)
        publish = not self.working.isChecked()
        compared = self.compared
        # The years go into the files of a summary of one of them.
        years = compared if compared is not None and result.year in compared.years else None
        if suffix == ".xlsx":

            def writer(res: Result, path: Path) -> Path:
                return write_xlsx(res, path, publish=publish, years=years)

        else:

            def writer(res: Result, path: Path) -> Path:
                return write_pdf(res, path, publish=publish, years=years)

        for button in (self.save_xlsx, self.save_pdf):
            button.setEnabled(False)
        self.status.setText(self.tr("Writing…"))
        run_in_background(
            lambda: (target, result),
            lambda args: write_whole(args[0], lambda path: writer(args[1], path)),
            self._saved,
            self._save_failed,
        )

    def _saved(self, path: Path) -> None:
        self._update_buttons()
        self.status.setText(self.tr("Saved: {path}").format(path=path))

    def _save_failed(self, error: BaseException) -> None:
        self._update_buttons()
        self.status.setText(error_text(error))

    # --- language -----------------------------------------------------------------------------

    def retranslate(self) -> None:
        self.paths_label.setText(
            self.tr("&Statistics files of the services (files or folders to search):")
        )
        self.add_files.setText(self.tr("Add &files…"))
        self.add_folder.setText(self.tr("Add a f&older…"))
        self.remove.setText(self.tr("&Remove from the list"))
        self.only_year.setText(self.tr("Only the &year:"))
        self.only_year.setToolTip(
            self.tr("Without a year, the summary is made for the year most files carry.")
        )
        self.run_button.setText(self.tr("&Add up"))
        self.stop_button.setText(self.tr("S&top"))
        self.save_xlsx.setText(self.tr("Save &XLSX…"))
        self.save_pdf.setText(self.tr("Save &PDF…"))
        self.working.setText(self.tr("&Working tables"))
        self.working.setToolTip(
            self.tr(
                "Exact figures for the regional centre, not for publication. Unticked, values "
                "below 3 of one municipality or one service are hidden as «<3»."
            )
        )
        self.registry_button.setText(self.tr("Registry of ser&vices…"))
        self.progress.setFormat(self.tr("%v of %m files"))
        if self.result is None and self.relay is None:
            self.status.setText(
                self.tr(
                    "Add the files the services sent, or a folder with them, and press «Add up». "
                    "Every file's signature is checked; a file that fails is listed with the "
                    "reason and never counted."
                )
            )

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
