"""Stratified estimation: per-stratum fits and totals whose intervals combine correctly."""

from __future__ import annotations

import math

import numpy as np
import pytest

from recuento.errors import EstimationError
from recuento.estimate import (
    EstimateResult,
    Estimator,
    Histories,
    LogLinear,
    Stratified,
    combine_strata,
    stratify,
)
from recuento.estimate.simulate import simulate_independent


class FakeBayes(Estimator):
    """Draws N ~ Normal(1.5 n, 0.1 n) (stands in for a sampler)."""

    def __init__(self, *, seed: int = 0) -> None:
        self.seed = seed

    def fit(self, histories, *, progress=None):
        n = histories.n_observed
        draws = np.random.default_rng(self.seed + n).normal(1.5 * n, 0.1 * n, 4000)
        return EstimateResult(
            method="fake",
            estimate=float(draws.mean()),
            observed=n,
            draws=draws,
            draws_kind="posterior",
            histories=histories,
            point="posterior mean",
        )


def test_loglinear_strata_add_up_with_lognormal_interval(gaza, kosovo):
    sub = kosovo.select_lists(["list1", "list2", "list3"])
    h = stratify({"g": gaza, "k": sub})
    r = Stratified(LogLinear()).fit(h)
    g, k = r.strata["g"], r.strata["k"]
    assert r.estimate == pytest.approx(g.estimate + k.estimate)
    assert r.observed == gaza.n_observed + sub.n_observed
    assert r.stderr == pytest.approx(math.hypot(g.stderr, k.stderr))
    f0 = r.estimate - r.observed
    c = math.exp(1.959963984540054 * math.sqrt(math.log(1 + r.stderr**2 / f0**2)))
    assert r.ci_low == pytest.approx(r.observed + f0 / c)
    assert r.ci_high == pytest.approx(r.observed + f0 * c)
    assert r.to_dict()["strata"]["g"]["model"] == g.model


def test_draws_are_summed_draw_by_draw(gaza, kosovo):
    h = stratify({"a": gaza, "b": kosovo.select_lists(["list1", "list2", "list3"])})
    r = Stratified(FakeBayes()).fit(h)
    a, b = r.strata["a"], r.strata["b"]
    assert np.allclose(r.draws, a.draws + b.draws)
    assert r.estimate == pytest.approx(a.estimate + b.estimate)
    # the total's interval is narrower than the sum of the strata's intervals (independence)
    assert r.ci_high - r.ci_low < (a.ci_high - a.ci_low) + (b.ci_high - b.ci_low)
    assert r.conf_int(0.5)[0] > r.ci_low


def test_stratified_coverage_with_summed_variances():
    rng = np.random.default_rng(11)
    est = Stratified(LogLinear(models=["[1,2,3]"]))
    hits, reps = 0, 60
    for _ in range(reps):
        h = stratify(
            {
                "x": simulate_independent(400, [0.3, 0.4, 0.35], seed=rng),
                "y": simulate_independent(700, [0.2, 0.3, 0.25], seed=rng),
            }
        )
        r = est.fit(h)
        hits += r.ci_low <= 1100 <= r.ci_high
    assert hits / reps >= 0.85  # binomial(60, 0.95): 0.85 is 3.5 s.d. below


def test_small_strata_fail_or_are_skipped(gaza):
    tiny = Histories([[1, 0, 0], [0, 1, 0]], [3, 2])
    h = stratify({"big": gaza, "tiny": tiny})
    with pytest.raises(EstimationError, match="stratum 'tiny'"):
        Stratified(LogLinear(), min_observed=10).fit(h)
    r = Stratified(LogLinear(), min_observed=10, skip_small=True).fit(h)
    assert list(r.strata) == ["big"]
    assert "skipped_strata" in {c.code for c in r.caveats}


def test_needs_strata_and_consistent_draws(gaza):
    with pytest.raises(EstimationError, match="stratified histories"):
        Stratified(LogLinear()).fit(gaza)
    r = LogLinear().fit(gaza)
    with pytest.raises(EstimationError, match="needs draws"):
        combine_strata({"a": r}, combine="draws")
