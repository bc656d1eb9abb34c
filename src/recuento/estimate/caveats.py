"""Caveat checks: each reads a result (and the table it was fitted to) and returns a Caveat or None.

:class:`~recuento.estimate.results.EstimateResult.caveats` runs every check in :data:`CHECKS` after
the estimator's own notes. Thresholds are module constants so that documentation and tests can
refer to them. The checks (``code``: when it fires):

* ``sparse_cells``: some possible capture histories are empty, or more than 20% hold fewer than 5;
* ``weak_overlap``: a list shares fewer than 5 people, or under 2% of its people, with all the other
  lists together; or two lists have nobody in common;
* ``list_dependence``: with 3+ lists, the independence model (Rcapture's Mt) fits badly
  (deviance test p < 0.01): the lists are dependent or capture is heterogeneous;
* ``heterogeneity``: with 3+ lists, adding Darroch's heterogeneity term to Mt improves the fit
  significantly (likelihood-ratio p < 0.01) with a positive coefficient: people on several lists
  are more common than independent lists predict;
* ``two_lists``: only two lists, so independence is an untestable assumption;
* ``non_convergence``: a sampler's R-hat > 1.05 or effective sample size < 200, or the estimator
  reports that it did not converge;
* ``large_ratio``: the estimate is more than 5 times the number observed (or the upper end of the
  interval more than 10 times);
* ``model_swing``: a model nearly as good as the selected one (criterion within 2, or posterior
  weight at least half the best's) gives an estimate more than 15% away;
* ``open_interval``: the interval has no finite upper end;
* ``pooled_strata``: the table has strata but was fitted pooled;
* ``small_strata``: a stratum has fewer than 20 people or fewer than 3 non-empty lists.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from typing import Any

import numpy as np
from scipy.stats import chi2

from recuento.errors import EstimationError
from recuento.estimate.results import Caveat

__all__ = ["CHECKS", "run_checks"]

SMALL_CELL = 5
SMALL_SHARE = 0.20
MIN_OVERLAP = 5
MIN_OVERLAP_SHARE = 0.02
P_VALUE = 0.01
MAX_RHAT = 1.05
MIN_ESS = 200
MAX_RATIO = 5.0
MAX_UPPER_RATIO = 10.0
NEAR_CRITERION = 2.0
SWING = 0.15
MIN_STRATUM = 20
MAX_TEST_LISTS = 12


def _histories(result: Any) -> Any:
    h = result.histories
    if h is None or not hasattr(h, "n_lists"):
        return None
    return h


def check_sparse_cells(result: Any) -> Caveat | None:
    h = _histories(result)
    if h is None:
        return None
    k = h.n_lists
    possible = 2**k - 1
    empty = possible - h.n_histories
    if k > 16:
        return Caveat(
            "sparse_cells",
            f"Only {h.n_histories:,} of the {possible:,} possible capture histories over {k} lists "
            "are observed: the table is very sparse, so estimates lean on the model's structure "
            "(and its priors) far more than on the data.",
        )
    small = empty + int(np.sum(h.counts < SMALL_CELL))
    if empty == 0 and small <= SMALL_SHARE * possible:
        return None
    return Caveat(
        "sparse_cells",
        f"{empty:,} of the {possible:,} possible capture histories are empty and {small:,} hold "
        f"fewer than {SMALL_CELL} people. Interactions fitted on such cells are fragile, some "
        "models' estimates may not exist, and different models can give very different totals.",
    )


def check_weak_overlap(result: Any) -> Caveat | None:
    h = _histories(result)
    if h is None:
        return None
    p = h.patterns.astype(np.int64)
    c = h.counts
    multi = p.sum(axis=1) >= 2
    totals = h.list_totals()
    shared = (p[multi] * c[multi, None]).sum(axis=0)
    weak = [
        f"{h.list_names[j]} ({int(shared[j])} of {int(totals[j])})"
        for j in range(h.n_lists)
        if totals[j] > 0 and (shared[j] < MIN_OVERLAP or shared[j] < MIN_OVERLAP_SHARE * totals[j])
    ]
    ov = h.overlaps()
    disjoint = [
        f"{h.list_names[i]}–{h.list_names[j]}"
        for i in range(h.n_lists)
        for j in range(i + 1, h.n_lists)
        if ov[i, j] == 0 and totals[i] > 0 and totals[j] > 0
    ]
    if not weak and not disjoint:
        return None
    parts = []
    if weak:
        parts.append(
            "these lists share almost nobody with the others (shared of total): "
            + ", ".join(weak)
            + ". A list that barely overlaps tells almost nothing about who is missing, yet it "
            "can drive the estimate up sharply"
        )
    if disjoint:
        shown = ", ".join(disjoint[:10]) + (" …" if len(disjoint) > 10 else "")
        parts.append(
            f"{len(disjoint)} pair(s) of lists have nobody in common ({shown}); a model with "
            "their interaction has no finite estimate"
        )
    return Caveat("weak_overlap", "; ".join(parts).capitalize() + ".")


def _dense(h: Any) -> tuple[np.ndarray, np.ndarray] | None:
    if h.n_lists < 3 or h.n_lists > MAX_TEST_LISTS:
        return None
    return h.to_dense()[1:].astype(float), h.all_patterns().astype(float)


def check_dependence(result: Any) -> Caveat | None:
    from recuento.estimate._poisson import fit_poisson

    h = _histories(result)
    if h is None:
        return None
    data = _dense(h)
    if data is None:
        return None
    y, cells = data
    X = np.hstack([np.ones((cells.shape[0], 1)), cells])
    fit = fit_poisson(y, X)
    df = X.shape[0] - X.shape[1]
    p = float(chi2.sf(fit.deviance, df))
    if p >= P_VALUE:
        return None
    return Caveat(
        "list_dependence",
        f"The lists do not behave as independent: the independence model fits badly (deviance "
        f"{fit.deviance:.1f} on {df} df, p = {p:.2g}). List dependence or unequal chances of "
        "being listed (heterogeneity) bias simple estimates — positive dependence, the usual case, "
        "makes them too low. Prefer models that allow for it, and compare several.",
    )


def check_heterogeneity(result: Any) -> Caveat | None:
    from recuento.estimate._poisson import fit_poisson

    h = _histories(result)
    if h is None:
        return None
    data = _dense(h)
    if data is None:
        return None
    y, cells = data
    k = cells.sum(axis=1)
    X0 = np.hstack([np.ones((cells.shape[0], 1)), cells])
    X1 = np.hstack([X0, (k**2 / 2)[:, None]])
    f0, f1 = fit_poisson(y, X0), fit_poisson(y, X1)
    lr = f0.deviance - f1.deviance
    p = float(chi2.sf(max(lr, 0.0), 1))
    if p >= P_VALUE or f1.beta[-1] <= 0:
        return None
    return Caveat(
        "heterogeneity",
        "Signs of capture heterogeneity: people on several lists are more common than independent "
        f"lists would predict (Darroch's heterogeneity term improves the fit, LR = {lr:.1f}, "
        f"p = {p:.2g}). Some victims are much more visible than others; that pushes estimates "
        "down. Stratify by what makes victims visible (place, time, type of violation) where "
        "possible.",
    )


def check_two_lists(result: Any) -> Caveat | None:
    h = _histories(result)
    if h is None or h.n_lists != 2:
        return None
    return Caveat(
        "two_lists",
        "With two lists, the estimate rests entirely on the lists being independent, which "
        "cannot be checked from the data. Use three or more lists where possible.",
    )


def check_convergence(result: Any) -> Caveat | None:
    d = result.diagnostics
    problems = []
    rhat = d.get("rhat")
    if rhat is not None and (not math.isfinite(rhat) or rhat > MAX_RHAT):
        problems.append(f"R-hat {rhat:.3f} > {MAX_RHAT}")
    ess = d.get("ess")
    if ess is not None and (not math.isfinite(ess) or ess < MIN_ESS):
        problems.append(f"effective sample size {ess:.0f} < {MIN_ESS}")
    if d.get("converged") is False:
        problems.append("the estimator reports that it did not converge")
    if not problems:
        return None
    return Caveat(
        "non_convergence",
        "The computation may not have converged (" + "; ".join(problems) + "). Run longer "
        "chains, more chains with different seeds, or check the model before using the figure.",
    )


def check_large_ratio(result: Any) -> Caveat | None:
    n = result.observed
    if n <= 0:
        return None
    ratio = result.estimate / n
    upper = result.ci_high / n if math.isfinite(result.ci_high) else math.inf
    if ratio <= MAX_RATIO and upper <= MAX_UPPER_RATIO:
        return None
    if ratio > MAX_RATIO:
        what = f"The estimate is {ratio:.1f} times the number of people observed"
    else:
        what = f"The upper end of the interval is {upper:.1f} times the number observed"
    return Caveat(
        "large_ratio",
        f"{what}: most of the total is extrapolated from the overlaps, and small changes in the "
        "model or the matching move it a lot. Treat it as an order of magnitude.",
    )


def check_model_swing(result: Any) -> Caveat | None:
    models = [m for m in result.models if m.weight is not None and math.isfinite(m.estimate)]
    if len(models) < 2 or not math.isfinite(result.estimate) or result.estimate <= 0:
        return None
    if all(m.criterion is not None for m in models):
        best = min(m.criterion for m in models)  # type: ignore[type-var]
        near = [m for m in models if m.criterion - best <= NEAR_CRITERION]  # type: ignore[operator]
        how = f"within {NEAR_CRITERION:g} of the best criterion value"
    else:
        top = max(m.weight for m in models)  # type: ignore[type-var]
        near = [m for m in models if m.weight >= 0.5 * top]  # type: ignore[operator]
        how = "with at least half the top model's weight"
    rivals = [m for m in near if abs(m.estimate - result.estimate) > SWING * result.estimate]
    if not rivals:
        return None
    shown = ", ".join(f"{m.name} → {m.estimate:,.0f}" for m in rivals[:4])
    return Caveat(
        "model_swing",
        f"Models nearly as good as the selected one ({how}) give quite different totals: {shown} "
        f"(reported: {result.estimate:,.0f}). The choice of model is not settled by the data; "
        "report the range or a model average.",
    )


def check_open_interval(result: Any) -> Caveat | None:
    if math.isfinite(result.ci_high) or math.isnan(result.ci_high):
        return None
    return Caveat(
        "open_interval",
        "The interval has no finite upper end: the data cannot rule out very large totals.",
    )


def check_pooled_strata(result: Any) -> Caveat | None:
    h = _histories(result)
    if h is None or not h.is_stratified or result.strata is not None:
        return None
    return Caveat(
        "pooled_strata",
        f"The table has {len(h.strata)} strata but was fitted pooled; if capture chances differ "
        "between strata, the pooled estimate is biased. Fit by stratum and add up.",
        severity="note",
    )


def check_small_strata(result: Any) -> Caveat | None:
    strata = result.strata
    if not strata:
        return None
    small = []
    for label, r in strata.items():
        h = r.histories
        lists = int(np.sum(h.list_totals() > 0)) if h is not None else 3
        if r.observed < MIN_STRATUM or lists < 3:
            small.append(f"{label} ({r.observed} people, {lists} non-empty lists)")
    if not small:
        return None
    return Caveat(
        "small_strata",
        "Some strata are too small or covered by fewer than 3 lists for a trustworthy estimate: "
        + ", ".join(small[:8])
        + ". Merge them with neighbours or report them apart.",
    )


CHECKS: tuple[Callable[[Any], Caveat | None], ...] = (
    check_sparse_cells,
    check_weak_overlap,
    check_two_lists,
    check_dependence,
    check_heterogeneity,
    check_convergence,
    check_large_ratio,
    check_model_swing,
    check_open_interval,
    check_pooled_strata,
    check_small_strata,
)


def run_checks(result: Any) -> list[Caveat]:
    """Every check in :data:`CHECKS` that fires for ``result``, in that order."""
    found = []
    for check in CHECKS:
        try:
            caveat = check(result)
        except EstimationError:
            continue
        if caveat is not None:
            found.append(caveat)
    return found
