"""Legal facts, session 6, second round: detentions and releases of named people told as a
participle, a noun, a pronoun, giving oneself up, or held pending trial.

Every sentence here was written for this file (not taken from a development text), in both
languages where the structure exists in both, with cases each rule must leave alone.
"""

from __future__ import annotations

from datetime import date

import pytest

from recuento.extract import RuleBasedExtractor

from extract_helpers import dates_by_subject, of_type, subjects

PUB = date(2021, 6, 1)


def firsts(names: set[str]) -> set[str]:
    return {n.split()[0] for n in names}


# ---- an arrest told as a participle, a pronoun or a noun, of someone a ruling is about -------


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "Rodrigo Salas Pinto, arrested by federal police in May 2008, was convicted of the "
            "killings in 2012 and sentenced to 40 years.",
            "en",
        ),
        (
            "Rodrigo Salas Pinto, capturado por la policía en mayo de 2008, fue condenado en 2012 "
            "a 40 años de prisión por los asesinatos.",
            "es",
        ),
        (
            "A court sentenced Rodrigo Salas Pinto to 40 years in 2012. The police had found him "
            "in a farmhouse and arrested him in May 2008.",
            "en",
        ),
        (
            "Un tribunal condenó a Rodrigo Salas Pinto a 40 años en 2012. Lo detuvieron en mayo "
            "de 2008 en una finca de la sierra.",
            "es",
        ),
    ],
)
def test_arrest_as_participle_or_pronoun(ex: RuleBasedExtractor, text: str, lang: str) -> None:
    out = ex.extract(text, language=lang, published=PUB)
    dates = dates_by_subject(out, "detention")
    assert firsts(set(dates)) == {"Rodrigo"}
    assert list(dates.values()) == ["2008-05"]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "The court sentenced Arturo Benítez Cano to 25 years, counting the time he has spent "
            "in prison since his arrest in 2015.",
            "en",
        ),
        (
            "El tribunal condenó a Arturo Benítez Cano a 25 años y descontó el tiempo que pasó "
            "en la cárcel desde su captura en 2015.",
            "es",
        ),
    ],
)
def test_time_held_since_an_arrest(ex: RuleBasedExtractor, text: str, lang: str) -> None:
    out = ex.extract(text, language=lang, published=PUB)
    assert dates_by_subject(out, "detention") == {"Arturo Benítez Cano": "2015"}


def test_an_arrest_told_as_an_event_is_no_detention(ex: RuleBasedExtractor) -> None:
    # "after his capture" tells when he was taken, not a time held
    text = (
        "Arturo Benítez Cano was sentenced to 25 years in 2018, three years after his capture in "
        "a mountain village."
    )
    assert of_type(ex.extract(text, language="en", published=PUB), "detention") == []


def test_a_victim_arrested_is_no_detention(ex: RuleBasedExtractor) -> None:
    text = (
        "Soldiers arrested the student Marta Cruz Ibáñez in 1990; she was never seen again. "
        "In 2010 a court convicted Colonel Raúl Herrera Vega of her disappearance."
    )
    assert "Marta Cruz Ibáñez" not in subjects(
        ex.extract(text, language="en", published=PUB), "detention"
    )


# ---- held pending trial, house arrest, giving oneself up ------------------------------------


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "Los guardias Tomás Rivas Mora y Hugo Paz Leiva, acusados de homicidio, quedaron en "
            "prisión preventiva en marzo de 2016.",
            "es",
        ),
        (
            "The guards Tomás Rivas Mora and Hugo Paz Leiva, charged with murder, were remanded "
            "in custody in March 2016.",
            "en",
        ),
    ],
)
def test_held_pending_trial(ex: RuleBasedExtractor, text: str, lang: str) -> None:
    out = ex.extract(text, language=lang, published=PUB)
    dates = dates_by_subject(out, "detention")
    assert firsts(set(dates)) == {"Tomás", "Hugo"}
    assert set(dates.values()) == {"2016-03"}


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "En 2014 una jueza ordenó la prisión domiciliaria del general Óscar Lira Benavente.",
            "es",
        ),
        ("In 2014 a judge ordered the house arrest of General Óscar Lira Benavente.", "en"),
        ("En 2014 una jueza le concedió casa por cárcel al general Óscar Lira Benavente.", "es"),
    ],
)
def test_ordered_house_arrest(ex: RuleBasedExtractor, text: str, lang: str) -> None:
    out = ex.extract(text, language=lang, published=PUB)
    assert dates_by_subject(out, "detention") == {"Óscar Lira Benavente": "2014"}


def test_ordered_back_to_prison_is_no_detention(ex: RuleBasedExtractor) -> None:
    text = "In 2014 a judge ordered General Óscar Lira Benavente to be sent back to prison."
    assert of_type(ex.extract(text, language="en", published=PUB), "detention") == []


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "Ignacio Ferrer Lagos, who was convicted in absentia in 2009, surrendered to the "
            "court on 4 June 2013.",
            "en",
        ),
        (
            "Ignacio Ferrer Lagos, condenado en ausencia en 2009, se entregó a la justicia el 4 "
            "de junio de 2013.",
            "es",
        ),
    ],
)
def test_giving_oneself_up(ex: RuleBasedExtractor, text: str, lang: str) -> None:
    out = ex.extract(text, language=lang, published=PUB)
    assert dates_by_subject(out, "detention") == {"Ignacio Ferrer Lagos": "2013-06-04"}


def test_taken_to_prison_by_pronoun(ex: RuleBasedExtractor) -> None:
    text = (
        "El 3 de mayo de 2011 el tribunal condenó a Emilio Sanz Otero a 30 años. Esa misma "
        "tarde los guardias se lo llevaron a la cárcel de Valdemoro."
    )
    out = ex.extract(text, language="es", published=PUB)
    assert dates_by_subject(out, "detention") == {"Emilio Sanz Otero": "2011-05-03"}


def test_a_transfer_in_the_imperfect_is_no_detention(ex: RuleBasedExtractor) -> None:
    # "las trasladaban al penal": how a group was moved, not a fact of named people
    text = (
        "Entre las detenidas había 30 mujeres, y muchas sufrieron golpes en los vehículos que "
        "las trasladaban al penal de la ciudad."
    )
    assert of_type(ex.extract(text, language="es", published=PUB), "detention") == []


def test_not_everyone_caught(ex: RuleBasedExtractor) -> None:
    text = (
        "The court convicted Sergeant Luis Pardo Quiroga in 2004. But not everyone was caught; "
        "two of the soldiers are still at large."
    )
    assert of_type(ex.extract(text, language="en", published=PUB), "detention") == []


# ---- releases: leaving prison, freedom regained --------------------------------------------


@pytest.mark.parametrize(
    ("text", "lang", "when"),
    [
        (
            "Condenado en 2001, Julián Ortega Vidal salió del penal de Lurigancho en abril de "
            "2015.",
            "es",
            "2015-04",
        ),
        (
            "Condenado en 2001, Julián Ortega Vidal salió esa misma noche de la cárcel de "
            "Lurigancho, el 2 de abril de 2015.",
            "es",
            "2015-04-02",
        ),
        (
            "Condenado en 2001, Julián Ortega Vidal recuperó la libertad en abril de 2015.",
            "es",
            "2015-04",
        ),
        (
            "Condenado en 2001, Julián Ortega Vidal quedó libre en abril de 2015.",
            "es",
            "2015-04",
        ),
    ],
)
def test_leaving_prison(ex: RuleBasedExtractor, text: str, lang: str, when: str) -> None:
    out = ex.extract(text, language=lang, published=PUB)
    assert dates_by_subject(out, "release") == {"Julián Ortega Vidal": when}


def test_two_named_leave_prison(ex: RuleBasedExtractor) -> None:
    text = (
        "En 2009 el tribunal condenó a Andrés Molina Prieto y a Felipe Baca Ruiz a 20 años. "
        "Molina y Baca salieron libres en 2016, antes de cumplir la condena."
    )
    out = ex.extract(text, language="es", published=PUB)
    assert firsts(subjects(out, "release")) == {"Andrés", "Felipe"}


def test_salir_without_prison_is_no_release(ex: RuleBasedExtractor) -> None:
    text = (
        "En 2009 el tribunal condenó a Andrés Molina Prieto a 20 años. Al día siguiente salió "
        "de la ciudad con su familia."
    )
    assert of_type(ex.extract(text, language="es", published=PUB), "release") == []


# ---- a counted set of people, and a release ruled out ---------------------------------------


@pytest.mark.parametrize(
    ("text", "lang", "ltype"),
    [
        (
            "En 2008 el tribunal condenó a Pablo Ríos Tapia. En mayo de 2015 los siete salieron "
            "de la cárcel de Quillota tras cumplir sus penas.",
            "es",
            "release",
        ),
        (
            "In 2008 the court convicted Paul Rhodes Tapper. In May 2015 the seven men were "
            "taken into custody again.",
            "en",
            "detention",
        ),
    ],
)
def test_a_counted_set_takes_no_names_from_before(
    ex: RuleBasedExtractor, text: str, lang: str, ltype: str
) -> None:
    facts = of_type(ex.extract(text, language=lang, published=PUB), ltype)
    assert len(facts) == 1
    assert facts[0]["subjects"] == []


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "In 2011 the court sentenced Dario Velez Mora to life without the possibility of "
            "release.",
            "en",
        ),
        (
            "In 2011 the court sentenced Dario Velez Mora to 30 years; he will be eligible for "
            "parole in 2031.",
            "en",
        ),
        (
            "En 2011 el tribunal condenó a Darío Vélez Mora a cadena perpetua sin posibilidad de "
            "libertad condicional.",
            "es",
        ),
    ],
)
def test_a_release_ruled_out_is_no_release(ex: RuleBasedExtractor, text: str, lang: str) -> None:
    assert of_type(ex.extract(text, language=lang, published=PUB), "release") == []


# ---- acquittals told as clearing ------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "In March 2016 Captain Rafael Olmos Prado was cleared of the murder of two farmers.",
            "en",
        ),
        ("En marzo de 2016 un tribunal exoneró al capitán Rafael Olmos Prado del asesinato.", "es"),
    ],
)
def test_cleared_is_an_acquittal(ex: RuleBasedExtractor, text: str, lang: str) -> None:
    out = ex.extract(text, language=lang, published=PUB)
    assert dates_by_subject(out, "acquittal") == {"Rafael Olmos Prado": "2016-03"}


def test_an_area_cleared_is_no_acquittal(ex: RuleBasedExtractor) -> None:
    text = "In March 2016 police cleared the square of protesters led by Rafael Olmos Prado."
    assert of_type(ex.extract(text, language="en", published=PUB), "acquittal") == []
