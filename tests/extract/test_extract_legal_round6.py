"""Legal facts: the general rules of session 5.

The legal errors were counted over the 12 folders now open for development (devset and its
fresh* folders, held-out sets 1-5). Only causes found in texts of several folders got a rule.
The short texts below are new, one rule each, with the cases the rule must leave alone.
"""

from __future__ import annotations

from datetime import date

import pytest

from recuento.extract import RuleBasedExtractor

from extract_helpers import of_type, years_by_subject

# ---- half years --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "lang", "years"),
    [
        ("On 4 March 2015 a court sentenced Tomás Ibarguren to nine and a half years.", "en", 9.5),
        ("On 4 March 2015 a court sentenced Tomás Ibarguren to 9½ years in prison.", "en", 9.5),
        (
            "El 4 de marzo de 2015 un juez condenó a Tomás Ibarguren a nueve años y medio de "
            "prisión.",
            "es",
            9.5,
        ),
        (
            "El 4 de marzo de 2015 un juez condenó a Tomás Ibarguren a 9 años y seis meses de "
            "prisión.",
            "es",
            9.5,
        ),
        ("On 4 March 2015 a court sentenced Tomás Ibarguren to nine years in prison.", "en", 9),
    ],
)
def test_a_half_year_is_read_as_half(
    ex: RuleBasedExtractor, text: str, lang: str, years: float
) -> None:
    out = ex.extract(text, language=lang, published=date(2015, 3, 5))
    got = years_by_subject(out)
    assert got == {"Tomás Ibarguren": years}
    assert type(got["Tomás Ibarguren"]) is type(years)  # whole years stay whole numbers


def test_half_years_in_a_respectively_list(ex: RuleBasedExtractor) -> None:
    text = (
        "On 4 March 2015 the court convicted Tomás Ibarguren, Rodolfo Mansilla and Ernesto "
        "Quiroga, who received 12, 7 and 3½ years, respectively."
    )
    out = ex.extract(text, language="en", published=date(2015, 3, 5))
    assert years_by_subject(out) == {
        "Tomás Ibarguren": 12,
        "Rodolfo Mansilla": 7,
        "Ernesto Quiroga": 3.5,
    }


def test_a_half_hour_is_no_sentence(ex: RuleBasedExtractor) -> None:
    text = (
        "On 4 March 2015 a court sentenced Tomás Ibarguren to nine years in prison after "
        "deliberating for two and a half hours."
    )
    out = ex.extract(text, language="en", published=date(2015, 3, 5))
    assert years_by_subject(out) == {"Tomás Ibarguren": 9}


def test_a_half_year_term_becomes_years_and_months_when_accepted() -> None:
    # the coding records a reviewer accepts keep whole numbers: 9.5 years are 9 years 6 months
    from recuento.domain.quantities import Duration
    from recuento.services.review import suggestion_records

    s = {
        "id": 1,
        "kind": "legal",
        "spans": [[0, 10]],
        "fields": {
            "type": "conviction",
            "subjects": ["Tomás Ibarguren"],
            "date": {"value": "2015-03-04", "precision": "day"},
            "sentence": {"years": 9.5, "life": False},
        },
    }
    records = suggestion_records(s, key=None, link=None, edits={})
    term = next(r for r in records if r["type"] == "sentence")["fields"]["term"]
    assert term == {"years": 9, "months": 6}
    assert Duration.from_value(term).in_years() == 9.5


# ---- Spanish terms: "condenó a X a 20 años de presidio", "presidio perpetuo" ---------------


def test_a_term_of_presidio_after_condeno_is_the_sentence(ex: RuleBasedExtractor) -> None:
    text = (
        "El 2 de junio de 2014, el ministro en visita Aurelio Contreras condenó a Hugo Sepúlveda "
        "a 12 años de presidio, y a los suboficiales Raúl Quintana y Pedro Garrido a diez años "
        "cada uno. Ramón Tapia fue condenado a presidio perpetuo."
    )
    out = ex.extract(text, language="es", published=date(2014, 6, 3))
    assert years_by_subject(out) == {
        "Hugo Sepúlveda": 12,
        "Raúl Quintana": 10,
        "Pedro Garrido": 10,
        "Ramón Tapia": None,
    }
    life = [f for f in of_type(out, "conviction") if f["subjects"] == ["Ramón Tapia"]]
    assert life[0]["sentence"] == {"years": None, "life": True}


def test_a_ministro_en_visita_is_the_judge_not_the_convicted(ex: RuleBasedExtractor) -> None:
    text = "En 2019, la ministra en visita Carolina Urbina condenó a Hugo Sepúlveda a 12 años."
    out = ex.extract(text, language="es", published=date(2020, 1, 1))
    assert set(years_by_subject(out)) == {"Hugo Sepúlveda"}


# ---- the date of the ruling told just before ----------------------------------------------


def test_terms_told_after_a_dated_verdict_take_its_date(ex: RuleBasedExtractor) -> None:
    text = (
        "I sat in the courtroom on 14 May 2009, when the chamber gave its verdict. Captain "
        "Hugo Sepúlveda received 18 years. Two sergeants, Raúl Quintana and Pedro Garrido, "
        "received 12 years each.\n\n"
        "My mother died in 2015."
    )
    out = ex.extract(text, language="en", published=date(2021, 3, 1))
    dates = {
        n: (f["date"] or {}).get("value") for f in of_type(out, "conviction") for n in f["subjects"]
    }
    assert dates == {
        "Hugo Sepúlveda": "2009-05-14",
        "Raúl Quintana": "2009-05-14",
        "Pedro Garrido": "2009-05-14",
    }


def test_a_convicted_group_dates_the_terms_of_its_members(ex: RuleBasedExtractor) -> None:
    text = (
        "Recordamos que el 3 de marzo de 2017 el mismo tribunal condenó a otras tres personas. "
        "Hugo Sepúlveda y Raúl Quintana fueron condenados a 30 años de prisión."
    )
    out = ex.extract(text, language="es", published=date(2021, 3, 1))
    facts = of_type(out, "conviction")
    assert [(f["subjects"], f["date"]["value"]) for f in facts if f["subjects"]] == [
        (["Hugo Sepúlveda", "Raúl Quintana"], "2017-03-03")
    ]


def test_a_date_of_another_kind_just_before_is_not_the_ruling_date(
    ex: RuleBasedExtractor,
) -> None:
    text = (
        "The soldiers killed eleven villagers on 14 May 1989. Captain Hugo Sepúlveda later "
        "received 18 years."
    )
    out = ex.extract(text, language="en", published=date(2021, 3, 1))
    assert [f["date"] for f in of_type(out, "conviction")] == [None]


def test_the_judgment_of_the_news_dates_a_later_acquittal(ex: RuleBasedExtractor) -> None:
    text = (
        "Summary of the judgment read on 11 June 2019 in Temuco.\n\n"
        "The court sentenced Hugo Sepúlveda to 20 years in prison for the murder of two "
        "farmers.\n\n"
        "The farmers had been taken from their homes in 1985 and shot near the river.\n\n"
        "By a majority, the court acquitted Raúl Quintana, who had been charged with covering "
        "up the crime."
    )
    out = ex.extract(text, language="en", published=date(2019, 6, 12))
    acq = of_type(out, "acquittal")
    assert [(f["subjects"], (f["date"] or {}).get("value")) for f in acq] == [
        (["Raúl Quintana"], "2019-06-11")
    ]


# ---- who is no subject -------------------------------------------------------------------


def test_a_trigger_word_inside_a_name_is_no_legal_fact(ex: RuleBasedExtractor) -> None:
    text = (
        "En 1990, en plena ofensiva del Frente Nacional para la Liberación del Sur, los "
        "soldados asesinaron a Tomás Ibarguren y a Rodolfo Mansilla."
    )
    out = ex.extract(text, language="es", published=date(2020, 1, 1))
    assert of_type(out, "release") == []
    text = "El 3 de mayo de 2020 el juez ordenó la liberación de Tomás Ibarguren, que fue liberado."
    out = ex.extract(text, language="es", published=date(2020, 5, 4))
    assert [f["subjects"] for f in of_type(out, "release")] == [["Tomás Ibarguren"]]


def test_a_ruling_on_the_convictions_of_all_applies_to_each_convicted(ex) -> None:
    text = (
        "El 9 de septiembre de 2016, el juez condenó a Mario Ortega Ruiz y a Pedro Salas Vidal "
        "a 15 años de presidio. La Corte de Apelaciones confirmó después las condenas de los "
        "dos."
    )
    out = ex.extract(text, language="es", published=date(2018, 1, 1))
    upheld = of_type(out, "sentence_reaffirmed")
    assert sorted(s for f in upheld for s in f["subjects"]) == [
        "Mario Ortega Ruiz",
        "Pedro Salas Vidal",
    ]


def test_a_ruling_on_some_of_the_convicted_names_no_one(ex) -> None:
    text = (
        "On 4 May 2001 a judge convicted Mario Ortega, Pedro Salas and Juan Vidal of murder. "
        "In 2006 the Supreme Court upheld the convictions of two of the men."
    )
    out = ex.extract(text, language="en", published=date(2007, 1, 1))
    assert all(not f["subjects"] for f in of_type(out, "sentence_reaffirmed"))


def test_a_court_kept_the_terms(ex) -> None:
    text = (
        "El 9 de marzo de 2004 la Sala mantuvo en ocho años de presidio las penas del general "
        "Ramón Araya Soto."
    )
    out = ex.extract(text, language="es", published=date(2004, 3, 10))
    assert [f["subjects"] for f in of_type(out, "sentence_reaffirmed")] == [["Ramón Araya Soto"]]


def test_a_group_sentenced_and_then_named(ex) -> None:
    es = (
        "SANTIAGO, 16 oct (Cable) -- Un tribunal condenó ayer a prisión perpetua a tres "
        "exmarinos por los fusilamientos de la base, y absolvió a otros dos acusados.\n\n"
        "Los condenados son el excapitán Raúl Soto Vera, de 77 años, el excapitán Emilio "
        "Duarte Paz, de 76, y el excabo Carlos Arias Mena."
    )
    out = ex.extract(es, language="es", published=date(2012, 10, 16))
    convicted = sorted(s for f in of_type(out, "conviction") for s in f["subjects"])
    assert set(convicted) == {"Raúl Soto Vera", "Emilio Duarte Paz", "Carlos Arias Mena"}
    # the two acquitted are another group, not the three named
    assert [f["subjects"] for f in of_type(out, "acquittal")] == [[]]


def test_a_group_named_after_a_colon(ex) -> None:
    en = (
        "In May 2012 a judge sentenced three soldiers to 30 years in prison: Major Mario Ortega "
        "Ruiz, Lieutenant Pedro Salas Vidal and Corporal Juan Vidal Soto."
    )
    out = ex.extract(en, language="en", published=date(2012, 6, 1))
    assert set(years_by_subject(out)) == {
        "Mario Ortega Ruiz",
        "Pedro Salas Vidal",
        "Juan Vidal Soto",
    }


def test_a_group_is_not_given_names_of_another_count(ex) -> None:
    en = (
        "In May 2012 a judge sentenced five soldiers to 30 years in prison. The victims' "
        "mothers, Rosa Ortega and Ana Salas, wept."
    )
    out = ex.extract(en, language="en", published=date(2012, 6, 1))
    assert all(not f["subjects"] for f in of_type(out, "conviction"))


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("On 3 May 2001 the witness Ana Rojas walked out saying the judges were biased.", "en"),
        ("In 1987 two of the guardsmen, Juan Pérez and Luis Díaz, asked to be freed.", "en"),
        ("The commission's report, released on 8 February 1983, blamed Mario Soto.", "en"),
        (
            "El 2 de mayo de 2019 condenó a Juan Pérez a tres años y un día, con libertad "
            "vigilada intensiva.",
            "es",
        ),
        ("Luis Díaz fue mediador en la liberación de secuestrados por la guerrilla.", "es"),
    ],
)
def test_what_is_not_a_release(ex, text: str, language: str) -> None:
    out = ex.extract(text, language=language, published=date(2020, 1, 1))
    assert of_type(out, "release") == []


def test_walking_out_of_prison_or_free_is_a_release(ex) -> None:
    text = (
        "On 24 December 2017 the president pardoned Alberto Fujimori. Fujimori walked out of a "
        "Lima clinic a free man on 4 January 2018."
    )
    out = ex.extract(text, language="en", published=date(2018, 1, 10))
    assert [f["subjects"] for f in of_type(out, "release")] == [["Alberto Fujimori"]]
