"""Controlled vocabularies: the shipped data, the matching rules, user extensions, the docs page."""

from __future__ import annotations

import dataclasses
import importlib.util
import json
import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from recuento.domain.vocabulary import (
    REQUIRED_LANGUAGES,
    Term,
    Vocabulary,
    fold,
    load_vocabularies,
    vocabulary,
)
from recuento.errors import NotFoundError, ValidationError

ROOT = Path(__file__).resolve().parents[2]

# Term ids other code relies on (the coding format, the importer, the worked example). They are
# contracts: removing or renaming one must fail here.
CONTRACT_IDS: dict[str, set[str]] = {
    "event_type": {
        "massacre", "extrajudicial_killing", "death_in_custody", "protest_killing",
        "enforced_disappearance", "abduction", "arbitrary_arrest", "arbitrary_detention",
        "torture_ill_treatment", "sexual_violence", "threat_harassment", "protest",
        "protest_repression", "raid_search", "property_destruction", "unfair_trial",
        "armed_clash", "mass_grave_discovery", "campaign", "coup", "arrest", "other",
    },
    "act_type": {
        "killing", "attempted_killing", "extrajudicial_execution", "summary_execution",
        "death_in_custody", "killing_in_demonstration", "enforced_disappearance", "abduction",
        "arrest", "detention", "house_arrest", "mass_roundup", "torture", "physical_assault",
        "rape", "sexual_assault", "death_threat", "surveillance", "raid", "clandestine_burial",
        "denial_of_fair_trial", "denial_of_medical_care", "denial_of_release",
        "ban_on_assembly", "other",
    },
    "involvement_degree": {
        "directly_carried_out", "gave_orders", "planned", "passive_accomplice", "present",
        "suspected", "authored_policy", "implemented_policy", "failed_to_exercise_authority",
        "failed_to_act_on_knowledge", "failed_to_prevent", "political_responsibility", "other",
        "unknown",
    },
    "organization_kind": {
        "government", "head_of_state_office", "armed_forces", "police", "prison_service",
        "intelligence", "state_security", "death_squad", "paramilitary", "armed_opposition",
        "political_party", "court", "prosecutor", "prison", "news_agency", "news_outlet", "ngo",
        "igo", "company", "other", "unknown",
    },
    "victim_status": {
        "dead", "wounded", "missing", "found_alive", "detained", "held_arbitrarily",
        "serving_sentence", "released", "escaped", "fugitive", "exiled", "displaced", "unknown",
    },
    "source_kind": {
        "news_article", "victim_testimony", "witness_testimony", "interview", "court_record",
        "court_ruling", "victim_list", "report", "press_release", "official_document",
        "case_summary", "letter", "photograph", "video", "audio", "social_post", "other",
    },
    "source_stance": {"neutral", "partisan", "official", "unknown"},
    "reliability": {
        "highly_reliable", "likely_reliable", "unsure", "likely_unreliable",
        "highly_unreliable", "unknown",
    },
    "confidence": {"low", "medium", "high"},
    "claim_status": {"accepted", "conflict", "work_needed", "issue"},
    "sensitivity": {"public", "restricted", "confidential"},
    "extraction_method": {"manual", "suggested", "accepted_suggestion", "bulk_accepted"},
    "date_precision": {"day", "days_2_6", "week", "month", "year", "decade", "century"},
    "geo_precision": {
        "exact", "near_place", "adm2", "adm1", "subnational_other", "country", "water_airspace",
    },
    "decision_type": {
        "conviction", "acquittal", "dismissal", "annulment", "retrial_ordered", "retrial",
        "new_trial", "sentence_modified", "sentence_reaffirmed", "liberty_order", "other",
    },
    "instance": {"first", "appeal", "cassation", "supreme", "constitutional", "international"},
    "jurisdiction": {
        "domestic", "military", "special_tribunal", "iachr", "iacthr", "un_body",
        "international_criminal",
    },
    "sentence_kind": {"imprisonment", "fine", "ban", "probation", "house_arrest", "death"},
    "clemency_kind": {"pardon", "humanitarian_pardon", "amnesty", "commutation", "early_release"},
    "clemency_status": {
        "requested", "granted", "challenged", "annulled", "reinstated", "denied",
    },
    "clemency_grounds": {"medical", "humanitarian", "political", "legal", "other", "unknown"},
    "detention_basis": {"pretrial", "sentence", "administrative", "incommunicado", "unknown"},
    "detention_condition": {
        "solitary_confinement", "incommunicado", "military_custody", "island_prison",
        "maximum_security", "overcrowding", "denial_of_medical_care", "denial_of_visits",
        "good_conditions_privileged", "other",
    },
    "detention_end_reason": {
        "release_on_completion", "pardon", "humanitarian_pardon", "amnesty", "acquittal",
        "annulment", "parole", "escape", "death_in_custody", "transfer", "unknown",
    },
    "person_role": {
        "victim", "perpetrator", "alleged_perpetrator", "convicted_perpetrator", "witness",
        "prisoner", "political_prisoner", "official", "head_of_state", "judge", "prosecutor",
        "lawyer", "journalist", "human_rights_defender", "party_leader", "relative", "other",
    },
    "person_status": {"alive", "dead", "disappeared", "unknown"},
    "sex": {"female", "male", "other", "unknown"},
    "counting_unit": {"individual", "family", "group", "community", "social_group", "people"},
    "event_relation": {
        "precedes", "follows", "encompasses", "part_of", "causes", "consequence_of", "parallel",
    },
    "locator_type": {
        "span", "page", "paragraph", "line", "row", "cell", "clip", "frame", "archive",
    },
    "charge_kind": {
        "murder", "aggravated_homicide", "kidnapping", "enforced_disappearance", "torture",
        "corruption", "embezzlement", "usurpation", "terrorism", "treason", "rebellion", "other",
    },
}  # fmt: skip

ACLED_EVENT_TYPES = {
    "Battles": {
        "Armed clash", "Government regains territory", "Non-state actor overtakes territory",
    },
    "Violence against civilians": {"Sexual violence", "Attack", "Abduction/forced disappearance"},
    "Explosions/Remote violence": {
        "Chemical weapon", "Air/drone strike", "Suicide bomb",
        "Shelling/artillery/missile attack", "Remote explosive/landmine/IED", "Grenade",
    },
    "Protests": {
        "Peaceful protest", "Protest with intervention", "Excessive force against protesters",
    },
    "Riots": {"Violent demonstration", "Mob violence"},
    "Strategic developments": {
        "Agreement", "Arrests", "Change to group/activity", "Disrupted weapons use",
        "Headquarters or base established", "Looting/property destruction",
        "Non-violent transfer of territory", "Other",
    },
}  # fmt: skip
PLOVER_CATEGORIES = {
    "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST", "ACCUSE",
    "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT",
}  # fmt: skip


def as_toml(term: Term) -> str:
    """A term written back in the file format (for exact-repeat tests)."""
    lines = ["[[terms]]", f"id = {json.dumps(term.id)}"]
    lines += [f"{lang} = {json.dumps(text)}" for lang, text in term.labels.items()]
    lines += [f"definition.{lang} = {json.dumps(t)}" for lang, t in term.definitions.items()]
    if term.broader:
        lines.append(f"broader = {json.dumps(term.broader)}")
    lines += [f"crosswalk.{s} = {json.dumps(list(c))}" for s, c in term.crosswalk.items()]
    return "\n".join(lines) + "\n"


def write(folder: Path, name: str, text: str) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"{name}.toml"
    path.write_text(text, encoding="utf-8")
    return path


# ----------------------------------------------------------------------------- shipped data


def test_every_vocabulary_named_in_the_contract_is_shipped_with_its_terms() -> None:
    vocabs = load_vocabularies()
    assert set(CONTRACT_IDS) <= set(vocabs)
    for name, ids in CONTRACT_IDS.items():
        missing = ids - set(vocabs[name].ids())
        assert not missing, f"{name} lacks {sorted(missing)}"


def test_every_shipped_term_and_vocabulary_has_english_and_spanish_text() -> None:
    for vocab in load_vocabularies().values():
        for lang in REQUIRED_LANGUAGES:
            assert vocab.labels.get(lang), (vocab.name, lang)
            assert vocab.descriptions.get(lang), (vocab.name, lang)
        for term in vocab:
            for lang in REQUIRED_LANGUAGES:
                assert term.labels.get(lang, "").strip(), (vocab.name, term.id, lang)
            # a definition, when given, is given in both languages
            assert set(term.definitions) in (set(), set(REQUIRED_LANGUAGES)), (vocab.name, term.id)


def test_ids_are_snake_case_and_every_label_and_id_normalises_to_its_term() -> None:
    for vocab in load_vocabularies().values():
        for term in vocab:
            assert re.fullmatch(r"[a-z][a-z0-9]*(_[a-z0-9]+)*", term.id), term.id
            assert vocab.normalise(term.id) == term.id
            assert vocab.normalise(term.id.replace("_", "-").upper()) == term.id
            for label in term.labels.values():
                assert vocab.normalise(label) == term.id, (vocab.name, label)


def test_spanish_labels_read_as_spanish_for_key_terms() -> None:
    assert vocabulary("event_type").label("enforced_disappearance", "es") == "Desaparición forzada"
    assert (
        vocabulary("event_type").label("extrajudicial_killing", "es") == "Ejecución extrajudicial"
    )
    assert vocabulary("clemency_kind").label("humanitarian_pardon", "es") == "Indulto humanitario"
    assert vocabulary("detention_basis").label("pretrial", "es") == "Prisión preventiva"


def test_esf_codes_are_twelve_digits_and_ucdp_codes_are_in_range() -> None:
    for vocab in load_vocabularies().values():
        for term in vocab:
            for code in term.codes("esf"):
                assert re.fullmatch(r"\d{12}", code), (vocab.name, term.id, code)
    for term in vocabulary("event_type"):
        assert set(term.codes("ucdp")) <= {"1", "2", "3"}, term.id
    for name, top in (("date_precision", 5), ("geo_precision", 7)):
        for term in vocabulary(name):
            assert all(1 <= int(c) <= top for c in term.codes("ucdp")), (name, term.id)


def test_acled_and_plover_codes_name_real_categories() -> None:
    for term in vocabulary("event_type"):
        for code in term.codes("acled"):
            event_type = next((t for t in ACLED_EVENT_TYPES if code.startswith(t + "/")), None)
            assert event_type is not None, (term.id, code)
            assert code[len(event_type) + 1 :] in ACLED_EVENT_TYPES[event_type], (term.id, code)
    for name in ("event_type", "act_type"):
        for term in vocabulary(name):
            assert set(term.codes("plover")) <= PLOVER_CATEGORIES, (name, term.id)
            if term.codes("plover_mode"):
                assert term.codes("plover"), (name, term.id)


def test_crosswalk_codes_from_the_field_survey() -> None:
    events = vocabulary("event_type")
    assert events.crosswalk("massacre", "esf") == ("010104000000",)
    assert events.crosswalk("massacre", "acled") == ("Violence against civilians/Attack",)
    assert events.crosswalk("massacre", "ucdp") == ("3",)
    assert events.crosswalk("armed_clash", "ucdp") == ("1", "2")
    assert events.crosswalk("mass_grave_discovery", "esf") == ()
    dates = vocabulary("date_precision")
    assert [dates.crosswalk(p, "ucdp") for p in ("day", "days_2_6", "week", "month", "year")] == [
        ("1",),
        ("2",),
        ("3",),
        ("4",),
        ("5",),
    ]
    assert vocabulary("geo_precision").crosswalk("adm1", "acled") == ("3",)


def test_reverse_crosswalk_finds_every_term_with_a_code() -> None:
    events = vocabulary("event_type")
    attack = events.by_crosswalk("acled", "Violence against civilians/Attack")
    assert {"massacre", "extrajudicial_killing", "death_in_custody"} <= set(attack)
    assert "protest" not in attack
    assert events.by_crosswalk("ucdp", "2") == ("armed_clash",)
    assert events.by_crosswalk("acled", "no such code") == ()
    assert {"esf", "acled", "ucdp", "plover"} <= set(events.schemes())


# ----------------------------------------------------------------------------- matching


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("enforced_disappearance", "enforced_disappearance"),
        ("enforced-disappearance", "enforced_disappearance"),
        ("Enforced Disappearance", "enforced_disappearance"),
        ("  ENFORCED   disappearance ", "enforced_disappearance"),
        ("Desaparición forzada", "enforced_disappearance"),
        ("desaparicion forzada", "enforced_disappearance"),
        ("DESAPARICIÓN-FORZADA", "enforced_disappearance"),
        ("Masacre", "massacre"),
        ("Golpe de Estado", "coup"),
        ("disappearance", None),
        ("", None),
        ("massacres", None),
    ],
)
def test_normalise(text: str, expected: str | None) -> None:
    assert vocabulary("event_type").normalise(text) == expected


def test_normalise_accepts_either_gender_of_a_spanish_label() -> None:
    roles = vocabulary("person_role")
    assert roles.normalise("Preso/a político/a") == "political_prisoner"
    assert roles.normalise("presa politica") == "political_prisoner"
    assert roles.normalise("Preso político") == "political_prisoner"
    assert roles.normalise("jueza") == "judge"
    assert vocabulary("victim_status").normalise("detenida") == "detained"


def test_normalise_rejects_non_text() -> None:
    assert vocabulary("sex").normalise(None) is None  # type: ignore[arg-type]
    assert vocabulary("sex").normalise(3) is None  # type: ignore[arg-type]


def test_fold_drops_accents_case_and_separators() -> None:
    assert fold("Ejecución  Extra-judicial") == "ejecucion_extra_judicial"
    assert fold("Año") == "ano"
    assert fold("—a–b—") == "a_b"


def test_unknown_term_raises_not_found_with_close_matches() -> None:
    events = vocabulary("event_type")
    with pytest.raises(NotFoundError, match="did you mean 'massacre'") as info:
        events.term("massacer")
    assert isinstance(info.value, LookupError)
    assert "event_type" in str(info.value)
    with pytest.raises(NotFoundError, match="did you mean 'massacre'"):
        events.term("Masacre")  # a label is not an id; normalise() first
    with pytest.raises(NotFoundError) as nothing:
        events.term("zzzzzz")
    assert "did you mean" not in str(nothing.value)


def test_suggest_puts_the_normalised_match_first_and_finds_substrings() -> None:
    events = vocabulary("event_type")
    assert events.suggest("Masacre")[0] == "massacre"
    assert events.suggest("extrajudicial killng")[0] == "extrajudicial_killing"
    assert "enforced_disappearance" in events.suggest("disappearance")
    assert events.suggest("tortura", n=1) == ["torture_ill_treatment"]
    assert events.suggest("massacre", n=0) == []
    assert events.suggest("qqqqqqqq") == []


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=40))
def test_normalise_and_suggest_only_ever_return_real_ids(text: str) -> None:
    events = vocabulary("event_type")
    found = events.normalise(text)
    assert found is None or found in events
    suggestions = events.suggest(text)
    assert len(suggestions) <= 3
    assert len(set(suggestions)) == len(suggestions)
    assert all(s in events for s in suggestions)


# ----------------------------------------------------------------------------- API


def test_labels_fall_back_to_english_and_terms_keep_file_order() -> None:
    events = vocabulary("event_type")
    assert events.label("massacre") == "Massacre"
    assert events.label("massacre", "es") == "Masacre"
    assert events.label("massacre", "fr") == "Massacre"
    assert events.term("massacre").definition("fr") == events.term("massacre").definition("en")
    assert events.title("es") == "Tipo de evento"
    assert events.description("fr") == events.description("en")
    assert events.ids()[: len(events)] == tuple(t.id for t in events)
    assert list(vocabulary("geo_precision").ids()) == [
        "exact",
        "near_place",
        "adm2",
        "adm1",
        "subnational_other",
        "country",
        "water_airspace",
    ]


def test_contains_is_by_exact_id() -> None:
    events = vocabulary("event_type")
    assert "massacre" in events
    assert "Massacre" not in events
    assert 3 not in events


def test_narrower_and_descendants_follow_broader() -> None:
    acts = vocabulary("act_type")
    assert "extrajudicial_execution" in acts.narrower("killing")
    assert acts.term("extrajudicial_execution").broader == "killing"
    assert acts.narrower("rape") == ()
    assert acts.term("rape").broader is None
    roles = vocabulary("person_role")
    assert set(roles.descendants("perpetrator")) == {"alleged_perpetrator", "convicted_perpetrator"}
    with pytest.raises(NotFoundError):
        acts.narrower("nonexistent")


def test_vocabularies_and_terms_are_immutable_and_hashable() -> None:
    events = vocabulary("event_type")
    with pytest.raises(dataclasses.FrozenInstanceError):
        events.name = "x"  # type: ignore[misc]
    with pytest.raises(TypeError):
        events.term("massacre").labels["en"] = "x"  # type: ignore[index]
    with pytest.raises(TypeError):
        load_vocabularies()["x"] = events  # type: ignore[index]
    assert len({events.term("massacre"), events.term("massacre"), events.term("coup")}) == 2
    assert hash(events) == hash(vocabulary("event_type"))


def test_a_vocabulary_can_be_built_directly_and_refuses_ambiguous_terms() -> None:
    vocab = Vocabulary(
        "colour",
        {"en": "Colour"},
        {},
        (
            Term("red", {"en": "Red", "es": "Rojo"}),
            Term("dark_red", {"en": "Dark red"}, broader="red"),
        ),
    )
    assert vocab.normalise("rojo") == "red"
    assert vocab.narrower("red") == ("dark_red",)
    with pytest.raises(ValidationError, match="cannot be told apart"):
        Vocabulary("c", {}, {}, (Term("red", {"en": "Red"}), Term("rouge", {"en": "red"})))
    with pytest.raises(ValidationError, match="duplicate"):
        Vocabulary("c", {}, {}, (Term("red", {"en": "Red"}), Term("red", {"en": "Red"})))
    with pytest.raises(ValidationError, match="broader"):
        Vocabulary("c", {}, {}, (Term("red", {"en": "Red"}, broader="colour"),))


def test_packaged_load_is_cached_and_vocabulary_finds_by_name() -> None:
    assert load_vocabularies() is load_vocabularies()
    assert vocabulary("event_type") is load_vocabularies()["event_type"]
    with pytest.raises(NotFoundError, match="did you mean 'event_type'"):
        vocabulary("event_types")


# ----------------------------------------------------------------------------- user files


def test_user_files_add_terms_and_new_vocabularies(tmp_path: Path) -> None:
    write(
        tmp_path,
        "event_type",
        """name = "event_type"
[[terms]]
id = "land_seizure"
en = "Land seizure"
es = "Despojo de tierras"
broader = "property_destruction"
crosswalk.acled = ["Strategic developments/Non-violent transfer of territory"]

"""
        + as_toml(vocabulary("event_type").term("coup")),  # an exact repeat is allowed
    )
    write(
        tmp_path,
        "weapon",
        """name = "weapon"
label.en = "Weapon"
[[terms]]
id = "firearm"
en = "Firearm"
[[terms]]
id = "silenced_firearm"
en = "Firearm with silencer"
broader = "firearm"
""",
    )
    vocabs = load_vocabularies([tmp_path])
    events = vocabs["event_type"]
    assert events.ids()[-1] == "land_seizure"
    assert events.normalise("despojo de tierras") == "land_seizure"
    assert events.narrower("property_destruction") == ("land_seizure",)
    assert events.ids().count("coup") == 1
    assert vocabs["weapon"].label("firearm", "es") == "Firearm"  # no Spanish: English
    assert vocabs["weapon"].narrower("firearm") == ("silenced_firearm",)
    # the packaged set is untouched
    assert "land_seizure" not in vocabulary("event_type")
    assert "weapon" not in load_vocabularies()
    # a single file may be given instead of a folder, and one folder need not be in a list
    assert "weapon" in load_vocabularies([tmp_path / "weapon.toml"])
    assert "weapon" in load_vocabularies(str(tmp_path))  # type: ignore[arg-type]
    assert "weapon" in load_vocabularies(tmp_path)  # type: ignore[arg-type]


def test_a_term_id_clash_names_the_file_and_the_term(tmp_path: Path) -> None:
    path = write(
        tmp_path,
        "event_type",
        'name = "event_type"\n\n[[terms]]\nid = "massacre"\nen = "Mass killing"\n',
    )
    with pytest.raises(ValidationError) as info:
        load_vocabularies([tmp_path])
    (problem,) = info.value.problems
    assert problem.file == str(path)
    assert problem.line == 3
    assert problem.field == "terms.massacre"
    assert "already defined differently" in problem.message


def test_the_same_id_in_two_user_folders_must_agree(tmp_path: Path) -> None:
    body = 'name = "weapon"\nlabel.en = "Weapon"\n[[terms]]\nid = "knife"\nen = "Knife"\n'
    write(tmp_path / "a", "weapon", body)
    write(tmp_path / "b", "weapon", body)
    assert load_vocabularies([tmp_path / "a", tmp_path / "b"])["weapon"].ids() == ("knife",)
    write(tmp_path / "c", "weapon", body.replace('en = "Knife"', 'en = "Blade"'))
    with pytest.raises(ValidationError, match="knife"):
        load_vocabularies([tmp_path / "a", tmp_path / "c"])


def test_every_problem_in_every_file_is_reported_at_once(tmp_path: Path) -> None:
    bad = write(
        tmp_path,
        "weapon",
        """name = "weapons"
labl.en = "Weapon"
[[terms]]
id = "Knife"
en = "Knife"
[[terms]]
id = "gun"
es = "Arma"
defintion.en = "typo"
[[terms]]
id = "rifle"
en = "Rifle"
crosswalk.esf = "123"
[[terms]]
id = "club"
en = "Club"
broader = "stick"
""",
    )
    broken = write(tmp_path, "broken", 'name = "broken"\n[[terms]\nid = "x"\n')
    clash = write(
        tmp_path,
        "sex",
        'name = "sex"\nlabel.en = "Gender"\n[[terms]]\nid = "woman"\nen = "Female"\n',
    )
    with pytest.raises(ValidationError) as info:
        load_vocabularies([tmp_path])
    found = {(p.file, p.field) for p in info.value.problems}
    assert (str(bad), "name") in found  # does not match the file name
    assert (str(bad), "labl") in found  # unknown key
    assert (str(bad), "terms[0].id") in found  # not snake_case
    assert (str(bad), "terms.gun.en") in found  # no English label
    assert (str(bad), "terms.gun.defintion") in found  # unknown key in a term
    assert (str(bad), "terms.rifle.crosswalk.esf") in found  # codes not a list
    assert (str(clash), "label.en") in found  # changes a shipped vocabulary's label
    assert (str(clash), "terms.woman") in found  # reads the same as "female"
    syntax = [p for p in info.value.problems if p.file == str(broken)]
    assert len(syntax) == 1 and syntax[0].line == 2 and syntax[0].code == "syntax"
    lines = {p.field: p.line for p in info.value.problems if p.file == str(bad)}
    assert lines["terms.gun.en"] == 6
    assert lines["terms.rifle.crosswalk.esf"] == 10
    assert "problems found" in str(info.value)


def test_broader_must_exist_and_must_not_loop(tmp_path: Path) -> None:
    write(
        tmp_path,
        "weapon",
        """name = "weapon"
label.en = "Weapon"
[[terms]]
id = "club"
en = "Club"
broader = "stik"
[[terms]]
id = "stick"
en = "Stick"
broader = "baton"
[[terms]]
id = "baton"
en = "Baton"
broader = "stick"
""",
    )
    with pytest.raises(ValidationError) as info:
        load_vocabularies([tmp_path])
    messages = {p.field: p.message for p in info.value.problems}
    assert "did you mean 'stick'" in messages["terms.club.broader"]
    assert "circle" in messages["terms.stick.broader"]
    assert "circle" in messages["terms.baton.broader"]


def test_a_new_user_vocabulary_needs_an_english_label_and_a_missing_folder_is_reported(
    tmp_path: Path,
) -> None:
    write(tmp_path, "weapon", 'name = "weapon"\n[[terms]]\nid = "knife"\nen = "Knife"\n')
    with pytest.raises(ValidationError) as info:
        load_vocabularies([tmp_path, tmp_path / "missing"])
    found = {(Path(p.file or "").name, p.field) for p in info.value.problems}
    assert ("weapon.toml", "label.en") in found
    assert ("missing", None) in found


# ----------------------------------------------------------------------------- docs page


def test_docs_page_is_generated_from_the_current_data() -> None:
    script = ROOT / "scripts" / "gen_vocab_docs.py"
    spec = importlib.util.spec_from_file_location("gen_vocab_docs", script)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    page = (ROOT / "docs" / "vocabularies.md").read_text(encoding="utf-8")
    assert page == module.render(), "docs/vocabularies.md is stale: run scripts/gen_vocab_docs.py"
    for name, vocab in load_vocabularies().items():
        assert f"## {name}" in page
        assert all(f"`{t.id}`" in page for t in vocab)
