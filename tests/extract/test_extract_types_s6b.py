"""Events, session 6, fourth round: the type and the year of proposed events.

Each rule has sentences written for it (new wording, cases and places, both languages where it
applies) and cases it must leave alone. None is taken from a coded text.
"""

from __future__ import annotations

from datetime import date

import pytest

from recuento.extract.dates import easter_sunday, find_dates

from extract_helpers import typed_dates


def _dates(text: str, published: date | None = date(2021, 6, 1)) -> dict[str, str | None]:
    return {m.text: m.value for m in find_dates(text, published)}


def _events(text: str, language: str, published: date = date(2021, 6, 1)) -> list[tuple[str, str]]:
    return typed_dates(text, language, published)


# ---- dates that point into the narrative's own month -------------------------------------------


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        # a weekday and a day after a month told: that month, when the weekday agrees
        (
            "Aquel mes de octubre de 1977 empezó mal. El jueves 13 detuvieron al delegado.",
            "El jueves 13",
            "1977-10-13",
        ),
        (
            "The strike began in March 1969. On Friday 28 the police charged the pickets.",
            "On Friday 28",
            "1969-03-28",
        ),
        # "the 18th", "el día 17": the day of the month last told
        (
            "The march left the square on 3 April 1986. On the morning of the 5th the army "
            "blocked the bridge.",
            "of the 5th",
            "1986-04-05",
        ),
        (
            "Los mineros llegaron a la capital en noviembre de 1999 y acamparon hasta el día 21.",
            "el día 21",
            "1999-11-21",
        ),
        # a count of days past ten after the event it counts from
        (
            "Lo secuestraron el 4 de mayo de 1991. Su cuerpo apareció quince días después del "
            "secuestro en un barranco.",
            "quince días después del secuestro",
            "1991-05-19",
        ),
        # "en esos mismos días", "in those days": the narrative's time
        (
            "La redada fue en julio de 1974. En esos mismos días desapareció un estudiante.",
            "En esos mismos días",
            "1974-07",
        ),
    ],
)
def test_a_day_in_the_narratives_month(text: str, phrase: str, value: str) -> None:
    assert _dates(text)[phrase] == value


@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        # a weekday that disagrees with the month told keeps the old reading (not that month)
        ("Todo empezó en junio de 1980. El lunes 17 hubo una asamblea.", "El lunes 17"),
    ],
)
def test_a_weekday_that_disagrees_is_not_the_months(text: str, phrase: str) -> None:
    assert not (_dates(text)[phrase] or "").startswith("1980-06")


def test_ordinals_that_are_not_days() -> None:
    found = _dates(
        "In May 2003 officers of the 15th Mobile Brigade and of the 4th Division, on the 21st "
        "anniversary of the unit, paraded in the town."
    )
    assert not any(k.endswith(("15th", "4th", "21st")) for k in found)


def test_a_day_told_in_the_pluperfect_does_not_move_the_narrative() -> None:
    found = _dates(
        "El 9 de agosto de 1986 los sacaron del cuartel. Los habían detenido el día 7 en la "
        "feria. Esa misma noche los fusilaron."
    )
    assert found["Esa misma noche"] == "1986-08-09"


# ---- Easter, and two months told as a range ----------------------------------------------------


def test_easter_sunday() -> None:
    assert easter_sunday(1976) == date(1976, 4, 18)
    assert easter_sunday(2008) == date(2008, 3, 23)
    assert easter_sunday(1916) == date(1916, 4, 23)


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        (
            "Los detuvieron durante la Semana Santa de 1965 en Cuzco.",
            "Semana Santa de 1965",
            "1965-04",
        ),
        ("The raids came in Holy Week of 1976, before dawn.", "Holy Week of 1976", "1976-04"),
        # Palm Sunday 16 March and Easter 23 March 2008: one month
        ("It happened over Easter 2008 in the capital.", "Easter 2008", "2008-03"),
        # Palm Sunday 27 March, Easter 3 April 1994: only the year
        ("Fue en la Semana Santa de 1994.", "Semana Santa de 1994", "1994"),
    ],
)
def test_easter_of_a_year(text: str, phrase: str, value: str) -> None:
    assert _dates(text)[phrase] == value


def test_that_easter_is_the_one_told() -> None:
    found = _dates("Llegaron en la Semana Santa de 1965. Muchos no volvieron de aquella Pascua.")
    assert found["aquella Pascua"] == "1965-04"


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        (
            "Twenty organisers were seized between April and June, the union said.",
            "April and June",
            "2021-04",
        ),
        (
            "Entre febrero y marzo de 1995 desaparecieron seis dirigentes.",
            "febrero y marzo de 1995",
            "1995-02",
        ),
    ],
)
def test_a_range_of_months(text: str, phrase: str, value: str) -> None:
    assert _dates(text)[phrase] == value


def test_a_lowercase_may_is_no_month_range() -> None:
    assert not any("may" in k for k in _dates("Officers say the men from may to tell more."))


# ---- the day of remembering is not the event's ---------------------------------------------------


@pytest.mark.parametrize(
    ("text", "language", "year"),
    [
        (
            "MADRID, 9 may (Agencia) — Getafe recordó este domingo a los tres jornaleros muertos "
            "hace hoy cincuenta años, cuando la Guardia Civil disparó contra la concentración.",
            "es",
            "1971",
        ),
        (
            "BILBAO, 9 may (Agencia) — Hoy se cumplen cincuenta años de la muerte de tres "
            "jornaleros a manos de la Guardia Civil, y el pueblo los recordó este domingo.",
            "es",
            "1971",
        ),
    ],
)
def test_years_ago_today_wins_over_the_day_of_remembering(
    text: str, language: str, year: str
) -> None:
    events = _events(text, language, published=date(2021, 5, 9))
    assert events and all(value.startswith(year) for _t, value in events)


# ---- a taking whose people's fate is hidden is a disappearance -----------------------------------


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "El 3 de marzo de 1984 hombres armados se llevaron a seis catequistas de la aldea "
            "Xolcuay. A ninguno los volvieron a ver sus familias.",
            "es",
        ),
        (
            "Pedro Tum fue uno de los que no volvieron. Unos comisionados lo capturaron el 9 de "
            "junio de 1981 en el mercado de Joyabaj.",
            "es",
        ),
        (
            "On 12 May 1977 plain-clothes men abducted three teachers outside the school in "
            "Tucumán. Their families never saw them again.",
            "en",
        ),
    ],
)
def test_people_taken_whose_fate_is_hidden(text: str, language: str) -> None:
    assert [t for t, _v in _events(text, language)] == ["enforced_disappearance"]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        # a convict who fled and was caught is no disappearance
        (
            "En 1990 le dieron un permiso de salida y no volvió. Lo detuvieron el 2 de mayo de "
            "1993 en Asunción, y Paraguay aceptó extraditarlo.",
            "es",
        ),
        # taken and released: the fate is known
        (
            "On 4 June 1989 police arrested forty students in the square of Chengdu and "
            "released them two days later.",
            "en",
        ),
    ],
)
def test_takings_with_a_known_fate(text: str, language: str) -> None:
    assert "enforced_disappearance" not in [t for t, _v in _events(text, language)]


# ---- a massacre named as what a protest is about -----------------------------------------------


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "El 14 de abril de 1973 la policía cargó contra los estudiantes que protestaban por "
            "la matanza de Tlaxcalantongo y mató a una muchacha de 16 años.",
            "es",
        ),
        (
            "On 9 October 1970 troops fired on a rally against the massacre at the mine and "
            "killed a 19-year-old student.",
            "en",
        ),
    ],
)
def test_the_massacre_a_protest_is_about_is_another_event(text: str, language: str) -> None:
    assert [t for t, _v in _events(text, language)] == ["protest_killing"]


def test_a_conviction_for_a_massacre_is_not_a_protest() -> None:
    text = (
        "El 10 de mayo de 2012 los dos condenados por la masacre de Caicedo, en la que "
        "murieron ocho campesinos el 3 de marzo de 1991, entraron en prisión."
    )
    assert "massacre" in [t for t, _v in _events(text, "es")]


# ---- bodies found in a grave ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "An inquiry heard in March 2004 that 212 bodies had been buried at night in a "
            "trench behind the barracks at Ngara.",
            "en",
        ),
        (
            "En julio de 2008 los peritos hallaron en el cementerio de Chaltén los restos de 31 "
            "personas enterradas sin nombre.",
            "es",
        ),
    ],
)
def test_bodies_in_a_grave_are_its_discovery(text: str, language: str) -> None:
    assert [t for t, _v in _events(text, language)] == ["mass_grave_discovery"]


def test_a_killing_told_with_its_burial_stays_a_killing() -> None:
    text = (
        "On 2 August 1982 soldiers shot dead 27 villagers in Santa Ana and buried the bodies "
        "in a ditch."
    )
    assert "mass_grave_discovery" not in [t for t, _v in _events(text, "en")]
