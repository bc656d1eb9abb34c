"""Score suggestions against hand codings ("gold"): precision, recall and F1 per kind and field.

A gold coding of one text is a mapping with lists ``events``, ``persons``, ``organizations`` and
``legal``; each item has the same field names as a :class:`~recuento.extract.model.Suggestion`'s
``fields`` (see docs/extraction.md), plus an optional ``quote`` (a string or list of strings
found verbatim in the text) that gives the item's spans. Gold events carry ``background``;
omitted count parts (``low``, ``high``) mean "none".

How items are paired, per kind:

* persons: same name after folding case and accents, or one name's words within the other's
  with at least two words in common (``Abimael Guzmán`` ~ ``Abimael Guzmán Reynoso``);
* organisations: the gold name equals the suggestion's name, canonical name or an alias;
* events: spans overlap, or same year and (same type or same place); best pairs first;
* legal facts are split into atoms, one per subject (a fact with no named subject is one
  atom). An atom matches when type and subject agree and, where the gold atom states them, the
  sentence (years, life, range) and the date value agree: that is the strict "legal facts" score.

Field scores count, over all items: a value in both and equal is a true positive; a value in
both but different is a false positive and a false negative; a value only in the gold is a false
negative, only in the suggestion a false positive.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from recuento.errors import Problem, ValidationError
from recuento.extract.model import COUNT_CATEGORIES, KINDS, Span, Suggestion

__all__ = [
    "DocumentScore",
    "Report",
    "Score",
    "evaluate",
    "gold_spans",
    "score_document",
]


@dataclass(slots=True)
class Score:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def add(self, other: Score) -> None:
        self.tp += other.tp
        self.fp += other.fp
        self.fn += other.fn

    def to_dict(self) -> dict[str, float | int]:
        return {
            "tp": self.tp,
            "fp": self.fp,
            "fn": self.fn,
            "precision": round(self.precision, 3),
            "recall": round(self.recall, 3),
            "f1": round(self.f1, 3),
        }


@dataclass(slots=True)
class _Ratio:
    hit: int = 0
    total: int = 0

    @property
    def value(self) -> float:
        return self.hit / self.total if self.total else 1.0


@dataclass(slots=True)
class DocumentScore:
    """Scores of one document; :func:`evaluate` adds them up."""

    name: str = ""
    kinds: dict[str, Score] = field(default_factory=dict)
    fields: dict[str, Score] = field(default_factory=dict)
    legal_strict: Score = field(default_factory=Score)
    legal_types: dict[str, Score] = field(default_factory=dict)
    core_events: _Ratio = field(default_factory=_Ratio)
    counts_exact: _Ratio = field(default_factory=_Ratio)
    span_overlap: dict[str, _Ratio] = field(default_factory=dict)
    errors: list[str] = field(default_factory=list)

    def field(self, name: str) -> Score:
        return self.fields.setdefault(name, Score())

    def kind(self, name: str) -> Score:
        return self.kinds.setdefault(name, Score())

    def legal_type(self, name: str | None) -> Score:
        return self.legal_types.setdefault(str(name), Score())


@dataclass(slots=True)
class Report:
    """Aggregated scores over a set of documents."""

    documents: int
    kinds: dict[str, Score]
    fields: dict[str, Score]
    legal_strict: Score
    legal_by_type: dict[str, Score]
    core_events_found: float
    core_events_total: int
    counts_exact: float
    counts_total: int
    span_overlap: dict[str, float]
    per_document: list[DocumentScore]

    @property
    def targets(self) -> dict[str, float]:
        """The issue's four accuracy targets, as measured here."""
        return {
            "core_events_type_and_year": round(self.core_events_found, 3),
            "counts_exact": round(self.counts_exact, 3),
            "person_names_f1": round(self.kinds.get("person", Score()).f1, 3),
            "legal_facts_f1": round(self.legal_strict.f1, 3),
        }

    def to_dict(self) -> dict[str, Any]:
        return {
            "documents": self.documents,
            "targets": self.targets,
            "kinds": {k: v.to_dict() for k, v in sorted(self.kinds.items())},
            "fields": {k: v.to_dict() for k, v in sorted(self.fields.items())},
            "legal_facts_strict": self.legal_strict.to_dict(),
            "legal_facts_by_type": {k: v.to_dict() for k, v in sorted(self.legal_by_type.items())},
            "core_events_total": self.core_events_total,
            "counts_total": self.counts_total,
            "span_overlap": {k: round(v, 3) for k, v in sorted(self.span_overlap.items())},
        }


# ---- normalising ------------------------------------------------------------------------------


def _norm(text: str | None) -> str:
    if not text:
        return ""
    d = unicodedata.normalize("NFD", str(text).lower())
    d = "".join(c for c in d if unicodedata.category(c) != "Mn")
    d = d.replace("’", "'").replace("-", " ")
    words = [w.strip(".,;:'\"()") for w in d.split()]
    while words and words[0] in ("the", "el", "la", "los", "las"):
        words = words[1:]
    return " ".join(w for w in words if w)


def _tokens(name: str | None) -> set[str]:
    particles = {"de", "del", "la", "los", "las", "y", "da", "dos", "van", "von"}
    return {t for t in _norm(name).split() if t not in particles}


def names_match(a: str | None, b: str | None) -> bool:
    """Same person name, allowing a shorter form of a longer one."""
    na, nb = _norm(a), _norm(b)
    if not na or not nb:
        return False
    if na == nb:
        return True
    ta, tb = _tokens(a), _tokens(b)
    common = ta & tb
    if (ta <= tb or tb <= ta) and len(common) >= 2:
        return True
    return False


def _subject_match(gold: str | None, pred: str | None) -> bool:
    if gold is None or pred is None:
        return gold is None and pred is None
    if names_match(gold, pred):
        return True
    tg, tp = _tokens(gold), _tokens(pred)
    # a surname-only gold subject ("Fujimori") matches the full name, and the reverse
    return (len(tg) == 1 and tg <= tp) or (len(tp) == 1 and tp <= tg)


def _date_value(d: Any) -> str | None:
    if d is None:
        return None
    if isinstance(d, Mapping):
        v = d.get("value")
        return None if v is None else str(v)
    return str(d)


def _place_name(p: Any) -> str | None:
    if p is None:
        return None
    if isinstance(p, Mapping):
        n = p.get("name")
        return None if n is None else str(n)
    return str(p)


def _places_match(a: str | None, b: str | None) -> bool:
    na, nb = _norm(a), _norm(b)
    if not na or not nb:
        return False
    return na == nb or na in nb or nb in na


def _count(c: Any) -> tuple[Any, Any, Any] | None:
    if c is None:
        return None
    if isinstance(c, Mapping):
        t = (c.get("best"), c.get("low"), c.get("high"))
        return None if t == (None, None, None) else t
    return (int(c), None, None)


def _sentence(s: Any) -> tuple[Any, bool, tuple[int, ...] | None] | None:
    if not s:
        return None
    if isinstance(s, Mapping):
        rng = s.get("range")
        return (
            s.get("years"),
            bool(s.get("life", False)),
            tuple(int(x) for x in rng) if rng else None,
        )
    return None


# ---- gold -------------------------------------------------------------------------------------


def gold_spans(text: str, item: Mapping[str, Any], *, where: str = "") -> list[Span]:
    """Spans of a gold item from its ``quote`` (string or list), or from its ``name``."""
    quotes = item.get("quote")
    if quotes is None:
        name = item.get("name")
        quotes = [name] if name else []
    elif isinstance(quotes, str):
        quotes = [quotes]
    spans = []
    for q in quotes:
        i = text.find(q)
        if i < 0:
            raise ValidationError(Problem(f"quote not found in text: {q[:60]!r}", file=where))
        spans.append(Span(i, i + len(q)))
    return spans


def _as_fields(s: Suggestion | Mapping[str, Any]) -> tuple[str, dict[str, Any], list[Span]]:
    if isinstance(s, Suggestion):
        return s.kind, s.fields, s.spans
    spans = [Span(int(x["start"]), int(x["end"])) for x in s.get("spans", [])]
    return str(s["kind"]), dict(s.get("fields", {})), spans


def _overlap(a: Sequence[Span], b: Sequence[Span]) -> bool:
    return any(x.overlaps(y) for x in a for y in b)


# ---- scoring ----------------------------------------------------------------------------------

_GOLD_KEYS = {
    "event": "events",
    "person": "persons",
    "organization": "organizations",
    "legal": "legal",
}


def score_document(
    predicted: Iterable[Suggestion | Mapping[str, Any]],
    gold: Mapping[str, Any],
    text: str,
    *,
    name: str = "",
) -> DocumentScore:
    """Compare one document's suggestions with its gold coding."""
    doc = DocumentScore(name=name)
    preds: dict[str, list[tuple[dict[str, Any], list[Span]]]] = {k: [] for k in KINDS}
    for s in predicted:
        kind, fields, spans = _as_fields(s)
        if kind in preds:
            preds[kind].append((fields, spans))
    golds: dict[str, list[tuple[dict[str, Any], list[Span]]]] = {}
    for kind, key in _GOLD_KEYS.items():
        items = gold.get(key) or []
        golds[kind] = [(dict(it), gold_spans(text, it, where=name)) for it in items]

    _score_persons(doc, golds["person"], preds["person"])
    _score_orgs(doc, golds["organization"], preds["organization"])
    _score_events(doc, golds["event"], preds["event"])
    _score_legal(doc, golds["legal"], preds["legal"])
    return doc


def _field(doc: DocumentScore, name: str, g: Any, p: Any, equal: Any = None) -> None:
    sc = doc.field(name)
    g_has = g not in (None, [], {}, "")
    p_has = p not in (None, [], {}, "")
    if g_has and p_has:
        same = equal(g, p) if equal else g == p
        if same:
            sc.tp += 1
        else:
            sc.fp += 1
            sc.fn += 1
    elif g_has:
        sc.fn += 1
    elif p_has:
        sc.fp += 1


def _pair(
    golds: list[Any], preds: list[Any], score: Any
) -> tuple[list[tuple[int, int]], list[int], list[int]]:
    """Greedy one-to-one pairing by descending score (score None = cannot pair)."""
    cands = []
    for i, g in enumerate(golds):
        for j, p in enumerate(preds):
            s = score(g, p)
            if s is not None:
                cands.append((s, i, j))
    cands.sort(key=lambda x: (-x[0], x[1], x[2]))
    used_g: set[int] = set()
    used_p: set[int] = set()
    pairs = []
    for _s, i, j in cands:
        if i in used_g or j in used_p:
            continue
        used_g.add(i)
        used_p.add(j)
        pairs.append((i, j))
    return (
        pairs,
        [i for i in range(len(golds)) if i not in used_g],
        [j for j in range(len(preds)) if j not in used_p],
    )


def _spans_stat(doc: DocumentScore, kind: str, gs: list[Span], ps: list[Span]) -> None:
    if not gs:
        return
    r = doc.span_overlap.setdefault(kind, _Ratio())
    r.total += 1
    if _overlap(gs, ps):
        r.hit += 1


def _score_persons(doc: DocumentScore, golds: list[Any], preds: list[Any]) -> None:
    def score(g: Any, p: Any) -> float | None:
        gn, pn = g[0].get("name"), p[0].get("name")
        if names_match(gn, pn):
            return 2.0 if _norm(gn) == _norm(pn) else 1.0
        for alias in p[0].get("aliases") or []:
            if names_match(gn, alias):
                return 0.5
        return None

    pairs, miss, extra = _pair(golds, preds, score)
    k = doc.kind("person")
    k.tp += len(pairs)
    k.fn += len(miss)
    k.fp += len(extra)
    for i, j in pairs:
        g, p = golds[i][0], preds[j][0]
        _roles(doc, g.get("roles") or [], p.get("roles") or [])
        _field(doc, "person.age", g.get("age"), p.get("age"))
        _field(doc, "person.sex", g.get("sex"), p.get("sex"))
        _spans_stat(doc, "person", golds[i][1], preds[j][1])
    for i in miss:
        g = golds[i][0]
        _roles(doc, g.get("roles") or [], [])
        _field(doc, "person.age", g.get("age"), None)
        _field(doc, "person.sex", g.get("sex"), None)
        doc.errors.append(f"person missed: {g.get('name')}")
    for j in extra:
        p = preds[j][0]
        _roles(doc, [], p.get("roles") or [])
        _field(doc, "person.age", None, p.get("age"))
        _field(doc, "person.sex", None, p.get("sex"))
        doc.errors.append(f"person extra: {p.get('name')}")


def _roles(doc: DocumentScore, g: Sequence[str], p: Sequence[str]) -> None:
    sc = doc.field("person.roles")
    gs, ps = set(g), set(p)
    sc.tp += len(gs & ps)
    sc.fn += len(gs - ps)
    sc.fp += len(ps - gs)


def _score_orgs(doc: DocumentScore, golds: list[Any], preds: list[Any]) -> None:
    def score(g: Any, p: Any) -> float | None:
        gnames = [g[0].get("name"), *(g[0].get("aliases") or [])]
        pnames = [p[0].get("name"), p[0].get("canonical"), *(p[0].get("aliases") or [])]
        for a in gnames:
            for b in pnames:
                if a and b and _norm(a) == _norm(b):
                    return 1.0
        return None

    pairs, miss, extra = _pair(golds, preds, score)
    k = doc.kind("organization")
    k.tp += len(pairs)
    k.fn += len(miss)
    k.fp += len(extra)
    for i, j in pairs:
        _field(doc, "organization.kind", golds[i][0].get("kind"), preds[j][0].get("kind"))
        _spans_stat(doc, "organization", golds[i][1], preds[j][1])
    for i in miss:
        _field(doc, "organization.kind", golds[i][0].get("kind"), None)
        doc.errors.append(f"organization missed: {golds[i][0].get('name')}")
    for j in extra:
        _field(doc, "organization.kind", None, preds[j][0].get("kind"))
        doc.errors.append(f"organization extra: {preds[j][0].get('name')}")


def _year(d: Any) -> str | None:
    v = _date_value(d)
    return v[:4] if v else None


def event_pair_score(g: Any, p: Any) -> float | None:
    """How well a coded event ``(fields, spans)`` and a proposed one match, None if they cannot
    pair: spans overlap, or the same year and the same type or place."""
    gf, pf = g[0], p[0]
    same_type = gf.get("type") == pf.get("type")
    same_year = _year(gf.get("date")) is not None and _year(gf.get("date")) == _year(pf.get("date"))
    same_place = _places_match(_place_name(gf.get("place")), _place_name(pf.get("place")))
    span = bool(g[1]) and _overlap(g[1], p[1])
    if not (span or (same_year and (same_type or same_place))):
        return None
    return 2 * span + 2 * same_type + 2 * same_year + same_place


def _score_events(doc: DocumentScore, golds: list[Any], preds: list[Any]) -> None:
    pairs, miss, extra = _pair(golds, preds, event_pair_score)
    k = doc.kind("event")
    k.tp += len(pairs)
    k.fn += len(miss)
    k.fp += len(extra)
    paired = dict(pairs)
    for i, (gf, gspans) in enumerate(golds):
        pf = preds[paired[i]][0] if i in paired else {}
        if i in paired:
            _spans_stat(doc, "event", gspans, preds[paired[i]][1])
        _event_fields(doc, gf, pf)
        if not gf.get("background", False):
            doc.core_events.total += 1
            ok = (
                bool(pf)
                and pf.get("type") == gf.get("type")
                and _year(pf.get("date")) == _year(gf.get("date"))
            )
            doc.core_events.hit += ok
            if not ok:
                doc.errors.append(
                    f"core event not found as coded: {gf.get('type')} {_date_value(gf.get('date'))}"
                    f" {_place_name(gf.get('place'))} -> "
                    + (f"{pf.get('type')} {_date_value(pf.get('date'))}" if pf else "nothing")
                )
            for cat in COUNT_CATEGORIES:
                gc = _count((gf.get("counts") or {}).get(cat))
                if gc is None:
                    continue
                doc.counts_exact.total += 1
                pc = _count((pf.get("counts") or {}).get(cat)) if pf else None
                if pc == gc:
                    doc.counts_exact.hit += 1
                else:
                    doc.errors.append(f"count {cat} of {gf.get('type')}: gold {gc}, got {pc}")
    for j in extra:
        _event_fields(doc, {}, preds[j][0])
        doc.errors.append(
            f"event extra: {preds[j][0].get('type')} {_date_value(preds[j][0].get('date'))}"
        )


def _event_fields(doc: DocumentScore, g: Mapping[str, Any], p: Mapping[str, Any]) -> None:
    _field(doc, "event.type", g.get("type"), p.get("type"))
    _field(doc, "event.date", _date_value(g.get("date")), _date_value(p.get("date")))
    _field(doc, "event.year", _year(g.get("date")), _year(p.get("date")))
    _field(
        doc,
        "event.place",
        _place_name(g.get("place")),
        _place_name(p.get("place")),
        equal=_places_match,
    )
    gc, pc = g.get("counts") or {}, p.get("counts") or {}
    for cat in COUNT_CATEGORIES:
        _field(doc, f"event.counts.{cat}", _count(gc.get(cat)), _count(pc.get(cat)))
    if g and p:
        _field(
            doc,
            "event.background",
            bool(g.get("background")),
            bool(p.get("background")),
            equal=lambda a, b: a == b,
        )


def _atoms(fields: Mapping[str, Any]) -> list[dict[str, Any]]:
    subjects = list(fields.get("subjects") or []) or [None]
    return [
        {
            "type": fields.get("type"),
            "subject": s,
            "sentence": _sentence(fields.get("sentence")),
            "date": _date_value(fields.get("date")),
            "served": (fields.get("served") or {}).get("years"),
        }
        for s in subjects
    ]


def _score_legal(doc: DocumentScore, golds: list[Any], preds: list[Any]) -> None:
    g_atoms = [(a, sp) for f, sp in golds for a in _atoms(f)]
    p_atoms = [(a, sp) for f, sp in preds for a in _atoms(f)]

    def loose(g: Any, p: Any) -> float | None:
        if g[0]["type"] != p[0]["type"] or not _subject_match(g[0]["subject"], p[0]["subject"]):
            return None
        return 1.0 + (g[0]["sentence"] == p[0]["sentence"]) + (g[0]["date"] == p[0]["date"])

    pairs, miss, extra = _pair(g_atoms, p_atoms, loose)
    k = doc.kind("legal")
    k.tp += len(pairs)
    k.fn += len(miss)
    k.fp += len(extra)
    strict = doc.legal_strict
    for i, j in pairs:
        g, p = g_atoms[i][0], p_atoms[j][0]
        _field(doc, "legal.sentence", g["sentence"], p["sentence"])
        _field(doc, "legal.date", g["date"], p["date"])
        _field(doc, "legal.served", g["served"], p["served"])
        _spans_stat(doc, "legal", g_atoms[i][1], p_atoms[j][1])
        ok = (g["sentence"] is None or g["sentence"] == p["sentence"]) and (
            g["date"] is None or g["date"] == p["date"]
        )
        by_type = doc.legal_type(g["type"])
        if ok:
            strict.tp += 1
            by_type.tp += 1
        else:
            strict.fp += 1
            strict.fn += 1
            by_type.fp += 1
            by_type.fn += 1
            doc.errors.append(f"legal fact differs: gold {g}, got {p}")
    strict.fn += len(miss)
    strict.fp += len(extra)
    for i in miss:
        g = g_atoms[i][0]
        doc.legal_type(g["type"]).fn += 1
        _field(doc, "legal.sentence", g["sentence"], None)
        _field(doc, "legal.date", g["date"], None)
        _field(doc, "legal.served", g["served"], None)
        doc.errors.append(f"legal missed: {g}")
    for j in extra:
        p = p_atoms[j][0]
        doc.legal_type(p["type"]).fp += 1
        _field(doc, "legal.sentence", None, p["sentence"])
        _field(doc, "legal.date", None, p["date"])
        _field(doc, "legal.served", None, p["served"])
        doc.errors.append(f"legal extra: {p}")


def evaluate(documents: Iterable[DocumentScore]) -> Report:
    """Add up document scores into one report."""
    docs = list(documents)
    kinds: dict[str, Score] = {}
    fields: dict[str, Score] = {}
    strict = Score()
    legal_types: dict[str, Score] = {}
    core = _Ratio()
    counts = _Ratio()
    spans: dict[str, _Ratio] = {}
    for d in docs:
        for name, sc in d.kinds.items():
            kinds.setdefault(name, Score()).add(sc)
        for name, sc in d.fields.items():
            fields.setdefault(name, Score()).add(sc)
        strict.add(d.legal_strict)
        for name, sc in d.legal_types.items():
            legal_types.setdefault(name, Score()).add(sc)
        core.hit += d.core_events.hit
        core.total += d.core_events.total
        counts.hit += d.counts_exact.hit
        counts.total += d.counts_exact.total
        for name, r in d.span_overlap.items():
            agg = spans.setdefault(name, _Ratio())
            agg.hit += r.hit
            agg.total += r.total
    return Report(
        documents=len(docs),
        kinds=kinds,
        fields=fields,
        legal_strict=strict,
        legal_by_type=legal_types,
        core_events_found=core.value,
        core_events_total=core.total,
        counts_exact=counts.value,
        counts_total=counts.total,
        span_overlap={k: v.value for k, v in spans.items()},
        per_document=docs,
    )
