"""Fetching evidence over HTTP, from a server on 127.0.0.1 (no test touches the network)."""

from __future__ import annotations

import socket

import pytest
from ingest_samples import HTML_EN, RSS

from recuento.errors import ValidationError
from recuento.ingest.fetch import fetch, is_url
from recuento.services.ingesting import IngestOptions, ingest


def test_fetch_returns_the_bytes_and_names_recuento(http_server):
    url = http_server.add("/ba.html", HTML_EN, "text/html; charset=utf-8")
    got = fetch(url)
    assert got.data == HTML_EN.encode() and got.status == 200
    assert got.media_type == "text/html" and got.charset == "utf-8"
    assert got.url == got.final_url == url
    assert got.fetched_at.endswith("Z")
    assert http_server.seen[-1]["user-agent"].startswith("recuento/")


def test_fetch_follows_redirects_and_records_where_it_ended(http_server):
    target = http_server.add("/new.html", HTML_EN)
    got = fetch(http_server.redirect("/old.html", target))
    assert got.final_url == target and got.url.endswith("/old.html")


def test_fetch_errors_are_clear(http_server):
    with pytest.raises(ValidationError, match="answered 404"):
        fetch(http_server.base + "/nothing-here")
    url = http_server.add("/big.html", "x" * 5000)
    with pytest.raises(ValidationError, match="more than the limit"):
        fetch(url, max_bytes=1000)
    with pytest.raises(ValidationError, match="only http"):
        fetch("file:///etc/passwd")


def test_fetch_from_a_closed_port_says_it_cannot_reach_it():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    with pytest.raises(ValidationError, match="cannot reach"):
        fetch(f"http://127.0.0.1:{port}/x", timeout=5)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("https://example.org/a", True),
        ("http://127.0.0.1:8000/", True),
        ("ftp://example.org/a", False),
        ("page.html", False),
        ("C:/data/page.html", False),
    ],
)
def test_is_url(text: str, expected: bool) -> None:
    assert is_url(text) is expected


def test_ingest_a_url_logs_the_fetch_in_custody(http_server, workspace_ws):
    url = http_server.add("/ba.html", HTML_EN, "text/html; charset=utf-8")
    report = ingest(workspace_ws, url)
    assert report.format == "html" and report.origin == "ba.html"
    custody = workspace_ws.custody(report.source)
    assert [c["action"] for c in custody] == ["received", "fetched", "derived-text"]
    fetched = custody[1]["detail"]
    assert fetched["url"] == url and fetched["status"] == 200
    assert fetched["content_type"] == "text/html; charset=utf-8"
    assert fetched["tool"].startswith("recuento/")
    # the page's canonical address is its URL; where we fetched it is in custody
    assert workspace_ws.source(report.source).url == "https://rights.example.org/barrios-altos-30"


def test_ingest_a_url_that_fails_writes_nothing(http_server, workspace_ws):
    with pytest.raises(ValidationError, match="404"):
        ingest(workspace_ws, http_server.base + "/gone.html")
    assert workspace_ws.sources() == []


def test_feed_from_a_url_with_fetched_entries(http_server, workspace_ws):
    feed_url = http_server.add(
        "/feed.xml", RSS.replace("{base}", http_server.base), "application/rss+xml"
    )
    http_server.add("/indulto.html", HTML_EN)  # any article page will do here
    seen: list[tuple[int, int]] = []
    report = ingest(
        workspace_ws,
        feed_url,
        IngestOptions(fetch_entries=True),
        progress=lambda done, total: seen.append((done, total)),
    )
    assert seen == [(1, 2), (2, 2)]
    first, second = report.entries
    assert first.article is not None and first.article.format == "html"
    assert second.article is None  # /missing.html answered 404
    (warning,) = report.warnings
    assert "entry 2" in warning.message and "404" in warning.message
    article_custody = workspace_ws.custody(first.article.source)
    fetched = next(c for c in article_custody if c["action"] == "fetched")
    assert fetched["detail"]["feed"] == report.source and fetched["detail"]["entry"] == 1
    assert fetched["detail"]["entry_source"] == first.source
    assert workspace_ws.source(report.source).url == feed_url  # the feed, not the site
