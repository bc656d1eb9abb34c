"""The first schema: blobs, sources, custody, records, claims, citations, history, search.

Revision ID: 0001
Revises:
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def _ts(name: str) -> sa.Column:  # type: ignore[type-arg]
    return sa.Column(name, sa.String(40), nullable=False)


def upgrade() -> None:
    op.create_table(
        "blobs",
        sa.Column("sha256", sa.String(64), primary_key=True),
        sa.Column("size", sa.Integer, nullable=False),
        sa.Column("data", sa.LargeBinary, nullable=False),
    )
    op.create_table(
        "sources",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("sha256", sa.String(64), sa.ForeignKey("blobs.sha256"), nullable=False),
        sa.Column("size", sa.Integer, nullable=False),
        sa.Column("media_type", sa.String(100), nullable=False),
        sa.Column("title", sa.Text),
        sa.Column("publisher", sa.Text),
        sa.Column("published", sa.String(40)),
        sa.Column("url", sa.Text),
        sa.Column("origin", sa.Text),
        sa.Column("kind", sa.String(60), nullable=False),
        sa.Column("language", sa.String(20)),
        sa.Column("reliability", sa.String(40), nullable=False),
        sa.Column("stance", sa.String(40)),
        sa.Column("sensitivity", sa.String(20), nullable=False),
        sa.Column("added_by", sa.Text, nullable=False),
        _ts("added_at"),
        sa.Column("meta", sa.Text, nullable=False),
        sa.UniqueConstraint("sha256"),
    )
    op.create_table(
        "custody",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("source_id", sa.Integer, sa.ForeignKey("sources.id"), nullable=False),
        _ts("at"),
        sa.Column("who", sa.Text, nullable=False),
        sa.Column("action", sa.String(40), nullable=False),
        sa.Column("sha256", sa.String(64), nullable=False),
        sa.Column("detail", sa.Text, nullable=False),
    )
    op.create_index("ix_custody_source_id", "custody", ["source_id"])
    op.create_table(
        "records",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("key", sa.String(200), nullable=False),
        sa.Column("type", sa.String(40), nullable=False),
        sa.Column("sensitivity", sa.String(20), nullable=False),
        sa.Column("created_by", sa.Text, nullable=False),
        _ts("created_at"),
        sa.UniqueConstraint("key"),
    )
    op.create_index("ix_records_type", "records", ["type"])
    op.create_table(
        "history",
        sa.Column("id", sa.Integer, primary_key=True),
        _ts("at"),
        sa.Column("who", sa.Text, nullable=False),
        sa.Column("action", sa.String(40), nullable=False),
        sa.Column("why", sa.Text),
        sa.Column("detail", sa.Text, nullable=False),
    )
    op.create_table(
        "history_records",
        sa.Column("history_id", sa.Integer, sa.ForeignKey("history.id"), primary_key=True),
        sa.Column("record_key", sa.String(200), primary_key=True),
    )
    op.create_index("ix_history_records_key", "history_records", ["record_key"])
    op.create_table(
        "claims",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("record_id", sa.Integer, sa.ForeignKey("records.id"), nullable=False),
        sa.Column("field", sa.String(80), nullable=False),
        sa.Column("value", sa.Text),
        sa.Column("confidence", sa.String(20), nullable=False),
        sa.Column("status", sa.String(20), nullable=False),
        sa.Column("sensitivity", sa.String(20), nullable=False),
        sa.Column("method", sa.String(40), nullable=False),
        sa.Column("coded_by", sa.Text, nullable=False),
        _ts("coded_at"),
        sa.Column("supersedes", sa.Integer, sa.ForeignKey("claims.id")),
        sa.Column("note", sa.Text),
        sa.Column("change_id", sa.Integer, sa.ForeignKey("history.id"), nullable=False),
    )
    op.create_index("ix_claims_record_id", "claims", ["record_id"])
    op.create_table(
        "citations",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("claim_id", sa.Integer, sa.ForeignKey("claims.id"), nullable=False),
        sa.Column("source_id", sa.Integer, sa.ForeignKey("sources.id"), nullable=False),
        sa.Column("locator_type", sa.String(20), nullable=False),
        sa.Column("start", sa.Integer),
        sa.Column("end", sa.Integer),
        sa.Column("locator", sa.Text),
        sa.Column("quote", sa.Text),
    )
    op.create_index("ix_citations_claim_id", "citations", ["claim_id"])
    op.create_index("ix_citations_source_id", "citations", ["source_id"])
    op.create_table(
        "search_docs",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("kind", sa.String(20), nullable=False),
        sa.Column("ref", sa.String(200), nullable=False),
        sa.Column("field", sa.String(80)),
        sa.Column("sensitivity", sa.String(20), nullable=False),
        sa.Column("record_sensitivity", sa.String(20), nullable=False),
        sa.Column("claim_id", sa.Integer, sa.ForeignKey("claims.id")),
        sa.Column("body", sa.Text, nullable=False),
    )
    bind = op.get_bind()
    if bind.dialect.name == "sqlite":
        op.execute(
            "CREATE VIRTUAL TABLE search_fts USING fts5(body, content='search_docs', "
            "content_rowid='id', tokenize='unicode61 remove_diacritics 2')"
        )
    elif bind.dialect.name == "postgresql":
        op.execute(
            "ALTER TABLE search_docs ADD COLUMN body_tsv tsvector "
            "GENERATED ALWAYS AS (to_tsvector('simple', body)) STORED"
        )
        op.execute("CREATE INDEX ix_search_docs_tsv ON search_docs USING gin (body_tsv)")


def downgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name == "sqlite":
        op.execute("DROP TABLE search_fts")
    for name in (
        "search_docs",
        "citations",
        "claims",
        "history_records",
        "history",
        "records",
        "custody",
        "sources",
        "blobs",
    ):
        op.drop_table(name)
