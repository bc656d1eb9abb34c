"""What the readers of :mod:`recuento.ingest` return, and which reader a file needs.

A reader takes the bytes of one piece of evidence and returns an :class:`IngestResult`: the text
it found (the text citations and extraction count characters in), metadata (title, publication
date, language, address, authors), the artifacts it derived (each with its own bytes and
SHA-256), the rows of a list or the entries of a feed, and every problem with its place. Readers
never touch the store: the services decide what to keep.

The bytes received are never changed. When a reader makes text out of them (the main text of a
web page, the text layer of a PDF), that text is an :class:`Artifact`: new bytes, a new hash, and
the tool and version that made it.
"""

from __future__ import annotations

import importlib
import mimetypes
from dataclasses import dataclass, field
from functools import cached_property
from importlib import metadata as importlib_metadata
from typing import Any

from recuento.domain.provenance import sha256_hex
from recuento.errors import MissingExtraError, Problem

__all__ = [
    "FORMATS",
    "Artifact",
    "IngestResult",
    "detect_format",
    "read_document",
    "read_plain_text",
    "require",
    "tool_version",
]

#: The formats the readers understand.
FORMATS: tuple[str, ...] = ("text", "html", "pdf", "image", "csv", "xlsx", "ods", "xls", "feed")

_EXTENSIONS = {
    ".txt": "text",
    ".text": "text",
    ".md": "text",
    ".html": "html",
    ".htm": "html",
    ".xhtml": "html",
    ".pdf": "pdf",
    ".png": "image",
    ".jpg": "image",
    ".jpeg": "image",
    ".tif": "image",
    ".tiff": "image",
    ".csv": "csv",
    ".tsv": "csv",
    ".xlsx": "xlsx",
    ".xlsm": "xlsx",
    ".ods": "ods",
    ".xls": "xls",
    ".rss": "feed",
    ".atom": "feed",
}
_MEDIA = {
    "text/plain": "text",
    "text/markdown": "text",
    "text/html": "html",
    "application/xhtml+xml": "html",
    "application/pdf": "pdf",
    "image/png": "image",
    "image/jpeg": "image",
    "image/tiff": "image",
    "text/csv": "csv",
    "text/tab-separated-values": "csv",
    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": "xlsx",
    "application/vnd.oasis.opendocument.spreadsheet": "ods",
    "application/vnd.ms-excel": "xls",
    "application/rss+xml": "feed",
    "application/atom+xml": "feed",
    "application/feed+json": "feed",
}
MEDIA_TYPES = {
    "text": "text/plain",
    "html": "text/html",
    "pdf": "application/pdf",
    "image": "image/png",
    "csv": "text/csv",
    "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    "ods": "application/vnd.oasis.opendocument.spreadsheet",
    "xls": "application/vnd.ms-excel",
    "feed": "application/rss+xml",
}


def tool_version(package: str) -> str:
    """``"package version"`` as installed, for custody logs (``"package"`` if unknown)."""
    try:
        return f"{package} {importlib_metadata.version(package)}"
    except importlib_metadata.PackageNotFoundError:
        return package


def require(module: str, package: str | None = None) -> Any:
    """Import an optional dependency of the ``ingest`` extra, or say how to install it."""
    try:
        return importlib.import_module(module)
    except ImportError as exc:
        if exc.name is not None and exc.name.split(".")[0] != module.split(".")[0]:
            raise
        raise MissingExtraError(package or module, "ingest") from None


@dataclass(frozen=True, slots=True)
class Artifact:
    """Bytes derived from a source, with how they were made.

    ``meta`` holds what is known about the artifact itself (for a feed entry: its title,
    address and date); the services store it with the artifact's source.
    """

    data: bytes
    media_type: str
    method: str  # tool and version, e.g. "trafilatura 2.3.1"
    role: str = "text"  # "text": the text of the source; "entry": one entry of a feed
    meta: dict[str, Any] = field(default_factory=dict)

    @property
    def sha256(self) -> str:
        return sha256_hex(self.data)

    @property
    def text(self) -> str:
        return self.data.decode("utf-8")


@dataclass
class IngestResult:
    """What a reader found in one piece of evidence.

    ``text`` is the text that citations count characters in and that extraction reads: the
    source's own text for a plain-text file, else the text of the ``role == "text"`` artifact.
    ``problems`` stop an ingest (nothing is stored); ``warnings`` are reported and stored in the
    chain of custody. For lists, problems of single rows sit on the rows (see
    :mod:`recuento.ingest.lists`), so a caller may choose to skip those rows.
    """

    format: str
    data: bytes
    media_type: str
    name: str | None = None
    text: str | None = None
    metadata: dict[str, Any] = field(default_factory=dict)
    artifacts: list[Artifact] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
    warnings: list[Problem] = field(default_factory=list)
    steps: list[dict[str, Any]] = field(default_factory=list)
    rows: list[Any] = field(default_factory=list)  # lists.ListRow
    entries: list[Any] = field(default_factory=list)  # feeds.FeedEntry

    @cached_property
    def sha256(self) -> str:
        return sha256_hex(self.data)

    @property
    def ok(self) -> bool:
        return not self.problems

    @property
    def text_artifact(self) -> Artifact | None:
        return next((a for a in self.artifacts if a.role == "text"), None)

    def problem(self, message: str, *, code: str = "invalid", **where: Any) -> None:
        self.problems.append(Problem(message, file=self.name, code=code, **where))

    def warn(self, message: str, *, code: str = "warning", **where: Any) -> None:
        self.warnings.append(Problem(message, file=self.name, code=code, **where))


def _sniff(head: bytes) -> str | None:
    if head.startswith(b"%PDF-"):
        return "pdf"
    if head.startswith((b"\x89PNG\r\n\x1a\n", b"\xff\xd8\xff", b"II*\x00", b"MM\x00*")):
        return "image"
    if head.startswith(b"PK\x03\x04"):
        # OpenDocument files start with an uncompressed "mimetype" member naming their kind
        if head[30:38] == b"mimetype" and b"opendocument.spreadsheet" in head[38:120]:
            return "ods"
        return "xlsx"  # any other zip: the only other zipped format we read
    if head.startswith(_OLE2):
        return "xls"  # the old Office container: .xls, but also .doc and .ppt
    low = head[:2048].lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    if low.startswith(b"<?xml") or low.startswith(b"<rss") or low.startswith(b"<feed"):
        if b"<rss" in low or b"<feed" in low or b"<rdf:rdf" in low:
            return "feed"
        if b"<html" in low:
            return "html"
        return None
    if low.startswith(b"<!doctype html") or low.startswith(b"<html") or b"<html" in low[:512]:
        return "html"
    return None


def detect_format(data: bytes, name: str | None = None, media_type: str | None = None) -> str:
    """Which reader ``data`` needs: from its first bytes, then its media type, then its name.

    Content wins over a name, because files are often misnamed (an ``.html`` that is a PDF);
    when the content says nothing (CSV looks like text), the media type, then the name decide.
    """
    sniffed = _sniff(data[:4096])
    media = (media_type or "").split(";")[0].strip().lower()
    by_media = _MEDIA.get(media)
    by_name: str | None = None
    if name:
        lower = name.lower().split("?")[0]
        for ext, fmt in _EXTENSIONS.items():
            if lower.endswith(ext):
                by_name = fmt
                break
        if by_name is None:
            guessed = mimetypes.guess_type(lower)[0]
            by_name = _MEDIA.get(guessed or "")
    if sniffed is not None:
        if sniffed in ("xlsx", "xls") and sniffed not in (by_media, by_name):
            return "unknown"  # a zip or an Office container we cannot tell by its bytes alone
        return sniffed
    for chosen in (by_media, by_name):
        if chosen is not None:
            return chosen
    if media.startswith("text/") or _is_utf8(data):
        return "text"
    return "unknown"


def _is_utf8(data: bytes) -> bool:
    try:
        data[:65536].decode("utf-8")
    except UnicodeDecodeError as exc:
        return exc.start > 65530 and len(data) > 65536  # cut inside a character
    return b"\x00" not in data[:65536]


def read_plain_text(data: bytes, name: str | None = None) -> IngestResult:
    """Plain text: UTF-8 text is its own text; other encodings get a UTF-8 artifact."""
    result = IngestResult("text", data, "text/plain; charset=utf-8", name)
    try:
        result.text = data.decode("utf-8")
        result.media_type = "text/plain"
        return result
    except UnicodeDecodeError:
        pass
    if b"\x00" in data[:4096]:
        result.problem("binary data, not text", code="format")
        return result
    text = data.decode("cp1252", errors="replace")
    result.media_type = "text/plain; charset=windows-1252"
    result.text = text
    result.artifacts.append(
        Artifact(text.encode("utf-8"), "text/plain", "recuento decode windows-1252")
    )
    result.warn(
        "the text is not UTF-8; it was read as Windows-1252 and stored as a UTF-8 copy",
        code="encoding",
    )
    result.steps.append({"action": "derived-text", "method": "decode windows-1252"})
    return result


def read_document(
    data: bytes,
    *,
    name: str | None = None,
    media_type: str | None = None,
    format: str | None = None,  # noqa: A002 - the word users know
    **options: Any,
) -> IngestResult:
    """Read ``data`` with the reader its format needs. ``options`` go to the reader
    (``url`` for HTML; ``mapping`` for lists; ``language``, ``use_ocr``, ``ocr_jobs`` and a page
    ``progress(done, total)`` for scans)."""
    fmt = format or detect_format(data, name, media_type)
    if fmt == "text":
        return read_plain_text(data, name)
    if fmt == "html":
        from recuento.ingest.html import read_html

        return read_html(data, name=name, url=options.get("url"))
    if fmt == "pdf":
        from recuento.ingest.pdf import read_pdf

        return read_pdf(
            data,
            name=name,
            language=options.get("language"),
            use_ocr=options.get("use_ocr", True),
            jobs=options.get("ocr_jobs"),
            progress=options.get("progress"),
        )
    if fmt == "image":
        from recuento.ingest.ocr import read_image

        return read_image(
            data,
            name=name,
            language=options.get("language"),
            use_ocr=options.get("use_ocr", True),
        )
    if fmt in ("csv", "xlsx", "ods", "xls"):
        from recuento.ingest.lists import read_list

        return read_list(data, options.get("mapping"), name=name, format=fmt)
    if fmt == "feed":
        from recuento.ingest.feeds import read_feed

        return read_feed(data, name=name, url=options.get("url"))
    result = IngestResult("unknown", data, media_type or "application/octet-stream", name)
    if data.startswith(_OLE2):
        result.problem(
            "this old Office file is not named .xls (a .doc or .ppt is not read); rename a "
            "spreadsheet to .xls or give its format, or save a document as PDF",
            code="format",
        )
        return result
    result.problem(
        f"cannot tell what kind of file this is; give its format ({', '.join(FORMATS)})",
        code="format",
    )
    return result


_OLE2 = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
