"""The access tests read messages in Russian, as the users do."""

from __future__ import annotations

import pytest

from rsdesk.i18n import set_language


@pytest.fixture(autouse=True)
def russian():
    set_language("ru")
