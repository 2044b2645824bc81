"""«Реестр служб»: the regional centre's known services, their keys, what happened to them,
and who has sent the year's file.

Built on the same core functions as `rsdesk stats registry list|confirm|accept-key|import`
(rsdesk/stats/registry.py, prepared.py): the window confirms nothing by itself either. The
registry is saved after each change the operator makes; a failed save leaves it as it was on
disk and says why.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

from rsdesk.gui.dates import format_date
from rsdesk.gui.qt import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QEvent,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QItemSelectionModel,
    QLabel,
    QMessageBox,
    QPushButton,
    QShowEvent,
    QSize,
    Qt,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)
from rsdesk.gui.screen_fit import fit_to_screen
from rsdesk.gui.stats.submissions import NEW, REFUSED, SubmissionsPage, cell, table
from rsdesk.ordinary_files import read_ordinary
from rsdesk.os_errors import os_reason
from rsdesk.stats import registry as services
from rsdesk.stats.aggregate import Result
from rsdesk.stats.fileformat import EXTENSION, Rejected, read_stats_file
from rsdesk.stats.prepared import MAX_LIST_BYTES, read_prepared

ID_ROLE = Qt.ItemDataRole.UserRole


class RegistryDialog(QDialog):
    """Three tabs: the services (confirm, accept a new key, import a list), the events, and the
    submissions of the year of the last summary (`result`, None before any)."""

    def __init__(
        self,
        result: Result | None,
        parent: QWidget | None = None,
        *,
        path: Path | None = None,
        today: Callable[[], date] = date.today,
    ) -> None:
        super().__init__(parent, objectName="registryDialog")
        self.result = result
        self.path = path if path is not None else services.default_path()
        self.today = today
        self.registry: services.Registry | None = None
        self._fitted = False
        self._closed = False

        self.intro = QLabel(objectName="registryIntro", wordWrap=True)
        self.services = table("registryServices", 5)
        self.services.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.services.itemSelectionChanged.connect(self._update_buttons)
        self.confirm_button = QPushButton(objectName="registryConfirm")
        self.accept_key_button = QPushButton(objectName="registryAcceptKey")
        self.import_button = QPushButton(objectName="registryImport")
        self.confirm_button.clicked.connect(self.confirm_selected)
        self.accept_key_button.clicked.connect(self.accept_key)
        self.import_button.clicked.connect(self.import_list)
        services_page = QWidget()
        actions = QHBoxLayout()
        for button in (self.confirm_button, self.accept_key_button, self.import_button):
            actions.addWidget(button)
        actions.addStretch(1)
        column = QVBoxLayout(services_page)
        column.addWidget(self.intro)
        column.addWidget(self.services, 1)
        column.addLayout(actions)

        self.events = table("registryEvents", 4)
        self.events.setTextElideMode(Qt.TextElideMode.ElideMiddle)  # a path keeps its file name

        self.submissions = SubmissionsPage(today)
        self.submissions.said.connect(self._say)
        self.submissions.idle.connect(self._idle)

        self.tabs = QTabWidget(objectName="registryTabs")
        self.tabs.addTab(services_page, "")
        self.tabs.addTab(self.events, "")
        self.tabs.addTab(self.submissions, "")
        self.status = QLabel(objectName="registryStatus", wordWrap=True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.status)
        layout.addWidget(self.buttons)
        self.finished.connect(self._on_finished)
        self.retranslate()
        self.reload()

    # --- reading and showing ------------------------------------------------------------------

    def reload(self) -> None:
        """The registry as it is on disk; a registry that cannot be trusted is not used."""
        try:
            self.registry = services.load(self.path)
        except services.RegistryError as error:
            self.registry = None
            self.status.setText(error.message)
        self.show_registry()

    def show_registry(self) -> None:
        self._show_services()
        self._show_events()
        self.submissions.show_for(self.result, self.registry)
        self._update_buttons()

    def _known(self) -> list[services.KnownService]:
        if self.registry is None:
            return []
        return sorted(self.registry.services.values(), key=lambda s: (s.municipality, s.name))

    def _state(self, known: services.KnownService) -> tuple[str, object]:
        assert self.registry is not None
        refused = self.registry.refusals_to_check(known.service_id)
        if refused:
            return (
                self.tr("files with another key rejected: {count}, the last on {day}").format(
                    count=len(refused), day=_day(refused[-1]["on"])
                ),
                REFUSED,
            )
        if not known.confirmed:
            return self.tr("new: check it and confirm"), NEW
        return self.tr("confirmed"), None

    def _show_services(self) -> None:
        view = self.services
        chosen = set(self.selected_ids())
        view.clearSelection()  # rows move when a service is added: chosen again by id below
        known = self._known()
        view.setRowCount(len(known))
        for row, service in enumerate(known):
            state, colour = self._state(service)
            key = services.fingerprint(service.public_key) if service.public_key else "—"
            cells = (
                cell(service.municipality),
                cell(service.name, tip=self._about(service)),
                cell(self._kind(service.kind)),
                cell(state),
                cell(key, tip=service.public_key or ""),
            )
            for column, item in enumerate(cells):
                item.setData(ID_ROLE, service.service_id)
                if colour is not None:
                    item.setBackground(colour)
                view.setItem(row, column, item)
            if service.service_id in chosen:  # the choice survives the refresh, all of it
                view.selectionModel().select(
                    view.model().index(row, 0),
                    QItemSelectionModel.SelectionFlag.Select
                    | QItemSelectionModel.SelectionFlag.Rows,
                )
        header = view.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Interactive)
        for column in (2, 4):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        view.setColumnWidth(0, 140)
        view.setColumnWidth(3, 210)  # a state wraps rather than squeezing the name
        view.resizeRowsToContents()

    def _about(self, service: services.KnownService) -> str:
        return self.tr("{name}\nid {id}\nin the registry since {day}").format(
            name=service.name, id=service.service_id, day=_day(service.added_on)
        )

    def _kind(self, kind: str) -> str:
        return self.tr("territorial") if kind == "territorial" else self.tr("school")

    def _show_events(self) -> None:
        view = self.events
        if self.registry is None:
            view.setRowCount(0)
            return
        names = {s.service_id: s.name for s in self.registry.services.values()}
        events = list(reversed(self.registry.events))  # the latest first
        view.setRowCount(len(events))
        for row, event in enumerate(events):
            name = names.get(event["service"], event["service"])
            detail = event.get("detail", "")
            if event["event"] == "key_changed":
                detail = _key_change_detail(detail)
            for column, item in enumerate(
                (
                    cell(_day(event["on"])),
                    cell(name, tip=f"{name}\n{event['service']}"),
                    cell(services.event_label(event["event"])),
                    cell(detail),
                )
            ):
                view.setItem(row, column, item)
        header = view.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        for column in (1, 2):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            view.setColumnWidth(column, 230)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        view.resizeRowsToContents()

    def selected_ids(self) -> list[str]:
        rows = sorted({index.row() for index in self.services.selectedIndexes()})
        found = []
        for row in rows:
            item = self.services.item(row, 0)
            if item is not None:
                found.append(item.data(ID_ROLE))
        return found

    def _update_buttons(self) -> None:
        registry = self.registry
        usable = registry is not None
        chosen = self.selected_ids()
        new = registry is not None and any(
            i in registry.services
            and (not registry.services[i].confirmed or registry.refusals_to_check(i))
            for i in chosen
        )
        self.confirm_button.setEnabled(new)
        self.accept_key_button.setEnabled(usable and len(chosen) == 1)
        self.import_button.setEnabled(usable)

    # --- changing -----------------------------------------------------------------------------

    def _save(self) -> bool:
        """Write the registry; on failure take back what was changed in memory and say why."""
        assert self.registry is not None
        try:
            services.save(self.registry, self.path)
        except (OSError, services.RegistryError) as error:
            reason = services.save_reason(self.path, error)
            self.reload()
            self.status.setText(reason)
            return False
        return True

    def confirm_selected(self) -> None:
        if self.registry is None:
            return
        names = []
        for service_id in self.selected_ids():
            known = self.registry.services.get(service_id)
            if known is None:
                continue
            if not known.confirmed or self.registry.refusals_to_check(service_id):
                self.registry.confirm(service_id, self.today())
                names.append(known.name)
        if not names or not self._save():
            return
        self.show_registry()
        self.status.setText(self.tr("Confirmed: {names}.").format(names=", ".join(names)))

    def accept_key(self) -> None:
        chosen = self.selected_ids()
        if self.registry is None or len(chosen) != 1:
            return
        known = self.registry.services[chosen[0]]
        path, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Choose the file of {name} signed with its new key").format(name=known.name),
            self._start_folder(known.service_id),
            self.tr("Statistics files (*{suffix} *.json);;All files (*)").format(suffix=EXTENSION),
        )
        if not path:
            return
        read = read_stats_file(path)
        if isinstance(read, Rejected):
            self.status.setText(
                self.tr("The file is not taken: {reason}").format(reason=read.reason)
            )
            return
        if read.service_id != known.service_id:
            self.status.setText(
                self.tr(
                    "The file is of another service: {name} ({id}). Choose a file of {chosen}."
                ).format(
                    name=read.payload["service"]["name"], id=read.service_id, chosen=known.name
                )
            )
            return
        try:
            services.key_change(self.registry, known.service_id, read.public_key)
        except services.RegistryError as error:
            self.status.setText(error.message)
            return
        if not self._agreed_to_key_change(known, read.public_key):
            self.status.setText(
                self.tr("The key of {name} is not changed.").format(name=known.name)
            )
            return
        self.registry.change_key(known.service_id, read.public_key, self.today())
        if not self._save():
            return
        self.show_registry()
        self.status.setText(
            self.tr(
                "From now on {name} is counted with the new key. Add up the files again to "
                "count its file."
            ).format(name=known.name)
        )

    def _agreed_to_key_change(self, known: services.KnownService, new_key: bytes) -> bool:
        answer = QMessageBox.question(
            self,
            self.tr("Accept a new key for {name}?").format(name=known.name),
            self.tr(
                "Files of {name} are then counted only when signed with the new key, and a "
                "file signed with the old one is rejected.\n\n"
                "Old key: {old}\nNew key: {new}\n\n"
                "Accept it only when the service has told you itself, by phone or in a letter, "
                "that it installed rsdesk anew or moved to another computer. Whoever else made "
                "a file with this service's name would otherwise have their figures counted "
                "as the service's."
            ).format(
                name=known.name,
                old=services.fingerprint(known.public_key) if known.public_key else "—",
                new=services.fingerprint(new_key),
            ),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        return answer == QMessageBox.StandardButton.Yes

    def _start_folder(self, service_id: str) -> str:
        """Where the last file of the service rejected for its key was, else home."""
        if self.registry is not None:
            refused = [
                e for e in self.registry.events_of(service_id) if e["event"] == "rejected_key"
            ]
            if refused:
                folder = Path(refused[-1]["detail"]).parent
                if folder.is_dir():
                    return str(folder)
        return str(Path.home())

    def import_list(self) -> None:
        if self.registry is None:
            return
        path, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Choose the list of services"),
            str(Path.home()),
            self.tr("Lists of services (*.csv);;All files (*)"),
        )
        if not path:
            return
        try:
            data = read_ordinary(path, MAX_LIST_BYTES)  # a pipe chosen by mistake never blocks
        except OSError as error:
            self.status.setText(
                self.tr("The list {path} cannot be read: {reason}").format(
                    path=path, reason=os_reason(error)
                )
            )
            return
        try:
            prepared = read_prepared(data, self.today())
        except services.RegistryError as error:
            self.status.setText(error.message)
            return
        added = self.registry.add_prepared(prepared, self.today())
        if added and not self._save():
            return
        self.show_registry()
        self.status.setText(
            self.tr(
                "Services added: {added}. Already in the registry, left as they are: {kept}."
            ).format(added=added, kept=len(prepared) - added)
        )

    def _say(self, said: str) -> None:
        if not self._closed:
            self.status.setText(said)

    def _idle(self) -> None:
        if self._closed:  # closed while the list was being written: it goes now
            self.deleteLater()

    def _on_finished(self, _result: int) -> None:
        self._closed = True
        if not self.submissions.writing:
            self.deleteLater()

    # --- window -------------------------------------------------------------------------------

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._fitted:
            self._fitted = True
            fit_to_screen(self, QSize(940, 660))

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Registry of services"))
        self.intro.setText(
            self.tr(
                "A service is added with the key of its first accepted file, as a new service: "
                "check with it that the file is its own, then confirm it. A file signed with "
                "another key is not counted until you accept the new key."
            )
        )
        self.tabs.setTabText(0, self.tr("&Services"))
        self.tabs.setTabText(1, self.tr("&Events"))
        self.tabs.setTabText(2, self.tr("&Who has sent the file"))
        self.services.setHorizontalHeaderLabels(
            [
                self.tr("Municipality"),
                self.tr("Service"),
                self.tr("Kind"),
                self.tr("State"),
                self.tr("Key"),
            ]
        )
        self.events.setHorizontalHeaderLabels(
            [self.tr("Date"), self.tr("Service"), self.tr("Event"), self.tr("Details")]
        )
        self.confirm_button.setText(self.tr("&Confirm"))
        self.confirm_button.setToolTip(
            self.tr(
                "The selected services are checked and their keys in the registry are right: "
                "they are no longer listed as new or as having a file rejected."
            )
        )
        self.accept_key_button.setText(self.tr("Accept a new &key…"))
        self.accept_key_button.setToolTip(
            self.tr("Choose a file of the selected service signed with its new key.")
        )
        self.import_button.setText(self.tr("&Import a list of services…"))
        self.import_button.setToolTip(
            self.tr("A CSV file with the columns id;kind;name;municipality;public_key.")
        )

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
            if self.registry is not None:
                self.show_registry()
        super().changeEvent(event)


def _day(iso: str) -> str:
    try:
        return format_date(date.fromisoformat(iso))
    except ValueError:
        return iso


def _key_change_detail(detail: str) -> str:
    """«old -> new» base64 keys as fingerprints, the way the Services tab shows keys."""
    old, _, new = detail.partition(" -> ")
    try:
        return f"{services.fingerprint(old) if old else '—'} → {services.fingerprint(new)}"
    except ValueError:
        return detail
