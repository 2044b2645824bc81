"""Where the bundled resources (translations, icons, procedures, document texts) live on disk.

Named apart from the `rsdesk.resources` data package it finds: a module `rsdesk/resources.py`
beside that folder in an installed wheel would hide the package from `importlib.resources`.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path


@cache
def resources_dir() -> Path:
    """The resources folder of an installed package, or the top-level one of a source tree."""
    package = Path(__file__).resolve().parent
    for candidate in (package / "resources", package.parent / "resources"):
        if (candidate / "translations").is_dir():
            return candidate
    raise FileNotFoundError("rsdesk resources folder not found next to " + str(package))


def resource(*parts: str) -> Path:
    return resources_dir().joinpath(*parts)
