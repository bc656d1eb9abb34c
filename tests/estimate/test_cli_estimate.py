"""``recuento estimate`` end to end through Typer's runner, and the estimation services."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path

import pytest
from mse_tables import GAZA, HEPATITIS, KOSOVO, table
from typer.testing import CliRunner

import recuento.cli.estimate  # noqa: F401  (registers the command)
from recuento.cli.app import _register_commands, app
from recuento.services import estimation

_register_commands()  # with the other commands, "estimate" is a subcommand as in real use
runner = CliRunner()


def run(*args: str, code: int = 0):
    result = runner.invoke(app, ["estimate", *args])
    assert result.exit_code == code, result.output
    return result


@pytest.fixture
def files(tmp_path: Path) -> Path:
    table(4, KOSOVO).to_csv(tmp_path / "kosovo.csv")
    table(3, HEPATITIS).to_csv(tmp_path / "hav.csv")
    gaza = table(3, GAZA).to_table()
    hav = table(3, HEPATITIS).to_table()
    lines = ["region,list1,list2,list3,count"]
    for label, t in (("north", gaza), ("south", hav)):
        for i in range(len(t["count"])):
            lines.append(f"{label},{t['list1'][i]},{t['list2'][i]},{t['list3'][i]},{t['count'][i]}")
    (tmp_path / "strata.csv").write_text("\n".join(lines) + "\n")
    records = ["record_id,cluster_id,source"]
    rid = 0
    for person in range(60):  # 40 on A only, 10 on B only, 10 on both
        for src in ["A"] if person < 40 else ["B"] if person < 50 else ["A", "B"]:
            rid += 1
            records.append(f"r{rid},p{person},{src}")
    (tmp_path / "records.csv").write_text("\n".join(records) + "\n")
    return tmp_path


def test_loglinear_json(files: Path):
    out = json.loads(run(str(files / "kosovo.csv"), "--max-order", "3", "--json").stdout)
    assert out["method"] == "loglinear" and out["model"] == "[123,14,34]"
    assert out["observed"] == 4400
    assert out["ci_low"] < out["estimate"] < out["ci_high"]
    assert abs(out["estimate"] - 10356.5189572519) < 0.01
    assert [c["number"] for c in out["caveats"]] == list(range(1, len(out["caveats"]) + 1))


def test_text_summary_with_criterion(files: Path):
    text = run(str(files / "kosovo.csv"), "--criterion", "aic", "--max-order", "3").stdout
    assert "[123,134]" in text and "Caveats:" in text and "[1]" in text


def test_strata_are_added_up(files: Path):
    out = json.loads(run(str(files / "strata.csv"), "--strata", "region", "--json").stdout)
    assert set(out["strata"]) == {"north", "south"}
    parts = out["strata"]
    assert out["estimate"] == pytest.approx(parts["north"]["estimate"] + parts["south"]["estimate"])
    assert out["observed"] == 29271 + 271


def test_clusters_build_histories(files: Path):
    out = json.loads(
        run("--clusters", str(files / "records.csv"), "--method", "chapman", "--json").stdout
    )
    assert out["observed"] == 60
    assert out["estimate"] == pytest.approx(51 * 21 / 11 - 1)


def test_plot_written(files: Path):
    pytest.importorskip("matplotlib")
    for name in ("est.png", "est.svg"):
        path = files / name
        run(str(files / "strata.csv"), "--strata", "region", "--plot", str(path))
        assert path.stat().st_size > 1000
    result = run(str(files / "kosovo.csv"), "--plot", str(files / "est.gif"), code=1)
    assert "use .png, .svg or .pdf" in result.output


def test_errors_exit_1_with_a_message(files: Path):
    bad = files / "bad.csv"
    bad.write_text("a,b,count\n1,0,3\n1,2,4\n")
    result = run(str(bad), code=1)
    assert f"{bad}:3 b" in result.output and "not 0 or 1" in result.output
    assert "exactly 2 lists" in run(str(files / "kosovo.csv"), "--method", "chapman", code=1).output
    out = run(str(files / "kosovo.csv"), "--method", "chapman", "--max-order", "2", code=1).output
    assert "does not take the option 'max-order'" in out
    assert "either" in run(code=1).output
    assert "either" in run(str(bad), "--clusters", str(bad), code=1).output


def test_missing_bayesian_module_is_a_clear_error(files: Path, monkeypatch):
    monkeypatch.setitem(estimation._BAYESIAN, "lcmcr", ("recuento.estimate.no_such", "LCMCR"))
    out = run(str(files / "hav.csv"), "--method", "lcmcr", code=1).output
    assert "lcmcr estimator is not available" in out


@pytest.mark.skipif(
    importlib.util.find_spec("recuento.estimate.dga") is None, reason="dga not written yet"
)
def test_dga_dispatch(files: Path):
    out = json.loads(
        run(str(files / "hav.csv"), "--method", "dga", "--delta", "0.125", "--json").stdout
    )
    assert out["method"] == "dga" and out["observed"] == 271
    assert out["ci_low"] <= out["estimate"] <= out["ci_high"]


def test_make_estimator_maps_options():
    est = estimation.make_estimator("loglinear", max_order=3, criterion="aic", seed=None)
    assert est.get_params()["max_order"] == 3 and est.get_params()["criterion"] == "aic"
    with pytest.raises(Exception, match="unknown method"):
        estimation.make_estimator("magic")
