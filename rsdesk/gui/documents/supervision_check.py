"""Before the supervision description is made: its texts as they will leave the case.

Every replacement is shown marked, so the mediator sees what was hidden and what was not,
and can hide more: select a word in the text, or type words, and the texts are hidden again.
The dialog holds the case's texts only on screen; nothing is written.
"""

from __future__ import annotations

import html
from collections.abc import Callable, Sequence

from rsdesk.gui.qt import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QKeyEvent,
    QLabel,
    QLineEdit,
    QPushButton,
    QSize,
    Qt,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)
from rsdesk.gui.screen_fit import fit_to_screen

MARKED = "background-color:#ffe58f; color:#000000; font-weight:bold"


def as_html(texts: Sequence) -> str:
    """The texts as paragraphs, each hidden piece marked."""
    blocks = []
    for text in texts:
        pieces = "".join(
            f'<span style="{MARKED}">{html.escape(piece)}</span>' if hidden else html.escape(piece)
            for piece, hidden in text.pieces
        )
        pieces = pieces.replace("\n", "<br>")
        label = f"<b>{html.escape(text.label)}:</b> " if text.label else ""
        blocks.append(f"<p>{label}{pieces}</p>")
    return "".join(blocks)


class SupervisionCheck(QDialog):
    """Shows the hidden texts; «Сформировать» makes the document with the words chosen here."""

    def __init__(
        self, read: Callable[[tuple[str, ...]], Sequence], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.read = read  # hide -> the texts, through the Desk
        self.hide: list[str] = []
        self.setWindowTitle(self.tr("Check the description for supervision"))
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "This is how the case's texts will leave it. Marked: what was replaced. Read it "
                "through: if a word still tells who or where, select it and press «Hide the "
                "selected», or type it below."
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.view = QTextBrowser()
        self.view.setOpenLinks(False)
        layout.addWidget(self.view, 1)
        row = QHBoxLayout()
        self.hide_selected = QPushButton(self.tr("&Hide the selected"))
        self.hide_selected.clicked.connect(self._hide_selection)
        row.addWidget(self.hide_selected)
        row.addWidget(QLabel(self.tr("Also hide:")))
        self.words = QLineEdit()
        self.words.setPlaceholderText(self.tr("words, separated by commas"))
        self.words.returnPressed.connect(self._hide_typed)
        row.addWidget(self.words, 1)
        self.apply_button = QPushButton(self.tr("H&ide"))
        self.apply_button.clicked.connect(self._hide_typed)
        row.addWidget(self.apply_button)
        layout.addLayout(row)
        self.hidden_list = QLabel()
        self.hidden_list.setWordWrap(True)
        layout.addWidget(self.hidden_list)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.make_button = buttons.addButton(
            self.tr("&Make the document"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        # Enter in «Скрыть ещё» hides the words typed; it must never make the document.
        for button in (*buttons.buttons(), self.hide_selected, self.apply_button):
            button.setAutoDefault(False)
            button.setDefault(False)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.refresh()
        fit_to_screen(self, QSize(760, 560))

    def keyPressEvent(self, event: QKeyEvent) -> None:
        # A line edit passes Enter on; unanswered it would reach the card behind this dialog.
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            event.accept()
            return
        super().keyPressEvent(event)

    def refresh(self) -> None:
        self.view.setHtml(as_html(self.read(tuple(self.hide))))
        self.hidden_list.setText(
            self.tr("You chose to hide: {words}.").format(words=", ".join(self.hide))
            if self.hide
            else ""
        )

    def add(self, words: Sequence[str]) -> None:
        fresh = [w.strip() for w in words if w.strip() and w.strip() not in self.hide]
        if fresh:
            self.hide += fresh
            self.refresh()

    def _hide_selection(self) -> None:
        self.add([self.view.textCursor().selectedText().replace("\u2029", " ")])

    def _hide_typed(self) -> None:
        self.add(self.words.text().split(","))
        self.words.clear()
