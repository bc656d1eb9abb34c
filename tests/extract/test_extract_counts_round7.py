"""Counts, session 5: the words that say what a figure counts, and what it does not count."""

from __future__ import annotations

from extract_helpers import event_counts

_counts = event_counts


def test_a_collective_numeral_counts_the_noun_after_de() -> None:
    es = (
        "El 3 de mayo de 1990 el Ejército atacó la aldea de Pueblo Nuevo y "
        "dejó un centenar de muertos."
    )
    assert _counts(es, "es") == [{"killed": (100, None, None)}]
    es2 = (
        "El 3 de mayo de 1990 la policía disparó contra la marcha en Tacna: "
        "hubo decenas de heridos."
    )
    assert [c.get("wounded") for c in _counts(es2, "es")] == [(None, 20, 99)]


def test_an_adverb_between_the_verb_and_the_harm_word() -> None:
    es = (
        "El 3 de mayo de 1990 soldados dispararon contra la marcha en Tacna. Murieron 12 "
        "personas y unas 30 quedaron gravemente heridas."
    )
    assert _counts(es, "es") == [{"killed": (12, None, None), "wounded": (30, None, None)}]
    en = (
        "On 3 May 1990 soldiers opened fire on the march in Tacna. Twelve people were killed "
        "and 30 were seriously injured."
    )
    assert _counts(en, "en") == [{"killed": (12, None, None), "wounded": (30, None, None)}]


def test_survivors_with_wounds_are_the_wounded() -> None:
    es = (
        "En la madrugada del 3 de mayo de 1973 los guardias fusilaron a los presos de la "
        "cárcel de Tacna. Nueve murieron; dos sobrevivieron con heridas graves."
    )
    assert _counts(es, "es") == [{"killed": (9, None, None), "wounded": (2, None, None)}]
    en = (
        "On 3 May 1990 soldiers opened fire on the march in Tacna. Twelve people died; "
        "the five others survived their wounds."
    )
    assert _counts(en, "en") == [{"killed": (12, None, None), "wounded": (5, None, None)}]
    # survivors who were not hurt are not wounded
    es2 = (
        "En la madrugada del 3 de mayo de 1973 los guardias fusilaron a los presos de la "
        "cárcel de Tacna. Nueve murieron; dos sobrevivieron y declararon ante el juez."
    )
    assert _counts(es2, "es") == [{"killed": (9, None, None)}]


def test_things_after_a_figure_are_not_people() -> None:
    es = (
        "El 3 de mayo de 1990 la policía disparó contra la marcha en Tacna y mató a un "
        "estudiante. En el hospital le contaron once perdigones en la cabeza."
    )
    assert [c.get("killed", (None,))[0] for c in _counts(es, "es")] != [11]
    es2 = (
        "El 3 de mayo de 1973 los militares sacaron de la cárcel a 26 presos, los llevaron al "
        "desierto y los fusilaron en cuatro grupos."
    )
    assert all(c.get("killed") != (4, None, None) for c in _counts(es2, "es"))
    en = (
        "On 14 August 2013 security forces killed at least 817 protesters at the Rabaa sit-in "
        "in Cairo; Amnesty puts the toll in the two squares together at 900."
    )
    assert all(c.get("killed", (0, 0, 0))[1] != 2 for c in _counts(en, "en"))


def test_cerca_de_is_close_to_a_ceiling_like_nearly() -> None:
    es = (
        "El 3 de mayo de 1990 el Ejército atacó la aldea de Pueblo Nuevo y "
        "mató a cerca de 40 campesinos."
    )
    assert _counts(es, "es") == [{"killed": (40, None, 40)}]
    es2 = (
        "El 3 de mayo de 1990 el Ejército atacó la aldea de Pueblo Nuevo y "
        "mató a unos 40 campesinos."
    )
    assert _counts(es2, "es") == [{"killed": (40, None, None)}]


def test_a_bare_crime_noun_after_a_figure_counts_its_victims() -> None:
    es = (
        "El 3 de mayo de 1990 comenzó la violencia en Riosucio. Al principio se habló de 40 "
        "muertos; las organizaciones de víctimas documentaron después 95 asesinatos y 12 "
        "desapariciones forzadas."
    )
    counts = _counts(es, "es")
    assert counts[0]["killed"] == (40, 40, 95)
    assert counts[0]["disappeared"] == (12, None, None)


def test_crimes_a_ruling_counts_are_charges_not_a_toll() -> None:
    en = (
        "In 1977 navy officers threw prisoners alive from aircraft over the sea. In 2005 a "
        "court sentenced the officer to 21 years for each of 30 murders."
    )
    assert all("killed" not in c or c["killed"][0] != 30 for c in _counts(en, "en"))


def test_a_figure_reported_without_a_harm_word_is_a_rival() -> None:
    en = (
        "On 16 June 1976 police opened fire on schoolchildren marching in Orlando West. "
        "The police said 23 people had died that day. The figure people quote today is 176."
    )
    assert _counts(en, "en")[0]["killed"] == (23, 23, 176)
    en2 = (
        "On 19 April 1991 the police rounded up young people outside the stadium. The number "
        "detained that night is disputed: most press accounts give 73, while the police "
        "counted 70."
    )
    assert _counts(en2, "en")[0]["detained"] == (70, 70, 73)
    es = (
        "El 25 de octubre de 1997 los paramilitares entraron a El Cedro. El tribunal dio por "
        "probados 16 asesinatos; otros recuentos hablan de 17 y un portal documentó 12."
    )
    assert _counts(es, "es")[0]["killed"] == (12, 12, 17)


def test_a_larger_figure_a_source_gives_elsewhere_is_the_rival_of_the_figure_told() -> None:
    es = (
        "El 21 de febrero de 2005, en la vereda Mulatos, los paramilitares asesinaron a ocho "
        "campesinos de la comunidad. Un exparamilitar llegó a declarar ante la Fiscalía que "
        "los muertos habían sido once."
    )
    assert _counts(es, "es")[0]["killed"] == (8, 8, 11)
    # a figure a ruling is for is no figure told of the event
    es2 = (
        "El tribunal condenó al coronel por la desaparición de dos personas en Bogotá. En "
        "noviembre de 1985, según la Corte, fueron desaparecidas once personas."
    )
    assert all(c.get("disappeared", (0, 0, 0))[1] != 2 for c in _counts(es2, "es"))
    en = (
        "On 21 March 1960 police opened fire on a crowd in Kagiso and killed 45 people. "
        "According to the police, 60 people were killed."
    )
    assert _counts(en, "en") == [{"killed": (45, 45, 60)}]
    # a smaller figure a source gives elsewhere is a part, as before
    en2 = en.replace("60 people", "30 people")
    assert _counts(en2, "en") == [{"killed": (45, None, None)}]
