"""RSS and Atom feeds: each entry becomes a small text source linked to the feed.

The feed's bytes stay the source. Each entry becomes a UTF-8 text artifact holding its title,
its summary (as plain text) and its address, with the entry's own metadata (title, link,
publication date, authors, id). Fetching the article an entry links to is the service's job
(``--fetch-entries``); this module never touches the network: feedparser is only given bytes.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass, field
from datetime import datetime
from email.utils import parsedate_to_datetime
from html.parser import HTMLParser
from typing import Any

from recuento.ingest.artifacts import Artifact, IngestResult, require, tool_version

__all__ = ["FeedEntry", "html_to_text", "read_feed"]

_BLOCKS = {
    "p",
    "div",
    "br",
    "li",
    "ul",
    "ol",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "tr",
    "blockquote",
}


class _TextParser(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.skip = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in ("script", "style"):
            self.skip += 1
        elif tag in _BLOCKS:
            self.parts.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in ("script", "style") and self.skip:
            self.skip -= 1
        elif tag in _BLOCKS:
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        if not self.skip:
            self.parts.append(data)


def html_to_text(fragment: str) -> str:
    """Plain text of a small HTML fragment (a feed summary): tags dropped, paragraphs kept."""
    if "<" not in fragment:
        text = html.unescape(fragment)
    else:
        parser = _TextParser()
        parser.feed(fragment)
        parser.close()
        text = "".join(parser.parts)
    lines = [" ".join(line.split()) for line in text.split("\n")]
    return re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip()


def _entry_date(entry: Any, key: str) -> str | None:
    """The entry's own calendar date (as the publisher wrote it, not moved to UTC)."""
    raw = entry.get(key)
    if isinstance(raw, str) and raw.strip():
        text = raw.strip()
        try:
            return datetime.fromisoformat(text.replace("Z", "+00:00")).date().isoformat()
        except ValueError:
            pass
        try:
            return parsedate_to_datetime(text).date().isoformat()
        except (TypeError, ValueError, IndexError):
            pass
    parsed = entry.get(f"{key}_parsed")
    if parsed:
        return f"{parsed[0]:04d}-{parsed[1]:02d}-{parsed[2]:02d}"
    return None


@dataclass
class FeedEntry:
    """One entry of a feed, with the text artifact made from it."""

    index: int  # 1-based, in feed order
    title: str | None
    link: str | None
    id: str | None
    published: str | None  # YYYY-MM-DD
    authors: list[str]
    summary: str
    artifact: Artifact
    meta: dict[str, Any] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        return {
            "index": self.index,
            "title": self.title,
            "link": self.link,
            "id": self.id,
            "published": self.published,
            "authors": self.authors,
            "sha256": self.artifact.sha256,
        }


def read_feed(data: bytes, *, name: str | None = None, url: str | None = None) -> IngestResult:
    """Read an RSS or Atom feed. Metadata: ``title``, ``url`` (the site), ``language``,
    ``description``, ``entries`` (how many). Each entry is in ``result.entries`` and its text
    artifact (role ``"entry"``) in ``result.artifacts``."""
    feedparser = require("feedparser")
    result = IngestResult("feed", data, "application/rss+xml", name)
    method = tool_version("feedparser")
    if not isinstance(data, bytes):  # a str would be taken for an address and fetched
        raise TypeError("read_feed takes bytes")
    parsed = feedparser.parse(data)
    version = parsed.get("version") or ""
    if version.startswith("atom"):
        result.media_type = "application/atom+xml"
    if not parsed.entries and (not version or parsed.get("bozo")):
        why = parsed.get("bozo_exception")
        result.problem(
            "not an RSS or Atom feed" + (f": {why}" if why else ""),
            code="format",
        )
        return result
    if parsed.get("bozo"):
        result.warn(f"the feed is not well-formed: {parsed.get('bozo_exception')}", code="feed")
    feed = parsed.feed
    meta: dict[str, Any] = {}
    if feed.get("title"):
        meta["title"] = html_to_text(feed["title"])
    link = feed.get("link")
    if isinstance(link, str) and link.startswith(("http://", "https://")):
        meta["url"] = link
    elif url:
        meta["url"] = url
    lang = feed.get("language")
    if isinstance(lang, str) and len(lang) >= 2 and lang[:2].isalpha():
        meta["language"] = lang[:2].lower()
    if feed.get("subtitle"):
        meta["description"] = html_to_text(feed["subtitle"])
    meta["feed_format"] = version
    for i, e in enumerate(parsed.entries, 1):
        title = html_to_text(e["title"]) if e.get("title") else None
        elink = e.get("link") if isinstance(e.get("link"), str) else None
        summary = ""
        if e.get("content"):
            summary = html_to_text(" ".join(c.get("value", "") for c in e["content"]))
        if not summary and e.get("summary"):
            summary = html_to_text(e["summary"])
        published = _entry_date(e, "published") or _entry_date(e, "updated")
        authors = [a["name"] for a in e.get("authors", []) if a.get("name")]
        if not authors and e.get("author"):
            authors = [str(e["author"])]
        parts = [p for p in (title, summary, elink) if p]
        if not parts:
            result.warn(f"entry {i} is empty; skipped", code="feed", line=i)
            continue
        text = "\n\n".join(parts) + "\n"
        emeta: dict[str, Any] = {
            "title": title,
            "url": elink,
            "published": published,
            "authors": authors,
            "entry_id": e.get("id"),
            "entry": i,
        }
        artifact = Artifact(
            text.encode("utf-8"),
            "text/plain",
            method,
            role="entry",
            meta={k: v for k, v in emeta.items() if v not in (None, [], "")},
        )
        result.entries.append(
            FeedEntry(i, title, elink, e.get("id"), published, authors, summary, artifact)
        )
        result.artifacts.append(artifact)
    meta["entries"] = len(result.entries)
    result.metadata = meta
    result.steps.append(
        {"action": "derived-entries", "method": method, "entries": len(result.entries)}
    )
    return result
