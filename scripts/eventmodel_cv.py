"""Leave-one-folder-out cross-validation of the trained event model (recuento.extract.eventmodel).

Fifteen folders of coded texts, each written by a different author in a different round: the
development texts (tests/extract/devset and its fresh, fresh2 … fresh8 subfolders) and the held-out
sets 1–6 (tests/extract/heldout, heldout2 … heldout6, opened as training material). The reserved
blind sets (heldout7 and later) are never read here. For each folder: train the model on the other
fourteen, choose its thresholds by an inner cross-validation over those fourteen (never looking
at the left-out folder), revise the rules' proposals for the left-out folder's texts, and score
them. The rules alone are scored on the same texts. The inner cross-validation leaves out one
group of training folders at a time (``--inner-groups``, default 4 groups, the folders dealt
round-robin in the order below; 0 leaves out one folder at a time, about three times slower).

    PYTHONPATH=src python scripts/eventmodel_cv.py                 # the tables
    PYTHONPATH=src python scripts/eventmodel_cv.py --write m.json  # also train on all fifteen
                                                                   # folders and save
"""

from __future__ import annotations

import argparse
import itertools
import multiprocessing
import sys
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from recuento.extract import RuleBasedExtractor, Suggestion
from recuento.extract.evaluate import (
    DocumentScore,
    Report,
    Score,
    _score_events,
    evaluate,
    gold_spans,
    score_document,
)
from recuento.extract.eventmodel import (
    FEATURES,
    Candidate,
    EventModel,
    Thresholds,
    apply_decisions,
    candidates,
    decide,
    gold_examples,
    label_candidates,
)
from recuento.services.extraction import GoldDocument, load_gold_directory

TESTS = Path(__file__).resolve().parent.parent / "tests" / "extract"
DEV = TESTS / "devset"
FOLDERS = {
    "devset": DEV,
    "fresh": DEV / "fresh",
    "fresh2": DEV / "fresh2",
    "fresh3": DEV / "fresh3",
    "fresh4": DEV / "fresh4",
    "fresh5": DEV / "fresh5",
    "fresh6": DEV / "fresh6",
    "fresh7": DEV / "fresh7",
    "fresh8": DEV / "fresh8",
    "heldout": TESTS / "heldout",
    "heldout2": TESTS / "heldout2",
    "heldout3": TESTS / "heldout3",
    "heldout4": TESTS / "heldout4",
    "heldout5": TESTS / "heldout5",
    "heldout6": TESTS / "heldout6",
}
HELDOUT = ("heldout", "heldout2", "heldout3", "heldout4", "heldout5", "heldout6")
#: The folders coded in session 6 (legal-heavy and event texts), also pooled on their own.
NEW = ("fresh7", "fresh8")
GRID_DROP = (0.5, 0.6, 0.7, 0.8, 0.9, 2.0)
GRID_RETYPE = (0.0, 0.2, 0.4, 0.6, 2.0)
GRID_ADD = (0.1, 0.15, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 2.0)
OFF = Thresholds()


@dataclass(slots=True)
class Doc:
    folder: str
    gold: GoldDocument
    rules: list[Suggestion]
    cands: list[Candidate]
    extra: list[Candidate]  # coded events' sentences, for the type head
    gold_events: list[tuple[dict[str, Any], list[Any]]]

    @property
    def ref(self) -> int | None:
        return self.gold.published.year if self.gold.published else None


def load_docs() -> list[Doc]:
    ex = RuleBasedExtractor(event_model=None)
    docs = []
    for folder, path in FOLDERS.items():
        for g in load_gold_directory(path):
            out = ex.extract(g.text, language=g.language, published=g.published)
            cands = candidates(g.text, g.language, g.published, out, features=FEATURE_SET)
            label_candidates(g.text, g.gold, out, cands)
            extra = gold_examples(g.text, g.language, g.published, g.gold)
            golds = [
                (dict(e), gold_spans(g.text, e, where=g.name)) for e in g.gold.get("events") or []
            ]
            docs.append(Doc(folder, g, out, cands, extra, golds))
    return docs


def score(docs: list[Doc], outputs: list[list[Suggestion]]) -> Report:
    return evaluate(
        score_document(out, d.gold.gold, d.gold.text, name=d.gold.name)
        for d, out in zip(docs, outputs, strict=True)
    )


def event_tally(d: Doc, out: list[Suggestion]) -> tuple[int, int, int, int]:
    """Core events found, core events coded, events paired, events proposed but unpaired: the
    event part of the full score, which is all the threshold search needs."""
    doc = DocumentScore()
    _score_events(doc, d.gold_events, [(s.fields, s.spans) for s in out if s.kind == "event"])
    ev = doc.kind("event")
    return doc.core_events.hit, doc.core_events.total, ev.tp, ev.fp


def objective(core_hit: int, core_total: int, tp: int, fp: int) -> float:
    """Core events found plus event precision, pooled (``--objective sum``)."""
    core = core_hit / core_total if core_total else 1.0
    return core + Score(tp, fp, 0).precision


def pick(results: list[tuple[Thresholds, list[int]]]) -> Thresholds:
    """The grid point the objective prefers (ties: the first in grid order).

    ``sum``: the best core events found plus event precision. ``core``: the most core events
    found among the points whose event precision is at most 0.02 below the rules' own (all
    steps off, always a candidate), ties broken by precision: the acceptance rule of the
    experiment, applied inside the training folders."""
    if OBJECTIVE == "sum":
        return max(results, key=lambda r: round(objective(*r[1]), 9))[0]

    def prec(t: list[int]) -> float:
        return Score(t[2], t[3], 0).precision

    def core(t: list[int]) -> float:
        return t[0] / t[1] if t[1] else 1.0

    floor = prec(next(t for th, t in results if th == OFF)) - 0.02
    ok = [r for r in results if prec(r[1]) >= floor - 1e-9]
    return max(ok, key=lambda r: (round(core(r[1]), 9), round(prec(r[1]), 9)))[0]


# The module-level state the worker processes read (set before forking).
DOCS: list[Doc] = []
INNER_GROUPS = 4
OBJECTIVE = "sum"
FEATURE_SET = 1
KILL_HEAD = False


def train(docs: list[Doc], th: Thresholds = OFF) -> EventModel:
    return EventModel.train(
        [c for d in docs for c in d.cands + d.extra],
        thresholds=th,
        features=FEATURE_SET,
        kill_head=KILL_HEAD,
    )


def inner_groups(folders: list[str], k: int) -> list[list[str]]:
    """The training folders dealt round-robin into ``k`` groups (``k`` = 0: one per folder)."""
    if k <= 0 or k >= len(folders):
        return [[f] for f in folders]
    return [folders[i::k] for i in range(k)]


def choose_thresholds(train_docs: list[Doc]) -> Thresholds:
    """Inner cross-validation over the training folders (one group of folders left out at a
    time), pooled over the training texts; the grid point the objective prefers (:func:`pick`)."""
    folders = [f for f in FOLDERS if any(d.folder == f for d in train_docs)]
    inner: list[tuple[Doc, list[dict[str, float]]]] = []
    for group in inner_groups(folders, INNER_GROUPS):
        model = train([d for d in train_docs if d.folder not in group])
        for d in train_docs:
            if d.folder in group:
                inner.append((d, [model.proba(c.features) for c in d.cands]))
    cache: list[dict[tuple[Any, ...], tuple[int, int, int, int]]] = [{} for _ in inner]
    results: list[tuple[Thresholds, list[int]]] = []
    for drop, retype, add in itertools.product(GRID_DROP, GRID_RETYPE, GRID_ADD):
        th = Thresholds(drop, retype, add)
        total = [0, 0, 0, 0]
        for (d, p), seen in zip(inner, cache, strict=True):
            dec = decide(d.cands, p, th)
            key = dec.key()
            if key not in seen:
                seen[key] = event_tally(d, apply_decisions(d.rules, d.cands, p, dec, d.ref))
            for i, v in enumerate(seen[key]):
                total[i] += v
        results.append((th, total))
    return pick(results)


def outer_fold(folder: str) -> tuple[str, Thresholds, list[list[Suggestion]]]:
    test = [d for d in DOCS if d.folder == folder]
    train_docs = [d for d in DOCS if d.folder != folder]
    th = choose_thresholds(train_docs)
    model = train(train_docs, th)
    outs = [
        apply_decisions(d.rules, d.cands, [model.proba(c.features) for c in d.cands], th, d.ref)
        for d in test
    ]
    return folder, th, outs


def row(name: str, rep: Report, n: int, extra: str = "") -> str:
    ev = rep.kinds.get("event")
    prec = ev.precision if ev else 1.0
    rec = ev.recall if ev else 1.0
    return (
        f"| {name} | {n} | {rep.core_events_found:.2f} "
        f"({round(rep.core_events_found * rep.core_events_total)}/{rep.core_events_total}) "
        f"| {rep.counts_exact:.2f} ({rep.counts_total}) | {prec:.2f} | {rec:.2f} |{extra}"
    )


def say(line: str = "") -> None:
    sys.stdout.write(line + "\n")
    sys.stdout.flush()


def _th(th: Thresholds) -> str:
    return ", ".join("off" if v > 1 else f"{v:g}" for v in (th.drop, th.retype, th.add))


def main(argv: list[str] | None = None) -> int:
    global INNER_GROUPS, OBJECTIVE, FEATURE_SET, KILL_HEAD
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--write", metavar="PATH", help="train on all folders, save the model here")
    ap.add_argument(
        "--inner-groups", type=int, default=4, help="inner CV groups of folders (0: one each)"
    )
    ap.add_argument(
        "--objective",
        choices=("sum", "core"),
        default="sum",
        help="how inner CV picks thresholds (see pick())",
    )
    ap.add_argument("--features", type=int, choices=FEATURES, default=1, help="feature set")
    ap.add_argument("--kill-head", action="store_true", help="re-type only among the killing types")
    ap.add_argument("--jobs", type=int, default=2, help="outer folds run in parallel")
    args = ap.parse_args(argv)
    INNER_GROUPS = args.inner_groups
    OBJECTIVE = args.objective
    FEATURE_SET = args.features
    KILL_HEAD = args.kill_head
    t0 = time.perf_counter()
    DOCS[:] = load_docs()
    docs = DOCS
    say(f"rules and candidates for {len(docs)} texts: {time.perf_counter() - t0:.1f}s")
    say(
        f"inner CV: {INNER_GROUPS or 'one folder'} groups left out in turn; objective "
        f"{OBJECTIVE}; features {FEATURE_SET}; kill head {KILL_HEAD}"
    )
    if args.jobs > 1:
        with multiprocessing.get_context("fork").Pool(args.jobs) as pool:
            results = pool.map(outer_fold, list(FOLDERS), chunksize=1)
    else:
        results = [outer_fold(f) for f in FOLDERS]
    header = (
        "| fold | texts | core events found (found/coded) | counts exact (coded) "
        "| event P | event R |"
    )
    sep = "| --- | --- | --- | --- | --- | --- |"
    rules_rows, model_rows = [], []
    model_out: dict[str, list[Suggestion]] = {}
    for folder, th, outs in results:
        test = [d for d in docs if d.folder == folder]
        rules_rows.append(row(folder, score(test, [d.rules for d in test]), len(test)))
        model_rows.append(row(folder, score(test, outs), len(test), f" {_th(th)}"))
        for d, o in zip(test, outs, strict=True):
            model_out[d.gold.name + "@" + d.folder] = o
    held = [d for d in docs if d.folder in HELDOUT]
    dev = [d for d in docs if d.folder not in HELDOUT]
    old_dev = [d for d in dev if d.folder not in NEW]
    new = [d for d in docs if d.folder in NEW]

    def pooled(name: str, part: list[Doc], use_model: bool) -> str:
        outs = [model_out[d.gold.name + "@" + d.folder] if use_model else d.rules for d in part]
        return row(name, score(part, outs), len(part))

    for title, use_model in (
        ("rules alone", False),
        ("rules + model (trained on the other fourteen folders, thresholds by inner CV)", True),
    ):
        say(f"\n{title}")
        say(header + (" thresholds (drop, retype, add) |" if use_model else ""))
        say(sep + (" --- |" if use_model else ""))
        say("\n".join(model_rows if use_model else rules_rows))
        say(pooled("pooled, development folders devset-fresh6", old_dev, use_model))
        say(pooled("pooled, fresh7+fresh8", new, use_model))
        say(pooled("pooled, development folders devset-fresh8", dev, use_model))
        say(pooled("pooled, held-out folders 1-6", held, use_model))
        say(pooled("**pooled, all**", docs, use_model))
    say(f"\ntotal {time.perf_counter() - t0:.1f}s")
    if args.write:
        th = choose_thresholds(docs)
        model = train(docs, th)
        model.save(args.write)
        say(f"wrote {args.write} with thresholds {th.to_dict()}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
