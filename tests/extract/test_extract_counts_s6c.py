"""Counts, session 6, third round: the people held by a detention told within another event's
story, ordinals that are days, figures of people held told in other words, Spanish objects
placed after an adjunct, names listed with their ages or after a plural kin noun."""

from __future__ import annotations

from datetime import date

from recuento.extract import RuleBasedExtractor
from recuento.extract.numbers import find_quantities


def _events(text: str, lang: str) -> list[tuple[str, dict[str, tuple]]]:
    out = []
    for s in RuleBasedExtractor().extract(text, language=lang, published=date(2020, 3, 21)):
        if s.kind == "event":
            counts = {k: (v["best"], v["low"], v["high"]) for k, v in s.fields["counts"].items()}
            out.append((s.fields["type"], counts))
    return out


def _of(text: str, lang: str, etype: str, cat: str) -> list[tuple | None]:
    return [c.get(cat) for t, c in _events(text, lang) if t == etype]


def test_a_detention_told_in_a_killings_story_counts_its_people() -> None:
    en = (
        "On 4 March 1985 paratroopers surrounded the market town of Kilbride and shot dead "
        "seven men. In dawn raids the same day, police detained 215 people across the province."
    )
    assert _of(en, "en", "arbitrary_detention", "detained") == [(215, None, None)]
    es = (
        "El 4 de marzo de 1985 los paracaidistas rodearon el pueblo de San Isidro y fusilaron a "
        "siete hombres. Esa misma mañana se llevaron presos a cuarenta comuneros."
    )
    assert _of(es, "es", "arbitrary_detention", "detained") == [(40, None, None)]
    # a figure of people held told in the sentence after the arrest, "taken to army camps"
    en2 = (
        "On 4 March 1985 soldiers opened fire on a crowd in Kilbride, killing seven people. On "
        "the afternoon of the 5th troops arrested the mayor. Officials later said more than 600 "
        "people had been taken to army camps."
    )
    assert _of(en2, "en", "arbitrary_detention", "detained") == [(None, 600, None)]
    # the killing keeps its own count
    assert (7, None, None) in _of(en2, "en", "massacre", "killed")


def test_an_ordinal_is_no_count() -> None:
    assert find_quantities("On the afternoon of the 18th soldiers arrested him.") == []
    assert find_quantities("the 22nd of May and the 3rd battalion") == []
    assert find_quantities("vivía en el 3º piso") == []
    # cardinals stay
    assert [q.best for q in find_quantities("18 soldiers and 3 officers")] == [18, 3]


def test_a_spanish_object_after_an_adjunct_and_names_with_their_ages() -> None:
    es = (
        "El 20 de octubre de 1976 la policía política detuvo en Córdoba, sin orden judicial, a "
        "Ramón Gil, de 31 años, a Pedro Ocampo, de 22, y a Luis Ferreyra. Dos días después sus "
        "cuerpos aparecieron en una cuneta."
    )
    assert _of(es, "es", "arbitrary_detention", "detained") == [(3, None, None)]
    es2 = (
        "En la madrugada del 3 de marzo de 1984 un grupo de soldados sacó de su casa en el "
        "caserío de Pampa, al catequista Juan Quispe y a sus hermanos Pedro Quispe y Rosa "
        "Quispe. Nunca más se supo de ellos."
    )
    assert _of(es2, "es", "enforced_disappearance", "disappeared") == [(3, None, None)]
    # a place after the verb with no object marked by "a" ties nobody
    es3 = (
        "El 20 de octubre de 1976 la policía detuvo en Córdoba la marcha de los obreros. Ramón "
        "Gil habló ante la multitud."
    )
    assert all(c.get("detained") is None for _, c in _events(es3, "es"))
