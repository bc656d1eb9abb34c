"""Simulations with a known total: intervals cover it about 95% of the time when the model's
assumptions hold, and the caveats speak up when they do not."""

from __future__ import annotations

import numpy as np

from recuento.estimate import LogLinear
from recuento.estimate.simulate import (
    simulate_independent,
    simulate_latent_classes,
    simulate_loglinear,
)

REPS = 200
# binomial(200, 0.95) has s.d. 0.0154: accept 3.5 s.d. either side (a false alarm ~ 1 in 2,000)
LOW, HIGH = 0.95 - 0.054, 1.0


def test_profile_interval_covers_under_independence():
    rng = np.random.default_rng(101)
    est = LogLinear(models=["[1,2,3]"])
    hits = 0
    for _ in range(REPS):
        h = simulate_independent(800, [0.25, 0.3, 0.35], seed=rng)
        r = est.fit(h)
        hits += r.ci_low <= 800 <= r.ci_high
    assert LOW <= hits / REPS <= HIGH


def test_profile_interval_covers_with_modelled_dependence():
    rng = np.random.default_rng(202)
    coefs = {(0,): -1.2, (1,): -1.0, (2,): -0.9, (0, 1): 0.8}
    est = LogLinear(models=["[12,3]"])
    hits = 0
    for _ in range(REPS):
        h, total = simulate_loglinear(3, coefs, intercept=np.log(600), seed=rng)
        r = est.fit(h)
        hits += r.ci_low <= total <= r.ci_high
    assert LOW <= hits / REPS <= HIGH


def test_heterogeneity_breaks_coverage_and_the_caveat_says_so():
    rng = np.random.default_rng(303)
    est = LogLinear(models=["[1,2,3]"])
    hits = fired = 0
    reps = 40
    for _ in range(reps):
        h = simulate_latent_classes(3000, [0.7, 0.3], [[0.1, 0.1, 0.15], [0.6, 0.7, 0.6]], seed=rng)
        r = est.fit(h)
        hits += r.ci_low <= 3000 <= r.ci_high
        codes = {c.code for c in r.caveats}
        fired += bool(codes & {"heterogeneity", "list_dependence"})
    assert hits / reps < 0.5  # the independence model is far too low here
    assert fired / reps >= 0.9
