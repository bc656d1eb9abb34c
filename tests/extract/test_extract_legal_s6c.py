"""Legal facts, session 6, third round: the dates of legal facts told relatively, references back
to people and rulings named earlier, changes of a sentence told as a new ruling, and handovers.

Every sentence here was written for this file (not taken from a development text), in both
languages where the structure exists in both, with cases each rule must leave alone.
"""

from __future__ import annotations

from datetime import date

import pytest

from recuento.extract import RuleBasedExtractor
from recuento.extract.dates import find_dates

from extract_helpers import dates_by_subject, of_type

PUB = date(2021, 6, 9)


def values(text: str, published: date = PUB) -> list[tuple[str, str | None]]:
    return [(m.text, m.value) for m in find_dates(text, published)]


# ---- months told relatively to the publication -----------------------------------------------


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Last month the appeals court upheld the verdict.", "2021-05"),
        ("El mes pasado la Corte Suprema confirmó la condena.", "2021-05"),
        ("Earlier this month the tribunal ordered a retrial.", "2021-06"),
        ("He walked out of prison last September.", "2020-09"),
        ("She was sentenced this past April to nine years.", "2021-04"),
        ("En octubre pasado la jueza ordenó su excarcelación.", "2020-10"),
        ("El pasado mes de marzo fue absuelto por el tribunal.", "2021-03"),
    ],
)
def test_month_told_relatively_to_publication(text: str, value: str) -> None:
    assert [v for _, v in values(text)] == [value]


def test_lower_case_may_after_last_is_no_month() -> None:
    # "last may" in lower case is the verb, not the month
    assert values("It was the last may-day rally before the coup.") == []


def test_hours_later_is_the_day_just_told() -> None:
    got = values("The court acquitted him on 2 March 2019. Hours later he left the prison.")
    assert got[-1] == ("Hours later", "2019-03-02")
    got = values("El 5 de julio de 2010 lo absolvieron. Salió del penal pocas horas después.")
    assert got[-1][1] == "2010-07-05"
    # "unas horas después de la lectura": counted from a noun, left alone
    got = values("El 5 de julio de 2010 lo absolvieron. Unas horas después de la lectura salió.")
    assert len(got) == 1


def test_the_same_night_of_a_month_told_in_its_sentence_is_that_month() -> None:
    text = (
        "On 4 June 2001 the police raided the house. In August 2015 a prosecutor dropped the "
        "case and that same night he was set free."
    )
    assert values(text)[-1] == ("that same night", "2015-08")
    text = (
        "El 4 de junio de 2001 allanaron la casa. En agosto de 2015 un fiscal archivó la causa "
        "y esa misma noche quedó libre."
    )
    assert values(text)[-1] == ("esa misma noche", "2015-08")
    # a month in an earlier sentence leaves the day just told in charge
    text = "On 4 June 2001 the police raided the house. In August 2015 it was sold. That night …"
    assert values(text)[-1][1] == "2001-06-04"


@pytest.mark.parametrize(
    ("text", "lang", "ltype", "value"),
    [
        (
            "Last month a military court convicted Colonel Ramón Vidal Ortiz of the killings.",
            "en",
            "conviction",
            "2021-05",
        ),
        (
            "En abril pasado Teodoro Ruiz Bello salió de la cárcel de Chorrillos.",
            "es",
            "release",
            "2021-04",
        ),
        (
            "The appeal concerns Teodoro Ruiz Bello, who was sentenced last February to twelve "
            "years for the massacre.",
            "en",
            "conviction",
            "2021-02",
        ),
    ],
)
def test_legal_fact_dated_by_a_relative_month(
    ex: RuleBasedExtractor, text: str, lang: str, ltype: str, value: str
) -> None:
    out = ex.extract(text, language=lang, published=PUB)
    assert set(dates_by_subject(out, ltype).values()) == {value}


# ---- a date of a ruling's own clause ----------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "The tribunal heard the appeal of Julián Pérez Vela, who in 2016 had been acquitted "
            "by a court in Cusco.",
            "en",
        ),
        (
            "La sala revisó el fallo del juzgado de Cusco, que en 2016 había absuelto a Julián "
            "Pérez Vela.",
            "es",
        ),
    ],
)
def test_date_of_a_relative_clause_dates_its_own_ruling(
    ex: RuleBasedExtractor, text: str, lang: str
) -> None:
    out = ex.extract(text, language=lang, published=PUB)
    assert set(dates_by_subject(out, "acquittal").values()) == {"2016"}


@pytest.mark.parametrize(
    ("text", "lang", "group"),
    [
        (
            "On 3 March 2014 the court found Arturo Rengifo Salas guilty and sentenced him to "
            "eight years; the other three were acquitted.",
            "en",
            "the other three",
        ),
        (
            "En mayo de 2011 el tribunal condenó a Arturo Rengifo Salas a ocho años; los otros "
            "tres fueron absueltos.",
            "es",
            "los otros tres",
        ),
    ],
)
def test_passive_ruling_after_semicolon_takes_the_opening_date(
    ex: RuleBasedExtractor, text: str, lang: str, group: str
) -> None:
    out = ex.extract(text, language=lang, published=PUB)
    acq = of_type(out, "acquittal")
    assert len(acq) == 1
    assert acq[0]["subjects"] == []
    assert acq[0]["group"] == group
    conv = dates_by_subject(out, "conviction")
    assert acq[0]["date"]["value"] == next(iter(conv.values()))


def test_earlier_passive_ruling_after_semicolon_keeps_no_opening_date(
    ex: RuleBasedExtractor,
) -> None:
    text = (
        "On 3 March 2014 the court found Arturo Rengifo Salas guilty; the other three had been "
        "acquitted at the first trial."
    )
    out = ex.extract(text, language="en", published=PUB)
    assert all((f["date"] or {}).get("value") != "2014-03-03" for f in of_type(out, "acquittal"))


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "NEW YORK, March 20, 2017 (Wire) -- Hernán Quispe Lara was sent to prison on Monday "
            "to begin a life sentence.\n\nOn 9 March a bench of the High Court overturned his "
            "acquittal and sentenced him to life. The same bench upheld the life terms of Rosa "
            "Llanos Vera and Pedro Soto Ruiz.",
            "en",
        ),
        (
            "LIMA, 20 de marzo de 2017 -- Hernán Quispe Lara ingresó ayer al penal para cumplir "
            "su condena.\n\nEl 9 de marzo la sala lo condenó a cadena perpetua. La misma sala "
            "confirmó las penas de Rosa Llanos Vera y Pedro Soto Ruiz.",
            "es",
        ),
    ],
)
def test_ruling_of_the_same_court_takes_the_date_of_its_ruling_told_before(
    ex: RuleBasedExtractor, text: str, lang: str
) -> None:
    out = ex.extract(text, language=lang, published=date(2017, 3, 20))
    got = dates_by_subject(out, "sentence_reaffirmed")
    assert got == {"Rosa Llanos Vera": "2017-03-09", "Pedro Soto Ruiz": "2017-03-09"}
    assert dates_by_subject(out)["Hernán Quispe Lara"] == "2017-03-09"


def test_same_court_with_a_date_of_its_own_keeps_it(ex: RuleBasedExtractor) -> None:
    text = (
        "Ayer el tribunal condenó a Hernán Quispe Lara a 25 años. El 2 de mayo de 2015 el mismo "
        "tribunal había condenado a Rosa Llanos Vera a 12 años."
    )
    out = ex.extract(text, language="es", published=date(2017, 4, 30))
    assert dates_by_subject(out)["Rosa Llanos Vera"] == "2015-05-02"


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "Yesterday Hernán Quispe Lara surrendered and was taken to jail to begin a life "
            "sentence for the murders.",
            "en",
        ),
        (
            "On Monday Hernán Quispe Lara was driven to the prison to begin a 20-year sentence "
            "for the murders.",
            "en",
        ),
    ],
)
def test_term_one_begins_was_handed_down_before(
    ex: RuleBasedExtractor, text: str, lang: str
) -> None:
    out = ex.extract(text, language=lang, published=PUB)
    assert all(f["date"] is None for f in of_type(out, "conviction"))


# ---- references back to a counted set of people named before ----------------------------------


@pytest.mark.parametrize(
    ("text", "lang", "ltype"),
    [
        (
            "The tribunal convicted Ramiro Ochoa Pérez and Luis Carbajal Ríos of the massacre. "
            "Both men were arrested in Lima on 4 May 2009.",
            "en",
            "detention",
        ),
        (
            "In 1995 a jury found Captain Ramiro Ochoa Pérez and Sergeant Luis Carbajal Ríos "
            "guilty. In March 1996 the judge sentenced both officers to 25 years.",
            "en",
            "conviction",
        ),
        (
            "El juzgado procesó a Ramiro Ochoa Pérez y a Luis Carbajal Ríos por la masacre. En "
            "2016 los dos fueron absueltos por falta de pruebas.",
            "es",
            "acquittal",
        ),
        (
            "La fiscalía acusó a Ramiro Ochoa Pérez y a Luis Carbajal Ríos. Ambos quedaron en "
            "libertad en 2018.",
            "es",
            "release",
        ),
    ],
)
def test_counted_pair_takes_the_two_named_before(
    ex: RuleBasedExtractor, text: str, lang: str, ltype: str
) -> None:
    out = ex.extract(text, language=lang, published=PUB)
    got = {n for f in of_type(out, ltype) for n in f["subjects"]}
    assert got == {"Ramiro Ochoa Pérez", "Luis Carbajal Ríos"}


def test_counted_pair_after_three_names_takes_nobody(ex: RuleBasedExtractor) -> None:
    text = (
        "La fiscalía acusó a Ramiro Ochoa Pérez, a Luis Carbajal Ríos y a Mario Tello Paz. En "
        "2016 los dos fueron absueltos."
    )
    out = ex.extract(text, language="es", published=PUB)
    assert all(f["subjects"] == [] for f in of_type(out, "acquittal"))


def test_counted_set_named_by_its_ruling_takes_that_rulings_subjects(
    ex: RuleBasedExtractor,
) -> None:
    text = (
        "The court sentenced Ramiro Ochoa Pérez, Luis Carbajal Ríos and Mario Tello Paz to life "
        "imprisonment on 2 May 2012. It acquitted Jorge Salas Mena and Pedro Ugaz Rivas. The "
        "prosecution will appeal against the acquittal of Ana Ruiz Vela. The three men convicted "
        "will remain free until the sentence is final."
    )
    out = ex.extract(text, language="en", published=date(2012, 5, 3))
    convicted = {n for f in of_type(out, "conviction") for n in f["subjects"]}
    assert convicted == {"Ramiro Ochoa Pérez", "Luis Carbajal Ríos", "Mario Tello Paz"}


# ---- changes of a term, and terms of years and months in a "respectively" list -----------------


def test_respectively_list_of_compound_terms(ex: RuleBasedExtractor) -> None:
    text = (
        "In 2016 the court sentenced Marco Bellini Rota and Dario Fusco Lanza to four and a half "
        "years and three years and two months, respectively."
    )
    out = ex.extract(text, language="en", published=PUB)
    got = {
        n: (f["sentence"] or {}).get("years")
        for f in of_type(out, "conviction")
        for n in f["subjects"]
    }
    assert got == {"Marco Bellini Rota": 4.5, "Dario Fusco Lanza": 3}


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "En 2004 el juez Raúl Pardo había condenado a Tomás Riquelme Vidal a doce años; la "
            "Corte de Apelaciones redujo después esa pena a nueve.",
            "es",
        ),
        (
            "In 2004 the judge had sentenced Tomás Riquelme Vidal to twelve years; the appeals "
            "court later cut his sentence to nine.",
            "en",
        ),
    ],
)
def test_change_of_a_term_with_its_unit_said_once(
    ex: RuleBasedExtractor, text: str, lang: str
) -> None:
    out = ex.extract(text, language=lang, published=PUB)
    conv = {
        n: (f["sentence"] or {}).get("years")
        for f in of_type(out, "conviction")
        for n in f["subjects"]
    }
    mod = {
        n: (f["sentence"] or {}).get("years")
        for f in of_type(out, "sentence_modified")
        for n in f["subjects"]
    }
    assert conv == {"Tomás Riquelme Vidal": 12}
    assert mod == {"Tomás Riquelme Vidal": 9}


def test_change_after_a_confirmation_takes_the_term_after_its_verb(
    ex: RuleBasedExtractor,
) -> None:
    text = (
        "En 2009 la Corte Suprema confirmó el presidio perpetuo para el coronel Tomás Riquelme "
        "Vidal y le subió la pena a Fabián Soto Lagos de 10 años y un día a 15 años."
    )
    out = ex.extract(text, language="es", published=PUB)
    reaff = {n for f in of_type(out, "sentence_reaffirmed") for n in f["subjects"]}
    mod = {
        n: (f["sentence"] or {}).get("years")
        for f in of_type(out, "sentence_modified")
        for n in f["subjects"]
    }
    assert reaff == {"Tomás Riquelme Vidal"}
    assert mod == {"Fabián Soto Lagos": 15}


def test_bare_figure_after_a_change_needs_a_term_told_before(ex: RuleBasedExtractor) -> None:
    # "a nueve" with no term written before is no term ("redujo a nueve el número de …")
    text = (
        "En 2004 la Corte de Apelaciones redujo después esa pena de Tomás Riquelme Vidal a nueve."
    )
    out = ex.extract(text, language="es", published=PUB)
    assert all(f["sentence"] is None for f in of_type(out, "sentence_modified"))


# ---- extraditions ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "lang", "value"),
    [
        (
            "Former captain Hugo Salinas Parra was tracked down in Miami and extradited to Chile "
            "in March 2019.",
            "en",
            "2019-03",
        ),
        (
            "Hugo Salinas Parra fue extraditado a Chile el 4 de marzo de 2019.",
            "es",
            "2019-03-04",
        ),
        (
            "Hugo Salinas Parra llegó extraditado desde Argentina en marzo de 2019.",
            "es",
            "2019-03",
        ),
    ],
)
def test_extradition_carried_out_is_a_detention(
    ex: RuleBasedExtractor, text: str, lang: str, value: str
) -> None:
    out = ex.extract(text, language=lang, published=PUB)
    assert dates_by_subject(out, "detention") == {"Hugo Salinas Parra": value}


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Hugo Salinas Parra holds two passports and cannot be extradited.", "en"),
        ("Hugo Salinas Parra tiene doble nacionalidad y no puede ser extraditado.", "es"),
        ("The court urged the government to seek the extradition of Hugo Salinas Parra.", "en"),
        ("Chile refused to extradite Hugo Salinas Parra, who lives in Miami.", "en"),
    ],
)
def test_extradition_not_carried_out_is_no_detention(
    ex: RuleBasedExtractor, text: str, lang: str
) -> None:
    out = ex.extract(text, language=lang, published=PUB)
    assert of_type(out, "detention") == []


# ---- a date of another clause, and the year after ----------------------------------------------


@pytest.mark.parametrize(
    ("text", "lang", "ltype", "value"),
    [
        (
            "The chamber acquitted Joseph Mbeki Lunda of all charges on 9 May 2014; he was "
            "released from the detention unit two days later.",
            "en",
            "release",
            "2014-05-11",
        ),
        (
            "En 2008 un tribunal condenó a Joaquín Reyes Piña a 30 años por secuestro y "
            "homicidio; en 2012 la Corte Suprema redujo la pena a 22 años.",
            "es",
            "sentence_modified",
            "2012",
        ),
    ],
)
def test_date_of_the_triggers_own_clause_wins(
    ex: RuleBasedExtractor, text: str, lang: str, ltype: str, value: str
) -> None:
    out = ex.extract(text, language=lang, published=PUB)
    assert set(dates_by_subject(out, ltype).values()) == {value}


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("En junio de 2014 lo condenaron. Al año siguiente la Cámara confirmó la pena.", "2015"),
        ("En 1982 lo condenaron. En mayo del año siguiente la Sala confirmó la pena.", "1983-05"),
        ("He was convicted in 1990. The following year the appeal court upheld it.", "1991"),
        ("He was convicted in 1990. In March of the following year it was upheld.", "1991-03"),
    ],
)
def test_the_year_after_the_one_told(text: str, value: str) -> None:
    assert values(text)[-1][1] == value


def test_month_of_this_year_is_not_the_next_year() -> None:
    assert values("Lo condenaron en mayo del año pasado.")[-1][1] == "2020-05"
    assert values("Lo condenaron en mayo de este año.")[-1][1] == "2021-05"


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "LIMA, May 3, 2016 (Wire) -- A court today sentenced Reynaldo Bignone Paz to 20 "
            "years. Carlos Tragant Ruiz and Juan Rodríguez Paz were acquitted and released.",
            "en",
        ),
        (
            "LIMA, 3 de mayo de 2016 -- Un tribunal condenó hoy a Reynaldo Bignone Paz a 20 años. "
            "Carlos Tragant Ruiz y Juan Rodríguez Paz fueron absueltos y quedaron en libertad.",
            "es",
        ),
    ],
)
def test_release_joined_to_its_acquittal_takes_its_date(
    ex: RuleBasedExtractor, text: str, lang: str
) -> None:
    out = ex.extract(text, language=lang, published=date(2016, 5, 3))
    assert dates_by_subject(out, "acquittal")["Carlos Tragant Ruiz"] == "2016-05-03"
    assert set(dates_by_subject(out, "release").values()) == {"2016-05-03"}


def test_release_told_apart_from_the_acquittal_keeps_no_date(ex: RuleBasedExtractor) -> None:
    text = (
        "On 3 May 2016 the court acquitted Carlos Tragant Ruiz. He was released after a "
        "second hearing."
    )
    out = ex.extract(text, language="en", published=PUB)
    assert set(dates_by_subject(out, "release").values()) <= {None}
