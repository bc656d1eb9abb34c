"""Results and the estimator contract shared by every estimator in :mod:`recuento.estimate`.

* :class:`Estimator` — scikit-learn style base: keyword-only parameters stored by ``__init__``,
  validated at :meth:`Estimator.fit` from the declarative ``_parameter_constraints``;
  ``fit(histories, *, progress=None)`` returns an :class:`EstimateResult`. ``progress``, when
  given, is called as ``progress(done, total)`` during long work (samplers, model searches,
  bootstraps) so a front end can draw a bar; estimators never print.
* :class:`EstimateResult` — statsmodels style, immutable: ``estimate``, ``conf_int(alpha)``,
  ``ci_low``/``ci_high``, ``observed``, ``draws`` (posterior draws or bootstrap replicates),
  ``models`` (:class:`ModelInfo` with criteria and weights), ``diagnostics`` (R-hat, ESS, …),
  ``caveats`` (numbered in ``summary()``) and ``to_dict()`` (JSON-safe).
* :func:`split_rhat` and :func:`effective_sample_size` — convergence diagnostics for draws given as
  a (chains × draws) array; a result built with 2-D ``draws`` fills ``diagnostics`` with them.

Building a result (what an estimator does)::

    EstimateResult(method="lcmcr", estimate=float(draws.mean()), observed=h.n_observed,
                   draws=draws_by_chain, draws_kind="posterior", histories=h,
                   params=self.get_params(), point="posterior mean")

For draws without a stored interval, ``conf_int(alpha)`` is the alpha/2 and 1 − alpha/2 quantiles.
"""

from __future__ import annotations

import html
import inspect
import math
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, ClassVar, Literal

import numpy as np

from recuento.errors import EstimationError

__all__ = [
    "Caveat",
    "check_histories",
    "EstimateResult",
    "Estimator",
    "Interval",
    "ModelInfo",
    "Options",
    "Summary",
    "effective_sample_size",
    "split_rhat",
]

Progress = Callable[[int, int], None]


# --------------------------------------------------------------------------------------------
# small value objects
# --------------------------------------------------------------------------------------------
@dataclass(frozen=True, slots=True)
class Caveat:
    """One warning about an estimate: ``code`` is stable (tests, JSON), ``message`` for people."""

    code: str
    message: str
    severity: Literal["warning", "note"] = "warning"

    def to_dict(self) -> dict[str, str]:
        return {"code": self.code, "message": self.message, "severity": self.severity}


@dataclass(frozen=True, slots=True)
class ModelInfo:
    """One model considered by an estimator.

    ``name`` is e.g. Rcapture's generating class ``[12,13,4]``, ``Mth Chao (LB)`` or a graph.
    ``criterion`` is the value used to rank (AIC, BIC, …; lower is better) and ``weight`` the
    model's weight in averaging (Akaike/BIC weight or posterior probability). ``mle_exists`` is
    False when the maximum-likelihood estimate does not exist (a parameter runs to ±∞, e.g. zero
    cells).
    """

    name: str
    estimate: float
    stderr: float | None = None
    deviance: float | None = None
    df: int | None = None
    aic: float | None = None
    bic: float | None = None
    criterion: float | None = None
    weight: float | None = None
    converged: bool = True
    mle_exists: bool = True
    note: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {
            "name": self.name,
            "estimate": _json_float(self.estimate),
            "stderr": _json_float(self.stderr),
            "deviance": _json_float(self.deviance),
            "df": self.df,
            "aic": _json_float(self.aic),
            "bic": _json_float(self.bic),
            "criterion": _json_float(self.criterion),
            "weight": _json_float(self.weight),
            "converged": self.converged,
            "mle_exists": self.mle_exists,
            "note": self.note,
        }


def _json_float(value: float | None) -> float | None:
    """A float JSON can hold: NaN and ±inf become None."""
    if value is None:
        return None
    value = float(value)
    return value if math.isfinite(value) else None


def _json_value(value: Any) -> Any:
    if value is None or isinstance(value, bool | str):
        return value
    if isinstance(value, int | np.integer):
        return int(value)
    if isinstance(value, float | np.floating):
        return _json_float(float(value))
    if isinstance(value, Mapping):
        return {str(k): _json_value(v) for k, v in value.items()}
    if isinstance(value, np.ndarray):
        return [_json_value(v) for v in value.tolist()]
    if isinstance(value, list | tuple):
        return [_json_value(v) for v in value]
    return str(value)


# --------------------------------------------------------------------------------------------
# convergence diagnostics
# --------------------------------------------------------------------------------------------
def split_rhat(chains: Any) -> float:
    """Split-R-hat (Gelman et al., BDA3 §11.4) of draws shaped (chains, draws).

    Each chain is cut in two halves; values near 1 mean the chains agree. Needs >= 4 draws per
    chain; returns NaN when the draws do not vary at all.
    """
    x = np.asarray(chains, dtype=float)
    if x.ndim == 1:
        x = x[None, :]
    n = x.shape[1] // 2
    if n < 2:
        return float("nan")
    halves = np.concatenate([x[:, :n], x[:, x.shape[1] - n :]], axis=0)
    means = halves.mean(axis=1)
    within = halves.var(axis=1, ddof=1).mean()
    between = n * means.var(ddof=1)
    if within <= 0:
        return float("nan") if between <= 0 else float("inf")
    var_plus = (n - 1) / n * within + between / n
    return float(math.sqrt(var_plus / within))


def effective_sample_size(chains: Any) -> float:
    """Effective sample size of draws shaped (chains, draws) (BDA3 §11.5, Geyer's initial sequence).

    Autocorrelations are estimated with FFT and combined across chains; the sum is truncated at the
    first negative pair of consecutive autocorrelations.
    """
    x = np.asarray(chains, dtype=float)
    if x.ndim == 1:
        x = x[None, :]
    m, n = x.shape
    if n < 4:
        return float("nan")
    centred = x - x.mean(axis=1, keepdims=True)
    size = 1 << (2 * n - 1).bit_length()
    spectrum = np.fft.rfft(centred, n=size, axis=1)
    acov = np.fft.irfft(spectrum * np.conj(spectrum), n=size, axis=1)[:, :n] / n
    chain_var = acov[:, 0] * n / (n - 1)
    within = chain_var.mean()
    if within <= 0:
        return float("nan")
    var_plus = within * (n - 1) / n
    if m > 1:
        var_plus += x.mean(axis=1).var(ddof=1)
    rho = 1.0 - (within - acov.mean(axis=0)) / var_plus
    rho[0] = 1.0
    total = 0.0
    t = 0
    while t + 1 < n:
        pair = rho[t] + rho[t + 1]
        if pair < 0:
            break
        total += pair
        t += 2
    tau = -1.0 + 2.0 * total
    return float(m * n / max(tau, 1.0 / math.log10(max(m * n, 10))))


# --------------------------------------------------------------------------------------------
# the result
# --------------------------------------------------------------------------------------------
class EstimateResult:
    """The outcome of fitting one estimator to one table (immutable).

    Parameters (keyword-only)
    -------------------------
    method : str
        Short name of the estimator ("chapman", "loglinear", "lcmcr", "dga", "Mth Chao (LB)", …).
    estimate : float
        Point estimate of the total N (MLE, or posterior mean / median as ``point`` says).
    observed : int
        n, the number of distinct individuals on at least one list.
    ci : (float, float), optional
        The interval at ``level``. When omitted and ``draws`` are given, quantiles of the draws.
    level : float
        Coverage of ``ci`` (default 0.95).
    interval_method : str, optional
        How ``ci`` was obtained ("profile likelihood", "posterior quantiles", …).
    stderr : float, optional
        Standard error of ``estimate``.
    draws : array, optional
        Posterior draws or bootstrap replicates of N; 1-D, or 2-D (chains × draws).
    draws_kind : {"posterior", "bootstrap"}, optional
    models : sequence of ModelInfo
        Models considered (best first, if the estimator ranks them).
    model : str, optional
        Name of the selected model (e.g. ``[12,13,4]``).
    diagnostics : mapping, optional
        Sampler/optimiser diagnostics (``rhat``, ``ess``, ``converged``, …). With 2-D draws, missing
        ``rhat`` and ``ess`` are computed.
    params : mapping, optional
        The estimator's parameters.
    histories : Histories, optional
        The table fitted; the caveat checks read it.
    notes : sequence of Caveat
        Caveats the estimator itself found (e.g. a non-existent MLE); the generic checks are added.
    strata : mapping label → EstimateResult, optional
        Per-stratum results of a stratified fit.
    point : str
        What ``estimate`` is: "MLE", "posterior mean", ….
    interval_fn : callable alpha → (low, high), optional
        Recomputes the interval at another level (e.g. profile likelihood).
    """

    __slots__ = (
        "_method",
        "_estimate",
        "_observed",
        "_ci",
        "_level",
        "_interval_method",
        "_stderr",
        "_draws",
        "_draws_by_chain",
        "_draws_kind",
        "_models",
        "_model",
        "_diagnostics",
        "_params",
        "_histories",
        "_notes",
        "_strata",
        "_point",
        "_interval_fn",
        "_caveats",
    )

    def __init__(
        self,
        *,
        method: str,
        estimate: float,
        observed: int,
        ci: tuple[float, float] | None = None,
        level: float = 0.95,
        interval_method: str | None = None,
        stderr: float | None = None,
        draws: Any = None,
        draws_kind: Literal["posterior", "bootstrap"] | None = None,
        models: Iterable[ModelInfo] = (),
        model: str | None = None,
        diagnostics: Mapping[str, Any] | None = None,
        params: Mapping[str, Any] | None = None,
        histories: Any = None,
        notes: Iterable[Caveat] = (),
        strata: Mapping[str, EstimateResult] | None = None,
        point: str = "MLE",
        interval_fn: Callable[[float], tuple[float, float]] | None = None,
    ) -> None:
        if not 0 < level < 1:
            raise EstimationError(f"level must be in (0, 1); got {level}")
        self._method = str(method)
        self._estimate = float(estimate)
        self._observed = int(observed)
        self._level = float(level)
        self._stderr = None if stderr is None else float(stderr)
        self._draws_by_chain: np.ndarray | None = None
        self._draws: np.ndarray | None = None
        diag = dict(diagnostics or {})
        if draws is not None:
            arr = np.array(draws, dtype=float)
            if arr.ndim == 2:
                arr.setflags(write=False)
                self._draws_by_chain = arr
                if arr.shape[0] >= 2:
                    diag.setdefault("rhat", split_rhat(arr))
                diag.setdefault("ess", effective_sample_size(arr))
                diag.setdefault("chains", int(arr.shape[0]))
                arr = arr.reshape(-1)
            elif arr.ndim != 1:
                raise EstimationError("draws must be 1-D or 2-D (chains × draws)")
            arr = arr.copy()
            arr.setflags(write=False)
            self._draws = arr
        if draws_kind is not None and draws_kind not in ("posterior", "bootstrap"):
            raise EstimationError(
                f"draws_kind must be 'posterior' or 'bootstrap'; got {draws_kind}"
            )
        self._draws_kind = draws_kind if draws is not None else None
        if ci is None and self._draws is not None and self._draws.size:
            a = 1 - self._level
            low, high = np.quantile(self._draws, [a / 2, 1 - a / 2])
            ci = (float(low), float(high))
            if interval_method is None:
                interval_method = (
                    "posterior quantiles" if draws_kind != "bootstrap" else "bootstrap percentile"
                )
        self._ci = None if ci is None else (float(ci[0]), float(ci[1]))
        self._interval_method = interval_method
        self._models = tuple(models)
        self._model = model
        self._diagnostics = diag
        self._params = dict(params or {})
        self._histories = histories
        self._notes = tuple(notes)
        self._strata = None if strata is None else dict(strata)
        self._point = point
        self._interval_fn = interval_fn
        self._caveats: tuple[Caveat, ...] | None = None

    # -- read-only attributes --------------------------------------------------------------
    @property
    def method(self) -> str:
        return self._method

    @property
    def estimate(self) -> float:
        return self._estimate

    @property
    def observed(self) -> int:
        return self._observed

    @property
    def dark_figure(self) -> float:
        """Estimated number of individuals on no list (estimate − observed)."""
        return self._estimate - self._observed

    @property
    def level(self) -> float:
        return self._level

    @property
    def interval_method(self) -> str | None:
        return self._interval_method

    @property
    def stderr(self) -> float | None:
        return self._stderr

    @property
    def draws(self) -> np.ndarray | None:
        """All draws (chains concatenated) or bootstrap replicates, read-only; None if none."""
        return self._draws

    @property
    def draws_by_chain(self) -> np.ndarray | None:
        """Draws as (chains × draws) when the estimator gave chains; else None."""
        return self._draws_by_chain

    @property
    def draws_kind(self) -> str | None:
        return self._draws_kind

    @property
    def models(self) -> tuple[ModelInfo, ...]:
        return self._models

    @property
    def model(self) -> str | None:
        """Name of the selected model, if the method selects one."""
        return self._model

    @property
    def diagnostics(self) -> dict[str, Any]:
        return dict(self._diagnostics)

    @property
    def params(self) -> dict[str, Any]:
        return dict(self._params)

    @property
    def histories(self) -> Any:
        return self._histories

    @property
    def strata(self) -> dict[str, EstimateResult] | None:
        return None if self._strata is None else dict(self._strata)

    @property
    def point(self) -> str:
        return self._point

    # -- intervals --------------------------------------------------------------------------
    def conf_int(self, alpha: float = 0.05) -> tuple[float, float]:
        """The (1 − alpha) interval for N.

        The stored interval when its level matches; otherwise the estimator's own recomputation
        (profile likelihood, an exact posterior), or quantiles of the draws. Raises
        EstimationError if none.
        """
        if not 0 < alpha < 1:
            raise EstimationError(f"alpha must be in (0, 1); got {alpha}")
        if self._ci is not None and abs((1 - alpha) - self._level) < 1e-9:
            return self._ci
        # the estimator's own recomputation first: where it exists it is exact (DGA's grid
        # posterior), while draws are a sample of it
        if self._interval_fn is not None:
            low, high = self._interval_fn(alpha)
            return float(low), float(high)
        if self._draws is not None and self._draws.size:
            low, high = np.quantile(self._draws, [alpha / 2, 1 - alpha / 2])
            return float(low), float(high)
        if self._ci is None:
            raise EstimationError(f"{self._method} gives no interval")
        raise EstimationError(
            f"{self._method} stores only a {self._level:.0%} interval; cannot give {1 - alpha:.0%}"
        )

    @property
    def ci_low(self) -> float:
        return self._ci[0] if self._ci is not None else float("nan")

    @property
    def ci_high(self) -> float:
        return self._ci[1] if self._ci is not None else float("nan")

    # -- caveats and summary ---------------------------------------------------------------
    @property
    def caveats(self) -> tuple[Caveat, ...]:
        """The estimator's own notes followed by every generic check that fires (no duplicates)."""
        if self._caveats is None:
            from recuento.estimate.caveats import run_checks

            found = list(self._notes)
            codes = {c.code for c in found}
            for c in run_checks(self):
                if c.code not in codes:
                    found.append(c)
                    codes.add(c.code)
            self._caveats = tuple(found)
        return self._caveats

    def summary(self, *, max_models: int = 10) -> Summary:
        """A printable summary with numbered caveats (``as_text``, ``as_html``, ``to_dict``)."""
        rows: list[tuple[str, str]] = [
            ("Method", self._method),
            ("Observed (n)", f"{self._observed:,}"),
            (f"Estimate N ({self._point})", _fmt(self._estimate)),
        ]
        if self._stderr is not None:
            rows.append(("Std. error", _fmt(self._stderr)))
        if self._ci is not None:
            rows.append(
                (f"{self._level:.0%} interval", f"{_fmt(self._ci[0])} – {_fmt(self._ci[1])}")
            )
            if self._interval_method:
                rows.append(("Interval method", self._interval_method))
        rows.append(("Dark figure (N − n)", _fmt(self.dark_figure)))
        if self._model is not None:
            rows.append(("Selected model", self._model))
        if self._models:
            rows.append(("Models considered", f"{len(self._models):,}"))
        for key in ("rhat", "ess", "chains"):
            if key in self._diagnostics:
                rows.append(
                    (key.upper() if key != "chains" else "Chains", _fmt(self._diagnostics[key]))
                )
        strata_rows = []
        if self._strata:
            for label, r in self._strata.items():
                strata_rows.append(
                    (label, r.observed, r.estimate, r.ci_low, r.ci_high, r.model or "")
                )
        return Summary(
            title=f"Population size estimate ({self._method})",
            rows=rows,
            models=self._models[:max_models],
            n_models=len(self._models),
            strata=strata_rows,
            caveats=self.caveats,
            data=self.to_dict(max_models=max_models),
        )

    def to_dict(self, *, max_models: int = 20) -> dict[str, Any]:
        """JSON-safe dict: method, estimate, ci_low, ci_high, observed, model, caveats, …"""
        out: dict[str, Any] = {
            "method": self._method,
            "estimate": _json_float(self._estimate),
            "ci_low": _json_float(self.ci_low),
            "ci_high": _json_float(self.ci_high),
            "level": self._level,
            "interval_method": self._interval_method,
            "observed": self._observed,
            "dark_figure": _json_float(self.dark_figure),
            "point": self._point,
            "stderr": _json_float(self._stderr),
            "model": self._model,
            "n_models": len(self._models),
            "models": [m.to_dict() for m in self._models[:max_models]],
            "diagnostics": _json_value(self._diagnostics),
            "params": _json_value(self._params),
            "caveats": [{"number": i, **c.to_dict()} for i, c in enumerate(self.caveats, 1)],
        }
        if self._histories is not None and hasattr(self._histories, "list_names"):
            out["lists"] = list(self._histories.list_names)
        if self._draws is not None:
            out["draws"] = {
                "kind": self._draws_kind,
                "n": int(self._draws.size),
                "mean": _json_float(float(self._draws.mean())) if self._draws.size else None,
                "median": _json_float(float(np.median(self._draws))) if self._draws.size else None,
            }
        if self._strata is not None:
            out["strata"] = {k: r.to_dict(max_models=max_models) for k, r in self._strata.items()}
        return out

    def __repr__(self) -> str:
        return (
            f"EstimateResult(method={self._method!r}, estimate={self._estimate:.6g}, "
            f"ci=({self.ci_low:.6g}, {self.ci_high:.6g}), observed={self._observed})"
        )


def _fmt(value: Any) -> str:
    if isinstance(value, bool):
        return str(value)
    if isinstance(value, int | np.integer):
        return f"{int(value):,}"
    if isinstance(value, float | np.floating):
        v = float(value)
        if not math.isfinite(v):
            return "inf" if v > 0 else ("-inf" if v < 0 else "nan")
        if abs(v) >= 100:
            return f"{v:,.0f}"
        return f"{v:.4g}"
    return str(value)


# --------------------------------------------------------------------------------------------
# the printable summary
# --------------------------------------------------------------------------------------------
@dataclass(frozen=True)
class Summary:
    """What :meth:`EstimateResult.summary` returns."""

    title: str
    rows: Sequence[tuple[str, str]]
    models: Sequence[ModelInfo] = ()
    n_models: int = 0
    strata: Sequence[tuple[str, int, float, float, float, str]] = ()
    caveats: Sequence[Caveat] = ()
    data: Mapping[str, Any] = field(default_factory=dict)

    def as_text(self) -> str:
        width = max((len(k) for k, _ in self.rows), default=10)
        lines = [self.title, "=" * max(len(self.title), 40)]
        lines += [f"{k:<{width}}  {v}" for k, v in self.rows]
        if self.models:
            lines += ["", self._models_heading(), "-" * 72]
            for m in self.models:
                lines.append(self._model_line(m))
            if self.n_models > len(self.models):
                lines.append(f"… {self.n_models - len(self.models):,} more")
        if self.strata:
            lines += ["", "Strata", "-" * 72]
            lines.append(f"{'stratum':<20} {'observed':>10} {'estimate':>12} {'interval':>25}")
            for label, obs, est, low, high, model in self.strata:
                interval = f"{_fmt(low)} – {_fmt(high)}"
                lines.append(
                    f"{label[:20]:<20} {obs:>10,} {_fmt(est):>12} {interval:>25} {model}".rstrip()
                )
        if self.caveats:
            lines += ["", "Caveats:"]
            for i, c in enumerate(self.caveats, 1):
                lines.append(f"[{i}] {c.message}")
        return "\n".join(lines)

    @staticmethod
    def _models_heading() -> str:
        return f"{'model':<28} {'estimate':>12} {'s.e.':>10} {'criterion':>11} {'weight':>8}"

    @staticmethod
    def _model_line(m: ModelInfo) -> str:
        se = _fmt(m.stderr) if m.stderr is not None else ""
        crit = (
            f"{m.criterion:.3f}" if m.criterion is not None and math.isfinite(m.criterion) else ""
        )
        weight = f"{m.weight:.3f}" if m.weight is not None else ""
        flag = "" if m.mle_exists and m.converged else "  (no MLE)" if not m.mle_exists else "  (!)"
        return f"{m.name[:28]:<28} {_fmt(m.estimate):>12} {se:>10} {crit:>11} {weight:>8}{flag}"

    def as_html(self) -> str:
        esc = html.escape
        parts = [f"<h4>{esc(self.title)}</h4>", "<table>"]
        parts += [f"<tr><th>{esc(k)}</th><td>{esc(v)}</td></tr>" for k, v in self.rows]
        parts.append("</table>")
        if self.models:
            parts.append("<table><tr><th>model</th><th>estimate</th><th>weight</th></tr>")
            for m in self.models:
                w = "" if m.weight is None else f"{m.weight:.3f}"
                parts.append(
                    f"<tr><td>{esc(m.name)}</td><td>{esc(_fmt(m.estimate))}</td><td>{w}</td></tr>"
                )
            parts.append("</table>")
        if self.caveats:
            parts.append("<p>Caveats:</p><ol>")
            parts += [f"<li>{esc(c.message)}</li>" for c in self.caveats]
            parts.append("</ol>")
        return "\n".join(parts)

    def _repr_html_(self) -> str:
        return self.as_html()

    def to_dict(self) -> dict[str, Any]:
        return dict(self.data)

    def __str__(self) -> str:
        return self.as_text()


# --------------------------------------------------------------------------------------------
# the estimator contract
# --------------------------------------------------------------------------------------------
@dataclass(frozen=True, slots=True)
class Options:
    """Constraint: the value is one of these."""

    values: frozenset[Any]

    def __init__(self, values: Iterable[Any]) -> None:
        object.__setattr__(self, "values", frozenset(values))

    def check(self, value: Any) -> bool:
        return isinstance(value, str | int | float | type(None)) and value in self.values

    def describe(self) -> str:
        return "one of " + ", ".join(repr(v) for v in sorted(self.values, key=str))


@dataclass(frozen=True, slots=True)
class Interval:
    """Constraint: a number of ``kind`` (int or float) between ``low`` and ``high``."""

    kind: type
    low: float | None = None
    high: float | None = None
    closed: Literal["both", "left", "right", "neither"] = "both"

    def check(self, value: Any) -> bool:
        if isinstance(value, bool):
            return False
        if self.kind is int and not isinstance(value, int | np.integer):
            return False
        if self.kind is float and not isinstance(value, int | float | np.integer | np.floating):
            return False
        if self.kind is float and not math.isfinite(float(value)):
            return False
        if self.low is not None:
            if value < self.low or (value == self.low and self.closed in ("right", "neither")):
                return False
        if self.high is not None:
            if value > self.high or (value == self.high and self.closed in ("left", "neither")):
                return False
        return True

    def describe(self) -> str:
        kind = "an integer" if self.kind is int else "a number"
        lo = "" if self.low is None else ("> " if self.closed in ("right", "neither") else ">= ")
        hi = "" if self.high is None else ("< " if self.closed in ("left", "neither") else "<= ")
        bits = []
        if self.low is not None:
            bits.append(f"{lo}{self.low:g}")
        if self.high is not None:
            bits.append(f"{hi}{self.high:g}")
        return kind + (" " + " and ".join(bits) if bits else "")


Constraint = Options | Interval | type | None | Literal["callable"]


def _check_one(value: Any, constraint: Constraint) -> bool:
    if constraint is None:
        return value is None
    if constraint == "callable":
        return callable(value)
    if isinstance(constraint, type):
        return isinstance(value, constraint) and not (constraint is int and isinstance(value, bool))
    return constraint.check(value)


def _describe(constraint: Constraint) -> str:
    if constraint is None:
        return "None"
    if constraint == "callable":
        return "a callable"
    if isinstance(constraint, type):
        return f"a {constraint.__name__}"
    return constraint.describe()


class Estimator:
    """Base of the estimators: keyword-only parameters, validated when :meth:`fit` is called.

    Subclasses list every parameter in ``__init__`` (keyword-only, stored unchanged under the same
    name), declare ``_parameter_constraints = {"name": [constraint, …]}`` (a value passes if it
    meets any one: an :class:`Options`, an :class:`Interval`, a type, ``None``, or
    ``"callable"``), and implement ``fit(histories, *, progress=None) -> EstimateResult``
    starting with ``self._validate_params()``.
    """

    _parameter_constraints: ClassVar[dict[str, list[Constraint]]] = {}

    @classmethod
    def _param_names(cls) -> list[str]:
        sig = inspect.signature(cls.__init__)
        return [
            p.name
            for p in sig.parameters.values()
            if p.name != "self" and p.kind is inspect.Parameter.KEYWORD_ONLY
        ]

    def get_params(self) -> dict[str, Any]:
        """The parameters, as given to ``__init__`` (or ``set_params``)."""
        return {name: getattr(self, name) for name in self._param_names()}

    def set_params(self, **params: Any) -> Estimator:
        names = set(self._param_names())
        for key, value in params.items():
            if key not in names:
                known = ", ".join(sorted(names))
                raise EstimationError(f"{type(self).__name__} has no parameter {key!r} ({known})")
            setattr(self, key, value)
        return self

    def _validate_params(self) -> None:
        """Raise EstimationError naming the first parameter that breaks its constraints."""
        for name, constraints in self._parameter_constraints.items():
            value = getattr(self, name)
            if not any(_check_one(value, c) for c in constraints):
                allowed = " or ".join(_describe(c) for c in constraints)
                raise EstimationError(
                    f"{type(self).__name__}: parameter {name}={value!r} must be {allowed}"
                )

    def fit(self, histories: Any, *, progress: Progress | None = None) -> EstimateResult:
        raise NotImplementedError

    def __repr__(self) -> str:
        sig = inspect.signature(type(self).__init__)
        shown = []
        for name, value in self.get_params().items():
            default = sig.parameters[name].default
            if default is inspect.Parameter.empty or value is not default and value != default:
                shown.append(f"{name}={value!r}")
        return f"{type(self).__name__}({', '.join(shown)})"


def check_histories(histories: Any, *, min_lists: int = 2, max_lists: int | None = None) -> Any:
    """Check that ``histories`` is a :class:`~recuento.estimate.histories.Histories` fit to use."""
    from recuento.estimate.histories import Histories

    if not isinstance(histories, Histories):
        got = type(histories).__name__
        raise EstimationError(f"expected Histories (Histories.from_csv, from_table); got {got}")
    k = histories.n_lists
    if k < min_lists:
        raise EstimationError(f"this estimator needs at least {min_lists} lists; the table has {k}")
    if max_lists is not None and k > max_lists:
        raise EstimationError(
            f"this estimator handles at most {max_lists} lists; the table has {k}"
        )
    if histories.n_observed == 0:
        raise EstimationError("the table is empty: nobody is on any list")
    return histories
