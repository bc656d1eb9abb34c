"""Fixtures for ingest tests: short texts about documented cases (our own prose), a hand-built PDF
with a text layer, and a web server on 127.0.0.1 so that no test touches the network."""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
from ingest_samples import PDF_PAGES, make_pdf


@pytest.fixture
def pdf_bytes() -> bytes:
    return make_pdf(
        PDF_PAGES,
        {"Title": "La Cantuta", "Author": "Equipo de documentación", "CreationDate": "D:20090407"},
    )


@pytest.fixture
def workspace_ws(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    """A fresh SQLite store in a temporary folder (user: tester)."""
    from recuento.config import Settings
    from recuento.services.workspace import Workspace

    ws = Workspace.open(
        Settings(database_url=f"sqlite:///{tmp_path / 'ingest.db'}", user="tester", role="admin")
    )
    yield ws
    ws.close()


Route = tuple[int, str, bytes]  # status, content type, body


class _Handler(BaseHTTPRequestHandler):
    routes: dict[str, Route] = {}
    seen: list[dict[str, str]] = []

    def do_GET(self) -> None:  # noqa: N802 - http.server's name
        self.seen.append({"path": self.path, "user-agent": self.headers.get("User-Agent", "")})
        route = self.routes.get(self.path)
        if route is None:
            self.send_response(404)
            self.send_header("Content-Length", "0")
            self.end_headers()
            return
        status, ctype, body = route
        self.send_response(status)
        if status in (301, 302, 303, 307, 308):
            self.send_header("Location", ctype)
            self.send_header("Content-Length", "0")
            self.end_headers()
            return
        self.send_header("Content-Type", ctype)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, format: str, *args: object) -> None:  # noqa: A002 - silence
        pass


class LocalServer:
    def __init__(self, routes: dict[str, Route], seen: list[dict[str, str]], base: str) -> None:
        self.routes = routes
        self.seen = seen
        self.base = base

    def add(self, path: str, body: bytes | str, ctype: str = "text/html", status: int = 200) -> str:
        data = body.encode("utf-8") if isinstance(body, str) else body
        self.routes[path] = (status, ctype, data)
        return self.base + path

    def redirect(self, path: str, to: str, status: int = 301) -> str:
        self.routes[path] = (status, to, b"")
        return self.base + path


@pytest.fixture
def http_server(monkeypatch: pytest.MonkeyPatch) -> Iterator[LocalServer]:
    """A web server on 127.0.0.1 serving whatever a test adds with ``server.add(path, body)``."""
    for var in ("http_proxy", "https_proxy", "HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY"):
        monkeypatch.delenv(var, raising=False)
    monkeypatch.setenv("NO_PROXY", "127.0.0.1,localhost")
    routes: dict[str, Route] = {}
    seen: list[dict[str, str]] = []
    handler = type("Handler", (_Handler,), {"routes": routes, "seen": seen})
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, args=(0.05,), daemon=True)
    thread.start()
    try:
        yield LocalServer(routes, seen, f"http://127.0.0.1:{server.server_address[1]}")
    finally:
        server.shutdown()
        server.server_close()
        thread.join(timeout=5)


@pytest.fixture
def write(tmp_path: Path) -> Callable[[str, bytes | str], Path]:
    def _write(name: str, content: bytes | str) -> Path:
        p = tmp_path / name
        p.write_bytes(content.encode("utf-8") if isinstance(content, str) else content)
        return p

    return _write
