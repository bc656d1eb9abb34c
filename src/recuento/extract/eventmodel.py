"""A small trained model that revises the rule extractor's event proposals.

The rules propose events from trigger words; this model reads each proposal (and each sentence
no proposal covers) as a bag of word stems plus a few cues (the rules' type, counts, how old its
year is) and gives a probability for every event type and for "no event here". It then

* drops a rule proposal when "no event" is likely enough,
* re-types a proposal when another type is clearly more likely than the rules' one,
* adds an event for an uncovered sentence when some event type is likely enough.

Inference is plain Python over a weight table (JSON, :meth:`EventModel.save`); training needs
numpy and scipy and is run by ``scripts/eventmodel_cv.py`` (cross-validation; ``--write PATH``
trains on all fifteen open folders of coded texts). Everything is deterministic. Optional extras:
richer feature sets (:data:`FEATURES`) and a fourth head that re-types only among the killing types
(:data:`KILLING`). Leave-one-folder-out cross-validation showed no gain over the rules that
passes the bar set for shipping, on 72, 182 or 247 texts (docs/extraction.md, "A trained
event model"), so no weights are shipped and the rule extractor uses no model unless one is
passed to it (``event_model=``).
"""

from __future__ import annotations

import json
import math
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from recuento.extract.dates import DateMention, find_dates
from recuento.extract.evaluate import _pair, event_pair_score, gold_spans
from recuento.extract.model import Span, Suggestion
from recuento.extract.text import Sentence, fold_keep, sentences

__all__ = [
    "FEATURES",
    "KILLING",
    "NONE",
    "Candidate",
    "EventModel",
    "Thresholds",
    "Head",
    "Decisions",
    "candidates",
    "decide",
    "gold_examples",
    "apply_decisions",
    "label_candidates",
]

NONE = "none"
#: The killing types and armed clash, between which about half the rules' type confusions fall;
#: a model with a ``kill`` head re-types only among these.
KILLING = frozenset(
    ("massacre", "extrajudicial_killing", "death_in_custody", "protest_killing", "armed_clash")
)
#: Feature sets: 1 the original; 2 adds, for a rule proposal, how many victims the rules named
#: and whether they found a perpetrator; 3 adds, for an uncovered sentence, the type of the rule
#: proposal told before it, how many sentences back, and whether a person is named in it.
FEATURES = (1, 2, 3)

_WORD = re.compile(r"[a-z]+")
_STOP = frozenset(
    "the a an of and or in on at to for by with from that this was were is are be been has have "
    "had it its as but not he she they his her their who which el la los las de del y o en a por "
    "con para que se su sus un una es fue fueron al lo le les como mas pero".split()
)
_STEM = 6


def _stems(folded: str) -> set[str]:
    return {w[:_STEM] for w in _WORD.findall(folded) if w not in _STOP and len(w) > 1}


def _bucket(n: int | None) -> str:
    if n is None:
        return "none"
    if n <= 1:
        return str(n)
    if n <= 4:
        return "2-4"
    if n <= 20:
        return "5-20"
    return "21+"


def _age(year: int | None, ref: int | None) -> str:
    if year is None or ref is None:
        return "unk"
    d = ref - year
    if d <= 0:
        return "0"
    if d <= 1:
        return "1"
    if d <= 5:
        return "2-5"
    if d <= 20:
        return "6-20"
    return "21+"


@dataclass(slots=True)
class Candidate:
    """One thing the model decides about: a rule proposal (``index`` into the suggestion list)
    or an uncovered sentence (``index`` None)."""

    features: list[str]
    span: Span
    index: int | None
    rule_type: str | None
    date: DateMention | None = None
    label: str | None = None  # set when training
    type_only: bool = False  # a training example for the type head alone


@dataclass(frozen=True, slots=True)
class Thresholds:
    """When the model overrides the rules: drop a proposal at P(none) >= ``drop``; re-type when
    the best type's probability exceeds the rules' type's by ``retype``; add an event for an
    uncovered sentence at 1 - P(none) >= ``add``. A value above 1 turns a step off."""

    drop: float = 2.0
    retype: float = 2.0
    add: float = 2.0

    def to_dict(self) -> dict[str, float]:
        return {"drop": self.drop, "retype": self.retype, "add": self.add}


def _count_best(fields: Mapping[str, Any], cat: str) -> int | None:
    c = (fields.get("counts") or {}).get(cat)
    if not c:
        return None
    v = c.get("best")
    if v is None:
        v = c.get("low")
    return None if v is None else int(v)


def _doc_context(
    text: str, published: date | None
) -> tuple[str, list[Sentence], list[DateMention], int | None]:
    folded = fold_keep(text)
    sents = sentences(text)
    dates = [d for d in find_dates(text, published) if d.year is not None]
    ref = published.year if published else None
    if ref is None:
        years = [d.year for d in dates if d.explicit_year and d.year is not None]
        ref = max(years) if years else None
    return folded, sents, dates, ref


def _sentence_candidate(
    folded: str, s: Sentence, dates: list[DateMention], ref: int | None, lang: str
) -> Candidate | None:
    seg = folded[s.start : s.end]
    words = _stems(seg)
    if len(words) < 4:
        return None
    own = [d for d in dates if s.start <= d.start < s.end]
    d = min(own, key=lambda x: ({"day": 0, "month": 1}.get(x.precision, 2), x.start), default=None)
    feats = [
        "bias",
        lang,
        "src=sentence",
        f"age={_age(d.year if d else None, ref)}",
        f"prec={d.precision if d else 'none'}",
        f"digits={bool(re.search(r'[0-9]', seg))}",
        f"lead={s.index <= 2}",
    ]
    feats += [f"w={w}" for w in sorted(words)]
    return Candidate(feats, Span(s.start, s.end), None, None, d)


def gold_examples(
    text: str, language: str | None, published: date | None, gold: Mapping[str, Any]
) -> list[Candidate]:
    """Training examples for the type head only: the sentence each coded event's quote starts
    in, read as an uncovered sentence, labelled with the coded type."""
    folded, sents, dates, ref = _doc_context(text, published)
    lang = f"lang={language or 'unk'}"
    out = []
    for g in gold.get("events") or []:
        spans = gold_spans(text, g)
        if not spans:
            continue
        start = min(spans).start
        s = next((x for x in sents if x.start <= start < x.end), None)
        c = _sentence_candidate(folded, s, dates, ref, lang) if s else None
        if c is not None:
            c.label = str(g.get("type"))
            c.type_only = True
            out.append(c)
    return out


def candidates(
    text: str,
    language: str | None,
    published: date | None,
    suggestions: Sequence[Suggestion],
    *,
    features: int = 1,
) -> list[Candidate]:
    """The rule proposals of events, and the sentences none of them covers, as feature lists
    (``features``: which feature set, see :data:`FEATURES`)."""
    if features not in FEATURES:
        raise ValueError(f"unknown feature set {features}; known: {FEATURES}")
    folded, sents, dates, ref = _doc_context(text, published)
    lang = f"lang={language or 'unk'}"
    out: list[Candidate] = []
    covered: list[Span] = []
    for i, s in enumerate(suggestions):
        if s.kind != "event":
            continue
        f = s.fields
        spans = sorted(s.spans) or [Span(0, 0)]
        covered += spans
        words: set[str] = set()
        for sp in spans:
            words |= _stems(folded[sp.start : sp.end])
        value = (f.get("date") or {}).get("value")
        year = int(value[:4]) if value else None
        feats = [
            "bias",
            lang,
            "src=rule",
            f"rt={f.get('type')}",
            f"killed={_bucket(_count_best(f, 'killed'))}",
            f"age={_age(year, ref)}",
            f"prec={(f.get('date') or {}).get('precision', 'none')}",
            f"bg={bool(f.get('background'))}",
            f"mentions={min(len(spans), 3)}",
            f"place={bool(f.get('place'))}",
        ]
        for cat in ("wounded", "disappeared", "detained"):
            if _count_best(f, cat) is not None:
                feats.append(f"has={cat}")
        if features >= 2:
            feats.append(f"victims={_bucket(len(f.get('victims') or []))}")
            feats.append(f"perps={bool(f.get('perpetrators'))}")
        feats += [f"w={w}" for w in sorted(words)]
        out.append(Candidate(feats, Span(spans[0].start, spans[-1].end), i, f.get("type")))
    rule_starts = sorted((c.span.start, c.rule_type) for c in out)
    persons = [sp for x in suggestions if x.kind == "person" for sp in x.spans]
    for s in sents:
        if any(c.start < s.end and s.start < c.end for c in covered):
            continue
        c = _sentence_candidate(folded, s, dates, ref, lang)
        if c is None:
            continue
        if features >= 3:
            before = [(st, t) for st, t in rule_starts if st < s.start]
            if before:
                st, t = before[-1]
                back = s.index - max((x.index for x in sents if x.start <= st), default=0)
                c.features += [f"prev_rt={t}", f"back={min(back, 4)}"]
            else:
                c.features.append("prev_rt=none")
            c.features.append(f"person={any(s.start <= p.start < s.end for p in persons)}")
        out.append(c)
    return out


@dataclass(slots=True)
class Head:
    """One multinomial logistic regression: classes and a weight row per feature."""

    classes: list[str]
    weights: dict[str, list[float]]

    def proba(self, features: Iterable[str]) -> dict[str, float]:
        z = [0.0] * len(self.classes)
        for f in features:
            w = self.weights.get(f)
            if w is not None:
                for k, v in enumerate(w):
                    z[k] += v
        m = max(z)
        e = [math.exp(v - m) for v in z]
        t = sum(e)
        return {c: v / t for c, v in zip(self.classes, e, strict=True)}

    def to_dict(self) -> dict[str, Any]:
        return {
            "classes": self.classes,
            "weights": {k: [round(v, 4) for v in w] for k, w in sorted(self.weights.items())},
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Head:
        return cls(
            list(data["classes"]), {k: [float(x) for x in v] for k, v in data["weights"].items()}
        )

    @classmethod
    def fit(
        cls, feats: Sequence[Sequence[str]], labels: Sequence[str], *, l2: float, min_count: int
    ) -> Head:
        """L-BFGS on the L2-penalised log loss (numpy and scipy, imported here so that
        extraction itself needs neither)."""
        import numpy as np
        from scipy.optimize import minimize
        from scipy.sparse import csr_matrix

        classes = sorted(set(labels))
        if len(classes) == 1:
            return cls(classes, {"bias": [0.0]})
        counts: dict[str, int] = {}
        for fs in feats:
            for f in set(fs):
                counts[f] = counts.get(f, 0) + 1
        vocab = sorted(f for f, n in counts.items() if n >= min_count or f == "bias")
        index = {f: i for i, f in enumerate(vocab)}
        rows, cols = [], []
        for r, fs in enumerate(feats):
            for f in sorted(set(fs)):
                if f in index:
                    rows.append(r)
                    cols.append(index[f])
        x = csr_matrix(
            (np.ones(len(rows)), (np.array(rows, dtype=np.int64), np.array(cols, dtype=np.int64))),
            shape=(len(feats), len(vocab)),
        )
        n, d, k = x.shape[0], x.shape[1], len(classes)
        onehot = np.zeros((n, k))
        onehot[np.arange(n), [classes.index(y) for y in labels]] = 1.0
        pen = np.ones(d)
        if "bias" in index:
            pen[index["bias"]] = 0.0

        def loss(wflat: Any) -> tuple[float, Any]:
            w = wflat.reshape(d, k)
            z = x @ w
            z -= z.max(axis=1, keepdims=True)
            logp = z - np.log(np.exp(z).sum(axis=1, keepdims=True))
            value = -(onehot * logp).sum() + 0.5 * l2 * (pen[:, None] * w * w).sum()
            grad = x.T @ (np.exp(logp) - onehot) + l2 * pen[:, None] * w
            return float(value), np.asarray(grad).ravel()

        res = minimize(loss, np.zeros(d * k), jac=True, method="L-BFGS-B", options={"maxiter": 500})
        w = res.x.reshape(d, k)
        return cls(classes, {f: [float(v) for v in w[i]] for f, i in index.items()})


@dataclass(slots=True)
class EventModel:
    """Three small heads and the thresholds that say when they override the rules: ``keep``
    (is a rule proposal an event the coders would code?), ``add`` (does an uncovered sentence
    tell an event?) and ``type`` (which event type?)."""

    heads: dict[str, Head]
    thresholds: Thresholds = field(default_factory=Thresholds)
    features: int = 1  # the feature set the heads were trained on (:data:`FEATURES`)

    # -- inference -------------------------------------------------------------------------------
    def proba(self, features: Sequence[str]) -> dict[str, float]:
        """P(none) and P(type) for one candidate (a rule proposal when ``src=rule``)."""
        rule = "src=rule" in features
        head = self.heads["keep" if rule else "add"]
        p_none = head.proba(features).get(NONE, 0.0)
        if rule and "kill" in self.heads:
            rt = next((f[3:] for f in features if f.startswith("rt=")), "None")
            kill = self.heads["kill"]
            types = kill.proba(features) if rt in kill.classes else {rt: 1.0}
        else:
            types = self.heads["type"].proba(features)
        out = {k: (1.0 - p_none) * v for k, v in types.items()}
        out[NONE] = p_none
        return out

    def revise(
        self,
        text: str,
        suggestions: Sequence[Suggestion],
        *,
        language: str | None = None,
        published: date | None = None,
        thresholds: Thresholds | None = None,
    ) -> list[Suggestion]:
        """The suggestions with event proposals dropped, re-typed or added."""
        cands = candidates(text, language, published, suggestions, features=self.features)
        probs = [self.proba(c.features) for c in cands]
        ref = published.year if published else None
        return apply_decisions(suggestions, cands, probs, thresholds or self.thresholds, ref)

    # -- storage ---------------------------------------------------------------------------------
    def to_dict(self) -> dict[str, Any]:
        return {
            "features": self.features,
            "thresholds": self.thresholds.to_dict(),
            "heads": {k: h.to_dict() for k, h in sorted(self.heads.items())},
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> EventModel:
        return cls(
            heads={k: Head.from_dict(v) for k, v in data["heads"].items()},
            thresholds=Thresholds(**data.get("thresholds", {})),
            features=int(data.get("features", 1)),
        )

    def save(self, path: str | Path) -> None:
        Path(path).write_text(
            json.dumps(self.to_dict(), ensure_ascii=False, separators=(",", ":")) + "\n",
            encoding="utf-8",
        )

    @classmethod
    def load(cls, path: str | Path) -> EventModel:
        return cls.from_dict(json.loads(Path(path).read_text(encoding="utf-8")))

    # -- training --------------------------------------------------------------------------------
    @classmethod
    def train(
        cls,
        examples: Sequence[Candidate],
        *,
        l2: float = 1.0,
        min_count: int = 2,
        thresholds: Thresholds | None = None,
        features: int = 1,
        kill_head: bool = False,
    ) -> EventModel:
        """Fit the three heads on labelled candidates (see :func:`label_candidates` and
        :func:`gold_examples`; ``features`` names the feature set they were built with). With
        ``kill_head`` a fourth head, trained on the examples of the :data:`KILLING` types only,
        re-types rule proposals, and only those of a killing type."""
        lab = [c for c in examples if c.label is not None]
        rule = [c for c in lab if not c.type_only and c.index is not None]
        sent = [c for c in lab if not c.type_only and c.index is None]
        typed = [c for c in lab if c.label != NONE]

        def yes(c: Candidate) -> str:
            return NONE if c.label == NONE else "event"

        heads = {
            "keep": Head.fit(
                [c.features for c in rule], [yes(c) for c in rule], l2=l2, min_count=min_count
            ),
            "add": Head.fit(
                [c.features for c in sent], [yes(c) for c in sent], l2=l2, min_count=min_count
            ),
            "type": Head.fit(
                [c.features for c in typed],
                [str(c.label) for c in typed],
                l2=l2,
                min_count=min_count,
            ),
        }
        if kill_head:
            kill = [c for c in typed if c.label in KILLING]
            heads["kill"] = Head.fit(
                [c.features for c in kill], [str(c.label) for c in kill], l2=l2, min_count=min_count
            )
        return cls(heads, thresholds or Thresholds(), features)


@dataclass(frozen=True, slots=True)
class Decisions:
    """What the model changes in one document: rule proposals dropped (suggestion indices),
    re-typed (index, new type), and uncovered sentences turned into events (candidate index,
    type, probability)."""

    drop: frozenset[int]
    retype: tuple[tuple[int, str], ...]
    add: tuple[tuple[int, str, float], ...]

    def key(self) -> tuple[Any, ...]:
        """Equal for decision sets that give the same events (the probabilities only set an
        added event's confidence)."""
        return (self.drop, self.retype, tuple((i, t) for i, t, _ in self.add))


def decide(
    cands: Sequence[Candidate], probs: Sequence[Mapping[str, float]], th: Thresholds
) -> Decisions:
    """Which proposals to drop or re-type and which sentences to add, given each candidate's
    class probabilities."""
    drop: set[int] = set()
    retype: list[tuple[int, str]] = []
    added: list[tuple[int, str, float]] = []
    for k, (c, p) in enumerate(zip(cands, probs, strict=True)):
        p_none = p.get(NONE, 0.0)
        best = max((t for t in p if t != NONE), key=lambda t: (p[t], t))
        if c.index is not None:
            if p_none >= th.drop:
                drop.add(c.index)
            elif best != c.rule_type and p[best] - p.get(c.rule_type or "", 0.0) >= th.retype:
                retype.append((c.index, best))
        elif 1.0 - p_none >= th.add:
            added.append((k, best, p[best]))
    return Decisions(frozenset(drop), tuple(retype), tuple(added))


def apply_decisions(
    suggestions: Sequence[Suggestion],
    cands: Sequence[Candidate],
    probs: Sequence[Mapping[str, float]],
    th: Thresholds | Decisions,
    ref: int | None,
) -> list[Suggestion]:
    """Drop, re-type and add event proposals given each candidate's class probabilities (or
    decisions already taken by :func:`decide`)."""
    dec = th if isinstance(th, Decisions) else decide(cands, probs, th)
    retype = dict(dec.retype)
    added = [_new_event(cands[k], t, p, suggestions, ref) for k, t, p in dec.add]
    out: list[Suggestion] = []
    for i, s in enumerate(suggestions):
        if i in dec.drop:
            continue
        if i in retype:
            s = Suggestion(s.kind, {**s.fields, "type": retype[i]}, list(s.spans), s.confidence)
        out.append(s)
    events_end = max((k for k, s in enumerate(out) if s.kind == "event"), default=-1) + 1
    return out[:events_end] + added + out[events_end:]


def _new_event(
    c: Candidate,
    etype: str,
    prob: float,
    suggestions: Sequence[Suggestion],
    ref: int | None,
) -> Suggestion:
    date_field = c.date.to_field() if c.date else None
    if date_field is None:
        # no date of its own: the time of the event told just before it
        before = [
            s
            for s in suggestions
            if s.kind == "event"
            and s.fields.get("date")
            and s.spans
            and min(s.spans).start < c.span.start
        ]
        if before:
            date_field = dict(before[-1].fields["date"])
    year = int(date_field["value"][:4]) if date_field else None
    background = bool(year is not None and ref is not None and year <= ref - 2)
    fields: dict[str, Any] = {
        "type": etype,
        "date": date_field,
        "place": None,
        "counts": {},
        "background": background,
        "perpetrators": [],
        "victims": [],
    }
    return Suggestion("event", fields, [c.span], round(min(0.9, max(0.05, prob)), 2))


def label_candidates(
    text: str,
    gold: Mapping[str, Any],
    suggestions: Sequence[Suggestion],
    cands: Sequence[Candidate],
) -> None:
    """Set each candidate's ``label`` from a hand coding: a rule proposal takes the type of the
    coded event the scorer pairs it with (:mod:`recuento.extract.evaluate`), or ``none``; an
    uncovered sentence takes the type of a coded event left unpaired whose quote starts in it
    (a core event before a background one), or ``none``."""
    golds = [(dict(g), gold_spans(text, g)) for g in gold.get("events") or []]
    preds = [(dict(s.fields), list(s.spans)) for s in suggestions if s.kind == "event"]
    pred_index = [i for i, s in enumerate(suggestions) if s.kind == "event"]
    pairs, missed, _extra = _pair(golds, preds, event_pair_score)
    by_sugg = {pred_index[j]: str(golds[i][0].get("type")) for i, j in pairs}
    for c in cands:
        if c.index is not None:
            c.label = by_sugg.get(c.index, NONE)
            continue
        here = [
            golds[i][0]
            for i in missed
            if golds[i][1] and c.span.start <= min(golds[i][1]).start < c.span.end
        ]
        here.sort(key=lambda g: bool(g.get("background")))
        c.label = str(here[0].get("type")) if here else NONE
