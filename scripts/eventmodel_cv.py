"""Leave-one-folder-out cross-validation of the trained event model (recuento.extract.eventmodel).

The five folders of coded development texts (tests/extract/devset and its fresh, fresh2, fresh3,
fresh4 subfolders) were each written by a different author in a different round. For each
folder: train the model on the other four, choose its thresholds by an inner leave-one-folder-out
over those four (never looking at the held-out folder), revise the rules' proposals for the
held-out folder's texts, and score them. The rules alone are scored on the same texts.

    PYTHONPATH=src python scripts/eventmodel_cv.py            # the table
    PYTHONPATH=src python scripts/eventmodel_cv.py --write m.json   # also train on all five
                                                                    # folders and save
"""

from __future__ import annotations

import argparse
import itertools
import sys
import time
from dataclasses import dataclass
from pathlib import Path

from recuento.extract import RuleBasedExtractor, Suggestion
from recuento.extract.evaluate import Report, evaluate, score_document
from recuento.extract.eventmodel import (
    Candidate,
    EventModel,
    Thresholds,
    apply_decisions,
    candidates,
    gold_examples,
    label_candidates,
)
from recuento.services.extraction import GoldDocument, load_gold_directory

ROOT = Path(__file__).resolve().parent.parent / "tests" / "extract" / "devset"
FOLDERS = {
    "devset": ROOT,
    "fresh": ROOT / "fresh",
    "fresh2": ROOT / "fresh2",
    "fresh3": ROOT / "fresh3",
    "fresh4": ROOT / "fresh4",
}
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

    @property
    def ref(self) -> int | None:
        return self.gold.published.year if self.gold.published else None


def load_docs() -> list[Doc]:
    ex = RuleBasedExtractor(event_model=None)
    docs = []
    for folder, path in FOLDERS.items():
        for g in load_gold_directory(path):
            out = ex.extract(g.text, language=g.language, published=g.published)
            cands = candidates(g.text, g.language, g.published, out)
            label_candidates(g.text, g.gold, out, cands)
            extra = gold_examples(g.text, g.language, g.published, g.gold)
            docs.append(Doc(folder, g, out, cands, extra))
    return docs


def score(docs: list[Doc], outputs: list[list[Suggestion]]) -> Report:
    return evaluate(
        score_document(out, d.gold.gold, d.gold.text, name=d.gold.name)
        for d, out in zip(docs, outputs, strict=True)
    )


def objective(rep: Report) -> float:
    return rep.core_events_found + rep.kinds["event"].precision


def train(docs: list[Doc], th: Thresholds = OFF) -> EventModel:
    return EventModel.train([c for d in docs for c in d.cands + d.extra], thresholds=th)


def choose_thresholds(train_docs: list[Doc]) -> Thresholds:
    """Inner leave-one-folder-out over the training folders: the grid point with the best
    pooled core-events-found plus event precision (ties: the more conservative point)."""
    folders = sorted({d.folder for d in train_docs})
    inner: list[tuple[Doc, list[dict[str, float]]]] = []
    for f in folders:
        model = train([d for d in train_docs if d.folder != f])
        for d in train_docs:
            if d.folder == f:
                inner.append((d, [model.proba(c.features) for c in d.cands]))
    docs = [d for d, _ in inner]
    best: tuple[float, Thresholds] | None = None
    for drop, retype, add in itertools.product(GRID_DROP, GRID_RETYPE, GRID_ADD):
        th = Thresholds(drop, retype, add)
        outs = [apply_decisions(d.rules, d.cands, p, th, d.ref) for d, p in inner]
        value = round(objective(score(docs, outs)), 9)
        if best is None or value > best[0]:
            best = (value, th)
    assert best is not None
    return best[1]


def row(name: str, rep: Report, n: int) -> str:
    ev = rep.kinds.get("event")
    prec = ev.precision if ev else 1.0
    rec = ev.recall if ev else 1.0
    return (
        f"| {name} | {n} | {rep.core_events_found:.2f} ({rep.core_events_total}) "
        f"| {rep.counts_exact:.2f} ({rep.counts_total}) | {prec:.2f} | {rec:.2f} |"
    )


def say(line: str = "") -> None:
    sys.stdout.write(line + "\n")
    sys.stdout.flush()


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--write", metavar="PATH", help="train on all folders, save the model here")
    args = ap.parse_args(argv)
    t0 = time.perf_counter()
    docs = load_docs()
    say(f"rules and candidates for {len(docs)} texts: {time.perf_counter() - t0:.1f}s")
    header = (
        "| fold | texts | core events found (coded) | counts exact (coded) | event P | event R |"
    )
    sep = "| --- | --- | --- | --- | --- | --- |"
    rules_rows, model_rows = [], []
    pooled_rules: list[tuple[Doc, list[Suggestion]]] = []
    pooled_model: list[tuple[Doc, list[Suggestion]]] = []
    for f in FOLDERS:
        test = [d for d in docs if d.folder == f]
        train_docs = [d for d in docs if d.folder != f]
        th = choose_thresholds(train_docs)
        model = train(train_docs, th)
        outs = [
            apply_decisions(d.rules, d.cands, [model.proba(c.features) for c in d.cands], th, d.ref)
            for d in test
        ]
        rules_rows.append(row(f, score(test, [d.rules for d in test]), len(test)))
        model_rows.append(row(f, score(test, outs), len(test)) + f" {th.to_dict()}")
        pooled_rules += [(d, d.rules) for d in test]
        pooled_model += list(zip(test, outs, strict=True))
    n = len(docs)
    say("\nrules alone")
    say(header)
    say(sep)
    say("\n".join(rules_rows))
    say(row("pooled", score([d for d, _ in pooled_rules], [o for _, o in pooled_rules]), n))
    say("\nrules + model (trained on the other four folders, thresholds by inner CV)")
    say(header)
    say(sep)
    say("\n".join(model_rows))
    say(row("pooled", score([d for d, _ in pooled_model], [o for _, o in pooled_model]), n))
    say(f"\ntotal {time.perf_counter() - t0:.1f}s")
    if args.write:
        th = choose_thresholds(docs)
        model = train(docs, th)
        model.save(args.write)
        say(f"wrote {args.write} with thresholds {th.to_dict()}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
