"""Reading inputs (coding files, and later HTML, PDF and lists) into domain terms, with a report
of every problem and where it is. No database writes here."""

from recuento.ingest.coding import (
    CitationSpec,
    CodedClaim,
    CodedRecord,
    CodingDocument,
    read_coding,
)

__all__ = ["CitationSpec", "CodedClaim", "CodedRecord", "CodingDocument", "read_coding"]
