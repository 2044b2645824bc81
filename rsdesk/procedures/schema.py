"""The shape of a procedure: frozen dataclasses read from resources/procedures/*.toml."""

from __future__ import annotations

from dataclasses import dataclass

FORMAT_VERSION = 1

STAGE_KINDS = frozenset(
    {
        "preparation",
        "preliminary_meeting",
        "consent",
        "joint_meeting",
        "message_round",
        "circle",
        "information_part",
        "private_family_time",
        "plan",
        "agreement",
        "decision",
        "follow_up",
        "review_meeting",
        "meeting",
        "closure",
    }
)
FIELD_TYPES = frozenset(
    {"text", "multiline", "date", "bool", "choice", "participants", "agreement_items", "number"}
)
PRODUCTS = frozenset(
    {
        "meeting_record",
        "consent_form",
        "agreement",
        "plan",
        "protocol",
        "message",
        "report_to_referrer",
    }
)
# A program whose completed stages produced one of these ends "completed with agreement"
# (docs/DOMAIN.md: a written примирительный договор, план or протокол).
AGREEMENT_PRODUCTS = frozenset({"agreement", "plan", "protocol"})

# What the engine does with a field's value besides keeping it, and the type it must have.
BINDINGS = {
    "attendees": "participants",
    "meeting_date": "date",
    # The day the stage took place, when it is no meeting (an agreement signed, a check made).
    "stage_date": "date",
    "agreement_items": "agreement_items",
    "follow_up_date": "date",
    "fulfilment": "choice",
}
FULFILMENT = ("fulfilled", "partly", "not_fulfilled")
# The bindings whose date is the day a stage took place; a stage has at most one of them.
DAY_BINDINGS = ("meeting_date", "stage_date")

# The principle of awareness names these two; a file may add more items, never drop them.
REQUIRED_AWARENESS = ("approach", "legal_consequences")

PARTY_ROLES = frozenset({"offender", "victim", "party"})
# Whose minors need a consenting legal representative: every minor, only the parties, nobody.
REPRESENTATION_RULES = ("all", "parties", "none")


@dataclass(frozen=True)
class Choice:
    key: str
    label: str


@dataclass(frozen=True)
class Field:
    key: str
    type: str
    label: str
    required: bool = False
    help: str = ""
    min_length: int | None = None
    max_length: int | None = None
    min: float | None = None
    max: float | None = None
    not_future: bool = False
    must_be_true: bool = False
    choices: tuple[Choice, ...] = ()
    min_count: int | None = None
    roles: tuple[str, ...] = ()
    binds: str | None = None

    def choice_keys(self) -> tuple[str, ...]:
        return tuple(choice.key for choice in self.choices)


@dataclass(frozen=True)
class Stage:
    key: str
    kind: str
    title: str
    guidance: str
    questions: tuple[str, ...] = ()
    fields: tuple[Field, ...] = ()
    requires: tuple[str, ...] = ()
    requires_consent: bool = False
    per_participant: bool = False
    for_roles: tuple[str, ...] = ()
    min_participants: int = 1
    collects_consent: bool = False
    optional: bool = False
    repeatable: bool = False
    produces: tuple[str, ...] = ()

    def field(self, key: str) -> Field:
        for field in self.fields:
            if field.key == key:
                return field
        raise KeyError(key)

    def bound(self, binding: str) -> Field | None:
        """The field whose value the engine uses for ``binding`` (see BINDINGS), if any."""
        return next((f for f in self.fields if f.binds == binding), None)

    @property
    def day_field(self) -> Field | None:
        """The field whose date is the day the stage took place; None: the step's own day."""
        return next((f for f in self.fields if f.binds in DAY_BINDINGS), None)

    @property
    def is_meeting(self) -> bool:
        return "meeting_record" in self.produces

    @property
    def makes_agreement(self) -> bool:
        return bool(AGREEMENT_PRODUCTS & set(self.produces))


@dataclass(frozen=True)
class ConsentRule:
    """Who must consent before a stage with ``requires_consent`` may start."""

    roles: tuple[str, ...]
    legal_representatives: str = "parties"
    required_roles: tuple[str, ...] = ()

    def needs_representative(self, role: str, minor: bool) -> bool:
        if not minor or self.legal_representatives == "none":
            return False
        return self.legal_representatives == "all" or role in PARTY_ROLES


@dataclass(frozen=True)
class AwarenessItem:
    key: str
    label: str


@dataclass(frozen=True)
class Procedure:
    program_type: str
    title: str
    summary: str
    source: str
    consent: ConsentRule
    awareness: tuple[AwarenessItem, ...]
    stages: tuple[Stage, ...]
    # The program type key of the statistics file (docs/STATS_FORMAT.md) it is counted as:
    # the key itself for a built-in type, a declared one for a region's or a test's own type.
    counts_as: str = ""

    def stage(self, key: str) -> Stage:
        for stage in self.stages:
            if stage.key == key:
                return stage
        raise KeyError(key)

    def stage_keys(self) -> tuple[str, ...]:
        return tuple(stage.key for stage in self.stages)
