"""Estimation use cases: files in, an estimate out (the CLI and the web call these).

* :func:`load_histories` — a CSV with one 0/1 column per list and ``count`` (optionally a strata
  column) → :class:`~recuento.estimate.Histories`;
* :func:`load_clusters` — a CSV of linked records (``record_id``, ``cluster_id``, ``source``, and
  optionally a strata column) → one capture history per cluster (person);
* :func:`make_estimator` — a method name and options → an estimator;
* :func:`estimate` — histories + method → :class:`~recuento.estimate.EstimateResult`, stratum by
  stratum when the histories are stratified.

Methods: ``chapman``, ``lincoln-petersen``, ``loglinear``, ``closed`` (Rcapture's standard
models), ``lcmcr`` and ``dga``. Options are given by their command-line names (``max_order``,
``criterion``, ``classes``, ``iterations``, ``burn_in``, ``thin``, ``seed``, ``chains``, ``delta``)
and passed on to the estimator's parameter of that meaning; an option the method does not take
is an error rather than silently ignored.
"""

from __future__ import annotations

import csv
import importlib
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Any

from recuento.errors import EstimationError
from recuento.estimate import (
    Chapman,
    ClosedPopulation,
    EstimateResult,
    Estimator,
    Histories,
    LincolnPetersen,
    LogLinear,
    Stratified,
)
from recuento.estimate.histories import HistoriesError

__all__ = [
    "METHODS",
    "estimate",
    "estimate_file",
    "load_clusters",
    "load_histories",
    "make_estimator",
]

METHODS: tuple[str, ...] = ("chapman", "lincoln-petersen", "loglinear", "closed", "lcmcr", "dga")

# option name → the parameter names an estimator may use for it (first match wins)
_ALIASES: dict[str, tuple[str, ...]] = {
    "max_order": ("max_order",),
    "criterion": ("criterion",),
    "classes": ("classes", "n_classes", "max_classes", "k_star", "K"),
    "iterations": ("iterations", "n_iterations", "samples", "n_samples"),
    "burn_in": ("burn_in", "burnin", "n_burn_in"),
    "thin": ("thin", "thinning"),
    "seed": ("seed", "random_state"),
    "chains": ("chains", "n_chains"),
    "delta": ("delta",),
    "model": ("model",),
    "interval": ("interval",),
    "average": ("average",),
    "level": ("level",),
    "n_bootstrap": ("n_bootstrap",),
}

_BAYESIAN = {"lcmcr": ("recuento.estimate.lcmcr", "LCMCR"), "dga": ("recuento.estimate.dga", "DGA")}


def load_histories(
    path: str | Path, *, strata: str | None = None, count: str | None = "count"
) -> Histories:
    """Capture histories from a CSV table (one 0/1 column per list, ``count``, optional strata)."""
    return Histories.from_csv(path, strata=strata, count=count)


def load_clusters(
    path: str | Path,
    *,
    strata: str | None = None,
    record_id: str = "record_id",
    cluster_id: str = "cluster_id",
    source: str = "source",
) -> Histories:
    """Capture histories from linked records: a CSV with one row per record.

    Columns ``record_id``, ``cluster_id`` (records of the same person share it) and ``source``
    (the list holding the record); ``strata`` names an optional column. Errors name the line.
    """
    path = Path(path)
    try:
        with path.open(newline="", encoding="utf-8-sig") as handle:
            reader = csv.DictReader(handle)
            header = [h.strip() for h in (reader.fieldnames or [])]
            rows = [{(k or "").strip(): v for k, v in row.items()} for row in reader]
    except OSError as exc:
        raise HistoriesError(f"{path}: cannot read: {exc.strerror}") from exc
    wanted = [record_id, cluster_id, source] + ([strata] if strata else [])
    missing = [c for c in wanted if c not in header]
    if missing:
        raise HistoriesError(
            f"{path}: missing column(s) {', '.join(missing)} (columns: {', '.join(header)})"
        )
    return Histories.from_records(
        rows,
        record_id=record_id,
        cluster_id=cluster_id,
        source=source,
        strata=strata,
        file=str(path),
        first_line=2,
    )


def _estimator_class(method: str) -> type[Estimator]:
    key = method.lower().replace("_", "-")
    simple: dict[str, type[Estimator]] = {
        "chapman": Chapman,
        "lincoln-petersen": LincolnPetersen,
        "lincolnpetersen": LincolnPetersen,
        "loglinear": LogLinear,
        "log-linear": LogLinear,
        "closed": ClosedPopulation,
    }
    if key in simple:
        return simple[key]
    if key in _BAYESIAN:
        module_name, class_name = _BAYESIAN[key]
        try:
            module = importlib.import_module(module_name)
            return getattr(module, class_name)  # type: ignore[no-any-return]
        except (ImportError, AttributeError) as exc:
            raise EstimationError(
                f"the {key} estimator is not available in this installation ({exc})"
            ) from None
    raise EstimationError(f"unknown method {method!r}; choose from {', '.join(METHODS)}")


def make_estimator(method: str, **options: Any) -> Estimator:
    """An estimator for ``method`` with ``options`` (None values are left at their defaults)."""
    cls = _estimator_class(method)
    accepted = set(cls._param_names())
    params: dict[str, Any] = {}
    for option, value in options.items():
        if value is None:
            continue
        names = _ALIASES.get(option, (option,))
        target = next((n for n in names if n in accepted), None)
        if target is None:
            raise EstimationError(
                f"method {method!r} does not take the option {option.replace('_', '-')!r}"
            )
        params[target] = value
    return cls(**params)


def estimate(
    histories: Histories,
    method: str,
    *,
    progress: Callable[[int, int], None] | None = None,
    stratified: bool | None = None,
    skip_small_strata: bool = False,
    **options: Any,
) -> EstimateResult:
    """Fit ``method`` to ``histories``; stratified histories are fitted per stratum and summed
    (``stratified=False`` fits the pooled table instead)."""
    estimator = make_estimator(method, **options)
    if histories.is_stratified and stratified is not False:
        return Stratified(estimator, skip_small=skip_small_strata).fit(histories, progress=progress)
    return estimator.fit(histories, progress=progress)


def estimate_file(
    path: str | Path,
    method: str,
    *,
    strata: str | None = None,
    clusters: bool = False,
    progress: Callable[[int, int], None] | None = None,
    **options: Any,
) -> EstimateResult:
    """:func:`load_histories` (or :func:`load_clusters`) then :func:`estimate`."""
    h = load_clusters(path, strata=strata) if clusters else load_histories(path, strata=strata)
    return estimate(h, method, progress=progress, **options)


def result_summary(result: EstimateResult) -> Mapping[str, Any]:
    """The JSON the CLI prints with ``--json`` (see :meth:`EstimateResult.to_dict`)."""
    return result.to_dict()
