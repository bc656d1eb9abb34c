"""What every command shares: settings from --db, one error handler, JSON and Rich output."""

from __future__ import annotations

import functools
import json
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Annotated, Any, TypeVar

import typer
from rich.console import Console

from recuento.config import Settings
from recuento.errors import RecuentoError, ValidationError
from recuento.i18n import Translator

F = TypeVar("F", bound=Callable[..., Any])

DbOption = Annotated[
    Path | None,
    typer.Option("--db", help="SQLite file of the store (or set RECUENTO_DATABASE_URL)."),
]
JsonOption = Annotated[bool, typer.Option("--json", help="Print JSON instead of tables.")]

console = Console(highlight=False)
err_console = Console(stderr=True, highlight=False, soft_wrap=True)


def settings_for(db: Path | None) -> Settings:
    return Settings.from_env().with_db_path(db)


def translator(settings: Settings | None = None) -> Translator:
    try:
        lang = (settings or Settings.from_env()).language
    except RecuentoError:
        lang = "en"
    return Translator(lang)


def print_json(data: Any) -> None:
    sys.stdout.write(json.dumps(data, ensure_ascii=False, indent=2, default=str) + "\n")


def handle_errors(func: F) -> F:
    """RecuentoError becomes a message on stderr and exit code 1, never a traceback."""

    @functools.wraps(func)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return func(*args, **kwargs)
        except ValidationError as exc:
            _ = translator()
            err_console.print(
                f"[bold red]{_('error.prefix')}:[/] "
                + (_("problems.found", n=len(exc.problems)) if len(exc.problems) > 1 else ""),
                markup=True,
            )
            for i, p in enumerate(exc.problems, 1):
                err_console.print(
                    f"  {i}. {p}" if len(exc.problems) > 1 else f"  {p}", markup=False
                )
            raise typer.Exit(1) from None
        except RecuentoError as exc:
            _ = translator()
            err_console.print(f"[bold red]{_('error.prefix')}:[/] ", end="", markup=True)
            err_console.print(str(exc), markup=False)
            raise typer.Exit(1) from None

    return wrapper  # type: ignore[return-value]
