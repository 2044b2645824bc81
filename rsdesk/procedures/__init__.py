"""Restorative program procedures read from resources/procedures/*.toml, and their engine."""

from rsdesk.domain.refusals import PracticeRefused
from rsdesk.procedures.engine import EXCEPTION_KINDS, NEVER_EXPORTED, ProgramRun
from rsdesk.procedures.fields import FieldValueError, validate_values
from rsdesk.procedures.folders import (
    configured_procedures,
    load_folder,
    load_procedures,
    program_title,
    statistics_keys,
)
from rsdesk.procedures.loader import load_procedure_file, parse_procedure_file
from rsdesk.procedures.participants import Participant
from rsdesk.procedures.reader import ProcedureFileError
from rsdesk.procedures.schema import Field, Procedure, Stage

__all__ = [
    "EXCEPTION_KINDS",
    "NEVER_EXPORTED",
    "Field",
    "FieldValueError",
    "Participant",
    "PracticeRefused",
    "Procedure",
    "ProcedureFileError",
    "ProgramRun",
    "Stage",
    "configured_procedures",
    "load_folder",
    "load_procedure_file",
    "load_procedures",
    "parse_procedure_file",
    "program_title",
    "statistics_keys",
    "validate_values",
]
