"""Sources are evidence: bytes kept as received, stored once under their SHA-256, with custody."""

from __future__ import annotations

import hashlib

import pytest

from recuento.errors import NotFoundError, StorageError, ValidationError


def test_same_bytes_are_stored_once_and_the_second_add_is_logged(workspace, tmp_path):
    data = b"Testimonio: llegaron de madrugada.\n"
    a = tmp_path / "a.txt"
    b = tmp_path / "copy-of-a.txt"
    a.write_bytes(data)
    b.write_bytes(data)
    first = workspace.add_source(a, kind="witness_testimony", language="es")
    second = workspace.add_source(b)
    assert first.created and not second.created
    assert first.source.sha256 == second.source.sha256 == hashlib.sha256(data).hexdigest()
    assert len(workspace.sources()) == 1
    assert [c["action"] for c in workspace.custody(first.source.sha256)] == [
        "received",
        "added-again",
    ]
    assert workspace.source_text(first.source.sha256[:10]) == data.decode()


def test_bytes_are_kept_exactly(workspace):
    raw = b"\xff\xfe not utf-8 \x00 binary"
    res = workspace.add_source(raw, media_type="application/octet-stream")
    assert res.source.size == len(raw)
    assert workspace.source_text(res.source.sha256) is None
    with workspace.store.begin() as tx:
        assert tx.source_bytes(res.source.sha256) == raw


def test_missing_file_and_unknown_source_are_clear_errors(workspace, tmp_path):
    with pytest.raises(ValidationError, match="no such file"):
        workspace.add_source(tmp_path / "nope.txt")
    with pytest.raises(NotFoundError):
        workspace.source("0" * 64)


def test_opening_without_schema_says_run_init(tmp_path):
    from recuento.config import Settings
    from recuento.services.workspace import Workspace

    settings = Settings(database_url=f"sqlite:///{tmp_path / 'empty.db'}")
    with pytest.raises(StorageError, match="recuento init"):
        Workspace.open(settings, create=False)


def test_further_facts_about_a_source_are_kept_in_its_meta(workspace, tmp_path):
    (tmp_path / "reprint.txt").write_text("A reprinted bulletin.\n", encoding="utf-8")
    (tmp_path / "c.yaml").write_text(
        "recuento: coding/1\n"
        "source: {file: reprint.txt, publisher: Second Outlet, published: 2018-01-11,\n"
        "         meta: {original_publisher: First Agency, original_published: 2018-01-08}}\n"
        "records:\n  - id: bulletin\n    type: event\n"
        "    fields: {title: {value: Bulletin, quote: bulletin}}\n",
        encoding="utf-8",
    )
    report = workspace.import_coding(tmp_path / "c.yaml")
    src = workspace.source(report.source)
    assert src.meta == {"original_publisher": "First Agency", "original_published": "2018-01-08"}
    (tmp_path / "bad.yaml").write_text(
        "recuento: coding/1\nsource: {file: reprint.txt, meta: [not, a, mapping]}\n"
        "records:\n  - id: bulletin\n    type: event\n"
        "    fields: {title: {value: Bulletin, quote: bulletin}}\n",
        encoding="utf-8",
    )
    with pytest.raises(ValidationError, match="meta"):
        workspace.import_coding(tmp_path / "bad.yaml")
