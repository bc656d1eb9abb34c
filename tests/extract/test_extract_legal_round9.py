"""Legal facts: the fourth round of session 5.

Errors were counted over the 12 folders open for development (devset and its fresh* folders,
held-out sets 1-5); held-out sets 6 and 7 were not opened. Each rule below has its own short
texts, written for this file, with the cases the rule must leave alone.
"""

from __future__ import annotations

from datetime import date

import pytest

from recuento.extract import RuleBasedExtractor, Suggestion


@pytest.fixture(scope="module")
def ex() -> RuleBasedExtractor:
    return RuleBasedExtractor()


def legal(out: list[Suggestion]) -> list[dict]:
    return [s.fields for s in out if s.kind == "legal"]


def subjects(out: list[Suggestion], ltype: str) -> set[str]:
    return {n for f in legal(out) if f["type"] == ltype for n in f["subjects"]}


PUB = date(2021, 3, 4)

# ---- serving a sentence is the sentence, not a new detention -----------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "El exgeneral Ramiro Escalante Vidal ya cumple una condena de 25 años por otros crímenes.",
        "Ramiro Escalante Vidal, que cumplía una condena a prisión perpetua, murió el lunes.",
        "El exmayor Ramiro Escalante Vidal cumplió una condena en Panamá y vive hoy en Quito.",
    ],
)
def test_serving_a_sentence_is_no_detention(ex: RuleBasedExtractor, text: str) -> None:
    out = ex.extract(text, language="es", published=PUB)
    assert "Ramiro Escalante Vidal" not in subjects(out, "detention")


@pytest.mark.parametrize(
    "text",
    [
        "El exgeneral Ramiro Escalante Vidal permanece en prisión preventiva desde 2019.",
        "Ramiro Escalante Vidal cumple prisión domiciliaria desde 2019 por razones de salud.",
        "Ramiro Escalante Vidal está preso desde 2019 en la cárcel de Ancón.",
    ],
)
def test_held_in_prison_stays_a_detention(ex: RuleBasedExtractor, text: str) -> None:
    out = ex.extract(text, language="es", published=PUB)
    assert "Ramiro Escalante Vidal" in subjects(out, "detention")


def test_serving_a_sentence_is_an_undated_conviction(ex: RuleBasedExtractor) -> None:
    text = (
        "El 3 de marzo de 2021 murió el exgeneral Ramiro Escalante Vidal. "
        "Escalante Vidal ya cumplía una condena de 25 años por otros crímenes."
    )
    out = ex.extract(text, language="es", published=PUB)
    conv = [f for f in legal(out) if f["type"] == "conviction"]
    assert [f["subjects"] for f in conv] == [["Ramiro Escalante Vidal"]]
    assert conv[0]["sentence"]["years"] == 25
    assert conv[0].get("date") is None


def test_serving_life_is_still_a_detention(ex: RuleBasedExtractor) -> None:
    text = "Ramiro Escalante Vidal murió en la base naval, donde cumplía cadena perpetua."
    out = ex.extract(text, language="es", published=PUB)
    assert "Ramiro Escalante Vidal" in subjects(out, "detention")


def test_terms_after_a_sentence_served_are_no_ruling(ex: RuleBasedExtractor) -> None:
    text = (
        "El 3 de marzo de 2021 la Sala confirmó la condena de Germán Tituaña Paz. "
        "El autor material, Ramiro Escalante Vidal, cumple una condena a presidio perpetuo. "
        "El ministro Bruno Ocampo Lema estuvo por elevar la pena de Tituaña a 20 años."
    )
    out = ex.extract(text, language="es", published=PUB)
    assert "Bruno Ocampo Lema" not in subjects(out, "conviction")
    assert "Ramiro Escalante Vidal" in subjects(out, "conviction")
