"""Persistence: SQLAlchemy tables, Alembic migrations, and the repository over them.

The only package that imports SQLAlchemy and Alembic.
"""

from recuento.store.engine import (
    check_schema,
    current_revision,
    head_revision,
    make_engine,
    migrate,
)
from recuento.store.repository import SqlStore, Tx

__all__ = [
    "SqlStore",
    "Tx",
    "check_schema",
    "current_revision",
    "head_revision",
    "make_engine",
    "migrate",
]
