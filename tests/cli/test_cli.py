"""The command line, end to end through Typer's runner: the commands of the foundation issue."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from recuento.cli.app import _register_commands, app

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from store.texts import ACCOMARCA, BAD_CODING, GOOD_CODING  # noqa: E402

_register_commands()
runner = CliRunner()


def run(*args: str, ok: bool = True):
    result = runner.invoke(app, list(args))
    if ok:
        assert result.exit_code == 0, result.output
    return result


@pytest.fixture
def folder(tmp_path, monkeypatch):
    monkeypatch.setenv("RECUENTO_USER", "cli tester")
    monkeypatch.delenv("RECUENTO_DATABASE_URL", raising=False)
    monkeypatch.delenv("RECUENTO_ROLE", raising=False)
    (tmp_path / "accomarca.txt").write_text(ACCOMARCA, encoding="utf-8")
    (tmp_path / "good.yaml").write_text(GOOD_CODING, encoding="utf-8")
    (tmp_path / "bad.yaml").write_text(BAD_CODING, encoding="utf-8")
    return tmp_path


def test_source_add_twice_stores_once_and_says_so(folder):
    db = str(folder / "s.db")
    run("init", "--db", db)
    first = json.loads(
        run(
            "source",
            "add",
            str(folder / "accomarca.txt"),
            "--kind",
            "case summary",
            "--published",
            "2016-09",
            "--db",
            db,
            "--json",
        ).stdout
    )
    assert first["created"] is True and len(first["sha256"]) == 64
    again = run("source", "add", str(folder / "accomarca.txt"), "--db", db)
    assert "Already stored" in again.stdout and first["sha256"] in again.stdout.replace("\n", "")
    listed = json.loads(run("source", "list", "--db", db, "--json").stdout)
    assert len(listed) == 1 and listed[0]["kind"] == "case_summary"
    custody = json.loads(run("source", "custody", first["sha256"][:8], "--db", db, "--json").stdout)
    assert [c["action"] for c in custody] == ["received", "added-again"]
    assert all(c["who"] == "cli tester" for c in custody)


def test_bad_inputs_exit_1_with_a_message(folder):
    db = str(folder / "b.db")
    run("init", "--db", db)
    bad = run("import", str(folder / "bad.yaml"), "--db", db, ok=False)
    assert bad.exit_code == 1
    assert "5 problems found" in bad.stderr
    assert bad.stderr.count("bad.yaml:") == 5
    assert json.loads(run("export", "--db", db).stdout)["records"] == []
    assert run("source", "add", str(folder / "missing.txt"), "--db", db, ok=False).exit_code == 1
    wrong = run(
        "source",
        "add",
        str(folder / "accomarca.txt"),
        "--kind",
        "newspaper-ish",
        "--db",
        db,
        ok=False,
    )
    assert "unknown source kind" in wrong.stderr
    assert run("show", "nothing-here", "--db", db, ok=False).exit_code == 1
    assert "recuento init" in run("show", "x", "--db", str(folder / "none.db"), ok=False).stderr


def test_import_show_history_search_export_round_trip(folder):
    db = str(folder / "a.db")
    report = json.loads(run("import", str(folder / "good.yaml"), "--db", db, "--json").stdout)
    assert report["claims"] > 0 and "accomarca" in report["records_created"]
    shown = json.loads(run("show", "accomarca", "--db", db, "--json").stdout)
    killed = shown["fields"]["killed"]
    assert killed["values"] == [{"best": 69}]
    (cit,) = killed["claims"][0]["citations"]
    assert ACCOMARCA[cit["span"][0] : cit["span"][1]] == "killed 69 villagers"
    assert "Accomarca massacre" in run("show", "accomarca", "--db", db).stdout
    hist = json.loads(run("history", "accomarca", "--db", db, "--json").stdout)
    assert hist[0]["action"] == "import-coding" and hist[0]["who"] == "cli tester"
    hits = json.loads(run("search", "Hurtado", "--db", db, "--json").stdout)
    assert {"hurtado"} <= {h["ref"] for h in hits}
    first = run("export", "--db", db).stdout
    (folder / "export.json").write_text(first, encoding="utf-8")
    db2 = str(folder / "restored.db")
    run("import", str(folder / "export.json"), "--db", db2)
    assert run("export", "--db", db2).stdout == first


def test_search_respects_the_role(folder, monkeypatch):
    db = str(folder / "r.db")
    run("import", str(folder / "good.yaml"), "--db", db)
    assert json.loads(run("search", "Survivor One", "--db", db, "--json").stdout)
    monkeypatch.setenv("RECUENTO_ROLE", "public")
    assert json.loads(run("search", "Survivor One", "--db", db, "--json").stdout) == []
    assert "Survivor One" not in run("export", "--db", db).stdout


def test_demo_builds_and_summarises(folder):
    db = folder / "demo.db"
    out = json.loads(run("demo", "--db", str(db), "--json").stdout)
    assert out["summary"]["sources"] == 2
    assert out["answers"]["barrios-altos-toll"] == {"killed": 15, "wounded": 4}
    assert out["answers"]["fujimori-fraction-served"]["fraction"] == 0.4
    assert out["questions"]["barrios-altos-toll"].startswith("How many")
    again = run("demo", "--db", str(db), ok=False)
    assert "--replace" in again.stderr
    assert "Demo database built" in run("demo", "--db", str(db), "--replace").stdout


def test_spanish_messages(folder, monkeypatch):
    monkeypatch.setenv("RECUENTO_LANGUAGE", "es")
    db = str(folder / "es.db")
    out = run("source", "add", str(folder / "accomarca.txt"), "--db", db).stdout
    assert "Fuente añadida" in out


def test_sentences_report_who_is_held_past_their_term(folder):
    db = str(folder / "j.db")
    run("import", str(folder / "good.yaml"), "--db", db)
    (folder / "sentence.yaml").write_text(
        "recuento: coding/1\nsource: {file: accomarca.txt}\nrecords:\n"
        "  - id: hurtado-sentence\n    type: sentence\n"
        '    cite: {quote: "In 2016 a Lima court sentenced Hurtado to 23 years in prison"}\n'
        "    fields:\n      person: hurtado\n      term: {years: 23}\n      start: '2016'\n",
        encoding="utf-8",
    )
    run("import", str(folder / "sentence.yaml"), "--db", db)

    def status(day: str) -> str:
        rows = json.loads(run("sentences", "--as-of", day, "--db", db, "--json").stdout)
        (row,) = [r for r in rows if r["sentence"] == "hurtado-sentence"]
        assert row["expected_release"] == ["2039-01-01", "2039-12-31"]
        return row["past_term"]

    assert status("2030-01-01") == "no"
    assert status("2039-06-01") == "cannot tell"
    assert status("2041-01-01") == "yes"
    assert run("sentences", "--as-of", "2041-13-01", "--db", db, ok=False).exit_code == 1


def test_retract_from_the_command_line(folder):
    db = str(folder / "x.db")
    run("import", str(folder / "good.yaml"), "--db", db)
    shown = json.loads(run("show", "accomarca", "--db", db, "--json").stdout)
    claim_id = shown["fields"]["killed"]["claims"][0]["id"]
    assert run("retract", str(claim_id), "--db", db, ok=False).exit_code == 1  # no --why
    assert "retracted" in run("retract", str(claim_id), "--why", "misread", "--db", db).stdout
    after = json.loads(run("show", "accomarca", "--db", db, "--json").stdout)
    assert "killed" not in after["fields"]
    hist = json.loads(run("history", "accomarca", "--db", db, "--json").stdout)
    assert hist[-1]["action"] == "retract-claim" and hist[-1]["why"] == "misread"
