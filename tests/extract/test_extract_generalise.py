"""Traps found when the extractor met texts written by someone else (issue 4's held-out set).

The texts here are new, short and about cases outside the held-out set (the Caravan of Death in
Calama, Pativilca and Santa 1992, the Castro Castro prison); each test is one general pattern.
"""

from __future__ import annotations

from datetime import date

from recuento.extract import RuleBasedExtractor, Suggestion


def kind(out: list[Suggestion], k: str) -> list[dict]:
    return [s.fields for s in out if s.kind == k]


def killed(out: list[Suggestion]) -> list[dict]:
    return [e["counts"]["killed"] for e in kind(out, "event") if "killed" in e["counts"]]


# -- counts: a second source's figure makes a range ---------------------------------------------


def test_a_figure_some_count_differently_makes_a_range(ex: RuleBasedExtractor) -> None:
    text = (
        "On 19 October 1973 an army delegation took prisoners from the Calama jail and executed "
        "26 men in the desert; some relatives count 27."
    )
    out = ex.extract(text, language="en", published=date(2019, 3, 14))
    assert killed(out) == [{"best": 26, "low": 26, "high": 27, "text": "26; 27"}]


def test_a_figure_a_list_gives_makes_a_range_in_spanish(ex: RuleBasedExtractor) -> None:
    text = (
        "El 29 de enero de 1992 un escuadrón mató a seis campesinos en Pativilca. "
        "Los familiares hablan de siete."
    )
    out = ex.extract(text, language="es", published=date(2018, 8, 20))
    got = killed(out)
    assert len(got) == 1 and (got[0]["best"], got[0]["low"], got[0]["high"]) == (6, 6, 7)


def test_a_part_of_a_total_is_still_not_a_range(ex: RuleBasedExtractor) -> None:
    text = (
        "On 19 October 1973 soldiers executed 26 prisoners in the desert near Calama, "
        "among them 3 teenagers."
    )
    out = ex.extract(text, language="en", published=date(2019, 3, 14))
    assert [(k["best"], k["low"], k["high"]) for k in killed(out)] == [(26, None, None)]


# -- organisations: names go on past "of", "de", "para la", "y"; newspapers ---------------------


def orgs(out: list[Suggestion]) -> set[str]:
    return {o["name"] for o in kind(out, "organization")}


def test_an_organisation_name_goes_on_past_of(ex: RuleBasedExtractor) -> None:
    text = (
        "The Appeals Criminal Chamber of Santiago on Tuesday upheld the sentences of eight "
        "retired officers for the Caravan of Death killings in Calama."
    )
    out = ex.extract(text, language="en", published=date(2019, 3, 14))
    assert "Appeals Criminal Chamber of Santiago" in orgs(out)


def test_a_spanish_name_goes_on_past_para_la_and_y(ex: RuleBasedExtractor) -> None:
    text = (
        "La Agrupación de Familiares de Detenidos Desaparecidos y la Vicaría de la Solidaridad "
        "documentaron los fusilamientos de Calama."
    )
    out = ex.extract(text, language="es", published=date(2019, 3, 14))
    names = orgs(out)
    assert "Agrupación de Familiares de Detenidos Desaparecidos" in names
    assert "Vicaría de la Solidaridad" in names
    assert "Vicaría de la Solidaridad" not in {p["name"] for p in kind(out, "person")}


def test_a_newspaper_named_as_such_is_a_news_outlet(ex: RuleBasedExtractor) -> None:
    text = (
        "The newspaper La Tercera reported that the court acquitted one officer. "
        "Según el diario La República, los restos fueron entregados el lunes."
    )
    out = ex.extract(text, language="en", published=date(2019, 3, 14))
    found = {o["name"]: o["kind"] for o in kind(out, "organization")}
    assert found.get("La Tercera") == "news_outlet"
    assert found.get("La República") == "news_outlet"


# -- legal facts: who a fact is about ------------------------------------------------------------


def legal(out: list[Suggestion]) -> list[dict]:
    return kind(out, "legal")


def test_onlookers_named_in_the_sentence_are_not_convicted(ex: RuleBasedExtractor) -> None:
    text = (
        "LIMA, Peru (Wire) -- A Peruvian court on Friday sentenced former intelligence chief "
        "Vladimiro Montesinos to life in prison for the 1992 killing of nine peasants in Santa, "
        "as relatives of the victims Pedro Ramos and Jesús Noriega looked on."
    )
    out = ex.extract(text, language="en", published=date(2021, 6, 18))
    convictions = [f for f in legal(out) if f["type"] == "conviction"]
    assert [f["subjects"] for f in convictions] == [["Vladimiro Montesinos"]]
    assert convictions[0]["sentence"]["life"] is True


def test_a_group_object_is_the_subject_not_the_names_before(ex: RuleBasedExtractor) -> None:
    text = (
        "La viuda Rosa Quispe y el obispo Luis Bambarén escucharon el fallo el viernes. "
        "El tribunal absolvió a un séptimo acusado. The court ordered the retrial of six former "
        "soldiers. Twenty prisoners were released on Saturday."
    )
    out = ex.extract(text, language="es", published=date(2017, 9, 16))
    facts = {f["type"]: f for f in legal(out)}
    for t in ("acquittal", "retrial", "release"):
        assert t in facts, t
        assert facts[t]["subjects"] == [], t
        assert facts[t].get("group"), t


def test_a_fact_after_a_semicolon_is_another_mans(ex: RuleBasedExtractor) -> None:
    text = (
        "El tribunal revocó la absolución de Vladimiro Montesinos y lo condenó a 40 años; "
        "Juan Rivera fue condenado a 15 años."
    )
    out = ex.extract(text, language="es", published=date(2017, 9, 15))
    by_subject = {
        (f["type"], tuple(f["subjects"])): (f.get("sentence") or {}).get("years")
        for f in legal(out)
    }
    assert by_subject.get(("conviction", ("Vladimiro Montesinos",))) == 40
    assert by_subject.get(("conviction", ("Juan Rivera",))) == 15
    assert not any(t == "annulment" and "Juan Rivera" in s for t, s in by_subject)


def test_prision_perpetua_is_a_life_sentence(ex: RuleBasedExtractor) -> None:
    text = "La Sala condenó el viernes al exagente Julio Chuqui a cadena perpetua."
    out = ex.extract(text, language="es", published=date(2017, 9, 15))
    f = [f for f in legal(out) if f["type"] == "conviction"]
    assert f and f[0]["sentence"]["life"] is True and f[0]["subjects"] == ["Julio Chuqui"]


def test_the_total_term_wins_over_the_term_per_crime(ex: RuleBasedExtractor) -> None:
    text = (
        "El exgeneral Julio Salazar Monroe fue condenado el viernes a 26 años por cada uno de "
        "los cinco asesinatos, 130 años en total."
    )
    out = ex.extract(text, language="es", published=date(2017, 9, 15))
    f = [f for f in legal(out) if f["type"] == "conviction"]
    assert f and f[0]["sentence"]["years"] == 130


# -- event dates: the ruling's, the arrest's or the gathering's date is not the event's ---------


def event_years(out: list[Suggestion]) -> list[str | None]:
    return [(e["date"] or {}).get("value") for e in kind(out, "event")]


def test_a_ruling_date_is_not_the_date_of_the_killing_it_judges(ex: RuleBasedExtractor) -> None:
    text = (
        "SANTIAGO, Chile (Wire) -- Chile's Supreme Court on Monday confirmed the convictions of "
        "six retired officers for the killing of 26 prisoners in Calama by the Caravan of Death "
        "in October 1973."
    )
    out = ex.extract(text, language="en", published=date(2018, 8, 7))
    assert event_years(out) == ["1973-10"]
    reaffirmed = [f for f in legal(out) if f["type"] == "sentence_reaffirmed"]
    assert reaffirmed and reaffirmed[0]["date"]["value"] == "2018-08-06"


def test_an_arrest_date_is_not_the_date_of_the_crime(ex: RuleBasedExtractor) -> None:
    text = (
        "On 8 March 2018, prosecutors arrested a former army major for the murder of nine "
        "peasants in Pativilca in 1992."
    )
    out = ex.extract(text, language="en", published=date(2018, 3, 9))
    assert "1992" in event_years(out)
    assert not any(v and v.startswith("2018") for v in event_years(out) if v != "2018-03-08")


def test_years_after_counts_back_from_the_date_that_opens_the_sentence(
    ex: RuleBasedExtractor,
) -> None:
    text = (
        "On 6 May 2022, thirty years after the security forces stormed the Castro Castro prison "
        "and killed at least 42 inmates, relatives gathered outside the prison."
    )
    out = ex.extract(text, language="en", published=date(2022, 5, 7))
    assert event_years(out) == ["1992"]


def test_a_gathering_date_is_not_the_date_of_the_massacre_it_recalls(
    ex: RuleBasedExtractor,
) -> None:
    text = (
        "Relatives of the nine men killed in the Santa massacre gathered on Sunday in front of "
        "the court in Chimbote. In the early hours of 2 May 1992, soldiers abducted and killed "
        "nine peasants in the Santa valley."
    )
    out = ex.extract(text, language="en", published=date(2019, 5, 6))
    assert "2019-05-05" not in event_years(out)
    assert "1992-05-02" in event_years(out)


# -- persons: places and groups are not persons; a given name that is also a city --------------


def persons(out: list[Suggestion]) -> set[str]:
    return {p["name"] for p in kind(out, "person")}


def test_places_after_in_or_with_a_place_word_are_not_persons(ex: RuleBasedExtractor) -> None:
    text = (
        "The bodies were found near Puerto Lleras and later taken to San Cristóbal, where "
        "Judge Ana María Ruiz ordered an autopsy. Survivors fled to Cerro Blanco and to "
        "Villa Rica."
    )
    out = ex.extract(text, language="en", published=date(2019, 3, 14))
    names = persons(out)
    assert "Ana María Ruiz" in names
    assert not names & {"Puerto Lleras", "San Cristóbal", "Cerro Blanco", "Villa Rica"}


def test_a_full_name_that_starts_with_a_city_is_a_person(ex: RuleBasedExtractor) -> None:
    text = (
        "La Sala Penal Nacional condenó el lunes a Santiago Martín Rivas a 25 años de prisión "
        "por los crímenes de Pativilca."
    )
    out = ex.extract(text, language="es", published=date(2018, 8, 20))
    assert "Santiago Martín Rivas" in persons(out)
    conv = [f for f in legal(out) if f["type"] == "conviction"]
    assert conv and conv[0]["subjects"] == ["Santiago Martín Rivas"]


# -- event types and testimonies -----------------------------------------------------------------


def test_a_forced_march_in_a_massacre_is_not_a_protest(ex: RuleBasedExtractor) -> None:
    text = (
        "On 14 May 1988 soldiers rounded up the men of Cayara in front of the church. They "
        "marched them to the square and killed almost thirty men there."
    )
    out = ex.extract(text, language="en", published=date(1988, 5, 20))
    assert [e["type"] for e in kind(out, "event")] == ["massacre"]


def test_a_testimony_dated_by_it_was_is_its_own_story(ex: RuleBasedExtractor) -> None:
    text = (
        "Testimonio recogido en Huamanga.\n\n"
        "Era el 14 de mayo de 1988. Yo tenía doce años. Los soldados juntaron a los hombres "
        "frente a la iglesia de Cayara. Allí mataron a mi padre y a mis tíos. Ese día murieron "
        "casi treinta hombres. Nosotras los buscamos al día siguiente."
    )
    out = ex.extract(text, language="es", published=date(2010, 5, 14))
    events = kind(out, "event")
    assert len(events) == 1
    e = events[0]
    assert e["date"] == {"value": "1988-05-14", "precision": "day"}
    assert e["background"] is False
    assert (e["counts"]["killed"]["best"], e["counts"]["killed"]["high"]) == (30, 30)


def test_the_disappearance_of_nine_counts_nine_disappeared(ex: RuleBasedExtractor) -> None:
    text = (
        "El 2 de mayo de 1992 el Grupo Colina perpetró la desaparición forzada de nueve "
        "campesinos en Pativilca."
    )
    out = ex.extract(text, language="es", published=date(2019, 5, 6))
    events = kind(out, "event")
    assert [e["counts"].get("disappeared", {}).get("best") for e in events] == [9]
    assert events[0]["place"] == {"name": "Pativilca"}


def test_well_known_surnames_alone_and_surnames_joined_by_y(ex: RuleBasedExtractor) -> None:
    text = (
        "The Jesuit Joaquín López y López was killed with five other priests on 16 November "
        "1989. Years later, Fujimori said nothing, and Montesinos fled. "
        "Rosa Quispe y Luis Bambarén asistieron."
    )
    out = ex.extract(text, language="en", published=date(2019, 5, 6))
    names = persons(out)
    assert {"Joaquín López y López", "Fujimori", "Montesinos"} <= names
    assert {"Rosa Quispe", "Luis Bambarén"} <= names


def test_a_name_after_to_or_from_is_still_a_person(ex: RuleBasedExtractor) -> None:
    text = "A letter from Hermoza Ríos was read in court, and the judge spoke to Salazar Monroe."
    out = ex.extract(text, language="en", published=date(2019, 5, 6))
    assert {"Hermoza Ríos", "Salazar Monroe"} <= persons(out)
