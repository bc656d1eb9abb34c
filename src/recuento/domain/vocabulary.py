"""Controlled vocabularies: stable term ids, English and Spanish labels, crosswalk codes.

Every vocabulary is one TOML file in ``recuento/domain/vocabularies/`` whose name is the
vocabulary's name (``event_type.toml``). A documentarian may add terms, or whole new
vocabularies, with files of the same format in folders of their own
(``load_vocabularies(extra_dirs=[...])``). The format, the matching rules and every shipped
term are documented in ``docs/vocabularies.md`` (generated from these files).

Term ids are contracts: snake_case, stable, never reused for another meaning. Labels are for
people; ids are for data. :meth:`Vocabulary.normalise` turns what a person typed (an id with
hyphens, a label in English or Spanish, with or without accents) into the id.

Pure standard library: files are read with :mod:`tomllib` through :mod:`importlib.resources`.
"""

from __future__ import annotations

import difflib
import functools
import re
import tomllib
import unicodedata
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from importlib import resources
from importlib.resources.abc import Traversable
from pathlib import Path
from types import MappingProxyType
from typing import Any

from recuento.errors import NotFoundError, Problem, ValidationError

__all__ = [
    "REQUIRED_LANGUAGES",
    "Term",
    "Vocabulary",
    "fold",
    "load_vocabularies",
    "vocabulary",
]

#: Languages every shipped term and vocabulary carries a label in. User files need only ``en``.
REQUIRED_LANGUAGES: tuple[str, ...] = ("en", "es")
DEFAULT_LANGUAGE = "en"

_ID_RE = re.compile(r"^[a-z][a-z0-9]*(?:_[a-z0-9]+)*$")
_LANG_RE = re.compile(r"^[a-z]{2,3}$")
_SCHEME_RE = re.compile(r"^[a-z][a-z0-9_]*$")
_SEPARATORS_RE = re.compile(r"[\s_\-\u2010-\u2015]+")
_TERMS_HEADER_RE = re.compile(r"^\s*\[\[\s*terms\s*\]\]")
_TOML_LINE_RE = re.compile(r"at line (\d+)")
_TERM_KEYS = frozenset({"id", "definition", "broader", "crosswalk"})
_FILE_KEYS = frozenset({"name", "label", "description", "terms"})

_EMPTY: Mapping[str, str] = MappingProxyType({})
_EMPTY_CROSSWALK: Mapping[str, tuple[str, ...]] = MappingProxyType({})


def fold(text: str) -> str:
    """The matching key of a text: accents dropped, case folded, separators made ``_``.

    ``"Desaparición forzada"``, ``"desaparicion-forzada"`` and ``"DESAPARICION_FORZADA"``
    all fold to ``"desaparicion_forzada"``.
    """
    decomposed = unicodedata.normalize("NFKD", text)
    bare = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return _SEPARATORS_RE.sub("_", bare.casefold()).strip("_")


def _frozen_str_map(value: Mapping[str, str] | None) -> Mapping[str, str]:
    return MappingProxyType(dict(value)) if value else _EMPTY


def _frozen_crosswalk(
    value: Mapping[str, Sequence[str]] | None,
) -> Mapping[str, tuple[str, ...]]:
    if not value:
        return _EMPTY_CROSSWALK
    return MappingProxyType({scheme: tuple(codes) for scheme, codes in value.items()})


@dataclass(frozen=True)
class Term:
    """One term: a stable id, labels and definitions by language, codes in other schemes."""

    id: str
    labels: Mapping[str, str]
    definitions: Mapping[str, str] = field(default_factory=dict)
    broader: str | None = None
    crosswalk: Mapping[str, tuple[str, ...]] = field(default_factory=dict)

    def __post_init__(self) -> None:
        object.__setattr__(self, "labels", _frozen_str_map(self.labels))
        object.__setattr__(self, "definitions", _frozen_str_map(self.definitions))
        object.__setattr__(self, "crosswalk", _frozen_crosswalk(self.crosswalk))
        object.__setattr__(self, "broader", self.broader or None)

    def __hash__(self) -> int:
        return hash(
            (
                self.id,
                tuple(sorted(self.labels.items())),
                tuple(sorted(self.definitions.items())),
                self.broader,
                tuple(sorted(self.crosswalk.items())),
            )
        )

    def label(self, lang: str = DEFAULT_LANGUAGE) -> str:
        """The label in ``lang``, else the English one, else the id."""
        return self.labels.get(lang) or self.labels.get(DEFAULT_LANGUAGE) or self.id

    def definition(self, lang: str = DEFAULT_LANGUAGE) -> str | None:
        """The definition in ``lang``, else the English one, else ``None``."""
        return self.definitions.get(lang) or self.definitions.get(DEFAULT_LANGUAGE)

    def codes(self, scheme: str) -> tuple[str, ...]:
        """This term's codes in another scheme (``esf``, ``acled``, ``ucdp``, ``plover`` …)."""
        return self.crosswalk.get(scheme, ())


_GENDER_PAIR_RE = re.compile(r"(\w)/a\b")


def _gender_forms(label: str) -> tuple[str, ...]:
    """``"Preso/a político/a"`` → itself, ``"Preso político"`` and ``"Presa política"``."""
    if "/a" not in label:
        return (label,)
    masculine = _GENDER_PAIR_RE.sub(r"\1", label)
    feminine = _GENDER_PAIR_RE.sub(lambda m: "a" if m[1] in "oe" else m[1] + "a", label)
    return (label, masculine, feminine)


def _match_keys(term: Term) -> set[str]:
    """Every text that :meth:`Vocabulary.normalise` maps to this term, folded."""
    keys = {fold(term.id)}
    for label in term.labels.values():
        keys.update(fold(form) for form in _gender_forms(label))
    keys.discard("")
    return keys


@dataclass(frozen=True)
class Vocabulary:
    """A named, ordered list of terms. Immutable; build new ones with :func:`load_vocabularies`."""

    name: str
    labels: Mapping[str, str]
    descriptions: Mapping[str, str]
    terms: tuple[Term, ...]
    _by_id: Mapping[str, Term] = field(init=False, repr=False, compare=False)
    _lookup: Mapping[str, str] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "labels", _frozen_str_map(self.labels))
        object.__setattr__(self, "descriptions", _frozen_str_map(self.descriptions))
        object.__setattr__(self, "terms", tuple(self.terms))
        problems: list[Problem] = []
        by_id: dict[str, Term] = {}
        lookup: dict[str, str] = {}
        for term in self.terms:
            if term.id in by_id:
                problems.append(Problem(f"duplicate term id {term.id!r}", field=self._f(term.id)))
                continue
            by_id[term.id] = term
        for term in by_id.values():
            for key in sorted(_match_keys(term)):
                other = lookup.setdefault(key, term.id)
                if other != term.id:
                    problems.append(
                        Problem(
                            f"term {term.id!r} cannot be told apart from {other!r}: "
                            f"both read as {key!r}",
                            field=self._f(term.id),
                        )
                    )
        for term in by_id.values():
            if term.broader is not None and term.broader not in by_id:
                problems.append(
                    Problem(
                        f"broader term {term.broader!r} is not in {self.name}",
                        field=self._f(term.id) + ".broader",
                    )
                )
        if problems:
            raise ValidationError(problems)
        object.__setattr__(self, "_by_id", MappingProxyType(by_id))
        object.__setattr__(self, "_lookup", MappingProxyType(lookup))

    def _f(self, term_id: str) -> str:
        return f"{self.name}.{term_id}"

    def __hash__(self) -> int:
        return hash((self.name, self.terms))

    def __contains__(self, term_id: object) -> bool:
        return isinstance(term_id, str) and term_id in self._by_id

    def __iter__(self) -> Iterator[Term]:
        return iter(self.terms)

    def __len__(self) -> int:
        return len(self.terms)

    def title(self, lang: str = DEFAULT_LANGUAGE) -> str:
        """The vocabulary's own label (``"Event type"``, ``"Tipo de evento"``)."""
        return self.labels.get(lang) or self.labels.get(DEFAULT_LANGUAGE) or self.name

    def description(self, lang: str = DEFAULT_LANGUAGE) -> str:
        return self.descriptions.get(lang) or self.descriptions.get(DEFAULT_LANGUAGE) or ""

    def ids(self) -> tuple[str, ...]:
        """Every term id, in the file's order."""
        return tuple(self._by_id)

    def term(self, term_id: str) -> Term:
        """The term with this exact id; :class:`NotFoundError` naming close matches otherwise."""
        try:
            return self._by_id[term_id]
        except (KeyError, TypeError):
            pass
        message = f"{term_id!r} is not a term of the {self.name} vocabulary"
        close = self.suggest(term_id) if isinstance(term_id, str) else []
        if close:
            message += "; did you mean " + ", ".join(repr(c) for c in close) + "?"
        raise NotFoundError(message)

    def normalise(self, text: str) -> str | None:
        """The id meant by ``text``, or ``None``.

        Accepts the id itself, the id with hyphens or spaces for underscores, any case, or a
        label in any language of the term (English, Spanish …), with or without accents. A
        Spanish label written for both genders (``"Detenido/a"``) also matches each form
        (``"detenido"``, ``"detenida"``).
        """
        if not isinstance(text, str):
            return None
        return self._lookup.get(fold(text))

    def suggest(self, text: str, n: int = 3) -> list[str]:
        """Up to ``n`` ids close to ``text``, best first (for "did you mean" messages)."""
        if not isinstance(text, str) or n <= 0:
            return []
        key = fold(text)
        found: list[str] = []

        def add(term_id: str) -> None:
            if term_id not in found:
                found.append(term_id)

        if key in self._lookup:
            add(self._lookup[key])
        for match in difflib.get_close_matches(key, list(self._lookup), n=n * 3, cutoff=0.6):
            add(self._lookup[match])
        if len(key) >= 4:
            for candidate, term_id in self._lookup.items():
                if key in candidate:
                    add(term_id)
        return found[:n]

    def label(self, term_id: str, lang: str = DEFAULT_LANGUAGE) -> str:
        return self.term(term_id).label(lang)

    def crosswalk(self, term_id: str, scheme: str) -> tuple[str, ...]:
        """The term's codes in ``scheme``; empty when it has none there."""
        return self.term(term_id).codes(scheme)

    def narrower(self, term_id: str) -> tuple[str, ...]:
        """Ids of the terms whose broader term is ``term_id`` (one level down)."""
        self.term(term_id)
        return tuple(t.id for t in self.terms if t.broader == term_id)

    def descendants(self, term_id: str) -> tuple[str, ...]:
        """Ids of every term below ``term_id``, at any depth, in file order."""
        self.term(term_id)
        below: set[str] = set()
        frontier = [term_id]
        while frontier:
            current = frontier.pop()
            for child in self.narrower(current):
                if child not in below:
                    below.add(child)
                    frontier.append(child)
        return tuple(t.id for t in self.terms if t.id in below)

    def schemes(self) -> tuple[str, ...]:
        """The crosswalk schemes any term of this vocabulary has codes in, sorted."""
        return tuple(sorted({scheme for t in self.terms for scheme in t.crosswalk}))

    def by_crosswalk(self, scheme: str, code: str) -> tuple[str, ...]:
        """Ids of the terms that list ``code`` in ``scheme`` (the reverse crosswalk)."""
        return tuple(t.id for t in self.terms if code in t.crosswalk.get(scheme, ()))


# --------------------------------------------------------------------------- loading


@dataclass
class _Draft:
    """A vocabulary being assembled from one or more files."""

    name: str
    labels: dict[str, str]
    descriptions: dict[str, str]
    terms: dict[str, Term]
    origin: dict[str, tuple[str, int | None]]  # term id -> (file, line)
    file: str


@dataclass
class _Parsed:
    name: str
    labels: dict[str, str]
    descriptions: dict[str, str]
    terms: list[tuple[Term, int | None]]
    file: str


def _lang_map(
    value: Any, file: str, where: str, problems: list[Problem], line: int | None = None
) -> dict[str, str]:
    if value is None:
        return {}
    if not isinstance(value, dict):
        problems.append(
            Problem(
                f'must be a table of language = text (e.g. {where}.en = "...")',
                file=file,
                line=line,
                field=where,
            )
        )
        return {}
    out: dict[str, str] = {}
    for lang, text in value.items():
        if not _LANG_RE.match(lang):
            problems.append(
                Problem(
                    f"{lang!r} is not a language code (two or three lower-case letters)",
                    file=file,
                    line=line,
                    field=f"{where}.{lang}",
                )
            )
        elif not isinstance(text, str) or not text.strip():
            problems.append(
                Problem("must be non-empty text", file=file, line=line, field=f"{where}.{lang}")
            )
        else:
            out[lang] = text.strip()
    return out


def _term_lines(text: str) -> list[int]:
    return [i for i, line in enumerate(text.splitlines(), 1) if _TERMS_HEADER_RE.match(line)]


def _parse_term(
    raw: Any, index: int, file: str, line: int | None, problems: list[Problem]
) -> Term | None:
    where = f"terms[{index}]"
    if not isinstance(raw, dict):
        problems.append(Problem("each term must be a table", file=file, line=line, field=where))
        return None
    before = len(problems)
    term_id = raw.get("id")
    if not isinstance(term_id, str) or not _ID_RE.match(term_id):
        problems.append(
            Problem(
                f"term id must be snake_case text (got {term_id!r})",
                file=file,
                line=line,
                field=f"{where}.id",
            )
        )
        term_id = None
    else:
        where = f"terms.{term_id}"
    labels: dict[str, str] = {}
    for key, value in raw.items():
        if key in _TERM_KEYS:
            continue
        if not _LANG_RE.match(key):
            allowed = ", ".join(sorted(_TERM_KEYS))
            problems.append(
                Problem(
                    f"unknown key {key!r} (a term has {allowed} and labels by language code)",
                    file=file,
                    line=line,
                    field=f"{where}.{key}",
                )
            )
        elif not isinstance(value, str) or not value.strip():
            problems.append(
                Problem(
                    "label must be non-empty text", file=file, line=line, field=f"{where}.{key}"
                )
            )
        else:
            labels[key] = value.strip()
    if DEFAULT_LANGUAGE not in labels and f"{where}.{DEFAULT_LANGUAGE}" not in {
        p.field for p in problems[before:]
    }:
        problems.append(
            Problem("every term needs an English label", file=file, line=line, field=f"{where}.en")
        )
    definitions = _lang_map(raw.get("definition"), file, f"{where}.definition", problems, line)
    broader = raw.get("broader", "")
    if not isinstance(broader, str) or (broader and not _ID_RE.match(broader)):
        problems.append(
            Problem(
                f"broader must be the id of another term (got {broader!r})",
                file=file,
                line=line,
                field=f"{where}.broader",
            )
        )
        broader = ""
    crosswalk: dict[str, tuple[str, ...]] = {}
    raw_cross = raw.get("crosswalk", {})
    if not isinstance(raw_cross, dict):
        problems.append(
            Problem(
                "crosswalk must be a table of scheme = [codes]",
                file=file,
                line=line,
                field=f"{where}.crosswalk",
            )
        )
        raw_cross = {}
    for scheme, codes in raw_cross.items():
        cwhere = f"{where}.crosswalk.{scheme}"
        if not _SCHEME_RE.match(scheme):
            problems.append(
                Problem(f"{scheme!r} is not a scheme name", file=file, line=line, field=cwhere)
            )
        elif (
            not isinstance(codes, list)
            or not codes
            or not all(isinstance(c, str) and c.strip() for c in codes)
        ):
            problems.append(
                Problem(
                    'codes must be a non-empty list of texts, e.g. ["3"]',
                    file=file,
                    line=line,
                    field=cwhere,
                )
            )
        else:
            crosswalk[scheme] = tuple(c.strip() for c in codes)
    if term_id is None or len(problems) > before:
        return None
    if broader == term_id:
        problems.append(
            Problem(
                "a term cannot be its own broader term",
                file=file,
                line=line,
                field=f"{where}.broader",
            )
        )
        return None
    return Term(term_id, labels, definitions, broader or None, crosswalk)


def _parse_file(text: str, file: str, stem: str, problems: list[Problem]) -> _Parsed | None:
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        match = _TOML_LINE_RE.search(str(exc))
        problems.append(
            Problem(
                f"not valid TOML: {exc}",
                file=file,
                line=int(match.group(1)) if match else None,
                code="syntax",
            )
        )
        return None
    before = len(problems)
    for key in data:
        if key not in _FILE_KEYS:
            problems.append(
                Problem(
                    f"unknown key {key!r} (a vocabulary file has {', '.join(sorted(_FILE_KEYS))})",
                    file=file,
                    field=key,
                )
            )
    name = data.get("name")
    if not isinstance(name, str) or not _ID_RE.match(name):
        problems.append(
            Problem(f"name must be snake_case text (got {name!r})", file=file, field="name")
        )
        name = stem
    elif name != stem:
        problems.append(
            Problem(
                f"name {name!r} does not match the file name {stem!r}.toml",
                file=file,
                field="name",
            )
        )
    labels = _lang_map(data.get("label"), file, "label", problems)
    descriptions = _lang_map(data.get("description"), file, "description", problems)
    raw_terms = data.get("terms")
    if not isinstance(raw_terms, list) or not raw_terms:
        problems.append(Problem("needs at least one [[terms]] table", file=file, field="terms"))
        raw_terms = []
    lines = _term_lines(text)
    if len(lines) != len(raw_terms):
        lines = []
    terms: list[tuple[Term, int | None]] = []
    seen: dict[str, int | None] = {}
    for i, raw in enumerate(raw_terms):
        line = lines[i] if lines else None
        term = _parse_term(raw, i, file, line, problems)
        if term is None:
            continue
        if term.id in seen:
            problems.append(
                Problem(
                    f"term {term.id!r} appears twice in this file"
                    + (f" (first at line {seen[term.id]})" if seen[term.id] else ""),
                    file=file,
                    line=line,
                    field=f"terms.{term.id}.id",
                    code="duplicate",
                )
            )
            continue
        seen[term.id] = line
        terms.append((term, line))
    if len(problems) > before:
        return None
    return _Parsed(name, labels, descriptions, terms, file)


def _merge_langs(
    target: dict[str, str], new: dict[str, str], file: str, where: str, problems: list[Problem]
) -> None:
    for lang, text in new.items():
        old = target.setdefault(lang, text)
        if old != text:
            problems.append(
                Problem(
                    f"{where}.{lang} is already {old!r}; a file may add a language, "
                    "not change an existing one",
                    file=file,
                    field=f"{where}.{lang}",
                    code="conflict",
                )
            )


def _merge(
    drafts: dict[str, _Draft], parsed: _Parsed, required: tuple[str, ...], problems: list[Problem]
) -> None:
    file = parsed.file
    draft = drafts.get(parsed.name)
    if draft is None:
        for lang in required:
            if lang not in parsed.labels:
                problems.append(
                    Problem(
                        f"a new vocabulary needs label.{lang}", file=file, field=f"label.{lang}"
                    )
                )
        draft = drafts[parsed.name] = _Draft(parsed.name, {}, {}, {}, {}, file)
    _merge_langs(draft.labels, parsed.labels, file, "label", problems)
    _merge_langs(draft.descriptions, parsed.descriptions, file, "description", problems)
    for term, line in parsed.terms:
        for lang in required:
            if lang not in term.labels:
                problems.append(
                    Problem(
                        f"term {term.id!r} needs a label in {lang!r}",
                        file=file,
                        line=line,
                        field=f"terms.{term.id}.{lang}",
                    )
                )
        existing = draft.terms.get(term.id)
        if existing is None:
            draft.terms[term.id] = term
            draft.origin[term.id] = (file, line)
        elif existing != term:
            first_file, first_line = draft.origin[term.id]
            where = first_file if first_line is None else f"{first_file}:{first_line}"
            problems.append(
                Problem(
                    f"term {term.id!r} of {parsed.name} is already defined differently in "
                    f"{where}; choose a new id, or repeat the definition exactly",
                    file=file,
                    line=line,
                    field=f"terms.{term.id}",
                    code="conflict",
                )
            )


def _check_draft(draft: _Draft, problems: list[Problem]) -> None:
    """Broader terms exist, hierarchies have no cycles, no two terms read the same."""
    for term_id, term in draft.terms.items():
        if term.broader is None:
            continue
        file, line = draft.origin[term_id]
        if term.broader not in draft.terms:
            close = difflib.get_close_matches(term.broader, list(draft.terms), n=1)
            hint = f"; did you mean {close[0]!r}?" if close else ""
            problems.append(
                Problem(
                    f"broader term {term.broader!r} is not a term of {draft.name}{hint}",
                    file=file,
                    line=line,
                    field=f"terms.{term_id}.broader",
                )
            )
            continue
        seen = {term_id}
        current: str | None = term.broader
        while current is not None and current in draft.terms:
            if current in seen:
                problems.append(
                    Problem(
                        f"broader terms of {term_id!r} go round in a circle",
                        file=file,
                        line=line,
                        field=f"terms.{term_id}.broader",
                        code="cycle",
                    )
                )
                break
            seen.add(current)
            current = draft.terms[current].broader
    owner: dict[str, str] = {}
    for term_id, term in draft.terms.items():
        for key in sorted(_match_keys(term)):
            other = owner.setdefault(key, term_id)
            if other != term_id:
                file, line = draft.origin[term_id]
                problems.append(
                    Problem(
                        f"term {term_id!r} cannot be told apart from {other!r}: an id or label "
                        f"of each reads as {key!r}",
                        file=file,
                        line=line,
                        field=f"terms.{term_id}",
                        code="ambiguous",
                    )
                )


def _read_source(source: Traversable | Path, problems: list[Problem]) -> str | None:
    try:
        return source.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        problems.append(Problem(f"cannot read: {exc}", file=str(source), code="unreadable"))
        return None


def _packaged_sources() -> list[Traversable]:
    package = __name__.rpartition(".")[0]
    root = resources.files(package).joinpath("vocabularies")
    return sorted(
        (entry for entry in root.iterdir() if entry.name.endswith(".toml")),
        key=lambda entry: entry.name,
    )


def _build(
    sources: Sequence[tuple[Traversable | Path, tuple[str, ...]]],
    drafts: dict[str, _Draft],
    problems: list[Problem],
) -> None:
    for source, required in sources:
        text = _read_source(source, problems)
        if text is None:
            continue
        stem = source.name[: -len(".toml")]
        parsed = _parse_file(text, str(source), stem, problems)
        if parsed is not None:
            _merge(drafts, parsed, required, problems)


def _finish(drafts: dict[str, _Draft], problems: list[Problem]) -> dict[str, Vocabulary]:
    for draft in drafts.values():
        _check_draft(draft, problems)
    if problems:
        raise ValidationError(problems)
    return {
        name: Vocabulary(name, d.labels, d.descriptions, tuple(d.terms.values()))
        for name, d in sorted(drafts.items())
    }


@functools.lru_cache(maxsize=1)
def _packaged() -> Mapping[str, Vocabulary]:
    problems: list[Problem] = []
    drafts: dict[str, _Draft] = {}
    _build([(s, REQUIRED_LANGUAGES) for s in _packaged_sources()], drafts, problems)
    return MappingProxyType(_finish(drafts, problems))


def _user_sources(
    extra_dirs: Sequence[Path | str], problems: list[Problem]
) -> list[tuple[Traversable | Path, tuple[str, ...]]]:
    found: list[tuple[Traversable | Path, tuple[str, ...]]] = []
    for entry in extra_dirs:
        path = Path(entry).expanduser()
        if path.is_dir():
            found.extend((p, (DEFAULT_LANGUAGE,)) for p in sorted(path.glob("*.toml")))
        elif path.is_file() and path.suffix == ".toml":
            found.append((path, (DEFAULT_LANGUAGE,)))
        else:
            problems.append(
                Problem(
                    "not a folder of vocabulary files (*.toml) nor one such file",
                    file=str(path),
                    code="not_found",
                )
            )
    return found


def load_vocabularies(extra_dirs: Sequence[Path | str] = ()) -> Mapping[str, Vocabulary]:
    """Every vocabulary by name: the packaged ones, extended by the files in ``extra_dirs``.

    A user file (``NAME.toml`` in one of ``extra_dirs``, or the path of such a file) either
    defines a new vocabulary or adds terms to an existing one. Repeating a term exactly is
    allowed; giving an existing id different content is an error. Every problem in every file
    is reported at once, as a :class:`ValidationError` whose problems carry file, line and
    field. The packaged set is read once per process; the result is read-only.
    """
    packaged = _packaged()
    if isinstance(extra_dirs, (str, Path)):
        extra_dirs = [extra_dirs]  # one folder given bare, not a sequence of characters
    if not extra_dirs:
        return packaged
    problems: list[Problem] = []
    drafts: dict[str, _Draft] = {}
    for name, vocab in packaged.items():
        origin = f"(packaged) {name}.toml"
        drafts[name] = _Draft(
            name,
            dict(vocab.labels),
            dict(vocab.descriptions),
            {t.id: t for t in vocab.terms},
            {t.id: (origin, None) for t in vocab.terms},
            origin,
        )
    _build(_user_sources(extra_dirs, problems), drafts, problems)
    return MappingProxyType(_finish(drafts, problems))


def vocabulary(name: str) -> Vocabulary:
    """One packaged vocabulary by name; :class:`NotFoundError` with close names otherwise."""
    packaged = _packaged()
    try:
        return packaged[name]
    except KeyError:
        close = difflib.get_close_matches(fold(name), list(packaged), n=3)
        hint = "; did you mean " + ", ".join(repr(c) for c in close) + "?" if close else ""
        raise NotFoundError(f"there is no vocabulary named {name!r}{hint}") from None
