"""The regional summary on screen: Table 1, Table 2, charts and what became of every file."""

from __future__ import annotations

from pathlib import Path

from rsdesk.gui.qt import (
    QColor,
    QEvent,
    QFrame,
    QHeaderView,
    QLabel,
    QScrollArea,
    QTableWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)
from rsdesk.gui.stats.cells import INDENT, make_table, number_item, text_item
from rsdesk.gui.stats.chart import BarChart
from rsdesk.gui.stats.drill_view import DrillPage
from rsdesk.gui.stats.years_view import YearsPage
from rsdesk.stats.aggregate import Result
from rsdesk.stats.labels import school_label, table_texts, territorial_label
from rsdesk.stats.tables import SCHOOL_TYPE_ROWS, TERRITORIAL_CATEGORY_ROWS, TERRITORIAL_TYPE_ROWS
from rsdesk.stats.tables_out import Line, summary_line, table1_lines, table2_lines

REJECTED_BACKGROUND = QColor("#fbe3e3")
WARNING_BACKGROUND = QColor("#fff4d6")
MISSING_BACKGROUND = QColor("#e8eef8")


class _TablePage(QWidget):
    """A title over one of the article's tables."""

    def __init__(self, name: str) -> None:
        super().__init__()
        self.title = QLabel(objectName=f"{name}Title", wordWrap=True)
        self.title.setStyleSheet("font-weight: bold; font-size: 12pt;")
        self.table = make_table(name)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.title)
        layout.addWidget(self.table, 1)

    def show_lines(self, lines: list[Line], headings: list[str], widths: tuple[int, ...]) -> None:
        table = self.table
        table.clearSpans()
        table.setColumnCount(len(headings))
        table.setHorizontalHeaderLabels(headings)
        table.setRowCount(len(lines))
        # Resize modes apply to existing sections only: set them after the columns exist.
        table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column, width in enumerate(widths, start=1):
            table.horizontalHeader().setSectionResizeMode(column, QHeaderView.ResizeMode.Fixed)
            table.setColumnWidth(column, width)
        for row, line in enumerate(lines):
            if not line.values:  # a heading across the table
                table.setItem(row, 0, text_item(line.label, bold=True))
                table.setSpan(row, 0, 1, len(headings))
                continue
            table.setItem(row, 0, text_item(INDENT + line.label if line.indent else line.label))
            for column, value in enumerate(line.values, start=1):
                table.setItem(row, column, number_item(value))
        table.resizeRowsToContents()


class RegionalResults(QTabWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("regionalResults")
        self.result: Result | None = None
        self.table1 = _TablePage("table1")
        self.table2 = _TablePage("table2")
        self.school_chart = BarChart("schoolChart")
        self.categories_chart = BarChart("categoriesChart")
        self.types_chart = BarChart("typesChart")
        charts = QWidget()
        column = QVBoxLayout(charts)
        for chart in (self.school_chart, self.categories_chart, self.types_chart):
            column.addWidget(chart)
        column.addStretch(1)
        self.charts = QScrollArea(objectName="regionalCharts", widgetResizable=True)
        self.charts.setFrameShape(QFrame.Shape.NoFrame)
        self.charts.setWidget(charts)
        self.files = make_table("regionalFiles")
        self.drill = DrillPage()
        self.years = YearsPage()
        self.addTab(self.table1, "")
        self.addTab(self.table2, "")
        self.addTab(self.charts, "")
        self.addTab(self.files, "")
        self.addTab(self.drill, "")
        self.addTab(self.years, "")
        self.retranslate()

    def show_result(self, result: Result | None) -> None:
        self.result = result
        if result is None:
            for page in (self.table1, self.table2):
                page.table.setRowCount(0)
                page.title.clear()
            self.files.setRowCount(0)
            for chart in (self.school_chart, self.categories_chart, self.types_chart):
                chart.set_data("", [], [])
            self.drill.show_result(None)
            self.retranslate()
            return
        texts = table_texts(result.year)
        self.table1.title.setText(texts["table1"])
        self.table1.show_lines(
            table1_lines(result),
            [
                texts["indicator"],
                texts["all"],
                f"{texts['acting']}\n{texts['acting_note']}",
            ],
            (130, 210),
        )
        self.table2.title.setText(texts["table2"])
        self.table2.show_lines(table2_lines(result), [texts["indicator"], texts["value"]], (130,))
        self._show_charts(result)
        self._show_files(result)
        self.drill.show_result(result)
        if result.year is not None and self.years.years is None:
            self.years.first.setValue(result.year - 2)
            self.years.last.setValue(result.year)
        self.retranslate()

    def _show_charts(self, result: Result) -> None:
        texts = table_texts(result.year)
        school = result.tables["school"]
        self.school_chart.set_data(
            self.tr("School services: completed programs by kind"),
            [texts["all"], texts["acting"]],
            [
                (school_label(key), (school["all"][key], school["acting"][key]))
                for key in SCHOOL_TYPE_ROWS
            ],
        )
        territorial = result.tables["territorial"]
        self.categories_chart.set_data(
            self.tr("Territorial services: completed programs by category of case"),
            [],
            [(territorial_label(key), (territorial[key],)) for key in TERRITORIAL_CATEGORY_ROWS],
        )
        self.types_chart.set_data(
            self.tr("Territorial services: completed programs by type"),
            [],
            [(territorial_label(key), (territorial[key],)) for key in TERRITORIAL_TYPE_ROWS],
        )

    def _show_files(self, result: Result) -> None:
        rows: list[tuple[str, str, str, QColor | None]] = [
            (name, self.tr("rejected"), reason, REJECTED_BACKGROUND)
            for name, reason in result.rejected
        ]
        rows += [
            (name, self.tr("warning"), warning, WARNING_BACKGROUND)
            for name, warning in result.warnings
        ]
        rows += [
            (
                f"{name}, {place}",
                self.tr("no file"),
                self.tr("A registered service; no valid file of this year yet."),
                MISSING_BACKGROUND,
            )
            for name, place, _id in result.missing
        ]
        rows += [(name, self.tr("counted"), "", None) for name in result.accepted]
        files = self.files
        files.setColumnCount(3)
        files.setRowCount(len(rows))
        header = files.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        files.setColumnWidth(0, 260)
        for row, (name, verdict, reason, background) in enumerate(rows):
            cells = (text_item(Path(name).name), text_item(verdict), text_item(reason))
            cells[0].setToolTip(name)
            cells[2].setToolTip(reason)
            for column, cell in enumerate(cells):
                if background is not None:
                    cell.setBackground(background)
                files.setItem(row, column, cell)
        files.resizeRowsToContents()

    def summary(self) -> str:
        return summary_line(self.result) if self.result is not None else ""

    def retranslate(self) -> None:
        self.setTabText(0, self.tr("Table &1"))
        self.setTabText(1, self.tr("Table &2"))
        self.setTabText(2, self.tr("C&harts"))
        self.setTabText(4, self.tr("&Drill-down"))
        self.setTabText(5, self.tr("Over the &years"))
        result = self.result
        if result is None:
            self.setTabText(3, self.tr("&Files"))
        else:
            self.setTabText(
                3,
                self.tr("&Files: {accepted} counted, {rejected} rejected").format(
                    accepted=len(result.accepted), rejected=len(result.rejected)
                ),
            )
        self.files.setHorizontalHeaderLabels([self.tr("File"), self.tr("Result"), self.tr("Why")])

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.show_result(self.result)
        super().changeEvent(event)

    def table_row(self, table: QTableWidget, label: str) -> list[str]:
        """The cells of the row labelled `label`, indentation ignored."""
        for row in range(table.rowCount()):
            item = table.item(row, 0)
            if item is not None and item.text().strip() == label:
                return [
                    (table.item(row, c).text() if table.item(row, c) else "")
                    for c in range(table.columnCount())
                ]
        raise KeyError(label)
