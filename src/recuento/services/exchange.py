"""Export the whole store as one JSON document, and restore such a document into an empty store.

The format (docs/export-format.md) is lossless: source bytes (base64), records, claims with their
citations, custody and history, with their ids. Export → restore into an empty database → export
gives byte-identical JSON. An export made for a role below admin leaves out what that role may
not see, and says so in its header.
"""

from __future__ import annotations

import base64
import json
from typing import Any

from recuento.domain.provenance import may_see
from recuento.domain.schema import record_type
from recuento.errors import StorageError, ValidationError
from recuento.services.indexing import claim_doc
from recuento.services.sources import source_text_of
from recuento.store import Tx, head_revision
from recuento.store import tables as t

FORMAT = "recuento-export/1"
_ORDER = (
    "blobs",
    "sources",
    "custody",
    "records",
    "history",
    "history_records",
    "claims",
    "citations",
    "suggestions",
)


def export_tx(tx: Tx, role: str) -> dict[str, Any]:
    tables = {name: tx.dump_table(getattr(t, name)) for name in _ORDER}
    complete = role == "admin"
    if not complete:
        _filter_for_role(tables, role)
    for b in tables["blobs"]:
        b["data"] = base64.b64encode(bytes(b["data"])).decode("ascii")
    return {
        "format": FORMAT,
        "schema_revision": head_revision(),
        "complete": complete,
        "role": role,
        **{name: tables[name] for name in _ORDER},
    }


def export_json(tx: Tx, role: str) -> str:
    return json.dumps(export_tx(tx, role), ensure_ascii=False, sort_keys=True, indent=1) + "\n"


def _filter_for_role(tables: dict[str, list[dict[str, Any]]], role: str) -> None:
    sources = [s for s in tables["sources"] if may_see(role, s["sensitivity"])]
    source_ids = {s["id"] for s in sources}
    shas = {s["sha256"] for s in sources}
    records = [r for r in tables["records"] if may_see(role, r["sensitivity"])]
    record_ids = {r["id"] for r in records}
    keys = {r["key"] for r in records}
    claims = [
        c
        for c in tables["claims"]
        if c["record_id"] in record_ids and may_see(role, c["sensitivity"])
    ]
    claim_ids = {c["id"] for c in claims}
    citations = [
        c
        for c in tables["citations"]
        if c["claim_id"] in claim_ids and c["source_id"] in source_ids
    ]
    cited = {c["claim_id"] for c in citations}
    claims = [c for c in claims if c["id"] in cited]  # no fact without a visible source
    claim_ids = {c["id"] for c in claims}
    citations = [c for c in citations if c["claim_id"] in claim_ids]
    hidden_history = {
        h["history_id"] for h in tables["history_records"] if h["record_key"] not in keys
    }
    tables["blobs"] = [b for b in tables["blobs"] if b["sha256"] in shas]
    tables["sources"] = sources
    tables["custody"] = [c for c in tables["custody"] if c["source_id"] in source_ids]
    tables["records"] = records
    tables["suggestions"] = [
        s
        for s in tables["suggestions"]
        if s["source_id"] in source_ids and (s["link"] is None or s["link"] in keys)
    ]
    tables["claims"] = claims
    tables["citations"] = citations
    tables["history_records"] = [h for h in tables["history_records"] if h["record_key"] in keys]
    # history entries that touch a hidden record, or name a hidden source, are left out whole
    tables["history"] = [
        h
        for h in tables["history"]
        if h["id"] not in hidden_history
        and json.loads(h["detail"]).get("sha256", json.loads(h["detail"]).get("source"))
        in (None, *shas)
    ]


def _points_outside(rtype: str, claim: dict[str, Any], keys: set[str]) -> bool:
    """Whether a claim refers to a record left out of the export (whose key would leak)."""
    if claim["value"] is None or record_type(rtype).field(claim["field"]).kind != "ref":
        return False
    return json.loads(claim["value"]) not in keys


def restore_tx(tx: Tx, document: Any) -> dict[str, int]:
    """Load an export into an empty store, keeping every id, then rebuild the search index."""
    if not isinstance(document, dict) or document.get("format") != FORMAT:
        raise ValidationError(f"not a recuento export (expected format {FORMAT!r})")
    if document.get("schema_revision") != head_revision():
        raise ValidationError(
            f"this export has schema revision {document.get('schema_revision')!r}; this recuento "
            f"reads {head_revision()!r}"
        )
    if not tx.is_empty():
        raise StorageError("an export can only be restored into an empty database")
    missing = [name for name in _ORDER if not isinstance(document.get(name), list)]
    if missing:
        raise ValidationError(f"export is missing tables: {', '.join(missing)}")
    counts = {}
    for name in _ORDER:
        rows = [dict(r) for r in document[name]]
        if name == "blobs":
            for r in rows:
                r["data"] = base64.b64decode(r["data"])
        tx.restore_table(getattr(t, name), rows)
        counts[name] = len(rows)
    tx.reset_sequences()
    _reindex(tx)
    return counts


def _reindex(tx: Tx) -> None:
    for src in tx.sources():
        text = source_text_of(src, tx.source_bytes(src.sha256) or b"")
        if text:
            tx.index(
                "source",
                src.sha256,
                " ".join(filter(None, [src.title, text])),
                src.sensitivity,
                src.sensitivity,
            )
    levels = {src.sha256: src.sensitivity for src in tx.sources()}
    docs: list[dict[str, Any]] = []
    for rec in tx.records():
        for claim in rec.claims:
            if claim.value is not None and claim.id is not None:
                doc = claim_doc(rec.key, rec.type, rec.sensitivity, claim, claim.id, levels)
                if doc is not None:
                    docs.append(doc)
    tx.index_many(docs)
