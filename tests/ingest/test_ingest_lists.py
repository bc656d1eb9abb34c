"""Victim lists: column mappings, cell values, row problems with row and column, XLSX."""

from __future__ import annotations

import io
import json
from datetime import datetime
from pathlib import Path

import pytest
from ingest_samples import BARRIOS_ALTOS_CSV

from recuento.errors import ValidationError
from recuento.ingest.coding import parse_coding
from recuento.ingest.lists import (
    ColumnMapping,
    coding_document,
    list_slug,
    parse_age,
    parse_list_date,
    read_list,
)

MAP = ColumnMapping.from_pairs(
    ["name=Nombre", "age=Edad", "sex=Sexo", "date=Fecha", "place=Lugar"],
    ["act_type=killing_in_massacre", "status_at_end=dead"],
)


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("03/11/1991", "1991-11-03"),
        ("3-11-1991", "1991-11-03"),
        ("1991-11-03", "1991-11-03"),
        ("1991/11/03", "1991-11-03"),
        ("11/1991", "1991-11"),
        ("1991", "1991"),
        (1991, "1991"),
        ("3 de noviembre de 1991", "1991-11-03"),
        ("18 de julio 1992", "1992-07-18"),
        ("14 ago. 1985", "1985-08-14"),
        ("November 3, 1991", "1991-11-03"),
        ("setiembre de 1992", "1992-09"),
        ("198X", "198X"),
        (datetime(1992, 7, 18), "1992-07-18"),
    ],
)
def test_list_dates(raw: object, expected: str) -> None:
    assert parse_list_date(raw) == expected


def test_month_first_order() -> None:
    assert parse_list_date("11/03/1991", "mdy") == "1991-11-03"
    assert parse_list_date("11/03/1991", "dmy") == "1991-03-11"


@pytest.mark.parametrize("raw", ["3/11/91", "31/02/1991", "ayer", "13/13/1991", ""])
def test_bad_list_dates_say_why(raw: str) -> None:
    with pytest.raises(ValueError, match=r"."):
        parse_list_date(raw)


@pytest.mark.parametrize(("raw", "years"), [(8, 8), (34.0, 34), ("34", 34), ("34 años", 34)])
def test_ages(raw: object, years: int) -> None:
    assert parse_age(raw) == years


@pytest.mark.parametrize("raw", ["ocho", "-3", "200", "3.5", True])
def test_bad_ages(raw: object) -> None:
    with pytest.raises(ValueError, match="age|whole number"):
        parse_age(raw)


def test_slug_from_file_name() -> None:
    assert list_slug("Víctimas Barrios Altos (CIDH).csv") == "victimas-barrios-altos-cidh"
    assert list_slug("/data/x/../lista.xlsx") == "lista"


def test_rows_are_read_and_every_bad_cell_is_reported_with_row_and_column() -> None:
    result = read_list(BARRIOS_ALTOS_CSV.encode(), MAP, name="ba.csv")
    assert result.ok, result.problems
    assert result.metadata["list"] == "ba"
    numbers = [r.number for r in result.rows]
    assert numbers == [2, 3, 4, 5, 7, 8]  # row 6 is empty; rows keep spreadsheet numbers
    by = {r.number: r for r in result.rows}
    assert by[2].fields["name"] == "Placentina Marcela Chumbipuma Aguirre"
    assert by[2].fields["sex"] == "female" and by[3].fields["sex"] == "male"
    assert by[5].fields["date"] == "1991-11-03" and by[5].quotes["date"] == "3 de noviembre de 1991"
    assert by[2].fields["roles"] == ["victim"] and by[2].fields["act_type"] == "killing_in_massacre"
    bad = {(p.line, p.field): p.message for r in result.rows for p in r.problems}
    assert set(bad) == {(4, "Edad"), (7, "Fecha")}
    assert "ocho" in bad[(4, "Edad")]
    assert "3/11/91" in bad[(7, "Fecha")]
    assert [r.ok for r in result.rows] == [True, True, False, True, False, True]


def test_unknown_columns_and_fields_are_file_problems() -> None:
    m = ColumnMapping.from_pairs(["name=Nombres", "edad=Edad"])
    result = read_list(BARRIOS_ALTOS_CSV.encode(), m, name="ba.csv")
    messages = " | ".join(p.message for p in result.problems)
    assert "unknown list field 'edad'" in messages
    m = ColumnMapping.from_pairs(["name=Nombres"])
    result = read_list(BARRIOS_ALTOS_CSV.encode(), m, name="ba.csv")
    assert "no column 'Nombres'" in result.problems[0].message
    assert "'Nombre'" in result.problems[0].message  # the columns there are, to choose from


def test_a_mapping_needs_a_name_column() -> None:
    result = read_list(b"Edad\n3\n", ColumnMapping.from_pairs(["age=Edad"]), name="x.csv")
    assert any("name" in p.message for p in result.problems)
    assert read_list(b"Edad\n3\n", None, name="x.csv").problems[0].code == "mapping"


def test_headers_match_without_case_or_accents_and_columns_join() -> None:
    data = "NOMBRES,APELLIDOS,SEXO\nHugo,Muñoz Sánchez,M\nBertila,Lozano Torres,F\n".encode()
    m = ColumnMapping.from_yaml(
        "columns:\n  name: [Nombres, Apellidos]\n  sex: sexo\nvalues:\n  sex: {M: male}\n"
    )
    result = read_list(data, m, name="cantuta.csv")
    assert result.ok
    assert [r.fields["name"] for r in result.rows] == [
        "Hugo Muñoz Sánchez",
        "Bertila Lozano Torres",
    ]
    assert [r.fields["sex"] for r in result.rows] == ["male", "female"]
    assert result.rows[0].fields.get("roles") == ["victim"]


def test_ambiguous_sex_letter_asks_for_a_translation() -> None:
    data = b"Nombre,Sexo\nHugo Munoz Sanchez,M\n"
    result = read_list(data, ColumnMapping.from_pairs(["name=Nombre", "sex=Sexo"]), name="c.csv")
    (problem,) = result.rows[0].problems
    assert "'M' may mean male" in problem.message and problem.field == "Sexo"


def test_mapping_file_errors_are_all_reported() -> None:
    with pytest.raises(ValidationError) as info:
        ColumnMapping.from_yaml("columns: [a]\nset: 3\nfoo: 1\n", "m.yaml")
    assert len(info.value.problems) == 3
    with pytest.raises(ValidationError):
        ColumnMapping.from_pairs(["name"])


def test_semicolon_csv_in_windows_1252_is_read_with_a_warning() -> None:
    data = "Nombre;Edad\nJavier Manuel Ríos Rojas;8\n".encode("cp1252")
    m = ColumnMapping.from_pairs(["name=Nombre", "age=Edad"])
    result = read_list(data, m, name="ba.csv")
    assert result.rows[0].fields == {
        "name": "Javier Manuel Ríos Rojas",
        "age": 8,
        "roles": ["victim"],
    }
    assert result.warnings[0].code == "encoding"


def test_xlsx_rows_with_spreadsheet_dates() -> None:
    openpyxl = pytest.importorskip("openpyxl")
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Lista"
    ws.append(["Relación de víctimas de La Cantuta"])  # a title row above the header
    ws.append(["Nombre", "Fecha", "Edad"])
    ws.append(["Hugo Muñoz Sánchez", datetime(1992, 7, 18), None])
    ws.append([None, None, None])
    ws.append(["Dora Oyague Fierro", datetime(1992, 7, 18), "veinte"])
    buf = io.BytesIO()
    wb.save(buf)
    m = ColumnMapping.from_pairs(["name=Nombre", "date=Fecha", "age=Edad"], header_row=2)
    result = read_list(buf.getvalue(), m, name="cantuta.xlsx", format="xlsx")
    assert result.ok, result.problems
    assert result.metadata["sheet"] == "Lista"
    assert [r.number for r in result.rows] == [3, 5]
    assert result.rows[0].fields["date"] == "1992-07-18"
    assert [(p.line, p.field) for p in result.rows[1].problems] == [(5, "Edad")]
    missing = read_list(
        buf.getvalue(),
        ColumnMapping.from_pairs(["name=Nombre"], sheet="Hoja2"),
        name="cantuta.xlsx",
        format="xlsx",
    )
    assert "no sheet named 'Hoja2'" in missing.problems[0].message


def test_coding_document_cites_rows_and_imports_cleanly() -> None:
    result = read_list(BARRIOS_ALTOS_CSV.encode(), MAP, name="ba.csv")
    good = [r for r in result.rows if r.ok]
    doc = coding_document(good, "a" * 64, "ba")
    keys = [r["id"] for r in doc["records"]]
    assert keys[:2] == ["ba-row-2", "ba-row-2-act"]
    person = doc["records"][0]["fields"]
    assert person["name"]["cite"] == {
        "locator_type": "row",
        "locator": "row 2",
        "quote": "Placentina Marcela Chumbipuma Aguirre",
    }
    act = doc["records"][1]["fields"]
    assert act["victim"]["value"] == "ba-row-2" and act["type"]["value"] == "killing_in_massacre"
    parsed = parse_coding(json.dumps(doc), "ba rows", Path("."))
    assert parsed.problems == []
    assert len(parsed.records) == 2 * len(good)
