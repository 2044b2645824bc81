"""Test set-up shared by core and GUI tests: no display, an isolated RSDESK_HOME."""

from __future__ import annotations

import os

# Qt aborts without a display unless told to draw offscreen; this must precede any Qt import.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest


@pytest.fixture(autouse=True)
def rsdesk_home(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch):
    """Every test gets its own settings and data folder, never the developer's real one."""
    home = tmp_path_factory.mktemp("rsdesk-home")
    monkeypatch.setenv("RSDESK_HOME", str(home))
    return home


@pytest.fixture(scope="module")
def article_folder(tmp_path_factory: pytest.TempPathFactory):
    """The article's 2019 monitoring as a folder of statistics files, for core and GUI tests."""
    # Imported on use, so that a broken import fails the tests using the folder, not every test.
    from tests.helpers.stats import write_article_folder

    return write_article_folder(tmp_path_factory.mktemp("kuzbass-2019"))
