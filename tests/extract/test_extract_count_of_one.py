"""Victims a text identifies one by one, with no figure, are the count of their category.

Convention (docs/extraction.md, Conventions → Counts): when a text gives no figure for an event's
killed, wounded, disappeared or detained but names or describes them one by one, the count is
the number of people identified, as ``best`` only; a written figure always wins, and people only
mentioned (witnesses, relatives, a victim of another event) are not counted. The texts below
were written for these tests; they name invented people.
"""

from __future__ import annotations

from datetime import date

from recuento.extract import RuleBasedExtractor, Suggestion


def events(out: list[Suggestion]) -> list[Suggestion]:
    return [s for s in out if s.kind == "event"]


def event_of(out: list[Suggestion], etype: str, year: str) -> Suggestion:
    found = [
        s
        for s in events(out)
        if s.fields["type"] == etype and ((s.fields["date"] or {}).get("value") or "")[:4] == year
    ]
    assert found, [(s.fields["type"], s.fields["date"]) for s in events(out)]
    return found[0]


def test_a_named_person_shot_dead_is_a_count_of_one_en(ex: RuleBasedExtractor) -> None:
    text = (
        "The community leader Tomás Quispe Huamán was shot dead outside his home in Huamanga "
        "on 3 May 1990. Nobody has been charged."
    )
    ev = event_of(
        ex.extract(text, language="en", published=date(2020, 1, 1)), "extrajudicial_killing", "1990"
    )
    killed = ev.fields["counts"]["killed"]
    assert (killed["best"], killed["low"], killed["high"]) == (1, None, None)
    assert "Tomás Quispe Huamán" in killed["text"]
    assert "Tomás Quispe Huamán" in ev.fields["victims"]


def test_a_name_after_its_apposition_and_another_name_inside_it(ex: RuleBasedExtractor) -> None:
    # the name inside the apposition is not the one killed
    text = (
        "In March 1991, Rosa Elena Cárdenas Ruiz, a lawyer who had accused Colonel Julio Vargas "
        "Mena of torture, was killed in her office in Huancayo."
    )
    ev = event_of(
        ex.extract(text, language="en", published=date(2020, 1, 1)), "extrajudicial_killing", "1991"
    )
    killed = ev.fields["counts"]["killed"]
    assert killed["best"] == 1
    assert "Vargas" not in killed["text"]


def test_two_names_after_a_crime_noun_count_two(ex: RuleBasedExtractor) -> None:
    text = (
        "The court convicted the officers for the murder of the teacher Ana Lucía Pardo "
        "and of the trade unionist Mario Benítez Soto in October 1984."
    )
    out = ex.extract(text, language="en", published=date(2015, 3, 2))
    ev = event_of(out, "extrajudicial_killing", "1984")
    assert ev.fields["counts"]["killed"]["best"] == 2


def test_disappeared_and_wounded_in_one_spanish_event(ex: RuleBasedExtractor) -> None:
    text = (
        "El 4 de marzo de 1985, agentes de civil se llevaron a Julián Ccoya Pérez, dirigente "
        "estudiantil, en un retén de la carretera de Ayacucho, junto con su compañero Eusebio "
        "Tineo Rojas, que resultó herido de bala. Nunca más se supo de Ccoya."
    )
    out = ex.extract(text, language="es", published=date(2010, 1, 1))
    ev = event_of(out, "enforced_disappearance", "1985")
    counts = ev.fields["counts"]
    assert counts["disappeared"]["best"] == 1
    assert "Julián Ccoya Pérez" in counts["disappeared"]["text"]
    assert counts["wounded"]["best"] == 1
    assert "Eusebio Tineo Rojas" in counts["wounded"]["text"]


def test_spanish_participle_apposition(ex: RuleBasedExtractor) -> None:
    text = (
        "Entre las víctimas figura Aurelio Mamani Condori, secuestrado en agosto de 1988 por "
        "una patrulla del Ejército en Cangallo. Nunca más se supo de él."
    )
    ev = event_of(
        ex.extract(text, language="es", published=date(2015, 1, 1)),
        "enforced_disappearance",
        "1988",
    )
    assert ev.fields["counts"]["disappeared"]["best"] == 1


def test_a_written_figure_wins_over_counting_people(ex: RuleBasedExtractor) -> None:
    text = (
        "On 12 June 1987 soldiers killed seven farmers in Llusita. Among the dead were "
        "Félix Huamaní Ortiz and his son Raúl Huamaní Prado."
    )
    ev = event_of(ex.extract(text, language="en", published=date(2017, 6, 12)), "massacre", "1987")
    assert ev.fields["counts"]["killed"]["best"] == 7


def test_spanish_figure_wins_too(ex: RuleBasedExtractor) -> None:
    text = (
        "El 9 de enero de 1989 una patrulla asesinó a cinco comuneros en Chumbivilcas. "
        "Entre ellos fue asesinado el teniente gobernador Hilario Ccama Tito."
    )
    out = ex.extract(text, language="es", published=date(2019, 1, 9))
    killed = [e.fields["counts"].get("killed") for e in events(out)]
    assert {"best": 5, "low": None, "high": None, "text": "cinco"} in killed
    assert all(k is None or k["best"] != 1 for k in killed)


def test_only_witnesses_named_gives_no_count(ex: RuleBasedExtractor) -> None:
    text = (
        "On 2 February 1992 police opened fire on a march in Puno. The witness Carmen Ticona "
        "Apaza said she saw officers shooting from a truck, and her neighbour, Luis Chambi "
        "Quispe, told reporters the street was full of smoke."
    )
    out = ex.extract(text, language="en", published=date(2022, 1, 1))
    assert events(out)
    for ev in events(out):
        assert "killed" not in ev.fields["counts"]
        assert "wounded" not in ev.fields["counts"]


def test_a_relative_who_speaks_is_not_counted_es(ex: RuleBasedExtractor) -> None:
    text = (
        "La hermana de Pedro Yupanqui Rojas, Juana Yupanqui Rojas, dijo que nunca dejará de "
        "buscarlo. Soldados detuvieron a Pedro Yupanqui Rojas el 5 de abril de 1984 y nunca "
        "más se supo de él."
    )
    out = ex.extract(text, language="es", published=date(2014, 4, 5))
    ev = event_of(out, "enforced_disappearance", "1984")
    dis = ev.fields["counts"]["disappeared"]
    assert dis["best"] == 1
    assert "Juana" not in dis["text"]


def test_a_victim_of_another_event_is_not_counted(ex: RuleBasedExtractor) -> None:
    # one sentence, two events: Luis Soto was arrested in 1992, his brother killed in 1988
    text = (
        "On 5 March 1992 the army detained the student Luis Soto Vela, whose brother, "
        "Juan Soto Vela, had been murdered in Huanta in 1988."
    )
    out = ex.extract(text, language="en", published=date(2002, 1, 1))
    for ev in events(out):
        year = ((ev.fields["date"] or {}).get("value") or "")[:4]
        counts = ev.fields["counts"]
        if year == "1992":
            assert "killed" not in counts
        if "killed" in counts:
            assert "Luis" not in counts["killed"]["text"]


def test_the_attempted_murder_of_a_person_is_no_death(ex: RuleBasedExtractor) -> None:
    text = (
        "The four gunmen received 30 years for the attempted murder of the journalist "
        "Elena Ramos Díaz, who was shot in Lima on 8 May 2001 and survived."
    )
    out = ex.extract(text, language="en", published=date(2005, 1, 1))
    for ev in events(out):
        assert "killed" not in ev.fields["counts"]


def test_an_arrest_of_the_accused_is_no_detention_count(ex: RuleBasedExtractor) -> None:
    text = (
        "Former captain Rodolfo Paz Avendaño, convicted in 2009 of the disappearance of four "
        "students, was arrested in Lima on 7 July 2012."
    )
    out = ex.extract(text, language="en", published=date(2012, 7, 9))
    for ev in events(out):
        assert "detained" not in ev.fields["counts"]


def test_a_count_of_people_is_less_sure_than_a_written_figure(ex: RuleBasedExtractor) -> None:
    named = "The mayor of Tambo, Ismael Rojas Vega, was shot dead in the square on 2 May 1989."
    figure = "Two farmers were shot dead in the square of Tambo on 2 May 1989."
    pub = date(2019, 1, 1)
    a = events(ex.extract(named, language="en", published=pub))
    b = events(ex.extract(figure, language="en", published=pub))
    assert a[0].fields["counts"]["killed"]["best"] == 1
    assert b[0].fields["counts"]["killed"]["best"] == 2
    assert a[0].confidence < b[0].confidence
