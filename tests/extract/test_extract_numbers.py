"""Numbers in English and Spanish: words, digits, vague quantities and modifiers."""

from __future__ import annotations

import pytest

from recuento.extract.numbers import find_quantities


def one(text: str):
    qs = find_quantities(text)
    assert len(qs) == 1, qs
    return qs[0]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("fifteen", 15),
        ("Thirty-one", 31),
        ("sixty-nine", 69),
        ("one hundred and twenty-three", 123),
        ("quince", 15),
        ("dieciséis", 16),
        ("veintitrés", 23),
        ("treinta y cinco", 35),
        ("ciento veintitrés", 123),
        ("doscientos uno", 201),
        ("69.000", 69000),
        ("69,000", 69000),
        ("6.060", 6060),
        ("2 mil", 2000),
    ],
)
def test_number_words_and_digits(text: str, value: int) -> None:
    q = one(text)
    assert (q.best, q.low, q.high) == (value, None, None)
    assert text[q.start : q.end] == q.text


@pytest.mark.parametrize(
    ("text", "best", "low", "high"),
    [
        ("a half-dozen", 6, None, None),
        ("media docena", 6, None, None),
        ("a dozen", 12, None, None),
        ("two dozen", 24, None, None),
        ("some three dozen", 36, None, None),
        ("dos docenas", 24, None, None),
        ("dozens", None, 24, 99),
        ("decenas", None, 20, 99),
        ("hundreds", None, 200, 999),
        ("cientos", None, 200, 999),
        ("thousands", None, 2000, 9999),
        ("several tens of thousands", None, 20000, 99999),
        ("decenas de miles", None, 20000, 99999),
        ("at least 17", 17, 17, None),
        ("al menos ocho", 8, 8, None),
        ("more than 69,000", None, 69000, None),
        ("más de veinte", None, 20, None),
        ("nearly 1,000", 1000, None, 1000),
        ("about 70", 70, None, None),
        ("unos 70", 70, None, None),
        ("up to 30", None, None, 30),
        ("between 24 and 35", None, 24, 35),
        ("entre 8 y 25", None, 8, 25),
        ("from 28 to 39", None, 28, 39),
    ],
)
def test_vague_quantities_and_modifiers(text: str, best, low, high) -> None:
    q = one(text)
    assert (q.best, q.low, q.high) == (best, low, high)


def test_quantities_are_found_with_offsets_in_running_text() -> None:
    text = "Gunmen killed 15 people and wounded four others; dozens fled."
    qs = find_quantities(text)
    assert [q.text for q in qs] == ["15", "four", "dozens"]
    assert all(text[q.start : q.end] == q.text for q in qs)
