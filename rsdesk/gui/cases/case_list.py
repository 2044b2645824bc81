"""The case list: one model over light rows, filtered in memory as the user types.

Filtering 10,000 rows in Python takes a few milliseconds; a QSortFilterProxyModel would call
back into Python once per row and per keystroke instead, so the model keeps its own list of
visible rows and resets when the filter changes.
"""

from __future__ import annotations

from datetime import date

from rsdesk.domain.case_lists import filter_case_rows
from rsdesk.domain.register import CaseRow
from rsdesk.domain.register_keys import CASE_STATUS_LABELS, CASE_STATUSES, register_label
from rsdesk.domain.vocabulary import CATEGORIES, category_label
from rsdesk.gui.qt import (
    QT_TRANSLATE_NOOP,
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QModelIndex,
    QPushButton,
    Qt,
    QTableView,
    QVBoxLayout,
    QWidget,
    Signal,
)
from rsdesk.gui.rows_model import Index, RowsModel
from rsdesk.procedures import program_title

COLUMNS = (
    QT_TRANSLATE_NOOP("CaseListModel", "No."),
    QT_TRANSLATE_NOOP("CaseListModel", "Opened"),
    QT_TRANSLATE_NOOP("CaseListModel", "Situation"),
    QT_TRANSLATE_NOOP("CaseListModel", "Participants"),
    QT_TRANSLATE_NOOP("CaseListModel", "Mediators"),
    QT_TRANSLATE_NOOP("CaseListModel", "Program"),
    QT_TRANSLATE_NOOP("CaseListModel", "Status"),
)


def russian_date(iso_date: str) -> str:
    return date.fromisoformat(iso_date).strftime("%d.%m.%Y")


class CaseListModel(RowsModel):
    CONTEXT = "CaseListModel"
    COLUMNS = COLUMNS

    def __init__(self) -> None:
        super().__init__()
        self.all_rows: list[CaseRow] = []
        self.filters: dict[str, object] = {}

    def set_rows(self, rows: list[CaseRow]) -> None:
        self.beginResetModel()
        self.all_rows = rows
        self.rows = rows
        self.filters = {}
        self.endResetModel()

    def apply(self, **filters: object) -> None:
        # Typing on narrows what is shown: every row that matches the longer text matched the
        # shorter one, so only the rows on screen need checking again.
        text, previous = str(filters.get("text", "")), str(self.filters.get("text", ""))
        same_others = all(filters[k] == self.filters.get(k) for k in filters if k != "text")
        narrowing = bool(self.filters) and same_others and text.startswith(previous)
        source = self.rows if narrowing else self.all_rows
        self.beginResetModel()
        self.rows = filter_case_rows(source, **filters)  # type: ignore[arg-type]
        self.filters = dict(filters)
        self.endResetModel()

    def clear(self) -> None:
        self.set_rows([])

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(row, index.column())
        if role == Qt.ItemDataRole.ToolTipRole and index.column() in (2, 3):
            return self._text(row, index.column())
        if role == Qt.ItemDataRole.UserRole:
            return row.id
        return None

    @staticmethod
    def _text(row: CaseRow, column: int) -> str:
        if column == 0:
            return row.number
        if column == 1:
            return russian_date(row.opened_on)
        if column == 2:
            return category_label(row.category) if row.category else ""
        if column == 3:
            return row.participants
        if column == 4:
            return row.mediator_names
        if column == 5:
            return ", ".join(program_title(p) for p in row.program_types)
        return register_label(CASE_STATUS_LABELS, row.status)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        reverse = order == Qt.SortOrder.DescendingOrder
        self.layoutAboutToBeChanged.emit()
        if column in (0, 1):
            self.rows = sorted(self.rows, key=lambda r: (r.opened_on, r.number), reverse=reverse)
        else:
            self.rows = sorted(
                self.rows, key=lambda r: self._text(r, column).lower(), reverse=reverse
            )
        self.layoutChanged.emit()


class CaseList(QWidget):
    """Filter bar above the table; Enter or a double click opens the case card."""

    case_activated = Signal(int)
    show_deleted = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = CaseListModel()
        self.search = QLineEdit(objectName="caseSearch", clearButtonEnabled=True)
        self.status = QComboBox(objectName="statusFilter")
        self.year = QComboBox(objectName="yearFilter")
        self.category = QComboBox(objectName="categoryFilter")
        self.mediator = QComboBox(objectName="mediatorFilter")
        self.category.setMaximumWidth(280)
        self.counter = QLabel(objectName="caseCounter")
        # The curator's way back to a deleted case; the area shows it only to them.
        self.deleted = QPushButton(objectName="deletedCases", visible=False)
        self.deleted.clicked.connect(self.show_deleted)
        self.table = QTableView(objectName="caseTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSortingEnabled(True)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(26)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        for column, width in enumerate((90, 95, 260, 260, 180, 200)):
            header.resizeSection(column, width)
        header.setStretchLastSection(True)
        self.table.doubleClicked.connect(self._activated)
        self.table.activated.connect(self._activated)
        bar = QHBoxLayout()
        bar.addWidget(self.search, 3)
        for combo in (self.status, self.year, self.category, self.mediator):
            bar.addWidget(combo, 1)
            combo.currentIndexChanged.connect(self.apply_filter)
        self.search.textChanged.connect(self.apply_filter)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(bar)
        layout.addWidget(self.table, 1)
        footer = QHBoxLayout()
        footer.addWidget(self.counter, 1)
        footer.addWidget(self.deleted)
        layout.addLayout(footer)
        self.mediators: list[tuple[int, str]] = []
        self.years: list[int] = []
        self.retranslate()

    def retranslate(self) -> None:
        self.deleted.setText(self.tr("&Deleted cases…"))
        self.search.setPlaceholderText(
            self.tr("Search: number, participant, mediator, description…")
        )
        self._fill_combos()
        self._update_counter()

    def _fill_combos(self) -> None:
        def refill(combo: QComboBox, everything: str, items: list[tuple[str, object]]) -> None:
            current = combo.currentData()
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(everything, None)
            for text, data in items:
                combo.addItem(text, data)
            found = combo.findData(current)
            combo.setCurrentIndex(max(found, 0))
            combo.blockSignals(False)

        refill(
            self.status,
            self.tr("All statuses"),
            [(register_label(CASE_STATUS_LABELS, s), s) for s in CASE_STATUSES],
        )
        refill(self.year, self.tr("All years"), [(str(y), y) for y in self.years])
        refill(
            self.category, self.tr("All situations"), [(category_label(c), c) for c in CATEGORIES]
        )
        refill(self.mediator, self.tr("All mediators"), [(n, i) for i, n in self.mediators])

    def set_data(
        self, rows: list[CaseRow], years: list[int], mediators: list[tuple[int, str]]
    ) -> None:
        self.years = years
        self.mediators = mediators
        self._fill_combos()
        self.model.set_rows(rows)
        self.apply_filter()

    def clear(self) -> None:
        self.model.clear()
        self.mediators = []
        self.years = []
        self.search.clear()
        self._fill_combos()
        self._update_counter()

    def apply_filter(self) -> None:
        self.model.apply(
            status=self.status.currentData(),
            year=self.year.currentData(),
            category=self.category.currentData(),
            mediator_id=self.mediator.currentData(),
            text=self.search.text(),
        )
        self._update_counter()

    def _update_counter(self) -> None:
        self.counter.setText(
            self.tr("Shown {shown} of {total} cases").format(
                shown=len(self.model.rows), total=len(self.model.all_rows)
            )
        )

    def _activated(self, index: QModelIndex) -> None:
        self.case_activated.emit(self.model.data(index, Qt.ItemDataRole.UserRole))
