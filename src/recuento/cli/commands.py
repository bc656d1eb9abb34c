"""Command modules; importing this package registers every command on the app."""

from recuento.cli import core, demo, extract, review  # noqa: F401

for _optional in ("recuento.cli.estimate", "recuento.cli.ingest"):
    try:
        __import__(_optional)
    except ModuleNotFoundError as exc:  # being written in parallel; registered once it lands
        if exc.name != _optional:
            raise
