"""Legal facts: the fourth round of session 5.

Errors were counted over the 12 folders open for development (devset and its fresh* folders,
held-out sets 1-5); held-out sets 6 and 7 were not opened. Each rule below has its own short
texts, written for this file, with the cases the rule must leave alone.
"""

from __future__ import annotations

from datetime import date

import pytest

from recuento.extract import RuleBasedExtractor

from extract_helpers import legal, subjects

PUB = date(2021, 3, 4)

# ---- serving a sentence is the sentence, not a new detention -----------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "El exgeneral Ramiro Escalante Vidal ya cumple una condena de 25 años por otros crímenes.",
        "Ramiro Escalante Vidal, que cumplía una condena a prisión perpetua, murió el lunes.",
        "El exmayor Ramiro Escalante Vidal cumplió una condena en Panamá y vive hoy en Quito.",
    ],
)
def test_serving_a_sentence_is_no_detention(ex: RuleBasedExtractor, text: str) -> None:
    out = ex.extract(text, language="es", published=PUB)
    assert "Ramiro Escalante Vidal" not in subjects(out, "detention")


@pytest.mark.parametrize(
    "text",
    [
        "El exgeneral Ramiro Escalante Vidal permanece en prisión preventiva desde 2019.",
        "Ramiro Escalante Vidal cumple prisión domiciliaria desde 2019 por razones de salud.",
        "Ramiro Escalante Vidal está preso desde 2019 en la cárcel de Ancón.",
    ],
)
def test_held_in_prison_stays_a_detention(ex: RuleBasedExtractor, text: str) -> None:
    out = ex.extract(text, language="es", published=PUB)
    assert "Ramiro Escalante Vidal" in subjects(out, "detention")


def test_serving_a_sentence_is_an_undated_conviction(ex: RuleBasedExtractor) -> None:
    text = (
        "El 3 de marzo de 2021 murió el exgeneral Ramiro Escalante Vidal. "
        "Escalante Vidal ya cumplía una condena de 25 años por otros crímenes."
    )
    out = ex.extract(text, language="es", published=PUB)
    conv = [f for f in legal(out) if f["type"] == "conviction"]
    assert [f["subjects"] for f in conv] == [["Ramiro Escalante Vidal"]]
    assert conv[0]["sentence"]["years"] == 25
    assert conv[0].get("date") is None


def test_serving_life_is_still_a_detention(ex: RuleBasedExtractor) -> None:
    text = "Ramiro Escalante Vidal murió en la base naval, donde cumplía cadena perpetua."
    out = ex.extract(text, language="es", published=PUB)
    assert "Ramiro Escalante Vidal" in subjects(out, "detention")


def test_terms_after_a_sentence_served_are_no_ruling(ex: RuleBasedExtractor) -> None:
    text = (
        "El 3 de marzo de 2021 la Sala confirmó la condena de Germán Tituaña Paz. "
        "El autor material, Ramiro Escalante Vidal, cumple una condena a presidio perpetuo. "
        "El ministro Bruno Ocampo Lema estuvo por elevar la pena de Tituaña a 20 años."
    )
    out = ex.extract(text, language="es", published=PUB)
    assert "Bruno Ocampo Lema" not in subjects(out, "conviction")
    assert "Ramiro Escalante Vidal" in subjects(out, "conviction")


# ---- arrests of suspects the text reports no ruling about ---------------------------------------


@pytest.mark.parametrize(
    ("text", "lang", "arrested"),
    [
        (
            "The businessman Ramiro Escalante Vidal and the former police chief Germán Tituaña "
            "Paz were arrested on 4 May 2020, accused of ordering the killing.",
            "en",
            {"Ramiro Escalante Vidal", "Germán Tituaña Paz"},
        ),
        (
            "El 4 de mayo de 2020 la Fiscalía detuvo en Quito al exministro Ramiro Escalante "
            "Vidal, por los delitos de desaparición forzada y tortura.",
            "es",
            {"Ramiro Escalante Vidal"},
        ),
        (
            "El 4 de mayo de 2020 la Policía capturó en Cuenca a Ramiro Escalante Vidal, "
            "acusado de ordenar la masacre.",
            "es",
            {"Ramiro Escalante Vidal"},
        ),
    ],
)
def test_arrest_of_a_suspect_is_a_detention(
    ex: RuleBasedExtractor, text: str, lang: str, arrested: set[str]
) -> None:
    out = ex.extract(text, language=lang, published=PUB)
    dets = [f for f in legal(out) if f["type"] == "detention"]
    assert {n for f in dets for n in f["subjects"]} == arrested
    assert all(f["date"]["value"] == "2020-05-04" for f in dets)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        # a victim seized by soldiers is the harm, told as an event, not a legal fact
        (
            "El 4 de mayo de 1982 soldados detuvieron a la estudiante Rosa Tituaña Paz en un "
            "retén y nunca más se supo de ella.",
            "es",
        ),
        (
            "On 4 May 1982 the student Rosa Tituaña Paz was arrested at a checkpoint and was "
            "never seen again.",
            "en",
        ),
        # the patrol leader who made the arrest is not the one arrested
        (
            "El 4 de mayo de 1986 el teniente Germán Ocampo Lema, acusado de la quema, detuvo "
            "al fotógrafo Bruno Tituaña Paz.",
            "es",
        ),
    ],
)
def test_arrest_of_a_victim_is_no_detention(ex: RuleBasedExtractor, text: str, lang: str) -> None:
    out = ex.extract(text, language=lang, published=PUB)
    dets = {n for f in legal(out) if f["type"] == "detention" for n in f["subjects"]}
    assert not dets & {"Rosa Tituaña Paz", "Germán Ocampo Lema", "Bruno Tituaña Paz"}


@pytest.mark.parametrize(
    "text",
    [
        "La policía detuvo a 63 personas en la plaza.",
        "El 3 de marzo de 2021 el juez condenó a Ramiro Escalante Vidal. En marzo de 2022 "
        "fueron detenidos tres exfuncionarios acusados de armar aquel expediente.",
    ],
)
def test_arrest_of_an_unnamed_group_is_no_detention(ex: RuleBasedExtractor, text: str) -> None:
    out = ex.extract(text, language="es", published=PUB)
    assert not [f for f in legal(out) if f["type"] == "detention"]


# ---- a ruling dated by the sentence that brings in its court ------------------------------------


def test_ruling_dated_by_the_court_sentence_before(ex: RuleBasedExtractor) -> None:
    text = (
        "In May 2012 a judge in Quito sentenced Ramiro Escalante Vidal to 30 years.\n\n"
        "On Tuesday, 30 July 2013, the Superior Court of Pichincha went further. It found "
        "Germán Tituaña Paz guilty of enforced disappearance as well."
    )
    out = ex.extract(text, language="en", published=date(2013, 8, 5))
    conv = {f["subjects"][0]: f["date"]["value"] for f in legal(out) if f["type"] == "conviction"}
    assert conv == {"Ramiro Escalante Vidal": "2012-05", "Germán Tituaña Paz": "2013-07-30"}


@pytest.mark.parametrize(
    "second",
    [
        "On 30 July 2003 soldiers killed the student Bruno Ocampo Lema near the court of Quito.",
        "Their trial before the Superior Court of Pichincha opened on 30 July 2003.",
    ],
)
def test_event_or_trial_date_before_a_ruling_is_not_its_date(
    ex: RuleBasedExtractor, second: str
) -> None:
    text = (
        "In May 2012 a judge in Quito sentenced Ramiro Escalante Vidal to 30 years.\n\n"
        f"{second} It found Germán Tituaña Paz guilty of murder as well."
    )
    out = ex.extract(text, language="en", published=date(2013, 8, 5))
    conv = {f["subjects"][0]: f["date"]["value"] for f in legal(out) if f["type"] == "conviction"}
    assert conv.get("Germán Tituaña Paz") != "2003-07-30"


# ---- "all six", "the four appellants": a counted group named before ---------------------------


def test_counted_group_takes_the_set_named_before(ex: RuleBasedExtractor) -> None:
    text = (
        "The appellants, Ramiro Escalante Vidal, Germán Tituaña Paz and Bruno Ocampo Lema, "
        "remain in prison. On 19 December 1996 a judge in Quito convicted the three appellants "
        "and a fourth man, Rosendo Quishpe Lema, of genocide."
    )
    out = ex.extract(text, language="en", published=date(2006, 8, 4))
    assert subjects(out, "conviction") == {
        "Ramiro Escalante Vidal",
        "Germán Tituaña Paz",
        "Bruno Ocampo Lema",
        "Rosendo Quishpe Lema",
    }


@pytest.mark.parametrize(
    "second",
    [
        # a different count: which of them is not told
        "On 19 December 1996 a judge in Quito convicted two of the men of genocide.",
        "On 19 December 1996 a judge in Quito convicted the two soldiers of genocide.",
    ],
)
def test_counted_group_of_another_size_stays_a_group(ex: RuleBasedExtractor, second: str) -> None:
    text = (
        "The appellants, Ramiro Escalante Vidal, Germán Tituaña Paz and Bruno Ocampo Lema, "
        f"remain in prison. {second}"
    )
    out = ex.extract(text, language="en", published=date(2006, 8, 4))
    assert not subjects(out, "conviction")


def test_upheld_convictions_of_a_group_named_next_keep_their_members(
    ex: RuleBasedExtractor,
) -> None:
    text = (
        "Yesterday the Supreme Court upheld the convictions of three gold prospectors. "
        "The appellants, Ramiro Escalante Vidal, Germán Tituaña Paz and Bruno Ocampo Lema, "
        "remain in prison. On 19 December 1996 a judge in Quito convicted the three appellants "
        "and a fourth man, Rosendo Quishpe Lema, of genocide."
    )
    out = ex.extract(text, language="en", published=date(2006, 8, 4))
    assert subjects(out, "sentence_reaffirmed") == {
        "Ramiro Escalante Vidal",
        "Germán Tituaña Paz",
        "Bruno Ocampo Lema",
    }


# ---- "revocó esa decisión y lo condenó": a reversal into a conviction ----------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Un juzgado absolvió a Ramiro Escalante Vidal en 2007. En noviembre de 2009 el Tribunal "
        "Superior revocó esa decisión y lo condenó a 40 años de prisión.",
        "En 2012 el Tribunal Superior revocó parcialmente ese fallo y condenó al teniente "
        "Ramiro Escalante Vidal a 30 años.",
        "La Sala condenó a Ramiro Escalante Vidal. La Sala revocó así la absolución que el "
        "juzgado le había concedido.",
        "El tribunal revocó el arresto domiciliario del que gozaba Ramiro Escalante Vidal.",
    ],
)
def test_reversal_into_a_conviction_is_no_annulment(ex: RuleBasedExtractor, text: str) -> None:
    out = ex.extract(text, language="es", published=PUB)
    assert not [f for f in legal(out) if f["type"] == "annulment"]


def test_revoked_sentence_is_an_annulment(ex: RuleBasedExtractor) -> None:
    text = (
        "Ramiro Escalante Vidal fue condenado a 20 años en 2004; un magistrado de apelación "
        "revocó esa sentencia y el chofer quedó libre en 2005."
    )
    out = ex.extract(text, language="es", published=PUB)
    assert "Ramiro Escalante Vidal" in subjects(out, "annulment")


# ---- an age is no term ------------------------------------------------------------------------


def test_age_written_with_hyphens_is_no_term(ex: RuleBasedExtractor) -> None:
    text = (
        "On 13 April 2023 a court in Lima sentenced Ramiro Escalante Vidal. The court sentenced "
        "the 66-year-old retired general to 12 years in prison."
    )
    out = ex.extract(text, language="en", published=date(2023, 4, 18))
    terms = {f["sentence"]["years"] for f in legal(out) if f.get("sentence")}
    assert 66 not in terms
    assert 12 in terms
