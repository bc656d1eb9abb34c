"""Persons, session 6, second round: roles from the structure of the sentence (the object of
an active verb of harm, a list opened by a colon after such a verb, members of a high court
called "ministros"). Every sentence here is new."""

from __future__ import annotations

from functools import cache

from recuento.extract import RuleBasedExtractor


@cache
def _ex() -> RuleBasedExtractor:
    return RuleBasedExtractor()


def _roles(text: str, lang: str) -> dict[str, list[str]]:
    return {
        s.fields["name"]: s.fields["roles"]
        for s in _ex().extract(text, language=lang)
        if s.kind == "person"
    }


# -- the object of an active verb of harm is a victim -------------------------------------------


def test_spanish_object_of_a_verb_of_harm() -> None:
    es = (
        "Esa madrugada los pistoleros asesinaron en Ocosingo al maestro Rutilio Gómez Pérez "
        "y después hirieron a Marcela Juárez Toledo."
    )
    roles = _roles(es, "es")
    assert "victim" in roles["Rutilio Gómez Pérez"]
    assert "victim" in roles["Marcela Juárez Toledo"]


def test_spanish_subject_after_the_verb_is_no_victim() -> None:
    # "ejecutó X al mando de Y": Y leads the killers; a ruling's object after a crime noun
    # ("por secuestro calificado, y a los suboficiales X") is a convict, not a victim
    es = (
        "La matanza la ejecutó una patrulla al mando de Raimundo Salcedo Ortiz. El juez condenó "
        "a dos exagentes por secuestro calificado, y a los suboficiales Tomás Ibarra Soto y "
        "Aurelio Cantos Rivas a diez años."
    )
    roles = _roles(es, "es")
    assert "victim" not in roles["Raimundo Salcedo Ortiz"]
    assert "victim" not in roles["Tomás Ibarra Soto"]
    assert "victim" not in roles["Aurelio Cantos Rivas"]


def test_spanish_verb_of_dying_before_its_subject() -> None:
    es = "En el desalojo murieron Hilda Ramos Cutipa y Benigno Quispe Apaza."
    roles = _roles(es, "es")
    assert "victim" in roles["Hilda Ramos Cutipa"]
    assert "victim" in roles["Benigno Quispe Apaza"]


def test_english_object_with_a_noun_before_it() -> None:
    en = (
        "The blast killed his bodyguard, Tomas Okello, and injured a passer-by, Grace Atim, "
        "outside the court."
    )
    roles = _roles(en, "en")
    assert "victim" in roles["Tomas Okello"]
    assert "victim" in roles["Grace Atim"]


def test_english_agent_after_a_passive_is_no_victim() -> None:
    en = "Walter Osei was shot by Sergeant Kofi Mensah in the market."
    roles = _roles(en, "en")
    assert "victim" not in roles.get("Kofi Mensah", [])


# -- a list opened by a colon -------------------------------------------------------------------


def test_list_of_victims_after_a_colon() -> None:
    es = (
        "Aquella noche los soldados se llevaron a cuatro jornaleros: Eusebio Mamani, Félix "
        "Condori, de 17 años, Rufino Chambi y su hermano Isidro."
    )
    roles = _roles(es, "es")
    for name in ("Eusebio Mamani", "Félix Condori", "Rufino Chambi"):
        assert "victim" in roles[name], name
    en = "Gunmen abducted three aid workers: Sarah Mwangi, Peter Odhiambo and Ruth Njeri."
    roles = _roles(en, "en")
    for name in ("Sarah Mwangi", "Peter Odhiambo", "Ruth Njeri"):
        assert "victim" in roles[name], name


def test_a_courts_list_after_a_colon_is_no_list_of_victims() -> None:
    es = (
        "Por el asesinato de los campesinos fueron condenados: Justo Arancibia Rojas, Hernán "
        "Vidal Molina y Pedro Urrutia Lagos."
    )
    roles = _roles(es, "es")
    for name in ("Justo Arancibia Rojas", "Hernán Vidal Molina", "Pedro Urrutia Lagos"):
        assert "victim" not in roles[name], name


# -- "ministros" of a high court are judges -----------------------------------------------------


def test_ministers_of_a_court_are_judges() -> None:
    es = (
        "La Segunda Sala de la Corte Suprema, integrada por los ministros Ramiro Cortés Vial, "
        "Inés Sepúlveda Mora y Tomás Larraín Ortúzar, confirmó la condena. La ministra Inés "
        "Sepúlveda Mora votó en contra."
    )
    roles = _roles(es, "es")
    for name in ("Ramiro Cortés Vial", "Inés Sepúlveda Mora", "Tomás Larraín Ortúzar"):
        assert "judge" in roles[name], name
        assert "official" not in roles[name], name


def test_a_minister_of_a_ministry_stays_an_official() -> None:
    es = (
        "La Corte Suprema confirmó la condena, y el ministro del Interior, Rodrigo Peña Salas, "
        "dijo que el fallo se cumplirá."
    )
    roles = _roles(es, "es")
    assert "judge" not in roles["Rodrigo Peña Salas"]
    # no court in the text: a bare "ministro" is a member of the government
    es2 = "El ministro Julián Ortega Ríos anunció la sentencia del proceso de licitación."
    assert "judge" not in _roles(es2, "es")["Julián Ortega Ríos"]


def test_the_head_of_a_court_does_not_make_every_president_a_judge() -> None:
    # the role a cue takes from its own context stays with that cue
    es = (
        "El presidente de la Corte, Luis Ferrán Solís, recibió al presidente Eduardo Mena "
        "Cáceres en el palacio."
    )
    roles = _roles(es, "es")
    assert "judge" in roles["Luis Ferrán Solís"]
    assert "judge" not in roles["Eduardo Mena Cáceres"]


# -- a phrase written once as a place is that place everywhere ---------------------------------


def _names(text: str, lang: str) -> set[str]:
    return set(_roles(text, lang))


def test_a_prison_or_a_camp_named_by_its_place() -> None:
    es = (
        "Los tres exoficiales fueron trasladados al penal de Cerro Moreno. En Cerro Moreno "
        "cumplen también su pena otros dos condenados."
    )
    assert not any("Moreno" in n for n in _names(es, "es"))
    en = (
        "The remains were found at the killing field at Kampong Trach; Kampong Trach is now a "
        "memorial. Dara Sok was held alone on Koh Tang for a year."
    )
    names = _names(en, "en")
    assert not any("Kampong" in n or "Koh Tang" in n for n in names)
    assert "Dara Sok" in names


def test_a_person_after_a_crime_noun_with_de_stays_a_person() -> None:
    es = "La muerte de Ramiro Tello Quispe y el secuestro de Nilda Vera Cano siguen impunes."
    assert {"Ramiro Tello Quispe", "Nilda Vera Cano"} <= _names(es, "es")


def test_the_people_an_events_count_is_made_of_are_its_victims() -> None:
    # the disappeared leader is counted by the disappearance told in a ruling's sentence; he is
    # its victim even though no victim cue stands next to his name
    es = (
        "Un tribunal condenó el lunes a 30 años de prisión a dos expolicías, hallados culpables "
        "de la desaparición forzada del dirigente campesino Mario Quispe Ccori en 1985."
    )
    assert "victim" in _roles(es, "es")["Mario Quispe Ccori"]
    # the court's own people are never made victims this way
    en = (
        "Judge Ana Torres Vega read the verdict on the enforced disappearance of the student "
        "Luis Mayta Roca in 1992."
    )
    roles = _roles(en, "en")
    assert "victim" not in roles.get("Ana Torres Vega", [])
