"""Screenshots of the Mediators area and its dialogs, filled with a small sample roster."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from sqlite_utils import Database

from rsdesk.access import Desk
from rsdesk.domain.register import Mediator, TrainingRecord
from rsdesk.domain.roles import Actor
from rsdesk.domain.vocabulary import PROGRAM_TYPES
from rsdesk.storage import roster
from rsdesk.storage.service import curator_id, init_service
from rsdesk.storage.users import actor, set_slot


@dataclass
class _Register:
    db: Database


@dataclass
class SampleSession:
    """Stands in for VaultSession: an in-memory register, nothing written to disk or settings."""

    vault: _Register = field(default_factory=lambda: _Register(Database(memory=True)))
    is_open: bool = True
    desk: Desk | None = None  # the curator's, once the sample roster exists

    @property
    def user(self) -> Actor | None:
        return self.desk.actor if self.desk is not None else None

    def sign_in(self, user_id: int) -> None:
        self.desk = Desk(self.vault.db, actor(self.vault.db, user_id))

    def changed(self) -> None:
        pass


def sample_roster(db: Database, today: date | None = None) -> None:
    """A school service of five people, with training dated in the two years before today."""
    year = (today or date.today()).year
    init_service(
        db,
        kind="school",
        name="МБОУ «Школа № 7»",
        region="Кузбасс",
        municipality="г. Кемерово",
        curator_name="Смирнова Ольга Петровна",
        curator_slot_id="sample",
        pledged_on=date.today(),
    )
    curator = curator_id(db)
    assert curator is not None
    roster.set_years(db, curator, (year - 2, year - 1, year))
    people = {
        "anna": Mediator(
            "Кузнецова Анна Викторовна",
            "adult",
            position="социальный педагог",
            years=(year - 1, year),
            contacts="+7 913 402-18-77, kuznetsova@school7.ru",
        ),
        "igor": Mediator(
            "Лебедев Игорь Сергеевич",
            "adult",
            position="педагог-психолог",
            years=(year - 2, year - 1),
            contacts="+7 923 511-64-02",
        ),
        "misha": Mediator("Петров Михаил", "young", class_name="8А", years=(year,)),
        "dasha": Mediator("Соколова Дарья", "young", class_name="9Б", years=(year - 1, year)),
    }
    ids = {key: roster.add_mediator(db, person) for key, person in people.items()}
    ids["olga"] = curator
    # Two of them sign in with their own passwords (made-up slot ids: no vault here).
    set_slot(db, ids["anna"], "5a3c0e11d2b4f697")
    set_slot(db, ids["misha"], "9e07b1c4a8f2d356")
    earlier = year - 2
    for key, kind, when, hours, module in (
        ("olga", "module", date(earlier, 2, 10), 36, "M1"),
        ("olga", "module", date(earlier, 3, 16), 36, "M2"),
        ("olga", "module", date(earlier, 4, 20), 36, "M6"),
        ("olga", "supervision", date(year - 1, 11, 14), 2, None),
        ("anna", "module", date(earlier, 2, 10), 36, "M1"),
        ("anna", "module", date(earlier, 10, 5), 36, "M3"),
        ("anna", "seminar", date(year - 1, 9, 21), 3, None),
        ("anna", "intervision", date(year - 1, 12, 2), 2, None),
        ("igor", "module", date(earlier, 2, 10), 36, "M1"),
        ("igor", "module", date(earlier, 5, 18), 36, "M5"),
        ("misha", "young36", date(year - 1, 10, 1), 36, None),
        ("misha", "seminar", date(year - 1, 12, 8), 2, None),
    ):
        roster.add_training(db, ids[key], TrainingRecord(kind, when, hours, module=module))


def roster_shots(window: object, out_dir: Path, language: str) -> list[Path]:
    """The area on both tabs, and each dialog showing the errors a hurried user meets."""
    # Imported here: the screenshot command lists this function and must stay light to import.
    from rsdesk.gui.qt import QApplication
    from rsdesk.gui.roster.access_dialog import AccessDialog
    from rsdesk.gui.roster.area import MediatorsArea
    from rsdesk.gui.roster.dialogs import MediatorDialog, TrainingDialog
    from rsdesk.gui.screenshots import shoot

    session = SampleSession()
    sample_roster(session.vault.db)
    curator = curator_id(session.vault.db)
    assert curator is not None
    session.sign_in(curator)
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
