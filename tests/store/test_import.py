"""Importing coding files: sourced claims in, every mistake reported at once, nothing half-done."""

from __future__ import annotations

import pytest

from recuento.domain import Count, PartialDate
from recuento.errors import CodingError, NotFoundError, ValidationError

from .texts import ACCOMARCA, BAD_CODING, GOOD_CODING


@pytest.fixture
def folder(tmp_path):
    (tmp_path / "accomarca.txt").write_text(ACCOMARCA, encoding="utf-8")
    (tmp_path / "good.yaml").write_text(GOOD_CODING, encoding="utf-8")
    (tmp_path / "bad.yaml").write_text(BAD_CODING, encoding="utf-8")
    return tmp_path


def test_good_coding_stores_claims_with_located_quotes(workspace, folder):
    report = workspace.import_coding(folder / "good.yaml")
    assert report.source_created
    assert sorted(report.records_created) == [
        "accomarca",
        "accomarca-command",
        "hurtado",
        "survivor-1",
    ]
    ev = workspace.record("accomarca")
    assert ev.value("killed") == Count(best=69)
    assert ev.value("date") == PartialDate.parse("1985-08-14")
    assert ev.value("place").is_within("Ayacucho")
    (claim,) = ev.claims_for("killed")
    assert claim.confidence == "medium" and claim.coded_by == "test coder"
    (cit,) = claim.citations
    assert ACCOMARCA[cit.start : cit.end] == "killed 69 villagers" == cit.quote
    assert workspace.events_ordered_by("hurtado") == ["accomarca"]
    assert set(workspace.record("hurtado").values("roles")) == {
        "perpetrator",
        "convicted_perpetrator",
    }


def test_five_mistakes_are_all_reported_with_lines_and_nothing_is_written(workspace, folder):
    before = workspace.export_json()
    with pytest.raises(CodingError) as info:
        workspace.import_coding(folder / "bad.yaml")
    problems = info.value.problems
    by_field = {p.field.removesuffix(".quote"): p for p in problems}
    assert len(problems) == 5, [str(p) for p in problems]
    assert "unknown event_type term 'masacre-total'" in by_field["records[0].fields.type"].message
    assert by_field["records[0].fields.type"].line == 9
    assert "quote not found" in by_field["records[0].fields.killed"].message
    assert by_field["records[0].fields.killed"].line == 10
    assert "month 13" in by_field["records[0].fields.date"].message
    assert by_field["records[0].fields.date"].line == 11
    assert by_field["records[0].fields.wounded"].line == 12
    assert "unknown record 'unknown-patrol'" in by_field["records[1].fields.perpetrator"].message
    assert all(p.file and p.file.endswith("bad.yaml") for p in problems)
    assert workspace.export_json() == before
    with pytest.raises(NotFoundError):
        workspace.record("accomarca")


def test_conflicting_sources_are_both_kept(workspace, folder):
    workspace.import_coding(folder / "good.yaml")
    other = "A later report counts 62 people killed at Accomarca.\n"
    (folder / "other.txt").write_text(other, encoding="utf-8")
    (folder / "other.yaml").write_text(
        "recuento: coding/1\nsource: {file: other.txt, kind: report}\nrecords:\n"
        "  - id: accomarca\n    type: event\n    fields:\n"
        '      killed: {value: 62, quote: "62 people killed"}\n',
        encoding="utf-8",
    )
    workspace.import_coding(folder / "other.yaml")
    ev = workspace.record("accomarca")
    view = ev.field_view("killed")
    assert view.conflict and set(view.values) == {Count(best=69), Count(best=62)}
    assert len(view.sources) == 2
    assert "killed" in ev.conflicts()
    assert [h["action"] for h in workspace.history("accomarca")] == [
        "import-coding",
        "import-coding",
    ]


def test_span_citations_must_hold_their_quote(workspace, folder):
    workspace.import_coding(folder / "good.yaml")
    sha = workspace.record("accomarca").claims_for("killed")[0].citations[0].source_sha256
    start = ACCOMARCA.index("Telmo Hurtado")
    (folder / "span.yaml").write_text(
        f"recuento: coding/1\nsource: {{sha256: {sha}}}\nrecords:\n"
        f"  - id: hurtado\n    type: person\n    fields:\n"
        f"      aliases: {{value: Hurtado, span: [{start + 6}, {start + 13}]}}\n"
        f"      occupation: {{value: army officer, span: [{start}, 99999]}}\n",
        encoding="utf-8",
    )
    with pytest.raises(CodingError) as info:
        workspace.import_coding(folder / "span.yaml")
    assert len(info.value.problems) == 1
    assert "runs past the end" in info.value.problems[0].message


def test_role_views_hide_confidential_records_and_fields(settings, folder):
    from dataclasses import replace

    from recuento.services.workspace import Workspace

    with Workspace.open(settings) as admin:
        admin.import_coding(folder / "good.yaml")
        assert admin.record("survivor-1").value("name") == "Survivor One"
    with Workspace.open(replace(settings, role="public")) as public:
        with pytest.raises(NotFoundError):
            public.record("survivor-1")
        assert "survivor-1" not in {r.key for r in public.records()}
        assert public.search("Survivor One") == []
        assert "Survivor One" not in public.export_json()
        assert public.record("accomarca").value("killed") == Count(best=69)


def test_items_of_a_list_field_can_cite_their_own_words(workspace, folder):
    (folder / "items.yaml").write_text(
        "recuento: coding/1\nsource: {file: accomarca.txt, stance: neutral}\nrecords:\n"
        "  - id: accomarca\n    type: event\n    fields:\n      acts:\n"
        '        - {value: killing, quote: "killed 69 villagers"}\n'
        '        - {value: raid, quote: "burned the houses", confidence: medium}\n',
        encoding="utf-8",
    )
    workspace.import_coding(folder / "items.yaml")
    claims = {c.value: c for c in workspace.record("accomarca").claims_for("acts")}
    assert claims["killing"].citations[0].quote == "killed 69 villagers"
    assert claims["raid"].citations[0].quote == "burned the houses"
    assert claims["raid"].confidence == "medium"


def test_retracting_a_claim_keeps_it_in_the_history(workspace, folder):
    workspace.import_coding(folder / "good.yaml")
    (claim,) = workspace.record("accomarca").claims_for("killed")
    with pytest.raises(ValidationError, match="why"):
        workspace.retract(claim.id, "")
    new_id = workspace.retract(claim.id, "the figure was misread")
    rec = workspace.record("accomarca")
    assert rec.value("killed") is None
    assert {c.id for c in rec.claims_for("killed")} == {claim.id, new_id}
    actions = [h["action"] for h in workspace.history("accomarca")]
    assert actions == ["import-coding", "retract-claim"]
    assert workspace.history("accomarca")[-1]["why"] == "the figure was misread"
    with pytest.raises(ValidationError, match="already superseded"):
        workspace.retract(claim.id, "again")
    with pytest.raises(NotFoundError):
        workspace.retract(10**6, "no such claim")


def test_a_later_coding_can_only_raise_sensitivity_and_it_is_logged(settings, workspace, folder):
    from dataclasses import replace

    from recuento.services.workspace import Workspace

    workspace.import_coding(folder / "good.yaml")
    (folder / "protect.yaml").write_text(
        "recuento: coding/1\nsource: {file: accomarca.txt}\nrecords:\n"
        "  - id: hurtado\n    type: person\n    sensitivity: restricted\n    fields:\n"
        '      occupation: {value: army officer, quote: "sub-lieutenant"}\n',
        encoding="utf-8",
    )
    workspace.import_coding(folder / "protect.yaml")
    assert workspace.record("hurtado").sensitivity == "restricted"
    assert [h["action"] for h in workspace.history("hurtado")][-1] == "raise-sensitivity"
    with Workspace.open(replace(settings, role="public")) as public:
        with pytest.raises(NotFoundError):
            public.record("hurtado")
        assert not [h for h in public.search("Hurtado") if h["kind"] == "claim"]
        # the public involvement no longer names the now-restricted person, even by key
        inv = public.record("accomarca-command")
        assert inv.value("perpetrator") is None and inv.value("event") == "accomarca"
        assert '"hurtado"' not in public.export_json()


def test_a_confidential_source_does_not_leak_through_a_public_record(settings, workspace, folder):
    from dataclasses import replace

    from recuento.services.workspace import Workspace

    workspace.import_coding(folder / "good.yaml")
    secret = "La testigo, cuyo nombre se reserva, vio al teniente Hurtado dar la orden.\n"
    (folder / "testimony.txt").write_text(secret, encoding="utf-8")
    (folder / "testimony.yaml").write_text(
        "recuento: coding/1\n"
        "source: {file: testimony.txt, kind: witness_testimony, sensitivity: confidential}\n"
        "records:\n  - id: accomarca-command\n    type: involvement\n    fields:\n"
        '      description: {value: ordered on site, quote: "dar la orden"}\n',
        encoding="utf-8",
    )
    workspace.import_coding(folder / "testimony.yaml")
    assert workspace.record("accomarca-command").value("description") == "ordered on site"
    with Workspace.open(replace(settings, role="researcher")) as researcher:
        rec = researcher.record("accomarca-command")
        assert rec.value("description") is None  # its only source is hidden, so is the claim
        assert rec.value("degree") == "gave_orders"  # the public source's claims stay
        assert all(
            h["action"] != "import-coding" or "testimony" not in str(h["detail"])
            for h in researcher.history("accomarca-command")
        )
        assert researcher.search("ordered on site") == []
        assert researcher.search("testigo") == []
        exported = researcher.export_json()
        assert "dar la orden" not in exported and "ordered on site" not in exported
