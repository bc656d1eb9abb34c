"""Events, session 6, second round: how event mentions are kept apart or joined.

Each rule has sentences written for it (new wording and cases, both languages where it applies)
and cases it must leave alone.
"""

from __future__ import annotations

from datetime import date

import pytest

from recuento.extract.dates import find_dates

from extract_helpers import typed_dates


def _events(text: str, language: str, published: date = date(2020, 1, 1)) -> list[tuple[str, str]]:
    return typed_dates(text, language, published)


def _dates(text: str) -> list[tuple[str | None, str]]:
    return [(d.value, text[d.start : d.end]) for d in find_dates(text, date(2020, 1, 1))]


# ---- a later part of a day, or N days after the event: another day ------------------------------


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        (
            "El 3 de abril de 1982 los soldados sacaron a seis jornaleros de sus casas. "
            "La noche siguiente los fusilaron junto al río.",
            "La noche siguiente",
            "1982-04-04",
        ),
        (
            "On 14 June 1977 agents seized a union leader in Rosario. The following evening "
            "his body was left on a road.",
            "The following evening",
            "1977-06-15",
        ),
        (
            "La masacre ocurrió el 2 de febrero de 1991. Tres días después de la masacre el "
            "alcalde fue detenido.",
            "Tres días después de la masacre",
            "1991-02-05",
        ),
        (
            "The raid took place on 9 May 2004. Two weeks after the raid, a witness vanished.",
            "Two weeks after the raid",
            "2004-05-23",
        ),
    ],
)
def test_a_later_day_is_counted_from_the_day_told(text: str, phrase: str, value: str) -> None:
    assert (value, phrase) in _dates(text)


def test_days_after_a_person_word_is_not_counted_from_an_event() -> None:
    # "después de su llegada" is not an event noun: the phrase gives no day
    text = "El 2 de mayo de 1990 llegó a Lima. Tres días después de su llegada viajó a Puno."
    assert all("llegada" not in phrase for _v, phrase in _dates(text))


def test_a_taking_and_a_killing_the_next_night_are_two_events() -> None:
    text = (
        "El 3 de abril de 1982, soldados del Ejército sacaron de sus casas a seis jornaleros "
        "de la hacienda San Martín. La noche siguiente los llevaron al río y allí los "
        "fusilaron a todos."
    )
    evs = _events(text, "es")
    assert ("enforced_disappearance", "1982-04-03") in evs
    assert any(d == "1982-04-04" for _t, d in evs)


def test_the_event_a_later_day_counts_from_is_no_event_of_that_day() -> None:
    # "five days after the massacre" names the massacre as the point the day counts from
    text = (
        "On 11 March 2003 gunmen killed nine farmers at the Santa Rita estate. The estate's "
        "owner was arrested in the capital five days after the massacre."
    )
    evs = _events(text, "en")
    assert evs.count(("massacre", "2003-03-11")) == 1
    assert not any(t == "massacre" and d == "2003-03-16" for t, d in evs)
    assert any(t in ("arrest", "arbitrary_detention") and d == "2003-03-16" for t, d in evs)


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "El 5 de junio de 1974 carabineros de la comisaría local sacaron de su casa al "
            "dirigente sindical Pedro Ulloa.",
            "es",
        ),
        (
            "On 5 June 1974 gendarmes dragged the union leader Pedro Ulloa from his home and "
            "forced him into a van.",
            "en",
        ),
    ],
)
def test_people_taken_by_carabineros_or_gendarmes_are_taken_by_the_state(
    text: str, language: str
) -> None:
    types = [t for t, _d in _events(text, language)]
    assert "enforced_disappearance" in types
    assert "abduction" not in types


def test_people_taken_by_an_armed_group_stay_an_abduction() -> None:
    text = (
        "El 5 de junio de 1994 guerrilleros del frente sur sacaron de su casa al "
        "ganadero Pedro Ulloa."
    )
    assert "abduction" in [t for t, _d in _events(text, "es")]


# ---- a toll dated only by the narrative is told on the event's day -------------------------------


def test_a_toll_dated_by_its_narrative_dates_the_event() -> None:
    text = (
        "Before dawn on 9 August 1995 military police stormed a camp of landless farmers.\n\n"
        "Official figures put the death toll at 12. The police chief who led the inquiry "
        "counted 11 dead.\n\n"
        "In September 2000 one of the farmers was sentenced to six years for his part in the "
        "death of a soldier."
    )
    evs = _events(text, "en", date(2015, 8, 10))
    assert any(t == "massacre" and d == "1995-08-09" for t, d in evs)


# ---- an arrest whose people's fate is told apart is an event of its own -------------------------


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        (
            "On 2 March 1961 police fired on a crowd of strikers in Kimberton, killing twelve "
            "people.\n\nThe same morning the union leader Joseph Dlamini presented himself at a "
            "police station in the capital and was arrested. In May he was sentenced to three "
            "years in prison.",
            "en",
            ("arrest", "1961-03-02"),
        ),
        (
            "El 3 de mayo de 1970 los militares abrieron fuego contra los mineros en huelga de "
            "Catavi y mataron a nueve. Ese mismo día detuvieron a dos dirigentes del sindicato, "
            "que meses después fueron procesados por un tribunal militar.",
            "es",
            ("arrest", "1970-05-03"),
        ),
        (
            "On 8 June 1988 soldiers shot dead six farmers at the market of San Lucas. That "
            "afternoon troops detained forty students in the town, who were held for two weeks "
            "without charge.",
            "en",
            ("arbitrary_detention", "1988-06-08"),
        ),
    ],
)
def test_an_arrest_whose_fate_is_told_apart_is_its_own_event(
    text: str, language: str, expected: tuple[str, str]
) -> None:
    evs = _events(text, language)
    assert expected in evs
    # the killing stays an event of its own, of its day
    assert any(t in ("massacre", "protest_killing") and d == expected[1] for t, d in evs)


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "On 8 June 1988 soldiers detained seven farmers at the market of San Lucas, took "
            "them to the river and shot them dead.",
            "en",
        ),
        (
            "El 8 de junio de 1988 los soldados detuvieron a siete campesinos en el mercado. "
            "Esa misma noche los llevaron al río y los fusilaron.",
            "es",
        ),
    ],
)
def test_people_arrested_and_then_killed_are_one_event(text: str, language: str) -> None:
    types = [t for t, _d in _events(text, language)]
    assert "arrest" not in types
    assert any(t in ("massacre", "extrajudicial_killing") for t in types)
