"""The blind held-out sets: well-formed codings, and the extractor's scores on unseen texts.

``heldout2`` (session 2), ``heldout3`` to ``heldout6`` (session 4), ``heldout7`` and ``heldout8``
(session 5) each hold 20 texts (10 English, 10 Spanish) written and coded by people who had not
read the extractor's rules, lexicons or gazetteers, nor the development texts. The scores are
measured and recorded (``record_property``), never asserted against the issue's targets: a
held-out set measures, it does not gate.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from recuento.services.extraction import load_gold_directory

HERE = Path(__file__).parent
# folder, the prefix of its texts, how many styles each language must show
SETS = {
    "heldout2": ("h2", 7),
    "heldout3": ("h3", 6),
    "heldout4": ("h4", 6),
    "heldout5": ("h5", 5),
    "heldout6": ("h6", 6),
    "heldout7": ("h7", 5),
    "heldout8": ("h8", 5),
    "heldout9": ("h9", 5),
}
# reserved: written blind and never scored, so that the next rounds of rule changes have unseen
# measures (set 8, written in session 5; set 9, written in session 6); their codings are checked
# here, their scores are not taken. Set 6 was reserved the same way and scored once, at the end
# of session 5; set 7 was scored at the start and at the end of session 6.
UNSCORED = {"heldout8", "heldout9"}
STYLES = {"wire", "longform", "court", "ngo", "testimony", "feature", "press"}
PRECISIONS = {"day", "month", "year", "decade"}


@pytest.fixture(scope="module", params=sorted(SETS))
def held(request):
    return request.param, load_gold_directory(HERE / request.param)


@pytest.fixture(scope="module")
def docs(held):
    return held[1]


def test_every_text_has_a_coding_and_every_coding_a_text(held) -> None:
    folder = HERE / held[0]
    texts = {p.name[: -len(".txt")] for p in folder.glob("*.txt")}
    codings = {p.name[: -len(".gold.yaml")] for p in folder.glob("*.gold.yaml")}
    assert texts == codings
    assert all(name.startswith(SETS[held[0]][0]) for name in texts)


def test_ten_texts_per_language_in_many_styles(held, docs) -> None:
    assert len(docs) == 20
    assert sorted(d.language for d in docs) == ["en"] * 10 + ["es"] * 10
    for lang in ("en", "es"):
        styles = {d.meta["style"] for d in docs if d.language == lang}
        assert styles <= STYLES, lang
        assert len(styles) >= SETS[held[0]][1], lang
    for d in docs:
        assert d.name.endswith(f"-{d.language}"), d.name
        assert 250 <= len(d.text.split()) <= 600, d.name
        assert d.published is not None, d.name


def _dates(gold: dict) -> list:
    out = []
    for key in ("events", "legal"):
        for item in gold.get(key) or []:
            if item.get("date") is not None:
                out.append(item["date"])
    return out


def test_dates_are_well_formed_and_not_after_publication(docs) -> None:
    for d in docs:
        for date in _dates(d.gold):
            value, precision = str(date["value"]), date["precision"]
            assert precision in PRECISIONS, d.name
            width = {"day": 10, "month": 7, "year": 4, "decade": 4}[precision]
            assert len(value) == width, (d.name, value)
            assert value <= d.published.isoformat()[:width], (d.name, value)


def test_every_person_has_a_role_and_every_legal_fact_a_subject(docs) -> None:
    # vocabularies, quotes and spans of every coding: test_gold_codings.py
    for d in docs:
        for p in d.gold.get("persons") or []:
            assert p.get("roles"), (d.name, p["name"])
            # a name written apart ("los hermanos Alfredo y Eduardo Díaz") carries its quote
            assert p["name"] in d.text or p.get("quote") in d.text, (d.name, p["name"])
        for f in d.gold.get("legal") or []:
            # a law struck down concerns no person
            assert f.get("subjects") or f.get("group") or f["type"] == "annulment", d.name


@pytest.mark.parametrize("folder", sorted(set(SETS) - UNSCORED))
def test_the_harness_scores_the_set_and_records_the_figures(folder, score_and_record) -> None:
    score_and_record(load_gold_directory(HERE / folder), 20, per_language=10)
