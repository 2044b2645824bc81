"""What waits for the curator's sign-off: young mediators' agreements and closures."""

from __future__ import annotations

from rsdesk.access import RoleRefused
from rsdesk.domain.case_lists import SignOff
from rsdesk.gui.cases.reason_dialog import return_dialog
from rsdesk.gui.qt import (
    QT_TRANSLATE_NOOP,
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    Qt,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
    Signal,
)
from rsdesk.gui.session import VaultSession
from rsdesk.i18n import translate

KIND_LABELS = {
    "agreement": QT_TRANSLATE_NOOP("SignoffPanel", "agreement"),
    "closure": QT_TRANSLATE_NOOP("SignoffPanel", "closing the case"),
}
ERROR_STYLE = "color: #b00020;"


def kind_label(kind: str) -> str:
    return translate("SignoffPanel", KIND_LABELS[kind]) if kind in KIND_LABELS else kind


class SignoffPanel(QWidget):
    """The curator's queue: open the case, sign off, or return with a reason.

    Refusals (someone's own record, one already reviewed) come from the core and are shown
    on the panel's message line, so the queue never pops a modal box at the curator.
    """

    case_activated = Signal(int)

    def __init__(self, session: VaultSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.items: list[SignOff] = []
        self.title = QLabel(objectName="signoffTitle")
        self.title.setStyleSheet("font-size: 13pt; font-weight: bold;")
        self.table = QTableWidget(objectName="signoffTable")
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.setAlternatingRowColors(True)
        self.table.setMaximumHeight(150)
        self.table.setColumnCount(4)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.table.itemActivated.connect(lambda _item: self.open_selected())
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.open = QPushButton(objectName="signoffOpen")
        self.sign = QPushButton(objectName="signoffSign")
        self.back = QPushButton(objectName="signoffReturn")
        self.open.clicked.connect(self.open_selected)
        self.sign.clicked.connect(self.sign_selected)
        self.back.clicked.connect(self.return_selected)
        self.message = QLabel(objectName="signoffMessage", wordWrap=True)
        buttons = QHBoxLayout()
        for button in (self.open, self.sign, self.back):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.title)
        layout.addWidget(self.table)
        layout.addLayout(buttons)
        layout.addWidget(self.message)
        self.retranslate()

    def set_items(self, items: list[SignOff]) -> None:
        self.items = items
        self.table.clearContents()
        self.table.setRowCount(len(items))
        for row, item in enumerate(items):
            values = (
                item.case_number,
                kind_label(item.kind),
                item.submitter_name,
                item.submitted_on.strftime("%d.%m.%Y"),
            )
            for column, value in enumerate(values):
                cell = QTableWidgetItem(value)
                cell.setData(Qt.ItemDataRole.UserRole, item.id)
                self.table.setItem(row, column, cell)
        if items:
            self.table.selectRow(0)
        self._update_title()
        self._update_buttons()

    def clear(self) -> None:
        self.message.clear()
        self.set_items([])

    def selected(self) -> SignOff | None:
        row = self.table.currentRow()
        return self.items[row] if 0 <= row < len(self.items) else None

    def _update_buttons(self) -> None:
        chosen = self.selected() is not None
        # An empty queue is the usual day: the title says «0» and takes no room beyond it.
        self.table.setVisible(bool(self.items))
        for button in (self.open, self.sign, self.back):
            button.setEnabled(chosen)
            button.setVisible(bool(self.items))

    def _update_title(self) -> None:
        self.title.setText(
            self.tr("Waiting for the curator's sign-off: {count}").format(count=len(self.items))
        )

    def _say(self, text: str, error: bool = False) -> None:
        self.message.setStyleSheet(ERROR_STYLE if error else "")
        self.message.setText(text)

    def open_selected(self) -> None:
        item = self.selected()
        if item is not None:
            self.case_activated.emit(item.case_id)

    def sign_selected(self) -> None:
        item, desk = self.selected(), self.session.desk
        if item is None or desk is None:
            return
        try:
            desk.sign_off(item.id)
        except RoleRefused as error:
            self._say(error.message, error=True)
            return
        self._say(
            self.tr("Signed off: {what}, case No. {number}.").format(
                what=kind_label(item.kind), number=item.case_number
            )
        )

    def return_selected(self) -> None:
        item, desk = self.selected(), self.session.desk
        if item is None or desk is None:
            return
        dialog = return_dialog(
            item.case_number,
            kind_label(item.kind),
            lambda reason: desk.return_signoff(item.id, reason),
            self,
        )
        if not dialog.exec():
            return
        self._say(
            self.tr("Returned for rework: {what}, case No. {number}.").format(
                what=kind_label(item.kind), number=item.case_number
            )
        )

    def retranslate(self) -> None:
        self.table.setColumnCount(4)
        self.table.setHorizontalHeaderLabels(
            [self.tr("Case No."), self.tr("What"), self.tr("Who sent it"), self.tr("Sent on")]
        )
        self.open.setText(self.tr("O&pen the case"))
        self.sign.setText(self.tr("&Sign off"))
        self.back.setText(self.tr("Return for re&work…"))
        self._update_title()
        if self.items:
            self.set_items(self.items)
