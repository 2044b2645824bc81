"""`rsdesk stats registry list|confirm|accept-key|import`: the operator's side of the registry.

Only these commands confirm anything: `aggregate` pins new services and rejects other keys,
and never confirms by itself.
"""

from __future__ import annotations

import argparse
from datetime import date
from pathlib import Path

from rsdesk.i18n import translate
from rsdesk.stats import registry as services
from rsdesk.vault.cli import CliError


def add_registry_commands(commands: argparse._SubParsersAction, run) -> None:  # type: ignore[no-untyped-def]
    registry = commands.add_parser(
        "registry",
        help=translate("stats", "the registry of services: list, confirm, accept a new key"),
    )
    registry.add_argument("--registry", default=None, metavar=translate("cli", "PATH"))
    actions = registry.add_subparsers(
        dest="registry_command", metavar=translate("cli", "ACTION"), required=True
    )
    listing = actions.add_parser("list", help=translate("stats", "the known services"))
    listing.set_defaults(func=lambda args: run(_list, args))
    confirm = actions.add_parser("confirm", help=translate("stats", "confirm a new service"))
    confirm.add_argument("service_id", metavar=translate("cli", "ID"))
    confirm.set_defaults(func=lambda args: run(_confirm, args))
    accept = actions.add_parser(
        "accept-key",
        help=translate("stats", "accept the key a service's file is signed with as its new key"),
    )
    accept.add_argument("file", metavar=translate("cli", "FILE"))
    accept.set_defaults(func=lambda args: run(_accept_key, args))
    prepared = actions.add_parser(
        "import",
        help=translate(
            "stats", "add services listed in advance: CSV with id;kind;name;municipality;public_key"
        ),
    )
    prepared.add_argument("file", metavar=translate("cli", "FILE.csv"))
    prepared.set_defaults(func=lambda args: run(_import, args))


def _path(args: argparse.Namespace) -> Path:
    return Path(args.registry) if args.registry else services.default_path()


def _load(args: argparse.Namespace) -> services.Registry:
    try:
        return services.load(_path(args))
    except services.RegistryError as exc:
        raise CliError(exc.message) from None


def _save(registry: services.Registry, args: argparse.Namespace) -> None:
    try:
        services.save(registry, _path(args))
    except (OSError, services.RegistryError) as exc:
        raise CliError(services.save_reason(_path(args), exc)) from None


def _known(registry: services.Registry, service_id: str) -> services.KnownService:
    if service_id not in registry.services:
        raise CliError(translate("stats", "No service {id} in the registry.", id=service_id))
    return registry.services[service_id]


def _list(args: argparse.Namespace) -> int:
    from rsdesk.stats.validate import show

    registry = _load(args)
    if not registry.services:
        print(translate("stats", "No service in the registry yet."))
    for known in registry.services.values():
        state = translate("stats", "confirmed") if known.confirmed else translate("stats", "new")
        line = f"{known.service_id}  {show(known.municipality)}  {show(known.name)}  ({state})"
        if known.public_key:
            fingerprint = services.fingerprint(known.public_key)
            line += "  " + translate("stats", "key {fingerprint}", fingerprint=fingerprint)
        print(line)
    return 0


def _confirm(args: argparse.Namespace) -> int:
    registry = _load(args)
    known = _known(registry, args.service_id)
    registry.confirm(known.service_id, date.today())
    _save(registry, args)
    print(translate("stats", "Confirmed: {name}.", name=known.name))
    return 0


def _accept_key(args: argparse.Namespace) -> int:
    from rsdesk.stats.fileformat import Rejected, read_stats_file

    read = read_stats_file(args.file)
    if isinstance(read, Rejected):
        raise CliError(read.reason)
    registry = _load(args)
    try:
        known = services.key_change(registry, read.service_id, read.public_key)
    except services.RegistryError as exc:
        raise CliError(exc.message) from None
    registry.change_key(known.service_id, read.public_key, date.today())
    _save(registry, args)
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
    from rsdesk.ordinary_files import read_ordinary
    from rsdesk.os_errors import os_reason
    from rsdesk.stats.prepared import MAX_LIST_BYTES, read_prepared

    try:
        data = read_ordinary(args.file, MAX_LIST_BYTES)  # a pipe given by mistake never blocks
    except OSError as exc:
        raise CliError(
            translate("stats", "Cannot read {path}: {error}", path=args.file, error=os_reason(exc))
        ) from None
    try:
        prepared = read_prepared(data, date.today())
    except services.RegistryError as exc:
        raise CliError(exc.message) from None
    registry = _load(args)
    added = registry.add_prepared(prepared, date.today())
    _save(registry, args)
    print(translate("stats", "Services added: {count}.", count=added))
    if added < len(prepared):
        print(
            translate(
                "stats",
                "Already in the registry and left as they are: {count}.",
                count=len(prepared) - added,
            )
        )
    return 0
