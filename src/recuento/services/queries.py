"""Questions documentarians ask of the records, answered from current (accepted) claims."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from datetime import date

from recuento.domain.dates import PartialDate
from recuento.domain.quantities import Duration
from recuento.domain.records import Record
from recuento.errors import ValidationError
from recuento.justice import fraction_served


def events_ordered_by(involvements: Iterable[Record], person: str) -> list[str]:
    out: list[str] = []
    for inv in involvements:
        if inv.value("perpetrator") == person and inv.value("degree") == "gave_orders":
            event = inv.value("event")
            if event is not None and event not in out:
                out.append(event)
    return out


def find_events(
    events: Iterable[Record],
    *,
    type: str | None = None,  # noqa: A002
    place_within: str | None = None,
    start: date | None = None,
    end: date | None = None,
) -> list[Record]:
    """Events of a type, at or within a place, whose date may fall in [start, end]."""
    out = []
    for ev in events:
        if type is not None and ev.value("type") != type:
            continue
        if place_within is not None:
            place = ev.value("place")
            if place is None or not place.is_within(place_within):
                continue
        if start is not None or end is not None:
            when: PartialDate | None = ev.value("date")
            if when is None or not when.overlaps(start, end):
                continue
        out.append(ev)
    return sorted(
        out,
        key=lambda e: (
            e.value("date") is None,
            e.value("date") or PartialDate.parse("0001"),
            e.key,
        ),
    )


def life_sentences(
    sentences: Iterable[Record], detentions: Iterable[Record]
) -> list[tuple[str, PartialDate | None]]:
    """(person, held since) for everyone under a life sentence."""
    since: dict[str, PartialDate] = {}
    for d in detentions:
        person, start = d.value("person"), d.value("start")
        if person is not None and start is not None:
            since[person] = min(start, since.get(person, start))
    out = []
    for s in sentences:
        term: Duration | None = s.value("term")
        person = s.value("person")
        if term is not None and term.life and person is not None:
            out.append((person, s.value("start") or since.get(person)))
    return sorted(set(out), key=lambda x: x[0])


def fraction_served_at_clemency(clemency: Record, lookup: Callable[[str], Record]) -> float:
    sentence_key = clemency.value("sentence")
    served: Duration | None = clemency.value("time_served")
    if sentence_key is None or served is None:
        raise ValidationError(f"{clemency.key} does not say which sentence, or how much was served")
    term = lookup(sentence_key).value("term")
    if term is None:
        raise ValidationError(f"{sentence_key} has no term")
    return fraction_served(term, served)
