"""Table models of the Mediators area: the roster, one person's training, the may-lead matrix."""

from __future__ import annotations

from datetime import date
from typing import Any

from rsdesk.domain.leading import LeadCheck, required_modules
from rsdesk.domain.register import Mediator, TrainingRecord
from rsdesk.domain.register_keys import (
    MEDIATOR_KIND_LABELS,
    register_label,
)
from rsdesk.domain.roster import RosterEntry, ServiceYears
from rsdesk.domain.roster_corrections import training_text, years_list
from rsdesk.domain.vocabulary import MODULE_LABELS, PROGRAM_LABELS, PROGRAM_TYPES, label
from rsdesk.gui.dates import format_date
from rsdesk.gui.identity import short_name
from rsdesk.gui.qt import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QBrush,
    QColor,
    QCoreApplication,
    QLocale,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)

Index = QModelIndex | QPersistentModelIndex
DISPLAY = Qt.ItemDataRole.DisplayRole
TOOLTIP = Qt.ItemDataRole.ToolTipRole
ROOT = QModelIndex()  # the invalid index: these tables have no children

# Soft backgrounds: the symbol carries the meaning, the colour only helps the eye find it.
OK_BRUSH = QBrush(QColor("#e2f3e2"))
WARN_BRUSH = QBrush(QColor("#fff0c2"))
NO_BRUSH = QBrush(QColor("#ececec"))


def hours_text(hours: float) -> str:
    """36 rather than 36,0; 1,5 with the locale's decimal comma."""
    if float(hours).is_integer():
        return str(int(hours))
    return QLocale().toString(float(hours), "f", 1)


def service_text(service: ServiceYears, this_year: int) -> str:
    """«2021–2023», «с 2022», «2019, с 2022»: the years served, the open run as «since»."""
    years = service.years_through(this_year)
    if not years:
        return ""
    if not service.serving:
        return years_list(years)
    runs: list[list[int]] = []
    for year in years:
        if runs and year == runs[-1][-1] + 1:
            runs[-1].append(year)
        else:
            runs.append([year])
    since = QCoreApplication.translate("Roster", "since {year}").format(year=runs[-1][0])
    earlier = years_list(y for run in runs[:-1] for y in run)
    return f"{earlier}, {since}" if earlier else since


def module_code(module: str) -> str:
    """«М1» as the interface writes it (the label's first word), not the key's Latin M1."""
    return label(MODULE_LABELS, module).split(" ", 1)[0]


def kind_text(mediator: Mediator) -> str:
    if mediator.is_curator:
        return QCoreApplication.translate("Roster", "curator of the service")
    text = register_label(MEDIATOR_KIND_LABELS, mediator.kind)
    if mediator.kind == "young" and mediator.class_name:
        return QCoreApplication.translate("Roster", "{kind}, class {class_name}").format(
            kind=text, class_name=mediator.class_name
        )
    return text


def training_summary(entry: RosterEntry) -> str:
    if entry.mediator.kind == "young":
        return (
            QCoreApplication.translate("Roster", "36-hour program")
            if entry.young_program
            else QCoreApplication.translate("Roster", "program not completed yet")
        )
    return (
        ", ".join(module_code(m) for m in sorted(entry.modules))
        if entry.modules
        else QCoreApplication.translate("Roster", "no modules yet")
    )


class RosterModel(QAbstractTableModel):
    """The people of the service, one row each, as roster_view returns them."""

    COLUMNS = (
        QT_TRANSLATE_NOOP("RosterModel", "Full name"),
        QT_TRANSLATE_NOOP("RosterModel", "Role"),
        QT_TRANSLATE_NOOP("RosterModel", "Years served"),
        QT_TRANSLATE_NOOP("RosterModel", "Training"),
        QT_TRANSLATE_NOOP("RosterModel", "Hours"),
        QT_TRANSLATE_NOOP("RosterModel", "Sign-in"),
        QT_TRANSLATE_NOOP("RosterModel", "Contacts"),
    )
    TRAINING, HOURS, SIGN_IN, CONTACTS = 3, 4, 5, 6

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.entries: list[RosterEntry] = []
        self.this_year = date.today().year

    def set_entries(self, entries: list[RosterEntry], this_year: int | None = None) -> None:
        self.beginResetModel()
        self.entries = list(entries)
        self.this_year = this_year or self.this_year
        self.endResetModel()

    def rowCount(self, parent: Index = ROOT) -> int:
        return 0 if parent.isValid() else len(self.entries)

    def columnCount(self, parent: Index = ROOT) -> int:
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = DISPLAY) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == DISPLAY:
            return QCoreApplication.translate("RosterModel", self.COLUMNS[section])
        return None

    def data(self, index: Index, role: int = DISPLAY) -> Any:
        if not index.isValid():
            return None
        entry = self.entries[index.row()]
        mediator = entry.mediator
        column = index.column()
        if role == DISPLAY:
            return (
                mediator.full_name,
                kind_text(mediator),
                service_text(entry.service, self.this_year) or "—",
                training_summary(entry),
                hours_text(entry.training_hours),
                self.sign_in_text(mediator),
                mediator.contacts,
            )[column]
        if role == TOOLTIP:
            if column == 0 and (mediator.position or mediator.note):
                return "\n".join(p for p in (mediator.position, mediator.note) if p)
            if column == 2 and entry.service.breaks:
                return QCoreApplication.translate("Roster", "A break in the work: {years}").format(
                    years=years_list(entry.service.breaks)
                )
            if column == self.TRAINING:
                if entry.modules:
                    return "\n".join(label(MODULE_LABELS, m) for m in sorted(entry.modules))
                return training_summary(entry)
            if column == self.CONTACTS and mediator.contacts:
                return mediator.contacts
        if role == Qt.ItemDataRole.TextAlignmentRole and column == self.HOURS:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def sign_in_text(self, mediator: Mediator) -> str:
        """«has a password» for a user; empty for a member who cannot sign in."""
        if not mediator.slot_id:
            return ""
        return QCoreApplication.translate("RosterModel", "has a password")

    def row_of(self, mediator_id: int | None) -> int:
        for row, entry in enumerate(self.entries):
            if entry.mediator.id == mediator_id:
                return row
        return -1


class TrainingModel(QAbstractTableModel):
    """One person's training records, oldest first."""

    COLUMNS = (
        QT_TRANSLATE_NOOP("TrainingModel", "Date"),
        QT_TRANSLATE_NOOP("TrainingModel", "Training"),
        QT_TRANSLATE_NOOP("TrainingModel", "Hours"),
        QT_TRANSLATE_NOOP("TrainingModel", "Note"),
    )

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.records: list[TrainingRecord] = []

    def set_records(self, records: tuple[TrainingRecord, ...] | list[TrainingRecord]) -> None:
        self.beginResetModel()
        self.records = list(records)
        self.endResetModel()

    def rowCount(self, parent: Index = ROOT) -> int:
        return 0 if parent.isValid() else len(self.records)

    def columnCount(self, parent: Index = ROOT) -> int:
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = DISPLAY) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == DISPLAY:
            return QCoreApplication.translate("TrainingModel", self.COLUMNS[section])
        return None

    def data(self, index: Index, role: int = DISPLAY) -> Any:
        if not index.isValid():
            return None
        record = self.records[index.row()]
        if role in (DISPLAY, TOOLTIP):
            shown = (
                format_date(record.held_on),
                training_text(record),
                hours_text(record.hours),
                record.note,
            )
            return shown[index.column()]
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() == 2:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None


def lead_symbol(check: LeadCheck) -> str:
    if not check.allowed:
        return "✗"
    if check.missing_modules:
        return "⚠ " + ", ".join(module_code(m) for m in check.missing_modules)
    return "✓"


def lead_tooltip(mediator: Mediator, program_type: str, check: LeadCheck) -> str:
    """Why a cell says what it says, in full sentences for the curator."""
    head = f"{mediator.full_name} — {label(PROGRAM_LABELS, program_type)}"
    if not check.allowed:
        lines = [
            QCoreApplication.translate("Roster", "May not lead this program:"),
            *("• " + r for r in check.reasons),
        ]
    elif check.missing_modules:
        lines = [
            QCoreApplication.translate(
                "Roster", "May lead, with a warning the curator may override:"
            ),
            *("• " + r for r in check.reasons),
        ]
    elif mediator.kind == "young":
        lines = [
            QCoreApplication.translate(
                "Roster", "May co-mediate beside an adult mediator, in situations between peers."
            )
        ]
    else:
        needed = required_modules(program_type)
        lines = [
            QCoreApplication.translate("Roster", "May lead: module {modules} completed.").format(
                modules=", ".join(module_code(m) for m in needed)
            )
            if needed
            else QCoreApplication.translate("Roster", "May lead: no particular module is required.")
        ]
    return "\n".join([head, *lines])


class LeadModel(QAbstractTableModel):
    """Program types down, people across: ✓ may lead, ⚠ a module is missing, ✗ not allowed."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.entries: list[RosterEntry] = []

    def set_entries(self, entries: list[RosterEntry]) -> None:
        self.beginResetModel()
        self.entries = list(entries)
        self.endResetModel()

    def rowCount(self, parent: Index = ROOT) -> int:
        return 0 if parent.isValid() else len(PROGRAM_TYPES)

    def columnCount(self, parent: Index = ROOT) -> int:
        return 0 if parent.isValid() else len(self.entries)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = DISPLAY) -> Any:
        if orientation == Qt.Orientation.Vertical:
            if role in (DISPLAY, TOOLTIP):
                return label(PROGRAM_LABELS, PROGRAM_TYPES[section])
            return None
        if section >= len(self.entries):
            return None
        mediator = self.entries[section].mediator
        if role == DISPLAY:
            return short_name(mediator.full_name)
        if role == TOOLTIP:
            return f"{mediator.full_name}\n{kind_text(mediator)}"
        return None

    def check(self, row: int, column: int) -> LeadCheck:
        return self.entries[column].lead[PROGRAM_TYPES[row]]

    def data(self, index: Index, role: int = DISPLAY) -> Any:
        if not index.isValid():
            return None
        check = self.check(index.row(), index.column())
        if role == DISPLAY:
            return lead_symbol(check)
        if role == TOOLTIP:
            entry = self.entries[index.column()]
            return lead_tooltip(entry.mediator, PROGRAM_TYPES[index.row()], check)
        if role == Qt.ItemDataRole.BackgroundRole:
            return OK_BRUSH if check.ok else WARN_BRUSH if check.allowed else NO_BRUSH
        if role == Qt.ItemDataRole.ForegroundRole:
            return QBrush(QColor("#202020"))
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignCenter)
        return None


def describe_record(mediator: Mediator, record: TrainingRecord) -> str:
    """The lines that name a training record: whose, what, when and how long."""
    translate = QCoreApplication.translate
    lines = [
        translate("Roster", "Whose: {name}").format(name=mediator.full_name),
        translate("Roster", "Training: {training}").format(training=training_text(record)),
        translate("Roster", "Date: {date}").format(date=format_date(record.held_on)),
        translate("Roster", "Length: {hours} h").format(hours=hours_text(record.hours)),
    ]
    if record.note:
        lines.append(translate("Roster", "Note: {note}").format(note=record.note))
    return "\n".join(lines)
