"""The curator gives a roster member a password of their own: a new key slot in the vault.

The slot is derived in a worker (an Argon2id run, about half a second) from plain key
material; back on the GUI thread, which owns the database, the vault installs it and the
desk records whose it is. A member who already had a password gets the new one and the old
slot is removed, so a forgotten or overheard password is replaced in one step.
"""

from __future__ import annotations

import contextlib
from typing import TYPE_CHECKING

from rsdesk.access import RoleRefused
from rsdesk.domain.passwords import password_strength
from rsdesk.domain.register import Mediator
from rsdesk.domain.roles import Role, role_label
from rsdesk.gui.forms.access_dialog import Ui_AccessDialog
from rsdesk.gui.gate import ERROR_STYLE, describe_error
from rsdesk.gui.qt import QDialog, QDialogButtonBox, QLineEdit, QWidget
from rsdesk.gui.session import VaultSession
from rsdesk.gui.worker import run_in_background
from rsdesk.vault.errors import VaultError

if TYPE_CHECKING:
    from rsdesk.vault import SlotMaker, Vault
    from rsdesk.vault.format import Slot


def role_of(mediator: Mediator) -> Role:
    if mediator.is_curator:
        return Role.CURATOR
    return Role.YOUNG if mediator.kind == "young" else Role.ADULT


class AccessDialog(QDialog):
    def __init__(
        self, session: VaultSession, mediator: Mediator, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_AccessDialog()
        self.ui.setupUi(self)
        self.session = session
        self.mediator = mediator
        self.busy = False
        self.abandoned = False  # closed (by Cancel or a lock) while the slot was being made
        self.granted_slot: str | None = None
        ui = self.ui
        self.ok = ui.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setText(self.tr("&Give the password"))
        ui.person.setText(
            self.tr("{name}, {role}").format(
                name=mediator.full_name, role=role_label(role_of(mediator))
            )
        )
        text = self.tr(
            "Choose a password and tell it to the person yourself, not in a message. With it "
            "they sign in and see what their role allows; at the first sign-in they accept the "
            "confidentiality pledge."
        )
        if mediator.slot_id:
            text += " " + self.tr("The password they have now stops working.")
        ui.explanation.setText(text)
        ui.message.setWordWrap(True)
        ui.buttons.accepted.connect(self.submit)
        ui.buttons.rejected.connect(self.reject)
        ui.reveal.toggled.connect(self._reveal)
        for field in (ui.password, ui.repeat):
            field.textChanged.connect(self._update)
        self._update()
        ui.password.setFocus()

    def _reveal(self, shown: bool) -> None:
        mode = QLineEdit.EchoMode.Normal if shown else QLineEdit.EchoMode.Password
        self.ui.password.setEchoMode(mode)
        self.ui.repeat.setEchoMode(mode)

    def _update(self) -> None:
        new, repeat = self.ui.password.text(), self.ui.repeat.text()
        strength = password_strength(new)
        text = strength.text if new else ""
        mismatch = bool(repeat) and repeat != new
        if mismatch:
            text += " " + self.tr("The passwords do not match.")
        self.ui.strength.setText(text.strip())
        self.ui.strength.setStyleSheet("" if strength.score >= 2 and not mismatch else ERROR_STYLE)
        self.ok.setEnabled(not self.busy and strength.acceptable and new == repeat)

    def _show_error(self, text: str) -> None:
        self.ui.message.setStyleSheet(ERROR_STYLE)
        self.ui.message.setText(text)

    def submit(self) -> None:
        vault = self.session.vault
        if self.busy or vault is None or not self.session.is_open:
            return
        password = self.ui.password.text()
        if not (password_strength(password).acceptable and password == self.ui.repeat.text()):
            return
        self.busy = True
        self._update()
        self.ui.message.setStyleSheet("")
        self.ui.message.setText(self.tr("Please wait…"))
        run_in_background(
            lambda: (vault.slot_maker(), password),
            derive_slot,
            lambda slot: self._slot_made(vault, slot),
            self._failed,
        )

    def _slot_made(self, vault: Vault, slot: Slot) -> None:
        desk = self.session.desk
        if self.abandoned or desk is None or self.session.vault is not vault:
            return  # nobody is there to record it: the slot was never put in the file
        self.busy = False
        mediator_id = self.mediator.id
        assert mediator_id is not None
        try:
            slot_id = vault.install_slot(slot)  # saved at once
        except (ValueError, VaultError) as error:
            self._failed(error)
            return
        try:
            desk.grant_access(mediator_id, slot_id)
        except RoleRefused as error:
            self._forget(vault, slot_id)
            self._show_error(error.message)
            self._update()
            return
        old = self.mediator.slot_id
        if old and old != slot_id and old in vault.slot_ids:
            # Saves the file, the new owner recorded. Should it fail, the old slot belongs to
            # nobody now and signs nobody in (workplace.desk_for).
            with contextlib.suppress(VaultError, ValueError, RuntimeError):
                vault.remove_slot(old)
        self.granted_slot = slot_id
        self.ui.password.clear()
        self.ui.repeat.clear()
        self.accept()

    @staticmethod
    def _forget(vault: Vault, slot_id: str) -> None:
        if not vault.closed and slot_id in vault.slot_ids:
            with contextlib.suppress(VaultError, ValueError, RuntimeError):
                vault.remove_slot(slot_id)

    def _failed(self, error: BaseException) -> None:
        if self.abandoned:
            return
        self.busy = False
        if isinstance(error, ValueError):  # the file's 64 key slots are all taken
            self._show_error(
                self.tr(
                    "The service's file has no room for another password. Take away the access "
                    "of those who no longer work in the service, then try again."
                )
            )
        else:
            self._show_error(describe_error(error))
        self._update()

    def done(self, result: int) -> None:
        if result != QDialog.DialogCode.Accepted:
            self.abandoned = True
            self.ui.password.clear()
            self.ui.repeat.clear()
        super().done(result)


def derive_slot(args: tuple[SlotMaker, str]) -> Slot:
    """In a worker: the new password's key slot, from the key material alone."""
    maker, password = args
    return maker.password_slot(password)
