"""Counts, session 6: people told by a pronoun or a description rather than a name or a figure
("lo degollaron", "soldiers shot him", "el sacerdote fue asesinado", "los asesinaron" after two
names)."""

from __future__ import annotations

from extract_helpers import event_counts

_counts = event_counts


def _cat(text: str, lang: str, cat: str) -> list[tuple | None]:
    return [c.get(cat) for c in _counts(text, lang)]


def test_one_person_told_by_a_pronoun() -> None:
    es = (
        "El 9 de marzo de 1991, agentes de la policía interceptaron al sindicalista en una "
        "calle de Cali. Lo asesinaron a tiros frente a su casa."
    )
    assert (1, None, None) in _cat(es, "es", "killed")
    en = (
        "On 9 March 1991 two policemen stopped the union organiser near the market in Cali. "
        "They shot her twice in the chest and left."
    )
    assert (1, None, None) in _cat(en, "en", "killed")
    # shot in the leg is no killing
    en2 = (
        "On 9 March 1991 police broke up the rally in Cali and killed no one; an officer shot "
        "him in the leg as he ran."
    )
    assert (1, None, None) not in _cat(en2, "en", "killed")


def test_one_person_taken_by_agents_is_the_disappeared() -> None:
    en = (
        "On 4 June 1992 two plain-clothes agents stopped the student outside the university "
        "and forced him into a grey van. He was never seen again."
    )
    assert (1, None, None) in _cat(en, "en", "disappeared")
    es = (
        "El 4 de junio de 1992, tres soldados detuvieron a la maestra en el mercado de Huanta "
        "y se la llevaron al cuartel. Nunca más se supo de ella."
    )
    assert (1, None, None) in _cat(es, "es", "disappeared")


def test_one_person_told_by_a_description() -> None:
    es = (
        "El 12 de agosto de 1989, un comando paramilitar atacó la parroquia de San Pedro. "
        "Allí el párroco fue golpeado y asesinado."
    )
    assert (1, None, None) in _cat(es, "es", "killed")
    es2 = (
        "El 2 de mayo de 2005 la policía disparó contra la marcha en Sucre; murieron tres "
        "manifestantes y resultó herido un periodista."
    )
    assert [(c.get("killed"), c.get("wounded")) for c in _counts(es2, "es")] == [
        ((3, None, None), (1, None, None))
    ]
    en = (
        "On 2 May 2005 gunmen fired on the bus near Sucre, killing the driver; a passenger was "
        "badly wounded."
    )
    assert (1, None, None) in _cat(en, "en", "wounded")


def test_a_figure_wins_over_a_pronoun() -> None:
    es = (
        "El 2 de mayo de 1985 soldados entraron en Pampa Alta y mataron a once campesinos; al "
        "dirigente lo degollaron frente a la iglesia."
    )
    assert _cat(es, "es", "killed") == [(11, None, None)]


def test_a_plural_pronoun_counts_the_people_named_before_it() -> None:
    es = (
        "Rosa Quispe Huamán y Julio Mendoza Ccori salieron de Huanta el 3 de abril de 1984. "
        "En el camino una patrulla los detuvo y se los llevó a la base. Nunca más se supo de "
        "ellos."
    )
    assert (2, None, None) in _cat(es, "es", "disappeared")
    en = (
        "Ana María Torres and Luis Alberto Peña were last seen at a checkpoint on 3 April 1984; "
        "soldiers killed them and buried them by the river."
    )
    assert (2, None, None) in _cat(en, "en", "killed")
    # a pronoun after the names of the accused points to no victims
    es2 = (
        "El juez condenó a Pedro Ramírez Soto y a Juan Vera Díaz por la masacre de 1984. Los "
        "detuvieron en 2010 en Lima."
    )
    assert all(c is None or c[0] != 2 for c in _cat(es2, "es", "detained"))


def test_a_part_told_beside_a_sources_other_figure() -> None:
    en = (
        "On 4 March 1990 twelve farmers from Pampa Alta went to the river to fish. Nine of the "
        "farmers were shot dead by marines. The navy at first spoke of 12 guerrillas killed in "
        "combat."
    )
    assert (9, 9, 12) in _cat(en, "en", "killed")
    es = (
        "El 4 de marzo de 1990, veinte comuneros de Pampa Alta salieron hacia la feria. Siete de "
        "los comuneros fueron asesinados por soldados. El parte militar habló de 20 terroristas "
        "abatidos."
    )
    assert (7, 7, 20) in _cat(es, "es", "killed")


def test_rival_figures_name_their_own_people() -> None:
    es = (
        "El 3 de mayo de 1995 soldados dispararon contra la asamblea de Pampa Alta; el saldo fue "
        "de seis muertos y nueve heridos. Sobre los detenidos no hay acuerdo: un diario contó 14 "
        "y la Defensoría registra 17."
    )
    out = _counts(es, "es")
    assert [(c.get("killed"), c.get("detained")) for c in out] == [((6, None, None), (14, 14, 17))]
    en = (
        "On 3 May 1995 troops fired on the meeting in Pampa Alta, leaving six dead and nine "
        "wounded. As for those arrested, a local paper counted 14 and the ombudsman listed 17."
    )
    assert (14, 14, 17) in [c.get("detained") for c in _counts(en, "en")]


def test_the_day_of_a_dateline_is_no_count() -> None:
    # datelines with and without an agency in brackets, in both languages: the day the story
    # was filed is not a number of victims
    cases = [
        ("LIMA, March 3 -- Soldiers shot dead a farmer in Huanta on Tuesday.", "en"),
        ("BOGOTÁ, Colombia, June 14 — Police killed a student near the campus on Friday.", "en"),
        ("LIMA, 3 mar -- Soldados mataron a tiros a un campesino en Huanta el martes.", "es"),
    ]
    for text, lang in cases:
        for day in (3, 14):
            assert (day, None, None) not in _cat(text, lang, "killed"), text


def test_a_source_saying_another_toll_makes_a_range() -> None:
    en = "Soldiers killed at least 30 villagers in Accomarca in August 1985. Survivors say 69 died."
    assert (30, 30, 69) in _cat(en, "en", "killed")
    es = (
        "Los militares mataron a 12 campesinos en Socos en noviembre de 1983. "
        "Los familiares aseguran que murieron 32."
    )
    assert (12, 12, 32) in _cat(es, "es", "killed")
    # a source giving the same figure is no rival
    same = "Soldiers killed 14 villagers in Huanta in May 1984. The prosecutor said 14 died."
    assert (14, None, None) in _cat(same, "en", "killed")
    # nor are the wounded a source counts a rival toll of the dead
    hurt = (
        "Police killed 35 protesters at the sit-in on 3 June 2019. The doctors' committee "
        "said more than 500 people were being treated for gunshot wounds."
    )
    assert (35, None, None) in _cat(hurt, "en", "killed")


def test_the_wounded_after_a_spanish_verb() -> None:
    es = "La policía mató a dos manifestantes e hirió a 30 en Lima el 5 de enero de 2019."
    assert (30, None, None) in _cat(es, "es", "wounded")
    es2 = "El 5 de enero de 2019 la policía hirió a 12 comuneros y mató a uno en Espinar."
    assert (12, None, None) in _cat(es2, "es", "wounded")
