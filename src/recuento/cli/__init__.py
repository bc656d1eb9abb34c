"""The command line: one command per service, errors become a message and exit code 1."""

from __future__ import annotations

from recuento.cli.app import app, main

__all__ = ["app", "main"]
