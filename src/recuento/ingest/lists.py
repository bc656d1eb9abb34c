"""Victim lists in CSV, XLSX, ODS or XLS: each row becomes a person record citing its row.

A :class:`ColumnMapping` says which column holds which field (``name=Nombre``, ``age=Edad``,
``date=Fecha``, …). :func:`read_list` reads the table, checks every cell of every mapped column and
reports each problem with its row and column, so a whole list can be fixed in one go.
:func:`coding_document` turns the good rows into a coding document (docs/coding-format.md) whose
citations point at rows (``locator_type: row``, ``locator: "row 14"``, or
``"sheet 'Víctimas', row 14"`` for a workbook, quoting the cell), for the import service to check
and store.

Workbooks of every kind go through the same path: XLSX with openpyxl, legacy Excel ``.xls``
(BIFF) with xlrd, LibreOffice/OpenDocument ``.ods`` with the standard library (zipfile and
ElementTree). Each reader gives the rows of one sheet as spreadsheet row numbers and typed cell
values (dates as dates, numbers as numbers, empty cells as ``None``).

Row numbers are what a spreadsheet shows: the header is row 1 (or ``header_row``) and the first
person is the row below it. A person's record key is ``<list>-row-<n>``; when a row also gives a
date, a place or an act type, an act record ``<list>-row-<n>-act`` holds them, with the person as
its victim and the age given "as of" that date.
"""

from __future__ import annotations

import csv
import io
import re
import unicodedata
import warnings
import xml.etree.ElementTree as ET
import zipfile
import zlib
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

import yaml

from recuento.domain.dates import PartialDate
from recuento.domain.schema import Age
from recuento.domain.vocabulary import fold, vocabulary
from recuento.errors import Problem, ValidationError
from recuento.ingest.artifacts import IngestResult, require, tool_version

__all__ = [
    "ACT_FIELDS",
    "LIST_FIELDS",
    "LIST_FORMATS",
    "PERSON_FIELDS",
    "ColumnMapping",
    "ListRow",
    "coding_document",
    "list_slug",
    "parse_age",
    "parse_list_date",
    "read_list",
    "row_locator",
]

#: Person fields a column may fill. Many-valued ones split a cell on ``;``.
PERSON_FIELDS: tuple[str, ...] = (
    "name",
    "aliases",
    "sex",
    "birth_date",
    "age",
    "occupation",
    "roles",
    "status",
    "ethnicity",
    "nationality",
    "identifier",
    "health",
    "positions",
)
#: Fields of the act the list records (what happened to the person, when and where).
ACT_FIELDS: tuple[str, ...] = ("date", "place", "act_type", "status_at_end")
LIST_FIELDS: tuple[str, ...] = PERSON_FIELDS + ACT_FIELDS

_MANY = {"aliases", "roles", "identifier", "positions"}
_TERMS = {
    "sex": "sex",
    "roles": "person_role",
    "status": "person_status",
    "act_type": "act_type",
    "status_at_end": "victim_status",
}
_DATES = {"birth_date", "date"}
# unambiguous abbreviations; "M" is not here: masculino or mujer?
_SEX_WORDS = {
    "f": "female",
    "fem": "female",
    "femenino": "female",
    "femenina": "female",
    "h": "male",
    "masculino": "male",
    "masc": "male",
    "varon": "male",
}
_MONTHS = {
    **{
        m: i
        for i, names in enumerate(
            (
                ("enero", "january", "jan", "ene"),
                ("febrero", "february", "feb"),
                ("marzo", "march", "mar"),
                ("abril", "april", "apr", "abr"),
                ("mayo", "may"),
                ("junio", "june", "jun"),
                ("julio", "july", "jul"),
                ("agosto", "august", "aug", "ago"),
                ("septiembre", "setiembre", "september", "sep", "sept", "set"),
                ("octubre", "october", "oct"),
                ("noviembre", "november", "nov"),
                ("diciembre", "december", "dec", "dic"),
            ),
            1,
        )
        for m in names
    }
}
_MONTH_RE = "|".join(sorted(_MONTHS, key=len, reverse=True))
_NUMERIC_DATE = re.compile(r"^(\d{1,2})[/.\-](\d{1,2})[/.\-](\d{4})$")
_YMD_DATE = re.compile(r"^(\d{4})[/.](\d{1,2})[/.](\d{1,2})$")
_MONTH_YEAR = re.compile(r"^(\d{1,2})[/.\-](\d{4})$")
_DAY_MONTH_NAME = re.compile(
    rf"^(\d{{1,2}})(?:\s+de|\s*[-/])?\s*({_MONTH_RE})\.?(?:\s+de\s+|\s*[-/,]?\s*)(\d{{4}})$"
)
_MONTH_NAME_DAY = re.compile(rf"^({_MONTH_RE})\.?\s+(\d{{1,2}}),?\s+(\d{{4}})$")
_MONTH_NAME_YEAR = re.compile(rf"^({_MONTH_RE})\.?(?:\s+de\s+|\s*[-/ ]\s*)(\d{{4}})$")
_AGE = re.compile(r"^(\d{1,3})(?:[.,]0+)?\s*(?:años|anos|año|ano|years?|yrs?|a\.)?$")


def _strip_accents(text: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


def list_slug(name: str) -> str:
    """A record-key prefix from a list's name.

    ``"Víctimas Accomarca.xlsx"`` → ``victimas-accomarca``.
    """
    stem = name.rsplit("/", 1)[-1]
    if "." in stem:
        stem = stem.rsplit(".", 1)[0]
    slug = re.sub(r"[^a-z0-9]+", "-", _strip_accents(stem).lower()).strip("-")
    return (slug or "list")[:80]


# ---- the mapping ------------------------------------------------------------------------------


@dataclass(frozen=True)
class ColumnMapping:
    """Which column fills which field, and how cells become values.

    ``columns`` maps a field to one or more column headers (several are joined with a space:
    ``name: [Nombres, Apellidos]``). ``values`` translates cell texts per field
    (``sex: {M: male}``). ``constants`` gives a value to every row (default ``roles: [victim]``).
    ``date_order`` reads ``03/11/1991`` as day first (``dmy``, the default) or month first.
    """

    columns: Mapping[str, tuple[str, ...]]
    values: Mapping[str, Mapping[str, str]] = field(default_factory=dict)
    constants: Mapping[str, Any] = field(default_factory=lambda: {"roles": ["victim"]})
    slug: str | None = None
    sheet: str | None = None
    header_row: int = 1
    date_order: str = "dmy"

    def check(self) -> list[Problem]:
        problems = []
        for f in list(self.columns) + list(self.constants) + list(self.values):
            if f not in LIST_FIELDS:
                problems.append(
                    Problem(
                        f"unknown list field {f!r}; known fields: {', '.join(LIST_FIELDS)}",
                        field=f,
                        code="mapping",
                    )
                )
        if "name" not in self.columns:
            problems.append(
                Problem(
                    "map the column that holds each person's name: --map name=COLUMN",
                    field="name",
                    code="mapping",
                )
            )
        if self.date_order not in ("dmy", "mdy"):
            problems.append(Problem("date_order must be dmy or mdy", code="mapping"))
        if self.header_row < 1:
            problems.append(Problem("header_row must be 1 or more", code="mapping"))
        if self.slug is not None and not re.fullmatch(r"[a-z0-9][a-z0-9._-]{0,79}", self.slug):
            problems.append(
                Problem(
                    f"list name {self.slug!r} must be lower-case letters, digits, '-', '_' or '.'",
                    code="mapping",
                )
            )
        return problems

    @classmethod
    def from_pairs(
        cls,
        pairs: Iterable[str],
        constants: Iterable[str] = (),
        *,
        defaults: Mapping[str, Any] | None = None,
        **options: Any,
    ) -> ColumnMapping:
        """From command-line pairs: ``name=Nombre``, ``name=Nombres+Apellidos``; constants
        ``act_type=killing`` (many-valued fields split on ``;``). ``defaults`` are constants
        the pairs may override (``roles: [victim]`` unless given)."""
        problems: list[Problem] = []
        columns: dict[str, tuple[str, ...]] = {}
        for pair in pairs:
            f, sep, col = pair.partition("=")
            if not sep or not f.strip() or not col.strip():
                problems.append(Problem(f"--map takes FIELD=COLUMN, not {pair!r}", code="mapping"))
                continue
            columns[f.strip()] = tuple(c.strip() for c in col.split("+") if c.strip())
        consts: dict[str, Any] = dict({"roles": ["victim"]} if defaults is None else defaults)
        for pair in constants:
            f, sep, value = pair.partition("=")
            if not sep or not f.strip():
                problems.append(Problem(f"--set takes FIELD=VALUE, not {pair!r}", code="mapping"))
                continue
            f = f.strip()
            consts[f] = [v.strip() for v in value.split(";") if v.strip()] if f in _MANY else value
        if problems:
            raise ValidationError(problems)
        return cls(columns=columns, constants=consts, **options)

    @classmethod
    def from_yaml(cls, text: str, name: str = "mapping") -> ColumnMapping:
        """From a mapping file (see docs/ingest.md)."""
        try:
            raw = yaml.safe_load(text)
        except yaml.YAMLError as exc:
            raise ValidationError(
                Problem(f"not valid YAML: {exc}", file=name, code="syntax")
            ) from None
        if not isinstance(raw, dict):
            raise ValidationError(Problem("a mapping file is a YAML mapping", file=name))
        known = {"list", "sheet", "header_row", "date_order", "columns", "values", "set"}
        problems = [
            Problem(f"unknown key {k!r}; known: {', '.join(sorted(known))}", file=name, field=k)
            for k in raw
            if k not in known
        ]
        columns: dict[str, tuple[str, ...]] = {}
        cols = raw.get("columns") or {}
        if not isinstance(cols, dict):
            problems.append(Problem("columns must map fields to column names", file=name))
            cols = {}
        for f, col in cols.items():
            if isinstance(col, list):
                columns[str(f)] = tuple(str(c) for c in col)
            elif isinstance(col, (str, int)):
                columns[str(f)] = tuple(c.strip() for c in str(col).split("+") if c.strip())
            else:
                problems.append(Problem("a column name or a list of them", file=name, field=f))
        values = raw.get("values") or {}
        if not isinstance(values, dict) or not all(isinstance(v, dict) for v in values.values()):
            problems.append(
                Problem("values maps a field to {cell text: value}", file=name, field="values")
            )
            values = {}
        consts = raw.get("set")
        if consts is None:
            consts = {"roles": ["victim"]}
        if not isinstance(consts, dict):
            problems.append(Problem("set maps fields to values", file=name, field="set"))
            consts = {}
        header_row = raw.get("header_row", 1)
        if not isinstance(header_row, int) or isinstance(header_row, bool):
            problems.append(Problem("header_row is a row number", file=name, field="header_row"))
            header_row = 1
        if problems:
            raise ValidationError(problems)
        slug = raw.get("list")
        return cls(
            columns=columns,
            values={str(f): {str(k): str(v) for k, v in m.items()} for f, m in values.items()},
            constants={str(k): v for k, v in consts.items()},
            slug=None if slug is None else str(slug),
            sheet=None if raw.get("sheet") is None else str(raw["sheet"]),
            header_row=header_row,
            date_order=str(raw.get("date_order", "dmy")),
        )

    def overridden_by(self, other: ColumnMapping | None) -> ColumnMapping:
        """This mapping with ``other``'s columns, values and constants on top (and its list
        name and sheet when it has them)."""
        if other is None:
            return self
        return ColumnMapping(
            columns={**self.columns, **other.columns},
            values={**self.values, **other.values},
            constants={**self.constants, **other.constants},
            slug=other.slug or self.slug,
            sheet=other.sheet or self.sheet,
            header_row=self.header_row,
            date_order=self.date_order,
        )

    def to_dict(self) -> dict[str, Any]:
        return {
            "columns": {f: list(c) for f, c in self.columns.items()},
            "values": {f: dict(m) for f, m in self.values.items()},
            "set": dict(self.constants),
            "list": self.slug,
            "sheet": self.sheet,
            "header_row": self.header_row,
            "date_order": self.date_order,
        }


# ---- values -----------------------------------------------------------------------------------


def parse_list_date(raw: Any, order: str = "dmy") -> str:
    """A partial date (``YYYY``, ``YYYY-MM``, ``YYYY-MM-DD``, ranges) from a cell.

    Reads ISO dates, ``03/11/1991`` (day first unless ``order="mdy"``), ``11/1991``,
    ``3 de noviembre de 1991``, ``November 3, 1991``, ``noviembre 1991`` and spreadsheet dates.
    Raises ValueError with a reason.
    """
    if isinstance(raw, datetime):
        return raw.date().isoformat()
    if isinstance(raw, date):
        return raw.isoformat()
    if isinstance(raw, float) and raw.is_integer():
        raw = int(raw)
    if isinstance(raw, int) and not isinstance(raw, bool):
        raw = str(raw)
    if not isinstance(raw, str):
        raise ValueError(f"cannot read {raw!r} as a date")
    text = " ".join(raw.strip().split())
    low = _strip_accents(text.lower())
    out: str | None = None
    if m := _NUMERIC_DATE.match(low):
        a, b, y = int(m.group(1)), int(m.group(2)), int(m.group(3))
        d, mo = (a, b) if order == "dmy" else (b, a)
        out = f"{y:04d}-{mo:02d}-{d:02d}"
    elif m := _YMD_DATE.match(low):
        out = f"{int(m.group(1)):04d}-{int(m.group(2)):02d}-{int(m.group(3)):02d}"
    elif m := _MONTH_YEAR.match(low):
        out = f"{int(m.group(2)):04d}-{int(m.group(1)):02d}"
    elif m := _DAY_MONTH_NAME.match(low):
        out = f"{int(m.group(3)):04d}-{_MONTHS[m.group(2)]:02d}-{int(m.group(1)):02d}"
    elif m := _MONTH_NAME_DAY.match(low):
        out = f"{int(m.group(3)):04d}-{_MONTHS[m.group(1)]:02d}-{int(m.group(2)):02d}"
    elif m := _MONTH_NAME_YEAR.match(low):
        out = f"{int(m.group(2)):04d}-{_MONTHS[m.group(1)]:02d}"
    try:
        return str(PartialDate.parse(out or text))
    except ValidationError as exc:
        reason = str(exc) if out else "not a date recuento can read"
        raise ValueError(f"{reason}: {text!r}") from None


def parse_age(raw: Any) -> int:
    """A whole number of years from a cell (``34``, ``34.0``, ``"34 años"``)."""
    if isinstance(raw, bool):
        raise ValueError(f"age is not a number: {raw!r}")
    if isinstance(raw, float) and raw.is_integer():
        raw = int(raw)
    if isinstance(raw, int):
        years = raw
    else:
        m = _AGE.match(str(raw).strip().lower())
        if not m:
            raise ValueError(f"age is not a number: {raw!r}")
        years = int(m.group(1))
    try:
        Age(years)
    except ValidationError as exc:
        raise ValueError(str(exc)) from None
    return years


def _cell_text(raw: Any) -> str:
    if raw is None:
        return ""
    if isinstance(raw, datetime):
        return raw.date().isoformat() if raw.time() == datetime.min.time() else raw.isoformat()
    if isinstance(raw, date):
        return raw.isoformat()
    if isinstance(raw, float) and raw.is_integer():
        return str(int(raw))
    return " ".join(str(raw).split())


def _term(vocab: str, text: str, f: str) -> str:
    found = vocabulary(vocab).normalise(text)
    if found is None and f == "sex":
        found = _SEX_WORDS.get(fold(text))
    if found is None:
        hint = vocabulary(vocab).suggest(text)
        more = f"; did you mean: {', '.join(hint)}?" if hint else ""
        if f == "sex" and fold(text) == "m":
            more = "; 'M' may mean male (masculino) or female (mujer): say which with values"
        raise ValueError(f"unknown {vocab} term {text!r}{more}")
    return found


def _value(f: str, raw: Any, mapping: ColumnMapping) -> Any:
    """The coding-file value of field ``f`` from a cell (or constant); ValueError if bad."""
    translations = mapping.values.get(f)
    if translations and isinstance(raw, str):
        folded = {fold(k): v for k, v in translations.items()}
        raw = folded.get(fold(raw), raw)
    if f == "age":
        return parse_age(raw)
    if f in _DATES:
        return parse_list_date(raw, mapping.date_order)
    if f in _MANY:
        items = raw if isinstance(raw, list) else re.split(r"\s*[;|]\s*", _cell_text(raw))
        items = [_cell_text(i) for i in items if _cell_text(i)]
        if f in _TERMS:
            return [_term(_TERMS[f], i, f) for i in items]
        return items
    text = _cell_text(raw)
    if f in _TERMS:
        return _term(_TERMS[f], text, f)
    return text


# ---- reading tables ---------------------------------------------------------------------------


@dataclass
class ListRow:
    """One row of a list: its number as a spreadsheet shows it, its cells, and what they say."""

    number: int
    cells: dict[str, str]  # header → cell text as written
    fields: dict[str, Any] = field(default_factory=dict)  # field → coding-file value
    quotes: dict[str, str] = field(default_factory=dict)  # field → the cell text it came from
    problems: list[Problem] = field(default_factory=list)
    sheet: str | None = None  # the workbook sheet the row is on (None for CSV)

    @property
    def ok(self) -> bool:
        return not self.problems

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "row": self.number,
            "fields": self.fields,
            "problems": [p.to_dict() for p in self.problems],
        }
        if self.sheet is not None:
            out["sheet"] = self.sheet
        return out


def _decode_csv(data: bytes, result: IngestResult) -> str | None:
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        pass
    if b"\x00" in data[:4096]:
        result.problem("binary data, not a CSV file", code="format")
        return None
    result.warn("the file is not UTF-8; it was read as Windows-1252", code="encoding")
    return data.decode("cp1252", errors="replace")


def _csv_rows(data: bytes, result: IngestResult) -> list[tuple[int, list[Any]]]:
    text = _decode_csv(data, result)
    if text is None:
        return []
    sample = text[:8192]
    if (result.name or "").lower().endswith(".tsv"):
        delimiter = "\t"
    else:
        try:
            delimiter = csv.Sniffer().sniff(sample, delimiters=",;\t|").delimiter
        except csv.Error:
            delimiter = ","
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    try:
        return [(n, row) for n, row in enumerate(reader, 1)]
    except csv.Error as exc:
        result.problem(f"cannot read the CSV: {exc}", code="format", line=reader.line_num)
        return []


Table = list[tuple[int, list[Any]]]

_OLE2 = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_ZIP = b"PK\x03\x04"
_PROTECTED = (
    "the workbook is password-protected (encrypted): open it with its password, save a copy "
    "without one and import that copy"
)
# the most rows and columns a spreadsheet program keeps; a file claiming more is cut there
_MAX_ROWS = 1_048_576
_MAX_COLUMNS = 16_384


def _encrypted_office(data: bytes) -> bool:
    """An OLE2 file holding an encrypted OOXML package (what Excel writes for a workbook with a
    password to open, whatever its name says)."""
    return data.startswith(_OLE2) and "EncryptedPackage".encode("utf-16-le") in data


def _pick_sheet(names: list[str], sheet: str | None, result: IngestResult) -> str | None:
    """The sheet to read (the first unless ``sheet`` names one); a problem when it is absent."""
    if not names:
        result.problem("the workbook has no sheets", code="empty")
        return None
    if sheet is None:
        return names[0]
    if sheet in names:
        return sheet
    result.problem(
        f"no sheet named {sheet!r}; sheets: {', '.join(names)}", code="mapping", field="sheet"
    )
    return None


def _old_office(data: bytes, result: IngestResult, expected: str) -> bool:
    """True (with the problem reported) when a zipped workbook is in fact an old Office file:
    a password-protected workbook (Excel wraps those in the old container) or an .xls."""
    if not data.startswith(_OLE2):
        return False
    if _encrypted_office(data):
        result.problem(_PROTECTED, code="protected")
    else:
        result.problem(
            f"this is an old Excel (.xls) file, not {expected}: read it as xls", code="format"
        )
    return True


def _xlsx_rows(data: bytes, result: IngestResult, sheet: str | None) -> Table:
    openpyxl = require("openpyxl")
    if _old_office(data, result, "XLSX"):
        return []
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        try:
            wb = openpyxl.load_workbook(io.BytesIO(data), read_only=True, data_only=True)
        except Exception as exc:  # noqa: BLE001 - zip, XML and openpyxl errors alike
            result.problem(f"cannot read the workbook: {exc}", code="format")
            return []
        try:
            picked = _pick_sheet(list(wb.sheetnames), sheet, result)
            if picked is None:
                return []
            ws = wb[picked]
            result.metadata["sheet"] = ws.title
            rows = []
            for cells in ws.iter_rows(values_only=False):
                values = [getattr(c, "value", None) for c in cells]
                number = next((c.row for c in cells if getattr(c, "row", None)), None)
                if number is None:
                    continue  # an empty row
                rows.append((int(number), values))
        finally:
            wb.close()
    for w in caught:
        result.warn(f"openpyxl: {w.message}", code="xlsx")
    return rows


# ---- legacy Excel (.xls, BIFF) with xlrd --------------------------------------------------------


def _xls_value(xlrd: Any, cell: Any, datemode: int) -> Any:
    kind, value = cell.ctype, cell.value
    if kind in (xlrd.XL_CELL_EMPTY, xlrd.XL_CELL_BLANK):
        return None
    if kind == xlrd.XL_CELL_TEXT:
        return value or None
    if kind == xlrd.XL_CELL_NUMBER:
        return int(value) if float(value).is_integer() else value
    if kind == xlrd.XL_CELL_DATE:
        try:
            when = xlrd.xldate.xldate_as_datetime(value, datemode)
        except (ValueError, OverflowError, xlrd.xldate.XLDateError):
            return value  # a date format on a number no calendar has: keep the number
        return when.time() if value < 1 else when  # a time of day has no date
    if kind == xlrd.XL_CELL_BOOLEAN:
        return bool(value)
    if kind == xlrd.XL_CELL_ERROR:
        return xlrd.error_text_from_code.get(value, "#ERROR")
    return value


def _xls_rows(data: bytes, result: IngestResult, sheet: str | None) -> Table:
    xlrd = require("xlrd")
    if data.startswith(_ZIP):
        result.problem(
            "this is a zip file (an XLSX or ODS workbook), not an old Excel (.xls) file: read it "
            "as xlsx or ods",
            code="format",
        )
        return []
    log = io.StringIO()
    rows: Table = []
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        try:
            book = xlrd.open_workbook(file_contents=data, logfile=log, on_demand=True)
        except Exception as exc:  # noqa: BLE001 - xlrd, OLE2 and struct errors alike
            text = str(exc)
            if "encrypted" in text.lower() or (
                "Can't find workbook" in text and _encrypted_office(data)
            ):
                result.problem(_PROTECTED, code="protected")
            elif "Can't find workbook" in text:
                result.problem(
                    "an Office file with no workbook in it (a Word or PowerPoint file?)",
                    code="format",
                )
            else:
                result.problem(f"cannot read the workbook: {text}", code="format")
            return []
        try:
            picked = _pick_sheet(book.sheet_names(), sheet, result)
            if picked is None:
                return []
            ws = book.sheet_by_name(picked)
            result.metadata["sheet"] = picked
            for r in range(min(ws.nrows, _MAX_ROWS)):
                cells = ws.row(r)
                values = [_xls_value(xlrd, c, book.datemode) for c in cells[:_MAX_COLUMNS]]
                rows.append((r + 1, values))
        except Exception as exc:  # noqa: BLE001 - a sheet xlrd cannot parse
            result.problem(f"cannot read the workbook: {exc}", code="format")
            return []
        finally:
            book.release_resources()
    for w in caught:
        result.warn(f"xlrd: {w.message}", code="xls")
    for line in log.getvalue().splitlines():
        if "WARNING" in line:
            result.warn(f"xlrd: {line.strip()}", code="xls")
    return rows


# ---- OpenDocument spreadsheets (.ods) with the standard library --------------------------------

_ODF = {
    "office": "urn:oasis:names:tc:opendocument:xmlns:office:1.0",
    "table": "urn:oasis:names:tc:opendocument:xmlns:table:1.0",
    "text": "urn:oasis:names:tc:opendocument:xmlns:text:1.0",
    "manifest": "urn:oasis:names:tc:opendocument:xmlns:manifest:1.0",
}


def _q(prefix: str, name: str) -> str:
    return f"{{{_ODF[prefix]}}}{name}"


_T_TABLE = _q("table", "table")
_T_ROW = _q("table", "table-row")
_T_CELL = _q("table", "table-cell")
_T_COVERED = _q("table", "covered-table-cell")
_T_NAME = _q("table", "name")
_T_ROWS_REPEATED = _q("table", "number-rows-repeated")
_T_COLS_REPEATED = _q("table", "number-columns-repeated")
_O_TYPE = _q("office", "value-type")
_O_VALUE = _q("office", "value")
_O_DATE = _q("office", "date-value")
_O_BOOL = _q("office", "boolean-value")
_PARAGRAPHS = {_q("text", "p"), _q("text", "h")}
_SKIPPED_TEXT = {_q("office", "annotation"), _q("text", "note")}
MEDIA_ODS = "application/vnd.oasis.opendocument.spreadsheet"


def _repeat(el: ET.Element, attr: str, most: int) -> int:
    try:
        return max(1, min(int(el.get(attr, "1")), most))
    except ValueError:
        return 1


def _odf_inline(el: ET.Element) -> str:
    out = [el.text or ""]
    for child in el:
        tag = child.tag
        if tag == _q("text", "s"):
            out.append(" " * _repeat(child, _q("text", "c"), 1000))
        elif tag == _q("text", "tab"):
            out.append("\t")
        elif tag == _q("text", "line-break"):
            out.append("\n")
        elif tag not in _SKIPPED_TEXT:  # a comment on a cell is not its content
            out.append(_odf_inline(child))
        out.append(child.tail or "")
    return "".join(out)


def _ods_value(cell: ET.Element) -> Any:
    kind = cell.get(_O_TYPE)
    text = "\n".join(_odf_inline(p) for p in cell if p.tag in _PARAGRAPHS)
    if kind in ("float", "percentage", "currency") and cell.get(_O_VALUE) is not None:
        raw = cell.get(_O_VALUE, "")
        try:
            return int(raw)
        except ValueError:
            pass
        try:
            number = float(raw)
        except ValueError:
            return text or None
        return int(number) if number.is_integer() and abs(number) < 2**53 else number
    if kind == "date" and cell.get(_O_DATE):
        raw = cell.get(_O_DATE, "")
        try:
            return date.fromisoformat(raw) if "T" not in raw else datetime.fromisoformat(raw)
        except ValueError:
            return text or raw
    if kind == "boolean" and cell.get(_O_BOOL) is not None:
        return cell.get(_O_BOOL) == "true"
    return text or None  # strings, times (as shown) and empty cells


def _ods_cells(row: ET.Element) -> list[Any]:
    values: list[Any] = []
    empty = 0  # empty cells not yet written: trailing ones never are
    for cell in row:
        if cell.tag not in (_T_CELL, _T_COVERED):
            continue
        n = _repeat(cell, _T_COLS_REPEATED, _MAX_COLUMNS)
        # a covered cell is hidden by a merge: as with openpyxl, only the first cell has a value
        value = _ods_value(cell) if cell.tag == _T_CELL else None
        if value is None:
            empty += n
        else:
            values.extend([None] * empty)
            values.extend([value] * n)
            empty = 0
        if len(values) + empty >= _MAX_COLUMNS:
            break
    return values[:_MAX_COLUMNS]


def _ods_rows(data: bytes, result: IngestResult, sheet: str | None) -> Table:
    if _old_office(data, result, "ODS"):
        return []
    rows: Table = []
    names: list[str] = []
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as zf:
            members = set(zf.namelist())
            if "META-INF/manifest.xml" in members:
                if b"encryption-data" in zf.read("META-INF/manifest.xml"):
                    result.problem(_PROTECTED, code="protected")
                    return []
            if "mimetype" in members:
                mimetype = zf.read("mimetype").decode("ascii", "replace").strip()
                if mimetype != MEDIA_ODS and not mimetype.startswith(MEDIA_ODS + "-"):
                    result.problem(
                        f"this is not an OpenDocument spreadsheet (its type is {mimetype!r})",
                        code="format",
                    )
                    return []
            if "content.xml" not in members:
                result.problem("cannot read the workbook: it has no content.xml", code="format")
                return []
            with zf.open("content.xml") as fh:
                chosen = _read_ods_content(fh, sheet, names, rows)
    except (zipfile.BadZipFile, zipfile.LargeZipFile, zlib.error, EOFError, OSError) as exc:
        result.problem(f"cannot read the workbook (not a readable ODS file): {exc}", code="format")
        return []
    except ET.ParseError as exc:
        result.problem(f"cannot read the workbook: broken content.xml: {exc}", code="format")
        return []
    if chosen is None:
        _pick_sheet(names, sheet, result)  # says which sheets there are
        return []
    result.metadata["sheet"] = chosen
    if rows and rows[-1][0] >= _MAX_ROWS:
        result.warn(f"rows after row {_MAX_ROWS} were not read", code="ods")
    return rows


def _read_ods_content(fh: Any, sheet: str | None, names: list[str], rows: Table) -> str | None:
    """Fill ``rows`` with the rows of the chosen sheet (``names`` with the sheets seen); return the
    chosen sheet's name, None when there is no such sheet."""
    depth = 0  # tables inside cells are part of their cell, not sheets
    active: str | None = None
    chosen: str | None = None
    number = 0
    for event, el in ET.iterparse(fh, events=("start", "end")):
        if el.tag == _T_TABLE:
            depth += 1 if event == "start" else -1
            if event == "start" and depth == 1:
                name = el.get(_T_NAME) or f"Sheet{len(names) + 1}"
                names.append(name)
                if chosen is None and (name == sheet if sheet is not None else len(names) == 1):
                    active = chosen = name
            elif event == "end" and depth == 0:
                el.clear()
                if active is not None:
                    return chosen  # the chosen sheet is read: the rest need not be
            continue
        if event != "end" or el.tag != _T_ROW or depth != 1:
            continue
        if active is not None and number < _MAX_ROWS:
            repeat = _repeat(el, _T_ROWS_REPEATED, _MAX_ROWS)
            values = _ods_cells(el)
            if values:  # a repeated row with cells in it is that many rows
                for _ in range(min(repeat, _MAX_ROWS - number)):
                    number += 1
                    rows.append((number, list(values)))
            else:
                number += repeat  # empty rows keep their numbers, nothing more
        el.clear()
    return chosen


def _find_column(header: str, headers: list[str]) -> int | None:
    if header in headers:
        return headers.index(header)
    folded = [fold(h) for h in headers]
    key = fold(header)
    return folded.index(key) if key and key in folded else None


def read_list(
    data: bytes,
    mapping: ColumnMapping | None,
    *,
    name: str | None = None,
    format: str = "csv",  # noqa: A002
) -> IngestResult:
    """Read a victim list and check every mapped cell of every row.

    File-level problems (an unknown column, no header) are in ``result.problems``; problems of
    single rows are on ``result.rows[i].problems`` (``line`` is the row number, ``field`` the
    column). Rows whose cells are all empty are left out.
    """
    result = IngestResult(format, data, _LIST_MEDIA.get(format, "application/octet-stream"), name)
    if format not in LIST_FORMATS:
        result.problem(
            f"a list is read from {', '.join(LIST_FORMATS)}, not {format!r}", code="format"
        )
        return result
    if mapping is None:
        result.problem(
            "a list needs a column mapping: --map name=COLUMN (and age=, date=, …) or "
            "--mapping FILE",
            code="mapping",
        )
        return result
    for p in mapping.check():
        result.problems.append(Problem(p.message, file=name, field=p.field, code=p.code))
    if result.problems:
        return result
    if format == "csv":
        method, table = "python csv", _csv_rows(data, result)
    elif format == "xlsx":
        method, table = tool_version("openpyxl"), _xlsx_rows(data, result, mapping.sheet)
    elif format == "xls":
        method, table = tool_version("xlrd"), _xls_rows(data, result, mapping.sheet)
    else:
        method, table = (
            "python zipfile + xml.etree (OpenDocument)",
            _ods_rows(data, result, mapping.sheet),
        )
    if result.problems:
        return result
    sheet = result.metadata.get("sheet")
    header = next(((n, r) for n, r in table if n == mapping.header_row), None)
    if header is None or not any(_cell_text(c) for c in header[1]):
        result.problem(f"row {mapping.header_row} (the header row) is empty", code="format")
        return result
    headers = [_cell_text(c) for c in header[1]]
    where: dict[str, list[int]] = {}
    for f, cols in mapping.columns.items():
        idx = []
        for col in cols:
            i = _find_column(col, headers)
            if i is None:
                shown = ", ".join(repr(h) for h in headers if h)
                result.problem(
                    f"no column {col!r} for {f}; the columns are: {shown}",
                    code="mapping",
                    field=f,
                )
            else:
                idx.append(i)
        where[f] = idx
    if result.problems:
        return result
    result.metadata.update(
        {"columns": [h for h in headers if h], "list": mapping.slug or list_slug(name or "list")}
    )
    for number, raw in table:
        if number <= mapping.header_row or not any(_cell_text(c) for c in raw):
            continue
        row = ListRow(
            number,
            {h: _cell_text(c) for h, c in zip(headers, raw, strict=False) if h},
            sheet=sheet,
        )
        for f, idx in where.items():
            cells = [raw[i] for i in idx if i < len(raw) and _cell_text(raw[i])]
            if not cells:
                continue
            column = "+".join(headers[i] for i in idx)
            cell = cells[0] if len(cells) == 1 else " ".join(_cell_text(c) for c in cells)
            try:
                row.fields[f] = _value(f, cell, mapping)
            except ValueError as exc:
                row.problems.append(Problem(str(exc), file=name, line=number, field=column))
                continue
            row.quotes[f] = _cell_text(cell)
        name_column = "+".join(headers[i] for i in where["name"])
        if "name" not in row.fields and all(p.field != name_column for p in row.problems):
            row.problems.append(
                Problem("no name in this row", file=name, line=number, field=name_column)
            )
        for f, value in mapping.constants.items():
            if f in row.fields:
                continue
            try:
                row.fields[f] = _value(f, value, mapping)
            except ValueError as exc:
                row.problems.append(Problem(str(exc), file=name, line=number, field=f))
        result.rows.append(row)
    if not result.rows:
        result.problem("the list has no rows below its header", code="empty")
    result.steps.append(
        {
            "action": "read-rows",
            "method": method,
            "rows": len(result.rows),
            "bad_rows": sum(1 for r in result.rows if not r.ok),
        }
    )
    return result


MEDIA_XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
MEDIA_XLS = "application/vnd.ms-excel"
_LIST_MEDIA = {"csv": "text/csv", "xlsx": MEDIA_XLSX, "ods": MEDIA_ODS, "xls": MEDIA_XLS}
#: The formats :func:`read_list` reads.
LIST_FORMATS: tuple[str, ...] = tuple(_LIST_MEDIA)


# ---- to a coding document ---------------------------------------------------------------------


def row_locator(number: int, sheet: str | None = None) -> str:
    """How a citation names a row: ``row 14``, or ``sheet 'Víctimas', row 14`` in a workbook."""
    return f"row {number}" if sheet is None else f"sheet {sheet!r}, row {number}"


def _cite(number: int, quote: str | None = None, sheet: str | None = None) -> dict[str, Any]:
    c: dict[str, Any] = {"locator_type": "row", "locator": row_locator(number, sheet)}
    if quote:
        c["quote"] = quote
    return c


def coding_document(
    rows: Iterable[ListRow],
    source_sha256: str,
    slug: str,
    *,
    sensitivity: str = "public",
) -> dict[str, Any]:
    """A coding document (``coding/1``) with one person per row, and an act when the row says
    what happened (date, place, act type, status at the end). Every claim cites its row."""
    records: list[dict[str, Any]] = []
    for row in rows:
        key = f"{slug}-row-{row.number}"
        person: dict[str, Any] = {}
        act: dict[str, Any] = {}
        for f, value in row.fields.items():
            if f in ACT_FIELDS:
                continue
            if f == "age" and "date" in row.fields:
                value = {"value": value, "as_of": row.fields["date"]}
            person[f] = {"value": value, "cite": _cite(row.number, row.quotes.get(f), row.sheet)}
        for f in ACT_FIELDS:
            if f in row.fields:
                name = {"act_type": "type"}.get(f, f)
                cite = _cite(row.number, row.quotes.get(f), row.sheet)
                act[name] = {"value": row.fields[f], "cite": cite}
        rec: dict[str, Any] = {"id": key, "type": "person", "fields": person}
        if sensitivity != "public":
            rec["sensitivity"] = sensitivity
        records.append(rec)
        if act:
            act["victim"] = {"value": key, "cite": _cite(row.number, sheet=row.sheet)}
            a: dict[str, Any] = {"id": f"{key}-act", "type": "act", "fields": act}
            if sensitivity != "public":
                a["sensitivity"] = sensitivity
            records.append(a)
    return {"recuento": "coding/1", "source": {"sha256": source_sha256}, "records": records}
