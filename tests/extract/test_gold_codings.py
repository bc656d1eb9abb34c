"""Every hand-coded text the extractor is measured on is well formed, whichever set it is in.

One check for all the gold folders (development texts, the fresh rounds, both held-out sets):
values come from the vocabularies, each quote or name is found in its text and its spans hold
exactly that text. Each set's own test keeps what is particular to it (how many texts, languages,
styles, lengths, whether every text has a publication date — some development texts have none
on purpose, to exercise reading it from a dateline).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from recuento.extract import EVENT_TYPES, LEGAL_TYPES, ORGANIZATION_KINDS, PERSON_ROLES
from recuento.extract.evaluate import gold_spans
from recuento.services.extraction import GoldDocument, load_gold_directory

HERE = Path(__file__).parent
FOLDERS = [
    "devset",
    "devset/fresh",
    "devset/fresh2",
    "devset/fresh3",
    "devset/fresh4",
    "devset/fresh5",
    "devset/fresh6",
    "devset/fresh7",
    "devset/fresh8",
    "heldout",
    "heldout2",
    "heldout3",
    "heldout4",
    "heldout5",
    "heldout6",
    "heldout7",
    "heldout8",
    "heldout9",
]
COUNT_CATEGORIES = {"killed", "wounded", "disappeared", "detained"}


def _quotes(item: dict) -> list[str]:
    quotes = item.get("quote", item.get("name"))
    return [quotes] if isinstance(quotes, str) else list(quotes or [])


def check_coding(d: GoldDocument) -> None:
    g = d.gold
    for e in g.get("events") or []:
        assert e["type"] in EVENT_TYPES, (d.name, e["type"])
        assert isinstance(e.get("background"), bool), (d.name, "background")
        assert set(e.get("counts") or {}) <= COUNT_CATEGORIES, d.name
        for count in (e.get("counts") or {}).values():
            assert set(count) <= {"best", "low", "high"}, d.name
    for p in g.get("persons") or []:
        assert set(p.get("roles") or []) <= set(PERSON_ROLES), (d.name, p["name"])
        assert p.get("sex") in (None, "m", "f"), (d.name, p["name"])
    for o in g.get("organizations") or []:
        assert o["kind"] in ORGANIZATION_KINDS, (d.name, o["name"])
    for f in g.get("legal") or []:
        assert f["type"] in LEGAL_TYPES, (d.name, f["type"])
    for key in ("events", "persons", "organizations", "legal"):
        for item in g.get(key) or []:
            spans = gold_spans(d.text, item, where=d.name)  # raises if a quote is missing
            assert [d.text[s.start : s.end] for s in spans] == _quotes(item), (d.name, key)


@pytest.mark.parametrize("folder", FOLDERS)
def test_the_codings_are_well_formed(folder: str) -> None:
    docs = load_gold_directory(HERE / folder)
    assert docs, folder
    for d in docs:
        check_coding(d)


def test_a_misquoted_coding_is_caught() -> None:
    """The check above can fail: a quote changed by one letter is reported."""
    d = load_gold_directory(HERE / "devset")[0]
    events = [dict(e) for e in d.gold.get("events") or []]
    assert events, d.name
    quote = _quotes(events[0])[0]
    events[0]["quote"] = quote[:-1] + ("x" if quote[-1] != "x" else "y")
    broken = GoldDocument(
        name=d.name,
        text=d.text,
        gold={**d.gold, "events": events},
        language=d.language,
        published=d.published,
    )
    with pytest.raises(Exception, match="quote|not found|text"):
        check_coding(broken)
