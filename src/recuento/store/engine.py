"""Engines and migrations: a SQLite file by default, PostgreSQL by URL."""

from __future__ import annotations

from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.exc import ArgumentError, NoSuchModuleError, OperationalError

from recuento.errors import MissingExtraError, SchemaError, StorageError

if TYPE_CHECKING:
    from alembic.config import Config

# Alembic is imported where it is used: it costs half a second that `recuento --help` and
# commands on an up-to-date store need not pay.


def _alembic_config() -> Config:
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(resources.files("recuento.store") / "migrations"))
    return cfg


def head_revision() -> str:
    from alembic.script import ScriptDirectory

    head = ScriptDirectory.from_config(_alembic_config()).get_current_head()
    assert head is not None
    return head


def make_engine(url: str) -> Engine:
    """An engine for ``url``; SQLite files get foreign keys on and their folder checked."""
    if url.startswith("postgres://"):
        url = "postgresql://" + url[len("postgres://") :]
    if url.startswith("postgresql://"):
        url = "postgresql+psycopg://" + url[len("postgresql://") :]
    kwargs: dict[str, Any] = {}
    if url.startswith("sqlite"):
        path = url.split("///", 1)[1] if "///" in url else ""
        if path and path != ":memory:":
            parent = Path(path).expanduser().parent
            if not parent.is_dir():
                raise StorageError(f"folder {parent} does not exist (database {path})")
    try:
        engine = create_engine(url, **kwargs)
    except NoSuchModuleError as exc:
        raise StorageError(f"unsupported database URL {url!r}: {exc}") from None
    except ArgumentError as exc:
        raise StorageError(f"cannot read the database URL {url!r}: {exc}") from None
    except ModuleNotFoundError as exc:
        if "psycopg" in str(exc):
            raise MissingExtraError("psycopg", "postgres") from None
        raise
    if engine.dialect.name == "sqlite":

        @event.listens_for(engine, "connect")
        def _sqlite_pragmas(dbapi_conn: Any, _record: Any) -> None:
            cur = dbapi_conn.cursor()
            cur.execute("PRAGMA foreign_keys=ON")
            cur.close()

    return engine


def current_revision(engine: Engine) -> str | None:
    from alembic.runtime.migration import MigrationContext

    try:
        with engine.connect() as conn:
            return MigrationContext.configure(conn).get_current_revision()
    except OperationalError as exc:
        raise StorageError(f"cannot open the database: {exc.orig}") from None


def migrate(engine: Engine) -> None:
    """Bring the schema to the newest revision, in one transaction."""
    from alembic import command

    cfg = _alembic_config()
    try:
        with engine.begin() as conn:
            cfg.attributes["connection"] = conn
            command.upgrade(cfg, "head")
    except OperationalError as exc:
        raise StorageError(f"cannot migrate the database: {exc.orig}") from None


def check_schema(engine: Engine) -> None:
    """Raise SchemaError unless the database is at this recuento's schema revision."""
    rev = current_revision(engine)
    head = head_revision()
    if rev is None:
        raise SchemaError("this database has no recuento schema: run `recuento init` first")
    if rev != head:
        raise SchemaError(
            f"database schema is at revision {rev}, this recuento expects {head}: "
            "run `recuento init` to upgrade"
        )
