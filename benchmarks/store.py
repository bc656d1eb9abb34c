"""Store throughput on SQLite (and PostgreSQL when RECUENTO_TEST_POSTGRES_URL is set).

Prints: coding import (claims per second), record reads, full-text search latency, and
export → restore time, for a synthetic collection of N events with five claims each.

    python benchmarks/store.py [--quick] [--events N]
"""

from __future__ import annotations

import argparse
import json
import os
import random
import tempfile
import time
from pathlib import Path

from recuento.config import Settings
from recuento.services.workspace import Workspace

PLACES = ["Ayacucho", "Huanta", "Accomarca", "Putis", "Cayara", "Lucanamarca", "Juliaca", "Lima"]
TYPES = ["massacre", "extrajudicial_killing", "enforced_disappearance", "arbitrary_detention"]


def synthetic(n: int, seed: int = 42) -> tuple[str, str]:
    """A source text with one line per event, and a coding of it (quotes into that text)."""
    rng = random.Random(seed)
    lines, records = [], []
    for i in range(n):
        place, kind = rng.choice(PLACES), rng.choice(TYPES)
        year, killed = rng.randint(1980, 2000), rng.randint(1, 120)
        line = f"Event {i}: in {year} at {place}, {killed} people were affected ({kind})."
        lines.append(line)
        records.append(
            f"  - id: ev-{i}\n    type: event\n    cite: {{quote: {json.dumps(line)}}}\n"
            f"    fields:\n      title: Event {i} at {place}\n      type: {kind}\n"
            f'      date: "{year}"\n      place: {{name: {place}, country: PE}}\n'
            f"      killed: {killed}\n"
        )
    text = "\n".join(lines) + "\n"
    coding = "recuento: coding/1\nsource: {file: source.txt, kind: report}\nrecords:\n"
    return text, coding + "".join(records)


def run(url: str, n: int, folder: Path) -> None:
    text, coding = synthetic(n)
    (folder / "source.txt").write_text(text, encoding="utf-8")
    (folder / "coding.yaml").write_text(coding, encoding="utf-8")
    settings = Settings(database_url=url, user="bench")
    with Workspace.open(settings) as ws:
        t0 = time.perf_counter()
        report = ws.import_coding(folder / "coding.yaml")
        t_import = time.perf_counter() - t0
        t0 = time.perf_counter()
        records = ws.records("event")
        t_read = time.perf_counter() - t0
        t0 = time.perf_counter()
        for word in PLACES:
            ws.search(word, limit=20)
        t_search = (time.perf_counter() - t0) / len(PLACES)
        t0 = time.perf_counter()
        exported = ws.export_json()
        t_export = time.perf_counter() - t0
    rate = report.claims / t_import
    print(f"  import: {report.claims} claims in {t_import:.2f} s = {rate:,.0f} claims/s")
    print(f"  read all {len(records)} events with their claims: {t_read:.2f} s")
    print(f"  full-text search: {t_search * 1000:.1f} ms per query")
    print(f"  export: {len(exported) / 1e6:.1f} MB in {t_export:.2f} s")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--quick", action="store_true")
    parser.add_argument("--events", type=int, default=None)
    args = parser.parse_args()
    n = args.events or (1000 if args.quick else 10000)
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        print(f"SQLite, {n} events:")
        run(f"sqlite:///{folder / 'bench.db'}", n, folder)
        pg = os.environ.get("RECUENTO_TEST_POSTGRES_URL")
        if pg:
            import sqlalchemy as sa

            admin = sa.create_engine(
                pg.replace("postgresql://", "postgresql+psycopg://", 1),
                isolation_level="AUTOCOMMIT",
            )
            with admin.connect() as conn:
                conn.execute(sa.text("DROP DATABASE IF EXISTS recuento_bench WITH (FORCE)"))
                conn.execute(sa.text("CREATE DATABASE recuento_bench"))
            print(f"PostgreSQL, {n} events:")
            run(pg.rsplit("/", 1)[0] + "/recuento_bench", n, folder)
        else:
            print("PostgreSQL: skipped (RECUENTO_TEST_POSTGRES_URL not set)")


if __name__ == "__main__":
    main()
