"""Counts, session 6, second round: a plural pronoun pointing back to a figure of people, figures
reported with the people they count named before them, people told with their kin ("X y su
esposa", "a leader and his two sons", "the couple"), wounded told in a sentence of their own, and
the people taken of an arrest."""

from __future__ import annotations

from extract_helpers import event_counts

_counts = event_counts


def _cat(text: str, lang: str, cat: str) -> list[tuple | None]:
    return [c.get(cat) for c in _counts(text, lang)]


def test_a_pronoun_points_back_to_a_figure_of_people() -> None:
    es = (
        "El 3 de febrero de 1976 una patrulla sacó de la comisaría de Tilcara a 14 presos "
        "políticos, los subió a un camión y los ejecutó junto al río."
    )
    assert (14, None, None) in _cat(es, "es", "killed")
    en = (
        "On 8 May 1984 the militia stopped a bus carrying eleven farmers near the border. The "
        "men were marched into a field, where the militiamen shot them."
    )
    assert (11, None, None) in _cat(en, "en", "killed")
    # the figure before the pronoun is of those who did it
    en2 = (
        "On 8 May 1984 twenty soldiers entered the village and seized the mayor and the "
        "teacher; then they shot them."
    )
    assert (20, None, None) not in _cat(en2, "en", "killed")
    # shot in the legs is no killing
    en3 = (
        "On 8 May 1984 police stopped a bus carrying eleven farmers near the border and shot "
        "them in the legs."
    )
    assert (11, None, None) not in _cat(en3, "en", "killed")


def test_a_figure_reported_with_its_people_named_before_it() -> None:
    es = (
        "El 2 de abril de 1990 un grupo armado atacó la aldea de Santa Rosa y mató a los "
        "pobladores. La Defensoría cifró los muertos civiles en al menos 31."
    )
    assert (31, 31, None) in _cat(es, "es", "killed")
    en = (
        "On 2 April 1990 an armed group attacked the village of Santa Rosa and killed its "
        "people. The ombudsman later put the number of victims at 31."
    )
    assert (31, None, None) in _cat(en, "en", "killed")


def test_a_person_and_their_kin() -> None:
    es = (
        "El 14 de mayo de 1977 agentes de civil secuestraron en Rosario al médico Julio "
        "Benítez. Benítez, que trabajaba en el hospital del barrio, y su esposa fueron "
        "llevados a un centro clandestino y siguen desaparecidos."
    )
    assert (2, None, None) in _cat(es, "es", "disappeared")
    en = (
        "On 14 May 1977 soldiers shot dead the community leader Tomás Ixcoy and his two sons "
        "outside their home in Rabinal."
    )
    assert (3, None, None) in _cat(en, "en", "killed")
    en2 = (
        "On 3 June 1984 police detained the trade unionist Rahmat Sudirman with four members of "
        "his family at a checkpoint and held them without charge for a month."
    )
    assert (5, None, None) in _cat(en2, "en", "detained")
    # a kin named after the kinship noun counts once, by name
    es2 = (
        "El 14 de mayo de 1977 un comando mató a Julio Benítez y a su esposa, Marta Ruiz, "
        "en Rosario."
    )
    assert (2, None, None) in _cat(es2, "es", "killed")
    # kin without a figure leave the group unnumbered: the names alone
    es3 = "El 14 de mayo de 1977 un comando mató a Julio Benítez y a sus hijos en Rosario."
    assert all(c is None or c[0] != 2 for c in _cat(es3, "es", "killed"))


def test_the_figure_of_a_persons_kin_is_counted_with_the_person() -> None:
    en = (
        "On 14 May 1977 the catechist Tomás Ixcoy and his two sons were shot dead by soldiers "
        "outside their home in Rabinal."
    )
    assert _cat(en, "en", "killed") == [(3, None, None)]
    es = (
        "El 2 de octubre de 1984 la policía detuvo a la maestra Siti Rahayu junto con cinco de "
        "sus hijos y los mantuvo presos sin cargos durante un mes en un cuartel de Lhokseumawe."
    )
    assert (6, None, None) in _cat(es, "es", "detained")
    # a figure of kin with no person named is a figure ("his two brothers")
    en2 = "On 14 May 1977 soldiers shot dead his two brothers outside their home in Rabinal."
    assert _cat(en2, "en", "killed") == [(2, None, None)]


def test_wounded_told_in_a_sentence_of_their_own() -> None:
    es = (
        "El dirigente Tomás Quispe fue asesinado el 4 de mayo de 2011 en su casa de Juliaca. "
        "En el ataque, los pistoleros hirieron también a su sobrino Mario Quispe."
    )
    assert [(c.get("killed"), c.get("wounded")) for c in _counts(es, "es")] == [
        ((1, None, None), (1, None, None))
    ]
    en = (
        "The journalist Ana Torres was shot dead on 4 May 2011 outside her office in Cúcuta. "
        "The gunmen also wounded her driver, Luis Peña, who survived."
    )
    assert [(c.get("killed"), c.get("wounded")) for c in _counts(en, "en")] == [
        ((1, None, None), (1, None, None))
    ]


def test_a_couple_is_two_people() -> None:
    es = (
        "El 21 de marzo de 1976 un comando de la Triple A interceptó el auto de los Ibáñez en "
        "Córdoba; el matrimonio fue asesinado a tiros a la salida del pueblo."
    )
    assert (2, None, None) in _cat(es, "es", "killed")
    en = "On 21 March 1976 gunmen stopped the car near Córdoba and shot dead the couple."
    assert (2, None, None) in _cat(en, "en", "killed")
