"""The `rsdesk` command line; with no arguments it starts the GUI. Never imports Qt itself.

Each feature adds its own subcommands: a module listed in COMMAND_MODULES has
``add_commands(subparsers)``, which registers parsers whose ``func(args) -> int`` runs them.
"""

from __future__ import annotations

import argparse
import importlib
import sys
from collections.abc import Sequence

from rsdesk import __version__, cli_language
from rsdesk.frozen import freeze_support
from rsdesk.i18n import set_language, translate
from rsdesk.settings import load_settings

COMMAND_MODULES: list[str] = [
    "rsdesk.vault.cli",
    "rsdesk.storage.demo_command",
    "rsdesk.stats.cli",
    "rsdesk.journal.cli",
    "rsdesk.install",
]


def build_parser() -> argparse.ArgumentParser:
    cli_language.install()  # before any parser exists: argparse's help texts are made with it
    parser = argparse.ArgumentParser(
        prog="rsdesk",
        description=translate(
            "cli", "Workplace of a reconciliation service. Without a command, opens the window."
        ),
    )
    parser.add_argument(
        "--version",
        action="version",
        version=f"rsdesk {__version__}",
        # Python 3.11's argparse does not translate this one itself.
        help=translate("argparse", "show program's version number and exit"),
    )
    commands = parser.add_subparsers(dest="command", metavar=translate("cli", "COMMAND"))
    gui = commands.add_parser("gui", help=translate("cli", "open the application window"))
    gui.add_argument(
        "--check",
        action="store_true",
        help=translate(
            "cli",
            "show the window, print which screen it shows and whether the program's core "
            "loads, then quit (to check an installation)",
        ),
    )
    gui.add_argument(
        "vault",
        nargs="?",
        metavar=translate("cli", "FILE"),
        help=translate("cli", "the service file whose unlock screen to show"),
    )
    gui.set_defaults(func=lambda args: start_gui(check=args.check, vault=args.vault))
    for name in COMMAND_MODULES:
        importlib.import_module(name).add_commands(commands)
    return parser


def start_gui(*, check: bool = False, vault: str | None = None) -> int:
    from rsdesk.gui.app import run  # Qt is loaded only here, so the CLI works without it

    return run([sys.argv[0]], check=check, vault=vault)


def main(argv: Sequence[str] | None = None) -> int:
    freeze_support()
    argv = list(sys.argv[1:] if argv is None else argv)
    set_language(load_settings().language)
    if not argv:
        return start_gui()
    args = build_parser().parse_args(argv)
    if getattr(args, "func", None) is None:
        build_parser().print_help()
        return 2
    return int(args.func(args) or 0)
