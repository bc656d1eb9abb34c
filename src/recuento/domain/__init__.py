"""The vocabulary of recuento: sources, citations, claims, records, partial dates and counts.

Pure Python: imports only the standard library and ``recuento.errors``.
"""

from recuento.domain.dates import DatePoint, PartialDate
from recuento.domain.provenance import (
    Citation,
    Claim,
    Source,
    may_see,
    sha256_hex,
)
from recuento.domain.quantities import VAGUE_COUNTS, Count, Duration, Place
from recuento.domain.records import FieldView, Record
from recuento.domain.schema import RECORD_TYPES, Age, FieldSpec, RecordType, record_type

__all__ = [
    "RECORD_TYPES",
    "VAGUE_COUNTS",
    "Age",
    "Citation",
    "Claim",
    "Count",
    "DatePoint",
    "Duration",
    "FieldSpec",
    "FieldView",
    "PartialDate",
    "Place",
    "Record",
    "RecordType",
    "Source",
    "may_see",
    "record_type",
    "sha256_hex",
]
