"""The case list: one model over light rows, filtered in memory as the user types.

Filtering 10,000 rows in Python takes a few milliseconds; a QSortFilterProxyModel would call
back into Python once per row and per keystroke instead, so the model keeps its own list of
visible rows and resets when the filter changes. Rows sort as the interface language sorts
words (QCollator: Ё beside Е, not after Я), and the filter keeps that order.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from rsdesk.domain.case_lists import filter_case_rows
from rsdesk.domain.register import CaseRow
from rsdesk.domain.register_keys import CASE_STATUS_LABELS, register_label
from rsdesk.domain.vocabulary import CATEGORIES, category_label
from rsdesk.gui.cases.columns import SharedColumns
from rsdesk.gui.dates import format_date, format_iso
from rsdesk.gui.qt import (
    QT_TRANSLATE_NOOP,
    QAbstractItemView,
    QCollator,
    QComboBox,
    QCoreApplication,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QLocale,
    QModelIndex,
    QPushButton,
    QSizePolicy,
    Qt,
    QTableView,
    QVBoxLayout,
    QWidget,
    Signal,
)
from rsdesk.gui.rows_model import Index, RowsModel
from rsdesk.procedures import program_title

SAMPLE_DAY = date(2026, 12, 28)  # a date as wide as any, to measure the date column
COLUMNS = (
    QT_TRANSLATE_NOOP("CaseListModel", "No."),
    QT_TRANSLATE_NOOP("CaseListModel", "Opened"),
    QT_TRANSLATE_NOOP("CaseListModel", "Situation"),
    QT_TRANSLATE_NOOP("CaseListModel", "Participants"),
    QT_TRANSLATE_NOOP("CaseListModel", "Mediators"),
    QT_TRANSLATE_NOOP("CaseListModel", "Program"),
    QT_TRANSLATE_NOOP("CaseListModel", "Status"),
)
STATUS_COLUMN = 6
# Not a status of the register: a young mediator's closure until the curator signs it off,
# kept apart from the closed cases. The column has room for a short word only; the tooltip
# says it in full, as the card does.
WAITING = "closure_waits"
WAITING_LABEL = QT_TRANSLATE_NOOP("CaseListModel", "awaiting sign-off")
WAITING_TIP = QT_TRANSLATE_NOOP("CaseListModel", "The closure awaits the curator's sign-off")
LIST_STATUSES = ("open", WAITING, "closed")  # in the order a case goes through them


def list_status(row: CaseRow) -> str:
    return WAITING if row.closure_waits else row.status


def status_label(status: str) -> str:
    if status == WAITING:
        return QCoreApplication.translate("CaseListModel", WAITING_LABEL)
    return register_label(CASE_STATUS_LABELS, status)


def status_rank(status: str) -> int:
    return LIST_STATUSES.index(status) if status in LIST_STATUSES else len(LIST_STATUSES)


def number_key(number: str) -> tuple[str, int, str]:
    """«2026-017» as the year and the running number, so 2026-1000 follows 2026-999."""
    year, _, running = number.partition("-")
    return (year, int(running) if running.isdigit() else 0, number)


def collator() -> QCollator:
    """Word order of the interface language (QLocale's default is set with it)."""
    found = QCollator(QLocale())
    found.setNumericMode(True)  # «7Б» before «10А», «2» before «10»
    return found


def fit_combo(combo: QComboBox, letters: int) -> None:
    """A filter that may shrink to `letters` characters and grows with the room it gets;
    by default a combo is as wide as its longest item and pushes the window wider."""
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    combo.setMinimumContentsLength(letters)
    combo.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)


class CaseListModel(RowsModel):
    CONTEXT = "CaseListModel"
    COLUMNS = COLUMNS

    def __init__(self) -> None:
        super().__init__()
        self.all_rows: list[CaseRow] = []
        self.filters: dict[str, object] = {}
        self.sorting: tuple[int, Qt.SortOrder] | None = None

    def set_rows(self, rows: list[CaseRow]) -> None:
        self.beginResetModel()
        self.all_rows = self._sorted(rows)
        self.rows = self.all_rows
        self.filters = {}
        self.endResetModel()

    def apply(self, **filters: object) -> None:
        # Typing on narrows what is shown: every row that matches the longer text matched the
        # shorter one, so only the rows on screen need checking again. Filtering keeps the
        # order, so the rows stay sorted as they were.
        text, previous = str(filters.get("text", "")), str(self.filters.get("text", ""))
        same_others = all(filters[k] == self.filters.get(k) for k in filters if k != "text")
        narrowing = bool(self.filters) and same_others and text.startswith(previous)
        source = self.rows if narrowing else self.all_rows
        # The state is the list's own (a waiting closure is no register status of its own).
        status = filters.get("status")
        others = {key: value for key, value in filters.items() if key != "status"}
        self.beginResetModel()
        rows = filter_case_rows(source, **others)  # type: ignore[arg-type]
        self.rows = [r for r in rows if list_status(r) == status] if status else rows
        self.filters = dict(filters)
        self.endResetModel()

    def clear(self) -> None:
        self.set_rows([])

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        waiting = index.column() == STATUS_COLUMN and row.closure_waits
        if role == Qt.ItemDataRole.ToolTipRole and waiting:
            return QCoreApplication.translate("CaseListModel", WAITING_TIP)
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self._text(row, index.column())
        if role == Qt.ItemDataRole.UserRole:
            return row.id
        return None

    @staticmethod
    def _text(row: CaseRow, column: int) -> str:
        if column == 0:
            return row.number
        if column == 1:
            return format_iso(row.opened_on)
        if column == 2:
            return category_label(row.category) if row.category else ""
        if column == 3:
            return row.participants
        if column == 4:
            return row.mediator_names
        if column == 5:
            return ", ".join(program_title(p) for p in row.program_types)
        return status_label(list_status(row))

    def _key(self, column: int) -> Callable[[CaseRow], object]:
        if column == 0:
            return lambda r: number_key(r.number)
        if column == 1:
            return lambda r: (r.opened_on, number_key(r.number))
        if column == STATUS_COLUMN:
            return lambda r: (status_rank(list_status(r)), number_key(r.number))
        words = collator()
        return lambda r: words.sortKey(self._text(r, column))

    def _sorted(self, rows: list[CaseRow]) -> list[CaseRow]:
        if self.sorting is None:
            return rows
        column, order = self.sorting
        return sorted(rows, key=self._key(column), reverse=order == Qt.SortOrder.DescendingOrder)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self.layoutAboutToBeChanged.emit()
        self.sorting = (column, order)
        self.all_rows = self._sorted(self.all_rows)
        self.rows = self._sorted(self.rows)
        self.layoutChanged.emit()


class CaseList(QWidget):
    """The search and the filters above the table; Enter or a double click opens the card."""

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
        for combo, letters in ((self.status, 8), (self.year, 6), (self.category, 14)):
            fit_combo(combo, letters)
        fit_combo(self.mediator, 12)
        self.counter = QLabel(objectName="caseCounter")
        # The curator's way back to a deleted case; the area shows it only to them.
        self.deleted = QPushButton(objectName="deletedCases", visible=False)
        self.deleted.clicked.connect(self.show_deleted)
        self.table = QTableView(objectName="caseTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(26)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(1, Qt.SortOrder.DescendingOrder)  # newest first, as read
        self.columns = SharedColumns(
            self.table,
            fixed={
                0: lambda: ["2026-000"],
                1: lambda: [format_date(SAMPLE_DAY)],
                STATUS_COLUMN: lambda: [status_label(s) for s in LIST_STATUSES],
            },
            shares={2: 3, 3: 4, 4: 3, 5: 2},
        )
        # Only `activated`: a double click emits it besides doubleClicked, and the card is
        # modal, so with both the card opened again once closed, on an index the list may
        # have reset meanwhile (another case, or none).
        self.table.activated.connect(self._activated)
        filters = QGridLayout()
        filters.addWidget(self.search, 0, 0, 1, 4)
        for column, combo in enumerate((self.status, self.year, self.category, self.mediator)):
            filters.addWidget(combo, 1, column)
            combo.currentIndexChanged.connect(self.apply_filter)
        for column, stretch in enumerate((2, 1, 4, 3)):
            filters.setColumnStretch(column, stretch)
        self.search.textChanged.connect(self.apply_filter)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(filters)
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
            self.tr("Search: number, participant, mediator, situation, description…")
        )
        self._fill_combos()
        self._update_counter()
        self.columns.measure()

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
            [(status_label(s), s) for s in LIST_STATUSES],
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
        case_id = index.data(Qt.ItemDataRole.UserRole) if index.isValid() else None
        if isinstance(case_id, int):
            self.case_activated.emit(case_id)
