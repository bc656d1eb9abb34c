"""Gazetteers: named organisations and places, loaded from CSV data files users can extend.

A gazetteer file is CSV with a header; lines starting with ``#`` are comments. Organisations:
``name,kind,country,aliases``; places: ``name,level,within,country,aliases``; aliases are
separated by ``|``. Matching is accent-insensitive; an alias written with a capital letter
matches only capitalised text (so "Colina" does not match the Spanish word "colina"), and an
alias written in lower case also matches its capitalised form.
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Iterable
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

from recuento.errors import Problem, ValidationError
from recuento.extract.model import ORGANIZATION_KINDS
from recuento.extract.text import _fold_char

__all__ = ["Entry", "Gazetteer", "Match", "deaccent", "load_given_names"]

PLACE_LEVELS = ("site", "locality", "district", "province", "region", "country")


def _is_acronym(alias: str) -> bool:
    letters = [c for c in alias if c.isalpha()]
    return bool(letters) and all(c.isupper() for c in letters) and len(alias) <= 8


def deaccent(text: str) -> str:
    """Strip accents one character at a time, keeping case and offsets."""
    out = []
    for c in text:
        f = _fold_char(c)
        out.append(f.upper() if c.isupper() and f.isalpha() else f)
    return "".join(out)


@dataclass(frozen=True, slots=True)
class Entry:
    name: str
    kind: str  # organisation kind or place level
    country: str
    aliases: tuple[str, ...]
    within: str = ""


@dataclass(frozen=True, slots=True)
class Match:
    start: int
    end: int
    surface: str
    entry: Entry


class Gazetteer:
    """A set of named entries and a fast matcher over them."""

    def __init__(self, entries: Iterable[Entry]) -> None:
        self.entries: list[Entry] = list(entries)
        self.by_name: dict[str, Entry] = {e.name: e for e in self.entries}
        self._pattern: re.Pattern[str] | None = None
        self._acr_pattern: re.Pattern[str] | None = None
        self._lookup: dict[str, Entry] = {}
        self._acronyms: dict[str, Entry] = {}

    def __len__(self) -> int:
        return len(self.entries)

    def extended(self, other: Iterable[Entry]) -> Gazetteer:
        """A new gazetteer with ``other``'s entries added (same name: the later one wins)."""
        merged = {e.name: e for e in self.entries}
        for e in other:
            merged[e.name] = e
        return Gazetteer(merged.values())

    def _compile(self) -> re.Pattern[str]:
        if self._pattern is None:
            forms: dict[str, Entry] = {}
            acronyms: dict[str, Entry] = {}
            for e in self.entries:
                for alias in (e.name, *e.aliases):
                    alias = alias.strip()
                    if not alias:
                        continue
                    key = deaccent(alias)
                    if _is_acronym(key):
                        acronyms.setdefault(key, e)
                    else:
                        forms.setdefault(key.lower(), e)
            self._lookup = forms
            self._acronyms = acronyms
            words = "|".join(re.escape(f) for f in sorted(forms, key=len, reverse=True))
            self._pattern = re.compile(rf"(?<![\w-])(?:{words})(?![\w-])", re.IGNORECASE)
            acr = "|".join(re.escape(f) for f in sorted(acronyms, key=len, reverse=True))
            self._acr_pattern = re.compile(rf"(?<![\w-])(?:{acr})(?![\w-])") if acr else None
        return self._pattern

    def find(self, text: str) -> list[Match]:
        """Non-overlapping matches, longest alias first, left to right.

        Names match whatever their case, as long as the text has a capital where the name has
        one ("Colina group" matches "Colina Group", "colina" does not); acronyms ("SIN", "PCP")
        match only in capitals.
        """
        if not self.entries:
            return []
        pattern = self._compile()
        flat = deaccent(text)
        out: list[Match] = []
        for m in pattern.finditer(flat):
            key = m.group().lower()
            entry = self._lookup.get(key)
            if entry is None:
                continue
            alias_has_cap = any(
                deaccent(a).lower() == key and any(c.isupper() for c in deaccent(a))
                for a in (entry.name, *entry.aliases)
            )
            if alias_has_cap and not any(c.isupper() for c in m.group()):
                continue
            out.append(Match(m.start(), m.end(), text[m.start() : m.end()], entry))
        if self._acr_pattern is not None:
            taken = [(x.start, x.end) for x in out]
            for m in self._acr_pattern.finditer(flat):
                if any(a < m.end() and m.start() < b for a, b in taken):
                    continue
                out.append(
                    Match(m.start(), m.end(), text[m.start() : m.end()], self._acronyms[m.group()])
                )
        return sorted(out, key=lambda x: x.start)

    def ancestors(self, name: str) -> list[str]:
        """Names of the places containing ``name`` (nearest first)."""
        out: list[str] = []
        seen = {name}
        entry = self.by_name.get(name)
        while entry is not None and entry.within and entry.within not in seen:
            out.append(entry.within)
            seen.add(entry.within)
            entry = self.by_name.get(entry.within)
        return out

    # ---- loading -----------------------------------------------------------------------------

    @classmethod
    def organizations(cls, *extra: str | Path) -> Gazetteer:
        """The built-in organisation gazetteer, extended with ``extra`` CSV files."""
        gaz = cls(_read("organizations.csv", None, kind="organization"))
        for path in extra:
            gaz = gaz.extended(_read(None, Path(path), kind="organization"))
        return gaz

    @classmethod
    def places(cls, *extra: str | Path) -> Gazetteer:
        """The built-in place gazetteer, extended with ``extra`` CSV files."""
        gaz = cls(_read("places.csv", None, kind="place"))
        for path in extra:
            gaz = gaz.extended(_read(None, Path(path), kind="place"))
        return gaz


def _data_text(name: str) -> str:
    return resources.files("recuento.extract").joinpath("data", name).read_text(encoding="utf-8")


def _read(resource: str | None, path: Path | None, *, kind: str) -> list[Entry]:
    label = resource if resource is not None else str(path)
    try:
        raw = _data_text(resource) if resource is not None else Path(str(path)).read_text("utf-8")
    except OSError as exc:
        raise ValidationError(
            Problem(f"cannot read gazetteer: {exc.strerror}", file=label)
        ) from exc
    except UnicodeDecodeError as exc:
        raise ValidationError(Problem("gazetteer is not UTF-8 text", file=label)) from exc
    lines = [ln for ln in raw.splitlines() if ln.strip() and not ln.lstrip().startswith("#")]
    reader = csv.DictReader(io.StringIO("\n".join(lines)))
    entries: list[Entry] = []
    problems: list[Problem] = []
    for n, row in enumerate(reader, start=2):
        name = (row.get("name") or "").strip()
        if not name:
            problems.append(Problem("missing name", file=label, line=n, field="name"))
            continue
        aliases = tuple(a.strip() for a in (row.get("aliases") or "").split("|") if a.strip())
        country = (row.get("country") or "").strip()
        if kind == "organization":
            k = (row.get("kind") or "other").strip()
            if k not in ORGANIZATION_KINDS:
                problems.append(
                    Problem(f"unknown organisation kind {k!r}", file=label, line=n, field="kind")
                )
                continue
            entries.append(Entry(name, k, country, aliases))
        else:
            level = (row.get("level") or "locality").strip()
            if level not in PLACE_LEVELS:
                problems.append(
                    Problem(f"unknown place level {level!r}", file=label, line=n, field="level")
                )
                continue
            within = (row.get("within") or "").strip()
            entries.append(Entry(name, level, country, aliases, within))
    if problems:
        raise ValidationError(problems)
    return entries


def load_given_names() -> dict[str, str]:
    """Given name (accent-folded, lower case) -> 'm' or 'f'."""
    out: dict[str, str] = {}
    for line in _data_text("given_names.csv").splitlines():
        if not line.strip() or line.startswith("#") or line.startswith("name,"):
            continue
        name, _, sex = line.partition(",")
        out["".join(_fold_char(c) for c in name.strip())] = sex.strip()
    return out


def load_public_figures() -> dict[str, str]:
    """Accent-folded, lower-case surname (one or more words) -> the full name."""
    out: dict[str, str] = {}
    for line in _data_text("public_figures.csv").splitlines():
        if not line.strip() or line.startswith("#") or line.startswith("surname,"):
            continue
        surname, name, _sex = (x.strip() for x in line.split(",", 2))
        out["".join(_fold_char(c) for c in surname)] = name
    return out
