"""``recuento extract``: propose events, persons, organisations and legal facts from a text."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Annotated, Any

import typer
from rich.table import Table

from recuento.cli.app import app
from recuento.cli.common import JsonOption, console, handle_errors, print_json
from recuento.errors import Problem, ValidationError
from recuento.services import extraction


def _parse_date(value: str | None) -> date | None:
    if value is None:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise ValidationError(
            Problem(f"--published must be a date as YYYY-MM-DD, got {value!r}", field="published")
        ) from None


def _summary(fields: dict[str, Any], kind: str) -> str:
    if kind == "event":
        parts = [str(fields.get("type"))]
        d = fields.get("date")
        if d:
            parts.append(f"{d['value']} ({d['precision']})")
        if fields.get("place"):
            parts.append(f"in {fields['place']['name']}")
        for cat, c in (fields.get("counts") or {}).items():
            shown = c.get("best")
            if shown is None:
                shown = f"{c.get('low') or '?'}–{c.get('high') or '?'}"
            parts.append(f"{cat} {shown}")
        if fields.get("background"):
            parts.append("[background]")
        return ", ".join(parts)
    if kind == "person":
        extra = [", ".join(fields.get("roles") or [])]
        if fields.get("age") is not None:
            extra.append(f"age {fields['age']}")
        if fields.get("sex"):
            extra.append(f"sex {fields['sex']}")
        return f"{fields.get('name')} ({'; '.join(x for x in extra if x)})"
    if kind == "organization":
        return f"{fields.get('name')} ({fields.get('kind')})"
    parts = [str(fields.get("type")), ", ".join(fields.get("subjects") or [])]
    if not fields.get("subjects") and fields.get("group"):
        parts[-1] = str(fields["group"])
    s = fields.get("sentence")
    if s:
        parts.append("life" if s.get("life") else f"{s.get('years') or s.get('range')} years")
    if fields.get("date"):
        parts.append(fields["date"]["value"])
    return ", ".join(p for p in parts if p)


@app.command("extract")
@handle_errors
def extract_command(
    file: Annotated[Path, typer.Argument(help="A UTF-8 text file (an article, a testimony...).")],
    language: Annotated[
        str | None,
        typer.Option("--language", help="Language of the text: en or es (guessed if omitted)."),
    ] = None,
    published: Annotated[
        str | None,
        typer.Option(
            "--published",
            help="Publication date YYYY-MM-DD; relative dates ('on Friday') resolve against it.",
        ),
    ] = None,
    as_json: JsonOption = False,
) -> None:
    """Propose records from FILE without storing anything; each suggestion cites its spans."""
    result = extraction.extract_file(file, language=language, published=_parse_date(published))
    if as_json:
        print_json(result.to_dict())
        return
    table = Table(title=f"Suggestions from {file.name}", show_lines=False)
    table.add_column("kind")
    table.add_column("proposal")
    table.add_column("conf.", justify="right")
    table.add_column("evidence")
    for s in result.suggestions:
        span = s.spans[0] if s.spans else None
        quote = result.text[span.start : span.end].replace("\n", " ") if span else ""
        if len(quote) > 60:
            quote = quote[:57] + "..."
        table.add_row(s.kind, _summary(s.fields, s.kind), f"{s.confidence:.2f}", quote)
    console.print(table)
