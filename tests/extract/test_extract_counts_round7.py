"""Counts, session 5: the words that say what a figure counts, and what it does not count."""

from __future__ import annotations

from datetime import date

from recuento.extract import RuleBasedExtractor


def _counts(text: str, language: str) -> list[dict[str, tuple]]:
    out = []
    for s in RuleBasedExtractor().extract(text, language=language, published=date(2020, 3, 21)):
        if s.kind == "event":
            out.append({k: (v["best"], v["low"], v["high"]) for k, v in s.fields["counts"].items()})
    return out


def test_a_collective_numeral_counts_the_noun_after_de() -> None:
    es = (
        "El 3 de mayo de 1990 el Ejército atacó la aldea de Pueblo Nuevo y "
        "dejó un centenar de muertos."
    )
    assert _counts(es, "es") == [{"killed": (100, None, None)}]
    es2 = (
        "El 3 de mayo de 1990 la policía disparó contra la marcha en Tacna: "
        "hubo decenas de heridos."
    )
    assert [c.get("wounded") for c in _counts(es2, "es")] == [(None, 20, 99)]


def test_an_adverb_between_the_verb_and_the_harm_word() -> None:
    es = (
        "El 3 de mayo de 1990 soldados dispararon contra la marcha en Tacna. Murieron 12 "
        "personas y unas 30 quedaron gravemente heridas."
    )
    assert _counts(es, "es") == [{"killed": (12, None, None), "wounded": (30, None, None)}]
    en = (
        "On 3 May 1990 soldiers opened fire on the march in Tacna. Twelve people were killed "
        "and 30 were seriously injured."
    )
    assert _counts(en, "en") == [{"killed": (12, None, None), "wounded": (30, None, None)}]


def test_survivors_with_wounds_are_the_wounded() -> None:
    es = (
        "En la madrugada del 3 de mayo de 1973 los guardias fusilaron a los presos de la "
        "cárcel de Tacna. Nueve murieron; dos sobrevivieron con heridas graves."
    )
    assert _counts(es, "es") == [{"killed": (9, None, None), "wounded": (2, None, None)}]
    en = (
        "On 3 May 1990 soldiers opened fire on the march in Tacna. Twelve people died; "
        "the five others survived their wounds."
    )
    assert _counts(en, "en") == [{"killed": (12, None, None), "wounded": (5, None, None)}]
    # survivors who were not hurt are not wounded
    es2 = (
        "En la madrugada del 3 de mayo de 1973 los guardias fusilaron a los presos de la "
        "cárcel de Tacna. Nueve murieron; dos sobrevivieron y declararon ante el juez."
    )
    assert _counts(es2, "es") == [{"killed": (9, None, None)}]


def test_things_after_a_figure_are_not_people() -> None:
    es = (
        "El 3 de mayo de 1990 la policía disparó contra la marcha en Tacna y mató a un "
        "estudiante. En el hospital le contaron once perdigones en la cabeza."
    )
    assert [c.get("killed", (None,))[0] for c in _counts(es, "es")] != [11]
    es2 = (
        "El 3 de mayo de 1973 los militares sacaron de la cárcel a 26 presos, los llevaron al "
        "desierto y los fusilaron en cuatro grupos."
    )
    assert all(c.get("killed") != (4, None, None) for c in _counts(es2, "es"))
    en = (
        "On 14 August 2013 security forces killed at least 817 protesters at the Rabaa sit-in "
        "in Cairo; Amnesty puts the toll in the two squares together at 900."
    )
    assert all(c.get("killed", (0, 0, 0))[1] != 2 for c in _counts(en, "en"))


def test_cerca_de_is_close_to_a_ceiling_like_nearly() -> None:
    es = (
        "El 3 de mayo de 1990 el Ejército atacó la aldea de Pueblo Nuevo y "
        "mató a cerca de 40 campesinos."
    )
    assert _counts(es, "es") == [{"killed": (40, None, 40)}]
    es2 = (
        "El 3 de mayo de 1990 el Ejército atacó la aldea de Pueblo Nuevo y "
        "mató a unos 40 campesinos."
    )
    assert _counts(es2, "es") == [{"killed": (40, None, None)}]
