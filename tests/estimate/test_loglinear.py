"""Log-linear models: enumeration, names, fits against Rcapture, closed forms, existence of MLEs."""

from __future__ import annotations

import math

import numpy as np
import pytest

from recuento.errors import EstimationError
from recuento.estimate import LogLinear, hierarchical_models, model_name, parse_model
from recuento.estimate._poisson import fit_poisson_batch
from recuento.estimate.loglinear import all_terms, design
from recuento.estimate.simulate import simulate_loglinear


def rel(a: float, b: float) -> float:
    return abs(a - b) / abs(b)


def test_number_of_hierarchical_models_matches_rcapture():
    assert len(hierarchical_models(3, 2)) == 8
    assert len(hierarchical_models(4, 3)) == 113
    assert len(hierarchical_models(5, 4)) == 6893
    assert len(hierarchical_models(6, 2)) == 2**15
    assert len(hierarchical_models(4, 1)) == 1
    with pytest.raises(EstimationError, match="more than 100"):
        hierarchical_models(5, 4, limit=100)


def test_model_names_round_trip():
    terms = parse_model("[123,14,34]", 4)
    assert (0, 1) in terms and (0, 1, 2) in terms and (0, 3) in terms and (1, 3) not in terms
    assert model_name(terms, 4) == "[123,14,34]"
    assert model_name(parse_model("[1,2,3]", 3), 3) == "[1,2,3]"
    assert model_name(parse_model("[23]", 3), 3) == "[23,1]"
    assert model_name(parse_model("[1.10,2]", 10), 10) == "[1.10,2,3,4,5,6,7,8,9]"
    with pytest.raises(EstimationError, match="not identifiable"):
        parse_model("[123]", 3)
    with pytest.raises(EstimationError, match="lists 1…3"):
        parse_model("[14]", 3)


def test_gaza_matches_rcapture_and_the_closed_form(gaza):
    r = LogLinear(max_order=2).fit(gaza)
    # Rcapture closedpMS.t: best [12,13,23], N 64,696.0697; closedpCI.t 58,211.55–72,334.66
    assert r.model == "[12,13,23]"
    assert rel(r.estimate, 64696.0697348633) < 1e-6
    assert rel(r.ci_low, 58211.545540665) < 1e-4 and rel(r.ci_high, 72334.6615062839) < 1e-4
    assert rel(r.diagnostics["profile_max"], 64613.8764189719) < 1e-5
    assert rel(r.stderr, 3587.11848311657) < 1e-5
    n100, n010, n001, n111 = 19048, 5104, 1469, 197
    n110, n101, n011 = 1929, 1173, 351
    dark = n100 * n010 * n001 * n111 / (n110 * n101 * n011)
    assert r.estimate == pytest.approx(29271 + dark, rel=1e-9)
    assert r.models[1].name == "[13,23]" and rel(r.models[1].estimate, 79670.6848107828) < 1e-6


def test_kosovo_bic_and_aic_match_rcapture(kosovo):
    r = LogLinear(max_order=3).fit(kosovo)
    assert r.model == "[123,14,34]"
    assert rel(r.estimate, 10356.5189572519) < 1e-6
    assert rel(r.models[0].bic, 203.029632752169) < 1e-8
    assert rel(r.models[0].deviance, 9.32267001566617) < 1e-6 and r.models[0].df == 4
    assert rel(r.ci_low, 8994.25670710857) < 1e-4 and rel(r.ci_high, 12110.4081124686) < 1e-4
    assert r.models[1].name == "[123,134]" and rel(r.models[1].bic, 203.113376974084) < 1e-8
    aic = LogLinear(max_order=3, criterion="aic").fit(kosovo)
    assert aic.model == "[123,134]" and rel(aic.estimate, 12740.9677419355) < 1e-6


def test_large_bias_models_left_out_as_rcapture_warns(hepatitis):
    r = LogLinear().fit(hepatitis)
    assert r.model == "[1,2,3]" and rel(r.estimate, 388.483494836853) < 1e-6
    kept = LogLinear(large_bias="keep").fit(hepatitis)
    assert kept.model == "[12,13,23]"  # saturated: bias 169 > 10% of 1,313


def test_nonexistent_mle_detected_and_left_out(artificial):
    r = LogLinear().fit(artificial)
    infos = {m.name: m for m in r.models}
    assert infos["[1,2,3]"].mle_exists
    for name in ("[12,3]", "[13,2]", "[23,1]", "[12,13]", "[12,23]", "[13,23]", "[12,13,23]"):
        assert not infos[name].mle_exists, name
    assert r.model == "[1,2,3]"
    codes = {c.code for c in r.caveats}
    assert {"mle_nonexistent", "weak_overlap", "sparse_cells"} <= codes


def test_model_averaging_weights_and_unconditional_error(kosovo):
    r = LogLinear(max_order=3, average=True).fit(kosovo)
    w = np.array([m.weight for m in r.models if m.weight is not None])
    est = np.array([m.estimate for m in r.models if m.weight is not None])
    assert w.sum() == pytest.approx(1.0)
    assert r.estimate == pytest.approx(float(w @ est))
    assert r.stderr > r.models[0].stderr  # includes model-selection spread
    assert r.ci_low < r.estimate < r.ci_high and r.point == "model average"


def test_bootstrap_interval_is_reproducible(gaza):
    a = LogLinear(interval="bootstrap", n_bootstrap=200, seed=5).fit(gaza)
    b = LogLinear(interval="bootstrap", n_bootstrap=200, seed=5).fit(gaza)
    assert a.draws is not None and a.draws.size == 200 and a.draws_kind == "bootstrap"
    assert np.array_equal(a.draws, b.draws)
    profile = LogLinear().fit(gaza)
    assert a.ci_low == pytest.approx(profile.ci_low, rel=0.08)
    assert a.ci_high == pytest.approx(profile.ci_high, rel=0.08)


def test_profile_interval_at_other_levels(gaza):
    r = LogLinear().fit(gaza)
    lo90, hi90 = r.conf_int(0.10)
    assert r.ci_low < lo90 < r.estimate < hi90 < r.ci_high


def test_numba_and_numpy_engines_agree():
    pytest.importorskip("numba")
    coefs = {(0,): -1.0, (1,): -1.2, (2,): -0.8, (3,): -1.5, (4,): -0.9, (0, 1): 0.7, (2, 3): -0.4}
    h, _ = simulate_loglinear(5, coefs, intercept=np.log(3000), seed=11)
    y = h.to_dense()[1:].astype(float)
    terms = all_terms(5, 2)
    X = design(h.all_patterns(), terms)
    models = hierarchical_models(5, 2)
    col = {t: i + 1 for i, t in enumerate(terms)}
    masks = np.zeros((len(models), X.shape[1]), bool)
    masks[:, 0] = True
    for i, m in enumerate(models):
        masks[i, [col[t] for t in m]] = True
    a = fit_poisson_batch(y, X, masks, engine="numba")
    b = fit_poisson_batch(y, X, masks, engine="numpy")
    ok = a.converged & b.converged & ~a.boundary
    assert ok.sum() > 500
    assert np.allclose(a.deviance[ok], b.deviance[ok], rtol=1e-7, atol=1e-7)
    assert np.allclose(a.beta[ok, 0], b.beta[ok, 0], rtol=1e-6, atol=1e-8)
    assert np.allclose(a.var_intercept[ok], b.var_intercept[ok], rtol=1e-5)
    assert np.allclose(a.bias[ok], b.bias[ok], rtol=1e-4, atol=1e-6)
    assert np.array_equal(a.boundary, b.boundary)


def test_five_list_search_recovers_the_generating_model():
    coefs = {(0,): -1.0, (1,): -1.2, (2,): -0.8, (3,): -1.5, (4,): -0.9, (0, 1): 1.0, (2, 3): 0.9}
    h, total = simulate_loglinear(5, coefs, intercept=np.log(20000), seed=4)
    r = LogLinear(max_order=2).fit(h)
    assert r.model == "[12,34,5]"
    assert r.ci_low <= total <= r.ci_high
    assert len(r.models) == 1024


def test_stepwise_search(kosovo):
    r = LogLinear(max_order=2, search="stepwise").fit(kosovo)
    full = LogLinear(max_order=2).fit(kosovo)
    assert r.model == full.model  # greedy search finds the best here
    assert len(r.models) < len(full.models)


def test_explicit_models(kosovo):
    r = LogLinear(max_order=3, models=["[1,2,3,4]", "[12,3,4]"]).fit(kosovo)
    assert {m.name for m in r.models} == {"[1,2,3,4]", "[12,3,4]"}
    with pytest.raises(EstimationError, match="above max_order"):
        LogLinear(max_order=2, models=["[123,4]"]).fit(kosovo)


def test_two_lists_reduce_to_lincoln_petersen():
    from recuento.estimate import Histories

    h = Histories([[1, 0], [0, 1], [1, 1]], [60, 40, 20])
    r = LogLinear().fit(h)
    assert r.model == "[1,2]"
    assert r.estimate == pytest.approx(80 * 60 / 20)
    assert math.isfinite(r.ci_high)
