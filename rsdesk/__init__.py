"""rsdesk: the desktop workplace of a school or territorial reconciliation service."""

__version__ = "0.1.0"
APP_NAME = "rsdesk"
LICENCE = "GPL-3.0-or-later"
