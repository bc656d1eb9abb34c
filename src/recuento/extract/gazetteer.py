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

__all__ = [
    "Entry",
    "Gazetteer",
    "Match",
    "deaccent",
    "load_given_names",
    "refine_organizations",
]

PLACE_LEVELS = ("site", "locality", "district", "province", "region", "country")
# built-in place files, read in this order (Peru first, then the rest of the world)
PLACE_FILES = ("places.csv", "places_world.csv")


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
        """The built-in place gazetteers (``PLACE_FILES``), extended with ``extra`` CSV files."""
        gaz = cls(e for name in PLACE_FILES for e in _read(name, None, kind="place"))
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


# ---- organisation shapes ------------------------------------------------------------------------

_ORDINAL_BEFORE = re.compile(
    r"(?:^|(?<=[^\w]))(?:Primer[ao]?|Segund[ao]|Tercer[ao]?|Cuart[ao]|Quint[ao]|Sext[ao]|Septim[ao]|"
    r"Octav[ao]|Noven[ao]|Decim[ao]|Suprem[ao]|Alt[ao]|Gran)\s+$"
)
# "Court No. 1", "Tribunal Oral Federal 1", "Tribunal de Mayor Riesgo C", "Chamber A"
_DESIGNATOR_AFTER = re.compile(
    r"\s+(?:(?:No\.?|N[°º]\.?|Nro\.?|Number|Numero)\s*(?P<n>\d{1,3})|(?P<d>\d{1,2})|(?P<l>[A-E]))"
    r"(?![\w.'’-])(?!\s+(?:years?|anos|de\s+(?:enero|febrero|marzo|abril|mayo|junio|julio|agosto|"
    r"septiembre|setiembre|octubre|noviembre|diciembre)))"
)
_PLACE_TAIL = re.compile(
    r"\s+(?:of|de|del)\s+(?:(?:La|El|Los|Las)\s+)?[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?"
)
_DESIGNATED_HEAD = re.compile(
    r"\b(?:court|tribunal|chamber|sala|juzgado|camara|division|battalion|batallon|brigade|brigada|"
    r"fiscalia|prosecutor's\s+office|zone|zona|region|command|comando)\b",
    re.IGNORECASE,
)
_ACRONYM_PAREN = re.compile(r"\s*\((?P<a>[A-Z][A-Z0-9&]{1,7})\)")
_NAME_WORD = re.compile(r"[A-Z][a-z]+(?:['’]s)?|[A-Z]{2,}")
_NAME_LINK = {"de", "del", "la", "las", "los", "y", "e", "of", "the", "for", "and", "para", "pro"}
_ACR_HEADS = re.compile(
    r"\b(?:office|oficina|association|asociacion|group|grupo|project|proyecto|archive|archivo|"
    r"institute|instituto|commission|comision|committee|comite|council|consejo|center|centre|"
    r"centro|foundation|fundacion|movement|movimiento|front|frente|union|federation|"
    r"federacion|network|red|team|equipo|service|servicio|agency|agencia|bureau|court|tribunal|"
    r"corte|police|policia|army|ejercito|navy|armada|party|partido|coordinator|coordinadora|"
    r"alliance|alianza|mission|mision|program|programme|programa|ministry|"
    r"ministerio|secretariat|secretaria|directorate|direccion|unit|unidad|command|comando)\b",
    re.IGNORECASE,
)
# shapes shared by the organisation finders: international bodies, guards and security services
# named without a gazetteer entry
SHAPE_KINDS_FIRST = [
    (r"court|tribunal|chamber|sala|juzgado|corte|camara|audiencia", "court"),
    (
        r"inter-?american[oa]?|interamericana|united\s+nations|naciones\s+unidas|"
        r"african\s+union|union\s+africana|european\s+union|union\s+europea",
        "other",
    ),
    (r"national\s+guard|guardia\s+nacional", "armed_forces"),
    (
        r"(?:directorate|direccion|department|departamento|servicio|service)\s+(?:[\w-]+\s+){0,3}?"
        r"(?:security|seguridad|informacion|information|inteligencia|intelligence)\b"
        r"(?!\s+(?:publica|public|social|ciudadana))",
        "intelligence",
    ),
]
_SHAPE_KINDS = [
    *SHAPE_KINDS_FIRST,
    (
        r"army|ejercito|navy|armada|battalion|batallon|brigade|brigada|command|comando",
        "armed_forces",
    ),
    (r"police|policia", "police"),
    (r"party|partido", "political_party"),
    (r"prison|penal|carcel", "prison"),
    (
        r"association|asociacion|group|grupo|foundation|fundacion|center|centre|centro|"
        r"committee|comite|coordinadora|coordinator|network|red|team|equipo|project|proyecto|"
        r"office\s+of\s+human\s+rights|oficina\s+de\s+derechos",
        "ngo",
    ),
    (
        r"ministry|ministerio|office|oficina|commission|comision|council|consejo|archive|archivo|"
        r"institute|instituto|secretariat|secretaria|directorate|direccion|service|servicio",
        "government",
    ),
]


def _shape_kind(name: str) -> str:
    low = deaccent(name).lower()
    for pat, kind in _SHAPE_KINDS:
        if re.search(rf"\b(?:{pat})\b", low):
            return kind
    return "other"


def _named_phrase_before(flat: str, end: int) -> int | None:
    """Start of the capitalised name that ends at ``end`` ("Grupo de Apoyo Mutuo", "Office of
    Human Rights"), walking back over name words and the small words that join them."""
    words = list(re.finditer(r"\S+", flat[max(0, end - 160) : end]))
    base = max(0, end - 160)
    start = None
    for w in reversed(words):
        tok = w.group()
        if re.search(r"[.;:!?)\"”(]$", tok) or re.match(r"^[\"“(]", tok):
            break
        bare = tok.rstrip(",")
        if tok.endswith(","):
            break
        if _NAME_WORD.fullmatch(bare):
            start = base + w.start()
            continue
        if bare.lower() in _NAME_LINK and start is not None:
            continue
        break
    if start is None:
        return None
    # do not start on a joining word or a leading article
    m = re.match(r"(?:(?:The|El|La|Los|Las)\s+)", flat[start:end])
    if m and len(flat[start + m.end() : end].split()) >= 2:
        start += m.end()
    # a name does not start with a joining word ("de Apoyo"): move to the next name word
    while flat[start:end].split() and flat[start:end].split()[0].lower() in _NAME_LINK:
        start += len(flat[start:end].split()[0]) + 1
    return start


def refine_organizations(
    text: str, matches: list[Match], places: Gazetteer | None = None
) -> list[Match]:
    """General organisation shapes on top of the gazetteer and head-word matches:

    * a name followed by its acronym in brackets, "Grupo de Apoyo Mutuo (GAM)", is an
      organisation, and later bare mentions of the acronym are the same one;
    * an ordinal or "Suprema" before a head belongs to the name ("Cuarta Sala", "Suprema Corte");
    * a number or letter after a court or unit belongs to it ("Federal Oral Court No. 1 of La
      Plata", "Tribunal de Mayor Riesgo C").
    """
    flat = deaccent(text)
    out = list(matches)

    def overlaps(s: int, e: int, skip: Match | None = None) -> bool:
        return any(o is not skip and o.start < e and s < o.end for o in out)

    # names with their acronym
    for am in _ACRONYM_PAREN.finditer(flat):
        acr = am.group("a")
        end = am.start()
        start = _named_phrase_before(flat, end)
        if start is None:
            continue
        phrase = flat[start:end]
        caps = [w for w in phrase.split() if w[:1].isupper()]
        if len(caps) < 2:
            continue
        initials = "".join(w[0] for w in caps)
        letters_ok = acr.rstrip("0123456789") == initials or (
            acr[0] == initials[0] and all(c in initials for c in acr)
        )
        if not letters_ok and not _ACR_HEADS.search(phrase):
            continue
        if places is not None and any(
            p.start == 0 and p.end == len(phrase) for p in places.find(text[start:end])
        ):
            continue  # a known place with its acronym ("Escuela de Mecánica de la Armada (ESMA)")
        inside = [o for o in out if start <= o.start and o.end <= end]
        if any(o.start < end and start < o.end and o not in inside for o in out):
            continue  # part of a longer known name
        known_acr = next(
            (o for o in out if o.start <= am.start("a") < o.end and o.entry.country), None
        )
        if known_acr is not None:
            # "Escuela de Mecánica de la Armada (ESMA)": the gazetteer knows the acronym
            for o in inside:
                out.remove(o)
            out.append(Match(start, end, text[start:end], known_acr.entry))
            continue
        if any(o.surface.lower() == text[start:end].lower() for o in inside):
            known = next(o for o in inside if o.surface.lower() == text[start:end].lower())
            entry = known.entry
        else:
            for o in inside:
                out.remove(o)
            entry = Entry(text[start:end], _shape_kind(phrase), "", (acr,))
            out.append(Match(start, end, text[start:end], entry))
        for bm in re.finditer(rf"(?<![\w-]){re.escape(acr)}(?![\w-])", flat):
            if not overlaps(bm.start(), bm.end()):
                out.append(Match(bm.start(), bm.end(), text[bm.start() : bm.end()], entry))
    # ordinals before, designators after
    refined: list[Match] = []
    for o in sorted(out, key=lambda x: x.start):
        s, e = o.start, o.end
        lead = _ORDINAL_BEFORE.search(flat[max(0, s - 12) : s])
        if lead:
            s = max(0, s - 12) + lead.start()
        if _DESIGNATED_HEAD.search(flat[o.start : o.end]):
            dm = _DESIGNATOR_AFTER.match(flat, e)
            if dm:
                e = dm.end()
                tail = _PLACE_TAIL.match(flat, e)
                if tail:
                    e = tail.end()
        art = re.match(r"(?:El|La|Los|Las|The)\s+", flat[s:e])
        if art and (s, e) != (o.start, o.end):
            s += art.end()
        if (s, e) != (o.start, o.end) and not any(
            x is not o and x.start < e and s < x.end for x in out
        ):
            shape = o.entry.name == o.surface and not o.entry.country
            entry = Entry(text[s:e], o.entry.kind, "", o.entry.aliases) if shape else o.entry
            o = Match(s, e, text[s:e], entry)
        refined.append(o)
    return sorted(refined, key=lambda x: x.start)
