"""The built-in place gazetteer: places.csv (Peru) and places_world.csv read together."""

from __future__ import annotations

import csv
import io
from collections import Counter
from importlib import resources

import pytest

from recuento.extract import Gazetteer
from recuento.extract.gazetteer import PLACE_FILES, PLACE_LEVELS, deaccent


def _rows(name: str) -> list[dict[str, str]]:
    text = resources.files("recuento.extract").joinpath("data", name).read_text("utf-8")
    lines = [ln for ln in text.splitlines() if ln.strip() and not ln.lstrip().startswith("#")]
    return list(csv.DictReader(io.StringIO("\n".join(lines))))


def _fold(name: str) -> str:
    return " ".join(deaccent(name).lower().split())


@pytest.fixture(scope="module")
def places() -> Gazetteer:
    return Gazetteer.places()


def test_both_built_in_files_load(places: Gazetteer) -> None:
    assert PLACE_FILES == ("places.csv", "places_world.csv")
    for name in PLACE_FILES:
        rows = _rows(name)
        assert rows, name
        for row in rows:
            assert row["name"] in places.by_name, (name, row["name"])
    assert len(places) == sum(len(_rows(n)) for n in PLACE_FILES)


def test_no_name_or_alias_names_two_entries(places: Gazetteer) -> None:
    owners: Counter[str] = Counter()
    for e in places.entries:
        for form in {_fold(a) for a in (e.name, *e.aliases)}:
            owners[form] += 1
    assert [f for f, n in owners.items() if n > 1] == []


def test_every_within_is_an_entry_and_levels_are_known(places: Gazetteer) -> None:
    for e in places.entries:
        assert e.kind in PLACE_LEVELS, e
        if e.within:
            assert e.within in places.by_name, (e.name, e.within)
            assert places.ancestors(e.name)[0] == e.within


def test_countries_are_countries_with_a_two_letter_code(places: Gazetteer) -> None:
    countries = [e for e in places.entries if e.kind == "country"]
    assert len(countries) > 50
    for e in countries:
        assert not e.within, e.name
        assert len(e.country) == 2 and e.country.isupper(), e.name


@pytest.mark.parametrize(
    ("text", "name", "level"),
    [
        ("viajó a Estados Unidos en 1990", "United States", "country"),
        ("llegaron a los EE. UU. ayer", "United States", "country"),
        ("presos en São Paulo", "São Paulo", "region"),
        ("presos en Sao Paulo", "São Paulo", "region"),
        ("en Montevideo, Uruguay", "Montevideo", "locality"),
        ("desaparecido en Bogota", "Bogotá", "locality"),
        ("the trial in The Hague", "The Hague", "locality"),
        ("refugiados en Colômbia e na Venezuela", "Venezuela", "country"),
        ("fled to Mexico City", "Ciudad de México", "locality"),
    ],
)
def test_spot_checks(places: Gazetteer, text: str, name: str, level: str) -> None:
    found = {m.entry.name: m.entry.kind for m in places.find(text)}
    assert found.get(name) == level, found


def test_world_places_nest_up_to_their_country(places: Gazetteer) -> None:
    assert places.ancestors("Guadalajara") == ["Jalisco", "Mexico"]
    assert places.ancestors("El Alto") == ["La Paz", "Bolivia"]
    assert places.ancestors("Quito") == ["Pichincha", "Ecuador"]


def test_names_that_are_also_person_names_are_left_out(places: Gazetteer) -> None:
    # "Guerrero dijo", "Juan Sucre", "Francia Márquez": a place match would hide the person
    assert places.find("Guerrero dijo que Sucre y Francia Márquez") == []
