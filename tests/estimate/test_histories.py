"""Capture histories: construction, validation with locations, sparse storage, strata."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pytest

from recuento.errors import EstimationError
from recuento.estimate import Histories, HistoriesError, stratify


def test_table_is_stored_sparse_and_sorted():
    h = Histories.from_table(
        {"B": [0, 1, 1, 0], "A": [1, 1, 0, 1], "count": [5, 0, 7, 2]}, duplicates="sum"
    )
    assert h.list_names == ("B", "A")
    # zero rows dropped, duplicates (0,1) added, rows in lexicographic order
    assert h.patterns.tolist() == [[0, 1], [1, 0]]
    assert h.counts.tolist() == [7, 7]
    assert h.patterns.dtype == np.uint8 and h.counts.dtype == np.int64
    assert h.n_observed == 14 and h.n_lists == 2 and h.n_histories == 2
    with pytest.raises(ValueError):
        h.counts[0] = 1  # read-only


def test_duplicates_refused_by_default_with_both_rows_named():
    with pytest.raises(HistoriesError) as info:
        Histories.from_table({"A": [1, 1], "B": [0, 0], "count": [3, 4]})
    problem = info.value.problems[0]
    assert problem.code == "duplicate"
    assert "10" in problem.message and "row 1" in problem.message and problem.file == "row 2"


def test_every_problem_reported_with_row_and_column():
    with pytest.raises(HistoriesError) as info:
        Histories.from_table({"A": [1, 2, 0], "B": [0, "x", 1], "count": [1, -1, "2.5"]})
    problems = info.value.problems
    where = {(p.file, p.field, p.code) for p in problems}
    assert ("row 2", "A", "membership") in where
    assert ("row 2", "B", "membership") in where
    assert ("row 2", "count", "count") in where
    assert ("row 3", "count", "count") in where
    assert isinstance(info.value, EstimationError)


def test_all_zero_history_refused_when_counted_and_skipped_when_zero():
    with pytest.raises(HistoriesError, match="all-zero history"):
        Histories.from_table({"A": [0, 1], "B": [0, 1], "count": [4, 3]})
    h = Histories.from_table({"A": [0, 1], "B": [0, 1], "count": [0, 3]})
    assert h.n_observed == 3


def test_fewer_than_two_lists_refused():
    with pytest.raises(HistoriesError, match="at least 2 lists"):
        Histories.from_table({"A": [1], "count": [3]})


def test_strata_column_not_taken_for_a_list_gives_a_hint(tmp_path: Path):
    path = tmp_path / "t.csv"
    rows = ["region,l1,l2,count"] + [
        f"north,{a},{b},{i}" for i, (a, b) in enumerate([(0, 1), (1, 0), (1, 1)], 1)
    ]
    rows += ["south,0,1,4", "south,1,0,5"]
    path.write_text("\n".join(rows) + "\n")
    with pytest.raises(HistoriesError, match="strata='region'") as info:
        Histories.from_csv(path)
    assert info.value.problems[0].file == f"{path}:2"
    h = Histories.from_csv(path, strata="region")
    assert set(h.strata) == {"north", "south"}
    assert h.n_observed == 6 + 9
    assert h.strata["south"].n_observed == 9


def test_csv_errors_name_file_and_line(tmp_path: Path):
    path = tmp_path / "bad.csv"
    path.write_text("a,b,count\n1,0,3\n1,1,-2\n")
    with pytest.raises(HistoriesError) as info:
        Histories.from_csv(path)
    assert str(info.value).startswith(f"{path}:3 count")
    path.write_text("a,b\n1,0\n")
    with pytest.raises(HistoriesError, match="count=None"):
        Histories.from_csv(path)
    assert Histories.from_csv(path, count=None).n_observed == 1


def test_records_one_history_per_cluster():
    records = [
        {"record_id": "r1", "cluster_id": "p1", "source": "ngo"},
        {"record_id": "r2", "cluster_id": "p1", "source": "press"},
        {"record_id": "r3", "cluster_id": "p1", "source": "press"},  # same list twice: counts once
        {"record_id": "r4", "cluster_id": "p2", "source": "ngo"},
        {"record_id": "r5", "cluster_id": "p3", "source": "state"},
    ]
    h = Histories.from_records(records)
    assert h.list_names == ("ngo", "press", "state")
    assert dict(h) == {(0, 0, 1): 1, (1, 0, 0): 1, (1, 1, 0): 1}
    assert h.n_observed == 3


def test_records_errors():
    with pytest.raises(HistoriesError) as info:
        Histories.from_records(
            [("r1", "p1", "A"), ("r1", "p2", "B"), ("r3", "", "A")], file="x.csv"
        )
    messages = [str(p) for p in info.value.problems]
    assert any("x.csv:3" in m and "used twice" in m for m in messages)
    assert any("x.csv:4" in m and "cluster_id" in m for m in messages)
    with pytest.raises(HistoriesError, match="strata"):
        Histories.from_records(
            [("r1", "p1", "A", "north"), ("r2", "p1", "B", "south"), ("r3", "p2", "B", "south")],
            strata="region",
        )


def test_twenty_lists_sparse_round_trip(tmp_path: Path):
    rng = np.random.default_rng(3)
    pats = (rng.random((300, 20)) < 0.1).astype(np.uint8)
    pats = pats[pats.any(axis=1)]
    h = Histories(pats, np.ones(len(pats), np.int64), duplicates="sum")
    assert h.n_lists == 20 and h.n_observed == len(pats)
    assert h.n_histories <= len(pats)
    with pytest.raises(EstimationError, match="dense"):
        Histories(np.eye(25, dtype=int), np.ones(25, int)).to_dense()
    path = tmp_path / "h.csv"
    h.to_csv(path)
    assert Histories.from_csv(path) == h


def test_dense_round_trip_and_derived_tables(kosovo):
    dense = kosovo.to_dense()
    assert dense[0] == 0 and dense.sum() == 4400
    assert Histories.from_dense(dense) == kosovo
    assert kosovo.list_totals().tolist() == [1910, 1528, 1786, 685]
    assert kosovo.overlaps()[0, 1] == 403
    f = kosovo.capture_frequencies()
    assert f[0] == 0 and f.sum() == 4400 and f[4] == 27


def test_select_and_merge_lists(kosovo):
    two = kosovo.select_lists(["list1", "list2"])
    assert two.n_observed == 1910 + 1528 - 403
    merged = kosovo.merge_lists({"L34": ["list3", "list4"]})
    assert merged.list_names == ("L34", "list1", "list2")
    assert merged.n_observed == kosovo.n_observed
    assert merged.list_totals()[0] == 1786 + 685 - 224


def test_stratify_requires_same_lists(kosovo):
    other = Histories([[1, 0], [0, 1]], [1, 1], list_names=["x", "y"])
    with pytest.raises(HistoriesError, match="stratum 'b'"):
        stratify({"a": kosovo, "b": other})
    h = stratify({"a": kosovo, "b": kosovo})
    assert h.n_observed == 8800 and h.is_stratified
    assert json.dumps(h.to_table())  # plain ints


def test_one_row_per_person_adds_up_repeated_histories(tmp_path: Path):
    path = tmp_path / "people.csv"
    path.write_text("A,B\n1,0\n1,0\n0,1\n1,1\n")
    h = Histories.from_csv(path, count=None)
    assert dict(h) == {(0, 1): 1, (1, 0): 2, (1, 1): 1}
