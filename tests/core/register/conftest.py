"""Registers in memory for the register tests: a school and a territorial service."""

from __future__ import annotations

import pytest
from register_helpers import make_db
from sqlite_utils import Database

from rsdesk.i18n import set_language


@pytest.fixture(autouse=True)
def russian():
    set_language("ru")


@pytest.fixture
def school() -> Database:
    return make_db("school")


@pytest.fixture
def territorial() -> Database:
    return make_db("territorial")
