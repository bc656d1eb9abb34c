"""`recuento demo`: build the demo database and show what is in it."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer
from rich.table import Table

from recuento.cli.app import app
from recuento.cli.common import JsonOption, console, handle_errors, print_json, translator
from recuento.config import Settings
from recuento.services.demo import build_demo


@app.command()
@handle_errors
def demo(
    db: Annotated[Path, typer.Option("--db", help="Where to build the demo SQLite file.")] = Path(
        "demo.db"
    ),
    article: Annotated[
        Path | None,
        typer.Option(
            help="The real article (../shared/examples/fujimori-pardon-2018/article.txt): adds it "
            "and its span-only coding."
        ),
    ] = None,
    replace: Annotated[bool, typer.Option("--replace", help="Overwrite an existing file.")] = False,
    as_json: JsonOption = False,
) -> None:
    """Build a fresh demo database from the worked example and print what is in it."""
    settings = Settings.from_env()
    _ = translator(settings)
    with console.status(_("demo.building")):
        report = build_demo(settings, db, article=article, replace_existing=replace)
    if as_json:
        print_json(report.to_dict())
        return
    console.print(_("demo.built", path=str(db)), markup=False)
    s = report.summary
    table = Table(_("demo.what"), _("demo.how_many"))
    table.add_row(_("demo.sources"), str(s["sources"]))
    for rtype, n in s["records_by_type"].items():
        table.add_row(f"  {rtype}", str(n))
    table.add_row(_("demo.claims"), str(s["claims"]))
    console.print(table)
    answers = Table(_("demo.question"), _("demo.answer"))
    for qid, a in report.answers.items():
        answers.add_row(report.questions.get(qid, qid), str(a))
    console.print(answers)
    if s["conflicts"]:
        console.print(_("demo.conflicts", records=", ".join(s["conflicts"])), markup=False)
