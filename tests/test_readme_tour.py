"""The README's tour is executed: every `recuento` line in it runs and succeeds."""

from __future__ import annotations

import os
import re
import shlex
from pathlib import Path

import pytest
from typer.testing import CliRunner

from recuento.cli.app import _register_commands, app

ROOT = Path(__file__).resolve().parent.parent
README = (ROOT / "README.md").read_text(encoding="utf-8")
_register_commands()

# The team's own testimony-style sentence about the Accomarca massacre, for the README's example.
TESTIMONY = (
    "Recuerdo que el 14 de agosto de 1985 los soldados mataron a 69 comuneros en Accomarca.\n"
)


def blocks(lang: str) -> list[str]:
    return re.findall(rf"```{lang}\n(.*?)```", README, flags=re.S)


def commands(block: str) -> list[list[str]]:
    out = []
    for line in block.splitlines():
        words = shlex.split(line, comments=True)
        if words[:1] == ["recuento"]:
            out.append(words[1:])
    return out


def run_all(cmds: list[list[str]]) -> list[str]:
    runner = CliRunner()
    outputs = []
    for args in cmds:
        result = runner.invoke(app, args)
        assert result.exit_code == 0, f"recuento {' '.join(args)}\n{result.output}"
        outputs.append(result.stdout)
    return outputs


@pytest.fixture
def here(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    for var in ("RECUENTO_DATABASE_URL", "RECUENTO_ROLE", "RECUENTO_LANGUAGE"):
        monkeypatch.delenv(var, raising=False)
    return tmp_path


def test_the_tour_runs_without_the_article(here):
    cmds = commands(blocks("sh")[1])
    assert cmds[0][0] == "demo"
    i = cmds[0].index("--article")
    del cmds[0][i : i + 2]
    outputs = run_all(cmds)
    assert "Barrios Altos" in outputs[1]
    assert (here / "demo.json").stat().st_size > 0


def test_the_tour_runs_with_the_article(here, shared_dir):
    cmds = commands(blocks("sh")[1])
    cmds[0] = [a.replace("../shared", os.fspath(shared_dir)) for a in cmds[0]]
    outputs = run_all(cmds)
    assert len(outputs) == len(cmds)


def test_coding_your_own_source_as_the_readme_shows(here):
    (here / "testimony.txt").write_text(TESTIMONY, encoding="utf-8")
    (here / "my-coding.yaml").write_text(blocks("yaml")[0], encoding="utf-8")
    outputs = run_all(commands(blocks("sh")[2]))
    assert re.search(r"[0-9a-f]{64}", outputs[1].replace("\n", ""))
    assert "3 claims" in outputs[2]


def test_ingest_review_and_estimate_as_the_readme_shows(here, shared_dir):
    (here / "report.html").write_text(
        "<html><head><title>Accomarca</title></head><body><article><p>"
        "Soldiers killed 69 villagers in the Andean community of Accomarca on 14 August 1985, "
        "survivors said.</p></article></body></html>",
        encoding="utf-8",
    )
    cmds = [
        [a.replace("../shared", os.fspath(shared_dir)) for a in args]
        for args in commands(blocks("sh")[3])
    ]
    cmds = [c + ["--iterations", "2000", "--burn-in", "200"] if "lcmcr" in c else c for c in cmds]
    outputs = run_all(cmds)
    assert "event" in outputs[1]
    assert '"estimate"' in outputs[2]
