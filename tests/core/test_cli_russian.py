"""`rsdesk --help` and argparse's own errors speak the interface language: Russian, or English.

The command line runs as a user starts it (`rsdesk.cli.main`, which reads the language from
the settings); what it prints is read back from stdout and stderr.
"""

from __future__ import annotations

import argparse
import re
import subprocess
import sys

import pytest

from rsdesk import cli, cli_language, i18n
from rsdesk.settings import Settings, save_settings

# argparse's English words; none may show when the interface is Russian.
ENGLISH = re.compile(
    r"usage|options|positional arguments|show this help|version number|error:|invalid choice"
    r"|choose from|arguments are required|unrecognized|expected|argument|is required",
    re.I,
)
PERCENT = re.compile(r"%(?:\([a-z_]+\))?[sr]")


@pytest.fixture(autouse=True)
def language_and_argparse_restored(monkeypatch):
    """main() sets the language and patches argparse for the process: undo both afterwards."""
    monkeypatch.setattr(argparse, "_", argparse._)
    monkeypatch.setattr(argparse, "ngettext", argparse.ngettext)
    before = i18n.current_language()
    yield
    i18n.set_language(before)


def run(capsys, *argv: str) -> tuple[int, str, str]:
    with pytest.raises(SystemExit) as exit:
        cli.main(list(argv))
    out, err = capsys.readouterr()
    return exit.value.code, out, err


def command_paths(parser: argparse.ArgumentParser, path: tuple[str, ...] = ()):
    """Every command and subcommand of the parser, as the words typed to reach it."""
    yield path
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for name, sub in action.choices.items():
                yield from command_paths(sub, (*path, name))


def all_commands() -> list[tuple[str, ...]]:
    saved = argparse._, argparse.ngettext  # building a parser installs the translation
    try:
        return list(command_paths(cli.build_parser()))
    finally:
        argparse._, argparse.ngettext = saved


COMMANDS = all_commands()


def test_every_command_is_listed():
    assert {(), ("gui",), ("vault", "create"), ("stats", "export"), ("install",)} <= set(COMMANDS)


@pytest.mark.parametrize("path", COMMANDS, ids=lambda p: " ".join(p) or "rsdesk")
def test_help_of_every_command_is_russian(capsys, path):
    code, out, err = run(capsys, *path, "--help")
    assert code == 0 and not err
    assert out.startswith("использование: rsdesk")
    assert "параметры:" in out and re.search(r"-h, --help\s+показать эту справку и выйти", out)
    assert not ENGLISH.search(out), out


def test_top_level_help_names_the_commands_in_russian(capsys):
    _, out, _ = run(capsys, "--help")
    assert "аргументы:" in out and "КОМАНДА" in out
    assert re.search(r"--version\s+показать версию программы и выйти", out), out


def test_a_missing_required_argument_is_said_in_russian(capsys):
    code, out, err = run(capsys, "vault", "check")
    assert code == 2 and not out
    usage, message = err.strip().splitlines()
    assert usage.startswith("использование: rsdesk vault check")
    assert message.startswith("rsdesk vault check: ошибка: не указаны обязательные аргументы: ")
    assert not ENGLISH.search(err), err


def test_an_unknown_command_is_said_in_russian(capsys):
    code, _, err = run(capsys, "statistics")
    assert code == 2
    assert "rsdesk: ошибка: аргумент КОМАНДА: недопустимое значение 'statistics' (допустимые: " in (
        err
    )
    assert "'stats'" in err and not ENGLISH.search(err), err


@pytest.mark.parametrize(
    ("argv", "said"),
    [
        (["gui", "--colour"], "неизвестные аргументы: --colour"),
        (["stats", "export", "school.rsdv", "--year"], "аргумент --year: нужно одно значение"),
        (["demo", "practice.rsdv", "--cases", "много"], "аргумент --cases: недопустимое значение"),
        (["demo", "practice.rsdv", "--kind", "lyceum"], "недопустимое значение 'lyceum'"),
        (["install", "--remove=yes"], "аргумент --remove: лишнее значение 'yes'"),
    ],
)
def test_other_mistakes_are_said_in_russian(capsys, argv, said):
    code, _, err = run(capsys, *argv)
    assert code == 2 and said in err and "ошибка:" in err
    assert not ENGLISH.search(err), err


def test_plural_counts_take_their_russian_form(capsys):
    cli_language.install()
    i18n.set_language("ru")
    parser = argparse.ArgumentParser(prog="rsdesk")
    parser.add_argument("--pair", nargs=2)
    parser.add_argument("--five", nargs=5)
    with pytest.raises(SystemExit):
        parser.parse_args(["--pair", "a"])
    assert "аргумент --pair: нужно 2 значения" in capsys.readouterr().err
    with pytest.raises(SystemExit):
        parser.parse_args(["--five", "a"])
    assert "аргумент --five: нужно 5 значений" in capsys.readouterr().err


def test_the_catalogue_keeps_argparse_placeholders():
    """argparse fills the message with % after translating: a lost %s would break it."""
    i18n.set_language("ru")
    for message in (*cli_language.MESSAGES, *cli_language.PLURAL_MESSAGES):
        russian = i18n.translate("argparse", message)
        assert re.search("[а-яё]", russian), message
        for form in russian.split("|"):
            assert set(PERCENT.findall(form)) <= set(PERCENT.findall(message)), (message, form)
        if "%s" in message and "%(" not in message:
            assert all("%s" in form for form in russian.split("|")), (message, russian)


def test_english_when_the_user_chose_english(capsys):
    save_settings(Settings(language="en"))
    code, out, _ = run(capsys, "vault", "--help")
    assert code == 0 and out.startswith("usage: rsdesk vault") and "options:" in out
    assert "show this help message and exit" in out
    code, _, err = run(capsys, "vault", "check")
    assert "rsdesk vault check: error: the following arguments are required: " in err
    assert not re.search("[а-яё]", err, re.I), err


def test_the_installed_command_prints_russian_help(rsdesk_home):
    """A fresh process, as `rsdesk --help` is typed: the parser is built already translated."""
    result = subprocess.run(
        [sys.executable, "-m", "rsdesk", "--help"],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("использование: rsdesk") and "параметры:" in result.stdout
    assert not ENGLISH.search(result.stdout), result.stdout
