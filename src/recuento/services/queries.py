"""Questions documentarians ask of the records, answered from current (accepted) claims."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from datetime import date

from recuento.domain.dates import PartialDate
from recuento.domain.quantities import Duration
from recuento.domain.records import Record
from recuento.errors import ValidationError
from recuento.justice import expected_release, fraction_served, held_past_term


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


def sentence_status(
    sentences: Iterable[Record],
    detentions: Iterable[Record],
    releases: Iterable[Record],
    as_of: date,
) -> list[dict[str, object]]:
    """Every sentence with its expected end, whether the person left custody, and whether they
    are (or were) held past the term: ``yes``, ``no``, ``cannot tell`` or ``life``."""
    detentions = list(detentions)
    starts: dict[str, PartialDate] = {}
    for d in detentions:
        person, start = d.value("person"), d.value("start")
        if person is not None and start is not None:
            starts[person] = min(start, starts.get(person, start))
    left: dict[str, PartialDate] = {}
    for r in releases:
        person, when = r.value("person"), r.value("date")
        if person is not None and when is not None:
            left[person] = max(when, left.get(person, when))
    out: list[dict[str, object]] = []
    for s in sentences:
        term: Duration | None = s.value("term")
        person = s.value("person")
        start = s.value("start") or (starts.get(person) if person else None)
        row: dict[str, object] = {
            "sentence": s.key,
            "person": person or s.value("persons_described"),
            "term": None if term is None else term.to_dict(),
            "start": None if start is None else str(start),
            "released": None if person not in left else str(left[person]),
        }
        if term is None or start is None:
            row.update(expected_release=None, past_term="cannot tell")
        elif term.life:
            row.update(expected_release=None, past_term="life")
        else:
            credit = s.value("pretrial_credit_days") or 0
            end = expected_release(start, term, credit)
            assert end is not None
            row["expected_release"] = [end.earliest.isoformat(), end.latest.isoformat()]
            verdict = held_past_term(
                start,
                term,
                as_of,
                released=left.get(person) if person else None,
                credit_days=credit,
            )
            row["past_term"] = {True: "yes", False: "no", None: "cannot tell"}[verdict]
        out.append(row)
    return out
