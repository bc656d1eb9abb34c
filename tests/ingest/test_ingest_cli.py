"""``recuento ingest FILE|URL [--extract] --db PATH`` end to end through Typer's runner."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from ingest_samples import BARRIOS_ALTOS_CSV, HTML_EN, RSS, make_ods, make_xls
from typer.testing import CliRunner

from recuento.cli.app import _register_commands, app

runner = CliRunner()


def cli():
    _register_commands()
    import recuento.cli.ingest  # noqa: F401  (until cli/commands.py imports it)

    return app


def run(*args: str, ok: bool = True):
    result = runner.invoke(cli(), list(args))
    if ok:
        assert result.exit_code == 0, result.output
    return result


@pytest.fixture
def folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("RECUENTO_USER", "cli tester")
    monkeypatch.delenv("RECUENTO_DATABASE_URL", raising=False)
    monkeypatch.delenv("RECUENTO_LANGUAGE", raising=False)
    (tmp_path / "ba.html").write_text(HTML_EN, encoding="utf-8")
    (tmp_path / "barrios-altos.csv").write_text(BARRIOS_ALTOS_CSV, encoding="utf-8")
    return tmp_path


def test_ingest_html_json(folder: Path) -> None:
    db = str(folder / "s.db")
    out = json.loads(run("ingest", str(folder / "ba.html"), "--db", db, "--json").stdout)
    assert out["format"] == "html" and out["created"] is True
    assert out["metadata"]["published"] == "2021-11-03"
    assert out["text_source"] == out["artifacts"][0]["sha256"] != out["source"]
    assert "suggestions" not in out
    custody = json.loads(run("source", "custody", out["source"], "--db", db, "--json").stdout)
    assert [c["action"] for c in custody] == ["received", "derived-text"]
    assert custody[0]["who"] == "cli tester"


def test_ingest_html_with_extract_prints_the_suggestion_format(folder: Path) -> None:
    db = str(folder / "s.db")
    out = json.loads(
        run("ingest", str(folder / "ba.html"), "--extract", "--db", db, "--json").stdout
    )
    assert out["suggestions"], "the article names a massacre, a date and a death squad"
    for s in out["suggestions"]:
        assert s["kind"] in ("event", "person", "organization", "legal")
        assert set(s) == {"kind", "fields", "spans", "confidence"}
        assert all(0 <= sp["start"] < sp["end"] <= out["text_chars"] for sp in s["spans"])


def test_ingest_human_summary(folder: Path) -> None:
    db = str(folder / "s.db")
    first = run("ingest", str(folder / "ba.html"), "--extract", "--db", db)
    assert "Stored ba.html as source" in first.stdout
    assert "trafilatura" in first.stdout and "suggestions (not stored)" in first.stdout
    again = run("ingest", str(folder / "ba.html"), "--db", db)
    assert "Already stored" in again.stdout


def test_ingest_list_strict_then_skipping(folder: Path) -> None:
    db = str(folder / "s.db")
    args = [
        "ingest",
        str(folder / "barrios-altos.csv"),
        "--map",
        "name=Nombre",
        "--map",
        "age=Edad",
        "--map",
        "date=Fecha",
        "--set",
        "act_type=killing_in_massacre",
        "--db",
        db,
    ]
    bad = run(*args, ok=False)
    assert bad.exit_code == 1
    assert "barrios-altos.csv:4 Edad: age is not a number: 'ocho'" in bad.output
    assert "barrios-altos.csv:7 Fecha" in bad.output and "Traceback" not in bad.output
    listed = json.loads(run("source", "list", "--db", db, "--json").stdout)
    assert listed == []
    good = json.loads(run(*args, "--skip-bad-rows", "--json").stdout)
    assert good["rows"]["imported"] == 4 and good["rows"]["skipped_rows"] == [4, 7]
    shown = json.loads(run("show", "barrios-altos-row-8", "--db", db, "--json").stdout)
    assert "Benedicta Yanque Churo" in json.dumps(shown, ensure_ascii=False)


def test_ingest_list_with_a_mapping_file(folder: Path) -> None:
    db = str(folder / "s.db")
    (folder / "map.yaml").write_text(
        "list: cidh-barrios-altos\ncolumns:\n  name: Nombre\n  sex: Sexo\n",
        encoding="utf-8",
    )
    result = run(
        "ingest",
        str(folder / "barrios-altos.csv"),
        "--mapping",
        str(folder / "map.yaml"),
        "--db",
        db,
    )
    assert "Imported 6 of 6 rows of list cidh-barrios-altos" in result.stdout
    shown = run("show", "cidh-barrios-altos-row-2", "--db", db, "--json")
    assert "female" in shown.stdout


@pytest.mark.parametrize("suffix", ["ods", "xls"])
def test_ingest_a_spreadsheet_list_cites_sheet_and_row(folder: Path, suffix: str) -> None:
    if suffix == "xls":
        pytest.importorskip("xlrd", reason="xlrd (the ingest extra) reads .xls lists")
    sheets = {
        "Notas": [["Lista de práctica para las pruebas"]],
        "Víctimas": [
            ["Nombre", "Edad", "Sexo"],
            ["Mamérita Mestanza Chávez", 33, "femenino"],
            ["Quispe Ñaupa", None, "masculino"],
        ],
    }
    path = folder / f"victimas.{suffix}"
    path.write_bytes((make_ods if suffix == "ods" else make_xls)(sheets))
    db = str(folder / "s.db")
    result = run(
        "ingest",
        str(path),
        "--sheet",
        "Víctimas",
        "--map",
        "name=Nombre",
        "--map",
        "age=Edad",
        "--map",
        "sex=Sexo",
        "--db",
        db,
        "--json",
    )
    out = json.loads(result.stdout)
    assert out["format"] == suffix and out["rows"]["imported"] == 2
    assert out["media_type"].startswith("application/vnd.")
    listed = json.loads(run("source", "list", "--db", db, "--json").stdout)
    assert [s["kind"] for s in listed] == ["victim_list"]
    assert listed[0]["size"] == path.stat().st_size  # the bytes as received are the source
    shown = json.loads(run("show", "victimas-row-2", "--db", db, "--json").stdout)
    (claim,) = shown["fields"]["name"]["claims"]
    assert claim["value"] == "Mamérita Mestanza Chávez"
    assert claim["citations"][0]["locator"] == "sheet 'Víctimas', row 2"


def test_ingest_feed_json(folder: Path) -> None:
    db = str(folder / "s.db")
    (folder / "boletin.xml").write_text(
        RSS.replace("{base}", "https://boletin.example.org"), encoding="utf-8"
    )
    out = json.loads(run("ingest", str(folder / "boletin.xml"), "--db", db, "--json").stdout)
    assert out["format"] == "feed" and len(out["entries"]) == 2
    assert out["entries"][0]["metadata"]["title"] == "Indulto humanitario a Alberto Fujimori"
    table = run("ingest", str(folder / "boletin.xml"), "--db", db)
    assert "2 feed entries" in table.stdout


def test_ingest_errors_are_messages_not_tracebacks(folder: Path) -> None:
    db = str(folder / "s.db")
    missing = run("ingest", str(folder / "nope.pdf"), "--db", db, ok=False)
    assert missing.exit_code == 1 and "no such file" in missing.output
    bad_kind = run("ingest", str(folder / "ba.html"), "--kind", "gossip", "--db", db, ok=False)
    assert bad_kind.exit_code == 1 and "unknown source_kind term 'gossip'" in bad_kind.output
    no_map = run("ingest", str(folder / "barrios-altos.csv"), "--db", db, ok=False)
    assert no_map.exit_code == 1 and "--map name=COLUMN" in no_map.output
    lonely = run("ingest", str(folder / "barrios-altos.csv"), "--sheet", "x", "--db", db, ok=False)
    assert lonely.exit_code == 1 and "give the columns too" in lonely.output


def test_ingest_messages_in_spanish(folder: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("RECUENTO_LANGUAGE", "es")
    result = run("ingest", str(folder / "ba.html"), "--db", str(folder / "s.db"))
    assert "Se guardó ba.html como la fuente" in result.stdout
