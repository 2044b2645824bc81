"""What a preview or an import means, said in sentences with the counts in their right forms."""

from __future__ import annotations

from rsdesk.domain.case_lists import UNDO_DAYS
from rsdesk.domain.journal import JournalImport, JournalPreview, YearCounts
from rsdesk.gui.dates import format_date, format_moment
from rsdesk.gui.qt import QCoreApplication
from rsdesk.i18n import counted

# Qt's catalogue, as the widgets read it; the sentences are the dialog's, not the core's.
translate = QCoreApplication.translate


def requests_text(count: int) -> str:
    return counted(count, translate("JournalSummary", "request|requests"))


def quoted(names: tuple[str, ...] | list[str]) -> str:
    return ", ".join(translate("JournalSummary", "“{name}”").format(name=name) for name in names)


def year_text(year: YearCounts) -> str:
    """«2024 год — 30 обращений, 12 завершённых программ (с договорённостью — 8)»."""
    if not year.programs and not year.stopped:
        return translate("JournalSummary", "{year}: {requests}").format(
            year=year.year, requests=requests_text(year.requests)
        )
    text = translate("JournalSummary", "{year}: {requests}, {programs}").format(
        year=year.year,
        requests=requests_text(year.requests),
        programs=counted(
            year.programs, translate("JournalSummary", "completed program|completed programs")
        ),
    )
    details = []
    if year.with_agreement:
        details.append(
            translate("JournalSummary", "with an agreement: {count}").format(
                count=year.with_agreement
            )
        )
    if year.stopped:
        details.append(translate("JournalSummary", "stopped: {count}").format(count=year.stopped))
    return f"{text} ({', '.join(details)})" if details else text


def summary_text(preview: JournalPreview) -> str:
    """What the import adds, year by year; or why it adds nothing."""
    new = len(preview.new_rows)
    if not preview.rows and not preview.problems:
        return translate("JournalSummary", "The file holds no rows of requests.")
    if preview.problems:
        return translate(
            "JournalSummary",
            "Nothing will be imported while the file has errors ({errors}): correct them in "
            "the file, or choose other columns for the fields below.",
        ).format(errors=counted(len(preview.problems), translate("JournalSummary", "error|errors")))
    if not new:
        return translate(
            "JournalSummary",
            "Nothing new to import: every row of this file is already in the register.",
        )
    years = "; ".join(year_text(year) for year in preview.by_year)
    if not years:
        return translate("JournalSummary", "{count} will be imported.").format(
            count=requests_text(new)
        )
    return translate("JournalSummary", "{count} will be imported: {years}.").format(
        count=requests_text(new), years=years
    )


def notes_text(preview: JournalPreview) -> list[str]:
    """The smaller things to know: the file seen before, rows skipped, new facilitators."""
    notes = []
    if preview.imported_before is not None:
        notes.append(
            translate("JournalSummary", "This file was already imported on {moment}.").format(
                moment=format_moment(preview.imported_before)
            )
        )
    if preview.duplicates:
        notes.append(
            translate("JournalSummary", "Already imported earlier, and skipped: {rows}.").format(
                rows=counted(len(preview.duplicates), translate("JournalSummary", "row|rows"))
            )
        )
    if preview.new_mediators:
        notes.append(
            translate(
                "JournalSummary",
                "Facilitators added to the roster for the year they worked in: {names}.",
            ).format(names=", ".join(preview.new_mediators))
        )
    notes.extend(preview.warnings)
    return notes


def skipped_text(preview: JournalPreview) -> str:
    if not preview.unknown_columns:
        return ""
    return translate("JournalSummary", "Columns that are not imported: {columns}.").format(
        columns=quoted(preview.unknown_columns)
    )


def confirm_text(preview: JournalPreview) -> tuple[str, str]:
    """The question before the import and what it will do."""
    question = translate("JournalSummary", "Import {count} from «{file}»?").format(
        count=requests_text(len(preview.new_rows)), file=preview.file_name
    )
    details = translate(
        "JournalSummary",
        "They become closed, read-only records marked «imported from the journal», and count "
        "in the statistics of their years. The whole import can be undone within {days}.",
    ).format(days=counted(UNDO_DAYS, translate("JournalSummary", "day|days")))
    return question, details


def result_text(done: JournalImport) -> str:
    """«Перенесено 64 обращения. Отменить импорт можно до 02.01.2027 …»."""
    text = translate("JournalSummary", "{count} imported.").format(count=requests_text(done.rows))
    if done.undo_until is not None:
        text += " " + translate(
            "JournalSummary",
            "The import can be undone until {date} in «File → Imported journals…».",
        ).format(date=format_date(done.undo_until))
    return text


def reasons_text(reasons: tuple[str, ...], shown: int = 6) -> str:
    """A refusal's sentences, one a line; a long list cut, saying how many more there are
    (the rows named are in the table of errors anyway)."""
    lines = list(reasons[:shown])
    if len(reasons) > shown:
        lines.append(
            translate("JournalSummary", "…and {count} more.").format(count=len(reasons) - shown)
        )
    return "\n".join(lines)
