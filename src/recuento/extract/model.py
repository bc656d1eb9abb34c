"""What an extractor proposes: suggestions with character spans and a confidence.

These are plain dataclasses on purpose: extraction must not depend on the record model, and a
suggestion is only a proposal until a coder accepts it. ``Suggestion.to_dict()`` gives the JSON
form documented in docs/extraction.md.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Any, Literal, Protocol, runtime_checkable

Kind = Literal["event", "person", "organization", "legal"]
KINDS: tuple[str, ...] = ("event", "person", "organization", "legal")

EVENT_TYPES: tuple[str, ...] = (
    "massacre",
    "extrajudicial_killing",
    "death_in_custody",
    "protest_killing",
    "enforced_disappearance",
    "abduction",
    "arbitrary_arrest",
    "arbitrary_detention",
    "torture_ill_treatment",
    "sexual_violence",
    "threat_harassment",
    "protest",
    "protest_repression",
    "raid_search",
    "forced_displacement",
    "property_destruction",
    "unfair_trial",
    "armed_clash",
    "mass_grave_discovery",
    "campaign",
    "coup",
    "arrest",
    "other",
)

PERSON_ROLES: tuple[str, ...] = (
    "victim",
    "perpetrator",
    "alleged_perpetrator",
    "convicted_perpetrator",
    "witness",
    "prisoner",
    "political_prisoner",
    "official",
    "head_of_state",
    "judge",
    "prosecutor",
    "lawyer",
    "journalist",
    "human_rights_defender",
    "party_leader",
    "relative",
    "other",
)

LEGAL_TYPES: tuple[str, ...] = (
    "conviction",
    "acquittal",
    "annulment",
    "retrial_ordered",
    "retrial",
    "new_trial",
    "sentence_modified",
    "sentence_reaffirmed",
    "pardon",
    "humanitarian_pardon",
    "release",
    "detention",
)

ORGANIZATION_KINDS: tuple[str, ...] = (
    "armed_forces",
    "police",
    "intelligence",
    "state_security",
    "death_squad",
    "paramilitary",
    "armed_opposition",
    "political_party",
    "court",
    "prison",
    "news_agency",
    "ngo",
    "government",
    "other",
)

COUNT_CATEGORIES: tuple[str, ...] = ("killed", "wounded", "disappeared", "detained")


@dataclass(frozen=True, slots=True, order=True)
class Span:
    """A half-open range ``[start, end)`` of Python string indices into the extracted text."""

    start: int
    end: int

    def __post_init__(self) -> None:
        if self.start < 0 or self.end < self.start:
            raise ValueError(f"bad span [{self.start}, {self.end})")

    def overlaps(self, other: Span) -> bool:
        return self.start < other.end and other.start < self.end

    def to_dict(self) -> dict[str, int]:
        return {"start": self.start, "end": self.end}


@dataclass(slots=True)
class Suggestion:
    """One proposed record: its kind, its fields, where in the text it came from, how sure we are.

    ``fields`` holds JSON-ready values only (str, int, float, bool, None, lists and dicts of them).
    """

    kind: Kind
    fields: dict[str, Any]
    spans: list[Span] = field(default_factory=list)
    confidence: float = 0.5

    def __post_init__(self) -> None:
        if self.kind not in KINDS:
            raise ValueError(f"unknown suggestion kind {self.kind!r}")
        if not 0.0 <= self.confidence <= 1.0:
            raise ValueError(f"confidence must be within 0..1, got {self.confidence}")

    def to_dict(self) -> dict[str, Any]:
        return {
            "kind": self.kind,
            "fields": self.fields,
            "spans": [s.to_dict() for s in sorted(set(self.spans))],
            "confidence": round(self.confidence, 3),
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Suggestion:
        spans = [Span(int(s["start"]), int(s["end"])) for s in data.get("spans", [])]
        return cls(
            kind=data["kind"],
            fields=dict(data.get("fields", {})),
            spans=spans,
            confidence=float(data.get("confidence", 0.5)),
        )


@runtime_checkable
class Extractor(Protocol):
    """Anything that reads a text and proposes records.

    ``language`` is an ISO 639-1 code (``en``, ``es``) or None to let the extractor guess;
    ``published`` is the publication date that relative dates ("two days later", "el viernes")
    resolve against, or None when unknown.
    """

    def extract(
        self, text: str, *, language: str | None = None, published: date | None = None
    ) -> list[Suggestion]: ...
