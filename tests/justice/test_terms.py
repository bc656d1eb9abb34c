"""Sentence arithmetic: bounds that always contain the truth, and no guesses when they cannot."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from recuento.domain import Duration, PartialDate
from recuento.errors import ValidationError
from recuento.justice import (
    add_term,
    days_past_term,
    expected_release,
    fraction_served,
    held_past_term,
)

days = st.dates(min_value=date(1950, 1, 1), max_value=date(2030, 12, 31))
terms = st.builds(
    Duration, years=st.integers(1, 40), months=st.integers(0, 11), days=st.integers(0, 400)
)


def test_worked_examples() -> None:
    # a 25-year term begun on 22 September 2007 ends on 22 September 2032
    assert add_term(date(2007, 9, 22), Duration(years=25)) == date(2032, 9, 22)
    assert add_term(date(2016, 2, 29), Duration(years=1)) == date(2017, 2, 28)
    assert add_term(date(2019, 11, 30), Duration(months=3)) == date(2020, 2, 29)
    assert fraction_served(Duration(years=25), Duration(years=10)) == 0.4
    # a start known only to the year gives a release known only to the year
    r = expected_release(PartialDate.parse("1992"), Duration(years=25))
    assert r is not None and (r.earliest, r.latest) == (date(2017, 1, 1), date(2017, 12, 31))
    assert expected_release(PartialDate.parse("1992"), Duration(life=True)) is None


def test_held_past_term_answers_only_what_the_dates_settle() -> None:
    start, term = PartialDate.parse("1993"), Duration(years=20)
    assert held_past_term(start, term, date(2018, 1, 1)) is True
    assert held_past_term(start, term, date(2012, 6, 1)) is False
    assert held_past_term(start, term, date(2013, 6, 1)) is None  # inside 2013: cannot tell
    released = PartialDate.parse("2013-03-01")
    assert (
        held_past_term(PartialDate.parse("1993-01-10"), term, date(2020, 1, 1), released=released)
        is True
    )
    assert held_past_term(start, Duration(life=True), date(2030, 1, 1)) is False
    assert days_past_term(PartialDate.parse("1993-01-10"), term, date(2013, 1, 20)) == (10, 10)


@given(days, terms, st.integers(0, 2000))
def test_release_bounds_contain_the_exact_answer(start: date, term: Duration, credit: int) -> None:
    year = PartialDate.parse(str(start.year))
    exact = add_term(start, term) - timedelta(days=credit)
    r = expected_release(year, term, credit)
    assert r is not None and r.earliest <= exact <= r.latest
    assert expected_release(PartialDate.of(start), term, credit).certain  # type: ignore[union-attr]


@given(days, terms, days)
def test_a_certain_answer_agrees_with_every_possible_start(
    start: date, term: Duration, as_of: date
) -> None:
    month = PartialDate.parse(f"{start.year}-{start.month:02d}")
    verdict = held_past_term(month, term, as_of)
    exact = add_term(start, term) < as_of
    if verdict is not None:
        assert verdict == exact


def test_bad_input_is_refused() -> None:
    with pytest.raises(ValidationError, match="life"):
        fraction_served(Duration(life=True), Duration(years=3))
    with pytest.raises(ValidationError, match="negative"):
        expected_release(PartialDate.parse("2000"), Duration(years=1), credit_days=-1)
    with pytest.raises(ValidationError, match="life"):
        add_term(date(2000, 1, 1), Duration(life=True))
