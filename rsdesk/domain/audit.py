"""An entry of the audit trail as it is read, and the words for each recorded action."""

from __future__ import annotations

from dataclasses import dataclass

from rsdesk.i18n import QT_TRANSLATE_NOOP, translate

ACTION_LABELS = {
    "login": QT_TRANSLATE_NOOP("audit", "signed in"),
    "pledge": QT_TRANSLATE_NOOP("audit", "accepted the confidentiality pledge"),
    "open_case": QT_TRANSLATE_NOOP("audit", "opened the case"),
    "change_case": QT_TRANSLATE_NOOP("audit", "changed the case"),
    "close_case": QT_TRANSLATE_NOOP("audit", "closed the case"),
    "reopen_case": QT_TRANSLATE_NOOP("audit", "reopened the case"),
    "assign": QT_TRANSLATE_NOOP("audit", "assigned a mediator"),
    "submit_signoff": QT_TRANSLATE_NOOP("audit", "sent for the curator's sign-off"),
    "sign_off": QT_TRANSLATE_NOOP("audit", "signed off"),
    "return_signoff": QT_TRANSLATE_NOOP("audit", "returned for rework"),
    "delete_case": QT_TRANSLATE_NOOP("audit", "deleted the case"),
    "restore_case": QT_TRANSLATE_NOOP("audit", "restored the deleted case"),
    "purge_deleted": QT_TRANSLATE_NOOP("audit", "purged the deleted case"),
    "purge_retention": QT_TRANSLATE_NOOP("audit", "removed personal data (retention period)"),
    "change_request": QT_TRANSLATE_NOOP("audit", "changed the request"),
    "register_request": QT_TRANSLATE_NOOP("audit", "registered the request"),
    "decide_request": QT_TRANSLATE_NOOP("audit", "decided on the request"),
    "export_stats": QT_TRANSLATE_NOOP("audit", "exported the statistics"),
    "export_document": QT_TRANSLATE_NOOP("audit", "made a document"),
    "change_roster": QT_TRANSLATE_NOOP("audit", "changed the roster"),
    "correct_training": QT_TRANSLATE_NOOP("audit", "corrected a training record"),
    "delete_training": QT_TRANSLATE_NOOP("audit", "deleted a training record"),
    "grant_access": QT_TRANSLATE_NOOP("audit", "gave a user a password"),
    "revoke_access": QT_TRANSLATE_NOOP("audit", "took a user's access away"),
    "change_settings": QT_TRANSLATE_NOOP("audit", "changed the settings"),
    "override": QT_TRANSLATE_NOOP("audit", "overrode a warning"),
    "start_program": QT_TRANSLATE_NOOP("audit", "started a program"),
    "program_step": QT_TRANSLATE_NOOP("audit", "recorded a step of a program"),
    "plan_meeting": QT_TRANSLATE_NOOP("audit", "planned a meeting"),
    "correct_stage": QT_TRANSLATE_NOOP("audit", "corrected a recorded stage of a program"),
    "correct_agreement": QT_TRANSLATE_NOOP("audit", "corrected the items of an agreement"),
    "change_participants": QT_TRANSLATE_NOOP("audit", "changed the participants of the case"),
    "correct_case": QT_TRANSLATE_NOOP("audit", "corrected the description or category"),
    "unassign": QT_TRANSLATE_NOOP("audit", "took a mediator off the case"),
    "import_journal": QT_TRANSLATE_NOOP("audit", "brought in a journal"),
    "undo_journal_import": QT_TRANSLATE_NOOP("audit", "undid a journal import"),
    "retire_password": QT_TRANSLATE_NOOP(
        "audit", "took a young mediator's own password away (students hold no key)"
    ),
    "sign_trail": QT_TRANSLATE_NOOP("audit", "began signing the trail"),
    "hand_over": QT_TRANSLATE_NOOP("audit", "handed the session over to a young mediator"),
    "take_back": QT_TRANSLATE_NOOP("audit", "took the session back"),
}


def action_label(action: str) -> str:
    return translate("audit", ACTION_LABELS[action]) if action in ACTION_LABELS else action


@dataclass(frozen=True)
class FieldChange:
    """One corrected value: the field's label and both values as a user reads them."""

    field: str
    old: str
    new: str


@dataclass(frozen=True)
class AuditEntry:
    """One entry: a case by its number, a person by their roster id, never a child's name."""

    seq: int
    at: str  # ISO, to the second
    user_id: int | None  # None: the program itself (the retention purge)
    user_name: str
    action: str
    object_kind: str
    object_id: int | None
    label: str
    reason: str
    changes: tuple[FieldChange, ...] = ()
