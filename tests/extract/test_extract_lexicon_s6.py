"""Event trigger lexicon, session 6: words that tell an event of each type.

The entries were written from how English and Spanish news, testimony and court language tell
each kind of event (verbs in the persons and tenses news uses, participles, nouns and set
phrases), then kept only where they did not add proposals that match no coded event. Each test
sentence is new (not from any development text); each group has cases the words must leave
alone.
"""

from __future__ import annotations

from datetime import date

import pytest

from extract_helpers import trigger_types, typed_dates


def _reads(text: str) -> list[str]:
    return trigger_types(text)


def _events(text: str, language: str, published: date = date(2021, 6, 1)) -> list[tuple[str, str]]:
    return typed_dates(text, language, published)


# ---- killings told by how the dead were found or killed -----------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "El dirigente fue hallado muerto en una acequia de Chancay.",
        "A la maestra la encontraron muerta a tiros junto a la carretera.",
        "Dos comuneros aparecieron muertos en el cerro.",
        "El cuerpo sin vida del periodista estaba en un terreno baldío.",
        "The union organiser was found dead in a ditch outside Cali.",
        "The mayor was assassinated outside the town hall.",
        "The priest was fatally shot as he left the chapel.",
        "Tres presuntos guerrilleros fueron abatidos por la patrulla.",
        "Le dieron el tiro de gracia frente a sus hijos.",
        "The two brothers were beheaded by the militia.",
        "El catequista fue decapitado en la plaza del pueblo.",
        "Ese año el dirigente perdió la vida en una emboscada policial.",
        "The farmer lost his life when the troops opened fire.",
        "Her husband succumbed to his wounds two days later.",
        "El sindicalista fue ejecutado por una patrulla del Ejército.",
        "His body was riddled with bullets.",
    ],
)
def test_killing_told_by_how(text: str) -> None:
    assert set(_reads(text)) & {"killing", "massacre", "armed_clash"}


@pytest.mark.parametrize(
    "text",
    [
        "The ministers survived an assassination attempt in 2004.",
        "El proyecto fue ejecutado por el municipio en 2019.",
        "Los presos sufrieron un simulacro de fusilamiento.",
    ],
)
def test_not_a_killing(text: str) -> None:
    assert "killing" not in _reads(text)


@pytest.mark.parametrize(
    ("text", "etype"),
    [
        ("Human rights groups documented dozens of summary executions in the valley.", "ej"),
        ("Los cinco fueron ejecutados sumariamente detrás de la escuela.", "ej"),
        ("La Fiscalía investiga 300 casos de falsos positivos en el departamento.", "ej"),
        ("The student died in police custody in Nairobi.", "dic"),
        ("The detainee died in his cell after a week of interrogation.", "dic"),
        ("El obrero murió en la comisaría de Villa El Salvador.", "dic"),
        ("El estudiante murió bajo tortura en el cuartel.", "dic"),
        ("El campesino murió mientras estaba detenido en la base.", "dic"),
        ("The paramilitaries massacred the villagers.", "massacre"),
        ("Los soldados masacraron a los pobladores de la aldea.", "massacre"),
        ("The carnage at the market left forty dead.", "massacre"),
    ],
)
def test_killing_kinds(text: str, etype: str) -> None:
    want = {"ej": "extrajudicial_killing", "dic": "death_in_custody", "massacre": "massacre"}
    assert want[etype] in _reads(text)


def test_found_dead_is_an_event() -> None:
    text = (
        "Lima, 4 de marzo de 2019. El dirigente vecinal Julio Quispe fue hallado muerto a "
        "balazos el 2 de marzo de 2019 en un descampado de Ate."
    )
    assert ("extrajudicial_killing", "2019-03-02") in _events(text, "es", date(2019, 3, 4))


# ---- disappearances told by the fate left open -------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Desde entonces se desconoce su paradero.",
        "Se los llevaron sin que se conozca su destino hasta hoy.",
        "Their fate remains unknown.",
        "Su paradero sigue sin conocerse.",
        "De ella no se volvió a saber.",
        "Entró al cuartel a preguntar por su hijo y nunca salió del cuartel.",
        "He walked into the barracks to ask for his son and never came out.",
        "The three activists have been missing since March.",
        "The two students are still missing.",
        "The journalist vanished without a trace.",
        "Se lo llevaron con rumbo desconocido.",
        "Soldiers drove them to an unknown destination.",
        "Las madres buscan a los detenidos-desaparecidos de la dictadura.",
        "En 1976 los militares lo desaparecieron.",
    ],
)
def test_disappearance_told_by_fate(text: str) -> None:
    assert "enforced_disappearance" in _reads(text)


@pytest.mark.parametrize(
    "text",
    [
        "The dog went looking for the missing ball.",
        "Los restos del dirigente siguen sin aparecer.",
    ],
)
def test_not_a_disappearance(text: str) -> None:
    assert "enforced_disappearance" not in _reads(text)


def test_seized_and_never_seen() -> None:
    text = (
        "The lawyer was seized on 3 May 1978 in Rosario by men in plain clothes. "
        "His whereabouts remain unknown."
    )
    assert ("enforced_disappearance", "1978-05-03") in _events(text, "en", date(1990, 1, 1))


# ---- abductions told by the taking --------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "The engineer was seized outside his office by gunmen.",
        "She was picked up by men in an unmarked car.",
        "The rebels took forty tourists hostage.",
        "El comando tomó como rehenes a los pasajeros del bus.",
        "Los cuatro jóvenes fueron interceptados por hombres armados.",
        "Hombres encapuchados lo interceptaron a la salida del colegio.",
        "A los tres maestros los levantaron en Iguala.",
        "Fue levantado por un grupo de sujetos armados.",
        "El periodista fue abordado por agentes vestidos de civil.",
        "Lo subieron a una camioneta sin placas.",
        "He was bundled into a van by masked men.",
        "Both men were taken from their homes at dawn.",
        "The priest was led away by soldiers.",
        "El ganadero fue plagiado en su finca.",
    ],
)
def test_abduction_told_by_taking(text: str) -> None:
    assert "abduction" in _reads(text)


@pytest.mark.parametrize(
    "text",
    [
        "Los campesinos levantados en armas rechazaron la tregua.",
        "Police rescued the hostages after four days.",
        "The weapons were seized.",
    ],
)
def test_not_an_abduction(text: str) -> None:
    assert "abduction" not in _reads(text)


# ---- torture, sexual violence, detention and arrest told without their names -------------------


@pytest.mark.parametrize(
    ("text", "etype"),
    [
        ("He was beaten for two days at the police station.", "torture_ill_treatment"),
        (
            "Los guardias lo golpearon en la celda hasta dejarlo inconsciente.",
            "torture_ill_treatment",
        ),
        ("Recibió golpes y patadas durante el interrogatorio.", "torture_ill_treatment"),
        ("Los reclutas recibían palizas y culatazos en el cuartel.", "torture_ill_treatment"),
        (
            "The interrogators used electric shocks and a plastic bag over his head.",
            "torture_ill_treatment",
        ),
        (
            "La sometieron a asfixia y la colgaron; quedó colgada de los brazos.",
            "torture_ill_treatment",
        ),
        ("The prisoners were subjected to mock executions.", "torture_ill_treatment"),
        ("Los presos sufrieron un simulacro de fusilamiento.", "torture_ill_treatment"),
        ("Sufrió tratos crueles, inhumanos y degradantes.", "torture_ill_treatment"),
        (
            "The detainees were subjected to cruel, inhuman or degrading treatment.",
            "torture_ill_treatment",
        ),
        ("Soldiers were accused of raping two girls at the checkpoint.", "sexual_violence"),
        ("Dos soldados la violaron en la base.", "sexual_violence"),
        ("Denunció la violación de una adolescente por un policía.", "sexual_violence"),
        ("The tribunal heard evidence of sexual slavery at the camp.", "sexual_violence"),
        ("Miles de mujeres sufrieron esterilizaciones forzadas.", "sexual_violence"),
        ("El oficial abusó sexualmente de la detenida.", "sexual_violence"),
        ("The women were forced to undress in front of the guards.", "sexual_violence"),
        ("Lo mantuvieron incomunicado durante diez días.", "arbitrary_detention"),
        ("The journalist was held for a year without trial.", "arbitrary_detention"),
        ("Lo detuvieron sin orden judicial en su casa.", "arbitrary_detention"),
        ("Rights groups denounced mass arrests after the vote.", "arbitrary_detention"),
        ("Fue víctima de privación ilegítima de la libertad.", "arbitrary_detention"),
        ("Los tres sospechosos fueron capturados en Lima.", "arrest"),
        ("El exjefe policial fue aprehendido en su domicilio.", "arrest"),
        ("La policía apresó al dirigente sindical.", "arrest"),
        ("The fugitive general was apprehended in Madrid.", "arrest"),
        ("Police rounded up dozens of opposition activists.", "arrest"),
    ],
)
def test_harm_told_without_its_name(text: str, etype: str) -> None:
    assert etype in _reads(text)


@pytest.mark.parametrize(
    ("text", "etype"),
    [
        ("Golpearon la puerta a las tres de la madrugada.", "torture_ill_treatment"),
        ("The ruling party was beaten in the election.", "torture_ill_treatment"),
        ("El maestro fue golpeado y subido a una patrulla.", "torture_ill_treatment"),
        ("Riot police beat marchers in the main square.", "torture_ill_treatment"),
        ("Denunció la violación de los derechos humanos de los presos.", "sexual_violence"),
        ("La Corte condenó la violación del debido proceso.", "sexual_violence"),
        ("He was held in a cell for two days.", "arbitrary_detention"),
    ],
)
def test_harm_words_left_alone(text: str, etype: str) -> None:
    assert etype not in _reads(text)


def test_incommunicado_detention_is_proposed() -> None:
    text = (
        "Valparaíso, 2 de octubre de 1973. El 20 de septiembre de 1973 los marinos llevaron al "
        "dirigente portuario a un buque y lo mantuvieron incomunicado durante tres semanas."
    )
    types = [t for t, _d in _events(text, "es", date(1973, 10, 2))]
    assert "arbitrary_detention" in types
