"""R-hat and effective sample size (rank-normalised, Vehtari et al. 2021)."""

from __future__ import annotations

import math

import numpy as np
import pytest

from recuento.estimate.diagnostics import ess, ess_bulk, ess_tail, rhat, split_rhat


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
