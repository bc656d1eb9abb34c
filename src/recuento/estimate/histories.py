"""Capture histories: who is on which list, as a sparse table of patterns and counts.

A :class:`Histories` holds the *observed* capture histories of K lists (sources): an ``(m, K)``
``uint8`` matrix of 0/1 patterns (one row per distinct observed history, never the all-zero one)
and an ``int64`` vector of how many individuals have each pattern. Only histories with a positive
count are stored, so 20 or more lists cost nothing more than the histories actually seen; the
dense 2^K table is available on demand (:meth:`Histories.to_dense`) for the estimators that need it.

Rows are kept in one canonical order: lexicographic with ``list1`` as the most significant digit
(the order of the reference tables and of R's ``dga``), so two equal tables compare equal.

Rules (checked, and reported with the row and column at fault in one
:class:`HistoriesError`, a subclass of :class:`recuento.errors.EstimationError`):

* at least 2 lists; list names unique and non-empty;
* every membership value is 0 or 1 (``"0"``/``"1"``, ``True``/``False`` are accepted);
* counts are whole numbers >= 0;
* the all-zero history (nobody can be observed on no list) is refused when its count is positive and
  silently skipped when it is 0 or empty (some tools write the full 2^K table with a 0 there);
* a history that appears twice is **refused** by default (a duplicated row in a published table is
  usually a transcription error, see the Netherlands note in the reference data README); pass
  ``duplicates="sum"`` to add the counts instead. Records (:meth:`Histories.from_records`) are
  always grouped by cluster, so duplicates cannot arise there.

Strata: a stratified :class:`Histories` is the sum of its strata and keeps them in
:attr:`Histories.strata` (stratum label → :class:`Histories`, all over the same lists). Build
one with ``strata="column"`` in :meth:`Histories.from_table`, :meth:`Histories.from_csv` and
:meth:`Histories.from_records`, or with :func:`stratify` from a mapping.
"""

from __future__ import annotations

import csv
import math
from collections.abc import Iterable, Iterator, Mapping, Sequence
from pathlib import Path
from typing import Any, Literal

import numpy as np

from recuento.errors import EstimationError, Problem

__all__ = ["Histories", "HistoriesError", "stratify"]

Duplicates = Literal["error", "sum"]
_MAX_PROBLEMS = 20
_DENSE_MAX_K = 24


class HistoriesError(EstimationError):
    """Capture histories could not be built; :attr:`problems` lists every fault with its place."""

    def __init__(self, problems: Sequence[Problem] | Problem | str) -> None:
        if isinstance(problems, str):
            problems = [Problem(problems)]
        elif isinstance(problems, Problem):
            problems = [problems]
        self.problems: list[Problem] = list(problems)
        super().__init__(self._text())

    def _text(self) -> str:
        if len(self.problems) == 1:
            return str(self.problems[0])
        shown = self.problems[:_MAX_PROBLEMS]
        lines = [f"{len(self.problems)} problems in the capture histories:"]
        lines += [f"  {i}. {p}" for i, p in enumerate(shown, 1)]
        if len(self.problems) > len(shown):
            lines.append(f"  … and {len(self.problems) - len(shown)} more")
        return "\n".join(lines)

    def __str__(self) -> str:
        return self._text()


def _as_bit(value: Any) -> int | None:
    """0/1 from the spellings a table may use; None if the value is not a membership flag."""
    if isinstance(value, bool | np.bool_):
        return int(value)
    if isinstance(value, int | np.integer):
        return int(value) if value in (0, 1) else None
    if isinstance(value, float | np.floating):
        return int(value) if value in (0.0, 1.0) else None
    if isinstance(value, str):
        text = value.strip()
        if text in ("0", "1"):
            return int(text)
        if text in ("0.0", "1.0"):
            return int(float(text))
    return None


def _as_count(value: Any) -> int | None:
    """A non-negative whole count, or None."""
    if isinstance(value, bool | np.bool_):
        return None
    if isinstance(value, int | np.integer):
        return int(value) if value >= 0 else None
    if isinstance(value, float | np.floating):
        if math.isfinite(value) and value >= 0 and float(value).is_integer():
            return int(value)
        return None
    if isinstance(value, str):
        text = value.strip()
        try:
            number = float(text)
        except ValueError:
            return None
        if math.isfinite(number) and number >= 0 and number.is_integer():
            return int(number)
    return None


def _membership_problems(
    bad: Sequence[tuple[int, int, Any]], names: Sequence[str], labels: Sequence[str]
) -> list[Problem]:
    """One problem per bad cell, or one per column when a column has many bad values."""
    by_column: dict[int, list[tuple[int, Any]]] = {}
    for r, c, value in bad:
        by_column.setdefault(c, []).append((r, value))
    problems = []
    for c, cells in by_column.items():
        if len(cells) <= 3:
            problems += [
                Problem(
                    f"value {value!r} is not 0 or 1",
                    file=labels[r],
                    field=names[c],
                    code="membership",
                )
                for r, value in cells
            ]
        else:
            r, value = cells[0]
            problems.append(
                Problem(
                    f"{len(cells)} values of list column {names[c]!r} are not 0 or 1 (first: "
                    f"{value!r}); if the column names strata, pass strata={names[c]!r}",
                    file=labels[r],
                    field=names[c],
                    code="membership",
                )
            )
    return problems


def _fast_parse(raw: np.ndarray, raw_counts: np.ndarray) -> tuple[np.ndarray, np.ndarray] | None:
    """Vectorised reading of text/object tables that are clean: "0"/"1" and whole counts.

    Returns None when anything needs the cell-by-cell reading (which also words the errors).
    """
    if raw.dtype.kind in "biu" and raw_counts.dtype.kind in "iu":
        return None
    try:
        text = np.char.strip(raw.astype(str))
        ones = text == "1"
        if not np.all(ones | (text == "0")):
            return None
        counts = np.asarray(raw_counts).astype(float)
    except (TypeError, ValueError):
        return None
    if raw_counts.dtype.kind == "b" or np.asarray(raw_counts).dtype == bool:
        return None
    if not (np.all(np.isfinite(counts)) and np.all(counts >= 0) and np.all(counts % 1 == 0)):
        return None
    return ones.astype(np.int64), counts.astype(np.int64)


def _canonical_order(patterns: np.ndarray) -> np.ndarray:
    """Row order: lexicographic, list1 most significant."""
    if patterns.shape[0] == 0:
        return np.zeros(0, dtype=np.int64)
    return np.lexsort(patterns[:, ::-1].T)


def _check_names(names: Sequence[str]) -> list[Problem]:
    problems: list[Problem] = []
    if len(names) < 2:
        problems.append(
            Problem(f"capture-recapture needs at least 2 lists; got {len(names)}", code="lists")
        )
    seen: set[str] = set()
    for name in names:
        if not str(name).strip():
            problems.append(Problem("a list name is empty", code="lists"))
        if name in seen:
            problems.append(Problem(f"list name {name!r} appears twice", field=name, code="lists"))
        seen.add(name)
    return problems


class Histories:
    """Observed capture histories over K lists (sparse: only histories seen are stored).

    Parameters
    ----------
    patterns : array-like, shape (m, K)
        0/1 membership of each distinct history (row) in each list (column).
    counts : array-like, shape (m,)
        Number of individuals with each history (whole numbers >= 0; zero rows are dropped).
    list_names : sequence of str, optional
        Names of the K lists; default ``list1 … listK``.
    duplicates : {"error", "sum"}
        What to do with a history given twice (default: refuse).

    Examples
    --------
    >>> h = Histories([[1, 0], [0, 1], [1, 1]], [30, 20, 10], list_names=["A", "B"])
    >>> h.n_observed, h.n_lists, h.list_totals().tolist()
    (60, 2, [40, 30])
    """

    __slots__ = ("_patterns", "_counts", "_names", "_strata")

    def __init__(
        self,
        patterns: Any,
        counts: Any,
        *,
        list_names: Sequence[str] | None = None,
        duplicates: Duplicates = "error",
        _strata: Mapping[str, Histories] | None = None,
        _row_labels: Sequence[str] | None = None,
        _drop_empty: bool = False,
    ) -> None:
        raw = np.asarray(patterns)
        if _drop_empty and raw.ndim == 2:
            seen = raw.astype(bool).any(axis=1)
            raw, counts = raw[seen], np.asarray(counts)[seen]
        if raw.ndim != 2:
            raise HistoriesError(
                f"patterns must be a 2-D array (histories × lists); got {raw.ndim}-D"
            )
        k = raw.shape[1]
        names = [f"list{j + 1}" for j in range(k)] if list_names is None else list(list_names)
        problems = _check_names(names)
        if len(names) != k:
            problems.append(
                Problem(f"{len(names)} list names given for {k} columns of patterns", code="lists")
            )
        raw_counts = np.asarray(counts)
        if raw_counts.ndim != 1 or raw_counts.shape[0] != raw.shape[0]:
            problems.append(
                Problem(
                    f"counts must be a vector with one entry per history ({raw.shape[0]}); "
                    f"got shape {raw_counts.shape}",
                    code="counts",
                )
            )
        if problems:
            raise HistoriesError(problems)
        labels = _row_labels or [f"row {i + 1}" for i in range(raw.shape[0])]
        pats, cnts = self._validate(raw, raw_counts, names, labels)
        self._names: tuple[str, ...] = tuple(str(n) for n in names)
        self._patterns, self._counts = self._finish(pats, cnts, labels, duplicates)
        self._strata: dict[str, Histories] | None = dict(_strata) if _strata is not None else None

    # -- construction helpers -------------------------------------------------------------
    @staticmethod
    def _validate(
        raw: np.ndarray, raw_counts: np.ndarray, names: Sequence[str], labels: Sequence[str]
    ) -> tuple[np.ndarray, np.ndarray]:
        problems: list[Problem] = []
        fast = _fast_parse(raw, raw_counts)
        if fast is not None:
            raw, raw_counts = fast
        if raw.dtype.kind in "biu" and raw_counts.dtype.kind in "iu":
            pats = raw.astype(np.int64, copy=False)
            bad_r, bad_c = np.nonzero((pats != 0) & (pats != 1))
            bad = [(int(r), int(c), int(pats[r, c])) for r, c in zip(bad_r, bad_c, strict=True)]
            problems += _membership_problems(bad, names, labels)
            cnts = raw_counts.astype(np.int64, copy=False)
            for r in np.nonzero(cnts < 0)[0][:_MAX_PROBLEMS]:
                problems.append(
                    Problem(
                        f"count {int(cnts[r])} is negative",
                        file=labels[r],
                        field="count",
                        code="count",
                    )
                )
        else:
            pats = np.zeros(raw.shape, dtype=np.int64)
            cnts = np.zeros(raw.shape[0], dtype=np.int64)
            bad = []
            for r in range(raw.shape[0]):
                for c in range(raw.shape[1]):
                    bit = _as_bit(raw[r, c])
                    if bit is None:
                        bad.append((r, c, raw[r, c]))
                    else:
                        pats[r, c] = bit
            problems += _membership_problems(bad, names, labels)
            for r in range(raw.shape[0]):
                count = _as_count(raw_counts[r])
                if count is None:
                    problems.append(
                        Problem(
                            f"count {raw_counts[r]!r} is not a whole number >= 0",
                            file=labels[r],
                            field="count",
                            code="count",
                        )
                    )
                else:
                    cnts[r] = count
        if problems:
            raise HistoriesError(problems)
        empty = ~pats.any(axis=1)
        for r in np.nonzero(empty & (cnts > 0))[0][:_MAX_PROBLEMS]:
            problems.append(
                Problem(
                    f"the all-zero history (on no list) has count {int(cnts[r])}; nobody can be "
                    "observed on no list — this is the dark figure to estimate",
                    file=labels[r],
                    code="all_zero",
                )
            )
        if problems:
            raise HistoriesError(problems)
        return pats, cnts

    @staticmethod
    def _finish(
        pats: np.ndarray, cnts: np.ndarray, labels: Sequence[str], duplicates: Duplicates
    ) -> tuple[np.ndarray, np.ndarray]:
        if duplicates not in ("error", "sum"):
            raise HistoriesError(f"duplicates must be 'error' or 'sum'; got {duplicates!r}")
        keep = pats.any(axis=1)
        order = _canonical_order(pats)
        order = order[keep[order]]
        pats = pats[order]
        cnts = cnts[order]
        if pats.shape[0] > 1:
            same = np.all(pats[1:] == pats[:-1], axis=1)
            if same.any():
                if duplicates == "error":
                    problems = []
                    for i in np.nonzero(same)[0][:_MAX_PROBLEMS]:
                        first, second = labels[order[i]], labels[order[i + 1]]
                        history = "".join(str(int(b)) for b in pats[i])
                        problems.append(
                            Problem(
                                f"history {history} is given again (first at {first}); "
                                "pass duplicates='sum' to add the counts",
                                file=second,
                                code="duplicate",
                            )
                        )
                    raise HistoriesError(problems)
                starts = np.concatenate([[True], ~same])
                group = np.cumsum(starts) - 1
                cnts = np.bincount(group, weights=cnts, minlength=int(group[-1]) + 1)
                cnts = np.rint(cnts).astype(np.int64)
                pats = pats[starts]
        positive = cnts > 0
        patterns = np.ascontiguousarray(pats[positive], dtype=np.uint8)
        counts = np.ascontiguousarray(cnts[positive], dtype=np.int64)
        patterns.setflags(write=False)
        counts.setflags(write=False)
        return patterns, counts

    # -- alternative constructors ----------------------------------------------------------
    @classmethod
    def from_table(
        cls,
        table: Mapping[str, Sequence[Any]] | Sequence[Mapping[str, Any]],
        *,
        lists: Sequence[str] | None = None,
        count: str | None = "count",
        strata: str | None = None,
        duplicates: Duplicates | None = None,
        source: str | None = None,
    ) -> Histories:
        """Histories from a table: one 0/1 column per list and a count column.

        ``table`` is a mapping column → values or a sequence of row mappings. ``lists`` names the
        list columns (default: every column except ``count`` and ``strata``, in table order).
        ``count=None`` means each row is one individual (repeated histories are then added up;
        with a count column they are refused unless ``duplicates="sum"``). ``strata`` names a
        column whose values split the table into strata. ``source`` (e.g. a file name) is used in
        error messages.
        """
        if duplicates is None:
            duplicates = "sum" if count is None else "error"
        columns = _columns_of(table)
        header = list(columns)
        n_rows = len(next(iter(columns.values()))) if columns else 0
        problems: list[Problem] = []
        if count is not None and count not in columns:
            problems.append(
                Problem(
                    f"no {count!r} column (columns: {', '.join(header)}); pass count=None if each "
                    "row is one individual",
                    file=source,
                    field=count,
                    code="columns",
                )
            )
        if strata is not None and strata not in columns:
            problems.append(
                Problem(f"no strata column {strata!r}", file=source, field=strata, code="columns")
            )
        if lists is None:
            lists = [c for c in header if c not in (count, strata)]
        for name in lists:
            if name not in columns:
                problems.append(
                    Problem(f"no list column {name!r}", file=source, field=name, code="columns")
                )
        if problems:
            raise HistoriesError(problems)
        first_line = 2 if source is not None else 1
        labels = [f"{source}:{i + first_line}" if source else f"row {i + 1}" for i in range(n_rows)]
        pats = np.empty((n_rows, len(lists)), dtype=object)
        for j, name in enumerate(lists):
            pats[:, j] = list(columns[name])
        cnts = np.array(list(columns[count]), dtype=object) if count else np.ones(n_rows, np.int64)
        if strata is None:
            return cls(pats, cnts, list_names=lists, duplicates=duplicates, _row_labels=labels)
        keys = [str(v) for v in columns[strata]]
        parts: dict[str, Histories] = {}
        errors: list[Problem] = []
        for key in dict.fromkeys(keys):
            rows = [i for i, k in enumerate(keys) if k == key]
            try:
                parts[key] = cls(
                    pats[rows],
                    cnts[rows],
                    list_names=lists,
                    duplicates=duplicates,
                    _row_labels=[labels[i] for i in rows],
                )
            except HistoriesError as exc:
                errors.extend(exc.problems)
        if errors:
            raise HistoriesError(errors)
        return stratify(parts)

    @classmethod
    def from_csv(
        cls,
        path: str | Path,
        *,
        lists: Sequence[str] | None = None,
        count: str | None = "count",
        strata: str | None = None,
        duplicates: Duplicates | None = None,
    ) -> Histories:
        """Histories from CSV (header row) (see :meth:`from_table`); errors name file:line."""
        path = Path(path)
        try:
            with path.open(newline="", encoding="utf-8-sig") as handle:
                reader = csv.reader(handle)
                header = next(reader, None)
                rows = list(reader)
        except OSError as exc:
            raise HistoriesError(Problem(f"cannot read: {exc.strerror}", file=str(path))) from exc
        if not header:
            raise HistoriesError(Problem("the file is empty (no header row)", file=str(path)))
        header = [h.strip() for h in header]
        bad = [i + 2 for i, row in enumerate(rows) if row and len(row) != len(header)]
        if bad:
            raise HistoriesError(
                [
                    Problem(f"expected {len(header)} fields", file=str(path), line=line)
                    for line in bad
                ]
            )
        rows = [row for row in rows if row]
        columns = {name: [row[j] for row in rows] for j, name in enumerate(header)}
        return cls.from_table(
            columns,
            lists=lists,
            count=count,
            strata=strata,
            duplicates=duplicates,
            source=str(path),
        )

    @classmethod
    def from_records(
        cls,
        records: Iterable[Mapping[str, Any] | Sequence[Any]],
        *,
        record_id: str = "record_id",
        cluster_id: str = "cluster_id",
        source: str = "source",
        strata: str | None = None,
        list_names: Sequence[str] | None = None,
        file: str | None = None,
        first_line: int = 2,
    ) -> Histories:
        """Histories from linked records: one history per cluster (person).

        Each record is a mapping with ``record_id``, ``cluster_id`` and ``source`` keys (and
        ``strata`` if given) or a tuple ``(record_id, cluster_id, source[, stratum])``. A cluster's
        history has a 1 for every list (source) that holds one of its records; several records of
        one cluster on the same list count once. ``list_names`` fixes the list order (and may add
        lists with no record); by default lists are sorted by name. A record id used twice, an empty
        cluster id or source, or a cluster whose records disagree on the stratum is an error.
        With ``file``, errors name ``file:line`` (record i on line ``first_line + i − 1``);
        otherwise "record i".
        """
        cluster_lists: dict[str, set[str]] = {}
        cluster_stratum: dict[str, str] = {}
        seen_ids: dict[str, str] = {}
        problems: list[Problem] = []
        for i, rec in enumerate(records, 1):
            where = f"{file}:{first_line + i - 1}" if file else f"record {i}"
            if isinstance(rec, Mapping):
                rid, cid, src = rec.get(record_id), rec.get(cluster_id), rec.get(source)
                stratum = rec.get(strata) if strata is not None else None
            else:
                values = list(rec)
                if len(values) < (4 if strata is not None else 3):
                    problems.append(Problem("too few fields", file=where, code="records"))
                    continue
                rid, cid, src = values[0], values[1], values[2]
                stratum = values[3] if strata is not None else None
            rid_s, cid_s, src_s = (str(v).strip() if v is not None else "" for v in (rid, cid, src))
            for value, field in ((rid_s, record_id), (cid_s, cluster_id), (src_s, source)):
                if not value:
                    problems.append(Problem("empty value", file=where, field=field, code="records"))
            if not (rid_s and cid_s and src_s):
                continue
            if rid_s in seen_ids:
                problems.append(
                    Problem(
                        f"record id {rid_s!r} is used twice (first at {seen_ids[rid_s]})",
                        file=where,
                        field=record_id,
                        code="records",
                    )
                )
                continue
            seen_ids[rid_s] = where
            cluster_lists.setdefault(cid_s, set()).add(src_s)
            if strata is not None:
                label = "" if stratum is None else str(stratum).strip()
                previous = cluster_stratum.setdefault(cid_s, label)
                if previous != label:
                    problems.append(
                        Problem(
                            f"cluster {cid_s!r} has records in strata {previous!r} and {label!r}",
                            file=where,
                            field=strata,
                            code="records",
                        )
                    )
        all_sources = sorted(set().union(*cluster_lists.values())) if cluster_lists else []
        names = list(list_names) if list_names is not None else all_sources
        unknown = sorted(set(all_sources) - set(names))
        if unknown:
            problems.append(
                Problem(f"sources not in list_names: {', '.join(unknown)}", code="records")
            )
        if not cluster_lists and not problems:
            problems.append(Problem("no records", code="records"))
        if problems:
            raise HistoriesError(problems)
        index = {name: j for j, name in enumerate(names)}
        clusters = list(cluster_lists)
        pats = np.zeros((len(clusters), len(names)), dtype=np.uint8)
        for r, cid in enumerate(clusters):
            pats[r, [index[s] for s in cluster_lists[cid]]] = 1
        if strata is None:
            return cls(pats, np.ones(len(clusters), np.int64), list_names=names, duplicates="sum")
        keys = [cluster_stratum[c] for c in clusters]
        parts = {}
        for key in sorted(set(keys)):
            rows = [i for i, k in enumerate(keys) if k == key]
            parts[key] = cls(
                pats[rows], np.ones(len(rows), np.int64), list_names=names, duplicates="sum"
            )
        return stratify(parts)

    @classmethod
    def from_dense(cls, table: Any, *, list_names: Sequence[str] | None = None) -> Histories:
        """Histories from the full 2^K table in lexicographic order (list1 most significant).

        Entry 0 (the unobservable all-zero cell) must be 0 or NaN; it is ignored.
        """
        values = np.asarray(table, dtype=float).ravel()
        k = int(round(math.log2(values.size))) if values.size else 0
        if values.size < 4 or 2**k != values.size:
            raise HistoriesError(f"a dense table has 2^K entries (K >= 2); got {values.size}")
        if np.isfinite(values[0]) and values[0] != 0:
            raise HistoriesError(
                Problem("the all-zero cell (entry 0) must be 0 or NaN", code="all_zero")
            )
        codes = np.arange(1, values.size)
        pats = ((codes[:, None] >> np.arange(k - 1, -1, -1)) & 1).astype(np.uint8)
        cnts = values[1:]
        if not np.all(np.isfinite(cnts)):
            raise HistoriesError("a dense table has a missing (NaN) count")
        return cls(pats, cnts, list_names=list_names)

    # -- basic properties -------------------------------------------------------------------
    @property
    def patterns(self) -> np.ndarray:
        """(m, K) uint8 matrix of the distinct observed histories (read-only)."""
        return self._patterns

    @property
    def counts(self) -> np.ndarray:
        """(m,) int64 counts of each observed history (all > 0, read-only)."""
        return self._counts

    @property
    def list_names(self) -> tuple[str, ...]:
        return self._names

    @property
    def n_lists(self) -> int:
        """K, the number of lists."""
        return len(self._names)

    @property
    def n_histories(self) -> int:
        """Number of distinct observed histories (non-empty cells)."""
        return int(self._patterns.shape[0])

    @property
    def n_observed(self) -> int:
        """n, the number of distinct individuals on at least one list."""
        return int(self._counts.sum())

    @property
    def strata(self) -> Mapping[str, Histories] | None:
        """Stratum label → Histories, or None for an unstratified table."""
        return None if self._strata is None else dict(self._strata)

    @property
    def is_stratified(self) -> bool:
        return self._strata is not None

    def __len__(self) -> int:
        return self.n_histories

    def __iter__(self) -> Iterator[tuple[tuple[int, ...], int]]:
        for row, c in zip(self._patterns, self._counts, strict=True):
            yield tuple(int(b) for b in row), int(c)

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Histories):
            return NotImplemented
        return (
            self._names == other._names
            and np.array_equal(self._patterns, other._patterns)
            and np.array_equal(self._counts, other._counts)
            and (self._strata or {}).keys() == (other._strata or {}).keys()
            and all(self._strata[k] == other._strata[k] for k in (self._strata or {}))  # type: ignore[index]
        )

    __hash__ = None  # type: ignore[assignment]

    def __repr__(self) -> str:
        strata = f", strata={len(self._strata)}" if self._strata is not None else ""
        return (
            f"Histories(lists={list(self._names)!r}, observed={self.n_observed}, "
            f"histories={self.n_histories}{strata})"
        )

    # -- derived tables ---------------------------------------------------------------------
    def cell_codes(self) -> np.ndarray:
        """Integer code of each observed history, list1 the most significant bit (K <= 62)."""
        k = self.n_lists
        if k > 62:
            raise EstimationError("cell codes need K <= 62 lists")
        weights = np.left_shift(np.int64(1), np.arange(k - 1, -1, -1, dtype=np.int64))
        return self._patterns.astype(np.int64) @ weights

    def to_dense(self) -> np.ndarray:
        """The full 2^K int64 table in lexicographic order; entry 0 (all-zero) is 0. K <= 24."""
        if self.n_lists > _DENSE_MAX_K:
            raise EstimationError(
                f"a dense table over {self.n_lists} lists has 2^{self.n_lists} cells; use the "
                "sparse patterns and counts instead"
            )
        dense = np.zeros(2**self.n_lists, dtype=np.int64)
        dense[self.cell_codes()] = self._counts
        return dense

    def all_patterns(self) -> np.ndarray:
        """All 2^K − 1 observable histories in lexicographic order, as a uint8 matrix. K <= 24."""
        k = self.n_lists
        if k > _DENSE_MAX_K:
            raise EstimationError(f"2^{k} − 1 histories are too many to enumerate")
        codes = np.arange(1, 2**k, dtype=np.int64)
        return ((codes[:, None] >> np.arange(k - 1, -1, -1)) & 1).astype(np.uint8)

    def list_totals(self) -> np.ndarray:
        """Number of individuals on each list."""
        return self._counts @ self._patterns.astype(np.int64)

    def overlaps(self) -> np.ndarray:
        """K×K matrix: (i, j) = number on both list i and list j (diagonal: list totals)."""
        p = self._patterns.astype(np.int64)
        return (p * self._counts[:, None]).T @ p

    def capture_frequencies(self) -> np.ndarray:
        """f[k] = number of individuals on exactly k lists, k = 0…K (f[0] = 0)."""
        on = self._patterns.sum(axis=1).astype(np.int64)
        return np.bincount(on, weights=self._counts, minlength=self.n_lists + 1).astype(np.int64)

    def select_lists(self, names: Sequence[str]) -> Histories:
        """Keep only the named lists (in the order given).

        Individuals seen only on dropped lists vanish (they are not observed by the kept lists);
        histories that become equal are added together. Strata are projected too.
        """
        missing = [n for n in names if n not in self._names]
        if missing:
            raise HistoriesError(f"unknown lists: {', '.join(missing)}")
        cols = [self._names.index(n) for n in names]
        strata = None
        if self._strata is not None:
            strata = {k: h.select_lists(names) for k, h in self._strata.items()}
        return Histories(
            self._patterns[:, cols],
            self._counts,
            list_names=names,
            duplicates="sum",
            _strata=strata,
            _drop_empty=True,
        )

    def merge_lists(self, groups: Mapping[str, Sequence[str]]) -> Histories:
        """Union lists: ``{"PFNCA": ["PF", "NCA"]}`` replaces PF and NCA by one list "PFNCA".

        Lists not mentioned are kept as they are; the new lists come first in the given order.
        """
        used = [n for members in groups.values() for n in members]
        missing = [n for n in used if n not in self._names]
        if missing:
            raise HistoriesError(f"unknown lists: {', '.join(missing)}")
        names = list(groups) + [n for n in self._names if n not in used]
        p = self._patterns
        cols = [
            p[:, [self._names.index(m) for m in members]].max(axis=1) for members in groups.values()
        ]
        cols += [p[:, self._names.index(n)] for n in self._names if n not in used]
        strata = None
        if self._strata is not None:
            strata = {k: h.merge_lists(groups) for k, h in self._strata.items()}
        return Histories(
            np.stack(cols, axis=1), self._counts, list_names=names, duplicates="sum", _strata=strata
        )

    def to_table(self, *, include_zeros: bool = False) -> dict[str, list[int]]:
        """Columns per list and ``count``; ``include_zeros``: all observable histories (K <= 24)."""
        if include_zeros:
            pats, cnts = self.all_patterns(), self.to_dense()[1:]
        else:
            pats, cnts = self._patterns, self._counts
        table = {name: pats[:, j].astype(int).tolist() for j, name in enumerate(self._names)}
        table["count"] = cnts.astype(int).tolist()
        return table

    def to_csv(self, path: str | Path, *, include_zeros: bool = False) -> None:
        """Write the table as CSV (strata, if any, as a leading ``stratum`` column)."""
        parts = self._strata if self._strata is not None else {None: self}
        with Path(path).open("w", newline="", encoding="utf-8") as handle:
            writer = csv.writer(handle)
            lead = ["stratum"] if self._strata is not None else []
            writer.writerow(lead + [*self._names, "count"])
            for label, h in parts.items():
                table = h.to_table(include_zeros=include_zeros)
                for i in range(len(table["count"])):
                    row = [table[n][i] for n in self._names] + [table["count"][i]]
                    writer.writerow(([label] if label is not None else []) + row)


def _columns_of(
    table: Mapping[str, Sequence[Any]] | Sequence[Mapping[str, Any]],
) -> dict[str, list[Any]]:
    if isinstance(table, Mapping):
        columns = {str(k): list(v) for k, v in table.items()}
        lengths = {len(v) for v in columns.values()}
        if len(lengths) > 1:
            raise HistoriesError("the table's columns have different lengths")
        return columns
    rows = list(table)
    if not rows:
        raise HistoriesError("the table has no rows")
    header = list(rows[0].keys())
    columns = {str(k): [] for k in header}
    for i, row in enumerate(rows, 1):
        if set(row.keys()) != set(header):
            raise HistoriesError(Problem("the row's columns differ from the first row's", line=i))
        for k in header:
            columns[str(k)].append(row[k])
    return columns


def stratify(parts: Mapping[str, Histories]) -> Histories:
    """One stratified :class:`Histories` from stratum label → Histories.

    All strata must be over the same set of lists (they are reordered to the first stratum's
    order). The returned object's own table is the sum over strata.
    """
    if not parts:
        raise HistoriesError("no strata given")
    labels = [str(k) for k in parts]
    items = list(parts.values())
    names = items[0].list_names
    aligned: dict[str, Histories] = {}
    problems = []
    for label, h in zip(labels, items, strict=True):
        if not isinstance(h, Histories):
            raise HistoriesError(f"stratum {label!r} is not a Histories")
        if set(h.list_names) != set(names):
            problems.append(
                Problem(
                    f"stratum {label!r} has lists {list(h.list_names)}, expected {list(names)}",
                    field=label,
                    code="strata",
                )
            )
            continue
        aligned[label] = h if h.list_names == names else h.select_lists(names)
    if problems:
        raise HistoriesError(problems)
    pats = np.concatenate([h.patterns for h in aligned.values()], axis=0)
    cnts = np.concatenate([h.counts for h in aligned.values()])
    return Histories(pats, cnts, list_names=names, duplicates="sum", _strata=aligned)
