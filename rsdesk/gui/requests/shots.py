"""Screenshots of the request dialogs filled with Russian sample data, on an in-memory register."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from rsdesk.domain.register import Participant, Request

TODAY = date(2026, 3, 12)
PEOPLE = (
    Participant("Петров Иван", "offender", True, class_name="7Б"),
    Participant("Петрова Анна Сергеевна", "legal_representative", False),
    Participant("Сидоров Максим", "victim", True, class_name="7Б", age=13),
)


def sample_request(category: str = "crime") -> Request:
    return Request(
        received_on=date(2026, 3, 10),
        source="juvenile_commission",
        category=category,
        description="Кража телефона у одноклассника на перемене; телефон возвращён.",
        participants=PEOPLE,
        referrer="КДН и ЗП Ленинского района",
    )


def request_shots(window: object, out_dir: Path, language: str) -> list[Path]:
    from rsdesk.access.samples import sample_desk
    from rsdesk.gui.requests import DecisionDialog, RequestDialog
    from rsdesk.gui.requests.fields import select_key
    from rsdesk.gui.shooting import shoot

    desk = sample_desk(today=lambda: TODAY)
    form = RequestDialog(desk, today=TODAY, parent=window)  # type: ignore[arg-type]
    request = sample_request()
    assert request.received_on is not None
    form.received_on.set_value(request.received_on)
    select_key(form.source, request.source)
    form.referrer.setText(request.referrer)
    select_key(form.category, request.category)
    form.description.setPlainText(request.description)
    form.participants.table.setRowCount(0)
    for person in request.participants:
        form.participants.add_person(person)
    form.show()
    written = [shoot(form, out_dir / f"{language}-request-dialog.png")]
    form.reject()  # close() would ask whether to discard what the tour typed

    decision = DecisionDialog(
        desk,
        desk.register_request(request),
        today=TODAY,
        parent=window,  # type: ignore[arg-type]
    )
    decision.show()
    written.append(shoot(decision, out_dir / f"{language}-decision-dialog.png"))
    decision.close()
    return written
