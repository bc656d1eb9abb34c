"""Legal facts, session 6: the structure of rulings rather than the wording of given texts.

Developed on texts written by two coders who never saw the rules (devset/fresh7) and the older
open folders; every rule here has sentences of its own, written for this file, in both
languages where the structure exists in both, with cases the rule must leave alone.
"""

from __future__ import annotations

from datetime import date

import pytest

from recuento.extract import RuleBasedExtractor

from extract_helpers import of_type, subjects, types, years_by_subject

PUB = date(2020, 5, 1)


# ---- several ruling verbs in one sentence: each has its own persons and terms --------------


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "On 12 March 2019 the court convicted Julio Ramírez Soto and Pedro Ugarte Lima and "
            "acquitted Mario Quispe Rojas and Luis Carrasco Vidal.",
            "en",
        ),
        (
            "El 12 de marzo de 2019 el tribunal condenó a Julio Ramírez Soto y a Pedro Ugarte "
            "Lima y absolvió a Mario Quispe Rojas y a Luis Carrasco Vidal.",
            "es",
        ),
    ],
)
def test_convicted_and_acquitted_in_one_sentence(
    ex: RuleBasedExtractor, text: str, lang: str
) -> None:
    out = ex.extract(text, language=lang, published=PUB)
    conv, acq = subjects(out, "conviction"), subjects(out, "acquittal")
    assert {n.split()[0] for n in conv} == {"Julio", "Pedro"}
    assert {n.split()[0] for n in acq} == {"Mario", "Luis"}


def test_passive_verbs_take_the_persons_before_them(ex: RuleBasedExtractor) -> None:
    text = (
        "In June 2011 Tomás Arce Villca and Ramiro Soliz Peña were convicted of the killings, "
        "while Efraín Choque Mamani was acquitted."
    )
    out = ex.extract(text, language="en", published=PUB)
    assert {n.split()[0] for n in subjects(out, "conviction")} == {"Tomás", "Ramiro"}
    assert {n.split()[0] for n in subjects(out, "acquittal")} == {"Efraín"}


def test_respectively_with_an_acquittal_after_it(ex: RuleBasedExtractor) -> None:
    text = (
        "On 2 May 2018 the court sentenced Tomás Arce Villca, Ramiro Soliz Peña and Efraín "
        "Choque Mamani to 25, 18 and 11 years respectively, and acquitted Óscar Ruiz Téllez."
    )
    out = ex.extract(text, language="en", published=PUB)
    years = {k.split()[0]: v for k, v in years_by_subject(out).items()}
    assert years == {"Tomás": 25, "Ramiro": 18, "Efraín": 11}
    assert {n.split()[0] for n in subjects(out, "acquittal")} == {"Óscar"}


def test_an_object_pronoun_is_the_person_named_before(ex: RuleBasedExtractor) -> None:
    text = (
        "It was the second time Ramiro Soliz Peña walked free: in May 2016 a court acquitted "
        "him, Tomás Arce Villca and Efraín Choque Mamani of the cover-up."
    )
    out = ex.extract(text, language="en", published=PUB)
    assert {n.split()[0] for n in subjects(out, "acquittal")} == {"Ramiro", "Tomás", "Efraín"}


def test_death_sentence_keeps_its_place_in_a_list_of_terms(ex: RuleBasedExtractor) -> None:
    text = "In 1996 Tomás Arce Villca was sentenced to death and Ramiro Soliz Peña to 20 years."
    out = ex.extract(text, language="en", published=PUB)
    years = {k.split()[0]: v for k, v in years_by_subject(out).items()}
    assert years.get("Ramiro") == 20
    assert years.get("Tomás") is None


# ---- a change of a term is a sentence change, with the new term ------------------------------


@pytest.mark.parametrize(
    ("text", "lang", "years"),
    [
        (
            "El 3 de junio de 2015 la Corte redujo de 30 a 22 años la pena de Tomás Arce Villca.",
            "es",
            22,
        ),
        (
            "On 3 June 2015 the appeals court cut Tomás Arce Villca's sentence from 30 to 22 "
            "years.",
            "en",
            22,
        ),
        (
            "On 3 June 2015 the appeals court raised the sentence of Tomás Arce Villca from "
            "eight to 14 years.",
            "en",
            14,
        ),
        (
            "El 3 de junio de 2015 la Sala elevó a 14 años de presidio las penas del coronel "
            "Tomás Arce Villca.",
            "es",
            14,
        ),
        (
            "Tomás Arce Villca was sentenced to death in 1968; that sentence was commuted to 20 "
            "years in 1974.",
            "en",
            20,
        ),
    ],
)
def test_sentence_changed(ex: RuleBasedExtractor, text: str, lang: str, years: int) -> None:
    out = ex.extract(text, language=lang, published=PUB)
    mod = of_type(out, "sentence_modified")
    assert mod and mod[0]["sentence"]["years"] == years
    assert any("Tomás" in n for n in mod[0]["subjects"])
    assert all((f["sentence"] or {}).get("years") != years for f in of_type(out, "conviction"))


def test_a_reduction_by_some_years_is_no_term(ex: RuleBasedExtractor) -> None:
    text = (
        "On 3 June 2015 the appeals chamber reduced the sentence of Tomás Arce Villca by four "
        "years."
    )
    out = ex.extract(text, language="en", published=PUB)
    mod = of_type(out, "sentence_modified")
    assert mod and mod[0]["sentence"] is None


def test_a_range_of_terms_is_no_change(ex: RuleBasedExtractor) -> None:
    text = "On 3 June 2015 nine other members received sentences ranging from 12 to 30 years."
    out = ex.extract(text, language="en", published=PUB)
    assert "sentence_modified" not in types(out)
    assert [f["sentence"]["range"] for f in of_type(out, "conviction")] == [[12, 30]]


# ---- a ruling confirmed by a determiner and its noun -------------------------------------------


@pytest.mark.parametrize(
    "second",
    [
        "La Sala confirmó en 2004 esa resolución.",
        "Con el fallo de la Corte Suprema, en 2004, sigue en firme la condena.",
        "En 2004 la condena quedó en firme.",
    ],
)
def test_confirmation_of_the_ruling_told_before(ex: RuleBasedExtractor, second: str) -> None:
    text = "La Audiencia condenó en 2001 a Tomás Arce Villca a 20 años. " + second
    out = ex.extract(text, language="es", published=PUB)
    assert any("Tomás" in n for n in subjects(out, "sentence_reaffirmed"))


def test_civil_liability_made_final_is_no_sentence(ex: RuleBasedExtractor) -> None:
    text = "La Corte dejó en firme ayer la responsabilidad civil de la empresa por el derrame."
    out = ex.extract(text, language="es", published=PUB)
    assert "sentence_reaffirmed" not in types(out)


# ---- lists of terms: ";" items with no verb, the unit said once, a victim inside the list -----


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "On 9 May 2017 the court sentenced the pilot Tomás Arce Villca to ten years; Ramiro "
            "Soliz Peña and Efraín Choque Mamani to seven years each; and Óscar Ruiz Téllez to "
            "five years.",
            "en",
        ),
        (
            "El 9 de mayo de 2017 el tribunal condenó al piloto Tomás Arce Villca a diez años; a "
            "Ramiro Soliz Peña y a Efraín Choque Mamani a siete años cada uno, y a Óscar Ruiz "
            "Téllez a cinco años.",
            "es",
        ),
    ],
)
def test_list_of_terms_across_semicolons(ex: RuleBasedExtractor, text: str, lang: str) -> None:
    out = ex.extract(text, language=lang, published=PUB)
    years = {k.split()[0]: v for k, v in years_by_subject(out).items()}
    assert years == {"Tomás": 10, "Ramiro": 7, "Efraín": 7, "Óscar": 5}


def test_a_clause_after_a_semicolon_with_its_own_verb_stays_apart(
    ex: RuleBasedExtractor,
) -> None:
    text = (
        "On 9 May 2017 the court sentenced Tomás Arce Villca to ten years; Ramiro Soliz Peña "
        "was acquitted."
    )
    out = ex.extract(text, language="en", published=PUB)
    assert {k.split()[0] for k in years_by_subject(out)} == {"Tomás"}
    assert {n.split()[0] for n in subjects(out, "acquittal")} == {"Ramiro"}


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "On 9 May 2017 the court sentenced Tomás Arce Villca to 30 years, Ramiro Soliz Peña "
            "to 22 and Efraín Choque Mamani to 9.",
            "en",
        ),
        (
            "El 9 de mayo de 2017 el tribunal condenó a Tomás Arce Villca a 30 años, a Ramiro "
            "Soliz Peña a 22 y a Efraín Choque Mamani a 9.",
            "es",
        ),
    ],
)
def test_unit_said_once(ex: RuleBasedExtractor, text: str, lang: str) -> None:
    out = ex.extract(text, language=lang, published=PUB)
    years = {k.split()[0]: v for k, v in years_by_subject(out).items()}
    assert years == {"Tomás": 30, "Ramiro": 22, "Efraín": 9}


def test_a_bare_figure_that_is_no_term_stays_out(ex: RuleBasedExtractor) -> None:
    text = (
        "On 9 May 2017 the court sentenced Tomás Arce Villca to 30 years for the killing of 12 "
        "farmers, and the ruling was read to 300 people."
    )
    out = ex.extract(text, language="en", published=PUB)
    assert years_by_subject(out) == {"Tomás Arce Villca": 30}


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "El 9 de mayo de 2017 el tribunal condenó a Tomás Arce Villca a 30 años por el "
            "asesinato de la maestra Rosa Quispe Huamán, a Ramiro Soliz Peña a 20 años y a "
            "Efraín Choque Mamani a 12.",
            "es",
        ),
        (
            "On 9 May 2017 the court sentenced Tomás Arce Villca to 30 years for the murder of "
            "the teacher Rosa Quispe Huamán, Ramiro Soliz Peña to 20 years and Efraín Choque "
            "Mamani to 12.",
            "en",
        ),
    ],
)
def test_victim_inside_a_list_of_terms(ex: RuleBasedExtractor, text: str, lang: str) -> None:
    out = ex.extract(text, language=lang, published=PUB)
    years = {k.split()[0]: v for k, v in years_by_subject(out).items()}
    assert years == {"Tomás": 30, "Ramiro": 20, "Efraín": 12}
