"""Settings: one frozen dataclass, every setting with a default and a help line.

Read from ``RECUENTO_*`` environment variables by :meth:`Settings.from_env`; passed down
explicitly to whatever needs it (no module-level globals).
"""

from __future__ import annotations

import getpass
import os
from dataclasses import dataclass, field, fields, replace
from pathlib import Path
from typing import Any

from recuento.errors import ConfigurationError

DEFAULT_DATABASE_URL = "sqlite:///recuento.db"
LANGUAGES = ("en", "es")


def _default_user() -> str:
    try:
        return getpass.getuser()
    except (KeyError, OSError):  # no passwd entry in some containers
        return "unknown"


@dataclass(frozen=True)
class Settings:
    database_url: str = field(
        default=DEFAULT_DATABASE_URL,
        metadata={"help": "SQLAlchemy URL of the store: a SQLite file (default) or PostgreSQL."},
    )
    user: str = field(
        default_factory=_default_user,
        metadata={"help": "Who is making changes; recorded in the history and chain of custody."},
    )
    language: str = field(
        default="en",
        metadata={"help": "Language of messages and labels: en or es."},
    )
    role: str = field(
        default="admin",
        metadata={
            "help": "Role whose view is shown: public, researcher (sees restricted) or admin "
            "(sees confidential too). The command line defaults to admin, a local owner."
        },
    )
    shared_dir: str | None = field(
        default=None,
        metadata={
            "help": "Path to the team's shared folder (design notes, worked example, reference "
            "data). Tests that need it skip when it is unset or absent."
        },
    )

    def __post_init__(self) -> None:
        if self.language not in LANGUAGES:
            raise ConfigurationError(
                f"RECUENTO_LANGUAGE must be one of {', '.join(LANGUAGES)}, not {self.language!r}"
            )
        if self.role not in ("public", "researcher", "admin"):
            raise ConfigurationError(
                f"RECUENTO_ROLE must be public, researcher or admin, not {self.role!r}"
            )
        if not self.database_url:
            raise ConfigurationError("RECUENTO_DATABASE_URL must not be empty")

    @classmethod
    def from_env(cls, environ: dict[str, str] | None = None, **overrides: Any) -> Settings:
        env = os.environ if environ is None else environ
        values: dict[str, Any] = {}
        for f in fields(cls):
            key = "RECUENTO_" + f.name.upper()
            if key in env and env[key] != "":
                values[f.name] = env[key]
        values.update({k: v for k, v in overrides.items() if v is not None})
        return cls(**values)

    def with_db_path(self, path: str | Path | None) -> Settings:
        """These settings, pointed at a SQLite file (or left alone when ``path`` is None)."""
        if path is None:
            return self
        text = str(path)
        if "://" in text:
            return replace(self, database_url=text)
        return replace(self, database_url=f"sqlite:///{Path(text).expanduser()}")

    def shared_path(self) -> Path | None:
        """The shared folder if it is set and exists, else None."""
        if not self.shared_dir:
            return None
        p = Path(self.shared_dir).expanduser()
        return p if p.is_dir() else None

    @staticmethod
    def documentation() -> list[tuple[str, str, str]]:
        """(environment variable, default, help) for every setting, for the docs."""
        out = []
        for f in fields(Settings):
            default = "" if f.default is None or callable(f.default) else str(f.default)
            if f.name == "user":
                default = "the login name"
            out.append(("RECUENTO_" + f.name.upper(), default, f.metadata.get("help", "")))
        return out
