"""Registers in memory for the register tests: a school and a territorial service."""

from __future__ import annotations

import pytest
from sqlite_utils import Database

from rsdesk.i18n import set_language
from tests.helpers.register import make_db


@pytest.fixture(autouse=True)
def russian():
    set_language("ru")


@pytest.fixture
def school() -> Database:
    return make_db("school")


@pytest.fixture
def territorial() -> Database:
    return make_db("territorial")
