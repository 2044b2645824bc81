"""A vault holding the canary case, made once per module; Russian texts; poppler required."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from rsdesk.access import Desk
from rsdesk.i18n import set_language
from rsdesk.storage.service import curator_id
from rsdesk.storage.users import actor
from rsdesk.vault import Vault
from tests.helpers.documents import FAST, TODAY, has_poppler, make_db

if not has_poppler():  # the project's setup script installs poppler-utils
    pytest.skip("poppler-utils (pdftotext, pdftoppm) is not installed", allow_module_level=True)


@pytest.fixture(autouse=True)
def russian() -> None:
    set_language("ru")


@pytest.fixture
def case_vault(tmp_path: Path) -> Iterator[tuple[Vault, str, int, int]]:
    vault, key = Vault.create(tmp_path / "vault" / "service.rsdv", "Пароль ёлки 7Б", kdf=FAST)
    case_id, program_id = make_db(vault.db)
    vault.commit()
    yield vault, key, case_id, program_id
    vault.close(discard=True)


@pytest.fixture
def today():
    return TODAY


@pytest.fixture
def desk(case_vault) -> Desk:
    """The curator's desk on the canary case's vault, on the day the case is set in."""
    vault = case_vault[0]
    curator = curator_id(vault.db)
    assert curator is not None
    return Desk(
        vault.db,
        actor(vault.db, curator),
        today=lambda: TODAY,
        remove_attachment=vault.delete_attachment,
    )
