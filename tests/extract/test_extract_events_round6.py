"""Forms of events the rules did not read (session 5): people taken from their homes or forced
into a vehicle, a person who went missing, round-ups, army operations over an area; and people
taken by state agents are an enforced disappearance."""

from __future__ import annotations

from datetime import date

import pytest

from recuento.extract import RuleBasedExtractor


def _types(text: str, language: str) -> list[str]:
    return sorted(
        str(s.fields["type"])
        for s in RuleBasedExtractor().extract(text, language=language, published=date(2020, 1, 1))
        if s.kind == "event"
    )


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "La madrugada del 3 de agosto de 1985, soldados habían sacado de su casa a su padre "
            "y a su hermano.",
            "es",
        ),
        ("On 9 May 1992 police officers forced four students into a van in Callao.", "en"),
        (
            "El 14 de mayo de 1990 el dirigente fue golpeado y subido a una camioneta de la "
            "policía en Cochabamba.",
            "es",
        ),
    ],
)
def test_people_taken_by_agents_are_an_enforced_disappearance(text: str, language: str) -> None:
    assert _types(text, language) == ["enforced_disappearance"]


def test_people_taken_by_an_armed_group_stay_an_abduction() -> None:
    text = (
        "El 17 de diciembre de 1996 guerrilleros del MRTA sacaron de sus casas a tres "
        "comerciantes en Huancayo."
    )
    assert _types(text, "es") == ["abduction"]


def test_a_person_who_went_missing_on_a_day() -> None:
    en = "Juan Pablo Ríos, 26, a bricklayer from Soacha, went missing on 8 January 2008."
    es = "Laura Gómez, estudiante de 17 años, desaparecida el 22 de septiembre de 2001 en Juárez."
    assert _types(en, "en") == ["enforced_disappearance"]
    assert _types(es, "es") in (["enforced_disappearance"], ["abduction"])


def test_a_round_up_is_an_arbitrary_detention() -> None:
    text = "On 19 April 1991 officers of the Federal Police carried out a mass round-up of youths."
    assert _types(text, "en") == ["arbitrary_detention"]


def test_an_army_operation_over_an_area_is_a_campaign() -> None:
    text = (
        "El 7 de agosto de 1982 la Fuerza Armada lanzó un vasto operativo antiguerrillero en el "
        "norte de San Vicente con unos 6.000 soldados."
    )
    assert "campaign" in _types(text, "es")


def test_a_title_does_not_join_the_first_event_to_the_one_it_names() -> None:
    text = (
        "The funeral that became a massacre: El Salvador, forty years on\n\n"
        "The archbishop was shot dead on the evening of 24 March 1980 as he said Mass in San "
        "Salvador."
    )
    assert _types(text, "en") == ["extrajudicial_killing"]


def test_a_legal_word_inside_a_name_does_not_make_a_date_a_rulings() -> None:
    # "Liberación" in the guerrilla's name is no release: the date is the event's, and the
    # figure told next takes it
    text = (
        "BOGOTÁ, 20 dic (Agencia) — La Corte dejó en firme ayer la condena civil de la empresa.\n\n"
        "En la madrugada del 18 de octubre de 1998, guerrilleros del Ejército de Liberación "
        "Nacional dinamitaron el oleoducto cerca de Machuca. Murieron 84 personas."
    )
    events = [
        s.fields
        for s in RuleBasedExtractor().extract(text, language="es", published=date(2018, 12, 20))
        if s.kind == "event"
    ]
    # (the pipeline blown up is told too: a property destruction of the same night)
    got = [(e["type"], e["date"]["value"]) for e in events]
    assert ("massacre", "1998-10-18") in got
    assert {d for _t, d in got} == {"1998-10-18"}


def test_the_year_a_court_tried_the_case_does_not_date_the_killings() -> None:
    text = (
        "El 18 de julio de 1982 soldados mataron a 256 campesinos en la aldea de Plan de Sánchez. "
        "El tribunal dio por probados 256 asesinatos, mientras que la Corte, que juzgó el caso "
        "en 2004, habló de alrededor de 268 personas ejecutadas."
    )
    events = [
        s.fields
        for s in RuleBasedExtractor().extract(text, language="es", published=date(2012, 3, 21))
        if s.kind == "event"
    ]
    assert [(e["date"]["value"], e["counts"]["killed"]["high"]) for e in events] == [
        ("1982-07-18", 268)
    ]
