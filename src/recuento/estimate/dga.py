"""Bayesian model averaging over decomposable graphical models (Madigan & York 1997).

The estimator behind HRDAG's R package ``dga`` (``bma.cr``), written from the model:

* every decomposable graphical log-linear model ``g`` on the K lists (see
  :mod:`recuento.estimate.graphs`) gets a hyper-Dirichlet prior with ``delta`` prior counts per cell
  of the full 2^K table, so the clique marginals have Dirichlet priors with ``delta · 2^(K-|C|)``
  per cell and the marginal likelihood of the completed table is a ratio of Dirichlet–multinomial
  terms over cliques and separators;
* the unobserved cell ``n0`` is treated as unknown on a grid, with prior p(N) ∝ 1/N by default,
  and every graph equally likely a priori;
* the joint posterior ``p(g, n0 | data)`` is computed **exactly** on the grid (no sampling):
  its column sums are the posterior of N, its row sums the posterior model probabilities.

Speed: the n0-dependent part of a clique's log marginal likelihood is a single ``lgamma`` of the
clique's all-zero marginal cell, so the work is one ``lgamma`` per list subset and grid point and
one small matrix product (graphs × subsets) per block of the grid. The grid is processed in
blocks with running log-sum-exp accumulators, so memory stays flat however wide the grid is.
"""

from __future__ import annotations

import math
import zlib
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np
from scipy.special import digamma, gammaln

from recuento.errors import EstimationError
from recuento.estimate.graphs import DecomposableGraph, decomposable_graphs
from recuento.estimate.histories import Histories
from recuento.estimate.results import (
    Caveat,
    EstimateResult,
    Estimator,
    Interval,
    ModelInfo,
    Options,
    check_histories,
)

__all__ = ["DGA", "BMAPosterior", "bma_posterior"]

try:
    from numba import njit as _numba_njit

    _njit = _numba_njit(cache=True, nogil=True)
    _HAVE_NUMBA = True
except ImportError:  # pragma: no cover - numba is the [fast] extra

    def _njit(fn: Any) -> Any:
        return fn

    _HAVE_NUMBA = False

Progress = Callable[[int, int], None]

_CELLS_PER_BLOCK = 1 << 21  # about this many (graph, n0) cells per block of the grid
_STRIDE = 64  # grid points between the knots where the pruning bounds are computed
_SKIP = 60.0  # skip a graph on an interval when its log weight is provably this far below the best
_FIRST_GRID = 10  # adaptive grid: n0 = 0 … 10·n first, doubled until the tail is negligible,
_TAIL_MASS = 1e-4  # i.e. until the posterior mass of the grid's upper half is below this,
_MAX_GRID = 1 << 23  # or the grid would pass this many points


@dataclass(frozen=True)
class BMAPosterior:
    """The exact posterior of a Madigan–York model average on a grid of n0 values.

    ``n_values`` are the totals N = n + n0 of the grid, ``pmf`` their posterior probabilities,
    ``model_probs`` the posterior probability of each graph in ``graphs``.
    """

    n_observed: int
    n_values: np.ndarray
    pmf: np.ndarray
    graphs: tuple[DecomposableGraph, ...]
    model_probs: np.ndarray
    model_means: np.ndarray

    @property
    def mean(self) -> float:
        return float(np.dot(self.n_values, self.pmf))

    @property
    def sd(self) -> float:
        mu = self.mean
        return float(math.sqrt(max(np.dot((self.n_values - mu) ** 2, self.pmf), 0.0)))

    def quantile(self, q: float | Sequence[float]) -> Any:
        """Smallest grid total N whose posterior cumulative probability reaches ``q``."""
        cdf = np.cumsum(self.pmf)
        qs = np.atleast_1d(np.asarray(q, dtype=float))
        idx = np.searchsorted(cdf, qs * cdf[-1] - 1e-12, side="left")
        idx = np.minimum(idx, self.n_values.size - 1)
        out = self.n_values[idx].astype(float)
        return float(out[0]) if np.ndim(q) == 0 else out

    def tail_mass(self, fraction: float = 0.5) -> float:
        """Posterior probability of the upper ``fraction`` of the grid (a truncation check)."""
        cut = self.n_values[0] + (1 - fraction) * (self.n_values[-1] - self.n_values[0])
        return float(self.pmf[self.n_values > cut].sum())


# --------------------------------------------------------------------------------------------
# the exact computation
# --------------------------------------------------------------------------------------------
class _Terms:
    """Everything about the table and the graphs that does not depend on n0.

    The log posterior of graph g at n0 = x is ``row_const[g] + coef[g] @ lgamma(offsets + x) +
    log prior(n + x)``: one column of ``coef`` per list subset (+1 for a clique, −1 for a
    separator, the n0-dependent all-zero marginal cell), then the Dirichlet normaliser of the
    whole table, the multinomial coefficient lgamma(n + x + 1) and −lgamma(x + 1).
    """

    def __init__(
        self,
        dense: np.ndarray,
        k: int,
        delta: float,
        graphs: Sequence[DecomposableGraph],
    ) -> None:
        y = np.asarray(dense, dtype=float).copy()
        y[0] = 0.0
        self.n = n = float(y.sum())
        total_prior = delta * 2.0**k
        cube = y.reshape((2,) * k)  # axis j = list j (list1 is the most significant bit)
        n_sub = 2**k - 1
        offsets = np.zeros(n_sub + 3)
        const = np.zeros(n_sub)
        for mask in range(1, 2**k):
            size = bin(mask).count("1")
            others = tuple(j for j in range(k) if not mask >> j & 1)
            marginal = cube.sum(axis=others).ravel() if others else cube.ravel()
            a = delta * 2.0 ** (k - size)
            rest = marginal[1:]
            const[mask - 1] = float(np.sum(gammaln(rest + a) - gammaln(a)) - gammaln(a))
            offsets[mask - 1] = marginal[0] + a
        offsets[n_sub:] = (n + total_prior, n + 1.0, 1.0)
        coef = np.zeros((len(graphs), n_sub + 3))
        for g, graph in enumerate(graphs):
            for clique in graph.cliques:
                coef[g, _mask(clique) - 1] += 1.0
            for sep in graph.separators:
                coef[g, _mask(sep) - 1] -= 1.0
            coef[g, n_sub] = -(len(graph.cliques) - len(graph.separators))
        coef[:, n_sub + 1] = 1.0
        coef[:, n_sub + 2] = -1.0
        self.offsets = offsets
        self.coef = coef
        self.row_const = coef[:, :n_sub] @ const - coef[:, n_sub] * gammaln(total_prior)

    def values(self, x: np.ndarray, lp: np.ndarray, rows: np.ndarray | None = None) -> np.ndarray:
        """Unnormalised log p(g, n0 = x | data): (graphs or ``rows`` × len(x))."""
        lg = gammaln(self.offsets[:, None] + x[None, :])
        if rows is None:
            out = self.coef @ lg
            out += self.row_const[:, None]
        else:
            out = self.coef[rows] @ lg
            out += self.row_const[rows, None]
        out += lp[None, :]
        return out


def _mask(vertices: Sequence[int]) -> int:
    m = 0
    for v in vertices:
        m |= 1 << v
    return m


class _Prior:
    """log p(N) and bounds of its derivative on intervals (None when unknown)."""

    def __init__(self, prior: Any) -> None:
        if callable(prior):
            self.kind = "custom"
            self.fn: Callable[[np.ndarray], np.ndarray] = prior
        elif prior == "1/N":
            self.kind = "1/N"
            self.fn = lambda total: -np.log(total)
        elif prior == "uniform":
            self.kind = "uniform"
            self.fn = np.zeros_like
        else:
            raise EstimationError(
                f"prior must be '1/N', 'uniform' or a function of N; got {prior!r}"
            )

    def log(self, total: np.ndarray) -> np.ndarray:
        lp = np.asarray(self.fn(total), dtype=float)
        if lp.shape != total.shape:
            raise EstimationError("the prior function must return one value per grid point")
        if np.any(np.isnan(lp)) or np.any(lp == np.inf):
            raise EstimationError("the prior function returned NaN or +inf")
        return lp

    def slope_bounds(self, total: np.ndarray) -> tuple[np.ndarray, np.ndarray] | None:
        """(upper, lower) bounds of d log p / dN on each interval between consecutive totals."""
        if self.kind == "1/N":  # d/dN (−log N) = −1/N, increasing in N
            return -1.0 / total[1:], -1.0 / total[:-1]
        if self.kind == "uniform":
            zero = np.zeros(total.size - 1)
            return zero, zero
        return None


class _Accumulator:
    """The joint posterior summed over graphs (per n0) and over n0 (per graph), as linear
    weights relative to ``exp(ref)``; ``rebase`` moves the reference when a larger value appears."""

    def __init__(self, n_graphs: int) -> None:
        self.ref = -np.inf
        self.cols: list[np.ndarray] = []
        self.n0: list[np.ndarray] = []
        self.row_sum = np.zeros(n_graphs)
        self.row_first = np.zeros(n_graphs)  # Σ n0 · weight per graph (model-wise posterior means)

    def rebase(self, ref: float) -> None:
        if ref <= self.ref:
            return
        if math.isfinite(self.ref):
            scale = math.exp(self.ref - ref)
            for col in self.cols:
                col *= scale
            self.row_sum *= scale
            self.row_first *= scale
        self.ref = ref

    def add_direct(self, n0: np.ndarray, logw: np.ndarray) -> None:
        """Add a block of log weights (graphs × len(n0))."""
        m = float(logw.max())
        if not math.isfinite(m):
            raise EstimationError("the posterior could not be evaluated (non-finite log weight)")
        if m > self.ref + 700.0:
            self.rebase(m)
        w = np.exp(logw - self.ref, out=logw)
        self.cols.append(w.sum(axis=0))
        self.n0.append(n0)
        self.row_sum += w.sum(axis=1)
        self.row_first += w @ n0.astype(float)


def _knots(npts: int) -> np.ndarray:
    """Positions of the knots in a run of ``npts`` consecutive grid points."""
    idx = np.arange(0, npts, _STRIDE)
    if idx[-1] != npts - 1:
        idx = np.append(idx, npts - 1)
    return idx


def _runs(values: np.ndarray, longest: int) -> list[tuple[int, int]]:
    """(start, stop) of runs of consecutive integers in sorted ``values``, at most ``longest``."""
    breaks = np.flatnonzero(np.diff(values) != 1) + 1
    edges = np.concatenate([[0], breaks, [values.size]]).astype(int)
    return [
        (a + s, min(a + s + longest, b))
        for a, b in zip(edges[:-1], edges[1:], strict=True)
        for s in range(0, b - a, longest)
    ]


class _Engine:
    """Evaluates the posterior on the grid, skipping provably negligible graphs."""

    def __init__(self, terms: _Terms, prior: _Prior) -> None:
        self.terms = terms
        self.prior = prior
        coef = terms.coef
        self.acc = _Accumulator(coef.shape[0])
        self.floor = -np.inf  # the largest log weight seen at a knot (≤ the true maximum)
        self.fast = _HAVE_NUMBA and prior.kind != "custom"
        n_sub = coef.shape[1] - 2  # the last two columns are the same for every graph
        # per graph, the offsets of the factors (offset + x) of the one-step ratio, each repeated
        # as often as its power: numerator for positive coefficients, denominator for negative
        num: list[list[float]] = []
        den: list[list[float]] = []
        for g in range(coef.shape[0]):
            up: list[float] = []
            down: list[float] = []
            for j in np.flatnonzero(coef[g, :n_sub]):
                c = int(round(coef[g, j]))
                (up if c > 0 else down).extend([float(terms.offsets[j])] * abs(c))
            num.append(up)
            den.append(down)
        self.num_len, self.num_off = _ragged(num)
        self.den_len, self.den_off = _ragged(den)
        # the same terms as (column, coefficient) pairs, for the log weights and their bounds
        cols = [np.flatnonzero(coef[g, :n_sub]) for g in range(coef.shape[0])]
        self.nz_len = np.array([len(c) for c in cols], dtype=np.int64)
        self.nz_col = np.zeros((coef.shape[0], int(self.nz_len.max())), dtype=np.int64)
        self.nz_coef = np.zeros(self.nz_col.shape)
        for g, c in enumerate(cols):
            self.nz_col[g, : len(c)] = c
            self.nz_coef[g, : len(c)] = coef[g, c]
        self.n_sub = n_sub

    def run(self, values: np.ndarray, tick: Callable[[int], None]) -> None:
        if not self.fast:
            self._direct(values, tick)
            return
        runs = _runs(values, _STRIDE * 1024)
        short = [(a, b) for a, b in runs if b - a < 2 * _STRIDE]
        if short:  # scattered grid points: plain evaluation, all at once
            self._direct(np.concatenate([values[a:b] for a, b in short]), tick)
            runs = [(a, b) for a, b in runs if b - a >= 2 * _STRIDE]
        best_ub = -np.inf
        for a, b in runs:  # pass 1: the best value at the knots, and the largest bound
            f, ub, _ = self._knot_bounds(values[a:b])
            self.floor = max(self.floor, float(f.max()))
            best_ub = max(best_ub, float(ub.max()))
        self.acc.rebase(max(self.floor, best_ub - 700.0))
        for a, b in runs:  # pass 2: exact weights of the graphs that can matter
            part = values[a:b]
            f, ub, knots = self._knot_bounds(part)
            col = np.zeros(part.size)
            common = self._common_ratio(part)
            _accumulate_run(
                float(part[0]), part.size, knots, f, ub >= self.floor - _SKIP, self.acc.ref,
                self.num_off, self.num_len, self.den_off, self.den_len, common, col,
                self.acc.row_sum, self.acc.row_first,
            )  # fmt: skip
            self.acc.cols.append(col)
            self.acc.n0.append(part)
            tick(part.size)

    def _knot_bounds(self, part: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """Log weights at the knots of a run, and per-interval upper bounds (graphs × intervals).

        The derivative in x of a log weight is Σ coef · digamma(offset + x) + prior′; digamma
        increases, so on [a, b] it is at most Σ⁺ coef·ψ(offset + b) + Σ⁻ coef·ψ(offset + a) (+ the
        prior's bound), and f(x) ≤ f(a) + (b − a)·max(f′, 0), likewise from the right end.
        """
        knots = _knots(part.size)
        x = part[knots].astype(float)
        if knots.size == 1:
            knots = np.array([0, 0])
            x = np.array([x[0], x[0]])
        terms = self.terms
        total = terms.n + x
        n_sub = self.n_sub
        arg = terms.offsets[:, None] + x[None, :]
        lg = gammaln(arg[:n_sub])
        psi = digamma(arg[:n_sub])
        common = gammaln(arg[n_sub]) - gammaln(arg[n_sub + 1]) + self.prior.log(total)
        slope = self.prior.slope_bounds(total)
        assert slope is not None
        psi_top = digamma(arg[n_sub])  # ψ(n + 1 + x), entering with +1
        psi_one = digamma(arg[n_sub + 1])  # ψ(1 + x), entering with −1
        c_up = psi_top[1:] - psi_one[:-1] + slope[0]
        c_low = psi_top[:-1] - psi_one[1:] + slope[1]
        f, ub = _knot_kernel(
            lg, psi, common, c_up, c_low, np.diff(x), self.nz_col, self.nz_coef, self.nz_len,
            terms.row_const,
        )  # fmt: skip
        return f, ub, knots

    def _common_ratio(self, part: np.ndarray) -> np.ndarray:
        """Per grid step, the ratio of the terms every graph shares: the multinomial coefficient
        (n + x + 1)/(x + 1), times the prior ratio p(N + 1)/p(N)."""
        x = part.astype(float)
        n = self.terms.n
        ratio = (n + x + 1.0) / (x + 1.0)
        if self.prior.kind == "1/N":
            ratio *= (n + x) / (n + x + 1.0)
        return ratio

    def _direct(self, values: np.ndarray, tick: Callable[[int], None]) -> None:
        """Plain evaluation (no numba, or a custom prior): every graph at every grid point."""
        step = max(1024, _CELLS_PER_BLOCK // self.terms.coef.shape[0])
        for start in range(0, values.size, step):
            part = values[start : start + step]
            x = part.astype(float)
            self.acc.add_direct(part, self.terms.values(x, self.prior.log(self.terms.n + x)))
            tick(part.size)


@_njit
def _knot_kernel(  # pragma: no cover - compiled
    lg, psi, common, c_up, c_low, h, nz_col, nz_coef, nz_len, row_const
):  # fmt: skip
    """Log weights at the knots (graphs × knots) and upper bounds on the intervals between them."""
    n_graphs = nz_len.size
    n_knots = common.size
    f = np.empty((n_graphs, n_knots))
    ub = np.empty((n_graphs, n_knots - 1))
    for g in range(n_graphs):
        for k in range(n_knots):
            v = row_const[g] + common[k]
            for j in range(nz_len[g]):
                v += nz_coef[g, j] * lg[nz_col[g, j], k]
            f[g, k] = v
        for k in range(n_knots - 1):
            up = c_up[k]
            low = c_low[k]
            for j in range(nz_len[g]):
                c = nz_coef[g, j]
                if c > 0:
                    up += c * psi[nz_col[g, j], k + 1]
                    low += c * psi[nz_col[g, j], k]
                else:
                    up += c * psi[nz_col[g, j], k]
                    low += c * psi[nz_col[g, j], k + 1]
            left = f[g, k] + max(up, 0.0) * h[k]
            right = f[g, k + 1] + max(-low, 0.0) * h[k]
            ub[g, k] = min(left, right)
    return f, ub


def _ragged(rows: list[list[float]]) -> tuple[np.ndarray, np.ndarray]:
    width = max(1, max(len(r) for r in rows))
    out = np.zeros((len(rows), width))
    for i, r in enumerate(rows):
        out[i, : len(r)] = r
    return np.array([len(r) for r in rows], dtype=np.int64), out


@_njit
def _accumulate_run(  # pragma: no cover - compiled
    x0, npts, knots, f_knots, flags, ref, num_off, num_len, den_off, den_len, common, col,
    row_sum, row_first,
):  # fmt: skip
    """Add exp(log weight − ref) of the flagged (graph, interval) cells of a run of consecutive
    grid points x0, x0 + 1, …: exact at each knot, then by the exact one-step ratio
    w(x + 1) / w(x) = Π (num_off + x) / Π (den_off + x) · common(x), with no exp or lgamma.

    The weight is carried as mantissa · 1e-200^scale, so it can pass through values far too small
    to matter (added as 0) and come back up without losing precision.
    """
    big = 1e200
    tiny = 1e-200
    log_big = math.log(big)
    n_graphs = f_knots.shape[0]
    n_int = flags.shape[1]
    width = 1
    for i in range(n_int):
        stop = npts if i == n_int - 1 else knots[i + 1]
        width = max(width, stop - knots[i])
    ratio = np.empty(width)
    bottom = np.empty(width)
    for g in range(n_graphs):
        rs = 0.0
        rf = 0.0
        for i in range(n_int):
            if not flags[g, i]:
                continue
            p0 = knots[i]
            m = (npts if i == n_int - 1 else knots[i + 1]) - p0
            base = x0 + p0
            for q in range(m):
                ratio[q] = common[p0 + q]
                bottom[q] = 1.0
            for j in range(num_len[g]):
                o = num_off[g, j] + base
                for q in range(m):
                    ratio[q] *= o + q
            for j in range(den_len[g]):
                o = den_off[g, j] + base
                for q in range(m):
                    bottom[q] *= o + q
            for q in range(m):
                ratio[q] /= bottom[q]
            d = f_knots[g, i] - ref
            scale = 0
            while d < -log_big:
                d += log_big
                scale += 1
            w = math.exp(d)
            for q in range(m):
                if scale == 0:
                    col[p0 + q] += w
                    rs += w
                    rf += w * (base + q)
                w *= ratio[q]
                if w < tiny:
                    w *= big
                    scale += 1
                elif scale > 0 and w > big:
                    w *= tiny
                    scale -= 1
        row_sum[g] += rs
        row_first[g] += rf


def bma_posterior(
    dense: np.ndarray,
    *,
    delta: float | None = None,
    grid: Any = None,
    prior: str | Callable[[np.ndarray], np.ndarray] = "1/N",
    graphs: Sequence[DecomposableGraph] | None = None,
    progress: Progress | None = None,
) -> BMAPosterior:
    """Exact Madigan–York posterior for the full 2^K table ``dense`` (list1 most significant).

    ``grid`` holds the candidate n0 values (distinct, >= 0), or an int m for 0…m; ``None`` chooses
    it: n0 = 0…10·n, doubled while the upper half of the grid holds more than 1e-4 of the
    posterior (and the grid stays under 2^23 points). ``prior`` is "1/N", "uniform", or a
    function of the totals N (an array) returning log prior weights.

    Graphs whose log weight is provably (by a bound on the derivative between knots every 64
    grid points) more than 60 below the best are skipped on that stretch of the grid: each skipped
    cell weighs less than e^-60 ≈ 8.8e-27 of the largest one.
    """
    dense = np.asarray(dense)
    k = int(round(math.log2(dense.size))) if dense.size else 0
    if dense.ndim != 1 or k < 2 or 2**k != dense.size:
        raise EstimationError("the table must be the full 2^K vector of counts (K >= 2)")
    delta = 2.0**-k if delta is None else float(delta)
    if not (math.isfinite(delta) and delta > 0):
        raise EstimationError(f"delta must be a positive number; got {delta}")
    graphs = tuple(decomposable_graphs(k)) if graphs is None else tuple(graphs)
    terms = _Terms(dense, k, delta, graphs)
    engine = _Engine(terms, _Prior(prior))
    done = 0
    total = 0

    def tick(count: int) -> None:
        nonlocal done
        done += count
        if progress is not None:
            progress(done, total)

    if grid is not None:
        values = _check_grid(grid)
        total = values.size
        engine.run(values, tick)
        return _finish(terms.n, engine.acc, graphs)
    top = max(int(_FIRST_GRID * max(terms.n, 1.0)), 100)
    values = np.arange(0, top + 1, dtype=np.int64)
    total = values.size
    engine.run(values, tick)
    while True:
        post = _finish(terms.n, engine.acc, graphs)
        if post.tail_mass(0.5) <= _TAIL_MASS or 2 * top + 1 > _MAX_GRID:
            return post
        extra = np.arange(top + 1, 2 * top + 1, dtype=np.int64)
        total += extra.size
        engine.run(extra, tick)
        top *= 2


def _finish(n: float, acc: _Accumulator, graphs: Sequence[DecomposableGraph]) -> BMAPosterior:
    col = np.concatenate(acc.cols)
    n0 = np.concatenate(acc.n0)
    if np.any(n0[1:] < n0[:-1]):
        order = np.argsort(n0, kind="stable")
        col, n0 = col[order], n0[order]
    z = float(col.sum())
    if not (z > 0 and math.isfinite(z)):
        raise EstimationError("the posterior could not be normalised (no finite positive weight)")
    with np.errstate(divide="ignore", invalid="ignore"):
        model_means = n + acc.row_first / acc.row_sum
    return BMAPosterior(
        n_observed=int(round(n)),
        n_values=n + n0.astype(float),
        pmf=col / z,
        graphs=tuple(graphs),
        model_probs=acc.row_sum / z,
        model_means=model_means,
    )


def _check_grid(grid: Any) -> np.ndarray:
    if isinstance(grid, int | np.integer) and not isinstance(grid, bool):
        if grid < 0:
            raise EstimationError(f"grid must be >= 0; got {grid}")
        return np.arange(0, int(grid) + 1, dtype=np.int64)
    values = np.asarray(grid)
    if values.ndim != 1 or values.size == 0:
        raise EstimationError("grid must be a non-empty 1-D sequence of n0 values")
    if values.dtype.kind == "f" and not np.all(np.isfinite(values) & (values == np.round(values))):
        raise EstimationError("grid values must be whole numbers (unobserved counts n0)")
    if values.dtype.kind not in "iuf":
        raise EstimationError("grid values must be whole numbers (unobserved counts n0)")
    values = values.astype(np.int64)
    if values.min() < 0:
        raise EstimationError("grid values (unobserved counts n0) must be >= 0")
    if not np.all(values[1:] > values[:-1]):
        values = np.sort(values)
        if np.any(values[1:] == values[:-1]):
            raise EstimationError("grid values must be distinct")
    return values


# --------------------------------------------------------------------------------------------
# the estimator
# --------------------------------------------------------------------------------------------
class DGA(Estimator):
    """Bayesian model averaging over decomposable graphical models, as R's ``dga::bma.cr``.

    Parameters (keyword-only)
    -------------------------
    delta : float, optional
        Prior count per cell of the 2^K table (hyper-Dirichlet); default 2^-K, dga's suggestion.
        Results depend on it: report it with the estimate.
    prior : "1/N", "uniform" or callable
        Prior on the total N: ``1/N`` (dga's default), flat, or a function mapping an array of
        totals to log prior weights.
    grid : int, sequence of int, or None
        Candidate numbers of unobserved individuals n0: an int m means 0…m; a sequence is used
        as given (dga's ``Nmissing``). ``None`` (default) starts at 0…10·n and doubles the grid
        until its upper half holds < 1e-4 of the posterior (at most 2^23 points); with the
        reference tables this picks the grids the published dga runs used.
    level : float
        Coverage of the reported interval (default 0.95).
    n_draws : int
        Size of a sample drawn from the exact posterior of N and kept as the result's ``draws``
        (default 10,000; 0 keeps none), so that strata can be added draw by draw. The estimate
        and interval come from the exact posterior, not from this sample.
    seed : int, optional
        Seed of that sample (default: derived from the table, so results are reproducible).

    ``fit(histories)`` needs 3 to 6 lists (dga ships graphs for 3 to 5; 6 lists means 18,154
    graphs and is slow). The result's estimate is the posterior mean of N, its interval the
    posterior quantiles, its ``models`` every graph with its posterior probability (best first),
    and ``model`` the most probable graph in the notation ``[123][134]``.
    """

    _parameter_constraints = {
        "delta": [None, Interval(float, 0, None, closed="neither")],
        "prior": [Options({"1/N", "uniform"}), "callable"],
        "grid": [None, Interval(int, 0, None), list, tuple, range, np.ndarray],
        "level": [Interval(float, 0, 1, closed="neither")],
        "n_draws": [Interval(int, 0, None)],
        "seed": [None, Interval(int, 0, None)],
    }

    def __init__(
        self,
        *,
        delta: float | None = None,
        prior: str | Callable[[np.ndarray], np.ndarray] = "1/N",
        grid: int | Sequence[int] | np.ndarray | None = None,
        level: float = 0.95,
        n_draws: int = 10_000,
        seed: int | None = None,
    ) -> None:
        self.delta = delta
        self.prior = prior
        self.grid = grid
        self.level = level
        self.n_draws = n_draws
        self.seed = seed

    def fit(self, histories: Any, *, progress: Progress | None = None) -> EstimateResult:
        self._validate_params()
        h: Histories = check_histories(histories, min_lists=3, max_lists=6)
        k = h.n_lists
        delta = 2.0**-k if self.delta is None else float(self.delta)
        post = bma_posterior(
            h.to_dense(), delta=delta, grid=self.grid, prior=self.prior, progress=progress
        )
        self.posterior_ = post
        a = 1.0 - self.level
        low, median, high = post.quantile([a / 2, 0.5, 1 - a / 2])
        order = np.argsort(-post.model_probs, kind="stable")
        models = [
            ModelInfo(
                name=post.graphs[i].notation,
                estimate=float(post.model_means[i]) if post.model_probs[i] > 1e-12 else math.nan,
                weight=float(post.model_probs[i]),
                note="estimate: posterior mean of N under this graph",
            )
            for i in order
        ]
        top = post.graphs[order[0]]
        tail = post.tail_mass(0.5)
        notes: list[Caveat] = []
        if tail > _TAIL_MASS:
            notes.append(
                Caveat(
                    "grid_edge",
                    f"{tail:.2g} of the posterior lies in the upper half of the n0 grid (up to "
                    f"N = {post.n_values[-1]:,.0f}): the posterior has a heavy tail that the grid "
                    "cuts off, so the mean and the upper limit depend on where the grid ends",
                )
            )
        if post.pmf[0] > 0.025 and post.n_values[0] == h.n_observed:
            notes.append(
                Caveat(
                    "prior_driven",
                    "the posterior puts more than 2.5% on nobody being missed (n0 = 0): the lists "
                    "carry little information about the dark figure, so the result mostly "
                    "reflects the priors on N, on the graphs and delta",
                    severity="note",
                )
            )
        diagnostics = {
            "delta": delta,
            "prior": self.prior if isinstance(self.prior, str) else "custom",
            "grid_min": float(post.n_values[0] - post.n_observed),
            "grid_max": float(post.n_values[-1] - post.n_observed),
            "grid_points": int(post.n_values.size),
            "tail_mass_upper_half": tail,
            "median": float(median),
            "sd": post.sd,
            "graphs": len(post.graphs),
            "top_graph": top.notation,
            "top_graph_prob": float(post.model_probs[order[0]]),
        }

        def interval(alpha: float) -> tuple[float, float]:
            lo, hi = post.quantile([alpha / 2, 1 - alpha / 2])
            return float(lo), float(hi)

        draws = None
        if self.n_draws:
            seed = self.seed
            if seed is None:
                seed = zlib.crc32(h.patterns.tobytes() + h.counts.tobytes())
            rng = np.random.default_rng(seed)
            draws = rng.choice(post.n_values, size=self.n_draws, p=post.pmf)
        return EstimateResult(
            method="dga",
            estimate=post.mean,
            observed=h.n_observed,
            ci=(float(low), float(high)),
            level=self.level,
            interval_method="exact posterior quantiles",
            stderr=post.sd,
            draws=draws,
            draws_kind="posterior" if draws is not None else None,
            models=models,
            model=top.notation,
            diagnostics=diagnostics,
            params=self.get_params(),
            histories=h,
            notes=notes,
            point="posterior mean",
            interval_fn=interval,
        )
