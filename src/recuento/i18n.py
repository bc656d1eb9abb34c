"""The one translation layer for user-facing text: message catalogs in English and Spanish.

Messages live in ``recuento/locales/<lang>.toml`` as flat dotted keys with :meth:`str.format`
placeholders::

    "problems.found" = "{n} problems found"

Use a :class:`Translator` wherever text reaches a person (CLI, web pages, reports)::

    t = Translator("es")
    t("problems.found", n=3)                       # 'Se encontraron 3 problemas'
    t.plural("problems.found", 1)                  # uses "problems.found.one" when present
    t.term(vocabulary("event_type"), "massacre")   # 'Masacre'

A user never sees a crash from a missing message: a key missing in Spanish falls back to
English, a key missing everywhere comes back as the key itself, and a missing placeholder value
is left as ``{name}``. With ``strict=True`` (for tests) each of these raises
:class:`~recuento.errors.ConfigurationError` instead.

Standard library only, plus :mod:`recuento.errors`.
"""

from __future__ import annotations

import functools
import re
import string
import tomllib
from collections.abc import Mapping
from importlib import resources
from types import MappingProxyType
from typing import Any, Protocol

from recuento.errors import ConfigurationError, Problem

__all__ = [
    "DEFAULT_LANGUAGE",
    "SUPPORTED_LANGUAGES",
    "Translator",
    "catalog",
    "check_catalogs",
    "normalise_language",
    "parse_catalog",
    "placeholders",
]

DEFAULT_LANGUAGE = "en"
#: Languages with a message catalog; every catalog has exactly the keys of the English one.
SUPPORTED_LANGUAGES: tuple[str, ...] = ("en", "es")

_LANG_RE = re.compile(r"^([A-Za-z]{2,3})(?:[-_.@].*)?$")


class _Labelled(Protocol):
    """Anything that labels a term id in a language (a :class:`~recuento.domain.Vocabulary`)."""

    def label(self, term_id: str, lang: str = ...) -> str: ...


def normalise_language(lang: str | None) -> str:
    """A supported language code from a tag or locale (``"es-PE"``, ``"es_PE.UTF-8"``, ``"ES"``).

    Anything unsupported or empty gives English: the interface never refuses to start because
    of a language setting.
    """
    if not lang:
        return DEFAULT_LANGUAGE
    match = _LANG_RE.match(lang.strip())
    code = match.group(1).lower() if match else ""
    return code if code in SUPPORTED_LANGUAGES else DEFAULT_LANGUAGE


def _flatten(table: Mapping[str, Any], prefix: str, out: dict[str, str], file: str) -> None:
    for key, value in table.items():
        full = f"{prefix}{key}"
        if isinstance(value, dict):
            _flatten(value, f"{full}.", out, file)
        elif isinstance(value, str):
            if full in out:
                raise ConfigurationError(f"{file}: message {full!r} is defined twice")
            out[full] = value
        else:
            raise ConfigurationError(f"{file}: message {full!r} must be text")


def parse_catalog(text: str, file: str) -> Mapping[str, str]:
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise ConfigurationError(f"{file}: not valid TOML: {exc}") from exc
    out: dict[str, str] = {}
    _flatten(data, "", out, file)
    return MappingProxyType(out)


@functools.cache
def catalog(lang: str) -> Mapping[str, str]:
    """The packaged messages of one supported language, as flat dotted keys (read once)."""
    if lang not in SUPPORTED_LANGUAGES:
        raise ConfigurationError(
            f"no message catalog for {lang!r}; available: {', '.join(SUPPORTED_LANGUAGES)}"
        )
    source = resources.files(__package__ or "recuento").joinpath("locales", f"{lang}.toml")
    return parse_catalog(source.read_text(encoding="utf-8"), f"locales/{lang}.toml")


def placeholders(template: str) -> frozenset[str]:
    """The names a template expects: ``"{n} of {total:,}"`` → ``{"n", "total"}``."""
    names: set[str] = set()
    for _literal, field_name, _spec, _conv in string.Formatter().parse(template):
        if field_name is None:
            continue
        root = re.split(r"[.\[]", field_name, maxsplit=1)[0]
        names.add(root)
    return frozenset(names)


def check_catalogs(catalogs: Mapping[str, Mapping[str, str]] | None = None) -> list[Problem]:
    """Every way the catalogs disagree with the English one: missing or extra keys, different
    placeholders, templates that do not parse. Empty when all is well."""
    if catalogs is None:
        catalogs = {lang: catalog(lang) for lang in SUPPORTED_LANGUAGES}
    problems: list[Problem] = []
    reference = catalogs.get(DEFAULT_LANGUAGE, {})
    for lang, messages in sorted(catalogs.items()):
        file = f"locales/{lang}.toml"
        for key, template in sorted(messages.items()):
            try:
                names = placeholders(template)
            except ValueError as exc:
                problems.append(Problem(f"bad template: {exc}", file=file, field=key))
                continue
            if lang == DEFAULT_LANGUAGE:
                continue
            if key not in reference:
                problems.append(Problem("not in the English catalog", file=file, field=key))
                continue
            try:
                expected = placeholders(reference[key])
            except ValueError:
                continue  # reported against the English file
            if names != expected:
                problems.append(
                    Problem(
                        f"placeholders {sorted(names)} differ from English {sorted(expected)}",
                        file=file,
                        field=key,
                    )
                )
        if lang != DEFAULT_LANGUAGE:
            for key in sorted(set(reference) - set(messages)):
                problems.append(Problem("missing (English has it)", file=file, field=key))
    return problems


class _KeepMissing(dict[str, Any]):
    def __missing__(self, key: str) -> str:
        return "{" + key + "}"


class Translator:
    """Translates message keys for one language, falling back to English, then to the key."""

    def __init__(
        self,
        lang: str | None = DEFAULT_LANGUAGE,
        *,
        strict: bool = False,
        catalogs: Mapping[str, Mapping[str, str]] | None = None,
    ) -> None:
        self.requested = lang
        self.lang = normalise_language(lang) if catalogs is None else (lang or DEFAULT_LANGUAGE)
        self.strict = strict
        if catalogs is None:
            self._messages = catalog(self.lang)
            self._fallback = catalog(DEFAULT_LANGUAGE)
        else:
            self._messages = catalogs.get(self.lang, {})
            self._fallback = catalogs.get(DEFAULT_LANGUAGE, {})

    def __repr__(self) -> str:
        return f"Translator({self.lang!r}, strict={self.strict})"

    def has(self, key: str) -> bool:
        """Whether ``key`` has a message in this language or in English."""
        return key in self._messages or key in self._fallback

    def template(self, key: str) -> str:
        """The raw message for ``key`` (this language, else English, else the key)."""
        found = self._messages.get(key)
        if found is None:
            found = self._fallback.get(key)
        if found is None:
            if self.strict:
                raise ConfigurationError(f"no message {key!r} in the {self.lang!r} catalog")
            return key
        return found

    def __call__(self, key: str, /, **params: Any) -> str:
        """The message for ``key`` in this language, filled with ``params``."""
        text = self.template(key)
        try:
            return text.format(**params)
        except (KeyError, IndexError, ValueError) as exc:
            if self.strict:
                raise ConfigurationError(
                    f"message {key!r} ({self.lang}) cannot be filled with {sorted(params)}: {exc!r}"
                ) from exc
            try:
                return text.format_map(_KeepMissing(params))
            except (KeyError, IndexError, ValueError):
                return text

    def plural(self, key: str, n: int, /, **params: Any) -> str:
        """``key.one`` when ``n == 1`` and present, else ``key.other`` if present, else ``key``;
        ``n`` is passed to the template as ``{n}``."""
        if n == 1 and self.has(f"{key}.one"):
            key = f"{key}.one"
        elif self.has(f"{key}.other"):
            key = f"{key}.other"
        return self(key, n=n, **params)

    def term(self, vocab: _Labelled, term_id: str) -> str:
        """A vocabulary term's label in this language (English when it has none)."""
        return vocab.label(term_id, self.lang)
