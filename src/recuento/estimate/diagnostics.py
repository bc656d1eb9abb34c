"""Convergence diagnostics for Markov chains: R-hat and effective sample size.

The rank-normalised versions of Vehtari, Gelman, Simpson, Carpenter & Bürkner (2021, Bayesian
Analysis 16:667), which is what Stan and ArviZ report:

* :func:`rhat` — the larger of the split-R-hat of the rank-normalised draws (location) and of the
  rank-normalised distances from the median (scale); close to 1 when the chains agree, above 1.01
  (strict) or 1.05 (lenient) when they do not;
* :func:`ess_bulk` — effective sample size of the rank-normalised split chains (how many independent
  draws the centre of the distribution is worth);
* :func:`ess_tail` — the smaller effective sample size of the indicators of the 5% and 95%
  quantiles (how well the interval ends are estimated);
* :func:`split_rhat` and :func:`ess` — the plain (not rank-normalised) versions;
* :func:`mcse_quantile` — the Monte Carlo standard error of a quantile of the draws, from the
  effective sample size of the indicator I(x ≤ quantile) (their section 4.3).

Draws are given as an array shaped (chains, draws); a 1-D array is one chain. Chains are split in
halves, so even one chain gives a within-chain check. Ties (N is an integer) get average ranks.
A constant input gives NaN.
"""

from __future__ import annotations

import math
from typing import Any

import numpy as np
from scipy.special import ndtri
from scipy.stats import beta as beta_distribution
from scipy.stats import rankdata

__all__ = ["ess", "ess_bulk", "ess_tail", "mcse_quantile", "rhat", "split_rhat"]


def _as_chains(draws: Any) -> np.ndarray:
    x = np.asarray(draws, dtype=float)
    if x.ndim == 1:
        x = x[None, :]
    if x.ndim != 2:
        raise ValueError("draws must be shaped (chains, draws)")
    if not np.all(np.isfinite(x)):
        raise ValueError("draws must be finite")
    return x


def _split(x: np.ndarray) -> np.ndarray:
    """Each chain cut in two halves (the middle draw dropped when the length is odd)."""
    half = x.shape[1] // 2
    return np.concatenate([x[:, :half], x[:, x.shape[1] - half :]], axis=0)


def _rank_normal(x: np.ndarray) -> np.ndarray:
    """Normal scores of the pooled ranks: Φ⁻¹((r − 3/8) / (S + 1/4))."""
    ranks = rankdata(x, method="average").reshape(x.shape)
    return ndtri((ranks - 0.375) / (x.size + 0.25))


def _rhat_plain(x: np.ndarray) -> float:
    m, n = x.shape
    if n < 2 or m < 2:
        return math.nan
    means = x.mean(axis=1)
    within = x.var(axis=1, ddof=1).mean()
    between = n * means.var(ddof=1)
    if not within > 0:
        return math.nan
    var_plus = (n - 1) / n * within + between / n
    return math.sqrt(var_plus / within)


def split_rhat(draws: Any) -> float:
    """Split-R-hat (Gelman et al., BDA3) without rank normalisation."""
    x = _as_chains(draws)
    if x.shape[1] < 4:
        return math.nan
    return _rhat_plain(_split(x))


def rhat(draws: Any) -> float:
    """Rank-normalised split-R-hat: max of the bulk (ranks) and folded (|x − median|) versions."""
    x = _as_chains(draws)
    if x.shape[1] < 4 or np.ptp(x) == 0:
        return math.nan
    s = _split(x)
    bulk = _rhat_plain(_rank_normal(s))
    folded = _rhat_plain(_rank_normal(np.abs(s - np.median(s))))
    return max(bulk, folded)


def _ess_plain(x: np.ndarray) -> float:
    """ESS of chains (m × n) with Geyer's initial monotone sequence (as Stan computes it)."""
    m, n = x.shape
    if n < 4:
        return math.nan
    centred = x - x.mean(axis=1, keepdims=True)
    size = 1 << (2 * n - 1).bit_length()
    spectrum = np.fft.rfft(centred, n=size, axis=1)
    acov = np.fft.irfft(spectrum * np.conj(spectrum), n=size, axis=1)[:, :n] / n
    chain_var = acov[:, 0] * n / (n - 1)
    within = chain_var.mean()
    var_plus = within * (n - 1) / n
    if m > 1:
        var_plus += x.mean(axis=1).var(ddof=1)
    if not var_plus > 0:
        return math.nan
    rho = 1.0 - (within - acov.mean(axis=0)) / var_plus
    rho[0] = 1.0
    pairs = rho[: 2 * (n // 2)].reshape(-1, 2).sum(axis=1)
    positive = np.flatnonzero(pairs <= 0)
    pairs = pairs[: positive[0]] if positive.size else pairs
    if pairs.size == 0:
        return float(m * n)
    pairs = np.minimum.accumulate(pairs)  # initial monotone sequence
    tau = -1.0 + 2.0 * float(pairs.sum())
    tau = max(tau, 1.0 / math.log10(m * n))
    return float(m * n / tau)


def ess(draws: Any) -> float:
    """Effective sample size of the split chains, without rank normalisation."""
    x = _as_chains(draws)
    return _ess_plain(_split(x)) if x.shape[1] >= 8 else math.nan


def ess_bulk(draws: Any) -> float:
    """Bulk effective sample size (rank-normalised split chains)."""
    x = _as_chains(draws)
    if x.shape[1] < 8 or np.ptp(x) == 0:
        return math.nan
    return _ess_plain(_rank_normal(_split(x)))


def ess_tail(draws: Any) -> float:
    """Tail effective sample size: the smaller ESS of I(x ≤ q05) and I(x ≤ q95)."""
    x = _as_chains(draws)
    if x.shape[1] < 8 or np.ptp(x) == 0:
        return math.nan
    s = _split(x)
    out = []
    for q in (0.05, 0.95):
        ind = (s <= np.quantile(s, q)).astype(float)
        out.append(_ess_plain(ind) if np.ptp(ind) > 0 else math.nan)
    finite = [v for v in out if math.isfinite(v)]
    return min(finite) if finite else math.nan


def mcse_quantile(draws: Any, prob: float) -> float:
    """Monte Carlo standard error of the ``prob`` quantile of the draws.

    The indicator I(x ≤ q) of the split chains gives an effective sample size S; the quantile's
    rank then has a Beta(S·p + 1, S·(1 − p) + 1) uncertainty, and the draws at its 15.9% and 84.1%
    points (one standard deviation either side) are half a standard error's width apart each.
    """
    if not 0.0 < prob < 1.0:
        raise ValueError(f"prob must be strictly between 0 and 1, not {prob}")
    x = _as_chains(draws)
    if x.shape[1] < 8 or np.ptp(x) == 0:
        return math.nan
    s = _split(x)
    ind = (s <= np.quantile(s, prob)).astype(float)
    if np.ptp(ind) == 0:
        return math.nan
    size = _ess_plain(ind)
    lo, hi = beta_distribution.ppf(
        [0.15865525393145707, 0.8413447460685429], size * prob + 1.0, size * (1.0 - prob) + 1.0
    )
    ordered = np.sort(s, axis=None)
    last = ordered.size - 1
    th1 = ordered[min(max(math.floor(lo * ordered.size), 0), last)]
    th2 = ordered[min(math.ceil(hi * ordered.size), last)]
    return float(th2 - th1) / 2.0
