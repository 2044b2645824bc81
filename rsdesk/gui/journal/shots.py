"""Screenshots of the journal import: a sheet of invented requests whose headers are not the
template's, first with a bad date, then corrected and imported, then the list of imports."""

from __future__ import annotations

import csv
import io
from datetime import date
from pathlib import Path

HEADER = (
    "Дата поступления;Кто обратился;Категория;Краткое описание ситуации;ФИО, класс;Решение;"
    "Программа;Ведущие;Дата окончания;Итог;Примечание"
)
# (month, day, source, category, description, people, program, outcome): one request each.
REQUESTS = (
    (9, 12, "педагог", "конфликт", "Ссора на перемене из-за телефона", 2, "медиация", "с"),
    (10, 3, "родитель", "травля", "Обидные записи в чате класса", 3, "круг", "с"),
    (11, 17, "КДН и ЗП", "преступление", "Кража велосипеда у школы", 3, "", ""),
    (12, 5, "обучающийся", "конфликт", "Драка в раздевалке", 2, "", ""),
    (2, 9, "педагог", "сообщество", "Класс против нового ученика", 4, "круг", "без"),
    (
        3,
        14,
        "администрация образовательной организации",
        "конфликт",
        "Спор родителей с учителем",
        2,
        "медиация",
        "стоп",
    ),
)
CATEGORIES = {
    "конфликт": "конфликт между участниками образовательных отношений, в том числе групповой",
    "травля": "травля (буллинг) со стороны сверстников или педагогов",
    "преступление": "преступление несовершеннолетнего",
    "сообщество": "проблемная ситуация в детском, родительском или педагогическом сообществе",
}
PROGRAMS = {"медиация": "восстановительная медиация", "круг": "круг примирения"}
OUTCOMES = {
    "с": "завершена с договорённостью",
    "без": "завершена без договорённости",
    "стоп": "прекращена",
}
# A school passes an offence to a territorial service; other requests without a program it
# declined.
DECISIONS = {"преступление": "передана"}
PUPILS = (
    ("Зорин Артём", "7А"),
    ("Лесков Богдан", "7А"),
    ("Мухина Вера", "8Б"),
    ("Родина Галина", "8Б"),
    ("Тихонов Денис", "9В"),
)
PARENTS = ("Зорина Ольга Ивановна", "Мухин Сергей Петрович", "Тихонова Лариса Юрьевна")
FACILITATORS = ("Власова Нина Андреевна", "Ершов Олег Павлович")


def people(count: int, seed: int) -> str:
    """Pupils of the request (an offender, a victim, then parties) and one parent."""
    roles = ("обидчик", "пострадавший")
    said = []
    for index in range(count - 1):
        name, grade = PUPILS[(seed + index) % len(PUPILS)]
        role = roles[index] if index < len(roles) else "сторона конфликта"
        said.append(f"{name} ({role}, н/л, {grade})")
    said.append(f"{PARENTS[seed % len(PARENTS)]} (родитель или законный представитель, взр)")
    return "; ".join(said)


def sample_journal(today: date, *, bad_date: bool) -> bytes:
    """Two school years of invented requests as a CSV a service might have kept; with
    `bad_date`, one row says «31.02» (no such day), as a hurried hand writes."""
    out = io.StringIO()
    sheet = csv.writer(out, delimiter=";", lineterminator="\n")
    sheet.writerow(HEADER.split(";"))
    first = today.year - 2
    for year in (first, first + 1):
        for index, (month, day, source, category, text, count, program, outcome) in enumerate(
            REQUESTS
        ):
            on = date(year + (month < 9), month, day)
            received = (
                "31.02." + str(on.year)
                if bad_date and year > first and index == 4
                else (on.strftime("%d.%m.%Y"))
            )
            ended = on.replace(day=min(on.day + 10, 28)).strftime("%d.%m.%Y") if program else ""
            sheet.writerow(
                (
                    received,
                    source,
                    CATEGORIES[category],
                    text,
                    people(count, index + year),
                    "принята" if program else DECISIONS.get(category, "отклонена"),
                    PROGRAMS.get(program, ""),
                    FACILITATORS[index % 2] if program else "",
                    ended,
                    OUTCOMES.get(outcome, ""),
                    "уточнить у классного руководителя" if index == 2 else "",
                )
            )
    return out.getvalue().encode("utf-8-sig")


def journal_shots(window: object, out_dir: Path, language: str) -> list[Path]:
    """The dialog with a bad row, the corrected file, and the list once it is imported."""
    # Imported here: the screenshot command lists this function and must stay light to import.
    from rsdesk.access.samples import sample_desk
    from rsdesk.gui.journal.dialog import JournalImportDialog
    from rsdesk.gui.journal.imports import ImportsDialog
    from rsdesk.gui.shooting import shoot
    from rsdesk.gui.signed_in import SampleSession

    session = SampleSession(sample_desk())
    desk = session.desk
    name = "Журнал службы примирения.csv"
    written = []
    bad = sample_journal(desk.today(), bad_date=True)
    dialog = JournalImportDialog(session, bad, desk.preview_journal(bad, name), window)  # type: ignore[arg-type]
    dialog.show()
    written.append(shoot(dialog, out_dir / f"{language}-journal-errors.png"))
    dialog.close()
    good = sample_journal(desk.today(), bad_date=False)
    dialog = JournalImportDialog(session, good, desk.preview_journal(good, name), window)  # type: ignore[arg-type]
    dialog.show()
    written.append(shoot(dialog, out_dir / f"{language}-journal-preview.png"))
    desk.import_journal(good, name)
    dialog.refresh()
    dialog.tabs.setCurrentIndex(2)
    dialog.imports.reload()
    written.append(shoot(dialog, out_dir / f"{language}-journal-imported.png"))
    dialog.close()
    imports = ImportsDialog(session, window)  # type: ignore[arg-type]
    imports.show()
    written.append(shoot(imports, out_dir / f"{language}-journal-imports.png"))
    imports.close()
    return written
