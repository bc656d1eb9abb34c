"""Ingesting evidence: read a file or an address, keep its bytes, link what is derived from it.

``ingest(ws, "page.html")`` (or a URL) reads the evidence with :mod:`recuento.ingest`, stores
the bytes as received, stores each derived artifact (the page's main text, a PDF's text layer, a
feed's entries) as its own source linked to the original, imports the rows of a victim list as
person records citing their rows, and appends every step to the chain of custody. Each ingest
is one transaction: if anything fails, nothing is written. With ``extract=True`` the text is
also run through the extractor; its suggestions are returned and queued for review.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field, replace
from datetime import date
from importlib import metadata as importlib_metadata
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from recuento.domain.dates import PartialDate
from recuento.domain.provenance import SENSITIVITIES, Source
from recuento.domain.vocabulary import vocabulary
from recuento.errors import Problem, ValidationError
from recuento.extract import LANGUAGES, Extractor, Suggestion
from recuento.ingest.artifacts import FORMATS, Artifact, IngestResult, read_document
from recuento.ingest.coding import coding_from_data
from recuento.ingest.fetch import DEFAULT_MAX_BYTES, DEFAULT_TIMEOUT, Fetched, fetch, is_url
from recuento.ingest.lists import LIST_FORMATS, ColumnMapping, ListRow, coding_document
from recuento.services import review
from recuento.services.extraction import extract_text
from recuento.services.importing import import_coding_tx
from recuento.services.sources import add_source_tx, read_source_file, utc_now
from recuento.services.workspace import Workspace
from recuento.store import Tx

__all__ = [
    "IngestOptions",
    "IngestReport",
    "add_derived_tx",
    "ingest",
    "ingest_bytes",
]

Progress = Callable[[int, int], None]

_ROWS_PER_CHUNK = 250


def _recuento() -> str:
    try:
        return f"recuento {importlib_metadata.version('recuento')}"
    except importlib_metadata.PackageNotFoundError:
        return "recuento"


@dataclass(frozen=True)
class IngestOptions:
    """How to ingest. Metadata given here wins over what a reader finds in the file."""

    format: str | None = None  # text, html, pdf, csv, xlsx, feed; guessed when None
    kind: str | None = None  # source_kind term
    title: str | None = None
    published: str | None = None  # a partial date
    language: str | None = None
    publisher: str | None = None
    url: str | None = None  # where a file was found
    reliability: str | None = None
    sensitivity: str | None = None
    mapping: ColumnMapping | None = None  # for lists
    skip_bad_rows: bool = False
    fetch_entries: bool = False
    max_entries: int | None = None
    extract: bool = False
    extractor: Extractor | None = None
    timeout: float = DEFAULT_TIMEOUT
    max_bytes: int = DEFAULT_MAX_BYTES
    ocr: bool = True  # False: store scans without reading them (ingest again later to add it)
    ocr_jobs: int | None = None  # scanned pages read at once; default one per core


@dataclass
class IngestReport:
    """What an ingest stored and found.

    ``source`` is the SHA-256 of the bytes as received; ``text_source`` that of the source whose
    text citations and suggestions' spans count characters in (the derived text artifact, or
    the source itself for plain text). ``text`` is that text (not in :meth:`to_dict`).
    """

    source: str
    created: bool
    format: str
    media_type: str
    origin: str | None
    metadata: dict[str, Any] = field(default_factory=dict)
    text_source: str | None = None
    text: str | None = None
    artifacts: list[dict[str, Any]] = field(default_factory=list)
    rows: dict[str, Any] | None = None
    entries: list[IngestReport] = field(default_factory=list)
    article: IngestReport | None = None
    warnings: list[Problem] = field(default_factory=list)
    suggestions: list[Suggestion] | None = None
    suggestion_ids: list[int] = field(default_factory=list)  # queued for review

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "source": self.source,
            "created": self.created,
            "format": self.format,
            "media_type": self.media_type,
            "origin": self.origin,
            "metadata": self.metadata,
            "text_source": self.text_source,
            "text_chars": None if self.text is None else len(self.text),
            "artifacts": self.artifacts,
            "warnings": [p.to_dict() for p in self.warnings],
        }
        if self.rows is not None:
            out["rows"] = self.rows
        if self.format == "feed":
            out["entries"] = [e.to_dict() for e in self.entries]
        if self.article is not None:
            out["article"] = self.article.to_dict()
        if self.suggestions is not None:
            out["suggestions"] = [s.to_dict() for s in self.suggestions]
            out["queued"] = list(self.suggestion_ids)
        return out


# ---- options ----------------------------------------------------------------------------------


def _check_options(options: IngestOptions) -> IngestOptions:
    problems: list[Problem] = []
    changes: dict[str, Any] = {}
    if options.format is not None and options.format not in FORMATS:
        problems.append(
            Problem(
                f"unknown format {options.format!r}; use one of: {', '.join(FORMATS)}",
                field="format",
            )
        )
    for name, vocab in (("kind", "source_kind"), ("reliability", "reliability")):
        raw = getattr(options, name)
        if raw is None:
            continue
        found = vocabulary(vocab).normalise(raw)
        if found is None:
            hint = ", ".join(vocabulary(vocab).suggest(raw))
            problems.append(
                Problem(
                    f"unknown {vocab} term {raw!r}" + (f"; did you mean: {hint}?" if hint else ""),
                    field=name,
                )
            )
        else:
            changes[name] = found
    if options.published is not None:
        try:
            changes["published"] = str(PartialDate.parse(options.published))
        except ValidationError as exc:
            problems.append(Problem(str(exc), field="published"))
    if options.sensitivity is not None and options.sensitivity not in SENSITIVITIES:
        problems.append(
            Problem(
                f"sensitivity must be one of {', '.join(SENSITIVITIES)}, "
                f"not {options.sensitivity!r}",
                field="sensitivity",
            )
        )
    if options.language is not None:
        lang = options.language.strip().lower()
        if not (2 <= len(lang) <= 3 and lang.isalpha()):
            problems.append(
                Problem(
                    f"a language is a code such as en or es, not {options.language!r}",
                    field="language",
                )
            )
        changes["language"] = lang
    if options.max_entries is not None and options.max_entries < 1:
        problems.append(Problem("max_entries must be 1 or more", field="max_entries"))
    if options.ocr_jobs is not None and options.ocr_jobs < 1:
        problems.append(Problem("ocr_jobs must be 1 or more", field="ocr_jobs"))
    if problems:
        raise ValidationError(problems)
    return replace(options, **changes)


def _source_meta(
    found: dict[str, Any], options: IngestOptions, result: IngestResult
) -> dict[str, Any]:
    """Source metadata: the options, else what the reader found (checked)."""
    meta: dict[str, Any] = {}
    for key in ("title", "publisher", "url", "language"):
        value = getattr(options, key) or found.get(key)
        if isinstance(value, str) and value.strip():
            meta[key] = value.strip()[:1000]
    published = options.published or found.get("published")
    if published:
        try:
            meta["published"] = str(PartialDate.parse(str(published)))
        except ValidationError:
            result.warn(f"ignored a publication date that is not a date: {published!r}")
    for key in ("kind", "reliability", "sensitivity"):
        value = getattr(options, key)
        if value is not None:
            meta[key] = value
    return meta


def _published_day(published: str | None) -> date | None:
    if not published:
        return None
    try:
        pd = PartialDate.parse(published)
    except ValidationError:
        return None
    return pd.earliest if pd.precision == "day" and not pd.is_range else None


def _suggest(text: str, meta: dict[str, Any], options: IngestOptions) -> list[Suggestion]:
    lang = meta.get("language")
    return extract_text(
        text,
        language=lang if lang in LANGUAGES else None,
        published=_published_day(meta.get("published")),
        extractor=options.extractor,
    )


# ---- the store --------------------------------------------------------------------------------


def add_derived_tx(
    tx: Tx,
    artifact: Artifact,
    original: Source,
    *,
    who: str,
    meta: dict[str, Any],
    at: str | None = None,
) -> tuple[Source, bool]:
    """Store ``artifact`` as a source of its own, linked to ``original`` by
    ``meta["derived_from"]``, with its own chain of custody. Identical bytes are stored once."""
    now = at or utc_now()
    sha = artifact.sha256
    link = {"derived_from": original.sha256, "method": artifact.method}
    existing = tx.source(sha)
    if existing is not None:
        assert existing.id is not None
        tx.add_custody(existing.id, now, who, "derived-again", sha, link)
        return existing, False
    extra = {k: v for k, v in artifact.meta.items() if k not in Source.__slots__}
    source = Source(
        sha256=sha,
        size=len(artifact.data),
        media_type=artifact.media_type,
        origin=f"{original.origin or original.sha256[:12]} ({artifact.role})",
        added_by=who,
        added_at=now,
        sensitivity=original.sensitivity,
        meta={**link, **extra},
        **{k: v for k, v in meta.items() if v is not None and k != "sensitivity"},
    )
    stored = tx.add_source(source, artifact.data)
    assert stored.id is not None
    tx.add_custody(stored.id, now, who, "derived", sha, {**link, "role": artifact.role})
    tx.add_history(now, who, "add-source", None, {"sha256": sha, **link})
    text = artifact.text
    if text.strip():
        tx.index(
            "source",
            sha,
            " ".join(filter(None, [stored.title, text])),
            stored.sensitivity,
            stored.sensitivity,
        )
    return stored, True


def _url_name(url: str) -> str:
    parts = urlsplit(url)
    tail = parts.path.rstrip("/").rsplit("/", 1)[-1]
    return tail or parts.netloc


# ---- entry points -----------------------------------------------------------------------------


def ingest(
    ws: Workspace,
    target: str | Path,
    options: IngestOptions | None = None,
    *,
    progress: Progress | None = None,
    ocr_progress: Progress | None = None,
) -> IngestReport:
    """Ingest a file, or an http(s) address (fetched now, with its answer logged).

    ``progress(done, total)`` is called during long work: rows of a list, entries of a feed,
    scanned pages read by OCR. ``ocr_progress``, when given, gets the OCR pages instead (for a
    display that names them)."""
    opts = _check_options(options or IngestOptions())
    if isinstance(target, str) and is_url(target):
        fetched = fetch(target, timeout=opts.timeout, max_bytes=opts.max_bytes)
        return ingest_bytes(
            ws,
            fetched.data,
            name=_url_name(fetched.final_url),
            media_type=fetched.media_type,
            options=opts,
            fetched=fetched,
            progress=progress,
            ocr_progress=ocr_progress,
        )
    data, media, name = read_source_file(target)
    return ingest_bytes(
        ws,
        data,
        name=name,
        media_type=media,
        options=opts,
        progress=progress,
        ocr_progress=ocr_progress,
    )


def ingest_bytes(
    ws: Workspace,
    data: bytes,
    *,
    name: str | None = None,
    media_type: str | None = None,
    options: IngestOptions | None = None,
    fetched: Fetched | None = None,
    via: dict[str, Any] | None = None,
    progress: Progress | None = None,
    ocr_progress: Progress | None = None,
) -> IngestReport:
    """Ingest evidence held in memory. ``fetched`` says it came over HTTP; ``via`` is logged in
    its custody (e.g. the feed entry that linked to it)."""
    opts = _check_options(options or IngestOptions())
    url = fetched.final_url if fetched is not None else opts.url
    result = read_document(
        data,
        name=name,
        media_type=media_type,
        format=opts.format,
        url=url,
        mapping=opts.mapping,
        language=opts.language,
        use_ocr=opts.ocr,
        ocr_jobs=opts.ocr_jobs,
        progress=ocr_progress or progress,
    )
    if result.problems:
        raise ValidationError(result.problems)
    if result.format in LIST_FORMATS:
        return _ingest_list(ws, result, opts, fetched, via, progress)
    if result.format == "feed":
        return _ingest_feed(ws, result, opts, fetched, via, progress)
    return _ingest_document(ws, result, opts, fetched, via)


def _receive(
    tx: Tx,
    result: IngestResult,
    meta: dict[str, Any],
    who: str,
    fetched: Fetched | None,
    via: dict[str, Any] | None,
) -> tuple[Source, bool]:
    if result.format == "feed" and fetched is not None:
        meta = {**meta, "url": fetched.final_url}
    added = add_source_tx(
        tx, result.data, who=who, media_type=result.media_type, origin=result.name, **meta
    )
    src = added.source
    assert src.id is not None
    if fetched is not None:
        tx.add_custody(
            src.id,
            fetched.fetched_at,
            who,
            "fetched",
            src.sha256,
            {**fetched.custody_detail(), **(via or {})},
        )
    elif via:
        tx.add_custody(src.id, utc_now(), who, "linked", src.sha256, via)
    return src, added.created


def _ingest_document(
    ws: Workspace,
    result: IngestResult,
    opts: IngestOptions,
    fetched: Fetched | None,
    via: dict[str, Any] | None,
) -> IngestReport:
    meta = _source_meta(result.metadata, opts, result)
    text = result.text
    suggestions = _suggest(text, meta, opts) if opts.extract and text else None
    who = ws.settings.user
    with ws.store.begin() as tx:
        src, created = _receive(tx, result, meta, who, fetched, via)
        report = IngestReport(
            src.sha256, created, result.format, src.media_type, src.origin, dict(result.metadata)
        )
        report.metadata.update({k: v for k, v in meta.items() if k not in ("kind", "sensitivity")})
        report.text = text
        report.text_source = src.sha256 if text is not None else None
        now = utc_now()
        derived_meta = {k: v for k, v in meta.items() if k != "sensitivity"}
        if src.kind != "other" and "kind" not in derived_meta:
            derived_meta["kind"] = src.kind
        for art in result.artifacts:
            stored, new = add_derived_tx(tx, art, src, who=who, meta=derived_meta, at=now)
            assert src.id is not None
            detail = {
                "artifact": stored.sha256,
                "media_type": art.media_type,
                "method": art.method,
                "chars": len(art.text),
                "by": _recuento(),
            }
            if "ocr" in art.meta:  # engine, version, languages, per-page confidence
                detail["ocr"] = art.meta["ocr"]
            if result.warnings:
                detail["warnings"] = [str(w) for w in result.warnings]
            tx.add_custody(src.id, now, who, "derived-text", src.sha256, detail)
            report.artifacts.append(
                {
                    "sha256": stored.sha256,
                    "media_type": art.media_type,
                    "method": art.method,
                    "role": art.role,
                    "created": new,
                }
            )
            if art.role == "text":
                report.text_source = stored.sha256
        if suggestions is not None and report.text_source is not None:
            text_src = tx.source(report.text_source)
            assert text_src is not None and text_src.id is not None
            name = type(opts.extractor).__name__ if opts.extractor else "RuleBasedExtractor"
            tx.add_custody(
                text_src.id,
                now,
                who,
                "extracted",
                text_src.sha256,
                {"extractor": name, "suggestions": len(suggestions), "by": _recuento()},
            )
            # queued for a coder to accept, edit or reject (docs/review.md)
            report.suggestion_ids = review.queue_tx(tx, text_src.sha256, who, suggestions, name)
    report.warnings = list(result.warnings)
    report.suggestions = suggestions
    return report


def _ingest_feed(
    ws: Workspace,
    result: IngestResult,
    opts: IngestOptions,
    fetched: Fetched | None,
    via: dict[str, Any] | None,
    progress: Progress | None,
) -> IngestReport:
    meta = _source_meta(result.metadata, opts, result)
    entries = result.entries[: opts.max_entries] if opts.max_entries else result.entries
    who = ws.settings.user
    feed_publisher = opts.publisher or result.metadata.get("title")
    with ws.store.begin() as tx:
        src, created = _receive(tx, result, meta, who, fetched, via)
        assert src.id is not None
        report = IngestReport(
            src.sha256, created, "feed", src.media_type, src.origin, dict(result.metadata)
        )
        now = utc_now()
        for entry in entries:
            em = entry.artifact.meta
            emeta = {
                "title": em.get("title"),
                "url": em.get("url"),
                "published": em.get("published"),
                "publisher": feed_publisher,
                "language": opts.language or result.metadata.get("language"),
                "kind": opts.kind,
                "reliability": opts.reliability,
            }
            stored, new = add_derived_tx(tx, entry.artifact, src, who=who, meta=emeta, at=now)
            sub = IngestReport(
                stored.sha256, new, "entry", "text/plain", stored.origin, entry.to_dict()
            )
            sub.text = entry.artifact.text
            sub.text_source = stored.sha256
            report.entries.append(sub)
            report.artifacts.append(
                {
                    "sha256": stored.sha256,
                    "media_type": "text/plain",
                    "method": entry.artifact.method,
                    "role": "entry",
                    "created": new,
                }
            )
        tx.add_custody(
            src.id,
            now,
            who,
            "derived-entries",
            src.sha256,
            {
                "entries": [e.source for e in report.entries],
                "method": entries[0].artifact.method if entries else None,
                "by": _recuento(),
            },
        )
    report.warnings = list(result.warnings)
    total = len(report.entries)
    for i, (entry, sub) in enumerate(zip(entries, report.entries, strict=True), 1):
        if opts.extract:
            sub.suggestions = _suggest(sub.text or "", {**meta, "published": entry.published}, opts)
        if opts.fetch_entries and entry.link:
            try:
                page = fetch(entry.link, timeout=opts.timeout, max_bytes=opts.max_bytes)
                sub.article = ingest_bytes(
                    ws,
                    page.data,
                    name=_url_name(page.final_url),
                    media_type=page.media_type,
                    options=replace(opts, format=None, fetch_entries=False, url=None, title=None),
                    fetched=page,
                    via={"feed": src.sha256, "entry": entry.index, "entry_source": sub.source},
                )
            except ValidationError as exc:
                report.warnings.extend(
                    Problem(f"entry {entry.index}: {p.message}", file=entry.link, code=p.code)
                    for p in exc.problems
                )
        if progress is not None:
            progress(i, total)
    return report


def _previous_list_import(tx: Tx, sha: str) -> dict[str, Any] | None:
    return next((c for c in tx.custody(sha) if c["action"] == "imported-rows"), None)


def _ingest_list(
    ws: Workspace,
    result: IngestResult,
    opts: IngestOptions,
    fetched: Fetched | None,
    via: dict[str, Any] | None,
    progress: Progress | None,
) -> IngestReport:
    assert opts.mapping is not None
    rows: list[ListRow] = result.rows
    bad = [r for r in rows if not r.ok]
    if bad and not opts.skip_bad_rows:
        problems = [p for r in bad for p in r.problems]
        problems.append(
            Problem(
                f"{len(bad)} of {len(rows)} rows have problems; nothing was written. Fix them, "
                "or import the other rows and report these (--skip-bad-rows)",
                file=result.name,
                code="rows",
            )
        )
        raise ValidationError(problems)
    good = [r for r in rows if r.ok]
    if not good:
        raise ValidationError(
            Problem("no row of the list can be imported", file=result.name, code="rows")
        )
    meta = _source_meta({}, replace(opts, kind=opts.kind or "victim_list"), result)
    slug = str(result.metadata["list"])
    who = ws.settings.user
    with ws.store.begin() as tx:
        src, created = _receive(tx, result, meta, who, fetched, via)
        assert src.id is not None
        if not created:
            before = _previous_list_import(tx, src.sha256)
            if before is not None:
                raise ValidationError(
                    Problem(
                        f"this list was already imported on {before['at'][:10]} by "
                        f"{before['who']} (source {src.sha256[:12]}); nothing was written",
                        file=result.name,
                        code="duplicate",
                    )
                )
        report = IngestReport(
            src.sha256, created, result.format, src.media_type, src.origin, dict(result.metadata)
        )
        claims = 0
        made: list[str] = []
        updated: list[str] = []
        for start in range(0, len(good), _ROWS_PER_CHUNK):
            chunk = good[start : start + _ROWS_PER_CHUNK]
            doc = coding_document(chunk, src.sha256, slug, sensitivity=src.sensitivity)
            coding = coding_from_data(doc, f"{result.name} (rows)", Path("."))
            imported = import_coding_tx(tx, coding, who, "bulk_accepted")
            claims += imported.claims
            made += imported.records_created
            updated += imported.records_updated
            if progress is not None:
                progress(start + len(chunk), len(good))
        skipped = [r.number for r in bad]
        report.rows = {
            "list": slug,
            "total": len(rows),
            "imported": len(good),
            "skipped": len(skipped),
            "skipped_rows": skipped,
            "records_created": len(made),
            "records_updated": len(updated),
            "persons": sum(1 for k in made + updated if not k.endswith("-act")),
            "claims": claims,
        }
        tx.add_custody(
            src.id,
            utc_now(),
            who,
            "imported-rows",
            src.sha256,
            {
                "list": slug,
                "method": next((s["method"] for s in result.steps if s.get("method")), None),
                "rows": len(rows),
                "imported": len(good),
                "skipped_rows": skipped,
                "claims": claims,
                "mapping": opts.mapping.to_dict(),
                "by": _recuento(),
            },
        )
    report.warnings = list(result.warnings) + [p for r in bad for p in r.problems]
    return report
