"""A session handed over to a young mediator («под наблюдением») and taken back.

Young mediators hold no password and no key (rsdesk/access/keyring.py): an adult signs in,
chooses «Передать сеанс ученику…», and the window shows what the young mediator's role
allows. A bar above the areas says whose session it is; only the adult's own password takes
it back. A lock ends the handed-over session like any other: the adult's password opens
the file again.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from rsdesk.domain.refusals import Refused
from rsdesk.domain.roles import Actor
from rsdesk.gui.bars import place_above_areas
from rsdesk.gui.qt import (
    QAction,
    QApplication,
    QDialog,
    QDialogButtonBox,
    QEvent,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QSizePolicy,
    Qt,
    QVBoxLayout,
    QWidget,
)

if TYPE_CHECKING:
    from rsdesk.access.workplace import Workplace
    from rsdesk.gui.main_window import MainWindow

BAR_STYLE = (
    "QFrame#handOverBar { background: #e3f0ff; border: 1px solid #8db4e2; border-radius: 3px; }"
    "QFrame#handOverBar QLabel { color: #10243e; }"
)


class HandOverDialog(QDialog):
    """Choose the young mediator who works in this session."""

    def __init__(self, candidates: list[Actor], parent: QWidget | None = None) -> None:
        super().__init__(parent, objectName="handOverDialog")
        self.setWindowTitle(self.tr("Hand the session over"))
        text = QLabel(
            self.tr(
                "The young mediator works in your session and sees only the cases assigned to "
                "them. Stay nearby: only your password takes the session back."
            ),
            wordWrap=True,
        )
        self.people = QListWidget(objectName="handOverPeople")
        for actor in candidates:
            item = QListWidgetItem(actor.name)
            item.setData(Qt.ItemDataRole.UserRole, actor.user_id)
            self.people.addItem(item)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setText(self.tr("&Hand over"))
        self.ok.setEnabled(False)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.people.currentRowChanged.connect(lambda row: self.ok.setEnabled(row >= 0))
        self.people.itemDoubleClicked.connect(lambda _item: self.accept())
        layout = QVBoxLayout(self)
        layout.addWidget(text)
        layout.addWidget(self.people, 1)
        layout.addWidget(self.buttons)
        self.resize(440, 320)

    def chosen(self) -> int | None:
        item = self.people.currentItem()
        return None if item is None else int(item.data(Qt.ItemDataRole.UserRole))


class TakeBackDialog(QDialog):
    """The adult's own password takes the session back."""

    def __init__(self, adult: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent, objectName="takeBackDialog")
        self.setWindowTitle(self.tr("Take the session back"))
        text = QLabel(
            self.tr("Only the adult who handed the session over takes it back: {name}.").format(
                name=adult.name
            ),
            wordWrap=True,
        )
        self.password = QLineEdit(objectName="takeBackPassword")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setPlaceholderText(self.tr("Your password"))
        self.error = QLabel(objectName="takeBackError", wordWrap=True)
        self.error.setStyleSheet("color: #b00020;")
        self.error.hide()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setText(self.tr("&Take back"))
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(text)
        layout.addWidget(self.password)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.resize(420, 160)

    def wrong(self) -> None:
        self.error.setText(self.tr("This password does not fit. Try again."))
        self.error.show()
        self.password.selectAll()
        self.password.setFocus()


class HandOver(QFrame):
    """The File menu's «Hand the session over…» and the bar shown while it is handed over."""

    # What a young mediator in a handed-over session must not reach: another file, the
    # adult's password, copies of the whole file.
    GUARDED = (
        "actionCreate",
        "actionOpen",
        "actionChangePassword",
        "actionExportBackup",
        "actionRestoreBackup",
        "actionImportJournal",
    )

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window, objectName="handOverBar")
        self.window = window
        self.setStyleSheet(BAR_STYLE)
        self.text = QLabel(wordWrap=True, objectName="handOverText")
        self.text.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.take_back_button = QPushButton(objectName="takeBack")
        self.take_back_button.clicked.connect(self.take_back)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 6, 8, 6)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.take_back_button, 0, Qt.AlignmentFlag.AlignVCenter)
        self.action = QAction(window, objectName="actionHandOver")
        self.action.triggered.connect(self.hand_over)
        window.ui.menuFile.insertAction(window.ui.actionLock, self.action)
        self.dialog: QDialog | None = None
        self.retranslate()
        self.hide()

    @classmethod
    def install(cls, window: MainWindow) -> HandOver:
        """Above the areas, under any other bar there."""
        bar = cls(window)
        place_above_areas(window, bar)
        return bar

    def retranslate(self) -> None:
        self.action.setText(self.tr("&Hand the session over to a young mediator…"))
        self.take_back_button.setText(self.tr("Take the session &back…"))
        self.update_state()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # --- state ------------------------------------------------------------------------------

    @property
    def workplace(self) -> Workplace | None:
        return self.window.session.workplace

    @property
    def handed_over(self) -> bool:
        place = self.workplace
        return self.window.session.is_open and place is not None and place.adult_desk is not None

    def update_state(self) -> None:
        """Called by the window after its own update: the bar, and what a student may not use."""
        session = self.window.session
        desk = session.desk
        handed = self.handed_over
        place = self.workplace
        self.action.setEnabled(
            bool(
                session.is_open
                and desk is not None
                and not handed
                and place is not None
                and not place.vault.opened_with_recovery
                and not getattr(place.vault, "read_only", False)
            )
        )
        self.action.setVisible(not handed)
        if handed and desk is not None and desk.supervisor is not None:
            self.text.setText(
                self.tr(
                    "The session is handed over to a young mediator: {young}. Only the adult "
                    "who handed it over takes it back: {adult}."
                ).format(young=desk.actor.name, adult=desk.supervisor.name)
            )
            for name in self.GUARDED:
                action = getattr(self.window.ui, name, None)
                if action is not None:
                    action.setEnabled(False)
        else:
            # The window's own update gives the others back; these two nothing else guards.
            self.window.ui.actionCreate.setEnabled(True)
            self.window.ui.actionOpen.setEnabled(True)
        self.setVisible(handed)

    def _candidates(self) -> list[Actor]:
        desk = self.window.session.desk
        place = self.workplace
        if desk is None or place is None or place.vault.opened_with_recovery:
            return []
        if getattr(place.vault, "read_only", False):
            return []
        return desk.hand_over_candidates()

    # --- actions ----------------------------------------------------------------------------

    def hand_over(self) -> None:
        candidates = self._candidates()
        if not candidates:
            QMessageBox.information(
                self.window,
                self.tr("Hand the session over"),
                self.tr(
                    "This year's roster has no young mediators. Add them in «Mediators» first."
                ),
            )
            return
        dialog = self.dialog = HandOverDialog(candidates, self.window)
        dialog.finished.connect(lambda result: self._chosen(dialog, result))
        dialog.open()

    def _chosen(self, dialog: HandOverDialog, result: int) -> None:
        self.dialog = None
        young_id = dialog.chosen()
        dialog.deleteLater()
        session, place = self.window.session, self.workplace
        if result != QDialog.DialogCode.Accepted or young_id is None or place is None:
            return
        try:
            desk = place.hand_over(young_id)
        except Refused as error:
            QMessageBox.warning(
                self.window, self.tr("The session is not handed over"), error.message
            )
            return
        desk.subscribe(session.changed.emit)
        session.desk = desk
        session.restart_idle_timer()  # a young mediator's session locks after idle minutes
        self.window.signed_in_again()

    def take_back(self) -> None:
        desk = self.window.session.desk
        if not self.handed_over or desk is None or desk.supervisor is None:
            return
        dialog = self.dialog = TakeBackDialog(desk.supervisor, self.window)
        dialog.ok.clicked.connect(lambda: self._try_password(dialog))
        dialog.finished.connect(lambda _result: self._closed(dialog))
        dialog.open()

    def _try_password(self, dialog: TakeBackDialog) -> None:
        place, session = self.workplace, self.window.session
        if place is None:
            dialog.reject()
            return
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            taken = place.take_back(dialog.password.text())  # one key derivation, ~0.5 s
        finally:
            QApplication.restoreOverrideCursor()
        if not taken:
            dialog.wrong()
            return
        dialog.password.clear()
        session.desk = place.desk
        session.restart_idle_timer()
        dialog.accept()
        self.window.signed_in_again()

    def _closed(self, dialog: TakeBackDialog) -> None:
        if self.dialog is dialog:
            self.dialog = None
        dialog.deleteLater()

    def close_dialog(self) -> None:
        """A lock closes whatever this bar had open."""
        dialog, self.dialog = self.dialog, None
        if dialog is not None:
            dialog.reject()
