"""The journal tests read the app's messages in Russian, as the curator does."""

from __future__ import annotations

import pytest

from rsdesk import i18n


@pytest.fixture(autouse=True)
def russian():
    # Put back whatever was set, not a fixed language: later modules rely on the default.
    before = i18n.current_language()
    i18n.set_language("ru")
    yield
    i18n.set_language(before)
