"""Events the rules did not read (session 5, second round): a town bombed from the air, bombs
dropped or set off, told with no other killing word."""

from __future__ import annotations

from datetime import date

import pytest

from recuento.extract import RuleBasedExtractor


def _events(text: str, language: str) -> list[tuple[str, str | None]]:
    out = []
    for s in RuleBasedExtractor().extract(text, language=language, published=date(2020, 1, 1)):
        if s.kind == "event":
            d = s.fields.get("date")
            out.append((str(s.fields["type"]), d.get("value") if isinstance(d, dict) else None))
    return sorted(out)


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("On 3 May 1971 army aircraft bombed the market town of Kelvara.", "en"),
        (
            "El 9 de marzo de 1977 dos aviones soltaron doce bombas sobre el caserío de Ventanas.",
            "es",
        ),
        ("El 2 de abril de 1969 la aviación bombardeó el pueblo de Las Tunas.", "es"),
        ("On 8 June 1975 a bomb exploded in the crowded square of Dessel.", "en"),
    ],
)
def test_a_bombing_on_a_day_is_proposed(text: str, language: str) -> None:
    ev = _events(text, language)
    assert len(ev) == 1
    assert ev[0][1] is not None and ev[0][1][:4] in text


def test_a_bombing_with_its_dead_is_a_massacre() -> None:
    text = (
        "On 3 May 1971 army aircraft bombed the market town of Kelvara. "
        "At least 40 people were killed."
    )
    assert _events(text, "en") == [("massacre", "1971-05-03")]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        # tear-gas grenades are no bombing
        (
            "El 5 de julio de 2011 la policía lanzó bombas lacrimógenas contra los estudiantes.",
            "es",
        ),
        ("On 5 July 2011 police fired tear gas at the students in Dessel.", "en"),
        # bomb as a word of another kind
        ("The film bombed at the box office in 1999.", "en"),
    ],
)
def test_what_is_no_bombing_is_left_alone(text: str, language: str) -> None:
    assert all(t != "massacre" and t != "extrajudicial_killing" for t, _ in _events(text, language))


def test_a_toll_of_thousands_on_one_day_stays_a_massacre() -> None:
    text = (
        "On 3 May 1971 army aircraft bombed the market town of Kelvara. "
        "The attack killed an estimated 6,000 people."
    )
    assert _events(text, "en") == [("massacre", "1971-05-03")]


def test_thousands_killed_over_years_are_a_campaign() -> None:
    text = "Between 1971 and 1974 the army killed at least 6,000 people in the Kelvara hills."
    assert [t for t, _ in _events(text, "en")] == ["campaign"]


def test_a_toll_over_two_years_does_not_join_an_attack_on_one_day() -> None:
    text = (
        "On 3 May 1971 army aircraft bombed the market town of Kelvara. "
        "The attack killed an estimated 600 people. "
        "It came during the army's offensive of 1970 and 1971, in which officials say "
        "some 90,000 died."
    )
    ev = _events(text, "en")
    assert ("massacre", "1971-05-03") in ev
    main = [
        s
        for s in RuleBasedExtractor().extract(text, language="en", published=date(2020, 1, 1))
        if s.kind == "event" and s.fields["type"] == "massacre"
    ]
    assert main[0].fields["counts"]["killed"]["best"] == 600


def test_a_later_sentence_with_the_same_year_still_joins() -> None:
    text = (
        "On 3 May 1971 army aircraft bombed the market town of Kelvara. "
        "In 1971 officials said some 600 people died in the attack."
    )
    assert [t for t, _ in _events(text, "en")] == ["massacre"]


# ---- a toll reported on a later day is the same event -------------------------------------


def test_an_official_version_told_the_next_day_joins_the_killing() -> None:
    text = (
        "On 4 March 1999 soldiers opened fire on a group of fishermen near Tarvo. "
        "Nine of the men were killed. "
        "The next day officials spoke of 11 guerrillas killed in a firefight."
    )
    assert _events(text, "en") == [("massacre", "1999-03-04")]


def test_tolls_counted_on_later_days_join_the_raid() -> None:
    text = (
        "On Monday, 4 March 1999, police raided the Tarvo market and shot at the traders. "
        "By Monday night the police counted 12 dead. "
        "On Wednesday the figure stood at 15."
    )
    ev = [
        s
        for s in RuleBasedExtractor().extract(text, language="en", published=date(1999, 3, 8))
        if s.kind == "event"
    ]
    assert len(ev) == 1
    assert ev[0].fields["date"]["value"] == "1999-03-04"


def test_a_spanish_toll_given_the_next_day_joins() -> None:
    text = (
        "El 4 de marzo de 1999 la policía disparó contra los comuneros en Tarvo y mató a nueve. "
        "Al día siguiente la cifra oficial subió a once muertos."
    )
    assert [t for t, _ in _events(text, "es")] == ["massacre"]


def test_killings_on_two_days_stay_two_events() -> None:
    text = (
        "On 4 March 1999 soldiers killed nine fishermen near Tarvo. "
        "On 6 March 1999 soldiers killed seven farmers near Tarvo."
    )
    assert _events(text, "en") == [("massacre", "1999-03-04"), ("massacre", "1999-03-06")]


def test_a_report_weeks_later_of_another_attack_stays_apart() -> None:
    text = (
        "On 4 March 1999 soldiers killed nine fishermen near Tarvo. "
        "On 20 May 1999 officials said soldiers had killed 12 farmers near Tarvo."
    )
    assert len(_events(text, "en")) == 2


# ---- "esa misma madrugada": the day just told ------------------------------------------------


def test_people_taken_prisoner_that_same_early_morning() -> None:
    text = (
        "El 24 de junio de 1967 los soldados mataron a veinte mineros en Catavi. "
        "Esa misma madrugada se llevaron presos a muchos dirigentes."
    )
    assert ("arbitrary_detention", "1967-06-24") in _events(text, "es")


def test_people_taken_away_by_soldiers_stay_a_disappearance() -> None:
    text = "El 3 de mayo de 1985 los soldados se llevaron a los dos hermanos en Tarvo."
    assert _events(text, "es") == [("enforced_disappearance", "1985-05-03")]


def test_a_detention_told_inside_a_killing_is_proposed_beside_it() -> None:
    text = (
        "On 20 March 2011 soldiers killed nine farmers in Tarvo. "
        "In the same days the soldiers arbitrarily detained 12 people in the village."
    )
    types = [t for t, _ in _events(text, "en")]
    assert "massacre" in types and "arbitrary_detention" in types


def test_a_killing_with_no_detention_has_no_detention_beside_it() -> None:
    text = "On 20 March 2011 soldiers killed nine farmers in Tarvo and burned their bodies."
    assert "arbitrary_detention" not in [t for t, _ in _events(text, "en")]


def test_hundreds_detained_after_a_shooting_are_a_detention_beside_it() -> None:
    text = (
        "On 13 May 2005 soldiers fired on the crowd in Tarvo and killed 80 people. "
        "In the days after, hundreds of people were detained in Tarvo."
    )
    types = [t for t, _ in _events(text, "en")]
    assert "arbitrary_detention" in types


def test_a_suspect_arrested_after_a_massacre_is_no_detention_beside_it() -> None:
    text = (
        "On 13 May 2005 gunmen killed 80 people in Tarvo. "
        "Two suspects were arrested in Tarvo the same day."
    )
    assert "arbitrary_detention" not in [t for t, _ in _events(text, "en")]


# ---- protests that follow a killing ------------------------------------------------------


def test_protests_in_the_following_days_are_their_own_event() -> None:
    text = (
        "El 4 de octubre de 1982 los soldados mataron a veinte campesinos en Tarvo.\n\n"
        "En los días siguientes los estudiantes salieron a protestar en la capital."
    )
    assert sorted(t for t, _ in _events(text, "es")) == ["massacre", "protest"]


def test_residents_who_blocked_the_road_protest() -> None:
    text = (
        "El 5 de marzo de 2016 vecinos y familiares bloquearon la carretera a la altura de Tarvo "
        "para exigir la búsqueda de los mineros."
    )
    assert [t for t, _ in _events(text, "es")] == ["protest"]


def test_protesters_shot_at_a_march_the_same_day_stay_one_event() -> None:
    text = (
        "On 4 October 1982 students marched to the square in Tarvo. "
        "Soldiers opened fire on them and killed nine."
    )
    assert [t for t, _ in _events(text, "en")] == ["protest_killing"]


def test_a_clash_the_government_claimed_does_not_type_the_killing() -> None:
    text = (
        "El 4 de octubre de 1982 los aviones soltaron bombas sobre el campamento de Tarvo. "
        "Murieron veintitrés personas. "
        "El gobierno dijo que había sido un enfrentamiento."
    )
    assert [t for t, _ in _events(text, "es")] == ["massacre"]


def test_a_clash_told_by_the_text_stays_a_clash() -> None:
    text = (
        "On 4 October 1982 guerrillas ambushed an army patrol near Tarvo. "
        "Seven soldiers and three guerrillas died in the clash."
    )
    assert [t for t, _ in _events(text, "en")] == ["armed_clash"]


def test_torture_in_the_following_days_takes_the_time_of_the_story() -> None:
    text = (
        "El 14 de diciembre de 2018 la comisión admitió la petición de las familias.\n\n"
        "La madrugada del 7 de junio de 1998, tropas del Ejército rodearon una escuela en "
        "Ayacucho y mataron a once campesinos.\n\n"
        "La versión militar habló de un enfrentamiento con guerrilleros.\n\n"
        "Tras la masacre, cientos de familias abandonaron sus comunidades.\n\n"
        "En los días siguientes, según su testimonio, dos estudiantes fueron "
        "torturados en un cuartel de Lima."
    )
    ev = _events(text, "es")
    assert any(t == "torture_ill_treatment" and d and d.startswith("1998") for t, d in ev)
    assert not any(t == "torture_ill_treatment" and d and d.startswith("2018") for t, d in ev)


# ---- the year of a report is not the year of the killing it counts --------------------------


def test_the_year_of_a_report_does_not_date_the_killing_counted_that_day() -> None:
    text = (
        "El 22 de febrero de 1983, poco después del amanecer, llegaron los soldados a Tarvo.\n\n"
        "Sacaron a los hombres y se los llevaron hacia el río. Después oímos los disparos.\n\n"
        "La comisión contó 74 personas asesinadas aquel día y en su informe de 1992 dijo que "
        "nadie había sido juzgado."
    )
    assert _events(text, "es") == [("massacre", "1983-02-22")]


def test_a_killing_dated_in_its_own_words_keeps_its_year() -> None:
    text = "El 3 de mayo de 1992 los soldados mataron a 12 campesinos en Tarvo."
    assert _events(text, "es") == [("massacre", "1992-05-03")]


def test_that_day_points_back_past_an_older_event_named_in_between() -> None:
    text = (
        "El 22 de febrero de 1983, poco después del amanecer, llegaron los soldados a Tarvo.\n\n"
        "Sacaron a los hombres y se los llevaron hacia el río. Después oímos los disparos.\n\n"
        "Mi abuelo decía que aquello era como la matanza de 1932, cuando el ejército mató a "
        "miles de campesinos.\n\n"
        "La comisión contó 74 personas asesinadas aquel día."
    )
    assert ("massacre", "1983-02-22") in _events(text, "es")


# ---- an arrest of those held responsible is no arbitrary detention --------------------------


def test_the_arrest_of_a_man_held_responsible_stays_an_arrest() -> None:
    en = (
        "On 18 May 2012 soldiers arrested Juan Pérez, whom the ministry described as the "
        "gang's chief in Tarvo and one of those mainly responsible."
    )
    es = (
        "El 18 de mayo de 2012 soldados detuvieron a Juan Pérez, señalado como uno de los "
        "responsables de la matanza de Tarvo."
    )
    assert [t for t, _ in _events(en, "en")] == ["arrest"]
    assert "arbitrary_detention" not in [t for t, _ in _events(es, "es")]


def test_soldiers_who_detained_villagers_still_detain_arbitrarily() -> None:
    text = "On 18 May 2012 soldiers detained 40 villagers in Tarvo."
    assert [t for t, _ in _events(text, "en")] == ["arbitrary_detention"]
