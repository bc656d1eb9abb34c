"""Counts, session 5, second round: who a figure counts (armed men are not the people taken),
people who were never seen again, victims named one after another."""

from __future__ import annotations

from extract_helpers import event_counts

_counts = event_counts


def test_armed_men_are_not_the_people_they_take() -> None:
    es = (
        "El 3 de mayo de 1990, unos 40 hombres armados se llevaron a seis comuneros de Pampa "
        "Alta. Nunca más se supo de ellos."
    )
    assert [c.get("disappeared") for c in _counts(es, "es")] == [(6, None, None)]
    en = (
        "On 3 May 1990, twelve heavily armed men seized four farmers in Pampa Alta. They were "
        "never seen again."
    )
    assert [c.get("disappeared") for c in _counts(en, "en")] == [(4, None, None)]
    # people taken with no armed men told are still counted
    es2 = (
        "El 3 de mayo de 1990 soldados del Ejército se llevaron a seis comuneros de Pampa Alta. "
        "Nunca más se supo de ellos."
    )
    assert [c.get("disappeared") for c in _counts(es2, "es")] == [(6, None, None)]


def test_people_never_seen_again_are_the_disappeared() -> None:
    en = (
        "On 3 May 1990 soldiers raided the village of Pampa Alta and took the men to the "
        "barracks. At least 11 people were never seen again."
    )
    assert [c.get("disappeared") for c in _counts(en, "en")] == [(11, 11, None)]
    es = (
        "El 3 de mayo de 1990 soldados del Ejército secuestraron a los dirigentes de Pampa "
        "Alta. Los tres siguen desaparecidos."
    )
    assert [c.get("disappeared") for c in _counts(es, "es")] == [(3, None, None)]
    # people seen again are not
    en2 = (
        "On 3 May 1990 soldiers raided the village of Pampa Alta and shot dead four farmers. "
        "Two witnesses were seen again in Lima in 1995."
    )
    assert [c.get("disappeared") for c in _counts(en2, "en")] == [None]


def test_a_total_over_a_period_or_with_another_event_is_not_the_events() -> None:
    en = (
        "On 3 May 1990 soldiers opened fire on the march in Tacna and killed four students. "
        "In all, eleven people, including the four students, had been killed in the week "
        "before the strike."
    )
    assert [c.get("killed") for c in _counts(en, "en")] == [(4, None, None)]
    en2 = (
        "On 3 May 1990 gunmen entered Pampa Alta and killed nine people. Local groups speak "
        "of fourteen dead, counting the April ambush."
    )
    assert [c.get("killed") for c in _counts(en2, "en")] == [(9, None, None)]
    es = (
        "El 3 de mayo de 1990 soldados se llevaron al dirigente Juan Quispe Flores en Tacna y "
        "nunca más se supo de él. La comisión concluyó que en esos años el Ejército había "
        "desaparecido a cientos de personas."
    )
    assert [c.get("disappeared") for c in _counts(es, "es")] == [(1, None, None)]
    # a week's toll told alone stays the count
    en3 = (
        "On 3 May 1990 soldiers opened fire on the march in Tacna. Eleven people were killed "
        "and 40 were wounded."
    )
    assert [c.get("killed") for c in _counts(en3, "en")] == [(11, None, None)]
    # the wounded who died in the days that followed are the same event's
    es2 = (
        "El 3 de mayo de 1990 soldados dispararon contra la marcha en Tacna. Quedaron 43 "
        "muertos. Algunos heridos murieron en los días siguientes, y otras fuentes hablan de "
        "45 víctimas mortales."
    )
    assert [c.get("killed") for c in _counts(es2, "es")] == [(43, 43, 45)]


def test_victims_named_together_or_also_harmed_are_counted_one_by_one() -> None:
    en = (
        "On 3 May 1990 Rosa Quispe Flores, the mother of a missing student, who had been "
        "searching for his body, was shot dead in Tacna together with her sister, Juana Quispe "
        "Flores."
    )
    assert [c.get("killed") for c in _counts(en, "en")] == [(2, None, None)]
    es = (
        "El 3 de mayo de 1990 sicarios asesinaron a la dirigente Rosa Quispe Flores en su casa "
        "de Tacna; los atacantes hirieron también al periodista Juan Pérez Soto."
    )
    assert _counts(es, "es") == [{"killed": (1, None, None), "wounded": (1, None, None)}]
    # a name in an apposition with parentheses before the harm word
    en2 = (
        "Rosa Quispe Flores, a 38-year-old councilwoman from Tacna and a member of the "
        "Workers' Party (PT), was shot dead on the night of 3 May 1990 in central Tacna. "
        "The attack also killed her driver, Juan Pérez Soto."
    )
    assert [c.get("killed") for c in _counts(en2, "en")] == [(2, None, None)]
    # a relative only mentioned is not counted
    en3 = (
        "On 3 May 1990 Rosa Quispe Flores was shot dead in Tacna; she lived there together "
        "with her sister, Juana Quispe Flores, who saw the attack."
    )
    assert [c.get("killed") for c in _counts(en3, "en")] == [(1, None, None)]


def test_an_early_count_later_superseded_makes_no_range() -> None:
    en = (
        "On 3 May 2012 the bodies of 49 people were found dumped beside the highway near Tacna. "
        "Police first counted 37 bodies; the total rose during the day."
    )
    assert [c.get("killed") for c in _counts(en, "en")] == [(49, None, None)]
    es = (
        "El 3 de mayo de 2012 sicarios asesinaron a 49 personas junto a la carretera cerca "
        "de Tacna. La policía contó al principio 37 cuerpos, pero la cifra subió durante el día."
    )
    assert [c.get("killed") for c in _counts(es, "es")] == [(49, None, None)]
    # a rival source's figure still makes a range
    en2 = (
        "On 3 May 2012 the bodies of 49 people were found dumped beside the highway near Tacna. "
        "A local paper counted 52 bodies."
    )
    assert [c.get("killed") for c in _counts(en2, "en")] == [(49, 49, 52)]


def test_people_taken_to_hospital_with_injuries_are_wounded() -> None:
    en = (
        "On 3 May 1990 soldiers opened fire on the march in Tacna. A weekly reported that 35 "
        "people had been killed and 185 taken to hospital with serious injuries."
    )
    assert _counts(en, "en") == [{"killed": (35, None, None), "wounded": (185, None, None)}]


def test_a_rival_figure_a_source_believes_likely() -> None:
    en = (
        "On 3 May 1990 soldiers opened fire on the march in Tacna. Human Rights Watch "
        "documented at least 117 deaths and believes the real number is likely more than 200."
    )
    assert [c.get("killed") for c in _counts(en, "en")] == [(117, 117, 200)]
    en2 = (
        "On 3 May 1990 soldiers killed the villagers of Pampa Alta. Years later the Truth "
        "Commission wrote that at least 300 people had been killed that day; some of us "
        "believe it was twice that, around 600."
    )
    assert [c.get("killed") for c in _counts(en2, "en")] == [(300, 300, 600)]
    # a figure that later accounts cite is a rival too
    en3 = (
        "On 3 May 1990 soldiers opened fire on the march in Tacna. A weekly reported that 185 "
        "people were wounded; later accounts cite more than 200 wounded."
    )
    assert [c.get("wounded") for c in _counts(en3, "en")] == [(185, 185, 200)]


def test_groups_listed_before_or_after_the_verb_add_up() -> None:
    es = (
        "El 3 de mayo de 1990 una emboscada del ELN en Tacna dejó muertos a siete militares y "
        "a un presunto guerrillero."
    )
    assert [c.get("killed") for c in _counts(es, "es")] == [(8, None, None)]
    en = (
        "On 3 May 1990 rebels attacked a police post in Tacna; four policemen and two soldiers "
        "were killed."
    )
    assert [c.get("killed") for c in _counts(en, "en")] == [(6, None, None)]
    # a group and its parts are not added
    en2 = (
        "On 3 May 1990 soldiers opened fire on the march in Tacna; ten people were killed, "
        "four students and six workers."
    )
    assert [c.get("killed") for c in _counts(en2, "en")] == [(10, None, None)]


def test_a_victim_who_died_after_an_apposition() -> None:
    es = (
        "Juan Pérez Soto, ministro de Defensa del presidente Luis Gómez Vela, murió el 21 de "
        "septiembre de 1976 cuando estalló una bomba colocada bajo su automóvil en Lima. En el "
        "atentado murió también su colaboradora Rosa Quispe Flores."
    )
    assert [c.get("killed") for c in _counts(es, "es")] == [(2, None, None)]
    # a convicted perpetrator who died, or a death of natural causes, is no victim
    es2 = (
        "El 3 de mayo de 1990 soldados asesinaron al dirigente Juan Pérez Soto en Tacna. El "
        "general Luis Gómez Vela fue condenado en 2010 por el crimen y murió en 2016."
    )
    assert [c.get("killed") for c in _counts(es2, "es")][:1] == [(1, None, None)]
    en = (
        "On 3 May 1990 soldiers shot dead the union leader Juan Pérez Soto in Tacna. His "
        "brother, Luis Pérez Soto, who led the search for the killers, died of cancer in 2015."
    )
    assert [c.get("killed") for c in _counts(en, "en")][:1] == [(1, None, None)]


def test_a_count_a_source_made_is_attributed() -> None:
    es = (
        "El 30 de mayo de 2018 la policía disparó contra la marcha en Managua. Esa noche la "
        "Policía Nacional informó de doce heridos. El Centro de Derechos Humanos contó 79 "
        "heridos en su primer comunicado."
    )
    assert [c.get("wounded") for c in _counts(es, "es")] == [(12, 12, 79)]
