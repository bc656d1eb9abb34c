"""The extraction use case and the ``recuento extract`` command."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest
from typer.testing import CliRunner

from recuento.cli.app import _register_commands, app
from recuento.errors import ValidationError
from recuento.extract import FakeExtractor
from recuento.services.extraction import extract_file

runner = CliRunner()
ARTICLE = (
    "LIMA, Dec. 16 (Wire) -- Soldiers shot dead 10 protesters near the airport in Ayacucho on "
    "Thursday, the ombudsman said. Judge Ricardo Brousset sentenced Telmo Hurtado to 23 years."
)


@pytest.fixture
def article(tmp_path: Path) -> Path:
    p = tmp_path / "article.txt"
    p.write_text(ARTICLE, encoding="utf-8")
    return p


def cli():
    _register_commands()
    import recuento.cli.extract  # noqa: F401  (until commands.py imports it)

    return app


def test_service_passes_text_language_and_date_to_the_extractor(article: Path) -> None:
    fake = FakeExtractor(names=["Telmo Hurtado"])
    result = extract_file(article, language="en", published=date(2022, 12, 16), extractor=fake)
    assert fake.calls == [(ARTICLE, "en", date(2022, 12, 16))]
    [s] = result.suggestions
    span = s.spans[0]
    assert result.text[span.start : span.end] == "Telmo Hurtado"


def test_service_reports_unreadable_files(tmp_path: Path) -> None:
    with pytest.raises(ValidationError, match="not found"):
        extract_file(tmp_path / "missing.txt")
    latin1 = tmp_path / "latin1.txt"
    latin1.write_bytes("Ayacucho, 15 de diciembre: ocho muertos y años".encode("latin-1"))
    with pytest.raises(ValidationError, match="UTF-8"):
        extract_file(latin1)
    with pytest.raises(ValidationError, match="language"):
        extract_file(latin1, language="qu")


def test_cli_json_has_the_documented_shape(article: Path) -> None:
    res = runner.invoke(
        cli(), ["extract", str(article), "--language", "en", "--published", "2022-12-16", "--json"]
    )
    assert res.exit_code == 0, res.output
    data = json.loads(res.stdout)
    kinds = {s["kind"] for s in data["suggestions"]}
    assert kinds == {"event", "person", "legal"}
    for s in data["suggestions"]:
        assert set(s) == {"kind", "fields", "spans", "confidence"}
        for sp in s["spans"]:
            assert 0 <= sp["start"] < sp["end"] <= len(ARTICLE)
    [event] = [s["fields"] for s in data["suggestions"] if s["kind"] == "event"]
    assert event["date"] == {"value": "2022-12-15", "precision": "day"}
    assert event["counts"]["killed"] == {"best": 10, "low": None, "high": None, "text": "10"}
    [legal] = [s["fields"] for s in data["suggestions"] if s["kind"] == "legal"]
    assert legal["subjects"] == ["Telmo Hurtado"]
    assert legal["sentence"] == {"years": 23, "life": False}


def test_cli_table(article: Path) -> None:
    res = runner.invoke(cli(), ["extract", str(article), "--published", "2022-12-16"])
    assert res.exit_code == 0, res.output
    assert "Telmo Hurtado" in res.stdout and "protest_killing" in res.stdout


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["extract", "nowhere.txt"], "file not found"),
        (["extract", "ARTICLE", "--language", "fr"], "unsupported language"),
        (["extract", "ARTICLE", "--published", "16/12/2022"], "YYYY-MM-DD"),
    ],
)
def test_cli_errors_are_messages_with_exit_code_1(article: Path, args, message) -> None:
    args = [str(article) if a == "ARTICLE" else a for a in args]
    res = runner.invoke(cli(), args)
    assert res.exit_code == 1
    assert message in res.output
    assert "Traceback" not in res.output
