"""The trained event model (recuento.extract.eventmodel): built and cross-validated by
scripts/eventmodel_cv.py, not used by the rule extractor by default (docs/extraction.md, "A
trained event model"). These tests train tiny models on texts written here."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from recuento.extract import RuleBasedExtractor, Span, Suggestion
from recuento.extract.eventmodel import (
    NONE,
    EventModel,
    Thresholds,
    candidates,
    gold_examples,
    label_candidates,
)

TEXTS = [
    (
        "Soldiers took the farmer Juan Quispe from his home in Huanta on 3 May 1984. His family "
        "never saw him again and the army denied holding him.",
        "enforced_disappearance",
    ),
    (
        "Police detained the student leader Rosa Mamani in Puno on 9 March 2023. She was held "
        "without charge for two weeks.",
        "arbitrary_detention",
    ),
    (
        "Troops shot the peasant Pedro Huamán dead in Accomarca on 14 August 1985, witnesses said.",
        "extrajudicial_killing",
    ),
]


def _gold(text: str, etype: str) -> dict:
    first = text.split(". ")[0]
    year = next(
        w for w in text.replace(",", " ").replace(".", " ").split() if w.isdigit() and len(w) == 4
    )
    return {
        "events": [
            {
                "type": etype,
                "date": {"value": year, "precision": "year"},
                "background": False,
                "quote": first,
            }
        ]
    }


def _examples(ex: RuleBasedExtractor) -> list:
    out = []
    for text, etype in TEXTS * 2:
        sugg = ex.extract(text, language="en", published=date(2024, 1, 1))
        cands = candidates(text, "en", date(2024, 1, 1), sugg)
        label_candidates(text, _gold(text, etype), sugg, cands)
        out += cands + gold_examples(text, "en", date(2024, 1, 1), _gold(text, etype))
    return out


@pytest.fixture(scope="module")
def ex() -> RuleBasedExtractor:
    return RuleBasedExtractor()


def test_training_is_deterministic(ex: RuleBasedExtractor) -> None:
    a = EventModel.train(_examples(ex), min_count=1).to_dict()
    b = EventModel.train(_examples(ex), min_count=1).to_dict()
    assert a == b
    assert set(a["heads"]) == {"keep", "add", "type"}


def test_save_and_load_give_the_same_probabilities(ex: RuleBasedExtractor, tmp_path: Path) -> None:
    model = EventModel.train(_examples(ex), min_count=1, thresholds=Thresholds(0.9, 0.1, 0.9))
    model.save(tmp_path / "m.json")
    back = EventModel.load(tmp_path / "m.json")
    assert back.thresholds == model.thresholds
    feats = ["bias", "src=rule", "rt=extrajudicial_killing", "w=disapp"]
    p, q = model.proba(feats), back.proba(feats)
    assert set(p) == set(q)
    assert all(abs(p[k] - q[k]) < 1e-3 for k in p)
    assert abs(sum(p.values()) - 1.0) < 1e-9


def test_labels_follow_the_scorer_pairing(ex: RuleBasedExtractor) -> None:
    text, etype = TEXTS[2]
    sugg = ex.extract(text, language="en", published=date(2024, 1, 1))
    cands = candidates(text, "en", date(2024, 1, 1), sugg)
    label_candidates(text, _gold(text, etype), sugg, cands)
    rule = [c for c in cands if c.index is not None]
    assert rule, "the rules propose an event for this text"
    assert {c.label for c in rule} <= {etype, NONE}
    assert etype in {c.label for c in rule}


def test_a_confident_model_retypes_a_proposal() -> None:
    # a hand-made model that reads "never saw him again" as a disappearance
    from recuento.extract.eventmodel import Head

    model = EventModel(
        heads={
            "keep": Head(["event", NONE], {"bias": [2.0, 0.0]}),
            "add": Head(["event", NONE], {"bias": [0.0, 5.0]}),
            "type": Head(
                ["enforced_disappearance", "extrajudicial_killing"],
                {"w=never": [4.0, 0.0], "bias": [0.0, 1.0]},
            ),
        },
        thresholds=Thresholds(drop=0.9, retype=0.3, add=0.9),
    )
    text = "Soldiers took Juan Quispe in 1984 and killed others; his family never saw him again."
    sugg = [
        Suggestion(
            "event",
            {"type": "extrajudicial_killing", "date": {"value": "1984", "precision": "year"}},
            [Span(0, len(text))],
        )
    ]
    out = model.revise(text, sugg, language="en", published=date(2024, 1, 1))
    assert [s.fields["type"] for s in out if s.kind == "event"] == ["enforced_disappearance"]
    assert sugg[0].fields["type"] == "extrajudicial_killing"  # the input is left alone
    off = model.revise(text, sugg, language="en", thresholds=Thresholds())
    assert [s.fields["type"] for s in off] == ["extrajudicial_killing"]


def test_the_rule_extractor_takes_a_model_and_leaves_other_kinds_alone(
    ex: RuleBasedExtractor,
) -> None:
    model = EventModel.train(_examples(ex), min_count=1, thresholds=Thresholds(0.0, 2.0, 2.0))
    with_model = RuleBasedExtractor(event_model=model)
    text = TEXTS[2][0]
    plain = ex.extract(text, language="en")
    out = with_model.extract(text, language="en")
    assert [s for s in plain if s.kind == "event"]
    assert [s for s in out if s.kind != "event"] == [s for s in plain if s.kind != "event"]
    assert not [s for s in out if s.kind == "event"]  # drop at P(none) >= 0 drops every event
