"""Small readers of the extractor's suggestions, shared by the extraction tests."""

from __future__ import annotations

from datetime import date

from recuento.extract import RuleBasedExtractor, Suggestion


def legal(out: list[Suggestion]) -> list[dict]:
    return [s.fields for s in out if s.kind == "legal"]


def of_type(out: list[Suggestion], ltype: str) -> list[dict]:
    return [f for f in legal(out) if f["type"] == ltype]


def types(out: list[Suggestion]) -> list[str]:
    return [f["type"] for f in legal(out)]


def subjects(out: list[Suggestion], ltype: str) -> set[str]:
    return {n for f in of_type(out, ltype) for n in f["subjects"]}


def years_by_subject(out: list[Suggestion], ltype: str = "conviction") -> dict[str, object]:
    return {
        name: (f["sentence"] or {}).get("years")
        for f in of_type(out, ltype)
        for name in f["subjects"]
    }


def dates_by_subject(out: list[Suggestion], ltype: str = "conviction") -> dict[str, object]:
    return {
        name: (f["date"] or {}).get("value") for f in of_type(out, ltype) for name in f["subjects"]
    }


def event_counts(
    text: str, language: str, published: date = date(2020, 3, 21)
) -> list[dict[str, tuple]]:
    """Each proposed event's counts as (best, low, high) per category, in order."""
    out = []
    for s in RuleBasedExtractor().extract(text, language=language, published=published):
        if s.kind == "event":
            out.append({k: (v["best"], v["low"], v["high"]) for k, v in s.fields["counts"].items()})
    return out
