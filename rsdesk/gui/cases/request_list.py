"""The list of requests of a year, with the decision each is waiting for."""

from __future__ import annotations

from rsdesk.domain.register import RequestRow
from rsdesk.domain.register_keys import REQUEST_STATUS_LABELS, register_label
from rsdesk.domain.vocabulary import SOURCE_LABELS, category_label, label
from rsdesk.gui.cases.case_list import SAMPLE_DAY
from rsdesk.gui.cases.columns import SharedColumns
from rsdesk.gui.dates import format_date, format_iso
from rsdesk.gui.qt import (
    QT_TRANSLATE_NOOP,
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QModelIndex,
    QPushButton,
    Qt,
    QTableView,
    QVBoxLayout,
    QWidget,
    Signal,
)
from rsdesk.gui.rows_model import Index, RowsModel

COLUMNS = (
    QT_TRANSLATE_NOOP("RequestListModel", "No."),
    QT_TRANSLATE_NOOP("RequestListModel", "Received"),
    QT_TRANSLATE_NOOP("RequestListModel", "Source"),
    QT_TRANSLATE_NOOP("RequestListModel", "Referred by"),
    QT_TRANSLATE_NOOP("RequestListModel", "Situation"),
    QT_TRANSLATE_NOOP("RequestListModel", "Participants"),
    QT_TRANSLATE_NOOP("RequestListModel", "Decision"),
)


class RequestListModel(RowsModel):
    CONTEXT = "RequestListModel"
    COLUMNS = COLUMNS
    rows: list[RequestRow]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        if role == Qt.ItemDataRole.UserRole:
            return row.id
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        values = (
            row.number,
            format_iso(row.received_on),
            label(SOURCE_LABELS, row.source),
            row.referrer,
            category_label(row.category) if row.category else "",
            row.participants,
            register_label(REQUEST_STATUS_LABELS, row.status),
        )
        return values[index.column()]


class RequestList(QWidget):
    new_request = Signal()
    edit_request = Signal(int)
    decide = Signal(int)
    year_changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = RequestListModel()
        self.year = QComboBox(objectName="requestYear")
        self.year.currentIndexChanged.connect(self.year_changed)
        self.add = QPushButton(objectName="newRequest")
        self.decision = QPushButton(objectName="decideRequest", enabled=False)
        self.edit = QPushButton(objectName="editRequest", enabled=False)
        self.edit.clicked.connect(self._edit_selected)
        self.add.clicked.connect(self.new_request)
        self.decision.clicked.connect(self._decide_selected)
        self.table = QTableView(objectName="requestTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        # The decision is shown whole (it is what the list is for); the long texts share
        # the rest, the participants most.
        self.columns = SharedColumns(
            self.table,
            fixed={
                0: lambda: ["2026-000"],
                1: lambda: [format_date(SAMPLE_DAY)],
                # The decisions the year's requests have: in a year all decided, the long
                # «registered, awaiting a decision» takes no room.
                6: lambda: {
                    register_label(REQUEST_STATUS_LABELS, r.status) for r in self.model.rows
                },
            },
            shares={2: 2, 3: 2, 4: 3, 5: 4},
        )
        self.table.selectionModel().currentRowChanged.connect(self._selection_changed)
        self.table.activated.connect(lambda index: self._decide_row(index.row()))
        self.year_label = QLabel()
        self.year_label.setBuddy(self.year)
        bar = QHBoxLayout()
        bar.addWidget(self.year_label)
        bar.addWidget(self.year)
        bar.addStretch(1)
        bar.addWidget(self.edit)
        bar.addWidget(self.decision)
        bar.addWidget(self.add)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(bar)
        layout.addWidget(self.table, 1)
        self.retranslate()

    def retranslate(self) -> None:
        self.year_label.setText(self.tr("&Year:"))
        self.add.setText(self.tr("&New request…"))
        self.decision.setText(self.tr("&Decide…"))
        self.edit.setText(self.tr("&Edit…"))
        self.columns.measure()

    def set_years(self, years: list[int], current: int) -> None:
        self.year.blockSignals(True)
        self.year.clear()
        for year in sorted({*years, current}, reverse=True):
            self.year.addItem(str(year), year)
        self.year.setCurrentIndex(self.year.findData(current))
        self.year.blockSignals(False)

    def selected_year(self) -> int | None:
        return self.year.currentData()

    def set_rows(self, rows: list[RequestRow]) -> None:
        self.model.set_rows(rows)
        self.columns.measure()
        self.decision.setEnabled(False)
        self.edit.setEnabled(False)

    def _selection_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        waiting = current.isValid() and self.model.rows[current.row()].status == "registered"
        self.decision.setEnabled(waiting)
        # A decided request is part of a case's history; only waiting ones are edited here.
        self.edit.setEnabled(waiting)

    def _edit_selected(self) -> None:
        row = self.table.currentIndex().row()
        if 0 <= row < len(self.model.rows) and self.model.rows[row].status == "registered":
            self.edit_request.emit(self.model.rows[row].id)

    def _decide_selected(self) -> None:
        self._decide_row(self.table.currentIndex().row())

    def _decide_row(self, row: int) -> None:
        if 0 <= row < len(self.model.rows) and self.model.rows[row].status == "registered":
            self.decide.emit(self.model.rows[row].id)
