"""Screenshots of the Mediators area and its dialogs, filled with a small sample roster."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

from rsdesk.domain.vocabulary import PROGRAM_TYPES


def roster_shots(window: object, out_dir: Path, language: str) -> list[Path]:
    """The area on both tabs, and each dialog showing the errors a hurried user meets."""
    # Imported here: the screenshot command lists this function and must stay light to import.
    from rsdesk.access.samples import add_sample_roster, sample_desk
    from rsdesk.domain.register import ValidationError
    from rsdesk.domain.roster import ServiceYears, service_problems
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

    def refuse(*_values: object) -> None:
        raise AssertionError("the sample dialogs never save")

    today = session.desk.today()

    def check(_mediator: object, service: ServiceYears) -> None:
        raise ValidationError(service_problems(service, today.year))

    person = area.entries[1]
    mediator = MediatorDialog(check, person.mediator, person.service, parent=area)
    mediator.ui.left.setChecked(True)
    mediator.ui.leftIn.setValue((person.service.first or today.year) - 1)
    mediator.submit()
    mediator.show()
    written.append(shoot(mediator, out_dir / f"{language}-mediator-dialog.png"))
    young = area.entries[3].mediator
    training = TrainingDialog(refuse, young, today=today, parent=area)
    training.date.set_value(today + timedelta(days=3))
    training.submit()
    training.show()
    written.append(shoot(training, out_dir / f"{language}-training-dialog.png"))
    area.tabs.setCurrentIndex(0)
    area.table.selectRow(0)
    area.training_table.selectRow(0)
    area.delete_training()
    question = area.dialog
    assert question is not None
    written.append(shoot(question, out_dir / f"{language}-training-delete.png"))
    question.reject()
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
