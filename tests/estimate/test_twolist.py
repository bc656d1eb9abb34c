"""Lincoln–Petersen and Chapman: formulas, refusals, and coverage when lists are independent."""

from __future__ import annotations

import math

import numpy as np
import pytest

from recuento.errors import EstimationError
from recuento.estimate import Chapman, Histories, LincolnPetersen
from recuento.estimate.simulate import simulate_independent


def two(n10: int, n01: int, n11: int) -> Histories:
    return Histories([[1, 0], [0, 1], [1, 1]], [n10, n01, n11], list_names=["A", "B"])


def test_formulas():
    h = two(60, 40, 20)  # n1 = 80, n2 = 60, m = 20
    lp = LincolnPetersen().fit(h)
    assert lp.estimate == pytest.approx(80 * 60 / 20)
    assert lp.stderr == pytest.approx(math.sqrt(80 * 60 * 60 * 40 / 20**3))
    ch = Chapman().fit(h)
    assert ch.estimate == pytest.approx(81 * 61 / 21 - 1)
    assert ch.stderr**2 == pytest.approx(81 * 61 * 60 * 40 / (21**2 * 22))
    assert ch.ci_low > h.n_observed and ch.ci_low < ch.estimate < ch.ci_high
    assert {c.code for c in ch.caveats} >= {"two_lists"}


def test_no_overlap_refused_by_lincoln_petersen_flagged_by_chapman():
    h = two(50, 30, 0)
    with pytest.raises(EstimationError, match="nobody in common"):
        LincolnPetersen().fit(h)
    r = Chapman().fit(h)
    assert r.estimate == pytest.approx(51 * 31 - 1)
    assert {"few_recaptures", "weak_overlap"} <= {c.code for c in r.caveats}


def test_needs_two_lists_or_a_choice(kosovo):
    with pytest.raises(EstimationError, match="exactly 2 lists"):
        Chapman().fit(kosovo)
    r = Chapman(lists=("list1", "list3")).fit(kosovo)
    assert r.observed == 1910 + 1786 - 478


def test_chapman_interval_covers_when_lists_independent():
    rng = np.random.default_rng(20240601)
    n_total, reps = 1000, 300
    covered = 0
    for _ in range(reps):
        h = simulate_independent(n_total, [0.3, 0.4], seed=rng)
        low, high = Chapman().fit(h).conf_int()
        covered += low <= n_total <= high
    # binomial(300, 0.95): 3.5 standard deviations either side
    assert 0.90 <= covered / reps <= 0.995
