"""Sentence and detention arithmetic. Pure functions over domain values."""

from recuento.justice.terms import (
    Release,
    add_term,
    days_past_term,
    expected_release,
    fraction_served,
    held_past_term,
)

__all__ = [
    "Release",
    "add_term",
    "days_past_term",
    "expected_release",
    "fraction_served",
    "held_past_term",
]
