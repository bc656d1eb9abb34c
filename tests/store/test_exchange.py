"""Export is lossless: export → restore into an empty database → export is byte-identical."""

from __future__ import annotations

import json

import pytest

from recuento.errors import StorageError, ValidationError
from recuento.services.workspace import Workspace

from .texts import ACCOMARCA, GOOD_CODING


def test_round_trip_is_byte_identical(workspace, tmp_path, settings):
    (tmp_path / "accomarca.txt").write_text(ACCOMARCA, encoding="utf-8")
    (tmp_path / "good.yaml").write_text(GOOD_CODING, encoding="utf-8")
    workspace.import_coding(tmp_path / "good.yaml")
    workspace.add_source(b"\x00\x01 binary evidence", media_type="application/octet-stream")
    first = workspace.export_json()
    target = settings.with_db_path(tmp_path / "restored.db")
    with Workspace.open(target) as other:
        counts = other.restore(json.loads(first))
        assert counts["claims"] > 0
        assert other.export_json() == first
        # the restored store works: search index rebuilt, new writes get fresh ids
        assert any(h["ref"] == "accomarca" for h in other.search("Accomarca"))
        other.add_source(b"another source")
        with pytest.raises(StorageError, match="empty"):
            other.restore(json.loads(first))


def test_restore_refuses_other_documents(workspace):
    with pytest.raises(ValidationError, match="not a recuento export"):
        workspace.restore({"format": "something-else"})
