"""Arithmetic on sentence terms."""

from __future__ import annotations

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
