"""Fixtures shared by the whole suite.

Tests read the team's shared folder (``../shared``: worked example, reference data) only through
the ``shared_dir`` fixture, which follows the one documented setting ``RECUENTO_SHARED_DIR`` and
skips with a clear reason when it is unset or absent.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest


@pytest.fixture(scope="session")
def shared_dir() -> Path:
    value = os.environ.get("RECUENTO_SHARED_DIR", "")
    if not value:
        pytest.skip(
            "RECUENTO_SHARED_DIR is not set: the shared folder (../shared) is not available"
        )
    path = Path(value).expanduser()
    if not path.is_dir():
        pytest.skip(
            f"RECUENTO_SHARED_DIR={value} does not exist: the shared folder is not available"
        )
    return path


def _postgres_admin_url() -> str | None:
    return os.environ.get("RECUENTO_TEST_POSTGRES_URL") or None


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def db_url(request: pytest.FixtureRequest, tmp_path: Path):
    """A fresh, empty database URL: a SQLite file, and a PostgreSQL database when the suite has a
    server (RECUENTO_TEST_POSTGRES_URL, set by `make test`)."""
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path / 'store.db'}"
        return
    admin = _postgres_admin_url()
    if not admin:
        pytest.skip("RECUENTO_TEST_POSTGRES_URL is not set: no PostgreSQL server for this run")
    import uuid

    import sqlalchemy as sa

    name = "t_" + uuid.uuid4().hex[:16]
    url = admin.replace("postgresql://", "postgresql+psycopg://", 1)
    engine = sa.create_engine(url, isolation_level="AUTOCOMMIT")
    with engine.connect() as conn:
        conn.execute(sa.text(f'CREATE DATABASE "{name}"'))
    base = admin.rsplit("/", 1)[0]
    try:
        yield f"{base}/{name}"
    finally:
        with engine.connect() as conn:
            conn.execute(sa.text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        engine.dispose()


@pytest.fixture
def settings(db_url: str):
    from recuento.config import Settings

    return Settings(database_url=db_url, user="tester", role="admin")


@pytest.fixture
def workspace(settings):
    from recuento.services.workspace import Workspace

    ws = Workspace.open(settings)
    yield ws
    ws.close()
