"""The bar above the areas while the open file cannot take the changes: it opened read-only,
or its saves fail (a pulled stick, a medium turned read-only). It says why and offers
«Сохранить копию в другое место…»; once a copy holds every change, it says quitting is safe."""

from __future__ import annotations

from typing import TYPE_CHECKING

from rsdesk.gui.bars import place_above_areas
from rsdesk.gui.qt import QFrame, QHBoxLayout, QLabel, QPushButton, QSizePolicy, Qt

if TYPE_CHECKING:
    from rsdesk.gui.main_window import MainWindow

# A pale warning yellow that reads on light and dark palettes alike, with the window's text.
BANNER_STYLE = (
    "QFrame#fileBanner { background: #fff4ce; border: 1px solid #e0c060; border-radius: 3px; }"
    "QFrame#fileBanner QLabel { color: #3a2f00; }"
)


class FileBanner(QFrame):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window, objectName="fileBanner")
        self.window = window
        self.setStyleSheet(BANNER_STYLE)
        self.text = QLabel(wordWrap=True, objectName="fileBannerText")
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.text.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.save_copy = QPushButton(
            self.tr("Save a copy to another place…"), objectName="saveCopy"
        )
        self.save_copy.clicked.connect(lambda: window.file_safety.save_copy_elsewhere())
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 6, 8, 6)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.save_copy, 0, Qt.AlignmentFlag.AlignVCenter)
        session = window.session
        for signal in (session.opened, session.locked, session.saved, session.save_failed):
            signal.connect(lambda *_args: self.refresh())
        # A change after the copy makes the copy incomplete again.
        session.changed.connect(lambda _change: self.refresh())
        self.hide()

    @classmethod
    def install(cls, window: MainWindow) -> FileBanner:
        """Put a banner above the areas of the window (beside the navigation, not over it)."""
        banner = cls(window)
        place_above_areas(window, banner)
        return banner

    def message(self) -> str:
        """What the banner says now; empty when the file takes every change."""
        session = self.window.session
        vault = session.vault
        if vault is None or not session.is_open:
            return ""
        if vault.read_only:
            return self.tr(
                "The file is open read-only: {reason}. Nothing can be changed in it. To work "
                "on it, save a copy to another place and open the copy."
            ).format(reason=vault.read_only_reason)
        if not session.last_error or not vault.dirty:
            return ""
        if vault.saved_elsewhere and vault.copy_path is not None:
            return self.tr(
                "{reason} A copy with every change is saved: {path}. Quitting the program now "
                "loses nothing."
            ).format(reason=session.last_error, path=vault.copy_path)
        return self.tr(
            "{reason} Save a copy with every change to another place, so that they do not "
            "depend on this file."
        ).format(reason=session.last_error)

    def refresh(self) -> None:
        text = self.message()
        self.text.setText(text)
        self.setVisible(bool(text))
