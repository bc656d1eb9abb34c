"""A larger figure given by another source elsewhere in the text makes a total a range."""

from __future__ import annotations

from datetime import date

from recuento.extract import RuleBasedExtractor


def _killed(text: str, language: str) -> list[dict]:
    out = []
    for s in RuleBasedExtractor().extract(text, language=language, published=date(2020, 3, 21)):
        if s.kind == "event" and "killed" in s.fields["counts"]:
            c = s.fields["counts"]["killed"]
            out.append({k: c[k] for k in ("best", "low", "high")})
    return out


def test_a_rival_figure_larger_than_the_total_is_the_high_end() -> None:
    text = (
        "On 21 March 1960 police opened fire on a crowd of protesters in Kagiso. For decades "
        "the toll rested on the official record: 45 dead. Two historians who read the hospital "
        "files have since concluded that at least 63 people were killed."
    )
    assert _killed(text, "en") == [{"best": 45, "low": 45, "high": 63}]


def test_a_smaller_part_told_later_stays_a_part() -> None:
    text = (
        "On 21 March 1960 police opened fire on a crowd of protesters in Kagiso. For decades "
        "the toll rested on the official record: 45 dead. Of them, 12 fell at the station gate."
    )
    assert _killed(text, "en") == [{"best": 45, "low": None, "high": None}]


def test_a_figure_of_another_kind_reported_elsewhere_is_not_a_rival() -> None:
    text = (
        "El 7 de junio de 1998 la tropa atacó la escuela de El Roble: el saldo total fue de "
        "once muertos. Sobre los detenidos no hay acuerdo: la comisión registra 25."
    )
    assert _killed(text, "es") == [{"best": 11, "low": None, "high": None}]
