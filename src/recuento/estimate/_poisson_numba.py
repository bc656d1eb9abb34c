"""Compiled batch IRLS for many small Poisson GLMs (optional: needs numba, the ``fast`` extra).

One model per ``prange`` iteration: gather the model's columns, Newton/IRLS with a hand-written
Cholesky (the matrices are at most a few dozen wide), step halving when the deviance rises, then
the variance of the intercept and Rcapture's asymptotic bias of exp(β0). Importing this module
raises ImportError when numba is missing; :mod:`recuento.estimate._poisson` then uses numpy.
"""

from __future__ import annotations

import numba
import numpy as np

_ETA_MIN = -60.0
_ETA_MAX = 60.0


@numba.njit(cache=True)
def _cholesky(A: np.ndarray, p: int) -> None:
    """In-place lower Cholesky of A[:p, :p]; tiny pivots are regularised (boundary fits)."""
    for j in range(p):
        s = A[j, j]
        for k in range(j):
            s -= A[j, k] * A[j, k]
        floor = 1e-13 * max(abs(A[j, j]), 1e-300)
        if s < floor:
            s = floor
        d = np.sqrt(s)
        A[j, j] = d
        for i in range(j + 1, p):
            t = A[i, j]
            for k in range(j):
                t -= A[i, k] * A[j, k]
            A[i, j] = t / d


@numba.njit(cache=True)
def _forward(L: np.ndarray, b: np.ndarray, p: int, out: np.ndarray) -> None:
    for i in range(p):
        s = b[i]
        for k in range(i):
            s -= L[i, k] * out[k]
        out[i] = s / L[i, i]


@numba.njit(cache=True)
def _backward(L: np.ndarray, b: np.ndarray, p: int, out: np.ndarray) -> None:
    for i in range(p - 1, -1, -1):
        s = b[i]
        for k in range(i + 1, p):
            s -= L[k, i] * out[k]
        out[i] = s / L[i, i]


@numba.njit(cache=True)
def _normal_equations(
    nz: np.ndarray,
    nzv: np.ndarray,
    nnz: np.ndarray,
    w: np.ndarray,
    r: np.ndarray,
    m: int,
    p: int,
    A: np.ndarray,
    rhs: np.ndarray,
) -> None:
    """Lower triangle of X'WX and X'r, visiting only the non-zero entries of each row of X."""
    for i in range(p):
        rhs[i] = 0.0
        for j in range(i + 1):
            A[i, j] = 0.0
    for c in range(m):
        wc = w[c]
        rc = r[c]
        for a in range(nnz[c]):
            i = nz[c, a]
            vi = nzv[c, a]
            rhs[i] += vi * rc
            wv = wc * vi
            for bb in range(a + 1):
                A[i, nz[c, bb]] += wv * nzv[c, bb]


@numba.njit(cache=True)
def _deviance(y: np.ndarray, ylogy: np.ndarray, eta: np.ndarray, mu: np.ndarray, m: int) -> float:
    """2 Σ [y log(y/μ) − (y − μ)] with μ = exp(η) and y log y precomputed (no log per call)."""
    d = 0.0
    for c in range(m):
        d += ylogy[c] - y[c] * eta[c] - (y[c] - mu[c])
    return 2.0 * d


@numba.njit(cache=True)
def _linear(
    nz: np.ndarray, nzv: np.ndarray, nnz: np.ndarray, beta: np.ndarray, m: int, eta: np.ndarray
) -> None:
    for c in range(m):
        s = 0.0
        for a in range(nnz[c]):
            s += nzv[c, a] * beta[nz[c, a]]
        eta[c] = min(max(s, _ETA_MIN), _ETA_MAX)


@numba.njit(cache=True, parallel=True)
def irls_many(
    Y,
    X,
    cols,
    ncols,
    max_iter,
    tol,
    beta_out,
    dev_out,
    var0_out,
    bias_out,
    conv_out,
    iter_out,
    mu_min0_out,
):  # pragma: no cover - compiled
    B = cols.shape[0]
    m = X.shape[0]
    shared = Y.shape[0] == 1
    for b in numba.prange(B):
        y = Y[0] if shared else Y[b]
        p = ncols[b]
        nz = np.empty((m, p), dtype=np.int64)
        nzv = np.empty((m, p))
        nnz = np.zeros(m, dtype=np.int64)
        for c in range(m):
            for j in range(p):
                v = X[c, cols[b, j]]
                if v != 0.0:
                    nz[c, nnz[c]] = j
                    nzv[c, nnz[c]] = v
                    nnz[c] += 1
        A = np.empty((p, p))
        rhs = np.empty(p)
        tmp = np.empty(p)
        beta = np.empty(p)
        bnew = np.empty(p)
        eta = np.empty(m)
        mu = np.empty(m)
        w = np.empty(m)
        r = np.empty(m)
        ylogy = np.zeros(m)
        for c in range(m):
            if y[c] > 0:
                ylogy[c] = y[c] * np.log(y[c])
        for c in range(m):  # start: weighted least squares of log(y + 0.5)
            w[c] = y[c] + 0.5
            r[c] = w[c] * np.log(w[c])
        _normal_equations(nz, nzv, nnz, w, r, m, p, A, rhs)
        _cholesky(A, p)
        _forward(A, rhs, p, tmp)
        _backward(A, tmp, p, beta)
        _linear(nz, nzv, nnz, beta, m, eta)
        for c in range(m):
            mu[c] = np.exp(eta[c])
        dev = _deviance(y, ylogy, eta, mu, m)
        converged = False
        it = 0
        for it in range(1, max_iter + 1):  # noqa: B007
            for c in range(m):
                w[c] = mu[c]
                r[c] = mu[c] * eta[c] + y[c] - mu[c]
            _normal_equations(nz, nzv, nnz, w, r, m, p, A, rhs)
            _cholesky(A, p)
            _forward(A, rhs, p, tmp)
            _backward(A, tmp, p, bnew)
            dev_new = 0.0
            for _half in range(30):
                _linear(nz, nzv, nnz, bnew, m, eta)
                for c in range(m):
                    mu[c] = np.exp(eta[c])
                dev_new = _deviance(y, ylogy, eta, mu, m)
                if np.isfinite(dev_new) and dev_new <= dev + 1e-9 * (abs(dev) + 1.0):
                    break
                for j in range(p):
                    bnew[j] = 0.5 * (beta[j] + bnew[j])
            done = abs(dev_new - dev) / (abs(dev_new) + 0.1) < tol
            for j in range(p):
                beta[j] = bnew[j]
            dev = dev_new
            if done:
                converged = True
                break
        # variance of the intercept and Rcapture's asymptotic bias of exp(beta0)
        for c in range(m):
            w[c] = mu[c]
            r[c] = 0.0
        _normal_equations(nz, nzv, nnz, w, r, m, p, A, rhs)
        _cholesky(A, p)
        e0 = np.zeros(p)
        e0[0] = 1.0
        _forward(A, e0, p, tmp)
        v00 = 0.0
        for j in range(p):
            v00 += tmp[j] * tmp[j]
        psi = np.zeros(p)
        xc = np.empty(p)
        for c in range(m):
            for j in range(p):
                xc[j] = 0.0
            for a in range(nnz[c]):
                xc[nz[c, a]] = nzv[c, a]
            _forward(A, xc, p, tmp)
            q = 0.0
            for j in range(p):
                q += tmp[j] * tmp[j]
            xi = -0.5 * q
            for a in range(nnz[c]):
                psi[nz[c, a]] += -2.0 * nzv[c, a] * mu[c] * xi
        psi[0] -= 1.0
        _forward(A, psi, p, tmp)
        _backward(A, tmp, p, xc)
        bias_out[b] = -0.5 * np.exp(beta[0]) * xc[0]
        var0_out[b] = v00
        dev_out[b] = dev
        conv_out[b] = converged
        iter_out[b] = it
        lo = np.inf
        for c in range(m):
            if y[c] == 0 and mu[c] < lo:
                lo = mu[c]
        mu_min0_out[b] = lo
        for j in range(p):
            beta_out[b, j] = beta[j]
