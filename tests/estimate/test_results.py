"""The result object, its summary and JSON, diagnostics, and the estimator contract."""

from __future__ import annotations

import json

import numpy as np
import pytest

from recuento.errors import EstimationError
from recuento.estimate import (
    Caveat,
    EstimateResult,
    LogLinear,
    ModelInfo,
    effective_sample_size,
    split_rhat,
)


def _result(**kw):
    base = dict(method="x", estimate=120.0, observed=100, ci=(105.0, 150.0), stderr=10.0)
    base.update(kw)
    return EstimateResult(**base)


def test_result_is_immutable_and_reads_back():
    r = _result()
    assert r.estimate == 120.0 and r.dark_figure == 20.0
    assert r.conf_int() == (105.0, 150.0)
    assert (r.ci_low, r.ci_high) == (105.0, 150.0)
    with pytest.raises(AttributeError):
        r.estimate = 3  # type: ignore[misc]
    with pytest.raises(EstimationError, match="only a 95% interval"):
        r.conf_int(0.1)


def test_interval_from_draws_and_recomputation():
    draws = np.arange(1, 1001, dtype=float)
    r = _result(ci=None, draws=draws, draws_kind="posterior")
    low, high = r.conf_int()
    assert low == pytest.approx(np.quantile(draws, 0.025))
    assert high == pytest.approx(np.quantile(draws, 0.975))
    assert r.conf_int(0.5) == pytest.approx(tuple(np.quantile(draws, [0.25, 0.75])))
    assert r.interval_method == "posterior quantiles"
    with pytest.raises(ValueError):
        r.draws[0] = 0
    r2 = _result(interval_fn=lambda a: (100.0 + a, 200.0 - a))
    assert r2.conf_int(0.2) == (100.2, 199.8)


def test_chains_fill_diagnostics():
    rng = np.random.default_rng(0)
    good = rng.normal(size=(4, 500))
    r = _result(ci=None, draws=good, draws_kind="posterior")
    assert r.draws.shape == (2000,) and r.draws_by_chain.shape == (4, 500)
    assert r.diagnostics["rhat"] == pytest.approx(1.0, abs=0.02)
    assert 1200 < r.diagnostics["ess"] < 2800


def test_rhat_and_ess_detect_bad_mixing():
    rng = np.random.default_rng(1)
    stuck = rng.normal(size=(2, 400)) + np.array([[0.0], [3.0]])
    assert split_rhat(stuck) > 1.5
    walk = np.cumsum(rng.normal(size=(2, 1000)), axis=1)
    assert effective_sample_size(walk) < 100
    iid = rng.normal(size=(2, 1000))
    assert effective_sample_size(iid) > 1500


def test_to_dict_is_strict_json_and_summary_numbers_caveats():
    models = [
        ModelInfo(name="[12,3]", estimate=120.0, criterion=10.0, weight=0.7),
        ModelInfo(name="[1,2,3]", estimate=float("inf"), criterion=float("nan"), weight=0.3),
    ]
    notes = [Caveat("a", "first thing"), Caveat("b", "second thing", severity="note")]
    r = _result(ci=(105.0, float("inf")), models=models, model="[12,3]", notes=notes)
    d = r.to_dict()
    json.dumps(d, allow_nan=False)
    assert d["ci_high"] is None and d["model"] == "[12,3]" and d["n_models"] == 2
    assert [c["number"] for c in d["caveats"]][:2] == [1, 2]
    text = r.summary().as_text()
    assert "[1] first thing" in text and "[2] second thing" in text
    assert "[12,3]" in text
    assert "<ol>" in r.summary().as_html()
    assert r.summary().to_dict()["method"] == "x"


def test_estimator_parameters_validated_at_fit(kosovo):
    est = LogLinear(criterion="aicc")
    with pytest.raises(EstimationError, match="criterion='aicc' must be one of"):
        est.fit(kosovo)
    with pytest.raises(EstimationError, match="max_order=0"):
        LogLinear(max_order=0).fit(kosovo)
    est = LogLinear(max_order=3)
    assert est.get_params()["max_order"] == 3
    assert repr(est) == "LogLinear(max_order=3)"
    est.set_params(criterion="aic")
    assert est.criterion == "aic"
    with pytest.raises(EstimationError, match="no parameter 'bogus'"):
        est.set_params(bogus=1)
    with pytest.raises(EstimationError, match="expected Histories"):
        LogLinear().fit([[1, 0], [0, 1]])
