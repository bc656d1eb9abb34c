"""A fake extractor for tests: returns suggestions it was given, or finds fixed phrases."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date

from recuento.extract.model import Span, Suggestion

__all__ = ["FakeExtractor"]


class FakeExtractor:
    """Proposes one person for every occurrence of each given name, plus any canned suggestions.

    It records every call in ``calls`` so tests can check what a service passed on.
    """

    def __init__(self, names: Iterable[str] = (), suggestions: Iterable[Suggestion] = ()) -> None:
        self.names = list(names)
        self.suggestions = list(suggestions)
        self.calls: list[tuple[str, str | None, date | None]] = []

    def extract(
        self, text: str, *, language: str | None = None, published: date | None = None
    ) -> list[Suggestion]:
        self.calls.append((text, language, published))
        out = list(self.suggestions)
        for name in self.names:
            spans = []
            start = text.find(name)
            while start >= 0:
                spans.append(Span(start, start + len(name)))
                start = text.find(name, start + 1)
            if spans:
                out.append(
                    Suggestion(
                        "person",
                        {"name": name, "roles": [], "age": None, "sex": None},
                        spans,
                        1.0,
                    )
                )
        return out
