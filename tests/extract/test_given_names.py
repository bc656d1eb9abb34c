"""The given-names list (data/given_names.csv): its shape, what it must leave out, and how a
known given name shapes the persons the rule-based extractor finds."""

from __future__ import annotations

from datetime import date
from importlib import resources

from recuento.extract import RuleBasedExtractor, Suggestion
from recuento.extract.gazetteer import load_given_names
from recuento.extract.text import fold_keep

# Ordinary words, places and virtues that start sentences and headlines: marking them as given
# names would turn "Paz y justicia" or "Will Congress act?" into persons.
EXCLUDED = {
    "Dolores", "Concepción", "Trinidad", "Paz", "Pilar", "Cruz", "Soledad", "Consuelo", "Amparo",
    "Remedios", "Socorro", "Esperanza", "Fe", "Ángeles", "Reyes", "Inocente", "Natividad",
    "Encarnación", "Caridad", "Piedad", "Libertad", "Will", "Grace", "Hope", "Faith", "Joy",
    "Bill", "Rich", "Young", "Long", "Guy", "Art", "Rose", "May", "June", "April", "Sue", "Rob",
    "Innocent", "Blessing", "Said", "Christian", "Marina", "Segundo", "Urbano", "Ante", "Niña",
    "Islam", "Jihad", "Amal", "Wagner",
}  # fmt: skip


def _rows() -> list[tuple[str, str]]:
    text = resources.files("recuento.extract").joinpath("data/given_names.csv").read_text("utf-8")
    rows = []
    for line in text.splitlines():
        if not line.strip() or line.startswith("#") or line.startswith("name,"):
            continue
        name, _, sex = line.partition(",")
        rows.append((name.strip(), sex.strip()))
    return rows


def test_the_file_has_no_name_twice_once_accents_are_folded() -> None:
    folded = [fold_keep(name) for name, _ in _rows()]
    twice = sorted({f for f in folded if folded.count(f) > 1})
    assert twice == []


def test_every_name_has_sex_m_or_f_and_one_word_shape() -> None:
    rows = _rows()
    assert {sex for _, sex in rows} == {"m", "f"}
    assert all(name and " " not in name and name[0].isupper() for name, _ in rows)


def test_the_loader_reads_at_least_900_folded_names() -> None:
    names = load_given_names()
    assert len(names) >= 900
    assert set(names.values()) == {"m", "f"}
    # folded keys: an accented row is found by its unaccented spelling
    assert names["joaquin"] == "m" and names["fatima"] == "f" and names["mehmet"] == "m"


def test_ordinary_words_are_not_given_names() -> None:
    names = load_given_names()
    assert sorted(w for w in EXCLUDED if fold_keep(w) in names) == []


def persons(out: list[Suggestion]) -> dict[str, str | None]:
    return {s.fields["name"]: s.fields.get("sex") for s in out if s.kind == "person"}


def test_two_siblings_who_share_a_surname_stay_two_persons(ex: RuleBasedExtractor) -> None:
    text = (
        "Fabiola Letelier, hermana del excanciller Orlando Letelier, dijo que la sentencia "
        "llegó treinta años tarde."
    )
    found = persons(ex.extract(text, language="es", published=date(1995, 5, 31)))
    assert found == {"Fabiola Letelier": "f", "Orlando Letelier": "m"}


def test_a_verb_before_a_known_given_name_is_not_part_of_the_name(
    ex: RuleBasedExtractor,
) -> None:
    text = (
        "Fallece Eleuterio Quispe Huamán, testigo clave del caso.\n\n"
        "El campesino había declarado ante la fiscalía en 2015."
    )
    found = persons(ex.extract(text, language="es", published=date(2020, 3, 2)))
    assert found == {"Eleuterio Quispe Huamán": "m"}


def test_given_names_from_beyond_spain_give_the_sex(ex: RuleBasedExtractor) -> None:
    text = (
        "Catarina Pérez y Gaspar Ceto declararon ante el tribunal. En Nairobi, Wangari Maathai "
        "y Desmond Tutu hablaron ante la multitud."
    )
    found = persons(ex.extract(text, language="es", published=date(2013, 4, 10)))
    assert found == {
        "Catarina Pérez": "f",
        "Gaspar Ceto": "m",
        "Wangari Maathai": "f",
        "Desmond Tutu": "m",
    }
