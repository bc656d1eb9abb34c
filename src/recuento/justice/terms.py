"""Arithmetic on sentence terms: fraction served, expected release, time held past a term.

Dates in human-rights records are often partial ("detained in 1992"), so every answer here is a
pair of bounds — the earliest and latest day it can be — and a yes/no question answers ``None``
when the bounds do not settle it. Nothing is guessed.
"""

from __future__ import annotations

import calendar
from dataclasses import dataclass
from datetime import date, timedelta

from recuento.domain.dates import PartialDate
from recuento.domain.quantities import Duration
from recuento.errors import ValidationError


def fraction_served(term: Duration, served: Duration) -> float:
    """The share of a fixed term already served (10 of 25 years → 0.4).

    A life term has no fraction: asking is an error, not a guess.
    """
    total = term.in_years()
    if total is None:
        raise ValidationError("a life sentence has no fraction served")
    done = served.in_years()
    if done is None:
        raise ValidationError("time served cannot be a life term")
    if total <= 0:
        raise ValidationError("the sentence term is zero")
    return done / total


def add_term(day: date, term: Duration) -> date:
    """``day`` plus a term in calendar years, months and days (29 February → 28 February)."""
    if term.life:
        raise ValidationError("a life term has no end date")
    months = day.month - 1 + term.months + 12 * term.years
    year, month = day.year + months // 12, months % 12 + 1
    last = calendar.monthrange(year, month)[1]
    return date(year, month, min(day.day, last)) + timedelta(days=term.days)


@dataclass(frozen=True, slots=True)
class Release:
    """When a term ends, as the earliest and latest day the records allow."""

    earliest: date
    latest: date

    @property
    def certain(self) -> bool:
        return self.earliest == self.latest


def expected_release(start: PartialDate, term: Duration, credit_days: int = 0) -> Release | None:
    """The day a term started on ``start`` ends, less ``credit_days`` of pre-trial detention.

    None for a life term. A start known to the year gives a release known to the year.
    """
    if credit_days < 0:
        raise ValidationError("credit for pre-trial detention cannot be negative")
    if term.life:
        return None
    credit = timedelta(days=credit_days)
    return Release(add_term(start.earliest, term) - credit, add_term(start.latest, term) - credit)


def held_past_term(
    start: PartialDate,
    term: Duration,
    as_of: date,
    *,
    released: PartialDate | None = None,
    credit_days: int = 0,
) -> bool | None:
    """Whether someone is (or was, until ``released``) held after their term ended.

    True when the term certainly ended before the person certainly left (or before ``as_of`` if
    still held); False when it certainly did not; None when the dates cannot tell.
    """
    end = expected_release(start, term, credit_days)
    if end is None:
        return False  # a life term never ends; whether it is lawful is another question
    left_earliest = released.earliest if released is not None else as_of
    left_latest = released.latest if released is not None else as_of
    if end.latest < left_earliest:
        return True
    if end.earliest >= left_latest:
        return False
    return None


def days_past_term(
    start: PartialDate, term: Duration, as_of: date, *, credit_days: int = 0
) -> tuple[int, int] | None:
    """How many days past the term's end ``as_of`` is, as (fewest, most); None for life."""
    end = expected_release(start, term, credit_days)
    if end is None:
        return None
    return (max(0, (as_of - end.latest).days), max(0, (as_of - end.earliest).days))
