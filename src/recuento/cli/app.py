"""The Typer application and the pieces every command shares."""

from __future__ import annotations

import typer

app = typer.Typer(
    name="recuento",
    help="Document grave human-rights violations and the justice that follows them.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)


def _register_commands() -> None:
    # Each command module registers itself on `app`; importing them here keeps start-up in one place
    from recuento.cli import commands  # noqa: F401


def main() -> None:
    _register_commands()
    app()
