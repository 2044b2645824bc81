"""`rsdesk.vault` names its public parts without loading them until they are used."""

from __future__ import annotations

import subprocess
import sys

import pytest

import rsdesk.vault


@pytest.mark.parametrize("name", rsdesk.vault.__all__)
def test_every_public_name_resolves(name):
    value = getattr(rsdesk.vault, name)
    assert value is not None
    home = rsdesk.vault._HOMES.get(name)
    if home is not None:
        assert value.__module__ == f"rsdesk.vault.{home}"


def test_an_unknown_name_is_an_attribute_error():
    with pytest.raises(AttributeError, match="Nonexistent"):
        rsdesk.vault.Nonexistent  # noqa: B018


def test_errors_alone_do_not_load_cryptography_or_sqlite():
    code = (
        "import sys\n"
        "from rsdesk.vault.errors import WrongPassword\n"
        "print(sorted(m for m in sys.modules if m.startswith(('cryptography', 'sqlite'))))\n"
        "from rsdesk.vault import Vault\n"
        "print('cryptography' in sys.modules and 'sqlite_utils' in sys.modules)\n"
    )
    lines = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    ).stdout.splitlines()
    assert lines == ["[]", "True"]
