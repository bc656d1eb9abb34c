"""The held-out set: well-formed codings, and the extractor's scores on texts it was not tuned on.

These 14 texts were written and coded by the team after the rules were written, by someone who
had not read the rules or the development texts. The scores are measured and recorded, never
asserted against the issue's targets: the held-out set measures, it does not gate.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from recuento.services.extraction import load_gold_directory

HELDOUT = Path(__file__).parent / "heldout"


@pytest.fixture(scope="module")
def docs():
    return load_gold_directory(HELDOUT)


def test_the_heldout_set_has_seven_texts_per_language(docs) -> None:
    assert len(docs) == 14
    assert sorted(d.language for d in docs) == ["en"] * 7 + ["es"] * 7
    for lang in ("en", "es"):
        styles = {d.meta["style"] for d in docs if d.language == lang}
        assert styles == {"wire", "longform", "court", "ngo", "testimony", "feature", "press"}
    for d in docs:
        assert 250 <= len(d.text.split()) <= 600, d.name
        assert d.published is not None, d.name


def test_the_harness_scores_the_heldout_set_and_records_the_figures(docs, score_and_record) -> None:
    score_and_record(docs, 14)
