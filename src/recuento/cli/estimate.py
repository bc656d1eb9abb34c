"""``recuento estimate``: how many victims no list recorded (Multiple Systems Estimation)."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer

from recuento.cli.app import app
from recuento.cli.common import JsonOption, console, err_console, handle_errors, print_json
from recuento.errors import EstimationError


class Method(StrEnum):
    chapman = "chapman"
    lincoln_petersen = "lincoln-petersen"
    loglinear = "loglinear"
    closed = "closed"
    lcmcr = "lcmcr"
    dga = "dga"


class Criterion(StrEnum):
    aic = "aic"
    bic = "bic"


@contextmanager
def _progress(enabled: bool) -> Iterator[Callable[[int, int], None] | None]:
    """A Rich progress bar on stderr (only on a terminal), fed by ``progress(done, total)``."""
    if not enabled or not err_console.is_terminal:
        yield None
        return
    from rich.progress import BarColumn, Progress, TimeRemainingColumn

    with Progress(
        "[progress.description]{task.description}",
        BarColumn(),
        "{task.completed:,}/{task.total:,}",
        TimeRemainingColumn(),
        console=err_console,
        transient=True,
    ) as bar:
        task = bar.add_task("estimating", total=None)

        def update(done: int, total: int) -> None:
            bar.update(task, completed=done, total=total)

        yield update


@app.command("estimate")
@handle_errors
def estimate_command(
    file: Annotated[
        Path | None,
        typer.Argument(
            help="CSV: one 0/1 column per list and a 'count' column (one row per history)."
        ),
    ] = None,
    method: Annotated[Method, typer.Option(help="Estimator.")] = Method.loglinear,
    strata: Annotated[
        str | None, typer.Option(help="Column naming strata: estimate each, then add up.")
    ] = None,
    json_output: JsonOption = False,
    criterion: Annotated[
        Criterion | None, typer.Option(help="loglinear/closed: model selection criterion.")
    ] = None,
    max_order: Annotated[
        int | None, typer.Option(help="loglinear: highest interaction order.", min=1)
    ] = None,
    average: Annotated[
        bool, typer.Option("--average", help="loglinear: report the model-averaged estimate.")
    ] = False,
    classes: Annotated[
        int | None, typer.Option(help="lcmcr: maximum number of latent classes.")
    ] = None,
    iterations: Annotated[int | None, typer.Option(help="lcmcr: sweeps after the burn-in.")] = None,
    burn_in: Annotated[int | None, typer.Option(help="lcmcr: sweeps discarded first.")] = None,
    thin: Annotated[
        int | None, typer.Option(help="lcmcr: keep one draw every THIN sweeps.")
    ] = None,
    seed: Annotated[int | None, typer.Option(help="Random seed (samplers, bootstrap).")] = None,
    chains: Annotated[int | None, typer.Option(help="lcmcr: number of chains.")] = None,
    delta: Annotated[float | None, typer.Option(help="dga: prior count per cell.")] = None,
    plot: Annotated[
        Path | None, typer.Option(help="Draw the estimate into FILE.png, .svg or .pdf.")
    ] = None,
    clusters: Annotated[
        Path | None,
        typer.Option(help="CSV of linked records (record_id, cluster_id, source) instead of FILE."),
    ] = None,
    skip_small_strata: Annotated[
        bool, typer.Option("--skip-small-strata", help="Leave out strata that cannot be estimated.")
    ] = False,
) -> None:
    """Estimate how many people no list recorded, with an interval and numbered caveats."""
    from recuento.services import estimation  # numpy/scipy/numba load only when estimating

    if (file is None) == (clusters is None):
        raise EstimationError("give either a histories FILE or --clusters CSV (one of them)")
    if clusters is not None:
        histories = estimation.load_clusters(clusters, strata=strata)
    else:
        histories = estimation.load_histories(file, strata=strata)  # type: ignore[arg-type]
    options = {
        "criterion": criterion.value if criterion else None,
        "max_order": max_order,
        "average": True if average else None,
        "classes": classes,
        "iterations": iterations,
        "burn_in": burn_in,
        "thin": thin,
        "seed": seed,
        "chains": chains,
        "delta": delta,
    }
    with _progress(not json_output) as progress:
        result = estimation.estimate(
            histories,
            method.value,
            progress=progress,
            skip_small_strata=skip_small_strata,
            **options,
        )
    if plot is not None:
        from recuento.estimate.plotting import save_plot

        save_plot(result, plot)
    if json_output:
        print_json(result.to_dict())
    else:
        console.print(result.summary().as_text(), markup=False, highlight=False, soft_wrap=True)
        if plot is not None:
            console.print(f"Picture written to {plot}", markup=False)
