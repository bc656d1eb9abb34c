"""The review queue: an extractor proposes, a coder accepts, edits or rejects.

Suggestions are kept apart from claims until a person decides. Accepting one writes ordinary
claims (method ``accepted_suggestion``) citing the spans the extractor found, through the same
checks as a coding file; a suggestion that matches a stored record is proposed as a link to it,
so accepting it adds claims to that record instead of creating a twin.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from typing import Any

from recuento.domain.dates import PartialDate
from recuento.domain.records import Record
from recuento.domain.vocabulary import fold, vocabulary
from recuento.errors import NotFoundError, ValidationError
from recuento.extract import Extractor, RuleBasedExtractor, Suggestion
from recuento.ingest.coding import coding_from_data
from recuento.services.importing import ImportReport, import_coding_tx
from recuento.services.sources import source_text_of, utc_now
from recuento.store import Tx

# Which record a legal fact becomes is read off the vocabularies, so a new decision type or
# clemency kind needs no change here.
DECISION_TYPES = frozenset(vocabulary("decision_type").ids())
CLEMENCY_TYPES = frozenset(vocabulary("clemency_kind").ids())
COUNT_FIELDS = ("killed", "wounded", "disappeared", "detained")
SEX = {"m": "male", "f": "female", "male": "male", "female": "female"}


@dataclass(frozen=True)
class Decision:
    suggestion: int
    status: str
    records: list[str]
    report: ImportReport | None = None


def slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", fold(text)).strip("-")[:80] or "record"


# -- proposing ----------------------------------------------------------------------------------
def suggest_tx(
    tx: Tx,
    sha256: str,
    who: str,
    *,
    extractor: Extractor | None = None,
    language: str | None = None,
) -> list[int]:
    """Run the extractor over a stored source's text and queue its suggestions."""
    src = tx.source(sha256)
    if src is None:
        raise NotFoundError(f"no source {sha256}")
    text = source_text_of(src, tx.source_bytes(sha256) or b"")
    if text is None:
        raise ValidationError(f"source {sha256[:12]} has no text to extract from")
    ex = extractor or RuleBasedExtractor()
    lang = language or (src.language if src.language in ("en", "es") else None)
    published = _publication_day(src.published)
    found = ex.extract(text, language=lang, published=published)
    return queue_tx(tx, sha256, who, found, type(ex).__name__)


def queue_tx(tx: Tx, sha256: str, who: str, found: list[Suggestion], extractor: str) -> list[int]:
    """Store suggestions made from a stored source's text, each with a proposed link."""
    src = tx.source(sha256)
    if src is None or src.id is None:
        raise NotFoundError(f"no source {sha256}")
    now = utc_now()
    index = _LinkIndex(tx)
    ids = []
    for s in found:
        ids.append(
            tx.add_suggestion(
                {
                    "source_id": src.id,
                    "kind": s.kind,
                    "fields": s.fields,
                    "spans": [[sp.start, sp.end] for sp in s.spans],
                    "confidence": float(s.confidence),
                    "extractor": extractor,
                    "link": index.match(s),
                    "status": "pending",
                    "created_by": who,
                    "created_at": now,
                }
            )
        )
    tx.add_history(
        now,
        who,
        "suggest",
        None,
        {"source": sha256, "extractor": extractor, "suggestions": len(ids)},
    )
    return ids


def _publication_day(published: str | None) -> date | None:
    if not published:
        return None
    try:
        d = PartialDate.parse(published)
    except ValidationError:
        return None
    return d.earliest if d.precision == "day" else None


class _LinkIndex:
    """Stored persons, organisations and events, keyed for matching suggestions to them."""

    def __init__(self, tx: Tx) -> None:
        self.names: dict[tuple[str, str], str] = {}
        for kind, other in (("person", "aliases"), ("organization", "abbreviation")):
            for rec in tx.records(kind):
                for n in (*rec.values("name"), *rec.values(other)):
                    if n:
                        self.names.setdefault((kind, fold(str(n))), rec.key)
        self.events: list[Record] = tx.records("event")

    def match(self, s: Suggestion) -> str | None:
        if s.kind in ("person", "organization"):
            name = s.fields.get("name")
            canonical = s.fields.get("canonical")
            for n in (name, canonical):
                if n and (s.kind, fold(str(n))) in self.names:
                    return self.names[(s.kind, fold(str(n)))]
            return None
        if s.kind == "event":
            return self._match_event(s.fields)
        return None

    def _match_event(self, fields: dict[str, Any]) -> str | None:
        place = (fields.get("place") or {}).get("name")
        when = (fields.get("date") or {}).get("value")
        for ev in self.events:
            if fields.get("type") and ev.value("type") != fields.get("type"):
                continue
            stored_place = ev.value("place")
            if not place or stored_place is None or not stored_place.is_within(str(place)):
                continue
            stored_date = ev.value("date")
            if when and stored_date is not None:
                d = PartialDate.parse(str(when))
                if not stored_date.overlaps(d.earliest, d.latest):
                    continue
            return ev.key
        return None


# -- deciding -----------------------------------------------------------------------------------
def accept_tx(
    tx: Tx,
    sid: int,
    who: str,
    *,
    key: str | None = None,
    link: str | None = None,
    new: bool = False,
    edits: dict[str, Any] | None = None,
) -> Decision:
    """Accept (with ``edits``, an edit) one suggestion: claims citing its spans, or nothing."""
    s = _pending(tx, sid)
    target = None if new else (link or s["link"])
    records = suggestion_records(s, key=key, link=target, edits=edits or {})
    if target is not None:
        have = tx.record_types([target])
        if target not in have:
            raise NotFoundError(f"no record {target!r} to link suggestion {sid} to")
        records[0]["id"] = target
    else:
        for rec in records:
            rec["id"] = _free_key(tx, rec["id"], {r["id"] for r in records if r is not rec})
        _rewire(records)
    doc = coding_from_data(
        {"recuento": "coding/1", "source": {"sha256": s["source"]}, "records": records},
        f"suggestion {sid}",
    )
    report = import_coding_tx(tx, doc, who, "accepted_suggestion")
    written = [r["id"] for r in records]
    tx.decide_suggestion(
        sid, "accepted", who, utc_now(), {"records": written, "edited": sorted(edits or {})}
    )
    return Decision(sid, "accepted", written, report)


def reject_tx(tx: Tx, sid: int, who: str, why: str) -> Decision:
    if not why.strip():
        raise ValidationError("say why the suggestion is rejected (--why)")
    _pending(tx, sid)
    now = utc_now()
    tx.decide_suggestion(sid, "rejected", who, now, {"why": why})
    tx.add_history(now, who, "reject-suggestion", why, {"suggestion": sid})
    return Decision(sid, "rejected", [])


def _pending(tx: Tx, sid: int) -> dict[str, Any]:
    found = tx.suggestions(ids=[sid])
    if not found:
        raise NotFoundError(f"no suggestion {sid}")
    s = found[0]
    if s["status"] != "pending":
        raise ValidationError(f"suggestion {sid} was already {s['status']}")
    return s


def _free_key(tx: Tx, key: str, taken: set[str]) -> str:
    candidate, n = key, 1
    while candidate in taken or tx.record_types([candidate]):
        n += 1
        candidate = f"{key}-{n}"
    return candidate


def _rewire(records: list[dict[str, Any]]) -> None:
    """A sentence proposed with its decision points at the decision's final key."""
    if len(records) == 2 and records[1]["type"] == "sentence":
        records[1]["fields"]["decision"] = records[0]["id"]


def suggestion_records(
    s: dict[str, Any], *, key: str | None, link: str | None, edits: dict[str, Any]
) -> list[dict[str, Any]]:
    """The coding records a suggestion stands for, every field citing the suggestion's spans."""
    kind, f = s["kind"], s["fields"]
    cite = [{"span": list(sp)} for sp in s["spans"]]
    if not cite:
        raise ValidationError(f"suggestion {s['id']} has no span to cite")
    if kind == "event":
        rtype, fields = "event", _event_fields(f)
        base = "-".join(
            filter(
                None,
                [
                    f.get("type"),
                    (f.get("place") or {}).get("name"),
                    ((f.get("date") or {}).get("value") or "")[:4],
                ],
            )
        )
    elif kind == "person":
        rtype, fields = "person", _person_fields(f)
        base = f.get("name") or "person"
    elif kind == "organization":
        rtype, fields = "organization", {"name": f.get("name"), "kind": f.get("kind")}
        base = f.get("canonical") or f.get("name") or "organization"
    elif kind == "legal":
        return _legal_records(s, key, cite, edits)
    else:
        raise ValidationError(f"suggestion {s['id']} has an unknown kind {kind!r}")
    fields.update(edits)
    fields = {k: v for k, v in fields.items() if v not in (None, [], {})}
    if not fields:
        raise ValidationError(f"suggestion {s['id']} has no field left to record")
    return [{"id": key or link or slug(base), "type": rtype, "cite": cite, "fields": fields}]


def _event_fields(f: dict[str, Any]) -> dict[str, Any]:
    out: dict[str, Any] = {"type": f.get("type")}
    if f.get("date") and f["date"].get("value"):
        out["date"] = str(f["date"]["value"])
    if f.get("place") and f["place"].get("name"):
        out["place"] = {"name": f["place"]["name"]}
    for name in COUNT_FIELDS:
        c = (f.get("counts") or {}).get(name)
        if c:
            count = {k: c[k] for k in ("best", "low", "high", "text") if c.get(k) is not None}
            if any(k in count for k in ("best", "low", "high")):
                out[name] = count
    if f.get("background"):
        out["background"] = True
    return out


def _person_fields(f: dict[str, Any]) -> dict[str, Any]:
    out: dict[str, Any] = {"name": f.get("name"), "roles": list(f.get("roles") or [])}
    if isinstance(f.get("age"), int):
        out["age"] = f["age"]
    if f.get("sex") in SEX:
        out["sex"] = SEX[f["sex"]]
    if f.get("occupation"):
        out["occupation"] = f["occupation"]
    return out


def _whole_term(years: float) -> dict[str, int]:
    # the extractor writes "four and a half years" as 4.5; a coded term is whole years and months
    whole = int(years)
    months = round((years - whole) * 12)
    return {"years": whole, "months": months} if months else {"years": whole}


def _legal_records(
    s: dict[str, Any], key: str | None, cite: list[dict[str, Any]], edits: dict[str, Any]
) -> list[dict[str, Any]]:
    f = s["fields"]
    ltype = f.get("type")
    subjects = ", ".join(f.get("subjects") or [])
    when = (f.get("date") or {}).get("value") if isinstance(f.get("date"), dict) else f.get("date")
    base = slug(f"{ltype} {subjects}")
    common: dict[str, Any] = {}
    if when:
        common["date"] = str(when)
    if ltype in DECISION_TYPES:
        rtype, fields = "decision", {"type": ltype, **common}
        if subjects:
            fields["persons_described"] = subjects
    elif ltype in CLEMENCY_TYPES:
        rtype, fields = "clemency", {"kind": ltype, **common}
    elif ltype == "release":
        rtype, fields = "release", dict(common)
    elif ltype == "detention":
        rtype, fields = "detention", {}
        if subjects:
            fields["persons_described"] = subjects
        if f.get("conditions"):
            fields["conditions"] = list(f["conditions"])
    else:
        raise ValidationError(f"suggestion {s['id']}: no record type for legal fact {ltype!r}")
    fields.update(edits)
    records = [{"id": key or base, "type": rtype, "cite": cite, "fields": fields}]
    sentence = f.get("sentence") or {}
    term = (
        {"life": True}
        if sentence.get("life")
        else (_whole_term(sentence["years"]) if sentence.get("years") else None)
    )
    if rtype == "decision" and term is not None:
        sfields: dict[str, Any] = {
            "kind": "imprisonment",
            "term": term,
            "decision": records[0]["id"],
        }
        if subjects:
            sfields["persons_described"] = subjects
        records.append(
            {
                "id": f"{records[0]['id']}-sentence",
                "type": "sentence",
                "cite": cite,
                "fields": sfields,
            }
        )
    return records
