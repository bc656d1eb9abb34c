"""Fresh development texts (tests/extract/devset/fresh/) and the general rules they led to.

The twelve fresh texts were written and coded before the extractor ran on them; their first-run
scores are recorded in docs/extraction.md. The short texts below are new, one pattern each.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from recuento.extract import (
    RuleBasedExtractor,
    Suggestion,
)
from recuento.services.extraction import load_gold_directory

FRESH = Path(__file__).parent / "devset" / "fresh"


def kind(out: list[Suggestion], k: str) -> list[dict]:
    return [s.fields for s in out if s.kind == k]


def test_the_fresh_texts_cover_both_languages_and_the_styles() -> None:
    # well-formedness of every coding: test_gold_codings.py
    docs = load_gold_directory(FRESH)
    assert len(docs) >= 10
    assert {d.language for d in docs} == {"en", "es"}
    assert len({d.meta["style"] for d in docs}) >= 6


def test_a_phrase_after_san_or_a_capitalised_place_word_is_not_a_person(
    ex: RuleBasedExtractor,
) -> None:
    text = (
        "Los soldados llegaron a la comunidad de San Juan Bautista y después a la Plaza de los "
        "Mártires, donde el alcalde Pedro Ramírez Soto los recibió."
    )
    names = {p["name"] for p in kind(ex.extract(text, language="es"), "person")}
    assert "Pedro Ramírez Soto" in names
    assert not names & {"Juan Bautista", "Mártires"}


def test_a_river_or_a_company_is_not_a_person(ex: RuleBasedExtractor) -> None:
    text = (
        "The villagers opposed a dam on the Ulúa River built by Energías Limpias S.A., said "
        "the lawyer Ana Mejía."
    )
    names = {p["name"] for p in kind(ex.extract(text, language="en"), "person")}
    assert names == {"Ana Mejía"}


def test_found_guilty_with_the_name_in_between_is_a_conviction_and_a_total_term_wins(
    ex: RuleBasedExtractor,
) -> None:
    text = (
        "On 3 March 2015 the court found the former general Carlos Andrade Ruiz guilty of "
        "torture. He was sentenced to 20 years for torture and 15 years for kidnapping, a total "
        "of 35 years in prison."
    )
    legal = kind(ex.extract(text, language="en", published=date(2015, 3, 4)), "legal")
    convictions = [f for f in legal if f["type"] == "conviction"]
    assert any(f["subjects"] == ["Carlos Andrade Ruiz"] for f in convictions)
    assert [f["sentence"]["years"] for f in convictions if f.get("sentence")] == [35]


def test_the_victim_of_a_rape_or_a_detention_is_not_a_subject_of_the_conviction(
    ex: RuleBasedExtractor,
) -> None:
    text = (
        "El tribunal condenó ayer a Luis Vargas Pinto por la detención ilegal y la violación de "
        "María Elena Cruz Díaz y por la desaparición de su hermano, Jorge Cruz Díaz."
    )
    legal = kind(ex.extract(text, language="es", published=date(2019, 5, 10)), "legal")
    subjects = {n for f in legal for n in f["subjects"]}
    assert subjects == {"Luis Vargas Pinto"}


def test_the_ruling_a_story_reports_dates_the_terms_told_later(ex: RuleBasedExtractor) -> None:
    text = (
        "On Monday, the sentencing court handed down the sentences of the five men convicted of "
        "the murder of the activist Rosa Quintanilla.\n\n"
        "Quintanilla was shot dead in her home in 2017.\n\n"
        "The two gunmen, Mario Ortez and Julio Pineda, each received 30 years. Ortez had been "
        "convicted in 2010 of another killing."
    )
    legal = kind(ex.extract(text, language="en", published=date(2019, 12, 4)), "legal")
    terms = [f for f in legal if (f.get("sentence") or {}).get("years") == 30]
    assert terms and all((f["date"] or {}).get("value") == "2019-12-02" for f in terms)
    earlier = [f for f in legal if (f["date"] or {}).get("value") == "2010"]
    assert earlier  # a conviction marked as earlier keeps its own date


def test_an_event_told_as_what_a_ruling_is_for_takes_no_date_from_the_ruling(
    ex: RuleBasedExtractor,
) -> None:
    text = (
        "El tribunal dictó ayer sentencia en el caso.\n\n"
        "Condenó a tres militares por la desaparición forzada de un estudiante."
    )
    events = kind(ex.extract(text, language="es", published=date(2018, 5, 24)), "event")
    assert all((e["date"] or {}).get("value") != "2018-05-23" for e in events)


def test_executions_the_text_asserts_win_over_the_official_clash(ex: RuleBasedExtractor) -> None:
    text = (
        "Soldiers executed at least 12 of the 22 people who died on 30 June in a clash with an "
        "army patrol at a warehouse, the commission said."
    )
    events = kind(ex.extract(text, language="en", published=date(2014, 10, 22)), "event")
    assert [e["type"] for e in events] == ["extrajudicial_killing"]
