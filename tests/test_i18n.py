"""The translation layer: catalogs agree with each other, lookups fall back, never crash users."""

from __future__ import annotations

import pytest

from recuento.domain.vocabulary import REQUIRED_LANGUAGES, load_vocabularies, vocabulary
from recuento.errors import ConfigurationError
from recuento.i18n import (
    SUPPORTED_LANGUAGES,
    Translator,
    catalog,
    check_catalogs,
    normalise_language,
    parse_catalog,
    placeholders,
)

CATALOGS = {
    "en": {"greet": "Hello {name}", "only.en": "English only", "count": "{n} items"},
    "es": {"greet": "Hola {name}", "count": "{n} elementos"},
}


def test_every_catalog_has_the_english_keys_and_placeholders() -> None:
    english = catalog("en")
    assert english, "the English catalog is empty"
    for lang in SUPPORTED_LANGUAGES:
        messages = catalog(lang)
        assert set(messages) == set(english), lang
        for key, template in messages.items():
            assert template.strip(), (lang, key)
            assert placeholders(template) == placeholders(english[key]), (lang, key)
    assert check_catalogs() == []


def test_every_vocabulary_term_has_a_label_in_every_supported_language() -> None:
    assert set(REQUIRED_LANGUAGES) == set(SUPPORTED_LANGUAGES)
    for vocab in load_vocabularies().values():
        for lang in SUPPORTED_LANGUAGES:
            assert vocab.labels.get(lang), (vocab.name, lang)
            for term in vocab:
                assert term.labels.get(lang), (vocab.name, term.id, lang)


def test_generic_messages_in_both_languages() -> None:
    en, es = Translator("en"), Translator("es")
    assert en("error.prefix") == "Error"
    assert es("error.prefix") == "Error"
    assert en("problems.found", n=5) == "5 problems found"
    assert es("problems.found", n=5) == "Se encontraron 5 problemas"


def test_plural_picks_the_one_form_for_one() -> None:
    en, es = Translator("en"), Translator("es")
    assert en.plural("problems.found", 1) == "1 problem found"
    assert en.plural("problems.found", 2) == "2 problems found"
    assert es.plural("problems.found", 1) == "Se encontró 1 problema"
    assert es.plural("problems.found", 0) == "Se encontraron 0 problemas"
    fake = Translator("en", catalogs=CATALOGS)
    assert fake.plural("count", 1) == "1 items"  # no .one variant: the plain key


@pytest.mark.parametrize(
    ("tag", "expected"),
    [
        ("es", "es"),
        ("ES", "es"),
        ("es-PE", "es"),
        ("es_PE.UTF-8", "es"),
        ("en_GB", "en"),
        ("fr", "en"),
        ("", "en"),
        (None, "en"),
        ("C", "en"),
        ("españ", "en"),
    ],
)
def test_language_tags_and_locales_normalise(tag: str | None, expected: str) -> None:
    assert normalise_language(tag) == expected
    assert Translator(tag).lang == expected


def test_missing_spanish_message_falls_back_to_english() -> None:
    t = Translator("es", catalogs=CATALOGS)
    assert t("greet", name="Ana") == "Hola Ana"
    assert t("only.en") == "English only"
    assert t.has("only.en") and not t.has("nowhere")


def test_unknown_key_returns_the_key_for_users_and_raises_in_strict_mode() -> None:
    assert Translator("es")("no.such.key") == "no.such.key"
    with pytest.raises(ConfigurationError, match="no.such.key"):
        Translator("es", strict=True)("no.such.key")


def test_missing_or_wrong_parameters_never_crash_users() -> None:
    t = Translator("en", catalogs=CATALOGS)
    assert t("greet") == "Hello {name}"
    assert t("greet", other=1) == "Hello {name}"
    strict = Translator("en", strict=True, catalogs=CATALOGS)
    with pytest.raises(ConfigurationError, match="greet"):
        strict("greet")
    assert strict("greet", name="Bo") == "Hello Bo"
    broken = Translator("en", catalogs={"en": {"bad": "value {0"}})
    assert broken("bad", x=1) == "value {0"


def test_term_labels_come_from_the_vocabulary_in_the_translator_language() -> None:
    events = vocabulary("event_type")
    assert Translator("es").term(events, "enforced_disappearance") == "Desaparición forzada"
    assert Translator("en").term(events, "enforced_disappearance") == "Enforced disappearance"


def test_check_catalogs_reports_every_disagreement() -> None:
    problems = check_catalogs(
        {
            "en": {"a": "{x} and {y}", "b": "plain", "c": "c"},
            "es": {"a": "{x}", "b": "plano", "extra": "?", "d": "{oops"},
        }
    )
    found = {(p.file, p.field) for p in problems}
    assert found == {
        ("locales/es.toml", "a"),  # placeholders differ
        ("locales/es.toml", "extra"),  # not in English
        ("locales/es.toml", "c"),  # missing
        ("locales/es.toml", "d"),  # does not parse
    }


def test_catalog_files_may_use_quoted_or_nested_keys_but_not_both_for_one_key() -> None:
    parsed = parse_catalog('"a.b" = "x"\n[c]\nd = "y"\n', "t.toml")
    assert dict(parsed) == {"a.b": "x", "c.d": "y"}
    with pytest.raises(ConfigurationError, match="twice"):
        parse_catalog('"a.b" = "x"\n[a]\nb = "y"\n', "t.toml")
    with pytest.raises(ConfigurationError, match="text"):
        parse_catalog("a = 1\n", "t.toml")
    with pytest.raises(ConfigurationError, match="TOML"):
        parse_catalog("a = \n", "t.toml")


def test_only_supported_languages_have_catalogs() -> None:
    with pytest.raises(ConfigurationError, match="available"):
        catalog("fr")


def test_placeholders_reads_format_fields() -> None:
    assert placeholders("{n} of {total:,} in {place.name} {items[0]} {n!r}") == {
        "n",
        "total",
        "place",
        "items",
    }
    assert placeholders("no fields {{here}}") == frozenset()
