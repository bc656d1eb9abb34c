"""Legal facts: the third round of session 5.

Errors were counted over the 12 folders open for development (devset and its fresh* folders,
held-out sets 1-5); held-out sets 6 and 7 were not opened. Each rule below has its own short
texts, written for this file, with the cases the rule must leave alone.
"""

from __future__ import annotations

from datetime import date

import pytest

from recuento.extract import RuleBasedExtractor

from extract_helpers import legal, subjects

# ---- victims, judges and places named in a ruling's sentence -----------------------------------

VICTIM_CASES = [
    (
        "A court in Quito on Tuesday sentenced former police chief Ramiro Escalante Vidal to 20 "
        "years in prison for the aggravated illegal deprivation of liberty of Bruno Ocampo Lema.",
        "en",
        {"Ramiro Escalante Vidal"},
        "Bruno Ocampo Lema",
    ),
    (
        "El juez condenó el martes al excoronel Ramiro Escalante Vidal, de 70 años, a 25 años "
        "de prisión por el homicidio muy especialmente agravado de la maestra Rosa Tituaña Paz.",
        "es",
        {"Ramiro Escalante Vidal"},
        "Rosa Tituaña Paz",
    ),
    (
        "On Monday a court in Cuenca sentenced Ramiro Escalante Vidal and Germán Tituaña Paz, "
        "two police officers found guilty of killing Bruno Ocampo Lema, to 12 years each.",
        "en",
        {"Ramiro Escalante Vidal", "Germán Tituaña Paz"},
        "Bruno Ocampo Lema",
    ),
    (
        "La Sala condenó el lunes a Ramiro Escalante Vidal por el atentado que en 1975 mató en "
        "Ciudad de Panamá al general Bruno Ocampo Lema y a su esposa, Rosa Tituaña Paz.",
        "es",
        {"Ramiro Escalante Vidal"},
        "Rosa Tituaña Paz",
    ),
    (
        "On 4 May 2004 the trial chamber, composed of Judges Rosa Tituaña Paz (presiding), "
        "Bruno Ocampo Lema and Germán Ruiz Vidal, convicted Ramiro Escalante of genocide.",
        "en",
        {"Ramiro Escalante"},
        "Bruno Ocampo Lema",
    ),
]


@pytest.mark.parametrize(("text", "lang", "wanted", "victim"), VICTIM_CASES)
def test_victims_and_judges_named_in_the_ruling_are_not_its_subjects(
    ex: RuleBasedExtractor, text: str, lang: str, wanted: set[str], victim: str
) -> None:
    out = ex.extract(text, language=lang, published=date(2024, 5, 8))
    got = subjects(out, "conviction")
    assert wanted <= got
    assert victim not in got


def test_a_convict_named_after_a_crime_and_a_new_verb_stays_a_subject(
    ex: RuleBasedExtractor,
) -> None:
    text = (
        "The court on Monday convicted Ramiro Escalante Vidal of the murder of a student and "
        "sentenced Bruno Ocampo Lema to 10 years in prison."
    )
    out = ex.extract(text, language="en", published=date(2024, 5, 8))
    assert {"Ramiro Escalante Vidal", "Bruno Ocampo Lema"} <= subjects(out, "conviction")


def test_a_judge_list_does_not_swallow_the_defendant_named_after_it(
    ex: RuleBasedExtractor,
) -> None:
    text = (
        "Judge Rosa Tituaña Paz on Monday acquitted Bruno Ocampo Lema and Germán Ruiz Vidal of "
        "all charges."
    )
    out = ex.extract(text, language="en", published=date(2024, 5, 8))
    assert {"Bruno Ocampo Lema", "Germán Ruiz Vidal"} <= subjects(out, "acquittal")


def test_an_earlier_conviction_recalled_is_not_merged_into_the_new_one(
    ex: RuleBasedExtractor,
) -> None:
    text = (
        "SANTIAGO, 8 may (Cable) -- La Corte Suprema condenó el martes a Ramiro Escalante Vidal "
        "a 15 años de presidio por el secuestro de un estudiante.\n\n"
        "La Sala recordó que Escalante Vidal ya había sido condenado por la misma conducta en "
        "otra causa."
    )
    out = ex.extract(text, language="es", published=date(2024, 5, 8))
    convictions = [f for f in legal(out) if f["type"] == "conviction"]
    assert len(convictions) == 2
    assert {(f["sentence"] or {}).get("years") for f in convictions} == {15, None}


# ---- rulings asked for, hypothetical or demanded are not rulings --------------------------------

NOT_DONE = [
    (
        "The defence asked for the convictions of Ramiro Escalante Vidal to be quashed; the "
        "prosecution asked for a life sentence.",
        "en",
    ),
    (
        "Under the law Ramiro Escalante Vidal would be entitled to a new trial if he returned.",
        "en",
    ),
    ("Crimes of this gravity cannot be pardoned, said Ramiro Escalante Vidal.", "en"),
    (
        "Los abogados de Ramiro Escalante Vidal reclamaban la absolución o al menos una pena "
        "que le permitiera cumplirla en libertad.",
        "es",
    ),
    (
        "The Coalition demands:\n"
        "- the release of Ramiro Escalante Vidal and of all civilians still held;\n"
        "- a new trial for the officers.",
        "en",
    ),
]


@pytest.mark.parametrize(("text", "lang"), NOT_DONE)
def test_rulings_asked_for_or_hypothetical_are_not_proposed(
    ex: RuleBasedExtractor, text: str, lang: str
) -> None:
    out = ex.extract(text, language=lang, published=date(2024, 5, 8))
    assert legal(out) == []


def test_a_ruling_done_after_a_request_is_kept(ex: RuleBasedExtractor) -> None:
    text = (
        "The prosecution had asked for 30 years. On Monday the court acquitted Ramiro Escalante "
        "Vidal and ordered his release."
    )
    out = ex.extract(text, language="en", published=date(2024, 5, 8))
    assert "Ramiro Escalante Vidal" in subjects(out, "acquittal")


def test_a_ruling_told_with_would_later_is_kept(ex: RuleBasedExtractor) -> None:
    text = "Ramiro Escalante Vidal was arrested in 1990 and would later be convicted of murder."
    out = ex.extract(text, language="en", published=date(2024, 5, 8))
    assert "Ramiro Escalante Vidal" in subjects(out, "conviction")


def test_a_request_rejected_leaves_the_fact_alone(ex: RuleBasedExtractor) -> None:
    text = (
        "El tribunal condenó el viernes a Ramiro Escalante Vidal a prisión perpetua. También "
        "rechazó el pedido de las querellas para revocar la prisión domiciliaria de Escalante "
        "Vidal."
    )
    out = ex.extract(text, language="es", published=date(2024, 5, 8))
    assert "Ramiro Escalante Vidal" in subjects(out, "detention")


# ---- an unnamed defendant or group is the subject, not the names told before --------------------


def test_an_unnamed_defendant_acquitted_takes_no_names_from_before(ex: RuleBasedExtractor) -> None:
    text = (
        "On Monday the court convicted Ramiro Escalante Vidal and Bruno Ocampo Lema of the "
        "killings. A third defendant was acquitted for lack of evidence. The court ordered new "
        "trials for six others."
    )
    out = ex.extract(text, language="en", published=date(2024, 5, 8))
    acq = [f for f in legal(out) if f["type"] == "acquittal"]
    assert acq and all(f["subjects"] == [] for f in acq)
    assert all(not f["subjects"] for f in legal(out) if f["type"] in ("new_trial", "retrial"))
    assert {"Ramiro Escalante Vidal", "Bruno Ocampo Lema"} <= subjects(out, "conviction")
    assert [f["type"] for f in legal(out) if f["type"].startswith(("new_", "retrial"))] == [
        "retrial_ordered"
    ]
