"""Taking a document out of the vault: the warning, an optional password, the file dialog."""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

from rsdesk.domain.passwords import password_strength
from rsdesk.gui.documents import lazy as docs
from rsdesk.gui.qt import (
    QCheckBox,
    QCoreApplication,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

ERROR_STYLE = "color: #b00020;"
# poppler (the PDF reader of most Linux desktops, 22.12 checked) opens an AES-256 PDF only when
# its password is at most 32 bytes of UTF-8, although the format allows 127: a longer one locks
# the recipient out. 32 bytes are 16 Russian or 32 Latin letters.
MAX_PASSWORD_BYTES = 32
WARNING_STYLE = "background: #fff4d6; border: 1px solid #e0b94c; padding: 8px;"
# Characters Windows refuses in file names, and control characters.
_UNSAFE = re.compile(r'[\\/:*?"<>|\x00-\x1f]+')


def suggested_name(title: str, day: date) -> str:
    """A file name a curator recognises later: the document's title and the day it was made."""
    stem = _UNSAFE.sub(" ", title).strip(" .")[:80].strip() or "document"
    return f"{stem} {day:%Y-%m-%d}.pdf"


def with_pdf_suffix(chosen: str) -> Path:
    path = Path(chosen)
    return path if path.suffix.lower() == ".pdf" else path.with_name(path.name + ".pdf")


def choose_pdf_target(parent: QWidget, caption: str, name: str) -> Path | None:
    """The save-file dialog; None when the user cancels."""
    chosen, _ = QFileDialog.getSaveFileName(
        parent,
        caption,
        str(Path.home() / name),
        QCoreApplication.translate("DocumentExport", "PDF documents (*.pdf)"),
    )
    return with_pdf_suffix(chosen) if chosen else None


class ExportDialog(QDialog):
    """Says that the file leaves the vault's protection and offers an AES-256 password."""

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Export a document"))
        self.setMinimumWidth(520)
        self.document = QLabel(
            self.tr("Document: {title}").format(title=title), wordWrap=True, objectName="title"
        )
        self.warning = QLabel(
            docs.export_warning(),
            wordWrap=True,
            objectName="exportWarning",
            styleSheet=WARNING_STYLE,
        )
        self.protect = QCheckBox(self.tr("&Protect the file with a password"))
        self.password = QLineEdit(objectName="exportPassword", enabled=False)
        self.repeat = QLineEdit(objectName="exportRepeat", enabled=False)
        for field in (self.password, self.repeat):
            field.setEchoMode(QLineEdit.EchoMode.Password)
            field.textChanged.connect(self._update)
        self.protect.toggled.connect(self._protect_toggled)
        self.note = QLabel(
            self.tr(
                "The file is encrypted with AES-256. Tell the password to the recipient by "
                "another way than the file itself, for example by phone."
            ),
            wordWrap=True,
        )
        self.message = QLabel(wordWrap=True, objectName="exportMessage")
        form = QFormLayout()
        form.addRow(self.tr("Pass&word:"), self.password)
        form.addRow(self.tr("&Repeat:"), self.repeat)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Choose a file…"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.document)
        layout.addWidget(self.warning)
        layout.addSpacing(6)
        layout.addWidget(self.protect)
        layout.addLayout(form)
        layout.addWidget(self.note)
        layout.addWidget(self.message)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        self._update()

    def _protect_toggled(self, on: bool) -> None:
        self.password.setEnabled(on)
        self.repeat.setEnabled(on)
        if on:
            self.password.setFocus()
        self._update()

    def chosen_password(self) -> str | None:
        """The password to encrypt with, or None for a file without one."""
        return self.password.text() if self.protect.isChecked() else None

    def _update(self) -> None:
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        if not self.protect.isChecked():
            self.message.clear()
            ok.setEnabled(True)
            return
        password, repeat = self.password.text(), self.repeat.text()
        if not password:
            text, good = self.tr("Enter the password twice."), False
        elif len(password.encode("utf-8")) > MAX_PASSWORD_BYTES:
            text = self.tr(
                "Too long for some PDF readers: at most 16 Russian or 32 Latin letters, digits "
                "and signs."
            )
            good = False
        elif password != repeat:
            text, good = self.tr("The passwords do not match."), False
        else:
            strength = password_strength(password)
            text, good = strength.text, strength.acceptable
        self.message.setStyleSheet("" if good else ERROR_STYLE)
        self.message.setText(text)
        ok.setEnabled(good)
