"""LCMCR: the Bayesian non-parametric latent class model for capture–recapture.

Manrique-Vallier (2016, Biometrics 72:1246) models the K lists' joint inclusion pattern as a
mixture of at most ``classes`` latent classes (a truncated stick-breaking, i.e. Dirichlet-process,
prior with concentration α ~ Gamma(a_α, b_α)); within a class, lists are independent with
inclusion probabilities λ[j, k] ~ Beta(1, 1). A mixture of such classes can represent capture
heterogeneity and, approximately, any dependence between lists. The total N has the improper
prior p(N) ∝ 1/N.

:class:`LCMCR` runs the Gibbs sampler with data augmentation of the unobserved individuals that
the R package LCMCR (0.4.x) runs, with the same semantics:

* it works on the frequency table — one class-count vector per *distinct* observed history — so
  a sweep costs (distinct histories × classes), not the number of people;
* a sweep updates, in this order: the class counts of every observed history (multinomial), the
  inclusion probabilities λ (Beta), the class weights ν (stick-breaking Beta), the number of
  unobserved people n0 ~ NegBin(n, 1 − π0) where π0 is the current probability of being on no
  list (draws above 20·n are rejected, as LCMCR does), their classes (multinomial), and α (Gamma);
* each chain starts as LCMCR's does (λ at the lists' observed shares, α = 0.3/K, 500 warm-up sweeps
  with α fixed, classes then relabelled by weight), then ``burn_in`` sweeps are discarded and
  ``iterations`` sweeps follow, keeping N = n + n0 after every ``thin``-th
  (R: ``lcmCR_PostSampl(burnin, samples = iterations / thin, thinning = thin)``).

Random numbers: each chain owns a xoshiro256** generator (Blackman & Vigna) seeded from
``numpy.random.SeedSequence`` of the seed and a fingerprint of the table, with the ziggurat normal,
Marsaglia–Tsang gamma, Hörmann's BTRS/PTRS binomial and Poisson, and bit-parallel binomials for
at most 64 trials (64 Bernoulli trials per random word). A run is reproducible from its
seed, whatever thread or machine runs it (numba's own generator is per thread and several times
slower). The same seed gives unrelated streams on different tables, so strata fitted with one
seed are independent. Draws are not those of the R package (different generator), only the same
distribution.

The sweep is compiled with numba (the ``fast`` extra); without numba :class:`LCMCR` raises
:class:`~recuento.errors.MissingExtraError`. The first use compiles the kernel (about a minute);
numba caches it on disk, later processes load it in about a second.
"""

from __future__ import annotations

import math
import os
import threading
import time
import zlib
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from typing import Any

import numpy as np
from scipy.special import gammaln

from recuento.errors import EstimationError, MissingExtraError
from recuento.estimate.diagnostics import ess_bulk, ess_tail, rhat
from recuento.estimate.histories import Histories
from recuento.estimate.results import (
    Caveat,
    EstimateResult,
    Estimator,
    Interval,
    check_histories,
)

try:
    from numba import int64, njit, uint64

    HAVE_NUMBA = True
except ImportError:  # pragma: no cover - numba is the [fast] extra
    HAVE_NUMBA = False
    int64 = uint64 = int  # type: ignore[assignment,misc]

    def njit(*args: Any, **kwargs: Any) -> Any:  # type: ignore[no-redef]
        return lambda fn: fn


__all__ = ["LCMCR", "HAVE_NUMBA", "N0_LIMIT"]

Progress = Callable[[int, int], None]

# ----------------------------------------------------------------------------------------------
# compiled kernel: random numbers
# ----------------------------------------------------------------------------------------------
# Numba compiles every function on its own and does not inline across them, and a call with
# array arguments costs tens of nanoseconds; the samplers used inside the hot loops are therefore
# inlined by numba ("inline": "always") and kept to a single exit each (numba turns early returns
# from loops inside an inlined function into much slower code). Gamma draws are made in batches
# by one non-inlined function, so the large ziggurat/Marsaglia–Tsang body is compiled once.

_TWO53 = 1.0 / 9007199254740992.0
_ZIG_R = 3.442619855899
_JIT = {"cache": True, "nogil": True, "error_model": "numpy"}
_INLINE = {**_JIT, "inline": "always"}
N0_LIMIT = 20  # n0 draws above N0_LIMIT · n are rejected, as LCMCR 0.4.x does
WARMUP = 500  # LCMCR's initial sweeps with α fixed, before the classes are relabelled
_MAX_REJECT = 200  # then n0 comes from the truncated distribution by inversion
_RESORT_EVERY = 16  # sweeps between re-sorting each history's classes (see _allocate_observed)
_FEW = 8  # multinomial: at most this many people → one categorical draw each
_ALPHA_FLOOR = 1e-250


def _ziggurat_tables() -> tuple[np.ndarray, np.ndarray]:
    """Marsaglia & Tsang's (2000) 128-strip ziggurat for the normal, with 53-bit magnitudes:
    integer acceptance limits ``kn`` and a (2, 128) array of strip widths and heights."""
    dn = _ZIG_R
    tn = dn
    vn = 9.91256303526217e-3
    m1 = 2.0**53
    kn = np.zeros(128, dtype=np.int64)
    wf = np.zeros((2, 128))
    q = vn / math.exp(-0.5 * dn * dn)
    kn[0] = int((dn / q) * m1)
    wf[0, 0] = q / m1
    wf[0, 127] = dn / m1
    wf[1, 0] = 1.0
    wf[1, 127] = math.exp(-0.5 * dn * dn)
    for i in range(126, 0, -1):
        dn = math.sqrt(-2.0 * math.log(vn / dn + math.exp(-0.5 * dn * dn)))
        kn[i + 1] = int((dn / tn) * m1)
        tn = dn
        wf[1, i] = math.exp(-0.5 * dn * dn)
        wf[0, i] = dn / m1
    return kn, wf


@njit(**_INLINE)
def _next(s):  # pragma: no cover - compiled
    """xoshiro256** (Blackman & Vigna 2018): 64 random bits; ``s`` is the 4-word state."""
    s0 = s[0]
    s1 = s[1]
    s2 = s[2]
    s3 = s[3]
    x = s1 * uint64(5)
    result = ((x << uint64(7)) | (x >> uint64(57))) * uint64(9)
    t = s1 << uint64(17)
    s2 ^= s0
    s3 ^= s1
    s1 ^= s2
    s0 ^= s3
    s2 ^= t
    s3 = (s3 << uint64(45)) | (s3 >> uint64(19))
    s[0] = s0
    s[1] = s1
    s[2] = s2
    s[3] = s3
    return result


@njit(**_INLINE)
def _uniform(s):  # pragma: no cover - compiled
    """Uniform on (0, 1), never exactly 0 or 1."""
    return (float(_next(s) >> uint64(11)) + 0.5) * _TWO53


@njit(**_INLINE)
def _normal(s, kn, wf):  # pragma: no cover - compiled
    """Standard normal by the ziggurat (one 64-bit draw and a look-up 97% of the time)."""
    out = 0.0
    done = False
    while not done:
        r = _next(s)
        i = int64(r & uint64(127))
        h = int64(r >> uint64(10)) - 9007199254740992
        x = h * wf[0, i]
        if abs(h) < kn[i]:
            out = x
            done = True
        elif i == 0:  # the tail beyond R (Marsaglia 1964)
            y = 0.0
            t = 1.0
            while y + y < t * t:
                t = -math.log(_uniform(s)) / _ZIG_R
                y = -math.log(_uniform(s))
            out = _ZIG_R + t if h > 0 else -_ZIG_R - t
            done = True
        elif wf[1, i] + _uniform(s) * (wf[1, i - 1] - wf[1, i]) < math.exp(-0.5 * x * x):
            out = x
            done = True
    return out


@njit(**_JIT)
def _gammas(s, kn, wf, shapes, out, count, as_log):  # pragma: no cover - compiled
    """out[i] = a Gamma(shapes[i], 1) draw (its log if ``as_log``), i < count.

    Marsaglia & Tsang (2000) for shape >= 1; below 1, Gamma(shape + 1) · U^(1/shape), combined
    in logs so that tiny shapes do not underflow.
    """
    for i in range(count):
        a = shapes[i]
        if not a > 0.0:  # cannot happen in the sampler; never loop forever on a bad shape
            out[i] = math.nan
            continue
        small = a < 1.0
        if small:
            a += 1.0
        d = a - 1.0 / 3.0
        c = 1.0 / math.sqrt(9.0 * d)
        g = 0.0
        done = False
        while not done:
            x = _normal(s, kn, wf)
            v = 1.0 + c * x
            if v > 0.0:
                v = v * v * v
                u = _uniform(s)
                x2 = x * x
                if u < 1.0 - 0.0331 * x2 * x2 or math.log(u) < 0.5 * x2 + d * (
                    1.0 - v + math.log(v)
                ):
                    g = d * v
                    done = True
        if small:
            lg = math.log(g) + math.log(_uniform(s)) / shapes[i]
            out[i] = lg if as_log else math.exp(lg)
        else:
            out[i] = math.log(g) if as_log else g


@njit(**_INLINE)
def _lfact(k, table):  # pragma: no cover - compiled
    """log k! from the table, or lgamma beyond it."""
    return table[k] if k < table.size else math.lgamma(k + 1.0)


@njit(**_INLINE)
def _power(x, n):  # pragma: no cover - compiled
    """x**n for a whole n >= 0 by squaring (a few multiplications, no exp/log)."""
    r = 1.0
    while n > 0:
        if n & 1:
            r *= x
        x *= x
        n >>= 1
    return r


@njit(**_INLINE)
def _popcount(x):  # pragma: no cover - compiled
    """The number of set bits of a 64-bit word."""
    x = x - ((x >> uint64(1)) & uint64(0x5555555555555555))
    x = (x & uint64(0x3333333333333333)) + ((x >> uint64(2)) & uint64(0x3333333333333333))
    x = (x + (x >> uint64(4))) & uint64(0x0F0F0F0F0F0F0F0F)
    return int64((x * uint64(0x0101010101010101)) >> uint64(56))


@njit(**_INLINE)
def _binomial_bits(s, n, p):  # pragma: no cover - compiled
    """Binomial(n, p) for n <= 64, exactly: n Bernoulli(p) trials side by side, one bit of a
    64-bit word per trial. Each trial compares its uniform with p one binary digit at a time;
    a trial is decided at the first digit where they differ (about log2(n) + 2 words in all)."""
    undecided = ~uint64(0) if n >= 64 else (uint64(1) << uint64(n)) - uint64(1)
    wins = uint64(0)
    while undecided != uint64(0) and p > 0.0:
        p += p
        digit = 1.0 if p >= 1.0 else 0.0
        one = uint64(0) - uint64(digit)  # all ones when the digit of p is 1
        r = _next(s)
        wins |= undecided & ~r & one  # u's digit 0 < p's digit 1: u < p
        undecided &= ~(r ^ one)  # still equal digits
        p -= digit
    return _popcount(wins)


@njit(**_INLINE)
def _binomial(s, n, p, table):  # pragma: no cover - compiled
    """Binomial(n, p): bit-parallel trials when n <= 64; otherwise inversion when
    n·min(p, 1 − p) < 10, else Hörmann's (1993) BTRS."""
    if n <= 64:
        return _binomial_bits(s, n, p)
    x = 0
    flip = p > 0.5
    pp = 1.0 - p if flip else p
    if n > 0 and pp > 0.0:
        q = 1.0 - pp
        mean = n * pp
        if mean < 10.0:
            u = _uniform(s)
            if u >= 1.0 - mean:  # else x = 0, since P(X = 0) = q^n >= 1 − n·p
                r = _power(q, n)
                odds = pp / q
                while u > r and x < n:
                    u -= r
                    x += 1
                    r *= (n - x + 1) * odds / x
        else:
            spq = math.sqrt(mean * q)
            b = 1.15 + 2.53 * spq
            a = -0.0873 + 0.0248 * b + 0.01 * pp
            c = mean + 0.5
            vr = 0.92 - 4.2 / b
            done = False
            while not done:
                u = _uniform(s) - 0.5
                v = _uniform(s)
                us = 0.5 - abs(u)
                kf = math.floor((2.0 * a / us + b) * u + c)
                if 0.0 <= kf <= n:
                    x = int(kf)
                    if us >= 0.07 and v <= vr:
                        done = True
                    else:
                        alpha = (2.83 + 5.1 / b) * spq
                        m = int(math.floor((n + 1) * pp))
                        h = _lfact(m, table) + _lfact(n - m, table)
                        lv = math.log(v * alpha / (a / (us * us) + b))
                        done = lv <= h - _lfact(x, table) - _lfact(n - x, table) + (
                            x - m
                        ) * math.log(pp / q)
    return n - x if flip else x


@njit(**_JIT)
def _poisson(s, lam, table):  # pragma: no cover - compiled
    """Poisson(lam): multiplication when lam < 10, else Hörmann's (1993) PTRS."""
    x = 0
    if 0.0 < lam < 10.0:
        limit = math.exp(-lam)
        prod = _uniform(s)
        while prod > limit:
            prod *= _uniform(s)
            x += 1
    elif lam >= 10.0:
        slam = math.sqrt(lam)
        loglam = math.log(lam)
        b = 0.931 + 2.53 * slam
        a = -0.059 + 0.02483 * b
        inv_alpha = 1.1239 + 1.1328 / (b - 3.4)
        vr = 0.9277 - 3.6224 / (b - 2.0)
        done = False
        while not done:
            u = _uniform(s) - 0.5
            v = _uniform(s)
            us = 0.5 - abs(u)
            kf = math.floor((2.0 * a / us + b) * u + lam + 0.43)
            if us >= 0.07 and v <= vr:
                x = int(kf)
                done = True
            elif kf >= 0.0 and not (us < 0.013 and v > us):
                k = int(kf)
                if math.log(v) + math.log(inv_alpha) - math.log(a / (us * us) + b) <= (
                    -lam + k * loglam - _lfact(k, table)
                ):
                    x = k
                    done = True
    return x


@njit(**_INLINE)
def _categorical(s, probs, k, total):  # pragma: no cover - compiled
    """Index drawn with probabilities probs[:k] / total."""
    u = _uniform(s) * total
    acc = 0.0
    i = 0
    while i < k - 1:
        acc += probs[i]
        if u < acc:
            break
        i += 1
    return i


@njit(**_JIT)
def _multinomial(s, n, probs, k, order, suffix, out, table):  # pragma: no cover - compiled
    """out[:k] ~ Multinomial(n, probs[:k] / Σ probs).

    Conditional binomials in ``order`` (largest first, so the remainder runs out early); once at
    most a few people are left, one categorical draw each among the remaining classes.
    """
    for i in range(k):
        out[i] = 0
    acc = 0.0
    for i in range(k - 1, -1, -1):
        acc += probs[order[i]]
        suffix[i] = acc
    left = n
    i = 0
    while i < k - 1 and left > _FEW and suffix[i] > 0.0:
        c = order[i]
        x = _binomial(s, left, probs[c] / suffix[i], table)
        out[c] = x
        left -= x
        i += 1
    if i == k - 1 or suffix[i] <= 0.0:
        out[order[i]] += left
    else:
        # the few left: one categorical draw each, by counting the cumulative sums below u
        # (no data-dependent branch); suffix[i:k-1] is overwritten with those sums
        top = suffix[i]
        acc = 0.0
        for j in range(i, k - 1):
            acc += probs[order[j]]
            suffix[j] = acc
        for _ in range(left):
            u = _uniform(s) * top
            j = i
            for t in range(i, k - 1):
                j += suffix[t] <= u
            out[order[j]] += 1


@njit(**_INLINE)
def _resort_desc(values, order, k):  # pragma: no cover - compiled
    """Insertion sort of the permutation ``order`` by decreasing values (quick if nearly sorted)."""
    for i in range(1, k):
        j = i
        while j > 0 and values[order[j - 1]] < values[order[j]]:
            t = order[j - 1]
            order[j - 1] = order[j]
            order[j] = t
            j -= 1


@njit(**_INLINE)
def _sort_desc(values, order, k):  # pragma: no cover - compiled
    """order[:k] = indices of values[:k], largest first (insertion sort; k is small)."""
    for i in range(k):
        order[i] = i
    for i in range(1, k):
        j = i
        while j > 0 and values[order[j - 1]] < values[order[j]]:
            t = order[j - 1]
            order[j - 1] = order[j]
            order[j] = t
            j -= 1


# ----------------------------------------------------------------------------------------------
# compiled kernel: the Gibbs sweep
# ----------------------------------------------------------------------------------------------
# A chain is three tuples of arrays:
#   data  = (on_ptr, on_idx, pattern, freq, table): the lists each distinct history is on (CSR),
#           the 0/1 patterns, their counts, and log k! for k < table.size;
#   par   = (lam, one_minus, ratio, nu, log_nu, q, cz, c0, scal, iscal): λ, 1 − λ, λ/(1 − λ)
#           (J × K); ν, log ν, q[k] = ν[k] Π_j (1 − λ[j, k]) (K); class counts of each history
#           (M × K) and of the unobserved (K); scal = [α, a_α, b_α, π0]; iscal = [n0, occupied,
#           sweeps done];
#   work  = (s, kn, wf, ones, ntot, probs, order, suffix, shapes, gout, cell_order): the random
#           state and the ziggurat tables, scratch space, and each history's class order, largest
#           first as of its last re-sort (every _RESORT_EVERY sweeps).


@njit(**_JIT)
def _cell_probs_log(m, pattern, lam, one_minus, log_nu, probs):  # pragma: no cover - compiled
    """Class probabilities of history m computed in logs (for extreme parameter values)."""
    n_lists, k = lam.shape
    best = -np.inf
    for c in range(k):
        v = log_nu[c]
        for j in range(n_lists):
            v += math.log(lam[j, c]) if pattern[m, j] else math.log(one_minus[j, c])
        probs[c] = v
        best = max(best, v)
    total = 0.0
    for c in range(k):
        probs[c] = math.exp(probs[c] - best)
        total += probs[c]
    return total


@njit(**_JIT)
def _allocate_observed(data, par, work):  # pragma: no cover - compiled
    """Step 1: how many of each distinct observed history are in each class (multinomial, with
    p[k] ∝ q[k] Π_{j on} λ/(1 − λ)); tabulates ``ones`` (on list j, class k) and ``ntot``."""
    on_ptr, on_idx, pattern, freq, table = data
    lam, one_minus, ratio, nu, log_nu, q, cz, c0, scal, iscal = par
    s, kn, wf, ones, ntot, probs, order, suffix, shapes, gout, cell_order = work
    k = q.size
    ones[:, :] = 0
    ntot[:] = 0
    for m in range(freq.size):
        for c in range(k):
            probs[c] = q[c]
        for t in range(on_ptr[m], on_ptr[m + 1]):
            j = on_idx[t]
            for c in range(k):
                probs[c] *= ratio[j, c]
        total = 0.0
        for c in range(k):
            total += probs[c]
        if not 1e-290 < total < 1e290:
            total = _cell_probs_log(m, pattern, lam, one_minus, log_nu, probs)
        count = freq[m]
        if count == 1:  # one person: one categorical draw, tabulated directly
            z = _categorical(s, probs, k, total)
            for t in range(on_ptr[m], on_ptr[m + 1]):
                ones[on_idx[t], z] += 1
            ntot[z] += 1
        else:
            row = cz[m]
            if count > _FEW:  # binomials: largest classes first, so the remainder runs out early
                mine = cell_order[m]
                # the order is that of the last re-sort: any order fixed before the draw gives
                # the exact multinomial, and sorting every sweep cost more than it saved
                if iscal[2] % _RESORT_EVERY == 0:
                    _resort_desc(probs, mine, k)
                _multinomial(s, count, probs, k, mine, suffix, row, table)
            else:
                for c in range(k):
                    order[c] = c
                _multinomial(s, count, probs, k, order, suffix, row, table)
            for t in range(on_ptr[m], on_ptr[m + 1]):
                j = on_idx[t]
                for c in range(k):
                    ones[j, c] += row[c]
            for c in range(k):
                ntot[c] += row[c]


@njit(**_JIT)
def _draw_lambda(par, work):  # pragma: no cover - compiled
    """Step 2: λ[j, k] ~ Beta(1 + #on list j, 1 + #not on it) over class k, unobserved included.

    Beta(1, b) and Beta(a, 1) by inversion; otherwise from two gamma draws, so that λ, 1 − λ and
    their ratio all keep full relative precision."""
    lam, one_minus, ratio, nu, log_nu, q, cz, c0, scal, iscal = par
    s, kn, wf, ones, ntot, probs, order, suffix, shapes, gout, cell_order = work
    n_lists, k = lam.shape
    pending = 0
    for c in range(k):
        members = ntot[c] + c0[c]
        for j in range(n_lists):
            a = 1.0 + ones[j, c]
            b = 1.0 + (members - ones[j, c])
            if members == 0:  # an empty class: λ ~ Beta(1, 1)
                u = _uniform(s)
                lam[j, c] = u
                one_minus[j, c] = 1.0 - u
                ratio[j, c] = u / (1.0 - u)
            elif a == 1.0:  # 1 − λ = U^(1/b)
                lu = math.log(_uniform(s)) / b
                om = math.exp(lu)
                lam[j, c] = -math.expm1(lu)
                one_minus[j, c] = om
                ratio[j, c] = lam[j, c] / om
            elif b == 1.0:  # λ = U^(1/a)
                lu = math.log(_uniform(s)) / a
                lam[j, c] = math.exp(lu)
                one_minus[j, c] = -math.expm1(lu)
                ratio[j, c] = lam[j, c] / one_minus[j, c]
            else:
                shapes[pending] = a
                shapes[pending + 1] = b
                pending += 2
    _gammas(s, kn, wf, shapes, gout, pending, False)
    i = 0
    for c in range(k):
        members = ntot[c] + c0[c]
        for j in range(n_lists):
            if ones[j, c] > 0 and members - ones[j, c] > 0:
                g1 = gout[i]
                g2 = gout[i + 1]
                i += 2
                lam[j, c] = g1 / (g1 + g2)
                one_minus[j, c] = g2 / (g1 + g2)
                ratio[j, c] = g1 / g2


@njit(**_JIT)
def _draw_nu(n_total, par, work):  # pragma: no cover - compiled
    """Step 3: stick-breaking weights V[k] ~ Beta(1 + n_k, α + Σ_{l>k} n_l), in logs."""
    lam, one_minus, ratio, nu, log_nu, q, cz, c0, scal, iscal = par
    s, kn, wf, ones, ntot, probs, order, suffix, shapes, gout, cell_order = work
    alpha = scal[0]
    k = nu.size
    rest = n_total
    pending = 0
    for c in range(k - 1):
        nk = ntot[c] + c0[c]
        rest -= nk
        if nk > 0:
            shapes[pending] = 1.0 + nk
            shapes[pending + 1] = alpha + rest
            pending += 2
    _gammas(s, kn, wf, shapes, gout, pending, True)
    rest = n_total
    acc = 0.0
    i = 0
    for c in range(k - 1):
        nk = ntot[c] + c0[c]
        rest -= nk
        if nk == 0:  # Beta(1, b): log(1 − V) = log(U) / b
            l1mv = math.log(_uniform(s)) / (alpha + rest)
            lv = math.log(-math.expm1(l1mv))
        else:
            g1 = gout[i]
            g2 = gout[i + 1]
            i += 2
            lse = max(g1, g2) + math.log1p(math.exp(-abs(g1 - g2)))
            lv = g1 - lse
            l1mv = g2 - lse
        log_nu[c] = lv + acc
        nu[c] = math.exp(log_nu[c])
        acc += l1mv
    log_nu[k - 1] = acc
    nu[k - 1] = math.exp(acc)


@njit(**_JIT)
def _zero_probs(par):  # pragma: no cover - compiled
    """q[k] = ν[k] Π_j (1 − λ[j, k]); returns π0 = Σ q, the chance of being on no list."""
    lam, one_minus, ratio, nu, log_nu, q, cz, c0, scal, iscal = par
    n_lists, k = one_minus.shape
    pi0 = 0.0
    for c in range(k):
        v = nu[c]
        for j in range(n_lists):
            v *= one_minus[j, c]
        q[c] = v
        pi0 += v
    return min(pi0, 1.0)


@njit(**_JIT)
def _draw_n0(n, pi0, table, work):  # pragma: no cover - compiled
    """Step 4: n0 ~ NegBin(n, 1 − π0) (failures before n successes) — the full conditional
    under p(N) ∝ 1/N — kept only when n0 <= 20·n."""
    s, kn, wf, ones, ntot, probs, order, suffix, shapes, gout, cell_order = work
    limit = N0_LIMIT * n
    result = -1
    if pi0 <= 0.0:
        result = 0
    elif pi0 < 1.0:
        scale = pi0 / (1.0 - pi0)
        cap = limit + 40.0 * math.sqrt(limit + 1.0) + 100.0
        shapes[0] = float(n)
        tries = 0
        while result < 0 and tries < _MAX_REJECT:
            tries += 1
            _gammas(s, kn, wf, shapes, gout, 1, False)
            y = gout[0] * scale
            if y <= cap:  # above it a Poisson(y) draw would exceed the limit (all but surely)
                x = _poisson(s, y, table)
                if x <= limit:
                    result = x
    if result < 0:
        result = _truncated_negbin(s, n, pi0, limit, table)
    return result


@njit(**_JIT)
def _truncated_negbin(s, n, pi0, limit, table):  # pragma: no cover - compiled
    """NegBin(n, 1 − π0) restricted to 0…limit, by inversion (when rejection keeps failing)."""
    if pi0 >= 1.0:
        return limit
    lp = math.log(pi0)
    w = np.empty(limit + 1)
    best = -np.inf
    for x in range(limit + 1):
        w[x] = _lfact(n + x - 1, table) - _lfact(x, table) + x * lp
        best = max(best, w[x])
    total = 0.0
    for x in range(limit + 1):
        w[x] = math.exp(w[x] - best)
        total += w[x]
    u = _uniform(s) * total
    acc = 0.0
    for x in range(limit + 1):
        acc += w[x]
        if u < acc:
            return x
    return limit


@njit(**_JIT)
def _sweep(data, par, work, update_alpha):  # pragma: no cover - compiled
    """One Gibbs sweep, steps 1–6 (``q`` must hold the weights of the all-zero history)."""
    on_ptr, on_idx, pattern, freq, table = data
    lam, one_minus, ratio, nu, log_nu, q, cz, c0, scal, iscal = par
    s, kn, wf, ones, ntot, probs, order, suffix, shapes, gout, cell_order = work
    k = q.size
    n = 0
    for m in range(freq.size):
        n += freq[m]
    iscal[2] += 1
    _allocate_observed(data, par, work)
    _draw_lambda(par, work)
    _draw_nu(float(n + iscal[0]), par, work)
    pi0 = _zero_probs(par)
    scal[3] = pi0
    n0 = _draw_n0(n, pi0, table, work)
    iscal[0] = n0
    _sort_desc(q, order, k)
    _multinomial(s, n0, q, k, order, suffix, c0, table)  # step 5: classes of the unobserved
    occupied = 0
    for c in range(k):
        if ntot[c] + c0[c] > 0:
            occupied += 1
    iscal[1] = occupied
    if update_alpha:  # step 6: α ~ Gamma(a_α + K − 1, rate b_α − log ν_K)
        shapes[0] = scal[1] + k - 1.0
        _gammas(s, kn, wf, shapes, gout, 1, False)
        # floored far below anything the prior allows, so that α cannot underflow to 0 (an
        # absorbing state of the floating-point chain, not of the model)
        scal[0] = max(gout[0] / (scal[2] - log_nu[k - 1]), _ALPHA_FLOOR)


@njit(**_JIT)
def _run(data, par, work, update_alpha, sweeps, thin, out_n, out_k, offset):  # pragma: no cover
    """``sweeps`` sweeps; when ``thin`` > 0, after every ``thin``-th store N = n + n0 and the
    number of occupied classes at ``offset`` onwards. Returns the number of draws stored, or −1
    if the state became invalid."""
    freq = data[3]
    iscal = par[9]
    n = 0
    for m in range(freq.size):
        n += freq[m]
    stored = 0
    for i in range(sweeps):
        _sweep(data, par, work, update_alpha)
        if not par[8][3] >= 0.0:  # π0 is NaN: the state is broken (should never happen)
            return -1
        if thin > 0 and (i + 1) % thin == 0:
            out_n[offset + stored] = n + iscal[0]
            out_k[offset + stored] = iscal[1]
            stored += 1
    return stored


@njit(**_JIT)
def _init(data, par, work, warmup):  # pragma: no cover - compiled
    """LCMCR's starting values, ``warmup`` sweeps with α fixed, then classes relabelled.

    ν from a stick-breaking draw with Beta(1, 1) sticks; λ[j, ·] = the share of the observed on
    list j (kept inside (0, 1)); α = 0.3 / K; nobody unobserved yet. After the warm-up sweeps
    (α not updated) the classes are put in order of decreasing weight.
    """
    on_ptr, on_idx, pattern, freq, table = data
    lam, one_minus, ratio, nu, log_nu, q, cz, c0, scal, iscal = par
    s, kn, wf, ones, ntot, probs, order, suffix, shapes, gout, cell_order = work
    n_lists, k = lam.shape
    n = 0
    for m in range(freq.size):
        n += freq[m]
    for i in range(2 * (k - 1)):
        shapes[i] = 1.0
    _gammas(s, kn, wf, shapes, gout, 2 * (k - 1), True)
    acc = 0.0
    for c in range(k - 1):
        g1 = gout[2 * c]
        g2 = gout[2 * c + 1]
        lse = max(g1, g2) + math.log1p(math.exp(-abs(g1 - g2)))
        log_nu[c] = g1 - lse + acc
        nu[c] = math.exp(log_nu[c])
        acc += g2 - lse
    log_nu[k - 1] = acc
    nu[k - 1] = math.exp(acc)
    for j in range(n_lists):
        on = 0
        for m in range(freq.size):
            if pattern[m, j]:
                on += freq[m]
        p = (on + 0.5) / (n + 1.0)
        for c in range(k):
            lam[j, c] = p
            one_minus[j, c] = 1.0 - p
            ratio[j, c] = p / (1.0 - p)
    scal[0] = 0.3 / k
    iscal[0] = 0
    c0[:] = 0
    _zero_probs(par)
    fixed_alpha = warmup < 0  # False, as a run-time value: _sweep is compiled once, not per literal
    for _ in range(warmup):
        _sweep(data, par, work, fixed_alpha)
    _sort_desc(nu, order, k)
    perm = order.copy()
    for arr in (lam, one_minus, ratio):
        tmp = arr.copy()
        for c in range(k):
            arr[:, c] = tmp[:, perm[c]]
    tmpc = cz.copy()
    for c in range(k):
        cz[:, c] = tmpc[:, perm[c]]
    for vec in (nu, log_nu, q):
        tmpv = vec.copy()
        for c in range(k):
            vec[c] = tmpv[perm[c]]
    tmp0 = c0.copy()
    for c in range(k):
        c0[c] = tmp0[perm[c]]


# ----------------------------------------------------------------------------------------------
# chains
# ----------------------------------------------------------------------------------------------
@dataclass
class _Chain:
    """One chain's arrays (see the tuples described above the sweep)."""

    par: tuple[np.ndarray, ...]
    work: tuple[np.ndarray, ...]


def _table_data(h: Histories) -> tuple[np.ndarray, ...]:
    """(on_ptr, on_idx, pattern, freq, table) for the kernel."""
    pattern = np.ascontiguousarray(h.patterns, dtype=np.uint8)
    freq = np.ascontiguousarray(h.counts, dtype=np.int64)
    rows, cols = np.nonzero(pattern)
    on_ptr = np.concatenate([[0], np.cumsum(np.bincount(rows, minlength=pattern.shape[0]))])
    n = int(freq.sum())
    size = int(min((N0_LIMIT + 1) * n + 2, 1 << 22))
    table = gammaln(np.arange(size, dtype=float) + 1.0)
    return (
        on_ptr.astype(np.int64),
        cols.astype(np.int64),
        pattern,
        freq,
        np.ascontiguousarray(table),
    )


def _new_chain(
    n_lists: int, k: int, n_cells: int, state: np.ndarray, a_alpha: float, b_alpha: float
) -> _Chain:
    kn, wf = _ZIGGURAT
    jk = (n_lists, k)
    par = (
        np.zeros(jk),
        np.zeros(jk),
        np.zeros(jk),
        np.zeros(k),
        np.zeros(k),
        np.zeros(k),
        np.zeros((n_cells, k), dtype=np.int64),
        np.zeros(k, dtype=np.int64),
        np.array([1.0, a_alpha, b_alpha, 0.0]),
        np.zeros(3, dtype=np.int64),
    )
    scratch = 2 * n_lists * k + 2 * k + 2
    work = (
        state,
        kn,
        wf,
        np.zeros(jk, dtype=np.int64),
        np.zeros(k, dtype=np.int64),
        np.zeros(k),
        np.zeros(k, dtype=np.int64),
        np.zeros(k),
        np.zeros(scratch),
        np.zeros(scratch),
        np.ascontiguousarray(np.tile(np.arange(k, dtype=np.int64), (n_cells, 1))),
    )
    return _Chain(par, work)


_ZIGGURAT = _ziggurat_tables()


def _seed_states(seed: int | None, chains: int, fingerprint: int) -> tuple[int, list[np.ndarray]]:
    """The seed actually used (drawn from the OS when None) and one generator state per chain."""
    used = int(np.random.SeedSequence().entropy) if seed is None else int(seed)  # type: ignore[arg-type]
    root = np.random.SeedSequence([used, fingerprint])
    states = []
    for child in root.spawn(chains):
        state = child.generate_state(4, dtype=np.uint64)
        if not state.any():  # pragma: no cover - probability 2^-256
            state[0] = 1
        states.append(state)
    return used, states


@dataclass(frozen=True)
class _Plan:
    burn_in: int
    iterations: int
    thin: int
    block: int

    @property
    def draws(self) -> int:
        return self.iterations // self.thin

    @property
    def sweeps(self) -> int:
        return WARMUP + self.burn_in + self.iterations


def _run_chain(
    data: tuple[np.ndarray, ...], chain: _Chain, plan: _Plan, tick: Callable[[int], None]
) -> tuple[np.ndarray, np.ndarray]:
    """Warm-up, burn-in and sampling of one chain; returns (N draws, occupied classes)."""
    out_n = np.zeros(plan.draws, dtype=np.int64)
    out_k = np.zeros(plan.draws, dtype=np.int64)
    _init(data, chain.par, chain.work, WARMUP)
    tick(WARMUP)
    left = plan.burn_in
    while left > 0:
        step = min(plan.block, left)
        _check(_run(data, chain.par, chain.work, True, step, 0, out_n, out_k, 0))
        left -= step
        tick(step)
    stored = 0
    while stored < plan.draws:
        step = min(plan.block // plan.thin, plan.draws - stored)
        sweeps = step * plan.thin
        stored += _check(
            _run(data, chain.par, chain.work, True, sweeps, plan.thin, out_n, out_k, stored)
        )
        tick(sweeps)
    rest = plan.iterations - plan.draws * plan.thin
    if rest:
        _check(_run(data, chain.par, chain.work, True, rest, 0, out_n, out_k, 0))
        tick(rest)
    return out_n, out_k


def _check(stored: int) -> int:
    if stored < 0:  # pragma: no cover - a guard, never seen
        raise EstimationError("LCMCR: the sampler reached an invalid (NaN) state; please report")
    return stored


class _Counter:
    """Sweeps done across chains (thread-safe), reported to ``progress`` from the main thread."""

    def __init__(self, total: int, progress: Progress | None, threaded: bool) -> None:
        self.total = total
        self.done = 0
        self.progress = progress
        self.threaded = threaded
        self.lock = threading.Lock()

    def tick(self, count: int) -> None:
        with self.lock:
            self.done += count
        if self.progress is not None and not self.threaded:
            self.progress(self.done, self.total)

    def report(self) -> None:
        if self.progress is not None:
            with self.lock:
                done = self.done
            self.progress(done, self.total)


# ----------------------------------------------------------------------------------------------
# the estimator
# ----------------------------------------------------------------------------------------------
class LCMCR(Estimator):
    """Bayesian non-parametric latent class capture–recapture (Manrique-Vallier 2016), as R's LCMCR.

    Parameters (keyword-only)
    -------------------------
    classes : int
        K*, the most latent classes the truncated stick-breaking prior allows (default 10;
        HRDAG uses min(2^J − 1, 15)). If every class is occupied at some point, raise it.
    iterations : int
        Sampler sweeps after the burn-in (default 100,000); one draw is kept every ``thin``.
    burn_in : int
        Sweeps discarded first (default 10,000), after LCMCR's 500 warm-up sweeps.
    thin : int
        Keep one draw every ``thin`` sweeps (default 10).
    seed : int, optional
        Makes the run reproducible; None draws one from the OS (it is reported in
        ``diagnostics["seed"]`` so the run can be repeated).
    chains : int
        Independent chains (default 1); with two or more, R-hat compares them.
    a_alpha, b_alpha : float
        Gamma prior of the concentration α (default 0.25, 0.25 as in LCMCR).
    n_jobs : int, optional
        Chains run at once, in threads (default: as many as chains and CPUs allow).
    level : float
        Coverage of the interval (default 0.95).

    ``fit(histories, progress=None)`` needs at least 3 lists. ``progress(done, total)`` is called
    with sweeps done over all chains. The result's estimate is the posterior mean of N, its interval
    the posterior quantiles, ``draws`` the kept draws (chains × draws), and ``diagnostics`` holds
    R-hat, bulk and tail ESS, the seed and the number of occupied classes.

    Example: ``LCMCR(seed=1).fit(Histories.from_csv("kosovo_4.csv")).estimate``.
    """

    _parameter_constraints = {
        "classes": [Interval(int, 2, 500)],
        "iterations": [Interval(int, 1, None)],
        "burn_in": [Interval(int, 0, None)],
        "thin": [Interval(int, 1, None)],
        "seed": [None, Interval(int, 0, None)],
        "chains": [Interval(int, 1, 256)],
        "a_alpha": [Interval(float, 0, None, closed="neither")],
        "b_alpha": [Interval(float, 0, None, closed="neither")],
        "n_jobs": [None, Interval(int, 1, None)],
        "level": [Interval(float, 0, 1, closed="neither")],
    }

    def __init__(
        self,
        *,
        classes: int = 10,
        iterations: int = 100_000,
        burn_in: int = 10_000,
        thin: int = 10,
        seed: int | None = None,
        chains: int = 1,
        a_alpha: float = 0.25,
        b_alpha: float = 0.25,
        n_jobs: int | None = None,
        level: float = 0.95,
    ) -> None:
        self.classes = classes
        self.iterations = iterations
        self.burn_in = burn_in
        self.thin = thin
        self.seed = seed
        self.chains = chains
        self.a_alpha = a_alpha
        self.b_alpha = b_alpha
        self.n_jobs = n_jobs
        self.level = level

    def fit(self, histories: Any, *, progress: Progress | None = None) -> EstimateResult:
        self._validate_params()
        if self.iterations < self.thin:
            raise EstimationError(
                f"LCMCR: iterations={self.iterations} < thin={self.thin} keeps no draw"
            )
        if not HAVE_NUMBA:
            raise MissingExtraError("numba", "fast")
        h: Histories = check_histories(histories, min_lists=3)
        data = _table_data(h)
        fingerprint = zlib.crc32(data[2].tobytes() + data[3].tobytes())
        seed, states = _seed_states(self.seed, self.chains, fingerprint)
        target = max(2_000, (self.burn_in + self.iterations) // 200)  # sweeps between reports
        plan = _Plan(
            self.burn_in, self.iterations, self.thin, max(1, target // self.thin) * self.thin
        )
        chains = [
            _new_chain(h.n_lists, self.classes, h.n_histories, st, self.a_alpha, self.b_alpha)
            for st in states
        ]
        jobs = self.n_jobs or min(self.chains, os.cpu_count() or 1)
        started = time.perf_counter()
        traces = self._run_all(data, chains, plan, jobs, progress)
        seconds = time.perf_counter() - started
        self.trace_ = {
            "N": np.stack([t[0] for t in traces]),
            "occupied": np.stack([t[1] for t in traces]),
        }
        return self._result(h, seed, plan, seconds)

    def _run_all(
        self,
        data: tuple[np.ndarray, ...],
        chains: list[_Chain],
        plan: _Plan,
        jobs: int,
        progress: Progress | None,
    ) -> list[tuple[np.ndarray, np.ndarray]]:
        threaded = jobs > 1 and len(chains) > 1
        counter = _Counter(plan.sweeps * len(chains), progress, threaded)
        if not threaded:
            return [_run_chain(data, c, plan, counter.tick) for c in chains]
        with ThreadPoolExecutor(max_workers=jobs) as pool:
            futures = [pool.submit(_run_chain, data, c, plan, counter.tick) for c in chains]
            while not all(f.done() for f in futures):
                time.sleep(0.05)
                counter.report()
            counter.report()
            return [f.result() for f in futures]

    def _result(self, h: Histories, seed: int, plan: _Plan, seconds: float) -> EstimateResult:
        draws = self.trace_["N"].astype(float)
        occupied = self.trace_["occupied"]
        n = h.n_observed
        limit = (N0_LIMIT + 1) * n
        diagnostics: dict[str, Any] = {
            "rhat": rhat(draws),
            "ess": ess_bulk(draws),
            "ess_tail": ess_tail(draws),
            "chains": len(draws),
            "draws_per_chain": plan.draws,
            "seed": seed,
            "sweeps_per_chain": plan.sweeps,
            "warmup": WARMUP,
            "seconds": seconds,
            "chain_means": [float(c.mean()) for c in draws],
            "median": float(np.median(draws)),
            "sd": float(draws.std(ddof=1)) if draws.size > 1 else math.nan,
            "occupied_classes_mean": float(occupied.mean()),
            "occupied_classes_max": int(occupied.max()),
            "n_max": limit,
        }
        notes: list[Caveat] = []
        full = float(np.mean(occupied >= self.classes))
        if full > 0.5:
            notes.append(
                Caveat(
                    "classes_saturated",
                    f"All {self.classes} latent classes are occupied in {full:.0%} of the draws: "
                    "the truncation binds. Refit with more classes (e.g. classes="
                    f"{min(2 * self.classes, 50)}) and compare.",
                )
            )
        near_cap = float(np.mean(draws > 0.9 * limit))
        if near_cap > 0.01:
            notes.append(
                Caveat(
                    "n0_cap",
                    f"{near_cap:.1%} of the draws are near the sampler's cap of N = 21·n = "
                    f"{limit:,}: the data barely bound N from above, so the upper end of the "
                    "interval (and the mean) reflect that cap, not the lists.",
                )
            )
        return EstimateResult(
            method="lcmcr",
            estimate=float(draws.mean()),
            observed=n,
            level=self.level,
            stderr=diagnostics["sd"],
            draws=draws,
            draws_kind="posterior",
            diagnostics=diagnostics,
            params=self.get_params(),
            histories=h,
            notes=notes,
            point="posterior mean",
        )
