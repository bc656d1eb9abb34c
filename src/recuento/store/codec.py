"""Claim values to and from their stored JSON text, and values to searchable words."""

from __future__ import annotations

import json
from typing import Any

from recuento.domain.schema import record_type


def dumps(data: Any) -> str:
    """Canonical JSON: sorted keys, no spaces, Unicode kept. The same data gives the same text."""
    return json.dumps(data, sort_keys=True, ensure_ascii=False, separators=(",", ":"))


def encode_value(rtype: str, field: str, value: Any) -> str | None:
    if value is None:
        return None
    return dumps(record_type(rtype).field(field).to_json(value))


def decode_value(rtype: str, field: str, text: str | None) -> Any:
    if text is None:
        return None
    return record_type(rtype).field(field).parse(json.loads(text))


def searchable_text(value: Any) -> str:
    """The words of a value, for the full-text index."""
    if value is None:
        return ""
    if hasattr(value, "to_dict"):
        parts: list[str] = []
        for v in value.to_dict().values():
            parts.append(" ".join(map(str, v)) if isinstance(v, list) else str(v))
        return " ".join(parts)
    if isinstance(value, str):
        return value.replace("_", " ")
    return str(value)
