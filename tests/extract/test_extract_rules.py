"""The rule-based extractor on short texts written for these tests, one trap at a time."""

from __future__ import annotations

from datetime import date

import pytest

from recuento.errors import ValidationError
from recuento.extract import Extractor, RuleBasedExtractor, Suggestion


def kind(out: list[Suggestion], k: str) -> list[dict]:
    return [s.fields for s in out if s.kind == k]


def test_it_is_an_extractor(ex: RuleBasedExtractor) -> None:
    assert isinstance(ex, Extractor)


def test_every_span_is_inside_the_text_and_confidence_in_range(ex: RuleBasedExtractor) -> None:
    text = "LIMA, Nov. 4 (Wire) -- Gunmen killed 15 people in Barrios Altos on Sunday, police said."
    out = ex.extract(text, language="en", published=date(1991, 11, 4))
    assert out
    for s in out:
        assert s.spans and 0.0 <= s.confidence <= 1.0
        for sp in s.spans:
            assert 0 <= sp.start < sp.end <= len(text)


def test_event_with_relative_date_place_and_counts(ex: RuleBasedExtractor) -> None:
    text = (
        "LIMA, Nov. 4 (Wire) -- Hooded gunmen burst into a party in Barrios Altos on Sunday "
        "night, killing 15 people, among them an eight-year-old boy. Four other guests were "
        "wounded."
    )
    [event] = kind(ex.extract(text, language="en", published=date(1991, 11, 4)), "event")
    assert event["type"] == "massacre"
    assert event["date"] == {"value": "1991-11-03", "precision": "day"}
    assert event["place"] == {"name": "Barrios Altos"}
    assert event["counts"]["killed"]["best"] == 15
    assert event["counts"]["wounded"]["best"] == 4
    assert event["background"] is False


def test_sub_events_are_not_added_and_conflicting_figures_give_a_range(
    ex: RuleBasedExtractor,
) -> None:
    text = (
        "El jueves, soldados dispararon contra manifestantes en Ayacucho y dejaron al menos "
        "ocho muertos, según la Dirección Regional de Salud. La Defensoría del Pueblo "
        "contabilizó nueve fallecidos. De ellos, seis eran menores de edad."
    )
    [event] = kind(ex.extract(text, language="es", published=date(2022, 12, 17)), "event")
    assert event["type"] == "protest_killing"
    assert event["date"]["value"] == "2022-12-15"
    killed = event["counts"]["killed"]
    assert (killed["best"], killed["low"], killed["high"]) == (8, 8, 9)


def test_national_totals_are_not_an_event_count(ex: RuleBasedExtractor) -> None:
    text = (
        "On Thursday soldiers killed 10 protesters in Ayacucho. With these deaths, 18 people "
        "have died across the country since the protests began."
    )
    events = kind(ex.extract(text, language="en", published=date(2022, 12, 17)), "event")
    assert [e["counts"]["killed"]["best"] for e in events] == [10]


def test_older_cases_are_background(ex: RuleBasedExtractor) -> None:
    text = (
        "On Monday police shot dead 17 protesters in Juliaca.\n\n"
        "Relatives recalled that in April 1983 Shining Path killed 69 peasants in Lucanamarca."
    )
    events = kind(ex.extract(text, language="en", published=date(2023, 1, 10)), "event")
    by_year = {e["date"]["value"][:4]: e["background"] for e in events}
    assert by_year == {"2023": False, "1983": True}


def test_persons_with_roles_age_and_sex(ex: RuleBasedExtractor) -> None:
    text = (
        "Judge Hugo Núñez Julca annulled the pardon of former President Alberto Fujimori, 80. "
        "The dead included Javier Ríos Rojas, 8."
    )
    persons = {p["name"]: p for p in kind(ex.extract(text, language="en"), "person")}
    assert set(persons) == {"Hugo Núñez Julca", "Alberto Fujimori", "Javier Ríos Rojas"}
    assert "judge" in persons["Hugo Núñez Julca"]["roles"]
    assert "head_of_state" in persons["Alberto Fujimori"]["roles"]
    assert persons["Alberto Fujimori"]["age"] == 80
    assert persons["Javier Ríos Rojas"]["age"] == 8
    assert persons["Hugo Núñez Julca"]["sex"] == "m"


def test_surname_mentions_join_the_full_name(ex: RuleBasedExtractor) -> None:
    text = "Abimael Guzmán Reynoso founded the group. Guzmán was captured in 1992."
    [p] = kind(ex.extract(text, language="en"), "person")
    assert p["name"] == "Abimael Guzmán Reynoso"


def test_respectively_list_of_sentences(ex: RuleBasedExtractor) -> None:
    text = (
        "The court sentenced Telmo Hurtado and Juan Rivera Rondón to 23 and 24 years, respectively."
    )
    legal = kind(ex.extract(text, language="en"), "legal")
    got = {(tuple(f["subjects"]), f["sentence"]["years"]) for f in legal}
    assert got == {(("Telmo Hurtado",), 23), (("Juan Rivera Rondón",), 24)}


def test_group_sentence_and_range(ex: RuleBasedExtractor) -> None:
    text = (
        "A court on Friday sentenced Abimael Guzmán and Elena Iparraguirre to life "
        "imprisonment. Ten other members of the leadership received sentences ranging from "
        "24 to 35 years."
    )
    legal = kind(ex.extract(text, language="en", published=date(2006, 10, 14)), "legal")
    life = [f for f in legal if f["sentence"] and f["sentence"]["life"]]
    assert set(life[0]["subjects"]) == {"Abimael Guzmán", "Elena Iparraguirre"}
    assert life[0]["date"] == {"value": "2006-10-13", "precision": "day"}
    ranged = [f for f in legal if f["sentence"] and f["sentence"].get("range")]
    assert ranged[0]["sentence"]["range"] == [24, 35]
    assert ranged[0]["subjects"] == []
    assert ranged[0]["group"] == "Ten other members"


def test_a_sentence_sought_is_not_a_sentence_given(ex: RuleBasedExtractor) -> None:
    text = "La fiscalía había pedido 30 años de prisión para Alberto Fujimori."
    assert kind(ex.extract(text, language="es"), "legal") == []


def test_pardon_release_and_annulment_dates(ex: RuleBasedExtractor) -> None:
    text = (
        "LIMA, Oct. 3 (Wire) -- A judge on Wednesday annulled the humanitarian pardon granted "
        "to former President Alberto Fujimori. The pardon was granted on Dec. 24, 2017. "
        "Fujimori walked out of a Lima clinic a free man on Jan. 4."
    )
    legal = kind(ex.extract(text, language="en", published=date(2018, 10, 3)), "legal")
    dates = {f["type"]: (f["date"] or {}).get("value") for f in legal}
    assert dates["annulment"] == "2018-10-03"
    assert dates["humanitarian_pardon"] == "2017-12-24"
    assert dates["release"] == "2018-01-04"
    assert all(f["subjects"] == ["Alberto Fujimori"] for f in legal)


def test_organisations_from_the_gazetteer_and_from_their_shape(ex: RuleBasedExtractor) -> None:
    text = "Agentes del Grupo Colina y de la Policía Nacional; el Juzgado Penal de Huanta falló."
    orgs = {o["name"]: o["kind"] for o in kind(ex.extract(text, language="es"), "organization")}
    assert orgs["Grupo Colina"] == "death_squad"
    assert orgs["Policía Nacional"] == "police"
    assert orgs["Juzgado Penal de Huanta"] == "court"


def test_language_is_checked(ex: RuleBasedExtractor) -> None:
    with pytest.raises(ValidationError):
        ex.extract("texte", language="fr")


def test_no_publication_date_means_no_guessed_relative_dates(ex: RuleBasedExtractor) -> None:
    out = ex.extract("Police killed 5 protesters on Friday in Juliaca.", language="en")
    [event] = kind(out, "event")
    assert event["date"] is None


def test_every_event_type_the_triggers_can_propose_is_advertised_and_in_the_vocabulary() -> None:
    from recuento.domain.vocabulary import vocabulary
    from recuento.extract import EVENT_TYPES
    from recuento.extract.lexicon import EVENT_PRIORITY, EVENT_TRIGGERS

    internal = {"killing", "injury"}  # trigger kinds resolved to a type from their context
    proposed = ({t for _, t in EVENT_TRIGGERS} - internal) | set(EVENT_PRIORITY)
    assert proposed <= set(EVENT_TYPES)
    assert set(EVENT_TYPES) <= set(vocabulary("event_type").ids())
