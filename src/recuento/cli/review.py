"""`recuento review`: the queue of suggestions a coder accepts, edits or rejects."""

from __future__ import annotations

from typing import Annotated, Any

import typer
import yaml
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
from recuento.errors import ValidationError
from recuento.services.workspace import Workspace

review_app = typer.Typer(
    help="Suggestions from the extractor, for a coder to accept, edit or reject.",
    no_args_is_help=True,
)
app.add_typer(review_app, name="review")


@review_app.command("suggest")
@handle_errors
def review_suggest(
    source: Annotated[
        str, typer.Argument(help="The source's SHA-256 (or its first 6+ characters).")
    ],
    language: Annotated[str | None, typer.Option(help="en or es; default: the source's.")] = None,
    db: DbOption = None,
    as_json: JsonOption = False,
) -> None:
    """Read a stored source and queue the records the extractor proposes."""
    settings = settings_for(db)
    with Workspace.open(settings, create=False) as ws:
        ids = ws.suggest(source, language)
    if as_json:
        print_json({"suggestions": ids})
        return
    console.print(translator(settings)("review.queued", n=len(ids)), markup=False)


@review_app.command("list")
@handle_errors
def review_list(
    status: Annotated[str, typer.Option(help="pending, accepted, rejected or all.")] = "pending",
    source: Annotated[str | None, typer.Option(help="Only this source's suggestions.")] = None,
    db: DbOption = None,
    as_json: JsonOption = False,
) -> None:
    """List suggestions (only those from sources your role may see)."""
    if status not in ("pending", "accepted", "rejected", "all"):
        raise ValidationError("--status must be pending, accepted, rejected or all")
    with Workspace.open(settings_for(db), create=False) as ws:
        rows = ws.suggestions(None if status == "all" else status, source)
    out = [_public(r) for r in rows]
    if as_json:
        print_json(out)
        return
    table = Table("#", "kind", "status", "what", "link", "confidence")
    for r in out:
        table.add_row(
            str(r["id"]),
            r["kind"],
            r["status"],
            escape(_what(r)),
            r["link"] or "",
            f"{r['confidence']:.2f}",
        )
    console.print(table)


@review_app.command("accept")
@handle_errors
def review_accept(
    suggestion: Annotated[int, typer.Argument(help="The suggestion's number.")],
    key: Annotated[str | None, typer.Option("--as", help="Id for the new record.")] = None,
    link: Annotated[str | None, typer.Option(help="Add to this existing record instead.")] = None,
    new: Annotated[bool, typer.Option("--new", help="Ignore the proposed link.")] = False,
    set_: Annotated[
        list[str] | None, typer.Option("--set", help="Edit a field: name=value (YAML value).")
    ] = None,
    db: DbOption = None,
    as_json: JsonOption = False,
) -> None:
    """Accept a suggestion, optionally edited: its fields become claims citing its spans."""
    edits = _edits(set_ or [])
    settings = settings_for(db)
    with Workspace.open(settings, create=False) as ws:
        decision = ws.accept_suggestion(suggestion, key=key, link=link, new=new, edits=edits)
    if as_json:
        print_json(
            {
                "suggestion": decision.suggestion,
                "status": decision.status,
                "records": decision.records,
            }
        )
        return
    console.print(
        translator(settings)("review.accepted", n=suggestion, records=", ".join(decision.records)),
        markup=False,
    )


@review_app.command("reject")
@handle_errors
def review_reject(
    suggestion: Annotated[int, typer.Argument(help="The suggestion's number.")],
    why: Annotated[str, typer.Option(help="Why it is wrong (kept in the history).")] = "",
    db: DbOption = None,
) -> None:
    """Reject a suggestion, saying why."""
    settings = settings_for(db)
    with Workspace.open(settings, create=False) as ws:
        ws.reject_suggestion(suggestion, why)
    console.print(translator(settings)("review.rejected", n=suggestion), markup=False)


def _edits(pairs: list[str]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for pair in pairs:
        name, sep, raw = pair.partition("=")
        if not sep or not name.strip():
            raise ValidationError(f"--set takes name=value, not {pair!r}")
        try:
            out[name.strip()] = yaml.safe_load(raw)
        except yaml.YAMLError:
            raise ValidationError(f"cannot read the value of --set {pair!r}") from None
    return out


def _public(r: dict[str, Any]) -> dict[str, Any]:
    keys = (
        "id",
        "source",
        "kind",
        "fields",
        "spans",
        "confidence",
        "extractor",
        "link",
        "status",
        "created_by",
        "created_at",
        "decided_by",
        "decided_at",
        "decision",
    )
    return {k: r.get(k) for k in keys}


def _what(r: dict[str, Any]) -> str:
    f = r["fields"]
    if r["kind"] in ("person", "organization"):
        return str(f.get("name"))
    if r["kind"] == "event":
        place = (f.get("place") or {}).get("name") or ""
        when = (f.get("date") or {}).get("value") or ""
        return f"{f.get('type')} {place} {when}".strip()
    return f"{f.get('type')} {', '.join(f.get('subjects') or [])}".strip()
