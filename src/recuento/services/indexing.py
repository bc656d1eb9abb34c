"""What the full-text index holds, in one place: source texts and claim values."""

from __future__ import annotations

from collections.abc import Mapping

from recuento.domain.provenance import SENSITIVITIES, Claim
from recuento.domain.schema import record_type
from recuento.domain.vocabulary import vocabulary
from recuento.store.codec import searchable_text


def claim_words(rtype: str, claim: Claim) -> str:
    spec = record_type(rtype).field(claim.field)
    if spec.kind == "term" and spec.vocab is not None:
        try:
            term = vocabulary(spec.vocab).term(str(claim.value))
            return " ".join(
                [str(claim.value).replace("_", " "), term.label("en"), term.label("es")]
            )
        except LookupError:
            pass
    return searchable_text(claim.value)


def claim_doc(
    key: str,
    rtype: str,
    record_sensitivity: str,
    claim: Claim,
    claim_id: int,
    source_levels: Mapping[str, str],
) -> dict[str, object] | None:
    """The search document of one claim, or None for claims that are not indexed.

    Its level is the claim's own or, if higher, that of its most open source: a value known only
    from a confidential testimony is as confidential as the testimony.
    """
    if record_type(rtype).field(claim.field).kind == "ref":
        return None  # a reference's words are another record's key: searching them could leak it
    via = min(
        (
            SENSITIVITIES.index(source_levels.get(c.source_sha256, "confidential"))
            for c in claim.citations
        ),
        default=len(SENSITIVITIES) - 1,
    )
    level = SENSITIVITIES[max(SENSITIVITIES.index(claim.sensitivity), via)]
    return {
        "kind": "claim",
        "ref": key,
        "field": claim.field,
        "sensitivity": level,
        "record_sensitivity": record_sensitivity,
        "claim_id": claim_id,
        "body": claim_words(rtype, claim),
    }
