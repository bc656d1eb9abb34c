"""Capture–recapture (Multiple Systems Estimation): capture histories in, estimates out.

Arrays in, result objects out; imports nothing of recuento except :mod:`recuento.errors`.

>>> from recuento.estimate import Histories, LogLinear
>>> h = Histories.from_table({"A": [1, 0, 1], "B": [0, 1, 1], "count": [30, 20, 10]})
>>> from recuento.estimate import LincolnPetersen
>>> round(LincolnPetersen().fit(h).estimate)
60

Estimators (``Est(**params).fit(histories) -> EstimateResult``): :class:`LincolnPetersen`,
:class:`Chapman`, :class:`LogLinear`, :class:`ClosedPopulation` (Rcapture's standard models),
:class:`Stratified`; the Bayesian ``LCMCR`` and ``DGA`` live in :mod:`recuento.estimate.lcmcr` and
:mod:`recuento.estimate.dga`.
"""

from __future__ import annotations

from recuento.estimate.closed import STANDARD_MODELS, ClosedPopulation, closedp
from recuento.estimate.histories import Histories, HistoriesError, stratify
from recuento.estimate.loglinear import LogLinear, hierarchical_models, model_name, parse_model
from recuento.estimate.results import (
    Caveat,
    EstimateResult,
    Estimator,
    ModelInfo,
    Summary,
    effective_sample_size,
    split_rhat,
)
from recuento.estimate.stratified import Stratified, combine_strata
from recuento.estimate.twolist import Chapman, LincolnPetersen

__all__ = [
    "STANDARD_MODELS",
    "Caveat",
    "Chapman",
    "ClosedPopulation",
    "EstimateResult",
    "Estimator",
    "Histories",
    "HistoriesError",
    "LincolnPetersen",
    "LogLinear",
    "ModelInfo",
    "Stratified",
    "Summary",
    "closedp",
    "combine_strata",
    "effective_sample_size",
    "hierarchical_models",
    "model_name",
    "parse_model",
    "split_rhat",
    "stratify",
]
