"""OCR of scans: images and image-only PDFs read by Debian's tesseract.

The "scans" are made here: Pillow renders a short ruling summary we wrote ourselves (a made-up
case) to an image, saved as PNG, TIFF and an image-only PDF. OCR is noisy, so texts are compared
as accent-folded, lower-case word tokens. Tests that run tesseract skip when it is not installed
(``scripts/tesseract-for-tests.sh`` installs it on Debian as root); the missing-program path is
tested everywhere, by pointing ``RECUENTO_TESSERACT`` at a file that does not exist.
"""

from __future__ import annotations

import importlib.util
import io
import os
import re
import shutil
import signal
import threading
import time
import unicodedata
from collections import Counter
from pathlib import Path

import pytest

from recuento.domain.provenance import sha256_hex
from recuento.ingest import ocr
from recuento.ingest.ocr import OcrUnavailableError, read_image, tesseract_languages
from recuento.ingest.pdf import PAGE_SEPARATOR, read_pdf

Image = pytest.importorskip("PIL.Image", reason="Pillow is needed to draw the test scans")
ImageDraw = pytest.importorskip("PIL.ImageDraw")
ImageFont = pytest.importorskip("PIL.ImageFont")

# A made-up ruling summary (our own prose): Spanish on page 1, English on page 2.
RULING_ES = [
    "CORTE SUPERIOR DE JUSTICIA DE AYACUCHO",
    "Sala Penal Liquidadora, expediente 0417-2013",
    "Ayacucho, 14 de marzo de 2016",
    "La Sala condenó a Teodoro Huamán Ccori, capitán del",
    "ejército, a 25 años de pena privativa de libertad por",
    "la desaparición forzada de 11 campesinos en Pucará.",
    "Absolvió a dos coacusados por falta de pruebas.",
]
RULING_EN = [
    "SUMMARY OF THE RULING",
    "On 14 March 2016 the court sentenced army captain",
    "Teodoro Huaman Ccori to 25 years in prison for the",
    "enforced disappearance of 11 farmers in Pucara.",
    "Two co-defendants were acquitted for lack of evidence.",
]
KEY_TOKENS = {"ayacucho", "2016", "25", "11", "teodoro", "huaman", "ccori", "pucara"}


def _tesseract_ready() -> str | None:
    """Why the OCR tests cannot run here, or None."""
    try:
        found = ocr.find_tesseract()
    except OcrUnavailableError as exc:
        return str(exc)
    missing = {"spa", "eng"} - found.languages
    if missing:
        return f"tesseract has no data for {', '.join(sorted(missing))}"
    return None


_WHY_NOT = _tesseract_ready()
needs_tesseract = pytest.mark.skipif(
    _WHY_NOT is not None,
    reason=f"OCR tests skip: {_WHY_NOT} (scripts/tesseract-for-tests.sh installs it as root)",
)


def _fold(text: str) -> str:
    return "".join(
        c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c)
    ).lower()


def tokens(text: str) -> list[str]:
    return re.findall(r"\w+", _fold(text))


def word_recall(expected: str, got: str) -> float:
    """Share of the expected words (with repeats) that OCR read right."""
    want = Counter(tokens(expected))
    found = Counter(tokens(got))
    return sum((want & found).values()) / sum(want.values())


def _font(size: int) -> tuple[object, bool]:
    """A TrueType font with accents (DejaVu Sans from Debian or matplotlib), else Pillow's
    own font, which lacks them (then the text is drawn without accents)."""
    places = [Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")]
    spec = importlib.util.find_spec("matplotlib")
    if spec is not None and spec.submodule_search_locations:
        for root in spec.submodule_search_locations:
            places.append(Path(root) / "mpl-data" / "fonts" / "ttf" / "DejaVuSans.ttf")
    for place in places:
        if place.is_file():
            return ImageFont.truetype(str(place), size), True
    return ImageFont.load_default(size=size), False


def render(lines: list[str], *, width: int = 2550, size: int = 46) -> object:
    """One page of text as a grey-scale 'scan' at 300 dpi (a 10-point-ish font)."""
    font, accents = _font(size)
    height = 160 + len(lines) * int(size * 1.6) + 120
    image = Image.new("L", (width, height), 255)
    draw = ImageDraw.Draw(image)
    y = 160
    for line in lines:
        draw.text((200, y), line if accents else _fold(line).upper(), font=font, fill=0)
        y += int(size * 1.6)
    return image


def png_bytes(image: object, dpi: int = 300) -> bytes:
    buf = io.BytesIO()
    image.copy().save(buf, format="PNG", dpi=(dpi, dpi))  # a copy: Pillow keeps save options
    return buf.getvalue()


def pdf_bytes(images: list[object], resolution: float = 300.0) -> bytes:
    """An image-only PDF (no text layer), as a scanner makes it."""
    buf = io.BytesIO()
    images[0].copy().save(
        buf,
        format="PDF",
        save_all=True,
        append_images=[im.copy() for im in images[1:]],
        resolution=resolution,
    )
    return buf.getvalue()


@pytest.fixture(scope="module")
def page_es() -> object:
    return render(RULING_ES)


@pytest.fixture(scope="module")
def page_en() -> object:
    return render(RULING_EN)


@pytest.fixture(scope="module")
def scan_pdf(page_es: object, page_en: object) -> bytes:
    return pdf_bytes([page_es, page_en])


# ---- without tesseract: runs everywhere -------------------------------------------------------


def test_languages_map_from_ingest_codes_to_tesseract() -> None:
    assert tesseract_languages(None) == "spa+eng"
    assert tesseract_languages("es") == "spa"
    assert tesseract_languages("EN") == "eng"
    assert tesseract_languages("es-PE") == "spa"
    assert tesseract_languages("spa+eng") == "spa+eng"
    assert tesseract_languages("es,en,es") == "spa+eng"
    with pytest.raises(ValueError, match="no Tesseract language"):
        tesseract_languages("klingon!")


def test_missing_tesseract_is_a_clear_error_naming_the_debian_packages(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(ocr.TESSERACT_ENV, str(tmp_path / "no-tesseract"))
    with pytest.raises(OcrUnavailableError) as info:
        ocr.ocr_image(b"\x89PNG\r\n\x1a\n")
    message = str(info.value)
    assert "no-tesseract" in message
    assert "apt-get install tesseract-ocr tesseract-ocr-spa tesseract-ocr-eng" in message
    assert info.value.packages == ("tesseract-ocr", "tesseract-ocr-spa", "tesseract-ocr-eng")


def test_missing_tesseract_leaves_the_scan_readable_with_a_warning(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, page_es: object, scan_pdf: bytes
) -> None:
    monkeypatch.setenv(ocr.TESSERACT_ENV, str(tmp_path / "no-tesseract"))
    result = read_pdf(scan_pdf, name="sentencia.pdf")
    assert result.ok and result.text is None and result.artifacts == []
    codes = [w.code for w in result.warnings]
    assert codes[0] == "ocr_unavailable"
    assert "page(s) 1, 2 are scanned images" in result.warnings[0].message
    assert "apt-get install tesseract-ocr" in result.warnings[0].message
    image = read_image(png_bytes(page_es), name="sentencia.png")
    assert image.ok and image.text is None and image.media_type == "image/png"
    assert [w.code for w in image.warnings] == ["ocr_unavailable"]


def test_missing_tesseract_still_stores_the_source_and_nothing_else(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, workspace_ws, write, scan_pdf: bytes
) -> None:
    from recuento.services.ingesting import ingest

    monkeypatch.setenv(ocr.TESSERACT_ENV, str(tmp_path / "no-tesseract"))
    report = ingest(workspace_ws, write("sentencia.pdf", scan_pdf))
    assert report.source == sha256_hex(scan_pdf) and report.created
    assert report.text_source is None and report.artifacts == []
    assert any("apt-get install tesseract-ocr" in w.message for w in report.warnings)
    assert [s.sha256 for s in workspace_ws.sources()] == [report.source]
    assert [c["action"] for c in workspace_ws.custody(report.source)] == ["received"]


def test_tesseract_failing_half_way_keeps_no_ocr_text(
    monkeypatch: pytest.MonkeyPatch, scan_pdf: bytes
) -> None:
    engine = ocr.Tesseract("/usr/bin/tesseract", "5.3.0", frozenset({"spa", "eng"}))
    calls: list[object] = []

    def first_page_only(data: bytes, **kw: object) -> ocr.OcrText:
        calls.append(kw.get("dpi"))
        if len(calls) > 1:
            raise OcrUnavailableError("tesseract vanished", ("tesseract-ocr",))
        return ocr.OcrText(engine, "spa+eng", [ocr.OcrPage(1, "Sala Penal", 90.0, 2)])

    monkeypatch.setattr(ocr, "find_tesseract", lambda program=None: engine)
    monkeypatch.setattr(ocr, "ocr_image", first_page_only)
    result = read_pdf(scan_pdf, name="sentencia.pdf")
    assert calls == [300, 300]  # the page image's resolution is passed on
    assert result.ok and result.text is None and result.artifacts == []
    assert "ocr_pages" not in result.metadata
    assert [w.code for w in result.warnings][:1] == ["ocr_unavailable"]


def _jbig2_pdf() -> bytes:
    """One page holding a JBIG2-compressed image (its data is junk: only the filter matters)."""
    content = b"q 612 0 0 792 0 0 cm /Im0 Do Q"
    objs = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] "
        b"/Resources << /XObject << /Im0 5 0 R >> >> /Contents 4 0 R >>",
        b"<< /Length %d >>\nstream\n%s\nendstream" % (len(content), content),
        b"<< /Type /XObject /Subtype /Image /Width 2550 /Height 3300 /BitsPerComponent 1 "
        b"/ColorSpace /DeviceGray /Filter /JBIG2Decode /Length 8 >>\nstream\n"
        b"\x97JB2\r\n\x1a\n\nendstream",
    ]
    out = io.BytesIO()
    out.write(b"%PDF-1.5\n")
    offsets = []
    for n, obj in enumerate(objs, 1):
        offsets.append(out.tell())
        out.write(b"%d 0 obj\n%s\nendobj\n" % (n, obj))
    xref = out.tell()
    out.write(b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1))
    out.write(b"".join(b"%010d 00000 n \n" % off for off in offsets))
    out.write(
        b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objs) + 1, xref)
    )
    return out.getvalue()


@pytest.mark.skipif(shutil.which("jbig2dec") is not None, reason="jbig2dec is installed here")
def test_a_jbig2_scan_without_jbig2dec_names_the_debian_package(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    engine = ocr.Tesseract("/usr/bin/tesseract", "5.3.0", frozenset({"spa", "eng"}))
    monkeypatch.setattr(ocr, "find_tesseract", lambda program=None: engine)
    result = read_pdf(_jbig2_pdf(), name="escaneo.pdf")
    assert result.ok and result.text is None
    jbig2 = [w for w in result.warnings if "jbig2dec" in w.message]
    assert [w.code for w in jbig2] == ["ocr_unavailable"]
    assert "apt-get install jbig2dec" in jbig2[0].message


def test_a_pdf_with_neither_text_nor_images_is_still_refused() -> None:
    from ingest_samples import make_pdf

    result = read_pdf(make_pdf([[]]), name="vector.pdf")
    assert [p.code for p in result.problems] == ["no_text_layer"]
    assert "no page images" in result.problems[0].message


def test_something_that_is_not_an_image_is_a_problem() -> None:
    result = read_image(b"GIF89a not what we read", name="x.gif")
    assert [p.code for p in result.problems] == ["format"]


# ---- with tesseract ---------------------------------------------------------------------------


@needs_tesseract
def test_png_scan_is_read_into_a_hashed_text_artifact(page_es: object) -> None:
    data = png_bytes(page_es)
    result = read_image(data, name="sentencia.png")
    assert result.ok and result.format == "image" and result.media_type == "image/png"
    assert result.data == data  # the image stays the source
    (art,) = result.artifacts
    assert art.sha256 == sha256_hex(art.data) and art.text == result.text
    assert word_recall("\n".join(RULING_ES), result.text) >= 0.9
    assert KEY_TOKENS <= set(tokens(result.text))
    record = art.meta["ocr"]
    assert record["engine"] == "tesseract" and record["languages"] == "spa+eng"
    assert record["version"] == ocr.find_tesseract().version
    assert art.method == f"tesseract {record['version']} (spa+eng)"
    (page,) = record["pages"]
    assert page["page"] == 1 and page["words"] >= 40 and 60 <= page["confidence"] <= 100
    assert result.steps[-1]["ocr"] == record


@needs_tesseract
def test_the_ingest_language_chooses_tesseract_languages(page_en: object) -> None:
    result = read_image(png_bytes(page_en), name="summary.png", language="en")
    assert result.artifacts[0].meta["ocr"]["languages"] == "eng"
    assert word_recall("\n".join(RULING_EN), result.text) >= 0.9


@needs_tesseract
def test_a_language_without_data_is_named_with_its_debian_package(page_en: object) -> None:
    data = png_bytes(page_en)
    nothing = read_image(data, name="summary.png", language="zzz")
    assert nothing.ok and nothing.text is None
    assert [w.code for w in nothing.warnings] == ["ocr_unavailable"]
    assert "apt-get install tesseract-ocr-zzz" in nothing.warnings[0].message
    partly = read_image(data, name="summary.png", language="eng+zzz")
    assert partly.artifacts[0].meta["ocr"]["languages"] == "eng"
    assert [w.code for w in partly.warnings] == ["ocr_language"]
    assert "tesseract-ocr-zzz" in partly.warnings[0].message


@needs_tesseract
def test_image_only_pdf_pages_are_read_by_ocr(scan_pdf: bytes) -> None:
    result = read_pdf(scan_pdf, name="sentencia.pdf")
    assert result.ok and result.metadata["pages"] == 2
    assert result.metadata["ocr_pages"] == [1, 2]
    (art,) = result.artifacts
    assert art.sha256 == sha256_hex(result.text.encode("utf-8"))
    page1, page2 = result.text.rstrip("\n").split(PAGE_SEPARATOR)
    assert word_recall("\n".join(RULING_ES), page1) >= 0.9
    assert word_recall("\n".join(RULING_EN), page2) >= 0.9
    assert [result.text[a:b] for a, b in art.meta["page_ranges"]] == [page1, page2]
    assert art.method.startswith("pypdf ") and " + tesseract " in art.method
    record = art.meta["ocr"]
    assert record["languages"] == "spa+eng"
    assert [p["page"] for p in record["pages"]] == [1, 2]
    assert all(p["dpi"] == 300 and p["confidence"] >= 60 for p in record["pages"])
    assert not [w for w in result.warnings if w.code.startswith("ocr")]


@needs_tesseract
def test_a_text_page_keeps_its_layer_and_only_the_scanned_page_is_ocred(page_en: object) -> None:
    pypdf = pytest.importorskip("pypdf")
    from ingest_samples import PDF_PAGES, make_pdf

    writer = pypdf.PdfWriter()
    writer.append(pypdf.PdfReader(io.BytesIO(make_pdf([PDF_PAGES[0]]))))
    writer.append(pypdf.PdfReader(io.BytesIO(pdf_bytes([page_en]))))
    buf = io.BytesIO()
    writer.write(buf)
    result = read_pdf(buf.getvalue(), name="mixed.pdf")
    assert result.ok and result.metadata["ocr_pages"] == [2]
    first, second = result.text.rstrip("\n").split(PAGE_SEPARATOR)
    assert first == "\n".join(PDF_PAGES[0])  # the text layer, untouched
    assert word_recall("\n".join(RULING_EN), second) >= 0.9
    assert [p["page"] for p in result.artifacts[0].meta["ocr"]["pages"]] == [2]


@needs_tesseract
def test_low_resolution_scans_are_flagged(page_en: object) -> None:
    small = page_en.resize((page_en.width // 3, page_en.height // 3))
    result = read_pdf(pdf_bytes([small], resolution=100.0), name="fax.pdf")
    assert result.ok
    assert result.artifacts[0].meta["ocr"]["pages"][0]["dpi"] == 100
    assert "ocr_low_resolution" in [w.code for w in result.warnings]


@needs_tesseract
def test_a_sideways_phone_photo_is_turned_upright_by_its_exif_tag(page_en: object) -> None:
    stored = page_en.rotate(90, expand=True)  # as a phone stores it; tag 6: turn 90° clockwise
    exif = Image.Exif()
    exif[0x0112] = 6
    buf = io.BytesIO()
    stored.save(buf, format="JPEG", quality=90, exif=exif.tobytes())
    result = read_image(buf.getvalue(), name="foto.jpg")
    assert result.ok and result.media_type == "image/jpeg"
    assert result.artifacts[0].meta["ocr"]["exif_orientation"] == 6
    assert word_recall("\n".join(RULING_EN), result.text) >= 0.9


@needs_tesseract
def test_every_page_of_a_tiff_is_read(page_es: object, page_en: object) -> None:
    buf = io.BytesIO()
    page_es.copy().save(
        buf, format="TIFF", save_all=True, append_images=[page_en.copy()], dpi=(300, 300)
    )
    result = read_image(buf.getvalue(), name="expediente.tif")
    assert result.ok and result.media_type == "image/tiff" and result.metadata["pages"] == 2
    page1, page2 = result.text.rstrip("\n").split(PAGE_SEPARATOR)
    assert word_recall("\n".join(RULING_ES), page1) >= 0.9
    assert word_recall("\n".join(RULING_EN), page2) >= 0.9


@needs_tesseract
def test_a_scanned_pdf_ingests_with_ocr_text_linked_and_logged(
    workspace_ws, write, scan_pdf: bytes
) -> None:
    from recuento.services.ingesting import IngestOptions, ingest

    report = ingest(
        workspace_ws, write("sentencia.pdf", scan_pdf), IngestOptions(kind="court_ruling")
    )
    original = workspace_ws.source(report.source)
    assert original.sha256 == sha256_hex(scan_pdf) and original.media_type == "application/pdf"
    text_src = workspace_ws.source(report.text_source)
    stored = workspace_ws.source_text(text_src.sha256)
    assert text_src.sha256 == sha256_hex(stored.encode("utf-8"))
    assert text_src.meta["derived_from"] == original.sha256
    assert text_src.meta["ocr"]["engine"] == "tesseract"
    assert [p["page"] for p in text_src.meta["ocr"]["pages"]] == [1, 2]
    assert word_recall("\n".join(RULING_ES + RULING_EN), stored) >= 0.9
    custody = workspace_ws.custody(original.sha256)
    assert [c["action"] for c in custody] == ["received", "derived-text"]
    detail = custody[1]["detail"]
    assert detail["artifact"] == text_src.sha256
    version = ocr.find_tesseract().version
    assert detail["method"].endswith(f"+ tesseract {version} (spa+eng)")
    # found by full-text search through the OCR text
    assert any(h["ref"] == text_src.sha256 for h in workspace_ws.search("Ccori"))


@needs_tesseract
def test_the_program_argument_wins_over_the_setting(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, page_en: object
) -> None:
    monkeypatch.setenv(ocr.TESSERACT_ENV, str(tmp_path / "no-tesseract"))
    real = shutil.which("tesseract")
    assert real is not None
    result = read_image(png_bytes(page_en), name="summary.png", language="en", program=real)
    assert result.ok and "ccori" in tokens(result.text)


@needs_tesseract
def test_ingesting_a_scan_again_once_tesseract_is_installed_adds_its_text(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, workspace_ws, write, page_en: object
) -> None:
    from recuento.services.ingesting import ingest

    path = write("summary.pdf", pdf_bytes([page_en]))
    monkeypatch.setenv(ocr.TESSERACT_ENV, str(tmp_path / "no-tesseract"))
    first = ingest(workspace_ws, path)
    monkeypatch.delenv(ocr.TESSERACT_ENV)
    again = ingest(workspace_ws, path)
    assert again.source == first.source and not again.created
    assert first.text_source is None and again.text_source is not None
    actions = [c["action"] for c in workspace_ws.custody(first.source)]
    assert actions == ["received", "added-again", "derived-text"]
    assert "ccori" in tokens(workspace_ws.source_text(again.text_source))


@needs_tesseract
def test_a_png_ingests_through_the_service_with_ocr_in_its_custody(workspace_ws, write) -> None:
    from recuento.services.ingesting import IngestOptions, ingest

    data = png_bytes(render(RULING_EN))
    report = ingest(workspace_ws, write("fallo.png", data), IngestOptions(language="en"))
    assert report.format == "image" and report.source == sha256_hex(data)
    assert workspace_ws.source(report.source).media_type == "image/png"
    custody = workspace_ws.custody(report.source)
    assert [c["action"] for c in custody] == ["received", "derived-text"]
    detail = custody[1]["detail"]
    assert detail["ocr"]["languages"] == "eng" and detail["ocr"]["pages"][0]["confidence"] > 60
    assert word_recall("\n".join(RULING_EN), workspace_ws.source_text(report.text_source)) >= 0.9
    again = ingest(workspace_ws, write("noext", data))  # known by its bytes, not its name
    assert again.format == "image" and not again.created


# ---- many pages: progress, parallel pages, failures, --no-ocr ---------------------------------

FAKE_TESSERACT = '''#!{python}
"""A stand-in for tesseract: call N (counted across processes) is quick, fails or hangs."""
import os, sys, time
calls = {calls!r}
if sys.argv[1:2] == ["--version"]:
    print("tesseract 5.3.0")
    sys.exit(0)
if sys.argv[1:2] == ["--list-langs"]:
    print("List of available languages in test (2):")
    print("eng")
    print("spa")
    sys.exit(0)
n = 1
while True:
    try:
        os.mkdir(os.path.join(calls, f"call-{{n}}"))
        break
    except FileExistsError:
        n += 1
here = os.path.join(calls, f"call-{{n}}")
with open(os.path.join(here, "pid.tmp"), "w") as f:  # renamed whole: never seen half-written
    f.write(str(os.getpid()))
os.replace(os.path.join(here, "pid.tmp"), os.path.join(here, "pid"))
if n in {fail}:
    sys.stderr.write("simulated crash on call %d\\n" % n)
    sys.exit(1)
if n in {hang}:
    time.sleep(30)
    open(os.path.join(here, "finished"), "w").close()
base = sys.argv[2]
size = os.path.getsize(sys.argv[1])
with open(base + ".txt", "w") as f:
    f.write("Sala Penal imagen de %d bytes\\n\\f" % size)
with open(base + ".tsv", "w") as f:
    f.write("level\\tpage_num\\tconf\\ttext\\n5\\t1\\t91\\tSala\\n5\\t1\\t89\\tPenal\\n")
'''


def fake_tesseract(tmp_path: Path, *, fail: set[int] = frozenset(), hang: set[int] = frozenset()):
    """A fake tesseract program (Python) and the folder where each call leaves its pid."""
    import sys

    calls = tmp_path / "calls"
    calls.mkdir()
    program = tmp_path / "fake-tesseract"
    program.write_text(
        FAKE_TESSERACT.format(
            python=sys.executable, calls=str(calls), fail=set(fail) or "()", hang=set(hang) or "()"
        ),
        encoding="utf-8",
    )
    program.chmod(0o755)
    return program, calls


def _alive(pid: int) -> bool:
    """Whether the process is still there (running, or a zombie nobody waited for)."""
    import os

    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    return True


def _started(calls: Path) -> list[int]:
    return [int((d / "pid").read_text()) for d in sorted(calls.iterdir()) if (d / "pid").exists()]


@pytest.fixture(scope="module")
def small_pages() -> list[object]:
    """Five small distinct 'scans' (each image differs, so each page's fake text differs)."""
    return [render([f"Hoja {n}", "Sala Penal"], width=600 + 40 * n, size=30) for n in range(5)]


def test_progress_reports_every_scanned_page_in_order_with_the_total(
    tmp_path: Path, small_pages: list[object]
) -> None:
    program, calls = fake_tesseract(tmp_path)
    seen: list[tuple[int, int]] = []
    result = read_pdf(
        pdf_bytes(small_pages),
        name="cinco.pdf",
        tesseract=str(program),
        jobs=2,
        progress=lambda done, total: seen.append((done, total)),
    )
    assert seen == [(1, 5), (2, 5), (3, 5), (4, 5), (5, 5)]
    assert result.metadata["ocr_pages"] == [1, 2, 3, 4, 5]
    assert len(list(calls.iterdir())) == 5


def test_parallel_pages_come_back_in_page_order_as_read_one_by_one(
    tmp_path: Path, small_pages: list[object]
) -> None:
    program, _ = fake_tesseract(tmp_path)
    data = pdf_bytes(small_pages)
    one = read_pdf(data, name="cinco.pdf", tesseract=str(program), jobs=1)
    two = read_pdf(data, name="cinco.pdf", tesseract=str(program), jobs=3)
    assert len(set(one.text.split(PAGE_SEPARATOR))) == 5  # five different page texts
    assert two.text == one.text
    assert two.artifacts[0].meta["page_ranges"] == one.artifacts[0].meta["page_ranges"]
    record_one, record_two = (r.artifacts[0].meta["ocr"] for r in (one, two))
    record_one.pop("seconds")
    record_two.pop("seconds")
    assert record_two == record_one


def test_a_page_that_fails_keeps_no_ocr_text_and_stops_the_other_tesseracts(
    tmp_path: Path, small_pages: list[object]
) -> None:
    program, calls = fake_tesseract(tmp_path, fail={2}, hang={1, 3, 4, 5})
    result = read_pdf(pdf_bytes(small_pages), name="cinco.pdf", tesseract=str(program), jobs=2)
    assert result.ok and result.text is None and result.artifacts == []
    assert "ocr_pages" not in result.metadata
    (warning,) = [w for w in result.warnings if w.code == "ocr_failed"]
    assert "simulated crash on call 2" in warning.message and "No OCR text" in warning.message
    started = _started(calls)
    assert 2 <= len(started) < 5  # the pages not yet started never were
    assert not [pid for pid in started if _alive(pid)]
    assert not list(calls.glob("*/finished"))  # the hanging ones were killed, not waited for


@pytest.mark.skipif(
    signal.getsignal(signal.SIGINT) is not signal.default_int_handler
    or threading.current_thread() is not threading.main_thread(),
    reason="Ctrl-C is handled by something else, or tests run outside the main thread",
)
@pytest.mark.parametrize("jobs", [1, 2])
def test_ctrl_c_leaves_no_tesseract_behind(
    tmp_path: Path, small_pages: list[object], jobs: int
) -> None:
    program, calls = fake_tesseract(tmp_path, hang={1, 2, 3, 4, 5})
    main = threading.main_thread().ident
    assert main is not None

    def press_ctrl_c() -> None:
        for _ in range(500):  # as soon as a tesseract is running
            if list(calls.glob("*/pid")):
                break
            time.sleep(0.01)
        signal.pthread_kill(main, signal.SIGINT)

    presser = threading.Thread(target=press_ctrl_c)
    presser.start()
    try:
        with pytest.raises(KeyboardInterrupt):
            read_pdf(pdf_bytes(small_pages), name="cinco.pdf", tesseract=str(program), jobs=jobs)
    finally:
        presser.join()
    started = _started(calls)
    assert 1 <= len(started) <= jobs + 1
    assert not [pid for pid in started if _alive(pid)]
    assert not list(calls.glob("*/finished"))


def test_an_error_in_the_progress_display_also_stops_the_tesseracts(
    tmp_path: Path, small_pages: list[object]
) -> None:
    program, calls = fake_tesseract(tmp_path, hang={2, 3, 4, 5})

    def broken(done: int, total: int) -> None:
        raise RuntimeError("display gone")

    with pytest.raises(RuntimeError, match="display gone"):
        read_pdf(
            pdf_bytes(small_pages),
            name="cinco.pdf",
            tesseract=str(program),
            jobs=2,
            progress=broken,
        )
    started = _started(calls)
    assert started and not [pid for pid in started if _alive(pid)]
    assert not list(calls.glob("*/finished"))


def test_ocr_jobs_come_from_the_argument_the_setting_or_the_cores(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.delenv(ocr.JOBS_ENV, raising=False)
    assert ocr.ocr_jobs(200, 3) == 3
    assert ocr.ocr_jobs(2, 8) == 2  # never more than the pages
    assert ocr.ocr_jobs(1, 0) == 1
    assert 1 <= ocr.ocr_jobs(200) <= (os.cpu_count() or 1)
    monkeypatch.setenv(ocr.JOBS_ENV, "2")
    assert ocr.ocr_jobs(200) == 2 and ocr.ocr_jobs(200, 1) == 1
    monkeypatch.setenv(ocr.JOBS_ENV, "many")
    with pytest.raises(ocr.OcrError, match="RECUENTO_OCR_JOBS"):
        ocr.ocr_jobs(200)


def test_no_ocr_stores_the_scan_unread_and_a_later_ingest_adds_its_text(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, workspace_ws, write, small_pages: list[object]
) -> None:
    from recuento.services.ingesting import IngestOptions, ingest

    program, calls = fake_tesseract(tmp_path)
    monkeypatch.setenv(ocr.TESSERACT_ENV, str(program))
    path = write("escaneo.pdf", pdf_bytes(small_pages))
    seen: list[tuple[int, int]] = []
    first = ingest(workspace_ws, path, IngestOptions(ocr=False), progress=lambda *a: seen.append(a))
    assert first.created and first.text_source is None and first.artifacts == []
    (note,) = first.warnings
    assert note.code == "ocr_skipped"
    assert "page(s) 1-5 are" in note.message and "skipped on request" in note.message
    assert list(calls.iterdir()) == [] and seen == []  # tesseract never ran
    assert [c["action"] for c in workspace_ws.custody(first.source)] == ["received"]
    image = ingest(
        workspace_ws, write("foto.png", png_bytes(small_pages[0])), IngestOptions(ocr=False)
    )
    assert image.text_source is None and [w.code for w in image.warnings] == ["ocr_skipped"]

    later = ingest(workspace_ws, path, progress=lambda *a: seen.append(a))
    assert later.source == first.source and not later.created
    assert later.text_source is not None and not later.warnings
    assert seen == [(n, 5) for n in range(1, 6)]  # OCR pages through the list progress
    actions = [c["action"] for c in workspace_ws.custody(first.source)]
    assert actions == ["received", "added-again", "derived-text"]
    assert workspace_ws.source_text(later.text_source).count("Sala Penal") == 5


def test_a_bad_ocr_jobs_option_is_refused(workspace_ws, write, small_pages: list[object]) -> None:
    from recuento.errors import ValidationError
    from recuento.services.ingesting import IngestOptions, ingest

    with pytest.raises(ValidationError, match="ocr_jobs"):
        ingest(workspace_ws, write("x.pdf", pdf_bytes(small_pages[:1])), IngestOptions(ocr_jobs=0))


@needs_tesseract
def test_one_or_two_tesseracts_store_the_same_text_and_custody_detail(
    workspace_ws, write, page_es: object, page_en: object
) -> None:
    from recuento.services.ingesting import IngestOptions, ingest

    path = write("sentencia.pdf", pdf_bytes([page_es, page_en, page_es]))
    one = ingest(workspace_ws, path, IngestOptions(ocr_jobs=1))
    two = ingest(workspace_ws, path, IngestOptions(ocr_jobs=2))
    assert two.text_source == one.text_source  # the very same bytes of text
    assert two.artifacts[0]["created"] is False
    custody = workspace_ws.custody(one.source)
    assert [c["action"] for c in custody] == [
        "received",
        "derived-text",
        "added-again",
        "derived-text",
    ]
    details = [dict(custody[1]["detail"]), dict(custody[3]["detail"])]
    for detail in details:
        detail["ocr"] = {k: v for k, v in detail["ocr"].items() if k != "seconds"}
    assert details[0] == details[1]
    assert [p["page"] for p in details[0]["ocr"]["pages"]] == [1, 2, 3]


@pytest.mark.parametrize("as_json", [False, True])
def test_the_cli_shows_ocr_pages_on_a_terminal_and_nothing_extra_with_json(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, small_pages: list[object], as_json: bool
) -> None:
    import json

    from rich.console import Console
    from typer.testing import CliRunner

    import recuento.cli.ingest as cli_ingest
    from recuento.cli.app import _register_commands, app

    program, _ = fake_tesseract(tmp_path)
    monkeypatch.setenv(ocr.TESSERACT_ENV, str(program))
    monkeypatch.setenv("RECUENTO_USER", "cli tester")
    monkeypatch.delenv("RECUENTO_DATABASE_URL", raising=False)
    monkeypatch.delenv("RECUENTO_LANGUAGE", raising=False)
    terminal = io.StringIO()
    monkeypatch.setattr(
        cli_ingest, "err_console", Console(file=terminal, force_terminal=True, width=100)
    )
    scan = tmp_path / "escaneo.pdf"
    scan.write_bytes(pdf_bytes(small_pages))
    _register_commands()
    args = ["ingest", str(scan), "--db", str(tmp_path / "cli.db")]
    result = CliRunner().invoke(app, args + (["--json"] if as_json else []))
    assert result.exit_code == 0, result.output
    if as_json:
        out = json.loads(result.stdout)  # the JSON and nothing else
        assert out["text_source"] and out["metadata"]["ocr_pages"] == [1, 2, 3, 4, 5]
        assert terminal.getvalue() == ""
    else:
        assert "OCR page" in terminal.getvalue() and "5/5" in terminal.getvalue()
        assert "OCR page" not in result.stdout


def test_the_cli_no_ocr_option_says_ocr_was_skipped(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, small_pages: list[object]
) -> None:
    import json

    from typer.testing import CliRunner

    from recuento.cli.app import _register_commands, app

    program, calls = fake_tesseract(tmp_path)
    monkeypatch.setenv(ocr.TESSERACT_ENV, str(program))
    monkeypatch.setenv("RECUENTO_USER", "cli tester")
    monkeypatch.delenv("RECUENTO_DATABASE_URL", raising=False)
    scan = tmp_path / "escaneo.pdf"
    scan.write_bytes(pdf_bytes(small_pages[:2]))
    _register_commands()
    db = str(tmp_path / "cli.db")
    shown = CliRunner().invoke(app, ["ingest", str(scan), "--db", db, "--no-ocr"])
    assert shown.exit_code == 0, shown.output
    assert "OCR was skipped on request (--no-ocr)" in " ".join(shown.stdout.split())
    out = json.loads(
        CliRunner().invoke(app, ["ingest", str(scan), "--db", db, "--no-ocr", "--json"]).stdout
    )
    assert out["text_source"] is None and [w["code"] for w in out["warnings"]] == ["ocr_skipped"]
    assert list(calls.iterdir()) == []
