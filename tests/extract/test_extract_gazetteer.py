"""Gazetteers of organisations and places, and extending them with a user's data file."""

from __future__ import annotations

from pathlib import Path

import pytest

from recuento.errors import ValidationError
from recuento.extract import Gazetteer, RuleBasedExtractor


def test_names_match_any_case_with_a_capital_but_not_common_words() -> None:
    gaz = Gazetteer.organizations()
    found = [
        (m.surface, m.entry.name) for m in gaz.find("the Colina group killed; una colina alta")
    ]
    assert found == [("Colina group", "Grupo Colina")]


def test_acronyms_match_only_in_capitals() -> None:
    gaz = Gazetteer.organizations()
    assert [m.entry.name for m in gaz.find("el SIN y el MRTA")] == [
        "National Intelligence Service",
        "Túpac Amaru Revolutionary Movement",
    ]
    assert gaz.find("sin pruebas") == []


def test_accents_do_not_matter() -> None:
    gaz = Gazetteer.organizations()
    assert gaz.find("el Ejercito")[0].entry.kind == "armed_forces"


def test_places_know_what_contains_them() -> None:
    places = Gazetteer.places()
    assert "Accomarca" in places.ancestors("Llocllapampa")
    assert "Ayacucho" in places.ancestors("Llocllapampa")


def test_a_user_file_extends_the_gazetteer(tmp_path: Path) -> None:
    extra = tmp_path / "units.csv"
    extra.write_text(
        "# our own units\nname,kind,country,aliases\n"
        "Batallón Contrasubversivo 313,armed_forces,PE,BCS 313\n",
        encoding="utf-8",
    )
    ex = RuleBasedExtractor(organization_files=[extra])
    out = ex.extract("Soldados del BCS 313 detuvieron a diez campesinos.", language="es")
    orgs = [s.fields for s in out if s.kind == "organization"]
    assert orgs == [
        {
            "name": "BCS 313",
            "kind": "armed_forces",
            "canonical": "Batallón Contrasubversivo 313",
            "aliases": [],
        }
    ]


def test_a_bad_user_file_reports_every_problem(tmp_path: Path) -> None:
    bad = tmp_path / "bad.csv"
    bad.write_text("name,kind,country,aliases\n,police,PE,\nX,militia,PE,\n", encoding="utf-8")
    with pytest.raises(ValidationError) as info:
        Gazetteer.organizations(bad)
    assert len(info.value.problems) == 2
    assert info.value.problems[1].line == 3
