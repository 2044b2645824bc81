"""The main window: navigation between the areas, the vault gate, menus, status bar."""

from __future__ import annotations

import importlib
from collections.abc import Callable
from typing import TYPE_CHECKING

from rsdesk.gui.areas import AREA_WIDGETS, AREAS, Area, EmptyState, NoticePage, area_title
from rsdesk.gui.file_safety import FileSafety
from rsdesk.gui.forms.main_window import Ui_MainWindow
from rsdesk.gui.gate import GateStack, describe_error
from rsdesk.gui.identity import StatusLabel, user_text
from rsdesk.gui.journal.menu import JournalMenu
from rsdesk.gui.qt import (
    QCloseEvent,
    QDialog,
    QEvent,
    QFileDialog,
    QFrame,
    QIcon,
    QLabel,
    QMainWindow,
    QMessageBox,
    QScrollArea,
    Qt,
    QVBoxLayout,
    QWidget,
)
from rsdesk.gui.session import VaultSession
from rsdesk.resource_paths import resource
from rsdesk.settings import Settings

if TYPE_CHECKING:
    from rsdesk.gui.pledge_dialog import PledgeDialog
    from rsdesk.vault import UnlockedFile

# The dialogs of rarer actions, the settings page and the core load when first used, not
# before the window shows (tests/gui/test_start.py lists what the start may load).

# Areas shown while no vault is open: this computer's settings, the regional summary.
OPEN_AREAS = {"settings", "statistics"}


def area_room(content: QWidget) -> QScrollArea:
    """The room an area's page gets: a page needing more than the room scrolls inside it
    rather than widen the window past a 1024 px screen. (The welcome, unlock and notice
    pages are narrow enough as they are.)"""
    room = QScrollArea(widgetResizable=True, frameShape=QFrame.Shape.NoFrame)
    room.setProperty("areaRoom", True)
    room.setWidget(content)
    return room


class _Pages(dict[str, QWidget]):
    """The areas' widgets by key, each built on first use."""

    def __init__(self, build: Callable[[str], QWidget]) -> None:
        super().__init__()
        self.build = build

    def __missing__(self, key: str) -> QWidget:
        page = self[key] = self.build(key)
        return page


class MainWindow(QMainWindow):
    def __init__(self, settings: Settings) -> None:
        super().__init__()
        self.settings = settings
        self.ui = Ui_MainWindow()
        self.ui.setupUi(self)
        self.setWindowIcon(QIcon(str(resource("icons", "rsdesk.svg"))))
        self.session = VaultSession(settings, self)
        # Areas are built when first shown: their modules (and the data they read) are not
        # needed to show the welcome or unlock screen, and the program starts sooner.
        self.pages = _Pages(self._build_page)
        self.gate = GateStack(self.session.attach, lambda: self.settings.last_slot)
        self.ui.areas.addWidget(self.gate)
        # Shown instead of an area the signed-in user may not see, and before the pledge.
        self.notice = NoticePage()
        self.ui.areas.addWidget(self.notice)
        self._fit_navigation()
        self._fit_screen()
        self.pledge: PledgeDialog | None = None
        self._backup_said = ""  # the missed backup copy last told of
        # What a lock ends with, once the vault is closed and saved: the application sets
        # rsdesk.gui.relaunch.relaunch, which starts the program anew in place of this
        # process. None (a window made by a test or the screenshot tour) locks in place.
        self.relaunch: Callable[[list[str]], object] | None = None
        self._connect()
        self.user_status = QLabel(objectName="userStatus")  # short: whole, always
        self.user_status.setStyleSheet(
            "QLabel#userStatus { padding-right: 6px; border-right: 1px solid palette(mid); }"
        )
        self.statusBar().addPermanentWidget(self.user_status)
        self.vault_status = StatusLabel(name="vaultStatus")
        self.statusBar().addPermanentWidget(self.vault_status)
        from rsdesk.gui.file_banner import FileBanner

        self.file_banner = FileBanner.install(self)  # read-only, or the file gone: what to do
        from rsdesk.gui.handover import HandOver

        self.hand_over = HandOver.install(self)  # a session handed over to a young mediator
        self.gate.show_for(self.session.path)
        self.show_area(0)
        self._update_state()

    def _connect(self) -> None:
        actions = (
            self.ui.actionCases,
            self.ui.actionPrograms,
            self.ui.actionMediators,
            self.ui.actionStatistics,
            self.ui.actionSettings,
        )
        for index, action in enumerate(actions):
            action.triggered.connect(lambda _checked=False, i=index: self.show_area(i))
        self.ui.navigation.currentRowChanged.connect(self._area_changed)
        self.ui.actionAbout.triggered.connect(self.show_about)
        self.ui.actionQuit.triggered.connect(self.close)
        self.ui.actionCreate.triggered.connect(self.create_service)
        self.ui.actionOpen.triggered.connect(self.open_file)
        self.ui.actionLock.triggered.connect(self.lock)
        ui = self.ui
        self.file_safety = FileSafety(
            self, ui.actionChangePassword, ui.actionExportBackup, ui.actionRestoreBackup
        )
        self.journal = JournalMenu(
            self, ui.actionImportJournal, ui.actionJournalImports, ui.actionJournalTemplate
        )
        self.gate.welcome.ui.create.clicked.connect(self.create_service)
        self.gate.welcome.ui.open.clicked.connect(self.open_file)
        self.gate.unlock.ui.create.clicked.connect(self.create_service)
        self.gate.unlock.ui.other.clicked.connect(self.open_file)
        self.gate.unlock.ui.forgot.clicked.connect(self.recover)
        self.session.opened.connect(self._signed_in)
        self.session.locked.connect(self._locked)
        self.session.released.connect(self._released)
        # «All changes saved» only once the writer says so; «Saving…» from the change on.
        self.session.changed.connect(lambda _change: self._update_status())
        self.session.saved.connect(lambda _generation: self._update_status())
        self.session.saved.connect(lambda _generation: self._backup_notice())
        self.session.save_failed.connect(self._save_failed)

    def _build_page(self, key: str) -> QWidget:
        index = next(i for i, area in enumerate(AREAS) if area.key == key)
        content = self._make_page(AREAS[index])
        self._set_page(index, content)
        if self.may_see(key) and hasattr(content, "refresh"):
            content.refresh()
        return content

    def _make_page(self, area: Area) -> QWidget:
        if area.key == "settings":
            from rsdesk.gui.settings_page import SettingsPage

            page = SettingsPage(self.settings, self.session)
            page.auto_lock_changed.connect(lambda _minutes: self.session.restart_idle_timer())
            return page
        if area.key in AREA_WIDGETS:
            module, name = AREA_WIDGETS[area.key].split(":")
            return getattr(importlib.import_module(module), name)(self.session)
        return EmptyState(area)

    def _set_page(self, index: int, content: QWidget) -> None:
        layout = QVBoxLayout(self.ui.areas.widget(index))
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(area_room(content))

    def _fit_navigation(self) -> None:
        """As wide as the longest area name: the areas keep the rest of a 1024 px screen."""
        nav = self.ui.navigation
        nav.setFixedWidth(nav.sizeHintForColumn(0) + 2 * nav.frameWidth() + 4)

    def _fit_screen(self) -> None:
        """Open at the designed size where it fits, else filling the screen (1024×768)."""
        room = self.screen().availableGeometry()
        # What a window manager adds around the window: a title bar, borders.
        frame_room = 40
        if self.width() > room.width() - frame_room or self.height() > room.height() - frame_room:
            self.setWindowState(self.windowState() | Qt.WindowState.WindowMaximized)

    def show_area(self, index: int) -> None:
        self.ui.navigation.setCurrentRow(index)
        self._area_changed(index)
        self.ui.navigation.setFocus()

    def _area_changed(self, index: int) -> None:
        if index < 0:
            return
        area = AREAS[index]
        if self.session.is_open and area.key != "settings" and not self.may_see(area.key):
            self.notice.show_notice(area_title(area), self._why_not(area))
            self.ui.areas.setCurrentWidget(self.notice)
        elif area.key in OPEN_AREAS or self.session.is_open:
            self.pages[area.key]
            self.ui.areas.setCurrentIndex(index)
        else:
            self.ui.areas.setCurrentWidget(self.gate)

    # --- who is signed in ------------------------------------------------------------------

    @property
    def data_open(self) -> bool:
        """The register may be shown: a vault is open and its user has given the pledge."""
        return self.session.is_open and self.pledge is None

    def may_see(self, key: str) -> bool:
        """Whether the area's page may show the open register to the signed-in user."""
        area = next(a for a in AREAS if a.key == key)
        desk = self.session.desk
        if not self.data_open or desk is None:
            return False
        return area.needs is None or bool(desk.may(area.needs))

    def _why_not(self, area: Area) -> str:
        desk = self.session.desk
        if self.pledge is not None or desk is None:
            return self.tr(
                "Read and accept the confidentiality pledge to start working with the service's "
                "cases."
            )
        assert area.needs is not None
        return desk.may(area.needs).reason

    def _signed_in(self) -> None:
        desk = self.session.desk
        self._drop_pledge()
        if desk is not None and desk.needs_pledge():
            from rsdesk.gui.pledge_dialog import PledgeDialog

            dialog = self.pledge = PledgeDialog(desk.actor, self)
            dialog.finished.connect(lambda result: self._pledge_answered(dialog, result))
            # open(), not exec(): the unlock callback returns at once, and a lock (Ctrl+L,
            # idle minutes) closes the dialog as it closes every other form.
            dialog.open()
        self._update_state()
        self._backup_notice()  # the copy made at opening may have been missed

    def signed_in_again(self) -> None:
        """The session changed hands (handed over or taken back): nothing the last user had
        open stays on screen, and the new user starts from the first area."""
        for page in self.pages.values():
            if hasattr(page, "clear"):
                page.clear()
        self._signed_in()
        self.show_area(0)

    def _pledge_answered(self, dialog: PledgeDialog, result: int) -> None:
        if self.pledge is not dialog:
            return  # closed by a lock, which has already done what is needed
        self.pledge = None
        dialog.deleteLater()
        desk = self.session.desk
        if result != QDialog.DialogCode.Accepted or desk is None:
            self.session.lock()  # no pledge, no cases: back to the password
            return
        desk.accept_pledge()
        self._update_state()

    def _drop_pledge(self) -> None:
        dialog, self.pledge = self.pledge, None
        if dialog is not None:
            dialog.reject()
            dialog.deleteLater()

    def current_area(self) -> str:
        return AREAS[self.ui.navigation.currentRow()].key

    def screen_name(self) -> str:
        """What the window shows: `welcome`, `unlock`, or the key of the area on screen."""
        if self.showing_gate():
            return "unlock" if self.gate.currentWidget() is self.gate.unlock else "welcome"
        return self.current_area()

    def showing_gate(self) -> bool:
        return self.ui.areas.currentWidget() is self.gate

    def _locked(self) -> None:
        """Ctrl+L or the idle minutes: the password field shows at once, whatever the area."""
        self.hand_over.close_dialog()
        self._update_state()
        if not self.session.is_open and not self.showing_gate():
            self.show_gate()

    def _released(self) -> None:
        """The lock's vault is closed and saved: the process that held it gives way to a new one.

        A worker still writing a file it was given (an exported copy, a document) finishes
        first; its result is not shown, as the window it belonged to is gone.
        """
        if self.relaunch is None:
            return
        from rsdesk.gui.qt import QThreadPool
        from rsdesk.gui.relaunch import gui_command

        QThreadPool.globalInstance().waitForDone(60_000)
        try:
            self.relaunch(gui_command(self.session.path))
        except OSError:
            # Locked in place, as before: the data is dropped, but only a new start clears
            # what Python and Qt leave in memory.
            self.statusBar().showMessage(
                self.tr(
                    "The program could not restart itself after locking. Close it and start "
                    "it again before leaving the computer."
                )
            )

    def show_gate(self) -> None:
        """The welcome or unlock page, with the first area chosen in the navigation.

        Settings and statistics stay open without a vault, so a lock or a file chosen there
        would otherwise leave the password field out of sight.
        """
        self.gate.show_for(self.session.path)
        self.show_area(0)
        if self.gate.currentWidget() is self.gate.unlock:
            self.gate.unlock.ui.password.setFocus()

    def _update_state(self) -> None:
        if not self.session.is_open:
            self._drop_pledge()  # locked or closed: the pledge is asked again at sign-in
        is_open = self.data_open
        for key, page in list(self.pages.items()):
            if self.may_see(key) and hasattr(page, "refresh"):
                page.refresh()
            elif not self.may_see(key) and hasattr(page, "clear"):
                page.clear()
        self.ui.actionLock.setEnabled(self.session.is_open)
        self.ui.actionExportBackup.setEnabled(is_open)
        # A file opened read-only takes no new password and no restore.
        writable = is_open and self.session.vault is not None and not self.session.vault.read_only
        self.ui.actionChangePassword.setEnabled(writable)
        # Bringing back an older copy rewinds everyone's work: the curator decides that.
        desk = self.session.desk
        self.ui.actionRestoreBackup.setEnabled(writable and desk is not None and desk.is_curator)
        self.journal.update()
        self.hand_over.update_state()  # after the others: a student's session guards more
        if not is_open:
            self.gate.show_for(self.session.path)
        self._area_changed(self.ui.navigation.currentRow())
        self._update_status()

    def _update_status(self) -> None:
        self.user_status.setText(user_text(self.session.user) if self.session.is_open else "")
        self.user_status.setVisible(bool(self.user_status.text()))
        if self.session.vault is None and not self.session.path:
            self.vault_status.setText(self.tr("No service vault is open"))
        else:
            self.vault_status.setText(self.session.status_text())

    def _backup_notice(self) -> None:
        """Say once that a backup copy was missed; the file itself is saved, so no dialog."""
        vault = self.session.vault
        error = vault.last_backup_error if vault is not None else None
        message = error.message if error is not None else ""
        if message and message != self._backup_said:
            self.statusBar().showMessage(message, 30_000)
        self._backup_said = message

    def _save_failed(self, message: str) -> None:
        self._update_status()
        self.statusBar().showMessage(
            self.tr(
                "Saving failed: {reason} The changes are kept in memory and saving will be retried."
            ).format(reason=message),
            30_000,
        )

    def create_service(self) -> None:
        if not self._close_current():
            return
        from rsdesk.gui.create_service import CreateServiceWizard

        wizard = CreateServiceWizard(self)
        if wizard.exec() and wizard.unlocked is not None:
            self._attach(wizard.unlocked)

    def _attach(self, unlocked: UnlockedFile) -> bool:
        """Open on this thread a file a worker unlocked; say why when its register won't do."""
        try:
            self.session.attach(unlocked)
        except Exception as error:
            QMessageBox.warning(
                self, self.tr("The service file is not opened"), describe_error(error)
            )
            self._update_state()
            return False
        return True

    def open_file(self) -> None:
        start = str(self.session.path.parent) if self.session.path else ""
        chosen, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Open a vault file"),
            start,
            self.tr("rsdesk vault (*.rsdv);;All files (*)"),
        )
        if chosen and self._close_current():
            self.settings.last_vault = chosen
            self.settings.last_slot = ""  # the hint belongs to the other file
            self._update_state()
            self.show_gate()

    def lock(self) -> None:
        self.session.lock()

    def recover(self) -> None:
        path = self.session.path
        if path is None:
            return

        from rsdesk.gui.password_dialog import PasswordDialog

        def reset(key: str, new: str, _nothing: None) -> UnlockedFile:
            from rsdesk.access.service_files import reset_with_recovery

            return reset_with_recovery(path, key, new)  # in a worker, the file saved there

        dialog = PasswordDialog(reset, recovery=True, parent=self)
        if dialog.exec() and dialog.result_value is not None:
            self._attach(dialog.result_value)

    def _close_current(self) -> bool:
        if not self.file_safety.leave():  # unsaved changes: a copy elsewhere, or lose them
            return False
        self._update_state()
        return True

    def show_about(self) -> None:
        from rsdesk.gui.about import AboutDialog

        AboutDialog(self).exec()

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self.file_safety.leave():  # unsaved changes: a copy elsewhere, or lose them
            event.ignore()
            return
        event.accept()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.ui.retranslateUi(self)
            self._update_status()
            self._fit_navigation()
            if self.ui.areas.currentWidget() is self.notice:
                self._area_changed(self.ui.navigation.currentRow())
        super().changeEvent(event)
