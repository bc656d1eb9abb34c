"""Victim lists: column mappings, cell values, row problems with row and column, XLSX, ODS, XLS."""

from __future__ import annotations

import io
import json
import sys
from collections.abc import Callable
from datetime import date, datetime
from pathlib import Path
from typing import Any

import pytest
from ingest_samples import BARRIOS_ALTOS_CSV, Span, make_ods, make_ole2, make_xls

from recuento.errors import MissingExtraError, ValidationError
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


# ---- .ods and .xls ----------------------------------------------------------------------------
# Mamérita Mestanza Chávez, 33, died on 5 April 1998 in Cajamarca after a forced sterilisation
# (IACHR friendly settlement, 2003). The second person and the identity numbers are invented test
# data, to carry an "Ñ", an empty cell and a year typed as text.
WORKBOOK: dict[str, list[list[Any]]] = {
    "Notas": [["Fuente", "Fecha de revisión"], ["Informe de la Defensoría", date(2002, 6, 1)]],
    "Víctimas": [
        [Span("Relación de víctimas (datos de prueba)", 5)],  # a merged title row
        [],  # a blank row under it
        ["Nombre", "Edad", "Fecha", "Lugar", "DNI"],
        ["Mamérita Mestanza Chávez", 33, date(1998, 4, 5), "La Encañada, Cajamarca", 26718273],
        ["Teodora Quispe Ñaupa", None, "1984", "Ayacucho", None],
        [None, None, None, None, None],
        ["Hilario  Quispe Ñaupa", 40.5, date(1984, 7, 2), None, None],
    ],
}
WB_MAP = ColumnMapping.from_pairs(
    ["name=Nombre", "age=Edad", "date=Fecha", "place=Lugar", "identifier=DNI"],
    sheet="Víctimas",
    header_row=3,
)
WRITERS: dict[str, Callable[..., bytes]] = {"ods": make_ods, "xls": make_xls}


def _needs_reader(fmt: str) -> None:
    if fmt == "xls":
        pytest.importorskip("xlrd", reason="xlrd (the ingest extra's .xls reader) is not installed")


@pytest.fixture(params=["ods", "xls"])
def fmt(request: pytest.FixtureRequest) -> str:
    _needs_reader(request.param)
    return str(request.param)


def test_workbook_rows_are_typed_and_cite_sheet_and_row(fmt: str) -> None:
    data = WRITERS[fmt](WORKBOOK)
    result = read_list(data, WB_MAP, name=f"esterilizaciones.{fmt}", format=fmt)
    assert result.ok, result.problems
    assert result.format == fmt and result.data == data  # the bytes as received are the source
    assert result.metadata["sheet"] == "Víctimas"
    assert result.metadata["columns"] == ["Nombre", "Edad", "Fecha", "Lugar", "DNI"]
    assert [r.number for r in result.rows] == [4, 5, 7]  # spreadsheet numbers; row 6 is empty
    first, second, third = result.rows
    assert first.fields == {
        "name": "Mamérita Mestanza Chávez",
        "age": 33,
        "date": "1998-04-05",  # a date cell, not the serial number 35890
        "place": "La Encañada, Cajamarca",
        "identifier": ["26718273"],  # a number cell, not "26718273.0"
        "roles": ["victim"],
    }
    assert first.cells["Fecha"] == "1998-04-05" and first.cells["Edad"] == "33"
    assert second.fields["name"] == "Teodora Quispe Ñaupa"
    assert "age" not in second.fields and second.cells["Edad"] == ""  # an empty cell
    assert second.fields["date"] == "1984"  # a year typed as text
    assert third.fields["name"] == "Hilario Quispe Ñaupa"  # spaces as a spreadsheet keeps them
    assert [(p.line, p.field) for p in third.problems] == [(7, "Edad")]  # 40.5 years
    assert result.steps[-1]["rows"] == 3 and result.steps[-1]["bad_rows"] == 1
    doc = coding_document([first], result.sha256, "esterilizaciones")
    cite = doc["records"][0]["fields"]["name"]["cite"]
    assert cite == {
        "locator_type": "row",
        "locator": "sheet 'Víctimas', row 4",
        "quote": "Mamérita Mestanza Chávez",
    }
    act = doc["records"][1]["fields"]
    assert act["date"]["cite"]["locator"] == "sheet 'Víctimas', row 4"
    assert parse_coding(json.dumps(doc), "rows", Path(".")).problems == []


def test_workbook_first_sheet_by_default_and_missing_columns_named(fmt: str) -> None:
    data = WRITERS[fmt](WORKBOOK)
    m = ColumnMapping.from_pairs(["name=Nombre", "date=Fecha"])
    result = read_list(data, m, name=f"lista.{fmt}", format=fmt)
    assert result.metadata["sheet"] == "Notas"
    messages = [p.message for p in result.problems]
    assert messages == [
        "no column 'Nombre' for name; the columns are: 'Fuente', 'Fecha de revisión'",
        "no column 'Fecha' for date; the columns are: 'Fuente', 'Fecha de revisión'",
    ]
    assert result.rows == []


def test_workbook_sheet_that_does_not_exist(fmt: str) -> None:
    m = ColumnMapping.from_pairs(["name=Nombre"], sheet="Hoja3")
    result = read_list(WRITERS[fmt](WORKBOOK), m, name=f"lista.{fmt}", format=fmt)
    (problem,) = result.problems
    assert problem.message == "no sheet named 'Hoja3'; sheets: Notas, Víctimas"
    assert (problem.code, problem.field) == ("mapping", "sheet") and result.rows == []


@pytest.mark.parametrize("damage", ["truncated", "garbage", "empty"])
def test_corrupt_workbook_is_a_format_problem(fmt: str, damage: str) -> None:
    data = WRITERS[fmt](WORKBOOK)
    broken = {
        "truncated": data[: len(data) // 2],
        "garbage": b"\x07" * 3000,
        "empty": b"",
    }[damage]
    result = read_list(broken, WB_MAP, name=f"lista.{fmt}", format=fmt)
    (problem,) = result.problems
    assert problem.code == "format" and "cannot read the workbook" in problem.message
    assert result.rows == [] and result.steps == []


def test_ods_with_broken_xml_says_where() -> None:
    import zipfile

    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as zf:
        zf.writestr("mimetype", "application/vnd.oasis.opendocument.spreadsheet")
        zf.writestr("content.xml", "<office:document-content><table:table>")
    result = read_list(buf.getvalue(), WB_MAP, name="x.ods", format="ods")
    assert "broken content.xml" in result.problems[0].message
    assert "unbound prefix" in result.problems[0].message


def test_password_protected_workbooks_are_named_as_such(fmt: str) -> None:
    result = read_list(WRITERS[fmt](WORKBOOK, encrypted=True), WB_MAP, name="x", format=fmt)
    (problem,) = result.problems
    assert problem.code == "protected" and "password-protected" in problem.message
    assert result.rows == []


@pytest.mark.parametrize("as_format", ["xlsx", "ods", "xls"])
def test_excel_file_with_a_password_to_open_whatever_its_name(as_format: str) -> None:
    _needs_reader(as_format)
    if as_format == "xlsx":
        pytest.importorskip("openpyxl", reason="openpyxl is not installed")
    # what Excel writes for an .xlsx with a password: a compound file holding the encrypted zip
    data = make_ole2({"EncryptionInfo": b"\x04\x00\x04\x00", "EncryptedPackage": b"\x99" * 5000})
    result = read_list(data, WB_MAP, name="lista", format=as_format)
    assert [p.code for p in result.problems] == ["protected"]


def test_workbook_of_another_kind_is_named() -> None:
    pytest.importorskip("xlrd", reason="xlrd (the ingest extra's .xls reader) is not installed")
    ods = read_list(make_xls(WORKBOOK), WB_MAP, name="x.ods", format="ods")
    assert "old Excel (.xls) file, not ODS" in ods.problems[0].message
    xls = read_list(make_ods(WORKBOOK), WB_MAP, name="x.xls", format="xls")
    assert "zip file (an XLSX or ODS workbook)" in xls.problems[0].message
    doc = make_ole2({"WordDocument": b"\x00" * 4096})
    word = read_list(doc, WB_MAP, name="x.xls", format="xls")
    assert "no workbook in it" in word.problems[0].message
    text = "<office:document-content/>"
    import zipfile

    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as zf:
        zf.writestr("mimetype", "application/vnd.oasis.opendocument.text")
        zf.writestr("content.xml", text)
    odt = read_list(buf.getvalue(), WB_MAP, name="x.ods", format="ods")
    assert "not an OpenDocument spreadsheet" in odt.problems[0].message


def test_ods_cells_as_libreoffice_writes_them() -> None:
    ns = (
        'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
        'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
        'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"'
    )
    cell = '<table:table-cell office:value-type="{}" {}>{}</table:table-cell>'.format
    empty2 = '<table:table-cell table:number-columns-repeated="2"/>'
    name = (
        "<text:p>Mamérita<text:s text:c='2'/>Mestanza"
        "<office:annotation><text:p>revisar</text:p></office:annotation></text:p>"
        "<text:p><text:span>Chávez</text:span></text:p>"
    )
    content = "".join(
        [
            f"<office:document-content {ns}><office:body><office:spreadsheet>",
            '<table:table table:name="Lista">',
            "<table:table-header-rows><table:table-row>",
            cell("string", "", "<text:p>Nombre</text:p>"),
            empty2,
            cell("string", "", "<text:p>Edad</text:p>"),
            cell("string", "", "<text:p>Fecha</text:p>"),
            "</table:table-row></table:table-header-rows>",
            '<table:table-row table:number-rows-repeated="2">',
            cell("string", "", name),
            empty2,
            cell("float", 'office:value="3.3E1"', "<text:p>33</text:p>"),
            cell("date", 'office:date-value="1998-04-05T00:00:00"', "<text:p>05/04/98</text:p>"),
            "</table:table-row></table:table>",
            "</office:spreadsheet></office:body></office:document-content>",
        ]
    )
    import zipfile

    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as zf:
        zf.writestr("mimetype", "application/vnd.oasis.opendocument.spreadsheet")
        zf.writestr("content.xml", content)
    m = ColumnMapping.from_pairs(["name=Nombre", "age=Edad", "date=Fecha"])
    result = read_list(buf.getvalue(), m, name="lista.ods", format="ods")
    assert result.ok, result.problems
    assert [r.number for r in result.rows] == [2, 3]  # a repeated row is two rows
    assert (
        result.rows[0].fields
        == result.rows[1].fields
        == {
            "name": "Mamérita Mestanza Chávez",  # the comment is not part of the cell
            "age": 33,
            "date": "1998-04-05",  # the date typed in the cell, not the two-digit year shown
            "roles": ["victim"],
        }
    )


def test_missing_xls_reader_asks_for_the_extra(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "xlrd", None)  # as if it were not installed
    with pytest.raises(MissingExtraError, match=r"recuento\[ingest\]"):
        read_list(make_xls(WORKBOOK), WB_MAP, name="x.xls", format="xls")


def test_unknown_list_format() -> None:
    result = read_list(b"x", WB_MAP, name="x.numbers", format="numbers")
    assert (
        result.problems[0].code == "format" and "csv, xlsx, ods, xls" in result.problems[0].message
    )


def test_xls_file_read_as_xlsx_is_named() -> None:
    pytest.importorskip("openpyxl", reason="openpyxl is not installed")
    result = read_list(make_xls(WORKBOOK), WB_MAP, name="x.xlsx", format="xlsx")
    assert "old Excel (.xls) file, not XLSX" in result.problems[0].message
