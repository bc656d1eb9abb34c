"""Events and counts, second round: traps from texts the extractor had not seen.

Each test is one general pattern, in a short text of its own (not a development or held-out
text): a disappearance or a shooting told as a story with no event noun, groups listed after
their verb, Spanish collective numerals, rival figures given as bounds, dates of reports and
rulings, a weekday that fixes the year, campaigns over a period.
"""

from __future__ import annotations

from datetime import date

from recuento.extract import RuleBasedExtractor, Suggestion
from recuento.extract.dates import find_dates
from recuento.extract.numbers import find_quantities


def events(out: list[Suggestion]) -> list[dict]:
    return [s.fields for s in out if s.kind == "event"]


def count(e: dict, cat: str) -> tuple[int | None, int | None, int | None] | None:
    c = e["counts"].get(cat)
    return None if c is None else (c["best"], c["low"], c["high"])


def year(e: dict) -> str | None:
    return e["date"]["value"][:4] if e["date"] else None


# -- events told as a story -----------------------------------------------------------------------


def test_people_taken_and_never_seen_again_are_a_disappearance(ex: RuleBasedExtractor) -> None:
    text = (
        "On the night of 2 May 1992 hooded men came in two pickups.\n\n"
        "They took away three farm workers, a student and a teacher from their homes in the "
        "valley. They were never seen again."
    )
    evs = events(ex.extract(text, language="en", published=date(2012, 5, 2)))
    assert len(evs) == 1
    assert evs[0]["type"] == "enforced_disappearance"
    assert year(evs[0]) == "1992"
    assert count(evs[0], "disappeared") == (5, None, None)


def test_nunca_mas_se_supo_closes_the_story_of_those_taken(ex: RuleBasedExtractor) -> None:
    text = (
        "Era la madrugada del 2 de mayo de 1992. Se llevaron a siete campesinos, a un estudiante "
        "y a un profesor.\n\nAl día siguiente fuimos a la comisaría. Nunca más se supo de ellos."
    )
    evs = events(ex.extract(text, language="es", published=date(2012, 5, 2)))
    disappearances = [e for e in evs if e["type"] == "enforced_disappearance"]
    assert len(disappearances) == 1
    assert disappearances[0]["date"] == {"value": "1992-05-02", "precision": "day"}
    assert count(disappearances[0], "disappeared") == (9, None, None)


def test_shooting_with_no_event_noun_is_the_event_and_takes_its_day(
    ex: RuleBasedExtractor,
) -> None:
    text = (
        "La tarde del jueves 10 de junio de 1971 miles de estudiantes salieron a marchar. "
        "Luego empezaron los disparos, desde los camiones y desde las azoteas.\n\n"
        "Nunca hubo cifra oficial. La estimación que más se repite es de al menos 120 muertos."
    )
    evs = events(ex.extract(text, language="es", published=date(2021, 6, 10)))
    killings = [e for e in evs if "killed" in e["counts"]]
    assert len(killings) == 1
    assert killings[0]["date"] == {"value": "1971-06-10", "precision": "day"}
    assert count(killings[0], "killed") == (120, 120, None)


# -- counts ---------------------------------------------------------------------------------------


def test_a_list_with_names_in_apposition_is_summed(ex: RuleBasedExtractor) -> None:
    text = (
        "Los días 3 y 4 de mayo de 2006 cientos de policías irrumpieron en el pueblo. "
        "Murieron un niño de 14 años, Javier Cortés, y un estudiante universitario, Alexis "
        "Benhumea, herido por un proyectil."
    )
    evs = events(ex.extract(text, language="es", published=date(2018, 12, 21)))
    assert [count(e, "killed") for e in evs if "killed" in e["counts"]] == [(2, None, None)]


def test_a_part_with_no_total_of_its_own_is_the_count(ex: RuleBasedExtractor) -> None:
    text = (
        "State police opened fire on a truck carrying farmers near the river ford on 28 June "
        "1995, killing 17 of them and wounding 21."
    )
    evs = events(ex.extract(text, language="en", published=date(1995, 6, 30)))
    assert len(evs) == 1
    assert count(evs[0], "killed") == (17, None, None)
    assert count(evs[0], "wounded") == (21, None, None)
    assert evs[0]["type"] == "massacre"


def test_spanish_collective_numerals() -> None:
    got = {
        q.text: (q.best, q.low, q.high)
        for q in find_quantities(
            "una veintena de heridos, medio centenar de muertos y más de un centenar de víctimas"
        )
    }
    assert got == {
        "una veintena": (20, None, None),
        "medio centenar": (50, None, None),
        "más de un centenar": (None, 100, None),
    }
    assert find_quantities("un estudiante y un profesor") == []


def test_a_rival_figure_given_as_a_bound_makes_the_range(ex: RuleBasedExtractor) -> None:
    text = (
        "On 29 May 1978 soldiers opened fire on the crowd in the town square.\n\n"
        "The number of dead has never been settled. The truth commission counted 53 dead; "
        "survivors have always said that more than a hundred people were killed."
    )
    evs = events(ex.extract(text, language="en", published=date(2018, 5, 29)))
    assert [count(e, "killed") for e in evs if "killed" in e["counts"]] == [(53, 53, 100)]


def test_a_later_report_of_more_than_a_hundred_makes_the_range_in_spanish(
    ex: RuleBasedExtractor,
) -> None:
    text = (
        "Entre el 16 y el 21 de febrero de 2000 los paramilitares dieron muerte a 60 personas "
        "en el pueblo. La Fiscalía, en 2008, había hablado de más de un centenar de víctimas."
    )
    evs = events(ex.extract(text, language="es", published=date(2020, 2, 18)))
    assert [count(e, "killed") for e in evs if "killed" in e["counts"]] == [(60, 60, 100)]


def test_up_to_is_no_rival_figure(ex: RuleBasedExtractor) -> None:
    text = (
        "Soldados ejecutaron a 12 de las 22 personas que murieron el 30 de junio en una bodega. "
        "La comisión habla así de hasta 15 víctimas de ejecución."
    )
    evs = events(ex.extract(text, language="es", published=date(2014, 10, 22)))
    assert [count(e, "killed") for e in evs if "killed" in e["counts"]] == [(22, None, None)]


def test_an_official_range_and_a_narrated_figure_make_one_range(ex: RuleBasedExtractor) -> None:
    text = (
        "By the evening of 7 November 1985 the building had burned and about 100 people were "
        "dead. Official tallies have ranged from 94 to 98 dead."
    )
    evs = events(ex.extract(text, language="en", published=date(2015, 12, 20)))
    assert [count(e, "killed") for e in evs if "killed" in e["counts"]] == [(94, 94, 100)]


# -- dates ----------------------------------------------------------------------------------------


def test_a_report_date_is_not_the_date_of_what_it_found(ex: RuleBasedExtractor) -> None:
    text = (
        "In 2001 a special report of the national commission concluded that the state had "
        "disappeared hundreds of people in the mountains."
    )
    evs = events(ex.extract(text, language="en", published=date(2009, 12, 16)))
    assert all(year(e) != "2001" for e in evs)


def test_a_ruling_that_finds_a_state_responsible_does_not_date_the_crime(
    ex: RuleBasedExtractor,
) -> None:
    text = (
        "On 25 August 1974 soldiers ordered him off the bus at a checkpoint. He was taken to "
        "the barracks and was never seen again.\n\n"
        "On 23 November 2009 the regional court found Mexico responsible for his forced "
        "disappearance."
    )
    evs = events(ex.extract(text, language="en", published=date(2009, 12, 16)))
    assert [e["type"] for e in evs] == ["enforced_disappearance"]
    assert evs[0]["date"] == {"value": "1974-08-25", "precision": "day"}


def test_a_weekday_that_disagrees_takes_the_anniversary_year() -> None:
    text = (
        "Testimonio recogido a cincuenta años de la matanza.\n\n"
        "El miércoles 2 de octubre fuimos al mitin de la plaza."
    )
    got = {d.text: d.value for d in find_dates(text, date(2018, 10, 2))}
    assert got["2 de octubre"] == "1968-10-02"
    # a weekday that agrees with the publication year changes nothing
    same = {d.text: d.value for d in find_dates("El martes 2 de octubre", date(2018, 10, 5))}
    assert same["2 de octubre"] == "2018-10-02"


def test_a_month_of_a_year_told_relatively() -> None:
    pub = date(2012, 5, 2)
    assert [d.value for d in find_dates("En agosto del año pasado", pub)] == ["2011-08"]
    assert [d.value for d in find_dates("in August last year", pub)] == ["2011-08"]


def test_a_sequel_takes_the_time_of_the_event_it_follows(ex: RuleBasedExtractor) -> None:
    text = (
        "Entre el 16 y el 21 de febrero de 2000 los paramilitares dieron muerte a 60 personas "
        "en el pueblo.\n\nTras la masacre, toda la población huyó."
    )
    evs = events(ex.extract(text, language="es", published=date(2020, 2, 18)))
    displaced = [e for e in evs if e["type"] == "forced_displacement"]
    assert len(displaced) == 1 and year(displaced[0]) == "2000"


def test_a_campaign_takes_its_period_and_the_killings_of_that_period(
    ex: RuleBasedExtractor,
) -> None:
    text = (
        "Between March 1982 and August 1983 army units carried out a campaign against the Ixil "
        "communities. The prosecution documented the killing of 1,771 people in that period."
    )
    evs = events(ex.extract(text, language="en", published=date(2013, 5, 21)))
    campaigns = [e for e in evs if e["type"] == "campaign"]
    assert len(campaigns) == 1
    assert year(campaigns[0]) == "1982"
    assert count(campaigns[0], "killed") == (1771, None, None)
