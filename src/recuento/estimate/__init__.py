"""Capture–recapture (Multiple Systems Estimation): capture histories in, estimates out.

Arrays in, result objects out; imports nothing of recuento except :mod:`recuento.errors`.
"""

from __future__ import annotations

from recuento.estimate.histories import Histories, HistoriesError, stratify
from recuento.estimate.results import Caveat, EstimateResult, Estimator, ModelInfo, Summary

__all__ = [
    "Caveat",
    "EstimateResult",
    "Estimator",
    "Histories",
    "HistoriesError",
    "ModelInfo",
    "Summary",
    "stratify",
]
