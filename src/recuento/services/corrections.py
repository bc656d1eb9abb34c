"""Corrections that keep the history: a claim is never changed, only superseded."""

from __future__ import annotations

from dataclasses import replace

from recuento.domain.provenance import may_see
from recuento.errors import NotFoundError, ValidationError
from recuento.services.sources import utc_now
from recuento.store import Tx


def retract_tx(tx: Tx, claim_id: int, who: str, why: str, role: str) -> int:
    found = tx.claim_record(claim_id)
    if found is None:
        raise NotFoundError(f"no claim {claim_id}")
    key, _field = found
    rec = tx.record(key)
    assert rec is not None
    claim = next(c for c in rec.claims if c.id == claim_id)
    if not (may_see(role, rec.sensitivity) and may_see(role, claim.sensitivity)):
        raise NotFoundError(f"no claim {claim_id}")
    if claim.value is None:
        raise ValidationError(f"claim {claim_id} is itself a retraction")
    if any(c.supersedes == claim_id for c in rec.claims):
        raise ValidationError(f"claim {claim_id} is already superseded")
    now = utc_now()
    change = tx.add_history(
        now, who, "retract-claim", why, {"claim": claim_id, "field": claim.field}, [key]
    )
    source_ids = {sha: sid for sid, sha in tx.sources_by_id().items()}
    retraction = replace(
        claim,
        id=None,
        value=None,
        supersedes=claim_id,
        coded_by=who,
        coded_at=now,
        note=why,
        method="manual",
    )
    return tx.add_claim(tx.record_id(key), rec.type, retraction, change, source_ids)
