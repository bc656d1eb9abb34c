"""Command modules; importing this package registers every command on the app."""

from recuento.cli import core, demo  # noqa: F401

for _optional in ("recuento.cli.estimate", "recuento.cli.extract"):
    try:
        __import__(_optional)
    except ModuleNotFoundError as exc:  # a capability not yet installed or written
        if exc.name != _optional:
            raise
