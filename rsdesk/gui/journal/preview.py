"""The journal's rows as they will be stored, and the rows that cannot be read, as tables."""

from __future__ import annotations

from rsdesk.domain.journal import JournalPreview, JournalRow, RowProblem
from rsdesk.domain.register_keys import REQUEST_STATUS_LABELS, register_label
from rsdesk.domain.vocabulary import OUTCOME_LABELS, SOURCE_LABELS, category_label, label
from rsdesk.gui.dates import format_date
from rsdesk.gui.qt import (
    QT_TRANSLATE_NOOP,
    QAbstractItemView,
    QBrush,
    QColor,
    QCoreApplication,
    QFont,
    QHeaderView,
    Qt,
    QTableView,
    QWidget,
)
from rsdesk.gui.rows_model import Index, RowsModel

# Rows already brought in by an earlier import: shown, but as what will not be added again.
DUPLICATE_COLOUR = QColor("#8a8a8a")
PROBLEM_BACKGROUND = QColor("#fde7e9")
PROBLEM_COLOUR = QColor("#8c0015")


def decision_text(decision: str | None) -> str:
    if decision is None:
        return QCoreApplication.translate("JournalRowsModel", "not decided")
    return register_label(REQUEST_STATUS_LABELS, decision)


def program_text(program_type: str | None) -> str:
    if not program_type:
        return ""
    from rsdesk.procedures.folders import program_title

    return program_title(program_type)


def outcome_text(row: JournalRow) -> str:
    return label(OUTCOME_LABELS, row.outcome) if row.outcome else ""


def people_text(row: JournalRow) -> str:
    """«3 (2 н/л)»: how many people, how many of them minors."""
    if not row.participants:
        return "0"
    minors = row.minors
    if not minors:
        return str(len(row.participants))
    return QCoreApplication.translate("JournalRowsModel", "{count} ({minors} minors)").format(
        count=len(row.participants), minors=minors
    )


class JournalRowsModel(RowsModel):
    CONTEXT = "JournalRowsModel"
    COLUMNS = (
        QT_TRANSLATE_NOOP("JournalRowsModel", "Row"),
        QT_TRANSLATE_NOOP("JournalRowsModel", "Received"),
        QT_TRANSLATE_NOOP("JournalRowsModel", "Who made the request"),
        QT_TRANSLATE_NOOP("JournalRowsModel", "Category"),
        QT_TRANSLATE_NOOP("JournalRowsModel", "Participants"),
        QT_TRANSLATE_NOOP("JournalRowsModel", "Decision"),
        QT_TRANSLATE_NOOP("JournalRowsModel", "Program"),
        QT_TRANSLATE_NOOP("JournalRowsModel", "Ended"),
        QT_TRANSLATE_NOOP("JournalRowsModel", "Outcome"),
    )

    def __init__(self) -> None:
        super().__init__()
        self.duplicates: set[int] = set()
        self.faulty: set[int] = set()

    def show_preview(self, preview: JournalPreview) -> None:
        self.duplicates = set(preview.duplicates)
        # Rows the reader took but the register's rules refuse (a school's territorial case).
        self.faulty = {problem.line for problem in preview.problems}
        self.set_rows(list(preview.rows))

    def is_duplicate(self, row: int) -> bool:
        return self.rows[row].line in self.duplicates

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        row: JournalRow = self.rows[index.row()]
        duplicate = row.line in self.duplicates
        if role == Qt.ItemDataRole.DisplayRole:
            return self.text(row, index.column())
        if role == Qt.ItemDataRole.ToolTipRole:
            if duplicate:
                return QCoreApplication.translate(
                    "JournalRowsModel", "Already imported earlier: it is not added again."
                )
            if row.line in self.faulty:
                return QCoreApplication.translate(
                    "JournalRowsModel", "This row has an error: see the tab of errors."
                )
            if index.column() == 4:
                return "\n".join(person.full_name for person in row.participants) or None
            return self.text(row, index.column()) or None
        if role == Qt.ItemDataRole.ForegroundRole and duplicate:
            return QBrush(DUPLICATE_COLOUR)
        if role == Qt.ItemDataRole.BackgroundRole and row.line in self.faulty:
            return QBrush(PROBLEM_BACKGROUND)
        if role == Qt.ItemDataRole.FontRole and duplicate:
            font = QFont()
            font.setItalic(True)
            return font
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() in (0, 4):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    @staticmethod
    def text(row: JournalRow, column: int) -> str:
        if column == 0:
            return str(row.line)
        if column == 1:
            return format_date(row.received_on)
        if column == 2:
            return label(SOURCE_LABELS, row.source)
        if column == 3:
            return category_label(row.category)
        if column == 4:
            return people_text(row)
        if column == 5:
            return decision_text(row.decision)
        if column == 6:
            return program_text(row.program_type)
        if column == 7:
            return format_date(row.ended_on)
        return outcome_text(row)


class ProblemsModel(RowsModel):
    CONTEXT = "ProblemsModel"
    COLUMNS = (
        QT_TRANSLATE_NOOP("ProblemsModel", "Row"),
        QT_TRANSLATE_NOOP("ProblemsModel", "Column"),
        QT_TRANSLATE_NOOP("ProblemsModel", "What is wrong"),
    )

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        problem: RowProblem = self.rows[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            if index.column() == 0:
                # Line 0 is the file as a whole: a column missing, a sheet unreadable.
                return str(problem.line) if problem.line else self._whole_file()
            return problem.column if index.column() == 1 else problem.reason
        if role == Qt.ItemDataRole.BackgroundRole:
            return QBrush(PROBLEM_BACKGROUND)
        if role == Qt.ItemDataRole.ForegroundRole:
            return QBrush(PROBLEM_COLOUR)
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() == 0:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    @staticmethod
    def _whole_file() -> str:
        return QCoreApplication.translate("ProblemsModel", "file")


def table_for(model: RowsModel, name: str, parent: QWidget | None = None) -> QTableView:
    """A read-only table whose columns share its width and which shrinks with the window."""
    table = QTableView(parent, objectName=name)
    table.setModel(model)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setAlternatingRowColors(True)
    table.setWordWrap(False)
    table.verticalHeader().hide()
    table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 8)
    table.setMinimumHeight(120)
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    header.setStretchLastSection(True)
    return table


def fit_columns(table: QTableView, stretch: tuple[int, ...]) -> None:
    """Short columns as wide as their texts; the long ones (`stretch`) share what is left."""
    header = table.horizontalHeader()
    header.setStretchLastSection(False)
    for column in range(table.model().columnCount()):
        mode = (
            QHeaderView.ResizeMode.Stretch
            if column in stretch
            else QHeaderView.ResizeMode.ResizeToContents
        )
        header.setSectionResizeMode(column, mode)
