"""The Workspace: one store opened with settings, and every use case over it.

The CLI (and later the web app) call these methods and nothing below them, so the two front ends
cannot drift apart. Every write is one transaction; every read applies the role's view.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date
from pathlib import Path
from typing import Any

from recuento.config import Settings
from recuento.domain.dates import PartialDate
from recuento.domain.provenance import SENSITIVITIES, Source, may_see
from recuento.domain.records import Record
from recuento.domain.schema import record_type
from recuento.errors import NotFoundError, ValidationError
from recuento.ingest.coding import parse_coding
from recuento.services import corrections, exchange, queries, review
from recuento.services.importing import ImportReport, import_coding_tx
from recuento.services.sources import (
    AddSourceResult,
    add_source_tx,
    read_source_file,
    source_text_of,
)
from recuento.store import SqlStore, Tx, check_schema, make_engine, migrate


class Workspace:
    def __init__(self, settings: Settings, store: SqlStore) -> None:
        self.settings = settings
        self.store = store

    @classmethod
    def open(cls, settings: Settings, *, create: bool = True) -> Workspace:
        """Open the store named by ``settings``; create or upgrade its schema when ``create``."""
        engine = make_engine(settings.database_url)
        if create:
            migrate(engine)
        else:
            check_schema(engine)
        return cls(settings, SqlStore(engine))

    def close(self) -> None:
        self.store.engine.dispose()

    def __enter__(self) -> Workspace:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @contextmanager
    def _tx(self) -> Iterator[Tx]:
        with self.store.begin() as tx:
            yield tx

    @property
    def role(self) -> str:
        return self.settings.role

    def allowed(self) -> tuple[str, ...]:
        return tuple(s for s in SENSITIVITIES if may_see(self.role, s))

    # -- sources ------------------------------------------------------------------------------
    def add_source(self, data: bytes | str | Path, **meta: Any) -> AddSourceResult:
        """Add evidence: a file path or the bytes themselves. Identical bytes are stored once."""
        media_type = meta.pop("media_type", None)
        origin = meta.pop("origin", None)
        if isinstance(data, (str, Path)):
            data, guessed, name = read_source_file(data)
            media_type = media_type or guessed
            origin = origin or name
        with self._tx() as tx:
            return add_source_tx(
                tx,
                data,
                who=self.settings.user,
                media_type=media_type or "text/plain",
                origin=origin,
                **meta,
            )

    def source(self, sha256: str) -> Source:
        with self._tx() as tx:
            src = _find_source(tx, sha256)
        if not may_see(self.role, src.sensitivity):
            raise NotFoundError(f"no source {sha256}")
        return src

    def sources(self) -> list[Source]:
        with self._tx() as tx:
            return [s for s in tx.sources() if may_see(self.role, s.sensitivity)]

    def source_text(self, sha256: str) -> str | None:
        src = self.source(sha256)
        with self._tx() as tx:
            return source_text_of(src, tx.source_bytes(src.sha256) or b"")

    def custody(self, sha256: str) -> list[dict[str, Any]]:
        src = self.source(sha256)
        with self._tx() as tx:
            return tx.custody(src.sha256)

    # -- coding -------------------------------------------------------------------------------
    def import_coding(self, path: str | Path) -> ImportReport:
        """Check a coding file against the store and write it all, or nothing."""
        with self._tx() as tx:
            return import_coding_tx(tx, path, self.settings.user)

    def import_coding_text(
        self, text: str, name: str, base_dir: str | Path = ".", method: str = "manual"
    ) -> ImportReport:
        """Import a coding document held in memory (YAML or JSON text), e.g. built by an importer
        of victim lists. ``name`` is used in problem locations; ``base_dir`` resolves ``file:``."""
        doc = parse_coding(text, name, Path(base_dir))
        with self._tx() as tx:
            return import_coding_tx(tx, doc, self.settings.user, method)

    # -- the review queue ---------------------------------------------------------------------
    def suggest(self, sha256: str, language: str | None = None) -> list[int]:
        """Run the extractor over a stored source and queue what it proposes."""
        src = self.source(sha256)
        with self._tx() as tx:
            return review.suggest_tx(tx, src.sha256, self.settings.user, language=language)

    def suggestions(
        self, status: str | None = "pending", source: str | None = None
    ) -> list[dict[str, Any]]:
        sha = None if source is None else self.source(source).sha256
        with self._tx() as tx:
            rows = tx.suggestions(status=status, source_sha256=sha)
        visible = []
        for r in rows:
            if not may_see(self.role, r["source_sensitivity"]):
                continue
            if r["link"] and not self._can_see(r["link"]):
                r = {**r, "link": None}  # a hidden record is not even hinted at
            visible.append(r)
        return visible

    def _can_see(self, key: str) -> bool:
        try:
            self.record(key)
        except NotFoundError:
            return False
        return True

    def accept_suggestion(
        self,
        sid: int,
        *,
        key: str | None = None,
        link: str | None = None,
        new: bool = False,
        edits: dict[str, Any] | None = None,
    ) -> review.Decision:
        self._visible_suggestion(sid)
        with self._tx() as tx:
            return review.accept_tx(
                tx, sid, self.settings.user, key=key, link=link, new=new, edits=edits
            )

    def reject_suggestion(self, sid: int, why: str) -> review.Decision:
        self._visible_suggestion(sid)
        with self._tx() as tx:
            return review.reject_tx(tx, sid, self.settings.user, why)

    def _visible_suggestion(self, sid: int) -> None:
        if not any(r["id"] == sid for r in self.suggestions(status=None)):
            raise NotFoundError(f"no suggestion {sid}")

    # -- corrections ------------------------------------------------------------------------
    def retract(self, claim_id: int, why: str) -> int:
        """Withdraw a claim without deleting it: a new claim supersedes it with no value.

        The retracted claim stays in the store and in the record's history; the record's current
        value no longer counts it. Returns the id of the retracting claim.
        """
        if not why.strip():
            raise ValidationError("say why the claim is retracted (--why)")
        with self._tx() as tx:
            return corrections.retract_tx(tx, claim_id, self.settings.user, why, self.role)

    # -- records ------------------------------------------------------------------------------
    def record(self, key: str) -> Record:
        with self._tx() as tx:
            rec = tx.record(key)
            views = [] if rec is None else self._views(tx, [rec])
        if not views:
            raise NotFoundError(f"no record {key!r}")
        return views[0]

    def records(self, type: str | None = None) -> list[Record]:  # noqa: A002 - reads naturally
        with self._tx() as tx:
            return self._views(tx, tx.records(type))

    def _views(self, tx: Tx, recs: list[Record]) -> list[Record]:
        """The records as this role may see them, without references to records it may not see
        (a key such as a witness's name would itself leak)."""
        levels = {src.sha256: src.sensitivity for src in tx.sources()}
        views = [v for r in recs if (v := r.visible_to(self.role, levels)) is not None]
        refs = {
            str(c.value)
            for v in views
            for c in v.claims
            if c.value is not None and record_type(v.type).field(c.field).kind == "ref"
        }
        hidden = {k for k, s in tx.record_sensitivities(refs).items() if not may_see(self.role, s)}
        if not hidden:
            return views
        return [
            Record(
                v.key,
                v.type,
                v.sensitivity,
                tuple(
                    c
                    for c in v.claims
                    if not (
                        isinstance(c.value, str)
                        and c.value in hidden
                        and record_type(v.type).field(c.field).kind == "ref"
                    )
                ),
            )
            for v in views
        ]

    def history(self, key: str) -> list[dict[str, Any]]:
        self.record(key)  # hidden or missing records have no visible history
        with self._tx() as tx:
            entries = tx.history_for(key)
            hidden = {s.sha256 for s in tx.sources() if not may_see(self.role, s.sensitivity)}
        # an entry that names a source the role may not see is left out whole
        return [
            e
            for e in entries
            if not ({str(e["detail"].get("source")), str(e["detail"].get("sha256"))} & hidden)
        ]

    def summary(self) -> dict[str, Any]:
        with self._tx() as tx:
            counts = tx.counts()
        records = self.records()
        by_type: dict[str, int] = {}
        for r in records:
            by_type[r.type] = by_type.get(r.type, 0) + 1
        return {
            "sources": len(self.sources()),
            "records": len(records),
            "records_by_type": dict(sorted(by_type.items())),
            "claims": sum(len(r.claims) for r in records),
            "history_entries": counts["history"],
            "conflicts": {r.key: list(r.conflicts()) for r in records if r.conflicts()},
        }

    # -- search -------------------------------------------------------------------------------
    def search(self, text: str, limit: int = 50) -> list[dict[str, Any]]:
        if not text.strip():
            raise ValidationError("give some words to search for")
        with self._tx() as tx:
            hits = tx.search(text, self.allowed(), limit)
        out: list[dict[str, Any]] = []
        seen: set[tuple[str, str, str | None, str]] = set()
        for h in hits:  # several sources may claim the same words of the same field
            key = (h["kind"], h["ref"], h["field"], h["snippet"])
            if key not in seen:
                seen.add(key)
                out.append(
                    {
                        "kind": h["kind"],
                        "ref": h["ref"],
                        "field": h["field"],
                        "snippet": h["snippet"],
                    }
                )
        return out

    # -- exchange -----------------------------------------------------------------------------
    def export_json(self) -> str:
        """The whole store as this role may see it, as canonical JSON text."""
        with self._tx() as tx:
            return exchange.export_json(tx, self.role)

    def restore(self, document: Any) -> dict[str, int]:
        """Load an export into this (empty) store."""
        with self._tx() as tx:
            return exchange.restore_tx(tx, document)

    # -- queries ------------------------------------------------------------------------------
    def events_ordered_by(self, person: str) -> list[str]:
        """Keys of events this store attributes to orders of ``person``."""
        return queries.events_ordered_by(self.records("involvement"), person)

    def find_events(
        self,
        *,
        type: str | None = None,
        place_within: str | None = None,  # noqa: A002
        start: date | None = None,
        end: date | None = None,
    ) -> list[Record]:
        return queries.find_events(
            self.records("event"), type=type, place_within=place_within, start=start, end=end
        )

    def life_sentences(self) -> list[tuple[str, PartialDate | None]]:
        return queries.life_sentences(self.records("sentence"), self.records("detention"))

    def sentence_status(self, as_of: date | None = None) -> list[dict[str, Any]]:
        """Each sentence's expected end and whether its person is held past it (as of a day)."""
        return queries.sentence_status(
            self.records("sentence"),
            self.records("detention"),
            self.records("release"),
            as_of or date.today(),
        )

    def fraction_served_at_clemency(self, clemency: str) -> float:
        return queries.fraction_served_at_clemency(self.record(clemency), self.record)


def _find_source(tx: Tx, ref: str) -> Source:
    ref = ref.strip().lower()
    if len(ref) == 64:
        src = tx.source(ref)
        if src is not None:
            return src
    elif len(ref) >= 6:
        matches = [s for s in tx.sources() if s.sha256.startswith(ref)]
        if len(matches) == 1:
            return matches[0]
        if len(matches) > 1:
            raise ValidationError(
                f"{ref} is the start of {len(matches)} sources' SHA-256; give more"
            )
    raise NotFoundError(f"no source {ref}")
