"""Run every benchmark in this folder, one after another, and print their figures.

    python benchmarks/run.py [--quick]

Each benchmark is its own script (benchmarks/NAME.py); --quick is passed on to those that take it.
"""

from __future__ import annotations

import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent


def main(argv: list[str]) -> int:
    quick = "--quick" in argv
    failed = []
    for script in sorted(HERE.glob("*.py")):
        if script.name == "run.py":
            continue
        print(f"\n=== {script.stem} ===", flush=True)
        args = [sys.executable, str(script)] + (["--quick"] if quick else [])
        start = time.perf_counter()
        code = subprocess.call(args)
        print(f"--- {script.stem}: {time.perf_counter() - start:.1f} s, exit {code}", flush=True)
        if code:
            failed.append(script.stem)
    if failed:
        print(f"\nfailed: {', '.join(failed)}")
    return 1 if failed else 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
