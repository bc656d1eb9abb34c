"""Provenance: sources as evidence, citations into them, and claims that cite them.

No fact without a source: a Claim always has at least one Citation, and a Citation points into a
Source's text by a locator (a character span for text sources) with the quoted text it covers.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from typing import Any

from recuento.errors import ValidationError

SENSITIVITIES = ("public", "restricted", "confidential")
CONFIDENCES = ("low", "medium", "high")
STATUSES = ("accepted", "conflict", "work_needed", "issue")
METHODS = ("manual", "suggested", "accepted_suggestion", "bulk_accepted")
# What a person may say about a source when adding it (the rest is measured from its bytes).
SOURCE_METADATA = (
    "title",
    "publisher",
    "published",
    "url",
    "kind",
    "language",
    "reliability",
    "stance",
    "sensitivity",
)
ROLE_CLEARANCE = {"public": 0, "researcher": 1, "admin": 2}


def sha256_hex(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def sensitivity_rank(level: str) -> int:
    try:
        return SENSITIVITIES.index(level)
    except ValueError:
        raise ValidationError(
            f"sensitivity must be one of {', '.join(SENSITIVITIES)}, not {level!r}"
        ) from None


def may_see(role: str, sensitivity: str) -> bool:
    """The one rule of who sees what: public sees public; researcher adds restricted; admin all.

    Every page, API answer, search result, export and log line goes through this function.
    """
    try:
        clearance = ROLE_CLEARANCE[role]
    except KeyError:
        raise ValidationError(f"unknown role {role!r}") from None
    return sensitivity_rank(sensitivity) <= clearance


@dataclass(frozen=True, slots=True)
class Source:
    """One piece of evidence as received. Its bytes never change; identical bytes are one source."""

    sha256: str
    size: int
    media_type: str = "text/plain"
    title: str | None = None
    publisher: str | None = None
    published: str | None = None  # a partial date, as text
    url: str | None = None
    origin: str | None = None  # file name or archive reference as received
    kind: str = "other"
    language: str | None = None
    reliability: str = "unknown"
    stance: str | None = None
    sensitivity: str = "public"
    added_by: str = "unknown"
    added_at: str = ""  # UTC ISO 8601
    id: int | None = None
    meta: dict[str, Any] = field(default_factory=dict)

    def __post_init__(self) -> None:
        if len(self.sha256) != 64 or any(c not in "0123456789abcdef" for c in self.sha256):
            raise ValidationError(f"not a SHA-256 hex digest: {self.sha256!r}")
        sensitivity_rank(self.sensitivity)


@dataclass(frozen=True, slots=True)
class Citation:
    """Where in a source a claim is supported: a locator and the quoted text it covers."""

    source_sha256: str
    start: int | None = None
    end: int | None = None
    quote: str | None = None
    locator_type: str = "span"
    locator: str | None = None  # for non-span locators: "p. 11", "row 42", "00:01:20-00:01:24"

    def __post_init__(self) -> None:
        if self.locator_type == "span":
            if self.start is None or self.end is None:
                raise ValidationError("a span citation needs start and end")
            if not 0 <= self.start < self.end:
                raise ValidationError(f"span [{self.start}, {self.end}] is empty or negative")
        elif not self.locator:
            raise ValidationError(f"a {self.locator_type} citation needs a locator")

    def to_dict(self) -> dict[str, object]:
        out: dict[str, object] = {"source": self.source_sha256, "locator_type": self.locator_type}
        if self.locator_type == "span":
            out["span"] = [self.start, self.end]
        else:
            out["locator"] = self.locator
        if self.quote is not None:
            out["quote"] = self.quote
        return out


@dataclass(frozen=True, slots=True)
class Claim:
    """One statement about one field of one record, as a source makes it."""

    record: str  # record key
    field: str
    value: Any  # a domain value (see schema.FieldSpec.kind); None retracts a superseded claim
    citations: tuple[Citation, ...]
    confidence: str = "low"
    status: str = "accepted"
    sensitivity: str = "public"
    method: str = "manual"
    coded_by: str = "unknown"
    coded_at: str = ""
    supersedes: int | None = None
    note: str | None = None
    id: int | None = None

    def __post_init__(self) -> None:
        if not self.citations:
            raise ValidationError(f"{self.record}.{self.field}: no fact without a source")
        if self.confidence not in CONFIDENCES:
            raise ValidationError(f"confidence must be one of {', '.join(CONFIDENCES)}")
        if self.status not in STATUSES:
            raise ValidationError(f"status must be one of {', '.join(STATUSES)}")
        if self.method not in METHODS:
            raise ValidationError(f"method must be one of {', '.join(METHODS)}")
        sensitivity_rank(self.sensitivity)
