"""Stratified estimation: fit each stratum, then add up with an interval that combines correctly.

``Stratified(LogLinear(max_order=2)).fit(histories)`` fits a copy of the estimator to every stratum
of a stratified :class:`~recuento.estimate.histories.Histories` and returns a result whose
``strata`` holds the per-stratum results and whose estimate is the sum of theirs.

How the total's interval is built (``combine``):

* ``"draws"`` — when every stratum has draws (posterior draws of a Bayesian method, or bootstrap
  replicates): the total's draws are the sums of the strata's draws, draw by draw (strata are
  independent, so pairing draw i of each stratum gives draws of the sum); the interval is their
  2.5% and 97.5% quantiles. Chains of unequal length are cut to the shortest.
* ``"lognormal"`` — otherwise: strata are independent, so the variance of the total is the sum of
  the strata's variances (their standard errors squared); the interval is Chao's log-normal
  interval on the total dark figure f0 = Σ(N̂_s − n_s): n + f0/C … n + f0·C with
  C = exp(z·sqrt(log(1 + var/f0²))).
  Like the strata's own Wald-type errors it is symmetric on the log scale of the dark figure, so it
  never goes below the number observed.
* ``"auto"`` (default) — draws when every stratum has them, else log-normal.

Strata too small to estimate (fewer than ``min_observed`` people, or fewer than the estimator's
minimum number of non-empty lists) are an error by default; with ``skip_small=True`` they are left
out of the total and named in a caveat (their people are then *not* counted).
"""

from __future__ import annotations

import copy
import math

import numpy as np

from recuento.errors import EstimationError
from recuento.estimate.histories import Histories
from recuento.estimate.loglinear import lognormal_interval
from recuento.estimate.results import (
    Caveat,
    EstimateResult,
    Estimator,
    Interval,
    Options,
    Progress,
)

__all__ = ["Stratified", "combine_strata"]


class Stratified(Estimator):
    """Fit ``estimator`` in every stratum and add up (see the module docstring).

    Parameters
    ----------
    estimator : Estimator
        Any estimator of :mod:`recuento.estimate` (it is copied for each stratum).
    combine : {"auto", "draws", "lognormal"}
    skip_small : bool
        Leave out strata that cannot be estimated instead of failing.
    min_observed : int
        A stratum with fewer people is "small".
    """

    _parameter_constraints = {
        "estimator": [Estimator],
        "combine": [Options({"auto", "draws", "lognormal"})],
        "skip_small": [bool],
        "min_observed": [Interval(int, 1, None)],
    }

    def __init__(
        self,
        estimator: Estimator | None = None,
        *,
        combine: str = "auto",
        skip_small: bool = False,
        min_observed: int = 1,
    ) -> None:
        self.estimator = estimator
        self.combine = combine
        self.skip_small = skip_small
        self.min_observed = min_observed

    @classmethod
    def _param_names(cls) -> list[str]:
        return ["estimator", "combine", "skip_small", "min_observed"]

    def fit(self, histories: Histories, *, progress: Progress | None = None) -> EstimateResult:
        self._validate_params()
        if not isinstance(histories, Histories) or not histories.is_stratified:
            raise EstimationError(
                "Stratified needs stratified histories (Histories.from_csv(..., strata=COLUMN) "
                "or stratify({...}))"
            )
        strata = histories.strata or {}
        results: dict[str, EstimateResult] = {}
        skipped: list[str] = []
        for i, (label, h) in enumerate(strata.items(), 1):
            try:
                if h.n_observed < self.min_observed:
                    raise EstimationError(
                        f"{h.n_observed} people, fewer than min_observed={self.min_observed}"
                    )
                est = copy.deepcopy(self.estimator)
                results[label] = est.fit(h)  # type: ignore[union-attr]
            except EstimationError as exc:
                if not self.skip_small:
                    raise EstimationError(f"stratum {label!r}: {exc}") from exc
                skipped.append(f"{label} ({exc})")
            if progress is not None:
                progress(i, len(strata))
        if not results:
            raise EstimationError("no stratum could be estimated")
        notes = []
        if skipped:
            notes.append(
                Caveat(
                    "skipped_strata",
                    "Strata left out of the total (their people are not counted): "
                    + "; ".join(skipped),
                )
            )
        return combine_strata(
            results,
            histories=histories,
            combine=self.combine,
            notes=notes,
            params=self.get_params(),
        )


def combine_strata(
    results: dict[str, EstimateResult],
    *,
    histories: Histories | None = None,
    combine: str = "auto",
    level: float = 0.95,
    notes: list[Caveat] | None = None,
    params: dict | None = None,
) -> EstimateResult:
    """One total from per-stratum results (see the module docstring for the interval)."""
    parts = list(results.values())
    methods = sorted({r.method for r in parts})
    observed = sum(r.observed for r in parts)
    have_draws = all(r.draws is not None and r.draws.size for r in parts)
    mode = combine
    if mode == "auto":
        mode = "draws" if have_draws else "lognormal"
    if mode == "draws" and not have_draws:
        raise EstimationError(
            "combine='draws' needs draws (or bootstrap replicates) in every stratum"
        )
    draws = None
    if mode == "draws":
        size = min(r.draws.size for r in parts)  # type: ignore[union-attr]
        draws = np.sum([r.draws[:size] for r in parts], axis=0)  # type: ignore[index]
        point_bayes = all(r.draws_kind == "posterior" for r in parts)
        estimate = float(draws.mean()) if point_bayes else float(sum(r.estimate for r in parts))
        a = 1 - level
        low, high = (float(x) for x in np.quantile(draws, [a / 2, 1 - a / 2]))
        stderr = float(draws.std(ddof=1))
        how = "sum of the strata's draws, quantiles"
        kind = "posterior" if point_bayes else "bootstrap"
        point = "posterior mean" if point_bayes else parts[0].point
    else:
        estimate = float(sum(r.estimate for r in parts))
        ses = [r.stderr for r in parts]
        if any(s is None for s in ses):
            raise EstimationError("a stratum has no standard error; use combine='draws'")
        stderr = math.sqrt(sum(s * s for s in ses))  # type: ignore[operator]
        low, high = lognormal_interval(observed, estimate, stderr, alpha=1 - level)
        how = "log-normal on the summed dark figure, variances of the strata added"
        kind = None
        point = parts[0].point

        def interval_fn(alpha: float) -> tuple[float, float]:
            return lognormal_interval(observed, estimate, stderr, alpha=alpha)

    diagnostics: dict = {}
    rhats = [r.diagnostics.get("rhat") for r in parts if r.diagnostics.get("rhat") is not None]
    if rhats:
        diagnostics["rhat"] = max(rhats)
    esss = [r.diagnostics.get("ess") for r in parts if r.diagnostics.get("ess") is not None]
    if esss:
        diagnostics["ess"] = min(esss)
    return EstimateResult(
        method=methods[0] if len(methods) == 1 else "+".join(methods),
        estimate=estimate,
        observed=observed,
        ci=(low, high),
        level=level,
        interval_method=how,
        stderr=stderr,
        draws=draws,
        draws_kind=kind,
        diagnostics=diagnostics,
        params=params or {},
        histories=histories,
        notes=notes or [],
        strata=results,
        point=point,
        interval_fn=None if mode == "draws" else interval_fn,
    )
