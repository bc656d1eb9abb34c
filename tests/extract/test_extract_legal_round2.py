"""Legal facts, person roles and organisations: the general rules of the second round.

The eight texts in tests/extract/devset/fresh2/l*.txt were written and coded before the
extractor ran on them (first-run figures in docs/extraction.md). The short texts below are new,
one rule each.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from recuento.extract import (
    RuleBasedExtractor,
    Suggestion,
)
from recuento.services.extraction import evaluate_documents, load_gold_directory

FRESH2 = Path(__file__).parent / "devset" / "fresh2"


def kind(out: list[Suggestion], k: str) -> list[dict]:
    return [s.fields for s in out if s.kind == k]


def legal(out: list[Suggestion], ltype: str) -> list[dict]:
    return [f for f in kind(out, "legal") if f["type"] == ltype]


def test_the_legal_texts_cover_both_languages_and_are_scored() -> None:
    # well-formedness of every coding: test_gold_codings.py
    docs = [d for d in load_gold_directory(FRESH2) if d.name.startswith("l")]
    assert len(docs) >= 8
    langs = [d.language for d in docs]
    assert langs.count("en") >= 4 and langs.count("es") >= 4
    report, _ = evaluate_documents(docs)
    assert report.legal_strict.tp > 0  # the texts are scored, not only parsed


def test_a_date_opening_the_sentence_dates_the_ruling_not_the_trial_it_describes(
    ex: RuleBasedExtractor,
) -> None:
    text = (
        "In January 1996 a military court of hooded judges found Lori Berenson guilty of "
        "treason and sentenced her to life in prison."
    )
    out = ex.extract(text, language="en", published=date(2010, 5, 27))
    conv = legal(out, "conviction")
    assert conv and conv[0]["date"]["value"] == "1996-01"
    assert conv[0]["sentence"]["life"] is True


def test_a_date_between_two_triggers_also_dates_the_verb(ex: RuleBasedExtractor) -> None:
    text = (
        "Lori Berenson was first tried by a military court. At the retrial, in June 2001, "
        "she was convicted of terrorist collaboration and sentenced to 20 years."
    )
    out = ex.extract(text, language="en", published=date(2010, 5, 27))
    conv = legal(out, "conviction")
    assert conv and conv[0]["date"]["value"] == "2001-06"
    assert conv[0]["sentence"]["years"] == 20


def test_her_n_year_sentence_refers_back_and_takes_no_ruling_date(ex: RuleBasedExtractor) -> None:
    text = (
        "LIMA, May 27, 2010 (Wire) -- Judge Jessica León ruled on Tuesday that Lori Berenson "
        "could serve the rest of her 20-year sentence on conditional release."
    )
    out = ex.extract(text, language="en", published=date(2010, 5, 27))
    for f in legal(out, "conviction"):
        assert f["date"] is None


def test_a_total_in_all_wins_over_the_terms_for_each_count(ex: RuleBasedExtractor) -> None:
    text = (
        "On 19 April 2005 the National Court found Adolfo Scilingo guilty of crimes against "
        "humanity. He was sentenced to 21 years for each of 30 murders, plus five years for "
        "illegal detention and five for torture: 640 years in all."
    )
    out = ex.extract(text, language="en", published=date(2005, 4, 20))
    years = {f["sentence"]["years"] for f in legal(out, "conviction") if f["sentence"]}
    assert years == {640}


def test_lo_condeno_goes_to_the_story_person_not_the_president_he_rose_against(
    ex: RuleBasedExtractor,
) -> None:
    text = (
        "El 1 de enero de 2005, Antauro Humala y unos 160 reservistas tomaron la comisaría de "
        "Andahuaylas para exigir la renuncia del entonces presidente Alejandro Toledo. En 2009 "
        "un tribunal lo condenó a 25 años de prisión."
    )
    out = ex.extract(text, language="es", published=date(2022, 8, 21))
    conv = legal(out, "conviction")
    assert conv and conv[0]["subjects"] == ["Antauro Humala"]
    assert conv[0]["sentence"]["years"] == 25


def test_a_pardon_promised_and_never_signed_is_not_a_pardon(ex: RuleBasedExtractor) -> None:
    text = (
        "Durante la campaña, el presidente Pedro Castillo había prometido a la familia de "
        "Antauro Humala un indulto que nunca llegó a firmarse."
    )
    out = ex.extract(text, language="es", published=date(2022, 8, 21))
    assert not legal(out, "pardon")


def test_striking_down_amnesty_laws_has_no_person_subject(ex: RuleBasedExtractor) -> None:
    text = (
        "María Isabel Chorobik de Mariani has searched for her granddaughter for three decades. "
        "The Supreme Court struck down the full-stop and due-obedience amnesty laws in June 2005."
    )
    out = ex.extract(text, language="en", published=date(2006, 9, 21))
    ann = legal(out, "annulment")
    assert ann and ann[0]["subjects"] == []
    assert ann[0]["date"]["value"] == "2005-06"


def test_a_headline_in_capitals_gives_no_legal_fact(ex: RuleBasedExtractor) -> None:
    text = (
        "LIFE SENTENCE FOR ETCHECOLATZ; KEY WITNESS STILL MISSING\n\n"
        "On Tuesday, a federal court in La Plata sentenced Miguel Osvaldo Etchecolatz to life "
        "imprisonment."
    )
    out = ex.extract(text, language="en", published=date(2006, 9, 21))
    conv = legal(out, "conviction")
    assert len(conv) == 1 and conv[0]["subjects"] == ["Miguel Osvaldo Etchecolatz"]


def test_sent_to_prison_for_n_years_and_taken_to_a_prison(ex: RuleBasedExtractor) -> None:
    text = (
        "The court sent the former police officer Julio Simón to prison for 25 years. "
        "Miguel Osvaldo Etchecolatz was taken to the federal prison of Marcos Paz."
    )
    out = ex.extract(text, language="en", published=date(2006, 9, 21))
    conv = legal(out, "conviction")
    assert conv and conv[0]["subjects"] == ["Julio Simón"] and conv[0]["sentence"]["years"] == 25
    det = legal(out, "detention")
    assert det and det[0]["subjects"] == ["Miguel Osvaldo Etchecolatz"]
    assert "Marcos Paz" not in [p["name"] for p in kind(out, "person")]


def test_subjects_of_legal_facts_get_their_roles(ex: RuleBasedExtractor) -> None:
    text = (
        "The court sentenced Byron Disrael Lima Estrada to 30 years in prison and acquitted "
        "the housekeeper, Margarita López."
    )
    out = ex.extract(text, language="en", published=date(2006, 4, 26))
    roles = {p["name"]: p["roles"] for p in kind(out, "person")}
    assert "convicted_perpetrator" in roles["Byron Disrael Lima Estrada"]
    assert "alleged_perpetrator" in roles["Margarita López"]


def test_names_across_a_month_or_a_place_word(ex: RuleBasedExtractor) -> None:
    text = (
        "Jorge Julio López testified in June. Colonel Byron Disrael Lima Estrada was convicted. "
        "La jueza penal Mariana Mota leyó el fallo."
    )
    out = ex.extract(text, language="en")
    names = {p["name"] for p in kind(out, "person")}
    assert {"Jorge Julio López", "Byron Disrael Lima Estrada", "Mariana Mota"} <= names


def test_an_organisation_named_with_its_acronym_and_its_later_mentions(
    ex: RuleBasedExtractor,
) -> None:
    text = (
        "Nineth Montenegro fundó el Grupo de Apoyo Mutuo (GAM) en 1984. El director del GAM "
        "calificó el fallo de golpe a la impunidad."
    )
    out = ex.extract(text, language="es")
    orgs = {o["name"]: o for o in kind(out, "organization")}
    assert "Grupo de Apoyo Mutuo" in orgs
    assert orgs["Grupo de Apoyo Mutuo"]["kind"] == "ngo"
    spans = [
        s for s in out if s.kind == "organization" and s.fields["name"] == "Grupo de Apoyo Mutuo"
    ]
    assert len(spans[0].spans) == 3  # the name, its acronym in brackets, the later "GAM"
    assert "Grupo de Apoyo Mutuo" not in [p["name"] for p in kind(out, "person")]


def test_court_names_keep_ordinals_numbers_and_letters(ex: RuleBasedExtractor) -> None:
    text = (
        "La Suprema Corte de Justicia divulgó el fallo. El Tribunal Octavo de Sentencia Penal "
        "condenó a dos expolicías. The Federal Oral Court No. 1 of La Plata sentenced him. "
        "El Tribunal de Mayor Riesgo C abrió el juicio. La Cuarta Sala Penal lo confirmó."
    )
    out = ex.extract(text, language="es")
    names = {o["name"] for o in kind(out, "organization")}
    assert {
        "Suprema Corte de Justicia",
        "Tribunal Octavo de Sentencia Penal",
        "Federal Oral Court No. 1 of La Plata",
        "Tribunal de Mayor Riesgo C",
        "Cuarta Sala Penal",
    } <= names


def test_a_bare_surname_is_the_main_person_and_not_a_lawyer_after_his_lawyer(
    ex: RuleBasedExtractor,
) -> None:
    text = (
        "El expresidente Alberto Fujimori salió del penal. Alberto Fujimori fue recibido por su "
        "hija Keiko Fujimori. El indulto fue anulado en octubre de 2018 y Fujimori volvió a "
        "prisión. A la salida, acompañado de su abogada, Fujimori dijo que estaba cansado."
    )
    out = ex.extract(text, language="es", published=date(2023, 12, 7))
    people = {p["name"]: p for p in kind(out, "person")}
    assert "lawyer" not in people["Alberto Fujimori"]["roles"]
    subjects = {s for f in kind(out, "legal") for s in f["subjects"]}
    assert "Keiko Fujimori" not in subjects
