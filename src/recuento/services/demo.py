"""The demo database: the team's own case summary of the worked example (English and Spanish),
and, when its path is given, the real article with its span-only coding."""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from recuento.config import Settings
from recuento.errors import ValidationError
from recuento.examples import fujimori_pardon_2018 as example
from recuento.services.workspace import Workspace


@dataclass
class DemoReport:
    database_url: str
    imported: list[dict[str, Any]] = field(default_factory=list)
    summary: dict[str, Any] = field(default_factory=dict)
    questions: dict[str, str] = field(default_factory=dict)  # id -> the question, in words
    answers: dict[str, Any] = field(default_factory=dict)  # id -> its answer from the records

    def to_dict(self) -> dict[str, Any]:
        return {
            "database_url": self.database_url,
            "imported": self.imported,
            "summary": self.summary,
            "questions": self.questions,
            "answers": self.answers,
        }


def build_demo(
    settings: Settings,
    db_path: Path | None,
    *,
    article: Path | None = None,
    replace_existing: bool = False,
) -> DemoReport:
    """Build a fresh demo store and answer the worked example's questions from it."""
    if article is not None:
        example.read_article(article)  # refuse a wrong article before touching any file
    if db_path is not None:
        if db_path.exists():
            if not replace_existing:
                raise ValidationError(
                    f"{db_path} already exists; the demo builds a fresh database: give another "
                    "path or --replace"
                )
            db_path.unlink()
        settings = settings.with_db_path(db_path)
    settings = replace(settings, role="admin")
    report = DemoReport(settings.database_url)
    with Workspace.open(settings) as ws:
        with ws.store.begin() as tx:
            if not tx.is_empty():
                raise ValidationError("the demo needs an empty database")
        report.imported = [r.to_dict() for r in example.build(ws, article)]
        report.summary = ws.summary()
        report.questions = {q.id: q.ask(settings.language) for q in example.load_questions()}
        report.answers = {q: example.answer(ws, q) for q in report.questions}
    return report
