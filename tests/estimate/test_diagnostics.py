"""R-hat and effective sample size (rank-normalised, Vehtari et al. 2021)."""

from __future__ import annotations

import math

import numpy as np
import pytest
from scipy.signal import lfilter

from recuento.estimate.diagnostics import (
    ess,
    ess_bulk,
    ess_tail,
    mcse_quantile,
    rhat,
    split_rhat,
)


def ar1(rng: np.random.Generator, chains: int, n: int, phi: float) -> np.ndarray:
    x = np.zeros((chains, n))
    e = rng.standard_normal((chains, n))
    x[:, 0] = e[:, 0] / math.sqrt(1 - phi**2)
    for t in range(1, n):
        x[:, t] = phi * x[:, t - 1] + e[:, t]
    return x


def test_independent_draws_from_one_distribution() -> None:
    rng = np.random.default_rng(1)
    x = rng.standard_normal((4, 2000))
    assert rhat(x) < 1.01
    assert split_rhat(x) < 1.01
    assert 0.8 * 8000 < ess_bulk(x) < 1.2 * 8000
    assert 0.8 * 8000 < ess(x) < 1.2 * 8000
    assert 0.6 * 8000 < ess_tail(x) < 1.4 * 8000


def test_chains_that_disagree_have_large_rhat() -> None:
    rng = np.random.default_rng(2)
    x = rng.standard_normal((2, 1000))
    x[1] += 3.0  # a chain stuck somewhere else
    assert rhat(x) > 1.5
    assert split_rhat(x) > 1.5
    # different spread only: the folded (scale) part catches it
    y = rng.standard_normal((2, 1000))
    y[1] *= 4.0
    assert split_rhat(y) < 1.05 < rhat(y)


def test_one_chain_that_drifts() -> None:
    rng = np.random.default_rng(3)
    x = rng.standard_normal(2000) + np.linspace(0, 4, 2000)  # the halves disagree
    assert rhat(x) > 1.2


def test_autocorrelation_lowers_the_effective_sample_size() -> None:
    rng = np.random.default_rng(4)
    phi = 0.9
    x = ar1(rng, 4, 5000, phi)
    expected = 4 * 5000 * (1 - phi) / (1 + phi)  # ≈ 1,053
    assert 0.7 * expected < ess_bulk(x) < 1.3 * expected
    assert 0.7 * expected < ess(x) < 1.3 * expected
    assert rhat(x) < 1.02


def test_integer_draws_with_ties() -> None:
    rng = np.random.default_rng(5)
    x = rng.poisson(3.0, size=(2, 3000)).astype(float)
    assert rhat(x) < 1.01
    assert ess_bulk(x) > 3000


def test_degenerate_input() -> None:
    assert math.isnan(rhat(np.ones((2, 100))))
    assert math.isnan(ess_bulk(np.ones((2, 100))))
    assert math.isnan(rhat(np.arange(3.0)))
    with pytest.raises(ValueError):
        rhat(np.ones((2, 2, 2)))
    with pytest.raises(ValueError):
        ess_bulk([[1.0, np.nan, 2.0, 3.0]])


@pytest.mark.parametrize(("prob", "phi"), [(0.025, 0.6), (0.5, 0.0), (0.975, 0.6)])
def test_mcse_of_a_quantile_matches_its_spread_over_replicates(prob: float, phi: float) -> None:
    """AR(1) chains with a known stationary normal law: the reported standard error of a quantile
    matches the standard deviation of that quantile over 300 independent replicates."""
    rng = np.random.default_rng(11)
    estimates, errors = [], []
    for _ in range(300):
        e = rng.standard_normal((4, 2000)) * math.sqrt(1 - phi**2)
        start = rng.standard_normal((4, 1)) * phi  # so that x[:, 0] is stationary too
        x, _ = lfilter([1.0], [1.0, -phi], e, axis=1, zi=start)
        estimates.append(np.quantile(x, prob))
        errors.append(mcse_quantile(x, prob))
    spread = float(np.std(estimates, ddof=1))
    assert np.median(errors) == pytest.approx(spread, rel=0.2)
    if phi:  # dependence makes the error larger than for as many independent draws
        independent = math.sqrt(prob * (1 - prob) / 8000) / (
            math.exp(-0.5 * 1.959963984540054**2) / math.sqrt(2 * math.pi)
        )
        assert np.median(errors) > 1.2 * independent


def test_mcse_quantile_rejects_a_probability_outside_zero_one() -> None:
    with pytest.raises(ValueError, match="between 0 and 1"):
        mcse_quantile(np.arange(100.0), 1.0)
    assert math.isnan(mcse_quantile(np.ones((2, 50)), 0.5))
