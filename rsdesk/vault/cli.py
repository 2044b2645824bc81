"""`rsdesk vault create|check|passwd`: Russian messages on stderr, exit codes, never a traceback."""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from pathlib import Path

from rsdesk.i18n import translate

PASSWORD_ENV = "RSDESK_PASSWORD"
NEW_PASSWORD_ENV = "RSDESK_NEW_PASSWORD"
CONFIRM_TRIES = 3

EXIT_OK = 0
EXIT_ERROR = 1
EXIT_WRONG_PASSWORD = 2
EXIT_DAMAGED = 3
EXIT_NEWER = 4
EXIT_ROLLED_BACK = 5

# Seams for tests: how a secret and a plain answer are read from the person at the terminal.
ask_secret = getpass.getpass
ask = input


class CliError(Exception):
    def __init__(self, message: str, code: int = EXIT_ERROR) -> None:
        super().__init__(message)
        self.message = message
        self.code = code


def add_commands(subparsers: argparse._SubParsersAction) -> None:
    vault = subparsers.add_parser(
        "vault", help=translate("cli", "create, check and protect a service file")
    )
    commands = vault.add_subparsers(
        dest="vault_command", metavar=translate("cli", "COMMAND"), required=True
    )

    create = commands.add_parser("create", help=translate("cli", "create a new service file"))
    create.add_argument(
        "path", metavar=translate("cli", "PATH"), help=translate("cli", "the new file")
    )
    create.add_argument("--kind", required=True, choices=["school", "territorial"])
    create.add_argument("--name", required=True, help=translate("cli", "the organisation"))
    create.add_argument("--region", required=True, help=translate("cli", "the region"))
    create.add_argument("--municipality", required=True, help=translate("cli", "the municipality"))
    create.add_argument("--curator", default=None, help=translate("cli", "the curator's name"))
    create.set_defaults(func=lambda args: _run(_create, args))

    check = commands.add_parser(
        "check",
        help=translate(
            "cli",
            "check a service file: 0 intact, 2 wrong password, 3 damaged or incomplete, "
            "4 made by a newer version, 5 older than a copy seen before",
        ),
    )
    check.add_argument("path", metavar=translate("cli", "PATH"))
    check.set_defaults(func=lambda args: _run(_check, args))

    passwd = commands.add_parser("passwd", help=translate("cli", "change your password"))
    passwd.add_argument("path", metavar=translate("cli", "PATH"))
    passwd.set_defaults(func=lambda args: _run(_passwd, args))


def _run(command, args: argparse.Namespace) -> int:  # type: ignore[no-untyped-def]
    from rsdesk.vault import errors

    try:
        return command(args)
    except CliError as exc:
        _say(exc.message)
        return exc.code
    except errors.VaultError as exc:
        _say(exc.message)
        return exit_code(exc)
    except KeyboardInterrupt:
        _say(translate("cli", "Interrupted."))
        return EXIT_ERROR
    except MemoryError:  # anywhere else than reading the file, which says so itself
        _say(errors.OutOfMemory().message)
        return EXIT_ERROR


def exit_code(exc: Exception) -> int:
    from rsdesk.vault import errors

    if isinstance(exc, errors.WrongPassword):
        return EXIT_WRONG_PASSWORD
    if isinstance(exc, errors.DamagedFile | errors.NotAVault):
        return EXIT_DAMAGED
    if isinstance(exc, errors.NewerVersion):
        return EXIT_NEWER
    if isinstance(exc, errors.RolledBack):
        return EXIT_ROLLED_BACK
    return EXIT_ERROR


def _say(message: str) -> None:
    print(message, file=sys.stderr, flush=True)


def _secret(prompt: str) -> str:
    try:
        return ask_secret(prompt)
    except EOFError:
        raise CliError(translate("cli", "No password was given.")) from None


def read_password(prompt: str, env: str = PASSWORD_ENV) -> str:
    """From the environment when set (scripts), otherwise asked without echo."""
    value = os.environ.get(env)
    return value if value else _secret(prompt)


def read_new_password(env: str) -> str:
    value = os.environ.get(env)
    if not value:
        value = _secret(translate("cli", "New password: "))
        if _secret(translate("cli", "Repeat the new password: ")) != value:
            raise CliError(translate("cli", "The passwords do not match."))
    from rsdesk.domain.passwords import password_strength

    strength = password_strength(value)
    if not strength.acceptable:
        raise CliError(strength.text)
    return value


def _confirm_recovery_key(key: str) -> None:
    from rsdesk.vault import confirmation_groups, confirms_recovery_key

    print(translate("cli", "Recovery key (shown only once):"))
    print()
    print("    " + key)
    print()
    print(
        translate(
            "cli",
            "Write it down on paper and keep it in a locked place away from the computer. "
            "With it a forgotten password can be reset; without it and without the password "
            "the cases cannot be read by anyone.",
        ),
        flush=True,
    )
    for _ in range(CONFIRM_TRIES):
        first, second = confirmation_groups(2)
        try:
            typed = ask(
                translate(
                    "cli",
                    "To confirm, type groups {first} and {second} of the key: ",
                    first=first,
                    second=second,
                )
            )
        except EOFError:
            break
        if confirms_recovery_key(key, [first, second], typed):
            return
        _say(translate("cli", "That does not match the key. Look at it again."))
    raise CliError(translate("cli", "The recovery key was not confirmed; no file was created."))


def _create(args: argparse.Namespace) -> int:
    from rsdesk.access.service_files import found_service
    from rsdesk.domain.refusals import InputRefused
    from rsdesk.vault import errors, generate_recovery_key

    path = Path(args.path)
    if path.exists():
        raise errors.VaultExists()
    password = read_new_password(PASSWORD_ENV)
    key = generate_recovery_key()
    _confirm_recovery_key(key)
    try:
        unlocked, _key = found_service(
            path,
            password,
            kind=args.kind,
            name=args.name,
            region=args.region,
            municipality=args.municipality,
            curator_name=args.curator or translate("cli", "Curator"),
            recovery_key=key,
        )
    except InputRefused as exc:  # nothing was written
        raise CliError("\n".join(exc.errors.values())) from None
    unlocked.discard()  # saved already; the window opens it with the password
    print(translate("cli", "The service file was created: {path}", path=path))
    return EXIT_OK


def _check(args: argparse.Namespace) -> int:
    from rsdesk.vault import Vault, errors, state

    header = Vault.inspect(args.path, read_password(translate("cli", "Password: ")))
    seen = state.last_seen(header.file_id)
    if header.generation < seen:
        raise errors.RolledBack(header.generation, seen)
    print(
        translate(
            "cli", "The file is intact (save No. {generation}).", generation=header.generation
        )
    )
    return EXIT_OK


def _passwd(args: argparse.Namespace) -> int:
    from rsdesk.vault import Vault

    vault = Vault.open(args.path, read_password(translate("cli", "Current password: ")))
    try:
        vault.change_password(vault.slot_id, read_new_password(NEW_PASSWORD_ENV))
    finally:
        vault.close()
    print(translate("cli", "The password was changed."))
    return EXIT_OK
