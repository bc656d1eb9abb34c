"""Fetching a source over HTTP(S): with a timeout, a size limit and a User-Agent naming recuento.

Fetching evidence at run time is fine (it is what a documentarian does in a browser); fetching a
model never is. Only the standard library is used. What comes back is the exact bytes received
and the facts a chain of custody needs: the address asked for, the address answered from (after
redirects), the status, the media type and the time.
"""

from __future__ import annotations

import platform
import urllib.error
import urllib.request
from dataclasses import dataclass, field
from datetime import UTC, datetime
from importlib import metadata as importlib_metadata
from typing import Any
from urllib.parse import urlsplit

from recuento.errors import Problem, ValidationError

__all__ = ["DEFAULT_MAX_BYTES", "DEFAULT_TIMEOUT", "Fetched", "fetch", "is_url", "user_agent"]

DEFAULT_TIMEOUT = 30.0  # seconds, for connecting and for each read
DEFAULT_MAX_BYTES = 50 * 1024 * 1024
_CHUNK = 64 * 1024


def _version() -> str:
    try:
        return importlib_metadata.version("recuento")
    except importlib_metadata.PackageNotFoundError:
        return "dev"


def user_agent() -> str:
    return (
        f"recuento/{_version()} (human-rights documentation; "
        f"Python-urllib/{platform.python_version()})"
    )


def is_url(text: str) -> bool:
    """Whether ``text`` is an http(s) address (rather than a file name)."""
    parts = urlsplit(text.strip())
    return parts.scheme in ("http", "https") and bool(parts.netloc)


@dataclass(frozen=True)
class Fetched:
    """The bytes an address answered with, and how they were obtained."""

    url: str
    final_url: str
    status: int
    media_type: str | None  # without parameters, e.g. "text/html"
    charset: str | None
    data: bytes
    fetched_at: str  # UTC ISO 8601
    headers: dict[str, str] = field(default_factory=dict)

    def custody_detail(self) -> dict[str, Any]:
        return {
            "url": self.url,
            "final_url": self.final_url,
            "status": self.status,
            "content_type": self.headers.get("content-type"),
            "last_modified": self.headers.get("last-modified"),
            "etag": self.headers.get("etag"),
            "size": len(self.data),
            "tool": user_agent(),
        }


def _problem(url: str, message: str) -> ValidationError:
    return ValidationError(Problem(message, file=url, code="fetch"))


def fetch(
    url: str,
    *,
    timeout: float = DEFAULT_TIMEOUT,
    max_bytes: int = DEFAULT_MAX_BYTES,
    agent: str | None = None,
) -> Fetched:
    """GET ``url`` and return the bytes; a clear :class:`ValidationError` on any failure
    (not http(s), unreachable, timeout, an HTTP error status, more than ``max_bytes``)."""
    if not is_url(url):
        raise _problem(url, "only http:// and https:// addresses can be fetched")
    request = urllib.request.Request(
        url,
        headers={
            "User-Agent": agent or user_agent(),
            "Accept": "text/html,application/xhtml+xml,application/pdf,application/rss+xml,"
            "application/atom+xml,text/csv,text/plain;q=0.9,*/*;q=0.5",
        },
    )
    fetched_at = datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:  # noqa: S310 - http(s) only
            declared = response.headers.get("Content-Length")
            if declared and declared.isdigit() and int(declared) > max_bytes:
                raise _problem(
                    url, f"the answer is {int(declared):,} bytes, more than the limit {max_bytes:,}"
                )
            chunks: list[bytes] = []
            size = 0
            while True:
                chunk = response.read(_CHUNK)
                if not chunk:
                    break
                size += len(chunk)
                if size > max_bytes:
                    raise _problem(url, f"the answer is more than the limit of {max_bytes:,} bytes")
                chunks.append(chunk)
            headers = {k.lower(): v for k, v in response.headers.items()}
            final = response.geturl()
            if not is_url(final):
                raise _problem(url, f"redirected to a non-http address: {final}")
            return Fetched(
                url=url,
                final_url=final,
                status=int(response.status),
                media_type=response.headers.get_content_type()
                if "content-type" in headers
                else None,
                charset=response.headers.get_content_charset(),
                data=b"".join(chunks),
                fetched_at=fetched_at,
                headers=headers,
            )
    except ValidationError:
        raise
    except urllib.error.HTTPError as exc:
        raise _problem(url, f"the server answered {exc.code} {exc.reason}") from None
    except urllib.error.URLError as exc:
        reason = exc.reason
        if isinstance(reason, TimeoutError):
            raise _problem(url, f"no answer within {timeout:g} seconds") from None
        raise _problem(url, f"cannot reach the address: {reason}") from None
    except TimeoutError:
        raise _problem(url, f"no answer within {timeout:g} seconds") from None
    except (OSError, ValueError) as exc:
        raise _problem(url, f"cannot fetch: {exc}") from None
