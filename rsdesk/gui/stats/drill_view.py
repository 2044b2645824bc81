"""«Разбивка»: Table 1 or 2 for the whole region, by municipality or by service.

The operator sees the working view (exact figures) unless «как для публикации» is ticked:
then the cells are shown as the XLSX and PDF print them («<3», «×»).
"""

from __future__ import annotations

import shiboken6

from rsdesk.gui.qt import (
    QCheckBox,
    QComboBox,
    QEvent,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    Qt,
    QVBoxLayout,
    QWidget,
)
from rsdesk.gui.stats.cells import make_table, number_item, text_item
from rsdesk.gui.worker import run_in_background
from rsdesk.stats.aggregate import Result
from rsdesk.stats.drill_out import Grid, exposed_note, make_grid
from rsdesk.stats.drilldown import MUNICIPALITY, SERVICE, all_drills
from rsdesk.stats.short_labels import marks_note, working_note
from rsdesk.stats.suppress import Publication, protect

REGION = "region"
VIEWS = (REGION, MUNICIPALITY, SERVICE)
KINDS = ("school", "territorial")


class DrillPage(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("regionalDrill")
        self.result: Result | None = None
        self.publication: Publication | None = None
        self.working_out = False  # the published form is being worked out
        self.view = QComboBox(objectName="drillView")
        self.kind = QComboBox(objectName="drillKind")
        self.publish = QCheckBox(objectName="drillPublish")
        self.view_label = QLabel()
        self.view_label.setBuddy(self.view)
        self.kind_label = QLabel()
        self.kind_label.setBuddy(self.kind)
        self.note = QLabel(objectName="drillNote", wordWrap=True)
        self.table = make_table("drillTable")
        # The short headings still take two or three words: let them wrap over three lines.
        header = self.table.horizontalHeader()
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap)
        header.setMinimumHeight(3 * self.fontMetrics().height() + 8)
        row = QHBoxLayout()
        row.addWidget(self.view_label)
        row.addWidget(self.view)
        row.addSpacing(12)
        row.addWidget(self.kind_label)
        row.addWidget(self.kind)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addLayout(row)
        layout.addWidget(self.publish, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.note)
        layout.addWidget(self.table, 1)
        for _ in VIEWS:
            self.view.addItem("")
        for _ in KINDS:
            self.kind.addItem("")
        self.view.currentIndexChanged.connect(self.refresh)
        self.kind.currentIndexChanged.connect(self.refresh)
        self.publish.toggled.connect(self.refresh)
        self.retranslate()

    def show_result(self, result: Result | None) -> None:
        if result is not self.result:
            self.publication = None  # worked out again when first asked for
        self.result = result
        self.refresh()

    def current_grid(self) -> Grid | None:
        result = self.result
        if result is None:
            return None
        kind = KINDS[max(self.kind.currentIndex(), 0)]
        view = VIEWS[max(self.view.currentIndex(), 0)]
        if self.publish.isChecked() and self.publication is None:
            self._protect(result)
            return None  # shown when the hiding is worked out
        publication = self.publication if self.publish.isChecked() else None
        drills = publication.drills if publication is not None else all_drills(result)
        shown = MUNICIPALITY if view == REGION else view
        grid = make_grid(result, kind, shown, drills[(kind, shown)], publication)
        if view == REGION:  # the region's row alone: the regional figures as columns
            grid = Grid(kind, view, grid.title, grid.headings, (), grid.total, grid.labels)
        return grid

    def _protect(self, result: Result) -> None:
        """Works out the published form off the GUI thread: thousands of services take a while."""
        if self.working_out:
            return
        self.working_out = True
        self.note.setText(self.tr("Working out which cells to hide…"))

        def done(publication: Publication) -> None:
            if not shiboken6.isValid(self):  # the window closed meanwhile
                return
            self.working_out = False
            if self.result is result:
                self.publication = publication
            self.refresh()  # for a newer summary, this starts its own working out

        def failed(error: BaseException) -> None:
            if not shiboken6.isValid(self):
                return
            self.working_out = False
            self.note.setText(str(error))

        run_in_background(lambda: result, protect, done, failed)

    def refresh(self) -> None:
        table = self.table
        grid = self.current_grid()
        if grid is None:
            # Nothing shown while the published form is worked out: exact figures must not
            # sit under «as published».
            table.setRowCount(0)
            table.setColumnCount(0)
            if self.result is None:
                self.note.clear()
            return
        rows = [*grid.rows, grid.total]
        table.setColumnCount(len(grid.headings))
        table.setHorizontalHeaderLabels(list(grid.headings))
        table.setRowCount(len(rows))
        header = table.horizontalHeader()
        for column in range(len(grid.headings)):
            mode = QHeaderView.ResizeMode.Interactive
            header.setSectionResizeMode(column, mode)
            table.setColumnWidth(column, 200 if column < grid.labels else 78)
        for index, row in enumerate(rows):
            last = index == len(rows) - 1
            for column, value in enumerate(row):
                if column < grid.labels:
                    item = text_item(str(value), bold=last)
                    item.setToolTip(str(value))
                elif isinstance(value, int):
                    item = number_item(value)
                else:
                    item = number_item(0)
                    item.setText(str(value))
                table.setItem(index, column, item)
        table.resizeRowsToContents()
        if self.publish.isChecked():
            text = marks_note()
            extra = exposed_note(self.publication)
            self.note.setText(f"{text} {extra}".strip())
        else:
            self.note.setText(working_note())

    def cell_text(self, row_label: str, column: int) -> str:
        """The text shown for the unit `row_label` in `column` (for checks and tests)."""
        for row in range(self.table.rowCount()):
            item = self.table.item(row, 0)
            if item is not None and item.text() == row_label:
                cell = self.table.item(row, column)
                return cell.text() if cell is not None else ""
        raise KeyError(row_label)

    def retranslate(self) -> None:
        self.view_label.setText(self.tr("&Show:"))
        self.kind_label.setText(self.tr("&Table:"))
        for index, text in enumerate(
            (self.tr("The whole region"), self.tr("By municipality"), self.tr("By service"))
        ):
            self.view.setItemText(index, text)
        for index, text in enumerate(
            (self.tr("Table 1: school services"), self.tr("Table 2: territorial services"))
        ):
            self.kind.setItemText(index, text)
        self.publish.setText(self.tr("As &published (values below 3 hidden)"))
        self.publish.setToolTip(
            self.tr("The XLSX and PDF show the tables this way unless «Working tables» is ticked.")
        )
        self.refresh()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
