"""Rcapture's standard models: the table for Kosovo, the behavioural s.e., Chao's dropped etas."""

from __future__ import annotations

import numpy as np
import pytest

from recuento.errors import EstimationError
from recuento.estimate import ClosedPopulation, Histories, closedp
from recuento.estimate.closed import _behavioural_n, fit_standard

# Rcapture 1.4-4 closedp.t(kosovo_4): abundance, stderr, deviance, df, AIC, BIC
KOSOVO_RCAPTURE = {
    "M0": (7608.36764386632, 136.617507986356, 1104.00196556671, 13, 1209.42597028424),
    "Mt": (7394.58666230024, 129.62539096441, 245.938736426073, 10, 357.362741143606),
    "Mh Chao (LB)": (8787.24283045646, 222.620495636766, 986.921830603471, 12, 1094.345835321),
    "Mth Chao (LB)": (8591.18363762447, 213.549023011717, 105.496794500927, 9, 218.92079921846),
    "Mth Poisson2": (9327.76133243999, 306.26612763206, 139.18761778367, 9, 252.611622501203),
    "Mth Darroch": (12797.3434416827, 814.834219181211, 119.448430866961, 9, 232.872435584494),
    "Mth Gamma3.5": (18387.1457545364, 1892.87648510407, 113.78367225816, 9, 227.207676975693),
    "Mb": (5189.66517094221, 62.8691600283452, 744.22730084623, 12, 851.651305563763),
}


def test_kosovo_table_matches_rcapture(kosovo):
    fits = {f.name: f for f in closedp(kosovo)}
    assert list(fits)[:2] == ["M0", "Mt"] and len(fits) == 12
    for name, (n, se, dev, df, aic) in KOSOVO_RCAPTURE.items():
        f = fits[name]
        assert f.abundance == pytest.approx(n, rel=1e-5), name
        assert f.stderr == pytest.approx(se, rel=1e-4), name
        assert f.deviance == pytest.approx(dev, rel=1e-5), name
        assert f.df == df, name
        assert f.aic == pytest.approx(aic, rel=1e-6), name
        assert f.bic == pytest.approx(aic + (np.log(4400) - 2) * (f.design.shape[1]), rel=1e-9)


def test_mbh_standard_error_is_the_delta_method(kosovo):
    """Rcapture's Mbh s.e. (86.05 on Kosovo) leaves a factor out of one derivative; ours is the
    delta method with the exact gradient, checked here against finite differences."""
    f = fit_standard("Mbh", kosovo)
    assert f.abundance == pytest.approx(5075.44867076686, rel=1e-6)
    b = f.fit.beta
    _, grad = _behavioural_n("Mbh", b, 4)
    numeric = np.array(
        [
            (_behavioural_n("Mbh", b + h, 4)[0] - _behavioural_n("Mbh", b - h, 4)[0]) / 2e-6
            for h in np.eye(4) * 1e-6
        ]
    )
    assert np.allclose(grad, numeric, rtol=1e-5)
    assert f.stderr == pytest.approx(np.sqrt(grad @ f.fit.cov @ grad - f.abundance))


def test_chao_negative_eta_dropped(hepatitis):
    f = fit_standard("Mh Chao (LB)", hepatitis)
    assert f.abundance == pytest.approx(479.148809533724, rel=1e-6)
    assert np.all(f.fit.beta[2:] >= 0)


def test_selection_leaves_out_behavioural_models(kosovo):
    r = ClosedPopulation().fit(kosovo)
    assert r.model == "Mth Chao (LB)"
    names = [m.name for m in r.models if m.weight is not None]
    assert "Mb" not in names and "Mbh" not in names
    assert r.ci_low < r.estimate < r.ci_high
    one = ClosedPopulation(model="Mb").fit(kosovo)
    assert "behavioural_model" in {c.code for c in one.caveats}


def test_two_lists_have_three_models():
    h = Histories([[1, 0], [0, 1], [1, 1]], [60, 40, 20])
    assert [f.name for f in closedp(h)] == ["M0", "Mt", "Mb"]
    with pytest.raises(EstimationError, match="not available with 2 lists"):
        ClosedPopulation(model="Mth Darroch").fit(h)
