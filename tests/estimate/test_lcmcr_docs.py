"""The Python example of docs/estimation-bayesian.md runs and gives what its comments say."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from mse_tables import KOSOVO, table

DOC = Path(__file__).resolve().parents[2] / "docs" / "estimation-bayesian.md"


def test_python_example_runs(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    blocks = re.findall(r"```python\n(.*?)```", DOC.read_text(encoding="utf-8"), flags=re.S)
    assert blocks, "docs/estimation-bayesian.md has no Python example"
    table(4, KOSOVO).to_csv(tmp_path / "kosovo_4.csv")
    monkeypatch.chdir(tmp_path)
    namespace: dict[str, object] = {}
    exec(compile(blocks[0], str(DOC), "exec"), namespace)  # noqa: S102
    bma, lcm = namespace["bma"], namespace["lcm"]
    assert bma.estimate == pytest.approx(12749.3, abs=0.05)  # type: ignore[attr-defined]
    assert bma.conf_int() == (9827.0, 16544.0)  # type: ignore[attr-defined]
    assert bma.model == "[123][134]"  # type: ignore[attr-defined]
    assert 10_000 < lcm.estimate < 11_600  # type: ignore[attr-defined]
    out = capsys.readouterr().out
    assert "[123][134]" in out and "lcmcr" in out
