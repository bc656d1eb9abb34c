"""Each caveat check fires when it should and stays silent when it should not."""

from __future__ import annotations

import numpy as np
import pytest

from recuento.estimate import EstimateResult, Histories, ModelInfo, stratify
from recuento.estimate import caveats as cv
from recuento.estimate.simulate import simulate_independent, simulate_latent_classes


def result(h=None, **kw):
    base = dict(method="t", estimate=1200.0, observed=1000, ci=(1100.0, 1300.0), histories=h)
    base.update(kw)
    return EstimateResult(**base)


@pytest.fixture(scope="module")
def independent():
    return simulate_independent(5000, [0.3, 0.4, 0.5, 0.35], seed=7)


@pytest.fixture(scope="module")
def heterogeneous():
    return simulate_latent_classes(
        5000, [0.8, 0.2], [[0.1, 0.15, 0.1, 0.1], [0.7, 0.8, 0.75, 0.6]], seed=7
    )


def test_sparse_cells(independent, kosovo):
    assert cv.check_sparse_cells(result(independent)) is None
    assert cv.check_sparse_cells(result(kosovo)) is None
    sparse = Histories([[1, 0, 0], [0, 1, 0], [1, 1, 0], [0, 0, 1]], [50, 40, 3, 30])
    c = cv.check_sparse_cells(result(sparse))
    assert c is not None and c.code == "sparse_cells" and "3 of the 7" in c.message


def test_weak_overlap(independent, artificial):
    assert cv.check_weak_overlap(result(independent)) is None
    c = cv.check_weak_overlap(result(artificial))
    assert c is not None and "list3 (0 of 20)" in c.message and "list1–list3" in c.message


def test_dependence_and_heterogeneity(independent, heterogeneous):
    assert cv.check_dependence(result(independent)) is None
    assert cv.check_heterogeneity(result(independent)) is None
    assert cv.check_dependence(result(heterogeneous)).code == "list_dependence"
    assert cv.check_heterogeneity(result(heterogeneous)).code == "heterogeneity"


def test_negative_dependence_is_not_called_heterogeneity():
    # two groups seen by complementary lists: dependence, but fewer multi-list people
    h = simulate_latent_classes(
        6000, [0.5, 0.5], [[0.6, 0.6, 0.05, 0.05], [0.05, 0.05, 0.6, 0.6]], seed=3
    )
    assert cv.check_dependence(result(h)) is not None
    assert cv.check_heterogeneity(result(h)) is None


def test_two_lists():
    h = Histories([[1, 0], [0, 1], [1, 1]], [6, 4, 2])
    assert cv.check_two_lists(result(h)).code == "two_lists"
    assert cv.check_two_lists(result(Histories([[1, 0, 1], [0, 1, 1]], [1, 1]))) is None


def test_convergence():
    assert cv.check_convergence(result(diagnostics={"rhat": 1.01, "ess": 900})) is None
    assert cv.check_convergence(result(diagnostics={"rhat": 1.3, "ess": 900})) is not None
    assert cv.check_convergence(result(diagnostics={"rhat": 1.0, "ess": 50})) is not None
    assert cv.check_convergence(result(diagnostics={"converged": False})) is not None
    assert cv.check_convergence(result()) is None
    stuck = np.array([np.full(100, 1000.0), np.full(100, 3000.0)]) + np.arange(100)
    r = EstimateResult(method="t", estimate=2000.0, observed=900, draws=stuck)
    assert "non_convergence" in {c.code for c in r.caveats}


def test_large_ratio():
    assert cv.check_large_ratio(result()) is None
    assert cv.check_large_ratio(result(estimate=6000.0, ci=(3000.0, 9000.0))) is not None
    assert cv.check_large_ratio(result(ci=(1100.0, 12000.0))) is not None


def test_model_swing():
    close = [
        ModelInfo("[12,3]", 1200.0, criterion=100.0, weight=0.5),
        ModelInfo("[13,2]", 1700.0, criterion=101.0, weight=0.3),
        ModelInfo("[1,2,3]", 3000.0, criterion=120.0, weight=0.2),
    ]
    c = cv.check_model_swing(result(models=close))
    assert c is not None and "[13,2] → 1,700" in c.message and "[1,2,3]" not in c.message
    far = [close[0], ModelInfo("[13,2]", 1700.0, criterion=105.0, weight=0.1)]
    assert cv.check_model_swing(result(models=far)) is None
    posterior = [ModelInfo("g1", 1200.0, weight=0.4), ModelInfo("g2", 2000.0, weight=0.35)]
    assert cv.check_model_swing(result(models=posterior)) is not None
    assert cv.check_model_swing(result(models=[posterior[0]])) is None


def test_open_interval():
    assert cv.check_open_interval(result()) is None
    assert cv.check_open_interval(result(ci=(1100.0, float("inf")))).code == "open_interval"


def test_pooled_and_small_strata(kosovo):
    tiny = Histories([[1, 0, 0, 0], [0, 1, 0, 0]], [5, 4])
    h = stratify({"a": kosovo, "b": tiny})
    assert cv.check_pooled_strata(result(h)).code == "pooled_strata"
    parts = {"a": result(kosovo, observed=4400), "b": result(tiny, observed=9)}
    r = result(h, strata=parts)
    assert cv.check_pooled_strata(r) is None
    c = cv.check_small_strata(r)
    assert c is not None and "b (9 people, 2 non-empty lists)" in c.message
    assert cv.check_small_strata(result(h, strata={"a": parts["a"]})) is None
