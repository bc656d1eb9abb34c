"""Legal facts, session 6, fifth round: annulments, retrials, confirmations, acquittals on appeal
and releases (retrials ordered in other words, a retrial denied, the court of the sentence before
going on, the date of a crime or of an earlier ruling inside a ruling's sentence, a conviction
undone).

Every sentence here was written for this file (not taken from a development text), in both
languages where the structure exists in both, with cases each rule must leave alone.
"""

from __future__ import annotations

from datetime import date

import pytest

from recuento.extract import RuleBasedExtractor

from extract_helpers import dates_by_subject, of_type, subjects, types

PUB = date(2021, 6, 9)


def run(ex: RuleBasedExtractor, text: str, language: str) -> list:
    return ex.extract(text, language=language, published=PUB)


# ---- a trial ordered held again ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "language", "name", "when"),
    [
        (
            "El 9 de mayo de 2019 la Corte Suprema anuló la condena de Pedro Salinas Rojas y "
            "ordenó repetir el juicio.",
            "es",
            "Pedro Salinas Rojas",
            "2019-05-09",
        ),
        (
            "En octubre de 2012 la Sala Penal revocó la sentencia contra Marta Gil Paredes y "
            "dispuso reponer el proceso.",
            "es",
            "Marta Gil Paredes",
            "2012-10",
        ),
        (
            "On 4 March 2021 the Supreme Court overturned the verdict against Marco Belli and "
            "ordered a new appeal hearing.",
            "en",
            "Marco Belli",
            "2021-03-04",
        ),
    ],
)
def test_retrial_ordered_in_other_words(
    ex: RuleBasedExtractor, text: str, language: str, name: str, when: str
) -> None:
    out = run(ex, text, language)
    assert dates_by_subject(out, "retrial") == {name: when}
    assert name in subjects(out, "annulment")


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "The appeals court annulled the verdict against Joan Reyes without a retrial, "
            "because the offence had lapsed.",
            "en",
        ),
        (
            "La Sala anuló la sentencia contra Ana Torres Vidal sin un nuevo juicio, porque el "
            "delito había prescrito.",
            "es",
        ),
    ],
)
def test_retrial_denied_is_none(ex: RuleBasedExtractor, text: str, language: str) -> None:
    out = run(ex, text, language)
    assert "retrial" not in types(out)
    assert "annulment" in types(out)


def test_order_to_repeat_needs_the_trial(ex: RuleBasedExtractor) -> None:
    # "ordenó repetir la prueba pericial": an expert test repeated, not the trial
    out = run(
        ex,
        "En 2018 el juez ordenó repetir la prueba pericial en el caso de Luisa Pardo Gómez.",
        "es",
    )
    assert "retrial" not in types(out)


# ---- the court of the sentence before goes on ----------------------------------------------------


@pytest.mark.parametrize(
    ("text", "language", "ltype", "name", "when"),
    [
        (
            "On April 4, 2022, the Court of Cassation cut the penalty of Lino Berti to 12 years. "
            "It also ordered a new appeal hearing for Dario Conti.",
            "en",
            "retrial",
            "Dario Conti",
            "2022-04-04",
        ),
        (
            "In June 2015 the appeals chamber upheld the conviction of Samuel Okafor. It quashed "
            "the conviction of Peter Mensah for pillage.",
            "en",
            "annulment",
            "Peter Mensah",
            "2015-06",
        ),
        (
            "En marzo de 2016 la Corte dejó sin efecto el fallo contra Luis Mena Prado. También "
            "dispuso reponer el proceso.",
            "es",
            "retrial",
            "Luis Mena Prado",
            "2016-03",
        ),
    ],
)
def test_court_goes_on_with_its_date(
    ex: RuleBasedExtractor, text: str, language: str, ltype: str, name: str, when: str
) -> None:
    assert dates_by_subject(run(ex, text, language), ltype) == {name: when}


def test_court_goes_on_needs_the_same_paragraph(ex: RuleBasedExtractor) -> None:
    out = run(
        ex,
        "In June 2015 the appeals chamber upheld the conviction of Samuel Okafor.\n\n"
        "It quashed the conviction of Peter Mensah for pillage.",
        "en",
    )
    assert dates_by_subject(out, "annulment").get("Peter Mensah") != "2015-06"


# ---- a conviction undone is no new conviction ----------------------------------------------------


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("In June 2015 the appeals chamber quashed the conviction of Peter Mensah.", "en"),
        ("On 2 May 2011 the court overturned Carla Weiss's conviction for fraud.", "en"),
    ],
)
def test_conviction_quashed_is_no_conviction(
    ex: RuleBasedExtractor, text: str, language: str
) -> None:
    out = run(ex, text, language)
    assert "conviction" not in types(out)
    assert of_type(out, "annulment")


# ---- the date of a crime or an earlier ruling in a ruling's sentence -----------------------------


@pytest.mark.parametrize(
    ("text", "language", "ltype", "name", "when"),
    [
        (
            "En junio de 2014 el Tribunal Criminal condenó a Erwin Lutz a cadena perpetua, aunque "
            "lo absolvió de las muertes de 2005.",
            "es",
            "acquittal",
            "Erwin Lutz",
            "2014-06",
        ),
        (
            "El 3 de mayo de 2012 la Audiencia absolvió a Carmen Ruiz Soler de los crímenes de "
            "finales de 1998.",
            "es",
            "acquittal",
            "Carmen Ruiz Soler",
            "2012-05-03",
        ),
        (
            "On 17 December 2018 a bench overturned the 2013 judgment that had cleared Ravi "
            "Sharma.",
            "en",
            "annulment",
            "Ravi Sharma",
            "2018-12-17",
        ),
    ],
)
def test_crime_year_is_not_the_ruling_date(
    ex: RuleBasedExtractor, text: str, language: str, ltype: str, name: str, when: str
) -> None:
    assert dates_by_subject(run(ex, text, language), ltype) == {name: when}


def test_ruling_year_alone_still_dates(ex: RuleBasedExtractor) -> None:
    # a year told as the ruling's own ("in 2013") still dates it
    out = run(ex, "A trial court acquitted Ravi Sharma Kapoor in 2013.", "en")
    assert dates_by_subject(out, "acquittal") == {"Ravi Sharma Kapoor": "2013"}


# ---- releases: a couple told just before, a release ordered by a possessive ----------------------


@pytest.mark.parametrize(
    ("text", "language", "names"),
    [
        (
            "On 28 July 2021 a court acquitted Peter Musa and his wife Zeenah Okoro of all "
            "charges. The couple walked out of custody the same day.",
            "en",
            {"Peter Musa", "Zeenah Okoro"},
        ),
        (
            "El 3 de mayo de 2019 un juez absolvió a Raúl Castaño y a su esposa Marta Lins. La "
            "pareja salió de la cárcel esa misma tarde.",
            "es",
            {"Raúl Castaño", "Marta Lins"},
        ),
    ],
)
def test_couple_released_are_the_two_told_before(
    ex: RuleBasedExtractor, text: str, language: str, names: set[str]
) -> None:
    assert subjects(run(ex, text, language), "release") == names


def test_couple_needs_exactly_two(ex: RuleBasedExtractor) -> None:
    out = run(
        ex,
        "In 2004 police arrested Tom Hale, Ana Pike and Joe Dunn. The couple was released in 2006.",
        "en",
    )
    assert subjects(out, "release") == set()


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("In 2016 a judge had ordered Tom Hale's release, an order the army ignored.", "en"),
        ("The court ordered the journalists' release in March 2019.", "en"),
    ],
)
def test_release_ordered_with_a_possessive_is_no_release(
    ex: RuleBasedExtractor, text: str, language: str
) -> None:
    assert "release" not in types(run(ex, text, language))


# ---- "la perpetua": the life term told by the noun alone -----------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "En 2014 un tribunal condenó a Ramón Oyarzo Díaz a cadena perpetua. En 2015 la Cámara de "
        "Apelaciones confirmó la perpetua.",
        "El 4 de junio de 2019 la Corte Suprema ratificó las perpetuas de Ramón Oyarzo Díaz y "
        "Juan Cid Mora.",
    ],
)
def test_perpetua_alone_is_life(ex: RuleBasedExtractor, text: str) -> None:
    facts = of_type(run(ex, text, "es"), "sentence_reaffirmed")
    assert facts and all((f["sentence"] or {}).get("life") for f in facts)
    assert "Ramón Oyarzo Díaz" in {n for f in facts for n in f["subjects"]}


def test_perpetua_as_an_adjective_of_other_nouns(ex: RuleBasedExtractor) -> None:
    # "la nieve perpetua" is no term; a ruling with no term stays without one
    out = run(ex, "En 2015 la Corte confirmó la condena de Juan Cid Mora a 12 años.", "es")
    assert [(f["sentence"] or {}).get("life") for f in of_type(out, "sentence_reaffirmed")] == [
        False
    ]
