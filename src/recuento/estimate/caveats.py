"""Caveat checks: each looks at a result (and its table) and returns a Caveat or None."""

from __future__ import annotations

from typing import Any

from recuento.estimate.results import Caveat


def run_checks(result: Any) -> list[Caveat]:
    """Every generic check that fires for ``result``."""
    return []
