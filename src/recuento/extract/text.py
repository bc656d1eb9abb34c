"""Text plumbing: folding that keeps offsets, paragraphs, sentences, language guessing."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

__all__ = ["Sentence", "fold_keep", "guess_language", "sentences", "paragraph_starts"]


@lru_cache(maxsize=4096)
def _fold_char(c: str) -> str:
    d = unicodedata.normalize("NFD", c)
    base = d[0].lower() if d else c
    return base if len(base) == 1 else c


def fold_keep(text: str) -> str:
    """Lower-case and strip accents one character at a time, so offsets stay the same."""
    return "".join(_fold_char(c) for c in text)


@dataclass(frozen=True, slots=True)
class Sentence:
    index: int
    start: int
    end: int
    paragraph: int
    text: str


_ABBREVIATIONS = {
    "gen",
    "gral",
    "col",
    "crnl",
    "lt",
    "lieut",
    "maj",
    "capt",
    "cap",
    "sgt",
    "cmdr",
    "cmdte",
    "tte",
    "dr",
    "dra",
    "mr",
    "mrs",
    "ms",
    "sr",
    "sra",
    "srta",
    "jr",
    "st",
    "no",
    "nos",
    "nº",
    "jan",
    "feb",
    "mar",
    "apr",
    "jun",
    "jul",
    "aug",
    "sep",
    "sept",
    "oct",
    "nov",
    "dec",
    "ene",
    "abr",
    "ago",
    "set",
    "dic",
    "inc",
    "co",
    "av",
    "avda",
    "vs",
    "etc",
    "approx",
    "aprox",
    "p",
    "pp",
    "art",
    "exp",
    "ee",
    "uu",
    "u.s",
    "a.m",
    "p.m",
}

_BOUNDARY = re.compile(r"[.!?]+[\"”’»)\]]*(?=\s)|\n")


def paragraph_starts(text: str) -> list[int]:
    starts = [0]
    for m in re.finditer(r"\n[ \t]*\n+", text):
        starts.append(m.end())
    return starts


def sentences(text: str) -> list[Sentence]:
    """Split into sentences (with offsets); newlines always end a sentence."""
    paras = paragraph_starts(text)
    out: list[Sentence] = []
    start = 0
    for m in _BOUNDARY.finditer(text):
        if m.group() != "\n":
            before = text[start : m.start()]
            word = re.search(r"([\w.]+)$", before)
            if word:
                w = word.group(1).lower().rstrip(".")
                if w in _ABBREVIATIONS or (len(w) == 1 and w.isalpha()):
                    continue
            # no split when the next word starts in lower case ("Gen. x", "approx. 5")
            nxt = re.match(r"\s+(\S)", text[m.end() : m.end() + 3])
            if nxt and nxt.group(1).islower():
                continue
        end = m.end()
        _add(text, start, end, paras, out)
        start = end
    _add(text, start, len(text), paras, out)
    return out


def _add(text: str, start: int, end: int, paras: list[int], out: list[Sentence]) -> None:
    seg = text[start:end]
    lead = len(seg) - len(seg.lstrip())
    trail = len(seg) - len(seg.rstrip())
    s, e = start + lead, end - trail
    if e <= s:
        return
    p = 0
    for i, ps in enumerate(paras):
        if ps <= s:
            p = i
    out.append(Sentence(len(out), s, e, p, text[s:e]))


_ES_WORDS = {
    "el",
    "la",
    "los",
    "las",
    "del",
    "que",
    "y",
    "por",
    "con",
    "una",
    "fue",
    "sus",
    "su",
    "se",
    "para",
    "como",
    "años",
    "de",
    "en",
}
_EN_WORDS = {
    "the",
    "of",
    "and",
    "to",
    "was",
    "were",
    "that",
    "with",
    "for",
    "his",
    "her",
    "by",
    "from",
    "years",
    "in",
    "on",
    "had",
    "has",
}


def guess_language(text: str) -> str:
    """'es' or 'en', by counting common function words."""
    words = re.findall(r"[a-záéíóúñ]+", text[:20000].lower())
    es = sum(1 for w in words if w in _ES_WORDS)
    en = sum(1 for w in words if w in _EN_WORDS)
    return "es" if es > en else "en"
