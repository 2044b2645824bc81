"""The Settings area: language and auto-lock (remembered), retention and the audit trail."""

from __future__ import annotations

from typing import TYPE_CHECKING

from rsdesk.domain.changes import CASES, REQUESTS, SERVICE, Change
from rsdesk.domain.refusals import RoleRefused
from rsdesk.domain.retention import DEFAULT_YEARS, MAX_YEARS, MIN_YEARS
from rsdesk.domain.roles import Op
from rsdesk.gui.forms.settings_page import Ui_SettingsPage
from rsdesk.gui.language import install_language
from rsdesk.gui.qt import QAbstractSpinBox, QEvent, QWidget, Signal
from rsdesk.gui.session import UNLESS_CURATOR_MINUTES, VaultSession
from rsdesk.settings import LANGUAGES, Settings, save_settings

if TYPE_CHECKING:
    from rsdesk.gui.audit_dialog import AuditDialog

ERROR_STYLE = "color: #b00020;"
WARNING_STYLE = "color: #8a3b00;"


class SettingsPage(QWidget):
    auto_lock_changed = Signal(int)

    def __init__(
        self,
        settings: Settings,
        session: VaultSession | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.settings = settings
        self.session = session
        self.audit_dialog: AuditDialog | None = None
        self.ui = Ui_SettingsPage()
        self.ui.setupUi(self)
        self.ui.language.setCurrentIndex(LANGUAGES.index(settings.language))
        self.ui.language.currentIndexChanged.connect(self._language_chosen)
        self.ui.autoLock.setValue(settings.auto_lock_minutes)
        self.ui.autoLock.valueChanged.connect(self._auto_lock_chosen)
        self.refused_never = False  # someone other than the curator chose «never»
        self.ui.retentionYears.setRange(MIN_YEARS, MAX_YEARS)
        self.ui.retentionYears.setValue(DEFAULT_YEARS)
        self.ui.retentionYears.valueChanged.connect(self._retention_chosen)
        self.ui.auditButton.clicked.connect(self.open_audit)
        if session is not None:
            # The period, and what the next sign-in clears, follow every case closed or
            # reopened and every change of the period itself.
            session.changed.connect(self._heard)
        self.clear()

    # --- the service's data (needs an open vault) ---------------------------------------------

    def refresh(self) -> None:
        """A vault was opened: show its retention period and what the user may do with it."""
        desk = self.session.desk if self.session is not None else None
        if desk is None:
            self.clear()
            return
        ui = self.ui
        may_set = desk.may(Op.SET_RETENTION)
        may_audit = desk.may(Op.VIEW_AUDIT)
        ui.retentionYears.blockSignals(True)
        ui.retentionYears.setValue(desk.retention_years())
        ui.retentionYears.blockSignals(False)
        ui.retentionYears.setReadOnly(not may_set)
        symbols = QAbstractSpinBox.ButtonSymbols
        ui.retentionYears.setButtonSymbols(symbols.UpDownArrows if may_set else symbols.NoButtons)
        ui.auditButton.setVisible(bool(may_audit))
        ui.auditHint.setVisible(bool(may_audit))
        notes = []
        if not may_set:
            notes.append(self.tr("The curator of the service sets the retention period."))
        if not may_audit:
            notes.append(may_audit.reason)
        self._note(" ".join(notes))
        self._say_retention()
        self._say_purged()
        self.refused_never = False
        self._say_auto_lock()
        ui.dataGroup.show()

    def _heard(self, change: Change) -> None:
        if change.touches(CASES, REQUESTS, SERVICE) and not self.ui.dataGroup.isHidden():
            self.refresh()

    def clear(self) -> None:
        """No vault is open (or it was locked): nothing of the service is shown."""
        if self.audit_dialog is not None:
            self.audit_dialog.close()  # locking hides the trail too
            self.audit_dialog = None
        self.ui.dataGroup.hide()
        self.refused_never = False
        self._say_auto_lock()

    def _note(self, text: str, *, error: bool = False) -> None:
        self.ui.accessNote.setText(text)
        self.ui.accessNote.setStyleSheet(
            ERROR_STYLE if error else "color: palette(placeholder-text);"
        )
        self.ui.accessNote.setVisible(bool(text))

    def _say_retention(self) -> None:
        desk = self.session.desk if self.session is not None else None
        if desk is None:
            return
        text = self.tr(
            "When the period after a case's closure has passed, the names, descriptions, notes "
            "and documents of the case are removed at the next sign-in; the counts for the "
            "statistics stay, so the files of past years do not change."
        )
        due = desk.retention_due()
        if due:
            text += " " + self.tr(
                "Closed cases and requests the next sign-in will clear: {n}."
            ).format(n=due)
        else:
            text += " " + self.tr("The next sign-in will clear nothing.")
        self.ui.retentionInfo.setText(text)

    def _say_purged(self) -> None:
        emptied, erased = self.session.purged if self.session is not None else (0, 0)
        parts = []
        if emptied:
            parts.append(
                self.tr(
                    "At this sign-in the personal data of closed cases and requests were "
                    "removed, as their retention period had passed: {n}."
                ).format(n=emptied)
            )
        if erased:
            parts.append(
                self.tr("Deleted cases erased for good, 30 days after the deletion: {n}.").format(
                    n=erased
                )
            )
        self.ui.purgedNote.setText(" ".join(parts))
        self.ui.purgedNote.setVisible(bool(parts))

    def _retention_chosen(self, years: int) -> None:
        session = self.session
        if session is None or session.desk is None or not session.is_open:
            return
        try:
            session.desk.set_retention_years(years)  # heard back as a change: refreshed
        except RoleRefused as error:
            self.refresh()
            self._note(error.message, error=True)

    def open_audit(self) -> None:
        """The curator's audit trail; anyone else is told why not."""
        desk = self.session.desk if self.session is not None else None
        if desk is None or not self.session.is_open:
            return
        allowed = desk.may(Op.VIEW_AUDIT)
        if not allowed:
            self._note(allowed.reason, error=True)
            return
        from rsdesk.gui.audit_dialog import AuditDialog  # only the curator ever needs it

        if self.audit_dialog is not None:
            self.audit_dialog.close()
        self.audit_dialog = AuditDialog(desk, self)
        self.audit_dialog.finished.connect(self._audit_closed)
        self.audit_dialog.open()

    def _audit_closed(self) -> None:
        if self.audit_dialog is not None:
            self.audit_dialog.deleteLater()
            self.audit_dialog = None

    # --- this computer's settings -------------------------------------------------------------

    def _language_chosen(self, index: int) -> None:
        self.settings.language = LANGUAGES[index]
        save_settings(self.settings)
        install_language(self.settings.language)

    def _curator_signed_in(self) -> bool:
        session = self.session
        return bool(session and session.is_open and session.desk and session.desk.is_curator)

    def _auto_lock_chosen(self, minutes: int) -> None:
        if minutes == 0 and not self._curator_signed_in():
            # Leaving the open journal unguarded is the curator's decision, made signed in.
            self.refused_never = True
            spin = self.ui.autoLock
            spin.blockSignals(True)
            spin.setValue(self.settings.auto_lock_minutes or UNLESS_CURATOR_MINUTES)
            spin.blockSignals(False)
            self._say_auto_lock()
            return
        self.refused_never = False
        self.settings.auto_lock_minutes = minutes
        save_settings(self.settings)
        self._say_auto_lock()
        self.auto_lock_changed.emit(minutes)

    def _say_auto_lock(self) -> None:
        """Warn while «never» is set; say why «never» was refused, and what holds for whom."""
        note = self.ui.autoLockNote
        if self.refused_never:
            text = self.tr(
                "Only the curator may turn the automatic lock off, signed in to the service."
            )
        elif self.settings.auto_lock_minutes == 0:
            text = self.tr(
                "The service is never locked by itself: anyone who sits down at this computer "
                "sees the open cases. Lock it yourself with Ctrl+L when you step away."
            )
            session = self.session
            if session is not None and session.is_open and not self._curator_signed_in():
                text += " " + self.tr(
                    "For you it still locks after {n} idle minutes: only the curator works "
                    "without the automatic lock."
                ).format(n=UNLESS_CURATOR_MINUTES)
        else:
            text = ""
        note.setText(text)
        note.setStyleSheet(ERROR_STYLE if self.refused_never else WARNING_STYLE)
        note.setVisible(bool(text))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.ui.retranslateUi(self)
            if self.session is not None and self.session.is_open and self.session.desk:
                self.refresh()
        super().changeEvent(event)
