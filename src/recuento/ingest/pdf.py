"""PDF files: the text layer of every page, read with pypdf (pure Python).

The PDF's bytes stay the source; the text of its pages becomes a UTF-8 text artifact. Pages are
separated by a form feed (``\\f``), so page *n* is the *n*-th piece of ``text.split("\\f")``; the
artifact's metadata also lists each page's ``[start, end)`` character range.

A scanned page has no text layer (or almost none: a stamp, a page number). Its images are taken
out with pypdf (which needs Pillow) and read by Tesseract (:mod:`recuento.ingest.ocr`); the
artifact's ``meta["ocr"]`` then records the engine, version, languages and each OCRed page's
mean word confidence. Without Tesseract the PDF is still readable, with a warning saying how to
install it; a PDF with neither text nor images is refused.

Scanned pages are read a few at once (one tesseract per core, see :func:`ocr.read_in_order`)
with the same text, in page order, as one after another. OCR is all or nothing: if tesseract
fails on any page, or goes missing half-way, no OCR text is kept (the warnings say which page and
why) and the file can be ingested again to retry.
"""

from __future__ import annotations

import functools
import io
import time
import warnings
from collections.abc import Callable, Iterator
from datetime import datetime
from typing import Any

from recuento.errors import MissingExtraError
from recuento.ingest import ocr
from recuento.ingest.artifacts import Artifact, IngestResult, require, tool_version

__all__ = ["PAGE_SEPARATOR", "SCAN_TEXT_LIMIT", "read_pdf"]

PAGE_SEPARATOR = "\f"
#: A page whose text layer has fewer non-blank characters than this, and an image, is OCRed.
SCAN_TEXT_LIMIT = 20
_MIN_IMAGE_SIDE = 32


def _clean(text: str) -> str:
    lines = [ln.rstrip() for ln in text.replace("\r\n", "\n").replace("\r", "\n").split("\n")]
    return "\n".join(lines).strip("\n").replace(PAGE_SEPARATOR, " ")


def _info(reader: Any) -> dict[str, Any]:
    meta: dict[str, Any] = {}
    try:
        info = reader.metadata
    except Exception:  # noqa: BLE001 - a broken info dictionary only loses metadata
        return meta
    if info is None:
        return meta
    title = info.title
    if isinstance(title, str) and title.strip():
        meta["title"] = title.strip()
    author = info.author
    if isinstance(author, str) and author.strip():
        meta["authors"] = [a.strip() for a in author.split(";") if a.strip()]
    try:
        created = info.creation_date
    except Exception:  # noqa: BLE001 - malformed dates are common in PDFs
        created = None
    if isinstance(created, datetime):
        meta["created"] = created.date().isoformat()  # when the file was made, not published
    try:
        lang = reader.trailer["/Root"].get("/Lang")
    except Exception:  # noqa: BLE001
        lang = None
    if isinstance(lang, str) and len(lang) >= 2 and lang[:2].isalpha():
        meta["language"] = lang[:2].lower()
    return meta


def _page_size_points(page: Any) -> tuple[float, float] | None:
    try:
        box = page.mediabox
        return abs(float(box.width)), abs(float(box.height))
    except Exception:  # noqa: BLE001 - a broken box only loses the resolution
        return None


def _image_count(page: Any) -> int:
    try:
        return len(page.images)
    except Exception:  # noqa: BLE001 - unreadable resources: no images to OCR
        return 0


def _image_problem(result: IngestResult, number: int, what: str, exc: Exception) -> None:
    if "jbig2dec" in str(exc):  # office scanners' favourite compression
        result.warn(
            f"page {number}: its scan is JBIG2-compressed and cannot be read without "
            "jbig2dec. Install it with: sudo apt-get install jbig2dec",
            code="ocr_unavailable",
        )
    else:
        result.warn(f"page {number}: cannot decode {what}: {exc}", code="pdf_image")


def _page_images(page: Any, number: int, result: IngestResult) -> list[tuple[bytes, int | None]]:
    """The page's images as PNG bytes, each with its resolution on the page (dpi, assuming it
    covers the page, as a scan does)."""
    out: list[tuple[bytes, int | None]] = []
    size = _page_size_points(page)
    try:
        images = page.images
        keys = list(images.keys())
    except Exception as exc:  # noqa: BLE001 - pypdf raises many kinds for odd image data
        _image_problem(result, number, "its images", exc)
        return out
    for key in keys:
        try:
            image = images[key].image
        except Exception as exc:  # noqa: BLE001
            _image_problem(result, number, f"image {key}", exc)
            continue
        if image is None or min(image.size) < _MIN_IMAGE_SIDE:
            continue  # a rule, a bullet, a tiny logo
        if image.mode not in ("1", "L", "LA", "P", "RGB", "RGBA"):
            image = image.convert("RGB")  # CMYK and others cannot be PNG
        buf = io.BytesIO()
        image.save(buf, format="PNG")
        dpi = None
        if size is not None and max(size) > 0:
            dpi = round(max(image.size) / (max(size) / 72.0))
            dpi = dpi if 30 <= dpi <= 2400 else None
        out.append((buf.getvalue(), dpi))
    return out


class _PageFailed(Exception):
    """Tesseract failed on one page: which page, and its error."""

    def __init__(self, number: int, error: ocr.OcrError) -> None:
        super().__init__(f"page {number}: {error}")
        self.number = number
        self.error = error


def _page_list(numbers: list[int]) -> str:
    """``1, 2, 5`` and, for three or more in a row, ``7-200``: a long scan in a short line."""
    runs: list[list[int]] = []
    for n in numbers:
        if runs and n == runs[-1][-1] + 1:
            runs[-1].append(n)
        else:
            runs.append([n])
    parts = []
    for run in runs:
        if len(run) >= 3:
            parts.append(f"{run[0]}-{run[-1]}")
        else:
            parts.extend(str(n) for n in run)
    return ", ".join(parts)


def _ocr_page(
    images: list[tuple[bytes, int | None]],
    number: int,
    langs: str,
    program: str | None,
    run: ocr.OcrRun,
) -> tuple[ocr.OcrPage, ocr.OcrText | None]:
    """OCR every image of one page; one OcrPage for the page. Raises OcrUnavailableError, and
    _PageFailed when tesseract cannot read an image (the images are PNGs made here, so that
    is tesseract failing, not the page)."""
    texts: list[str] = []
    confidence_sum = 0.0
    words = 0
    dpis: list[int] = []
    last: ocr.OcrText | None = None
    for png, dpi in images:
        try:
            read = ocr.ocr_image(png, languages=langs, dpi=dpi, program=program, run=run)
        except ocr.OcrUnavailableError:
            raise
        except ocr.OcrError as exc:
            raise _PageFailed(number, exc) from None
        last = read
        for p in read.pages:
            if p.text.strip():
                texts.append(p.text)
            if p.confidence is not None:
                confidence_sum += p.confidence * p.words
                words += p.words
        if dpi is not None:
            dpis.append(dpi)
    mean = round(confidence_sum / words, 1) if words else None
    page = ocr.OcrPage(number, "\n\n".join(texts), mean, words, min(dpis) if dpis else None)
    return page, last


def read_pdf(
    data: bytes,
    *,
    name: str | None = None,
    language: str | None = None,
    tesseract: str | None = None,
    use_ocr: bool = True,
    jobs: int | None = None,
    progress: ocr.Progress | None = None,
) -> IngestResult:
    """The text layer of a PDF, and OCR of its scanned pages. Metadata: ``title``, ``authors``,
    ``created`` (the file's creation date, which is not a publication date), ``language``,
    ``pages``, and ``ocr_pages`` (the pages read by OCR) when there are any.

    A page whose text layer has fewer than :data:`SCAN_TEXT_LIMIT` characters and that holds an
    image is read by Tesseract in ``language`` (``es``, ``en`` or Tesseract codes; default
    Spanish and English); ``tesseract`` names the program (default: ``$RECUENTO_TESSERACT``,
    else ``tesseract`` on the PATH). ``jobs`` pages are read at once (default: one per core,
    or ``$RECUENTO_OCR_JOBS``); ``progress(done, total)`` is called after each scanned page.
    ``use_ocr=False`` leaves scanned pages unread, with an ``ocr_skipped`` warning.
    """
    pypdf = require("pypdf")
    result = IngestResult("pdf", data, "application/pdf", name)
    method = tool_version("pypdf")
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        try:
            reader = pypdf.PdfReader(io.BytesIO(data))
            if reader.is_encrypted and not reader.decrypt(""):
                result.problem("the PDF is encrypted with a password", code="encrypted")
                return result
            pages = []
            for page in reader.pages:
                pages.append(_clean(page.extract_text() or ""))
            scans = [
                i
                for i, text in enumerate(pages)
                if len("".join(text.split())) < SCAN_TEXT_LIMIT and _image_count(reader.pages[i])
            ]
        except Exception as exc:  # noqa: BLE001 - pypdf raises many kinds for broken files
            result.problem(f"cannot read the PDF: {exc}", code="format")
            return result
        meta = _info(reader)
        read = None
        if scans and not use_ocr:
            listed = _page_list([i + 1 for i in scans])
            result.warn(
                f"page(s) {listed} are scanned images and were not read: {ocr.SKIPPED}",
                code="ocr_skipped",
            )
        elif scans:
            read = _ocr_scans(reader, pages, scans, result, language, tesseract, jobs, progress)
    for w in caught:
        result.warn(f"pypdf: {w.message}", code="pdf")
    meta["pages"] = len(pages)
    if read is not None:
        meta["ocr_pages"] = [p["page"] for p in read["pages"]]
        method = f"{method} + tesseract {read['version']} ({read['languages']})"
    result.metadata = meta
    if not any(p.strip() for p in pages):
        if not scans:
            result.problem(
                "the PDF has no text layer and no page images (a scan?): OCR is not supported "
                "for pages drawn as vectors",
                code="no_text_layer",
            )
        return result  # scans that OCR could not read: stored without text, warnings say why
    for number, page_text in enumerate(pages, 1):
        if not page_text.strip() and number not in meta.get("ocr_pages", ()):
            result.warn(f"page {number} has no text layer", code="no_text_layer")
    ranges = []
    pos = 0
    for page_text in pages:
        ranges.append([pos, pos + len(page_text)])
        pos += len(page_text) + len(PAGE_SEPARATOR)
    text = PAGE_SEPARATOR.join(pages) + "\n"
    result.text = text
    art_meta: dict[str, Any] = {"page_ranges": ranges}
    step: dict[str, Any] = {
        "action": "derived-text",
        "method": method,
        "chars": len(text),
        "pages": len(pages),
    }
    if read is not None:
        art_meta["ocr"] = read
        step["ocr"] = read
    result.artifacts.append(Artifact(text.encode("utf-8"), "text/plain", method, meta=art_meta))
    result.steps.append(step)
    return result


def _ocr_scans(
    reader: Any,
    pages: list[str],
    scans: list[int],
    result: IngestResult,
    language: str | None,
    program: str | None,
    jobs: int | None,
    progress: ocr.Progress | None,
) -> dict[str, Any] | None:
    """OCR the scanned pages in place (``pages[i]`` becomes the OCR text); the OCR record for
    the custody log, or None when nothing was read."""
    listed = _page_list([i + 1 for i in scans])
    try:
        langs = ocr.tesseract_languages(language)
    except ValueError as exc:
        result.warn(f"{exc}; reading with {ocr.DEFAULT_LANGUAGES}", code="ocr_language")
        langs = ocr.DEFAULT_LANGUAGES
    try:
        require("PIL", "pillow")
        ocr.find_tesseract(program)
        workers = ocr.ocr_jobs(len(scans), jobs)
    except (MissingExtraError, ocr.OcrError) as exc:
        result.warn(
            f"page(s) {listed} are scanned images and were not read: {exc}",
            code="ocr_unavailable",
        )
        return None
    run = ocr.OcrRun()

    def work() -> Iterator[Callable[[], tuple[ocr.OcrPage, ocr.OcrText | None]]]:
        # the images are taken out here, in this thread (pypdf is not thread-safe), a few
        # pages ahead of the tesseracts reading them
        for i in scans:
            number = i + 1
            images = _page_images(reader.pages[i], number, result)
            yield functools.partial(_ocr_page, images, number, langs, program, run)

    started = time.perf_counter()
    try:
        answers = ocr.read_in_order(work(), len(scans), jobs=workers, run=run, progress=progress)
    except ocr.OcrUnavailableError as exc:  # gone half-way: keep no OCR text at all
        result.warn(
            f"page(s) {listed} are scanned images and were not read: {exc}",
            code="ocr_unavailable",
        )
        return None
    except _PageFailed as exc:  # one page failed: no OCR text at all, rather than holes
        result.warn(
            f"page(s) {listed} are scanned images and were not read: tesseract failed on "
            f"{exc}. No OCR text was kept; ingest the file again to retry",
            code="ocr_failed",
        )
        return None
    done: list[ocr.OcrPage] = []
    last: ocr.OcrText | None = None
    for i, (page, read) in zip(scans, answers, strict=True):
        if read is None:
            continue  # no image big enough to read
        last = read
        done.append(page)
        if page.text.strip():
            pages[i] = page.text
    if last is None:
        return None
    for note in last.notes:
        result.warn(note, code="ocr_language")
    numbers = [p.page for p in done]
    for message, code in ocr.page_warnings(done, numbers):
        result.warn(message, code=code)
    record = ocr.ocr_meta(last, done, numbers)
    record["seconds"] = round(time.perf_counter() - started, 3)
    return record
