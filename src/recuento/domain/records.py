"""Records as views over their claims.

A record's current value for a field is derived from its accepted claims that no later claim
supersedes. When accepted claims disagree on a single-valued field, the field is in conflict and
both values are shown with their sources; nothing is silently chosen or overwritten.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from typing import Any

from recuento.domain.provenance import Claim, may_see
from recuento.domain.quantities import Count, Duration
from recuento.domain.schema import record_type


def agreement_key(value: Any) -> Any:
    """What two sources must share to agree: the numbers of a count, not the words they used."""
    if isinstance(value, Count):
        return ("count", value.best, value.low, value.high, value.unit)
    if isinstance(value, Duration):
        return ("duration", value.years, value.months, value.days, value.life)
    if isinstance(value, str):
        return ("text", value)
    return value


@dataclass(frozen=True, slots=True)
class FieldView:
    """What the accepted claims say of one field."""

    name: str
    values: tuple[Any, ...]  # distinct values, in the order first claimed
    claims: tuple[Claim, ...]

    @property
    def conflict(self) -> bool:
        return len(self.values) > 1

    @property
    def sources(self) -> tuple[str, ...]:
        seen: dict[str, None] = {}
        for c in self.claims:
            for cit in c.citations:
                seen.setdefault(cit.source_sha256, None)
        return tuple(seen)


@dataclass(frozen=True)
class Record:
    key: str
    type: str
    sensitivity: str = "public"
    claims: tuple[Claim, ...] = field(default_factory=tuple)

    def __post_init__(self) -> None:
        record_type(self.type)  # raises for an unknown type

    def current_claims(self) -> tuple[Claim, ...]:
        """Accepted claims not superseded by another claim."""
        superseded = {c.supersedes for c in self.claims if c.supersedes is not None}
        return tuple(
            c
            for c in self.claims
            if c.status == "accepted" and c.id not in superseded and c.value is not None
        )

    def field_view(self, name: str) -> FieldView:
        spec = record_type(self.type).field(name)
        claims = tuple(c for c in self.current_claims() if c.field == name)
        values: list[Any] = []
        seen: set[Any] = set()
        for c in claims:
            key = agreement_key(c.value)
            if key not in seen:
                seen.add(key)
                values.append(c.value)
        del spec
        return FieldView(name, tuple(values), claims)

    def value(self, name: str, default: Any = None) -> Any:
        """The field's value when the sources agree; the first claimed value when they conflict.

        Use :meth:`field_view` to see a conflict; :meth:`values` for many-valued fields.
        """
        view = self.field_view(name)
        return view.values[0] if view.values else default

    def values(self, name: str) -> tuple[Any, ...]:
        return self.field_view(name).values

    def claims_for(self, name: str) -> tuple[Claim, ...]:
        return tuple(c for c in self.claims if c.field == name)

    def fields(self) -> tuple[str, ...]:
        """Field names with at least one current claim, in schema order."""
        have = {c.field for c in self.current_claims()}
        return tuple(n for n in record_type(self.type).field_names() if n in have)

    def conflicts(self) -> tuple[str, ...]:
        spec = record_type(self.type)
        return tuple(
            n for n in self.fields() if not spec.field(n).many and self.field_view(n).conflict
        )

    @property
    def title(self) -> str:
        value = self.value(record_type(self.type).title_field)
        return str(value) if value is not None else self.key

    def visible_to(
        self, role: str, source_levels: Mapping[str, str] | None = None
    ) -> Record | None:
        """This record as ``role`` may see it: None if hidden, else without hidden claims.

        With ``source_levels`` (SHA-256 → sensitivity), citations into sources the role may not
        see are dropped too — their quotes would leak — and so is a claim left with none.
        """
        if not may_see(role, self.sensitivity):
            return None
        claims = []
        for c in self.claims:
            if not may_see(role, c.sensitivity):
                continue
            if source_levels is not None:
                cits = tuple(
                    x
                    for x in c.citations
                    if may_see(role, source_levels.get(x.source_sha256, "confidential"))
                )
                if not cits:
                    continue
                if len(cits) != len(c.citations):
                    c = replace(c, citations=cits)
            claims.append(c)
        return Record(self.key, self.type, self.sensitivity, tuple(claims))
