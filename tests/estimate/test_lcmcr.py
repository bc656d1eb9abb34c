"""LCMCR: the latent class capture-recapture sampler (Manrique-Vallier 2016), as R's LCMCR."""

from __future__ import annotations

import csv
import json
import math
from pathlib import Path

import numpy as np
import pytest

from recuento.errors import EstimationError
from recuento.estimate.diagnostics import mcse_quantile
from recuento.estimate.histories import Histories
from recuento.estimate.lcmcr import LCMCR, N0_LIMIT, _seed_states
from recuento.estimate.simulate import simulate_latent_classes

SHORT = {"burn_in": 300, "iterations": 3_000, "thin": 5}


def test_result_holds_draws_and_diagnostics(kosovo: Histories) -> None:
    result = LCMCR(seed=7, chains=2, **SHORT).fit(kosovo)
    assert result.method == "lcmcr"
    assert result.observed == 4400
    assert result.draws_by_chain.shape == (2, 600)
    assert result.draws_kind == "posterior"
    assert np.all(result.draws >= 4400)
    assert np.all(result.draws <= (N0_LIMIT + 1) * 4400)
    assert result.estimate == pytest.approx(result.draws.mean())
    assert result.conf_int() == pytest.approx(tuple(np.quantile(result.draws, [0.025, 0.975])))
    assert 4400 < result.ci_low < result.estimate < result.ci_high
    d = result.diagnostics
    assert d["seed"] == 7 and d["chains"] == 2 and d["draws_per_chain"] == 600
    assert d["sweeps_per_chain"] == 500 + 300 + 3_000
    for key in ("rhat", "ess", "ess_tail"):
        assert math.isfinite(d[key])
    assert 1 <= d["occupied_classes_mean"] <= d["occupied_classes_max"] <= 10
    json.dumps(result.to_dict())  # JSON-safe
    assert "lcmcr" in result.summary().as_text()


def test_same_seed_same_draws_whatever_the_threads(kosovo: Histories) -> None:
    a = LCMCR(seed=11, chains=2, n_jobs=1, **SHORT).fit(kosovo)
    b = LCMCR(seed=11, chains=2, n_jobs=2, **SHORT).fit(kosovo)
    c = LCMCR(seed=12, chains=2, **SHORT).fit(kosovo)
    np.testing.assert_array_equal(a.draws_by_chain, b.draws_by_chain)
    assert not np.array_equal(a.draws, c.draws)
    assert not np.array_equal(a.draws_by_chain[0], a.draws_by_chain[1])  # chains are independent


def test_seed_streams_differ_between_tables_and_chains() -> None:
    used, first = _seed_states(5, 2, fingerprint=1)
    _, other = _seed_states(5, 2, fingerprint=2)
    assert used == 5
    assert not np.array_equal(first[0], first[1])
    assert not np.array_equal(first[0], other[0])
    drawn, _ = _seed_states(None, 1, fingerprint=1)
    assert drawn >= 0


def test_iterations_count_sweeps_after_burn_in(kosovo: Histories) -> None:
    seen: list[tuple[int, int]] = []
    est = LCMCR(seed=1, burn_in=100, iterations=1_003, thin=10)
    result = est.fit(kosovo, progress=lambda done, total: seen.append((done, total)))
    assert result.draws.size == 100  # 1,003 sweeps keep one draw every 10
    total = 500 + 100 + 1_003
    assert seen[-1] == (total, total)
    assert all(t == total for _, t in seen)
    assert [d for d, _ in seen] == sorted(d for d, _ in seen)
    assert est.trace_["occupied"].shape == (1, 100)


def test_progress_with_parallel_chains(kosovo: Histories) -> None:
    seen: list[tuple[int, int]] = []
    est = LCMCR(seed=1, chains=2, n_jobs=2, **SHORT)
    est.fit(kosovo, progress=lambda d, t: seen.append((d, t)))
    assert seen[-1] == (2 * 3_800, 2 * 3_800)


@pytest.mark.parametrize(
    ("params", "message"),
    [
        ({"classes": 1}, "classes"),
        ({"thin": 0}, "thin"),
        ({"iterations": 0}, "iterations"),
        ({"iterations": 5, "thin": 10}, "keeps no draw"),
        ({"burn_in": -1}, "burn_in"),
        ({"chains": 0}, "chains"),
        ({"seed": -3}, "seed"),
        ({"seed": 1.5}, "seed"),
        ({"a_alpha": 0.0}, "a_alpha"),
        ({"b_alpha": -1.0}, "b_alpha"),
        ({"n_jobs": 0}, "n_jobs"),
        ({"classes": "ten"}, "classes"),
    ],
)
def test_bad_parameters(kosovo: Histories, params: dict[str, object], message: str) -> None:
    with pytest.raises(EstimationError, match=message):
        LCMCR(**params).fit(kosovo)  # type: ignore[arg-type]


def test_needs_three_lists() -> None:
    with pytest.raises(EstimationError, match="at least 3"):
        LCMCR(seed=1).fit(Histories([[1, 0], [0, 1], [1, 1]], [30, 20, 10]))
    with pytest.raises(EstimationError):
        LCMCR(seed=1).fit("not a table")


def test_a_list_holding_everybody_and_a_single_person_history() -> None:
    # list 1 holds all 40 people: its inclusion probability is near 1, the sampler must cope
    h = Histories([[1, 0, 0], [1, 1, 0], [1, 0, 1], [1, 1, 1]], [20, 9, 10, 1])
    result = LCMCR(seed=2, **SHORT).fit(h)
    assert np.all(np.isfinite(result.draws))
    assert 40 <= result.ci_low <= result.ci_high < 80


def test_intervals_cover_a_known_total() -> None:
    # capture heterogeneity: a hard-to-see class of 70% and a visible one of 30%, N = 2,000
    covered = 0
    for rep in range(6):
        h = simulate_latent_classes(
            2000,
            [0.7, 0.3],
            [[0.2, 0.25, 0.15, 0.3], [0.6, 0.5, 0.7, 0.55]],
            seed=100 + rep,
        )
        result = LCMCR(seed=rep, burn_in=2_000, iterations=20_000).fit(h)
        covered += result.ci_low <= 2000 <= result.ci_high
    assert covered >= 5


def test_chains_agree_on_a_well_behaved_table(kosovo: Histories) -> None:
    result = LCMCR(seed=4, chains=2, burn_in=2_000, iterations=20_000).fit(kosovo)
    assert result.diagnostics["rhat"] < 1.1
    assert result.diagnostics["ess"] > 50


def test_too_few_classes_is_flagged(kosovo: Histories) -> None:
    result = LCMCR(seed=1, classes=2, **SHORT).fit(kosovo)
    assert "classes_saturated" in {c.code for c in result.caveats}


# --------------------------------------------------------------------------------------------
# parity with LCMCR 0.4.14 (reference/lcmcr.csv: K* = 10, 10,000 burn-in, 100,000 sweeps, thin 10)
# --------------------------------------------------------------------------------------------
WELL_MIXED = ["kosovo_4", "hiv_rome_4", "congenital_anomaly_mass_5", "spina_bifida_ny_3"]


def _reference(shared: Path) -> dict[str, list[dict[str, str]]]:
    path = shared / "refdata" / "mse" / "reference" / "lcmcr.csv"
    if not path.exists():
        pytest.skip(f"{path} is absent")
    rows: dict[str, list[dict[str, str]]] = {}
    with path.open(newline="") as handle:
        for row in csv.DictReader(handle):
            rows.setdefault(row["dataset"], []).append(row)
    return rows


@pytest.mark.parametrize("name", WELL_MIXED)
def test_parity_with_lcmcr_reference(shared_dir: Path, name: str) -> None:
    ref = _reference(shared_dir)[name]
    h = Histories.from_csv(shared_dir / "refdata" / "mse" / f"{name}.csv")
    result = LCMCR(seed=2024, chains=2, burn_in=5_000, iterations=50_000, thin=10).fit(h)
    d = result.diagnostics
    # Monte Carlo error: ours from the effective sample size, R's from its two seeds' spread
    mcse = d["sd"] / math.sqrt(d["ess"])
    means = [float(r["N_mean"]) for r in ref]
    tolerance = 4 * mcse + abs(means[0] - means[1]) + 0.005 * np.mean(means)
    assert abs(result.estimate - np.mean(means)) < tolerance, (result.estimate, means)
    if d["rhat"] > 1.05:
        # this table's posterior has a second, rarely visited mode; a chain that falls into it
        # stays for tens of thousands of sweeps (about 1 chain in 16 here, whatever the draw
        # algorithms). Pooled quantiles then say nothing about parity, and the result must say
        # it has not converged; the mean above was still checked, within its (wide) error.
        assert "non_convergence" in {c.code for c in result.caveats}
        return
    for prob, column in ((0.025, "N_q025"), (0.5, "N_median"), (0.975, "N_q975")):
        q = np.quantile(result.draws, prob)
        theirs = [float(r[column]) for r in ref]
        # R's seed-to-seed spread, ours from the quantile's Monte Carlo error, and 4% for what
        # two finite R runs cannot pin down
        mcse_q = mcse_quantile(result.draws_by_chain, prob)
        slack = 0.04 * np.mean(theirs) + abs(theirs[0] - theirs[1]) + 4 * mcse_q
        assert abs(q - np.mean(theirs)) < slack, (column, q, theirs, mcse_q)


def test_synthetic_tables_with_known_total(shared_dir: Path) -> None:
    for name in ("sim_mv2016_het_5", "sim_negdep_5"):
        h = Histories.from_csv(shared_dir / "refdata" / "mse" / f"{name}.csv")
        result = LCMCR(seed=3, burn_in=5_000, iterations=30_000).fit(h)
        assert result.ci_low <= 2000 <= result.ci_high, (name, result)
