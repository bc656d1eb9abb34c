"""Agreement between two human coders on ten texts of the second held-out set.

A second coder coded h201, h203, …, h219 of ``heldout2`` independently of the first (whose
codings are the ``*.gold.yaml`` there), following docs/extraction.md, in
``tests/extract/agreement/*.second.yaml``. Scoring the second coding against the first with the
extractor's own harness gives the ceiling the extractor's figures should be read against. The
figures are recorded (``record_property``), never asserted: disagreement between careful people
is what is measured, not a fault.
"""

from __future__ import annotations

import importlib.util
from datetime import date
from pathlib import Path
from types import ModuleType

import pytest
import yaml

from recuento.extract import EVENT_TYPES, LEGAL_TYPES, ORGANIZATION_KINDS, PERSON_ROLES
from recuento.extract.evaluate import evaluate, gold_spans, score_document
from recuento.services.extraction import read_text_file

ROOT = Path(__file__).resolve().parents[2]
HELDOUT2 = Path(__file__).parent / "heldout2"
AGREEMENT = Path(__file__).parent / "agreement"
CODED = {f"h2{n:02d}" for n in range(1, 20, 2)}  # h201, h203, …, h219
TARGETS = {"core_events_type_and_year", "counts_exact", "person_names_f1", "legal_facts_f1"}
STYLES = {"wire", "longform", "court", "ngo", "testimony", "feature", "press"}
PRECISIONS = {"day", "month", "year", "decade"}
COUNT_PARTS = {"best", "low", "high"}


def _load_script() -> ModuleType:
    spec = importlib.util.spec_from_file_location("agreement", ROOT / "scripts" / "agreement.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


agreement = _load_script()


@pytest.fixture(scope="module")
def codings() -> dict[str, tuple[dict, str]]:
    """stem -> (second coding, text)."""
    out = {}
    for stem, coding in agreement.load_second_codings(AGREEMENT).items():
        out[stem] = (coding, read_text_file(HELDOUT2 / f"{stem}.txt"))
    return out


def test_exactly_the_ten_chosen_texts_are_coded(codings) -> None:
    texts = {p.name[: -len(".txt")] for p in HELDOUT2.glob("*.txt") if p.name[:4] in CODED}
    assert len(texts) == 10
    assert set(codings) == texts


def _dates(coding: dict) -> list[dict]:
    return [
        item["date"]
        for key in ("events", "legal")
        for item in coding.get(key) or []
        if item.get("date") is not None
    ]


def test_codings_are_well_formed_and_use_the_vocabularies(codings) -> None:
    for stem, (c, _text) in codings.items():
        assert stem.endswith(f"-{c['language']}"), stem
        assert c["style"] in STYLES, stem
        published = date.fromisoformat(str(c["published"]))
        for d in _dates(c):
            value, precision = d["value"], d["precision"]
            assert isinstance(value, str) and precision in PRECISIONS, (stem, d)
            width = {"day": 10, "month": 7, "year": 4, "decade": 4}[precision]
            assert len(value) == width, (stem, value)
            assert value <= published.isoformat()[:width], (stem, value)
        for e in c.get("events") or []:
            assert e["type"] in EVENT_TYPES, (stem, e["type"])
            assert isinstance(e["background"], bool), stem
            for cat, count in (e.get("counts") or {}).items():
                assert cat in {"killed", "wounded", "disappeared", "detained"}, stem
                assert count and set(count) <= COUNT_PARTS, (stem, cat)
        for p in c.get("persons") or []:
            assert p.get("roles") and set(p["roles"]) <= set(PERSON_ROLES), (stem, p["name"])
            assert p.get("sex") in (None, "m", "f"), (stem, p["name"])
        for o in c.get("organizations") or []:
            assert o["kind"] in ORGANIZATION_KINDS, (stem, o["name"])
        for f in c.get("legal") or []:
            assert f["type"] in LEGAL_TYPES, (stem, f["type"])
            assert f.get("subjects") or f.get("group"), stem
            assert set(f.get("sentence") or {}) <= {"years", "life", "range"}, stem


def test_every_quote_name_and_subject_is_found_in_its_text(codings) -> None:
    for stem, (c, text) in codings.items():
        for key in agreement.KEYS:
            for item in c.get(key) or []:
                quotes = item.get("quote", item.get("name"))
                quotes = [quotes] if isinstance(quotes, str) else list(quotes or [])
                assert quotes, (stem, key)
                spans = gold_spans(text, item, where=stem)  # raises if a quote is missing
                assert [text[s.start : s.end] for s in spans] == quotes, stem
        for p in c.get("persons") or []:
            assert p["name"] in text, (stem, p["name"])
        for o in c.get("organizations") or []:
            assert all(n in text for n in [o["name"], *(o.get("aliases") or [])]), stem
        for f in c.get("legal") or []:
            assert all(s in text for s in f.get("subjects") or []), stem


def test_predictions_carry_the_coding_and_agree_fully_with_it(codings) -> None:
    """The conversion is faithful: a coding scored against itself agrees on everything."""
    scores = []
    for stem, (c, text) in codings.items():
        preds = agreement.as_predictions(c, text, where=stem)
        n_items = sum(len(c.get(k) or []) for k in agreement.KEYS)
        assert len(preds) == n_items, stem
        for p in preds:
            assert p["kind"] in agreement.KEYS.values() and "quote" not in p["fields"]
            assert p["spans"] and all(0 <= s["start"] < s["end"] <= len(text) for s in p["spans"])
        scores.append(score_document(preds, c, text, name=stem))
    report = evaluate(scores)
    assert all(v == 1.0 for v in report.targets.values()), report.targets
    assert all(sc.fp == 0 and sc.fn == 0 for sc in report.kinds.values())
    assert all(sc.fp == 0 and sc.fn == 0 for sc in report.fields.values())


def test_second_coder_against_first_records_the_agreement(codings, record_property) -> None:
    report = agreement.agreement_report(HELDOUT2, AGREEMENT)
    assert report.documents == len(codings) == 10
    assert set(report.targets) == TARGETS
    assert report.core_events_total > 0 and report.counts_total > 0
    for name, value in report.targets.items():
        assert 0.0 <= value <= 1.0, name
        record_property(name, value)
    assert set(report.kinds) == set(agreement.KEYS.values())
    for kind, sc in report.kinds.items():
        assert sc.tp + sc.fn > 0, kind  # the first coder coded every kind somewhere
        record_property(f"{kind}.f1", round(sc.f1, 3))
        record_property(f"{kind}.precision", round(sc.precision, 3))
        record_property(f"{kind}.recall", round(sc.recall, 3))


def test_the_script_prints_the_figures(codings, capsys) -> None:
    assert agreement.main([]) == 0
    out = capsys.readouterr().out
    assert all(name in out for name in TARGETS)
    assert agreement.main(["--json"]) == 0
    data = yaml.safe_load(capsys.readouterr().out)  # JSON is YAML
    assert set(data["targets"]) == TARGETS and data["documents"] == 10
    assert agreement.main(["--per-document"]) == 0
    out = capsys.readouterr().out
    assert all(stem in out for stem in codings)
