"""The notice of a possible repeat conflict: people of the request already in a recent case."""

from __future__ import annotations

import html
from collections.abc import Sequence

from rsdesk.access import Desk, RoleRefused
from rsdesk.domain.repeats import RepeatConflict
from rsdesk.gui.dates import format_date
from rsdesk.gui.qt import QFrame, QLabel, QSizePolicy, Qt, QVBoxLayout, QWidget

NOTICE_STYLE = (
    "QFrame#repeatNotice { background: #fff8e1; border: 1px solid #e0c97a; border-radius: 4px; }"
)


class RepeatNotice(QFrame):
    """Says who of the request is in an open case or in one closed within a year.

    Case numbers come only as the Desk gives them, i.e. of the cases the user may open; a
    case of someone else's is said as a possible repeat and nothing more.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent, objectName="repeatNotice")
        self.setStyleSheet(NOTICE_STYLE)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        self.title = QLabel(wordWrap=True, objectName="repeatTitle")
        self.title.setTextFormat(Qt.TextFormat.RichText)
        self.lines = QLabel(wordWrap=True, objectName="repeatLines")
        self.lines.setTextFormat(Qt.TextFormat.PlainText)  # names are what users typed
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 6, 8, 6)
        layout.addWidget(self.title)
        layout.addWidget(self.lines)
        self.conflicts: tuple[RepeatConflict, ...] = ()
        self.hide()

    def check(
        self, desk: Desk, request_id: int | None = None, names: Sequence[str] | None = None
    ) -> None:
        """Ask the Desk again; a user who may not read requests is told nothing."""
        try:
            found = desk.repeat_conflicts(request_id, names)
        except RoleRefused:
            found = ()
        self.show_conflicts(found)

    def show_conflicts(self, conflicts: tuple[RepeatConflict, ...]) -> None:
        self.conflicts = conflicts
        # Bold as markup, not as a style sheet: a label measures its wrapped lines in the
        # font it has before the sheet applies, and would leave a gap under them.
        title = self.tr(
            "Possible repeat conflict: these people are already in an open case or in one "
            "closed less than a year ago."
        )
        self.title.setText(f"<b>{html.escape(title)}</b>")
        self.lines.setText("\n".join(self._lines()))
        self.setVisible(bool(conflicts))

    def _lines(self) -> list[str]:
        lines = []
        for conflict in self.conflicts:
            for case in conflict.cases:
                if case.status == "open":
                    text = self.tr("{name} — open case No. {number}")
                else:
                    text = self.tr("{name} — case No. {number}, closed on {date}")
                lines.append(
                    "• "
                    + text.format(
                        name=conflict.full_name,
                        number=case.number,
                        date=format_date(case.closed_on),
                    )
                )
            if conflict.unseen:
                text = (
                    self.tr("{name} — also in another open or recent case")
                    if conflict.cases
                    else self.tr("{name} — in another open or recent case")
                )
                lines.append("• " + text.format(name=conflict.full_name))
        return lines
