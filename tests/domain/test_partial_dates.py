"""Partial dates: parsing round trip, bounds, ordering (properties checked with hypothesis)."""

from __future__ import annotations

import calendar
from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from recuento.domain import DatePoint, PartialDate
from recuento.errors import ValidationError


@st.composite
def points(draw: st.DrawFn) -> DatePoint:
    kind = draw(st.sampled_from(["year", "month", "day", "decade"]))
    year = draw(st.integers(1000, 2999))
    if kind == "decade":
        return DatePoint(year - year % 10, decade=True)
    if kind == "year":
        return DatePoint(year)
    month = draw(st.integers(1, 12))
    if kind == "month":
        return DatePoint(year, month)
    return DatePoint(year, month, draw(st.integers(1, calendar.monthrange(year, month)[1])))


@st.composite
def partial_dates(draw: st.DrawFn) -> PartialDate:
    a = draw(points())
    if draw(st.booleans()):
        b = draw(points())
        if b.latest < a.earliest:
            a, b = b, a
        if b.latest >= a.earliest:
            return PartialDate(a, b)
    return PartialDate(a)


@given(partial_dates())
def test_text_round_trip(d: PartialDate) -> None:
    assert PartialDate.parse(str(d)) == d
    assert PartialDate.from_dict(d.to_dict()) == d


@given(partial_dates())
def test_bounds_contain_every_meaning(d: PartialDate) -> None:
    assert d.earliest <= d.latest
    assert d.overlaps(d.earliest, d.earliest) and d.overlaps(d.latest, d.latest)
    assert d.within(d.earliest, d.latest)


@given(partial_dates(), partial_dates(), partial_dates())
def test_ordering_is_a_total_order_by_bounds(
    a: PartialDate, b: PartialDate, c: PartialDate
) -> None:
    assert (a < b) + (b < a) + (a == b) == 1 or str(a) == str(b)
    if a < b and b < c:
        assert a < c
    if a.earliest < b.earliest:
        assert a < b
    ordered = sorted([c, b, a])
    assert [x.earliest for x in ordered] == sorted(x.earliest for x in ordered)


@given(points())
def test_precision_matches_the_written_form(p: DatePoint) -> None:
    text = str(p)
    expected = "decade" if text.endswith("X") else {4: "year", 7: "month", 10: "day"}[len(text)]
    assert p.precision == expected


def test_examples_from_the_data_model() -> None:
    assert PartialDate.parse("1991").precision == "year"
    assert PartialDate.parse("1992-07").latest == date(1992, 7, 31)
    assert PartialDate.parse("2016-02").latest == date(2016, 2, 29)
    span = PartialDate.parse("1980/2000")
    assert (span.earliest, span.latest, span.precision) == (
        date(1980, 1, 1),
        date(2000, 12, 31),
        "year",
    )
    assert PartialDate.parse("1980s") == PartialDate.parse("198X")
    narrowed = PartialDate.from_dict({"value": "1992", "not_after": "1992-04-05"})
    assert narrowed.latest == date(1992, 4, 5) and narrowed.earliest == date(1992, 1, 1)


@pytest.mark.parametrize(
    "text, message",
    [
        ("1991-13", "month 13"),
        ("1991-02-30", "no day 30"),
        ("July 1991", "cannot read"),
        ("2000/1980", "ends before it starts"),
        ("", "cannot read"),
    ],
)
def test_bad_dates_say_what_is_wrong(text: str, message: str) -> None:
    with pytest.raises(ValidationError, match=message):
        PartialDate.parse(text)


def test_bounds_outside_the_date_are_refused() -> None:
    with pytest.raises(ValidationError, match="not_before"):
        PartialDate.from_dict({"value": "1991", "not_before": "1992-01-01"})
    with pytest.raises(ValidationError, match="precision"):
        PartialDate.from_dict({"value": "1991-05", "precision": "day"})
