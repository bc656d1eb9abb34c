"""The record types and their fields: what may be coded, of what kind, from which vocabulary.

A record is a bag of claims; this schema says which fields a record type has and how a field's
value is read, checked and written as JSON. It follows ESF (Event → Act → Involvement), Popolo
(Person, Organization, Membership) and the justice records of data-model.md.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from recuento.domain.dates import PartialDate
from recuento.domain.quantities import Count, Duration, Place
from recuento.errors import ValidationError

KINDS = (
    "text",
    "int",
    "number",
    "bool",
    "date",
    "count",
    "duration",
    "place",
    "age",
    "term",
    "ref",
)


@dataclass(frozen=True, slots=True)
class Age:
    """An age in years at a date ("83 in January 2018")."""

    years: int
    as_of: PartialDate | None = None

    def __post_init__(self) -> None:
        if (
            isinstance(self.years, bool)
            or not isinstance(self.years, int)
            or not 0 <= self.years < 130
        ):
            raise ValidationError(f"an age is a whole number of years 0..129, not {self.years!r}")

    def to_dict(self) -> dict[str, object]:
        out: dict[str, object] = {"value": self.years}
        if self.as_of is not None:
            out["as_of"] = str(self.as_of)
        return out


@dataclass(frozen=True, slots=True)
class FieldSpec:
    name: str
    kind: str
    many: bool = False
    vocab: str | None = None  # for kind "term"
    refs: tuple[str, ...] = ()  # record types a kind "ref" may point to
    help: str = ""

    def __post_init__(self) -> None:
        if self.kind not in KINDS:
            raise ValueError(f"unknown field kind {self.kind}")
        if (self.kind == "term") != (self.vocab is not None):
            raise ValueError(f"{self.name}: a term field names its vocabulary, others do not")
        if (self.kind == "ref") != bool(self.refs):
            raise ValueError(f"{self.name}: a ref field names the record types it points to")

    def parse(self, raw: Any) -> Any:
        """Read one value (one item, for a many-valued field) from a coding file or export."""
        return _PARSERS[self.kind](raw)

    def to_json(self, value: Any) -> Any:
        """The JSON form of a parsed value; ``parse(to_json(v)) == v``."""
        if value is None:
            return None
        if self.kind == "date":
            d = value.to_dict()
            return d["value"] if len(d) == 2 else d
        if self.kind in ("count", "duration", "place", "age"):
            return value.to_dict()
        return value


def _text(raw: Any) -> str:
    if isinstance(raw, (dict, list)) or raw is None:
        raise ValidationError(f"expected text, got {type(raw).__name__}")
    text = str(raw).strip()
    if not text:
        raise ValidationError("text is empty")
    return text


def _int(raw: Any) -> int:
    if isinstance(raw, bool) or not isinstance(raw, int):
        raise ValidationError(f"expected a whole number, got {raw!r}")
    return raw


def _number(raw: Any) -> float | int:
    if isinstance(raw, bool) or not isinstance(raw, (int, float)):
        raise ValidationError(f"expected a number, got {raw!r}")
    return raw


def _bool(raw: Any) -> bool:
    if not isinstance(raw, bool):
        raise ValidationError(f"expected true or false, got {raw!r}")
    return raw


def _date(raw: Any) -> PartialDate:
    if isinstance(raw, date):
        return PartialDate.of(raw)
    if isinstance(raw, int) and not isinstance(raw, bool):
        raw = str(raw)
    if isinstance(raw, str):
        return PartialDate.parse(raw)
    if isinstance(raw, dict):
        data = dict(raw)
        if "date" in data and "value" not in data:
            data["value"] = data.pop("date")
        if isinstance(data.get("value"), date):
            data["value"] = data["value"].isoformat()
        for bound in ("not_before", "not_after"):
            if isinstance(data.get(bound), date):
                data[bound] = data[bound].isoformat()
        unknown = set(data) - {"value", "precision", "not_before", "not_after", "estimated"}
        if unknown:
            raise ValidationError(f"unknown date keys: {', '.join(sorted(unknown))}")
        if "value" not in data:
            raise ValidationError("a date mapping needs a value")
        return PartialDate.from_dict(data)
    raise ValidationError(f"cannot read {raw!r} as a date")


def _age(raw: Any) -> Age:
    if isinstance(raw, int) and not isinstance(raw, bool):
        return Age(raw)
    if isinstance(raw, dict):
        unknown = set(raw) - {"value", "as_of"}
        if unknown:
            raise ValidationError(f"unknown age keys: {', '.join(sorted(unknown))}")
        as_of = raw.get("as_of")
        return Age(_int(raw.get("value")), None if as_of is None else _date(as_of))
    raise ValidationError(f"an age is a number or {{value, as_of}}, not {raw!r}")


def _term(raw: Any) -> str:
    # vocabulary membership is checked by the importer, which knows the loaded vocabularies
    return _text(raw)


_PARSERS: dict[str, Any] = {
    "text": _text,
    "int": _int,
    "number": _number,
    "bool": _bool,
    "date": _date,
    "count": Count.from_value,
    "duration": Duration.from_value,
    "place": Place.from_value,
    "age": _age,
    "term": _term,
    "ref": _text,
}


@dataclass(frozen=True, slots=True)
class RecordType:
    name: str
    title_field: str
    fields: tuple[FieldSpec, ...]
    help: str = ""

    def field(self, name: str) -> FieldSpec:
        for f in self.fields:
            if f.name == name:
                return f
        raise KeyError(name)

    def field_names(self) -> tuple[str, ...]:
        return tuple(f.name for f in self.fields)


def F(
    name: str,
    kind: str,
    *,
    many: bool = False,
    vocab: str | None = None,
    refs: str = "",
    help: str = "",
) -> FieldSpec:  # noqa: N802 - reads like a table row
    return FieldSpec(name, kind, many, vocab, tuple(r for r in refs.split("|") if r), help)


_PERSON_OR_ORG = "person|organization"
_COUNTS = ("killed", "wounded", "disappeared", "detained", "tortured", "participants")

RECORD_TYPES: dict[str, RecordType] = {
    t.name: t
    for t in (
        RecordType(
            "event",
            "title",
            (
                F("title", "text"),
                F("type", "term", vocab="event_type"),
                F(
                    "acts",
                    "term",
                    many=True,
                    vocab="act_type",
                    help="kinds of acts the event involved",
                ),
                F("date", "date"),
                F("place", "place"),
                *(F(c, "count") for c in _COUNTS),
                F("description", "text"),
                F("victims_described", "text", many=True),
                F("perpetrators_described", "text", many=True),
                F("means", "text"),
                F("response", "text", help="how the authorities responded (for protests)"),
                F("part_of", "ref", refs="event"),
                F("related", "ref", many=True, refs="event"),
                F(
                    "background",
                    "bool",
                    help="mentioned in the source as context for another story",
                ),
            ),
            "Something that happened: a massacre, a killing, an arrest, a protest.",
        ),
        RecordType(
            "act",
            "type",
            (
                F("event", "ref", refs="event"),
                F("type", "term", vocab="act_type"),
                F("victim", "ref", refs="person"),
                F("victim_group", "text"),
                F("group_size", "count"),
                F("status_at_end", "term", vocab="victim_status"),
                F("date", "date"),
                F("place", "place"),
            ),
            "One victim (or group) suffering one kind of act within an event.",
        ),
        RecordType(
            "involvement",
            "degree",
            (
                F("perpetrator", "ref", refs=_PERSON_OR_ORG),
                F("event", "ref", refs="event"),
                F("act", "ref", refs="act"),
                F("degree", "term", vocab="involvement_degree"),
                F("description", "text"),
            ),
            "Who was involved in an event or act, and how.",
        ),
        RecordType(
            "person",
            "name",
            (
                F("name", "text"),
                F("aliases", "text", many=True),
                F("sex", "term", vocab="sex"),
                F("birth_date", "date"),
                F("age", "age"),
                F("occupation", "text"),
                F("roles", "term", many=True, vocab="person_role"),
                F("positions", "text", many=True, help="offices held, as written"),
                F("status", "term", vocab="person_status"),
                F("health", "text"),
                F("ethnicity", "text"),
                F("nationality", "text"),
                F("identifier", "text", many=True, help="scheme:value, e.g. DNI:12345678"),
            ),
            "A victim, perpetrator, witness, prisoner, official…",
        ),
        RecordType(
            "organization",
            "name",
            (
                F("name", "text"),
                F("abbreviation", "text"),
                F("kind", "term", vocab="organization_kind"),
                F("parent", "ref", refs="organization"),
                F("country", "text"),
                F("description", "text"),
            ),
            "A state force, unit, armed group, court, party, news agency, NGO.",
        ),
        RecordType(
            "membership",
            "role",
            (
                F("person", "ref", refs="person"),
                F("organization", "ref", refs="organization"),
                F("role", "text"),
                F("rank", "text"),
                F("start", "date"),
                F("end", "date"),
            ),
            "A person's membership or post in an organisation, over time.",
        ),
        RecordType(
            "case",
            "title",
            (
                F("title", "text"),
                F("jurisdiction", "term", vocab="jurisdiction"),
                F("court", "text"),
                F("number", "text"),
                F("defendants", "ref", many=True, refs="person"),
                F("events", "ref", many=True, refs="event"),
            ),
            "A legal case: court, number, defendants, the events it concerns.",
        ),
        RecordType(
            "charge",
            "description",
            (
                F("case", "ref", refs="case"),
                F("person", "ref", refs="person"),
                F("crimes", "term", many=True, vocab="charge_kind"),
                F("law", "text"),
                F("description", "text"),
                F("events", "ref", many=True, refs="event"),
            ),
            "What a person is charged with, under which law.",
        ),
        RecordType(
            "decision",
            "type",
            (
                F("case", "ref", refs="case"),
                F("person", "ref", refs="person"),
                F("persons_described", "text"),
                F("group_size", "count"),
                F("type", "term", vocab="decision_type"),
                F("date", "date"),
                F("court", "text"),
                F("instance", "term", vocab="instance"),
                F("charges", "term", many=True, vocab="charge_kind"),
                F("events", "ref", many=True, refs="event"),
                F("outcome", "text"),
                F(
                    "previous",
                    "ref",
                    refs="decision",
                    help="the decision this one reviews or repeats",
                ),
            ),
            "A court's decision: conviction, acquittal, annulment, retrial, …",
        ),
        RecordType(
            "sentence",
            "term",
            (
                F("person", "ref", refs="person"),
                F("decision", "ref", refs="decision"),
                F("persons_described", "text"),
                F("kind", "term", vocab="sentence_kind"),
                F("term", "duration"),
                F("start", "date"),
                F("pretrial_credit_days", "int"),
                F("concurrent_with", "ref", many=True, refs="sentence"),
            ),
            "A penalty imposed: imprisonment for a term or for life, and from when.",
        ),
        RecordType(
            "detention",
            "facility",
            (
                F("person", "ref", refs="person"),
                F("persons_described", "text"),
                F("group_size", "count"),
                F("start", "date"),
                F("end", "date"),
                F("facility", "text"),
                F("basis", "term", vocab="detention_basis"),
                F("conditions", "term", many=True, vocab="detention_condition"),
                F("sentence", "ref", refs="sentence"),
                F("duration_claimed", "duration"),
                F("held_past_term", "bool", help="held after the sentence was fully served"),
                F("legality_claim", "text"),
                F("end_reason", "term", vocab="detention_end_reason"),
            ),
            "A spell in custody: where, under what basis, in what conditions, until when.",
        ),
        RecordType(
            "clemency",
            "kind",
            (
                F("person", "ref", refs="person"),
                F("kind", "term", vocab="clemency_kind"),
                F("status", "term", vocab="clemency_status"),
                F("granted_by", "ref", refs="person"),
                F("date", "date"),
                F("grounds", "term", vocab="clemency_grounds"),
                F("sentence", "ref", refs="sentence"),
                F("time_served", "duration", help="time served of the sentence when granted"),
                F("alleged_motive", "text"),
            ),
            "A pardon, humanitarian pardon, amnesty or commutation, and its fate.",
        ),
        RecordType(
            "release",
            "reason",
            (
                F("person", "ref", refs="person"),
                F("date", "date"),
                F("reason", "term", vocab="detention_end_reason"),
                F("clemency", "ref", refs="clemency"),
                F("detention", "ref", refs="detention"),
            ),
            "A person leaving custody, and why.",
        ),
    )
}


def record_type(name: str) -> RecordType:
    try:
        return RECORD_TYPES[name]
    except KeyError:
        known = ", ".join(RECORD_TYPES)
        raise ValidationError(f"unknown record type {name!r}; known types: {known}") from None
