"""Suggestions: records proposed by an extractor, waiting for a coder to accept, edit or reject.

Revision ID: 0002
Revises: 0001
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "suggestions",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("source_id", sa.Integer, sa.ForeignKey("sources.id"), nullable=False),
        sa.Column("kind", sa.String(20), nullable=False),
        sa.Column("fields", sa.Text, nullable=False),
        sa.Column("spans", sa.Text, nullable=False),
        sa.Column("confidence", sa.Float, nullable=False),
        sa.Column("extractor", sa.Text, nullable=False),
        sa.Column("link", sa.String(200)),
        sa.Column("status", sa.String(20), nullable=False),
        sa.Column("created_by", sa.Text, nullable=False),
        sa.Column("created_at", sa.String(40), nullable=False),
        sa.Column("decided_by", sa.Text),
        sa.Column("decided_at", sa.String(40)),
        sa.Column("decision", sa.Text),
    )
    op.create_index("ix_suggestions_source_id", "suggestions", ["source_id"])


def downgrade() -> None:
    op.drop_table("suggestions")
