"""«По годам»: the regional tables of several years side by side, with the change, and a chart."""

from __future__ import annotations

from datetime import date

from rsdesk.gui.qt import (
    QComboBox,
    QEvent,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
    Signal,
)
from rsdesk.gui.stats.cells import INDENT, make_table, number_item, text_item
from rsdesk.gui.stats.chart import BarChart
from rsdesk.stats.short_labels import short_label
from rsdesk.stats.yearly import FIRST_YEAR, LAST_YEAR
from rsdesk.stats.years import MOST_YEARS, YearTables, change_text

TABLES = ("school", "acting", "territorial")
# The chart shows the main rows only: nineteen rows in several colours do not read.
CHARTED = (
    "requests_received",
    "programs_completed",
    "participants",
    "programs_mediation",
    "programs_school_conference",
    "programs_community_circle",
    "programs_preventive",
    "programs_other",
    "category_juvenile_crime",
    "category_socially_dangerous_act",
    "category_family",
    "category_educational",
    "category_administrative_offence",
    "category_other",
)


class YearsPage(QWidget):
    compare_requested = Signal(int, int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("regionalYears")
        self.years: YearTables | None = None
        last = date.today().year - 1
        self.first = QSpinBox(objectName="yearsFirst")
        self.last = QSpinBox(objectName="yearsLast")
        for spin, value in ((self.first, last - 2), (self.last, last)):
            spin.setRange(FIRST_YEAR, LAST_YEAR)
            spin.setValue(value)
        self.first_label = QLabel()
        self.first_label.setBuddy(self.first)
        self.last_label = QLabel()
        self.last_label.setBuddy(self.last)
        self.compare = QPushButton(objectName="yearsCompare", enabled=False)
        self.compare.clicked.connect(self._ask)
        self.which = QComboBox(objectName="yearsTable")
        for _ in TABLES:
            self.which.addItem("")
        self.which.currentIndexChanged.connect(self.refresh)
        self.status = QLabel(objectName="yearsStatus", wordWrap=True)
        self.table = make_table("yearsGrid")
        self.chart = BarChart("yearsChart")
        chart_area = QScrollArea(objectName="yearsChartArea", widgetResizable=True)
        chart_area.setFrameShape(QFrame.Shape.NoFrame)
        chart_area.setWidget(self.chart)
        controls = QHBoxLayout()
        for widget in (self.first_label, self.first, self.last_label, self.last, self.compare):
            controls.addWidget(widget)
        controls.addSpacing(12)
        controls.addWidget(self.which, 1)
        body = QHBoxLayout()
        body.addWidget(self.table, 3)
        body.addWidget(chart_area, 2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addLayout(controls)
        layout.addWidget(self.status)
        layout.addLayout(body, 1)
        self.retranslate()

    def set_ready(self, ready: bool) -> None:
        """Comparing needs files chosen and no summary running."""
        self.compare.setEnabled(ready)

    def _ask(self) -> None:
        first, last = sorted((self.first.value(), self.last.value()))
        if last - first + 1 > MOST_YEARS:
            self.status.setText(
                self.tr("At most {count} years side by side.").format(count=MOST_YEARS)
            )
            return
        self.compare_requested.emit(first, last)

    def show_years(self, years: YearTables | None) -> None:
        self.years = years
        self.refresh()

    def refresh(self) -> None:
        years = self.years
        table = self.table
        if years is None or not years.years:
            table.setRowCount(0)
            table.setColumnCount(0)
            self.chart.set_data("", [], [])
            return
        which = TABLES[max(self.which.currentIndex(), 0)]
        lines = {"school": years.school, "acting": years.acting, "territorial": years.territorial}[
            which
        ]
        kind = "territorial" if which == "territorial" else "school"
        headings = [self.tr("Indicators"), *(str(y) for y in years.years)]
        if len(years.years) >= 2:
            headings += [
                self.tr("Change {first}–{last}").format(first=years.years[0], last=years.years[-1]),
                self.tr("Change, %"),
            ]
        table.setColumnCount(len(headings))
        table.setHorizontalHeaderLabels(headings)
        table.setRowCount(len(lines))
        header = table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in range(1, len(headings)):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        for row, line in enumerate(lines):
            table.setItem(row, 0, text_item(INDENT + line.label if line.indent else line.label))
            for column, value in enumerate(line.values, start=1):
                table.setItem(row, column, number_item(value))
            if len(years.years) >= 2:
                change, percent = change_text(line)
                for offset, text in enumerate((change, percent)):
                    item = number_item(0)
                    item.setText(text)
                    table.setItem(row, len(line.values) + 1 + offset, item)
        table.resizeRowsToContents()
        self.chart.set_data(
            self.which.currentText(),
            [str(y) for y in years.years],
            [(short_label(kind, line.key), line.values) for line in lines if line.key in CHARTED],
        )
        files = ", ".join(
            self.tr("{year}: {count} files").format(year=year, count=count)
            for year, count in zip(years.years, years.files(), strict=True)
        )
        self.status.setText(self.tr("Files counted: {files}.").format(files=files))

    def retranslate(self) -> None:
        self.first_label.setText(self.tr("&Years from"))
        self.last_label.setText(self.tr("to"))
        self.compare.setText(self.tr("&Compare the years"))
        self.compare.setToolTip(
            self.tr("Adds up the same files once for each year and puts the tables side by side.")
        )
        for index, text in enumerate(
            (
                self.tr("Table 1: all school services"),
                self.tr("Table 1: acting school services"),
                self.tr("Table 2: territorial services"),
            )
        ):
            self.which.setItemText(index, text)
        if self.years is None:
            self.status.setText(
                self.tr(
                    "Choose the years and press «Compare the years»: the files chosen above are "
                    "added up for each of them."
                )
            )
        self.refresh()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
