"""What the full-text index holds, in one place: source texts and claim values."""

from __future__ import annotations

from recuento.domain.provenance import Claim
from recuento.domain.schema import record_type
from recuento.domain.vocabulary import vocabulary
from recuento.store import Tx
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


def index_claim(
    tx: Tx, key: str, rtype: str, record_sensitivity: str, claim: Claim, claim_id: int
) -> None:
    doc = claim_doc(key, rtype, record_sensitivity, claim, claim_id)
    if doc is not None:
        tx.index_many([doc])


def claim_doc(
    key: str, rtype: str, record_sensitivity: str, claim: Claim, claim_id: int
) -> dict[str, object] | None:
    """The search document of one claim, or None for claims that are not indexed."""
    if record_type(rtype).field(claim.field).kind == "ref":
        return None
    return {
        "kind": "claim",
        "ref": key,
        "field": claim.field,
        "sensitivity": claim.sensitivity,
        "record_sensitivity": record_sensitivity,
        "claim_id": claim_id,
        "body": claim_words(rtype, claim),
    }
