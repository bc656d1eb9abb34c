"""DGA: Bayesian model averaging over decomposable graphs (Madigan & York 1997), as dga::bma.cr."""

from __future__ import annotations

import csv
import math
from pathlib import Path

import numpy as np
import pytest
from scipy.special import gammaln

import recuento.estimate.dga as dga_module
from recuento.errors import EstimationError
from recuento.estimate.dga import DGA, bma_posterior
from recuento.estimate.graphs import decomposable_graphs
from recuento.estimate.histories import Histories

KOSOVO = [0, 306, 936, 123, 845, 31, 217, 32, 1131, 106, 228, 42, 177, 18, 181, 27]


def naive_log_posterior(dense: np.ndarray, n0: int, delta: float) -> np.ndarray:
    """log p(g, n0 | y) for every graph, straight from the definition (slow, for checking).

    Completed table y with y[0] = n0; for each graph, Σ over cliques minus Σ over separators of
    the Dirichlet–multinomial log marginal likelihood of the clique's marginal table (prior
    delta · 2^(K−|C|) per marginal cell), plus the multinomial coefficient and log(1/N).
    """
    k = int(math.log2(dense.size))
    y = dense.astype(float).copy()
    y[0] = n0
    cube = y.reshape((2,) * k)
    total = y.sum()

    def dm(vertices: tuple[int, ...]) -> float:
        others = tuple(j for j in range(k) if j not in vertices)
        marg = cube.sum(axis=others).ravel() if others else cube.ravel()
        a = delta * 2.0 ** (k - len(vertices))
        return float(
            gammaln(a * marg.size)
            - gammaln(total + a * marg.size)
            + np.sum(gammaln(marg + a) - gammaln(a))
        )

    coef = gammaln(total + 1) - np.sum(gammaln(y + 1)) - math.log(total)
    return np.array(
        [
            sum(dm(c) for c in g.cliques) - sum(dm(s) for s in g.separators) + coef
            for g in decomposable_graphs(k)
        ]
    )


def test_matches_the_definition_on_a_small_grid() -> None:
    dense = np.array([0, 9, 14, 3, 11, 2, 4, 6], dtype=np.int64)
    grid = np.arange(0, 120)
    logp = np.array([naive_log_posterior(dense, int(x), 0.125) for x in grid]).T
    w = np.exp(logp - logp.max())
    w /= w.sum()
    post = bma_posterior(dense, grid=grid)
    np.testing.assert_allclose(post.pmf, w.sum(axis=0), rtol=1e-9, atol=1e-15)
    np.testing.assert_allclose(post.model_probs, w.sum(axis=1), rtol=1e-9, atol=1e-15)
    assert post.mean == pytest.approx(float(np.dot(dense[1:].sum() + grid, w.sum(axis=0))))


def test_pruned_and_plain_evaluation_agree(monkeypatch: pytest.MonkeyPatch) -> None:
    dense = np.array(KOSOVO)
    fast = bma_posterior(dense, grid=30_000)
    monkeypatch.setattr(dga_module, "_HAVE_NUMBA", False)
    plain = bma_posterior(dense, grid=30_000)
    assert fast.mean == pytest.approx(plain.mean, rel=1e-10)
    np.testing.assert_allclose(fast.pmf, plain.pmf, atol=1e-13)
    np.testing.assert_allclose(fast.model_probs, plain.model_probs, atol=1e-12)


def test_a_gap_in_the_grid_and_a_custom_prior() -> None:
    dense = np.array(KOSOVO)
    grid = np.concatenate([np.arange(0, 5000), np.arange(5000, 40_000, 3)])
    a = bma_posterior(dense, grid=grid)
    b = bma_posterior(dense, grid=grid, prior=lambda total: -np.log(total))  # plain path
    assert a.mean == pytest.approx(b.mean, rel=1e-10)
    flat = bma_posterior(dense, grid=grid, prior="uniform")
    assert flat.mean > a.mean  # a flat prior on N puts more weight on large totals than 1/N


def test_estimator_result_on_kosovo() -> None:
    h = Histories.from_dense(KOSOVO)
    seen: list[tuple[int, int]] = []
    est = DGA(grid=44_000)
    result = est.fit(h, progress=lambda done, total: seen.append((done, total)))
    assert result.method == "dga"
    assert result.observed == 4400
    assert result.estimate == pytest.approx(12749.3444513784, rel=1e-9)  # dga 2.0.1
    assert result.conf_int() == (9827.0, 16544.0)
    assert result.model == "[123][134]"
    weights = [m.weight for m in result.models]
    assert sum(weights) == pytest.approx(1.0)
    assert weights == sorted(weights, reverse=True)
    assert len(result.models) == 61
    assert result.diagnostics["top_graph_prob"] == pytest.approx(0.98551317951859, rel=1e-9)
    assert seen and seen[-1][0] == seen[-1][1] == 44_001
    assert [d for d, _ in seen] == sorted(d for d, _ in seen)
    assert est.posterior_.quantile(0.5) == 12595.0
    lo90, hi90 = result.conf_int(0.10)
    assert 9827 < lo90 < hi90 < 16544


def test_default_grid_is_wide_enough_on_kosovo() -> None:
    post = bma_posterior(np.array(KOSOVO))
    assert post.n_values[-1] - 4400 >= 44_000
    assert post.tail_mass(0.5) < 1e-4
    assert post.mean == pytest.approx(12749.3444513784, rel=1e-6)


def test_heavy_tail_is_flagged() -> None:
    # three lists that barely overlap: the saturated graph leaves n0 almost unconstrained
    dense = np.array([0, 300, 280, 2, 310, 3, 1, 1])
    result = DGA(grid=20_000).fit(Histories.from_dense(dense))
    assert "grid_edge" in {c.code for c in result.caveats}


@pytest.mark.parametrize(
    ("params", "message"),
    [
        ({"delta": 0.0}, "delta"),
        ({"delta": -1.0}, "delta"),
        ({"prior": "jeffreys"}, "prior"),
        ({"grid": -5}, "grid"),
        ({"grid": [3, 3, 4]}, "distinct"),
        ({"grid": [1.5, 2.0]}, "whole"),
        ({"level": 1.5}, "level"),
    ],
)
def test_bad_parameters(params: dict[str, object], message: str) -> None:
    with pytest.raises(EstimationError, match=message):
        DGA(**params).fit(Histories.from_dense(KOSOVO))  # type: ignore[arg-type]


def test_needs_three_to_six_lists() -> None:
    with pytest.raises(EstimationError, match="at least 3"):
        DGA().fit(Histories([[1, 0], [0, 1], [1, 1]], [5, 6, 7]))
    with pytest.raises(EstimationError, match="at most 6"):
        DGA().fit(Histories(np.eye(7, dtype=int), np.ones(7, dtype=int)))


# --------------------------------------------------------------------------------------------
# parity with dga 2.0.1 (reference/dga.csv)
# --------------------------------------------------------------------------------------------
def _reference_rows(shared: Path) -> list[dict[str, str]]:
    path = shared / "refdata" / "mse" / "reference" / "dga.csv"
    if not path.exists():
        pytest.skip(f"{path} is absent")
    with path.open(newline="") as handle:
        # the doc example with a negative-binomial prior on N is left out (its prior is not given)
        return [r for r in csv.DictReader(handle) if "negative-binomial" not in r["note"]]


def test_parity_with_dga_reference(shared_dir: Path) -> None:
    rows = _reference_rows(shared_dir)
    assert len(rows) >= 8
    for row in rows:
        name = row["dataset"].split(" ")[0]
        h = Histories.from_csv(shared_dir / "refdata" / "mse" / f"{name}.csv")
        low, high = (int(v) for v in row["grid"].split(".."))
        result = DGA(delta=float(row["delta"]), grid=range(low, high + 1)).fit(h)
        where = row["dataset"]
        assert result.estimate == pytest.approx(float(row["N_mean"]), rel=1e-8), where
        assert result.conf_int() == (float(row["N_q025"]), float(row["N_q975"])), where
        assert result.diagnostics["median"] == float(row["N_median"]), where
        cliques = {frozenset(c) for c in row["top_graph"].strip("[]").split("][")}
        assert {frozenset(c) for c in result.model.strip("[]").split("][")} == cliques, where
        assert result.diagnostics["top_graph_prob"] == pytest.approx(
            float(row["top_graph_prob"]), rel=1e-8
        ), where


def test_draws_from_the_exact_posterior() -> None:
    h = Histories.from_dense(KOSOVO)
    a = DGA(grid=44_000).fit(h)
    b = DGA(grid=44_000).fit(h)
    assert a.draws is not None and a.draws.size == 10_000
    np.testing.assert_array_equal(a.draws, b.draws)  # reproducible without a seed
    assert a.draws.mean() == pytest.approx(a.estimate, rel=0.01)
    assert a.conf_int() == (9827.0, 16544.0)  # exact, not from the sample
    none = DGA(grid=44_000, n_draws=0).fit(h)
    assert none.draws is None
    other = DGA(grid=44_000, seed=5).fit(h)
    assert not np.array_equal(other.draws, a.draws)


def test_other_levels_use_the_exact_posterior_not_the_draws() -> None:
    import numpy as np

    from recuento.estimate import Histories
    from recuento.estimate.dga import DGA

    # a small three-list table (counts of histories 001..111), enough for an exact posterior
    h = Histories.from_dense([0, 60, 50, 12, 70, 15, 14, 5])
    result = DGA(n_draws=50, seed=3).fit(h)
    exact = result.conf_int(0.2)
    sampled = tuple(np.quantile(result.draws, [0.1, 0.9]))
    assert exact != sampled  # 50 draws cannot reproduce the exact quantiles
    assert exact[0] < result.estimate < exact[1]
