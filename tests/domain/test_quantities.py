"""Counts keep best/low/high and their words; durations and places check themselves."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from recuento.domain import VAGUE_COUNTS, Count, Duration, Place
from recuento.errors import ValidationError

n = st.integers(0, 10**7)


@st.composite
def counts(draw: st.DrawFn) -> Count:
    low, high = sorted([draw(n), draw(n)])
    best = draw(st.one_of(st.none(), st.integers(low, high)))
    lo = draw(st.sampled_from([low, None]))
    hi = draw(st.sampled_from([high, None]))
    if best is None and lo is None and hi is None:
        best = low  # a count with only words takes its numbers from the conventions instead
    return Count(best=best, low=lo, high=hi, text=draw(st.one_of(st.none(), st.text(min_size=1))))


@given(counts())
def test_count_round_trip_through_its_mapping(c: Count) -> None:
    assert Count.from_value(c.to_dict()) == c


@given(counts(), n)
def test_contains_respects_the_range(c: Count, k: int) -> None:
    if c.low is not None and k < c.low or c.high is not None and k > c.high:
        assert not c.contains(k)
    if c.best is not None:
        assert c.contains(c.best)


@given(st.integers(0, 10**6), st.integers(1, 10**6))
def test_best_outside_the_range_is_refused(low: int, width: int) -> None:
    with pytest.raises(ValidationError):
        Count(best=low + width + 1, low=low, high=low + width)
    with pytest.raises(ValidationError):
        Count(low=low + width, high=low)


@pytest.mark.parametrize("words", sorted(VAGUE_COUNTS))
def test_every_convention_is_a_valid_count(words: str) -> None:
    c = Count.from_words(words)
    assert c.text == words and c.lower_bound() is not None


def test_conventions_from_the_data_model() -> None:
    assert Count.from_words("hundreds").to_dict() == {"low": 200, "high": 999, "text": "hundreds"}
    assert Count.from_words("a half-dozen").best == 6
    assert Count.from_words("dozens").low == 24
    assert Count.from_words("several tens of thousands").lower_bound() == 20000
    assert Count.from_value({"text": "Hundreds"}).low == 200
    with pytest.raises(ValidationError, match="no convention"):
        Count.from_words("a great many")
    with pytest.raises(ValidationError):
        Count(best=-1)


def test_durations_and_places() -> None:
    assert Duration.from_value({"years": 25}).in_years() == 25
    assert Duration.from_value({"life": True}).in_years() is None
    with pytest.raises(ValidationError, match="life term"):
        Duration(years=3, life=True)
    p = Place.from_value({"name": "Barrios Altos", "within": "Lima", "country": "PE"})
    assert p.is_within("lima") and p.is_within("Barrios Altos") and not p.is_within("Cusco")
    with pytest.raises(ValidationError, match="ISO"):
        Place(name="x", country="Peru")
