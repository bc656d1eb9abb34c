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


def test_the_dead_found_in_a_grave_are_counted_but_not_remains_handed_back() -> None:
    es = (
        "El 14 de marzo de 2003 los peritos exhumaron en una fosa clandestina del cementerio de "
        "Tingo los restos de 23 personas, según la fiscalía; la asociación de familiares habla "
        "de 27."
    )
    assert _of(es, "es", "mass_grave_discovery", "killed") == [(23, 23, 27)]
    en = (
        "In June 2009 forensic teams opened a clandestine grave near the barracks and recovered "
        "the remains of 41 people."
    )
    assert _of(en, "en", "mass_grave_discovery", "killed") == [(41, None, None)]
    es2 = (
        "El 2 de mayo de 2010 la fiscalía entregó a sus familias los restos de 40 personas "
        "exhumadas en 2008 de las fosas de Chilcahuaycco."
    )
    assert all(c.get("killed") is None for _, c in _events(es2, "es"))
    en2 = (
        "On 2 May 2010 prosecutors handed back to their families the remains of 40 people "
        "exhumed in 2008 from the graves of Chilcahuaycco."
    )
    assert all(c.get("killed") is None for _, c in _events(en2, "en"))


def test_a_pronoun_points_back_to_the_group_not_its_parts() -> None:
    es = (
        "Entre el 2 y el 4 de mayo de 1974 una patrulla del ejército detuvo a 12 campesinos en "
        "Ilave; cinco de ellos eran dirigentes de la comunidad y tres eran menores de edad. El 6 "
        "de mayo los sacaron del cuartel y los fusilaron junto al río."
    )
    assert (12, None, None) in _of(es, "es", "massacre", "killed")
    en = (
        "On 9 May 1982 militiamen stopped a bus carrying 22 passengers near Kigoma; four of "
        "them were women and two were children. They marched them into the forest and shot "
        "them."
    )
    assert [c.get("killed") for _, c in _events(en, "en")] == [(22, None, None)]


def test_the_people_taken_when_some_came_back_and_the_rest_are_missing() -> None:
    en = (
        "Between March and May 1997 security agents seized 23 student leaders in Jakarta; "
        "eleven were later released and 12 are still missing."
    )
    assert _of(en, "en", "enforced_disappearance", "disappeared") == [(23, None, None)]
    es = (
        "Entre marzo y mayo de 1997 agentes de inteligencia secuestraron a 23 dirigentes "
        "estudiantiles en Lima; once reaparecieron con vida y doce siguen desaparecidos."
    )
    assert _of(es, "es", "enforced_disappearance", "disappeared") == [(23, None, None)]
    # nobody came back: the figure of the missing stands
    es2 = (
        "En marzo de 1997 agentes de inteligencia se llevaron a 23 dirigentes estudiantiles en "
        "Lima; 12 siguen desaparecidos."
    )
    assert _of(es2, "es", "enforced_disappearance", "disappeared") == [(12, None, None)]


def test_people_taken_told_in_the_passive_and_a_rival_figure() -> None:
    en = (
        "In October 1991 students from Ratnapura were taken from their homes at night by "
        "soldiers and never returned. Relatives say 40 boys were taken; a church commission has "
        "put the number at more than sixty."
    )
    assert _of(en, "en", "enforced_disappearance", "disappeared") == [(40, 40, 60)]
    es = (
        "En octubre de 1991 soldados del cuartel de Tingo sacaron de sus casas a jóvenes del "
        "pueblo, que nunca volvieron. Las familias dicen que 40 muchachos fueron sacados de sus "
        "casas; una comisión de la iglesia cifró el número en más de sesenta."
    )
    assert _of(es, "es", "enforced_disappearance", "disappeared") == [(40, 40, 60)]
    # taken to hospital are the wounded
    en2 = (
        "On 3 May 1990 two protesters were taken to hospital with gunshot wounds after police "
        "fired on the march in Kandy."
    )
    assert [c.get("disappeared") for _, c in _events(en2, "en")] == [None]


def test_a_communitys_own_count_of_its_dead_is_a_rival_figure() -> None:
    es = (
        "El 3 de abril de 1975 los soldados entraron en la aldea de Xamán. Al anochecer había "
        "nueve campesinos muertos, según el informe del obispado; el pueblo, que cada año lee "
        "sus nombres en la misa, recuerda a once."
    )
    assert _of(es, "es", "massacre", "killed") == [(9, 9, 11)]
    en = (
        "On 3 April 1975 soldiers entered the village of Xaman. By nightfall nine farmers were "
        "dead, according to the diocese's report; the village, which reads their names at Mass "
        "every year, remembers eleven."
    )
    assert _of(en, "en", "massacre", "killed") == [(9, 9, 11)]
    # a year remembered is no figure
    en2 = (
        "On 3 April 1975 soldiers entered the village of Xaman and killed nine farmers. "
        "Survivors remember 1975 as the year of fear."
    )
    assert _of(en2, "en", "massacre", "killed") == [(9, None, None)]
