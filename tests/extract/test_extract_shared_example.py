"""The worked example in the shared folder, read with the default extractor."""

from __future__ import annotations

from pathlib import Path

from recuento.extract import RuleBasedExtractor
from recuento.services.extraction import read_text_file


def test_worked_example_key_facts(shared_dir: Path) -> None:
    text = read_text_file(shared_dir / "examples" / "fujimori-pardon-2018" / "article.txt")
    out = RuleBasedExtractor().extract(text, language="en")
    events = [s.fields for s in out if s.kind == "event"]
    barrios = [e for e in events if (e.get("place") or {}).get("name") == "Barrios Altos"]
    assert barrios and barrios[0]["counts"]["killed"]["best"] == 15
    assert barrios[0]["counts"]["wounded"]["best"] == 4
    assert barrios[0]["date"]["value"] == "1991"
    protests = {(e["date"] or {}).get("value") for e in events if e["type"].startswith("protest")}
    assert {"2017-12-24", "2017-12-26"} <= protests
    legal = [s.fields for s in out if s.kind == "legal"]
    conv = [f for f in legal if f["type"] == "conviction" and f["subjects"] == ["Alberto Fujimori"]]
    assert conv and conv[0]["sentence"]["years"] == 25
    assert conv[0].get("served") == {"years": 10}
    pardons = [f for f in legal if f["type"] == "pardon" and "Alberto Fujimori" in f["subjects"]]
    assert any((f["date"] or {}).get("value") == "2017-12-24" for f in pardons)
    names = {s.fields["name"] for s in out if s.kind == "person"}
    assert {"Alberto Fujimori", "Abimael Guzman", "Pedro Pablo Kuczynski"} <= names
    for s in out:
        for sp in s.spans:
            assert 0 <= sp.start < sp.end <= len(text)
