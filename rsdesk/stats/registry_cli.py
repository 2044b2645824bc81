"""`rsdesk stats registry list|confirm|accept-key|import`: the operator's side of the registry.

Only these commands confirm anything: `aggregate` pins new services and rejects other keys,
and never confirms by itself.
"""

from __future__ import annotations

import argparse
import base64
import csv
import io
from datetime import date
from pathlib import Path

from rsdesk.i18n import translate
from rsdesk.stats import registry as services
from rsdesk.vault.cli import CliError

PREPARED_COLUMNS = ("id", "kind", "name", "municipality", "public_key")


def add_registry_commands(commands: argparse._SubParsersAction, run) -> None:  # type: ignore[no-untyped-def]
    registry = commands.add_parser(
        "registry",
        help=translate("stats", "the registry of services: list, confirm, accept a new key"),
    )
    registry.add_argument("--registry", default=None, metavar="PATH")
    actions = registry.add_subparsers(dest="registry_command", metavar="ACTION", required=True)
    listing = actions.add_parser("list", help=translate("stats", "the known services"))
    listing.set_defaults(func=lambda args: run(_list, args))
    confirm = actions.add_parser("confirm", help=translate("stats", "confirm a new service"))
    confirm.add_argument("service_id", metavar="ID")
    confirm.set_defaults(func=lambda args: run(_confirm, args))
    accept = actions.add_parser(
        "accept-key",
        help=translate("stats", "accept the key a service's file is signed with as its new key"),
    )
    accept.add_argument("file", metavar="FILE")
    accept.set_defaults(func=lambda args: run(_accept_key, args))
    prepared = actions.add_parser(
        "import",
        help=translate(
            "stats", "add services listed in advance: CSV with id;kind;name;municipality;public_key"
        ),
    )
    prepared.add_argument("file", metavar="FILE.csv")
    prepared.set_defaults(func=lambda args: run(_import, args))


def _path(args: argparse.Namespace) -> Path:
    return Path(args.registry) if args.registry else services.default_path()


def _load(args: argparse.Namespace) -> services.Registry:
    try:
        return services.load(_path(args))
    except services.RegistryError as exc:
        raise CliError(exc.message) from None


def _known(registry: services.Registry, service_id: str) -> services.KnownService:
    if service_id not in registry.services:
        raise CliError(translate("stats", "No service {id} in the registry.", id=service_id))
    return registry.services[service_id]


def _list(args: argparse.Namespace) -> int:
    from rsdesk.stats.validate import show

    for known in _load(args).services.values():
        state = translate("stats", "confirmed") if known.confirmed else translate("stats", "new")
        print(f"{known.service_id}  {show(known.municipality)}  {show(known.name)}  ({state})")
    return 0


def _confirm(args: argparse.Namespace) -> int:
    registry = _load(args)
    known = _known(registry, args.service_id)
    registry.confirm(known.service_id, date.today())
    services.save(registry, _path(args))
    print(translate("stats", "Confirmed: {name}.", name=known.name))
    return 0


def _accept_key(args: argparse.Namespace) -> int:
    from rsdesk.stats.fileformat import Rejected, read_stats_file

    read = read_stats_file(args.file)
    if isinstance(read, Rejected):
        raise CliError(read.reason)
    registry = _load(args)
    known = _known(registry, read.service_id)
    registry.change_key(known.service_id, read.public_key, date.today())
    services.save(registry, _path(args))
    print(
        translate(
            "stats",
            "From now on {name} is counted with the key of {file}.",
            name=known.name,
            file=args.file,
        )
    )
    return 0


def _import(args: argparse.Namespace) -> int:
    try:
        text = Path(args.file).read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as exc:
        raise CliError(
            translate("stats", "Cannot read {path}: {error}", path=args.file, error=exc)
        ) from None
    rows = list(csv.reader(io.StringIO(text), delimiter=";"))
    if not rows or tuple(c.strip() for c in rows[0]) != PREPARED_COLUMNS:
        raise CliError(
            translate(
                "stats",
                "The first row must be: {columns}.",
                columns=";".join(PREPARED_COLUMNS),
            )
        )
    prepared = []
    for line, row in enumerate(rows[1:], start=2):
        try:
            service_id, kind, name, municipality, key = (c.strip() for c in row)
            if kind not in ("school", "territorial") or len(base64.b64decode(key)) != 32:
                raise ValueError
        except ValueError:
            raise CliError(translate("stats", "Row {line} cannot be read.", line=line)) from None
        prepared.append(
            services.KnownService(
                service_id, kind, name, municipality, key, date.today().isoformat()
            )
        )
    registry = _load(args)
    added = registry.add_prepared(prepared, date.today())
    services.save(registry, _path(args))
    print(translate("stats", "Services added: {count}.", count=added))
    return 0
