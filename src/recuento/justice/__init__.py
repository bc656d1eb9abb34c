"""Sentence and detention arithmetic. Pure functions over domain values."""

from recuento.justice.terms import fraction_served

__all__ = ["fraction_served"]
