"""Legal facts, session 6, fourth round: convictions and acquittals (the verb's object told by a
pronoun, requests that end where a new clause begins, verdicts in other words, lists announced
with "each", groups inside "found … not guilty").

Every sentence here was written for this file (not taken from a development text), in both
languages where the structure exists in both, with cases each rule must leave alone.
"""

from __future__ import annotations

from datetime import date

import pytest

from recuento.extract import RuleBasedExtractor

from extract_helpers import dates_by_subject, of_type, subjects, types, years_by_subject

PUB = date(2021, 6, 9)


def run(ex: RuleBasedExtractor, text: str, language: str) -> list:
    return ex.extract(text, language=language, published=PUB)


# ---- a request ends where a clause with its own subject begins ---------------------------------


@pytest.mark.parametrize(
    ("text", "language", "name"),
    [
        (
            "La defensa pidió la nulidad del juicio, y la sala condenó a 15 años de prisión a "
            "Pedro Ramírez Soto.",
            "es",
            "Pedro Ramírez Soto",
        ),
        (
            "The families asked for a public hearing, and the court sentenced Mark Dalton Reyes "
            "to 12 years.",
            "en",
            "Mark Dalton Reyes",
        ),
    ],
)
def test_request_ends_at_a_new_clause(
    ex: RuleBasedExtractor, text: str, language: str, name: str
) -> None:
    assert name in subjects(run(ex, text, language), "conviction")


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Las familias pidieron que el tribunal condenara a Pedro Ramírez Soto.", "es"),
        ("The families asked the court to convict Mark Dalton Reyes.", "en"),
    ],
)
def test_a_request_alone_is_no_conviction(ex: RuleBasedExtractor, text: str, language: str) -> None:
    assert "conviction" not in types(run(ex, text, language))


# ---- "a cada uno: a A; a B, y a C" ---------------------------------------------------------------


def test_list_announced_with_each_goes_on_across_semicolons(ex: RuleBasedExtractor) -> None:
    text = (
        "La sala condenó a 18 años de cárcel a cada uno: al sargento Tomás Berrío Gil, que "
        "disparó primero; a Julián Ortega Paz, y a Rosa Vela Mena."
    )
    got = years_by_subject(run(ex, text, "es"))
    assert got.get("Tomás Berrío Gil") == 18
    assert got.get("Julián Ortega Paz") == 18


# ---- forms and words of an acquittal -------------------------------------------------------------


def test_other_forms_of_absolver(ex: RuleBasedExtractor) -> None:
    out = run(ex, "En 2015 los jueces absolvieron a Carmen Ruiz Prado.", "es")
    assert subjects(out, "acquittal") == {"Carmen Ruiz Prado"}
    # "a todos": a whole set, not the person named before
    text = "Ana Lucía Pérez presenció el juicio entero. Vio cómo los absolvían a todos."
    acq = of_type(run(ex, text, "es"), "acquittal")
    assert acq and all(f["subjects"] == [] for f in acq)


@pytest.mark.parametrize(
    ("text", "language", "name"),
    [
        ("A court in Lima found Jorge Medina Salas innocent of the killing in 2011.", "en", None),
        ("In 2004 a police court declared the officers innocent.", "en", None),
        ("En 2009 el tribunal declaró inocentes a Luis Pardo Ríos y a Juan Soto Vega.", "es", None),
        ("The jury found Peter Walsh Moore not guilty of murder.", "en", None),
    ],
)
def test_innocent_and_not_guilty_are_acquittals(
    ex: RuleBasedExtractor, text: str, language: str, name: str | None
) -> None:
    got = types(run(ex, text, language))
    assert "acquittal" in got
    assert "conviction" not in got


def test_counted_set_found_not_guilty_is_the_group(ex: RuleBasedExtractor) -> None:
    text = (
        "Captain Gregorio Pinilla Ortiz led the raid. In May 1999 military judges found the "
        "twelve soldiers involved not guilty."
    )
    acq = of_type(run(ex, text, "en"), "acquittal")
    assert len(acq) == 1 and acq[0]["subjects"] == []


# ---- terms and convictions told in other words ---------------------------------------------------


def test_was_given_a_term(ex: RuleBasedExtractor) -> None:
    out = run(ex, "The editor Martin Olsen Reyes was given eight years in prison in 2003.", "en")
    assert years_by_subject(out) == {"Martin Olsen Reyes": 8}
    # the term alone, its unit said with no word of prison
    out = run(ex, "In 1981 the poet Lucía Beltrán Rojas was given six years.", "en")
    assert years_by_subject(out) == {"Lucía Beltrán Rojas": 6}


def test_entered_convictions_against(ex: RuleBasedExtractor) -> None:
    text = (
        "In May 2012 the appeals chamber entered convictions against Paul Ndayi and Henri Kabila."
    )
    assert subjects(run(ex, text, "en"), "conviction") == {"Paul Ndayi", "Henri Kabila"}


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("El juez condenó a Ramón Ortiz Vela a dos cadenas perpetuas.", "es"),
        (
            "The court sentenced Arjun Mehta Rao to imprisonment for the rest of his natural life.",
            "en",
        ),
        ("La sala condenó a Elsa Quiroga Paz a prisión por el resto de su vida.", "es"),
    ],
)
def test_life_in_other_words(ex: RuleBasedExtractor, text: str, language: str) -> None:
    conv = of_type(run(ex, text, language), "conviction")
    assert conv and all((f["sentence"] or {}).get("life") for f in conv)


# ---- the verb's object told by a pronoun ---------------------------------------------------------


def test_clitic_conviction_without_a_term_takes_the_person_before(
    ex: RuleBasedExtractor,
) -> None:
    text = (
        "Miguel Ángel Torres Vidal fue detenido en 2001. Un juez lo condenó el 3 de mayo de 2004."
    )
    assert dates_by_subject(run(ex, text, "es")) == {"Miguel Ángel Torres Vidal": "2004-05-03"}


def test_name_after_a_clitic_verb_is_not_its_object(ex: RuleBasedExtractor) -> None:
    text = (
        "El proceso contra Raúl Vargas Peña duró doce años. En 2009 la Corte lo absolvió por "
        "considerar falso al testigo Jaime Ruiz Lara."
    )
    assert subjects(run(ex, text, "es"), "acquittal") == {"Raúl Vargas Peña"}
    # a name given a term of its own after the verb is still its object
    text = "El juez lo condenó a 12 años, y a Jaime Ruiz Lara a ocho."
    assert "Jaime Ruiz Lara" in subjects(run(ex, text, "es"), "conviction")


def test_article_before_a_participle_is_no_pronoun(ex: RuleBasedExtractor) -> None:
    out = run(ex, "Entre los condenados a perpetua figura Mario Soto Lema, un expiloto.", "es")
    assert subjects(out, "conviction") == {"Mario Soto Lema"}


# ---- the object of a ruling verb is one of the accused -------------------------------------------


def test_object_of_ruling_verb_beats_a_role_cue(ex: RuleBasedExtractor) -> None:
    text = (
        "In March 2003 the jury acquitted Major Andrés Felipe Ruiz and Sergeant Tomás Ibarra "
        "Lugo, after the prosecutor himself dropped the charges."
    )
    assert subjects(run(ex, text, "en"), "acquittal") == {
        "Andrés Felipe Ruiz",
        "Tomás Ibarra Lugo",
    }
    text = (
        "La sala absolvió al excomandante del cuartel, Ernesto Villa Prado, de 79 años, y al "
        "excoronel Raúl Soria Meza, el juez militar que llevó la causa."
    )
    assert subjects(run(ex, text, "es"), "acquittal") == {"Ernesto Villa Prado", "Raúl Soria Meza"}
    # a judge named as the one who rules is still no subject
    text = "El juez Raúl Soria Meza absolvió a Ernesto Villa Prado."
    assert subjects(run(ex, text, "es"), "acquittal") == {"Ernesto Villa Prado"}


# ---- counted sets ------------------------------------------------------------------------------


def test_group_told_after_the_term(ex: RuleBasedExtractor) -> None:
    text = (
        "Teresa Lugo Paz sobrevivió al ataque. En 2010 un tribunal condenó a cadena perpetua a "
        "nueve hombres."
    )
    conv = of_type(run(ex, text, "es"), "conviction")
    assert len(conv) == 1 and conv[0]["subjects"] == [] and conv[0]["sentence"]["life"]


def test_one_of_the_convicted_is_no_new_ruling(ex: RuleBasedExtractor) -> None:
    text = "El gobierno trasladó a otro penal a uno de los condenados, Ramiro Chávez Lugo."
    assert "conviction" not in types(run(ex, text, "es"))
    text = "Prison officials moved one of the convicted, Ramiro Chávez Lugo, to a hospital."
    assert "conviction" not in types(run(ex, text, "en"))


def test_the_three_before_a_term_are_people(ex: RuleBasedExtractor) -> None:
    text = (
        "Ana Ruiz Paz, Eva Soto Gil y Lía Paz Vera vendían fruta. Un juez las condenó a las tres a "
        "16 años de prisión."
    )
    assert years_by_subject(run(ex, text, "es")) == {
        "Ana Ruiz Paz": 16,
        "Eva Soto Gil": 16,
        "Lía Paz Vera": 16,
    }
    # a range "de tres a 16 años" stays a range
    text = "El juez condenó a Ana Ruiz Paz a penas de tres a 16 años."
    conv = of_type(run(ex, text, "es"), "conviction")
    assert conv and conv[0]["sentence"].get("range") == [3, 16]
