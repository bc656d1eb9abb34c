"""Sample evidence for the ingest tests: short texts about documented cases in our own words, a
hand-built PDF with a text layer (no PDF library needed to make one) and hand-built workbooks
(.ods, .xls) for the victim-list readers."""

from __future__ import annotations

import io
import re
import struct
import zipfile
from datetime import date, datetime
from typing import Any, NamedTuple
from xml.sax.saxutils import escape as xml_escape

# Barrios Altos, Lima, 3 November 1991: fifteen people killed at a gathering by the Grupo Colina
# death squad (Inter-American Court judgment of 14 March 2001). Our own wording.
HTML_EN = """<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Barrios Altos: thirty years on | Example Rights Review</title>
<meta property="article:published_time" content="2021-11-03T09:00:00-05:00">
<meta property="og:site_name" content="Example Rights Review">
<meta name="author" content="Staff Writer">
<link rel="canonical" href="https://rights.example.org/barrios-altos-30">
</head>
<body>
<nav><a href="/">Home</a> <a href="/peru">Peru</a> <a href="/subscribe">Subscribe</a></nav>
<article>
<h1>Barrios Altos: thirty years on</h1>
<p>On the night of 3 November 1991 gunmen burst into a fundraising party in the Barrios Altos
neighbourhood of Lima and opened fire. Fifteen people were killed, among them an eight-year-old
boy, and four others were badly wounded.</p>
<p>Investigators later traced the attack to the Grupo Colina, a clandestine army squad. In 2001
the Inter-American Court of Human Rights ruled that Peru's amnesty laws could not shield those
responsible.</p>
<p>Relatives gathered again on Wednesday at the house on Jirón Huanta where the shooting took
place.</p>
</article>
<footer>Copyright Example Rights Review. Cookie settings. Advertise with us.</footer>
</body>
</html>
"""

# Accomarca, Ayacucho, 14 August 1985: an army patrol killed 69 villagers; the Sala Penal Nacional
# convicted former soldiers in 2016. Our own wording; no publication date in the markup.
HTML_ES_NO_DATE = """<html lang="es-PE"><head><meta charset="utf-8"><title>Accomarca</title></head>
<body><div id="menu">Inicio | Noticias | Contacto</div>
<main><p>El 14 de agosto de 1985 una patrulla del Ejército asesinó a 69 comuneros en Accomarca,
provincia de Vilcashuamán, Ayacucho. Entre las víctimas hubo niños y ancianos.</p>
<p>Treinta y un años después, en 2016, la Sala Penal Nacional condenó a varios militares en
retiro por la matanza, entre ellos al subteniente que dirigía la patrulla, Telmo Hurtado.</p></main>
</body></html>
"""

# La Cantuta, 18 July 1992: nine students and a professor of the Universidad Nacional de Educación
# Enrique Guzmán y Valle were abducted and killed by the Grupo Colina. Our own wording.
PDF_PAGES = [
    [
        "Resumen del caso La Cantuta",
        "El 18 de julio de 1992 miembros del Grupo Colina secuestraron",
        "a nueve estudiantes y un profesor de la Universidad Nacional",
        "de Educación Enrique Guzmán y Valle.",
    ],
    ["Los restos de varias víctimas fueron hallados en Cieneguilla en 1993."],
]

# Barrios Altos victims as named in the Inter-American Court's judgment. Two rows hold typical
# data-entry slips: an age in words, a date with a two-digit year.
BARRIOS_ALTOS_CSV = """Nombre;Edad;Sexo;Fecha;Lugar
Placentina Marcela Chumbipuma Aguirre;;F;03/11/1991;Barrios Altos
Luis Alberto Díaz Astovilca;;Hombre;03/11/1991;Barrios Altos
Javier Manuel Ríos Rojas;ocho;Hombre;03/11/1991;Barrios Altos
Manuel Isaías Ríos Pérez;;Hombre;3 de noviembre de 1991;Barrios Altos
;;;;
Nelly María Rubina Arquiñigo;;Mujer;3/11/91;Barrios Altos
Benedicta Yanque Churo;;Mujer;1991-11-03;Barrios Altos
"""

# A human-rights bulletin's feed: the 2017 humanitarian pardon of Alberto Fujimori and its
# annulment by a Supreme Court judge in October 2018. Our own wording.
RSS = """<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel>
<title>Boletín de derechos humanos</title>
<link>https://boletin.example.org/</link>
<language>es-pe</language>
<item>
<title>Indulto humanitario a Alberto Fujimori</title>
<link>{base}/indulto.html</link>
<guid>boletin-2017-12-24</guid>
<pubDate>Sun, 24 Dec 2017 23:30:00 -0500</pubDate>
<description>&lt;p&gt;El presidente Pedro Pablo Kuczynski concedió el 24 de diciembre un
indulto humanitario al expresidente, condenado en 2009 a 25 años de prisión.&lt;/p&gt;</description>
</item>
<item>
<title>Juez anula el indulto</title>
<link>{base}/missing.html</link>
<guid>boletin-2018-10-03</guid>
<pubDate>Wed, 03 Oct 2018 18:00:00 -0500</pubDate>
<description>El juez supremo Hugo Núñez Julca dejó sin efecto el indulto y ordenó
la recaptura del expresidente.</description>
</item>
</channel></rss>
"""

ATOM = """<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
<title>Rights Watch Notes</title>
<link href="https://notes.example.org/"/>
<id>urn:example:notes</id>
<updated>2023-12-07T12:00:00Z</updated>
<entry>
<title>Fujimori released</title>
<link href="https://notes.example.org/2023/12/fujimori-released"/>
<id>urn:example:notes:1</id>
<published>2023-12-06T21:00:00-05:00</published>
<updated>2023-12-07T08:00:00Z</updated>
<summary type="html">&lt;b&gt;Alberto Fujimori&lt;/b&gt; left prison on 6 December 2023
after the Constitutional Tribunal restored his pardon.</summary>
</entry>
</feed>
"""


def _esc(s: str) -> str:
    return s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")


def make_pdf(pages: list[list[str]], info: dict[str, str] | None = None) -> bytes:
    """A minimal, valid PDF: one Helvetica text line per string (WinAnsi), an empty page for an
    empty list, and an optional document information dictionary."""
    objs: list[bytes] = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        (
            "<< /Type /Pages /Kids ["
            + " ".join(f"{4 + 2 * i} 0 R" for i in range(len(pages)))
            + f"] /Count {len(pages)} >>"
        ).encode(),
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
    ]
    for i, lines in enumerate(pages):
        if lines:
            ops = ["BT", "/F1 11 Tf", "14 TL", "72 720 Td"]
            ops += [f"({_esc(line)}) Tj T*" for line in lines]
            ops.append("ET")
        else:
            ops = ["0 0 m 100 100 l S"]  # a drawing, no text: like a scanned page
        stream = "\n".join(ops).encode("cp1252")
        objs.append(
            (
                "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] "
                f"/Resources << /Font << /F1 3 0 R >> >> /Contents {5 + 2 * i} 0 R >>"
            ).encode()
        )
        objs.append(b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream")
    if info:
        objs.append(
            ("<< " + " ".join(f"/{k} ({_esc(v)})" for k, v in info.items()) + " >>").encode(
                "cp1252"
            )
        )
    out = io.BytesIO()
    out.write(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for n, obj in enumerate(objs, 1):
        offsets.append(out.tell())
        out.write(b"%d 0 obj\n" % n + obj + b"\nendobj\n")
    xref = out.tell()
    out.write(b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1))
    for off in offsets:
        out.write(b"%010d 00000 n \n" % off)
    trailer = f"<< /Size {len(objs) + 1} /Root 1 0 R"
    if info:
        trailer += f" /Info {len(objs)} 0 R"
    out.write(b"trailer\n" + trailer.encode() + b" >>\nstartxref\n%d\n%%%%EOF\n" % xref)
    return out.getvalue()


# ---- workbooks built by hand: OpenDocument (.ods) and legacy Excel (.xls) -----------------------
# Cells are Python values: str, int, float, bool, date, datetime, None (empty), or Span(text, n)
# for a cell merged across n columns. Both builders need no library, like make_pdf.


class Span(NamedTuple):
    text: str
    columns: int


_ODS_NS = (
    'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
    'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
    'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
    'xmlns:dc="http://purl.org/dc/elements/1.1/" office:version="1.3"'
)


def _ods_text(text: str) -> str:
    """Text as LibreOffice writes it: runs of spaces as <text:s/>, lines as paragraphs."""
    paragraphs = []
    for line in text.split("\n"):
        out = re.sub(
            r"  +",
            lambda m: f' <text:s text:c="{len(m.group()) - 1}"/>',
            xml_escape(line),
        )
        paragraphs.append(f"<text:p>{out}</text:p>")
    return "".join(paragraphs)


def _ods_cell(value: Any) -> str:
    if value is None:
        return "<table:table-cell/>"
    if isinstance(value, Span):
        covered = "<table:covered-table-cell/>" * (value.columns - 1)
        return (
            f'<table:table-cell table:number-columns-spanned="{value.columns}" '
            f'office:value-type="string">{_ods_text(value.text)}</table:table-cell>{covered}'
        )
    if isinstance(value, bool):
        return (
            f'<table:table-cell office:value-type="boolean" office:boolean-value='
            f'"{str(value).lower()}"><text:p>{"TRUE" if value else "FALSE"}</text:p>'
            "</table:table-cell>"
        )
    if isinstance(value, (int, float)):
        return (
            f'<table:table-cell office:value-type="float" office:value="{value}">'
            f"<text:p>{value}</text:p></table:table-cell>"
        )
    if isinstance(value, (date, datetime)):
        shown = value.strftime("%d/%m/%Y")
        return (
            f'<table:table-cell office:value-type="date" office:date-value="{value.isoformat()}">'
            f"<text:p>{shown}</text:p></table:table-cell>"
        )
    return (
        f'<table:table-cell office:value-type="string">{_ods_text(str(value))}</table:table-cell>'
    )


def make_ods(sheets: dict[str, list[list[Any]]], *, encrypted: bool = False) -> bytes:
    """An OpenDocument spreadsheet shaped the way LibreOffice saves one: a stored ``mimetype``
    first, runs of empty rows written once with ``number-rows-repeated``, every row padded with a
    repeated empty cell, and a huge repeated empty row at the end of each sheet. ``encrypted``
    writes what a password-protected file looks like (an encrypted content.xml)."""
    tables = []
    for name, rows in sheets.items():
        body = []
        empty = 0
        for row in rows:
            if not any(v is not None for v in row):
                empty += 1
                continue
            if empty:
                body.append(
                    f'<table:table-row table:number-rows-repeated="{empty}">'
                    '<table:table-cell table:number-columns-repeated="1024"/></table:table-row>'
                )
                empty = 0
            cells = "".join(_ods_cell(v) for v in row)
            body.append(
                f"<table:table-row>{cells}"
                '<table:table-cell table:number-columns-repeated="1000"/></table:table-row>'
            )
        body.append(
            '<table:table-row table:number-rows-repeated="1048000">'
            '<table:table-cell table:number-columns-repeated="1024"/></table:table-row>'
        )
        tables.append(
            f'<table:table table:name="{xml_escape(name, {chr(34): "&quot;"})}">'
            '<table:table-column table:number-columns-repeated="1024"/>'
            + "".join(body)
            + "</table:table>"
        )
    content = (
        f'<?xml version="1.0" encoding="UTF-8"?>\n<office:document-content {_ODS_NS}>'
        "<office:body><office:spreadsheet>" + "".join(tables) + "</office:spreadsheet>"
        "</office:body></office:document-content>"
    ).encode("utf-8")
    encryption = ""
    if encrypted:
        content = bytes((b * 7 + 3) % 256 for b in content)  # not XML any more, like ciphertext
        encryption = (
            '<manifest:encryption-data manifest:checksum-type="SHA1/1K" manifest:checksum="x">'
            '<manifest:algorithm manifest:algorithm-name="Blowfish CFB" '
            'manifest:initialisation-vector="x"/></manifest:encryption-data>'
        )
    manifest = (
        '<?xml version="1.0" encoding="UTF-8"?>\n<manifest:manifest '
        'xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" '
        'manifest:version="1.3"><manifest:file-entry manifest:full-path="/" '
        'manifest:media-type="application/vnd.oasis.opendocument.spreadsheet"/>'
        '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml">'
        f"{encryption}</manifest:file-entry></manifest:manifest>"
    )
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as zf:
        zf.writestr(
            "mimetype", "application/vnd.oasis.opendocument.spreadsheet", zipfile.ZIP_STORED
        )
        zf.writestr("content.xml", content, zipfile.ZIP_DEFLATED)
        zf.writestr("META-INF/manifest.xml", manifest, zipfile.ZIP_DEFLATED)
    return buf.getvalue()


def _biff(code: int, payload: bytes = b"") -> bytes:
    return struct.pack("<HH", code, len(payload)) + payload


def _biff_text(text: str, length_bytes: int = 2) -> bytes:
    """A BIFF8 unicode string: character count, flags (1: UTF-16LE), characters."""
    data = text.encode("utf-16-le")
    count = struct.pack("<H" if length_bytes == 2 else "<B", len(data) // 2)
    return count + b"\x01" + data


def make_ole2(streams: dict[str, bytes]) -> bytes:
    """A Compound File (the container of .xls and .doc files) holding up to three streams, each
    padded to 4096 bytes so it sits in regular 512-byte sectors."""
    end, free, fat_sector, none = 0xFFFFFFFE, 0xFFFFFFFF, 0xFFFFFFFD, 0xFFFFFFFF
    fat = [fat_sector, end]  # sector 0 holds the FAT, sector 1 the directory
    data = b""
    entries = [("Root Entry", 5, end, 0)]
    for name, stream in streams.items():
        stream = stream.ljust(max(4096, -(-len(stream) // 512) * 512), b"\x00")
        first = len(fat)
        count = len(stream) // 512
        fat += [first + i + 1 for i in range(count - 1)] + [end]
        entries.append((name, 2, first, len(stream)))
        data += stream
    assert len(fat) <= 128 and len(entries) <= 4
    fat += [free] * (128 - len(fat))
    directory = b""
    for i, (name, kind, start, size) in enumerate(entries):
        raw = (name + "\x00").encode("utf-16-le")
        child = 1 if kind == 5 and len(entries) > 1 else none
        right = i + 1 if kind == 2 and i + 1 < len(entries) else none
        directory += (
            raw.ljust(64, b"\x00")
            + struct.pack("<HBBIII", len(raw), kind, 1, none, right, child)
            + bytes(16 + 4 + 16)
            + struct.pack("<III", start, size, 0)
        )
    directory = directory.ljust(512, b"\x00")
    header = struct.pack(
        "<8s16sHHHHH6sIIIIIIIII",
        b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1",
        bytes(16),
        0x3E,
        3,
        0xFFFE,
        9,
        6,
        bytes(6),
        0,
        1,
        1,
        0,
        4096,
        end,
        0,
        end,
        0,
    ) + struct.pack("<109I", 0, *([free] * 108))
    return header + struct.pack("<128I", *fat) + directory + data


def make_xls(sheets: dict[str, list[list[Any]]], *, encrypted: bool = False) -> bytes:
    """A BIFF8 workbook (Excel 97-2003 ``.xls``) with shared strings, numbers, booleans, dates
    (numbers in a date format: XF 1 uses built-in format 14) and merged cells. ``encrypted`` adds
    the FILEPASS record Excel writes for a workbook with a password to open."""
    strings: list[str] = []
    index: dict[str, int] = {}
    substreams = []
    for rows in sheets.values():
        cells = []
        merges = []
        for r, row in enumerate(rows):
            for c, value in enumerate(row):
                if isinstance(value, Span):
                    merges.append(struct.pack("<HHHH", r, r, c, c + value.columns - 1))
                    value = value.text
                if value is None:
                    continue
                if isinstance(value, str):
                    if value not in index:
                        index[value] = len(strings)
                        strings.append(value)
                    cells.append(_biff(0x00FD, struct.pack("<HHHI", r, c, 0, index[value])))
                elif isinstance(value, bool):
                    cells.append(_biff(0x0205, struct.pack("<HHHBB", r, c, 0, int(value), 0)))
                elif isinstance(value, (date, datetime)):
                    day = value.date() if isinstance(value, datetime) else value
                    serial = float((day - date(1899, 12, 30)).days)
                    if isinstance(value, datetime):
                        serial += (value.hour * 3600 + value.minute * 60 + value.second) / 86400
                    cells.append(_biff(0x0203, struct.pack("<HHHd", r, c, 1, serial)))
                else:
                    cells.append(_biff(0x0203, struct.pack("<HHHd", r, c, 0, float(value))))
        width = max((len(row) for row in rows), default=0)
        substreams.append(
            _biff(0x0809, struct.pack("<HHHHII", 0x0600, 0x0010, 0x0DBB, 0x07CC, 0, 6))
            + _biff(0x0200, struct.pack("<IIHHH", 0, len(rows), 0, width, 0))
            + b"".join(cells)
            + (_biff(0x00E5, struct.pack("<H", len(merges)) + b"".join(merges)) if merges else b"")
            + _biff(0x000A)
        )
    xf = struct.pack("<HHHBBBBIiH", 0, 0, 0xFFF5, 0x20, 0, 0, 0, 0, 0, 0x20C0)
    date_xf = struct.pack("<HHHBBBBIiH", 0, 14, 0x0001, 0x20, 0, 0, 0x04, 0, 0, 0x20C0)
    sst = struct.pack("<II", len(strings), len(strings)) + b"".join(_biff_text(s) for s in strings)
    assert len(sst) <= 8224, "a longer string table needs CONTINUE records"

    def globals_(offsets: list[int]) -> bytes:
        return (
            _biff(0x0809, struct.pack("<HHHHII", 0x0600, 0x0005, 0x0DBB, 0x07CC, 0, 6))
            + (_biff(0x002F, struct.pack("<HHH", 1, 1, 1) + bytes(48)) if encrypted else b"")
            + _biff(0x0042, struct.pack("<H", 1200))
            + _biff(0x0022, struct.pack("<H", 0))
            + _biff(0x00E0, xf)
            + _biff(0x00E0, date_xf)
            + _biff(0x00FC, sst)
            + b"".join(
                _biff(0x0085, struct.pack("<IBB", off, 0, 0) + _biff_text(name, 1))
                for off, name in zip(offsets, sheets, strict=True)
            )
            + _biff(0x000A)
        )

    start = len(globals_([0] * len(sheets)))
    offsets = []
    for sub in substreams:
        offsets.append(start)
        start += len(sub)
    return make_ole2({"Workbook": globals_(offsets) + b"".join(substreams)})
