"""The LCMCR sampler's own random draws follow their distributions exactly.

The binomial has three regimes (bit-parallel trials for n <= 64, inversion for small means,
BTRS otherwise) and the multinomial switches to one categorical draw per person for the last
few. Each is checked against the exact probabilities with a chi-square test at a fixed seed,
so the test is deterministic; a wrong branch (an off-by-one digit, a biased tail) moves these
statistics far beyond the 0.1% critical value.
"""

from __future__ import annotations

import numpy as np
import pytest
from scipy import stats
from scipy.special import gammaln

numba = pytest.importorskip("numba")

from recuento.estimate import lcmcr  # noqa: E402

TABLE = gammaln(np.arange(4096, dtype=float) + 1.0)


@numba.njit(cache=False)
def _binomials(state, n, p, table, m):  # pragma: no cover - compiled
    out = np.empty(m, dtype=np.int64)
    for i in range(m):
        out[i] = lcmcr._binomial(state, n, p, table)
    return out


@numba.njit(cache=False)
def _multinomials(state, n, probs, table, m):  # pragma: no cover - compiled
    k = probs.size
    order = np.arange(k)
    suffix = np.zeros(k)
    row = np.zeros(k, dtype=np.int64)
    out = np.empty((m, k), dtype=np.int64)
    lcmcr._sort_desc(probs, order, k)
    for i in range(m):
        lcmcr._multinomial(state, n, probs, k, order, suffix, row, table)
        out[i] = row
    return out


def _state(seed: int) -> np.ndarray:
    return np.random.SeedSequence(seed).generate_state(4, dtype=np.uint64)


def _chi_square_p(observed: np.ndarray, expected: np.ndarray) -> float:
    """Goodness of fit, pooling the cells expected below 5 into one."""
    small = expected < 5
    obs = np.append(observed[~small], observed[small].sum())
    exp = np.append(expected[~small], expected[small].sum())
    keep = exp > 0
    chi = float(((obs[keep] - exp[keep]) ** 2 / exp[keep]).sum())
    return float(stats.chi2.sf(chi, max(int(keep.sum()) - 1, 1)))


@pytest.mark.parametrize(
    ("n", "p"),
    [
        (1, 0.3),  # bit-parallel, one trial
        (40, 0.123456789),  # bit-parallel, a p with many binary digits
        (64, 0.9),  # bit-parallel, a full word
        (64, 3e-5),  # bit-parallel, leading zero digits
        (200, 0.02),  # inversion (mean 4)
        (300, 0.97),  # inversion on the flipped side
        (500, 0.3),  # BTRS
        (2000, 0.55),  # BTRS, flipped
    ],
)
def test_binomial_draws_follow_the_binomial(n: int, p: float) -> None:
    draws = _binomials(_state(n), n, p, TABLE, 200_000)
    assert draws.min() >= 0 and draws.max() <= n
    observed = np.bincount(draws, minlength=n + 1).astype(float)
    expected = stats.binom.pmf(np.arange(n + 1), n, p) * draws.size
    assert _chi_square_p(observed, expected) > 1e-3
    assert draws.mean() == pytest.approx(n * p, abs=5 * np.sqrt(n * p * (1 - p) / draws.size))


@pytest.mark.parametrize("n", [5, 18, 300])  # all categorical, mixed, mostly binomial
def test_multinomial_draws_follow_the_multinomial(n: int) -> None:
    probs = np.array([0.30, 0.05, 0.20, 0.157, 0.092, 0.082, 0.06, 0.03, 0.021, 0.008])
    draws = _multinomials(_state(1000 + n), n, probs * 7.0, TABLE, 100_000)  # unnormalised
    assert (draws.sum(axis=1) == n).all()
    # each class's count is Binomial(n, p_k)
    for k, pk in enumerate(probs / probs.sum()):
        observed = np.bincount(draws[:, k], minlength=n + 1).astype(float)
        expected = stats.binom.pmf(np.arange(n + 1), n, pk) * draws.shape[0]
        assert _chi_square_p(observed, expected) > 1e-3, k
    # and pairs are negatively correlated as a multinomial's are: cov = -n p_i p_j
    p = probs / probs.sum()
    cov = np.cov(draws[:, 0], draws[:, 2])[0, 1]
    assert cov == pytest.approx(-n * p[0] * p[2], abs=0.05 * n * p[0] + 0.02)
