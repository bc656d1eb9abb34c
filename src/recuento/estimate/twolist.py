"""Two-list estimators: Lincoln–Petersen and Chapman.

With lists A and B, n1 on A, n2 on B and m on both, independence of the lists gives

* Lincoln–Petersen: N̂ = n1·n2 / m, variance n1·n2·(n1 − m)(n2 − m) / m³;
* Chapman (1951), nearly unbiased when n1 + n2 >= N: N̂ = (n1 + 1)(n2 + 1)/(m + 1) − 1, variance
  (n1 + 1)(n2 + 1)(n1 − m)(n2 − m) / ((m + 1)²(m + 2)) (Seber 1970).

Intervals are Chao's (1987) log-normal intervals on the dark figure f0 = N̂ − n:
n + f0/C … n + f0·C with C = exp(z·sqrt(log(1 + var/f0²))), so the lower end never falls below the
number observed. Independence of the two lists cannot be checked from the data: with two lists the
estimate rests on it entirely (every result carries that caveat).

Given more than two lists, pass ``lists=("A", "B")`` to choose two (others are dropped, and people
seen only on them vanish from the table).
"""

from __future__ import annotations

import math

from recuento.errors import EstimationError
from recuento.estimate.histories import Histories
from recuento.estimate.loglinear import lognormal_interval
from recuento.estimate.results import (
    Caveat,
    EstimateResult,
    Estimator,
    Interval,
    Progress,
    check_histories,
)

__all__ = ["Chapman", "LincolnPetersen"]


def _two_list_counts(
    h: Histories, lists: tuple[str, str] | None
) -> tuple[Histories, int, int, int]:
    if lists is not None:
        h = h.select_lists(list(lists))
    elif h.n_lists != 2:
        raise EstimationError(
            f"two-list estimators need exactly 2 lists; the table has {h.n_lists}. Pass "
            "lists=(first, second) to pick two, or use LogLinear for more lists"
        )
    n1, n2 = (int(x) for x in h.list_totals())
    m = int(h.overlaps()[0, 1])
    return h, n1, n2, m


class _TwoList(Estimator):
    _parameter_constraints = {
        "lists": [None, tuple, list],
        "level": [Interval(float, 0, 1, closed="neither")],
    }
    method = ""

    def __init__(self, *, lists: tuple[str, str] | None = None, level: float = 0.95) -> None:
        self.lists = lists
        self.level = level

    def _point(self, n1: int, n2: int, m: int) -> tuple[float, float]:
        raise NotImplementedError

    def fit(self, histories: Histories, *, progress: Progress | None = None) -> EstimateResult:
        self._validate_params()
        h = check_histories(histories, min_lists=2)
        lists = None if self.lists is None else tuple(self.lists)
        if lists is not None and len(lists) != 2:
            raise EstimationError(f"lists must name exactly two lists; got {list(lists)}")
        h, n1, n2, m = _two_list_counts(h, lists)  # type: ignore[arg-type]
        n = h.n_observed
        estimate, var = self._point(n1, n2, m)
        se = math.sqrt(var) if math.isfinite(var) else math.inf
        low, high = lognormal_interval(n, estimate, se, alpha=1 - self.level)
        notes = [
            Caveat(
                "two_lists",
                "With two lists, the estimate rests entirely on the lists being independent "
                "(and on every person being equally likely to be listed); that cannot be checked "
                "from the data. Dependence between the lists biases the total: positive "
                "dependence (the usual case) makes it too low.",
            )
        ]
        if m < 7:
            notes.append(
                Caveat(
                    "few_recaptures",
                    f"Only {m} people are on both lists; two-list estimates are unstable and "
                    "biased with fewer than about 7 matches (Robson & Regier 1964).",
                )
            )
        if progress is not None:
            progress(1, 1)
        return EstimateResult(
            method=self.method,
            estimate=estimate,
            observed=n,
            ci=(low, high),
            level=self.level,
            interval_method="log-normal on the dark figure (Chao 1987)",
            stderr=se,
            params=self.get_params(),
            histories=h,
            notes=notes,
            interval_fn=lambda a: lognormal_interval(n, estimate, se, alpha=a),
            diagnostics={"n1": n1, "n2": n2, "m": m},
        )


class LincolnPetersen(_TwoList):
    """Lincoln–Petersen estimator N̂ = n1·n2/m (refuses lists that never overlap)."""

    method = "lincoln-petersen"

    def _point(self, n1: int, n2: int, m: int) -> tuple[float, float]:
        if m == 0:
            raise EstimationError(
                "the two lists have nobody in common: the Lincoln–Petersen estimate is infinite. "
                "Chapman's estimator gives a finite (but very uncertain) figure"
            )
        return n1 * n2 / m, n1 * n2 * (n1 - m) * (n2 - m) / m**3


class Chapman(_TwoList):
    """Chapman's estimator N̂ = (n1 + 1)(n2 + 1)/(m + 1) − 1, with Seber's variance."""

    method = "chapman"

    def _point(self, n1: int, n2: int, m: int) -> tuple[float, float]:
        est = (n1 + 1) * (n2 + 1) / (m + 1) - 1
        var = (n1 + 1) * (n2 + 1) * (n1 - m) * (n2 - m) / ((m + 1) ** 2 * (m + 2))
        return est, var
