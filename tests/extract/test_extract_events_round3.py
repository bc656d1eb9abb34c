"""Events, third round: the story of a text is not background; a second naming is no new event.

The rules here came from tabulating every core-event miss over the 52 development texts
(tests/extract/devset, fresh, fresh2) by cause: most were old crimes that a ruling, testimony or
feature is about, proposed as background, and headlines or case names proposed as a second,
undated event. The short texts below are new, one pattern each; the fresh3 texts were written and
coded before the extractor ran on them.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from recuento.extract import (
    RuleBasedExtractor,
    Suggestion,
)
from recuento.services.extraction import load_gold_directory

FRESH3 = Path(__file__).parent / "devset" / "fresh3"


def events(out: list[Suggestion]) -> list[dict]:
    return [s.fields for s in out if s.kind == "event"]


def year(e: dict) -> str | None:
    return (e.get("date") or {}).get("value", "")[:4] or None


def test_the_fresh3_texts_cover_both_languages_at_the_right_length() -> None:
    # well-formedness of every coding: test_gold_codings.py
    docs = load_gold_directory(FRESH3)
    assert len(docs) >= 6
    assert sorted(d.language for d in docs).count("en") >= 3
    assert sorted(d.language for d in docs).count("es") >= 3
    for d in docs:
        assert 250 <= len(d.text.split()) <= 400, d.name


FEATURE = """The long night in Santa Rita

Forty years have passed, and the square of Santa Rita looks as it did then.

On 3 March 1982, soldiers arrived at dawn and ordered everyone out of their houses. They
separated the men from the women near the church.

Then the soldiers opened fire on the men. Twenty-two were killed in the square, and the bodies
were left there until the afternoon.

The survivors buried the dead in the cemetery that night and fled to the hills.
"""


def test_an_old_crime_told_in_several_sentences_is_the_story_not_background(
    ex: RuleBasedExtractor,
) -> None:
    out = events(ex.extract(FEATURE, language="en", published=date(2022, 3, 3)))
    killings = [e for e in out if e["type"] == "massacre"]
    assert killings and year(killings[0]) == "1982"
    assert killings[0]["background"] is False


COMPARISON = """The long night in Santa Rita

On 3 March 1982, soldiers arrived at dawn in Santa Rita and separated the men from the women.

Then the soldiers opened fire on the men. Twenty-two were killed in the square, and the bodies
were left there until the afternoon.

Only a year earlier, in 1981, an army patrol had killed 14 villagers in Los Almendros, a
hamlet across the river.
"""


def test_an_older_case_told_once_for_comparison_stays_background(
    ex: RuleBasedExtractor,
) -> None:
    out = events(ex.extract(COMPARISON, language="en", published=date(2022, 3, 3)))
    by_year = {year(e): e for e in out}
    assert by_year["1982"]["background"] is False
    assert by_year["1981"]["background"] is True


def test_a_ruling_made_now_makes_the_crime_it_is_about_the_story(ex: RuleBasedExtractor) -> None:
    text = (
        "LIMA, 5 mar (Agencia) – Un tribunal condenó ayer a 20 años de prisión al coronel Juan "
        "Pérez Soto por la ejecución de un dirigente campesino.\n\n"
        "Según la sentencia, el 12 de mayo de 1990 una patrulla del Ejército detuvo al dirigente "
        "en su casa de Huanta y lo ejecutó esa misma noche junto al río."
    )
    out = events(ex.extract(text, language="es", published=date(2019, 3, 5)))
    crime = [e for e in out if year(e) == "1990"]
    assert crime and crime[0]["background"] is False


def test_a_case_name_without_a_date_is_the_dated_event_named_again(
    ex: RuleBasedExtractor,
) -> None:
    text = (
        'Caso de la "Masacre de Santa Rita" vs. Guatemala — resumen de la sentencia\n\n'
        "El 3 de marzo de 1982, soldados del Ejército llegaron a Santa Rita y mataron a "
        "veintidós hombres en la plaza del pueblo.\n\n"
        "La Corte ordenó al Estado investigar los hechos y reparar a las familias."
    )
    out = events(ex.extract(text, language="es", published=date(2005, 9, 30)))
    massacres = [e for e in out if e["type"] == "massacre"]
    assert len(massacres) == 1
    assert year(massacres[0]) == "1982"


def test_the_day_a_trial_opened_does_not_date_the_crime(ex: RuleBasedExtractor) -> None:
    text = (
        "El juicio, que comenzó en noviembre de 2012, examinó los asesinatos de 40 detenidos "
        "del centro clandestino durante la dictadura."
    )
    out = events(ex.extract(text, language="es", published=date(2017, 11, 30)))
    assert out and all(year(e) != "2012" for e in out)
