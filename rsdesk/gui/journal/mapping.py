"""Which of the file's columns holds each field: one combo box per field, in two columns."""

from __future__ import annotations

from rsdesk.domain.journal import FIELD_LABELS, FIELDS, HEADERS, REQUIRED_FIELDS
from rsdesk.gui.qt import (
    QComboBox,
    QCoreApplication,
    QEvent,
    QGridLayout,
    QLabel,
    QSizePolicy,
    Qt,
    QWidget,
    Signal,
)

NONE = ""  # the item data of «— нет —»: the field is not in the file
ROWS = 5  # fields per column of the grid
UNMAPPED_STYLE = "color: #b00020; font-weight: bold;"


def field_label(field: str) -> str:
    text = QCoreApplication.translate("journal", FIELD_LABELS[field])
    return text[:1].upper() + text[1:]


class MappingPanel(QWidget):
    """`changed` carries the mapping chosen (field -> header; fields without a column left
    out) each time the user picks another column for a field."""

    changed = Signal(dict)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.headers: tuple[str, ...] = ()
        self.combos: dict[str, QComboBox] = {}
        self.labels: dict[str, QLabel] = {}
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(8)
        grid.setVerticalSpacing(4)
        for index, field in enumerate(FIELDS):
            combo = QComboBox(objectName=f"map_{field}")
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
            combo.setMinimumContentsLength(8)
            combo.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
            combo.activated.connect(self._picked)
            label = QLabel(objectName=f"label_{field}")
            label.setBuddy(combo)
            row, column = index % ROWS, 2 * (index // ROWS)
            grid.addWidget(label, row, column, Qt.AlignmentFlag.AlignRight)
            grid.addWidget(combo, row, column + 1)
            self.combos[field], self.labels[field] = combo, label
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(3, 1)
        self.legend = QLabel(objectName="mappingLegend", wordWrap=True)
        grid.addWidget(self.legend, ROWS, 0, 1, 4)
        self.retranslate()

    def retranslate(self) -> None:
        for field, label in self.labels.items():
            star = " *" if field in REQUIRED_FIELDS else ""
            label.setText(f"{field_label(field)}{star}:")
            tip = self.tr("In the template: «{header}»").format(header=HEADERS[field])
            label.setToolTip(tip)
            self.combos[field].setToolTip(tip)
        self.legend.setText(
            self.tr(
                "* required. The day the program ended and its outcome are needed in every row "
                "that names a program."
            )
        )
        if self.headers:
            self.set_mapping(self.headers, self.mapping())

    def set_mapping(self, headers: tuple[str, ...], mapping: dict[str, str]) -> None:
        """Fill the combos with the file's headers and show the mapping the preview used."""
        self.headers = headers
        for field, combo in self.combos.items():
            combo.blockSignals(True)
            combo.clear()
            if field in REQUIRED_FIELDS:
                # A required field has no «none»: until a column is chosen the box says so.
                combo.setPlaceholderText(self.tr("— choose a column —"))
            else:
                combo.addItem(self.tr("— none —"), NONE)
            for header in headers:
                combo.addItem(header, header)
            chosen = mapping.get(field)
            combo.setCurrentIndex(combo.findData(chosen) if chosen in headers else -1)
            if combo.currentIndex() < 0 and field not in REQUIRED_FIELDS:
                combo.setCurrentIndex(0)
            # A required field without a column: its caption in red, as an error is.
            self.labels[field].setStyleSheet(UNMAPPED_STYLE if combo.currentIndex() < 0 else "")
            combo.blockSignals(False)

    def mapping(self) -> dict[str, str]:
        chosen = {}
        for field, combo in self.combos.items():
            header = combo.currentData()
            if combo.currentIndex() >= 0 and header:
                chosen[field] = str(header)
        return chosen

    def unmapped(self) -> list[str]:
        """Required fields without a column."""
        return [
            field for field in FIELDS if field in REQUIRED_FIELDS and field not in self.mapping()
        ]

    def _picked(self, _index: int) -> None:
        self.changed.emit(self.mapping())

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
