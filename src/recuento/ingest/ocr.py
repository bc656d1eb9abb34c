"""Scanned documents: text read from images by Tesseract OCR, run as a separate program.

Court rulings and police records often arrive as scans: photographs (PNG, JPEG, TIFF) or PDFs
whose pages are images with no text layer. Tesseract reads them. It is Debian's program
(``tesseract-ocr`` with the language packages ``tesseract-ocr-spa`` and ``tesseract-ocr-eng``),
called as a subprocess; its language data comes from those packages and nothing is downloaded at
run time. The program is ``tesseract`` on the ``PATH`` unless ``RECUENTO_TESSERACT`` (or the
``program`` argument) names another.

The image's bytes stay the source; the text Tesseract reads becomes a UTF-8 text artifact whose
metadata (``meta["ocr"]``) records the engine, its version, the languages, and per page the mean
confidence Tesseract gave its words (0–100), how many words it read and the resolution. OCR text
is a reading of the image, not the document: a coder checks it against the image before citing.

When Tesseract is not installed the readers do not fail: the source is still stored, with a
warning that says which Debian packages to install (see :class:`OcrUnavailableError`).

Many pages are read by a few tesseract processes at once (:func:`read_in_order`): one per core
unless ``jobs`` (or ``RECUENTO_OCR_JOBS``) says otherwise. The text is the same as one page after
another, in page order. An :class:`OcrRun` holds the processes of one document: when a page fails
or the user interrupts, :meth:`OcrRun.stop` kills every tesseract still running and no new one
starts.
"""

from __future__ import annotations

import csv
import io
import os
import re
import shutil
import subprocess
import tempfile
import threading
import time
from collections.abc import Callable, Iterable
from concurrent.futures import FIRST_COMPLETED, Future, ThreadPoolExecutor, wait
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TypeVar

from recuento.errors import OcrError, OcrUnavailableError
from recuento.ingest.artifacts import Artifact, IngestResult

__all__ = [
    "DEFAULT_LANGUAGES",
    "IMAGE_EXTENSIONS",
    "IMAGE_MEDIA_TYPES",
    "JOBS_ENV",
    "TESSERACT_ENV",
    "OcrError",
    "OcrPage",
    "OcrRun",
    "OcrText",
    "OcrUnavailableError",
    "SKIPPED",
    "Progress",
    "Tesseract",
    "debian_packages",
    "find_tesseract",
    "image_media_type",
    "ocr_image",
    "ocr_jobs",
    "ocr_meta",
    "page_warnings",
    "read_image",
    "read_in_order",
    "tesseract_languages",
]

#: ``progress(done, total)``: called after each page, from the thread that started the reading.
Progress = Callable[[int, int], None]

#: The environment variable naming the tesseract program (a path or a name on the PATH).
TESSERACT_ENV = "RECUENTO_TESSERACT"
#: The environment variable giving how many pages are read at once (default: one per core).
JOBS_ENV = "RECUENTO_OCR_JOBS"
#: Languages read when the ingest names none: Spanish and English.
DEFAULT_LANGUAGES = "spa+eng"
#: Media types of the images read directly, by format.
IMAGE_MEDIA_TYPES: dict[str, str] = {"png": "image/png", "jpeg": "image/jpeg", "tiff": "image/tiff"}
#: File name endings of images, and their media type.
IMAGE_EXTENSIONS: dict[str, str] = {
    ".png": "image/png",
    ".jpg": "image/jpeg",
    ".jpeg": "image/jpeg",
    ".tif": "image/tiff",
    ".tiff": "image/tiff",
}
#: Why a scan was stored without its text when OCR was turned off.
SKIPPED = (
    "OCR was skipped on request (--no-ocr); ingest the same file again without it to add the text"
)
#: Below this mean word confidence a page gets a warning.
LOW_CONFIDENCE = 60.0
#: Below this resolution (dots per inch) a page gets a warning.
LOW_DPI = 150

# ISO 639-1 codes (what sources carry) to Tesseract's ISO 639-2 names
_ISO_TO_TESSERACT = {
    "es": "spa",
    "en": "eng",
    "pt": "por",
    "fr": "fra",
    "de": "deu",
    "it": "ita",
    "qu": "que",
    "ca": "cat",
    "nl": "nld",
}
_TESSERACT_CODE = re.compile(r"^[a-z]{3}(_[a-z]+)*$", re.IGNORECASE)


def debian_packages(languages: str) -> tuple[str, ...]:
    """The Debian packages for Tesseract and the language data of ``languages`` ("spa+eng")."""
    names = [f"tesseract-ocr-{code.lower().replace('_', '-')}" for code in languages.split("+")]
    return ("tesseract-ocr", *names)


def tesseract_languages(language: str | None) -> str:
    """Tesseract's language string for an ingest language: ``es`` → ``spa``, ``en`` → ``eng``;
    Tesseract codes (``spa+eng``, ``chi_sim``) pass unchanged; none → :data:`DEFAULT_LANGUAGES`.
    Raises :class:`ValueError` for a code it cannot map."""
    if language is None or not language.strip():
        return DEFAULT_LANGUAGES
    out = []
    for part in language.strip().lower().replace(",", "+").split("+"):
        part = part.strip()
        code = _ISO_TO_TESSERACT.get(part[:2] if re.fullmatch(r"[a-z]{2}([-_].*)?", part) else "")
        if code is None and _TESSERACT_CODE.match(part):
            code = part
        if code is None:
            raise ValueError(f"no Tesseract language for {part!r}; give one such as spa or eng")
        if code not in out:
            out.append(code)
    return "+".join(out)


@dataclass(frozen=True)
class Tesseract:
    """An installed tesseract program: where it is, its version and its languages."""

    path: str
    version: str  # "5.3.0"
    languages: frozenset[str]

    @property
    def method(self) -> str:
        return f"tesseract {self.version}"


# what the last look-ups found, for a short while: a language package installed meanwhile
# changes the answer without changing the program
_FOUND: dict[tuple[str, float, str], tuple[float, Tesseract]] = {}
_FOUND_FOR = 30.0  # seconds


def _run_quietly(args: list[str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        args, capture_output=True, text=True, stdin=subprocess.DEVNULL, timeout=60, check=False
    )


def find_tesseract(program: str | None = None) -> Tesseract:
    """The tesseract program to use: ``program``, else ``$RECUENTO_TESSERACT``, else
    ``tesseract`` on the PATH. Raises :class:`OcrUnavailableError` when it is not there."""
    wanted = program or os.environ.get(TESSERACT_ENV) or "tesseract"
    path = shutil.which(wanted)
    if path is None:
        raise OcrUnavailableError(
            f"tesseract (the OCR program that reads scans) was not found at {wanted!r} "
            f"(set {TESSERACT_ENV} to its path if it is elsewhere)",
            debian_packages(DEFAULT_LANGUAGES),
        )
    key = (path, os.stat(path).st_mtime, os.environ.get("TESSDATA_PREFIX", ""))
    now = time.monotonic()
    if key in _FOUND and now - _FOUND[key][0] < _FOUND_FOR:
        return _FOUND[key][1]
    try:
        info = _run_quietly([path, "--version"])
        listed = _run_quietly([path, "--list-langs"])
    except (OSError, subprocess.SubprocessError) as exc:
        raise OcrUnavailableError(
            f"tesseract at {path!r} does not run ({exc})", debian_packages(DEFAULT_LANGUAGES)
        ) from None
    m = re.search(r"tesseract\s+v?(\d+(?:\.\d+)*\S*)", info.stdout + info.stderr, re.IGNORECASE)
    if m is None:
        raise OcrUnavailableError(
            f"{path!r} does not answer like tesseract", debian_packages(DEFAULT_LANGUAGES)
        )
    langs = frozenset(
        ln.strip() for ln in listed.stdout.splitlines()[1:] if ln.strip() and " " not in ln
    )
    found = Tesseract(path, m.group(1), langs)
    _FOUND[key] = (now, found)
    return found


@dataclass(frozen=True)
class OcrPage:
    """What Tesseract read on one page: mean word confidence (0–100; None without words)."""

    page: int
    text: str
    confidence: float | None
    words: int
    dpi: int | None = None

    def to_dict(self) -> dict[str, Any]:
        return {
            "page": self.page,
            "confidence": self.confidence,
            "words": self.words,
            "dpi": self.dpi,
        }


@dataclass
class OcrText:
    """The text of one image (one or more pages, e.g. a multi-page TIFF), and how it was read."""

    engine: Tesseract
    languages: str
    pages: list[OcrPage] = field(default_factory=list)
    seconds: float = 0.0
    notes: list[str] = field(default_factory=list)  # languages asked for but not installed

    @property
    def text(self) -> str:
        return "\f".join(p.text for p in self.pages)


def _choose_languages(engine: Tesseract, languages: str) -> tuple[str, list[str]]:
    wanted = languages.split("+")
    have = [code for code in wanted if code in engine.languages]
    missing = [code for code in wanted if code not in engine.languages]
    if not have:
        raise OcrUnavailableError(
            f"tesseract has no data for {languages!r} (it has: "
            f"{', '.join(sorted(engine.languages - {'osd'})) or 'none'})",
            debian_packages(languages)[1:],
        )
    notes = [
        f"tesseract has no data for {code!r} (Debian package {debian_packages(code)[1]}); "
        f"read with {'+'.join(have)} only"
        for code in missing
    ]
    return "+".join(have), notes


def _clean_page(text: str) -> str:
    lines = [ln.rstrip() for ln in text.replace("\r\n", "\n").split("\n")]
    out: list[str] = []
    for ln in lines:
        if not ln and out and not out[-1]:
            continue  # at most one blank line between paragraphs
        out.append(ln)
    return "\n".join(out).strip("\n")


def _confidences(tsv: str) -> dict[int, list[float]]:
    by_page: dict[int, list[float]] = {}
    reader = csv.DictReader(io.StringIO(tsv), delimiter="\t", quoting=csv.QUOTE_NONE)
    for row in reader:
        try:
            page = int(row.get("page_num") or 0)
            level = int(row.get("level") or 0)
            conf = float(row.get("conf") or -1)
        except ValueError:
            continue
        by_page.setdefault(page, [])
        if level == 5 and conf >= 0 and (row.get("text") or "").strip():
            by_page[page].append(conf)
    return by_page


class _Stopped(OcrError):
    """A page not read because its run was stopped (another page failed, or an interrupt)."""


class OcrRun:
    """The tesseract processes reading one document. :meth:`stop` kills those still running
    and keeps new ones from starting; a page caught by it raises an :class:`OcrError`."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._live: set[subprocess.Popen[str]] = set()
        self._stopped = False

    @property
    def stopped(self) -> bool:
        return self._stopped

    def stop(self) -> None:
        with self._lock:
            self._stopped = True
            live = list(self._live)
        for proc in live:  # the thread waiting for each one reaps it
            try:
                proc.kill()
            except OSError:  # already gone
                pass

    def call(self, args: list[str], env: dict[str, str], timeout: float) -> tuple[int, str]:
        """Run tesseract; its exit status and standard error."""
        with self._lock:  # a process is either refused here or seen by stop()
            if self._stopped:
                raise _Stopped("stopped before this page was read")
            proc = subprocess.Popen(
                args,
                stdin=subprocess.DEVNULL,
                stdout=subprocess.DEVNULL,
                stderr=subprocess.PIPE,
                text=True,
                env=env,
            )
            self._live.add(proc)
        try:
            _, err = proc.communicate(timeout=timeout)
        except subprocess.TimeoutExpired:
            _kill(proc)
            raise OcrError(f"tesseract took longer than {timeout:g} s and was stopped") from None
        except BaseException:  # an interrupt (Ctrl-C) while waiting: leave no process behind
            _kill(proc)
            raise
        finally:
            with self._lock:
                self._live.discard(proc)
        if self._stopped:
            raise _Stopped("stopped while this page was read")
        return proc.returncode, err or ""


def _kill(proc: subprocess.Popen[str]) -> None:
    """Kill a tesseract this thread started, and wait for it (no zombie left)."""
    try:
        proc.kill()
    except OSError:  # already gone
        pass
    try:
        proc.communicate(timeout=10)
    except (OSError, ValueError, subprocess.SubprocessError):
        try:
            proc.wait(timeout=10)
        except subprocess.SubprocessError:
            pass


def ocr_jobs(pages: int, jobs: int | None = None) -> int:
    """How many pages to read at once: ``jobs``, else ``$RECUENTO_OCR_JOBS``, else one per
    core this process may use; never more than ``pages``, at least 1."""
    if jobs is None:
        raw = os.environ.get(JOBS_ENV, "").strip()
        if raw:
            try:
                jobs = int(raw)
            except ValueError:
                raise OcrError(
                    f"{JOBS_ENV} must be a whole number of pages read at once, not {raw!r}"
                ) from None
    if jobs is None:
        try:
            jobs = len(os.sched_getaffinity(0))
        except (AttributeError, OSError):
            jobs = os.cpu_count() or 1
    return max(1, min(jobs, pages))


T = TypeVar("T")


def read_in_order(
    work: Iterable[Callable[[], T]],
    total: int,
    *,
    jobs: int,
    run: OcrRun,
    progress: Progress | None = None,
) -> list[T]:
    """Call each of ``work`` (its ``total`` page readers, made lazily: taking the next one
    may do work in this thread) on ``jobs`` threads; the answers in the order of ``work``.

    ``progress(done, total)`` is called from this thread as pages finish. The first page to
    raise stops ``run`` (every tesseract still running is killed, no new one starts) and its
    exception is raised once every thread has finished; so does an interrupt (Ctrl-C).
    """
    out: list[T] = []
    if jobs <= 1:
        try:
            for done, read in enumerate(work, 1):
                out.append(read())
                if progress is not None:
                    progress(done, total)
        except BaseException:
            run.stop()
            raise
        return out
    answers: dict[int, T] = {}
    pending: dict[Future[T], int] = {}
    pool = ThreadPoolExecutor(max_workers=jobs, thread_name_prefix="recuento-ocr")

    def collect() -> None:
        finished: set[Future[T]] = set()
        while not finished:
            # short waits, so that a Ctrl-C is seen at once: a signal that arrives just before
            # a blocking wait starts would otherwise be handled only when a page finishes
            finished, _ = wait(pending, timeout=0.2, return_when=FIRST_COMPLETED)
        for future in sorted(finished, key=pending.__getitem__):
            index = pending.pop(future)
            answers[index] = future.result()  # a page's failure is raised here
            if progress is not None:
                progress(len(answers), total)

    try:
        for index, read in enumerate(work):
            pending[pool.submit(read)] = index
            while len(pending) >= 2 * jobs:  # a few pages ahead, not the whole document
                collect()
        while pending:
            collect()
    except BaseException:
        run.stop()
        raise
    finally:
        pool.shutdown(wait=True, cancel_futures=True)
    return [answers[i] for i in range(len(answers))]


def ocr_image(
    data: bytes,
    *,
    languages: str = DEFAULT_LANGUAGES,
    dpi: int | None = None,
    program: str | None = None,
    suffix: str = ".png",
    timeout: float = 300.0,
    run: OcrRun | None = None,
) -> OcrText:
    """Read the text of an image file's bytes (PNG, JPEG, TIFF — every page of a TIFF).

    ``dpi`` tells Tesseract the resolution when the file does not (images taken out of a PDF).
    ``run`` is the document's :class:`OcrRun` (stopping it kills this tesseract).
    Raises :class:`OcrUnavailableError` when Tesseract or every asked-for language is missing,
    :class:`OcrError` when it cannot read the image.
    """
    engine = find_tesseract(program)
    langs, notes = _choose_languages(engine, languages)
    env = dict(os.environ)
    # OpenMP threads make Tesseract several times slower on page-sized images
    env.setdefault("OMP_THREAD_LIMIT", "1")
    started = time.perf_counter()
    with tempfile.TemporaryDirectory(prefix="recuento-ocr-") as tmp:
        image = Path(tmp) / f"page{suffix}"
        image.write_bytes(data)
        base = Path(tmp) / "out"
        args = [engine.path, str(image), str(base), "-l", langs]
        if dpi:
            args += ["--dpi", str(dpi)]
        args += ["txt", "tsv"]
        try:
            status, stderr = (run or OcrRun()).call(args, env, timeout)
        except OSError as exc:
            raise OcrUnavailableError(
                f"tesseract at {engine.path!r} does not run ({exc})",
                debian_packages(DEFAULT_LANGUAGES),
            ) from None
        txt = base.with_suffix(".txt")
        tsv = base.with_suffix(".tsv")
        if status != 0 or not txt.exists():
            detail = " ".join(stderr.split())[-300:] or f"exit status {status}"
            raise OcrError(f"tesseract could not read the image: {detail}")
        raw = txt.read_text(encoding="utf-8", errors="replace")
        confs = _confidences(tsv.read_text(encoding="utf-8", errors="replace"))
    seconds = time.perf_counter() - started
    texts = raw.split("\f")
    if len(texts) > 1 and not texts[-1].strip():
        texts.pop()  # tesseract ends each page with a form feed
    n_pages = max(len(texts), max(confs, default=1))
    pages = []
    for number in range(1, n_pages + 1):
        words = confs.get(number, [])
        text = _clean_page(texts[number - 1]) if number <= len(texts) else ""
        mean = round(sum(words) / len(words), 1) if words else None
        pages.append(OcrPage(number, text, mean, len(words), dpi))
    return OcrText(engine, langs, pages, round(seconds, 3), notes)


def image_media_type(data: bytes, name: str | None = None) -> str | None:
    """The media type of a PNG, JPEG or TIFF image, from its first bytes (else its name)."""
    if data.startswith(b"\x89PNG\r\n\x1a\n"):
        return "image/png"
    if data.startswith(b"\xff\xd8\xff"):
        return "image/jpeg"
    if data.startswith((b"II*\x00", b"MM\x00*")):
        return "image/tiff"
    if name:
        return IMAGE_EXTENSIONS.get(Path(name.lower().split("?")[0]).suffix)
    return None


def ocr_meta(ocr: OcrText, pages: list[OcrPage], page_numbers: list[int]) -> dict[str, Any]:
    """What the custody log records about an OCR run: engine, version, languages and, per page
    (numbered as in the document), the mean word confidence, words read and resolution."""
    return {
        "engine": "tesseract",
        "version": ocr.engine.version,
        "languages": ocr.languages,
        "pages": [
            {**p.to_dict(), "page": number} for p, number in zip(pages, page_numbers, strict=True)
        ],
        "seconds": ocr.seconds,
    }


def page_warnings(pages: list[OcrPage], page_numbers: list[int]) -> list[tuple[str, str]]:
    """(message, code) for pages a coder should look at twice: low confidence, low resolution,
    no text found."""
    out: list[tuple[str, str]] = []
    for p, number in zip(pages, page_numbers, strict=True):
        if not p.text.strip():
            out.append((f"page {number}: OCR found no text in the image", "ocr_no_text"))
            continue
        if p.confidence is not None and p.confidence < LOW_CONFIDENCE:
            out.append(
                (
                    f"page {number}: OCR mean word confidence {p.confidence:g} is below "
                    f"{LOW_CONFIDENCE:g}; check the text against the image",
                    "ocr_low_confidence",
                )
            )
        if p.dpi is not None and p.dpi < LOW_DPI:
            out.append(
                (
                    f"page {number}: the scan is about {p.dpi} dpi; OCR is reliable from "
                    "about 300 dpi",
                    "ocr_low_resolution",
                )
            )
    return out


def _upright(data: bytes) -> tuple[bytes | None, int | None]:
    """A photo whose EXIF orientation says it is turned (phones store pages sideways and set
    the tag), turned upright as PNG bytes, with the orientation; (None, None) if it needs no
    turning or Pillow is not installed (then Tesseract reads the image as stored)."""
    try:
        from PIL import Image, ImageOps
    except ImportError:
        return None, None
    try:
        with Image.open(io.BytesIO(data)) as image:
            orientation = image.getexif().get(0x0112)
            if orientation not in (2, 3, 4, 5, 6, 7, 8):
                return None, None
            turned = ImageOps.exif_transpose(image)
            buf = io.BytesIO()
            turned.save(buf, format="PNG")
    except Exception:  # noqa: BLE001 - Tesseract then reads the file as it is
        return None, None
    return buf.getvalue(), int(orientation)


def read_image(
    data: bytes,
    *,
    name: str | None = None,
    language: str | None = None,
    program: str | None = None,
    use_ocr: bool = True,
) -> IngestResult:
    """The text of a scanned image (PNG, JPEG, TIFF; every page of a TIFF), read by Tesseract.

    ``language`` is the ingest's language (``es``, ``en``, or Tesseract codes such as
    ``spa+eng``); without one Spanish and English are read. Metadata: ``pages``. When Tesseract
    is missing the result has no text and a warning (code ``ocr_unavailable``) saying how to
    install it, so the image itself can still be stored. ``use_ocr=False`` does not read it
    (warning ``ocr_skipped``): ingest the same bytes again later to add the text.
    """
    media = image_media_type(data, name)
    result = IngestResult("image", data, media or "application/octet-stream", name)
    if media is None:
        result.problem("not a PNG, JPEG or TIFF image", code="format")
        return result
    if not use_ocr:
        result.warn(f"the image was not read: {SKIPPED}", code="ocr_skipped")
        return result
    try:
        langs = tesseract_languages(language)
    except ValueError as exc:
        result.problem(str(exc), field="language", code="language")
        return result
    suffix = {"image/png": ".png", "image/jpeg": ".jpg", "image/tiff": ".tif"}[media]
    upright, orientation = (None, None) if media == "image/tiff" else _upright(data)
    try:
        if upright is not None:
            ocr = ocr_image(upright, languages=langs, program=program, suffix=".png")
        else:
            ocr = ocr_image(data, languages=langs, program=program, suffix=suffix)
    except OcrUnavailableError as exc:
        result.warn(f"the image was not read: {exc}", code="ocr_unavailable")
        return result
    except OcrError as exc:
        result.problem(str(exc), code="format")
        return result
    for note in ocr.notes:
        result.warn(note, code="ocr_language")
    numbers = [p.page for p in ocr.pages]
    for message, code in page_warnings(ocr.pages, numbers):
        result.warn(message, code=code)
    result.metadata = {"pages": len(ocr.pages)}
    if not any(p.text.strip() for p in ocr.pages):
        return result  # stored as an image without text; the warnings say why
    ranges = []
    pos = 0
    for p in ocr.pages:
        ranges.append([pos, pos + len(p.text)])
        pos += len(p.text) + 1
    text = ocr.text + "\n"
    meta = ocr_meta(ocr, ocr.pages, numbers)
    if orientation is not None:
        meta["exif_orientation"] = orientation  # turned upright before reading
    method = f"{ocr.engine.method} ({ocr.languages})"
    result.text = text
    result.artifacts.append(
        Artifact(
            text.encode("utf-8"), "text/plain", method, meta={"ocr": meta, "page_ranges": ranges}
        )
    )
    result.steps.append(
        {"action": "derived-text", "method": method, "chars": len(text), "ocr": meta}
    )
    return result
