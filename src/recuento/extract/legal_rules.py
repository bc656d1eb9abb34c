"""Legal facts in a text: rulings, sentences, pardons, releases, detentions and who they concern.

A mixin of the rule-based extractor's document reader (`rules._Document`): it reads the text's
sentences, persons and dates that the reader has already found, and proposes one legal fact per
act, with its subjects, date, term and the spans it came from.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from recuento.extract.dates import DateMention
from recuento.extract.lexicon import (
    ARREST_DETENTION_RE,
    CONDITION_RE,
    CUSTODY_TRIGGER_RE,
    EVENT_TRIGGER_RE,
    LEGAL_TRIGGER_RE,
    NOT_RELEASE_AFTER,
    RESPECTIVELY,
    SENTENCE_LIFE,
    SOUGHT_BEFORE,
    WEAK_KILL,
)
from recuento.extract.lexicon import TITLE_WORDS as TITLE_ROLE
from recuento.extract.model import Span, Suggestion
from recuento.extract.numbers import (
    UNIT_WORDS,
    parse_number,
    tokenize,
)
from recuento.extract.persons import PersonMention
from recuento.extract.text import Sentence, fold_keep

_EARLIER_RULING = re.compile(
    r"\b(?:had\s+(?:been|first\s+been|already)|already|previously|earlier|first|in\s+(?:19|20)\d\d|"
    r"habia(?:n)?\s+sido|ya\s+(?:habia|cumple|cumplia)|anteriormente|primero|primera\s+vez|"
    r"en\s+(?:19|20)\d\d|de\s+(?:19|20)\d\d|desde\s+(?:19|20)\d\d)\b"
)
# an item of a list: "- ", "• ", "* ", "1. ", "a) "
_LIST_ITEM = re.compile(r"\s*(?:[-–•*·]|\d{1,2}[.)]|[a-z][)])\s+")


@dataclass(slots=True)
class _Legal:
    type: str
    sentence: Sentence
    subjects: list[int]  # person indexes
    date: DateMention | None
    years: float | None = None  # 4.5 for "four and a half years"
    life: bool = False
    range: tuple[int, int] | None = None
    months: int | None = None
    served_years: int | None = None
    refers: bool = False  # "her 20-year sentence": an earlier sentence, not dated here
    conditions: list[str] = field(default_factory=list)
    group: str | None = None
    spans: list[tuple[int, int]] = field(default_factory=list)
    confidence: float = 0.6
    arrest: bool = False  # "was arrested": kept only for a person a ruling is about
    charged: bool = False  # "arrested …, accused of": kept for the suspects named


class LegalRules:
    """The legal-fact rules of `rules._Document` (which provides the text, its sentences, dates,
    persons and mentions, and the shared helpers these methods call)."""

    def _legal(self) -> list[_Legal]:
        facts: list[_Legal] = []
        last_subjects: list[int] = []
        last_by_type: dict[str, list[int]] = {}
        last_sentencing: tuple[str, DateMention | None, int] | None = None
        demands = False
        for s in self.sents:
            seg = self.folded[s.start : s.end]
            trig: list[tuple[int, int, str]] = []
            if not re.search(r"[a-z]", s.text):
                continue  # a headline in capitals repeats the story; its facts come later
            for pattern, ltype in LEGAL_TRIGGER_RE + CUSTODY_TRIGGER_RE:
                for m in pattern.finditer(seg):
                    a, b = s.start + m.start(), s.start + m.end()
                    if self._in_proper_name(a, s):
                        continue  # "Frente ... para la Liberación Nacional"
                    if any(
                        x < b
                        and a < y
                        and (
                            t == ltype
                            or t == "humanitarian_pardon"
                            or (t == "retrial_ordered" and ltype in ("new_trial", "retrial"))
                        )
                        for x, y, t in trig
                    ):
                        continue
                    trig.append((a, b, ltype))
            for m in ARREST_DETENTION_RE.finditer(seg):
                a, b = s.start + m.start(), s.start + m.end()
                if not any(x < b and a < y for x, y, _t in trig):
                    trig.append((a, b, "detention"))
            for m in self._ARREST_ACTIVE.finditer(seg):
                # "la Fiscalía detuvo en Quito al exministro X": kept, like "was arrested",
                # only for a suspect (see _person_subjects)
                a, b = s.start + m.start(), s.start + m.end()
                if not any(x < b and a < y for x, y, _t in trig):
                    trig.append((a, b, "detention"))
            trig = self._filter_legal(trig, s)
            if trig and self._legal_headline(s):
                # "Ten former soldiers convicted for …": a title repeats the story; its names
                # and its ruling may still be those the next sentences refer to
                told = [t for _, _, t in sorted(trig) if t in self._SENTENCING]
                if told:
                    last_sentencing = (told[0], None, s.index)
                trig = []
            if self._DEMAND_INTRO.search(seg):
                demands = True
            elif not _LIST_ITEM.match(s.text):
                demands = False
            elif demands:
                trig = []  # "- the release of all civilians still held": a demand, not a ruling
            recent = last_sentencing is not None and s.index - last_sentencing[2] <= 2
            if (
                recent
                and last_sentencing is not None
                and last_sentencing[0] != "conviction"
                and not any(s.start <= d.start < s.end and d.value for d in self.dates)
            ):
                # "upheld the convictions … X received 5 years": the terms of the ruling told
                # just before, not a new conviction (unless dated on their own: "received 35
                # years in April 2011")
                trig = [
                    (x, y, last_sentencing[0])
                    if t == "conviction" and self._RECEIVED_TERM.match(self.folded[x:y])
                    else (x, y, t)
                    for x, y, t in trig
                ]
            if not trig and self._RULING_LIST_INTRO.search(seg):
                # "The court imposed the following sentences:", "Resolvió:": the items that
                # follow are the terms of the ruling told last, however far back
                # (its date: one written in it, else the ruling the story reports)
                own = [d for d in self.dates if s.start <= d.start < s.end and d.value]
                ldate = own[-1] if own else self._news_peg()
                if ldate is None and last_sentencing:
                    ldate = last_sentencing[1]
                last_sentencing = ("conviction", ldate, s.index)
                continue
            if not trig and recent and _LIST_ITEM.match(s.text):
                # "- condenar a X a 20 años;", "- absolver a Y": a ruling's list in infinitives
                im = self._LIST_INFINITIVE.match(seg)
                if im:
                    ltype = "acquittal" if im.group(1).startswith(("abs", "acq")) else "conviction"
                    trig = [(s.start + im.start(1), s.start + im.end(1), ltype)]
            persons = [m for m in self.person_mentions if s.start <= m.start < s.end]
            subjects_all = self._legal_subjects(persons, s)
            amounts = self._sentence_amounts(s)
            if not trig and amounts and subjects_all and last_sentencing is not None:
                # "Six of the men ... must serve 15 years": the ruling of the sentence before
                ltype, ldate, lsent = last_sentencing
                if s.index - lsent <= 2:
                    trig = [(s.start, s.start, ltype)]
                    if _LIST_ITEM.match(s.text):
                        # "- X and Y: 18 years each;": a list of the ruling's terms goes on as
                        # long as its items do
                        last_sentencing = (ltype, ldate, s.index)
            if not trig:
                if subjects_all:
                    last_subjects = subjects_all
                continue
            served = self._served(s)
            conditions = [c for pat, c in CONDITION_RE if pat.search(seg)]
            fallback = not subjects_all
            counted = self._counted_reference(s, trig, facts) if fallback else None
            counted_ref = counted[0] if counted else []
            if counted_ref:
                # "Both men were arrested", "los dos fueron condenados": the people named just
                # before, exactly as many as the text counts
                subjects_all, fallback = counted_ref, False
            elif fallback and counted is None:
                subjects_all = self._fallback_subjects(last_subjects, s)
            sentence_group = None if counted_ref else self._group_phrase(s)
            if counted and not counted_ref:
                sentence_group = counted[1]  # a counted set the text does not name
            for a, b, ltype in sorted(trig):
                group = sentence_group
                obj = None if counted_ref else self._object_group(a, b, s)
                arrest = ltype == "detention" and (
                    self._ends_at(ARREST_DETENTION_RE, a, b)
                    or self._ends_at(self._ARREST_ACTIVE, a, b)
                )
                if arrest and (
                    (obj is not None and self._ends_at(self._ARREST_ACTIVE, a, b))
                    or (
                        fallback
                        and (
                            self._COUNTED_BEFORE.search(self.folded[max(s.start, a - 40) : a])
                            or self._COUNTED_AFTER.match(self.folded[b : b + 40])
                        )
                    )
                ):
                    # "la policía detuvo a 63 personas", "fueron detenidos tres exfuncionarios":
                    # a counted group, not the people named in the sentences before
                    continue
                if obj is not None and not [
                    m for m in persons if m.person in subjects_all and self._same_clause(a, m, s)
                ]:
                    # "absolvió a un séptimo acusado", "Twenty prisoners were released": the
                    # group is the subject, not the names of the sentences before
                    f = _Legal(
                        ltype, s, [], self._legal_date(s, a, b, trig), spans=[(s.start, s.end)]
                    )
                    if ltype in self._SENTENCING and amounts:
                        f.years, f.life, f.range, f.months = amounts[-1][1]
                    f.group = obj
                    f.confidence = 0.5
                    facts.append(f)
                    if ltype in self._SENTENCING:
                        last_sentencing = (ltype, f.date, s.index)
                    continue
                subjects = self._trigger_subjects(
                    a, b, ltype, s, persons, subjects_all, last_by_type
                )
                if (
                    not fallback
                    and ltype in ("conviction", "acquittal")
                    and self._clitic_object(a, s)
                    and not any(
                        m.person in subjects and m.start < a and self._same_clause(a, m, s)
                        for m in persons
                    )
                    and not any(
                        m.person in subjects and m.start >= b and self._own_term_after(m)
                        for m in persons
                    )
                ):
                    # "lo absolvió por considerar poco fiable al testigo X": the verb's object
                    # is the pronoun, the person of the sentences before; a name told after it
                    # is not its object
                    later = self._fallback_subjects(last_subjects, s)
                    if later:
                        subjects = later
                        fallback = True
                if (
                    ltype == "annulment"
                    and not self.folded[a:b].startswith(("annulment", "anulacion"))
                    and self._LAW_OBJECT.match(self.folded[b : b + 80])
                ):
                    subjects = []  # "struck down the amnesty laws": no person is its subject
                if ltype == "annulment" and self._LAW_BEFORE.search(
                    self.folded[max(s.start, a - 60) : a]
                ):
                    subjects = []  # "once the amnesty laws were struck down": nor here
                if ltype == "annulment" and (
                    re.match(r"(?:struck|declared)\s+(?:it|them)\b", self.folded[a:b])
                    or re.search(r"\b(?:las?|los)\s+$", self.folded[max(s.start, a - 5) : a])
                ):
                    # "struck it down", "las declaró inconstitucionales": a law or a ruling
                    # named before, not a person
                    subjects = []
                if not fallback and (a, b) != (s.start, s.start):
                    # (a list of terms with no verb of its own reaches across its ";")
                    near = [
                        m.person
                        for m in persons
                        if m.person in subjects
                        and (self._same_clause(a, m, s) or self._list_item_after(a, b, m, s))
                    ]
                    clause_group = (
                        None
                        if near or ltype not in ("conviction", "acquittal")
                        else self._clause_group(a, s)
                    )
                    if clause_group:
                        # "found X and Y guilty; the soldiers who fired were acquitted": the
                        # group of its own clause, not the names of the clause before
                        subjects = []
                        group = clause_group
                    subjects = [p for p in subjects if p in near] or subjects
                window = self._verb_window(a, b, ltype, s, trig)
                if not fallback and window is not None:
                    # "convicted A and B and acquitted C": each verb has its own objects
                    subjects = self._window_subjects(a, b, s, window, persons, subjects)
                date_m = self._legal_date(s, a, b, trig)
                served_earlier = ltype == "conviction" and self.folded[a:b].startswith("cumpl")
                if served_earlier:
                    # "cumplía una condena de 25 años": handed down earlier, and no ruling of
                    # this story whose terms the next sentences go on with
                    date_m = None
                if (
                    date_m is None
                    and last_sentencing
                    and ((a, b) == (s.start, s.start) or (recent and _LIST_ITEM.match(s.text)))
                ):
                    date_m = last_sentencing[1]
                mine = amounts
                if ltype == "sentence_modified" and window is None:
                    # the new term follows the change ("confirmó la perpetua para A y le subió la
                    # pena a B de 15 a 20 años"; "that sentence was cut to 15 years")
                    mine = [x for x in amounts if x[0] >= a] or amounts
                if window is not None:
                    # the terms follow their verb ("redujo la pena a 19 años"; "was sentenced to
                    # death in 1970; that sentence was commuted to 20 years")
                    mine = [x for x in amounts if a <= x[0] < window[2]] or [
                        x for x in amounts if window[0] <= x[0] < a
                    ]
                elif sum(t in self._SENTENCING for _, _, t in trig) > 1:
                    # "lo condenó a 40 años; Orozco fue condenado a 15": each its own term
                    mine = [x for x in amounts if self._no_break(a, x[0], x[0] + 1)] or amounts
                if (
                    ltype in self._SENTENCING
                    and mine
                    and any(x[1] != (None, False, None, None) for x in mine)
                ):
                    pairs = self._pair_amounts(subjects if not fallback else [], mine, s)
                    if fallback and len(pairs) == 1 and not group:
                        pairs = [(list(subjects), pairs[0][1])]
                    elif fallback and len(pairs) > 1 and subjects:
                        pairs = self._pronoun_pairs(a, b, s, list(subjects), pairs)
                    refers = bool(
                        ltype == "conviction"
                        and self._EARLIER_TERM.search(self.folded[max(s.start, a - 40) : a])
                        and re.match(r"\d+-year|life", self.folded[a:b])
                    )
                    for subj, amt in pairs:
                        f = _Legal(
                            ltype, s, subj, None if refers else date_m, spans=[(s.start, s.end)]
                        )
                        f.refers = refers
                        f.years, f.life, f.range, f.months = amt
                        f.served_years = served
                        f.group = group if not subj else None
                        f.confidence = 0.75 if subj else 0.55
                        facts.append(f)
                    if not served_earlier:
                        last_sentencing = (ltype, date_m, s.index)
                    continue
                if (
                    ltype == "conviction"
                    and (not subjects or (fallback and not self._object_pronoun(a, b, s)))
                    and not group
                ):
                    continue
                if (
                    fallback
                    and group
                    and (
                        ltype in ("conviction", "acquittal")
                        or (
                            ltype == "release"
                            and re.match(rf"{self._NUMBER_WORD}\s", group.lower())
                        )
                    )
                ):
                    # "two former guardsmen … walked free": the counted group, not the names
                    # of the sentence before
                    subjects = []
                if fallback and not group and ltype in ("release", "detention"):
                    counted = self._counted_subject(a, s)
                    if counted:
                        # "Los once salieron de la cárcel", "the three were taken into custody":
                        # a counted set of people, not the names of the sentence before
                        subjects, group = [], counted
                f = _Legal(ltype, s, list(subjects), date_m, spans=[(s.start, s.end)])
                if ltype == "detention":
                    f.conditions = conditions
                    f.arrest = arrest
                    if self._ends_at(self._ARREST_ACTIVE, a, b):
                        # the one arrested is named after the verb, not the agent before it
                        after = {m.person for m in persons if m.start >= b}
                        f.subjects = [i for i in f.subjects if i in after]
                    f.charged = not fallback and bool(
                        self._ARREST_CHARGE.search(self.folded[a : s.end])
                    )
                if ltype in ("pardon", "humanitarian_pardon", "release"):
                    f.served_years = served
                f.group = group if not subjects else None
                f.confidence = (0.65 if subjects else 0.45) - (0.1 if fallback else 0.0)
                facts.append(f)
                if subjects:
                    last_by_type[self._family(ltype)] = list(subjects)
                if ltype in self._SENTENCING and not served_earlier:
                    last_sentencing = (ltype, date_m, s.index)
            if not fallback:
                last_subjects = subjects_all
        self._same_term(facts)
        self._same_court_dates(facts)
        self._inherit_ruling_dates(facts)
        self._release_with_ruling(facts)
        self._group_members(facts)
        self._counted_group_before(facts)
        facts = self._person_subjects(facts)
        merged = self._merge_legal(facts)
        merged = self._drop_named_groups(merged)
        self._group_rulings(merged)
        self._legal_roles(merged)
        return merged

    # "A and B were convicted", "fueron absueltos": the persons come before the verb
    _PASSIVE_BEFORE = re.compile(
        r"\b(?:was|were|been|being|is|are|be|fue|fueron|sido|es|son|resulto|resultaron|"
        r"quedo|quedaron)\s+(?:\w+\s+)?$"
    )

    def _verb_window(
        self, a: int, b: int, ltype: str, s: Sentence, trig: list[tuple[int, int, str]]
    ) -> tuple[int, int, int] | None:
        """In a sentence with other ruling verbs ("convicted A and B and acquitted C"), the
        start of the stretch since the ruling verb before, and the start and end of the stretch
        up to the next one. None when the verb is alone."""
        others = [
            (x, y)
            for x, y, t in trig
            if (x, y) != (a, b)
            and x != y
            and t in self._RULING_FAMILY
            and t != ltype
            and (y <= a or x >= b)
        ]
        if not others:
            return None
        prev_end = max((y for x, y in others if y <= a), default=s.start)
        next_start = min((x for x, y in others if x >= b), default=s.end)
        return prev_end, b, next_start

    # an object pronoun of the verb: "acquitted him, A and B", "reducing his sentence",
    # "lo absolvió", "redujo su pena"
    _PRONOUN_AFTER = re.compile(r"\s+(?:him|her|them|his|their)\b")
    _PRONOUN_BEFORE = re.compile(r"\b(?:lo|la|los|las|le|les|his|her|their)\s+(?:\w+\s+)?$")

    def _window_subjects(
        self,
        a: int,
        b: int,
        s: Sentence,
        window: tuple[int, int, int],
        persons: list[PersonMention],
        subjects: list[int],
    ) -> list[int]:
        """The persons a ruling verb is about when other ruling verbs share its sentence: after
        an active verb (or inside it: "cut Roh's term"), up to the next ruling verb; before a
        passive one ("A and B were convicted") back to the ruling verb before, and after it
        only those given a term of their own ("Chun was sentenced to death and Roh to 22
        years"); an object pronoun ("acquitted him, A and B") brings in the person named
        before it."""
        prev_end, _b, next_start = window

        def within(lo: int, hi: int) -> list[PersonMention]:
            return [m for m in persons if m.person in subjects and lo <= m.start < hi]

        before = within(prev_end, a)
        after = within(a, next_start)
        passive = bool(self._PASSIVE_BEFORE.search(self.folded[max(s.start, a - 25) : a]))
        if passive or not after:
            chosen = before + [m for m in after if self._own_term_after(m)]
        else:
            chosen = after
            pronoun = self._PRONOUN_AFTER.match(self.folded, b) or self._PRONOUN_BEFORE.search(
                self.folded[max(s.start, a - 15) : a]
            )
            if pronoun:
                earlier = [m for m in persons if m.person in subjects and m.end <= a]
                if earlier:
                    chosen = [earlier[-1]] + chosen
        return list(dict.fromkeys(m.person for m in chosen)) or subjects

    _ITEM_HEAD = re.compile(
        r"\s*(?:(?:and|y|e)\s+)?(?:(?:a|al|to)\s+)?(?:(?:el|la|los|las|the)\s+)?(?:[\w-]+\s+){0,2}?$"
    )

    def _list_item_after(self, a: int, b: int, m: PersonMention, s: Sentence) -> bool:
        """A name in a list of terms that goes on after ";" with no verb of its own: "sentenced A
        to ten years; B and C to seven years each; and D to five", "condenó a A a diez años; a
        B y a C a siete años cada uno"."""
        if m.start < b:
            return False
        gap = self.folded[b : m.start]
        semi = gap.rfind(";")
        if semi < 0:
            return False
        start = b + semi + 1
        nxt = self.folded.find(";", m.start, s.end)
        end = s.end if nxt < 0 else nxt
        head = self.folded[start : m.start]
        # the item starts with a name (or "a"/"and" and one or two words: "al médico")
        first = min((p.start for p in self.person_mentions if start <= p.start < end), default=-1)
        if first < 0 or not self._ITEM_HEAD.fullmatch(self.folded[start:first]):
            return False
        if head and any(pat.search(self.folded[start:end]) for pat, _t in LEGAL_TRIGGER_RE):
            return False  # "; B was acquitted": a clause of its own
        return bool(
            self._own_term_after_any(start, end)
            or re.search(r"\b(?:each|cada\s+uno)", head + self.folded[m.end : end])
            # "condenó a 20 años a cada uno: a A; a B, y a C": a list the verb announced
            or re.search(r"\b(?:each|cada\s+un[oa])\s*:", self.folded[b:start])
        )

    def _own_term_after_any(self, start: int, end: int) -> bool:
        return any(self._own_term_after(p) for p in self.person_mentions if start <= p.start < end)

    _TERM_AFTER_NAME = re.compile(
        r"\s*(?:,\s*(?:\d{2}|[a-z]+)\s*,)?\s*,?\s*(?:to|a)\s+(?:(?:life|cadena\s+perpetua|"
        r"prision\s+perpetua|presidio\s+perpetuo|death)\b|(?P<n>[\w.,½-]+(?:\s+y\s+medio)?))"
    )

    def _own_term_after(self, m: PersonMention) -> bool:
        """A name followed by a term of its own: "Roh, 65, to 22 years", "a B a 18 años",
        "C to 11"."""
        end = m.end
        tail = re.match(r"\s[A-ZÁÉÍÓÚÑ][\w-]+\b", self.text[end : end + 30])
        if tail:
            end += tail.end()  # the rest of a name read shorter ("Pedro Ugarte Lima")
        t = self._TERM_AFTER_NAME.match(self.folded, end)
        if t is None:
            return False
        if t.group("n") is None:
            return True
        toks = tokenize(t.group("n").rstrip(".,"))
        return bool(toks) and parse_number(toks, 0) is not None

    _CLITIC_BEFORE = re.compile(r"\b(?:lo|la|los|las)\s+(?:(?:habia|habian|ha|han|hab\w+)\s+)?$")

    _FINITE_RULING_VERB = re.compile(
        r"(?:condeno|condenaron|condenaba|condenaban|absolvio|absolvieron|absolvia|absolvian|"
        r"sentencio|sentenciaron|exonero|exoneraron|declaro|declararon|hallo|hallaron)\b"
    )

    def _clitic_object(self, a: int, s: Sentence) -> bool:
        """A Spanish object pronoun right before a finite verb: "lo condenó", "las absolvió"
        (not an article before a participle used as a noun: "los condenados a perpetua")."""
        if not self._FINITE_RULING_VERB.match(self.folded, a):
            return False
        return bool(self._CLITIC_BEFORE.search(self.folded[max(s.start, a - 20) : a]))

    def _object_pronoun(self, a: int, b: int, s: Sentence) -> bool:
        """The verb's object is a pronoun: "lo condenó", "los condenaron", "convicted him",
        "found them guilty", "sentenced her"."""
        return self._clitic_object(a, s) or bool(
            re.match(r"(?:convicted|sentenced|found)\s+(?:him|her|them)\b", self.folded[a : b + 6])
        )

    _ONE_BEFORE = re.compile(r"\b(?:lo|la|le)\s+(?:(?:habia|habian|ha|han|hab\w+)\s+)?$")
    _MANY_BEFORE = re.compile(r"\b(?:los|las|les)\s+(?:(?:habia|habian|ha|han|hab\w+)\s+)?$")

    def _pronoun_pairs(
        self,
        a: int,
        b: int,
        s: Sentence,
        subjects: list[int],
        pairs: list[tuple[list[int], Any]],
    ) -> list[tuple[list[int], Any]]:
        """Terms of a ruling whose persons are a pronoun ("lo habían condenado a 9 años, y otra
        sentencia le impuso 20", "los condenaron a ocho y seis años, respectivamente",
        "sentenced him to"): the persons of the sentence before, in order."""
        before = self.folded[max(s.start, a - 20) : a]
        after = self.folded[b : b + 8]
        if self._ONE_BEFORE.search(before) or re.match(r"\s+(?:him|her)\b", after):
            return [(subjects[:1], amt) for _, amt in pairs]
        if (
            (self._MANY_BEFORE.search(before) or re.match(r"\s+them\b", after))
            and RESPECTIVELY.search(self.folded[s.start : s.end])
            and len(subjects) == len(pairs)
        ):
            return [([p], amt) for p, (_, amt) in zip(subjects, pairs, strict=True)]
        return pairs

    def _drop_named_groups(self, facts: list[_Legal]) -> list[_Legal]:
        """A counted group ruled on ("convicted ten former members of the army") whose
        members the text names with rulings of the same type and date is those rulings told
        together, not a fact of its own."""
        out = []
        for f in facts:
            if not f.subjects and f.group and f.date is not None:
                named = {
                    p
                    for g in facts
                    if g is not f
                    and g.type == f.type
                    and g.date is not None
                    and g.date.value == f.date.value
                    for p in g.subjects
                }
                toks = tokenize(f.group.lower())
                n = None
                for k in range(len(toks)):
                    parsed = parse_number(toks, k)
                    if parsed:
                        n = parsed[0]
                        break
                if n is not None and len(named) >= n >= 2:
                    continue
            out.append(f)
        return out

    def _clause_group(self, a: int, s: Sentence) -> str | None:
        """A group named at the head of the trigger's own clause, after a ";": "; the soldiers
        who fired were acquitted", "; los demás policías acusados fueron absueltos"."""
        head = self.folded[s.start : a]
        semi = head.rfind(";")
        if semi < 0:
            return None
        m = re.match(
            r"\s*((?:the|los|las)\s+(?:other\s+|demas\s+|otros\s+|otras\s+|remaining\s+)?"
            r"(?:[a-z-]+\s+)?" + self._GROUP_NOUN + r")\b",
            head[semi + 1 :],
        ) or re.match(
            # "; the other four were acquitted", "; los otros tres, absueltos", "; los cuatro
            # restantes": a counted set of the rest
            r"\s*((?:the|los|las)\s+(?:(?:other|remaining|otros|otras)\s+"
            + self._NUMBER_WORD
            + r"|"
            + self._NUMBER_WORD
            + r"\s+restantes))\b",
            head[semi + 1 :],
        )
        if not m:
            return None
        start = s.start + semi + 1 + m.start(1)
        return self.text[start : s.start + semi + 1 + m.end(1)]

    def _legal_headline(self, s: Sentence) -> bool:
        """A title line near the top: a line of its own with no full stop, before the body's
        first full sentence ("Ten former soldiers convicted for …", "Caso X: la Corte Suprema
        restablece la condena de Y")."""
        if s.index > 3:
            return False
        line = self.text[s.start : s.end]
        if "\n" in line.strip() or re.search(r"[.!?:;»\"”)]\W*$", line.strip()):
            return False
        if len(line.strip()) > 160:
            return False
        before = self.text[max(0, s.start - 1) : s.start]
        after = self.text[s.end : s.end + 1]
        if not ((s.start == 0 or before == "\n") and (after in ("", "\n"))):
            return False
        # no full sentence of the body before it
        return not any(
            re.search(r"[.!?]\W*$", t.text.strip()) and len(t.text) > 60
            for t in self.sents[: s.index]
        )

    _NOT_SUBJECT_ROLES = frozenset({"victim", "judge", "prosecutor", "lawyer", "witness"})

    # a sentence that announces a ruling's list of terms: "imposed the following sentences:",
    # "Resolvió:", "impuso las siguientes penas:"
    _RULING_LIST_INTRO = re.compile(
        r"(?:\b(?:sentences|terms|penalties|penas|condenas)|\b(?:resolvio|resolved|decidio|"
        r"decided|dispuso|fallo|ruled|ordered))\s*:\s*$"
    )
    _INFINITIVES = frozenset({"condenar", "absolver", "convict", "acquit"})
    _LIST_INFINITIVE = re.compile(
        r"\s*(?:[-–•*·]|\d{1,2}[.)]|[a-z][)])\s+(?:to\s+)?(condenar|absolver|convict|acquit)\b"
    )

    _SAME_TERM = re.compile(
        r"\b(?:the\s+same\s+(?:sentence|term|penalty|prison\s+term)|"
        r"la\s+misma\s+(?:pena|condena)|igual\s+pena)\b"
    )

    def _same_term(self, facts: list[_Legal]) -> None:
        """A conviction told with "the same sentence" or "la misma pena" takes the term of the last
        sentencing told before it ("X received the same sentence")."""
        last: _Legal | None = None
        for f in facts:
            if f.type in ("conviction", "sentence_modified", "sentence_reaffirmed") and (
                f.years is not None or f.life or f.range is not None
            ):
                last = f
                continue
            if (
                f.type == "conviction"
                and last is not None
                and last.sentence.index < f.sentence.index
                and self._SAME_TERM.search(self.folded[f.sentence.start : f.sentence.end])
            ):
                f.years, f.life, f.range, f.months = last.years, last.life, last.range, last.months

    def _group_members(self, facts: list[_Legal]) -> None:
        """A group sentenced and then named: "sentenced six soldiers to 30 years: Major A, B, …",
        "condenó a prisión perpetua a tres exmarinos. Los condenados son A, B y C". When exactly
        as many people as the group counts are named right after it (after a colon in its
        sentence, or in the next sentence of the paragraph), they are its subjects."""
        for f in facts:
            if f.subjects or not f.group:
                continue
            n = next(
                (
                    v
                    for w in re.findall(r"\w+", fold_keep(f.group))
                    if (v := int(w) if w.isdigit() else UNIT_WORDS.get(w)) is not None
                ),
                None,
            )
            if n is None or n < 2:
                continue
            s = f.sentence
            colon = self.text.find(":", s.start, s.end)
            spans: list[tuple[int, int]] = []
            if colon != -1:
                spans.append((colon, s.end))
            nxt = self.sents[s.index + 1] if s.index + 1 < len(self.sents) else None
            if nxt is not None:
                spans.append((nxt.start, nxt.end))
            for a, b in spans:
                named: list[int] = []
                for pm in self.person_mentions:
                    if a <= pm.start < b and pm.person not in named:
                        if not set(self.persons[pm.person].roles) & self._NOT_SUBJECT_ROLES:
                            named.append(pm.person)
                if len(named) == n:
                    f.subjects, f.group = named, None
                    break

    # "convicted all six", "the four appellants", "a los cinco acusados": a counted group
    _DEFINITE_COUNT = re.compile(
        r"\b(?:all(?:\s+the)?|the|todos\s+los|todas\s+las|los|las)\s+(\d+|[a-z]+)"
        r"(?=\s+(?:[a-z-]+)\b|\s*[,.;:]|\s+(?:of|de)\s)"
    )

    def _counted_group_before(self, facts: list[_Legal]) -> None:
        """ "convicted all six", "convicted the four appellants and a fifth man, X": a ruling of
        a counted group whose members a legal fact of the sentences before named, exactly as
        many of them (the last such set), is of those members too."""
        for f in facts:
            if f.type not in self._RULING_FAMILY:
                continue
            s = f.sentence
            for m in self._DEFINITE_COUNT.finditer(self.folded, s.start, s.end):
                word = m.group(1)
                n = int(word) if word.isdigit() else UNIT_WORDS.get(word)
                if n is None or n < 2 or n > 40:
                    continue
                if re.match(
                    r"\s+(?:years?|anos|months?|meses|of\s+(?:the|them)|de\s+(?:los|las|ellos))\b",
                    self.folded[m.end() : m.end() + 20],
                ):
                    continue  # "the two years", "two of the men": not the group itself
                earlier = [
                    g for g in facts if g.sentence.index < s.index and len(set(g.subjects)) == n
                ]
                if not earlier:
                    continue
                named = max(earlier, key=lambda g: g.sentence.index).subjects
                f.subjects = list(dict.fromkeys(list(named) + f.subjects))
                f.group = None
                break

    # "upheld the convictions of four gold prospectors", "confirmó después las condenas de los
    # siete", "annulled their sentences": a ruling on the convictions told, of all who were
    # convicted
    _PLURAL_RULING_OBJECT = re.compile(
        r"\b(?:(?:the|their|all)\s+(?:\w+\s+)?(?:convictions|sentences|verdicts|prison\s+terms)|"
        r"(?:las|sus|todas\s+las)\s+(?:\w+\s+)?(?:condenas|penas|sentencias))\b"
        r"(?:\s+(?:of|de)\s+(?:the\s+|los\s+|las\s+)?(?P<n>\d+|[a-z]+))?"
    )
    _GROUP_RULINGS = frozenset({"sentence_reaffirmed", "annulment", "sentence_modified"})

    def _group_rulings(self, facts: list[_Legal]) -> None:
        convicted: list[int] = []
        for f in facts:
            if f.type == "conviction":
                convicted += [
                    p
                    for p in f.subjects
                    if p not in convicted and "victim" not in self.persons[p].roles
                ]
        if len(convicted) < 2:
            return
        for f in facts:
            if f.type not in self._GROUP_RULINGS:
                continue
            named_here = {
                pm.person
                for pm in self.person_mentions
                if f.sentence.start <= pm.start < f.sentence.end
            }
            if set(f.subjects) & named_here:
                continue  # the ruling names whom it concerns
            m = self._PLURAL_RULING_OBJECT.search(self.folded, f.sentence.start, f.sentence.end)
            if m is None:
                continue
            word = m.group("n") or ""
            n = int(word) if word.isdigit() else UNIT_WORDS.get(word)
            if n is not None and n != len(convicted):
                if len(set(f.subjects)) == n:
                    continue  # "of four gold prospectors. The appellants, A, B, C and D"
                # "the convictions of two of the men", of three convicted: which two is not told
                f.subjects, f.group = [], self.text[m.start() : m.end()]
                continue
            f.subjects = list(convicted)
            f.group = None

    _NAME_LINKS = frozenset(
        {"de", "del", "la", "las", "los", "el", "para", "of", "the", "for", "y", "and"}
    )

    def _in_proper_name(self, a: int, s: Sentence) -> bool:
        """A trigger word written with a capital inside a sentence, next to another capitalised
        word, is part of a name ("Frente ... para la Liberación Nacional", "Amnesty Law")."""
        if a == s.start or not self.text[a].isupper():
            return False
        if re.search(r"(?:^|[:.!?\"“'‘(«—–-])\s*$", self.text[s.start : a]):
            return False  # the first word of a clause or a quote
        if re.search(r"[a-záéíóúñ]", self.text[s.start : s.end]) is None:
            return False
        words_before = self.text[max(s.start, a - 40) : a].split()
        after = self.text[a : min(s.end, a + 60)].split()[1:2]
        prev = [w for w in words_before[-3:] if w.lower() not in self._NAME_LINKS]
        return bool((after and after[0][:1].isupper()) or (prev and prev[-1][:1].isupper()))

    # a name read as a person but used as a place or a body: "the wartime president of the
    # Republika Srpska", "the penal de Punta Peuco", "a court of São Paulo", "Bosnian Serb forces"
    _PLACE_BEFORE = re.compile(
        r"\b(?:of|in|at|from|de|del|en|desde)\s+(?:the\s+|la\s+|el\s+|los\s+|las\s+)?$"
    )
    _PLACE_AFTER = re.compile(
        r"^\s+(?:forces|troops|army|militias?|naval|air\s+base|base|fuerzas|tropas|milicias?)\b"
    )
    _RULING_FAMILY = frozenset(
        {
            "conviction",
            "acquittal",
            "sentence_reaffirmed",
            "sentence_modified",
            "retrial",
            "retrial_ordered",
            "new_trial",
            "annulment",
            "pardon",
            "humanitarian_pardon",
            "release",
        }
    )

    def _place_like(self, i: int) -> bool:
        """Every mention of person ``i`` reads as a place or a body, and none has a title."""
        p = self.persons[i]
        if not p.mentions or any(t in self.ex.given_names for t in p.tokens[:-1]):
            return False  # a given name followed by a surname is a person ("... Germán Montenegro")
        for m in p.mentions:
            if m.title:
                return False
            before = self.folded[max(0, m.start - 30) : m.start]
            after = self.folded[m.end : m.end + 25]
            # the tail of a longer proper name: "Estado Mayor Presidencial"
            tail = re.search(r"[A-ZÁÉÍÓÚÑ][\w-]+\s$", self.text[max(0, m.start - 30) : m.start])
            if not (tail or self._PLACE_BEFORE.search(before) or self._PLACE_AFTER.match(after)):
                return False
        return True

    def _person_subjects(self, facts: list[_Legal]) -> list[_Legal]:
        """Legal subjects are people: a name that only ever reads as a place or a body is
        dropped, and an arrest is a legal fact only for someone a ruling is about."""
        out: list[_Legal] = []
        for f in facts:
            kept = [i for i in f.subjects if not self._place_like(i)]
            if f.subjects and not kept:
                continue
            f.subjects = kept
            out.append(f)
        accused = {i for f in out if f.type in self._RULING_FAMILY for i in f.subjects}
        final: list[_Legal] = []
        for f in out:
            if f.arrest:
                # an arrest "on charges of", "accused of ordering the killing": the arrest of a
                # suspect, a legal fact even when the text reports no ruling about them yet
                charged = f.charged
                f.subjects = [
                    i
                    for i in f.subjects
                    if (i in accused or charged or "alleged_perpetrator" in self.persons[i].roles)
                    and "victim" not in self.persons[i].roles
                ]
                if not f.subjects:
                    continue
            final.append(f)
        return final

    _ARREST_ACTIVE = re.compile(
        r"\b(?:detuvo|detuvieron|capturo|capturaron|arresto|arrestaron|apreso|apresaron|"
        r"aprehendio|aprehendieron|(?:habia|habian|ha|han)\s+(?:detenido|capturado|arrestado|"
        r"apresado|aprehendido))\s+(?:en\s+[^,;]{1,60}?\s+)?(?:a|al)\b"
    )

    def _ends_at(self, pattern: re.Pattern[str], a: int, b: int) -> bool:
        """``pattern`` matches the text from ``a`` to exactly ``b`` (with its context, so that a
        look-ahead past ``b`` holds)."""
        m = pattern.match(self.folded, a)
        return m is not None and m.end() == b

    _NUMBER_WORD = (
        r"(?:\d+|two|three|four|five|six|seven|eight|nine|ten|dozens|hundreds|dos|tres|cuatro|"
        r"cinco|seis|siete|ocho|nueve|diez|decenas|cientos)"
    )
    _COUNTED_BEFORE = re.compile(rf"\b{_NUMBER_WORD}\s+(?:[\w-]+\s+){{0,3}}$")
    _COUNTED_AFTER = re.compile(rf"^\s+(?:[\w-]+\s+)?{_NUMBER_WORD}\s")
    _ARREST_CHARGE = re.compile(
        r"\b(?:accused\s+of|charged\s+with|on\s+charges?|suspected\s+of|on\s+a\s+\w+\s+warrant|"
        r"acusad[oa]s?\s+de|imputad[oa]s?\s+(?:de|por)|sospechos[oa]s?\s+de|por\s+los\s+delitos|"
        r"orden\s+de\s+(?:captura|detencion|aprehension))"
    )

    _ROLE_OF_LEGAL = {
        "conviction": "convicted_perpetrator",
        "sentence_reaffirmed": "convicted_perpetrator",
        "sentence_modified": "convicted_perpetrator",
        "acquittal": "alleged_perpetrator",
        "retrial": "alleged_perpetrator",
        "release": "prisoner",
        "detention": "prisoner",
        "pardon": "prisoner",
        "humanitarian_pardon": "prisoner",
    }

    def _legal_roles(self, facts: list[_Legal]) -> None:
        """The subject of a conviction is a convicted perpetrator, of an acquittal an accused,
        of a release, pardon or detention a prisoner."""
        for f in facts:
            role = self._ROLE_OF_LEGAL.get(f.type)
            if role is None or f.confidence < 0.6:
                continue
            for i in f.subjects:
                p = self.persons[i]
                if not set(p.roles) & {"judge", "prosecutor", "lawyer"}:
                    p.add_role(role, 0.6)
        # "perpetrator" (ordered, led the patrol) of a convicted perpetrator is what the
        # conviction already says
        for p in self.persons:
            if "convicted_perpetrator" in p.roles:
                p.roles.pop("perpetrator", None)

    _CLAUSE_BREAK = re.compile(
        r";|\s(?:as|while|whereas|but|when|mientras|pero|cuando)\s(?!well\b)|,\s+(?:who|quien|que)\s|"
        r",\s+(?:and|y|e)\s+(?:en|in|on|el|the|un|una|dos|tres|cuatro|cinco|\d+)\s"
    )
    _GROUP_NOUN = (
        r"(?:co-?defendants?|defendants?|accused|soldiers|officers|prisoners|inmates|detainees|"
        r"former\s+soldiers|ex-?soldiers|policemen|police\s+officers|agents|members|people|"
        r"acusados?|procesados?|imputados?|reos|presos|reclusos|internos|detenidos|militares|"
        r"exmilitares|soldados|oficiales|policias|agentes|miembros|personas|campesinos|"
        r"men|women|hombres|mujeres)"
    )

    # "the amnesty laws", "las leyes de Punto Final": an annulment of a law has no person subject
    _LAW_BEFORE = re.compile(
        r"\b(?:laws?|leyes|decrees?|decretos?|amnest(?:y|ies)|amnistias?)\s+"
        r"(?:(?!and\b|y\b)[a-z]+\s+){0,3}?(?:were|was|had\s+been|have\s+been|fueron|fue)\s+$"
    )
    _LAW_OBJECT = re.compile(
        r"^\s+(?:the\s+|las?\s+|los\s+|el\s+)?"
        r"(?:(?!convictions?\b|sentences?\b|verdicts?\b|condenas?\b|sentencias?\b|fallos?\b)"
        r"[\w-]+\s+){0,6}?(?:laws?|leyes|ley|decrees?|"
        r"decretos?|amnest(?:y|ies)|amnistias?)\b"
    )
    # "her 20-year sentence", "the rest of his life sentence": a sentence handed down earlier
    _EARLIER_TERM = re.compile(
        r"\b(?:her|his|their|its|su|sus)\s+(?:\w+\s+)?$|\brest\s+of\s+(?:her|his|their)\s+$|"
        # "was taken to jail to begin a life sentence": a term handed down before
        r"\b(?:begin|begins|began|start|starts|started)\s+(?:serving\s+)?(?:a|an|the)\s+$"
    )
    _NOT_FALLBACK_ROLES = frozenset({"judge", "prosecutor", "lawyer", "journalist", "relative"})
    _SINGULAR_OBJECT = re.compile(r"\b(?:lo|la|le|he|she|him|her)\b")
    _PERPETRATOR_ROLES = frozenset(
        {"convicted_perpetrator", "alleged_perpetrator", "prisoner", "perpetrator"}
    )

    def _fallback_subjects(self, last: list[int], s: Sentence) -> list[int]:
        """Who "lo condenó", "she was released" is about when the sentence names nobody: the
        persons of the sentence before, less the judges, lawyers, officials and relatives named
        there; else the story's main person named in this paragraph or the one before."""

        def eligible(i: int) -> bool:
            roles = set(self.persons[i].roles)
            return not (roles & self._NOT_FALLBACK_ROLES) or bool(roles & self._PERPETRATOR_ROLES)

        kept = [i for i in last if eligible(i)]
        if len(kept) > 1 and self._SINGULAR_OBJECT.search(self.folded[s.start : s.end]):
            # "lo condenó": one person, the first one named in the sentence before
            kept = kept[:1]
        if kept or not last:
            return kept
        counts: dict[int, int] = {}
        for m in self.person_mentions:
            if m.start >= s.start:
                break
            if s.paragraph - self.sents[self.sentence_at(m.start)].paragraph <= 1:
                counts[m.person] = counts.get(m.person, 0) + 1
        best = [i for i in sorted(counts, key=lambda i: -counts[i]) if eligible(i)]
        return best[:1] if best and counts[best[0]] >= 2 else []

    def _same_clause(self, a: int, m: PersonMention, s: Sentence) -> bool:
        """A person and a trigger with no clause break (";", "as", "while", ", who") between."""
        return self._no_break(a, m.start, m.end)

    def _no_break(self, a: int, start: int, end: int) -> bool:
        lo, hi = (end, a) if end <= a else (a, start)
        return not self._CLAUSE_BREAK.search(self.folded[lo:hi])

    def _object_group(self, a: int, b: int, s: Sentence) -> str | None:
        """An unnamed group a legal trigger is about: "acquitted one defendant", "la liberación
        de 20 presos", "retrial of six former soldiers", "Twenty prisoners were released"."""
        inner = re.match(
            r"(?:found|declared|declaro|declararon)\s+((?:the\s+|all\s+|a\s+los\s+|a\s+las\s+)?"
            r"([\w-]+)\s+[^,;]+?)\s+(?:not\s+guilty|innocent|inocentes)$",
            self.folded[a:b],
        )
        if (
            inner
            and (inner.group(2).isdigit() or UNIT_WORDS.get(inner.group(2), 0) >= 2)
            and not any(a <= p.start < b for p in self.person_mentions)
        ):
            # "found the twenty officials involved not guilty": the counted set inside
            return self.text[a + inner.start(1) : a + inner.end(1)]
        after = self.folded[b : min(s.end, b + 60)]
        term = re.match(
            # "condenó a cadena perpetua a once hombres", "sentenced to life nine soldiers": the
            # term told before the object
            r"\s+(?:a|to)\s+(?:cadena\s+perpetua|prision\s+perpetua|presidio\s+perpetuo|life|"
            r"[\w.,]+\s+(?:anos|years)(?:\s+de\s+(?:prision|carcel|presidio))?)(?=\s+a\s)",
            after,
        )
        if term:
            b += term.end()
            after = self.folded[b : min(s.end, b + 60)]
        m = re.match(
            r"\s+(?:of\s+|de\s+|a\s+|al\s+|for\s+|para\s+)?((?:the\s+|los\s+|las\s+)?"
            r"(?:(?:other|otros|otras|another)\s+)?(?:un|una|one|a|an|"
            r"\d+|\w+)\s+(?:(?:other|otros|otras|more|mas|\w+o)\s+)?"
            r"(?:" + self._GROUP_NOUN + r"|others|otros|otras))\b",
            after,
        )
        if m and not re.match(r"(?:the|los|las)\s", m.group(1)):
            return self.text[b + m.start(1) : b + m.end(1)]
        before = self.folded[max(s.start, a - 60) : a]
        m = re.search(
            r"(?:^|[\s,])((?:\d+|\w+)\s+(?:\w+\s+)?"
            + self._GROUP_NOUN
            + r")\s+(?:were|was|have\s+been|has\s+been|had\s+been|fueron|fue|han\s+sido|"
            r"ha\s+sido|habian\s+sido|habia\s+sido)\s+$",
            before,
        )
        if m:
            start = max(s.start, a - 60) + m.start(1)
            word = self.folded[start : start + m.end(1) - m.start(1)].split()[0]
            if word not in ("the", "los", "las", "these", "those", "estos", "sus", "his", "their"):
                return self.text[start : max(s.start, a - 60) + m.end(1)]
        return None

    _COUNTED_SUBJECT = re.compile(
        r"(?:^|[\s,;])((?:los|las|the|these|those|all|todos\s+los|todas\s+las)\s+"
        r"(?:other\s+|otros\s+|otras\s+)?(\w+)(?:\s+[\w-]+)?)\s+"
        r"(?:se\s+|were\s+|was\s+|have\s+|had\s+|fueron\s+|han\s+|habian\s+)?(?:\w+\s+){0,2}$"
    )

    def _counted_subject(self, a: int, s: Sentence) -> str | None:
        """A set of people told by its number at the head of a custody verb's clause ("los
        once", "the three men", "todos los 20 detenidos")."""
        clause = re.split(r"[,;:]", self.folded[max(s.start, a - 50) : a])[-1]
        m = self._COUNTED_SUBJECT.search(clause)
        if m is None:
            return None
        word = m.group(2)
        n = int(word) if word.isdigit() else UNIT_WORDS.get(word)
        if n is None or n < 2:
            return None
        start = a - len(clause) + m.start(1)
        return self.text[start : a - len(clause) + m.end(1)]

    _PEOPLE_NOUN = (
        r"(?:men|women|officers|soldiers|defendants|accused|brothers|sisters|leaders|policemen|"
        r"agents|hombres|mujeres|acusados|procesados|imputados|militares|oficiales|policias|"
        r"agentes|hermanos|hermanas|dirigentes|exmilitares|soldados)"
    )
    # "both men", "both of them", "the two officers", "ambos", "los dos acusados", "the three
    # soldiers", "los cuatro policías"
    _COUNTED_REFERENCE = re.compile(
        r"\b(?:(?P<both>both|ambos|ambas)(?:\s+(?:of\s+)?(?:the\s+|them\b|los\s+|las\s+)?"
        + _PEOPLE_NOUN
        # "the couple walked out", "la pareja salió": two people told just before
        + r")?|(?P<pair>(?:the|this|that)\s+(?:couple|pair)|(?:la|esa|esta)\s+pareja|"
        r"(?:el|ese|este)\s+matrimonio)|(?:the|los|las|those|these|esos|esas|estos|estas)\s+(?P<n>two|three|four|five|"
        r"dos|tres|cuatro|cinco|\d)(?:\s+(?P<noun>"
        + _PEOPLE_NOUN
        + r"))?)\b(?!\s+(?:years?|anos|months?|meses|of|de)\b)"
    )

    def _counted_reference(
        self, s: Sentence, trig: list[tuple[int, int, str]], facts: list[_Legal]
    ) -> tuple[list[int], str] | None:
        """A sentence naming nobody whose ruling or custody verb is about a counted set told
        just before ("Both men were arrested on …", "sentenced both officers to 30 years", "los
        dos fueron absueltos"): the persons named in the sentences before, going back (at most
        three sentences, this paragraph or the one before) until exactly that many are found,
        none when more are named there; "the three men convicted", "los dos absueltos": the
        last ruling of that kind told with exactly that many subjects."""
        seg = self.folded[s.start : s.end]
        for m in self._COUNTED_REFERENCE.finditer(seg):
            if m.group("both") or m.group("pair"):
                n = 2
            else:
                word = m.group("n")
                n = int(word) if word.isdigit() else UNIT_WORDS.get(word, 0)
                if n > 2 and not m.group("noun"):
                    continue  # "the three" alone may count anything
            x, y = s.start + m.start(), s.start + m.end()
            if not any(
                self._no_break(a, x, y) and (y <= a or x >= b) and abs(a - x) <= 60
                for a, b, _t in trig
            ):
                continue
            told = re.match(
                r"\s+(?:(?P<c>convicted|sentenced|condenad[oa]s|sentenciad[oa]s)|"
                r"acquitted|absuelt[oa]s)\b",
                self.folded[y : y + 20],
            )
            if told:
                # "the three men convicted", "los dos absueltos": those of that ruling
                ltype = "conviction" if told.group("c") else "acquittal"
                ruled = [f.subjects for f in facts if f.type == ltype and len(set(f.subjects)) == n]
                return (list(dict.fromkeys(ruled[-1])) if ruled else [], self.text[x:y])
            found: list[int] = []
            for k in range(s.index - 1, max(-1, s.index - 4), -1):
                prev = self.sents[k]
                if s.paragraph - prev.paragraph > 1:
                    break
                named = []
                for pm in self.person_mentions:
                    if prev.start <= pm.start < prev.end and pm.person not in named:
                        roles = set(self.persons[pm.person].roles)
                        if m.group("pair"):
                            roles.discard("relative")  # "X and his wife Y. The couple …"
                        if roles & self._NOT_FALLBACK_ROLES and not (
                            roles & self._PERPETRATOR_ROLES
                        ):
                            continue
                        if "victim" in roles and not roles & self._PERPETRATOR_ROLES:
                            continue
                        named.append(pm.person)
                found = [p for p in named if p not in found] + found
                if len(found) >= n:
                    break
            return (found if len(found) == n else [], self.text[x:y])
        return None

    @staticmethod
    def _family(ltype: str) -> str:
        return "pardon" if ltype in ("pardon", "humanitarian_pardon") else ltype

    _ANAPHORIC = re.compile(
        r"\b(?:this|that|the|his|her|its|their|el|este|ese|dicho|su|la|esta|esa)\s+$"
    )

    def _trigger_subjects(
        self,
        a: int,
        b: int,
        ltype: str,
        s: Sentence,
        persons: list[PersonMention],
        subjects_all: list[int],
        last_by_type: dict[str, list[int]],
    ) -> list[int]:
        """Who a legal trigger is about: "X's pardon", "the pardon of X", "this pardon"."""
        word = self.folded[a:b]
        before = self.folded[max(s.start, a - 30) : a]
        after = self.folded[b : b + 60]
        allowed = [m for m in persons if m.person in subjects_all]
        # possessive: "Fujimori's pardon"
        for m in allowed:
            if 0 <= a - m.end <= 4 and re.match(r"^['’]s?\s*$", self.text[m.end : a]):
                return [m.person]
        noun = (
            not re.search(r"(?:ed|o|aron|ieron|ado|ada|ia|ian)$", word)
            and word not in self._INFINITIVES
        )
        if noun:
            # "the pardon of X", "el indulto a X", "indulto al expresidente X"
            for m in allowed:
                gap = self.folded[b : m.start]
                if 0 <= m.start - b <= 45 and re.match(
                    r"^\s*(?:\w+\s+){0,3}?(?:of|for|to|granted\s+to|de|del|a|al|para)\s+"
                    r"(?:(?:the|former|el|la|ex|then|\w+-?president[ea]?|expresidente|presidente|"
                    r"exmandatario)\s+)*$",
                    gap,
                ):
                    return self._with_coordinated(m, allowed)
            if self._ANAPHORIC.search(before) and last_by_type.get(self._family(ltype)):
                prev = last_by_type[self._family(ltype)]
                if not any(m.person in prev for m in allowed) or not allowed:
                    return list(prev)
        if not noun and re.match(
            r"^\s+(?:a\s+)?(?:todos\s+los|todas\s+las|all\s+the|otros|otras|other|the\s+other)\s|"
            r"^\s+(?:a\s+)?(?:todos|todas)\b(?!\s+(?:ellos|ellas)\b)|^\s+them\s+all\b",
            after,
        ):
            return []  # "absolvió a todos los acusados"
        return list(subjects_all)

    def _with_coordinated(self, first: PersonMention, allowed: list[PersonMention]) -> list[int]:
        out = [first.person]
        end = first.end
        for m in sorted(allowed, key=lambda x: x.start):
            if m.start <= first.start:
                continue
            if re.match(r"^\s*(?:,|and|y|e)\s*(?:a\s+|al\s+)?$", self.folded[end : m.start]):
                out.append(m.person)
                end = m.end
        return out

    # a ruling named by its noun: "gave its verdict", "the judgment read on ...", "el fallo"
    _RULING_NOUN = re.compile(
        r"\b(?:verdicts?|judg(?:e)?ments?|rulings?|veredictos?|fallos?|"
        r"(?:ended|concluded|closed)\s+(?:[\w\"“”'-]+\s+){0,5}?trial|"
        r"(?:concluy\w+|termin\w+|cerr\w+)\s+(?:[\w\"“”'-]+\s+){0,5}?juicio)\b"
    )

    def _ruling_word_date(self, d: DateMention) -> bool:
        """A date nearer to a ruling (a legal trigger or a ruling noun) than to an event."""
        if self._ruling_date(d):
            return True
        sent = self.sents[self.sentence_at(d.start)]
        seg = self.folded[sent.start : sent.end]
        nouns = [
            self._gap(d.start, d.end, sent.start + x.start(), sent.start + x.end())
            for x in self._RULING_NOUN.finditer(seg)
        ]
        if not nouns:
            return False
        ev = [
            self._gap(d.start, d.end, sent.start + x.start(), sent.start + x.end())
            for pattern, _t in EVENT_TRIGGER_RE
            for x in pattern.finditer(seg)
        ]
        return min(nouns) < min(ev, default=10**9)

    def _ruling_told_before(self, f: _Legal) -> DateMention | None:
        """The date of a ruling told in the sentences just before, in the same paragraph: the
        last date written there, when it dates a ruling ("on 20 March 2006, when the chamber
        gave its verdict. X received 16 years")."""
        last = None
        for d in self.dates:
            if d.start >= f.sentence.start:
                break
            if d.value and self.sents[self.sentence_at(d.start)].paragraph == f.sentence.paragraph:
                last = d
        if last is None or last.precision not in ("day", "month"):
            return None
        return last if self._ruling_word_date(last) else None

    _COURT_NOUN = re.compile(
        r"\b(?:court|tribunal|chamber|judges?|jury|panel|sala|corte|juez|jueza|jurado)\b"
    )

    _UNDONE_NOT_A_CONVICTION = re.compile(
        r"\s+(?:parcialmente\s+|asi\s+|partially\s+)?(?:la|las|el|su|sus|the|his|her|their)\s+"
        r"(?:absolucion(?:es)?|acquittals?|arresto|prision\s+domiciliaria|house\s+arrest|"
        r"detencion\s+domiciliaria|declaratoria|libertad|release)\b"
    )
    _TRIAL_STEP = re.compile(
        r"\b(?:trials?|hearings?|juicios?|audiencias?|proceso|opened|began|started|begins|"
        r"opens|abrio|comenzo|empezo|inicio|arranco)\b"
    )

    def _court_date_before(self, f: _Legal) -> DateMention | None:
        """ "On Tuesday, 30 July 2013, the Superior Court went further. It found X guilty":
        the sentence just before, in the same paragraph, brings in a court with a date and
        tells nothing else (no legal or event word of its own); its date is the ruling's."""
        if f.sentence.index == 0:
            return None
        prev = self.sents[f.sentence.index - 1]
        if prev.paragraph != f.sentence.paragraph:
            return None
        seg = self.folded[prev.start : prev.end]
        own = [
            d
            for d in self.dates
            if prev.start <= d.start < prev.end and d.value and d.precision in ("day", "month")
        ]
        if len(own) != 1 or not self._COURT_NOUN.search(seg):
            return None
        if any(p.search(seg) for p, _t in LEGAL_TRIGGER_RE) or ARREST_DETENTION_RE.search(seg):
            return None
        if any(p.search(seg) for p, _t in EVENT_TRIGGER_RE) or self._TRIAL_STEP.search(seg):
            return None  # "Their trial before the court opened on 27 December 2011."
        return own[0]

    _SAME_COURT = re.compile(
        r"\b(?:the\s+same|el\s+mismo|la\s+misma)\s+(?:court|bench|chamber|tribunal|panel|"
        r"judges?|jury|sala|corte|juez|jueza|jurado|camara)\b"
    )

    def _same_court_dates(self, facts: list[_Legal]) -> None:
        """ "On 17 December a bench … convicted X. The same bench upheld the terms of Y": a
        ruling of "the same court" with no date of its own was handed down with the ruling of
        that court told last, on its date (not on the date of the story's news)."""
        for i, f in enumerate(facts):
            if f.date is not None or f.refers or f.type not in self._RULING_FAMILY:
                continue
            head = self.folded[f.sentence.start : f.sentence.end]
            m = self._SAME_COURT.search(head)
            if m is None or re.search(r"\b(?:had|habia|habian)\b", head):
                continue
            if any(f.sentence.start <= d.start < f.sentence.end for d in self.dates):
                continue  # a date in its sentence, even one not given to it, is its own
            before = [
                g
                for g in facts[:i]
                if g.date is not None
                and g.type in self._RULING_FAMILY
                and g.sentence.index < f.sentence.index
            ]
            if before:
                f.date = before[-1].date

    def _release_with_ruling(self, facts: list[_Legal]) -> None:
        """ "X and Y were acquitted and released", "fueron absueltos y quedaron en libertad": a
        release with no date of its own, joined by "and" to the ruling that freed them in its
        sentence, takes that ruling's date."""
        for f in facts:
            if f.type != "release" or f.date is not None:
                continue
            for g in facts:
                if (
                    g.sentence is f.sentence
                    and g.type in ("acquittal", "annulment", "pardon", "humanitarian_pardon")
                    and g.date is not None
                    and set(g.subjects) >= set(f.subjects)
                    and re.search(
                        r"\b(?:and|y|e)\s+(?:(?:was|were|se|fue|fueron)\s+)?(?:\w+\s+)?"
                        r"(?:released|freed|set\s+free|quedaron|quedo|salieron|salio|puest|liberad)",
                        self.folded[f.sentence.start : f.sentence.end],
                    )
                ):
                    f.date = g.date
                    break

    # a sentence that goes on with the court of the sentence before: "It also ordered …", "The
    # chamber further quashed …", "También ordenó …", "Además anuló …"
    _SAME_COURT_GOES_ON = re.compile(
        r"\s*(?:it|the\s+(?:court|chamber|tribunal|panel|bench|judges?)|"
        r"(?:la|el)\s+(?:corte|sala|camara|tribunal|jueza?))\s+(?:also|further|then|too|"
        r"likewise)\b|\s*it\s+(?!(?:was|is|has|had|will|would)\b)[a-z]+ed\b|"
        r"\s*(?:tambien|ademas|asimismo)\s+(?!(?:fue|fueron|habia|habian)\b)[a-z]+(?:o|io)\b"
    )

    def _court_goes_on(self, facts: list[_Legal]) -> None:
        """ "On 4 April 2022 the court cut the penalty. It also ordered a new hearing for X": a
        ruling with no date, told by the court of the sentence just before (same paragraph),
        was handed down with the ruling told there, on its date."""
        for f in facts:
            if f.date is not None or f.refers or f.type not in self._RULING_FAMILY:
                continue
            if f.sentence.index == 0 or not self._SAME_COURT_GOES_ON.match(
                self.folded[f.sentence.start : f.sentence.end]
            ):
                continue
            if re.search(r"\b(?:had|habia|habian)\b", self._main_clause(f.sentence)):
                continue
            prev = self.sents[f.sentence.index - 1]
            if prev.paragraph != f.sentence.paragraph:
                continue
            before = [
                g
                for g in facts
                if g.sentence is prev and g.date is not None and g.type in self._RULING_FAMILY
            ]
            if before:
                f.date = before[-1].date

    def _inherit_ruling_dates(self, facts: list[_Legal]) -> None:
        """Sentences handed down in one ruling share its date (same or next paragraph)."""
        self._court_goes_on(facts)
        dated = [f for f in facts if f.type in ("conviction", "acquittal") and f.date]
        peg = self._news_peg()
        for f in facts:
            if f.date is not None or f.type not in ("conviction", "acquittal") or f.refers:
                continue
            f.date = self._court_date_before(f)
            for g in dated if f.date is None else []:
                gap = f.sentence.paragraph - g.sentence.paragraph
                if 0 <= gap <= 1 and g.sentence.index < f.sentence.index:
                    if not set(f.subjects) & set(g.subjects) or not f.subjects:
                        f.date = g.date
                        break
            if f.date is None:
                f.date = self._ruling_told_before(f)
            if f.date is None and peg is not None and peg.start < f.sentence.start:
                if not _EARLIER_RULING.search(self._main_clause(f.sentence)):
                    f.date = peg
        for f in facts:
            # the ruling the story reports on dates the terms told after it in the present
            # story ("On Monday, the court ... . The four men ... each received 34 years")
            if (
                f.date is None
                and f.type in ("sentence_reaffirmed", "sentence_modified")
                and peg is not None
                and peg.start < f.sentence.start
                and not _EARLIER_RULING.search(self._main_clause(f.sentence))
            ):
                f.date = peg

    def _main_clause(self, s: Sentence) -> str:
        """A sentence without its relative clauses: in "the court acquitted X, who had been
        charged with ...", "had been" tells of the charge, not of an earlier ruling."""
        seg = self.folded[s.start : s.end]
        return re.sub(r",\s+(?:who|which|quien|quienes|que)\s[^,;]*", "", seg)

    def _news_peg(self) -> DateMention | None:
        """The date of the ruling a story reports: a day-precise date next to a legal trigger
        or ruling word, at most 60 days before publication, in the first paragraphs."""
        if self.published is None:
            return None
        for d in self.dates:
            if d.precision != "day" or not d.value:
                continue
            if self.sents[self.sentence_at(d.start)].paragraph > 2:
                break
            try:
                when = date.fromisoformat(d.value)
            except ValueError:
                continue
            if 0 <= (self.published - when).days <= 60 and self._ruling_word_date(d):
                return d
        return None

    # a ruling asked for, called for or demanded in its clause: "the defence asked for the
    # convictions to be quashed", "reclamaba la absolución", "call on the court to uphold it"
    _REQUESTED_BEFORE = re.compile(
        r"\b(?:ask|asks|asked|asking|call|calls|called|calling|urge|urges|urged|urging|"
        r"request|requests|requested|requesting|demand|demands|demanded|demanding|"
        r"pide|piden|pidio|pidieron|pedido|pedia|pedian|pedira|pediran|reclama|reclaman|"
        r"reclamaba|reclamaban|reclamo|reclamaron|solicita|solicitan|solicitaron|"
        r"exige|exigen|exigio|exigieron)\b[^.;:]{0,60}$"
    )
    # ", and the court", ", y el tribunal", "; the jury": a clause with its own subject
    _NEW_SUBJECT_CLAUSE = re.compile(
        r"(?:[,;]\s*(?:and|but|y|pero|e)|;)\s+(?:then\s+|luego\s+)?(?:the|a|an|el|la|los|las|un|una|"
        r"he|she|they|it|el|ella|ellos)\s+(?:[\w-]+\s+){0,3}?$"
    )
    # "would be entitled to a new trial", "cannot be pardoned", "podría ser absuelto"
    _MODAL_BEFORE = re.compile(
        r"\b(?:would|could|cannot|can|might|should|podria|podrian|podra|podran)\s+"
        r"(?!(?:\w+\s+)?(?:later|eventually|then|soon|finally|luego|despues)\b)"
        r"(?:not\s+|no\s+|still\s+)?(?:[\w-]+\s+){0,4}$"
    )
    # a list of demands: "The Coalition demands:", "Exigimos:"
    _DEMAND_INTRO = re.compile(
        r"\b(?:demands?|calls?\s+for|urges?|asks?|exige|exigen|exigimos|pide|piden|pedimos|"
        r"reclama|reclaman|reclamamos|solicita|solicitan|solicitamos|demandamos)\s*:\s*$"
    )

    # a vague share or a running total before a ruling word: "only a few were ever",
    # "most of the accused were", "la mayoría de los acusados fueron", "more than 1,100 people
    # have been"
    _VAGUE_TALLY = re.compile(
        r"(?:\b(?:only\s+)?(?:a\s+few|a\s+handful|few|unos\s+pocos|muy\s+pocos)|"
        r"\b(?:most|la\s+mayoria)(?:\s+(?:of|de)\s+(?:the|them|those|los|las|ellos)"
        r"(?:\s+[a-z]+)?)?|"
        r"\b(?:more\s+than|over|mas\s+de)\s+[\d.,]+\s+(?:people|persons|personas))"
        r"\s+(?:were|have\s+been|had\s+been|fueron|han\s+sido|habian\s+sido)\s+"
        r"(?:ever\s+|later\s+)?$"
    )

    def _filter_legal(
        self, trig: list[tuple[int, int, str]], s: Sentence
    ) -> list[tuple[int, int, str]]:
        out = []
        types = {t for _, _, t in trig}
        for a, b, t in trig:
            before = self.folded[max(s.start, a - 40) : a]
            after = self.folded[b : b + 40]
            if t == "release":
                if NOT_RELEASE_AFTER.match(after):
                    continue
                if re.search(
                    r"(?:ordered|ordeno|demand\w*|exig\w+|pidi\w+|call\w*\s+for|"
                    r"request\w*|solicit\w+|await\w*|espera\w*|asked\s+to\s+be|"
                    r"sought\s+to\s+be|pidieron\s+ser|pidio\s+ser)\s+"
                    # ("ordered the couple's release": a possessive is one of the words)
                    r"(?:[\w-]+(?:['’]s?)?\s+){0,3}$",
                    before,
                ):
                    continue
                word = self.folded[a:b]
                if word.startswith("walked out") and not re.match(
                    r"\s+(?:of\s+)?(?:\w+\s+){0,3}(?:prison|jail|penitentiary|custody|cell|"
                    r"clinic|hospital|barracks)|[^.;]{0,30}\bfree\b",
                    after,
                ):
                    continue  # "walked out saying the judges were not impartial"
                if word.startswith("libertad vigilada"):
                    continue  # a sentence served outside prison, not a release from it
                if re.search(
                    r"\b(?:report|informe|statement|declaracion|video|film|book|libro|document\w*|"
                    r"list|lista|data|datos|figures|cifras|files|archivos|documents)\b"
                    r"[^.;]{0,25}$",
                    before,
                ) and re.match(r"released|release", word):
                    continue  # "its report, released on 8 February 1983"
                if re.match(
                    r"\s+(?:de\s+|of\s+)?(?:los\s+|las\s+|the\s+)?(?:\w+\s+)?"
                    r"(?:secuestrad[oa]s|rehenes|hostages|kidnap\w+)",
                    after,
                ):
                    continue  # hostages freed by their captors: not a legal release
                if "pardon" in types or "humanitarian_pardon" in types:
                    # "released ... under the pardon": the release is its own fact only with a date
                    pass
            if t in ("pardon", "humanitarian_pardon") and re.search(
                r"\b(?:request\w*|sought|"
                r"solicit\w+|pidio|pedido|promis\w+|prometi\w+|ofreci\w+|offer\w*|"
                r"consider\w*|evalu\w+)\s+(?:\w+\s+){0,3}$",
                before,
            ):
                continue
            if t in ("pardon", "humanitarian_pardon", "release") and re.match(
                r"\s*(?:que|which|that)?\s*(?:nunca|never|no\s+(?:fue|llego)|was\s+(?:never|not)|"
                r"fue\s+(?:rechazad|denegad|negad))",
                after,
            ):
                continue  # "un indulto que nunca llegó a firmarse"
            if t == "conviction" and re.search(
                r"\b(?:first|primera)\s+(?:time|vez)\b[^.;]{0,80}$",
                self.folded[max(s.start, a - 100) : a],
            ):
                continue  # "the first time that army officers had been convicted": a comment
            sought = SOUGHT_BEFORE.search(before) if t == "conviction" else None
            if sought and not self._NEW_SUBJECT_CLAUSE.search(before, sought.start()):
                continue
            if (
                t == "conviction"
                and re.fullmatch(r"convictions?", self.folded[a:b])
                and re.search(
                    r"\b(?:quashed|overturned|annulled|vacated|reversed|voided|nullified|"
                    r"set\s+aside|struck\s+down|overturning|quashing|annulling|vacating)\s+"
                    r"(?:the|his|her|their|its|that|those|this|these|"
                    r"(?:[\w-]+\s+){0,2}[\w-]+['’]s?)\s+(?:[\w-]+\s+){0,2}$",
                    before,
                )
            ):
                continue  # "quashed Kondewa's conviction": a conviction undone, told earlier
            if t == "conviction" and re.search(r"\bnot\s+guilty$", self.folded[a:b]):
                continue  # "found the twenty officials not guilty": an acquittal
            clause = self.folded[max(s.start, a - 70) : a]
            req = self._REQUESTED_BEFORE.search(clause)
            if req and re.search(
                r"\b(?:rechaz\w+|rejected|denied|dismissed|nego|desestim\w+)\s+(?:\w+\s+){0,2}$",
                clause[: req.start()],
            ):
                req = None  # "rechazó el pedido de revocar la prisión domiciliaria": it stands
            if req and self._NEW_SUBJECT_CLAUSE.search(clause, req.start()):
                # "pidieron juicio de derecho, y el tribunal condenó": the request ends where a
                # clause with a subject of its own begins
                req = None
            if req or self._MODAL_BEFORE.search(before):
                continue  # "asked for the convictions to be quashed", "cannot be pardoned"
            if t == "acquittal" and re.search(
                r"\b(?:revocando|revoking|overturning|reversing|anulando|quashing|annulled|"
                r"overturned|quashed|vacated|reversed|set\s+aside|anulo|revoco|dejo\s+sin\s+efecto)"
                r"\s+(?:asi\s+)?(?:su|sus|la|las|his|her|their|the|that|this|esa|esta)\s+$",
                before,
            ):
                # "condenar a X, revocando su absolución", "annulled that acquittal": an
                # acquittal undone (told where it was handed down), not one handed down here
                continue
            if (
                t == "annulment"
                and re.match(r"revoc|overturn|revers", self.folded[a:b])
                and (
                    self._UNDONE_NOT_A_CONVICTION.match(after)
                    or re.match(
                        r"[^.;]{0,40}?\b(?:y|and)\s+(?:lo\s+|la\s+|los\s+|las\s+)?"
                        r"(?:condeno|condenaron|convicted|sentenced)\b",
                        after,
                    )
                )
            ):
                # "revocó la absolución", "revocó el arresto domiciliario", "revocó esa
                # decisión y lo condenó": the ruling undone was no conviction
                continue
            if re.search(
                r"\b(?:no\s+one|nobody|nadie|ninguno|not\s+(?:everyone|everybody|all))\s+"
                r"(?:\w+\s+){0,3}$",
                before,
            ):
                continue  # "No one was ever convicted", "nadie fue condenado": nothing was done
            if t == "release" and re.search(
                r"\b(?:without|with\s+no|no|sin)\s+(?:the\s+|la\s+)?(?:\w+\s+)?(?:possibility|"
                r"chance|prospect|right|posibilidad|derecho|opcion)\s+(?:of|for|to|de|a)\s+"
                r"(?:early\s+|an\s+early\s+)?$|\beligible\s+for\s+(?:early\s+)?$",
                before,
            ):
                continue  # "life without the possibility of release": no release at all
            if t in ("retrial", "retrial_ordered", "new_trial") and re.search(
                r"\b(?:without|with\s+no|no|sin|ruled\s+out|descart(?:o|aron|ando))\s+"
                r"(?:a\s+|an\s+|any\s+|un\s+|ningun\s+|otro\s+)?(?:further\s+)?$",
                before,
            ):
                continue  # "annulled the convictions without a retrial", "sin nuevo juicio"
            if t == "release" and re.search(r"\bfor\s+immediate\s+$", before):
                continue  # "For immediate release — Quito, 6 August 2024": a press release
            if t in ("conviction", "acquittal") and self._VAGUE_TALLY.search(before):
                continue  # "only a handful were convicted", "more than 1,100 people have been
                # convicted": a tally over many rulings, not a ruling
            if (
                t == "conviction"
                and re.fullmatch(r"condenad[oa]s?|sentenciad[oa]s?|convicts?", self.folded[a:b])
                and re.search(
                    r"\b(?:los|las|el|la|sus|estos|esos|the|dos|tres|cuatro|\d+)\s+$", before
                )
                and not re.match(r"\s+(?:a|en|por|to)\s", after)
                and not any(s.start <= m.start < s.end for m in self.person_mentions)
            ):
                continue  # "Los condenados seguirán en libertad": the people, not a new ruling
            if (
                t == "conviction"
                and re.fullmatch(r"condenad[oa]s|sentenciad[oa]s|convicted", self.folded[a:b])
                and re.search(
                    r"\b(?:uno|una|dos|tres|varios|varias|algunos|algunas|one|two|three|some|"
                    r"several|most|none)\s+(?:de|of)\s+(?:los|las|the|those)\s+$",
                    before,
                )
                and not re.match(r"\s+(?:a|en|por|to|in|for|of)\s", after)
            ):
                continue  # "uno de los condenados, X", "one of the convicted": the people named
            if (
                t == "detention"
                and ("release" in types)
                and re.match(r"held\s+in", self.folded[a:b])
            ):
                continue
            if t == "pardon" and "humanitarian_pardon" in types:
                continue
            if (
                t == "detention"
                and re.search(
                    r"(?:ordered|ordeno|dispuso)\s+(?:\w+\s+){0,7}$",
                    self.folded[max(s.start, a - 70) : a],
                )
                and not self._HELD_PENDING.match(self.folded[a:b])
            ):
                continue  # "ordered him back to prison": an order to return, not the detention
            if t == "conviction" and types & {"sentence_reaffirmed", "sentence_modified"}:
                # "upheld the 25-year sentence": the conviction is not a new fact here
                # ("había condenado a X a diez años" is an active verb too)
                active = re.search(
                    r"sentenced|convicted|condeno|condenaron|sentencio", self.folded[a:b]
                ) or re.search(
                    r"\b(?:habia|habian|ha|han|hubo)\s+$", self.folded[max(0, a - 10) : a]
                )
                if not active:
                    continue
            out.append((a, b, t))
        return out

    # a judge's order of house arrest or of detention pending trial is the detention itself
    _HELD_PENDING = re.compile(
        r"(?:prision|detencion)\s+(?:domiciliaria|preventiva|provisional)|arresto\s+domiciliario|"
        r"house\s+arrest|(?:provisional|pre-?trial)\s+detention|casa\s+por\s+carcel"
    )

    _VICTIM_OF = re.compile(
        r"\b(?:murders?|killings?|kidnapping|abduction|deaths?|disappearances?|torture|"
        r"executions?|rape|detention|imprisonment|attempted\s+murder|"
        r"asesinatos?|muertes?|secuestros?|desaparicion(?:es)?|homicidios?|torturas?|tormentos|"
        r"sustraccion|ocultamiento|apropiacion|"
        r"ejecucion(?:es)?|violacion(?:es)?|detencion|tentativa\s+de\s+\w+|victims?|victimas?)"
        r"\s+(?:[\w-]+\s+){0,2}?(?:of|de|del|against|contra|en\s+agravio\s+de)\s+"
        r"(?:the\s+|la\s+|el\s+|su\s+|his\s+|her\s+)?(?:[\w-]+,?\s+){0,5}$|"
        r"\b(?:raped|murdered|killed|tortured|kidnapped|abducted|shot|asesino\s+a|mato\s+a)\s+"
        r"(?:\w+\s+){0,2}$"
    )
    _AGENT_BY = re.compile(
        r"\b(?:by|(?<!casa\s)por|led\s+by|liderad[oa]\s+por|granted\s+by|concedido\s+por)\s+"
        r"(?:[\w'’-]+[\s,]+){0,4}$"
    )

    # "X and his brother Y", "X y su hijo Y": a relative of a subject named with him
    _KIN_OF_SUBJECT = re.compile(
        r"\s*,?\s*(?:and|y|e)\s+(?:his|her|their|su|sus)\s+(?:[\w-]+\s+){1,2}$"
    )

    # a crime noun, up to four lower-case words ("muy especialmente agravado", "illegal"), "of",
    # and up to three lower-case words of apposition ("la maestra") before a name: its victim
    _VICTIM_OF_LONG = re.compile(
        r"\b(?:murders?|killings?|homicid(?:e|ios?)|asesinatos?|deprivation\s+of\s+liberty|"
        r"privacion\s+(?:ilegal\s+|ilegitima\s+)?de\s+(?:la\s+)?libertad|crimes?|crimen|"
        r"kidnapping|secuestros?|desaparicion(?:es)?(?:\s+forzadas?)?|disappearances?)"
        r"(?:\s+[a-z-]+){0,4}?\s+(?:of|de|del|against|contra|en\s+agravio\s+de)\s+"
        r"(?:(?:the|la|el|los|las|su|his|her)\s+)?(?:[a-z-]+\s+){0,3}?,?\s*$"
    )
    # "found guilty of killing X", "the pellets that blinded X", "mató en Lima al general X"
    _VICTIM_VERB = re.compile(
        r"\b(?:killing|murdering|kidnapping|abducting|torturing|raping|blinded|maimed|"
        r"assassinated)\s+(?:(?:the|a|an)\s+[a-z-]+\s+)?$|"
        r"\b(?:mato|asesino|secuestro|torturo|hirio|ejecuto)\b[^.;,]{0,40}?\s(?:a|al|a\s+la)\s+"
        r"(?:[a-z-]+\s+){0,2}$"
    )
    # "... of a student and sentenced X": a new verb ends the crime's words
    _NEW_RULING_VERB = re.compile(
        r"\b(?:and|y|e)\s+(?:also\s+|then\s+|later\s+)?(?:sentenced|convicted|acquitted|"
        r"imposed|gave|ordered|found|condeno|condenaron|absolvio|absolvieron|sentencio|impuso)\b"
    )
    # a name used as a place or a time: "the hamlets of X", "arrested at X", "the X highway",
    # "the deadliest day of X's government"
    _PLACE_NOUN_OF = re.compile(
        r"\b(?:hamlets?|villages?|towns?|communit(?:y|ies)|districts?|provinces?|"
        r"caserios?|comunidad(?:es)?|anexos?|distritos?|provincias?|localidad(?:es)?|"
        r"(?:government|gobierno|administration|presidency|presidencia|mandato)\s+"
        r"(?:of|de|del)(?:\s+(?:president|presidente))?)\s+(?:of\s+|de\s+|del\s+)?"
        r"(?:(?:the|los|las)\s+)?$|\b(?:at|near)\s+$"
    )
    _PLACE_NOUN_AFTER = re.compile(
        r"^(?:\s+(?:highway|road|avenue|street|bridge|airport|stadium|square)\b|"
        r"['’]s\s+(?:\w+\s+)?(?:government|administration|presidency|regime|rule)\b)"
    )
    _LIST_AFTER_JUDGE = re.compile(r"^\s*(?:\([^)]{0,20}\))?\s*(?:,|and|y|e)\s*(?:and|y|e)?\s*$")

    def _legal_subjects(self, persons: list[PersonMention], s: Sentence) -> list[int]:
        out: list[int] = []
        victims_here: list[PersonMention] = []
        judge_end: int | None = None
        pardonish = bool(re.search(r"pardon|indult|clemenc", self.folded[s.start : s.end]))
        prev_end = s.start
        for m in persons:
            p = self.persons[m.person]
            accused_roles = {"convicted_perpetrator", "prisoner", "alleged_perpetrator"} & set(
                p.roles
            )
            # "acquitted Captain X and Lieutenant Y", "absolvió al exjefe X y al excapitán Y, el
            # juez militar que instruyó el sumario": the object of a ruling verb is one of the
            # accused, whatever role a word near it suggests
            ruled_on = self._ruling_object(m, s, out)
            if (
                {"judge", "prosecutor", "lawyer", "journalist"} & set(p.roles)
                and not accused_roles
                and not ruled_on
            ):
                if {"judge", "prosecutor"} & set(p.roles):
                    judge_end = m.end
                continue
            if (
                judge_end is not None
                and not accused_roles
                and not ruled_on
                and self._LIST_AFTER_JUDGE.match(self.folded[judge_end : m.start])
            ):
                judge_end = m.end
                continue  # "Judges A (presiding), B and C": the bench, not the accused
            judge_end = None
            item = re.split(r"[,;]", self.folded[max(s.start, m.start - 110) : m.start])[-1]
            if self._own_term_after(m) and not (
                self._VICTIM_VERB.search(item)
                or self._VICTIM_OF_LONG.search(item)
                or self._VICTIM_OF.search(item)
            ):
                # "…por el asesinato de V, a B a 18 años": a name given a term of its own is
                # sentenced, whatever crime noun comes before it
                if m.person not in out:
                    out.append(m.person)
                    prev_end = m.end
                continue
            before_long = self.folded[max(s.start, m.start - 110) : m.start]
            vm = self._VICTIM_OF_LONG.search(before_long)
            if vm and self.text[m.start - len(before_long) + vm.start() : m.start].islower():
                victims_here.append(m)
                continue  # "por el homicidio muy especialmente agravado de la maestra X"
            if self._VICTIM_VERB.search(before_long[-60:]):
                victims_here.append(m)
                continue  # "found guilty of killing X", "mató en Lima al general X"
            if self._PLACE_NOUN_OF.search(before_long[-40:]) or self._PLACE_NOUN_AFTER.match(
                self.text[m.end : m.end + 40]
            ):
                continue  # "the hamlets of X", "arrested at X", "the X highway"
            if (
                "relative" in p.roles
                and not self._PERPETRATOR_ROLES & set(p.roles)
                and not (out and self._KIN_OF_SUBJECT.match(self.folded, prev_end, m.start))
            ):
                continue  # "dijo Gisela Ortiz, hermana de uno de los estudiantes"
            if (
                m.title
                and TITLE_ROLE.get(m.title) in ("judge", "prosecutor", "lawyer")
                and not ruled_on
            ):
                continue
            before = self.folded[max(s.start, m.start - 50) : m.start]
            vo = self._VICTIM_OF.search(before)
            if vo and self._NEW_RULING_VERB.search(before, vo.start()):
                vo = None  # "of the murder of a student and sentenced X"
            if vo or re.search(
                r"\b(?:victims?|victimas?|relatives?\s+of|familiares\s+de|widow|viuda|"
                r"mother\s+of|madre\s+de)\s+(?:the\s+|la\s+|el\s+)?(?:\w+\s+){0,1}$",
                before[-30:],
            ):
                victims_here.append(m)
                continue
            if victims_here and re.match(
                r"^\s*(?:,|and|y)?\s*(?:and|y)?\s*(?:of|de|del)?\s*(?:the\s+|la\s+|el\s+)?"
                r"(?:[\w-]+,?\s+){0,4}$",
                self.folded[victims_here[-1].end : m.start],
            ):
                victims_here.append(m)
                continue  # "the murder of Víctor Jara and of the prison director Littré Quiroga"
            if self._AGENT_BY.search(before[-35:]) and not re.search(
                r",\s+(?!the\s|el\s|la\s|former\s|then\s)[a-z]+\s+$", before
            ):
                continue  # "presided over by Judge X, found Y guilty": Y is the object
            if (
                pardonish
                and len(persons) > 1
                and re.search(
                    r"\b(?:president(?:-elect)?|presidente|presidenta)(?:\s+electo)?\s*,?\s*$",
                    before,
                )
            ):
                continue  # the president who grants the pardon is not its subject
            if m.person not in out:
                out.append(m.person)
                prev_end = m.end
        return out

    # an active ruling verb and the head of its object: "acquitted Captain", "convicted the
    # former mayor", "absolvió al exjefe de la base,", "condenó a la exministra"
    _OBJECT_HEAD = re.compile(
        r"\b(?:acquitted|convicted|sentenced|cleared|absolvio|absolvieron|condeno|condenaron)"
        r"(?P<gap>\s+(?:(?:the|former|ex|retired)\s+)*(?:[a-z-]+\s+){0,1}|"
        r"\s+(?:a|al)\s+(?:(?:la|los|las)\s+)?(?:[a-z-]+\s+){0,5}?(?:[a-z-]+,\s+)?)$"
    )
    _OBJECT_LINK = re.compile(
        r"^\s*(?:,\s*(?:de\s+)?\d{2}(?:\s+anos)?\s*)?,?\s*(?:and|y|e)\s+(?:(?:a|al)\s+)?"
        r"(?:(?:the|la|el)\s+)?(?:[a-z-]+\s+){0,2}$"
    )

    def _ruling_object(self, m: PersonMention, s: Sentence, chosen: list[int]) -> bool:
        """A name right after an active ruling verb, as its object, or joined by "and"/"y" to
        the one before it that was."""
        lo = max(s.start, m.start - 60)
        if self._OBJECT_HEAD.search(self.folded[lo : m.start]):
            return True
        prev = [
            pm
            for pm in self.person_mentions
            if s.start <= pm.start < m.start and pm.person in chosen and pm.person != m.person
        ]
        if not prev:
            return False
        last = prev[-1]
        if not self._OBJECT_LINK.match(self.folded[last.end : m.start]):
            return False
        return self._ruling_object(last, s, chosen)

    def _group_phrase(self, s: Sentence) -> str | None:
        seg = self.folded[s.start : s.end]
        m = re.search(
            r"\b((?:\w+\s+){0,2}(?:other\s+)?(?:co-?defendants|defendants|soldiers|officers|"
            r"leaders|members|former\s+soldiers|ex-?soldiers|accused|militares|soldados|acusados|"
            r"procesados|exmilitares|ex\s+militares|oficiales|dirigentes|cabecillas|"
            r"sentenciados|condenados|policias|agentes|exmarinos|marinos|expatrulleros|"
            r"patrulleros|exparamilitares|paramilitares|exguerrilleros|guerrilleros|exagentes|"
            r"excarabineros|carabineros|integrantes|miembros|guards|guardsmen|guardias|prospectors|"
            r"policemen|police\s+officers|paramilitaries|guerrillas|marines|patrollers))\b",
            seg,
        )
        if not m:
            return None
        return self.text[s.start + m.start(1) : s.start + m.end(1)]

    def _legal_date(
        self, s: Sentence, a: int, b: int, trig: list[tuple[int, int, str]]
    ) -> DateMention | None:
        ds = [
            d
            for d in self.dates
            if s.start <= d.start < s.end and d.value and not self._crime_date(d, s)
        ]
        if not ds:
            return None
        ev_triggers = self._event_trigger_positions(s)

        def semi_between(d: DateMention, x0: int, x1: int) -> bool:
            lo, hi = (d.end, x0) if d.end <= x0 else (x1, d.start)
            return ";" in self.folded[lo:hi]

        def score(d: DateMention, x0: int, x1: int) -> int:
            gap = self._gap(d.start, d.end, x0, x1)
            # "sentenced ... in 2009" reads after the verb; a date before it belongs elsewhere,
            # unless it opens the sentence ("On Monday, the court ...")
            if d.end <= x0 and d.start - s.start > 3:
                gap += 12
            if semi_between(d, x0, x1):
                # "acquitted X on 18 December 2012; he was freed three days later": a date of
                # another clause only when its own has none
                gap += 40
            return gap

        def opening(d: DateMention) -> bool:
            # "On 8 June 2001, the court ...", "In January 1996 a military court ...": a date
            # that opens the sentence is the date of its main clause
            head = self.folded[s.start : d.start]
            return bool(re.fullmatch(r"\s*(?:(?:on|in|el|en|the|since|desde|a|at)\s+)*", head))

        def event_nearer(d: DateMention) -> bool:
            if opening(d) and d.end <= a:
                return False
            return any(
                self._gap(d.start, d.end, e0, e1) < self._gap(d.start, d.end, a, b)
                and not semi_between(d, e0, e1)  # "… y homicidio; en 2011 la Corte redujo"
                for e0, e1 in ev_triggers
            )

        def own_clause(d: DateMention) -> bool:
            # "X, arrested by the police in May 2008, was convicted": the apposition's date is
            # the participle's own
            return (
                a <= d.start
                and d.start - b <= 60
                and not re.search(r"[,;]", self.folded[b : d.start])
            )

        own = [d for d in ds if self._in_subordinate(d, s) and own_clause(d)]
        if own:
            return own[0]
        for d in ds:
            # "el tribunal, que en abril había absuelto a X", "who last April was sentenced":
            # the relative clause's date is its own verb's
            if (
                d.end <= a
                and self._RELATIVE_HEAD.search(self.folded[max(s.start, d.start - 12) : d.start])
                and re.fullmatch(r"\s+(?:[\w-]+\s+){0,2}", self.folded[d.end : a])
            ):
                return d
        best: tuple[int, DateMention] | None = None
        for d in ds:
            if self._in_subordinate(d, s):
                continue
            mine = score(d, a, b)
            # a date opening the sentence dates every verb of its main clause ("On 3 October
            # the court convicted X and acquitted Y"), not only the nearest one
            leads = (
                opening(d)
                and d.end <= min(x0 for x0, _, _ in trig)
                and (self._no_break(a, d.start, d.end) or self._shares_subject(d.end, a))
            )
            if not leads and any(
                score(d, x0, x1) < mine for x0, x1, _ in trig if (x0, x1) != (a, b)
            ):
                continue
            if event_nearer(d):
                continue
            if best is None or mine < best[0]:
                best = (mine, d)
        if best is None and not re.search(
            r"(?:indulto|humanitario|juicio|procesos?|pardons?|clemency|retrial|trials?|release|"
            r"liberacion|excarcelacion|annulment|anulacion|conviction|acquittal|absolucion|of|de)$",
            self.folded[a:b],
        ):
            # "At the retrial, in June 2001, she was convicted": a date between two legal
            # triggers of one clause is also the date of the verb (not of a noun it governs,
            # as in "annulled on Wednesday the pardon granted ...")
            for d in ds:
                if self._in_subordinate(d, s) or event_nearer(d):
                    continue
                if not self._no_break(a, d.start, d.end):
                    continue
                mine = self._gap(d.start, d.end, a, b)
                if mine <= 80 and (best is None or mine < best[0]):
                    best = (mine, d)
        if best is None:
            best = self._opening_for_passive(s, a, ds, trig)
        return best[1] if best else None

    _RELATIVE_HEAD = re.compile(r"\b(?:who|which|que|quien|quienes)\s+(?:in|on|en|el)?\s*$")

    # "absolvió de las muertes de 2005", "acquitted of the killings of 1985", "overturned the 2013
    # judgment", "the 1992 massacre": the year names the crime or the earlier ruling, not the
    # ruling told
    _CRIME_NOUN_OF = re.compile(
        r"\b(?:muertes?|asesinatos?|crimenes|crimen|homicidios?|hechos|matanzas?|masacres?|"
        r"ejecuciones|desapariciones|killings?|murders?|deaths?|massacres?|crimes?|events|"
        r"disappearances?)\s+(?:de|del|of|in)\s+(?:(?:late|early|mid|finales|principios|"
        r"mediados)\s+(?:de\s+)?)?$"
    )
    _EARLIER_NOUN_AFTER = re.compile(
        r"(?:['’]s)?\s+(?:judgm?ents?|rulings?|verdicts?|decisions?|convictions?|acquittals?|"
        r"killings?|murders?|massacres?|coup|attacks?|raids?)\b"
    )

    def _crime_date(self, d: DateMention, s: Sentence) -> bool:
        head = self.folded[max(s.start, d.start - 40) : d.start]
        if self._CRIME_NOUN_OF.search(head):
            return True
        # "the 2013 judgment", "the 1985 killings": a year used as an adjective
        return bool(
            d.precision == "year"
            and re.search(r"\b(?:the|a|its|his|her|their|that)\s+$", head)
            and self._EARLIER_NOUN_AFTER.match(self.folded[d.end : d.end + 30])
        )

    def _opening_for_passive(
        self, s: Sentence, a: int, ds: list[DateMention], trig: list[tuple[int, int, str]]
    ) -> tuple[int, DateMention] | None:
        """ "On 12 January 2006 the court found X guilty …; the other four were acquitted": a
        passive ruling verb with no date of its own, in a clause after ";", was handed down by
        the court of the sentence's first clause, on the date that opens the sentence."""
        head = self.folded[s.start : a]
        semi = head.rfind(";")
        if semi < 0 or not self._PASSIVE_BEFORE.search(self.folded[max(s.start, a - 25) : a]):
            return None
        if re.search(r"\b(?:had|habia|habian)\b", self.folded[s.start + semi : a]):
            return None  # "; the others had been acquitted in 1999": an earlier ruling
        first = min(x0 for x0, _, _ in trig)
        for d in ds:
            lead = self.folded[s.start : d.start]
            if d.end <= first and re.fullmatch(
                r"\s*(?:(?:on|in|el|en|the|a|at)\s+)*(?:(?:el\s+)?(?:lunes|martes|miercoles|"
                r"jueves|viernes|sabado|domingo)\s+)?",
                lead,
            ):
                return (0, d)
        return None

    # a verb right after "but" or ";" that has no subject of its own: "upheld the verdicts but
    # annulled the sentences", "condenó a X a diez años; absolvió a Y"
    _SHARED_SUBJECT_BREAK = re.compile(r"(?:\s*;|\s(?:but|pero))\s+(?:also\s+|tambien\s+)?$")

    def _shares_subject(self, end: int, a: int) -> bool:
        """The clause break between a date (ending at ``end``) and a trigger at ``a`` is one
        the trigger's verb follows at once, so the verb shares the clause's subject and
        date."""
        m = self._SHARED_SUBJECT_BREAK.search(self.folded[end:a])
        return m is not None and self._no_break(end + m.start(), end, end)

    def _in_subordinate(self, d: DateMention, s: Sentence) -> bool:
        """A date inside "who in 1985 headed ..." is not the date of the main clause, nor one
        in an apposition told by a participle ("Cordero, de 77, extraditado desde Brasil en
        2007", "X, arrested in Madrid in 1998,")."""
        head = self.folded[s.start : d.start]
        return bool(
            re.search(
                r"\b(?:who|which|whose|que|quien|quienes|cuyo|cuya)\s+"
                r"(?:in|on|en|el|de|del|since|desde)?\s*$",
                head,
            )
            or re.search(
                r",\s+(?:[\w-]+\s+){0,1}(?:extraditad[oa]|detenid[oa]|capturad[oa]|arrestad[oa]|"
                r"nacid[oa]|extradited|arrested|captured|detained|born)\b[^,;]{0,40}$",
                head,
            )
        )

    def _event_trigger_positions(self, s: Sentence) -> list[tuple[int, int]]:
        seg = self.folded[s.start : s.end]
        out = []
        for pattern, t in EVENT_TRIGGER_RE:
            if t in ("threat_harassment",):
                continue
            for m in pattern.finditer(seg):
                w = m.group()
                if t == "killing" and WEAK_KILL.match(w):
                    continue
                out.append((s.start + m.start(), s.start + m.end()))
        return out

    # "22 years", "22-year", "9½ years", "nine and a half years", "nueve años y medio", "22 años
    # y seis meses": the half is kept (years 9.5); other months are dropped
    _TERM_YEARS = re.compile(
        r"(?P<h1>\s*½|\s+and\s+a\s+half)?\s*(?:-|–)?\s*(?:years?|anos)\b"
        r"(?P<h2>\s+y\s+medio\b|\s+(?:and|y)\s+(?:six|seis|6)\s+(?:months|meses)\b)?"
    )

    @staticmethod
    def _with_half(n: int | None, m: re.Match[str]) -> float | None:
        if n is None or not (m.group("h1") or m.group("h2")):
            return n
        return n + 0.5

    def _sentence_amounts(
        self, s: Sentence
    ) -> list[tuple[int, tuple[int | None, bool, tuple[int, int] | None, int | None]]]:
        """Prison terms in a sentence: (position, (years, life, range, months))."""
        out: list[tuple[int, tuple[int | None, bool, tuple[int, int] | None, int | None]]] = []
        seg = self.folded[s.start : s.end]
        for m in SENTENCE_LIFE.finditer(seg):
            before = seg[max(0, m.start() - 40) : m.start()]
            if SOUGHT_BEFORE.search(before):
                continue
            out.append((s.start + m.start(), (None, True, None, None)))
        for m in self._DEATH_TERM.finditer(seg):
            # "sentenced to death": no term in years, but a place in a list of terms ("Chun was
            # sentenced to death and Roh to 22 years")
            if not SOUGHT_BEFORE.search(seg[max(0, m.start() - 40) : m.start()]):
                out.append((s.start + m.start(), (None, False, None, None)))
        # respectively lists: "to 25, 23 and 24 years, respectively"
        resp = RESPECTIVELY.search(seg)
        listed: set[int] = set()
        if resp:
            lm = None
            for lm in re.finditer(  # noqa: B007 - the last list in the sentence is wanted
                r"((?:\d+½?|[a-z]+)(?:\s*,\s*(?:\d+½?|[a-z]+))*\s*,?\s+(?:and|y)\s+(?:\d+½?|[a-z]+))"
                r"\s*(?:years?|anos)",
                seg,
            ):
                pass
            if lm is not None:
                nums: list[float] = []
                for part in re.split(r"\s*,\s*|\s+(?:and|y)\s+", lm.group(1)):
                    half = part.endswith("½")
                    toks = tokenize(part.rstrip("½"))
                    parsed = parse_number(toks, 0) if toks else None
                    if parsed and parsed[1] == len(toks):
                        nums.append(parsed[0] + 0.5 if half else parsed[0])
                if len(nums) >= 2:
                    pos = s.start + lm.start()
                    for k, n in enumerate(nums):
                        out.append((pos + k, (n, False, None, None)))
                        listed.add(pos + k)
                    return sorted(out)
        per_count: set[int] = set()
        for q in self.quantities:
            if not (s.start <= q.start < s.end):
                continue
            after = seg[q.end - s.start : q.end - s.start + 60]
            before = seg[max(0, q.start - s.start - 60) : q.start - s.start]
            m = self._TERM_YEARS.match(after)
            if not m and self._gapped_term(q, before, after, out):
                # "A to 25 years, B to 18 and C to 11": the unit is said once
                n = q.best if q.best is not None else q.value
                out.append((q.start, (n, False, None, None)))
                continue
            if not m:
                n = q.best if q.best is not None else q.value
                if (
                    n is not None
                    and q.low is None
                    and q.high is None
                    and any(pos < q.start and not x[1] for pos, x in out)
                    and re.match(
                        r"\s*(?:para|for)\s+(?:el\s+|la\s+|the\s+)?[A-ZÁÉÍÓÚÑ]",
                        self.text[q.end : q.end + 40],
                    )
                    and re.search(r"(?:[;,]|\by|\band)\s*$", before)
                ):
                    # "13 años para A y B; 12 para C, y 8 para D": a bare figure goes on a
                    # list of terms already written with its unit
                    out.append((q.start, (n, False, None, None)))
                elif (
                    n is not None
                    and q.low is None
                    and q.high is None
                    and re.search(r"\b(?:a|to)\s+$", before)
                    and self._CHANGE_VERB.search(self.folded[s.start : q.start])
                    and any(pos < q.start and x[0] is not None for pos, x in out)
                    and not re.match(r"\s*(?:%|por\s+ciento|percent|months?|meses)", after)
                ):
                    # "lo condenó a diez años y la Corte rebajó después esa pena a ocho": the
                    # new term of a change, its unit said with the first
                    out.append((q.start, (n, False, None, None)))
                continue
            rest = after[m.end() :]
            if re.match(
                r"\s*-?\s*(?:old|de\s+edad|after|ago|later|earlier|since|before|despues|antes|"
                r"atras|of\s+(?:age|conflict|war|violence|impunity|struggle|waiting)|"
                r"de\s+(?:edad|conflicto|guerra|violencia|impunidad|espera|lucha))",
                rest,
            ):
                continue
            if re.search(
                r"(?:after|tras|serving|served|cumplir|cumplido|cumplio|spent|pasado|"
                r"durante|for\s+the\s+past|hace|during|aged|edad\s+de|de)\s+(?:a\s+|los\s+|the\s+|more\s+than\s+|mas\s+de\s+)?$",
                before,
            ) and not re.search(r"(?:condenas?|penas?|sentencias?|sentences?)\s+de\s+$", before):
                # "after 25 years", "tras cumplir 10 años" are durations, not sentences
                if not re.search(
                    r"(?:sentenced|condenad\w*|sentenciad\w*)\s+(?:\w+\s+){0,3}(?:a|to)\s+$", before
                ):
                    continue
            if SOUGHT_BEFORE.search(before) or re.search(r"\ba\s+los\s+$", before):
                continue  # sought, not imposed; "a los 86 años" is an age
            if re.search(r"\bby\s+$", before) or (
                re.search(r"\ben\s+$", before) and self._CHANGE_VERB.search(before)
            ):
                continue  # "reduced the sentence by three years", "la redujo en cinco años"
            if re.match(
                r"\s*(?:years?\s+|anos\s+(?:y\s+un\s+dia\s+)?)?(?:to|a)\s+(?:\d|[a-z]+\s+(?:years?|anos))",
                after,
            ) and re.search(r"\b(?:from|de)\s+$", before):
                continue  # "from 25 to 18 years", "de 25 a 18 años": the term before the change
            if (
                q.low is not None
                and q.high is not None
                and q.best is None
                and re.search(r"\bfrom\s+$", before)
                and self._CHANGE_VERB.search(self.folded[s.start : q.start])
            ):
                # "raised the sentences from three to 10 years": the new term is the last
                last = re.split(r"\s+(?:to|a)\s+", self.folded[q.start : q.end])[-1]
                toks = tokenize(last)
                parsed = parse_number(toks, 0) if toks else None
                if parsed:
                    out.append((q.start, (parsed[0], False, None, None)))
                continue
            context = before[-50:] + " " + rest[:40]
            each = re.match(r"\s*(?:each|cada\s+un[oa])\b", rest)  # "a diez años cada uno"
            # a further term of a list ("…a 25 años por el asesinato de V, a B a 18 años")
            listed_on = re.search(r"\b(?:to|a)\s+$", before) and any(
                x[1][0] is not None or x[1][1] for x in out
            )
            if (
                not _LIST_ITEM.match(s.text)
                and not each
                and not listed_on
                and not (resp and q.start < s.start + resp.start())  # "…, respectively"
                and not re.search(
                    r"sentenc|convict|prison|jail|conden|pena|prision|presidio|carcel|term|guilty|penitenciaria|"
                    r"culpable|years\s+each|anos\s+cada|sentenciad|imprisonment|reclusion|privativa|"
                    r"received|recibio|recibieron|given|ranging|between|entre|respectively|respectivamente|"
                    r"in\s+total|en\s+total|total|suman|sumaron|in\s+all|en\s+conjunto|"
                    r"y\s+un\s+dia|and\s+one\s+day",
                    context,
                )
            ):
                continue
            if re.match(
                r"\s*(?:(?:de\s+prision|in\s+prison)\s+)?(?:for\s+each|per\s+|each\s+for|"
                r"for\s+every|por\s+cada|por\s+delito)",
                rest,
            ) or re.search(r"(?:a\s+razon\s+de|at\s+a\s+rate\s+of)\s+$", before):
                per_count.add(q.start)  # "26 years for each murder": not the total
            if (
                q.low is not None
                and q.high is not None
                and q.best is None
                and re.search(r"\b(?:a\s+)?(?:los|las)\s+$", before)
                and re.match(r"[\w.,]+\s+a\s", self.folded[q.start : q.end + 3])
            ):
                # "las condenó a las tres a 21 años": "las tres" are the people, the term is 21
                out.append((q.start, (self._with_half(q.high, m), False, None, None)))
            elif q.low is not None and q.high is not None and q.best is None:
                out.append((q.start, (None, False, (q.low, q.high), None)))
            else:
                n = q.best if q.best is not None else q.value
                out.append((q.start, (self._with_half(n, m), False, None, None)))
        if per_count and any(pos not in per_count for pos, _ in out):
            out = [x for x in out if x[0] not in per_count]
        # "50 years for genocide and 30 for crimes against humanity, a total of 80 years": the
        # total is the sentence, its parts are not sentences of their own
        totals = [
            x
            for x in out
            if re.search(
                r"(?:a\s+total\s+of|in\s+total|totall?ing|en\s+total|un\s+total\s+de|suman|"
                r"sumando|que\s+suman|for\s+a\s+combined|,\s+es\s+decir,?|,\s+that\s+is,?)\s+"
                r"(?:\w+\s+){0,1}$",
                self.folded[max(s.start, x[0] - 30) : x[0]],
            )
            or re.match(
                r"[\w.,]+\s*-?\s*(?:years?|anos)\s+(?:in\s+all|all\s+told|en\s+total|en\s+conjunto)\b",
                self.folded[x[0] : x[0] + 40],
            )
        ]
        if totals and len(out) > len(totals):
            out = totals
        return sorted(out)

    _DEATH_TERM = re.compile(
        r"\b(?:(?:sentenced|condenad[oa]s?|sentenciad[oa]s?)\s+(?:\w+\s+){0,2}?(?:to|a)\s+"
        r"(?:death|muerte)|death\s+sentences?|pena\s+(?:de\s+muerte|capital))\b"
    )
    _CHANGE_VERB = re.compile(
        r"\b(?:reduc\w+|redu(?:jo|jeron)|rebaj\w+|cut|lowered|raised|increased|elev\w+|"
        r"aument\w+)\b"
    )

    def _gapped_term(self, q: Any, before: str, after: str, out: list[Any]) -> bool:
        """A bare figure after "NAME to" / "a NAME a" in a list whose first term has its unit:
        "sentenced A to 25 years, B to 18 and C to 11", "a B a 18 y a C a 11"."""
        if q.best is None or q.low is not None or q.high is not None:
            return False
        if not any(x[1][0] is not None for x in out):
            return False
        if not re.search(r"\b(?:to|a)\s+$", before):
            return False
        if not re.match(r"\s*(?:[,;.]|$|(?:and|y|e)\b|each\b|cada\b)", after):
            return False
        head = q.start - len(before)
        return any(
            head <= p.end <= q.start and self._own_term_after(p) for p in self.person_mentions
        )

    def _served(self, s: Sentence) -> int | None:
        seg = self.folded[s.start : s.end]
        m = re.search(
            r"(?:after\s+serving|having\s+served|served|serving|tras\s+cumplir|despues\s+de\s+cumplir|"
            r"habiendo\s+cumplido|cumplio|tras\s+pasar)\s+(?:(?:nearly|almost|more\s+than|over|casi|"
            r"mas\s+de)\s+)?(a\s+decade|una\s+decada|\w+(?:-\w+)?)\s*(?:years?|anos|of)?",
            seg,
        )
        if not m:
            return None
        word = m.group(1)
        if word in ("a decade", "una decada"):
            return 10
        toks = tokenize(word.replace("-", " "))
        parsed = parse_number(toks, 0) if toks else None
        return parsed[0] if parsed else None

    def _pair_amounts(
        self,
        subjects: list[int],
        amounts: list[tuple[int, tuple[int | None, bool, tuple[int, int] | None, int | None]]],
        s: Sentence,
    ) -> list[tuple[list[int], tuple[int | None, bool, tuple[int, int] | None, int | None]]]:
        if not subjects:
            seen = []
            for _, a in amounts:
                if a not in seen:
                    seen.append(a)
            return [([], a) for a in seen]
        if len(amounts) == 1:
            return [(list(subjects), amounts[0][1])]
        seg = self.folded[s.start : s.end]
        # first mention position of each subject in this sentence
        pos = {}
        for m in self.person_mentions:
            if s.start <= m.start < s.end and m.person in subjects and m.person not in pos:
                pos[m.person] = m.start
        ordered = sorted(subjects, key=lambda i: pos.get(i, 0))
        if RESPECTIVELY.search(seg) and len(ordered) == len(amounts):
            return [([p], a) for p, (_, a) in zip(ordered, amounts, strict=True)]
        # segments: an amount goes to the subjects named since the previous amount
        items = [(pos.get(p, 0), "p", p) for p in ordered] + [
            (ap, "a", k) for k, (ap, _) in enumerate(amounts)
        ]
        items.sort()
        amount_first = items[0][1] == "a"
        out: list[
            tuple[list[int], tuple[int | None, bool, tuple[int, int] | None, int | None]]
        ] = []
        pending: list[int] = []
        current: int | None = None
        for _, kind, val in items:
            if kind == "p":
                if amount_first and current is not None:
                    out.append(([val], amounts[current][1]))
                else:
                    pending.append(val)
            else:
                if amount_first:
                    current = val
                    if pending:
                        out.append((pending, amounts[val][1]))
                        pending = []
                else:
                    if pending:
                        out.append((pending, amounts[val][1]))
                        pending = []
                    elif out:
                        # "X to 25 years and Y to 23" handled; a bare extra amount is skipped
                        pass
        if pending and amounts:
            out.append((pending, amounts[-1][1]))
        return out

    _PLUPERFECT = re.compile(
        r"\b(?:had\s+(?:already\s+|previously\s+)?been|hab[ií]an?\s+sido|ya\s+hab[ií]an?)\b"
    )

    def _merge_legal(self, facts: list[_Legal]) -> list[_Legal]:
        merged: list[_Legal] = []
        for f in facts:
            twin = None
            for g in merged:
                same_type = g.type == f.type or {g.type, f.type} == {
                    "pardon",
                    "humanitarian_pardon",
                }
                if not same_type or set(g.subjects) != set(f.subjects):
                    continue
                if (
                    (g.years, g.life, g.range) != (f.years, f.life, f.range)
                    and (f.years or f.life or f.range)
                    and (g.years or g.life or g.range)
                ):
                    continue
                if g.date and f.date and g.date.value != f.date.value:
                    continue
                if not f.subjects and g.group != f.group:
                    continue
                if (
                    f.sentence is not g.sentence
                    and f.date is None
                    and not (f.years or f.life or f.range)
                    and g.date is not None
                    and f.type in ("conviction", "acquittal")
                    and self._PLUPERFECT.search(self._main_clause(f.sentence))
                ):
                    continue  # "ya habían sido condenados por la misma conducta": an earlier ruling
                twin = g
                break
            if twin is None:
                merged.append(f)
                continue
            twin.spans += f.spans
            if "humanitarian_pardon" in (twin.type, f.type):
                twin.type = "humanitarian_pardon"
            twin.date = twin.date or f.date
            if not (twin.years or twin.life or twin.range):
                twin.years, twin.life, twin.range = f.years, f.life, f.range
            twin.served_years = twin.served_years or f.served_years
            for c in f.conditions:
                if c not in twin.conditions:
                    twin.conditions.append(c)
            twin.confidence = min(0.9, max(twin.confidence, f.confidence) + 0.05)
        return merged

    def _legal_suggestion(self, f: _Legal) -> Suggestion:
        sentence: dict[str, Any] | None = None
        if f.years is not None or f.life or f.range is not None:
            sentence = {"years": f.years, "life": f.life}
            if f.range is not None:
                sentence["range"] = list(f.range)
        fields: dict[str, Any] = {
            "type": f.type,
            "subjects": [self.person_name(i) for i in f.subjects],
            "date": f.date.to_field() if f.date else None,
            "sentence": sentence,
        }
        if f.served_years is not None:
            fields["served"] = {"years": f.served_years}
        if f.conditions:
            fields["conditions"] = f.conditions
        if f.group:
            fields["group"] = f.group
        spans = sorted({Span(a, b) for a, b in f.spans})
        return Suggestion("legal", fields, spans, round(f.confidence, 2))
