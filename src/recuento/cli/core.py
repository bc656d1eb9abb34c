"""The foundation's commands: init, source add, import, show, history, search, export, restore."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated, Any

import typer
from rich.markup import escape
from rich.table import Table

from recuento.cli.app import app
from recuento.cli.common import (
    DbOption,
    JsonOption,
    console,
    handle_errors,
    print_json,
    settings_for,
    translator,
)
from recuento.cli.render import record_to_dict, render_record
from recuento.errors import ValidationError
from recuento.services.workspace import Workspace

source_app = typer.Typer(help="Add and inspect sources (the evidence).", no_args_is_help=True)
app.add_typer(source_app, name="source")


@app.command()
@handle_errors
def init(db: DbOption = None) -> None:
    """Create a store (or bring an old one up to date)."""
    settings = settings_for(db)
    with Workspace.open(settings):
        pass
    console.print(translator(settings)("init.done", url=settings.database_url), markup=False)


@source_app.command("add")
@handle_errors
def source_add(
    file: Annotated[Path, typer.Argument(help="The file, kept byte for byte.")],
    publisher: Annotated[str | None, typer.Option(help="Who published it.")] = None,
    published: Annotated[
        str | None, typer.Option(help="When: YYYY, YYYY-MM or YYYY-MM-DD.")
    ] = None,
    url: Annotated[str | None, typer.Option(help="Where it was found.")] = None,
    kind: Annotated[
        str | None, typer.Option(help="news_article, court_ruling, victim_list, …")
    ] = None,
    language: Annotated[str | None, typer.Option(help="Language code, e.g. es.")] = None,
    title: Annotated[str | None, typer.Option(help="Its title.")] = None,
    sensitivity: Annotated[
        str | None, typer.Option(help="public, restricted or confidential.")
    ] = None,
    db: DbOption = None,
    as_json: JsonOption = False,
) -> None:
    """Add a source; prints its SHA-256. The same bytes twice are stored once."""
    from recuento.domain.schema import record_type
    from recuento.domain.vocabulary import vocabulary

    settings = settings_for(db)
    _ = translator(settings)
    if published is not None:
        record_type("event").field("date").parse(published)  # a clear error for a bad date
    if kind is not None:
        found = vocabulary("source_kind").normalise(kind)
        if found is None:
            hint = ", ".join(vocabulary("source_kind").suggest(kind))
            raise ValidationError(
                f"unknown source kind {kind!r}" + (f"; did you mean: {hint}?" if hint else "")
            )
        kind = found
    meta = {
        "publisher": publisher,
        "published": published,
        "url": url,
        "kind": kind,
        "language": language,
        "title": title,
        "sensitivity": sensitivity,
    }
    with Workspace.open(settings) as ws:
        result = ws.add_source(file, **{k: v for k, v in meta.items() if v is not None})
    src = result.source
    if as_json:
        print_json(
            {
                "sha256": src.sha256,
                "created": result.created,
                "size": src.size,
                "media_type": src.media_type,
            }
        )
        return
    key = "source.added" if result.created else "source.already"
    console.print(_(key, sha=src.sha256, size=src.size), markup=False)


@source_app.command("list")
@handle_errors
def source_list(db: DbOption = None, as_json: JsonOption = False) -> None:
    """List the sources in the store."""
    settings = settings_for(db)
    with Workspace.open(settings, create=False) as ws:
        sources = ws.sources()
    rows = [
        {
            "sha256": s.sha256,
            "title": s.title,
            "kind": s.kind,
            "publisher": s.publisher,
            "published": s.published,
            "size": s.size,
            "added_by": s.added_by,
            "added_at": s.added_at,
            "meta": s.meta,
        }
        for s in sources
    ]
    if as_json:
        print_json(rows)
        return
    table = Table("SHA-256", "title", "kind", "published", "size")
    for r in rows:
        table.add_row(
            r["sha256"][:12], r["title"] or "", r["kind"], r["published"] or "", str(r["size"])
        )
    console.print(table)


@source_app.command("custody")
@handle_errors
def source_custody(
    sha256: Annotated[
        str, typer.Argument(help="The source's SHA-256 (or its first 6+ characters).")
    ],
    db: DbOption = None,
    as_json: JsonOption = False,
) -> None:
    """The chain of custody of a source: who received it, when, and every later touch."""
    with Workspace.open(settings_for(db), create=False) as ws:
        rows = ws.custody(sha256)
    if as_json:
        print_json(rows)
        return
    table = Table("when", "who", "action", "detail")
    for r in rows:
        table.add_row(r["at"], r["who"], r["action"], json.dumps(r["detail"], ensure_ascii=False))
    console.print(table)


@app.command("import")
@handle_errors
def import_(
    file: Annotated[
        Path,
        typer.Argument(
            help="A coding file (YAML/JSON, docs/coding-format.md) "
            "or an export made by `recuento export`."
        ),
    ],
    db: DbOption = None,
    as_json: JsonOption = False,
) -> None:
    """Import a coding file: checks everything first; on any problem nothing is written."""
    settings = settings_for(db)
    _ = translator(settings)
    with Workspace.open(settings) as ws:
        document = _export_document(file)
        if document is not None:
            counts = ws.restore(document)
            if as_json:
                print_json({"restored": counts})
            else:
                console.print(
                    _(
                        "import.restored",
                        records=counts["records"],
                        claims=counts["claims"],
                        sources=counts["sources"],
                    ),
                    markup=False,
                )
            return
        report = ws.import_coding(file)
    if as_json:
        print_json(report.to_dict())
        return
    console.print(
        _(
            "import.done",
            claims=report.claims,
            created=len(report.records_created),
            updated=len(report.records_updated),
            sha=report.source[:12],
        ),
        markup=False,
    )


def _export_document(file: Path) -> Any:
    """The parsed export if ``file`` is a recuento export, else None (then it is a coding file)."""
    if file.suffix.lower() != ".json":
        return None
    try:
        document = json.loads(file.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError):
        return None  # the coding-file reader reports what is wrong with it
    fmt = document.get("format") if isinstance(document, dict) else None
    return document if isinstance(fmt, str) and fmt.startswith("recuento-export/") else None


@app.command()
@handle_errors
def show(
    record: Annotated[str, typer.Argument(help="The record's id, e.g. barrios-altos.")],
    db: DbOption = None,
    as_json: JsonOption = False,
) -> None:
    """Show a record: every field, its value, and the sources behind it."""
    settings = settings_for(db)
    with Workspace.open(settings, create=False) as ws:
        rec = ws.record(record)
        titles = {s.sha256: s.title or s.origin or s.sha256[:12] for s in ws.sources()}
    if as_json:
        print_json(record_to_dict(rec))
        return
    render_record(console, rec, titles, translator(settings))


@app.command()
@handle_errors
def history(
    record: Annotated[str, typer.Argument(help="The record's id.")],
    db: DbOption = None,
    as_json: JsonOption = False,
) -> None:
    """Every change that touched a record: who, when, what, why."""
    with Workspace.open(settings_for(db), create=False) as ws:
        rows = ws.history(record)
    if as_json:
        print_json(rows)
        return
    table = Table("#", "when", "who", "action", "what")
    for r in rows:
        table.add_row(
            str(r["id"]),
            r["at"],
            escape(r["who"]),
            r["action"],
            escape(json.dumps(r["detail"], ensure_ascii=False)),
        )
    console.print(table)


@app.command()
@handle_errors
def search(
    text: Annotated[str, typer.Argument(help="Words to find in sources and records.")],
    limit: Annotated[int, typer.Option(help="At most this many hits.")] = 20,
    db: DbOption = None,
    as_json: JsonOption = False,
) -> None:
    """Full-text search over sources and records (only what your role may see)."""
    with Workspace.open(settings_for(db), create=False) as ws:
        hits = ws.search(text, limit)
    if as_json:
        print_json(hits)
        return
    table = Table("kind", "record / source", "field", "match")
    for h in hits:
        ref = h["ref"][:12] if h["kind"] == "source" else h["ref"]
        table.add_row(h["kind"], ref, h["field"] or "", escape(h["snippet"]))
    console.print(table)


@app.command()
@handle_errors
def export(
    format: Annotated[str, typer.Option("--format", help="Only json for now.")] = "json",  # noqa: A002
    output: Annotated[
        Path | None, typer.Option("--output", "-o", help="Write here, not stdout.")
    ] = None,
    db: DbOption = None,
) -> None:
    """Export the whole store as lossless JSON (docs/export-format.md)."""
    if format != "json":
        raise ValidationError(f"unknown export format {format!r}; available: json")
    with Workspace.open(settings_for(db), create=False) as ws:
        text = ws.export_json()
    if output is None:
        typer.echo(text, nl=False)
    else:
        output.write_text(text, encoding="utf-8")


@app.command()
@handle_errors
def retract(
    claim: Annotated[int, typer.Argument(help="The claim's number (see `recuento show --json`).")],
    why: Annotated[str, typer.Option(help="Why it is withdrawn (kept in the history).")] = "",
    db: DbOption = None,
) -> None:
    """Withdraw a claim. Nothing is deleted: a new claim supersedes it, and the history says why."""
    settings = settings_for(db)
    with Workspace.open(settings, create=False) as ws:
        new_id = ws.retract(claim, why)
    console.print(translator(settings)("claim.retracted", n=claim, by=new_id), markup=False)


@app.command()
@handle_errors
def sentences(
    as_of: Annotated[
        str | None, typer.Option(help="The day to judge by (YYYY-MM-DD); today.")
    ] = None,
    past_term_only: Annotated[
        bool, typer.Option("--past-term", help="Only those certainly held past their term.")
    ] = False,
    db: DbOption = None,
    as_json: JsonOption = False,
) -> None:
    """Sentences, their expected end, and who is held past their term (never a guess)."""
    from datetime import date

    try:
        day = date.fromisoformat(as_of) if as_of else None
    except ValueError:
        raise ValidationError(f"--as-of takes a day as YYYY-MM-DD, not {as_of!r}") from None
    with Workspace.open(settings_for(db), create=False) as ws:
        rows = ws.sentence_status(day)
    if past_term_only:
        rows = [r for r in rows if r["past_term"] == "yes"]
    if as_json:
        print_json(rows)
        return
    table = Table("sentence", "person", "term", "start", "expected end", "released", "past term")
    for r in rows:
        end = r["expected_release"]
        end_text = "" if not end else (end[0] if end[0] == end[1] else f"{end[0]} … {end[1]}")
        term = r["term"] or {}
        term_text = (
            "life"
            if term.get("life")
            else ", ".join(f"{v} {k}" for k, v in term.items() if k != "text")
        )
        table.add_row(
            escape(r["sentence"]),
            escape(str(r["person"] or "")),
            term_text,
            str(r["start"] or ""),
            end_text,
            str(r["released"] or ""),
            r["past_term"],
        )
    console.print(table)
