"""The one exception tree of recuento, and its warnings.

::

    RecuentoError
    ├── ConfigurationError          a setting is missing or malformed
    ├── MissingExtraError           an optional dependency is not installed
    ├── ValidationError(ValueError) bad input; carries every Problem found, with locations
    │   └── CodingError             a coding file could not be imported
    ├── NotFoundError(LookupError)  a record, source or claim does not exist
    ├── StorageError                the database refused or failed
    │   └── SchemaError             the database schema is missing or too old/new
    └── EstimationError(ValueError) capture histories cannot be estimated as asked

    EstimationWarning(UserWarning)
    ├── ConvergenceWarning          a sampler or optimiser did not converge
    └── SparseTableWarning          empty or tiny cells make the estimate fragile

Exceptions are for bad input and failures; warnings are for statistical trouble that a
user must see but that does not stop the work. HTTP status codes live only in the web layer.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Problem:
    """One thing wrong with an input, and where it is."""

    message: str
    file: str | None = None
    line: int | None = None
    field: str | None = None
    code: str = "invalid"

    def location(self) -> str:
        parts = []
        if self.file:
            parts.append(self.file if self.line is None else f"{self.file}:{self.line}")
        elif self.line is not None:
            parts.append(f"line {self.line}")
        if self.field:
            parts.append(self.field)
        return " ".join(parts)

    def __str__(self) -> str:
        where = self.location()
        return f"{where}: {self.message}" if where else self.message

    def to_dict(self) -> dict[str, object]:
        return {
            "message": self.message,
            "file": self.file,
            "line": self.line,
            "field": self.field,
            "code": self.code,
        }


class RecuentoError(Exception):
    """Base of every error recuento raises on purpose."""


class ConfigurationError(RecuentoError):
    """A setting is missing or malformed."""


class MissingExtraError(RecuentoError, ImportError):
    """An optional dependency is not installed; the message names the extra to install."""

    def __init__(self, package: str, extra: str) -> None:
        super().__init__(
            f"{package} is not installed. Install it with: pip install 'recuento[{extra}]'"
        )
        self.package = package
        self.extra = extra


class ValidationError(RecuentoError, ValueError):
    """Bad input. Holds every problem found, so a user can fix them all in one go."""

    def __init__(self, problems: list[Problem] | Problem | str) -> None:
        if isinstance(problems, str):
            problems = [Problem(problems)]
        elif isinstance(problems, Problem):
            problems = [problems]
        self.problems: list[Problem] = list(problems)
        n = len(self.problems)
        head = str(self.problems[0]) if n == 1 else f"{n} problems found"
        super().__init__(head)

    def __str__(self) -> str:
        if len(self.problems) == 1:
            return str(self.problems[0])
        lines = [f"{len(self.problems)} problems found:"]
        lines += [f"  {i}. {p}" for i, p in enumerate(self.problems, 1)]
        return "\n".join(lines)


class CodingError(ValidationError):
    """A coding file could not be imported; nothing was written."""


class NotFoundError(RecuentoError, LookupError):
    """A record, source or claim does not exist."""


class StorageError(RecuentoError):
    """The database refused or failed."""


class SchemaError(StorageError):
    """The database schema is missing, or not the version this recuento expects."""


class OcrError(RecuentoError):
    """Tesseract ran but could not read an image (a broken file, an unknown format)."""


class OcrUnavailableError(OcrError):
    """Tesseract, or the data of a language it needs, is not installed.

    ``packages`` are the Debian packages that provide what is missing.
    """

    def __init__(self, message: str, packages: tuple[str, ...]) -> None:
        install = "sudo apt-get install " + " ".join(packages)
        super().__init__(f"{message}. Install it with: {install}")
        self.packages = packages


class EstimationError(RecuentoError, ValueError):
    """Capture histories cannot be estimated as asked."""


class EstimationWarning(UserWarning):
    """Statistical trouble a user must see."""


class ConvergenceWarning(EstimationWarning):
    """A sampler or optimiser did not converge."""


class SparseTableWarning(EstimationWarning):
    """Empty or tiny cells make the estimate fragile."""
