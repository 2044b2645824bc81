"""Journals imported earlier: when, by whom, how many rows; an import undone as a whole."""

from __future__ import annotations

from typing import TYPE_CHECKING

from rsdesk.domain.case_lists import UNDO_DAYS
from rsdesk.domain.journal import JournalImport
from rsdesk.gui.dates import format_date, format_moment
from rsdesk.gui.journal.preview import DUPLICATE_COLOUR, fit_columns, table_for
from rsdesk.gui.qt import (
    QT_TRANSLATE_NOOP,
    QBrush,
    QCoreApplication,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QShowEvent,
    QSize,
    Qt,
    QVBoxLayout,
    QWidget,
    Signal,
)
from rsdesk.gui.rows_model import Index, RowsModel
from rsdesk.gui.screen_fit import fit_to_screen
from rsdesk.i18n import counted

if TYPE_CHECKING:
    from datetime import date

    from rsdesk.gui.session import VaultSession


def may_undo(item: JournalImport, today: date) -> bool:
    return item.undone_on is None and item.undo_until is not None and today <= item.undo_until


class ImportsModel(RowsModel):
    CONTEXT = "ImportsModel"
    COLUMNS = (
        QT_TRANSLATE_NOOP("ImportsModel", "Imported"),
        QT_TRANSLATE_NOOP("ImportsModel", "By"),
        QT_TRANSLATE_NOOP("ImportsModel", "File"),
        QT_TRANSLATE_NOOP("ImportsModel", "Rows"),
        QT_TRANSLATE_NOOP("ImportsModel", "State"),
    )

    def __init__(self) -> None:
        super().__init__()
        self.today: date | None = None

    def state(self, item: JournalImport) -> str:
        translate = QCoreApplication.translate
        if item.undone_on is not None:
            return translate("ImportsModel", "undone on {date}").format(
                date=format_date(item.undone_on)
            )
        if self.today is not None and may_undo(item, self.today):
            return translate("ImportsModel", "can be undone until {date}").format(
                date=format_date(item.undo_until)
            )
        return translate("ImportsModel", "for good")

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        item: JournalImport = self.rows[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            column = index.column()
            if column == 0:
                return format_moment(item.imported_at)
            if column == 1:
                return item.user_name
            if column == 2:
                return item.file_name
            if column == 3:
                return str(item.rows)
            return self.state(item)
        if role == Qt.ItemDataRole.ForegroundRole and item.undone_on is not None:
            return QBrush(DUPLICATE_COLOUR)
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() == 3:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None


class ImportsPanel(QWidget):
    """The list with «Отменить импорт…»; `undone` says an import was taken back."""

    undone = Signal()

    def __init__(self, session: VaultSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.model = ImportsModel()
        self.table = table_for(self.model, "importsTable")
        fit_columns(self.table, stretch=(2, 4))
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        self.empty = QLabel(objectName="importsEmpty", wordWrap=True)
        self.message = QLabel(objectName="importsMessage", wordWrap=True)
        self.message.hide()
        self.undo = QPushButton(objectName="undoImport")
        self.undo.clicked.connect(self.undo_selected)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.undo)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty)
        layout.addWidget(self.message)
        layout.addLayout(buttons)
        self.retranslate()
        self.reload()

    def retranslate(self) -> None:
        self.empty.setText(self.tr("No journal has been imported yet."))
        self.undo.setText(self.tr("&Undo the import…"))

    def reload(self) -> None:
        desk = self.session.desk
        items = list(desk.journal_imports()) if desk is not None else []
        self.model.today = desk.today() if desk is not None else None
        self.model.set_rows(sorted(items, key=lambda item: item.imported_at, reverse=True))
        self.table.setVisible(bool(items))
        self.empty.setVisible(not items)
        if items:
            self.table.selectRow(0)
        self._update_buttons()

    def selected(self) -> JournalImport | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.rows[rows[0].row()] if rows else None

    def _update_buttons(self) -> None:
        item, today = self.selected(), self.model.today
        can = item is not None and today is not None and may_undo(item, today)
        self.undo.setEnabled(can)
        if item is not None and not can:
            self.undo.setToolTip(
                self.tr("This import is undone already.")
                if item.undone_on is not None
                else self.tr("The days to undo this import are over: it stays for good.")
            )
        else:
            self.undo.setToolTip("")

    def undo_selected(self) -> None:
        from rsdesk.gui.cases.reason_dialog import ReasonDialog

        item, desk = self.selected(), self.session.desk
        if item is None or desk is None:
            return
        rows = counted(item.rows, self.tr("request|requests"))
        dialog = ReasonDialog(
            self.tr("Undo the journal import"),
            self.tr("&Why is the import of «{file}» undone?").format(file=item.file_name),
            lambda reason: desk.undo_journal_import(item.id, reason),
            info=self.tr(
                "The {rows} this import brought disappear from every list and from the "
                "statistics. The reason is kept in the audit trail."
            ).format(rows=rows),
            hint=self.tr("No names: the reason goes into the audit trail."),
            ok_text=self.tr("Undo the import"),
            parent=self,
        )
        try:
            accepted = dialog.exec()
        finally:
            dialog.deleteLater()
        if not accepted:
            return
        self.message.setStyleSheet("")
        self.message.setText(
            self.tr("The import of «{file}» is undone: {rows} taken back.").format(
                file=item.file_name, rows=rows
            )
        )
        self.message.show()
        self.reload()
        self.undone.emit()


class ImportsDialog(QDialog):
    """«Файл → Перенесённые журналы…»."""

    def __init__(self, session: VaultSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Imported journals"))
        self.intro = QLabel(wordWrap=True)
        self.intro.setText(
            self.tr(
                "An import can be undone as a whole within {days} of it; after that its "
                "records stay for good, as cases kept here do."
            ).format(days=counted(UNDO_DAYS, self.tr("day|days")))
        )
        self.panel = ImportsPanel(session)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.panel, 1)
        layout.addWidget(buttons)
        self._fitted = False

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._fitted:  # once shown, the frame the window manager adds is known
            self._fitted = True
            fit_to_screen(self, QSize(820, 420))
