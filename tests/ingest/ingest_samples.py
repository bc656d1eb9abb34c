"""Sample evidence for the ingest tests: short texts about documented cases in our own words, and
a hand-built PDF with a text layer (no PDF library needed to make one)."""

from __future__ import annotations

import io

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
