"""Importing a coding file: check everything against the store, then write it in one transaction."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from recuento.domain.provenance import Citation, Claim, Source, sha256_hex
from recuento.domain.records import Record
from recuento.errors import CodingError, Problem
from recuento.ingest.coding import CitationSpec, CodingDocument, read_coding
from recuento.ingest.yamlpos import path_text
from recuento.services.indexing import claim_doc
from recuento.services.sources import add_source_tx, read_source_file, source_text_of, utc_now
from recuento.store import Tx


@dataclass
class ImportReport:
    file: str
    source: str  # sha256
    source_created: bool
    records_created: list[str] = field(default_factory=list)
    records_updated: list[str] = field(default_factory=list)
    claims: int = 0

    def to_dict(self) -> dict[str, Any]:
        return {
            "file": self.file,
            "source": self.source,
            "source_created": self.source_created,
            "records_created": self.records_created,
            "records_updated": self.records_updated,
            "claims": self.claims,
        }


@dataclass
class _SourceRef:
    sha256: str
    text: str | None
    data: bytes | None = None  # set when the file is new and must be added
    media_type: str = "text/plain"
    origin: str | None = None


def import_coding_tx(
    tx: Tx, path: str | Path | CodingDocument, who: str, method: str = "manual"
) -> ImportReport:
    """Import a coding file (or an already parsed coding document) inside ``tx``."""
    doc = path if isinstance(path, CodingDocument) else read_coding(path)
    problems = list(doc.problems)
    main = _resolve_main_source(tx, doc, problems)
    texts: dict[str, str | None] = {}
    if main is not None:
        texts[main.sha256] = main.text
    claims: list[tuple[str, str, str, Claim]] = []  # key, type, record sensitivity, claim
    now = utc_now()
    coder = doc.coder or who
    known = tx.record_types(
        [r.key for r in doc.records]
        + [c.value for r in doc.records for c in r.claims if c.spec.kind == "ref"]
    )
    in_file = {r.key: r.type for r in doc.records}
    for rec in doc.records:
        stored_type = known.get(rec.key)
        if stored_type is not None and stored_type != rec.type:
            problems.append(
                _p(
                    doc,
                    rec.path + ("type",),
                    rec.line,
                    f"record {rec.key!r} is already stored as a {stored_type}",
                )
            )
        for cc in rec.claims:
            if cc.spec.kind == "ref":
                target = in_file.get(cc.value) or known.get(cc.value)
                if target is None:
                    problems.append(
                        _p(doc, cc.path, cc.line, f"unknown record {cc.value!r}", "reference")
                    )
                elif target not in cc.spec.refs:
                    problems.append(
                        _p(
                            doc,
                            cc.path,
                            cc.line,
                            f"{cc.value!r} is a {target}; {cc.field} must be a "
                            f"{' or '.join(cc.spec.refs)}",
                            "reference",
                        )
                    )
            cits = []
            for cs in cc.citations:
                cit = _locate(tx, doc, cs, main, texts, problems)
                if cit is not None:
                    cits.append(cit)
            if len(cits) == len(cc.citations) and cits:
                claims.append(
                    (
                        rec.key,
                        rec.type,
                        rec.sensitivity,
                        Claim(
                            record=rec.key,
                            field=cc.field,
                            value=cc.value,
                            citations=tuple(cits),
                            confidence=cc.confidence,
                            status=cc.status,
                            sensitivity=cc.sensitivity,
                            method=method,
                            coded_by=coder,
                            coded_at=now,
                            note=cc.note,
                        ),
                    )
                )
    if problems:
        raise CodingError(_dedupe(problems))
    assert main is not None
    return _write(tx, doc, main, claims, who, now)


def _write(
    tx: Tx,
    doc: CodingDocument,
    main: _SourceRef,
    claims: list[tuple[str, str, str, Claim]],
    who: str,
    now: str,
) -> ImportReport:
    created = False
    if main.data is not None:
        meta = {k: v for k, v in doc.source.items() if k not in ("file", "sha256")}
        created = add_source_tx(
            tx, main.data, who=who, media_type=main.media_type, origin=main.origin, **meta
        ).created
    report = ImportReport(doc.file, main.sha256, created)
    existing = tx.record_types(r.key for r in doc.records)
    before = tx.record_sensitivities(existing)
    change = tx.add_history(
        now,
        who,
        "import-coding",
        None,
        {
            "file": Path(doc.file).name,
            "source": main.sha256,
            "claims": len(claims),
        },
        [r.key for r in doc.records],
    )
    source_ids = {sha: sid for sid, sha in tx.sources_by_id().items()}
    record_ids = tx.ensure_records([(r.key, r.type, r.sensitivity) for r in doc.records], who, now)
    for rec in doc.records:
        (report.records_updated if rec.key in existing else report.records_created).append(rec.key)
    levels = tx.record_sensitivities(record_ids)
    for key in existing:
        if levels[key] != before[key]:
            # the one in-place change of a record: logged as its own entry, more protective only
            tx.add_history(
                now,
                who,
                "raise-sensitivity",
                f"coded as {levels[key]} in {Path(doc.file).name}",
                {"from": before[key], "to": levels[key]},
                [key],
            )
            tx.raise_record_sensitivity_in_index(key, levels[key])
    source_levels = {src.sha256: src.sensitivity for src in tx.sources()}
    ids = tx.add_claims(
        [(record_ids[key], rtype, claim) for key, rtype, _s, claim in claims], change, source_ids
    )
    docs = [
        claim_doc(key, rtype, levels[key], claim, cid, source_levels)
        for (key, rtype, _s, claim), cid in zip(claims, ids, strict=True)
    ]
    tx.index_many([d for d in docs if d is not None])
    report.claims = len(ids)
    return report


def _resolve_main_source(tx: Tx, doc: CodingDocument, problems: list[Problem]) -> _SourceRef | None:
    src = doc.source
    if not src:
        return None
    sha = src.get("sha256")
    if src.get("file"):
        fpath = doc.base_dir / str(src["file"])
        try:
            data, media, origin = read_source_file(fpath)
        except Exception as exc:  # noqa: BLE001 - reported as a problem with its place
            problems.append(_p(doc, ("source", "file"), None, str(exc), "source"))
            return None
        actual = sha256_hex(data)
        if sha and sha != actual:
            problems.append(
                _p(
                    doc,
                    ("source", "sha256"),
                    None,
                    f"{fpath.name} has SHA-256 {actual}, not the {sha} this coding was made for",
                    "source",
                )
            )
            return None
        stored = tx.source(actual)
        if stored is not None:
            return _SourceRef(actual, source_text_of(stored, data))
        probe = Source(sha256=actual, size=len(data), media_type=media)
        return _SourceRef(actual, source_text_of(probe, data), data, media, origin)
    stored = tx.source(str(sha))
    if stored is None:
        problems.append(
            _p(
                doc,
                ("source", "sha256"),
                None,
                f"no source with SHA-256 {sha} is stored: add it first with "
                "`recuento source add FILE`",
                "source",
            )
        )
        return None
    return _SourceRef(stored.sha256, source_text_of(stored, tx.source_bytes(stored.sha256) or b""))


def _locate(
    tx: Tx,
    doc: CodingDocument,
    cs: CitationSpec,
    main: _SourceRef | None,
    texts: dict[str, str | None],
    problems: list[Problem],
) -> Citation | None:
    sha = cs.source or (main.sha256 if main else None)
    if sha is None:
        return None  # the missing source is already reported
    if sha not in texts:
        stored = tx.source(sha)
        if stored is None:
            problems.append(
                _p(doc, cs.path, cs.line, f"no source with SHA-256 {sha} is stored", "source")
            )
            texts[sha] = None
            return None
        texts[sha] = source_text_of(stored, tx.source_bytes(sha) or b"")
    text = texts[sha]
    if cs.locator is not None:
        return Citation(sha, quote=cs.quote, locator_type=cs.locator_type, locator=cs.locator)
    if text is None:
        problems.append(
            _p(
                doc,
                cs.path,
                cs.line,
                "this source has no text to quote or count characters in; cite it "
                "with locator_type and locator (page, row, …)",
                "citation",
            )
        )
        return None
    if cs.span is not None:
        start, end = cs.span
        if end > len(text):
            problems.append(
                _p(
                    doc,
                    cs.path,
                    cs.line,
                    f"span [{start}, {end}] runs past the end of the text ({len(text)} characters)",
                    "citation",
                )
            )
            return None
        if cs.quote is not None and text[start:end] != cs.quote:
            problems.append(
                _p(
                    doc,
                    cs.path,
                    cs.line,
                    f"span [{start}, {end}] does not hold the quote given",
                    "citation",
                )
            )
            return None
        return Citation(sha, start, end, text[start:end])
    assert cs.quote is not None
    pos = -1
    for _ in range(cs.occurrence):
        pos = text.find(cs.quote, pos + 1)
        if pos < 0:
            break
    if pos < 0:
        what = (
            "quote not found in the source text"
            if cs.occurrence == 1
            else (f"occurrence {cs.occurrence} of the quote not found in the source text")
        )
        problems.append(_p(doc, cs.path, cs.line, f"{what}: {cs.quote!r}", "quote"))
        return None
    return Citation(sha, pos, pos + len(cs.quote), cs.quote)


def _p(
    doc: CodingDocument,
    path: tuple[Any, ...],
    line: int | None,
    message: str,
    code: str = "invalid",
) -> Problem:
    from recuento.ingest.yamlpos import line_of

    return Problem(
        message,
        file=doc.file,
        line=line or line_of(doc.lines, path),
        field=path_text(path) or None,
        code=code,
    )


def _dedupe(problems: list[Problem]) -> list[Problem]:
    seen: dict[Problem, None] = {}
    for p in problems:
        seen.setdefault(p, None)
    return sorted(seen, key=lambda p: (p.line or 0, p.field or ""))


def visible(record: Record | None, role: str) -> Record | None:
    return None if record is None else record.visible_to(role)
