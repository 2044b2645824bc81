"""`rsdesk import VAULT FILE` and `rsdesk import --template FILE.xlsx`: a journal brought in
from the command line through the same Desk operation as «Файл → Импорт журнала…».

Exit codes: 0 imported, checked (--dry-run: it would import) or template written; 1 the file
has bad rows, nothing new, a refusal or a file that cannot be read or written; 2 wrong
password; 3 damaged vault; 4 vault from a newer version. The sheet is read into memory and
never written anywhere.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from rsdesk.domain.journal import FIELDS, HEADERS, MAX_FILE_BYTES, JournalPreview
from rsdesk.i18n import translate
from rsdesk.vault.cli import CliError, read_password

EXIT_OK = 0
EXIT_ERROR = 1


def add_commands(subparsers: argparse._SubParsersAction) -> None:
    command = subparsers.add_parser(
        "import",
        usage=translate(
            "journal-cli",
            "rsdesk import VAULT FILE [--map COLUMN=FIELD ...] [--dry-run]\n"
            "       rsdesk import --template FILE.xlsx [--force]",
        ),
        help=translate("journal-cli", "bring in a journal kept on paper or in a spreadsheet"),
        description=translate(
            "journal-cli",
            "Reads an XLSX or CSV journal in the template of the domain brief, shows what it "
            "adds and imports it whole, or nothing when a row is wrong. The password is taken "
            "from RSDESK_PASSWORD or asked. With --template, writes an empty template instead.",
        ),
    )
    command.add_argument(
        "paths",
        nargs="*",
        metavar=translate("journal-cli", "VAULT FILE"),
        help=translate("journal-cli", "the service file, then the journal (XLSX or CSV)"),
    )
    command.add_argument(
        "--map",
        action="append",
        default=[],
        metavar=translate("journal-cli", "COLUMN=FIELD"),
        help=translate(
            "journal-cli",
            "read a column of another name as a field of the template, e.g. "
            "«Кем направлено=Кто обратился» or «Кем направлено=source» (the field by its "
            "header in the template or its key); may be repeated",
        ),
    )
    command.add_argument(
        "--dry-run",
        action="store_true",
        help=translate("journal-cli", "only check the file and show what it would add"),
    )
    command.add_argument(
        "--template",
        metavar=translate("journal-cli", "FILE.xlsx"),
        help=translate("journal-cli", "write an empty template with the lists of values"),
    )
    command.add_argument(
        "--force",
        action="store_true",
        help=translate("journal-cli", "replace an existing file with the template"),
    )
    command.set_defaults(func=run)


def _say(message: str) -> None:
    print(message, file=sys.stderr, flush=True)


def run(args: argparse.Namespace) -> int:
    from rsdesk.domain.refusals import Refused
    from rsdesk.vault import errors
    from rsdesk.vault.cli import exit_code

    try:
        if args.template:
            if args.paths:
                raise CliError(
                    translate("journal-cli", "--template takes no vault and no journal.")
                )
            return _template(Path(args.template), force=args.force)
        if len(args.paths) != 2:
            raise CliError(
                translate("journal-cli", "Name the service file and the journal: VAULT FILE.")
            )
        return _import(args)
    except CliError as exc:
        _say(exc.message)
        return exc.code
    except Refused as exc:
        _say("\n".join(exc.reasons))
        return EXIT_ERROR
    except errors.VaultError as exc:
        _say(exc.message)
        return exit_code(exc)
    except KeyboardInterrupt:
        _say(translate("cli", "Interrupted."))
        return EXIT_ERROR


def _template(path: Path, *, force: bool) -> int:
    from rsdesk.journal.template import write_template

    if path.suffix.lower() != ".xlsx":
        path = path.with_name(path.name + ".xlsx")
    if path.exists() and not force:
        raise CliError(
            translate("journal-cli", "{path} already exists; add --force to replace it.", path=path)
        )
    # Written beside and then put in place: a full disk leaves no half a workbook behind.
    part = path.with_name(path.name + ".part")
    try:
        part.write_bytes(write_template())
        part.replace(path)
    except OSError as exc:
        part.unlink(missing_ok=True)
        raise CliError(_cannot("write", path, exc)) from None
    print(translate("journal-cli", "The journal template is written: {path}", path=path))
    return EXIT_OK


def _cannot(what: str, path: Path, exc: OSError) -> str:
    from rsdesk.os_errors import os_reason

    reason = os_reason(exc)
    if what == "read":
        return translate("journal-cli", "Cannot read {path}: {error}", path=path, error=reason)
    return translate("journal-cli", "Cannot write {path}: {error}", path=path, error=reason)


def _field(name: str) -> str | None:
    """A template field named by its key or by its header in the template, any letter case."""
    name = name.strip()
    by_name = {header.casefold(): field for field, header in HEADERS.items()}
    return name if name in FIELDS else by_name.get(name.casefold())


def _column(name: str, headers: tuple[str, ...]) -> str | None:
    by_name = {header.strip().casefold(): header for header in headers}
    return by_name.get(name.strip().casefold())


def mapping_of(pairs: list[str], headers: tuple[str, ...]) -> dict[str, str] | None:
    """The column mapping the user gave over the one the headers suggest; None without any.

    A pair is COLUMN=FIELD; FIELD=COLUMN (as the README had it) is read too when only that
    order names a column of the file and a field, so either spelling does what was meant.
    """
    if not pairs:
        return None
    from rsdesk.journal.words import guess_mapping

    mapping = dict(guess_mapping(headers))
    for pair in pairs:
        left, sep, right = pair.partition("=")
        readings = [(left, right), (right, left)] if sep else []
        found = [(_column(c, headers), _field(f)) for c, f in readings]
        column, field = next(((c, f) for c, f in found if c and f), (None, None))
        if column is None or field is None:
            if any(f for _c, f in found):
                raise CliError(
                    translate(
                        "journal-cli",
                        "The file has no column «{column}». Its columns: {columns}.",
                        column=(left if _field(right) else right).strip(),
                        columns=", ".join(f"«{header}»" for header in headers),
                    )
                )
            raise CliError(
                translate(
                    "journal-cli",
                    "«{pair}»: write COLUMN=FIELD, the field being one of: {fields}.",
                    pair=pair,
                    fields=", ".join(f"«{header}»" for header in HEADERS.values()),
                )
            )
        # The column now feeds this field only: a guess that read it for another one goes.
        mapping = {f: c for f, c in mapping.items() if c != column}
        mapping[field] = column
    return mapping


def _import(args: argparse.Namespace) -> int:
    from rsdesk.access.journal_ops import nothing_new, problem_fields
    from rsdesk.access.workplace import desk_for, prepared
    from rsdesk.journal.reading import read_table
    from rsdesk.storage.schema import SchemaTooNewError
    from rsdesk.vault import Vault
    from rsdesk.vault.cli import EXIT_NEWER

    vault_path, journal_path = (Path(p) for p in args.paths)
    from rsdesk.ordinary_files import read_ordinary

    try:
        # In memory only: the sheet holds names. A pipe named by mistake is refused, not read.
        data = read_ordinary(journal_path, MAX_FILE_BYTES)
    except OSError as exc:
        raise CliError(_cannot("read", journal_path, exc)) from None
    if len(data) > MAX_FILE_BYTES:
        raise CliError(
            translate(
                "journal",
                "The file is larger than {limit} MB: a journal is far smaller.",
                limit=MAX_FILE_BYTES // (1024 * 1024),
            )
        )
    # A wrong --map is said before the password is asked.
    mapping = mapping_of(args.map, read_table(data, journal_path.name).headers)
    password = read_password(translate("cli", "Password: "))
    try:
        vault = prepared(Vault.open(vault_path, password))
    except SchemaTooNewError as exc:
        raise CliError(str(exc), EXIT_NEWER) from None
    try:
        try:
            desk = desk_for(vault)
        except (PermissionError, LookupError):
            raise CliError(
                translate("journal-cli", "Only the curator of the service imports a journal.")
            ) from None
        preview = desk.preview_journal(data, journal_path.name, mapping)
        print(describe(preview), flush=True)
        if preview.problems:
            _say("\n".join(problem_fields(preview.problems).values()))
            _say(translate("journal-cli", "Nothing is imported: correct the file first."))
            return EXIT_ERROR
        if not preview.new_rows:  # the import would say the same and add nothing
            raise CliError(nothing_new(preview))
        if args.dry_run:
            print(translate("journal-cli", "Checked; nothing is imported (--dry-run)."))
            return EXIT_OK
        done = desk.import_journal(data, journal_path.name, mapping)
    finally:
        vault.close()  # saves the import and its audit entry
    print(
        translate(
            "journal-cli",
            "Imported: {rows}. It can be undone until {day} («Файл → Перенесённые журналы…»).",
            rows=done.rows,
            day=done.undo_until.strftime("%d.%m.%Y") if done.undo_until else "",
        )
    )
    return EXIT_OK


def spans(lines: tuple[int, ...]) -> str:
    """Row numbers as a reader of the sheet finds them: «2–25, 31, 40–41»."""
    runs: list[list[int]] = []
    for number in sorted(set(lines)):
        if runs and runs[-1][1] == number - 1:
            runs[-1][1] = number
        else:
            runs.append([number, number])
    return ", ".join(str(a) if a == b else f"{a}–{b}" for a, b in runs)


def describe(preview: JournalPreview) -> str:
    """What the file adds, year by year, as the preview's summary says it."""
    lines = [
        translate(
            "journal-cli",
            "{file}: rows read {rows}, new {new}, brought in before {old}.",
            file=preview.file_name,
            rows=len(preview.rows),
            new=len(preview.new_rows),
            old=len(preview.duplicates),
        )
    ]
    bad = tuple(problem.line for problem in preview.problems if problem.line)
    if bad:
        lines.append(
            translate(
                "journal-cli",
                "Rows with errors ({count}): {rows}.",
                count=len(set(bad)),
                rows=spans(bad),
            )
        )
    if preview.duplicates:
        lines.append(
            translate(
                "journal-cli",
                "Already brought in, skipped: rows {rows}.",
                rows=spans(preview.duplicates),
            )
        )
    for year in preview.by_year:
        lines.append(
            translate(
                "journal-cli",
                "{year}: requests {requests}, programs completed {programs} (with an "
                "agreement {agreements}), stopped {stopped}.",
                year=year.year,
                requests=year.requests,
                programs=year.programs,
                agreements=year.with_agreement,
                stopped=year.stopped,
            )
        )
    if preview.new_mediators:
        lines.append(
            translate(
                "journal-cli",
                "Added to the roster: {names}.",
                names=", ".join(preview.new_mediators),
            )
        )
    if preview.unknown_columns:
        lines.append(
            translate(
                "journal-cli",
                "Columns not read: {columns}.",
                columns=", ".join(f"«{c}»" for c in preview.unknown_columns),
            )
        )
    lines.extend(preview.warnings)
    return "\n".join(lines)
