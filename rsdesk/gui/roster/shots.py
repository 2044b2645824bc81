"""Screenshots of the Mediators area and its dialogs, filled with a small sample roster."""

from __future__ import annotations

from pathlib import Path

from rsdesk.domain.vocabulary import PROGRAM_TYPES


def roster_shots(window: object, out_dir: Path, language: str) -> list[Path]:
    """The area on both tabs, and each dialog showing the errors a hurried user meets."""
    # Imported here: the screenshot command lists this function and must stay light to import.
    from rsdesk.access.samples import add_sample_roster, sample_desk
    from rsdesk.gui.qt import QApplication
    from rsdesk.gui.roster.access_dialog import AccessDialog
    from rsdesk.gui.roster.area import MediatorsArea
    from rsdesk.gui.roster.dialogs import MediatorDialog, TrainingDialog
    from rsdesk.gui.shooting import shoot
    from rsdesk.gui.signed_in import SampleSession

    session = SampleSession(sample_desk())
    add_sample_roster(session.desk)
    area = MediatorsArea(session)  # type: ignore[arg-type]
    area.resize(900, 600)
    area.show()
    area.refresh()
    written = []
    area.table.selectRow(1)
    written.append(shoot(area, out_dir / f"{language}-mediators-roster.png"))
    area.tabs.setCurrentIndex(1)
    family = area.lead_model.index(PROGRAM_TYPES.index("family_conference"), 1)
    area.lead_table.setCurrentIndex(family)
    written.append(shoot(area, out_dir / f"{language}-mediators-lead.png"))

    def refuse(_record: object) -> None:
        raise AssertionError("the sample dialogs never save")

    mediator = MediatorDialog(refuse, parent=area)
    mediator.ui.years.setText("2024, 20х5")
    mediator.submit()
    mediator.show()
    written.append(shoot(mediator, out_dir / f"{language}-mediator-dialog.png"))
    young = area.entries[3].mediator
    training = TrainingDialog(refuse, young, parent=area)
    training.ui.date.setText("31.02.2025")
    training.submit()
    training.show()
    written.append(shoot(training, out_dir / f"{language}-training-dialog.png"))
    access = AccessDialog(session, area.entries[2].mediator, parent=area)  # type: ignore[arg-type]
    access.ui.password.setText("Лебедев 2026")
    access.ui.repeat.setText("Лебедев 2025")
    access.show()
    written.append(shoot(access, out_dir / f"{language}-access-dialog.png"))
    for widget in (mediator, training, access, area):
        widget.close()
        widget.deleteLater()
    QApplication.processEvents()
    return written
