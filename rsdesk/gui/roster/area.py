"""The Mediators area: the roster of a year, each person's training, who may lead what.

Everything goes through the signed-in user's desk: the curator edits the roster and gives
passwords; the others read it (a young mediator without contacts and notes).
"""

from __future__ import annotations

import itertools
from typing import TYPE_CHECKING

from rsdesk.domain.changes import ROSTER, Change
from rsdesk.domain.refusals import RoleRefused
from rsdesk.domain.register import Mediator, TrainingRecord
from rsdesk.domain.roles import Op
from rsdesk.domain.roster import RosterEntry, ServiceYears
from rsdesk.gui.qt import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QEvent,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QItemSelectionModel,
    QLabel,
    QMessageBox,
    QModelIndex,
    QPushButton,
    QSplitter,
    Qt,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)
from rsdesk.gui.roster.dialogs import MediatorDialog, TrainingDialog
from rsdesk.gui.roster.models import LeadModel, RosterModel, TrainingModel, describe_record
from rsdesk.gui.roster.sign_in_panel import SignInPanel
from rsdesk.gui.session import VaultSession

if TYPE_CHECKING:
    from rsdesk.access import Desk

ALL_YEARS = 0  # item data of «all years» in the year box (a real year is never 0)


def make_table(model: object, parent: QWidget) -> QTableView:
    view = QTableView(parent)
    view.setModel(model)  # type: ignore[arg-type]
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setAlternatingRowColors(True)
    view.verticalHeader().hide()
    view.horizontalHeader().setStretchLastSection(True)
    view.setTabKeyNavigation(False)  # Tab leaves the table, arrows move inside it
    compact_rows(view)
    return view


def compact_rows(view: QTableView) -> None:
    """Rows a little taller than the text, so a whole class of mediators fits on screen."""
    view.verticalHeader().setDefaultSectionSize(view.fontMetrics().height() + 10)


class MediatorsArea(QWidget):
    def __init__(self, session: VaultSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.entries: list[RosterEntry] = []
        self.dialog: QDialog | None = None
        self._build()
        self._connect()
        self.retranslate()
        self._update_buttons()
        # Any change to the roster, made here, by the password dialog or anywhere else.
        session.changed.connect(self._heard)

    # --- layout -----------------------------------------------------------------------------

    def _build(self) -> None:
        self.year_label = QLabel()
        self.year = QComboBox(objectName="year")
        self.year.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.year_label.setBuddy(self.year)
        self.add_button = QPushButton(objectName="addMediator")
        self.edit_button = QPushButton(objectName="editMediator")
        self.summary = QLabel(objectName="summary")
        top = QHBoxLayout()
        top.addWidget(self.year_label)
        top.addWidget(self.year)
        top.addWidget(self.summary, 1)
        for button in (self.add_button, self.edit_button):
            top.addWidget(button)

        self.roster_model = RosterModel(self)
        self.training_model = TrainingModel(self)
        self.lead_model = LeadModel(self)
        self.tabs = QTabWidget(objectName="tabs")

        people = QSplitter(Qt.Orientation.Vertical)
        roster_page = QWidget(people)
        self.table = make_table(self.roster_model, roster_page)
        self.table.setObjectName("roster")
        header = self.table.horizontalHeader()
        # Names in full; training and contacts share what is left (whole in their tooltips),
        # so every column stays in sight on a 1024-pixel screen.
        for column in range(RosterModel.CONTACTS):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        for column in (RosterModel.TRAINING, RosterModel.CONTACTS):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
        header.setStretchLastSection(False)
        self.sign_in = SignInPanel(self.session, self._open, roster_page)
        # Said once under the roster instead of buttons that would only refuse.
        self.read_only = QLabel(wordWrap=True, objectName="readOnly")
        self.read_only.setStyleSheet("color: palette(placeholder-text);")
        roster_layout = QVBoxLayout(roster_page)
        roster_layout.setContentsMargins(0, 0, 0, 0)
        roster_layout.addWidget(self.table, 1)
        roster_layout.addWidget(self.sign_in)
        roster_layout.addWidget(self.read_only)
        self.detail = QGroupBox(people)
        self.training_table = make_table(self.training_model, self.detail)
        self.training_table.setObjectName("training")
        training_header = self.training_table.horizontalHeader()
        for column, mode in enumerate(
            (
                QHeaderView.ResizeMode.ResizeToContents,
                QHeaderView.ResizeMode.Stretch,  # a module's long name, whole in its tooltip
                QHeaderView.ResizeMode.ResizeToContents,
                QHeaderView.ResizeMode.Interactive,
            )
        ):
            training_header.setSectionResizeMode(column, mode)
        training_header.setStretchLastSection(False)
        training_header.resizeSection(3, self.fontMetrics().horizontalAdvance("x" * 24))
        self.training_button = QPushButton(objectName="addTraining")
        self.edit_training_button = QPushButton(objectName="editTraining")
        self.delete_button = QPushButton(objectName="deleteTraining")
        detail_layout = QVBoxLayout(self.detail)
        detail_layout.addWidget(self.training_table)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        for button in (self.training_button, self.edit_training_button, self.delete_button):
            buttons.addWidget(button)
        detail_layout.addLayout(buttons)
        people.addWidget(roster_page)
        people.addWidget(self.detail)
        people.setStretchFactor(0, 3)
        people.setStretchFactor(1, 2)
        self.tabs.addTab(people, "")

        lead_page = QWidget()
        self.lead_intro = QLabel(wordWrap=True)
        self.lead_table = QTableView(lead_page, objectName="lead")
        self.lead_table.setModel(self.lead_model)
        self.lead_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.lead_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.lead_table.setTabKeyNavigation(False)
        compact_rows(self.lead_table)
        self.lead_table.horizontalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents
        )
        # Keyboard users cannot hover: the reason for the current cell is spelled out below.
        self.lead_why = QLabel(wordWrap=True, objectName="leadWhy")
        self.lead_why.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        lead_layout = QVBoxLayout(lead_page)
        lead_layout.addWidget(self.lead_intro)
        lead_layout.addWidget(self.lead_table, 1)
        lead_layout.addWidget(self.lead_why)
        self.tabs.addTab(lead_page, "")

        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 12, 12, 12)
        layout.addLayout(top)
        layout.addWidget(self.tabs, 1)
        order = (
            self.year,
            self.add_button,
            self.edit_button,
            self.tabs,
            self.table,
            self.sign_in.grant_button,
            self.sign_in.revoke_button,
            self.training_table,
            self.training_button,
            self.edit_training_button,
            self.delete_button,
        )
        for first, second in itertools.pairwise(order):
            QWidget.setTabOrder(first, second)
        QWidget.setTabOrder(self.tabs, self.lead_table)

    def _connect(self) -> None:
        self.year.currentIndexChanged.connect(lambda _index: self._reload())
        self.add_button.clicked.connect(self.add_mediator)
        self.edit_button.clicked.connect(self.edit_mediator)
        self.training_button.clicked.connect(self.add_training)
        self.edit_training_button.clicked.connect(self.edit_training)
        self.delete_button.clicked.connect(self.delete_training)
        self.table.activated.connect(lambda _index: self.edit_mediator())
        self.training_table.activated.connect(lambda _index: self.edit_training())
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._show_detail())
        self.training_table.selectionModel().currentRowChanged.connect(
            lambda *_: self._update_buttons()
        )
        self.lead_table.selectionModel().currentChanged.connect(self._explain_cell)

    def retranslate(self) -> None:
        self.year_label.setText(self.tr("&Year:"))
        self.add_button.setText(self.tr("&Add mediator…"))
        self.edit_button.setText(self.tr("&Edit…"))
        self.training_button.setText(self.tr("Add &training…"))
        self.edit_training_button.setText(self.tr("Edit the &record…"))
        self.delete_button.setText(self.tr("&Delete the record…"))
        self.tabs.setTabText(0, self.tr("Ro&ster"))
        self.tabs.setTabText(1, self.tr("&Who may lead what"))
        self.lead_intro.setText(
            self.tr(
                "✓ may lead · ⚠ may lead, but the module named is not completed: a warning "
                "the curator may override · ✗ not allowed: young mediators only co-mediate "
                "restorative mediation beside an adult. Point at a cell or select it to see why."
            )
        )
        if self.year.count():
            self.year.setItemText(0, self.tr("all years"))
        self.read_only.setText(self.tr("Only the curator changes the service's roster."))
        self._show_detail()
        self._update_summary()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
            if self.session.is_open:
                self.refresh()  # the core's reasons are read in the language of the moment
        super().changeEvent(event)

    # --- data -------------------------------------------------------------------------------

    @property
    def desk(self) -> Desk | None:
        """The signed-in user's desk, None while locked (or waiting to lock)."""
        return self.session.desk if self.session.is_open else None

    def may(self, op: Op) -> bool:
        desk = self.desk
        return desk is not None and bool(desk.may(op))

    def selected_year(self) -> int | None:
        data = self.year.currentData()
        return None if data in (None, ALL_YEARS) else int(data)

    def refresh(self) -> None:
        """The vault was opened or changed: read the roster again, keeping year and selection."""
        desk = self.desk
        if desk is None:
            self.clear()
            return
        keep = self.year.currentData()
        self.year.blockSignals(True)
        self.year.clear()
        self.year.addItem(self.tr("all years"), ALL_YEARS)
        # A new year typed in a form appears in the box: the years are read again each time.
        for year in desk.roster_years():
            self.year.addItem(str(year), year)
        self.year.setCurrentIndex(max(0, self.year.findData(keep)) if keep is not None else 0)
        self.year.blockSignals(False)
        self._reload()

    def _heard(self, change: Change) -> None:
        if change.touches(ROSTER) and self.desk is not None:
            self.refresh()

    def _reload(self) -> None:
        desk = self.desk
        if desk is None:
            return
        keep = self.selected_id()
        self.entries = desk.roster_view(self.selected_year())
        self.roster_model.set_entries(self.entries, desk.today().year)
        self._apply_role()
        self.lead_model.set_entries(self.entries)
        self.lead_table.resizeColumnsToContents()
        self.lead_why.clear()
        self.select(keep if self.roster_model.row_of(keep) >= 0 else self._first_id())
        self._show_detail()
        self._update_summary()

    def _first_id(self) -> int | None:
        return self.entries[0].mediator.id if self.entries else None

    def clear(self) -> None:
        """The vault was locked: forget every name, record and open form."""
        dialog, self.dialog = self.dialog, None
        if dialog is not None:
            dialog.reject()  # its finished signal schedules the deletion
        self.entries = []
        self.roster_model.set_entries([])
        self.lead_model.set_entries([])
        self.training_model.set_records([])
        self.year.blockSignals(True)
        self.year.clear()
        self.year.blockSignals(False)
        self.lead_why.clear()
        self._apply_role()
        self._show_detail()
        self._update_summary()

    def selected_entry(self) -> RosterEntry | None:
        index = self.table.currentIndex()
        if not index.isValid() or index.row() >= len(self.entries):
            return None
        return self.entries[index.row()]

    def selected_id(self) -> int | None:
        entry = self.selected_entry()
        return entry.mediator.id if entry else None

    def _show_detail(self) -> None:
        entry = self.selected_entry()
        self.training_model.set_records(entry.training if entry else ())
        if entry is None:
            self.detail.setTitle(self.tr("Training"))
        else:
            self.detail.setTitle(
                self.tr("Training of {name}").format(name=entry.mediator.full_name)
            )
        self._update_buttons()

    def _apply_role(self) -> None:
        """Show what the signed-in user's role allows; hide what it would only refuse."""
        editor = self.may(Op.EDIT_ROSTER)
        for button in (
            self.add_button,
            self.edit_button,
            self.training_button,
            self.edit_training_button,
            self.delete_button,
        ):
            button.setVisible(editor)
        # A file opened read-only refuses every role: the banner above says why, not this.
        self.read_only.setVisible(self.desk is not None and not editor and not self.desk.read_only)
        self.table.setColumnHidden(RosterModel.SIGN_IN, not self.may(Op.MANAGE_USERS))
        self.table.setColumnHidden(RosterModel.CONTACTS, not self.may(Op.VIEW_CONTACTS))

    def _update_buttons(self) -> None:
        editor = self.may(Op.EDIT_ROSTER)
        chosen = self.selected_entry() is not None
        self.add_button.setEnabled(editor)
        self.edit_button.setEnabled(editor and chosen)
        self.training_button.setEnabled(editor and chosen)
        record_chosen = self.selected_record() is not None
        self.edit_training_button.setEnabled(editor and record_chosen)
        self.delete_button.setEnabled(editor and record_chosen)
        self.sign_in.show_for(self.selected_entry())

    def _update_summary(self) -> None:
        adults = sum(1 for e in self.entries if e.mediator.kind == "adult")
        young = len(self.entries) - adults
        year = self.selected_year()
        if not self.entries and year is None:
            self.summary.setText("")
        elif year is None:
            self.summary.setText(
                self.tr("Everyone: {adults} adult, {young} young").format(
                    adults=adults, young=young
                )
            )
        else:
            self.summary.setText(
                self.tr("Served in {year}: {adults} adult, {young} young").format(
                    year=year, adults=adults, young=young
                )
            )

    def _explain_cell(self, current: QModelIndex, _previous: QModelIndex) -> None:
        text = (
            self.lead_model.data(current, Qt.ItemDataRole.ToolTipRole) if current.isValid() else ""
        )
        self.lead_why.setText(text or "")

    # --- actions ----------------------------------------------------------------------------

    def _open(self, dialog: QDialog) -> None:
        # open(), not exec(): no nested event loop, and a lock can close the form at once.
        self.dialog = dialog
        dialog.finished.connect(lambda _result: self._closed(dialog))
        dialog.open()

    def _closed(self, dialog: QWidget) -> None:
        if self.dialog is dialog:
            self.dialog = None
        dialog.deleteLater()

    def add_mediator(self) -> None:
        desk = self.desk
        if desk is None or not self.may(Op.EDIT_ROSTER):
            return

        def save(mediator: Mediator, service: ServiceYears) -> None:
            self.select(desk.add_mediator(mediator, service))  # the roster is already read again

        self._open(
            MediatorDialog(
                save,
                default_year=self.selected_year(),
                this_year=desk.today().year,
                parent=self,
            )
        )

    def edit_mediator(self) -> None:
        entry, desk = self.selected_entry(), self.desk
        if entry is None or desk is None or not self.may(Op.EDIT_ROSTER):
            return
        mediator_id = entry.mediator.id
        assert mediator_id is not None

        def save(mediator: Mediator, service: ServiceYears) -> None:
            desk.update_mediator(mediator_id, mediator, service)  # refusals shown by the dialog

        self._open(
            MediatorDialog(
                save, entry.mediator, entry.service, this_year=desk.today().year, parent=self
            )
        )

    def selected_record(self) -> TrainingRecord | None:
        index = self.training_table.currentIndex()
        if not index.isValid() or index.row() >= len(self.training_model.records):
            return None
        return self.training_model.records[index.row()]

    def add_training(self) -> None:
        entry, desk = self.selected_entry(), self.desk
        if entry is None or desk is None or not self.may(Op.EDIT_ROSTER):
            return
        mediator_id = entry.mediator.id
        assert mediator_id is not None

        def save(record: TrainingRecord) -> None:
            desk.add_training(mediator_id, record)

        self._open(TrainingDialog(save, entry.mediator, today=desk.today(), parent=self))

    def edit_training(self) -> None:
        entry, record, desk = self.selected_entry(), self.selected_record(), self.desk
        if entry is None or record is None or record.id is None or desk is None:
            return
        if not self.may(Op.EDIT_ROSTER):
            return
        record_id = record.id

        def save(corrected: TrainingRecord) -> None:
            desk.update_training(record_id, corrected)

        self._open(TrainingDialog(save, entry.mediator, record, today=desk.today(), parent=self))

    def delete_training(self) -> None:
        """Ask first, naming the record: whose, what, when and how long."""
        entry, record, desk = self.selected_entry(), self.selected_record(), self.desk
        if entry is None or record is None or record.id is None or desk is None:
            return
        if not self.may(Op.EDIT_ROSTER):
            return
        record_id = record.id
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Delete the training record"),
            self.tr("Delete this training record?"),
            parent=self,
        )
        box.setInformativeText(describe_record(entry.mediator, record))
        delete = box.addButton(self.tr("&Delete"), QMessageBox.ButtonRole.DestructiveRole)
        keep = box.addButton(self.tr("&Keep"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(keep)
        box.setEscapeButton(keep)

        def answered() -> None:
            if box.clickedButton() is not delete or self.desk is not desk:
                return
            try:
                desk.delete_training(record_id)
            except RoleRefused as error:
                QMessageBox.warning(self, self.tr("The record is not deleted"), error.message)

        box.finished.connect(lambda _result: answered())
        self._open(box)

    def select(self, mediator_id: int | None) -> None:
        """Put the cursor on a person shown (as on someone just added)."""
        row = self.roster_model.row_of(mediator_id)
        if row >= 0:
            self.table.selectionModel().setCurrentIndex(
                self.roster_model.index(row, 0),
                QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows,
            )
