"""Use cases for extraction: read a file and propose records; score an extractor on codings.

No database is involved: ``extract_file`` reads a text file and returns the extractor's
suggestions; ``evaluate_directory`` runs an extractor over a folder of texts with hand codings
(``NAME.txt`` beside ``NAME.gold.yaml``) and returns a :class:`~recuento.extract.evaluate.Report`.
"""

from __future__ import annotations

import time
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

import yaml

from recuento.errors import Problem, ValidationError
from recuento.extract import LANGUAGES, Extractor, RuleBasedExtractor, Suggestion
from recuento.extract.evaluate import Report, evaluate, score_document

__all__ = [
    "ExtractionResult",
    "GoldDocument",
    "evaluate_directory",
    "evaluate_documents",
    "extract_file",
    "extract_text",
    "load_gold_directory",
    "read_text_file",
]


@dataclass(slots=True)
class ExtractionResult:
    """What ``extract_file`` returns: the text read and the suggestions made from it."""

    path: str
    text: str
    language: str | None
    published: date | None
    suggestions: list[Suggestion]

    def to_dict(self) -> dict[str, Any]:
        return {"suggestions": [s.to_dict() for s in self.suggestions]}


def read_text_file(path: str | Path) -> str:
    """The file's text, decoded as UTF-8 (a byte-order mark is dropped); offsets index this str."""
    p = Path(path)
    try:
        data = p.read_bytes()
    except FileNotFoundError as exc:
        raise ValidationError(Problem("file not found", file=str(path))) from exc
    except IsADirectoryError as exc:
        raise ValidationError(Problem("is a directory, not a file", file=str(path))) from exc
    except OSError as exc:
        raise ValidationError(
            Problem(f"cannot read file: {exc.strerror or exc}", file=str(path))
        ) from exc
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise ValidationError(
            Problem(f"not UTF-8 text (byte {exc.start} cannot be decoded)", file=str(path))
        ) from exc


def _check_language(language: str | None) -> None:
    if language is not None and language not in LANGUAGES:
        raise ValidationError(
            Problem(
                f"unsupported language {language!r}; use one of: {', '.join(LANGUAGES)}",
                field="language",
            )
        )


def extract_text(
    text: str,
    *,
    language: str | None = None,
    published: date | None = None,
    extractor: Extractor | None = None,
) -> list[Suggestion]:
    """Suggestions for a text already in memory."""
    _check_language(language)
    ex = extractor if extractor is not None else RuleBasedExtractor()
    return ex.extract(text, language=language, published=published)


def extract_file(
    path: str | Path,
    *,
    language: str | None = None,
    published: date | None = None,
    extractor: Extractor | None = None,
) -> ExtractionResult:
    """Read ``path`` (UTF-8 text) and return the extractor's suggestions for it."""
    _check_language(language)
    text = read_text_file(path)
    suggestions = extract_text(text, language=language, published=published, extractor=extractor)
    return ExtractionResult(str(path), text, language, published, suggestions)


# ---- evaluation -------------------------------------------------------------------------------


@dataclass(slots=True)
class GoldDocument:
    """One text of a development or test set with its hand coding."""

    name: str
    text: str
    gold: dict[str, Any]
    language: str | None = None
    published: date | None = None
    meta: dict[str, Any] = field(default_factory=dict)


def _as_date(value: Any, where: str) -> date | None:
    if value is None or value == "":
        return None
    if isinstance(value, date):
        return value
    try:
        return date.fromisoformat(str(value))
    except ValueError as exc:
        raise ValidationError(
            Problem(f"published must be YYYY-MM-DD, got {value!r}", file=where)
        ) from exc


def _stringify_dates(obj: Any) -> Any:
    # YAML reads 1991-11-03 as a date; codings compare date values as strings
    if isinstance(obj, date):
        return obj.isoformat()
    if isinstance(obj, dict):
        return {k: _stringify_dates(v) for k, v in obj.items()}
    if isinstance(obj, list):
        return [_stringify_dates(v) for v in obj]
    return obj


def load_gold_directory(directory: str | Path) -> list[GoldDocument]:
    """Every ``NAME.txt`` in ``directory`` that has a ``NAME.gold.yaml`` (or ``.gold.json``)."""
    d = Path(directory)
    if not d.is_dir():
        raise ValidationError(Problem("not a directory", file=str(directory)))
    docs = []
    for txt in sorted(d.glob("*.txt")):
        stem = txt.name[: -len(".txt")]
        gold_path = next(
            (p for p in (d / f"{stem}.gold.yaml", d / f"{stem}.gold.json") if p.exists()), None
        )
        if gold_path is None:
            continue
        try:
            raw = yaml.safe_load(gold_path.read_text(encoding="utf-8")) or {}
        except yaml.YAMLError as exc:
            raise ValidationError(Problem(f"invalid YAML: {exc}", file=str(gold_path))) from exc
        if not isinstance(raw, dict):
            raise ValidationError(Problem("a coding must be a mapping", file=str(gold_path)))
        gold = _stringify_dates(raw)
        docs.append(
            GoldDocument(
                name=stem,
                text=read_text_file(txt),
                gold=gold,
                language=gold.get("language"),
                published=_as_date(raw.get("published"), str(gold_path)),
                meta={"style": gold.get("style")},
            )
        )
    return docs


def evaluate_documents(
    docs: list[GoldDocument], extractor: Extractor | None = None
) -> tuple[Report, float]:
    """Score ``extractor`` on ``docs``; also return the seconds spent extracting."""
    ex = extractor if extractor is not None else RuleBasedExtractor()
    scores = []
    spent = 0.0
    for doc in docs:
        t0 = time.perf_counter()
        suggestions = ex.extract(doc.text, language=doc.language, published=doc.published)
        spent += time.perf_counter() - t0
        scores.append(score_document(suggestions, doc.gold, doc.text, name=doc.name))
    return evaluate(scores), spent


def evaluate_directory(
    directory: str | Path, extractor: Extractor | None = None
) -> tuple[Report, float]:
    """Score ``extractor`` on the coded texts of ``directory``."""
    return evaluate_documents(load_gold_directory(directory), extractor)
