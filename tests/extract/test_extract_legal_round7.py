"""Legal facts: the second round of session 5.

Errors were counted over the 12 folders open for development (devset and its fresh* folders,
held-out sets 1-5); held-out sets 6 and 7 were not opened. Each rule below has its own short
texts, written for this file, with the cases the rule must leave alone.
"""

from __future__ import annotations

from datetime import date

from recuento.extract import RuleBasedExtractor

from extract_helpers import dates_by_subject, of_type, years_by_subject

# ---- a list of terms announced by a colon, far from the ruling ---------------------------------

LIST_EN = (
    "QUITO, 5 May (Wire) -- A court in Quito on Monday convicted five former police officers of "
    "the killing of three students in 1988.\n\n"
    "The students were taken from a bus station and shot near the river. Their bodies were found "
    "two days later by fishermen.\n\n"
    "Relatives had waited more than thirty years for the trial.\n\n"
    "The court imposed the following sentences:\n"
    "- Ramiro Escalante Vidal, the patrol commander: 25 years;\n"
    "- Bruno Ocampo Lema and Germán Tituaña Paz: 16 years each.\n"
)

LIST_ES = (
    "Decisión. La Corte rechazó los recursos de las defensas. Resolvió:\n"
    "- condenar a Ramiro Escalante Vidal, revocando su absolución, y a Bruno Ocampo Lema a 15 "
    "años de presidio cada uno;\n"
    "- absolver a Germán Tituaña Paz y Óscar Villacrés Mora.\n"
)


def test_list_announced_by_a_colon_takes_the_ruling(ex: RuleBasedExtractor) -> None:
    out = ex.extract(LIST_EN, language="en", published=date(2021, 5, 5))
    assert years_by_subject(out) == {
        "Ramiro Escalante Vidal": 25,
        "Bruno Ocampo Lema": 16,
        "Germán Tituaña Paz": 16,
    }
    assert set(dates_by_subject(out).values()) == {"2021-05-03"}


def test_infinitives_of_a_ruling_list(ex: RuleBasedExtractor) -> None:
    out = ex.extract(LIST_ES, language="es", published=date(2021, 5, 5))
    assert years_by_subject(out) == {"Ramiro Escalante Vidal": 15, "Bruno Ocampo Lema": 15}
    acquitted = {n for f in of_type(out, "acquittal") for n in f["subjects"]}
    # "revocando su absolución" undoes an acquittal; it is no acquittal of its own
    assert acquitted == {"Germán Tituaña Paz", "Óscar Villacrés Mora"}


def test_a_colon_without_a_ruling_is_no_list_of_terms(ex: RuleBasedExtractor) -> None:
    text = (
        "QUITO, 5 May (Wire) -- A court in Quito on Monday convicted five former police officers "
        "of the killing of three students in 1988.\n\n"
        "The relatives listed their demands:\n"
        "- Ramiro Escalante Vidal, a lawyer: 25 years of searching;\n"
    )
    out = ex.extract(text, language="en", published=date(2021, 5, 5))
    assert "Ramiro Escalante Vidal" not in years_by_subject(out)


def test_a_request_to_convict_is_no_conviction(ex: RuleBasedExtractor) -> None:
    text = "La fiscalía pidió:\n- condenar a Ramiro Escalante Vidal a 20 años de presidio;\n"
    out = ex.extract(text, language="es", published=date(2021, 5, 5))
    assert not of_type(out, "conviction")


# ---- Spanish lists of terms: "13 años para A y B; 12 para C", "sendas penas de 10 años" -------

TERMS_ES = (
    "BUENOS AIRES, 8 may (Agencia) — Un tribunal federal condenó este viernes a nueve "
    "exmilitares por los secuestros de 1977.\n\n"
    "El tribunal impuso 20 años de prisión al general Ramiro Escalante Vidal y 25 años al coronel "
    "Bruno Ocampo Lema, de 80. Entre las demás condenas figuran 13 años para Germán Tituaña Paz y "
    "Óscar Villacrés Mora; 12 para Tomás Ibarguren Sosa y Julián Quiroga Bustos, y 8 para Mateo "
    "Larrea Cano. Luis Benítez Ortega y Pablo Segura Díaz recibieron sendas penas de 10 años.\n"
)


def test_spanish_lists_of_terms(ex: RuleBasedExtractor) -> None:
    out = ex.extract(TERMS_ES, language="es", published=date(2020, 5, 9))
    assert years_by_subject(out) == {
        "Ramiro Escalante Vidal": 20,
        "Bruno Ocampo Lema": 25,
        "Germán Tituaña Paz": 13,
        "Óscar Villacrés Mora": 13,
        "Tomás Ibarguren Sosa": 12,
        "Julián Quiroga Bustos": 12,
        "Mateo Larrea Cano": 8,
        "Luis Benítez Ortega": 10,
        "Pablo Segura Díaz": 10,
    }


def test_a_bare_figure_without_a_term_before_is_no_term(ex: RuleBasedExtractor) -> None:
    text = (
        "BUENOS AIRES, 8 may (Agencia) — Un tribunal federal condenó este viernes al general "
        "Ramiro Escalante Vidal, de 80, y dejó 3 para Bruno Ocampo Lema.\n"
    )
    out = ex.extract(text, language="es", published=date(2020, 5, 9))
    assert years_by_subject(out).get("Bruno Ocampo Lema") is None
