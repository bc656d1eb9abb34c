"""Agreement between two human coders on the second held-out set (the extractor's ceiling).

The first coder's codings are ``tests/extract/heldout2/*.gold.yaml``; a second coder coded ten of
the same texts independently, without seeing them, in ``tests/extract/agreement/*.second.yaml``
(same format). Here the second coding is scored as if it were an extractor's output against the
first, with the same harness and the same four figures as the extractor
(``recuento.extract.evaluate``). The figures say how far two careful people agree when they
follow docs/extraction.md: the extractor's scores should be read against them, not against 1.0.

    python scripts/agreement.py            # the four figures, per kind and per field
    python scripts/agreement.py --json     # the same as JSON
    python scripts/agreement.py --per-document   # also how many disagreements in each text

Only aggregate figures are printed (and how many disagreements of each category), never the
codings' contents.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from collections.abc import Mapping
from pathlib import Path
from typing import Any

import yaml

from recuento.extract.evaluate import Report, evaluate, gold_spans, score_document
from recuento.services.extraction import GoldDocument, load_gold_directory

ROOT = Path(__file__).resolve().parents[1]
HELDOUT2 = ROOT / "tests" / "extract" / "heldout2"
AGREEMENT = ROOT / "tests" / "extract" / "agreement"
SUFFIX = ".second.yaml"

# coding key -> suggestion kind
KEYS = {"events": "event", "persons": "person", "organizations": "organization", "legal": "legal"}


def load_second_codings(directory: Path = AGREEMENT) -> dict[str, dict[str, Any]]:
    """The second coder's codings by text stem (``h201-soccos-restitucion-wire-es``)."""
    out = {}
    for path in sorted(directory.glob(f"*{SUFFIX}")):
        raw = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
        if not isinstance(raw, dict):
            raise ValueError(f"{path}: a coding must be a mapping")
        out[path.name[: -len(SUFFIX)]] = raw
    return out


def as_predictions(coding: Mapping[str, Any], text: str, *, where: str = "") -> list[dict]:
    """A coding's items as suggestions: fields without the quote, spans from the quotes."""
    preds = []
    for key, kind in KEYS.items():
        for item in coding.get(key) or []:
            spans = gold_spans(text, item, where=where)
            preds.append(
                {
                    "kind": kind,
                    "fields": {k: v for k, v in item.items() if k != "quote"},
                    "spans": [{"start": s.start, "end": s.end} for s in spans],
                    "confidence": 1.0,
                }
            )
    return preds


def paired_documents(
    heldout: Path = HELDOUT2, agreement: Path = AGREEMENT
) -> list[tuple[GoldDocument, dict[str, Any]]]:
    """Each second coding with the first coder's document (text and gold) of the same stem."""
    firsts = {d.name: d for d in load_gold_directory(heldout)}
    pairs = []
    for stem, coding in load_second_codings(agreement).items():
        if stem not in firsts:
            raise ValueError(f"{stem}: no text with a first coding in {heldout}")
        pairs.append((firsts[stem], coding))
    return pairs


def agreement_report(heldout: Path = HELDOUT2, agreement: Path = AGREEMENT) -> Report:
    """The second coder scored against the first, over every text both coded."""
    scores = []
    for doc, coding in paired_documents(heldout, agreement):
        preds = as_predictions(coding, doc.text, where=doc.name)
        scores.append(score_document(preds, doc.gold, doc.text, name=doc.name))
    return evaluate(scores)


def _category(message: str) -> str:
    """A disagreement's category: its message up to the colon, without the item it names."""
    return message.split(":", 1)[0].split(" of ", 1)[0]


def _categories(report: Report) -> dict[str, int]:
    """How many disagreements of each category."""
    c = Counter(_category(e) for d in report.per_document for e in d.errors)
    return dict(sorted(c.items()))


def _per_document(report: Report) -> dict[str, dict[str, int]]:
    """Per text, how many disagreements of each category (names of texts, no contents)."""
    return {
        d.name: dict(sorted(Counter(_category(e) for e in d.errors).items()))
        for d in report.per_document
    }


def render(report: Report, *, per_document: bool = False) -> str:
    """The figures as a plain-text table."""
    lines = [f"second coder against first coder, {report.documents} texts of held-out set 2", ""]
    for name, value in report.targets.items():
        lines.append(f"  {name:28s} {value:.3f}")
    lines.append(
        f"  (core events coded by the first coder: {report.core_events_total}, "
        f"counts: {report.counts_total})"
    )
    lines += ["", f"  {'kind':14s} {'P':>6s} {'R':>6s} {'F1':>6s}   tp  fp  fn"]
    for kind, sc in sorted(report.kinds.items()):
        lines.append(
            f"  {kind:14s} {sc.precision:6.3f} {sc.recall:6.3f} {sc.f1:6.3f}"
            f"  {sc.tp:3d} {sc.fp:3d} {sc.fn:3d}"
        )
    s = report.legal_strict
    lines.append(f"  {'legal strict':14s} {s.precision:6.3f} {s.recall:6.3f} {s.f1:6.3f}")
    lines += ["", f"  {'field':24s} {'F1':>6s}   tp  fp  fn"]
    for name, sc in sorted(report.fields.items()):
        lines.append(f"  {name:24s} {sc.f1:6.3f}  {sc.tp:3d} {sc.fp:3d} {sc.fn:3d}")
    lines += ["", "  disagreements by category:"]
    for name, n in _categories(report).items():
        lines.append(f"    {name:40s} {n:3d}")
    if per_document:
        lines += ["", "  disagreements per text:"]
        for doc, cats in _per_document(report).items():
            cells = ", ".join(f"{k} {n}" for k, n in cats.items()) or "none"
            lines.append(f"    {doc:40s} {cells}")
    return "\n".join(lines) + "\n"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=(__doc__ or "").split("\n\n", 1)[0])
    ap.add_argument("--json", action="store_true", help="print JSON")
    ap.add_argument("--per-document", action="store_true", help="also count disagreements per text")
    args = ap.parse_args(argv)
    report = agreement_report()
    if args.json:
        data = report.to_dict()
        data["disagreements"] = _categories(report)
        if args.per_document:
            data["disagreements_per_document"] = _per_document(report)
        sys.stdout.write(json.dumps(data, indent=2, ensure_ascii=False) + "\n")
    else:
        sys.stdout.write(render(report, per_document=args.per_document))
    return 0


if __name__ == "__main__":
    sys.exit(main())
