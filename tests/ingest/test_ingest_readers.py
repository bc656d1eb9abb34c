"""The pure readers of recuento.ingest: bytes in, text, metadata, artifacts and problems out."""

from __future__ import annotations

import pytest
from ingest_samples import ATOM, HTML_EN, HTML_ES_NO_DATE, PDF_PAGES, RSS, make_ods, make_pdf

from recuento.domain.provenance import sha256_hex
from recuento.ingest.artifacts import detect_format, read_document, read_plain_text
from recuento.ingest.feeds import html_to_text, read_feed
from recuento.ingest.html import read_html
from recuento.ingest.pdf import PAGE_SEPARATOR, read_pdf


@pytest.mark.parametrize(
    ("data", "name", "media", "expected"),
    [
        (b"%PDF-1.4\n...", "report.html", None, "pdf"),  # content wins over a wrong name
        (HTML_EN.encode(), None, None, "html"),
        (HTML_ES_NO_DATE.encode(), "x.txt", None, "html"),
        (RSS.encode(), "feed", None, "feed"),
        (ATOM.encode(), None, "application/octet-stream", "feed"),
        (b"Nombre,Edad\nA,1\n", "lista.csv", None, "csv"),
        (b"Nombre,Edad\nA,1\n", None, "text/csv; charset=utf-8", "csv"),
        (b"Plain words.", "notes", None, "text"),
        (b"PK\x03\x04rest", "victims.xlsx", None, "xlsx"),
        (b"PK\x03\x04rest", "archive.zip", None, "unknown"),
        (b"\x00\x01\x02\xff\xfe", None, None, "unknown"),
    ],
)
def test_detect_format(data: bytes, name: str | None, media: str | None, expected: str) -> None:
    assert detect_format(data, name, media) == expected


def test_plain_utf8_text_is_its_own_text_without_artifact() -> None:
    data = "Declaración sobre La Cantuta, 18 de julio de 1992.\n".encode()
    result = read_plain_text(data, "t.txt")
    assert result.ok and result.text == data.decode() and result.artifacts == []


def test_windows_1252_text_gets_a_utf8_artifact_and_a_warning() -> None:
    data = "Ayacucho, año 1985: Accomarca".encode("cp1252")
    result = read_plain_text(data, "old.txt")
    assert result.ok
    (art,) = result.artifacts
    assert art.text == "Ayacucho, año 1985: Accomarca"
    assert art.sha256 == sha256_hex(art.data) != result.sha256
    assert result.warnings[0].code == "encoding"


def test_html_main_text_and_metadata() -> None:
    result = read_html(HTML_EN.encode(), name="ba.html")
    assert result.ok, result.problems
    text = result.text or ""
    assert "Fifteen people were killed" in text and "Grupo Colina" in text
    for boilerplate in ("Subscribe", "Cookie settings", "Advertise"):
        assert boilerplate not in text
    meta = result.metadata
    assert meta["published"] == "2021-11-03"
    assert meta["title"] == "Barrios Altos: thirty years on"
    assert meta["language"] == "en"
    assert meta["url"] == "https://rights.example.org/barrios-altos-30"
    assert meta["publisher"] == "Example Rights Review"
    assert meta["authors"] == ["Staff Writer"]
    (art,) = result.artifacts
    assert art.role == "text" and art.media_type == "text/plain"
    assert art.text == text and art.method.startswith("trafilatura ")
    assert art.sha256 != result.sha256


def test_html_publication_date_is_never_guessed_from_the_body() -> None:
    # the body mentions 1985 and 2016; neither is when the page was published
    result = read_html(HTML_ES_NO_DATE.encode(), name="acc.html", url="https://x.example/a")
    assert result.ok
    assert "published" not in result.metadata
    assert result.metadata["language"] == "es"
    assert result.metadata["url"] == "https://x.example/a"
    assert "69 comuneros" in (result.text or "") and "Inicio | Noticias" not in (result.text or "")


def test_html_without_main_text_is_a_problem() -> None:
    result = read_html(b"<html><body><script>render()</script></body></html>", name="app.html")
    assert not result.ok and result.problems[0].code == "no_text"
    assert result.artifacts == []


def test_pdf_text_layer_pages_and_metadata(pdf_bytes: bytes) -> None:
    result = read_pdf(pdf_bytes, name="cantuta.pdf")
    assert result.ok, result.problems
    text = result.text or ""
    pages = text.rstrip("\n").split(PAGE_SEPARATOR)
    assert len(pages) == 2
    assert "Educación Enrique Guzmán y Valle" in pages[0]
    assert "Cieneguilla" in pages[1] and "Cieneguilla" not in pages[0]
    (art,) = result.artifacts
    ranges = art.meta["page_ranges"]
    assert [text[a:b] for a, b in ranges] == pages
    meta = result.metadata
    assert meta["title"] == "La Cantuta" and meta["pages"] == 2
    assert meta["authors"] == ["Equipo de documentación"]
    assert meta["created"] == "2009-04-07" and "published" not in meta
    assert art.method.startswith("pypdf ")


def test_pdf_without_text_layer_says_ocr_is_not_supported() -> None:
    result = read_pdf(make_pdf([[], []]), name="scan.pdf")
    assert [p.code for p in result.problems] == ["no_text_layer"]
    assert "OCR is not supported" in result.problems[0].message
    assert result.artifacts == [] and result.text is None


def test_pdf_with_one_scanned_page_warns_about_it() -> None:
    result = read_pdf(make_pdf([PDF_PAGES[0], []]), name="mixed.pdf")
    assert result.ok
    assert [w.message for w in result.warnings] == ["page 2 has no text layer"]


def test_broken_pdf_is_a_problem_not_a_crash() -> None:
    result = read_pdf(b"%PDF-1.4\nthis is not really a pdf", name="broken.pdf")
    assert not result.ok and result.problems[0].code == "format"


def test_rss_entries_become_text_artifacts() -> None:
    data = RSS.replace("{base}", "https://boletin.example.org").encode()
    result = read_feed(data, name="boletin.xml")
    assert result.ok
    assert result.metadata["title"] == "Boletín de derechos humanos"
    assert result.metadata["language"] == "es" and result.metadata["entries"] == 2
    first, second = result.entries
    # the publisher's own calendar day, not moved to UTC (23:30 -05:00 is 25 Dec in UTC)
    assert first.published == "2017-12-24"
    assert second.published == "2018-10-03"
    assert first.link == "https://boletin.example.org/indulto.html"
    assert first.id == "boletin-2017-12-24"
    text = first.artifact.text
    assert text.startswith("Indulto humanitario a Alberto Fujimori\n\n")
    assert "<p>" not in text and "25 años de prisión" in text
    assert text.rstrip().endswith("https://boletin.example.org/indulto.html")
    assert [a.role for a in result.artifacts] == ["entry", "entry"]
    assert first.artifact.meta["published"] == "2017-12-24"


def test_atom_entry_with_html_summary() -> None:
    result = read_feed(ATOM.encode(), name="notes.atom")
    assert result.ok and result.media_type == "application/atom+xml"
    (entry,) = result.entries
    assert entry.published == "2023-12-06"
    assert entry.summary.startswith("Alberto Fujimori left prison on 6 December 2023")


def test_not_a_feed_is_a_problem() -> None:
    result = read_document(b"<?xml version='1.0'?><rss><channel>", name="x.rss", format="feed")
    assert not result.ok and result.problems[0].code == "format"


def test_html_to_text_keeps_paragraphs_and_drops_scripts() -> None:
    fragment = "<p>Uno &amp; dos</p><script>x=1</script><p>tres<br>cuatro</p>"
    assert html_to_text(fragment) == "Uno & dos\n\ntres\ncuatro"


def test_unknown_bytes_are_reported_with_the_formats_to_choose() -> None:
    result = read_document(b"\x00\x01\x02\xff", name="blob")
    assert not result.ok and "html" in result.problems[0].message


def test_old_office_files_not_named_xls_get_a_specific_message() -> None:
    ole2 = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 100
    assert detect_format(ole2, "informe.doc") == "unknown"
    result = read_document(ole2, name="informe.doc")
    assert not result.ok and ".xls" in result.problems[0].message
    assert "PDF" in result.problems[0].message


def test_spreadsheets_are_told_apart_by_their_bytes_and_names() -> None:
    ods = make_ods({"Víctimas": [["Nombre"], ["Ana"]]})
    assert detect_format(ods, "lista") == "ods"  # the mimetype member says so
    assert detect_format(ods, "lista.xlsx") == "ods"  # content wins over a wrong name
    ole2 = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 100
    assert detect_format(ole2, "victimas.xls") == "xls"
    assert detect_format(ole2, None, "application/vnd.ms-excel") == "xls"
    broken = read_document(ole2, name="victimas.xls", mapping=None)
    assert not broken.ok  # read as a workbook, and its damage reported, not guessed at


def test_read_document_dispatch_is_usable_without_a_store() -> None:
    result = read_document(HTML_EN.encode(), name="page")
    assert result.format == "html" and result.text_artifact is not None
