"""The pieces an event is built from: its mentions, their counts, and the event itself.

Shared by the rule-based extractor's reader (`rules`) and its count rules (`counts_rules`).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from recuento.extract.dates import DateMention
from recuento.extract.gazetteer import Match
from recuento.extract.numbers import Quantity
from recuento.extract.text import Sentence

_KILL_TYPES = {
    "massacre",
    "extrajudicial_killing",
    "death_in_custody",
    "protest_killing",
    "killing",
}

_ACCUSED = {"convicted_perpetrator", "perpetrator", "judge", "prosecutor"}


@dataclass(slots=True)
class _Count:
    category: str
    quantity: Quantity
    subset: bool
    total: bool
    attributed: bool
    alternative: bool = False  # a second source's figure: "some count 27", "hablan de siete"
    guessed: bool = False  # a figure only "reported", its category taken from its neighbours
    # a figure over a period or adding another event ("between 1981 and 1984", "counting the
    # June ambush"): not the count of an event dated to a day or month
    spread: bool = False


def _figure(c: _Count) -> int | None:
    """The one figure a count stands for when figures disagree: its best reading, else the
    lower bound it gives ("more than a hundred" -> 100). "Up to 15" is no rival figure: it
    often bounds a part ("hasta 15 víctimas de ejecución" of 22 dead)."""
    q = c.quantity
    if q.best is not None:
        return q.best
    if q.vague:
        return None
    return q.low


@dataclass(slots=True)
class _EventMention:
    sentence: Sentence
    types: set[str]
    trigger_spans: list[tuple[int, int]]
    dates: list[DateMention]
    places: list[Match]
    counts: list[_Count]
    recall: bool
    orgs: list[Match]
    inherited: bool = False
    anaphoric: bool = False
    fallback: list[DateMention] = field(default_factory=list)  # dates set aside for anaphora
    places_inherited: bool = False  # its place is the narrative's, not written in its sentence
    report: bool = False  # a toll given on its own day ("By Wednesday the count had risen to 108")
    # an arrest whose people's fate is told apart from the harm around it: "legal" when they
    # were tried or sentenced ("later faced military prosecutors"), "held" when they were
    # released or held without charge ("demand their release"); "" otherwise
    apart: str = ""


@dataclass(slots=True)
class _Event:
    mentions: list[_EventMention] = field(default_factory=list)

    @property
    def types(self) -> set[str]:
        out: set[str] = set()
        for m in self.mentions:
            out |= m.types
        return out

    @property
    def place_names(self) -> set[str]:
        return {p.entry.name for m in self.mentions for p in m.places}

    def dates(self) -> list[DateMention]:
        return [d for m in self.mentions for d in m.dates if d.value]
