"""Events, session 6: which events are proposed and of what type, from how such events are told.

Each rule has sentences written for it (new wording and cases, both languages where it applies)
and cases it must leave alone.
"""

from __future__ import annotations

from datetime import date

import pytest

from extract_helpers import typed_dates


def _events(text: str, language: str, published: date = date(2020, 1, 1)) -> list[tuple[str, str]]:
    return typed_dates(text, language, published)


# ---- a crime named as a charge is not an event told there --------------------------------------


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "El 4 de marzo de 2019 la policía detuvo en Quito al exgobernador Ramiro Salcedo "
            "por los presuntos delitos de tortura y desaparición forzada.",
            "es",
        ),
        (
            "On 12 May 2018 agents arrested the former police chief Omar Lindqvist, wanted on "
            "charges of murder and enforced disappearance.",
            "en",
        ),
    ],
)
def test_a_crime_named_as_a_charge_makes_no_event(text: str, language: str) -> None:
    types = [t for t, _d in _events(text, language)]
    assert "enforced_disappearance" not in types
    assert "torture_ill_treatment" not in types


def test_the_crime_a_person_is_charged_with_stays_an_event_when_told() -> None:
    # the disappearance is told with its people and day: it is the story, not a charge's name
    text = (
        "On 3 June 1991 soldiers took away eleven farmers from Santa Lucía; they were never "
        "seen again. In 2019 a court charged two colonels with the enforced disappearance of "
        "the eleven farmers."
    )
    types = [t for t, _d in _events(text, "en")]
    assert "enforced_disappearance" in types


# ---- a fight told by its dead on both sides, or a retaking, is an armed clash ------------------


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "On 14 August 1994 an army patrol met a rebel column near Kalindo; six rebels and "
            "two soldiers were killed.",
            "en",
        ),
        (
            "El 3 de febrero de 2003, cerca de San Miguel, murieron cuatro guerrilleros, un "
            "campesino que pasaba por el camino, y dos policías.",
            "es",
        ),
        (
            "El 9 de mayo de 2008 el tiroteo en la hacienda Las Palmas dejó nueve muertos en "
            "ambos bandos.",
            "es",
        ),
        (
            "On 2 March 1999 the army retook the town hall that the insurgents had held for a "
            "week; 23 people were dead by nightfall.",
            "en",
        ),
    ],
)
def test_dead_on_both_sides_make_an_armed_clash(text: str, language: str) -> None:
    assert [t for t, _d in _events(text, language)] == ["armed_clash"]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        # the dead are all on one side: a massacre
        (
            "On 14 August 1994 soldiers entered Kalindo and killed eleven farmers and two "
            "teachers.",
            "en",
        ),
        # the text's own word wins
        (
            "El 3 de febrero de 2003 la masacre de San Miguel dejó seis muertos en ambos bandos.",
            "es",
        ),
    ],
)
def test_one_sided_killings_stay_massacres(text: str, language: str) -> None:
    assert [t for t, _d in _events(text, language)] == ["massacre"]


# ---- a gathering ended by force, and strikes, are protests ------------------------------------


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "On 5 October 2007 riot police cleared the main square of Dalvik by force; eleven "
            "protesters were shot dead.",
            "en",
        ),
        (
            "El 12 de marzo de 2015 la policía desalojó la plaza central de Tupiza y mató a "
            "cuatro personas.",
            "es",
        ),
        (
            "On 21 June 1996 police opened fire on striking dockers at the port of Velmar, "
            "killing nine.",
            "en",
        ),
        (
            "El 8 de abril de 1974 el Ejército disparó contra los mineros en huelga en Caracollo "
            "y mató a trece.",
            "es",
        ),
    ],
)
def test_killings_where_a_gathering_was_broken_up_are_protest_killings(
    text: str, language: str
) -> None:
    assert [t for t, _d in _events(text, language)] == ["protest_killing"]


def test_an_air_strike_is_no_strike() -> None:
    text = "On 9 May 2016 an air strike on the market of Dalvik killed 30 people."
    assert [t for t, _d in _events(text, "en")] == ["massacre"]


# ---- two months told are two events, as two days are ------------------------------------------


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "In March 1986 soldiers killed three farmers near Tolcán. On 19 May 1986 a patrol "
            "returned to Tolcán and killed nine more people.",
            "en",
        ),
        (
            "En marzo de 1986 los soldados mataron a tres campesinos en Tolcán. El 19 de mayo de "
            "1986 una patrulla volvió a Tolcán y mató a otras nueve personas.",
            "es",
        ),
    ],
)
def test_killings_of_two_months_are_two_events(text: str, language: str) -> None:
    dates = sorted(d[:7] for _t, d in _events(text, language))
    assert dates == ["1986-03", "1986-05"]


def test_a_day_of_the_month_told_joins_that_month() -> None:
    text = (
        "In March 1986 soldiers killed nine farmers near Tolcán. The killings took place on "
        "the night of 14 March 1986, survivors said."
    )
    assert len(_events(text, "en")) == 1
