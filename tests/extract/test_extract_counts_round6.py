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


def _counts(text: str, language: str) -> list[tuple[str, dict]]:
    return [
        (s.fields["type"], s.fields["counts"])
        for s in RuleBasedExtractor().extract(text, language=language, published=date(2020, 1, 1))
        if s.kind == "event"
    ]


def test_a_killing_told_of_one_person_counts_one() -> None:
    es = "El 2 de julio de 1986 una patrulla detuvo al joven en Lima. Murió cuatro días después."
    en = "The teenager was held at a police station in Lima. On 26 April 1991 he died in custody."
    for text, language in ((es, "es"), (en, "en")):
        killed = [c["killed"]["best"] for t, c in _counts(text, language) if "killed" in c]
        assert killed == [1], (language, _counts(text, language))


def test_a_disappearance_told_of_one_person_counts_one() -> None:
    text = (
        "El 8 de febrero de 1976 agentes de civil se llevaron a la maestra de su casa en "
        "Montevideo y nunca más se supo de ella."
    )
    got = [c.get("disappeared", {}).get("best") for t, c in _counts(text, "es")]
    assert got == [1]


def test_a_figure_wins_over_one_victim_told() -> None:
    text = "On 3 May 1990 soldiers killed 12 villagers in Tocache; he was killed first."
    killed = [c["killed"]["best"] for t, c in _counts(text, "en") if "killed" in c]
    assert killed == [12]


def test_people_named_by_an_unlisted_word_before_the_verb_are_counted() -> None:
    en = "On 15 April 1994 as many as 20,000 Tutsis were killed at the church in Nyarubuye."
    es = "El 16 de marzo de 1988 unos 300 kurdos fueron asesinados en Halabja."
    got_en = [(t, c.get("killed", {}).get("high")) for t, c in _counts(en, "en")]
    got_es = [(t, c.get("killed", {}).get("best")) for t, c in _counts(es, "es")]
    # a bound alone tells the scale: a massacre, not one killing
    assert got_en == [("massacre", 20000)]
    assert got_es == [("massacre", 300)]


def test_units_before_the_verb_are_not_people() -> None:
    text = "On 8 November 2019 the officer fired from 21 metres away and the student was hit."
    assert all("killed" not in c for _t, c in _counts(text, "en"))


def test_the_speakers_people_and_people_taken_are_counted() -> None:
    cases = [
        (
            "On 5 October 1995 soldiers entered Xamán. Eleven of us died: seven men, two women "
            "and two children.",
            "en",
            "killed",
            11,
        ),
        (
            "Late on 14 March 1991 soldiers seized four people in Chuschi. None of the four has "
            "been seen since.",
            "en",
            "disappeared",
            4,
        ),
        (
            "El 14 de enero de 1990 los paramilitares escogieron a 43 hombres y se los llevaron. "
            "Nunca más se supo de ellos.",
            "es",
            "disappeared",
            43,
        ),
    ]
    for text, language, cat, n in cases:
        got = [c[cat]["best"] for _t, c in _counts(text, language) if cat in c]
        assert got == [n], (text, _counts(text, language))


def test_the_accused_are_not_the_victims() -> None:
    text = (
        "On 25 November 2017 the coast guard killed Rafael Nahuel near Bariloche. In 2023 a "
        "court sentenced five coast guard officers found guilty of killing Nahuel."
    )
    killed = [c["killed"]["best"] for _t, c in _counts(text, "en") if "killed" in c]
    assert 5 not in killed
