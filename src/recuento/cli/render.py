"""Records for people: a Rich view and a JSON view, both from the same current claims."""

from __future__ import annotations

from typing import Any

from rich.console import Console
from rich.markup import escape
from rich.table import Table

from recuento.domain.records import Record
from recuento.domain.schema import record_type
from recuento.i18n import Translator


def value_text(value: Any) -> str:
    if hasattr(value, "to_dict"):
        d = value.to_dict()
        if set(d) <= {"value", "precision"} and "value" in d:
            return f"{d['value']} ({d.get('precision')})" if d.get("precision") else str(d["value"])
        return ", ".join(f"{k}={v}" for k, v in d.items())
    return str(value)


def record_to_dict(rec: Record) -> dict[str, Any]:
    spec = record_type(rec.type)
    fields: dict[str, Any] = {}
    for name in rec.fields():
        view = rec.field_view(name)
        f = spec.field(name)
        fields[name] = {
            "values": [f.to_json(v) for v in view.values],
            "conflict": (not f.many) and view.conflict,
            "claims": [
                {
                    "id": c.id,
                    "value": f.to_json(c.value),
                    "confidence": c.confidence,
                    "sensitivity": c.sensitivity,
                    "coded_by": c.coded_by,
                    "coded_at": c.coded_at,
                    "note": c.note,
                    "citations": [cit.to_dict() for cit in c.citations],
                }
                for c in view.claims
            ],
        }
    return {
        "key": rec.key,
        "type": rec.type,
        "sensitivity": rec.sensitivity,
        "title": rec.title,
        "fields": fields,
    }


def render_record(console: Console, rec: Record, titles: dict[str, str], _: Translator) -> None:
    console.print(f"[bold]{escape(rec.title)}[/]  ({rec.type} · {rec.key} · {rec.sensitivity})")
    table = Table("field", "value", "sources", "confidence")
    spec = record_type(rec.type)
    for name in rec.fields():
        view = rec.field_view(name)
        conflict = (not spec.field(name).many) and view.conflict
        for value in view.values:
            claims = [c for c in view.claims if c.value == value]
            srcs = sorted(
                {
                    titles.get(cit.source_sha256, cit.source_sha256[:12])
                    for c in claims
                    for cit in c.citations
                }
            )
            conf = ", ".join(sorted({c.confidence for c in claims}))
            label = f"{name} ⚠ {_('record.conflict')}" if conflict else name
            table.add_row(escape(label), escape(value_text(value)), escape("; ".join(srcs)), conf)
    console.print(table)
