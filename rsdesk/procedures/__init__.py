"""Restorative program procedures read from resources/procedures/*.toml, and their engine."""

from rsdesk.procedures.engine import EXCEPTION_KINDS, NEVER_EXPORTED, ProgramRun
from rsdesk.procedures.fields import FieldValueError, validate_values
from rsdesk.procedures.loader import (
    ProcedureFileError,
    load_folder,
    load_procedure_file,
    load_procedures,
    parse_procedure_file,
)
from rsdesk.procedures.participants import NotAllowedError, Participant
from rsdesk.procedures.schema import Field, Procedure, Stage
from rsdesk.procedures.training import training_warnings

__all__ = [
    "EXCEPTION_KINDS",
    "NEVER_EXPORTED",
    "Field",
    "FieldValueError",
    "NotAllowedError",
    "Participant",
    "Procedure",
    "ProcedureFileError",
    "ProgramRun",
    "Stage",
    "load_folder",
    "load_procedure_file",
    "load_procedures",
    "parse_procedure_file",
    "training_warnings",
    "validate_values",
]
