"""«Отчёт службы»: the year's payload shown in full, then signed and written by the curator."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from rsdesk.domain.changes import AUDIT, Change
from rsdesk.domain.roles import Op
from rsdesk.gui.documents.sheets import AnnualReportButton
from rsdesk.gui.qt import (
    QEvent,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSpinBox,
    Qt,
    QVBoxLayout,
    QWidget,
)
from rsdesk.gui.session import VaultSession
from rsdesk.gui.stats.jobs import error_text, with_suffix
from rsdesk.gui.stats.results import make_table, number_item, text_item
from rsdesk.gui.worker import run_in_background
from rsdesk.stats.fileformat import EXTENSION, write_stats_file
from rsdesk.stats.labels import payload_sections
from rsdesk.stats.yearly import FIRST_YEAR


def default_year(today: date) -> int:
    """The year a curator most likely means to export.

    Files for a year are collected in its first weeks after it ends (the article's were made
    in January), so in January and February the finished last year is the one wanted; from
    March on the curator is looking at the running year.
    """
    return today.year - 1 if today.month <= 2 else today.year


def default_file_name(payload: dict) -> str:
    """The name the command line gives the file in a folder (rsdesk.stats.cli)."""
    return f"rsdesk-stats-{payload['year']}-{payload['service']['id'][:8]}{EXTENSION}"


class ServiceExportPanel(QWidget):
    def __init__(self, session: VaultSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.payload: dict | None = None
        # Bumped whenever the vault or the year changes: a late worker result is then dropped.
        self._generation = 0
        self._busy = False
        self._allowed = False
        self.year_label = QLabel()
        self.year = QSpinBox(objectName="statsYear")
        today = date.today()
        self.year.setRange(FIRST_YEAR, today.year)
        self.year.setValue(default_year(today))
        self.year_label.setBuddy(self.year)
        self.year.valueChanged.connect(self._year_changed)
        self.preview_button = QPushButton(objectName="statsPreview")
        self.preview_button.clicked.connect(self.preview)
        self.save_button = QPushButton(objectName="statsSave", enabled=False)
        self.save_button.clicked.connect(self.save)
        self.annual = AnnualReportButton(session, self.year.value)
        self.annual.done.connect(self._say)
        self.notice = QLabel(objectName="statsNotice", wordWrap=True)
        self.service_line = QLabel(objectName="statsService", wordWrap=True)
        self.service_line.setTextFormat(Qt.TextFormat.PlainText)
        self.privacy = QLabel(objectName="statsPrivacy", wordWrap=True)
        self.table = make_table("statsPreviewTable")
        self.table.setColumnCount(2)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        bar = QHBoxLayout()
        bar.addWidget(self.year_label)
        bar.addWidget(self.year)
        bar.addSpacing(12)
        bar.addWidget(self.preview_button)
        bar.addStretch(1)
        bar.addWidget(self.annual)
        bar.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addLayout(bar)
        layout.addWidget(self.notice)
        layout.addWidget(self.service_line)
        layout.addWidget(self.privacy)
        layout.addWidget(self.table, 1)
        self.retranslate()
        self.clear()
        session.changed.connect(self._heard)

    # --- state --------------------------------------------------------------------------------

    def refresh(self) -> None:
        """A vault was opened: nothing is shown until asked, and only the curator may export."""
        self._forget()
        desk = self.session.desk
        decision = desk.may(Op.EXPORT_STATS) if desk is not None else None
        self._allowed = bool(decision)
        self._show_controls(self._allowed)
        self._update_buttons()
        if self._allowed:
            self._say(
                self.tr(
                    "Choose the year and press «Show what will be sent»: you will see every "
                    "number that goes into the file before it is written."
                )
            )
        else:
            reason = decision.reason if decision is not None else ""
            self._say(
                " ".join(
                    part
                    for part in (
                        reason,
                        self.tr(
                            "The file is signed on behalf of the service, so the curator "
                            "exports it. The regional summary (the next tab) is open to "
                            "everyone."
                        ),
                    )
                    if part
                )
            )

    def _show_controls(self, shown: bool) -> None:
        """A user who may not export does not see the controls at all, only why."""
        for widget in (
            self.year_label,
            self.year,
            self.preview_button,
            self.save_button,
            self.annual,
            self.table,
        ):
            widget.setVisible(shown)

    def clear(self) -> None:
        """The vault was locked (or none is open): drop the figures read from it."""
        self._forget()
        self._allowed = False
        self._show_controls(True)
        self._update_buttons()
        self._say(
            self.tr(
                "Open the service's file to export its statistics. The regional summary "
                "(the next tab) works without it."
            )
        )

    def _forget(self) -> None:
        self._generation += 1
        self._busy = False
        self.payload = None
        self.table.setRowCount(0)
        self.service_line.clear()
        self.privacy.hide()
        self.service_line.hide()

    def _heard(self, change: Change) -> None:
        """Figures on screen that the register no longer says are not offered for signing."""
        if change.areas - {AUDIT} and self.payload is not None and not self._busy:
            self._forget()
            self._update_buttons()
            self._say(self.tr("The records have changed: show the figures again before saving."))

    def _year_changed(self) -> None:
        if self.payload is not None or self._busy:
            # The preview shown must be the year that will be written: show it again.
            self._forget()
            self._update_buttons()
            self._say(self.tr("The year was changed: show the figures again before saving."))

    def _update_buttons(self) -> None:
        open_ = self.session.is_open and self._allowed
        self.preview_button.setEnabled(open_ and not self._busy)
        self.save_button.setEnabled(open_ and not self._busy and self.payload is not None)
        self.year.setEnabled(open_)
        self.annual.setEnabled(open_ and not self._busy)

    def _say(self, text: str) -> None:
        self.notice.setText(text)

    # --- preview ------------------------------------------------------------------------------

    def preview(self) -> None:
        desk = self.session.desk
        if desk is None or not self.session.is_open or not self._allowed:
            return
        self._forget()
        self._busy = True
        self._update_buttons()
        self._say(self.tr("Counting…"))
        year, generation = self.year.value(), self._generation
        run_in_background(
            lambda: desk.stats_preview(year),
            lambda payload: payload,
            lambda payload: self._shown(generation, payload),
            lambda error: self._failed(generation, error),
        )

    def _shown(self, generation: int, payload: dict) -> None:
        if generation != self._generation:
            return
        self._busy = False
        self.payload = payload
        self._fill(payload)
        self._update_buttons()
        self._say(
            self.tr(
                "This is the whole content of the file for {year}. If it is right, save the "
                "signed file and send it to the regional centre."
            ).format(year=payload["year"])
        )

    def _failed(self, generation: int, error: BaseException) -> None:
        if generation != self._generation:
            return
        self._busy = False
        self._update_buttons()
        self._say(error_text(error))

    def _fill(self, payload: dict) -> None:
        service = payload["service"]
        self.service_line.setText(
            self.tr(
                "Into the file go: the name — {name}, the region — {region}, "
                "the municipality — {municipality}."
            ).format(
                name=service["name"],
                region=service["region"] or "—",
                municipality=service["municipality"] or "—",
            )
        )
        profile = self.session.workplace.profile if self.session.workplace else None
        if profile is not None and profile.public_key:
            from rsdesk.stats.registry import fingerprint

            # The regional centre pins this key at the first file; read out by phone, it
            # tells a genuine file from one signed by someone else.
            self.service_line.setText(
                self.service_line.text()
                + " "
                + self.tr(
                    "The file is signed with the service's key {fingerprint}: if the regional "
                    "centre asks, read it out to them."
                ).format(fingerprint=fingerprint(profile.public_key))
            )
        self.service_line.show()
        self.privacy.show()
        table = self.table
        table.clearSpans()
        sections = payload_sections(payload)
        table.setRowCount(sum(1 + len(rows) for _title, rows in sections))
        row = 0
        for title, rows in sections:
            table.setItem(row, 0, text_item(title, bold=True))
            table.setSpan(row, 0, 1, 2)
            row += 1
            for label, value in rows:
                table.setItem(row, 0, text_item(label))
                table.setItem(
                    row, 1, number_item(value) if isinstance(value, int) else text_item(value)
                )
                row += 1
        table.resizeRowsToContents()

    # --- writing ------------------------------------------------------------------------------

    def save(self) -> None:
        desk, payload = self.session.desk, self.payload
        if desk is None or not self.session.is_open or payload is None or not self._allowed:
            return
        chosen, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Save the signed statistics file"),
            str(Path.home() / default_file_name(payload)),
            self.tr("Statistics files (*{suffix})").format(suffix=EXTENSION),
        )
        if not chosen:
            return
        target = with_suffix(chosen, EXTENSION)
        generation = self._generation
        self._busy = True
        self._update_buttons()
        self._say(self.tr("Writing…"))

        # The Desk signs the payload on screen and records the export; the worker only
        # writes the signed document.
        run_in_background(
            lambda: desk.export_stats(payload["year"], payload),
            lambda signed: write_stats_file(target, signed),
            lambda path: self._written(generation, path),
            lambda error: self._failed(generation, error),
        )

    def _written(self, generation: int, path: Path) -> None:
        if generation != self._generation:
            return
        self._busy = False
        self._update_buttons()
        self._say(
            self.tr("Saved: {path}. Send this file to the regional centre.").format(path=path)
        )

    # --- language -----------------------------------------------------------------------------

    def retranslate(self) -> None:
        self.year_label.setText(self.tr("&Year:"))
        self.preview_button.setText(self.tr("&Show what will be sent"))
        self.save_button.setText(self.tr("Save the &signed file…"))
        self.table.setHorizontalHeaderLabels([self.tr("What is counted"), self.tr("Value")])
        self.privacy.setText(
            self.tr(
                "Nothing else is in the file: no names of people, no dates other than the date "
                "of the export, no descriptions of cases — only the service's name and place, "
                "the counts below and the service's digital signature."
            )
        )
        if self.payload is not None:
            self._fill(self.payload)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
