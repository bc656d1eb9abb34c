"""Decomposable (chordal) graphical models on K lists, enumerated once per K.

A graphical log-linear model on K lists is decomposable when its independence graph is chordal
(every cycle of four or more vertices has a chord). Such a model factorises over its maximal
cliques and the separators of a junction tree, which is what gives the closed-form marginal
likelihoods used by :class:`recuento.estimate.dga.DGA`.

The enumeration is brute force over the 2^(K(K-1)/2) edge sets, which is instant for K ≤ 6:
8 graphs for K = 3, 61 for K = 4, 822 for K = 5 and 18,154 for K = 6 (OEIS A058862).

Lists are numbered from 0 inside the code and from 1 in the notation ``[123][134]``, the way
capture-recapture papers and the R packages write models.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from itertools import combinations

from recuento.errors import EstimationError

MAX_LISTS = 6

__all__ = ["MAX_LISTS", "DecomposableGraph", "decomposable_graphs", "is_chordal"]


@dataclass(frozen=True, slots=True)
class DecomposableGraph:
    """A decomposable graph: its maximal cliques and the separators of one junction tree.

    ``cliques`` and ``separators`` hold sorted tuples of 0-based list indices; empty separators
    (between connected components) are left out, so ``len(cliques) - len(separators)`` is the
    number of factors that carry a normalising constant.
    """

    k: int
    edges: frozenset[tuple[int, int]]
    cliques: tuple[tuple[int, ...], ...]
    separators: tuple[tuple[int, ...], ...]

    @property
    def notation(self) -> str:
        """Generating class, lists from 1: ``[123][134]``; ``[1][2][3]`` is independence."""
        return "".join("[" + _label(c) + "]" for c in self.cliques)

    def __str__(self) -> str:
        return self.notation


def _label(vertices: tuple[int, ...]) -> str:
    if all(v < 9 for v in vertices):
        return "".join(str(v + 1) for v in vertices)
    return ",".join(str(v + 1) for v in vertices)


def _adjacency(k: int, edges: frozenset[tuple[int, int]]) -> list[set[int]]:
    adj: list[set[int]] = [set() for _ in range(k)]
    for a, b in edges:
        adj[a].add(b)
        adj[b].add(a)
    return adj


def is_chordal(k: int, edges: frozenset[tuple[int, int]] | set[tuple[int, int]]) -> bool:
    """True when the graph has no chordless cycle of length four or more.

    Uses repeated elimination of simplicial vertices (a vertex whose neighbours form a clique):
    a graph is chordal exactly when it can be emptied that way.
    """
    adj = _adjacency(k, frozenset(edges))
    remaining = set(range(k))
    while remaining:
        for v in sorted(remaining):
            nbrs = adj[v] & remaining
            if all(b in adj[a] for a, b in combinations(sorted(nbrs), 2)):
                remaining.discard(v)
                break
        else:
            return False
    return True


def _maximal_cliques(k: int, adj: list[set[int]]) -> list[tuple[int, ...]]:
    cliques: list[tuple[int, ...]] = []
    for size in range(k, 0, -1):
        for subset in combinations(range(k), size):
            if any(set(subset) <= set(c) for c in cliques):
                continue
            if all(b in adj[a] for a, b in combinations(subset, 2)):
                cliques.append(subset)
    return sorted(cliques)


def _separators(cliques: list[tuple[int, ...]]) -> list[tuple[int, ...]]:
    """Separators of a junction tree: a maximum-weight spanning forest of the clique graph
    (weight = size of the intersection), zero-weight links left out."""
    links = sorted(
        (
            (len(set(a) & set(b)), i, j)
            for (i, a), (j, b) in combinations(enumerate(cliques), 2)
            if set(a) & set(b)
        ),
        key=lambda t: (-t[0], t[1], t[2]),
    )
    parent = list(range(len(cliques)))

    def root(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    seps: list[tuple[int, ...]] = []
    for _, i, j in links:
        ri, rj = root(i), root(j)
        if ri != rj:
            parent[ri] = rj
            seps.append(tuple(sorted(set(cliques[i]) & set(cliques[j]))))
    return sorted(seps)


@cache
def decomposable_graphs(k: int) -> tuple[DecomposableGraph, ...]:
    """Every decomposable graph on ``k`` lists, sparsest first (independence model first,
    saturated model last), each with its cliques and separators.

    Raises EstimationError outside 2 ≤ k ≤ 6 (K = 7 already has 617,675 such graphs).
    """
    if not isinstance(k, int) or isinstance(k, bool) or not 2 <= k <= MAX_LISTS:
        raise EstimationError(
            f"decomposable graphs are enumerated for 2 to {MAX_LISTS} lists, not {k!r}"
        )
    pairs = list(combinations(range(k), 2))
    found: list[tuple[int, int, DecomposableGraph]] = []
    for mask in range(1 << len(pairs)):
        edges = frozenset(p for bit, p in enumerate(pairs) if mask >> bit & 1)
        if not is_chordal(k, edges):
            continue
        cliques = _maximal_cliques(k, _adjacency(k, edges))
        graph = DecomposableGraph(
            k=k,
            edges=edges,
            cliques=tuple(cliques),
            separators=tuple(_separators(cliques)),
        )
        found.append((len(edges), mask, graph))
    found.sort(key=lambda t: (t[0], t[1]))
    return tuple(g for _, _, g in found)
