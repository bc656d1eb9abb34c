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


@pytest.mark.parametrize("language", ["en", "es"])
def test_a_disappearance_told_after_a_killing_is_not_folded_into_it(language: str) -> None:
    events = [
        s.fields
        for s in RuleBasedExtractor().extract(
            TEXTS[language], language=language, published=date(2011, 3, 9)
        )
        if s.kind == "event"
    ]
    types = sorted(e["type"] for e in events)
    assert types == ["enforced_disappearance", "extrajudicial_killing"]
    killing = next(e for e in events if e["type"] == "extrajudicial_killing")
    assert killing["date"]["value"] == "1984"
    assert killing["counts"]["killed"]["best"] == 4
    gone = next(e for e in events if e["type"] == "enforced_disappearance")
    assert gone["counts"] == {}  # the four farmers are not the witness's count


def test_a_disappearance_told_as_the_end_of_an_abduction_stays_one_event() -> None:
    text = (
        "AYACUCHO, 2 nov (Agencia) — El 14 de mayo de 1983 una patrulla se llevó a siete "
        "campesinos de la comunidad de Umasi. Nunca más se supo de ellos."
    )
    events = [
        s.fields
        for s in RuleBasedExtractor().extract(text, language="es", published=date(1983, 11, 2))
        if s.kind == "event"
    ]
    assert [e["type"] for e in events] == ["enforced_disappearance"]
    assert events[0]["date"]["value"] == "1983-05-14"
