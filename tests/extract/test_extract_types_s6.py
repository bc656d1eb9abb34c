"""Events, session 6: how an event's type is chosen once its mentions are gathered.

Each rule has sentences written for it (new wording and cases, both languages where it applies)
and cases it must leave alone. None is taken from a coded text.
"""

from __future__ import annotations

from datetime import date

import pytest

from recuento.extract import RuleBasedExtractor


def _types(text: str, language: str, published: date = date(2020, 1, 1)) -> list[str]:
    return sorted(
        str(s.fields["type"])
        for s in RuleBasedExtractor().extract(text, language=language, published=published)
        if s.kind == "event"
    )


# ---- a repression not done, only possible, or remembered --------------------------------------


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "On 2 May 1931 hundreds of villagers gathered in the market square of Talpur. A "
            "cavalry officer lined up his men and, without any order to disperse, had them "
            "fire; 64 people were killed.",
            "en",
        ),
        (
            "El 9 de marzo de 1958 unas dos mil personas se reunieron en el atrio de San Blas. "
            "El capitán, que podría haber dispersado a la multitud sin un disparo, ordenó abrir "
            "fuego y murieron 37 personas.",
            "es",
        ),
    ],
)
def test_a_dispersal_not_done_makes_no_protest_killing(text: str, language: str) -> None:
    assert _types(text, language) == ["massacre"]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "BUENOS AIRES, 26 Jun (Wire) -- Thousands of people marched through the capital on "
            "Sunday to mark the twentieth anniversary of the police crackdown on the bridge.",
            "en",
        ),
        (
            "LIMA, 5 jun (Agencia) — Cientos de personas marcharon este domingo en el centro de "
            "la ciudad en memoria de la represión de la huelga minera.",
            "es",
        ),
    ],
)
def test_a_march_that_remembers_a_crackdown_is_a_protest(text: str, language: str) -> None:
    assert _types(text, language, date(2022, 6, 26)) == ["protest"]


def test_a_dispersal_by_force_is_still_a_repression() -> None:
    text = (
        "On 4 October 2011 about 300 students marched on the ministry; riot police dispersed "
        "the march with tear gas."
    )
    assert _types(text, "en") == ["protest_repression"]


# ---- a killing told in the sentence of the protest: a protest killing, figure or not -----------


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "On 12 March 1988 dock workers marched to the harbour office to demand their unpaid "
            "wages; a police unit fired on them and several marchers were killed.",
            "en",
        ),
        (
            "El 20 de octubre de 1994 los cañeros marcharon hacia la gobernación y la policía "
            "disparó contra la columna; varios manifestantes murieron en la avenida.",
            "es",
        ),
    ],
)
def test_killed_in_the_protest_sentence_is_a_protest_killing(text: str, language: str) -> None:
    assert _types(text, language) == ["protest_killing"]


def test_a_killing_told_apart_from_a_march_is_not_a_protest_killing() -> None:
    text = (
        "On 3 June 2015 teachers marched through Oaxaca to demand higher pay. That night, "
        "gunmen shot dead a union leader at his home in another town."
    )
    assert "protest_killing" not in _types(text, "en")


# ---- a massacre a time is counted from is another event ----------------------------------------


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "On 2 August 1987 striking cane cutters marched on the mill, and guards fired tear "
            "gas and shot dead two of them, a week before the massacre at the river.",
            "en",
        ),
        (
            "El 3 de abril de 1977 los mineros en huelga marcharon hacia la plaza y la policía "
            "mató a tres de ellos, diez días antes de la matanza del socavón.",
            "es",
        ),
    ],
)
def test_a_massacre_named_as_a_time_does_not_type_the_killing(text: str, language: str) -> None:
    assert _types(text, language) == ["protest_killing"]


def test_a_firing_party_is_no_picket_line() -> None:
    text = (
        "El 12 de enero de 1974 los detenidos fueron llevados a un cerro, donde un piquete de "
        "soldados los fusiló."
    )
    assert "protest_killing" not in _types(text, "es")


def test_a_killing_that_set_off_protests_is_not_a_protest_killing() -> None:
    text = (
        "The journalist was shot dead outside her home in Oaxaca on 2 May 2016. Her killing "
        "sparked protests across the country in the days that followed."
    )
    assert "protest_killing" not in _types(text, "en")
    text_es = (
        "El dirigente fue asesinado a balazos el 8 de junio de 2009 en Tegucigalpa. Su muerte "
        "desató marchas en todo el país."
    )
    assert "protest_killing" not in _types(text_es, "es")


# ---- the dead counted from the people a killing points back to weigh on the five-dead line -----


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "El 5 de mayo de 1984 los infantes de marina sacaron del cuartel a nueve detenidos, "
            "los llevaron a una quebrada y los fusilaron.",
            "es",
        ),
        (
            "On 11 June 1982 soldiers took away seven farmers from the estate, drove them to a "
            "gully near the road and shot them.",
            "en",
        ),
    ],
)
def test_the_dead_of_a_pronoun_make_a_massacre(text: str, language: str) -> None:
    assert "massacre" in _types(text, language)


def test_two_dead_of_a_pronoun_stay_an_extrajudicial_killing() -> None:
    text = (
        "El 5 de mayo de 1984 los infantes de marina sacaron del cuartel a dos detenidos, los "
        "llevaron a una quebrada y los fusilaron."
    )
    assert "massacre" not in _types(text, "es")


# ---- a clash the text disowns: quoted, or named as a pretence -----------------------------------


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "En la madrugada del 3 de marzo de 1991 agentes de la policía secreta mataron a "
            "cuatro estudiantes en una casa de Soacha y dejaron armas junto a los cuerpos para "
            "que pareciera un combate.",
            "es",
        ),
        (
            "On 9 July 1996 police shot dead three young men in a flat in Recife, in what the "
            'spokesman later described as a "shootout" with a gang.',
            "en",
        ),
        (
            "On 9 July 1996 police shot dead three young men in a flat in Recife, in what the "
            "commander called a so-called firefight.",
            "en",
        ),
    ],
)
def test_a_staged_or_quoted_clash_is_no_clash(text: str, language: str) -> None:
    types = _types(text, language)
    assert "armed_clash" not in types
    assert "extrajudicial_killing" in types


def test_a_clash_told_plainly_stays_a_clash() -> None:
    text = (
        "On 14 August 1992 an army patrol and a guerrilla column fought for three hours near "
        "the river; six rebels and two soldiers were killed in the firefight."
    )
    assert _types(text, "en") == ["armed_clash"]


# ---- deaths of people held: a death in custody, however many ----------------------------------


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "El 14 de febrero de 2012 un motín terminó en incendio en la granja penal de "
            "Comayagua. Murieron 361 reos en la cárcel, la mayoría encerrados.",
            "es",
        ),
        (
            "On 3 March 2019 a fire swept through a block of the Tulcán prison. Twenty-two "
            "inmates died in the prison before guards unlocked the doors.",
            "en",
        ),
    ],
)
def test_prisoners_who_died_in_prison_died_in_custody(text: str, language: str) -> None:
    assert "death_in_custody" in _types(text, language)


def test_a_courts_word_for_the_crime_does_not_hide_a_death_in_custody() -> None:
    text = (
        "Luis Ortega was arrested by municipal police on 2 May 2011. He died on 9 May in the "
        "prison ward of the city hospital. In 2019 two officers were convicted of the killing."
    )
    assert "death_in_custody" in _types(text, "en")


def test_prisoners_shot_in_a_prison_are_not_a_death_in_custody() -> None:
    text = (
        "On 2 October 1992 military police stormed Pavilion 9 of the state prison and shot "
        "dead 111 inmates in their cells."
    )
    assert "death_in_custody" not in _types(text, "en")
