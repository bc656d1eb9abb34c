"""The scorer: pairing, per-field counts, legal atoms, quotes."""

from __future__ import annotations

import pytest

from recuento.errors import ValidationError
from recuento.extract import Span, Suggestion
from recuento.extract.evaluate import evaluate, names_match, score_document

TEXT = "Gunmen killed 15 people in Barrios Altos in 1991. Alberto Fujimori got 25 years in 2009."


def gold() -> dict:
    return {
        "events": [
            {
                "type": "massacre",
                "date": {"value": "1991", "precision": "year"},
                "place": {"name": "Barrios Altos"},
                "counts": {"killed": {"best": 15}},
                "background": False,
                "quote": "Gunmen killed 15 people",
            }
        ],
        "persons": [{"name": "Alberto Fujimori", "roles": ["convicted_perpetrator"]}],
        "organizations": [],
        "legal": [
            {
                "type": "conviction",
                "subjects": ["Alberto Fujimori"],
                "date": {"value": "2009", "precision": "year"},
                "sentence": {"years": 25},
                "quote": "got 25 years",
            }
        ],
    }


def perfect() -> list[Suggestion]:
    return [
        Suggestion(
            "event",
            {
                "type": "massacre",
                "date": {"value": "1991", "precision": "year"},
                "place": {"name": "Barrios Altos"},
                "counts": {"killed": {"best": 15, "low": None, "high": None}},
                "background": False,
            },
            [Span(0, 49)],
        ),
        Suggestion(
            "person",
            {"name": "Alberto Fujimori", "roles": ["convicted_perpetrator"]},
            [Span(50, 66)],
        ),
        Suggestion(
            "legal",
            {
                "type": "conviction",
                "subjects": ["Alberto Fujimori"],
                "date": {"value": "2009", "precision": "year"},
                "sentence": {"years": 25, "life": False},
            },
            [Span(50, 88)],
        ),
    ]


def test_perfect_suggestions_score_one() -> None:
    report = evaluate([score_document(perfect(), gold(), TEXT)])
    assert report.targets == {
        "core_events_type_and_year": 1.0,
        "counts_exact": 1.0,
        "person_names_f1": 1.0,
        "legal_facts_f1": 1.0,
    }
    assert report.span_overlap == {"event": 1.0, "person": 1.0, "legal": 1.0}


def test_wrong_fields_and_missing_items_lower_the_scores() -> None:
    preds = perfect()
    preds[0].fields["counts"]["killed"]["best"] = 14  # a wrong count
    preds[2].fields["sentence"]["years"] = 20  # a wrong sentence
    del preds[1]  # a missed person
    preds.append(Suggestion("person", {"name": "Barrios Altos"}, [Span(27, 40)]))  # an extra one
    report = evaluate([score_document(preds, gold(), TEXT)])
    assert report.core_events_found == 1.0
    assert report.counts_exact == 0.0
    person = report.kinds["person"]
    assert (person.tp, person.fp, person.fn) == (0, 1, 1)
    assert report.legal_strict.f1 == 0.0
    assert report.fields["event.counts.killed"].fn == 1


def test_legal_facts_are_compared_per_subject() -> None:
    g = {
        "legal": [
            {"type": "conviction", "subjects": ["A B", "C D"], "sentence": {"years": 10}},
        ]
    }
    one = Suggestion(
        "legal", {"type": "conviction", "subjects": ["A B"], "sentence": {"years": 10}}
    )
    report = evaluate([score_document([one], g, "text")])
    assert (report.legal_strict.tp, report.legal_strict.fn) == (1, 1)


def test_legal_facts_are_also_scored_per_type() -> None:
    g = {
        "legal": [
            {"type": "conviction", "subjects": ["A B"], "sentence": {"years": 10}},
            {"type": "conviction", "subjects": ["C D"], "sentence": {"years": 8}},
            {"type": "release", "subjects": ["E F"], "date": {"value": "2001"}},
        ]
    }
    preds = [
        Suggestion("legal", {"type": "conviction", "subjects": ["A B"], "sentence": {"years": 10}}),
        Suggestion("legal", {"type": "conviction", "subjects": ["C D"], "sentence": {"years": 9}}),
        Suggestion("legal", {"type": "pardon", "subjects": ["E F"], "date": {"value": "2001"}}),
    ]
    report = evaluate([score_document(preds, g, "text")])
    by_type = {k: (v.tp, v.fp, v.fn) for k, v in report.legal_by_type.items()}
    assert by_type == {"conviction": (1, 1, 1), "release": (0, 0, 1), "pardon": (0, 1, 0)}
    total = report.legal_strict
    assert (total.tp, total.fp, total.fn) == tuple(
        sum(x[i] for x in by_type.values()) for i in range(3)
    )
    assert report.to_dict()["legal_facts_by_type"]["conviction"]["tp"] == 1


def test_a_quote_missing_from_the_text_is_an_error() -> None:
    bad = {"events": [{"type": "massacre", "quote": "not in the text"}]}
    with pytest.raises(ValidationError):
        score_document([], bad, TEXT)


@pytest.mark.parametrize(
    ("a", "b", "same"),
    [
        ("Abimael Guzmán", "Abimael Guzman Reynoso", True),
        ("alberto fujimori", "Alberto Fujimori", True),
        ("Alberto Fujimori", "Keiko Fujimori", False),
        ("Fujimori", "Alberto Fujimori", False),
    ],
)
def test_names_match(a: str, b: str, same: bool) -> None:
    assert names_match(a, b) is same
