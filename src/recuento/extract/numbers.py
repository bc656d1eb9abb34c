"""Numbers in English and Spanish text: digits, number words, vague quantities, modifiers.

``find_quantities`` returns every quantity in a text with its character span and a best / low /
high reading. The conventions (documented once, in docs/extraction.md):

=============================================  =======  =======  =======
words                                           best     low      high
=============================================  =======  =======  =======
"fifteen", "15", "quince"                       15       .        .
"at least 17", "al menos 17", "no fewer than"   17       17       .
"more than 60", "over 60", "más de 60"          .        60       .
"nearly 70", "almost 70", "casi 70"             70       .        70
"about 70", "some 70", "unos 70", "alrededor"   70       .        .
"up to 30", "as many as 30", "hasta 30"         .        .        30
"between 24 and 35", "entre 24 y 35", "24-35"   .        24       35
"a dozen", "una docena"                         12       .        .
"una veintena" / "medio centenar" / "un centenar"  20 / 50 / 100
"a half-dozen", "half a dozen", "media docena"  6        .        .
"dozens", "docenas"                             .        24       99
"tens", "decenas"                               .        20       99
"scores"                                        .        40       99
"hundreds", "cientos", "centenares"             .        200      999
"thousands", "miles"                            .        2000     9999
"tens of thousands", "decenas de miles"         .        20000    99999
"hundreds of thousands", "cientos de miles"     .        200000   999999
=============================================  =======  =======  =======
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from recuento.extract.text import fold_keep

__all__ = ["Quantity", "Token", "find_quantities", "parse_number", "tokenize", "fold"]


def fold(text: str) -> str:
    """Lower-case and strip accents: 'Dieciséis' -> 'dieciseis'."""
    decomposed = unicodedata.normalize("NFD", text.lower())
    return "".join(c for c in decomposed if unicodedata.category(c) != "Mn")


@dataclass(frozen=True, slots=True)
class Token:
    text: str
    start: int
    end: int
    low: str  # lower case, accents stripped


_TOKEN_RE = re.compile(
    r"\d{1,3}(?:[.,]\d{3})+(?![\d])|\d+(?:[.,]\d+)?|[^\W\d_]+(?:[-'’][^\W\d_]+)*|[^\w\s]",
    re.UNICODE,
)


def tokenize(text: str, start: int = 0, end: int | None = None) -> list[Token]:
    end = len(text) if end is None else end
    return [
        Token(m.group(), m.start(), m.end(), fold_keep(m.group()))
        for m in _TOKEN_RE.finditer(text, start, end)
    ]


_EN_UNITS = {
    "zero": 0,
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "thirteen": 13,
    "fourteen": 14,
    "fifteen": 15,
    "sixteen": 16,
    "seventeen": 17,
    "eighteen": 18,
    "nineteen": 19,
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
    "fifty": 50,
    "sixty": 60,
    "seventy": 70,
    "eighty": 80,
    "ninety": 90,
}
_ES_UNITS = {
    "cero": 0,
    "uno": 1,
    "dos": 2,
    "tres": 3,
    "cuatro": 4,
    "cinco": 5,
    "seis": 6,
    "siete": 7,
    "ocho": 8,
    "nueve": 9,
    "diez": 10,
    "once": 11,
    "doce": 12,
    "trece": 13,
    "catorce": 14,
    "quince": 15,
    "dieciseis": 16,
    "diecisiete": 17,
    "dieciocho": 18,
    "diecinueve": 19,
    "veinte": 20,
    "veintiuno": 21,
    "veintiun": 21,
    "veintiuna": 21,
    "veintidos": 22,
    "veintitres": 23,
    "veinticuatro": 24,
    "veinticinco": 25,
    "veintiseis": 26,
    "veintisiete": 27,
    "veintiocho": 28,
    "veintinueve": 29,
    "treinta": 30,
    "cuarenta": 40,
    "cincuenta": 50,
    "sesenta": 60,
    "setenta": 70,
    "ochenta": 80,
    "noventa": 90,
}
_ES_HUNDREDS = {
    "cien": 100,
    "ciento": 100,
    "doscientos": 200,
    "doscientas": 200,
    "trescientos": 300,
    "trescientas": 300,
    "cuatrocientos": 400,
    "cuatrocientas": 400,
    "quinientos": 500,
    "quinientas": 500,
    "seiscientos": 600,
    "seiscientas": 600,
    "setecientos": 700,
    "setecientas": 700,
    "ochocientos": 800,
    "ochocientas": 800,
    "novecientos": 900,
    "novecientas": 900,
}
#: English and Spanish number words below a hundred, folded (other modules read numbers with it)
UNIT_WORDS: dict[str, int] = {**_EN_UNITS, **_ES_UNITS}
_SCALES = {"thousand": 1000, "million": 1_000_000, "mil": 1000, "millon": 1_000_000}
_SCALES["millones"] = 1_000_000
_SCALES["millions"] = 1_000_000


def _digits(text: str) -> int | None:
    if re.fullmatch(r"\d{1,3}(?:[.,]\d{3})+", text):
        return int(re.sub(r"[.,]", "", text))
    if text.isdigit():
        return int(text)
    return None


def _word_value(word: str) -> tuple[str, int] | None:
    """Classify one folded word: ('unit', v), ('hundred', 100), ('scale', v) or ('es100', v)."""
    if word in _EN_UNITS:
        return ("unit", _EN_UNITS[word])
    if word in _ES_UNITS:
        return ("unit", _ES_UNITS[word])
    if word == "hundred":
        return ("hundred", 100)
    if word in _ES_HUNDREDS:
        return ("es100", _ES_HUNDREDS[word])
    if word in _SCALES:
        return ("scale", _SCALES[word])
    return None


def parse_number(tokens: list[Token], i: int) -> tuple[int, int] | None:
    """Parse a number starting at ``tokens[i]``; return (value, index after it) or None."""
    if i >= len(tokens):
        return None
    first = tokens[i].text
    value = _digits(first)
    if value is not None:
        j = i + 1
        # "1 million", "2 mil"
        if j < len(tokens) and tokens[j].low in ("million", "millones", "millon", "mil"):
            return value * _SCALES[tokens[j].low], j + 1
        return value, j
    total = 0
    current = 0
    j = i
    seen = False
    last_kind = ""
    while j < len(tokens):
        word = tokens[j].low
        parts = word.split("-") if "-" in word else [word]
        kinds = [_word_value(p) for p in parts]
        if any(k is None for k in kinds):
            if seen and word in ("and", "y") and j + 1 < len(tokens):
                nxt = tokens[j + 1].low.split("-")[0]
                nk = _word_value(nxt)
                # "one hundred and twenty", "treinta y uno"
                if nk is not None and nk[0] == "unit" and last_kind in ("hundred", "tens", "es100"):
                    j += 1
                    continue
            break
        for kind in kinds:
            assert kind is not None
            k, v = kind
            if k == "unit":
                if last_kind == "unit" or (last_kind == "tens" and v >= 10):
                    return (total + current, j) if seen else None
                current += v
                last_kind = "tens" if v >= 20 and v % 10 == 0 else "unit"
            elif k == "hundred":
                current = max(current, 1) * 100
                last_kind = "hundred"
            elif k == "es100":
                current += v
                last_kind = "es100"
            else:  # scale
                total += max(current, 1) * v
                current = 0
                last_kind = "scale"
            seen = True
        j += 1
    if not seen:
        return None
    return total + current, j


@dataclass(frozen=True, slots=True)
class Quantity:
    """A quantity found in text. ``value`` is the number as written, before modifiers."""

    start: int
    end: int
    text: str
    value: int | None
    best: int | None
    low: int | None
    high: int | None
    vague: bool = False

    def as_count(self) -> dict[str, int | None | str]:
        return {"best": self.best, "low": self.low, "high": self.high, "text": self.text}


# Vague quantities: (folded words, low, high); longest first.
_VAGUE: list[tuple[tuple[str, ...], int, int]] = [
    (("several", "tens", "of", "thousands"), 20000, 99999),
    (("tens", "of", "thousands"), 20000, 99999),
    (("hundreds", "of", "thousands"), 200000, 999999),
    (("decenas", "de", "miles"), 20000, 99999),
    (("cientos", "de", "miles"), 200000, 999999),
    (("centenares", "de", "miles"), 200000, 999999),
    (("varias", "decenas", "de", "miles"), 20000, 99999),
    (("dozens",), 24, 99),
    (("docenas",), 24, 99),
    (("decenas",), 20, 99),
    (("tens",), 20, 99),
    (("scores",), 40, 99),
    (("hundreds",), 200, 999),
    (("cientos",), 200, 999),
    (("centenares",), 200, 999),
    (("thousands",), 2000, 9999),
    (("miles",), 2000, 9999),
    (("millares",), 2000, 9999),
]
_EXACT_PHRASES: list[tuple[tuple[str, ...], int]] = [
    (("a", "half-dozen"), 6),
    (("half", "a", "dozen"), 6),
    (("half-dozen",), 6),
    (("media", "docena"), 6),
    (("a", "dozen"), 12),
    (("una", "docena"), 12),
    (("a", "hundred"), 100),
    (("a", "thousand"), 1000),
    # Spanish collective numerals: "una veintena" (about twenty), "medio centenar" (fifty)
    (("una", "decena"), 10),
    (("una", "veintena"), 20),
    (("una", "treintena"), 30),
    (("una", "cincuentena"), 50),
    (("medio", "centenar"), 50),
    (("un", "centenar"), 100),
    (("medio", "millar"), 500),
    (("un", "millar"), 1000),
]

# Modifiers before a number: (folded words, kind)
_MODIFIERS: list[tuple[tuple[str, ...], str]] = [
    (("at", "least"), "atleast"),
    (("no", "fewer", "than"), "atleast"),
    (("no", "less", "than"), "atleast"),
    (("al", "menos"), "atleast"),
    (("por", "lo", "menos"), "atleast"),
    (("como", "minimo"), "atleast"),
    (("more", "than"), "morethan"),
    (("over",), "morethan"),
    (("upwards", "of"), "morethan"),
    (("mas", "de"), "morethan"),
    (("nearly",), "nearly"),
    (("almost",), "nearly"),
    (("close", "to"), "nearly"),
    (("casi",), "nearly"),
    (("about",), "about"),
    (("around",), "about"),
    (("some",), "about"),
    (("approximately",), "about"),
    (("roughly",), "about"),
    (("an", "estimated"), "about"),
    (("unos",), "about"),
    (("unas",), "about"),
    (("alrededor", "de"), "about"),
    (("aproximadamente",), "about"),
    (("cerca", "de"), "nearly"),
    (("up", "to"), "upto"),
    (("as", "many", "as"), "upto"),
    (("hasta",), "upto"),
    (("between",), "between"),
    (("entre",), "between"),
]


_FIRST_WORDS = (
    {w[0] for w, _ in _MODIFIERS} | {w[0] for w, _, _ in _VAGUE} | {w[0] for w, _ in _EXACT_PHRASES}
)


def _match_words(tokens: list[Token], i: int, words: tuple[str, ...]) -> bool:
    if i < 0 or i + len(words) > len(tokens):
        return False
    return all(tokens[i + k].low == w for k, w in enumerate(words))


_DOZEN = ("dozen", "docenas")


def find_quantities(text: str, start: int = 0, end: int | None = None) -> list[Quantity]:
    """Every quantity in ``text[start:end]``, left to right, with its modifiers applied."""
    tokens = tokenize(text, start, end)
    out: list[Quantity] = []
    i = 0
    while i < len(tokens):
        found = _quantity_at(text, tokens, i)
        if found is None:
            i += 1
            continue
        q, j = found
        if not _ORDINAL_AFTER.match(text, q.end):
            out.append(q)
        i = j
    return out


# an ordinal is a rank or a day, not a count: "the 18th", "the 22nd of May", "el 3º piso"
_ORDINAL_AFTER = re.compile(r"(?:st|nd|rd|th)\b|[ºª°]", re.IGNORECASE)


def _starts_quantity(word: str) -> bool:
    if word[:1].isdigit():
        return True
    head = word.split("-")[0]
    return head in _FIRST_WORDS or word in _FIRST_WORDS or _word_value(head) is not None


def _quantity_at(text: str, tokens: list[Token], i: int) -> tuple[Quantity, int] | None:
    if not _starts_quantity(tokens[i].low):
        return None
    # modifier?
    mod = ""
    k = i
    for words, kind in _MODIFIERS:
        if _match_words(tokens, i, words):
            mod, k = kind, i + len(words)
            break
    for words, low, high in _VAGUE:
        if _match_words(tokens, k, words):
            j = k + len(words)
            s, e = tokens[i].start, tokens[j - 1].end
            return Quantity(s, e, text[s:e], None, None, low, high, vague=True), j
    for words, v in _EXACT_PHRASES:
        if _match_words(tokens, k, words):
            j = k + len(words)
            return _apply(text, tokens, i, j, v, mod), j
    parsed = parse_number(tokens, k)
    if parsed is None:
        return None
    value, j = parsed
    if value <= 20 and j < len(tokens) and tokens[j].low in _DOZEN:
        # "two dozen", "some three dozen", "dos docenas de": a number of dozens
        value, j = value * 12, j + 1
    if mod == "between" or mod == "":
        # ranges: "between 24 and 35", "entre 24 y 35", "24 to 35", "24-35"
        if j + 1 < len(tokens) and tokens[j].low in ("and", "to", "y", "a", "-", "–"):
            second = parse_number(tokens, j + 1)
            if second is not None and second[0] > value:
                connector = tokens[j].low
                if mod == "between" or connector in ("to", "-", "–", "a"):
                    # "de 24 a 35" (Spanish) is also a range
                    j2 = second[1]
                    s, e = tokens[i].start, tokens[j2 - 1].end
                    return Quantity(s, e, text[s:e], value, None, value, second[0]), j2
        if mod == "between":
            return None
    return _apply(text, tokens, i, j, value, mod), j


def _apply(text: str, tokens: list[Token], i: int, j: int, v: int, mod: str) -> Quantity:
    s, e = tokens[i].start, tokens[j - 1].end
    best: int | None = v
    low: int | None = None
    high: int | None = None
    if mod == "atleast":
        low = v
    elif mod == "morethan":
        best, low = None, v
    elif mod == "nearly":
        high = v
    elif mod == "upto":
        best, high = None, v
    return Quantity(s, e, text[s:e], v, best, low, high)
