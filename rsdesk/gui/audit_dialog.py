"""«Журнал действий»: the curator reads the audit trail, with the chain's check on top."""

from __future__ import annotations

from datetime import date, datetime

from rsdesk.access import Desk
from rsdesk.domain.audit import ACTION_LABELS, AuditEntry, action_label
from rsdesk.gui.areas import fit_on_screen
from rsdesk.gui.dates import format_moment
from rsdesk.gui.qt import (
    QAbstractItemView,
    QComboBox,
    QDate,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QEvent,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QLocale,
    QModelIndex,
    QPushButton,
    Qt,
    QTableView,
    QVBoxLayout,
    QWidget,
)
from rsdesk.gui.rows_model import Index, RowsModel
from rsdesk.i18n import QT_TRANSLATE_NOOP, translate

OK_STYLE = "color: #1b5e20; font-weight: bold;"
PROBLEM_STYLE = "color: #b00020; font-weight: bold;"
ANYONE = "anyone"  # user filter: no filter
PROGRAM = "program"  # user filter: the application's own entries (retention purges)


def when_text(stamp: str) -> str:
    """«05.03.2026 14:07»: the entry's time in the interface language."""
    try:
        return format_moment(datetime.fromisoformat(stamp))
    except ValueError:
        return stamp


def changes_text(entry: AuditEntry) -> str:
    """The corrected values, one line each: «Дата встречи: 29.09.2026 → 24.09.2026»."""
    empty = translate("AuditDialog", "(empty)")
    return "\n".join(
        translate(
            "AuditDialog",
            "{field}: {old} → {new}",
            field=c.field,
            old=c.old or empty,
            new=c.new or empty,
        )
        for c in entry.changes
    )


def who_text(entry: AuditEntry) -> str:
    if entry.user_id is None:
        return translate("AuditDialog", "the program")
    return entry.user_name or translate("AuditDialog", "user no. {id}", id=entry.user_id)


def object_text(entry: AuditEntry, names: dict[int, str]) -> str:
    """What the entry is about, by number; mediators of the roster by name."""
    kind, label, oid = entry.object_kind, entry.label, entry.object_id
    if kind == "case":
        return translate("AuditDialog", "case no. {number}", number=label or oid)
    if kind == "request":
        if label:
            return translate("AuditDialog", "request no. {number}", number=label)
        return translate("AuditDialog", "request (id {id})", id=oid)
    if kind == "mediator" and oid is not None:
        return names.get(oid) or translate("AuditDialog", "roster member no. {id}", id=oid)
    if kind == "training":
        return translate("AuditDialog", "a training record")
    if kind == "service":
        return translate("AuditDialog", "the service")
    if kind == "statistics":
        return translate("AuditDialog", "statistics for {year}", year=label)
    return label


def reason_text(entry: AuditEntry) -> str:
    """The reason as written; the settings' machine notes said in words."""
    reason = entry.reason
    if entry.action == "change_settings" and reason.startswith("retention="):
        return translate(
            "AuditDialog",
            "retention period: {years} (years after closure)",
            years=reason.split("=", 1)[1],
        )
    if entry.action == "pledge" and reason.startswith("v"):
        return translate("AuditDialog", "pledge version {version}", version=reason[1:])
    return reason


class AuditModel(RowsModel):
    CONTEXT = "AuditModel"
    COLUMNS = (
        QT_TRANSLATE_NOOP("AuditModel", "When"),
        QT_TRANSLATE_NOOP("AuditModel", "Who"),
        QT_TRANSLATE_NOOP("AuditModel", "What"),
        QT_TRANSLATE_NOOP("AuditModel", "Object"),
        QT_TRANSLATE_NOOP("AuditModel", "Reason"),
    )

    def __init__(self) -> None:
        super().__init__()
        self.names: dict[int, str] = {}
        # The view asks for thousands of cells while it is scrolled: each time is said once.
        self.times: dict[str, str] = {}

    def text(self, entry: AuditEntry, column: int) -> str:
        if column == 0:
            if entry.at not in self.times:
                self.times[entry.at] = when_text(entry.at)
            return self.times[entry.at]
        if column == 1:
            return who_text(entry)
        if column == 2:
            return action_label(entry.action)
        if column == 3:
            return object_text(entry, self.names)
        return reason_text(entry)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        entry = self.rows[index.row()]
        if role == Qt.ItemDataRole.ToolTipRole and entry.changes:
            return changes_text(entry)
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self.text(entry, index.column())
        if role == Qt.ItemDataRole.UserRole:
            return self.rows[index.row()].seq
        return None

    def retranslate(self) -> None:
        self.times.clear()
        if self.rows:
            self.dataChanged.emit(
                self.index(0, 0), self.index(len(self.rows) - 1, len(self.COLUMNS) - 1)
            )
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(self.COLUMNS) - 1)


def date_pattern() -> str:
    """The interface language's short date with the year in full, for the filters' fields."""
    pattern = QLocale().dateFormat(QLocale.FormatType.ShortFormat)
    return pattern if "yyyy" in pattern else pattern.replace("yy", "yyyy")


def qdate(value: date) -> QDate:
    return QDate(value.year, value.month, value.day)


def pydate(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


class AuditDialog(QDialog):
    """Only reads: opening the trail is not recorded and leaves the vault as it was."""

    def __init__(self, desk: Desk, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk = desk
        self.setObjectName("auditDialog")
        fit_on_screen(self, 1120, 620, parent)
        self.chain = QLabel(objectName="auditChain", wordWrap=True)
        self.chain.setTextFormat(Qt.TextFormat.PlainText)
        self.user = QComboBox(objectName="auditUser")
        self.action = QComboBox(objectName="auditAction")
        self.first = self._date_edit("auditFirst")
        self.last = self._date_edit("auditLast")
        self.text = QLineEdit(objectName="auditText", clearButtonEnabled=True)
        self.reset_button = QPushButton(objectName="auditReset")
        self.reset_button.clicked.connect(self.reset_filters)
        self.count = QLabel(objectName="auditCount")
        self.model = AuditModel()
        self.table = QTableView(objectName="auditTable")
        self.table.setModel(self.model)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        # Columns are fitted once, on the first rows; fitting them at every keystroke in the
        # filter would measure a thousand rows each time.
        self.table.horizontalHeader().setStretchLastSection(True)
        # A correction's old and new values, for the entry chosen in the table.
        self.changes_title = QLabel(objectName="auditChangesTitle", visible=False)
        self.changes_title.setStyleSheet("font-weight: bold;")
        self.changes = QLabel(objectName="auditChanges", wordWrap=True, visible=False)
        self.changes.setTextFormat(Qt.TextFormat.PlainText)
        self.changes.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._show_changes())
        self.model.modelReset.connect(self._show_changes)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.buttons.rejected.connect(self.reject)
        self._layout()
        self.retranslate()
        self.load()
        self.table.resizeColumnsToContents()
        for combo in (self.user, self.action):
            combo.currentIndexChanged.connect(self.apply_filters)
        for edit in (self.first, self.last):
            edit.dateChanged.connect(self.apply_filters)
        self.text.textChanged.connect(self.apply_filters)

    def _date_edit(self, name: str) -> QDateEdit:
        edit = QDateEdit(objectName=name, calendarPopup=True)
        edit.setDisplayFormat(date_pattern())
        return edit

    def _layout(self) -> None:
        self.user_label, self.action_label = QLabel(buddy=self.user), QLabel(buddy=self.action)
        self.first_label, self.last_label = QLabel(buddy=self.first), QLabel(buddy=self.last)
        self.text_label = QLabel(buddy=self.text)
        filters = QFormLayout()
        row1 = QHBoxLayout()
        row1.addWidget(self.user, 1)
        row1.addSpacing(12)
        row1.addWidget(self.action_label)
        row1.addWidget(self.action, 1)
        filters.addRow(self.user_label, row1)
        row2 = QHBoxLayout()
        row2.addWidget(self.first)
        row2.addWidget(self.last_label)
        row2.addWidget(self.last)
        row2.addSpacing(12)
        row2.addWidget(self.text_label)
        row2.addWidget(self.text, 1)
        row2.addWidget(self.reset_button)
        filters.addRow(self.first_label, row2)
        layout = QVBoxLayout(self)
        layout.addWidget(self.chain)
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.changes_title)
        layout.addWidget(self.changes)
        bottom = QHBoxLayout()
        bottom.addWidget(self.count, 1)
        bottom.addWidget(self.buttons)
        layout.addLayout(bottom)

    # --- reading ------------------------------------------------------------------------------

    def load(self) -> None:
        """Check the chain and read the whole trail once: it fills the filters' choices."""
        self.problems = self.desk.verify_audit()
        self.everything = self.desk.audit_entries()
        self.total = len(self.everything)
        self.people = {user.user_id: user.name for user in self.desk.users()}
        for entry in self.everything:  # people whose access was taken away still acted
            if entry.user_id is not None and entry.user_id not in self.people:
                self.people[entry.user_id] = who_text(entry)
        self.model.names = {m.id: m.full_name for m in self.desk.list_mediators() if m.id}
        self._query: tuple | None = None  # the filters self._read was read with
        self._read: list[AuditEntry] = []
        self._say_chain()
        self._fill_choices()
        self.reset_filters()

    def _say_chain(self) -> None:
        if self.problems:
            self.chain.setText(
                self.tr("Problems found in the audit trail: {problems}").format(
                    problems=" ".join(self.problems)
                )
            )
            self.chain.setStyleSheet(PROBLEM_STYLE)
        else:
            self.chain.setText(
                self.tr("The audit trail is intact, no changes found. Entries: {n}.").format(
                    n=self.total
                )
            )
            self.chain.setStyleSheet(OK_STYLE)

    def _fill_choices(self) -> None:
        """The users and actions to choose from; the current choices are kept (language)."""
        user, action = self.user.currentData(), self.action.currentData()
        for combo in (self.user, self.action):
            combo.blockSignals(True)
            combo.clear()
        self.user.addItem(self.tr("everyone"), ANYONE)
        for user_id, name in self.people.items():
            self.user.addItem(name, user_id)
        self.user.addItem(self.tr("the program (retention)"), PROGRAM)
        self.action.addItem(self.tr("all actions"), "")
        for key in ACTION_LABELS:
            self.action.addItem(action_label(key), key)
        self.user.setCurrentIndex(max(0, self.user.findData(user)))
        self.action.setCurrentIndex(max(0, self.action.findData(action)))
        for combo in (self.user, self.action):
            combo.blockSignals(False)

    def reset_filters(self) -> None:
        today = date.today()
        oldest = min((e.at[:10] for e in self.everything), default=today.isoformat())
        edits = (self.user, self.action, self.first, self.last, self.text)
        for widget in edits:
            widget.blockSignals(True)
        self.user.setCurrentIndex(0)
        self.action.setCurrentIndex(0)
        self.first.setDate(qdate(min(date.fromisoformat(oldest), today)))
        self.last.setDate(qdate(today))
        self.text.clear()
        for widget in edits:
            widget.blockSignals(False)
        # The whole trail was just read: the first view is made of it, not read again.
        first, last = self.first.date(), self.last.date()
        self._query = (ANYONE, None, first, last)
        first_day, last_day = pydate(first).isoformat(), pydate(last).isoformat()
        self._read = [e for e in self.everything if first_day <= e.at[:10] <= last_day]
        self.apply_filters()

    def apply_filters(self) -> None:
        chosen = self.user.currentData()
        query = (chosen, self.action.currentData() or None, self.first.date(), self.last.date())
        # Typing in the text box re-filters the rows already read, not the database: a busy
        # service's trail holds tens of thousands of entries.
        if query != self._query:
            self._query = query
            found = self.desk.audit_entries(
                user_id=chosen if isinstance(chosen, int) else None,
                action=query[1],
                first=pydate(query[2]),
                last=pydate(query[3]),
            )
            if chosen == PROGRAM:
                found = [entry for entry in found if entry.user_id is None]
            self._read = found
        found = self._read
        # The text is matched here, case-insensitively: SQLite's LIKE folds Latin letters only.
        needle = self.text.text().strip().casefold()
        if needle:
            found = [entry for entry in found if self._matches(entry, needle)]
        self.model.set_rows(found)
        self._say_count()

    def _say_count(self) -> None:
        self.count.setText(
            self.tr("Shown: {shown} of {total}.").format(
                shown=len(self.model.rows), total=self.total
            )
        )

    def selected_entry(self) -> AuditEntry | None:
        index = self.table.currentIndex()
        return self.model.rows[index.row()] if index.isValid() else None

    def _show_changes(self) -> None:
        entry = self.selected_entry()
        text = changes_text(entry) if entry is not None else ""
        self.changes.setText(text)
        for label in (self.changes_title, self.changes):
            label.setVisible(bool(text))

    def _matches(self, entry: AuditEntry, needle: str) -> bool:
        if needle in entry.label.casefold() or needle in entry.reason.casefold():
            return True
        if entry.object_kind == "mediator" and entry.object_id is not None:
            return needle in self.model.names.get(entry.object_id, "").casefold()
        return False

    def row_texts(self) -> list[tuple[str, ...]]:
        """What the table shows, row by row (for the tests and for copying)."""
        return [
            tuple(
                self.model.data(self.model.index(row, column, QModelIndex()))
                for column in range(len(self.model.COLUMNS))
            )
            for row in range(self.model.rowCount())
        ]

    # --- language -----------------------------------------------------------------------------

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Audit trail"))
        self.user_label.setText(self.tr("&User:"))
        self.action_label.setText(self.tr("&Action:"))
        self.first_label.setText(self.tr("&From:"))
        self.last_label.setText(self.tr("t&o:"))
        self.text_label.setText(self.tr("&Number or reason:"))
        self.text.setPlaceholderText(self.tr("e.g. 2026-014"))
        self.reset_button.setText(self.tr("&Reset filters"))
        self.changes_title.setText(self.tr("Corrected values:"))
        for edit in (self.first, self.last):
            edit.setDisplayFormat(date_pattern())
        self.model.retranslate()
        self._show_changes()
        if hasattr(self, "problems"):  # a language change after load(): say it all again,
            self._say_chain()  # from what was read (the vault may be closed by now)
            self._fill_choices()
            self._say_count()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
