"""PDF files: the text layer of every page, read with pypdf (pure Python).

The PDF's bytes stay the source; the text of its pages becomes a UTF-8 text artifact. Pages are
separated by a form feed (``\\f``), so page *n* is the *n*-th piece of ``text.split("\\f")``; the
artifact's metadata also lists each page's ``[start, end)`` character range. A scanned PDF has
no text layer: recuento does not do OCR, and says so instead of storing an empty text.
"""

from __future__ import annotations

import io
import warnings
from datetime import datetime
from typing import Any

from recuento.ingest.artifacts import Artifact, IngestResult, require, tool_version

__all__ = ["PAGE_SEPARATOR", "read_pdf"]

PAGE_SEPARATOR = "\f"


def _clean(text: str) -> str:
    lines = [ln.rstrip() for ln in text.replace("\r\n", "\n").replace("\r", "\n").split("\n")]
    return "\n".join(lines).strip("\n").replace(PAGE_SEPARATOR, " ")


def _info(reader: Any) -> dict[str, Any]:
    meta: dict[str, Any] = {}
    try:
        info = reader.metadata
    except Exception:  # noqa: BLE001 - a broken info dictionary only loses metadata
        return meta
    if info is None:
        return meta
    title = info.title
    if isinstance(title, str) and title.strip():
        meta["title"] = title.strip()
    author = info.author
    if isinstance(author, str) and author.strip():
        meta["authors"] = [a.strip() for a in author.split(";") if a.strip()]
    try:
        created = info.creation_date
    except Exception:  # noqa: BLE001 - malformed dates are common in PDFs
        created = None
    if isinstance(created, datetime):
        meta["created"] = created.date().isoformat()  # when the file was made, not published
    try:
        lang = reader.trailer["/Root"].get("/Lang")
    except Exception:  # noqa: BLE001
        lang = None
    if isinstance(lang, str) and len(lang) >= 2 and lang[:2].isalpha():
        meta["language"] = lang[:2].lower()
    return meta


def read_pdf(data: bytes, *, name: str | None = None) -> IngestResult:
    """The text layer of a PDF. Metadata: ``title``, ``authors``, ``created`` (the file's
    creation date, which is not a publication date), ``language``, ``pages``."""
    pypdf = require("pypdf")
    result = IngestResult("pdf", data, "application/pdf", name)
    method = tool_version("pypdf")
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        try:
            reader = pypdf.PdfReader(io.BytesIO(data))
            if reader.is_encrypted and not reader.decrypt(""):
                result.problem("the PDF is encrypted with a password", code="encrypted")
                return result
            pages = []
            for page in reader.pages:
                pages.append(_clean(page.extract_text() or ""))
        except Exception as exc:  # noqa: BLE001 - pypdf raises many kinds for broken files
            result.problem(f"cannot read the PDF: {exc}", code="format")
            return result
        meta = _info(reader)
    for w in caught:
        result.warn(f"pypdf: {w.message}", code="pdf")
    meta["pages"] = len(pages)
    result.metadata = meta
    if not any(p.strip() for p in pages):
        result.problem(
            "the PDF has no text layer (a scan?); OCR is not supported",
            code="no_text_layer",
        )
        return result
    for number, page_text in enumerate(pages, 1):
        if not page_text.strip():
            result.warn(f"page {number} has no text layer", code="no_text_layer")
    ranges = []
    pos = 0
    for page_text in pages:
        ranges.append([pos, pos + len(page_text)])
        pos += len(page_text) + len(PAGE_SEPARATOR)
    text = PAGE_SEPARATOR.join(pages) + "\n"
    result.text = text
    result.artifacts.append(
        Artifact(text.encode("utf-8"), "text/plain", method, meta={"page_ranges": ranges})
    )
    result.steps.append(
        {"action": "derived-text", "method": method, "chars": len(text), "pages": len(pages)}
    )
    return result
