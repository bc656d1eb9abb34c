"""OCR of a scanned PDF: seconds per page with one tesseract at a time, and with two.

Builds an image-only PDF of N pages (default 20; 6 with --quick) at run time: each page is a
made-up paragraph of a ruling, drawn with Pillow at 300 dpi in grey scale, as a scanner makes
them. Reads it with ``read_pdf`` once with ``jobs=1`` and once with ``jobs=2``, checks that both
give the same text, and prints seconds per page and the speed-up.

    python benchmarks/ocr.py [--quick] [--pages N]

Needs Debian's tesseract with Spanish and English (``tesseract-ocr-spa``, ``tesseract-ocr-eng``)
and Pillow; without them it says so and exits 0.
"""

from __future__ import annotations

import argparse
import io
import os
import random
import sys
import time
from pathlib import Path

PLACES = ["Ayacucho", "Huanta", "Accomarca", "Putis", "Cayara", "Lucanamarca", "Pucará", "Lima"]
LINES = [
    "CORTE SUPERIOR DE JUSTICIA DE {place}",
    "Sala Penal Liquidadora, expediente {case}",
    "{place}, {day} de marzo de {year}",
    "La Sala examinó las declaraciones de {n} testigos sobre",
    "los hechos ocurridos en {place} y la desaparición forzada",
    "de {victims} campesinos de la comunidad, según el informe",
    "de la Comisión de la Verdad y Reconciliación (tomo {tome}).",
    "Los peritos confirmaron que los restos hallados en la fosa",
    "corresponden a {found} de las personas desaparecidas.",
    "Se ordenó la reparación civil y la búsqueda de las demás.",
]


def _font(size: int):  # noqa: ANN202 - a Pillow font
    from PIL import ImageFont

    places = [Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")]
    try:
        import matplotlib

        places.append(Path(matplotlib.__file__).parent / "mpl-data/fonts/ttf/DejaVuSans.ttf")
    except ImportError:
        pass
    for place in places:
        if place.is_file():
            return ImageFont.truetype(str(place), size)
    return ImageFont.load_default(size=size)


def scanned_pdf(pages: int, seed: int = 7) -> bytes:
    """An image-only PDF: ``pages`` pages of about 25 lines each, 300 dpi, grey scale."""
    from PIL import Image, ImageDraw

    rng = random.Random(seed)
    font = _font(42)
    images = []
    for _ in range(pages):
        image = Image.new("L", (2550, 3300), 255)
        draw = ImageDraw.Draw(image)
        y = 220
        for _ in range(25 // len(LINES) + 1):
            values = {
                "place": rng.choice(PLACES).upper(),
                "case": f"{rng.randint(100, 999):04d}-{rng.randint(1995, 2020)}",
                "day": rng.randint(1, 28),
                "year": rng.randint(2005, 2022),
                "n": rng.randint(3, 40),
                "victims": rng.randint(2, 60),
                "tome": rng.choice(["IV", "V", "VI", "VII"]),
                "found": rng.randint(1, 20),
            }
            for line in LINES:
                draw.text((250, y), line.format(**values), font=font, fill=0)
                y += 118
        images.append(image)
    buf = io.BytesIO()
    images[0].save(buf, format="PDF", save_all=True, append_images=images[1:], resolution=300.0)
    return buf.getvalue()


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="6 pages instead of 20")
    parser.add_argument("--pages", type=int, default=None)
    args = parser.parse_args(argv)
    pages = args.pages or (6 if args.quick else 20)

    from recuento.ingest import ocr
    from recuento.ingest.pdf import read_pdf

    try:
        import PIL  # noqa: F401
    except ImportError:
        print("skipped: Pillow is not installed")
        return 0
    try:
        engine = ocr.find_tesseract()
    except ocr.OcrUnavailableError as exc:
        print(f"skipped: {exc}")
        return 0
    if not {"spa", "eng"} <= engine.languages:
        print("skipped: tesseract has no spa or eng data (tesseract-ocr-spa, tesseract-ocr-eng)")
        return 0

    t0 = time.perf_counter()
    data = scanned_pdf(pages)
    print(
        f"{pages}-page image-only PDF ({len(data) / 1e6:.1f} MB) built in "
        f"{time.perf_counter() - t0:.1f} s; {engine.method}; "
        f"{len(os.sched_getaffinity(0))} cores available"
    )
    texts = {}
    per_page = {}
    for jobs in (1, 2):
        t0 = time.perf_counter()
        result = read_pdf(data, name="bench.pdf", jobs=jobs)
        seconds = time.perf_counter() - t0
        if result.text is None or result.metadata.get("ocr_pages") != list(range(1, pages + 1)):
            print(f"failed: OCR with {jobs} worker(s) did not read every page: {result.warnings}")
            return 1
        texts[jobs] = result.text
        per_page[jobs] = seconds / pages
        print(f"  {jobs} worker(s): {seconds:6.1f} s, {per_page[jobs]:.2f} s/page")
    if texts[1] != texts[2]:
        print("failed: 1 and 2 workers read different text")
        return 1
    print(f"  speed-up with 2 workers: {per_page[1] / per_page[2]:.2f}x (same text: yes)")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
