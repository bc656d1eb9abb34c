"""Capture histories simulated from a known total, for checking estimators.

* :func:`simulate_independent` — every person is on list j with probability p_j, independently
  (the assumption of Lincoln–Petersen, Chapman and the log-linear independence model);
* :func:`simulate_latent_classes` — a mixture: people belong to classes with their own list
  probabilities (capture heterogeneity; with different classes it also makes lists dependent);
* :func:`simulate_loglinear` — cell counts drawn from a log-linear model given its terms and
  coefficients (list dependence of a chosen form).

Each returns a :class:`~recuento.estimate.histories.Histories` of the people seen on at least one
list; the true total is the ``n_total`` you passed (or, for :func:`simulate_loglinear`, the
returned ``total``).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

import numpy as np

from recuento.errors import EstimationError
from recuento.estimate.histories import Histories

__all__ = ["simulate_independent", "simulate_latent_classes", "simulate_loglinear"]


def _rng(seed: int | np.random.Generator | None) -> np.random.Generator:
    return seed if isinstance(seed, np.random.Generator) else np.random.default_rng(seed)


def _to_histories(captures: np.ndarray, list_names: Sequence[str] | None) -> Histories:
    seen = captures.any(axis=1)
    k = captures.shape[1]
    if not seen.any():
        return Histories(np.zeros((0, k), np.uint8), np.zeros(0, np.int64), list_names=list_names)
    weights = 1 << np.arange(k - 1, -1, -1, dtype=np.int64)
    codes = captures[seen].astype(np.int64) @ weights
    uniq, counts = np.unique(codes, return_counts=True)
    pats = ((uniq[:, None] >> np.arange(k - 1, -1, -1)) & 1).astype(np.uint8)
    return Histories(pats, counts, list_names=list_names)


def simulate_independent(
    n_total: int,
    probabilities: Sequence[float],
    *,
    seed: int | np.random.Generator | None = None,
    list_names: Sequence[str] | None = None,
) -> Histories:
    """``n_total`` people, each on list j with probability ``probabilities[j]`` independently."""
    p = np.asarray(probabilities, dtype=float)
    if p.ndim != 1 or p.size < 2 or np.any((p < 0) | (p > 1)):
        raise EstimationError("probabilities must be 2+ numbers in [0, 1]")
    rng = _rng(seed)
    captures = rng.random((int(n_total), p.size)) < p
    return _to_histories(captures, list_names)


def simulate_latent_classes(
    n_total: int,
    class_weights: Sequence[float],
    probabilities: Sequence[Sequence[float]],
    *,
    seed: int | np.random.Generator | None = None,
    list_names: Sequence[str] | None = None,
) -> Histories:
    """A mixture: class c (share ``class_weights[c]``) has list probabilities ``probabilities[c]``.

    People are assigned to classes at random, then listed independently given their class.
    """
    w = np.asarray(class_weights, dtype=float)
    p = np.asarray(probabilities, dtype=float)
    if p.ndim != 2 or p.shape[0] != w.size or np.any((p < 0) | (p > 1)) or np.any(w < 0):
        raise EstimationError("need one row of list probabilities per class, all in [0, 1]")
    rng = _rng(seed)
    classes = rng.choice(w.size, size=int(n_total), p=w / w.sum())
    captures = rng.random((int(n_total), p.shape[1])) < p[classes]
    return _to_histories(captures, list_names)


def simulate_loglinear(
    n_lists: int,
    coefficients: Mapping[tuple[int, ...], float],
    *,
    intercept: float,
    seed: int | np.random.Generator | None = None,
    list_names: Sequence[str] | None = None,
) -> tuple[Histories, int]:
    """Poisson cell counts with log μ_h = intercept + Σ coefficients[t]·Π_{j∈t} h_j.

    Terms are tuples of 0-based list indices, e.g. ``{(0,): -1.0, (1,): -0.5, (0, 1): 0.8}``.
    Returns the histories and the true total (the all-zero cell's draw included).
    """
    rng = _rng(seed)
    codes = np.arange(2**n_lists)
    cells = (codes[:, None] >> np.arange(n_lists - 1, -1, -1)) & 1
    eta = np.full(codes.size, float(intercept))
    for term, value in coefficients.items():
        eta += value * np.prod(cells[:, list(term)], axis=1)
    counts = rng.poisson(np.exp(eta))
    total = int(counts.sum())
    h = Histories(cells[1:].astype(np.uint8), counts[1:], list_names=list_names)
    return h, total
