"""Under the roster, for the curator: who may sign in, giving a password, taking access away."""

from __future__ import annotations

from collections.abc import Callable

from rsdesk.domain.refusals import RoleRefused
from rsdesk.domain.roles import Op
from rsdesk.domain.roster import RosterEntry
from rsdesk.gui.qt import (
    QDialog,
    QEvent,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    Qt,
    QWidget,
)
from rsdesk.gui.roster.access_dialog import AccessDialog
from rsdesk.gui.session import VaultSession
from rsdesk.vault.errors import VaultError


class SignInPanel(QWidget):
    """Two buttons and a line saying what they would do for the selected person.

    Giving and taking away access are operations of the Desk: the roster hears of them
    through the session's change signal, as of any other change.
    """

    def __init__(
        self,
        session: VaultSession,
        open_dialog: Callable[[QDialog], None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.session = session
        self.open_dialog = open_dialog
        self.entry: RosterEntry | None = None
        self.grant_button = QPushButton(objectName="grantAccess")
        self.revoke_button = QPushButton(objectName="revokeAccess")
        self.hint = QLabel(objectName="accessHint", wordWrap=True)
        self.hint.setStyleSheet("color: palette(placeholder-text);")
        self.hint.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.grant_button)
        layout.addWidget(self.revoke_button)
        layout.addWidget(self.hint, 1)
        self.grant_button.clicked.connect(self.grant)
        self.revoke_button.clicked.connect(self.revoke)
        self.retranslate()

    @property
    def allowed(self) -> bool:
        desk = self.session.desk
        return desk is not None and self.session.is_open and bool(desk.may(Op.MANAGE_USERS))

    def _is_self(self, entry: RosterEntry) -> bool:
        user = self.session.user
        return user is not None and entry.mediator.id == user.user_id

    def show_for(self, entry: RosterEntry | None) -> None:
        self.entry = entry
        self.setVisible(self.allowed)
        usable = self.allowed and entry is not None
        own = usable and entry is not None and self._is_self(entry)
        has_password = usable and entry is not None and bool(entry.mediator.slot_id)
        desk = self.session.desk
        keyless = (
            usable
            and entry is not None
            and desk is not None
            and entry.mediator.id is not None
            and not desk.may_have_password(entry.mediator.id)
        )
        self.grant_button.setEnabled(usable and not own and not keyless)
        self.revoke_button.setEnabled(has_password and not own)
        if entry is None or not usable:
            text = ""
        elif keyless and desk is not None and entry.mediator.id is not None:
            text = desk.may_have_password(entry.mediator.id).reason
        elif own:
            text = self.tr("You change your own password in File → Change password.")
        elif has_password and self._waits_for_new_format(entry):
            text = self.tr(
                "{name} has not signed in since the file's format was updated. Until they do, "
                "an old copy of the file with their old password still opens what is saved "
                "now: ask them to sign in once, or give them a new password."
            ).format(name=entry.mediator.full_name)
        elif has_password:
            text = self.tr(
                "{name} signs in with a password of their own. A new one replaces it."
            ).format(name=entry.mediator.full_name)
        else:
            text = self.tr("{name} cannot sign in yet.").format(name=entry.mediator.full_name)
        self.hint.setText(text)

    def _waits_for_new_format(self, entry: RosterEntry) -> bool:
        """Their slot is still one from format version 1 (rsdesk/vault/FORMAT.md, "Migration")."""
        vault = self.session.vault
        return vault is not None and entry.mediator.slot_id in vault.legacy_slot_ids

    def retranslate(self) -> None:
        self.grant_button.setText(self.tr("&Give a password…"))
        self.revoke_button.setText(self.tr("Take a&way access"))
        self.show_for(self.entry)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # --- actions ----------------------------------------------------------------------------

    def grant(self) -> None:
        entry = self.entry
        if entry is None or not self.allowed or self._is_self(entry):
            return
        self.open_dialog(AccessDialog(self.session, entry.mediator, parent=self.window()))

    def revoke(self) -> None:
        entry, desk, vault = self.entry, self.session.desk, self.session.vault
        if entry is None or desk is None or vault is None or not self.allowed:
            return
        mediator_id = entry.mediator.id
        assert mediator_id is not None
        answer = QMessageBox.question(
            self,
            self.tr("Take away access"),
            self.tr(
                "Take away the access of {name}? Their password stops opening the service's "
                "file at once. The person stays in the roster and in their cases."
            ).format(name=entry.mediator.full_name),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            slot_id = desk.revoke_access(mediator_id)
        except RoleRefused as error:
            QMessageBox.warning(self, self.tr("Access is not taken away"), error.message)
            return
        try:
            vault.remove_slot(slot_id)  # saves the file at once, the roster change with it
        except (VaultError, ValueError) as error:
            # The slot is still in the file: give it back to its owner rather than leave a
            # password that opens the file for nobody, and say what happened.
            desk.grant_access(mediator_id, slot_id)
            message = error.message if isinstance(error, VaultError) else str(error)
            QMessageBox.warning(self, self.tr("Access is not taken away"), message)
