"""Names of bodies, laws, operations and nationalities are not persons."""

from __future__ import annotations

from datetime import date

import pytest

from recuento.extract import RuleBasedExtractor


def _persons(text: str, language: str) -> list[str]:
    out = RuleBasedExtractor().extract(text, language=language, published=date(2019, 6, 5))
    return sorted(s.fields["name"] for s in out if s.kind == "person")


@pytest.mark.parametrize(
    ("text", "language", "persons"),
    [
        (
            "Troops of the Rapid Support Forces killed the leaders of the Movement of the "
            "Revolutionary Left, the lawyer Ana Castro said.",
            "en",
            ["Ana Castro"],
        ),
        (
            "The Bosnian Serb leader Radovan Karadžić was sentenced by a United Nations court.",
            "en",
            ["Radovan Karadžić"],
        ),
        (
            "El Grupo Interdisciplinario de Expertos Independientes y las Naciones Unidas pidieron "
            "a Estados Unidos los archivos de la Operación Colombo, dijo Fabiola Letelier.",
            "es",
            ["Fabiola Letelier"],
        ),
        (
            "Las leyes de Obediencia Debida y Punto Final protegieron al general Carlos Suárez "
            "Mason, jefe del Primer Cuerpo de Ejército.",
            "es",
            ["Carlos Suárez Mason"],
        ),
        (
            "Oficiales del Estado Mayor Presidencial mataron a la antropóloga Myrna Mack.",
            "es",
            ["Myrna Mack"],
        ),
        (
            "El excomisario Germán Montenegro fue absuelto; el Ministerio de Relaciones "
            "Exteriores no respondió.",
            "es",
            ["Germán Montenegro"],
        ),
    ],
)
def test_only_people_are_persons(text: str, language: str, persons: list[str]) -> None:
    assert _persons(text, language) == persons


@pytest.mark.parametrize(
    ("text", "persons"),
    [
        ("La matanza terminó con el gobierno de Fernando Lugo.", ["Fernando Lugo"]),
        (
            "Las protestas contra el gobierno de Daniel Ortega dejaron 300 muertos.",
            ["Daniel Ortega"],
        ),
        ("El gobierno de Chile pidió perdón a las familias.", []),
    ],
)
def test_the_government_of_a_named_person_names_a_person(text: str, persons: list[str]) -> None:
    assert _persons(text, "es") == persons


def test_a_given_name_that_is_also_a_city_starts_a_two_word_name() -> None:
    text = "El pintor Santiago Nattino fue secuestrado en Santiago el 28 de marzo de 1985."
    assert _persons(text, "es") == ["Santiago Nattino"]


def test_arabic_names_keep_their_article() -> None:
    text = "Protesters demanded the fall of President Omar al-Bashir, and al-Bashir was ousted."
    assert _persons(text, "en") == ["Omar al-Bashir"]


def test_korean_names_and_streets() -> None:
    text = (
        "SEOUL, Dec. 22 (Wire) -- President Kim Young-sam pardoned Chun Doo-hwan and Roh Tae-woo "
        "today. Troops once fired on the crowd on Cholpon Prospect."
    )
    assert _persons(text, "en") == ["Chun Doo-hwan", "Kim Young-sam", "Roh Tae-woo"]


@pytest.mark.parametrize(
    ("text", "language", "persons"),
    [
        (
            "Los paramilitares llegaron desde Vigía del Fuerte; el portal Rutas del Conflicto "
            "documentó el caso, dijo la abogada Ana Castro.",
            "es",
            ["Ana Castro"],
        ),
        (
            "Residents of Caño La Colorada and members of Héroes de Tolová were questioned.",
            "en",
            [],
        ),
        # a name with "de" whose last word stands alone elsewhere is a person's
        (
            "El expolicía Élcio de Queiroz confesó. Queiroz dijo que conducía el auto.",
            "es",
            ["Élcio de Queiroz"],
        ),
    ],
)
def test_names_joined_by_de_with_no_given_name_are_places_or_bodies(
    text: str, language: str, persons: list[str]
) -> None:
    assert _persons(text, language) == persons
