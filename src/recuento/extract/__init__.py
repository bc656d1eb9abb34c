"""Extraction: read a text, propose records grounded in it.

One small protocol, :class:`Extractor`, with one method ``extract(text, *, language,
published)`` returning :class:`Suggestion` objects: a kind (``event``, ``person``,
``organization``, ``legal``), JSON-ready ``fields``, character ``spans`` and a ``confidence``.
:class:`RuleBasedExtractor` is the default for English and Spanish; :class:`FakeExtractor` is for
tests. :mod:`recuento.extract.evaluate` scores suggestions against hand codings.

This package imports only the standard library and :mod:`recuento.errors`.
"""

from __future__ import annotations

from recuento.extract.fake import FakeExtractor
from recuento.extract.gazetteer import Gazetteer
from recuento.extract.model import (
    COUNT_CATEGORIES,
    EVENT_TYPES,
    KINDS,
    LEGAL_TYPES,
    ORGANIZATION_KINDS,
    PERSON_ROLES,
    Extractor,
    Span,
    Suggestion,
)
from recuento.extract.rules import LANGUAGES, RuleBasedExtractor

__all__ = [
    "COUNT_CATEGORIES",
    "EVENT_TYPES",
    "KINDS",
    "LANGUAGES",
    "LEGAL_TYPES",
    "ORGANIZATION_KINDS",
    "PERSON_ROLES",
    "Extractor",
    "FakeExtractor",
    "Gazetteer",
    "RuleBasedExtractor",
    "Span",
    "Suggestion",
]
