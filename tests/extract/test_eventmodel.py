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


def _hand_model(**kw: object) -> EventModel:
    from recuento.extract.eventmodel import Head

    heads = {
        "keep": Head(["event", NONE], {"bias": [2.0, 0.0]}),
        "add": Head(["event", NONE], {"bias": [0.0, 5.0]}),
        "type": Head(
            ["enforced_disappearance", "extrajudicial_killing", "massacre"],
            {"w=never": [4.0, 0.0, 0.0], "w=execut": [0.0, 6.0, 0.0], "bias": [0.0, 0.0, 1.0]},
        ),
    }
    heads.update(kw)  # type: ignore[arg-type]
    return EventModel(heads=heads, thresholds=Thresholds(drop=0.9, retype=0.3, add=0.9))


def _one_event(text: str, etype: str) -> list[Suggestion]:
    return [
        Suggestion(
            "event",
            {"type": etype, "date": {"value": "1984", "precision": "year"}},
            [Span(0, len(text))],
        )
    ]


def test_a_kill_head_retypes_only_among_the_killing_types() -> None:
    from recuento.extract.eventmodel import KILLING, Head

    kill = Head(["extrajudicial_killing", "massacre"], {"w=execut": [4.0, 0.0]})
    model = _hand_model(kill=kill)
    text = "Soldiers executed Juan Quispe in 1984; his family never saw him again."
    # a massacre proposal: the kill head reads "executed" as a single killing
    out = model.revise(text, _one_event(text, "massacre"), language="en")
    assert [s.fields["type"] for s in out] == ["extrajudicial_killing"]
    # a disappearance proposal is not a killing type: left as the rules typed it, although the
    # general type head alone would have re-typed it
    assert "enforced_disappearance" not in KILLING
    kept = model.revise(text, _one_event(text, "enforced_disappearance"), language="en")
    assert [s.fields["type"] for s in kept] == ["enforced_disappearance"]
    no_kill = _hand_model().revise(text, _one_event(text, "enforced_disappearance"), language="en")
    assert [s.fields["type"] for s in no_kill] == ["extrajudicial_killing"]


def test_feature_sets_add_their_cues(ex: RuleBasedExtractor) -> None:
    text = TEXTS[2][0] + " The village mourned for a week and the church bells rang every evening."
    sugg = ex.extract(text, language="en", published=date(2024, 1, 1))
    feats = {
        n: [c.features for c in candidates(text, "en", date(2024, 1, 1), sugg, features=n)]
        for n in (1, 2, 3)
    }

    def has(n: int, prefix: str) -> bool:
        return any(f.startswith(prefix) for fs in feats[n] for f in fs)

    assert not has(1, "victims=") and not has(1, "prev_rt=")
    assert has(2, "victims=") and has(2, "perps=") and not has(2, "prev_rt=")
    assert has(3, "prev_rt=extrajudicial_killing") and has(3, "person=")
    with pytest.raises(ValueError, match="feature set"):
        candidates(text, "en", None, sugg, features=9)


def test_decisions_apply_like_thresholds_and_the_feature_set_is_saved(
    ex: RuleBasedExtractor, tmp_path: Path
) -> None:
    from recuento.extract.eventmodel import apply_decisions, decide

    model = EventModel.train(
        _examples(ex), min_count=1, features=2, kill_head=True, thresholds=Thresholds(0.5, 0.0, 0.1)
    )
    assert "kill" in model.heads
    model.save(tmp_path / "m.json")
    assert EventModel.load(tmp_path / "m.json").features == 2
    text = TEXTS[0][0] + " " + TEXTS[2][0]
    sugg = ex.extract(text, language="en", published=date(2024, 1, 1))
    cands = candidates(text, "en", date(2024, 1, 1), sugg, features=2)
    probs = [model.proba(c.features) for c in cands]
    dec = decide(cands, probs, model.thresholds)
    a = apply_decisions(sugg, cands, probs, dec, 2024)
    b = apply_decisions(sugg, cands, probs, model.thresholds, 2024)
    assert a == b
    assert a == model.revise(text, sugg, language="en", published=date(2024, 1, 1))
