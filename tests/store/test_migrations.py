"""The Alembic migrations build exactly the tables the code describes, on both backends."""

from __future__ import annotations

from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext

from recuento.store import current_revision, head_revision, make_engine, migrate
from recuento.store.tables import metadata


def test_migrated_schema_matches_the_table_definitions(db_url):
    engine = make_engine(db_url)
    migrate(engine)
    migrate(engine)  # running again is harmless
    assert current_revision(engine) == head_revision()
    with engine.connect() as conn:
        diff = compare_metadata(MigrationContext.configure(conn), metadata)
    # the full-text machinery is dialect-specific and lives only in the migration
    diff = [d for d in diff if "search_fts" not in str(d) and "body_tsv" not in str(d)]
    assert diff == []
    engine.dispose()
