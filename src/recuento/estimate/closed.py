"""Rcapture's standard closed-population models (``closedp.t``), as log-linear Poisson models.

Twelve models, each a design on the 2^K − 1 observable cells (Rivest & Baillargeon 2007):

* ``M0`` — one capture probability for every list: column = number of lists an individual is on;
* ``Mt`` — one probability per list (the independence log-linear model);
* ``Mh …`` / ``Mth …`` — M0 / Mt plus a heterogeneity term in the number of captures k:
  ``Chao (LB)`` (Chao's lower bound: columns max(k − j + 1, 0) for j = 3…K; negative coefficients
  are dropped one at a time, as Rcapture does), ``Poisson2`` (2^k − 1), ``Darroch`` (k²/2) and
  ``Gamma3.5`` (−log(3.5 + k) + log 3.5);
* ``Mb`` / ``Mbh`` — behavioural response (trap-shy/happy): columns "occasions before the first
  capture" and "captures after the first" (``Mbh`` adds 1 − list1). **They assume the lists are
  time-ordered occasions and are meaningless for unordered lists of victims**; they are reported
  for completeness and left out of selection unless ``behavioural=True``.

For all but Mb/Mbh, N̂ = n + exp(β̂0) with s.e. sqrt(exp(β̂0) + exp(2β̂0) Var β̂0); for Mb/Mbh N̂ is
the closed form of the behavioural model and s.e. sqrt(g'Vg − N̂) with g the gradient of N̂ in the
coefficients. Deviance, df, AIC and BIC are as in Rcapture (see :mod:`recuento.estimate.loglinear`).
With K = 2 only M0, Mt and Mb exist.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

from recuento.errors import EstimationError
from recuento.estimate._poisson import PoissonFit, fit_poisson
from recuento.estimate.histories import Histories
from recuento.estimate.loglinear import lognormal_interval, profile_interval
from recuento.estimate.results import (
    Caveat,
    EstimateResult,
    Estimator,
    ModelInfo,
    Options,
    Progress,
    check_histories,
)

__all__ = ["STANDARD_MODELS", "ClosedFit", "ClosedPopulation", "closedp"]

STANDARD_MODELS: tuple[str, ...] = (
    "M0",
    "Mt",
    "Mh Chao (LB)",
    "Mh Poisson2",
    "Mh Darroch",
    "Mh Gamma3.5",
    "Mth Chao (LB)",
    "Mth Poisson2",
    "Mth Darroch",
    "Mth Gamma3.5",
    "Mb",
    "Mbh",
)
BEHAVIOURAL = ("Mb", "Mbh")
MAX_LISTS = 16


@dataclass(frozen=True)
class ClosedFit:
    """One standard model fitted to one table (a row of Rcapture's ``closedp`` table)."""

    name: str
    abundance: float
    stderr: float
    deviance: float
    df: int
    aic: float
    bic: float
    converged: bool
    design: np.ndarray
    fit: PoissonFit
    dropped_eta: tuple[int, ...] = ()

    def info(self, criterion: str, weight: float | None) -> ModelInfo:
        note = None
        if self.name in BEHAVIOURAL:
            note = "behavioural model: assumes time-ordered lists"
        if not math.isfinite(self.abundance) or self.abundance < 0:
            note = "no valid estimate"
        return ModelInfo(
            name=self.name,
            estimate=self.abundance,
            stderr=self.stderr,
            deviance=self.deviance,
            df=self.df,
            aic=self.aic,
            bic=self.bic,
            criterion=self.aic if criterion == "aic" else self.bic,
            weight=weight,
            converged=self.converged,
            note=note,
        )


def _heterogeneity(kind: str, nbcap: np.ndarray, t: int) -> np.ndarray:
    if kind == "Chao (LB)":
        return np.column_stack([np.maximum(nbcap - j + 1, 0) for j in range(3, t + 1)])
    if kind == "Poisson2":
        return (2.0**nbcap - 1)[:, None]
    if kind == "Darroch":
        return (nbcap**2 / 2)[:, None]
    if kind == "Gamma3.5":
        return (-np.log(3.5 + nbcap) + np.log(3.5))[:, None]
    raise EstimationError(f"unknown heterogeneity {kind!r}")


def design_for(name: str, cells: np.ndarray) -> tuple[np.ndarray, int]:
    """(design with intercept, number of leading non-heterogeneity columns incl. intercept)."""
    cells = np.asarray(cells, dtype=float)
    t = cells.shape[1]
    nbcap = cells.sum(axis=1)
    one = np.ones((cells.shape[0], 1))
    if name == "M0":
        return np.hstack([one, nbcap[:, None]]), 2
    if name == "Mt":
        return np.hstack([one, cells]), t + 1
    if name in ("Mb", "Mbh"):
        before = np.argmax(cells > 0, axis=1).astype(float)  # occasions before the first capture
        after = nbcap - 1  # captures after the first
        cols = [one, before[:, None], after[:, None]]
        if name == "Mbh":
            cols.insert(1, (1 - cells[:, :1]))
        return np.hstack(cols), len(cols)
    base, _, kind = name.partition(" ")
    if base in ("Mh", "Mth") and kind:
        if t < 3:
            raise EstimationError(f"{name} needs at least 3 lists")
        lead = np.hstack([one, nbcap[:, None]]) if base == "Mh" else np.hstack([one, cells])
        return np.hstack([lead, _heterogeneity(kind, nbcap, t)]), lead.shape[1]
    raise EstimationError(f"unknown model {name!r}; choose from {', '.join(STANDARD_MODELS)}")


def _behavioural_n(name: str, b: np.ndarray, t: int) -> tuple[float, np.ndarray]:
    """Closed-form N of Mb / Mbh and its gradient in the coefficients."""
    e = np.exp
    if name == "Mb":
        d = 1 + e(b[2]) - e(b[1])
        n = e(b[0]) * (1 + e(b[2])) ** t / d
        dlog = np.array([1.0, e(b[1]) / d, t * e(b[2]) / (1 + e(b[2])) - e(b[2]) / d])
        return float(n), n * dlog
    d = 1 + e(b[3]) - e(b[2])
    extra = e(b[1] + b[2]) / d
    n = e(b[0]) * (1 + e(b[3])) ** (t - 1) * (1 + extra)
    dlog = np.array(
        [
            1.0,
            extra / (1 + extra),
            (extra + extra * e(b[2]) / d) / (1 + extra),
            (t - 1) * e(b[3]) / (1 + e(b[3])) - extra * e(b[3]) / (d * (1 + extra)),
        ]
    )
    return float(n), n * dlog


def fit_standard(name: str, histories: Histories) -> ClosedFit:
    """Fit one of :data:`STANDARD_MODELS` to ``histories``."""
    cells = histories.all_patterns()
    y = histories.to_dense()[1:].astype(float)
    n = histories.n_observed
    t = histories.n_lists
    X, lead = design_for(name, cells)
    fit = fit_poisson(y, X)
    dropped: list[int] = []
    if name.endswith("Chao (LB)"):
        keep = list(range(X.shape[1]))
        while True:
            eta = fit.beta[lead:]
            negative = np.nonzero(eta < 0)[0]
            if negative.size == 0:
                break
            dropped.append(keep[lead + int(negative[0])])
            del keep[lead + int(negative[0])]
            X = X[:, [i for i in range(X.shape[1]) if i != lead + int(negative[0])]]
            fit = fit_poisson(y, X)
    b = fit.beta
    p = X.shape[1]
    with np.errstate(over="ignore", invalid="ignore"):
        if name in BEHAVIOURAL:
            abundance, g = _behavioural_n(name, b, t)
            var = float(g @ fit.cov @ g) - abundance
        else:
            abundance = n + math.exp(min(b[0], 700))
            var = math.exp(min(b[0], 700)) + math.exp(min(2 * b[0], 700)) * fit.cov[0, 0]
    stderr = math.sqrt(var) if var >= 0 else math.nan
    return ClosedFit(
        name=name,
        abundance=abundance,
        stderr=stderr,
        deviance=fit.deviance,
        df=int(X.shape[0] - p),
        aic=-2 * fit.loglik + 2 * p,
        bic=-2 * fit.loglik + p * math.log(n),
        converged=fit.converged,
        design=X,
        fit=fit,
        dropped_eta=tuple(dropped),
    )


def available_models(k: int) -> tuple[str, ...]:
    return ("M0", "Mt", "Mb") if k == 2 else STANDARD_MODELS


def closedp(histories: Histories) -> list[ClosedFit]:
    """All standard models (Rcapture's ``closedp.t`` table), in Rcapture's order."""
    h = check_histories(histories, min_lists=2, max_lists=MAX_LISTS)
    return [fit_standard(name, h) for name in available_models(h.n_lists)]


class ClosedPopulation(Estimator):
    """Rcapture's standard models: one of them, or the best by AIC/BIC.

    Parameters
    ----------
    model : str, optional
        One of :data:`STANDARD_MODELS` (e.g. "Mth Chao (LB)"); default: select among them.
    criterion : {"bic", "aic"}
        Selection criterion when ``model`` is None.
    behavioural : bool
        Let Mb and Mbh (time-ordered occasions only) take part in the selection.
    interval : {"profile", "lognormal"}
        Multinomial profile-likelihood interval (not available for Mb/Mbh, which use the
        log-normal one) or Chao's log-normal interval on the dark figure.
    """

    _parameter_constraints = {
        "model": [None, Options(STANDARD_MODELS)],
        "criterion": [Options({"aic", "bic"})],
        "behavioural": [bool],
        "interval": [Options({"profile", "lognormal"})],
    }

    def __init__(
        self,
        *,
        model: str | None = None,
        criterion: str = "bic",
        behavioural: bool = False,
        interval: str = "profile",
    ) -> None:
        self.model = model
        self.criterion = criterion
        self.behavioural = behavioural
        self.interval = interval

    def fit(self, histories: Histories, *, progress: Progress | None = None) -> EstimateResult:
        self._validate_params()
        h = check_histories(histories, min_lists=2, max_lists=MAX_LISTS)
        names: Sequence[str] = available_models(h.n_lists)
        if self.model is not None:
            if self.model not in names:
                raise EstimationError(f"{self.model} is not available with {h.n_lists} lists")
            names = [self.model]
        fits = []
        for i, name in enumerate(names, 1):
            fits.append(fit_standard(name, h))
            if progress is not None:
                progress(i, len(names))
        crit = "aic" if self.criterion == "aic" else "bic"
        usable = [
            f
            for f in fits
            if math.isfinite(f.abundance)
            and f.abundance >= h.n_observed
            and math.isfinite(f.stderr)
            and (self.behavioural or self.model is not None or f.name not in BEHAVIOURAL)
        ]
        if not usable:
            raise EstimationError("no standard model gives a valid estimate for this table")
        usable.sort(key=lambda f: getattr(f, crit))
        values = np.array([getattr(f, crit) for f in usable])
        w = np.exp(-(values - values.min()) / 2)
        w /= w.sum()
        weights = {f.name: float(x) for f, x in zip(usable, w, strict=True)}
        best = usable[0]
        others = [f for f in fits if f.name not in weights]
        infos = [f.info(crit, weights[f.name]) for f in usable] + [
            f.info(crit, None) for f in others
        ]
        n = h.n_observed
        notes: list[Caveat] = []
        if self.interval == "profile" and best.name not in BEHAVIOURAL:
            y = h.to_dense()[1:].astype(float)
            _, low, high = profile_interval(
                y, best.design, n=n, n_hat=best.abundance, beta=best.fit.beta
            )
            how = "multinomial profile likelihood"
        else:
            low, high = lognormal_interval(n, best.abundance, best.stderr)
            how = "log-normal on the dark figure (Chao 1987)"
        if best.name in BEHAVIOURAL:
            notes.append(
                Caveat(
                    "behavioural_model",
                    f"{best.name} assumes the lists are time-ordered capture occasions with a "
                    "behavioural response; for unordered lists of victims it has no meaning.",
                )
            )
        return EstimateResult(
            method="closed",
            estimate=best.abundance,
            observed=n,
            ci=(low, high),
            interval_method=how,
            stderr=best.stderr,
            models=infos,
            model=best.name,
            diagnostics={"converged": best.converged},
            params=self.get_params(),
            histories=h,
            notes=notes,
        )
