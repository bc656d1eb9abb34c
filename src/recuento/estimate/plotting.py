"""Pictures of an estimate (matplotlib, imported only when a picture is asked for).

:func:`plot_result` draws, for one result:

* with draws (posterior or bootstrap): their histogram, the point estimate and the interval;
* without draws but with ranked models (log-linear search, standard models): each model's
  estimate against its criterion (lower is better), the selected one and its interval;
* otherwise: the estimate with its interval next to the number observed;
* with strata, a second panel: observed and estimated total per stratum, with intervals.

``plot_result(result, "estimate.png")`` writes the file (PNG, SVG or PDF by its suffix) and
returns the figure.
"""

from __future__ import annotations

import math
from pathlib import Path
from typing import Any

import numpy as np

from recuento.errors import EstimationError, MissingExtraError

__all__ = ["plot_result", "save_plot"]

MAX_MODELS_SHOWN = 200


def _pyplot() -> Any:
    try:
        import matplotlib

        matplotlib.use("Agg")
        import matplotlib.pyplot as plt
    except ImportError as exc:  # pragma: no cover - depends on the installation
        raise MissingExtraError("matplotlib", "plot") from exc
    return plt


def _interval(ax: Any, result: Any, y: float) -> None:
    low, high = result.ci_low, result.ci_high
    if math.isfinite(low) and math.isfinite(high):
        ax.axvspan(low, high, color="tab:blue", alpha=0.12, label=f"{result.level:.0%} interval")
    ax.axvline(result.estimate, color="tab:blue", lw=2, label=f"estimate {result.estimate:,.0f}")
    ax.axvline(result.observed, color="0.3", ls="--", lw=1, label=f"observed {result.observed:,}")


def _draws_panel(ax: Any, result: Any) -> None:
    draws = np.asarray(result.draws)
    hi = np.quantile(draws, 0.995)
    ax.hist(draws[draws <= hi], bins=60, color="tab:blue", alpha=0.5)
    _interval(ax, result, 0)
    kind = "posterior" if result.draws_kind == "posterior" else "bootstrap"
    ax.set_xlabel("total N")
    ax.set_ylabel(f"{kind} draws")


def _models_panel(ax: Any, result: Any) -> None:
    models = [m for m in result.models if m.criterion is not None and math.isfinite(m.estimate)]
    models = models[:MAX_MODELS_SHOWN]
    est = np.array([m.estimate for m in models])
    crit = np.array([m.criterion for m in models], dtype=float)
    ax.scatter(est, crit, s=12, color="0.4", label="models")
    chosen = [m for m in models if m.name == result.model]
    if chosen:
        ax.scatter(
            [chosen[0].estimate],
            [chosen[0].criterion],
            s=40,
            color="tab:red",
            label=f"selected {result.model}",
            zorder=3,
        )
    _interval(ax, result, 0)
    ax.set_xlabel("total N")
    ax.set_ylabel("criterion (lower is better)")


def _single_panel(ax: Any, result: Any) -> None:
    ax.errorbar(
        [result.estimate],
        [0],
        xerr=[
            [result.estimate - result.ci_low],
            [max(result.ci_high - result.estimate, 0) if math.isfinite(result.ci_high) else 0],
        ],
        fmt="o",
        color="tab:blue",
        capsize=6,
    )
    _interval(ax, result, 0)
    ax.set_yticks([])
    ax.set_xlabel("total N")


def _strata_panel(ax: Any, result: Any) -> None:
    labels = list(result.strata)
    parts = [result.strata[k] for k in labels]
    x = np.arange(len(labels))
    obs = [r.observed for r in parts]
    est = np.array([r.estimate for r in parts])
    low = np.array([r.ci_low for r in parts])
    high = np.array([r.ci_high if math.isfinite(r.ci_high) else r.estimate for r in parts])
    ax.bar(x - 0.2, obs, width=0.4, color="0.6", label="observed")
    ax.bar(x + 0.2, est, width=0.4, color="tab:blue", alpha=0.7, label="estimated")
    ax.errorbar(x + 0.2, est, yerr=[est - low, high - est], fmt="none", color="k", capsize=4)
    ax.set_xticks(x, labels, rotation=30, ha="right")
    ax.set_ylabel("people")
    ax.set_title("by stratum")
    ax.legend(fontsize=8)


def plot_result(result: Any, path: str | Path | None = None) -> Any:
    """Draw ``result`` (see the module docstring); save to ``path`` if given; return the figure."""
    plt = _pyplot()
    panels = 2 if result.strata else 1
    fig, axes = plt.subplots(1, panels, figsize=(6.5 * panels, 4.2), squeeze=False)
    ax = axes[0, 0]
    if result.draws is not None and np.asarray(result.draws).size:
        _draws_panel(ax, result)
    elif any(m.criterion is not None for m in result.models):
        _models_panel(ax, result)
    else:
        _single_panel(ax, result)
    ax.set_title(f"{result.method}: N ≈ {result.estimate:,.0f}")
    ax.legend(fontsize=8)
    if result.strata:
        _strata_panel(axes[0, 1], result)
    fig.tight_layout()
    if path is not None:
        path = Path(path)
        if path.suffix.lower() not in (".png", ".svg", ".pdf"):
            plt.close(fig)
            raise EstimationError(
                f"cannot write a picture as {path.suffix or 'no suffix'}: use .png, .svg or .pdf"
            )
        fig.savefig(path, dpi=150)
    return fig


def save_plot(result: Any, path: str | Path) -> Path:
    """Draw ``result`` into ``path`` and release the figure (for scripts and the CLI)."""
    plt = _pyplot()
    fig = plot_result(result, path)
    plt.close(fig)
    return Path(path)
