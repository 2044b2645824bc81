"""Deleted cases: the undo bar right after deleting, and the curator's list to restore from."""

from __future__ import annotations

from rsdesk.access import RoleRefused
from rsdesk.domain.case_lists import UNDO_DAYS, DeletedCase
from rsdesk.domain.roles import Op
from rsdesk.gui.dates import format_date
from rsdesk.gui.qt import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QToolButton,
    QVBoxLayout,
    QWidget,
)
from rsdesk.gui.session import VaultSession
from rsdesk.i18n import counted

ERROR_STYLE = "color: #b00020;"
BAR_STYLE = "#undoBar { background: #fff4ce; border: 1px solid #e0c97a; border-radius: 4px; }"


class UndoBar(QFrame):
    """«Case No. … deleted. [Undo]» above the lists until dismissed or the next deletion.

    Only a user who may restore gets the button: for anyone else the bar says who can.
    """

    def __init__(self, session: VaultSession, parent: QWidget | None = None) -> None:
        super().__init__(parent, objectName="undoBar")
        self.setStyleSheet(BAR_STYLE)
        self.session = session
        self.case_id: int | None = None
        self.text = QLabel(objectName="undoText", wordWrap=True)
        self.undo = QPushButton(objectName="undoDelete")
        self.dismiss = QToolButton(objectName="undoDismiss", text="×", autoRaise=True)
        self.undo.clicked.connect(self.undo_delete)
        self.dismiss.clicked.connect(self.hide)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 4, 4, 4)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.undo)
        layout.addWidget(self.dismiss)
        self.hide()

    def show_deleted(self, case_id: int, number: str) -> None:
        desk = self.session.desk
        self.case_id = case_id
        self.undo.setText(self.tr("&Undo"))
        self.dismiss.setToolTip(self.tr("Hide this message"))
        can_undo = desk is not None and bool(desk.may(Op.RESTORE_CASE, case_id))
        self.undo.setVisible(can_undo)
        if can_undo:
            self.text.setText(self.tr("Case No. {number} is deleted.").format(number=number))
        else:
            self.text.setText(
                self.tr(
                    "Case No. {number} is deleted. The curator can restore it within {days}."
                ).format(number=number, days=counted(UNDO_DAYS, self.tr("day|days")))
            )
        self.show()

    def undo_delete(self) -> None:
        desk = self.session.desk
        if desk is None or self.case_id is None:
            return
        try:
            desk.restore_case(self.case_id)
        except RoleRefused as error:
            self.text.setText(error.message)
            self.undo.hide()
            return
        self.hide()

    def clear(self) -> None:
        self.case_id = None
        self.hide()


class DeletedCasesDialog(QDialog):
    """The curator's list of deleted cases, each restorable until its purge date."""

    def __init__(self, session: VaultSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.setWindowTitle(self.tr("Deleted cases"))
        self.resize(920, 400)
        self.restored_any = False
        self.items: list[DeletedCase] = []
        self.intro = QLabel(wordWrap=True)
        self.intro.setText(
            self.tr(
                "A deleted case is hidden from every list and from the statistics. It can be "
                "restored within {days}; then it is erased for good, with its request and "
                "documents."
            ).format(days=counted(UNDO_DAYS, self.tr("day|days")))
        )
        self.table = QTableWidget(objectName="deletedTable")
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(True)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.empty = QLabel(self.tr("No case is deleted."), objectName="deletedEmpty")
        self.message = QLabel(objectName="deletedMessage", wordWrap=True)
        self.restore = QPushButton(self.tr("&Restore"), objectName="restoreCase")
        self.restore.clicked.connect(self.restore_selected)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        buttons.addButton(self.restore, QDialogButtonBox.ButtonRole.ActionRole)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        self.reload()

    def reload(self) -> None:
        desk = self.session.desk
        self.items = desk.deleted_cases() if desk is not None else []
        headers = [
            self.tr("Case No."),
            self.tr("Deleted on"),
            self.tr("Deleted by"),
            self.tr("Reason"),
            self.tr("Erased for good on"),
        ]
        self.table.clear()
        self.table.setColumnCount(len(headers))
        self.table.setHorizontalHeaderLabels(headers)
        self.table.setRowCount(len(self.items))
        for row, item in enumerate(self.items):
            values = (
                item.number,
                format_date(item.deleted_on),
                item.deleted_by,
                item.reason,
                format_date(item.purge_on),
            )
            for column, value in enumerate(values):
                cell = QTableWidgetItem(value)
                cell.setToolTip(value)
                self.table.setItem(row, column, cell)
        self.table.resizeColumnsToContents()
        header = self.table.horizontalHeader()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(3, header.ResizeMode.Stretch)
        self.table.setVisible(bool(self.items))
        self.empty.setVisible(not self.items)
        if self.items:
            self.table.selectRow(0)
        self._update_buttons()

    def selected(self) -> DeletedCase | None:
        row = self.table.currentRow()
        return self.items[row] if 0 <= row < len(self.items) else None

    def _update_buttons(self) -> None:
        self.restore.setEnabled(self.selected() is not None)

    def restore_selected(self) -> None:
        item, desk = self.selected(), self.session.desk
        if item is None or desk is None:
            return
        try:
            desk.restore_case(item.case_id)
        except RoleRefused as error:
            self.message.setStyleSheet(ERROR_STYLE)
            self.message.setText(error.message)
            return
        self.restored_any = True
        self.message.setStyleSheet("")
        self.message.setText(self.tr("Case No. {number} is restored.").format(number=item.number))
        self.reload()
