"""Reading inputs into domain terms, with a report of every problem and where it is.

Coding files; and sources as received — plain text, HTML, PDF text layers, scans (OCR with
Tesseract), CSV/XLSX victim lists and RSS/Atom feeds — into their text and derived artifacts.
No database writes here; the optional readers (trafilatura, pypdf, openpyxl, feedparser, and
the tesseract program) are used only when needed.
"""

from recuento.ingest.artifacts import FORMATS, Artifact, IngestResult, detect_format, read_document
from recuento.ingest.coding import (
    CitationSpec,
    CodedClaim,
    CodedRecord,
    CodingDocument,
    coding_from_data,
    parse_coding,
    read_coding,
)
from recuento.ingest.feeds import FeedEntry, read_feed
from recuento.ingest.fetch import Fetched, fetch, is_url
from recuento.ingest.html import read_html
from recuento.ingest.lists import ColumnMapping, ListRow, coding_document, read_list
from recuento.ingest.pdf import read_pdf

__all__ = [
    "FORMATS",
    "Artifact",
    "CitationSpec",
    "CodedClaim",
    "CodedRecord",
    "CodingDocument",
    "ColumnMapping",
    "FeedEntry",
    "Fetched",
    "IngestResult",
    "ListRow",
    "OcrError",
    "OcrUnavailableError",
    "coding_document",
    "coding_from_data",
    "detect_format",
    "fetch",
    "is_url",
    "parse_coding",
    "read_coding",
    "read_document",
    "read_feed",
    "read_html",
    "read_image",
    "read_list",
    "read_pdf",
]
