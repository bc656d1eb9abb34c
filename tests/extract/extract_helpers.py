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


def typed_dates(
    text: str, language: str, published: date = date(2021, 6, 1)
) -> list[tuple[str, str]]:
    """Each proposed event as (type, date value or ""), sorted."""
    out = []
    for s in RuleBasedExtractor().extract(text, language=language, published=published):
        if s.kind == "event":
            d = s.fields.get("date")
            out.append((str(s.fields["type"]), d.get("value") if isinstance(d, dict) else ""))
    return sorted(out)


def trigger_types(text: str) -> list[str]:
    """The event types the trigger lexicon reads in a text, in order, first pattern first (as
    the reader does: a span taken by an earlier pattern is not read again)."""
    from recuento.extract.lexicon import EVENT_TRIGGER_RE
    from recuento.extract.text import fold_keep

    seg = fold_keep(text)
    found: list[tuple[int, int, str]] = []
    for pattern, etype in EVENT_TRIGGER_RE:
        for m in pattern.finditer(seg):
            if any(a < m.end() and m.start() < b for a, b, _ in found):
                continue
            found.append((m.start(), m.end(), etype))
    return [t for _a, _b, t in sorted(found)]
