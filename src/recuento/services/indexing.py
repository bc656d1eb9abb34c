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
    if record_type(rtype).field(claim.field).kind == "ref":
        return  # a reference's words are another record's key: searching them could leak it
    tx.index(
        "claim",
        key,
        claim_words(rtype, claim),
        claim.sensitivity,
        record_sensitivity,
        field=claim.field,
        claim_id=claim_id,
    )
