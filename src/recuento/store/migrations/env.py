"""Alembic environment: run with a connection handed over by recuento.store.engine."""

from __future__ import annotations

from alembic import context

from recuento.store.tables import metadata

connection = context.config.attributes.get("connection")
if connection is None:  # pragma: no cover - recuento always hands one over
    raise RuntimeError("run migrations through recuento.store.engine.migrate()")

context.configure(connection=connection, target_metadata=metadata, render_as_batch=True)
with context.begin_transaction():
    context.run_migrations()
