"""Who a ruling is about: objects joined by "y al", relatives named with a defendant, people who
share a surname, and a judge named by role only."""

from __future__ import annotations

from datetime import date

import pytest

from recuento.extract import RuleBasedExtractor


def _extract(text: str, language: str) -> tuple[list[dict], dict[str, list[str]]]:
    out = RuleBasedExtractor().extract(text, language=language, published=date(2019, 12, 20))
    legal = [s.fields for s in out if s.kind == "legal"]
    roles = {s.fields["name"]: s.fields["roles"] for s in out if s.kind == "person"}
    return legal, roles


def test_a_second_object_after_an_apposition_is_also_sentenced() -> None:
    legal, _ = _extract(
        "El tribunal condenó el viernes a prisión perpetua al excomisario Miguel Osvaldo "
        "Etchecolatz, de 93 años, y al expolicía Julio César Garachico por los secuestros.",
        "es",
    )
    convictions = [f for f in legal if f["type"] == "conviction"]
    assert len(convictions) == 1
    assert convictions[0]["subjects"] == ["Miguel Osvaldo Etchecolatz", "Julio César Garachico"]
    assert convictions[0]["sentence"]["life"] is True


def test_brothers_with_one_surname_are_two_people_and_both_convicted() -> None:
    legal, roles = _extract(
        "Judge Maria Santos found Andal Ampatuan and his brother Zaldy Ampatuan guilty of murder "
        "and sentenced them to life imprisonment on Thursday.",
        "en",
    )
    assert {"Andal Ampatuan", "Zaldy Ampatuan"} <= set(roles)
    assert [f["subjects"] for f in legal if f["type"] == "conviction"] == [
        ["Andal Ampatuan", "Zaldy Ampatuan"]
    ]


def test_a_capitalised_word_at_a_sentence_start_still_points_to_the_surname() -> None:
    _, roles = _extract("Alberto Fujimori was pardoned. Afterwards Fujimori left the clinic.", "en")
    assert list(roles) == ["Alberto Fujimori"]


@pytest.mark.parametrize(
    ("text", "language", "name"),
    [
        ("El juez condenó a Juan Pérez Soto a 20 años de prisión.", "es", "Juan Pérez Soto"),
        ("The judge sentenced John Smith to 20 years in prison.", "en", "John Smith"),
    ],
)
def test_the_person_a_judge_sentences_is_not_the_judge(text: str, language: str, name: str) -> None:
    legal, roles = _extract(text, language)
    assert "judge" not in roles[name]
    assert [(f["type"], f["subjects"], f["sentence"]["years"]) for f in legal] == [
        ("conviction", [name], 20)
    ]


def test_people_held_since_a_date_are_detained_plural_too() -> None:
    legal, _ = _extract(
        "El tribunal condenó a Gregorio Álvarez y a Juan Carlos Larcebeau. Álvarez, de 83 años, y "
        "Larcebeau están presos desde el 17 de diciembre de 2007, cuando fueron procesados.",
        "es",
    )
    held = [f for f in legal if f["type"] == "detention"]
    assert [(f["subjects"], f["date"]["value"]) for f in held] == [
        (["Gregorio Álvarez", "Juan Carlos Larcebeau"], "2007-12-17")
    ]


@pytest.mark.parametrize(
    ("text", "language", "name", "when"),
    [
        ("Lori Berenson was released on parole in May 2010.", "en", "Lori Berenson", "2010-05"),
        (
            "La Corte Suprema ratificó el 12 de agosto de 2015 la libertad condicional del excabo "
            "Alejandro Sáez Mardones.",
            "es",
            "Alejandro Sáez Mardones",
            "2015-08-12",
        ),
        (
            "El 7 de mayo de 2003 la Sala Cuarta anuló la condena de Juan Valencia Osorio y lo "
            "dejó en libertad.",
            "es",
            "Juan Valencia Osorio",
            "2003-05-07",
        ),
    ],
)
def test_parole_and_being_let_go_free_are_releases(
    text: str, language: str, name: str, when: str
) -> None:
    legal, _ = _extract(text, language)
    releases = [(f["subjects"], f["date"]["value"]) for f in legal if f["type"] == "release"]
    assert releases == [([name], when)]


def test_a_date_in_an_apposition_does_not_date_the_sentence() -> None:
    legal, _ = _extract(
        "BUENOS AIRES, 27 may (Agencia) — Un tribunal condenó este viernes a quince exmilitares. "
        "También recibieron 25 años el coronel uruguayo Manuel Cordero Piacentini, de 77, "
        "extraditado desde Brasil en 2007, y el exagente Miguel Ángel Furci.",
        "es",
    )
    cordero = [f for f in legal if "Manuel Cordero Piacentini" in f["subjects"]]
    assert cordero and all((f["date"] or {}).get("value") != "2007" for f in cordero)


def test_a_list_of_terms_after_a_ruling_gives_each_its_conviction() -> None:
    legal, _ = _extract(
        "LIMA, Nov. 30 (Wire) -- On Friday the chamber convicted eight former soldiers for the "
        "Pativilca massacre.\n\nThe chamber imposed the following sentences:\n"
        "- Juan Norberto Rivero Lazo, then director of army intelligence: 20 years;\n"
        "- Santiago Martin Rivas and Carlos Pichilingue Guevara: 18 years each;\n"
        "- Julio Chuqui Aguirre and César Alvarado Salinas: 15 years each.",
        "en",
    )
    named = [(f["subjects"], f["sentence"]["years"]) for f in legal if f["subjects"]]
    assert named == [
        (["Juan Norberto Rivero Lazo"], 20),
        (["Santiago Martin Rivas", "Carlos Pichilingue Guevara"], 18),
        (["Julio Chuqui Aguirre", "César Alvarado Salinas"], 15),
    ]
