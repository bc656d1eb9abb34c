"""Log-linear capture-recapture models: every hierarchical model, AIC/BIC, averaging, intervals.

The data are the 2^K − 1 observable cell counts (zeros included); each model is a Poisson GLM
``log μ_h = u + Σ_j u_j h_j + Σ interactions``; the fitted intercept is the log of the expected
count in the unobservable all-zero cell, so N̂ = n + exp(û) (Fienberg 1972). Main effects are in
every model; interactions up to ``max_order`` (never the K-way one, which is not identifiable) are
chosen hierarchically. This mirrors R's Rcapture ``closedpMS.t``:

* criteria as Rcapture: AIC = −2 log L + 2p and BIC = −2 log L + p log n (Poisson log-likelihood
  with the ``log y!`` terms, p parameters including the intercept, n observed individuals);
* standard error of N̂ as Rcapture: sqrt(exp(û) + exp(2û) Var(û));
* the interval is the multinomial profile-likelihood interval of Rcapture's ``closedpCI.t`` (the
  conditional likelihood profiled over N, with the 0-cell added to the Poisson fit), or a parametric
  bootstrap;
* models are named by their generating class, lists numbered from 1: ``[123,14,34]``.

Models whose MLE does not exist (zero cells on the boundary) are detected and, by default, left out
of the selection and the averaging: their estimates and degrees of freedom are not what they seem.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from functools import cache
from itertools import combinations

import numpy as np
from scipy.optimize import brentq, minimize_scalar
from scipy.special import gammaln, xlogy
from scipy.stats import chi2, norm

from recuento.errors import EstimationError
from recuento.estimate._poisson import fit_poisson, fit_poisson_batch, mle_exists
from recuento.estimate.histories import Histories
from recuento.estimate.results import (
    Caveat,
    EstimateResult,
    Estimator,
    Interval,
    ModelInfo,
    Options,
    Progress,
    check_histories,
)

__all__ = [
    "LogLinear",
    "LogLinearModel",
    "hierarchical_models",
    "model_name",
    "parse_model",
    "profile_interval",
]

Term = tuple[int, ...]
MAX_LISTS = 14
EXHAUSTIVE_LIMIT = 50_000
VERIFY_WINDOW = 20.0  # criterion units: Akaike/BIC weight below exp(-10) beyond this
MAX_VERIFY = 500


# --------------------------------------------------------------------------------------------
# terms, models and their names
# --------------------------------------------------------------------------------------------
@cache
def all_terms(k: int, max_order: int) -> tuple[Term, ...]:
    """Every term of order 1…max_order over k lists, by order then lexicographically."""
    return tuple(t for r in range(1, max_order + 1) for t in combinations(range(k), r))


def design(patterns: np.ndarray, terms: Sequence[Term]) -> np.ndarray:
    """Design matrix: an intercept column then one product column per term."""
    p = np.asarray(patterns, dtype=float)
    cols = [np.ones(p.shape[0])]
    for t in terms:
        cols.append(np.prod(p[:, list(t)], axis=1))
    return np.column_stack(cols)


def _closure(terms: Iterable[Term]) -> frozenset[Term]:
    out: set[Term] = set()
    for t in terms:
        for r in range(1, len(t) + 1):
            out.update(combinations(t, r))
    return frozenset(out)


def generating_class(terms: Iterable[Term], k: int, *, closed: bool = False) -> list[Term]:
    """Maximal terms of a hierarchical model (main effects always included).

    ``closed=True`` promises that ``terms`` already hold every sub-term (saves the closure).
    """
    full = terms if closed else _closure(list(terms) + [(j,) for j in range(k)])
    by_order: dict[int, set[Term]] = {}
    for t in full:
        by_order.setdefault(len(t), set()).add(t)
    maximal: list[Term] = []
    top = max(by_order)
    for r in range(top, 0, -1):
        above = by_order.get(r + 1, set())
        covered = {s for t in above for s in combinations(t, r)}
        maximal.extend(by_order.get(r, set()) - covered)
    return sorted(maximal, key=lambda t: (-len(t), t))


def model_name(terms: Iterable[Term], k: int, *, closed: bool = False) -> str:
    """Rcapture's name of a hierarchical model: ``[123,14,34]`` (lists numbered from 1).

    Lists beyond 9 are written with dots between numbers: ``[1.10,2]``.
    """
    sep = "" if k <= 9 else "."
    gens = generating_class(terms, k, closed=closed)
    return "[" + ",".join(sep.join(str(j + 1) for j in t) for t in gens) + "]"


def parse_model(name: str, k: int) -> frozenset[Term]:
    """Terms (hierarchical closure) of a model given by its generating class, e.g. ``[12,3]``."""
    text = name.strip()
    if text.startswith("[") and text.endswith("]"):
        text = text[1:-1]
    terms: list[Term] = []
    for part in filter(None, (p.strip() for p in text.split(","))):
        digits = part.split(".") if "." in part else list(part)
        try:
            t = tuple(sorted(int(d) - 1 for d in digits))
        except ValueError as exc:
            raise EstimationError(f"cannot read model term {part!r} in {name!r}") from exc
        if any(j < 0 or j >= k for j in t) or len(set(t)) != len(t):
            raise EstimationError(f"model term {part!r} does not name lists 1…{k}")
        if len(t) == k:
            raise EstimationError(f"the {k}-way interaction in {name!r} is not identifiable")
        terms.append(t)
    return _closure(terms + [(j,) for j in range(k)])


def hierarchical_models(
    k: int, max_order: int, *, limit: int | None = None
) -> list[frozenset[Term]]:
    """Every hierarchical model with all main effects and interactions up to ``max_order``.

    Enumerated level by level: a term of order r may enter only if all its sub-terms of order
    r − 1 are in. 113 models for K=4 (max order 3), 6,893 for K=5 (order 4), 2^15 for K=6 (order 2).
    Raises EstimationError when there are more than ``limit``.
    """
    max_order = min(max_order, k - 1)
    mains = frozenset((j,) for j in range(k))
    out: list[frozenset[Term]] = []

    def extend(current: frozenset[Term], order: int, previous: frozenset[Term]) -> None:
        if order > max_order:
            out.append(current)
            return
        candidates = [
            t
            for t in combinations(range(k), order)
            if all(s in previous for s in combinations(t, order - 1))
        ]
        if not candidates:
            out.append(current)
            return
        for r in range(len(candidates) + 1):
            for chosen in combinations(candidates, r):
                if limit is not None and len(out) > limit:
                    raise EstimationError(
                        f"more than {limit:,} hierarchical models for {k} lists up to order "
                        f"{max_order}; lower max_order or use search='stepwise'"
                    )
                if r == 0:
                    out.append(current)
                else:
                    extend(current | frozenset(chosen), order + 1, frozenset(chosen))

    extend(mains, 2, mains)
    return out


# --------------------------------------------------------------------------------------------
# profile-likelihood interval (Rcapture closedpCI)
# --------------------------------------------------------------------------------------------
def _profile_loglik_fn(y: np.ndarray, X: np.ndarray, n: float, beta: np.ndarray):
    """Multinomial profile log-likelihood of N for one log-linear model (up to a constant)."""
    y_aug = np.concatenate([[0.0], y])
    X_aug = np.vstack([np.eye(1, X.shape[1]), X])
    state = {"beta": np.array(beta, dtype=float)}

    def loglik(N: float) -> float:
        n0 = max(N - n, 0.0)
        y_aug[0] = n0
        fit = fit_poisson(y_aug, X_aug, beta=state["beta"], tol=1e-13)
        state["beta"] = fit.beta
        ct = xlogy(n0, n0) + gammaln(N + 1) - xlogy(N, N) - gammaln(n0 + 1)
        return float(-(fit.deviance - 2 * ct) / 2)

    return loglik


def profile_interval(
    y: np.ndarray,
    X: np.ndarray,
    *,
    n: int,
    n_hat: float,
    beta: np.ndarray,
    alpha: float = 0.05,
    max_factor: float = 50.0,
) -> tuple[float, float, float]:
    """(N at the profile maximum, lower, upper) of the multinomial profile-likelihood interval.

    As Rcapture's ``closedpCI.t``: the maximum is searched on (n, 3 N̂), the bounds are where the
    profile log-likelihood drops by χ²₁(1 − alpha)/2; the lower bound is n if the drop is never
    reached, the upper bound is searched up to ``max_factor`` × N̂ and is +inf beyond.
    """
    f = _profile_loglik_fn(np.asarray(y, float), np.asarray(X, float), float(n), beta)
    hi = max(3 * n_hat, n + 10.0)
    res = minimize_scalar(
        lambda N: -f(N), bounds=(n, hi), method="bounded", options={"xatol": 1e-7 * max(n_hat, 1.0)}
    )
    n_max, l_max = float(res.x), -float(res.fun)
    target = l_max - chi2.ppf(1 - alpha, 1) / 2

    def g(N: float) -> float:
        return f(N) - target

    lower = float(n) if g(float(n)) > 0 else brentq(g, float(n), n_max, xtol=1e-8 * n_max)
    upper = math.inf
    top = n_max
    step = max(3 * n_hat, n_max * 1.5)
    while top < max_factor * n_hat:
        nxt = min(max(step, top * 2), max_factor * n_hat)
        if g(nxt) < 0:
            upper = brentq(g, top, nxt, xtol=1e-8 * n_max)
            break
        top = nxt
    return n_max, lower, upper


# --------------------------------------------------------------------------------------------
# the estimator
# --------------------------------------------------------------------------------------------
@dataclass(frozen=True)
class LogLinearModel:
    """One fitted log-linear model (what :meth:`LogLinear.fit` ranks).

    ``bias`` is Rcapture's asymptotic bias of N̂; ``mle_exists`` is checked by linear programming
    for the models that matter (near the best) and read from the fit's behaviour for the rest
    (``verified`` says which).
    """

    name: str
    terms: frozenset[Term]
    estimate: float
    stderr: float
    deviance: float
    df: int
    aic: float
    bic: float
    bias: float
    converged: bool
    mle_exists: bool
    verified: bool = False

    @property
    def large_bias(self) -> bool:
        """Rcapture's warning: the asymptotic bias exceeds 10% of the estimate."""
        return bool(abs(self.bias) > 0.1 * abs(self.estimate))

    def info(self, criterion: str, weight: float | None) -> ModelInfo:
        crit = self.aic if criterion == "aic" else self.bic
        notes = []
        if not self.mle_exists:
            notes.append("MLE does not exist (zero cells on the boundary)")
        if self.large_bias:
            notes.append("asymptotic bias > 10% of the estimate")
        return ModelInfo(
            name=self.name,
            estimate=self.estimate,
            stderr=self.stderr,
            deviance=self.deviance,
            df=self.df,
            aic=self.aic,
            bic=self.bic,
            criterion=crit,
            weight=weight,
            converged=self.converged,
            mle_exists=self.mle_exists,
            note="; ".join(notes) or None,
        )


class LogLinear(Estimator):
    """Hierarchical log-linear models: search, select by AIC/BIC, average, interval.

    Parameters
    ----------
    max_order : int
        Highest interaction order (capped at K − 1). Default 2.
    criterion : {"bic", "aic"}
        Ranking criterion (default "bic", as Rcapture's ``closedpMS.t``).
    models : sequence of str, optional
        Consider only these models (generating classes, e.g. ``["[12,3]", "[12,13,23]"]``)
        instead of every hierarchical model.
    search : {"auto", "exhaustive", "stepwise"}
        ``exhaustive`` fits every hierarchical model; ``stepwise`` adds/removes one term at a
        time from the independence model while the criterion improves; ``auto`` is exhaustive up
        to 50,000 models.
    average : bool
        Report the model-averaged estimate (weights ∝ exp(−Δcriterion/2)) instead of the best
        model's. Its standard error is Buckland et al.'s (1997) unconditional one.
    interval : {"profile", "bootstrap"}
        Profile-likelihood interval of the selected model (default) or parametric bootstrap
        percentile interval (with ``average``: a log-normal interval on the dark figure).
    n_bootstrap : int
        Bootstrap replicates (interval="bootstrap").
    bootstrap_selection : bool
        Repeat the model search in every bootstrap replicate (includes model-selection
        uncertainty; costly for large searches).
    nonexistent : {"drop", "keep"}
        Whether models without an MLE take part in selection and averaging.
    large_bias : {"drop", "keep"}
        Whether models whose asymptotic bias (Rcapture's formula) exceeds 10% of their estimate
        take part in selection and averaging (Rcapture flags them with a warning).
    seed : int, optional
        Seed of the bootstrap.
    """

    _parameter_constraints = {
        "max_order": [Interval(int, 1, None)],
        "criterion": [Options({"aic", "bic"})],
        "models": [None, list, tuple],
        "search": [Options({"auto", "exhaustive", "stepwise"})],
        "average": [bool],
        "interval": [Options({"profile", "bootstrap"})],
        "n_bootstrap": [Interval(int, 10, None)],
        "bootstrap_selection": [bool],
        "nonexistent": [Options({"drop", "keep"})],
        "large_bias": [Options({"drop", "keep"})],
        "seed": [None, Interval(int, 0, None)],
    }

    def __init__(
        self,
        *,
        max_order: int = 2,
        criterion: str = "bic",
        models: Sequence[str] | None = None,
        search: str = "auto",
        average: bool = False,
        interval: str = "profile",
        n_bootstrap: int = 999,
        bootstrap_selection: bool = False,
        nonexistent: str = "drop",
        large_bias: str = "drop",
        seed: int | None = None,
    ) -> None:
        self.max_order = max_order
        self.criterion = criterion
        self.models = models
        self.search = search
        self.average = average
        self.interval = interval
        self.n_bootstrap = n_bootstrap
        self.bootstrap_selection = bootstrap_selection
        self.nonexistent = nonexistent
        self.large_bias = large_bias
        self.seed = seed

    # -- the public entry point -------------------------------------------------------------
    def fit(self, histories: Histories, *, progress: Progress | None = None) -> EstimateResult:
        self._validate_params()
        h = check_histories(histories, min_lists=2, max_lists=MAX_LISTS)
        k = h.n_lists
        order = min(self.max_order, k - 1)
        y = h.to_dense()[1:].astype(float)
        cells = h.all_patterns()
        terms = all_terms(k, order)
        X = design(cells, terms)
        candidates = self._candidates(k, order)
        fitted = self._fit_models(y, X, terms, candidates, h.n_observed, k, progress)
        fitted = self._verify(y, X, terms, fitted)
        ranked = self._rank(fitted)
        relaxed = False
        if not ranked and self.large_bias == "drop":
            ranked = self._rank(fitted, allow_bias=True)
            relaxed = bool(ranked)
        if not ranked:
            raise EstimationError(
                "no candidate model has a maximum-likelihood estimate (zero cells make every "
                "model's MLE non-existent); try fewer lists, merged lists, or nonexistent='keep'"
            )
        best = ranked[0]
        weights = self._weights(ranked)
        notes = self._notes(fitted, ranked, best)
        if relaxed:
            notes.append(
                Caveat(
                    "large_bias",
                    "Every candidate model has a large asymptotic bias (over 10% of its estimate, "
                    "Rcapture's warning): the table is too small or too sparse for these models; "
                    "the estimate is unreliable.",
                )
            )
        elif best.large_bias:
            notes.append(
                Caveat(
                    "large_bias",
                    f"The selected model {best.name} has a large asymptotic bias (over 10% of "
                    "its estimate): the estimate is unreliable.",
                )
            )
        col_index = {t: i + 1 for i, t in enumerate(terms)}
        best_cols = [0] + sorted(col_index[t] for t in best.terms)
        Xb = X[:, best_cols]
        fit = fit_poisson(y, Xb)
        n = h.n_observed
        params = self.get_params()
        params["max_order"] = order
        infos = [m.info(self.criterion, w) for m, w in zip(ranked, weights, strict=True)]
        kept = {id(m) for m in ranked}
        dropped = [m for m in fitted if id(m) not in kept]
        infos += [m.info(self.criterion, None) for m in sorted(dropped, key=self._key)]
        if self.average:
            return self._averaged(h, ranked, weights, best, infos, notes, params)
        draws = None
        interval_fn = None
        if self.interval == "profile":
            n_mult, low, high = profile_interval(y, Xb, n=n, n_hat=best.estimate, beta=fit.beta)

            def interval_fn(alpha: float, _y=y, _X=Xb, _b=fit.beta) -> tuple[float, float]:
                _, lo, hi = profile_interval(_y, _X, n=n, n_hat=best.estimate, beta=_b, alpha=alpha)
                return lo, hi

            how = "multinomial profile likelihood"
            diagnostics = {"profile_max": n_mult}
        else:
            draws = self._bootstrap(y, X, terms, candidates, best_cols, fit, n, k, progress)
            low, high = np.quantile(draws, [0.025, 0.975])
            how = "parametric bootstrap percentile"
            diagnostics = {}
        if not math.isfinite(high):
            notes.append(
                Caveat(
                    "open_interval",
                    "The profile likelihood does not fall enough on the high side: the upper end "
                    "of the interval is unbounded. The data cannot rule out very large totals.",
                )
            )
        return EstimateResult(
            method="loglinear",
            estimate=best.estimate,
            observed=n,
            ci=(low, high),
            interval_method=how,
            stderr=best.stderr,
            draws=draws,
            draws_kind="bootstrap" if draws is not None else None,
            models=infos,
            model=best.name,
            diagnostics={**diagnostics, "converged": best.converged},
            params=params,
            histories=h,
            notes=notes,
            point="MLE",
            interval_fn=interval_fn,
        )

    # -- pieces ----------------------------------------------------------------------------
    def _candidates(self, k: int, order: int) -> list[frozenset[Term]] | None:
        if self.models is not None:
            parsed = [parse_model(m, k) for m in self.models]
            too_high = [
                m for m, t in zip(self.models, parsed, strict=True) if max(map(len, t)) > order
            ]
            if too_high and order < k - 1:
                raise EstimationError(
                    f"models {too_high} have terms above max_order={order}; raise max_order"
                )
            return parsed
        mode = self.search
        if mode == "stepwise":
            return None
        limit = EXHAUSTIVE_LIMIT if mode == "auto" else None
        try:
            return hierarchical_models(k, order, limit=limit)
        except EstimationError:
            if mode == "auto":
                return None
            raise

    def _fit_models(
        self,
        y: np.ndarray,
        X: np.ndarray,
        terms: Sequence[Term],
        candidates: list[frozenset[Term]] | None,
        n: int,
        k: int,
        progress: Progress | None,
    ) -> list[LogLinearModel]:
        if candidates is None:
            return self._stepwise(y, X, terms, n, k, progress)
        return fit_many(y, X, terms, candidates, n, k, progress=progress)

    def _key(self, m: LogLinearModel) -> tuple[float, str]:
        crit = m.aic if self.criterion == "aic" else m.bic
        return (crit if math.isfinite(crit) else math.inf, m.name)

    def _usable(self, m: LogLinearModel, allow_bias: bool = False) -> bool:
        if not math.isfinite(m.estimate) or not math.isfinite(m.stderr):
            return False
        if self.large_bias == "drop" and m.large_bias and not allow_bias:
            return False
        return self.nonexistent == "keep" or m.mle_exists

    def _rank(self, fitted: list[LogLinearModel], allow_bias: bool = False) -> list[LogLinearModel]:
        usable = (m for m in fitted if self._usable(m, allow_bias))
        return sorted(usable, key=self._key)

    def _verify(
        self, y: np.ndarray, X: np.ndarray, terms: Sequence[Term], fitted: list[LogLinearModel]
    ) -> list[LogLinearModel]:
        """Confirm by linear programming the existence of the MLE of the suspect models near the
        top (within VERIFY_WINDOW of the best usable model's criterion)."""
        fitted = list(fitted)
        order = sorted(range(len(fitted)), key=lambda i: self._key(fitted[i]))
        best: float | None = None
        checks = 0
        for i in order:
            crit = self._key(fitted[i])[0]
            if best is not None and crit > best + VERIFY_WINDOW:
                break
            if not fitted[i].mle_exists and checks < MAX_VERIFY:
                fitted[i] = verify_existence(y, X, terms, fitted[i])
                checks += 1
            if best is None and self._usable(fitted[i]):
                best = crit
        return fitted

    def _weights(self, ranked: list[LogLinearModel]) -> list[float]:
        crit = np.array([self._key(m)[0] for m in ranked])
        w = np.exp(-(crit - crit.min()) / 2)
        return list(w / w.sum())

    def _notes(
        self, fitted: list[LogLinearModel], ranked: list[LogLinearModel], best: LogLinearModel
    ) -> list[Caveat]:
        notes = []
        missing = sum(1 for m in fitted if not m.mle_exists)
        if missing:
            verb = "were left out" if self.nonexistent == "drop" else "are flagged"
            notes.append(
                Caveat(
                    "mle_nonexistent",
                    f"{missing:,} of {len(fitted):,} models have no maximum-likelihood estimate "
                    f"(zero cells on the boundary of the model) and {verb}.",
                )
            )
        if not best.converged:
            notes.append(
                Caveat(
                    "non_convergence",
                    f"The fit of the selected model {best.name} did not converge.",
                )
            )
        return notes

    def _stepwise(
        self,
        y: np.ndarray,
        X: np.ndarray,
        terms: Sequence[Term],
        n: int,
        k: int,
        progress: Progress | None,
    ) -> list[LogLinearModel]:
        """Greedy search: from independence, add or drop the one term that most improves the
        criterion (keeping the model hierarchical) until nothing improves."""
        current = frozenset((j,) for j in range(k))
        seen: dict[frozenset[Term], LogLinearModel] = {}
        interactions = [t for t in terms if len(t) > 1]
        step = 0
        while True:
            moves = [current]
            for t in interactions:
                if t in current:
                    if not any(set(t) < set(u) for u in current):
                        moves.append(current - {t})
                elif all(s in current for s in combinations(t, len(t) - 1)):
                    moves.append(current | {t})
            new = [m for m in moves if m not in seen]
            for model in fit_many(y, X, terms, new, n, k):
                seen[model.terms] = model
            step += 1
            if progress is not None:
                progress(step, step + 1)
            usable = [seen[m] for m in moves if seen[m].mle_exists or self.nonexistent == "keep"]
            if not usable:
                break
            best = min(usable, key=self._key)
            if best.terms == current:
                break
            current = best.terms
        return list(seen.values())

    def _bootstrap(
        self,
        y: np.ndarray,
        X: np.ndarray,
        terms: Sequence[Term],
        candidates: list[frozenset[Term]] | None,
        best_cols: list[int],
        fit,
        n: int,
        k: int,
        progress: Progress | None,
    ) -> np.ndarray:
        rng = np.random.default_rng(self.seed)
        B = self.n_bootstrap
        ystar = rng.poisson(fit.mu, size=(B, y.shape[0])).astype(float)
        nstar = ystar.sum(axis=1)
        if self.bootstrap_selection and candidates is not None:
            out = np.empty(B)
            for b in range(B):
                models = fit_many(ystar[b], X, terms, candidates, int(nstar[b]), k)
                ranked = self._rank(models)
                out[b] = ranked[0].estimate if ranked else np.nan
                if progress is not None:
                    progress(b + 1, B)
            return out[np.isfinite(out)]
        mask = np.ones((B, len(best_cols)), dtype=bool)
        res = fit_poisson_batch(ystar, X[:, best_cols], mask)
        est = nstar + np.exp(res.beta[:, 0])
        if progress is not None:
            progress(B, B)
        return est[np.isfinite(est)]

    def _averaged(
        self,
        h: Histories,
        ranked: list[LogLinearModel],
        weights: list[float],
        best: LogLinearModel,
        infos: list[ModelInfo],
        notes: list[Caveat],
        params: dict,
    ) -> EstimateResult:
        w = np.array(weights)
        est = np.array([m.estimate for m in ranked])
        se = np.array([m.stderr for m in ranked])
        n_avg = float(w @ est)
        se_avg = float(w @ np.sqrt(se**2 + (est - n_avg) ** 2))
        n = h.n_observed
        low, high = lognormal_interval(n, n_avg, se_avg)
        return EstimateResult(
            method="loglinear",
            estimate=n_avg,
            observed=n,
            ci=(low, high),
            interval_method="log-normal on the dark figure, unconditional s.e. (model-averaged)",
            stderr=se_avg,
            models=infos,
            model=best.name,
            params=params,
            histories=h,
            notes=notes,
            point="model average",
            interval_fn=lambda a: lognormal_interval(n, n_avg, se_avg, alpha=a),
        )


def lognormal_interval(
    n: float, n_hat: float, se: float, *, alpha: float = 0.05
) -> tuple[float, float]:
    """Chao's (1987) interval: log-normal on the dark figure f0 = N̂ − n, so the lower end >= n."""
    f0 = n_hat - n
    if not (math.isfinite(f0) and math.isfinite(se)):
        return float(n), math.inf
    if f0 <= 0 or se <= 0:
        return float(n_hat), float(n_hat)
    z = norm.ppf(1 - alpha / 2)
    c = math.exp(z * math.sqrt(math.log(1 + se**2 / f0**2)))
    return n + f0 / c, n + f0 * c


def fit_many(
    y: np.ndarray,
    X: np.ndarray,
    terms: Sequence[Term],
    models: Sequence[frozenset[Term]],
    n: int,
    k: int,
    *,
    progress: Progress | None = None,
    chunk: int = 8192,
) -> list[LogLinearModel]:
    """Fit many hierarchical models on one table (batched IRLS) and summarise each."""
    if not models:
        return []
    col = {t: i + 1 for i, t in enumerate(terms)}
    masks = np.zeros((len(models), X.shape[1]), dtype=bool)
    masks[:, 0] = True
    for i, m in enumerate(models):
        masks[i, [col[t] for t in m]] = True
    out: list[LogLinearModel] = []
    logn = math.log(n) if n > 0 else 0.0
    names = _names_from_masks(masks, terms, k)
    for start in range(0, len(models), chunk):
        sl = slice(start, min(len(models), start + chunk))
        res = fit_poisson_batch(y, X, masks[sl])
        b0 = res.beta[:, 0]
        with np.errstate(over="ignore", invalid="ignore"):
            est = n + np.exp(b0)
            se = np.sqrt(np.exp(b0) + np.exp(2 * b0) * res.var_intercept)
        p = res.rank
        aic = -2 * res.loglik + 2 * p
        bic = -2 * res.loglik + p * logn
        for j, model in enumerate(models[sl]):
            out.append(
                LogLinearModel(
                    name=names[start + j],
                    terms=model,
                    estimate=float(est[j]),
                    stderr=float(se[j]),
                    deviance=float(res.deviance[j]),
                    df=int(X.shape[0] - p[j]),
                    aic=float(aic[j]),
                    bic=float(bic[j]),
                    bias=float(res.bias[j]),
                    converged=bool(res.converged[j]),
                    mle_exists=not bool(res.boundary[j]),
                )
            )
        if progress is not None:
            progress(sl.stop, len(models))
    return out


def _names_from_masks(masks: np.ndarray, terms: Sequence[Term], k: int) -> list[str]:
    """Generating-class names of hierarchical models given as column masks (vectorised).

    A present term is in the generating class unless a present term one order higher contains it.
    """
    P = len(terms) + 1
    index = {t: i + 1 for i, t in enumerate(terms)}
    contains = np.zeros((P, P), dtype=np.int64)  # contains[s, t]: s = t plus one list
    for t, i in index.items():
        for s, j in index.items():
            if len(s) == len(t) + 1 and set(t) <= set(s):
                contains[j, i] = 1
    present = masks.astype(np.int64)
    maximal = (present @ contains == 0) & masks
    maximal[:, 0] = False
    sep = "" if k <= 9 else "."
    labels = [""] + [sep.join(str(j + 1) for j in t) for t in terms]
    order = sorted(range(1, P), key=lambda i: (-len(terms[i - 1]), terms[i - 1]))
    ordered = maximal[:, order]
    lab = np.array([labels[i] for i in order], dtype=object)
    return ["[" + ",".join(lab[row]) + "]" for row in ordered]


def verify_existence(
    y: np.ndarray, X: np.ndarray, terms: Sequence[Term], model: LogLinearModel
) -> LogLinearModel:
    """The model with ``mle_exists`` decided by linear programming."""
    if model.verified:
        return model
    if model.mle_exists and not np.any(y == 0):
        return replace(model, verified=True)
    col = {t: i + 1 for i, t in enumerate(terms)}
    cols = [0] + sorted(col[t] for t in model.terms)
    return replace(model, mle_exists=mle_exists(y, X[:, cols]), verified=True)
