"""Persons, session 6: names outside the Spanish and English patterns, names cut at a
particle, a month or a place word, aliases, roles given across a list, and capitalised phrases
that are places, groups or nicknames rather than people. Every sentence here is new."""

from __future__ import annotations

from functools import cache

from recuento.extract import RuleBasedExtractor, Suggestion


@cache
def _ex() -> RuleBasedExtractor:
    return RuleBasedExtractor()


def _run(text: str, lang: str) -> list[Suggestion]:
    return _ex().extract(text, language=lang)


def _persons(text: str, lang: str) -> dict[str, dict]:
    return {s.fields["name"]: s.fields for s in _run(text, lang) if s.kind == "person"}


def _names(text: str, lang: str) -> set[str]:
    return set(_persons(text, lang))


# -- the shape of a name ------------------------------------------------------------------------


def test_elided_article_in_a_surname() -> None:
    en = "Captain Liam O'Brien and Colonel Marco D'Amico denied that Ruth O'Neill was beaten."
    assert {"Liam O'Brien", "Marco D'Amico", "Ruth O'Neill"} <= _names(en, "en")
    es = "El tribunal escuchó a Giulia D'Angelo y al sargento Paolo D'Onofrio."
    assert {"Giulia D'Angelo", "Paolo D'Onofrio"} <= _names(es, "es")


def test_portuguese_particles_and_a_family_surname() -> None:
    en = (
        "The dead included Jocimar do Carmo, 19, and his cousin Aderbal do Carmo, who had "
        "come from Belém das Flores."
    )
    names = _names(en, "en")
    assert {"Jocimar do Carmo", "Aderbal do Carmo"} <= names
    assert not any("Flores" in n for n in names)
    # a place joined by "de" with one first word only stays a place
    es = "Los desplazados llegaron a Tierra de Nadie en camiones del Ejército."
    assert not _names(es, "es")


def test_lower_case_second_syllable_of_a_chinese_given_name() -> None:
    en = "Editor Chen Mei-ying was sentenced to ten years and Lin Tsung-hsien to eight."
    names = _names(en, "en")
    assert any(n.endswith("Chen Mei-ying") for n in names)
    assert "Lin Tsung-hsien" in names


def test_retired_officer_named_by_one_word() -> None:
    en = "Brig. Gen. (ret.) Suharyono was acquitted on Monday by the ad hoc court."
    people = _persons(en, "en")
    assert "Suharyono" in people
    assert "Gen" not in people


def test_place_word_before_a_conjunction_is_no_place_head() -> None:
    es = (
        "Firmaron el fallo las ministras Lucía Plaza y Graciela Otárola; antes había "
        "declarado en Puerto de Mar a Teodoro Quispe Huamán."
    )
    names = _names(es, "es")
    assert {"Graciela Otárola", "Teodoro Quispe Huamán"} <= names


def test_spanish_era_is_a_verb_not_a_period() -> None:
    es = "Rosa María de la Cruz Ayme era maestra rural cuando la detuvieron."
    assert any(n.startswith("Rosa María") for n in _names(es, "es"))
    en = "Lawyers of the Fujimori era, such as Juan Pérez Ríos, kept quiet."
    assert "Juan Pérez Ríos" in _names(en, "en")


# -- roles across a list ------------------------------------------------------------------------


def test_role_word_inside_a_list_is_not_given_to_the_name_before_it() -> None:
    en = (
        "The Appeals Chamber sentenced Bosco Ntaganda to 30 years. Ntaganda and Prosecutor "
        "Karim Khan both said they would not appeal."
    )
    people = _persons(en, "en")
    assert "prosecutor" in people["Karim Khan"]["roles"]
    assert "prosecutor" not in people["Bosco Ntaganda"]["roles"]
    es = "Comparecieron Marta Ibáñez y el fiscal Ramiro Gutiérrez Solís ante la sala."
    people = _persons(es, "es")
    assert "prosecutor" in people["Ramiro Gutiérrez Solís"]["roles"]
    assert "prosecutor" not in people["Marta Ibáñez"]["roles"]
    # a role word before the whole list still reaches every name of it
    es2 = "Los jueces Ana Ruiz, Pedro Salas y Luisa Mora firmaron la sentencia."
    people = _persons(es2, "es")
    assert all("judge" in people[n]["roles"] for n in ("Ana Ruiz", "Pedro Salas", "Luisa Mora"))


# -- aliases and noms de guerre -----------------------------------------------------------------


def test_alias_after_an_apposition_is_the_person_not_another() -> None:
    en = (
        "The court sentenced Nuon Samnang, the former head of the district prison known as "
        "Rith, to 20 years. Rith did not react when the verdict was read."
    )
    out = _run(en, "en")
    people = {s.fields["name"]: s.fields for s in out if s.kind == "person"}
    assert "Rith" not in people
    assert people["Nuon Samnang"]["aliases"] == ["Rith"]
    es = (
        "Fue condenado el excomisario Héctor Luis Barroso, conocido como el «Tigre Negro», "
        "por los secuestros. El Tigre Negro escuchó la sentencia en silencio."
    )
    people = _persons(es, "es")
    assert "Tigre Negro" not in people
    assert "Tigre Negro" in people["Héctor Luis Barroso"]["aliases"]


def test_a_name_after_alias_is_never_a_person_of_its_own() -> None:
    es = (
        "La lista incluye a Ramón Ortiz Peña, alias Mario Pérez, y a Julia Ortega, alias "
        "Carmen Díaz."
    )
    names = _names(es, "es")
    assert {"Ramón Ortiz Peña", "Julia Ortega"} <= names
    assert not {"Mario Pérez", "Carmen Díaz"} & names
    en = "Investigators say the gang, better known as the Black Wolves, answered to Tomás Vidal."
    assert _names(en, "en") == {"Tomás Vidal"}


# -- relatives named by a given name alone ------------------------------------------------------


def test_relative_named_by_a_given_name_alone() -> None:
    en = (
        "Soldiers shot Tomás Ixcoy in his field; his son Baltazar, 12, and his niece Rosalía "
        "were wounded."
    )
    names = _names(en, "en")
    assert {"Tomás Ixcoy", "Baltazar", "Rosalía"} <= names
    es = (
        "Se llevaron a Dora Quispe Ccahua y a sus hijos Teófilo, de 9 años, y Lucía; su "
        "cuñada Petronila logró escapar."
    )
    names = _names(es, "es")
    assert {"Dora Quispe Ccahua", "Teófilo", "Lucía", "Petronila"} <= names


def test_siblings_listed_before_their_shared_surname() -> None:
    es = "Entre los detenidos estaban los hermanos Rubén y Mario Céspedes, estudiantes."
    assert {"Rubén Céspedes", "Mario Céspedes"} <= _names(es, "es")
    en = "The dead included the brothers Ahmed and Samir Haddad, who ran a bakery."
    assert {"Ahmed Haddad", "Samir Haddad"} <= _names(en, "en")


def test_a_family_named_by_its_surname_is_not_a_relative() -> None:
    es = (
        "El caso de los hermanos Quintanilla Rojas llegó a la Corte: Abel Quintanilla Rojas y "
        "Simón Quintanilla Rojas desaparecieron en 1983."
    )
    names = _names(es, "es")
    assert "Quintanilla" not in names
    assert {"Abel Quintanilla Rojas", "Simón Quintanilla Rojas"} <= names


# -- capitalised words that are no names --------------------------------------------------------


def test_a_full_stop_after_a_title_word_ends_the_sentence() -> None:
    es = "Viajaban en el camión de su padre. Llevaban dos días sin comer."
    assert not _names(es, "es")
    en = "The crowd waited for the judge. Nobody came out."
    assert not _names(en, "en")
    # an abbreviated title keeps its full stop
    en2 = "Col. Ortega and Dr. Haddad signed the report."
    people = _persons(en2, "en")
    assert {"Ortega", "Haddad"} <= set(people)


def test_a_name_with_an_article_is_a_place_or_a_group() -> None:
    en = (
        "Troops had camped in the Alto Verde region since March; residents of the San "
        "Isidro Labrador parish fled along the Manuel Prado highway. Julia Mamani was "
        "among them."
    )
    assert _names(en, "en") == {"Julia Mamani"}
    es = (
        "Los militantes de la Juventud Obrera y los vecinos del Valle Alto marcharon con "
        "Ramiro Condori hasta el Barranco Hondo."
    )
    assert _names(es, "es") == {"Ramiro Condori"}
    # "the X's": a person's possession keeps the name
    en2 = "Lawyers for the Ana Ruiz Pérez's family asked for a retrial."
    assert "Ana Ruiz Pérez" in _names(en2, "en")


def test_a_name_after_a_lower_case_place_or_unit_noun() -> None:
    es = (
        "La patrulla salió del batallón Manuel Murillo Toro y llegó a la calle Antonio "
        "Raimondi, donde detuvo a Elías Tupa."
    )
    assert _names(es, "es") == {"Elías Tupa"}
    en = "The soldiers belonged to the Pedro Nel Ospina battalion, said Marta Ruiz."
    assert _names(en, "en") == {"Marta Ruiz"}


def test_domingo_inside_a_name_is_a_given_name() -> None:
    es = "El teniente Domingo Cáceres Ruiz y Rosa Domingo Quispe declararon el domingo."
    names = _names(es, "es")
    assert {"Domingo Cáceres Ruiz", "Rosa Domingo Quispe"} <= names
    en = "Witnesses named Captain Domingo Ayala as the officer in charge."
    assert "Domingo Ayala" in _names(en, "en")
