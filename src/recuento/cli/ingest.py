"""``recuento ingest``: add a file or a web address as evidence, with what can be read from it."""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Iterator
from dataclasses import replace
from pathlib import Path
from typing import Annotated, Any

import typer
from rich.progress import (
    BarColumn,
    MofNCompleteColumn,
    Progress,
    TextColumn,
    TimeRemainingColumn,
)
from rich.table import Table

from recuento.cli.app import app
from recuento.cli.common import (
    DbOption,
    JsonOption,
    console,
    err_console,
    handle_errors,
    print_json,
    settings_for,
    translator,
)
from recuento.errors import Problem, ValidationError
from recuento.i18n import Translator
from recuento.ingest.lists import ColumnMapping
from recuento.services.ingesting import IngestOptions, IngestReport, ingest
from recuento.services.workspace import Workspace

_PROGRESS_FROM = 20  # items; fewer finish before a bar is worth drawing
_OCR_PROGRESS_FROM = 2  # pages: each takes seconds


def _mapping(
    pairs: list[str],
    constants: list[str],
    mapping_file: Path | None,
    list_name: str | None,
    sheet: str | None,
    header_row: int | None,
    date_order: str | None,
) -> ColumnMapping | None:
    if not (pairs or constants or mapping_file):
        if list_name or sheet or header_row or date_order:
            raise ValidationError(
                Problem("give the columns too: --map name=COLUMN (or --mapping FILE)")
            )
        return None
    base: ColumnMapping | None = None
    if mapping_file is not None:
        try:
            text = mapping_file.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as exc:
            raise ValidationError(
                Problem(f"cannot read the mapping file: {exc}", file=str(mapping_file))
            ) from None
        base = ColumnMapping.from_yaml(text, str(mapping_file))
    extra = ColumnMapping.from_pairs(pairs, constants, defaults={} if base else None)
    mapping = base.overridden_by(extra) if base else extra
    changes: dict[str, Any] = {}
    if list_name:
        changes["slug"] = list_name
    if sheet:
        changes["sheet"] = sheet
    if header_row is not None:
        changes["header_row"] = header_row
    if date_order:
        changes["date_order"] = date_order
    return replace(mapping, **changes)


Tracker = Callable[[str, int], Callable[[int, int], None] | None]


@contextlib.contextmanager
def _progress_bars(enabled: bool) -> Iterator[Tracker]:
    """``track(label, from_items)``: a progress callback drawing a bar named ``label`` on
    stderr once a task has ``from_items`` or more; None when bars are off (``--json``)."""
    if not enabled:
        yield lambda label, from_items: None
        return
    bar = Progress(
        TextColumn("{task.description}"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeRemainingColumn(),
        console=err_console,
        transient=True,
    )

    def track(label: str, from_items: int) -> Callable[[int, int], None]:
        task: list[Any] = []

        def update(done: int, total: int) -> None:
            if total < from_items:
                return
            if not task:
                task.append(bar.add_task(label, total=total))
            bar.update(task[0], completed=done, total=total)

        return update

    with bar:
        yield track


def _label(_: Translator, key: str, english: str) -> str:
    said = _(key)
    return english if said == key else said  # a message not yet in the catalogs


def _short(value: Any) -> str:
    if isinstance(value, dict):
        if "value" in value:
            return str(value["value"])
        if "name" in value:
            return str(value["name"])
        if "best" in value:
            best = value.get("best")
            return str(best) if best is not None else f"{value.get('low')}–{value.get('high')}"
        return ", ".join(f"{k} {_short(v)}" for k, v in value.items() if v not in (None, [], {}))
    if isinstance(value, list):
        return ", ".join(_short(v) for v in value)
    return str(value)


def _suggestion_table(report: IngestReport, _: Translator) -> Table:
    table = Table(title=_("ingest.suggestions", n=len(report.suggestions or [])))
    table.add_column("kind")
    table.add_column("fields")
    table.add_column("conf.", justify="right")
    table.add_column("evidence")
    text = report.text or ""
    for s in report.suggestions or []:
        shown = "; ".join(
            f"{k} {_short(v)}"
            for k, v in s.fields.items()
            if v not in (None, [], {}, False) and k not in ("aliases", "canonical")
        )
        quote = ""
        if s.spans:
            quote = text[s.spans[0].start : s.spans[0].end].replace("\n", " ")
            quote = quote if len(quote) <= 60 else quote[:57] + "…"
        table.add_row(s.kind, shown, f"{s.confidence:.2f}", quote)
    return table


def _print_report(report: IngestReport, _: Translator) -> None:
    key = "ingest.stored" if report.created else "ingest.already"
    console.print(
        _(key, sha=report.source[:12], format=report.format, origin=report.origin or ""),
        markup=False,
    )
    meta = report.metadata
    for field in ("title", "published", "language", "publisher", "url"):
        if meta.get(field):
            console.print(f"  {field}: {meta[field]}", markup=False)
    if meta.get("authors"):
        console.print(f"  authors: {', '.join(meta['authors'])}", markup=False)
    for art in report.artifacts:
        if art["role"] == "text":
            console.print(
                _(
                    "ingest.text",
                    sha=art["sha256"][:12],
                    chars=len(report.text or ""),
                    method=art["method"],
                ),
                markup=False,
            )
    if report.rows is not None:
        rows = report.rows
        console.print(
            _(
                "ingest.rows",
                imported=rows["imported"],
                total=rows["total"],
                persons=rows["persons"],
                claims=rows["claims"],
                list=rows["list"],
            ),
            markup=False,
        )
        if rows["skipped"]:
            shown = ", ".join(str(n) for n in rows["skipped_rows"][:30])
            more = "…" if rows["skipped"] > 30 else ""
            console.print(_("ingest.skipped", n=rows["skipped"], rows=shown + more), markup=False)
    if report.format == "feed":
        console.print(_("ingest.entries", n=len(report.entries)), markup=False)
        table = Table("#", "title", "published", "source", "article")
        for e in report.entries:
            article = e.article.source[:12] if e.article else ""
            table.add_row(
                str(e.metadata.get("index")),
                str(e.metadata.get("title") or ""),
                str(e.metadata.get("published") or ""),
                e.source[:12],
                article,
            )
        console.print(table)
    if report.warnings:
        console.print(_("ingest.warnings", n=len(report.warnings)), markup=False)
        for w in report.warnings:
            console.print(f"  - {w}", markup=False)
    if report.suggestions is not None:
        console.print(_suggestion_table(report, _))
    for e in report.entries:
        if e.suggestions:
            console.print(f"#{e.metadata.get('index')} {e.metadata.get('title') or ''}")
            console.print(_suggestion_table(e, _))


@app.command("ingest")
@handle_errors
def ingest_command(
    source: Annotated[str, typer.Argument(help="A file, or an http(s) address to fetch now.")],
    extract: Annotated[
        bool, typer.Option("--extract", help="Also propose records from the text (not stored).")
    ] = False,
    format: Annotated[  # noqa: A002
        str | None,
        typer.Option(
            "--as",
            help="Read it as: text, html, pdf, image, csv, xlsx, ods, xls or feed (guessed).",
        ),
    ] = None,
    kind: Annotated[
        str | None, typer.Option(help="Kind of source: news_article, court_ruling, …")
    ] = None,
    title: Annotated[str | None, typer.Option(help="Its title (else read from the file).")] = None,
    published: Annotated[
        str | None, typer.Option(help="Publication date YYYY, YYYY-MM or YYYY-MM-DD.")
    ] = None,
    language: Annotated[str | None, typer.Option(help="Language code: en, es, …")] = None,
    publisher: Annotated[str | None, typer.Option(help="Who published it.")] = None,
    url: Annotated[str | None, typer.Option(help="Where a file was found on the web.")] = None,
    reliability: Annotated[str | None, typer.Option(help="How reliable the source is.")] = None,
    sensitivity: Annotated[
        str | None, typer.Option(help="public, restricted or confidential.")
    ] = None,
    map_: Annotated[
        list[str] | None,
        typer.Option(
            "--map",
            help="Lists: FIELD=COLUMN, e.g. name=Nombre, age=Edad, date=Fecha "
            "(name=Nombres+Apellidos joins columns). Repeat for each field.",
        ),
    ] = None,
    set_: Annotated[
        list[str] | None,
        typer.Option(
            "--set", help="Lists: FIELD=VALUE for every row, e.g. act_type=killing_in_massacre."
        ),
    ] = None,
    mapping: Annotated[
        Path | None, typer.Option("--mapping", help="Lists: a mapping file (YAML).")
    ] = None,
    list_name: Annotated[
        str | None,
        typer.Option("--list-name", help="Lists: prefix of record keys (default: file name)."),
    ] = None,
    sheet: Annotated[str | None, typer.Option(help="XLSX, ODS or XLS: the sheet to read.")] = None,
    header_row: Annotated[
        int | None, typer.Option("--header-row", help="Lists: the row holding the headers.")
    ] = None,
    date_order: Annotated[
        str | None,
        typer.Option("--date-order", help="Lists: read 03/11/1991 as dmy (default) or mdy."),
    ] = None,
    skip_bad_rows: Annotated[
        bool,
        typer.Option(
            "--skip-bad-rows", help="Lists: import the good rows and report the bad ones."
        ),
    ] = False,
    fetch_entries: Annotated[
        bool,
        typer.Option("--fetch-entries", help="Feeds: also fetch and ingest each entry's page."),
    ] = False,
    max_entries: Annotated[
        int | None, typer.Option("--max-entries", help="Feeds: ingest at most this many.")
    ] = None,
    timeout: Annotated[float, typer.Option(help="Seconds to wait for a web server.")] = 30.0,
    max_size: Annotated[
        float, typer.Option("--max-size", help="Largest download, in megabytes.")
    ] = 50.0,
    no_ocr: Annotated[
        bool,
        typer.Option(
            "--no-ocr",
            help="Scans: store the file without reading its text by OCR (ingest it again "
            "later without this to add the text).",
        ),
    ] = False,
    db: DbOption = None,
    as_json: JsonOption = False,
) -> None:
    """Add a file or web address as evidence, with its text, list rows or feed entries.

    The bytes are kept as received; the text of an HTML page or PDF is stored as a linked
    source with its own hash; a victim list's rows become persons citing their rows; a feed's
    entries become sources. Every step goes to the chain of custody; on any problem nothing is
    written. See docs/ingest.md.
    """
    settings = settings_for(db)
    _ = translator(settings)
    options = IngestOptions(
        format=format,
        kind=kind,
        title=title,
        published=published,
        language=language,
        publisher=publisher,
        url=url,
        reliability=reliability,
        sensitivity=sensitivity,
        mapping=_mapping(map_ or [], set_ or [], mapping, list_name, sheet, header_row, date_order),
        skip_bad_rows=skip_bad_rows,
        fetch_entries=fetch_entries,
        max_entries=max_entries,
        extract=extract,
        timeout=timeout,
        max_bytes=int(max_size * 1024 * 1024),
        ocr=not no_ocr,
    )
    target: str | Path = source
    with Workspace.open(settings) as ws, _progress_bars(not as_json) as track:
        report = ingest(
            ws,
            target,
            options,
            progress=track(_("ingest.progress"), _PROGRESS_FROM),
            ocr_progress=track(_label(_, "ingest.ocr_progress", "OCR page"), _OCR_PROGRESS_FROM),
        )
    if as_json:
        print_json(report.to_dict())
        return
    _print_report(report, _)
