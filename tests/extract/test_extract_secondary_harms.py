"""Harms told inside another event's story that coders record as events of their own: torture
of people later killed, rapes, the flight of survivors, houses burned."""

from __future__ import annotations

from datetime import date

from recuento.extract import RuleBasedExtractor, Suggestion


def _events(text: str, language: str, published: date) -> list[Suggestion]:
    return [
        s
        for s in RuleBasedExtractor().extract(text, language=language, published=published)
        if s.kind == "event"
    ]


def _types(events: list[Suggestion]) -> list[str]:
    return sorted(str(s.fields["type"]) for s in events)


def test_torture_before_a_killing_is_proposed_beside_it() -> None:
    text = (
        "On 3 May 1989 soldiers took the two teachers to the base at Ocobamba, tortured them "
        "and shot them dead."
    )
    events = _events(text, "en", date(1990, 1, 10))
    assert "torture_ill_treatment" in _types(events)
    torture = next(s for s in events if s.fields["type"] == "torture_ill_treatment")
    assert torture.fields["date"] == {"value": "1989-05-03", "precision": "day"}
    start = text.index("On 3 May")
    assert any(sp.start <= start < sp.end for sp in torture.spans)
    assert any(s.fields["type"] != "torture_ill_treatment" for s in events)


def test_spanish_singular_torture_and_rape_forms_are_harms() -> None:
    text = (
        "El 12 de agosto de 1991 una patrulla detuvo a Elena Quispe en Huanta y la llevó al "
        "cuartel, donde fue torturada y violada. La soltaron el 20 de agosto."
    )
    types = _types(_events(text, "es", date(1992, 3, 1)))
    # the detention is the main event; the torture is proposed beside it
    assert types[0] in {"arbitrary_detention", "arrest", "sexual_violence"}
    assert "torture_ill_treatment" in types


def test_a_harm_named_in_a_ruling_is_not_a_new_event() -> None:
    text = (
        "LIMA, 4 Jun (Wire) -- A court on Friday convicted a former colonel of torture and "
        "murder for the 1986 killing of 12 prisoners in Ayacucho and sentenced him to 30 years."
    )
    assert "torture_ill_treatment" not in _types(_events(text, "en", date(2021, 6, 4)))


def test_people_who_fled_are_a_displacement_not_a_second_massacre() -> None:
    text = (
        "El 14 de marzo de 1996 paramilitares mataron a 11 campesinos en el caserío La Unión. "
        "Tras la masacre, más de 800 personas huyeron hacia el pueblo vecino."
    )
    types = _types(_events(text, "es", date(1997, 1, 2)))
    assert types.count("massacre") == 1
    assert "forced_displacement" in types


def test_survivors_fleeing_in_english() -> None:
    text = (
        "Troops shot dead 40 villagers in Kamari on 2 February 1982. In the following days "
        "thousands of survivors fled across the border."
    )
    assert "forced_displacement" in _types(_events(text, "en", date(1983, 5, 1)))


def test_houses_burned_told_first_are_property_destruction() -> None:
    en = (
        "On 18 March 2011 gunmen killed eight men in the town of Porvenir. Twenty-two houses "
        "were looted and then set on fire."
    )
    es = (
        "El 9 de octubre de 1998 el ataque dejó 30 muertos en el barrio San Rafael. Decenas de "
        "casas quedaron reducidas a cenizas."
    )
    assert "property_destruction" in _types(_events(en, "en", date(2012, 1, 1)))
    assert "property_destruction" in _types(_events(es, "es", date(1999, 1, 1)))


def test_a_harm_denied_is_not_an_event() -> None:
    text = (
        "El 12 de julio de 1997 llegaron dos aviones con hombres armados al aeropuerto de "
        "Huanta. Nadie los detuvo."
    )
    assert "arrest" not in _types(_events(text, "es", date(1998, 1, 1)))
    assert "arbitrary_detention" not in _types(_events(text, "es", date(1998, 1, 1)))
