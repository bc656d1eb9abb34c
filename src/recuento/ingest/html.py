"""Web pages: the main text and metadata of an HTML page, read with trafilatura.

The page's bytes stay the source. Its main text (without menus, adverts and footers) becomes a
UTF-8 text artifact with its own hash; that is the text extraction reads and citations count in.
The publication date comes only from the page's markup (``article:published_time``, JSON-LD
``datePublished``, ``<time>`` elements, …), never guessed from dates in the body text, because
relative dates in the article ("on Friday") are resolved against it.
"""

from __future__ import annotations

import re
from typing import Any

from recuento.ingest.artifacts import Artifact, IngestResult, require, tool_version

__all__ = ["read_html"]

# only structured markup: htmldate's extensive search would take any date in the body text
_DATE_PARAMS = {"extensive_search": False, "original_date": True}
_LANG_RES = (
    re.compile(rb"<html\b[^>]*?\blang\s*=\s*[\"']?([A-Za-z]{2,3})\b", re.IGNORECASE),
    re.compile(
        rb"<meta\b[^>]*?http-equiv\s*=\s*[\"']?content-language[\"']?[^>]*?content\s*=\s*"
        rb"[\"']?([A-Za-z]{2,3})\b",
        re.IGNORECASE,
    ),
    re.compile(
        rb"<meta\b[^>]*?property\s*=\s*[\"']?og:locale[\"']?[^>]*?content\s*=\s*"
        rb"[\"']?([A-Za-z]{2,3})[_-]",
        re.IGNORECASE,
    ),
)


def _language(data: bytes) -> str | None:
    head = data[:65536]
    for pattern in _LANG_RES:
        m = pattern.search(head)
        if m:
            return m.group(1).decode("ascii").lower()
    return None


def _authors(raw: str | None) -> list[str]:
    if not raw:
        return []
    return [a.strip() for a in re.split(r";|\s+and\s+|\s+y\s+", raw) if a.strip()]


def read_html(data: bytes, *, name: str | None = None, url: str | None = None) -> IngestResult:
    """The main text and metadata of an HTML page.

    Metadata keys (each only when found): ``title``, ``published`` (YYYY-MM-DD), ``language``
    (from ``<html lang>``), ``url`` (the canonical address, else ``url``), ``authors`` (list),
    ``publisher`` (the site's name), ``description``.
    """
    trafilatura = require("trafilatura")
    result = IngestResult("html", data, "text/html", name)
    method = tool_version("trafilatura")
    try:
        doc = trafilatura.bare_extraction(
            data,
            url=url,
            with_metadata=True,
            include_comments=False,
            include_tables=True,
            date_extraction_params=_DATE_PARAMS,
        )
    except Exception as exc:  # noqa: BLE001 - a broken page is a problem to report, not a crash
        result.problem(f"cannot read the page as HTML: {exc}", code="format")
        return result
    text = (getattr(doc, "text", None) or "").strip() if doc is not None else ""
    meta: dict[str, Any] = {}
    if doc is not None:
        for key, attr in (
            ("title", "title"),
            ("published", "date"),
            ("publisher", "sitename"),
            ("description", "description"),
        ):
            value = getattr(doc, attr, None)
            if isinstance(value, str) and value.strip():
                meta[key] = value.strip()
        found_url = getattr(doc, "url", None)
        if isinstance(found_url, str) and found_url.startswith(("http://", "https://")):
            meta["url"] = found_url
        authors = _authors(getattr(doc, "author", None))
        if authors:
            meta["authors"] = authors
    if "url" not in meta and url:
        meta["url"] = url
    lang = _language(data)
    if lang:
        meta["language"] = lang
    result.metadata = meta
    if not text:
        result.problem(
            "no main text found in the page (is it empty, or built by JavaScript?)",
            code="no_text",
        )
        return result
    text += "\n"
    result.text = text
    result.artifacts.append(Artifact(text.encode("utf-8"), "text/plain", method))
    result.steps.append({"action": "derived-text", "method": method, "chars": len(text)})
    return result
