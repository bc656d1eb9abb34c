"""The review queue: suggestions from a stored source, accepted (with edits), linked or rejected."""

from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from recuento.cli.app import _register_commands, app
from recuento.errors import NotFoundError, ValidationError

_register_commands()
runner = CliRunner()

# The team's own wire-style text about a real case (the Accomarca massacre, 14 August 1985).
WIRE = (
    "AYACUCHO, Peru, Aug. 20 (recuento test wire) - Soldiers killed 69 villagers in the Andean "
    "community of Accomarca on 14 August 1985, survivors said. The patrol was led by Telmo "
    "Hurtado, an army sub-lieutenant.\n"
)


@pytest.fixture
def ws_with_source(workspace):
    res = workspace.add_source(
        WIRE.encode(), kind="news_article", language="en", published="1985-08-20", title="Test wire"
    )
    return workspace, res.source.sha256


def test_accepting_writes_claims_citing_the_extractors_spans(ws_with_source):
    ws, sha = ws_with_source
    ids = ws.suggest(sha)
    assert ids
    pending = ws.suggestions()
    event = next(s for s in pending if s["kind"] == "event")
    person = next(s for s in pending if s["kind"] == "person" and "Hurtado" in s["fields"]["name"])
    decision = ws.accept_suggestion(
        event["id"], key="accomarca-1985", edits={"title": "Accomarca massacre"}
    )
    assert decision.records == ["accomarca-1985"]
    rec = ws.record("accomarca-1985")
    assert rec.value("title") == "Accomarca massacre"
    killed = rec.value("killed")
    assert killed is not None and killed.best == 69
    (claim,) = rec.claims_for("killed")
    assert claim.method == "accepted_suggestion"
    cited = [WIRE[c.start : c.end] for c in claim.citations]
    assert any("69" in text for text in cited)
    ws.accept_suggestion(person["id"])
    assert any(r.value("name") == person["fields"]["name"] for r in ws.records("person"))
    with pytest.raises(ValidationError, match="already accepted"):
        ws.accept_suggestion(event["id"])


def test_a_suggestion_about_a_stored_record_is_proposed_as_a_link(ws_with_source):
    ws, sha = ws_with_source
    ws.suggest(sha)
    person = next(s for s in ws.suggestions() if s["kind"] == "person")
    ws.accept_suggestion(person["id"], key="telmo-hurtado")
    # the same text, extracted again, now points at the stored person instead of proposing a twin
    ws.suggest(sha)
    again = next(
        s
        for s in ws.suggestions()
        if s["kind"] == "person" and s["fields"]["name"] == person["fields"]["name"]
    )
    assert again["link"] == "telmo-hurtado"
    decision = ws.accept_suggestion(again["id"])
    assert decision.records == ["telmo-hurtado"]
    assert (
        len([r for r in ws.records("person") if r.value("name") == person["fields"]["name"]]) == 1
    )
    assert len(ws.record("telmo-hurtado").claims_for("name")) == 2


def test_rejecting_needs_a_reason_and_bad_edits_write_nothing(ws_with_source):
    ws, sha = ws_with_source
    ws.suggest(sha)
    first = next(s for s in ws.suggestions() if s["kind"] != "event")
    with pytest.raises(ValidationError, match="why"):
        ws.reject_suggestion(first["id"], "  ")
    ws.reject_suggestion(first["id"], "duplicate of a better suggestion")
    assert first["id"] not in {s["id"] for s in ws.suggestions()}
    event = next(s for s in ws.suggestions() if s["kind"] == "event")
    before = ws.export_json()
    with pytest.raises(ValidationError):
        ws.accept_suggestion(event["id"], edits={"type": "not-a-real-event-type"})
    assert ws.export_json() == before
    with pytest.raises(NotFoundError):
        ws.accept_suggestion(9999)


def test_cli_review_round(tmp_path, monkeypatch):
    monkeypatch.delenv("RECUENTO_ROLE", raising=False)
    db = str(tmp_path / "r.db")
    (tmp_path / "wire.txt").write_text(WIRE, encoding="utf-8")

    def run(*args: str, code: int = 0):
        result = runner.invoke(app, list(args))
        assert result.exit_code == code, result.output
        return result

    sha = json.loads(
        run(
            "source", "add", str(tmp_path / "wire.txt"), "--language", "en", "--db", db, "--json"
        ).stdout
    )["sha256"]
    queued = json.loads(run("review", "suggest", sha[:10], "--db", db, "--json").stdout)
    assert queued["suggestions"]
    listed = json.loads(run("review", "list", "--db", db, "--json").stdout)
    event = next(s for s in listed if s["kind"] == "event")
    out = json.loads(
        run(
            "review",
            "accept",
            str(event["id"]),
            "--as",
            "accomarca",
            "--set",
            "title=Accomarca massacre",
            "--db",
            db,
            "--json",
        ).stdout
    )
    assert out["records"] == ["accomarca"]
    shown = json.loads(run("show", "accomarca", "--db", db, "--json").stdout)
    assert shown["fields"]["title"]["values"] == ["Accomarca massacre"]
    other = next(s for s in listed if s["id"] != event["id"])
    assert (
        "rejected"
        in run("review", "reject", str(other["id"]), "--why", "not relevant", "--db", db).stdout
    )
    assert run("review", "reject", str(other["id"]), "--why", "again", "--db", db, code=1)
    assert run("review", "accept", str(event["id"]), "--set", "novalue", "--db", db, code=1)


def test_ingest_with_extract_queues_suggestions_for_review(workspace, tmp_path):
    from recuento.services.ingesting import IngestOptions, ingest

    page = tmp_path / "wire.html"
    page.write_text(
        "<html><head><title>Accomarca</title></head><body><article><p>"
        + WIRE.strip()
        + "</p></article></body></html>",
        encoding="utf-8",
    )
    report = ingest(workspace, page, IngestOptions(extract=True, language="en"))
    assert report.suggestion_ids
    queued = workspace.suggestions(source=report.text_source)
    assert [s["id"] for s in queued] == report.suggestion_ids
    event = next(s for s in queued if s["kind"] == "event")
    text = workspace.source_text(report.text_source)
    start, end = event["spans"][0]
    assert text[start:end].strip()
    workspace.accept_suggestion(event["id"], key="accomarca")
    assert workspace.record("accomarca").value("killed").best == 69
