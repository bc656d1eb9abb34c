"""The store's tables (SQLAlchemy Core). Alembic migrations create them; a test checks they agree.

Times are UTC ISO 8601 text (``2026-11-29T21:30:18.123456Z``): portable across SQLite and
PostgreSQL and byte-stable through export and import.
"""

from __future__ import annotations

from sqlalchemy import (
    Column,
    Float,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Table,
    Text,
    UniqueConstraint,
)

metadata = MetaData()

blobs = Table(
    "blobs",
    metadata,
    Column("sha256", String(64), primary_key=True),
    Column("size", Integer, nullable=False),
    Column("data", LargeBinary, nullable=False),
)

sources = Table(
    "sources",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("sha256", String(64), ForeignKey("blobs.sha256"), nullable=False),
    UniqueConstraint("sha256"),
    Column("size", Integer, nullable=False),
    Column("media_type", String(100), nullable=False),
    Column("title", Text),
    Column("publisher", Text),
    Column("published", String(40)),
    Column("url", Text),
    Column("origin", Text),
    Column("kind", String(60), nullable=False),
    Column("language", String(20)),
    Column("reliability", String(40), nullable=False),
    Column("stance", String(40)),
    Column("sensitivity", String(20), nullable=False),
    Column("added_by", Text, nullable=False),
    Column("added_at", String(40), nullable=False),
    Column("meta", Text, nullable=False),  # JSON object
)

custody = Table(
    "custody",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("source_id", Integer, ForeignKey("sources.id"), nullable=False, index=True),
    Column("at", String(40), nullable=False),
    Column("who", Text, nullable=False),
    Column("action", String(40), nullable=False),
    Column("sha256", String(64), nullable=False),
    Column("detail", Text, nullable=False),  # JSON object
)

records = Table(
    "records",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("key", String(200), nullable=False),
    UniqueConstraint("key"),
    Column("type", String(40), nullable=False, index=True),
    Column("sensitivity", String(20), nullable=False),
    Column("created_by", Text, nullable=False),
    Column("created_at", String(40), nullable=False),
)

claims = Table(
    "claims",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("record_id", Integer, ForeignKey("records.id"), nullable=False, index=True),
    Column("field", String(80), nullable=False),
    Column("value", Text),  # JSON; null retracts the claim it supersedes
    Column("confidence", String(20), nullable=False),
    Column("status", String(20), nullable=False),
    Column("sensitivity", String(20), nullable=False),
    Column("method", String(40), nullable=False),
    Column("coded_by", Text, nullable=False),
    Column("coded_at", String(40), nullable=False),
    Column("supersedes", Integer, ForeignKey("claims.id")),
    Column("note", Text),
    Column("change_id", Integer, ForeignKey("history.id"), nullable=False),
)

citations = Table(
    "citations",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("claim_id", Integer, ForeignKey("claims.id"), nullable=False, index=True),
    Column("source_id", Integer, ForeignKey("sources.id"), nullable=False, index=True),
    Column("locator_type", String(20), nullable=False),
    Column("start", Integer),
    Column("end", Integer),
    Column("locator", Text),
    Column("quote", Text),
)

history = Table(
    "history",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("at", String(40), nullable=False),
    Column("who", Text, nullable=False),
    Column("action", String(40), nullable=False),
    Column("why", Text),
    Column("detail", Text, nullable=False),  # JSON object: what changed
)

history_records = Table(
    "history_records",
    metadata,
    Column("history_id", Integer, ForeignKey("history.id"), primary_key=True),
    Column("record_key", String(200), primary_key=True),
    Index("ix_history_records_key", "record_key"),
)

search_docs = Table(
    "search_docs",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("kind", String(20), nullable=False),  # source | claim
    Column("ref", String(200), nullable=False),  # sha256 or record key
    Column("field", String(80)),
    Column("sensitivity", String(20), nullable=False),
    Column("record_sensitivity", String(20), nullable=False),
    Column("claim_id", Integer, ForeignKey("claims.id")),
    Column("body", Text, nullable=False),
)

suggestions = Table(
    "suggestions",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("source_id", Integer, ForeignKey("sources.id"), nullable=False, index=True),
    Column("kind", String(20), nullable=False),  # event | person | organization | legal
    Column("fields", Text, nullable=False),  # JSON: the extractor's fields
    Column("spans", Text, nullable=False),  # JSON: [[start, end], ...] into the source text
    Column("confidence", Float, nullable=False),
    Column("extractor", Text, nullable=False),
    Column("link", String(200)),  # an existing record this suggestion may be about
    Column("status", String(20), nullable=False),  # pending | accepted | rejected
    Column("created_by", Text, nullable=False),
    Column("created_at", String(40), nullable=False),
    Column("decided_by", Text),
    Column("decided_at", String(40)),
    Column("decision", Text),  # JSON: records written, or the reason for rejecting
)
