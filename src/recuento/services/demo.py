"""The demo database: the team's own case summary of the worked example (English and Spanish),
and, when its path is given, the real article with its span-only coding."""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import date
from importlib import resources
from pathlib import Path
from typing import Any

import yaml

from recuento.config import Settings
from recuento.domain.provenance import sha256_hex
from recuento.errors import NotFoundError, ValidationError
from recuento.services.workspace import Workspace

EXAMPLE = "fujimori_pardon_2018"
SUMMARY_CODINGS = ("case-summary-en.yaml", "case-summary-es.yaml")
ARTICLE_CODING = "article-coding.yaml"


@dataclass
class DemoReport:
    database_url: str
    imported: list[dict[str, Any]] = field(default_factory=list)
    summary: dict[str, Any] = field(default_factory=dict)
    answers: dict[str, Any] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        return {
            "database_url": self.database_url,
            "imported": self.imported,
            "summary": self.summary,
            "answers": self.answers,
        }


def example_dir() -> Path:
    return Path(str(resources.files("recuento.examples") / EXAMPLE))


def build_demo(
    settings: Settings,
    db_path: Path | None,
    *,
    article: Path | None = None,
    replace_existing: bool = False,
) -> DemoReport:
    """Build a fresh demo store and answer the worked example's questions from it."""
    if db_path is not None:
        if db_path.exists():
            if not replace_existing:
                raise ValidationError(
                    f"{db_path} already exists; the demo builds a fresh database: give another "
                    "path or --replace"
                )
            db_path.unlink()
        settings = settings.with_db_path(db_path)
    article_sha = None
    if article is not None:
        article_sha = _check_article(article)
    settings = replace(settings, role="admin")
    report = DemoReport(settings.database_url)
    folder = example_dir()
    with Workspace.open(settings) as ws:
        if not ws.store.engine.dialect.name == "sqlite" or db_path is None:
            with ws.store.begin() as tx:
                if not tx.is_empty():
                    raise ValidationError("the demo needs an empty database")
        for name in SUMMARY_CODINGS:
            report.imported.append(ws.import_coding(folder / name).to_dict())
        if article is not None:
            ws.add_source(
                article,
                title="News article on the Fujimori pardon (January 2018)",
                kind="news_article",
                language="en",
                stance="partisan",
                published="2018-01-11",
            )
            report.imported.append(ws.import_coding(folder / ARTICLE_CODING).to_dict())
            assert article_sha is not None
        report.summary = ws.summary()
        report.answers = answer_questions(ws)
    return report


def _check_article(article: Path) -> str:
    try:
        data = article.read_bytes()
    except OSError as exc:
        raise ValidationError(f"cannot read the article {article}: {exc.strerror}") from None
    expected = yaml.safe_load((example_dir() / ARTICLE_CODING).read_text(encoding="utf-8"))
    want = expected["source"]["sha256"]
    got = sha256_hex(data)
    if got != want:
        raise ValidationError(
            f"{article} is not the article the coding was made for: its SHA-256 is {got}, "
            f"the coding cites {want}"
        )
    return got


def answer_questions(ws: Workspace) -> dict[str, Any]:
    """The worked example's questions, answered through the query API."""
    out: dict[str, Any] = {}
    try:
        ba = ws.record("barrios-altos")
        killed, wounded = ba.value("killed"), ba.value("wounded")
        out["barrios_altos"] = {
            "killed": killed.best if killed else None,
            "wounded": wounded.best if wounded else None,
        }
    except NotFoundError:
        pass
    try:
        out["fujimori_fraction_served"] = round(
            ws.fraction_served_at_clemency("fujimori-pardon"), 3
        )
    except (NotFoundError, ValidationError):
        pass
    out["ordered_by_fujimori"] = ws.events_ordered_by("fujimori")
    out["lima_protests_2017_12_20_to_2018_01_10"] = [
        e.key
        for e in ws.find_events(
            type="protest", place_within="Lima", start=date(2017, 12, 20), end=date(2018, 1, 10)
        )
    ]
    out["life_sentences"] = [
        {"person": p, "since": None if s is None else str(s)} for p, s in ws.life_sentences()
    ]
    try:
        campaign = ws.record("state-killings-1980-2000").value("killed")
        if campaign is not None:
            out["campaign_killed"] = campaign.to_dict()
    except NotFoundError:
        pass
    return out
