"""The Python example of docs/estimation.md runs and gives what its comments say."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from mse_tables import KOSOVO, table

DOC = Path(__file__).resolve().parents[2] / "docs" / "estimation.md"


def test_python_example_runs(tmp_path: Path, monkeypatch, capsys):
    text = DOC.read_text(encoding="utf-8")
    blocks = re.findall(r"```python\n(.*?)```", text, flags=re.S)
    assert blocks, "docs/estimation.md has no Python example"
    table(4, KOSOVO).to_csv(tmp_path / "kosovo_4.csv")
    monkeypatch.chdir(tmp_path)
    namespace: dict = {}
    exec(compile(blocks[0], str(DOC), "exec"), namespace)  # noqa: S102
    result = namespace["result"]
    assert result.model == "[123,14,34]"
    assert result.estimate == pytest.approx(10356.5, abs=0.05)
    low, high = result.conf_int()
    assert (round(low, 1), round(high, 1)) == (8994.3, 12110.4)
    assert "Caveats:" in capsys.readouterr().out
