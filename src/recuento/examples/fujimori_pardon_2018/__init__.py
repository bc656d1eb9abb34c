"""Worked example: the pardon of Alberto Fujimori (Peru, December 2017 to January 2018).

What this package holds (see docs/worked-example.md):

- ``case-summary-en.txt`` and ``case-summary-es.txt``: the team's own summary, in English and
  Spanish, of the claims of one partisan news article of January 2018;
- ``case-summary-en.yaml`` and ``case-summary-es.yaml``: their codings, citing by verbatim quote;
- ``article-coding.yaml``: the coding of the original article itself, which is not shipped (it is
  someone else's text), by character spans only, against the article's SHA-256;
- ``questions.yaml``: the questions the example answers through the query API.

:func:`build` fills a store with the example; :func:`answer` answers one of the questions. Both take
any object with the methods of :class:`recuento.services.workspace.Workspace` that they call, so
this package does not import the service layer.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any, Protocol

import yaml

from recuento.domain.records import Record
from recuento.errors import NotFoundError, ValidationError

__all__ = [
    "ARTICLE_CODING",
    "ARTICLE_METADATA",
    "ARTICLE_SHA256",
    "FOLDER",
    "SUMMARIES",
    "Question",
    "answer",
    "build",
    "claimed_value",
    "load_questions",
    "path",
    "read_article",
    "summary_sha256",
]

FOLDER = Path(__file__).resolve().parent

#: SHA-256 of the article's bytes as the team received them (article.txt in the shared folder).
ARTICLE_SHA256 = "a2ff82e8e71b6ffa1d17f8e8d3f8570e7c8b605afc314c4c231eaffb654dabca"

#: What ``add_source`` records about the article. The title is the team's own description.
ARTICLE_METADATA: dict[str, Any] = {
    "title": "News article on the Fujimori pardon (January 2018)",
    "publisher": "Revolution Newspaper",
    "published": "2018-01-11",
    "kind": "news_article",
    "language": "en",
    "stance": "partisan",
    # a republication: where the text first appeared
    "meta": {
        "original_publisher": "A World to Win News Service",
        "original_published": "2018-01-08",
    },
}

ARTICLE_CODING = "article-coding.yaml"

#: language -> (summary text, its coding)
SUMMARIES: dict[str, tuple[str, str]] = {
    "en": ("case-summary-en.txt", "case-summary-en.yaml"),
    "es": ("case-summary-es.txt", "case-summary-es.yaml"),
}


class _Workspace(Protocol):
    def add_source(self, data: bytes | str | Path, **meta: Any) -> Any: ...
    def import_coding(self, path: str | Path) -> Any: ...
    def record(self, key: str) -> Record: ...
    def events_ordered_by(self, person: str) -> list[str]: ...
    def find_events(
        self,
        *,
        type: str | None = None,
        place_within: str | None = None,  # noqa: A002
        start: date | None = None,
        end: date | None = None,
    ) -> list[Record]: ...
    def life_sentences(self) -> list[tuple[str, Any]]: ...
    def fraction_served_at_clemency(self, clemency: str) -> float: ...


def path(name: str) -> Path:
    """The path of one of this example's files."""
    p = FOLDER / name
    if not p.is_file():
        raise NotFoundError(f"the worked example has no file {name!r}")
    return p


def summary_sha256(language: str) -> str:
    """SHA-256 of the shipped case summary in ``language`` (``en`` or ``es``)."""
    try:
        text_file, _ = SUMMARIES[language]
    except KeyError:
        raise ValidationError(f"no case summary in {language!r}; have: en, es") from None
    return hashlib.sha256(path(text_file).read_bytes()).hexdigest()


def build(ws: _Workspace, article: str | Path | bytes | None = None) -> list[Any]:
    """Import the case summaries (English, then Spanish) and, if given, the article with its coding.

    ``article`` is the path or bytes of the original article. Its SHA-256 must be the one the span
    coding was made for; it is checked before anything is written. Returns the import reports.
    """
    data: bytes | None = None
    origin: str | None = None
    if article is not None:
        data, origin = read_article(article)
    reports = [ws.import_coding(path(coding)) for _, coding in SUMMARIES.values()]
    if data is not None:
        ws.add_source(data, origin=origin, **ARTICLE_METADATA)
        reports.append(ws.import_coding(path(ARTICLE_CODING)))
    return reports


def read_article(article: str | Path | bytes) -> tuple[bytes, str | None]:
    """The article's bytes and file name, checked against :data:`ARTICLE_SHA256`."""
    if isinstance(article, bytes):
        data, origin = article, None
    else:
        try:
            data, origin = Path(article).read_bytes(), Path(article).name
        except OSError as exc:
            raise ValidationError(f"cannot read the article {article}: {exc}") from None
    actual = hashlib.sha256(data).hexdigest()
    if actual != ARTICLE_SHA256:
        raise ValidationError(
            f"this is not the article the coding was made for: its SHA-256 is {actual}, "
            f"the coding cites {ARTICLE_SHA256}"
        )
    return data, origin


@dataclass(frozen=True)
class Question:
    id: str
    en: str
    es: str
    answer: Any
    answer_es: Any = None

    def expected(self, language: str = "en") -> Any:
        """The answer the summary in ``language`` gives (the English one unless it differs)."""
        if language == "es" and self.answer_es is not None:
            return self.answer_es
        return self.answer

    def ask(self, language: str = "en") -> str:
        return self.es if language == "es" else self.en


def load_questions() -> list[Question]:
    data = yaml.safe_load(path("questions.yaml").read_text(encoding="utf-8"))
    return [
        Question(q["id"], q["en"], q["es"], q["answer"], q.get("answer_es"))
        for q in data["questions"]
    ]


def claimed_value(record: Record, field: str, source: str | None = None) -> Any:
    """The current value of ``field`` as ``source`` (a SHA-256) claims it; any source if None."""
    if source is None:
        return record.value(field)
    for claim in record.current_claims():
        if claim.field == field and any(c.source_sha256 == source for c in claim.citations):
            return claim.value
    return None


def _number(x: float | None) -> int | float | None:
    if x is None:
        return None
    return int(x) if float(x).is_integer() else x


def _keys(records: Iterable[Record]) -> list[str]:
    return [r.key for r in records]


def answer(ws: _Workspace, question: str, source: str | None = None) -> Any:
    """Answer one question of questions.yaml from the store, in the shape of its answer.

    ``source`` (a SHA-256) restricts answers that are a source's own words to that source's claims.
    """
    if question == "barrios-altos-toll":
        rec = ws.record("barrios-altos")
        killed, wounded = (
            claimed_value(rec, "killed", source),
            claimed_value(rec, "wounded", source),
        )
        return {
            "killed": None if killed is None else killed.best,
            "wounded": None if wounded is None else wounded.best,
        }
    if question == "fujimori-fraction-served":
        clemency = ws.record("fujimori-pardon")
        served = clemency.value("time_served")
        term = ws.record(clemency.value("sentence")).value("term")
        return {
            "served_years": _number(served.in_years()),
            "sentence_years": _number(term.in_years()),
            "fraction": round(ws.fraction_served_at_clemency("fujimori-pardon"), 6),
        }
    if question == "ordered-by-fujimori":
        return sorted(ws.events_ordered_by("fujimori"))
    if question == "lima-protests":
        return _keys(
            ws.find_events(
                type="protest", place_within="Lima", start=date(2017, 12, 20), end=date(2018, 1, 10)
            )
        )
    if question == "life-sentences":
        return [
            {"person": person, "since": None if since is None else str(since)}
            for person, since in ws.life_sentences()
        ]
    if question == "campaign-killed":
        count = claimed_value(ws.record("state-killings-1980-2000"), "killed", source)
        return None if count is None else {"text": count.text, "low": count.low}
    raise NotFoundError(f"the worked example has no question {question!r}")
