"""The repository: every read and write of the store, inside one transaction at a time.

``SqlStore(engine).begin()`` opens a transaction and yields a ``Tx``; leaving the block commits,
an exception rolls everything back. SQLite and PostgreSQL run the same code; only full-text
search differs (FTS5 versus tsvector), and only here.
"""

from __future__ import annotations

import json
import re
from collections import defaultdict
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from typing import Any

from sqlalchemy import Connection, Engine, func, insert, select, text, update

from recuento.domain.provenance import SENSITIVITIES, Citation, Claim, Source
from recuento.domain.records import Record
from recuento.errors import StorageError
from recuento.store import tables as t
from recuento.store.codec import decode_value, dumps, encode_value
from recuento.store.engine import check_schema

_SOURCE_COLS = (
    "sha256",
    "size",
    "media_type",
    "title",
    "publisher",
    "published",
    "url",
    "origin",
    "kind",
    "language",
    "reliability",
    "stance",
    "sensitivity",
    "added_by",
    "added_at",
)


class SqlStore:
    """A recuento store in a SQL database reachable through ``engine``."""

    def __init__(self, engine: Engine) -> None:
        self.engine = engine

    def check(self) -> None:
        check_schema(self.engine)

    @contextmanager
    def begin(self) -> Iterator[Tx]:
        with self.engine.begin() as conn:
            yield Tx(conn)

    @property
    def dialect(self) -> str:
        return self.engine.dialect.name


def _source_from_row(row: Any) -> Source:
    m = row._mapping
    return Source(id=m["id"], meta=json.loads(m["meta"]), **{c: m[c] for c in _SOURCE_COLS})


class Tx:
    """One transaction's view of the store."""

    def __init__(self, conn: Connection) -> None:
        self.conn = conn
        self.dialect = conn.dialect.name

    # -- sources ------------------------------------------------------------------------------
    def source(self, sha256: str) -> Source | None:
        row = self.conn.execute(select(t.sources).where(t.sources.c.sha256 == sha256)).first()
        return None if row is None else _source_from_row(row)

    def sources(self) -> list[Source]:
        rows = self.conn.execute(select(t.sources).order_by(t.sources.c.id))
        return [_source_from_row(r) for r in rows]

    def sources_by_id(self) -> dict[int, str]:
        rows = self.conn.execute(select(t.sources.c.id, t.sources.c.sha256))
        return {r.id: r.sha256 for r in rows}

    def source_bytes(self, sha256: str) -> bytes | None:
        row = self.conn.execute(select(t.blobs.c.data).where(t.blobs.c.sha256 == sha256)).first()
        return None if row is None else bytes(row.data)

    def add_source(self, source: Source, data: bytes) -> Source:
        """Store new bytes and their source row. The caller checked the hash is new."""
        have_blob = self.conn.execute(
            select(t.blobs.c.sha256).where(t.blobs.c.sha256 == source.sha256)
        ).first()
        if have_blob is None:
            self.conn.execute(
                insert(t.blobs).values(sha256=source.sha256, size=len(data), data=data)
            )
        values = {c: getattr(source, c) for c in _SOURCE_COLS}
        values["meta"] = dumps(source.meta)
        new_id = self.conn.execute(insert(t.sources).values(**values)).inserted_primary_key[0]
        return self.source(source.sha256) or source.__class__(**{**values, "id": new_id})

    def add_custody(
        self, source_id: int, at: str, who: str, action: str, sha256: str, detail: dict[str, Any]
    ) -> None:
        self.conn.execute(
            insert(t.custody).values(
                source_id=source_id,
                at=at,
                who=who,
                action=action,
                sha256=sha256,
                detail=dumps(detail),
            )
        )

    def custody(self, sha256: str) -> list[dict[str, Any]]:
        q = (
            select(t.custody)
            .join(t.sources, t.sources.c.id == t.custody.c.source_id)
            .where(t.sources.c.sha256 == sha256)
            .order_by(t.custody.c.id)
        )
        return [{**dict(r._mapping), "detail": json.loads(r.detail)} for r in self.conn.execute(q)]

    # -- records and claims -------------------------------------------------------------------
    def record_types(self, keys: Iterable[str]) -> dict[str, str]:
        keys = list(set(keys))
        out: dict[str, str] = {}
        for i in range(0, len(keys), 500):
            chunk = keys[i : i + 500]
            rows = self.conn.execute(
                select(t.records.c.key, t.records.c.type).where(t.records.c.key.in_(chunk))
            )
            out.update({r.key: r.type for r in rows})
        return out

    def record_id(self, key: str) -> int:
        row = self.conn.execute(select(t.records.c.id).where(t.records.c.key == key)).first()
        if row is None:
            raise StorageError(f"no record {key!r}")
        return int(row.id)

    def record_sensitivities(self, keys: Iterable[str]) -> dict[str, str]:
        keys = list(set(keys))
        out: dict[str, str] = {}
        for i in range(0, len(keys), 500):
            rows = self.conn.execute(
                select(t.records.c.key, t.records.c.sensitivity).where(
                    t.records.c.key.in_(keys[i : i + 500])
                )
            )
            out.update({r.key: r.sensitivity for r in rows})
        return out

    def ensure_records(
        self, wanted: list[tuple[str, str, str]], who: str, at: str
    ) -> dict[str, int]:
        """Ids of the records (key, type, sensitivity), creating the new ones in one statement."""
        have = self.record_types(k for k, _t, _s in wanted)
        ids = {k: self.ensure_record(k, rt, sens, who, at) for k, rt, sens in wanted if k in have}
        new = [
            {"key": k, "type": rt, "sensitivity": sens, "created_by": who, "created_at": at}
            for k, rt, sens in wanted
            if k not in have
        ]
        if new:
            result = self.conn.execute(
                insert(t.records).returning(t.records.c.id, sort_by_parameter_order=True), new
            )
            ids.update({row["key"]: int(r[0]) for row, r in zip(new, result, strict=True)})
        return ids

    def ensure_record(self, key: str, rtype: str, sensitivity: str, who: str, at: str) -> int:
        row = self.conn.execute(
            select(t.records.c.id, t.records.c.type, t.records.c.sensitivity).where(
                t.records.c.key == key
            )
        ).first()
        if row is None:
            return int(
                self.conn.execute(
                    insert(t.records).values(
                        key=key, type=rtype, sensitivity=sensitivity, created_by=who, created_at=at
                    )
                ).inserted_primary_key[0]
            )
        if row.type != rtype:
            raise StorageError(f"record {key!r} is a {row.type}, not a {rtype}")
        if SENSITIVITIES.index(sensitivity) > SENSITIVITIES.index(row.sensitivity):
            # the more protective level wins: a later coder may know of a danger
            self.conn.execute(
                update(t.records).where(t.records.c.id == row.id).values(sensitivity=sensitivity)
            )
        return int(row.id)

    def add_history(
        self,
        at: str,
        who: str,
        action: str,
        why: str | None,
        detail: dict[str, Any],
        record_keys: Iterable[str] = (),
    ) -> int:
        hid = int(
            self.conn.execute(
                insert(t.history).values(
                    at=at, who=who, action=action, why=why, detail=dumps(detail)
                )
            ).inserted_primary_key[0]
        )
        keys = sorted(set(record_keys))
        if keys:
            self.conn.execute(
                insert(t.history_records), [{"history_id": hid, "record_key": k} for k in keys]
            )
        return hid

    def add_claim(
        self, record_id: int, rtype: str, claim: Claim, change_id: int, source_ids: dict[str, int]
    ) -> int:
        return self.add_claims([(record_id, rtype, claim)], change_id, source_ids)[0]

    def add_claims(
        self,
        items: list[tuple[int, str, Claim]],
        change_id: int,
        source_ids: dict[str, int],
    ) -> list[int]:
        """Insert claims and their citations in a few statements; their ids, in order."""
        if not items:
            return []
        rows = [
            {
                "record_id": record_id,
                "field": claim.field,
                "value": encode_value(rtype, claim.field, claim.value),
                "confidence": claim.confidence,
                "status": claim.status,
                "sensitivity": claim.sensitivity,
                "method": claim.method,
                "coded_by": claim.coded_by,
                "coded_at": claim.coded_at,
                "supersedes": claim.supersedes,
                "note": claim.note,
                "change_id": change_id,
            }
            for record_id, rtype, claim in items
        ]
        result = self.conn.execute(
            insert(t.claims).returning(t.claims.c.id, sort_by_parameter_order=True), rows
        )
        ids = [int(r[0]) for r in result]
        self.conn.execute(
            insert(t.citations),
            [
                {
                    "claim_id": cid,
                    "source_id": source_ids[c.source_sha256],
                    "locator_type": c.locator_type,
                    "start": c.start,
                    "end": c.end,
                    "locator": c.locator,
                    "quote": c.quote,
                }
                for cid, (_r, _t, claim) in zip(ids, items, strict=True)
                for c in claim.citations
            ],
        )
        return ids

    def claim_record(self, claim_id: int) -> tuple[str, str] | None:
        row = self.conn.execute(
            select(t.records.c.key, t.claims.c.field)
            .join(t.records, t.records.c.id == t.claims.c.record_id)
            .where(t.claims.c.id == claim_id)
        ).first()
        return None if row is None else (row.key, row.field)

    def record(self, key: str) -> Record | None:
        found = self._records(select(t.records).where(t.records.c.key == key))
        return found[0] if found else None

    def records(self, rtype: str | None = None) -> list[Record]:
        q = select(t.records).order_by(t.records.c.id)
        if rtype is not None:
            q = q.where(t.records.c.type == rtype)
        return self._records(q)

    def _records(self, query: Any) -> list[Record]:
        rows = list(self.conn.execute(query))
        if not rows:
            return []
        by_id = {r.id: r for r in rows}
        ids = list(by_id)
        shas = self.sources_by_id()
        claims_by_record: dict[int, list[Claim]] = defaultdict(list)
        for i in range(0, len(ids), 500):
            chunk = ids[i : i + 500]
            claim_rows = list(
                self.conn.execute(
                    select(t.claims).where(t.claims.c.record_id.in_(chunk)).order_by(t.claims.c.id)
                )
            )
            cits: dict[int, list[Citation]] = defaultdict(list)
            claim_ids = [c.id for c in claim_rows]
            for j in range(0, len(claim_ids), 500):
                for c in self.conn.execute(
                    select(t.citations)
                    .where(t.citations.c.claim_id.in_(claim_ids[j : j + 500]))
                    .order_by(t.citations.c.id)
                ):
                    cits[c.claim_id].append(
                        Citation(
                            source_sha256=shas[c.source_id],
                            start=c.start,
                            end=c.end,
                            quote=c.quote,
                            locator_type=c.locator_type,
                            locator=c.locator,
                        )
                    )
            for c in claim_rows:
                rec = by_id[c.record_id]
                claims_by_record[c.record_id].append(
                    Claim(
                        id=c.id,
                        record=rec.key,
                        field=c.field,
                        value=decode_value(rec.type, c.field, c.value),
                        citations=tuple(cits[c.id]),
                        confidence=c.confidence,
                        status=c.status,
                        sensitivity=c.sensitivity,
                        method=c.method,
                        coded_by=c.coded_by,
                        coded_at=c.coded_at,
                        supersedes=c.supersedes,
                        note=c.note,
                    )
                )
        return [Record(r.key, r.type, r.sensitivity, tuple(claims_by_record[r.id])) for r in rows]

    def history_for(self, key: str) -> list[dict[str, Any]]:
        q = (
            select(t.history)
            .join(t.history_records, t.history_records.c.history_id == t.history.c.id)
            .where(t.history_records.c.record_key == key)
            .order_by(t.history.c.id)
        )
        return [{**dict(r._mapping), "detail": json.loads(r.detail)} for r in self.conn.execute(q)]

    def counts(self) -> dict[str, int]:
        def n(table: Any) -> int:
            return int(self.conn.execute(select(func.count()).select_from(table)).scalar_one())

        return {
            "sources": n(t.sources),
            "records": n(t.records),
            "claims": n(t.claims),
            "citations": n(t.citations),
            "history": n(t.history),
        }

    def record_type_counts(self) -> dict[str, int]:
        rows = self.conn.execute(select(t.records.c.type, func.count()).group_by(t.records.c.type))
        return {r[0]: int(r[1]) for r in rows}

    # -- suggestions (the review queue) -------------------------------------------------------
    def add_suggestion(self, values: dict[str, Any]) -> int:
        row = dict(values)
        row["fields"] = dumps(row["fields"])
        row["spans"] = dumps(row["spans"])
        return int(self.conn.execute(insert(t.suggestions).values(**row)).inserted_primary_key[0])

    def suggestions(
        self,
        status: str | None = None,
        source_sha256: str | None = None,
        ids: list[int] | None = None,
    ) -> list[dict[str, Any]]:
        q = (
            select(
                t.suggestions,
                t.sources.c.sha256.label("source"),
                t.sources.c.sensitivity.label("source_sensitivity"),
            )
            .join(t.sources, t.sources.c.id == t.suggestions.c.source_id)
            .order_by(t.suggestions.c.id)
        )
        if status is not None:
            q = q.where(t.suggestions.c.status == status)
        if source_sha256 is not None:
            q = q.where(t.sources.c.sha256 == source_sha256)
        if ids is not None:
            q = q.where(t.suggestions.c.id.in_(ids))
        out = []
        for r in self.conn.execute(q):
            d = dict(r._mapping)
            d["fields"] = json.loads(d["fields"])
            d["spans"] = json.loads(d["spans"])
            d["decision"] = None if d["decision"] is None else json.loads(d["decision"])
            out.append(d)
        return out

    def decide_suggestion(
        self, sid: int, status: str, who: str, at: str, decision: dict[str, Any]
    ) -> None:
        done = self.conn.execute(
            update(t.suggestions)
            .where(t.suggestions.c.id == sid, t.suggestions.c.status == "pending")
            .values(status=status, decided_by=who, decided_at=at, decision=dumps(decision))
        )
        if done.rowcount != 1:
            raise StorageError(f"suggestion {sid} is not pending any more")

    # -- search -------------------------------------------------------------------------------
    def index(
        self,
        kind: str,
        ref: str,
        body: str,
        sensitivity: str,
        record_sensitivity: str,
        field: str | None = None,
        claim_id: int | None = None,
    ) -> None:
        self.index_many(
            [
                {
                    "kind": kind,
                    "ref": ref,
                    "body": body,
                    "sensitivity": sensitivity,
                    "record_sensitivity": record_sensitivity,
                    "field": field,
                    "claim_id": claim_id,
                }
            ]
        )

    def index_many(self, docs: list[dict[str, Any]]) -> None:
        """Add documents to the full-text index (rows of search_docs, without ids)."""
        docs = [d for d in docs if d["body"].strip()]
        if not docs:
            return
        result = self.conn.execute(
            insert(t.search_docs).returning(t.search_docs.c.id, sort_by_parameter_order=True), docs
        )
        ids = [int(r[0]) for r in result]
        if self.dialect == "sqlite":
            self.conn.execute(
                text("INSERT INTO search_fts(rowid, body) VALUES (:id, :body)"),
                [{"id": i, "body": d["body"]} for i, d in zip(ids, docs, strict=True)],
            )

    def raise_record_sensitivity_in_index(self, key: str, sensitivity: str) -> None:
        self.conn.execute(
            update(t.search_docs)
            .where(t.search_docs.c.kind == "claim", t.search_docs.c.ref == key)
            .values(record_sensitivity=sensitivity)
        )

    def search(self, query: str, allowed: tuple[str, ...], limit: int = 50) -> list[dict[str, Any]]:
        words = re.findall(r"\w+", query, flags=re.UNICODE)
        if not words:
            return []
        allowed_list = list(allowed)
        if self.dialect == "sqlite":
            match = " ".join('"' + w.replace('"', "") + '"' for w in words)
            q = text(
                "SELECT d.id, d.kind, d.ref, d.field, d.claim_id, "
                "snippet(search_fts, 0, '[', ']', ' … ', 12) AS snippet, bm25(search_fts) AS rank "
                "FROM search_fts JOIN search_docs d ON d.id = search_fts.rowid "
                "WHERE search_fts MATCH :match AND d.sensitivity IN :allowed "
                "AND d.record_sensitivity IN :allowed ORDER BY rank LIMIT :limit"
            ).bindparams(_expanding("allowed"))
            rows = self.conn.execute(q, {"match": match, "allowed": allowed_list, "limit": limit})
        else:
            # rank and cut first, then build snippets for the few rows kept: ts_headline is
            # the costly part and must not run on every match
            top = text(
                "SELECT d.id, d.kind, d.ref, d.field, d.claim_id, d.body, "
                "ts_rank(d.body_tsv, plainto_tsquery('simple', :q)) AS rank "
                "FROM search_docs d WHERE d.body_tsv @@ plainto_tsquery('simple', :q) "
                "AND d.sensitivity IN :allowed AND d.record_sensitivity IN :allowed "
                "ORDER BY rank DESC LIMIT :limit"
            ).bindparams(_expanding("allowed"))
            q2 = text(
                "SELECT t.id, t.kind, t.ref, t.field, t.claim_id, "
                "ts_headline('simple', t.body, plainto_tsquery('simple', :q), "
                "'StartSel=[,StopSel=],MaxWords=20,MinWords=8,MaxFragments=1') AS snippet, "
                f"t.rank FROM ({top.text}) t ORDER BY t.rank DESC"
            ).bindparams(_expanding("allowed"))
            rows = self.conn.execute(
                q2, {"q": " ".join(words), "allowed": allowed_list, "limit": limit}
            )
        return [dict(r._mapping) for r in rows]

    # -- whole-store dump and restore (export / import of an export) --------------------------
    def is_empty(self) -> bool:
        c = self.counts()
        return c["sources"] == 0 and c["records"] == 0 and c["history"] == 0

    def dump_table(self, table: Any) -> list[dict[str, Any]]:
        pk = list(table.primary_key.columns)
        rows = self.conn.execute(select(table).order_by(*pk))
        return [dict(r._mapping) for r in rows]

    def restore_table(self, table: Any, rows: list[dict[str, Any]]) -> None:
        if rows:
            self.conn.execute(insert(table), rows)

    def reset_sequences(self) -> None:
        """After restoring rows with their ids, PostgreSQL's sequences must move past them."""
        if self.dialect != "postgresql":
            return
        for table in (
            t.sources,
            t.custody,
            t.records,
            t.claims,
            t.citations,
            t.history,
            t.search_docs,
            t.suggestions,
        ):
            self.conn.execute(
                text(
                    f"SELECT setval(pg_get_serial_sequence('{table.name}', 'id'), "
                    f"COALESCE((SELECT MAX(id) FROM {table.name}), 0) + 1, false)"
                )
            )

    def rebuild_fts(self) -> None:
        if self.dialect == "sqlite":
            self.conn.execute(text("INSERT INTO search_fts(search_fts) VALUES ('rebuild')"))


def _expanding(name: str) -> Any:
    from sqlalchemy import bindparam

    return bindparam(name, expanding=True)
