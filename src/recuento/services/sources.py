"""Adding sources as evidence: bytes kept as received, hashed, with a chain of custody."""

from __future__ import annotations

import mimetypes
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from recuento.domain.provenance import SOURCE_METADATA, Source, sha256_hex
from recuento.errors import ValidationError
from recuento.store import Tx


def utc_now() -> str:
    return datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


@dataclass(frozen=True)
class AddSourceResult:
    source: Source
    created: bool


def read_source_file(path: str | Path) -> tuple[bytes, str, str]:
    """The bytes of a file, its media type and its name as received."""
    p = Path(path)
    try:
        data = p.read_bytes()
    except FileNotFoundError:
        raise ValidationError(f"no such file: {p}") from None
    except IsADirectoryError:
        raise ValidationError(f"{p} is a folder, not a file") from None
    media = mimetypes.guess_type(p.name)[0] or "application/octet-stream"
    if media == "application/octet-stream" and _looks_like_text(data):
        media = "text/plain"
    return data, media, p.name


def _looks_like_text(data: bytes) -> bool:
    try:
        data[:65536].decode("utf-8")
    except UnicodeDecodeError:
        return False
    return b"\x00" not in data[:65536]


def add_source_tx(
    tx: Tx,
    data: bytes,
    *,
    who: str,
    media_type: str = "text/plain",
    origin: str | None = None,
    **meta: Any,
) -> AddSourceResult:
    """Store ``data`` once under its SHA-256; adding the same bytes again is logged, not stored."""
    sha = sha256_hex(data)
    now = utc_now()
    existing = tx.source(sha)
    if existing is not None:
        assert existing.id is not None
        tx.add_custody(
            existing.id,
            now,
            who,
            "added-again",
            sha,
            {"origin": origin, **{k: v for k, v in meta.items() if v is not None}},
        )
        return AddSourceResult(existing, created=False)
    extra = meta.pop("meta", None) or {}
    if not isinstance(extra, dict) or not all(isinstance(k, str) for k in extra):
        raise ValidationError("source meta must be a mapping of names to values")
    clean = {k: v for k, v in meta.items() if v is not None and k in SOURCE_METADATA}
    unknown = set(meta) - set(SOURCE_METADATA)
    if unknown:
        raise ValidationError(f"unknown source metadata: {', '.join(sorted(unknown))}")
    source = Source(
        sha256=sha,
        size=len(data),
        media_type=media_type,
        origin=origin,
        added_by=who,
        added_at=now,
        meta=dict(extra),
        **clean,
    )
    stored = tx.add_source(source, data)
    assert stored.id is not None
    tx.add_custody(
        stored.id,
        now,
        who,
        "received",
        sha,
        {"origin": origin, "size": len(data), "media_type": media_type},
    )
    tx.add_history(now, who, "add-source", None, {"sha256": sha, "origin": origin})
    text = source_text_of(stored, data)
    if text:
        tx.index(
            "source",
            sha,
            " ".join(filter(None, [stored.title, text])),
            stored.sensitivity,
            stored.sensitivity,
        )
    return AddSourceResult(stored, created=True)


def source_text_of(source: Source, data: bytes) -> str | None:
    """The text a source's citations count characters in: its bytes decoded as UTF-8."""
    if not (
        source.media_type.startswith("text/")
        or source.media_type in ("application/json", "application/x-yaml", "application/yaml")
    ):
        return None
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return None
