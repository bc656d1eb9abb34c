"""Coding files (docs/coding-format.md): read, check every value, and report every problem.

This module checks what can be checked from the file alone: structure, record types, field names,
value kinds, vocabulary terms, keys. Quotes against the source text and references to stored
records are checked by the import service, which knows the store; it reports in the same terms.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path as FsPath
from typing import Any

import yaml

from recuento.domain.provenance import CONFIDENCES, SENSITIVITIES, SOURCE_METADATA, STATUSES
from recuento.domain.schema import RECORD_TYPES, FieldSpec
from recuento.domain.vocabulary import Vocabulary, load_vocabularies
from recuento.errors import Problem, ValidationError
from recuento.ingest.yamlpos import Path, line_of, load_with_lines, path_text

FORMAT = "coding/1"
KEY_RE = re.compile(r"^[a-z0-9][a-z0-9._-]{0,199}$")
CLAIM_KEYS = {"value", "cite", "quote", "span", "confidence", "sensitivity", "status", "note"}
CITE_KEYS = {"quote", "span", "occurrence", "source", "locator", "locator_type"}
SOURCE_KEYS = {"sha256", "file", "meta", *SOURCE_METADATA}


@dataclass(frozen=True)
class CitationSpec:
    quote: str | None
    span: tuple[int, int] | None
    occurrence: int
    source: str | None  # sha256 of another source; None = the file's source
    path: Path
    line: int | None
    locator_type: str = "span"
    locator: str | None = None


@dataclass(frozen=True)
class CodedClaim:
    field: str
    spec: FieldSpec
    value: Any
    citations: tuple[CitationSpec, ...]
    confidence: str
    sensitivity: str
    status: str
    note: str | None
    path: Path
    line: int | None


@dataclass(frozen=True)
class CodedRecord:
    key: str
    type: str
    sensitivity: str
    claims: tuple[CodedClaim, ...]
    path: Path
    line: int | None


@dataclass
class CodingDocument:
    file: str
    source: dict[str, Any]
    coder: str | None
    records: list[CodedRecord]
    lines: dict[Path, int]
    problems: list[Problem] = field(default_factory=list)
    base_dir: FsPath = FsPath(".")

    def problem(self, path: Path, message: str, code: str = "invalid") -> None:
        self.problems.append(
            Problem(
                message=message,
                file=self.file,
                line=line_of(self.lines, path),
                field=path_text(path) or None,
                code=code,
            )
        )


def read_coding(
    path: str | FsPath,
    vocabularies: dict[str, Vocabulary] | None = None,
    display_name: str | None = None,
) -> CodingDocument:
    """Read and check a coding file. Problems are collected on the document, never raised."""
    path = FsPath(path)
    name = display_name or str(path)
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise ValidationError(Problem(f"no such file: {path}", file=name, code="io")) from None
    except UnicodeDecodeError as exc:
        raise ValidationError(Problem(f"not UTF-8 text: {exc}", file=name, code="io")) from None
    return parse_coding(text, name, path.parent, vocabularies)


def parse_coding(
    text: str, name: str, base_dir: FsPath, vocabularies: dict[str, Vocabulary] | None = None
) -> CodingDocument:
    try:
        data, lines = load_with_lines(text)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        line = mark.line + 1 if mark is not None else None
        doc = CodingDocument(name, {}, None, [], {}, base_dir=base_dir)
        doc.problems.append(
            Problem(
                f"not valid YAML: {getattr(exc, 'problem', exc)}",
                file=name,
                line=line,
                code="syntax",
            )
        )
        return doc
    doc = CodingDocument(name, {}, None, [], lines, base_dir=base_dir)
    vocabs = dict(vocabularies) if vocabularies is not None else dict(load_vocabularies())
    _Reader(doc, vocabs).read(data)
    return doc


def coding_from_data(
    data: Any,
    name: str,
    base_dir: FsPath = FsPath("."),
    vocabularies: dict[str, Vocabulary] | None = None,
) -> CodingDocument:
    """Check a coding document held as data (built by a program, e.g. from a victim list's rows
    or an accepted suggestion). Problems are located by field path; there are no lines."""
    doc = CodingDocument(name, {}, None, [], {}, base_dir=base_dir)
    vocabs = dict(vocabularies) if vocabularies is not None else dict(load_vocabularies())
    _Reader(doc, vocabs).read(data)
    return doc


class _Reader:
    def __init__(self, doc: CodingDocument, vocabs: dict[str, Vocabulary]) -> None:
        self.doc = doc
        self.vocabs = vocabs

    def read(self, data: Any) -> None:
        doc = self.doc
        if not isinstance(data, dict):
            doc.problem((), "a coding file is a mapping with recuento, source and records")
            return
        unknown = set(data) - {"recuento", "source", "coder", "defaults", "records"}
        for k in sorted(unknown):
            doc.problem((k,), f"unknown key {k!r}")
        if data.get("recuento") != FORMAT:
            doc.problem(("recuento",), f"the first line must say `recuento: {FORMAT}`")
        self.read_source(data.get("source"))
        coder = data.get("coder")
        doc.coder = None if coder is None else str(coder)
        defaults = self.read_defaults(data.get("defaults") or {})
        records = data.get("records")
        if not isinstance(records, list) or not records:
            doc.problem(("records",), "records must be a non-empty list")
            return
        seen: dict[str, int] = {}
        for i, raw in enumerate(records):
            rec = self.read_record(raw, ("records", i), defaults)
            if rec is None:
                continue
            if rec.key in seen:
                doc.problem(
                    ("records", i, "id"),
                    f"record {rec.key!r} is coded twice in this file "
                    f"(also records[{seen[rec.key]}])",
                )
                continue
            seen[rec.key] = i
            doc.records.append(rec)

    def read_source(self, src: Any) -> None:
        doc = self.doc
        if not isinstance(src, dict):
            doc.problem(("source",), "source must be a mapping with sha256 or file")
            return
        for k in sorted(set(src) - SOURCE_KEYS):
            doc.problem(("source", k), f"unknown source key {k!r}")
        if not src.get("sha256") and not src.get("file"):
            doc.problem(("source",), "source needs sha256 (a stored source) or file (to add)")
        sha = src.get("sha256")
        if sha is not None and not re.fullmatch(r"[0-9a-f]{64}", str(sha)):
            doc.problem(("source", "sha256"), f"not a SHA-256 hex digest: {sha!r}")
        for k in ("kind", "reliability", "stance"):
            if k in src:
                vocab = {"kind": "source_kind", "stance": "source_stance"}.get(k, k)
                self.term(("source", k), vocab, src[k])
        if "meta" in src and not (
            isinstance(src["meta"], dict)
            and all(isinstance(v, (str, int, float, bool, date)) for v in src["meta"].values())
        ):
            doc.problem(("source", "meta"), "meta is a mapping of names to plain values")
        if "sensitivity" in src and src["sensitivity"] not in SENSITIVITIES:
            doc.problem(("source", "sensitivity"), _one_of("sensitivity", SENSITIVITIES))
        published = src.get("published")
        if isinstance(published, dict):
            published = published.get("date", published.get("value"))
        if published is not None:
            try:
                RECORD_TYPES["event"].field("date").parse(published)
            except ValidationError as exc:
                doc.problem(("source", "published"), str(exc.problems[0].message))
        doc.source = dict(src)
        if isinstance(src.get("meta"), dict):
            doc.source["meta"] = {
                str(k): v.isoformat() if isinstance(v, date) else v for k, v in src["meta"].items()
            }
        if isinstance(published, date):
            doc.source["published"] = published.isoformat()
        elif published is not None:
            doc.source["published"] = str(published)

    def read_defaults(self, raw: Any) -> dict[str, str]:
        out = {"confidence": "low", "sensitivity": "public", "status": "accepted"}
        if not isinstance(raw, dict):
            self.doc.problem(("defaults",), "defaults must be a mapping")
            return out
        allowed = {"confidence": CONFIDENCES, "sensitivity": SENSITIVITIES, "status": STATUSES}
        for k, v in raw.items():
            if k not in allowed:
                self.doc.problem(("defaults", k), f"unknown default {k!r}")
            elif v not in allowed[k]:
                self.doc.problem(("defaults", k), _one_of(k, allowed[k]))
            else:
                out[k] = v
        return out

    def read_record(self, raw: Any, path: Path, defaults: dict[str, str]) -> CodedRecord | None:
        doc = self.doc
        if not isinstance(raw, dict):
            doc.problem(path, "a record is a mapping with id, type and fields")
            return None
        for k in sorted(
            set(raw) - {"id", "type", "sensitivity", "cite", "quote", "span", "fields"}
        ):
            doc.problem((*path, k), f"unknown record key {k!r}")
        key = raw.get("id")
        ok = True
        if not isinstance(key, str) or not KEY_RE.match(key):
            doc.problem(
                (*path, "id"),
                "id must be lower-case letters, digits, '.', '_' or '-' (at most 200)",
            )
            ok = False
        rtype = raw.get("type")
        if rtype not in RECORD_TYPES:
            doc.problem(
                (*path, "type"), f"unknown record type {rtype!r}; known: {', '.join(RECORD_TYPES)}"
            )
            return None
        sensitivity = raw.get("sensitivity", "public")
        if sensitivity not in SENSITIVITIES:
            doc.problem((*path, "sensitivity"), _one_of("sensitivity", SENSITIVITIES))
            sensitivity = "public"
        default_cites = self.read_cites(raw, path, required=False)
        fields = raw.get("fields")
        if not isinstance(fields, dict) or not fields:
            doc.problem((*path, "fields"), "fields must be a non-empty mapping")
            return None
        claims: list[CodedClaim] = []
        rt = RECORD_TYPES[rtype]
        for fname, fraw in fields.items():
            fpath = (*path, "fields", str(fname))
            try:
                spec = rt.field(str(fname))
            except KeyError:
                known = ", ".join(rt.field_names())
                doc.problem(fpath, f"a {rtype} has no field {fname!r}; its fields: {known}")
                continue
            claims.extend(self.read_field(spec, fraw, fpath, default_cites, defaults))
        if not ok:
            return None
        return CodedRecord(key, rtype, sensitivity, tuple(claims), path, line_of(doc.lines, path))

    def read_field(
        self,
        spec: FieldSpec,
        raw: Any,
        path: Path,
        default_cites: tuple[CitationSpec, ...],
        defaults: dict[str, str],
    ) -> list[CodedClaim]:
        doc = self.doc
        meta: dict[str, Any] = {}
        cites = default_cites
        if _is_claim_mapping(raw):
            meta = raw
            own = self.read_cites(raw, path, required=False)
            cites = own or default_cites
            raw = raw["value"]
        items_cited = (
            spec.many
            and isinstance(raw, list)
            and bool(raw)
            and all(
                _is_claim_mapping(x) and CLAIM_KEYS & {"cite", "quote", "span"} & set(x)
                for x in raw
            )
        )
        if not cites and not items_cited:
            doc.problem(
                path, "no fact without a source: give cite, quote or span here or on the record"
            )
            return []
        items: list[Any]
        if spec.many:
            items = raw if isinstance(raw, list) else [raw]
        else:
            if isinstance(raw, list):
                doc.problem(path, f"{spec.name} takes one value, got a list")
                return []
            items = [raw]
        settings = {}
        for k, allowed in (
            ("confidence", CONFIDENCES),
            ("sensitivity", SENSITIVITIES),
            ("status", STATUSES),
        ):
            v = meta.get(k, defaults[k])
            if v not in allowed:
                doc.problem((*path, k), _one_of(k, allowed))
                v = defaults[k]
            settings[k] = v
        note = meta.get("note")
        out = []
        for i, item in enumerate(items):
            ipath = (*path, i) if spec.many and isinstance(raw, list) else path
            item_cites, item_settings, item_note = cites, settings, note
            if spec.many and _is_claim_mapping(item):
                # one item of a list, cited where the source says it
                item_cites = self.read_cites(item, ipath, required=False) or cites
                item_settings = dict(settings)
                for k, allowed in (
                    ("confidence", CONFIDENCES),
                    ("sensitivity", SENSITIVITIES),
                    ("status", STATUSES),
                ):
                    if k in item:
                        if item[k] in allowed:
                            item_settings[k] = item[k]
                        else:
                            doc.problem((*ipath, k), _one_of(k, allowed))
                item_note = item.get("note", note)
                item = item["value"]
            value = self.value(spec, item, ipath)
            if value is _BAD:
                continue
            out.append(
                CodedClaim(
                    spec.name,
                    spec,
                    value,
                    item_cites,
                    item_settings["confidence"],
                    item_settings["sensitivity"],
                    item_settings["status"],
                    None if item_note is None else str(item_note),
                    ipath,
                    line_of(doc.lines, ipath),
                )
            )
        return out

    def value(self, spec: FieldSpec, raw: Any, path: Path) -> Any:
        if raw is None:
            self.doc.problem(path, f"{spec.name} has no value")
            return _BAD
        try:
            value = spec.parse(raw)
        except ValidationError as exc:
            self.doc.problem(path, f"{exc.problems[0].message}")
            return _BAD
        if spec.kind == "term":
            assert spec.vocab is not None
            term = self.term(path, spec.vocab, value)
            return _BAD if term is None else term
        if spec.kind == "ref" and not KEY_RE.match(value):
            self.doc.problem(path, f"{value!r} is not a record id")
            return _BAD
        return value

    def term(self, path: Path, vocab_name: str, raw: Any) -> str | None:
        vocab = self.vocabs.get(vocab_name)
        if vocab is None:
            self.doc.problem(path, f"vocabulary {vocab_name!r} is not loaded")
            return None
        found = vocab.normalise(str(raw))
        if found is None:
            hint = vocab.suggest(str(raw))
            more = f"; did you mean: {', '.join(hint)}?" if hint else ""
            self.doc.problem(path, f"unknown {vocab_name} term {raw!r}{more}", code="vocabulary")
        return found

    def read_cites(
        self, raw: dict[str, Any], path: Path, required: bool
    ) -> tuple[CitationSpec, ...]:
        specs: list[tuple[Any, Path]] = []
        if "cite" in raw:
            c = raw["cite"]
            if isinstance(c, list):
                specs += [(x, (*path, "cite", i)) for i, x in enumerate(c)]
            else:
                specs.append((c, (*path, "cite")))
        if "quote" in raw:
            specs.append(({"quote": raw["quote"]}, (*path, "quote")))
        if "span" in raw:
            specs.append(({"span": raw["span"]}, (*path, "span")))
        out = []
        for c, cpath in specs:
            cit = self.read_cite(c, cpath)
            if cit is not None:
                out.append(cit)
        if required and not out:
            self.doc.problem(path, "no fact without a source: give cite, quote or span")
        return tuple(out)

    def read_cite(self, c: Any, path: Path) -> CitationSpec | None:
        doc = self.doc
        if not isinstance(c, dict):
            doc.problem(path, "a citation is a mapping with quote or span")
            return None
        for k in sorted(set(c) - CITE_KEYS):
            doc.problem((*path, k), f"unknown citation key {k!r}")
        quote, span, locator = c.get("quote"), c.get("span"), c.get("locator")
        locator_type = str(c.get("locator_type", "span"))
        if quote is None and span is None and locator is None:
            doc.problem(path, "a citation needs quote, span or locator")
            return None
        if quote is not None and (not isinstance(quote, str) or not quote.strip()):
            doc.problem((*path, "quote"), "quote must be non-empty text")
            return None
        sp: tuple[int, int] | None = None
        if span is not None:
            if (
                not isinstance(span, list)
                or len(span) != 2
                or not all(isinstance(x, int) and not isinstance(x, bool) for x in span)
                or not 0 <= span[0] < span[1]
            ):
                doc.problem((*path, "span"), "span must be [start, end] with 0 ≤ start < end")
                return None
            sp = (span[0], span[1])
        occ = c.get("occurrence", 1)
        if not isinstance(occ, int) or isinstance(occ, bool) or occ < 1:
            doc.problem((*path, "occurrence"), "occurrence must be a whole number ≥ 1")
            return None
        src = c.get("source")
        if src is not None and not re.fullmatch(r"[0-9a-f]{64}", str(src)):
            doc.problem((*path, "source"), f"not a SHA-256 hex digest: {src!r}")
            return None
        if locator is not None and locator_type == "span":
            doc.problem((*path, "locator_type"), "give locator_type (page, row, …) with a locator")
            return None
        return CitationSpec(
            quote,
            sp,
            occ,
            None if src is None else str(src),
            path,
            line_of(doc.lines, path),
            locator_type,
            None if locator is None else str(locator),
        )


class _Bad:
    pass


_BAD = _Bad()


def _is_claim_mapping(raw: Any) -> bool:
    return isinstance(raw, dict) and "value" in raw and set(raw) <= CLAIM_KEYS


def _one_of(name: str, allowed: tuple[str, ...]) -> str:
    return f"{name} must be one of {', '.join(allowed)}"
