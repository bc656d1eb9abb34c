"""Protests under other names: sit-ins, pickets and road blocks, vigils, and troops firing on a
crowd. A killing told with one of these is a killing at a protest (``protest_killing``), as
with "protesters" or "marcha"; without one it keeps its own type.

The texts below were written for these tests; the people and places are invented.
"""

from __future__ import annotations

from datetime import date

import pytest

from recuento.extract import RuleBasedExtractor


def types(ex: RuleBasedExtractor, text: str, language: str) -> list[str]:
    out = ex.extract(text, language=language, published=date(2021, 3, 10))
    return [s.fields["type"] for s in out if s.kind == "event" and not s.fields["background"]]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "On 4 March 2021 soldiers opened fire on the crowd in the main square of Velmora, "
            "killing twelve people.",
            "en",
        ),
        (
            "On 4 March 2021 the police broke up a sit-in outside the ministry in Velmora; "
            "three people were killed.",
            "en",
        ),
        (
            "El 4 de marzo de 2021 los vecinos cortaron el puente de Santa Rita. La policía "
            "disparó y dos jóvenes murieron esa tarde.",
            "es",
        ),
        (
            "El 4 de marzo de 2021 un piquete bloqueó la ruta 7 y la gendarmería mató a "
            "dos personas.",
            "es",
        ),
    ],
)
def test_killings_at_protests_of_other_names_are_protest_killings(
    ex: RuleBasedExtractor, text: str, language: str
) -> None:
    assert "protest_killing" in types(ex, text, language)


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("On 4 March 2021 soldiers killed twelve villagers in their homes in Velmora.", "en"),
        ("El 4 de marzo de 2021 un comando mató a cinco campesinos en la vereda El Cedro.", "es"),
    ],
)
def test_killings_with_no_protest_keep_their_type(
    ex: RuleBasedExtractor, text: str, language: str
) -> None:
    got = types(ex, text, language)
    assert got and "protest_killing" not in got
