"""The worked example (issue 2, item 5): the Fujimori pardon, end to end through the library.

Without the shared folder: the team's own case summaries (English and Spanish) and their codings
are imported into a fresh store and every question of the example is answered through the query
API. With the shared folder (``RECUENTO_SHARED_DIR``): the original article is added as a source,
its span-only coding is imported into a fresh store, and every fact of the independent facts file
(``examples/fujimori-pardon-2018/facts.yaml``) is checked against what the store holds — each
quote against a stored citation span, each field against a stored claim, each question against
the query API. A last test checks that no run of eight words of the article is in the repository.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import yaml

from recuento.config import Settings
from recuento.domain.quantities import Count, Duration
from recuento.domain.records import Record
from recuento.domain.vocabulary import fold, vocabulary
from recuento.errors import ValidationError
from recuento.examples import fujimori_pardon_2018 as ex
from recuento.services.workspace import Workspace

REPO = Path(__file__).resolve().parents[1]
EXAMPLE_DIR = "examples/fujimori-pardon-2018"
FACT_SECTIONS = ("events", "persons", "organizations", "legal")

# facts.yaml's questions, in its order, and the example's question that answers each.
FACTS_QUESTIONS = (
    "barrios-altos-toll",
    "fujimori-fraction-served",
    "ordered-by-fujimori",
    "lima-protests",
    "life-sentences",
    "campaign-killed",
)


def _open(path: Path) -> Workspace:
    return Workspace.open(Settings(database_url=f"sqlite:///{path}", user="tester"))


def _norm(x: Any) -> Any:
    """Answers compared as data: numbers as rounded floats, lists as sets, a lone dict as a list."""
    if isinstance(x, dict):
        return {k: _norm(v) for k, v in x.items()}
    if isinstance(x, list):
        return sorted((_norm(v) for v in x), key=repr)
    if isinstance(x, bool) or x is None:
        return x
    if isinstance(x, (int, float)):
        return round(float(x), 6)
    if isinstance(x, str) and re.fullmatch(r"\d+(\.\d+)?", x):
        return round(float(x), 6)
    return x


def _norm_answer(x: Any) -> Any:
    return _norm([x] if isinstance(x, dict) and "person" in x else x)


# --------------------------------------------------------------------------- summaries (no shared)
@pytest.fixture(scope="module")
def summary_ws(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Workspace]:
    ws = _open(tmp_path_factory.mktemp("summary") / "demo.db")
    ex.build(ws)
    yield ws
    ws.close()


_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def _coding(name: str) -> dict[str, Any]:
    return yaml.load(ex.path(name).read_text(encoding="utf-8"), Loader=_LOADER)  # noqa: S506


def _coded_fields(name: str) -> set[tuple[str, str]]:
    return {(r["id"], f) for r in _coding(name)["records"] for f in r["fields"]}


def test_the_summaries_code_the_same_records_and_fields() -> None:
    en, es = _coded_fields("case-summary-en.yaml"), _coded_fields("case-summary-es.yaml")
    assert en == es
    assert {k for k, _ in en} == {r["id"] for r in _coding(ex.ARTICLE_CODING)["records"]}


def test_every_summary_record_is_stored_with_claims_from_both_summaries(
    summary_ws: Workspace,
) -> None:
    shas = {ex.summary_sha256("en"), ex.summary_sha256("es")}
    records = {r.key: r for r in summary_ws.records()}
    for key, field in _coded_fields("case-summary-en.yaml"):
        claims = records[key].claims_for(field)
        assert {c.source_sha256 for cl in claims for c in cl.citations} == shas, (key, field)


def test_summary_citations_are_spans_of_the_stored_summaries(summary_ws: Workspace) -> None:
    texts = {lang: summary_ws.source_text(ex.summary_sha256(lang)) for lang in ("en", "es")}
    assert all(texts.values())
    by_sha = {ex.summary_sha256(lang): text for lang, text in texts.items()}
    checked = 0
    for rec in summary_ws.records():
        for claim in rec.claims:
            for cit in claim.citations:
                text = by_sha[cit.source_sha256]
                assert cit.start is not None and cit.end is not None
                assert text[cit.start : cit.end] == cit.quote
                checked += 1
    assert checked > 300


@pytest.mark.parametrize("language", ["en", "es"])
def test_questions_are_answered_from_each_summary(summary_ws: Workspace, language: str) -> None:
    sha = ex.summary_sha256(language)
    questions = ex.load_questions()
    assert [q.id for q in questions] == list(FACTS_QUESTIONS)
    for q in questions:
        got = ex.answer(summary_ws, q.id, source=sha)
        assert _norm(got) == _norm(q.expected(language)), q.id


def test_the_store_answers_the_questions_directly(summary_ws: Workspace) -> None:
    barrios = summary_ws.record("barrios-altos")
    assert barrios.value("killed").best == 15
    assert barrios.value("wounded").best == 4
    assert summary_ws.fraction_served_at_clemency("fujimori-pardon") == pytest.approx(0.4)
    assert sorted(summary_ws.events_ordered_by("fujimori")) == ["barrios-altos", "la-cantuta"]
    assert summary_ws.events_ordered_by("guzman") == []
    (person, since), *rest = summary_ws.life_sentences()
    assert (person, str(since), rest) == ("guzman", "1992", [])


def test_a_different_article_is_refused_before_anything_is_written(tmp_path: Path) -> None:
    ws = _open(tmp_path / "t.db")
    try:
        with pytest.raises(ValidationError, match="not the article"):
            ex.build(ws, b"some other text entirely")
        assert ws.sources() == []
        assert ws.records() == []
    finally:
        ws.close()


def test_the_article_coding_holds_numbers_not_text() -> None:
    doc = _coding(ex.ARTICLE_CODING)
    assert doc["source"]["sha256"] == ex.ARTICLE_SHA256
    assert "file" not in doc["source"]

    def walk(node: Any, where: str) -> Iterator[str]:
        if isinstance(node, dict):
            for k, v in node.items():
                if k == "quote":
                    yield where
                yield from walk(v, f"{where}.{k}")
        elif isinstance(node, list):
            for i, v in enumerate(node):
                yield from walk(v, f"{where}[{i}]")

    assert list(walk(doc, "")) == []


# --------------------------------------------------------------------------- the article (shared)
@pytest.fixture(scope="module")
def example_dir(shared_dir: Path) -> Path:
    folder = shared_dir / EXAMPLE_DIR
    if not (folder / "article.txt").is_file() or not (folder / "facts.yaml").is_file():
        pytest.skip(f"{folder} has no article.txt and facts.yaml")
    return folder


@pytest.fixture(scope="module")
def facts(example_dir: Path) -> dict[str, Any]:
    return yaml.safe_load((example_dir / "facts.yaml").read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def article_text(example_dir: Path) -> str:
    return (example_dir / "article.txt").read_bytes().decode("utf-8")


@pytest.fixture(scope="module")
def article_ws(tmp_path_factory: pytest.TempPathFactory, example_dir: Path) -> Iterator[Workspace]:
    ws = _open(tmp_path_factory.mktemp("article") / "article.db")
    added = ws.add_source(example_dir / "article.txt", **ex.ARTICLE_METADATA)
    assert added.created and added.source.sha256 == ex.ARTICLE_SHA256
    ws.import_coding(ex.path(ex.ARTICLE_CODING))
    yield ws
    ws.close()


def _entries(facts: dict[str, Any]) -> Iterator[tuple[str, dict[str, Any]]]:
    for section in FACT_SECTIONS:
        for entry in facts[section]:
            yield section, entry


def test_every_facts_quote_is_a_stored_citation_span(
    article_ws: Workspace, facts: dict[str, Any]
) -> None:
    text = article_ws.source_text(ex.ARTICLE_SHA256)
    assert text is not None
    missing = []
    quoted = 0
    for _, entry in _entries(facts):
        if "quote" not in entry:
            continue
        quoted += 1
        rec = article_ws.record(entry["id"])
        spans = {
            text[c.start : c.end]
            for claim in rec.claims
            for c in claim.citations
            if c.source_sha256 == ex.ARTICLE_SHA256 and c.start is not None and c.end is not None
        }
        if entry["quote"] not in spans:
            missing.append(entry["id"])
    assert quoted >= 20
    assert missing == []


def test_every_stored_article_citation_lies_within_the_article(article_ws: Workspace) -> None:
    text = article_ws.source_text(ex.ARTICLE_SHA256)
    assert text is not None
    for rec in article_ws.records():
        for claim in rec.claims:
            for c in claim.citations:
                assert c.source_sha256 == ex.ARTICLE_SHA256
                assert c.start is not None and c.end is not None
                assert 0 <= c.start < c.end <= len(text)
                assert c.quote == text[c.start : c.end]


# How facts.yaml's own words map onto the vocabularies where they are not term ids themselves.
ROLE_WORDS = {
    "president_of_peru": "head_of_state",
    "head_of_the_communist_party_of_peru": "party_leader",
}
CONDITION_WORDS = {"military_controlled_island_prison": {"military_custody", "island_prison"}}
_STOP = {"the", "and", "for", "with", "from", "who", "that", "this", "which", "under", "are", "was"}


def _words(text: str) -> set[str]:
    return {w[:5] for w in re.findall(r"[a-z]+", text.lower()) if len(w) >= 3 and w not in _STOP}


def _agrees(theirs: str, ours: Any) -> bool:
    """The same fact in other words: the two texts share a content word."""
    return ours is not None and bool(_words(str(theirs)) & _words(str(ours)))


class _FactChecker:
    """Checks one facts.yaml entry against the record of the same key, claim by claim."""

    def __init__(self, ws: Workspace, section: str, entry: dict[str, Any]) -> None:
        self.ws = ws
        self.section = section
        self.entry = entry
        self.rec: Record = ws.record(entry["id"])
        self.problems: list[str] = []

    # values as the article claims them
    def one(self, field: str) -> Any:
        return ex.claimed_value(self.rec, field, ex.ARTICLE_SHA256)

    def many(self, field: str, rec: Record | None = None) -> list[Any]:
        rec = rec or self.rec
        return [
            c.value
            for c in rec.current_claims()
            if c.field == field and any(x.source_sha256 == ex.ARTICLE_SHA256 for x in c.citations)
        ]

    def fail(self, key: str, expected: Any, got: Any) -> None:
        self.problems.append(f"{self.entry['id']}.{key}: facts say {expected!r}, store has {got!r}")

    def expect(self, key: str, ok: bool, expected: Any, got: Any) -> None:
        if not ok:
            self.fail(key, expected, got)

    def person_key(self, name: str) -> str | None:
        for p in self.ws.records("person"):
            if p.value("name") == name:
                return p.key
        return None

    def related(self, rtype: str, field: str, value: str) -> list[Record]:
        return [r for r in self.ws.records(rtype) if r.value(field) == value]

    def check(self) -> list[str]:
        for key, want in self.entry.items():
            if key in ("id", "quote"):
                continue
            handler = getattr(self, f"k_{key}", None)
            if handler is None:
                self.problems.append(f"{self.entry['id']}: no check for the facts key {key!r}")
            else:
                handler(want)
        return self.problems

    # --- shared shapes
    def _date(self, key: str, field: str, want: dict[str, Any]) -> None:
        got = self.one(field)
        text = f"{want['from']}/{want['to']}" if "from" in want else str(want["date"])
        self.expect(key, got is not None and str(got) == text, text, got)
        self.expect(key, got is not None and got.precision == want["precision"], want, got)
        if "derived_from" in want:
            notes = [c.note for c in self.rec.current_claims() if c.field == field and c.note]
            self.expect(key, bool(notes), "a note on the derivation", notes)

    def _count(self, key: str, want: dict[str, Any]) -> None:
        got: Count | None = self.one(key)
        for part, value in want.items():
            have = None if got is None else getattr(got, part)
            same = (
                str(have).casefold() == str(value).casefold()
                if part == "text" and have is not None
                else have == value
            )
            self.expect(f"{key}.{part}", same, value, have)

    def _text(self, key: str, field: str, want: str) -> None:
        got = self.one(field)
        self.expect(key, _agrees(want, got), want, got)

    def _texts(self, key: str, field: str, want: list[str]) -> None:
        got = self.many(field)
        for item in want:
            self.expect(key, any(_agrees(item, g) for g in got), item, got)

    def _term(self, key: str, field: str, want: str) -> None:
        got = self.one(field)
        self.expect(key, got == fold(want), fold(want), got)

    # --- events
    def k_type(self, want: str) -> None:
        self._term("type", "type", want)

    def k_acts(self, want: list[str]) -> None:
        got = set(self.many("acts"))
        self.expect("acts", {fold(a) for a in want} <= got, want, got)

    def k_date(self, want: dict[str, Any]) -> None:
        self._date("date", "date", want)

    def k_place(self, want: dict[str, Any]) -> None:
        got = self.one("place")
        if got is None:
            self.fail("place", want, got)
            return
        if "name" in want:
            self.expect("place.name", _agrees(want["name"], got.name), want["name"], got.name)
        if "within" in want:
            self.expect("place.within", got.is_within(want["within"]), want["within"], got)
        if "country" in want:
            self.expect("place.country", got.country == want["country"], want["country"], got)

    def k_killed(self, want: dict[str, Any]) -> None:
        self._count("killed", want)

    def k_wounded(self, want: dict[str, Any]) -> None:
        self._count("wounded", want)

    def k_participants(self, want: dict[str, Any]) -> None:
        self._count("participants", want)

    def k_victims_described(self, want: list[str]) -> None:
        self._texts("victims_described", "victims_described", want)

    def k_perpetrators(self, want: list[str]) -> None:
        self._texts("perpetrators", "perpetrators_described", want)

    def k_means(self, want: str) -> None:
        self._text("means", "means", want)

    def k_response(self, want: str) -> None:
        self._text("response", "response", want)

    def k_ordered_by(self, want: str) -> None:
        person = self.person_key(want)
        ordered = self.ws.events_ordered_by(person) if person else []
        self.expect("ordered_by", self.entry["id"] in ordered, want, (person, ordered))

    def k_detained(self, want: str) -> None:
        person = self.person_key(want)
        acts = self.related("act", "event", self.entry["id"])
        victims = [a.value("victim") for a in acts]
        self.expect("detained", person is not None and person in victims, want, victims)

    # --- persons and organisations
    def k_name(self, want: str) -> None:
        got = self.one("name")
        ok = got == want if self.section == "persons" else _agrees(want, got)
        self.expect("name", ok, want, got)

    def k_aliases(self, want: list[str]) -> None:
        got = self.many("aliases")
        self.expect("aliases", set(want) <= set(got), want, got)

    def k_age(self, want: dict[str, Any]) -> None:
        got = self.one("age")
        ok = got is not None and got.years == want["value"]
        ok = ok and str(got.as_of) == str(want["as_of"])
        self.expect("age", ok, want, got)

    def k_health(self, want: str) -> None:
        self._text("health", "health", want)

    def k_roles(self, want: list[str]) -> None:
        roles = set(self.many("roles"))
        positions = " ".join(self.many("positions"))
        terms = vocabulary("person_role")
        for role in want:
            base = fold(re.sub(r"\(.*?\)", "", role))
            term = ROLE_WORDS.get(base, base)
            self.expect("roles", term in terms and term in roles, role, sorted(roles))
            for year in re.findall(r"\b\d{4}\b", role):
                self.expect("roles.period", year in positions, role, positions)

    def k_abbreviation(self, want: str) -> None:
        got = self.one("abbreviation")
        self.expect("abbreviation", got == want, want, got)

    def k_kind(self, want: str) -> None:
        term = fold(want)
        if self.rec.type == "organization":
            got = self.one("kind")
            # the vocabulary's state_security is "when the source does not say which"; the
            # article says which (an intelligence service, a death squad), so the coding is
            # narrower than facts.yaml's generic kind.
            narrower = {"intelligence", "death_squad", "armed_forces", "police"}
            ok = got == term or (term == "state_security" and got in narrower)
            self.expect("kind", ok, want, got)
        elif term in ("release", "detention"):
            self.expect("kind", self.rec.type == term, want, self.rec.type)
        elif term == "detention_beyond_sentence":
            got = self.one("held_past_term")
            self.expect("kind", self.rec.type == "detention" and got is True, want, got)
        elif self.rec.type == "decision":
            self._term("kind", "type", want)
        else:
            self._term("kind", "kind", want)

    def k_part_of(self, want: str) -> None:
        got = self.one("parent")
        self.expect("part_of", got == want, want, got)

    # --- legal
    def k_person(self, want: str) -> None:
        got = self.one("person")
        self.expect("person", got == want, want, got)

    def k_charges(self, want: list[str]) -> None:
        got = set(self.many("charges"))
        self.expect("charges", {fold(c) for c in want} <= got, want, got)

    def k_for_events(self, want: list[str]) -> None:
        got = set(self.many("events"))
        self.expect("for_events", set(want) <= got, want, got)

    def k_sentence(self, want: dict[str, Any]) -> None:
        term = Duration.from_value(want)
        terms = [self.one_of(s, "term") for s in self.related("sentence", "decision", self.rec.key)]
        self.expect("sentence", term in terms, want, terms)

    def one_of(self, rec: Record, field: str) -> Any:
        return ex.claimed_value(rec, field, ex.ARTICLE_SHA256)

    def k_served_at_pardon(self, want: dict[str, Any]) -> None:
        served = Duration.from_value(want)
        person = self.one("person")
        got = [self.one_of(c, "time_served") for c in self.related("clemency", "person", person)]
        self.expect("served_at_pardon", served in got, want, got)

    def k_granted_by(self, want: str) -> None:
        got = self.one("granted_by")
        self.expect("granted_by", got == want, want, got)

    def k_announced(self, want: dict[str, Any]) -> None:
        self._date("announced", "date", want)

    def k_grounds_claimed(self, want: str) -> None:
        self._term("grounds_claimed", "grounds", want)

    def k_alleged_motive(self, want: str) -> None:
        self._text("alleged_motive", "alleged_motive", want)

    def k_court(self, want: str) -> None:
        self._text("court", "court", want)

    def k_outcome(self, want: str) -> None:
        self._text("outcome", "outcome", want)

    def k_since(self, want: dict[str, Any]) -> None:
        self._date("since", "start", want)

    def k_conditions(self, want: list[str]) -> None:
        got = set(self.many("conditions"))
        for cond in want:
            terms = CONDITION_WORDS.get(fold(cond), {fold(cond)})
            self.expect("conditions", terms <= got, cond, got)

    def k_duration_claimed(self, want: dict[str, Any]) -> None:
        got = self.one("duration_claimed")
        self.expect("duration_claimed", got == Duration.from_value(want), want, got)

    def k_legality_claim(self, want: str) -> None:
        self._text("legality_claim", "legality_claim", want)

    def k_persons_described(self, want: str) -> None:
        self._text("persons_described", "persons_described", want)


def test_every_fact_is_stored(article_ws: Workspace, facts: dict[str, Any]) -> None:
    problems: list[str] = []
    checked = 0
    for section, entry in _entries(facts):
        problems += _FactChecker(article_ws, section, entry).check()
        checked += 1
    assert checked >= 24
    assert problems == [], "\n".join(problems)


def test_the_facts_questions_are_answered_through_the_query_api(
    article_ws: Workspace, facts: dict[str, Any]
) -> None:
    questions = facts["questions"]
    assert len(questions) == len(FACTS_QUESTIONS)
    for qid, q in zip(FACTS_QUESTIONS, questions, strict=True):
        got = ex.answer(article_ws, qid, source=ex.ARTICLE_SHA256)
        assert _norm_answer(got) == _norm_answer(q["answer"]), (qid, q["ask"])


def test_the_examples_answers_agree_with_the_facts_file(facts: dict[str, Any]) -> None:
    ours = {q.id: q.answer for q in ex.load_questions()}
    for qid, q in zip(FACTS_QUESTIONS, facts["questions"], strict=True):
        assert _norm_answer(ours[qid]) == _norm_answer(q["answer"]), qid


def test_the_demo_build_stores_the_article_once_beside_the_summaries(
    tmp_path: Path, example_dir: Path
) -> None:
    ws = _open(tmp_path / "demo.db")
    try:
        ex.build(ws, example_dir / "article.txt")
        again = ws.add_source(example_dir / "article.txt")
        assert not again.created
        shas = {s.sha256 for s in ws.sources()}
        assert shas == {ex.ARTICLE_SHA256, ex.summary_sha256("en"), ex.summary_sha256("es")}
        barrios = ws.record("barrios-altos")
        cited = {c.source_sha256 for cl in barrios.claims_for("killed") for c in cl.citations}
        assert cited == shas
        assert barrios.value("killed").best == 15
    finally:
        ws.close()


# --------------------------------------------------------------------------- no article text here
def _eight_word_runs(text: str) -> set[tuple[str, ...]]:
    words = re.findall(r"\w+", text.lower().replace("\u2019", "'"))
    return {tuple(words[i : i + 8]) for i in range(len(words) - 7)}


def test_the_repository_holds_no_run_of_eight_words_of_the_article(article_text: str) -> None:
    runs = _eight_word_runs(article_text)
    assert len(runs) > 1000
    scanned = 0
    found: list[str] = []
    for folder in (REPO / "src" / "recuento" / "examples", REPO / "docs"):
        for file in sorted(p for p in folder.rglob("*") if p.is_file()):
            try:
                text = file.read_text(encoding="utf-8")
            except UnicodeDecodeError:
                continue
            scanned += 1
            hits = _eight_word_runs(text) & runs
            found += [f"{file.relative_to(REPO)}: {' '.join(sorted(hits)[0])}"] if hits else []
    assert scanned >= 6
    assert found == []
