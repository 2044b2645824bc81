"""Which procedure folders are read: the shipped one, extra folders, and RSDESK_PROCEDURES.

A region (or a test) adds a program type by putting its TOML file into a folder named in the
``RSDESK_PROCEDURES`` environment variable (several folders separated by ``os.pathsep``); no
code changes. Such a file may define new program keys, each with ``counts_as`` naming the
program type key of the yearly statistics file it is counted as (docs/STATS_FORMAT.md § "Keys"),
and may not redefine a shipped program type.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Mapping
from functools import lru_cache
from pathlib import Path

from rsdesk.domain.vocabulary import PROGRAM_LABELS, PROGRAM_TYPES, label
from rsdesk.i18n import translate
from rsdesk.procedures.loader import load_procedure_file
from rsdesk.procedures.reader import ProcedureFileError
from rsdesk.procedures.schema import Procedure
from rsdesk.resource_paths import resource

FOLDERS_ENV = "RSDESK_PROCEDURES"


def load_folder(folder: Path) -> dict[str, Procedure]:
    """Every *.toml of one folder; a program type defined twice is an error."""
    found: dict[str, Procedure] = {}
    for path in sorted(Path(folder).glob("*.toml")):
        for key, procedure in load_procedure_file(path).items():
            if key in found:
                raise ProcedureFileError(
                    path.name,
                    f"programs.{key}",
                    translate("procedures", "already defined in {other}", other=found[key].source),
                )
            found[key] = procedure
    return found


def extra_folders() -> tuple[Path, ...]:
    """The folders named by RSDESK_PROCEDURES, in order; empty entries are ignored."""
    raw = os.environ.get(FOLDERS_ENV, "")
    return tuple(Path(part) for part in raw.split(os.pathsep) if part.strip())


def load_procedures(
    folder: Path | None = None, *, extra: Iterable[Path] | None = None
) -> dict[str, Procedure]:
    """The shipped procedures (one for every type of docs/DOMAIN.md), plus those of extra folders.

    The shipped folder and the extra folders (by default those of RSDESK_PROCEDURES) may add
    program types of their own, each counted as a docs/DOMAIN.md key; an extra folder may not
    redefine a program type already loaded.
    """
    base = resource("procedures") if folder is None else Path(folder)
    procedures = load_folder(base)
    missing = [key for key in PROGRAM_TYPES if key not in procedures]
    if missing:
        raise ProcedureFileError(
            str(base),
            "",
            translate(
                "procedures",
                "program types without a file: {missing}",
                missing=", ".join(missing),
            ),
        )
    for other in extra_folders() if extra is None else extra:
        for key, procedure in load_folder(Path(other)).items():
            if key in procedures:
                raise ProcedureFileError(
                    procedure.source,
                    f"programs.{key}",
                    translate(
                        "procedures", "already defined in {other}", other=procedures[key].source
                    ),
                )
            procedures[key] = procedure
    return procedures


@lru_cache(maxsize=4)
def _loaded(folders: tuple[Path, ...]) -> Mapping[str, Procedure]:
    return load_procedures(extra=folders)


def configured_procedures() -> dict[str, Procedure]:
    """The procedures this process works with, read once per value of RSDESK_PROCEDURES.

    The one catalogue the wizard, the register and the statistics agree on.
    """
    return dict(_loaded(extra_folders()))


def statistics_keys(procedures: Mapping[str, Procedure]) -> dict[str, str]:
    """Program type -> the docs/DOMAIN.md key it is counted as in the yearly statistics file."""
    return {key: procedure.counts_as or key for key, procedure in procedures.items()}


def program_title(program_type: str, procedures: Mapping[str, Procedure] | None = None) -> str:
    """The name of a program type: the vocabulary's label, else its procedure's title."""
    if program_type in PROGRAM_LABELS:
        return label(PROGRAM_LABELS, program_type)
    known = configured_procedures() if procedures is None else procedures
    found = known.get(program_type)
    return found.title if found is not None else program_type
