"""The ingest use case against a real store: sources, linked artifacts, custody, list rows."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest
from ingest_samples import ATOM, BARRIOS_ALTOS_CSV, HTML_EN, HTML_ES_NO_DATE, RSS

from recuento.domain.provenance import sha256_hex
from recuento.errors import MissingExtraError, ValidationError
from recuento.extract import FakeExtractor
from recuento.ingest.lists import ColumnMapping
from recuento.services.ingesting import IngestOptions, ingest, ingest_bytes

MAP = ColumnMapping.from_pairs(
    ["name=Nombre", "age=Edad", "sex=Sexo", "date=Fecha", "place=Lugar"],
    ["act_type=killing_in_massacre", "status_at_end=dead"],
)


def test_html_original_stays_the_source_and_text_is_a_linked_artifact(workspace_ws, write):
    path = write("barrios-altos.html", HTML_EN)
    report = ingest(workspace_ws, path, IngestOptions(kind="news article"))
    original = workspace_ws.source(report.source)
    assert report.source == sha256_hex(HTML_EN.encode()) and report.created
    assert original.media_type == "text/html" and original.kind == "news_article"
    assert original.published == "2021-11-03" and original.language == "en"
    assert original.title == "Barrios Altos: thirty years on"
    text_src = workspace_ws.source(report.text_source)
    assert text_src.sha256 != original.sha256 and text_src.media_type == "text/plain"
    assert text_src.meta["derived_from"] == original.sha256
    assert text_src.meta["method"].startswith("trafilatura ")
    assert text_src.kind == "news_article" and text_src.published == "2021-11-03"
    assert workspace_ws.source_text(text_src.sha256) == report.text
    assert "Fifteen people were killed" in report.text
    custody = workspace_ws.custody(original.sha256)
    assert [c["action"] for c in custody] == ["received", "derived-text"]
    assert custody[1]["detail"]["artifact"] == text_src.sha256
    assert custody[1]["detail"]["method"] == text_src.meta["method"]
    assert custody[1]["who"] == "tester"
    assert [c["action"] for c in workspace_ws.custody(text_src.sha256)] == ["derived"]
    # the derived text is searchable
    hits = workspace_ws.search("Grupo Colina")
    assert any(h["ref"] == text_src.sha256 for h in hits)


def test_ingesting_the_same_page_again_stores_nothing_new_but_logs_it(workspace_ws, write):
    path = write("ba.html", HTML_EN)
    first = ingest(workspace_ws, path)
    again = ingest(workspace_ws, path)
    assert again.source == first.source and not again.created
    assert again.text_source == first.text_source and not again.artifacts[0]["created"]
    assert len(workspace_ws.sources()) == 2
    actions = [c["action"] for c in workspace_ws.custody(first.source)]
    assert actions == ["received", "derived-text", "added-again", "derived-text"]
    assert [c["action"] for c in workspace_ws.custody(first.text_source)] == [
        "derived",
        "derived-again",
    ]


def test_options_override_what_the_page_says(workspace_ws, write):
    path = write("acc.html", HTML_ES_NO_DATE)
    report = ingest(
        workspace_ws,
        path,
        IngestOptions(published="2016-09-01", title="Accomarca", sensitivity="restricted"),
    )
    src = workspace_ws.source(report.source)
    assert (src.published, src.title, src.sensitivity) == ("2016-09-01", "Accomarca", "restricted")
    assert workspace_ws.source(report.text_source).sensitivity == "restricted"


def test_bad_options_are_all_reported_before_reading(workspace_ws, write):
    path = write("acc.html", HTML_ES_NO_DATE)
    with pytest.raises(ValidationError) as info:
        ingest(workspace_ws, path, IngestOptions(kind="newspaper clip", published="2016-13"))
    assert {p.field for p in info.value.problems} == {"kind", "published"}
    assert workspace_ws.sources() == []


def test_extract_returns_suggestions_on_the_derived_text(workspace_ws, write):
    fake = FakeExtractor(names=["Grupo Colina"])
    report = ingest(
        workspace_ws, write("ba.html", HTML_EN), IngestOptions(extract=True, extractor=fake)
    )
    assert report.suggestions, "the fake extractor finds the name it was given"
    for s in report.suggestions:
        for span in s.spans:
            assert report.text[span.start : span.end] == "Grupo Colina"
    assert fake.calls and fake.calls[0][1] == "en"
    assert str(fake.calls[0][2]) == "2021-11-03"
    last = workspace_ws.custody(report.text_source)[-1]
    assert last["action"] == "extracted" and last["detail"]["suggestions"] == len(
        report.suggestions
    )
    assert "suggestions" in report.to_dict()


def test_extract_with_the_real_extractor_finds_the_massacre(workspace_ws, write):
    report = ingest(workspace_ws, write("ba.html", HTML_EN), IngestOptions(extract=True))
    events = [s for s in report.suggestions or [] if s.kind == "event"]
    assert any((e.fields.get("date") or {}).get("value") == "1991-11-03" for e in events)


def test_pdf_text_layer_is_stored_as_an_artifact(workspace_ws, write, pdf_bytes):
    report = ingest(workspace_ws, write("cantuta.pdf", pdf_bytes))
    assert report.format == "pdf" and report.metadata["pages"] == 2
    text_src = workspace_ws.source(report.text_source)
    assert text_src.meta["method"].startswith("pypdf ") and text_src.meta["page_ranges"]
    assert workspace_ws.source(report.source).media_type == "application/pdf"
    assert "Cieneguilla" in workspace_ws.source_text(report.text_source)


def test_pdf_without_text_writes_nothing(workspace_ws, write):
    from ingest_samples import make_pdf

    with pytest.raises(ValidationError, match="OCR is not supported"):
        ingest(workspace_ws, write("scan.pdf", make_pdf([[]])))
    assert workspace_ws.sources() == []


def test_plain_text_is_its_own_text_source(workspace_ws, write):
    text = "Testimonio recogido en Accomarca sobre el 14 de agosto de 1985.\n"
    report = ingest(workspace_ws, write("t.txt", text), IngestOptions(kind="witness testimony"))
    assert report.text_source == report.source and report.artifacts == []
    assert [c["action"] for c in workspace_ws.custody(report.source)] == ["received"]


def test_list_is_strict_by_default_and_writes_nothing(workspace_ws, write):
    path = write("barrios-altos.csv", BARRIOS_ALTOS_CSV)
    with pytest.raises(ValidationError) as info:
        ingest(workspace_ws, path, IngestOptions(mapping=MAP))
    located = [(p.line, p.field) for p in info.value.problems if p.line]
    assert located == [(4, "Edad"), (7, "Fecha")]
    assert "--skip-bad-rows" in info.value.problems[-1].message
    assert workspace_ws.sources() == [] and workspace_ws.records() == []


def test_list_rows_become_persons_citing_their_rows(workspace_ws, write):
    path = write("barrios-altos.csv", BARRIOS_ALTOS_CSV)
    report = ingest(workspace_ws, path, IngestOptions(mapping=MAP, skip_bad_rows=True))
    rows = report.rows
    assert rows is not None
    assert (rows["total"], rows["imported"], rows["skipped"]) == (6, 4, 2)
    assert rows["skipped_rows"] == [4, 7] and rows["persons"] == 4
    assert [(w.line, w.field) for w in report.warnings] == [(4, "Edad"), (7, "Fecha")]
    src = workspace_ws.source(report.source)
    assert src.kind == "victim_list" and src.media_type == "text/csv"
    persons = workspace_ws.records("person")
    assert [p.key for p in persons] == [
        "barrios-altos-row-2",
        "barrios-altos-row-3",
        "barrios-altos-row-5",
        "barrios-altos-row-8",
    ]
    name = persons[0].claims[0]
    assert name.field == "name" and name.value == "Placentina Marcela Chumbipuma Aguirre"
    assert name.method == "bulk_accepted"
    (cit,) = name.citations
    assert (cit.source_sha256, cit.locator_type, cit.locator) == (src.sha256, "row", "row 2")
    assert cit.quote == "Placentina Marcela Chumbipuma Aguirre"
    act = workspace_ws.record("barrios-altos-row-5-act")
    values = {c.field: c.value for c in act.claims}
    assert values["victim"] == "barrios-altos-row-5" and str(values["date"]) == "1991-11-03"
    assert values["type"] == "killing_in_massacre" and values["status_at_end"] == "dead"
    custody = workspace_ws.custody(src.sha256)
    assert [c["action"] for c in custody] == ["received", "imported-rows"]
    detail = custody[1]["detail"]
    assert detail["skipped_rows"] == [4, 7] and detail["imported"] == 4
    assert detail["mapping"]["columns"]["name"] == ["Nombre"]
    assert detail["method"] == "python csv"


def test_the_same_list_is_not_imported_twice(workspace_ws, write):
    path = write("ba.csv", BARRIOS_ALTOS_CSV)
    ingest(workspace_ws, path, IngestOptions(mapping=MAP, skip_bad_rows=True))
    claims = workspace_ws.summary()["claims"]
    with pytest.raises(ValidationError, match="already imported"):
        ingest(workspace_ws, path, IngestOptions(mapping=MAP, skip_bad_rows=True))
    assert workspace_ws.summary()["claims"] == claims
    # the refused attempt left no trace either: one transaction
    assert [c["action"] for c in workspace_ws.custody(sha256_hex(path.read_bytes()))] == [
        "received",
        "imported-rows",
    ]


def test_restricted_list_makes_restricted_records(workspace_ws, write):
    path = write("ba.csv", BARRIOS_ALTOS_CSV)
    ingest(
        workspace_ws,
        path,
        IngestOptions(mapping=MAP, skip_bad_rows=True, sensitivity="restricted"),
    )
    assert {r.sensitivity for r in workspace_ws.records()} == {"restricted"}


def test_large_list_is_imported_in_chunks_with_progress(workspace_ws, write, monkeypatch):
    from recuento.services import ingesting

    monkeypatch.setattr(ingesting, "_ROWS_PER_CHUNK", 40)
    lines = ["Nombre,Edad"] + [f"Persona {i},{20 + i % 50}" for i in range(100)]
    path = write("big.csv", "\n".join(lines) + "\n")
    seen: list[tuple[int, int]] = []
    m = ColumnMapping.from_pairs(["name=Nombre", "age=Edad"])
    report = ingest(
        workspace_ws,
        path,
        IngestOptions(mapping=m),
        progress=lambda done, total: seen.append((done, total)),
    )
    assert report.rows["imported"] == 100 and report.rows["claims"] == 300
    assert seen == [(40, 100), (80, 100), (100, 100)]
    keys = {p.key for p in workspace_ws.records("person")}
    assert keys == {f"big-row-{n}" for n in range(2, 102)}


def test_feed_entries_become_linked_sources(workspace_ws, write):
    data = RSS.replace("{base}", "https://boletin.example.org")
    report = ingest(workspace_ws, write("boletin.rss", data), IngestOptions(kind="news article"))
    assert report.format == "feed" and len(report.entries) == 2
    feed = workspace_ws.source(report.source)
    assert feed.title == "Boletín de derechos humanos"
    first = workspace_ws.source(report.entries[0].source)
    assert first.title == "Indulto humanitario a Alberto Fujimori"
    assert first.url == "https://boletin.example.org/indulto.html"
    assert first.published == "2017-12-24" and first.language == "es"
    assert first.publisher == "Boletín de derechos humanos" and first.kind == "news_article"
    assert first.meta["derived_from"] == feed.sha256 and first.meta["entry"] == 1
    custody = workspace_ws.custody(feed.sha256)
    assert [c["action"] for c in custody] == ["received", "derived-entries"]
    assert custody[1]["detail"]["entries"] == [e.source for e in report.entries]
    assert json.loads(json.dumps(report.to_dict()))["entries"][1]["metadata"]["published"] == (
        "2018-10-03"
    )


def test_feed_extract_runs_per_entry_and_max_entries_limits(workspace_ws, write):
    fake = FakeExtractor(names=["Alberto Fujimori"])
    report = ingest(
        workspace_ws,
        write("notes.atom", ATOM),
        IngestOptions(extract=True, extractor=fake, max_entries=1),
    )
    (entry,) = report.entries
    assert entry.suggestions and str(fake.calls[0][2]) == "2023-12-06"


def test_missing_reader_package_names_the_extra(workspace_ws, monkeypatch):
    monkeypatch.setitem(sys.modules, "trafilatura", None)  # as if it were not installed
    with pytest.raises(MissingExtraError, match=r"recuento\[ingest\]"):
        ingest_bytes(workspace_ws, HTML_EN.encode(), name="x.html")
    assert workspace_ws.sources() == []


def test_a_missing_file_is_a_clear_error(workspace_ws, tmp_path: Path):
    with pytest.raises(ValidationError, match="no such file"):
        ingest(workspace_ws, tmp_path / "nope.html")
