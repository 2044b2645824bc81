"""`rsdesk stats export|verify|aggregate`: Russian messages, documented exit codes, no tracebacks.

Exit codes. export: 0 written; 1 error (no service, not the curator, bad year, cannot write);
2 wrong password; 3 damaged vault; 4 vault from a newer version; 5 older than a copy seen
before. verify: 0 every file valid; 1 any file rejected or none found. aggregate: 0 outputs
written, every file counted; 1 an output or the registry cannot be written or read; 2 outputs
written but some files rejected; 3 outputs written but no file was accepted.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable
from pathlib import Path

from rsdesk.i18n import translate
from rsdesk.os_errors import os_reason
from rsdesk.vault.cli import CliError, exit_code, read_password

EXIT_OK = 0
EXIT_ERROR = 1
EXIT_SOME_REJECTED = 2
EXIT_NOTHING_ACCEPTED = 3


def add_commands(subparsers: argparse._SubParsersAction) -> None:
    stats = subparsers.add_parser(
        "stats", help=translate("stats", "yearly statistics: export, verify, add up")
    )
    commands = stats.add_subparsers(
        dest="stats_command", metavar=translate("cli", "COMMAND"), required=True
    )

    export = commands.add_parser(
        "export",
        help=translate("stats", "write the signed statistics file of a year (curator only)"),
        description=translate(
            "stats",
            "The password is taken from RSDESK_PASSWORD or asked. Exit codes: 0 written, "
            "1 error, 2 wrong password, 3 damaged file, 4 newer version, 5 older copy.",
        ),
    )
    export.add_argument(
        "vault", metavar=translate("cli", "VAULT"), help=translate("stats", "the service file")
    )
    export.add_argument(
        "--year",
        type=int,
        metavar=translate("cli", "YEAR"),
        required=True,
        help=translate("stats", "the year"),
    )
    export.add_argument(
        "-o",
        "--output",
        required=True,
        metavar=translate("cli", "FILE"),
        help=translate("stats", "the statistics file to write, or a folder for it"),
    )
    export.set_defaults(func=lambda args: _run(_export, args))

    verify = commands.add_parser(
        "verify",
        help=translate("stats", "check statistics files: 0 all valid, 1 any rejected"),
    )
    verify.add_argument("files", metavar=translate("cli", "FILE"), nargs="+")
    verify.set_defaults(func=lambda args: _run(_verify, args))

    aggregate = commands.add_parser(
        "aggregate",
        help=translate("stats", "add up the files of the services into the regional tables"),
        description=translate(
            "stats",
            "A PATH is a file or a folder searched for .rsdstats and .json files. A service's "
            "key is pinned in the registry on its first accepted file; a file signed with "
            "another key is rejected. Exit codes: 0 written, every file counted; 1 cannot "
            "write; 2 written, but some files were rejected; 3 no file was accepted.",
        ),
    )
    aggregate.add_argument("paths", metavar=translate("cli", "PATH"), nargs="+")
    aggregate.add_argument(
        "--year",
        type=int,
        metavar=translate("cli", "YEAR"),
        default=None,
        help=translate("stats", "the year (default: most files)"),
    )
    aggregate.add_argument("--json", required=True, metavar=translate("cli", "OUT"))
    aggregate.add_argument("--xlsx", default=None, metavar=translate("cli", "OUT"))
    aggregate.add_argument("--pdf", default=None, metavar=translate("cli", "OUT"))
    aggregate.add_argument(
        "--working",
        action="store_true",
        help=translate(
            "stats", "exact drill-down figures in the XLSX and PDF (not for publication)"
        ),
    )
    aggregate.add_argument(
        "--registry",
        default=None,
        metavar=translate("cli", "PATH"),
        help=translate(
            "stats",
            "the registry of services and their keys (default: the regional folder of this "
            "computer's rsdesk data)",
        ),
    )
    aggregate.add_argument(
        "--workers",
        metavar=translate("cli", "NUMBER"),
        type=int,
        default=None,
        help=translate("stats", "processes for checking signatures (default: automatic)"),
    )
    aggregate.add_argument(
        "--missing",
        default=None,
        metavar=translate("cli", "OUT"),
        help=translate("stats", "also write the registered services with no file (.xlsx or .pdf)"),
    )
    aggregate.set_defaults(func=lambda args: _run(_aggregate, args))
    from rsdesk.stats.registry_cli import add_registry_commands

    add_registry_commands(commands, _run)


def _say(message: str) -> None:
    print(message, file=sys.stderr, flush=True)


def _run(command: Callable[[argparse.Namespace], int], args: argparse.Namespace) -> int:
    from rsdesk.domain.refusals import Refused
    from rsdesk.vault import errors

    try:
        return command(args)
    except (CliError, Refused) as exc:
        _say(exc.message)
        return getattr(exc, "code", EXIT_ERROR)
    except errors.VaultError as exc:
        _say(exc.message)
        return exit_code(exc)
    except KeyboardInterrupt:
        _say(translate("cli", "Interrupted."))
        return EXIT_ERROR


def _export(args: argparse.Namespace) -> int:
    from rsdesk.access.workplace import desk_for, prepared
    from rsdesk.stats.fileformat import EXTENSION, write_stats_file
    from rsdesk.stats.yearly import StatsError
    from rsdesk.storage.schema import SchemaTooNewError
    from rsdesk.vault import Vault
    from rsdesk.vault.cli import EXIT_NEWER

    password = read_password(translate("cli", "Password: "))
    try:
        vault = prepared(Vault.open(args.vault, password))
    except SchemaTooNewError as exc:
        raise CliError(str(exc), EXIT_NEWER) from None
    try:
        # The same door as the window's: the Desk checks the role (a refusal says why), the
        # signing key never leaves it, and the export is recorded in the audit trail.
        try:
            desk = desk_for(vault)
        except PermissionError:  # a password that no roster member holds
            raise CliError(
                translate("stats", "Only the curator of the service exports statistics.")
            ) from None
        except LookupError:  # nobody on the roster: no service was made in this file
            raise StatsError(
                translate("stats", "This file has no service yet: nothing to export.")
            ) from None
        payload = desk.stats_preview(args.year)
        document = desk.export_stats(args.year, payload)
    finally:
        vault.close()  # saves the audit entry of the export
    target = Path(args.output)
    if target.is_dir():
        target = target / f"rsdesk-stats-{args.year}-{payload['service']['id'][:8]}{EXTENSION}"
    try:
        write_stats_file(target, document)
    except OSError as exc:
        raise CliError(
            translate("stats", "Cannot write {path}: {error}", path=target, error=os_reason(exc))
        ) from None
    print(
        translate(
            "stats", "The statistics for {year} were written to {path}", year=args.year, path=target
        )
    )
    return EXIT_OK


def _verify(args: argparse.Namespace) -> int:
    from rsdesk.stats.aggregate import display, expand
    from rsdesk.stats.fileformat import Rejected, read_stats_file

    files, missing = expand(args.files)
    failed = len(missing)
    for item in missing:
        print(translate("stats", "REJECTED {file}: {reason}", file=item.path, reason=item.reason))
    for name in files:
        result = read_stats_file(name)
        if isinstance(result, Rejected):
            failed += 1
            print(
                translate(
                    "stats", "REJECTED {file}: {reason}", file=display(name), reason=result.reason
                )
            )
        else:
            from rsdesk.stats.registry import fingerprint

            # The fingerprint is what a service reads out to the regional centre when its
            # key changed (the registry shows the same digits).
            print(
                translate(
                    "stats",
                    "OK {file}: {name}, {year}, made {generated}",
                    file=display(name),
                    name=display(result.payload["service"]["name"]),
                    year=result.year,
                    generated=result.generated,
                )
                + "; "
                + translate(
                    "stats", "key {fingerprint}", fingerprint=fingerprint(result.public_key)
                )
            )
    if not files and not missing:
        _say(translate("stats", "No statistics files were found."))
        return EXIT_ERROR
    return EXIT_ERROR if failed else EXIT_OK


def _aggregate(args: argparse.Namespace) -> int:
    from rsdesk.stats.aggregate import aggregate
    from rsdesk.stats.fileformat import write_whole
    from rsdesk.stats.tables_out import write_pdf, write_xlsx

    outputs = [Path(p) for p in (args.json, args.xlsx, args.pdf, args.missing) if p]
    for output in outputs:
        if not output.parent.is_dir():
            raise CliError(translate("stats", "There is no folder for {path}.", path=output))
    from rsdesk.stats import registry as services
    from rsdesk.stats.validate import show

    registry_path = Path(args.registry) if args.registry else services.default_path()
    try:
        registry = services.load(registry_path)
    except services.RegistryError as exc:
        raise CliError(exc.message) from None
    result = aggregate(
        args.paths, year=args.year, workers=args.workers, exclude=outputs, registry=registry
    )
    try:
        services.save(registry, registry_path)
    except (OSError, services.RegistryError) as exc:
        raise CliError(services.save_reason(registry_path, exc)) from None
    data = json.dumps(result.to_json(), ensure_ascii=False, indent=2).encode("utf-8") + b"\n"
    writers: list[tuple[str, Callable[[Path], object]]] = [
        (args.json, lambda p: p.write_bytes(data))
    ]
    if args.xlsx:
        writers.append((args.xlsx, lambda p: write_xlsx(result, p, publish=not args.working)))
    if args.pdf:
        writers.append((args.pdf, lambda p: write_pdf(result, p, publish=not args.working)))
    if args.missing:
        from datetime import date

        from rsdesk.stats.tracker import write_missing

        as_pdf = Path(args.missing).suffix.lower() == ".pdf"
        writers.append((args.missing, lambda p: write_missing(result, p, date.today(), pdf=as_pdf)))
    print(
        translate(
            "stats",
            "Year {year}: {accepted} files counted, {rejected} rejected, {warnings} warnings.",
            year=result.year if result.year is not None else "—",
            accepted=len(result.accepted),
            rejected=len(result.rejected),
            warnings=len(result.warnings),
        )
    )
    for name, reason in result.rejected:
        print(translate("stats", "REJECTED {file}: {reason}", file=name, reason=reason))
    for _name, warning in result.warnings:
        print(translate("stats", "WARNING: {warning}", warning=warning))
    for name, place, service_id in result.new_services:
        print(
            translate(
                "stats",
                "NEW SERVICE {name}, {place} ({id}): its key is pinned; check it.",
                name=show(name),
                place=show(place),
                id=service_id,
            )
        )
    for name, place, service_id in result.missing:
        print(
            translate(
                "stats",
                "NO FILE for {year}: {name}, {place} ({id})",
                year=result.year if result.year is not None else "—",
                name=show(name),
                place=show(place),
                id=service_id,
            )
        )
    for target, write in writers:
        try:
            write_whole(target, write)
        except OSError as exc:
            raise CliError(
                translate(
                    "stats", "Cannot write {path}: {error}", path=target, error=os_reason(exc)
                )
            ) from None
        print(translate("stats", "Written: {path}", path=target))
    if not result.accepted:
        return EXIT_NOTHING_ACCEPTED
    return EXIT_SOME_REJECTED if result.rejected else EXIT_OK
