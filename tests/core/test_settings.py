"""Settings and folders follow RSDESK_HOME; a broken settings file falls back to defaults."""

from __future__ import annotations

from rsdesk.paths import app_paths
from rsdesk.settings import Settings, load_settings, save_settings


def test_everything_lives_under_rsdesk_home(rsdesk_home):
    paths = app_paths()
    for path in (paths.settings_file, paths.default_vault, paths.backups, paths.state):
        assert rsdesk_home in path.parents


def test_defaults_are_russian_and_ten_minutes():
    settings = load_settings()
    assert (settings.language, settings.auto_lock_minutes) == ("ru", 10)


def test_round_trip_and_persistence(rsdesk_home):
    save_settings(Settings(language="en", last_vault="/media/usb/школа.rsdv", auto_lock_minutes=5))
    loaded = load_settings()
    assert loaded == Settings("en", "/media/usb/школа.rsdv", 5)
    assert not list(rsdesk_home.rglob("*.tmp"))


def test_damaged_or_strange_settings_give_defaults():
    path = app_paths().settings_file
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("{not json", encoding="utf-8")
    assert load_settings() == Settings()
    path.write_text('{"language": "klingon", "auto_lock_minutes": -3, "extra": 1}')
    assert load_settings() == Settings()
