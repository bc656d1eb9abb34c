"""The development set: well-formed codings, and the extractor's scores on it.

The dev set was used to build the rules, so these figures are not a held-out test; the floor
below guards against regressions, at the issue's targets.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from recuento.services.extraction import evaluate_documents, load_gold_directory

DEVSET = Path(__file__).parent / "devset"


@pytest.fixture(scope="module")
def docs():
    return load_gold_directory(DEVSET)


def test_the_devset_has_enough_texts_in_both_languages_and_styles(docs) -> None:
    assert len(docs) >= 20
    assert {d.language for d in docs} == {"en", "es"}
    assert {d.meta["style"] for d in docs} == {"wire", "longform", "court", "ngo", "testimony"}


def test_scores_on_the_devset_stay_at_the_targets(docs) -> None:
    report, _seconds = evaluate_documents(docs)
    t = report.targets
    assert t["core_events_type_and_year"] >= 0.8
    assert t["counts_exact"] >= 0.8
    assert t["person_names_f1"] >= 0.9
    assert t["legal_facts_f1"] >= 0.75
