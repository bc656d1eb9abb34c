"""Decomposable graphs: the enumeration dga's model average runs over."""

from __future__ import annotations

from itertools import combinations

import pytest

from recuento.errors import EstimationError
from recuento.estimate.graphs import decomposable_graphs, is_chordal


@pytest.mark.parametrize(("k", "count"), [(2, 2), (3, 8), (4, 61), (5, 822)])
def test_number_of_decomposable_graphs(k: int, count: int) -> None:
    # 8, 61 and 822 are the sizes of dga's graphs3, graphs4 and graphs5 (OEIS A058862)
    graphs = decomposable_graphs(k)
    assert len(graphs) == count
    assert len({g.edges for g in graphs}) == count


def test_four_cycle_is_not_chordal_but_a_chord_fixes_it() -> None:
    cycle = {(0, 1), (1, 2), (2, 3), (0, 3)}
    assert not is_chordal(4, cycle)
    assert is_chordal(4, cycle | {(0, 2)})
    # the only non-chordal graphs on four vertices are the three 4-cycles
    all_pairs = list(combinations(range(4), 2))
    non_chordal = [
        mask
        for mask in range(64)
        if not is_chordal(4, {p for b, p in enumerate(all_pairs) if mask >> b & 1})
    ]
    assert len(non_chordal) == 3


@pytest.mark.parametrize("k", [3, 4, 5])
def test_cliques_and_separators_form_a_junction_tree(k: int) -> None:
    for g in decomposable_graphs(k):
        # every vertex is in a clique; the running-intersection identity Σ|C| − Σ|S| = K holds
        assert set().union(*map(set, g.cliques)) == set(range(k))
        assert sum(map(len, g.cliques)) - sum(map(len, g.separators)) == k
        # every edge lies in a clique and every clique is complete
        for a, b in g.edges:
            assert any(a in c and b in c for c in g.cliques)
        for c in g.cliques:
            assert all((a, b) in g.edges for a, b in combinations(c, 2))
        # separators are non-empty intersections of cliques
        for s in g.separators:
            assert s and any(set(s) <= set(c) for c in g.cliques)


def test_notation_and_order() -> None:
    graphs = decomposable_graphs(4)
    assert graphs[0].notation == "[1][2][3][4]"
    assert graphs[-1].notation == "[1234]"
    by_name = {g.notation: g for g in graphs}
    kosovo_top = by_name["[123][134]"]
    assert kosovo_top.separators == ((0, 2),)
    chain = by_name["[12][23][34]"]
    assert chain.separators == ((1,), (2,))
    assert str(chain) == "[12][23][34]"


@pytest.mark.parametrize("k", [1, 7, 3.0, True])
def test_unsupported_number_of_lists(k: object) -> None:
    with pytest.raises(EstimationError):
        decomposable_graphs(k)  # type: ignore[arg-type]
