"""Fixtures shared by the extraction tests."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from recuento.extract import RuleBasedExtractor
from recuento.services.extraction import GoldDocument, evaluate_documents

TARGETS = {"core_events_type_and_year", "counts_exact", "person_names_f1", "legal_facts_f1"}


@pytest.fixture
def score_and_record(record_property: Callable[[str, Any], None]) -> Callable[..., None]:
    """Score a held-out set with the default extractor and record (never assert) its figures,
    overall and per language; ``per_language`` is how many texts each language must have."""

    def run(docs: list[GoldDocument], documents: int, per_language: int | None = None) -> None:
        report, _seconds = evaluate_documents(docs)
        assert report.documents == documents
        assert set(report.targets) == TARGETS
        assert report.core_events_total > 0 and report.counts_total > 0
        for name, value in report.targets.items():
            assert 0.0 <= value <= 1.0, name
            record_property(name, value)
        for lang in ("en", "es"):
            sub, _ = evaluate_documents([d for d in docs if d.language == lang])
            if per_language is not None:
                assert sub.documents == per_language
            for name, value in sub.targets.items():
                record_property(f"{lang}.{name}", value)

    return run


@pytest.fixture(scope="module")
def ex() -> RuleBasedExtractor:
    """One extractor per test module (its gazetteers load once)."""
    return RuleBasedExtractor()
