"""LCMCR against R's LCMCR package on this machine, run for run.

    .venv/bin/python benchmarks/lcmcr_vs_r.py [--pairs 10] [--table kosovo_4]
                                              [--r-library DIR] [--shared DIR]

`benchmarks/estimate.py` compares recuento with R times measured once, elsewhere
(refdata/mse/reference/timings.csv). A host's speed drifts by a fifth from one minute to the
next, and two hosts of the same kind differ more than that, so this script measures both
programs here, alternately: R's run, then recuento's, `--pairs` times, seeds 1-5 in turn, the
reference settings (10 classes, a_alpha = b_alpha = 0.25, 10,000 burn-in sweeps, then 100,000
thinned by 10; `--quick`: three pairs). Only the samplers are timed: R's start-up and
recuento's numba compile are not.

Needs R with the LCMCR package (`Rscript -e 'library(LCMCR)'` must work; `--r-library` or
RECUENTO_R_LIBRARY names a library folder when it is not R's default). R and LCMCR are not
recuento dependencies and nothing installs them: on Debian, `apt-get install r-base-core
libgsl-dev`, then LCMCR from CRAN.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

from estimate import (
    SHARED_MISSING,
    shared_dir,
)  # the sibling benchmark: one rule for finding ../shared
from recuento.estimate.histories import Histories
from recuento.estimate.lcmcr import LCMCR

ROOT = Path(__file__).resolve().parent.parent
R_SCRIPT = ROOT / "benchmarks" / "r" / "lcmcr_time.R"
BURN_IN, ITERATIONS, THIN, CLASSES = 10_000, 100_000, 10, 10


def r_available(library: str) -> str | None:
    """None when R's LCMCR can be loaded, else why not."""
    if shutil.which("Rscript") is None:
        return "Rscript is not on PATH"
    lib = f", lib.loc = '{library}'" if library else ""
    probe = subprocess.run(
        ["Rscript", "-e", f"suppressMessages(library(LCMCR{lib}))"],
        capture_output=True,
        text=True,
        check=False,
    )
    if probe.returncode != 0:
        lines = [ln.strip() for ln in probe.stderr.splitlines() if ln.strip()]
        said = next((ln for ln in lines if ln.startswith("Error")), lines[0] if lines else "?")
        return f"R cannot load LCMCR ({said})"
    return None


def run_r(table: Path, seed: int, library: str) -> tuple[float, float, float]:
    """(wall s, CPU s, posterior mean) of one R run."""
    out = subprocess.run(
        [
            "Rscript",
            str(R_SCRIPT),
            str(table),
            str(seed),
            str(BURN_IN),
            str(ITERATIONS),
            str(THIN),
            str(CLASSES),
            library,
        ],
        capture_output=True,
        text=True,
        check=True,
    )
    wall, cpu, mean = out.stdout.split("\t")[:3]
    return float(wall), float(cpu), float(mean)


def run_ours(histories: Histories, seed: int) -> tuple[float, float, float]:
    est = LCMCR(classes=CLASSES, seed=seed, burn_in=BURN_IN, iterations=ITERATIONS, thin=THIN)
    wall0, cpu0 = time.perf_counter(), time.thread_time()
    result = est.fit(histories)
    return time.perf_counter() - wall0, time.thread_time() - cpu0, result.estimate


def median(values: list[float]) -> float:
    ordered = sorted(values)
    mid = len(ordered) // 2
    return ordered[mid] if len(ordered) % 2 else (ordered[mid - 1] + ordered[mid]) / 2


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pairs", type=int, default=10, help="R/recuento pairs (default 10)")
    parser.add_argument("--quick", action="store_true", help="three pairs")
    parser.add_argument("--table", default="kosovo_4", help="a table of refdata/mse")
    parser.add_argument("--r-library", default=os.environ.get("RECUENTO_R_LIBRARY", ""))
    parser.add_argument("--shared", help="the shared folder (default: RECUENTO_SHARED_DIR)")
    args = parser.parse_args(argv)
    shared = shared_dir(args.shared)
    if shared is None:
        print(SHARED_MISSING)
        return 1
    table = shared / "refdata" / "mse" / f"{args.table}.csv"
    if not table.exists():
        print(f"No table {table}")
        return 1
    why = r_available(args.r_library)
    if why:
        # not a failure of recuento's: `make bench` goes on without the R comparison
        print(f"Skipped: {why}. See this script's docstring for how to install R's LCMCR.")
        return 0
    pairs = 3 if args.quick else args.pairs
    histories = Histories.from_csv(table)
    LCMCR(seed=1, burn_in=10, iterations=100).fit(histories)  # compile or load the kernel
    print(
        f"{args.table}: {CLASSES} classes, {BURN_IN:,} burn-in + {ITERATIONS:,} sweeps, thin {THIN}"
    )
    print(
        f"{'pair':>4} {'seed':>4}  {'R wall':>7} {'R CPU':>7}  {'ours wall':>9} {'ours CPU':>8}"
        f"  {'ours/R':>6}  {'R mean N':>9} {'our mean N':>10}  load"
    )
    ratios, r_walls, our_walls, r_cpus, our_cpus = [], [], [], [], []
    for pair in range(1, pairs + 1):
        seed = (pair - 1) % 5 + 1
        load = os.getloadavg()[0]
        r_wall, r_cpu, r_mean = run_r(table, seed, args.r_library)
        wall, cpu, mean = run_ours(histories, seed)
        ratios.append(wall / r_wall)
        r_walls.append(r_wall)
        our_walls.append(wall)
        r_cpus.append(r_cpu)
        our_cpus.append(cpu)
        print(
            f"{pair:>4} {seed:>4}  {r_wall:7.3f} {r_cpu:7.3f}  {wall:9.3f} {cpu:8.3f}"
            f"  {wall / r_wall:6.3f}  {r_mean:9,.0f} {mean:10,.0f}  {load:.2f}",
            flush=True,
        )
    print(
        f"median: R {median(r_walls):.3f} s wall, {median(r_cpus):.3f} s CPU; recuento "
        f"{median(our_walls):.3f} s wall, {median(our_cpus):.3f} s CPU; ours/R per pair "
        f"{median(ratios):.3f} (range {min(ratios):.3f}-{max(ratios):.3f})"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
