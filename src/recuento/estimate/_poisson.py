"""Poisson log-linear fitting by iteratively reweighted least squares (IRLS), one model or many.

Every capture-recapture log-linear model is a Poisson GLM with log link on the 2^K − 1 observable
cells. The batched solver fits thousands of models that share the same cells at once: each model is
a column *mask* over one full design matrix, and the weighted cross-products ``X'WX`` of all models
are a single matrix product ``W @ Z`` with ``Z`` the row-wise outer products of ``X`` (only the
upper triangle). That turns 32,768 small GLMs into a few dense BLAS calls per iteration.

Convergence follows R's ``glm.fit``: stop when ``|D − D_old| / (|D| + 0.1) < tol`` (deviance ``D``).
When a maximum-likelihood estimate does not exist (zero cells on the boundary of the model's
marginal cone, Fienberg & Rinaldo 2012), some fitted values run to 0; the deviance still converges,
so such fits are flagged from tiny fitted values at zero cells and confirmed with a linear programme
(:func:`mle_exists`).
"""

from __future__ import annotations

import warnings
from dataclasses import dataclass

import numpy as np
from scipy.optimize import linprog
from scipy.special import gammaln, xlogy

__all__ = ["PoissonFit", "BatchFit", "fit_poisson", "fit_poisson_batch", "mle_exists"]

_ETA_MIN = -60.0
_ETA_MAX = 60.0
TINY_FIT = 1e-6  # fitted value below which a zero cell marks a boundary (non-existent) MLE


def poisson_deviance(y: np.ndarray, mu: np.ndarray) -> np.ndarray:
    """2 Σ [y log(y/μ) − (y − μ)] along the last axis."""
    return 2.0 * np.sum(xlogy(y, y) - xlogy(y, mu) - (y - mu), axis=-1)


def poisson_loglik(y: np.ndarray, mu: np.ndarray) -> np.ndarray:
    """Σ [y log μ − μ − log y!] along the last axis (R's ``dpois(log=TRUE)`` summed)."""
    return np.sum(xlogy(y, mu) - mu - gammaln(y + 1.0), axis=-1)


@dataclass(frozen=True)
class PoissonFit:
    """One fitted Poisson GLM."""

    beta: np.ndarray
    mu: np.ndarray
    deviance: float
    loglik: float
    cov: np.ndarray
    converged: bool
    n_iter: int
    boundary: bool  # a zero cell is fitted ~0: the MLE may not exist

    @property
    def rank(self) -> int:
        return int(self.beta.shape[0])


def _initial_beta(y: np.ndarray, X: np.ndarray, offset: np.ndarray) -> np.ndarray:
    eta = np.log(y + 0.5) - offset
    beta, *_ = np.linalg.lstsq(X, eta, rcond=None)
    return beta


def fit_poisson(
    y: np.ndarray,
    X: np.ndarray,
    *,
    offset: np.ndarray | None = None,
    beta: np.ndarray | None = None,
    max_iter: int = 200,
    tol: float = 1e-12,
) -> PoissonFit:
    """Fit log E[y] = offset + X β by IRLS (with step halving if the deviance goes up)."""
    y = np.asarray(y, dtype=float)
    X = np.asarray(X, dtype=float)
    off = np.zeros_like(y) if offset is None else np.asarray(offset, dtype=float)
    b = _initial_beta(y, X, off) if beta is None else np.array(beta, dtype=float)
    eta = np.clip(off + X @ b, _ETA_MIN, _ETA_MAX)
    mu = np.exp(eta)
    dev = float(poisson_deviance(y, mu))
    converged = False
    n_iter = 0
    for n_iter in range(1, max_iter + 1):  # noqa: B007
        w = mu
        A = (X * w[:, None]).T @ X
        rhs = X.T @ (w * (eta - off) + y - mu)
        try:
            b_new = np.linalg.solve(A, rhs)
        except np.linalg.LinAlgError:
            b_new = np.linalg.lstsq(A, rhs, rcond=None)[0]
        for _ in range(30):
            eta_new = np.clip(off + X @ b_new, _ETA_MIN, _ETA_MAX)
            mu_new = np.exp(eta_new)
            dev_new = float(poisson_deviance(y, mu_new))
            if np.isfinite(dev_new) and dev_new <= dev + 1e-9 * (abs(dev) + 1):
                break
            b_new = (b + b_new) / 2
        done = abs(dev_new - dev) / (abs(dev_new) + 0.1) < tol
        b, eta, mu, dev = b_new, eta_new, mu_new, dev_new
        if done:
            converged = True
            break
    A = (X * mu[:, None]).T @ X
    try:
        cov = np.linalg.inv(A)
    except np.linalg.LinAlgError:
        cov = np.linalg.pinv(A)
    boundary = (n_iter > SLOW_ITER and bool(np.any((y == 0) & (mu < TINY_FIT)))) or not converged
    return PoissonFit(
        beta=b,
        mu=mu,
        deviance=dev,
        loglik=float(poisson_loglik(y, mu)),
        cov=cov,
        converged=converged,
        n_iter=n_iter,
        boundary=boundary,
    )


@dataclass(frozen=True)
class BatchFit:
    """Many Poisson GLMs sharing one design: row b of each array is model (or replicate) b."""

    beta: np.ndarray  # (B, P), zero where masked out
    deviance: np.ndarray  # (B,)
    loglik: np.ndarray  # (B,)
    var_intercept: np.ndarray  # (B,) [(X'WX)^-1]_00
    bias: np.ndarray  # (B,) Rcapture's asymptotic bias of N̂ = n + exp(β0)
    converged: np.ndarray  # (B,) bool
    n_iter: np.ndarray  # (B,)
    boundary: np.ndarray  # (B,) bool: slow convergence with a zero cell fitted ~0
    rank: np.ndarray  # (B,)


# Existing MLEs converge quadratically (well under this many IRLS steps); when the MLE does not
# exist the offending fitted values shrink by about e per step, so the fit takes many more.
SLOW_ITER = 14
NUMBA_MIN_MODELS = 256


def fit_poisson_batch(
    y: np.ndarray,
    X: np.ndarray,
    masks: np.ndarray,
    *,
    max_iter: int = 60,
    tol: float = 1e-9,
    chunk: int = 4096,
    engine: str = "auto",
) -> BatchFit:
    """Fit B models log E[y_b] = X[:, mask_b] β_b at once.

    ``y`` is (m,) shared by all models or (B, m) per model (bootstrap replicates); ``X`` is (m, P)
    and ``masks`` (B, P) booleans (column 0, the intercept, must be in every model). ``engine``:
    "numba" (compiled, parallel; used by "auto" for >= 256 models when numba is installed) or
    "numpy" (vectorised over models).
    """
    X = np.ascontiguousarray(X, dtype=float)
    masks = np.asarray(masks, dtype=bool)
    B, P = masks.shape
    y = np.asarray(y, dtype=float)
    use_numba = engine == "numba" or (engine == "auto" and B >= NUMBA_MIN_MODELS)
    if use_numba:
        kernel = _numba_kernel()
        if kernel is None and engine == "numba":
            raise ImportError("numba is not installed")
        if kernel is not None:
            return _batch_numba(kernel, y, X, masks, max_iter, tol)
    out = {
        "beta": np.zeros((B, P)),
        "deviance": np.zeros(B),
        "loglik": np.zeros(B),
        "var_intercept": np.zeros(B),
        "bias": np.zeros(B),
        "converged": np.zeros(B, dtype=bool),
        "n_iter": np.zeros(B, dtype=np.int64),
        "boundary": np.zeros(B, dtype=bool),
    }
    iu, ju = np.triu_indices(P)
    Z = X[:, iu] * X[:, ju]  # (m, P(P+1)/2)
    for start in range(0, B, chunk):
        stop = min(B, start + chunk)
        yb = y if y.ndim == 1 else y[start:stop]
        res = _batch_chunk(yb, X, Z, iu, ju, masks[start:stop], max_iter, tol)
        for key, value in res.items():
            out[key][start:stop] = value
    return BatchFit(rank=masks.sum(axis=1), **out)


def _assemble(
    w: np.ndarray, Z: np.ndarray, iu: np.ndarray, ju: np.ndarray, mask: np.ndarray
) -> np.ndarray:
    """Masked X'WX for each row of ``w``; masked-out parameters get an identity block."""
    flat = w @ Z
    nb, P = mask.shape
    A = np.empty((nb, P, P))
    A[:, iu, ju] = flat
    A[:, ju, iu] = flat
    mf = mask.astype(float)
    A *= mf[:, :, None] * mf[:, None, :]
    diag = np.arange(P)
    A[:, diag, diag] += 1.0 - mf
    return A


def _solve(A: np.ndarray, rhs: np.ndarray) -> np.ndarray:
    try:
        return np.linalg.solve(A, rhs[..., None])[..., 0]
    except np.linalg.LinAlgError:
        out = np.empty_like(rhs)
        for i in range(A.shape[0]):
            out[i] = np.linalg.lstsq(A[i], rhs[i], rcond=None)[0]
        return out


def _batch_chunk(
    y: np.ndarray,
    X: np.ndarray,
    Z: np.ndarray,
    iu: np.ndarray,
    ju: np.ndarray,
    mask: np.ndarray,
    max_iter: int,
    tol: float,
) -> dict[str, np.ndarray]:
    nb, P = mask.shape
    shared = y.ndim == 1
    Y = np.broadcast_to(y, (nb, X.shape[0])) if shared else y
    # start: weighted least squares of log(y + 0.5) on the model's columns
    eta0 = np.log(Y + 0.5)
    w0 = Y + 0.5
    beta = _solve(_assemble(w0, Z, iu, ju, mask), (w0 * eta0) @ X * mask)
    eta = np.clip(beta @ X.T, _ETA_MIN, _ETA_MAX)
    mu = np.exp(eta)
    dev = poisson_deviance(Y, mu)
    active = np.arange(nb)
    converged = np.zeros(nb, dtype=bool)
    n_iter = np.zeros(nb, dtype=np.int64)
    for it in range(1, max_iter + 1):
        if active.size == 0:
            break
        m_a = mask[active]
        mu_a = mu[active]
        eta_a = eta[active]
        y_a = Y[active]
        A = _assemble(mu_a, Z, iu, ju, m_a)
        rhs = (mu_a * eta_a + y_a - mu_a) @ X * m_a
        b_new = _solve(A, rhs)
        eta_new = np.clip(b_new @ X.T, _ETA_MIN, _ETA_MAX)
        mu_new = np.exp(eta_new)
        dev_new = poisson_deviance(y_a, mu_new)
        worse = ~np.isfinite(dev_new) | (dev_new > dev[active] + 1e-9 * (np.abs(dev[active]) + 1))
        for _ in range(30):  # step halving for the few models whose deviance went up
            if not worse.any():
                break
            idx = np.nonzero(worse)[0]
            b_new[idx] = (beta[active[idx]] + b_new[idx]) / 2
            eta_new[idx] = np.clip(b_new[idx] @ X.T, _ETA_MIN, _ETA_MAX)
            mu_new[idx] = np.exp(eta_new[idx])
            dev_new[idx] = poisson_deviance(y_a[idx], mu_new[idx])
            worse[idx] = ~np.isfinite(dev_new[idx]) | (
                dev_new[idx] > dev[active[idx]] + 1e-9 * (np.abs(dev[active[idx]]) + 1)
            )
        done = np.abs(dev_new - dev[active]) / (np.abs(dev_new) + 0.1) < tol
        beta[active] = b_new
        eta[active] = eta_new
        mu[active] = mu_new
        dev[active] = dev_new
        n_iter[active] = it
        converged[active[done]] = True
        active = active[~done]
    A = _assemble(mu, Z, iu, ju, mask)
    V = np.linalg.inv(A) * (mask[:, :, None] & mask[:, None, :])
    # Rcapture's asymptotic bias of exp(β0): xi_c = −½ x_c'V x_c, psi = −2 X' diag(μ) xi − e0
    xi = -0.5 * np.einsum("cp,bpq,cq->bc", X, V, X)
    psi = -2.0 * (mu * xi) @ X * mask
    psi[:, 0] -= 1.0
    bias = -0.5 * np.exp(beta[:, 0]) * np.einsum("bp,bp->b", V[:, 0, :], psi)
    boundary = (n_iter > SLOW_ITER) & np.any((Y == 0) & (mu < TINY_FIT), axis=1)
    return {
        "beta": beta,
        "deviance": dev,
        "loglik": poisson_loglik(Y, mu),
        "var_intercept": V[:, 0, 0],
        "bias": bias,
        "converged": converged,
        "n_iter": n_iter,
        "boundary": boundary | ~converged,
    }


def _batch_numba(
    kernel, y: np.ndarray, X: np.ndarray, masks: np.ndarray, max_iter: int, tol: float
) -> BatchFit:
    B, P = masks.shape
    Y = np.ascontiguousarray(np.atleast_2d(y), dtype=float)
    ncols = masks.sum(axis=1).astype(np.int64)
    cols = np.full((B, P), -1, dtype=np.int64)
    order = np.argsort(~masks, axis=1, kind="stable")
    valid = np.arange(P)[None, :] < ncols[:, None]
    cols[valid] = order[valid]
    beta = np.zeros((B, P))
    dev = np.zeros(B)
    var0 = np.zeros(B)
    bias = np.zeros(B)
    conv = np.zeros(B, dtype=np.bool_)
    iters = np.zeros(B, dtype=np.int64)
    bnd = np.zeros(B, dtype=np.bool_)
    mu_min0 = np.zeros(B)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        kernel(Y, X, cols, ncols, max_iter, tol, beta, dev, var0, bias, conv, iters, mu_min0)
    Yfull = np.broadcast_to(Y, (B, X.shape[0])) if Y.shape[0] == 1 else Y
    full_beta = np.zeros((B, P))
    rows = np.repeat(np.arange(B), ncols)
    full_beta[rows, cols[valid]] = beta[valid]
    mu = np.exp(np.clip(full_beta @ X.T, _ETA_MIN, _ETA_MAX))
    bnd = ((iters > SLOW_ITER) & (mu_min0 < TINY_FIT)) | ~conv
    return BatchFit(
        beta=full_beta,
        deviance=dev,
        loglik=poisson_loglik(Yfull, mu),
        var_intercept=var0,
        bias=bias,
        converged=conv,
        n_iter=iters,
        boundary=bnd,
        rank=ncols,
    )


_KERNEL: list = []


def _numba_kernel():
    """The compiled batch IRLS kernel, or None when numba is not installed."""
    if _KERNEL:
        return _KERNEL[0]
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            from recuento.estimate import _poisson_numba
    except Exception:  # numba missing, or unable to set up (e.g. no writable cache)
        _KERNEL.append(None)
        return None
    _KERNEL.append(_poisson_numba.irls_many)
    return _KERNEL[0]


def mle_exists(y: np.ndarray, X: np.ndarray) -> bool:
    """Whether the Poisson MLE of log E[y] = Xβ exists (finite β).

    It exists iff some strictly positive table has the same sufficient statistics X'y as the data
    (Haberman 1974). Solved as the linear programme: maximise s subject to X'y* = X'y, y* >= s,
    s <= 1; the MLE exists iff the optimum s is positive.
    """
    y = np.asarray(y, dtype=float)
    X = np.asarray(X, dtype=float)
    if np.all(y > 0):
        return True
    m = y.shape[0]
    scale = max(1.0, float(y.max()))
    c = np.zeros(m + 1)
    c[-1] = -1.0
    A_eq = np.hstack([X.T, np.zeros((X.shape[1], 1))])
    b_eq = X.T @ (y / scale)
    A_ub = np.hstack([-np.eye(m), np.ones((m, 1))])
    b_ub = np.zeros(m)
    bounds = [(0, None)] * m + [(None, 1.0)]
    res = linprog(c, A_ub=A_ub, b_ub=b_ub, A_eq=A_eq, b_eq=b_eq, bounds=bounds, method="highs")
    if res.status != 0:
        return False
    return bool(-res.fun > 1e-9)
