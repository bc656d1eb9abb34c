"""Which mentions can be one event: a killing and a disappearance are two crimes."""

from __future__ import annotations

from datetime import date

import pytest

from recuento.extract import RuleBasedExtractor

TEXTS = {
    "en": (
        "LIMA, March 9 (Wire) -- A court on Tuesday sentenced a former army captain to 25 years "
        "in prison for the killing of four farmers in Ayacucho in 1984.\n\n"
        "The main witness, Rosa Quintero, a 68-year-old seamstress, left her home in Lima and has "
        "not been seen since."
    ),
    "es": (
        "LIMA, 9 mar (Agencia) — Un tribunal condenó el martes a 25 años de prisión a un "
        "excapitán del Ejército por el asesinato de cuatro campesinos en Ayacucho en 1984.\n\n"
        "La principal testigo, Rosa Quintero, una costurera de 68 años, salió de su casa en Lima "
        "y nunca más se supo de ella."
    ),
}


def _events(text: str, language: str, published: date) -> list[dict]:
    return [
        s.fields
        for s in RuleBasedExtractor().extract(text, language=language, published=published)
        if s.kind == "event"
    ]


@pytest.mark.parametrize("language", ["en", "es"])
def test_a_disappearance_told_after_a_killing_is_not_folded_into_it(language: str) -> None:
    events = _events(TEXTS[language], language, date(2011, 3, 9))
    types = sorted(e["type"] for e in events)
    assert types == ["enforced_disappearance", "extrajudicial_killing"]
    killing = next(e for e in events if e["type"] == "extrajudicial_killing")
    assert killing["date"]["value"] == "1984"
    assert killing["counts"]["killed"]["best"] == 4
    gone = next(e for e in events if e["type"] == "enforced_disappearance")
    # the four farmers are not the witness's count; she alone may be ("nunca más se supo de ella")
    assert set(gone["counts"]) <= {"disappeared"}
    assert gone["counts"].get("disappeared", {"best": 1})["best"] == 1


def test_a_disappearance_told_as_the_end_of_an_abduction_stays_one_event() -> None:
    text = (
        "AYACUCHO, 2 nov (Agencia) — El 14 de mayo de 1983 una patrulla se llevó a siete "
        "campesinos de la comunidad de Umasi. Nunca más se supo de ellos."
    )
    events = _events(text, "es", date(1983, 11, 2))
    assert [e["type"] for e in events] == ["enforced_disappearance"]
    assert events[0]["date"]["value"] == "1983-05-14"


def test_a_killing_on_the_next_day_is_its_own_event_though_the_year_is_shared() -> None:
    text = (
        "GUATEMALA CITY, Feb. 4 (Wire) -- Thirty-seven people were killed when police stormed an "
        "embassy occupied by farmers in 1980.\n\n"
        "Police stormed the building on the afternoon of 31 January 1980, and a fire broke out. "
        "The only protester to survive, Gregorio Yujá, was abducted from his hospital bed the "
        "next day and killed."
    )
    events = _events(text, "en", date(1980, 2, 4))
    got = sorted((e["type"], e["date"]["value"]) for e in events)
    assert got == [("extrajudicial_killing", "1980-02-01"), ("massacre", "1980-01-31")]
    massacre = next(e for e in events if e["type"] == "massacre")
    assert massacre["counts"]["killed"]["best"] == 37


def test_figures_reported_the_next_day_stay_with_the_event() -> None:
    text = (
        "Relato grabado en 2018, a cincuenta años de la matanza.\n\n"
        "El miércoles 2 de octubre llegamos a la plaza para el mitin. Entonces empezaron los "
        "disparos.\n\n"
        "Al día siguiente el gobierno dijo que había 26 muertos."
    )
    events = _events(text, "es", date(2018, 10, 2))
    assert [(e["type"], e["date"]["value"]) for e in events] == [("massacre", "1968-10-02")]
    assert events[0]["counts"]["killed"]["best"] == 26


@pytest.mark.parametrize(
    ("text", "language", "killed"),
    [
        (
            "TRELEW, 23 ago (Agencia) — Marinos fusilaron ayer a dieciséis presos políticos en "
            "la base aeronaval.",
            "es",
            16,
        ),
        (
            "En la madrugada del lunes fueron degollados siete campesinos en la vereda El Tigre.",
            "es",
            7,
        ),
        (
            "Soldiers gunned down nine farmers at a checkpoint outside the town on Monday.",
            "en",
            9,
        ),
        ("A mob lynched three men accused of theft in the square on Sunday.", "en", 3),
    ],
)
def test_killings_named_by_how_they_were_done(text: str, language: str, killed: int) -> None:
    events = _events(text, language, date(1972, 8, 23))
    assert len(events) == 1
    assert events[0]["counts"]["killed"]["best"] == killed


def test_an_exchange_of_fire_is_a_clash() -> None:
    text = "On Friday a shootout between army troops and rebels left four soldiers dead."
    events = _events(text, "en", date(2012, 6, 18))
    assert [e["type"] for e in events] == ["armed_clash"]
    assert events[0]["counts"]["killed"]["best"] == 4


def test_a_protest_pointing_back_to_a_massacre_is_not_the_massacre() -> None:
    text = (
        "LIMA, 7 dic (Agencia) — Un exjefe militar condenado por la matanza de 15 campesinos en "
        "Accomarca en 1985 salió el miércoles de prisión tras un indulto.\n\n"
        "Frente al penal, decenas de familiares de las víctimas protestaron contra la decisión."
    )
    events = _events(text, "es", date(2023, 12, 7))
    got = sorted((e["type"], e["date"]["value"]) for e in events)
    # before: one massacre, dated by the protest to the day of the release
    assert got == [("massacre", "1985"), ("protest", "2023-12-06")]


@pytest.mark.parametrize(
    ("text", "language", "wounded"),
    [
        (
            "KHARTOUM, June 4 (Wire) -- Security forces killed 35 protesters at the sit-in on "
            "Monday. Doctors said 500 people were being treated for gunshot wounds.",
            "en",
            500,
        ),
        (
            "La policía mató a tres manifestantes el lunes; 40 personas fueron atendidas por "
            "heridas de bala.",
            "es",
            40,
        ),
    ],
)
def test_people_treated_for_wounds_are_wounded(text: str, language: str, wounded: int) -> None:
    events = _events(text, language, date(2019, 6, 4))
    assert len(events) == 1
    assert events[0]["counts"]["wounded"]["best"] == wounded


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "En 1997, 45 indígenas tzotziles de la organización Las Abejas fueron asesinados por "
            "un grupo paramilitar.",
            "es",
        ),
        (
            "In 1997, 45 Tzotzil villagers from the pacifist group Las Abejas were killed by a "
            "paramilitary group.",
            "en",
        ),
    ],
)
def test_a_figure_whose_people_are_described_at_length_still_counts(
    text: str, language: str
) -> None:
    events = _events(text, language, date(2017, 12, 22))
    assert len(events) == 1
    assert events[0]["counts"]["killed"]["best"] == 45


@pytest.mark.parametrize(
    ("text", "language", "killed"),
    [
        (
            "Los marinos encontraron el martes los cuerpos de 72 migrantes en un rancho de "
            "San Fernando, asesinados por un grupo criminal.",
            "es",
            72,
        ),
        (
            "Soldiers killed the farmers and on Monday villagers found 12 bodies in a ravine.",
            "en",
            12,
        ),
    ],
)
def test_bodies_are_counted_as_killed(text: str, language: str, killed: int) -> None:
    events = _events(text, language, date(2010, 8, 26))
    assert [e["counts"]["killed"]["best"] for e in events if e["counts"].get("killed")] == [killed]


def test_the_repression_of_a_regime_is_not_a_protest() -> None:
    text = (
        "LA PAZ, Jan. 16 (Wire) -- On 15 January 1981 security forces raided a house in La Paz "
        "and killed eight leaders of an opposition party. The interior minister became the face "
        "of the repression."
    )
    events = _events(text, "en", date(1981, 1, 16))
    assert [e["type"] for e in events] == ["massacre"]


def test_a_protest_dispersed_with_killings_is_still_a_protest_killing() -> None:
    text = (
        "LIMA, Dec. 16 (Wire) -- Soldiers fired on protesters at the airport on Thursday, killing "
        "eight people, in the worst repression of the protests so far."
    )
    events = _events(text, "en", date(2022, 12, 16))
    assert [e["type"] for e in events] == ["protest_killing"]


@pytest.mark.parametrize(
    ("text", "language", "kind"),
    [
        (
            "El 27 de septiembre de 1981, soldados detuvieron a Emma Guadalupe en un retén.",
            "es",
            "arbitrary_detention",
        ),
        (
            "On 20 May 2005 hundreds of people were detained in Andijan and nearby districts.",
            "en",
            "arbitrary_detention",
        ),
        (
            "In 1976 the students were held incommunicado in a police station for a month.",
            "en",
            "arbitrary_detention",
        ),
        ("Berenson was arrested in Lima on November 30, 1995.", "en", "arrest"),
        ("El exjefe militar fue capturado el 5 de marzo de 2009 en Bogotá.", "es", "arrest"),
    ],
)
def test_people_held_by_the_forces_are_detained_arbitrarily_suspects_are_arrested(
    text: str, language: str, kind: str
) -> None:
    assert [e["type"] for e in _events(text, language, date(2019, 12, 20))] == [kind]


def test_soldiers_firing_on_a_crowd_kill_protesters() -> None:
    text = (
        "TASHKENT, May 14 (Wire) -- On Friday soldiers fired on the crowd in the main square, and "
        "at least 187 people died."
    )
    events = _events(text, "en", date(2005, 5, 14))
    assert [e["type"] for e in events] == ["protest_killing"]
    assert events[0]["counts"]["killed"]["low"] == 187


def test_a_place_carried_over_from_the_narrative_does_not_join_two_crimes() -> None:
    text = (
        "El tribunal leyó la sentencia en Guatemala el 23 de mayo de 2018.\n\n"
        "El 27 de septiembre de 1981, soldados detuvieron a Emma Molina en un retén de Sololá y "
        "la llevaron al cuartel de Quetzaltenango, de donde escapó.\n\n"
        "En represalia, el 6 de octubre de 1981 agentes se llevaron de la casa familiar a su "
        "hermano Marco Antonio, de 14 años. Nunca más se supo de él."
    )
    events = _events(text, "es", date(2018, 5, 24))
    assert sorted((e["type"], e["date"]["value"]) for e in events) == [
        ("arbitrary_detention", "1981-09-27"),
        ("enforced_disappearance", "1981-10-06"),
    ]


def test_people_unlawfully_held_are_counted_as_detained() -> None:
    text = (
        "El juicio trató la privación ilegal de la libertad y las torturas de 56 personas entre "
        "1976 y 1978 en Campo de Mayo."
    )
    events = _events(text, "es", date(2010, 4, 21))
    held = [e for e in events if e["type"] != "torture_ill_treatment"]
    assert [e["counts"]["detained"]["best"] for e in held] == [56]
    # the torture is proposed beside the detention, as an event of its own
    assert [e["type"] for e in events if e not in held] == ["torture_ill_treatment"]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "CARACAS, March 3 (Wire) -- Troops killed 276 people in the riots of 27 February. "
            "Human rights groups believe the real number was several times higher.",
            "en",
        ),
        (
            "CARACAS, 3 mar (Agencia) — Los militares mataron a 276 personas el 27 de febrero; "
            "las organizaciones creen que la cifra real es mucho mayor.",
            "es",
        ),
    ],
)
def test_a_toll_said_to_be_too_low_is_a_floor(text: str, language: str) -> None:
    events = _events(text, language, date(1989, 3, 3))
    killed = [e["counts"]["killed"] for e in events if e["counts"].get("killed")]
    assert [(k["best"], k["low"], k["high"]) for k in killed] == [(276, 276, None)]


def test_the_massacres_a_march_remembers_are_not_that_days_event() -> None:
    text = (
        "LIMA, 27 dic (Agencia) — Miles de personas marcharon el martes en Lima contra el "
        "indulto. Los manifestantes portaban fotografías de las víctimas de las matanzas de "
        "Barrios Altos y La Cantuta."
    )
    events = _events(text, "es", date(2017, 12, 27))
    assert [(e["type"], e["date"]["value"]) for e in events] == [("protest", "2017-12-26")]


@pytest.mark.parametrize(
    ("text", "language", "day"),
    [
        (
            "El 25 de agosto de 1982 el Ejército se llevó a siete campesinos de Sepur Zarco. "
            "Nunca volvieron.",
            "es",
            "1982-08-25",
        ),
        (
            "On 3 May 1984 soldiers took away four farmers from the village. They never came back.",
            "en",
            "1984-05-03",
        ),
    ],
)
def test_people_taken_who_never_came_back_were_disappeared(
    text: str, language: str, day: str
) -> None:
    events = _events(text, language, date(2016, 3, 4))
    assert [(e["type"], e["date"]["value"]) for e in events] == [("enforced_disappearance", day)]


def test_a_total_followed_by_its_parts_is_not_added_to_them() -> None:
    text = (
        "The judgment covered the enforced disappearance of ten people, a professor and nine "
        "students taken from La Cantuta university in July 1992."
    )
    events = _events(text, "en", date(2024, 11, 30))
    assert [e["counts"]["disappeared"]["best"] for e in events] == [10]
    # a list without a total is still added up
    events = _events(
        "Soldiers killed three students and a professor in 1992.", "en", date(2024, 1, 1)
    )
    assert [e["counts"]["killed"]["best"] for e in events] == [4]
