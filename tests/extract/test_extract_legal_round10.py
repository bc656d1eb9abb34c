"""Legal facts: the fifth round of session 5.

Errors were counted over the 12 folders open for development (devset and its fresh* folders,
held-out sets 1-5); held-out sets 6 and 7 were not opened. Each rule below has its own short
texts, written for this file, with the cases the rule must leave alone.
"""

from __future__ import annotations

from datetime import date

import pytest

from recuento.extract import RuleBasedExtractor, Suggestion

from extract_helpers import legal, types

PUB = date(2021, 3, 4)

# ---- a press release's heading is no release from prison ---------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "For immediate release — Lima, 4 March 2021\n\nThe families of Cayara ask for justice.",
        "FOR IMMEDIATE RELEASE. The coalition met the minister of justice on Tuesday.",
        "Para su publicación inmediata. Las familias de Cayara piden justicia.",
    ],
)
def test_press_release_heading_is_no_release(ex: RuleBasedExtractor, text: str) -> None:
    out = ex.extract(text, language="es" if "Para" in text else "en", published=PUB)
    assert "release" not in types(out)


def test_release_from_prison_still_found(ex: RuleBasedExtractor) -> None:
    text = "The court ordered an immediate review; Ramiro Escalante Vidal was released on Monday."
    out = ex.extract(text, language="en", published=PUB)
    assert "release" in types(out)


# ---- a vague tally is no ruling ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Of the soldiers charged, only a few were ever convicted.", "en"),
        ("The trials were slow; only a handful were convicted.", "en"),
        ("Most of the accused were acquitted for lack of evidence.", "en"),
        ("Today more than 1,100 people have been convicted of crimes against humanity.", "en"),
        ("La mayoría de los acusados fueron absueltos por falta de pruebas.", "es"),
        ("Hasta hoy, más de 300 personas han sido condenadas por esos crímenes.", "es"),
    ],
)
def test_vague_tally_is_no_ruling(ex: RuleBasedExtractor, text: str, lang: str) -> None:
    out = ex.extract(text, language=lang, published=PUB)
    assert not {"conviction", "acquittal"} & set(types(out))


@pytest.mark.parametrize(
    ("text", "lang", "ltype"),
    [
        ("On Monday the court convicted five soldiers and acquitted two.", "en", "conviction"),
        ("El lunes el tribunal absolvió a los cuatro acusados.", "es", "acquittal"),
        ("A few days later, the court convicted Ramiro Escalante Vidal.", "en", "conviction"),
    ],
)
def test_counted_rulings_kept(ex: RuleBasedExtractor, text: str, lang: str, ltype: str) -> None:
    out = ex.extract(text, language=lang, published=PUB)
    assert ltype in types(out)


# ---- striking down a law has no person subject -------------------------------------------------


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "Ramiro Escalante Vidal was never tried. After Congress annulled the Full Stop and "
            "Due Obedience laws in 2003, the cases were reopened.",
            "en",
        ),
        (
            "Ramiro Escalante Vidal was never tried. Once the amnesty laws were struck down in "
            "2005, the trials resumed.",
            "en",
        ),
        (
            "Ramiro Escalante Vidal nunca fue juzgado. Cuando el Congreso anuló las leyes de "
            "Punto Final y Obediencia Debida en 2003, los juicios se reabrieron.",
            "es",
        ),
    ],
)
def test_law_struck_down_has_no_subject(ex: RuleBasedExtractor, text: str, lang: str) -> None:
    out = ex.extract(text, language=lang, published=PUB)
    annul = [f for f in legal(out) if f["type"] == "annulment"]
    assert annul
    assert all(f["subjects"] == [] for f in annul)


def test_conviction_annulled_keeps_subject(ex: RuleBasedExtractor) -> None:
    text = (
        "Ramiro Escalante Vidal was convicted in 2001. In 2005 the Supreme Court annulled his "
        "conviction under the amnesty law."
    )
    out = ex.extract(text, language="en", published=PUB)
    annul = [f for f in legal(out) if f["type"] == "annulment"]
    assert annul and annul[0]["subjects"] == ["Ramiro Escalante Vidal"]


# ---- a date opening the sentence reaches a verb that shares its subject after "but" or ";" ----


def _dated(out: list[Suggestion], ltype: str) -> list[str | None]:
    return [(f["date"] or {}).get("value") for f in legal(out) if f["type"] == ltype]


def test_opening_date_reaches_verb_after_but(ex: RuleBasedExtractor) -> None:
    text = (
        "Ramiro Escalante Vidal was sentenced to five years in 2019. In June 2020 the appeals "
        "court upheld the verdict but annulled the sentence."
    )
    out = ex.extract(text, language="en", published=PUB)
    assert _dated(out, "annulment") == ["2020-06"]


def test_opening_date_reaches_verb_after_semicolon(ex: RuleBasedExtractor) -> None:
    text = (
        "En marzo de 2019, el juez Mario Carroza condenó a Ramiro Escalante Vidal a diez años; "
        "absolvió a Julio Paredes Soto y al excoronel Ignacio Lagos Mena."
    )
    out = ex.extract(text, language="es", published=PUB)
    assert _dated(out, "acquittal") == ["2019-03"]


def test_clause_with_its_own_subject_keeps_out(ex: RuleBasedExtractor) -> None:
    text = (
        "En marzo de 2019, el juez Mario Carroza condenó a Ramiro Escalante Vidal a diez años; "
        "Julio Paredes Soto fue absuelto en 2021."
    )
    out = ex.extract(text, language="es", published=PUB)
    assert _dated(out, "acquittal") == ["2021"]


# ---- "años de penitenciaría" is a prison term -------------------------------------------------


def test_penitenciaria_is_a_term(ex: RuleBasedExtractor) -> None:
    text = (
        "El juez condenó ayer al capitán de navío retirado Ramiro Escalante Vidal, exoficial de "
        "inteligencia naval, a 20 años de penitenciaría por 29 homicidios."
    )
    out = ex.extract(text, language="es", published=PUB)
    conv = [f for f in legal(out) if f["type"] == "conviction"]
    assert conv and conv[0]["sentence"] == {"years": 20, "life": False}


def test_years_in_a_penitentiary_are_no_term(ex: RuleBasedExtractor) -> None:
    text = (
        "El juez condenó ayer a Ramiro Escalante Vidal. La penitenciaría de Libertad fue "
        "construida hace 20 años."
    )
    out = ex.extract(text, language="es", published=PUB)
    assert all(f["sentence"] is None for f in legal(out))


# ---- "es decir, 50 años cada uno": a total told after its parts --------------------------------


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "Ramiro Escalante Vidal recibió 34 años por el asesinato y 16 por la tentativa, es "
            "decir, 50 años de prisión.",
            "es",
        ),
        (
            "Ramiro Escalante Vidal was sentenced to 34 years for the murder and 16 for the "
            "attempt, that is, 50 years in prison.",
            "en",
        ),
    ],
)
def test_total_after_es_decir(ex: RuleBasedExtractor, text: str, lang: str) -> None:
    out = ex.extract(text, language=lang, published=PUB)
    terms = [f["sentence"] for f in legal(out) if f["type"] == "conviction"]
    assert terms == [{"years": 50, "life": False}]


def test_es_decir_per_victim_is_no_total(ex: RuleBasedExtractor) -> None:
    text = (
        "Ramiro Escalante Vidal fue condenado a 150 años de prisión, es decir, 25 años por cada "
        "una de las seis víctimas."
    )
    out = ex.extract(text, language="es", published=PUB)
    terms = [f["sentence"] for f in legal(out) if f["type"] == "conviction"]
    assert terms == [{"years": 150, "life": False}]


# ---- "the same sentence", "la misma pena": the term of the ruling told before -------------------


@pytest.mark.parametrize(
    ("text", "lang", "name"),
    [
        (
            "The court sentenced Ramiro Escalante Vidal to 30 years in prison. Ignacio Lagos "
            "Mena received the same sentence.",
            "en",
            "Ignacio Lagos Mena",
        ),
        (
            "El tribunal condenó a Ramiro Escalante Vidal a 25 años de prisión. Impuso la misma "
            "pena al exgeneral Ignacio Lagos Mena.",
            "es",
            "Ignacio Lagos Mena",
        ),
    ],
)
def test_same_sentence_copies_term(ex: RuleBasedExtractor, text: str, lang: str, name: str) -> None:
    out = ex.extract(text, language=lang, published=PUB)
    first = next(f for f in legal(out) if "Ramiro Escalante Vidal" in f["subjects"])
    mine = [f for f in legal(out) if name in f["subjects"]]
    assert mine and mine[0]["sentence"] == first["sentence"] is not None


def test_same_charges_is_no_term(ex: RuleBasedExtractor) -> None:
    text = (
        "The court sentenced Ramiro Escalante Vidal to 30 years in prison. Ignacio Lagos Mena "
        "was convicted on the same charges."
    )
    out = ex.extract(text, language="en", published=PUB)
    mine = [f for f in legal(out) if "Ignacio Lagos Mena" in f["subjects"]]
    assert mine and mine[0]["sentence"] is None


# ---- a counted group in the sentence, not the names of the sentence before ---------------------


@pytest.mark.parametrize(
    ("text", "ltype"),
    [
        (
            "Soldiers shot the student Ana Torres Vega. Eight former guardsmen were charged in "
            "1974, but in November 1974 a judge acquitted them.",
            "acquittal",
        ),
        (
            "Soldiers shot the student Ana Torres Vega. In December an appeals court acquitted "
            "the lieutenant and fourteen others.",
            "acquittal",
        ),
        (
            "The court convicted Ramiro Escalante Vidal in 1986. A month later, two former "
            "guardsmen serving 30 years walked free under the same amnesty.",
            "release",
        ),
    ],
)
def test_counted_group_takes_no_earlier_names(
    ex: RuleBasedExtractor, text: str, ltype: str
) -> None:
    out = ex.extract(text, language="en", published=PUB)
    facts = [f for f in legal(out) if f["type"] == ltype]
    assert facts and all(f["subjects"] == [] for f in facts)


def test_pronoun_after_named_convicts_keeps_names(ex: RuleBasedExtractor) -> None:
    text = (
        "Ramiro Escalante Vidal and Ignacio Lagos Mena were convicted in 1986. In 1990 they "
        "walked free under an amnesty."
    )
    out = ex.extract(text, language="en", published=PUB)
    rel = [f for f in legal(out) if f["type"] == "release"]
    assert rel and set(rel[0]["subjects"]) == {"Ramiro Escalante Vidal", "Ignacio Lagos Mena"}


# ---- a title line repeats the story ----------------------------------------------------------


def test_title_line_gives_no_fact(ex: RuleBasedExtractor) -> None:
    text = (
        "PRESS RELEASE — Lima, 4 March 2021\n\n"
        "Ten former soldiers convicted for the Cayara killings\n\n"
        "Today the National Criminal Chamber convicted ten former members of the army of the "
        "killing of 39 villagers in Cayara in 1988.\n"
    )
    out = ex.extract(text, language="en", published=PUB)
    conv = [f for f in legal(out) if f["type"] == "conviction"]
    assert len(conv) == 1
    assert conv[0]["date"] == {"value": "2021-03-04", "precision": "day"}


def test_title_names_reach_the_next_sentence(ex: RuleBasedExtractor) -> None:
    text = (
        "La Corte Suprema confirma las condenas de Escalante y Lagos\n\n"
        "LIMA, 4 mar (Agencia) -- La Corte Suprema confirmó este jueves las penas de siete y "
        "seis años de presidio impuestas al general Ramiro Escalante Vidal y al coronel Ignacio "
        "Lagos Mena, respectivamente.\n"
    )
    out = ex.extract(text, language="es", published=PUB)
    facts = {
        (f["type"], n, (f["sentence"] or {}).get("years"))
        for f in legal(out)
        for n in f["subjects"]
    }
    assert ("sentence_reaffirmed", "Ramiro Escalante Vidal", 7) in facts
    assert ("sentence_reaffirmed", "Ignacio Lagos Mena", 6) in facts
    assert all(f["date"] for f in legal(out))


def test_first_line_that_is_a_sentence_is_kept(ex: RuleBasedExtractor) -> None:
    text = "The court convicted Ramiro Escalante Vidal on Monday.\n\nHe is 70.\n"
    out = ex.extract(text, language="en", published=PUB)
    assert "conviction" in types(out)


# ---- "received N years" right after a ruling that upheld the sentences -----------------------


def test_received_after_upheld_is_the_upheld_term(ex: RuleBasedExtractor) -> None:
    text = (
        "On Monday the Supreme Court upheld the convictions of five retired officers. Ramiro "
        "Escalante Vidal received 5 years for covering up the crimes."
    )
    out = ex.extract(text, language="en", published=PUB)
    mine = [f for f in legal(out) if "Ramiro Escalante Vidal" in f["subjects"]]
    assert [f["type"] for f in mine] == ["sentence_reaffirmed"]


def test_received_with_its_own_date_is_a_conviction(ex: RuleBasedExtractor) -> None:
    text = (
        "On Monday the Supreme Court upheld the convictions of five retired officers. Ramiro "
        "Escalante Vidal received 35 years in April 2011."
    )
    out = ex.extract(text, language="en", published=PUB)
    mine = [f for f in legal(out) if "Ramiro Escalante Vidal" in f["subjects"]]
    assert [f["type"] for f in mine] == ["conviction"]


# ---- a group at the head of its own clause ---------------------------------------------------


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "In May 1992 a jury found Colonel Ramiro Escalante Vidal guilty of the murders; the "
            "soldiers who fired were acquitted.",
            "en",
        ),
        (
            "En junio de 2002 un jurado condenó a Ramiro Escalante Vidal a 20 años; los demás "
            "policías acusados fueron absueltos.",
            "es",
        ),
    ],
)
def test_group_of_its_own_clause(ex: RuleBasedExtractor, text: str, lang: str) -> None:
    out = ex.extract(text, language=lang, published=PUB)
    acq = [f for f in legal(out) if f["type"] == "acquittal"]
    conv = [f for f in legal(out) if f["type"] == "conviction"]
    assert acq and all(f["subjects"] == [] for f in acq)
    assert conv and conv[0]["subjects"] == ["Ramiro Escalante Vidal"]


def test_named_person_of_its_own_clause_kept(ex: RuleBasedExtractor) -> None:
    text = (
        "In May 1992 a jury found Colonel Ramiro Escalante Vidal guilty; the soldiers' commander, "
        "Ignacio Lagos Mena, was acquitted."
    )
    out = ex.extract(text, language="en", published=PUB)
    acq = [f for f in legal(out) if f["type"] == "acquittal"]
    assert acq and acq[0]["subjects"] == ["Ignacio Lagos Mena"]


# ---- an acquittal undone is no new acquittal -------------------------------------------------


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "A first trial acquitted Ramiro Escalante Vidal in 2018; the Supreme Court annulled "
            "that acquittal in 2019 and ordered a new trial.",
            "en",
        ),
        (
            "Un tribunal absolvió a Ramiro Escalante Vidal en 2018. En 2019 la Corte Suprema "
            "revocó así la absolución y ordenó un nuevo juicio.",
            "es",
        ),
    ],
)
def test_acquittal_undone_is_no_new_acquittal(ex: RuleBasedExtractor, text: str, lang: str) -> None:
    out = ex.extract(text, language=lang, published=PUB)
    acq = [(f["date"] or {}).get("value") for f in legal(out) if f["type"] == "acquittal"]
    assert acq == ["2018"]


# ---- "annulled that acquittal in 2019 and ordered a new trial" ---------------------------------


def test_retrial_ordered_takes_the_date_of_its_clause(ex: RuleBasedExtractor) -> None:
    text = (
        "A first trial acquitted Ramiro Escalante Vidal in 2018; the Supreme Court annulled that "
        "acquittal in 2019 and ordered a new trial."
    )
    out = ex.extract(text, language="en", published=PUB)
    ret = [(f["date"] or {}).get("value") for f in legal(out) if f["type"] == "retrial_ordered"]
    assert ret == ["2019"]


# ---- terms of a ruling whose persons are a pronoun --------------------------------------------


def _terms(out: list[Suggestion]) -> set[tuple[str, float]]:
    return {
        (n, f["sentence"]["years"])
        for f in legal(out)
        if f["type"] == "conviction" and f["sentence"] and f["sentence"].get("years")
        for n in f["subjects"]
    }


def test_singular_pronoun_takes_each_term(ex: RuleBasedExtractor) -> None:
    text = (
        "Un juez condenó a Ramiro Escalante Vidal en 2009 a 30 años de prisión. Antes lo habían "
        "condenado a 9 años por concierto para delinquir, y otra sentencia le impuso 20 años."
    )
    out = ex.extract(text, language="es", published=PUB)
    assert {("Ramiro Escalante Vidal", 9), ("Ramiro Escalante Vidal", 20)} <= _terms(out)


def test_plural_pronoun_respectively(ex: RuleBasedExtractor) -> None:
    text = (
        "Ana Torres Vega y Ramiro Escalante Vidal fueron detenidos en 1998. Dos jueces los "
        "condenaron a ocho y seis años de prisión, respectivamente."
    )
    out = ex.extract(text, language="es", published=PUB)
    assert {("Ana Torres Vega", 8), ("Ramiro Escalante Vidal", 6)} <= _terms(out)


def test_plural_pronoun_without_respectively_left_alone(ex: RuleBasedExtractor) -> None:
    text = (
        "Ana Torres Vega y Ramiro Escalante Vidal fueron detenidos en 1998. Dos jueces los "
        "condenaron a ocho años por rebelión y a seis por portación de armas."
    )
    out = ex.extract(text, language="es", published=PUB)
    assert ("Ana Torres Vega", 6) not in _terms(out)


# ---- a counted group whose members are named with the same ruling -----------------------------

_TEN = (
    "On Monday the court convicted ten former soldiers of the killings of 69 villagers.\n\n"
    "Ramiro Escalante Vidal and Ignacio Lagos Mena were sentenced to 25 years. "
)
_EIGHT = (
    "Ana Torres Vega, Julio Paredes Soto, Mario Ruiz Lima, Pedro Castro Vela, Luis Mena Soto, "
    "Jorge Salas Vera, Raúl Díaz Pino and Hugo Tello Rojas received 10 years."
)
_SIX = (
    "Ana Torres Vega, Julio Paredes Soto, Mario Ruiz Lima and Pedro Castro Vela received 10 years."
)


def test_counted_group_named_after_is_no_fact_of_its_own(ex: RuleBasedExtractor) -> None:
    out = ex.extract(_TEN + _EIGHT, language="en", published=PUB)
    conv = [f for f in legal(out) if f["type"] == "conviction"]
    assert conv and all(f["subjects"] for f in conv)


def test_counted_group_larger_than_the_names_kept(ex: RuleBasedExtractor) -> None:
    out = ex.extract(_TEN + _SIX, language="en", published=PUB)
    conv = [f for f in legal(out) if f["type"] == "conviction"]
    assert any(not f["subjects"] and f["group"] == "ten former soldiers" for f in conv)
