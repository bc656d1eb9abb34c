"""Date expressions in English and Spanish, resolved to partial dates with a precision.

Explicit dates ("13 December 1984", "el 3 de noviembre de 1991", "July 1992", "in 1983") keep the
precision they are written with. Dates without a year take it from the last explicit date told
before them (the narrative's year, in any paragraph), unless marked as recent ("el pasado 26 de
julio"); with no year told before them, the most recent such day on or before publication.
Relative dates resolve against the last day-precise date before them ("two days later",
"al día siguiente", and demonstratives that point back to the day just told: "that night",
"esa tarde", "That Sunday", "aquel domingo") or the publication date ("yesterday",
"on Friday", "el viernes", "on Christmas Eve", "last year"). Nothing is resolved against
today's date.
"""

from __future__ import annotations

import re
from collections.abc import Collection
from dataclasses import dataclass
from datetime import date, timedelta

from recuento.extract.numbers import UNIT_WORDS
from recuento.extract.text import fold_keep, paragraph_starts

__all__ = ["DateMention", "find_dates", "detect_published"]

_MONTHS = {
    "january": 1,
    "february": 2,
    "march": 3,
    "april": 4,
    "may": 5,
    "june": 6,
    "july": 7,
    "august": 8,
    "september": 9,
    "october": 10,
    "november": 11,
    "december": 12,
    "jan": 1,
    "feb": 2,
    "mar": 3,
    "apr": 4,
    "jun": 6,
    "jul": 7,
    "aug": 8,
    "sep": 9,
    "sept": 9,
    "oct": 10,
    "nov": 11,
    "dec": 12,
    "enero": 1,
    "febrero": 2,
    "marzo": 3,
    "abril": 4,
    "mayo": 5,
    "junio": 6,
    "julio": 7,
    "agosto": 8,
    "septiembre": 9,
    "setiembre": 9,
    "octubre": 10,
    "noviembre": 11,
    "diciembre": 12,
    "ene": 1,
    "abr": 4,
    "ago": 8,
    "set": 9,
    "dic": 12,
}
_EN_FULL = "january|february|march|april|may|june|july|august|september|october|november|december"
_ES_FULL = (
    "enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|setiembre|octubre|noviembre|"
    "diciembre"
)
_ES_MONTH_WORDS = frozenset(_ES_FULL.split("|"))
_ABBR = "jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec|ene|abr|ago|set|dic"
_M = rf"(?P<mon>{_EN_FULL}|{_ES_FULL}|(?:{_ABBR})\.?)"
_M2 = rf"(?P<mon2>{_EN_FULL}|{_ES_FULL}|(?:{_ABBR})\.?)"
_Y = r"(?P<year>1[89]\d{2}|20\d{2})"
_D = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th|ro|º)?"
_DRANGE = r"(?:\s*(?:-|–|and|y|al|to)\s*(?:el\s+)?[0-3]?\d)?"

# Order matters: the first pattern that matches at a position wins.
_EXPLICIT = [
    # "December 13, 1984", "Dec. 13 1984", "December 13"
    re.compile(rf"\b{_M}\s+{_D}{_DRANGE}(?:,?\s+(?:of\s+)?{_Y})?\b(?!\s*(?:years|anos|-year))"),
    # "13 December 1984", "13 de diciembre de 1984", "18 y 19 de junio de 1986", "16 dic"
    re.compile(rf"\b{_D}{_DRANGE}\s+(?:de\s+|of\s+)?{_M}(?:,?\s+(?:de\s+|del\s+|of\s+)?{_Y})?\b"),
    # "December 1984", "diciembre de 1984", "December of 1984"
    re.compile(rf"\b{_M2}\s+(?:de\s+|del\s+|of\s+)?(?P<year>1[89]\d{{2}}|20\d{{2}})\b"),
]
_DECADE = re.compile(
    r"\b(?:the\s+)?(?P<dec>1[89]\d0|20\d0)'?s\b|\bla\s+decada\s+de\s+(?:19)?(?P<dec2>[5-9]0|1[89]\d0)\b|"
    r"\blos\s+(?:anos\s+)?(?P<decw>cincuenta|sesenta|setenta|ochenta|noventa)\b"
)
_DECADE_WORDS = {
    "cincuenta": 1950,
    "sesenta": 1960,
    "setenta": 1970,
    "ochenta": 1980,
    "noventa": 1990,
}
_YEAR = re.compile(r"(?<![\d.,/-])\b(?P<year>1[89]\d{2}|20\d{2})\b(?![\d,.]\d)")

_WEEKDAYS = {
    "monday": 0,
    "tuesday": 1,
    "wednesday": 2,
    "thursday": 3,
    "friday": 4,
    "saturday": 5,
    "sunday": 6,
    "lunes": 0,
    "martes": 1,
    "miercoles": 2,
    "jueves": 3,
    "viernes": 4,
    "sabado": 5,
    "domingo": 6,
}
_WEEKDAY = re.compile(
    r"\b(?:(?P<that>that|aquel|ese)\s+)?"
    r"(?:(?:on|last|this|late|early|el|este|el\s+pasado|el\s+ultimo|la\s+noche\s+del|"
    r"la\s+madrugada\s+del|la\s+tarde\s+del)\s+)?"
    r"(?P<wd>monday|tuesday|wednesday|thursday|friday|saturday|sunday|lunes|martes|miercoles|"
    r"jueves|viernes|sabado|domingo)(?:\s+pasado)?\b"
)
_PUB_RELATIVE = [
    (re.compile(r"\b(?:yesterday|ayer)\b"), -1),
    (re.compile(r"\b(?:anteayer|antier|the\s+day\s+before\s+yesterday)\b"), -2),
    (re.compile(r"\b(?:last\s+night|anoche)\b"), -1),
    (re.compile(r"\b(?:today|hoy|this\s+morning|esta\s+manana|earlier\s+today)\b"), 0),
]
# "two days later", "tres semanas despues": counts of one to ten, or an article
_NUMWORDS = {
    # up to a month of days: "trece días después del secuestro", "fifteen days later"
    **{w: v for w, v in UNIT_WORDS.items() if 1 <= v <= 31 and w != "uno"},
    **{"a": 1, "an": 1, "un": 1, "una": 1},
}
_N = r"(?P<n>\d{1,2}|" + "|".join(sorted(_NUMWORDS, key=len, reverse=True)) + ")"
# nouns of a violent event a later day is counted from
_EVENT_NOUN = (
    r"(?:matanza|masacre|ataque|crimen|asesinatos?|secuestros?|hechos|incursion|balacera|"
    r"massacre|killings?|attack|shooting|raid|abduction|kidnapping|ambush|emboscada)"
)
_ANCHOR_RELATIVE = [
    (re.compile(rf"\b{_N}\s+(?P<unit>days?|weeks?)\s+(?:later|afterwards|after(?=\s*[,.;]))"), 1),
    (
        re.compile(
            rf"\b{_N}\s+(?P<unit>days?|weeks?)\s+(?:earlier|before)\b(?!\s+(?:the|his|her))"
        ),
        -1,
    ),
    (re.compile(rf"\b{_N}\s+(?P<unit>dias?|semanas?)\s+(?:despues|mas\s+tarde)\b(?!\s+de)"), 1),
    # "cinco días después de la matanza", "three days after the massacre": counted from the
    # violent event just told, whose day is the last one written
    (
        re.compile(
            rf"\b{_N}\s+(?P<unit>dias?|semanas?|days?|weeks?)\s+(?:(?:despues\s+de|after)\s+"
            rf"(?:la|el|los|las|the|that|aquella|esa)|despues\s+del)\s+{_EVENT_NOUN}\b"
        ),
        1,
    ),
    (re.compile(rf"\b{_N}\s+(?P<unit>dias?|semanas?)\s+antes\b(?!\s+de)"), -1),
    (
        re.compile(
            r"\b(?:the\s+(?:next|following)\s+(?:day|morning|night)|the\s+day\s+after|"
            r"al\s+dia\s+siguiente|el\s+dia\s+siguiente|al\s+otro\s+dia|"
            r"(?:(?:a|en|durante)\s+)?la\s+(?:manana|madrugada|noche|tarde)\s+siguiente|"
            r"(?:en|durante)\s+la\s+(?:noche|madrugada)\s+del\s+dia\s+siguiente|"
            r"the\s+(?:next|following)\s+(?:afternoon|evening|dawn))\b"
        ),
        2,
    ),
    (
        re.compile(
            r"\b(?:the\s+(?:day\s+before|previous\s+day)|el\s+dia\s+anterior|la\s+vispera)\b"
            r"(?!\s+(?:de|of))"
        ),
        -2,
    ),
    (
        re.compile(
            r"\b(?:that\s+same\s+(?:day|night|morning|afternoon|evening)|the\s+same\s+day|"
            r"(?:ese|aquel)\s+mismo\s+dia|(?:esa|aquella)\s+misma\s+(?:noche|tarde|manana|madrugada))\b"
        ),
        0,
    ),
    # "hours later", "pocas horas después": the day just told
    (
        re.compile(
            r"\b(?:(?:a\s+few|some|several|\d{1,2}|two|three|four|five|six)\s+)?hours\s+later\b|"
            r"\b(?:(?:pocas|unas|algunas|\d{1,2}|dos|tres|cuatro|cinco|seis)\s+)?horas\s+"
            r"(?:despues|mas\s+tarde)\b(?!\s+de)"
        ),
        0,
    ),
    # a demonstrative part of a day points back to the day just told, wherever it was told:
    # "that night", "esa tarde", "aquella madrugada" ("this morning" is the day of writing).
    # "That day" is left alone: it often points back past later days to the story's main day
    # ("two days later we went back … years later the commission counted 300 killed that day")
    (
        re.compile(
            r"\b(?:that\s+(?:night|morning|afternoon|evening)|"
            r"(?:esa|aquella)\s+(?:noche|tarde|manana|madrugada))\b"
        ),
        0,
    ),
]
_HOLIDAYS = [
    (
        re.compile(
            r"\b(?:christmas\s+eve|nochebuena|(?:la\s+)?vispera\s+de\s+navidad|"
            r"visperas\s+de\s+navidad)\b"
        ),
        (12, 24),
    ),
    (re.compile(r"\b(?:new\s+year'?s\s+eve|fin\s+de\s+ano)\b"), (12, 31)),
    (re.compile(r"\b(?:christmas(?:\s+day)?|navidad)\b"), (12, 25)),
    (re.compile(r"\b(?:new\s+year'?s\s+day|ano\s+nuevo)\b"), (1, 1)),
]
_NUMBER_WORDS = {
    **{k: v for k, v in _NUMWORDS.items() if k not in ("a", "an", "un", "una")},
    "eleven": 11,
    "twelve": 12,
    "fifteen": 15,
    "twenty": 20,
    "twenty-five": 25,
    "thirty": 30,
    "thirty-one": 31,
    "thirty-five": 35,
    "forty": 40,
    "fifty": 50,
    "once": 11,
    "doce": 12,
    "quince": 15,
    "veinte": 20,
    "veinticinco": 25,
    "treinta": 30,
    "cuarenta": 40,
    "cincuenta": 50,
    "a decade": 10,
    "two decades": 20,
    "three decades": 30,
    "una decada": 10,
    "dos decadas": 20,
    "tres decadas": 30,
}


def _ny(name: str = "n") -> str:
    return (
        rf"(?P<{name}>\d{{1,3}}|[a-z]+(?:-[a-z]+)?|a\s+decade|two\s+decades|three\s+decades|"
        r"una\s+decada|dos\s+decadas|tres\s+decadas)"
    )


_NY = _ny()
# the text is written N years after an event: "thirty-one years after the crime", "30 years ago",
# "thirty-five years on", "hace 30 años", "a 30 años de la matanza"
_YEARS_AGO = re.compile(
    rf"\b{_NY}(?:\s+years?|(?<=decade)|(?<=decades))\s+(?:ago|on\b|since\s+the|after\s+the\s+"
    rf"(?:crime|massacre|killings?|"
    rf"attack|events?|murders?))|\bhace\s+{_ny('n2')}\s+anos|"
    rf"\ba\s+{_ny('n3')}\s+anos\s+de\s+(?:la|el|los|las)\b|"
    rf"\b{_ny('n4')}\s+anos\s+despues\s+de\s+(?:la\s+matanza|la\s+masacre|los\s+hechos|el\s+crimen)"
)
_YEARS_AGO_TODAY = re.compile(
    rf"\b{_ny('a')}\s+years?\s+ago\s+today\b|"
    rf"\b(?:hoy\s+(?:se\s+cumplen|hace)|hace\s+hoy)\s+{_ny('b')}\s+anos\b|"
    rf"\bhace\s+{_ny('c')}\s+anos,?\s+un\s+dia\s+como\s+hoy\b|"
    rf"\bun\s+dia\s+como\s+hoy,?\s+hace\s+{_ny('d')}\s+anos\b"
)
# N years after something dated in the text: "two years after his election in 1990",
# "five years later"
_YEARS_LATER = re.compile(
    rf"\b{_NY}\s+(?:years?|anos)\s+(?:later|after|despues)(?:[^.;]{{0,40}}?\b(?:in|en|de)\s+"
    r"(?P<y>1[89]\d{2}|20\d{2}))?"
)


def _number_word(word: str) -> int | None:
    w = re.sub(r"\s+", " ", word)
    if w.isdigit():
        return int(w)
    return _NUMBER_WORDS.get(w)


_MONTH_YEAR_RELATIVE = re.compile(
    rf"\b(?P<m>{_EN_FULL}|{_ES_FULL})\s+(?:(?:del|de\s+este)\s+ano(?P<past>\s+pasado)?"
    r"(?!\s+(?:siguiente|anterior)\b)|"
    r"(?:of\s+)?(?:this|(?P<past2>last))\s+year)\b"
)
# "en octubre de ese mismo año", "October of that year", "later that year", "del mismo año": the
# year last told in full
_THAT_YEAR = re.compile(
    rf"\b(?:(?P<m>{_EN_FULL}|{_ES_FULL})\s+(?:de\s+|del\s+|of\s+)?)?"
    r"(?:(?:ese|aquel)\s+(?:mismo\s+)?ano|mismo\s+ano|that\s+(?:same\s+)?year|the\s+same\s+year)\b"
)
# "last April", "this past April", "en septiembre pasado", "el pasado septiembre": the latest such
# month before the month of publication
_NAMED_MONTH_PAST = re.compile(
    rf"\b(?:(?:last|this\s+past)\s+(?P<en>{_EN_FULL})|"
    rf"(?:(?:el|en)\s+)?(?P<es>{_ES_FULL})\s+pasado|el\s+pasado\s+(?:mes\s+de\s+)?(?P<es2>{_ES_FULL}))\b"
)
# "last month", "el mes pasado", "earlier this month", "a principios de este mes"
_MONTH_RELATIVE = [
    (re.compile(r"\b(?:last\s+month|(?:el|del)\s+(?:mes\s+pasado|pasado\s+mes))\b"), -1),
    (
        re.compile(
            r"\b(?:earlier\s+this\s+month|(?:a\s+)?(?:principios|comienzos)\s+de\s+este\s+mes)\b"
        ),
        0,
    ),
]
# "al año siguiente", "the following year", "en mayo del año siguiente", "a year later", "un año
# después": the year after the one last told in full
_NEXT_YEAR = re.compile(
    rf"\b(?:(?P<m>{_EN_FULL}|{_ES_FULL})\s+(?:de\s+|del\s+|of\s+)?)?"
    r"(?:(?:al|el|del)\s+ano\s+siguiente|the\s+(?:following|next)\s+year|"
    r"(?:a|one)\s+year\s+later|un\s+ano\s+(?:despues|mas\s+tarde))\b"
)
_YEAR_RELATIVE = [
    (re.compile(r"\b(?:last\s+year|el\s+ano\s+pasado)\b"), -1),
    (re.compile(r"\b(?:this\s+year|este\s+ano)\b"), 0),
]


# a range of two months with or without a year: "between February and March", "entre
# febrero y marzo de 1998", "from June to August": the first month (the start of what happened)
_MONTH_RANGE = re.compile(
    rf"\b(?:between|from|entre|desde|de)\s+(?P<m1>{_EN_FULL}|{_ES_FULL})\s+"
    rf"(?:and|to|until|through|y|a|al|hasta)\s+(?P<m2>{_EN_FULL}|{_ES_FULL})\b"
    rf"(?:,?\s+(?:de\s+|del\s+|of\s+)?{_Y}\b)?"
)
# Easter and Holy Week of a year: "la Semana Santa de 1976", "Easter 1916", "Holy Week of
# 1976"; the month of that Easter Sunday (the year alone when the week straddles two months)
_EASTER_WORDS = (
    r"(?:semana\s+santa|semana\s+mayor|pascua\s+de\s+resurreccion|domingo\s+de\s+"
    r"(?:pascua|resurreccion)|holy\s+week|easter(?:\s+(?:sunday|week|weekend|monday))?)"
)
_EASTER_YEAR = re.compile(rf"\b{_EASTER_WORDS}\s+(?:de\s+|del\s+|of\s+|in\s+)?{_Y}\b")
# "aquella Pascua", "esa Semana Santa", "that Easter": the Easter of the year last told
_THAT_EASTER = re.compile(
    rf"\b(?:aquella|esa|esta|that|the\s+same)\s+(?:misma\s+)?(?:{_EASTER_WORDS}|pascua)\b"
)
# a day of the month told without its month, which is the month of the narrative: "on the
# afternoon of the 18th", "by the 3rd", "hasta el día 17", "la noche del día 5"
_DAY_OF_MONTH = re.compile(
    r"\b(?:(?:on|of|by|until|till|from|since)\s+the\s+(?P<en>[0-3]?\d)(?:st|nd|rd|th)"
    r"(?!\s*(?:-|century|centuries|anniversary|floor|birthday|time|round|day|week|year|"
    r"street|avenue|amendment|place|division|brigade|battalion|regiment|precinct|district|"
    r"congress|session|edition|article|paragraph|of\s+(?:" + _EN_FULL + r")))|"
    r"(?:el|del|al)\s+dia\s+(?P<es>[0-3]?\d)\b(?!\s*(?:[.,]\d|de\s+(?:" + _ES_FULL + r")|"
    r"(?:de\s+|del\s+)?(?:mes|ano)|%)))"
)
# "en esos días", "en esos mismos días", "in those (same) days", "por aquellos días": the
# time of the narrative just told (its last day or month)
_THOSE_DAYS = re.compile(
    r"\b(?:(?:en|por|durante)\s+(?:esos|aquellos)\s+(?:mismos\s+)?dias|"
    r"(?:in|during)\s+those\s+(?:same\s+)?days)\b"
)


_FLASHBACK = re.compile(r"\b(?:habia|habian|had)\s+(?:\w+\s+)?\w+(?:ado|ido|ed|en)\b[^.;]*$")


def easter_sunday(year: int) -> date:
    """The Gregorian Easter Sunday of ``year`` (the anonymous Gregorian computus)."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = divmod(b, 4)
    g = (8 * b + 13) // 25
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    ell = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * ell) // 451
    month, day = divmod(h + ell - 7 * m + 114, 31)
    return date(year, month, day + 1)


@dataclass(slots=True)
class DateMention:
    start: int
    end: int
    text: str
    year: int | None
    month: int | None = None
    day: int | None = None
    precision: str = "year"
    relative: bool = False
    explicit_year: bool = True

    @property
    def value(self) -> str | None:
        if self.year is None:
            return None
        if self.precision in ("year", "decade") or self.month is None:
            return f"{self.year:04d}"
        if self.precision == "month" or self.day is None:
            return f"{self.year:04d}-{self.month:02d}"
        return f"{self.year:04d}-{self.month:02d}-{self.day:02d}"

    def as_date(self) -> date | None:
        if self.year is None or self.month is None or self.day is None:
            return None
        try:
            return date(self.year, self.month, self.day)
        except ValueError:
            return None

    def to_field(self) -> dict[str, str] | None:
        v = self.value
        return None if v is None else {"value": v, "precision": self.precision}


def _month(token: str) -> int | None:
    return _MONTHS.get(token.rstrip(".").lower())


def _valid(y: int, m: int, d: int) -> bool:
    try:
        date(y, m, d)
    except ValueError:
        return False
    return True


def _occupied(spans: list[tuple[int, int]], s: int, e: int) -> bool:
    return any(s < b and a < e for a, b in spans)


def _raw_mentions(text: str, folded: str) -> list[DateMention]:
    found: list[DateMention] = []
    taken: list[tuple[int, int]] = []

    def add(m: DateMention) -> None:
        found.append(m)
        taken.append((m.start, m.end))

    for m in _EASTER_YEAR.finditer(folded):
        year = int(m.group("year"))
        easter = easter_sunday(year)
        palm = easter - timedelta(days=7)
        if palm.month == easter.month:
            add(
                DateMention(
                    m.start(), m.end(), text[m.start() : m.end()], year, easter.month, None, "month"
                )
            )
        else:
            add(
                DateMention(m.start(), m.end(), text[m.start() : m.end()], year, None, None, "year")
            )
    for m in _MONTH_RANGE.finditer(folded):
        if _occupied(taken, m.start(), m.end()):
            continue
        m1, m2 = m.group("m1"), m.group("m2")
        if any(
            w in _EN_FULL.split("|") and not text[m.start(g)].isupper()
            for w, g in ((m1, "m1"), (m2, "m2"))
        ):
            continue  # English month names are capitalised ("from may to …" is no month)
        if any(
            w in _ES_MONTH_WORDS and text[m.start(g)].isupper() and not m.group("year")
            for w, g in ((m1, "m1"), (m2, "m2"))
        ):
            continue  # a capitalised Spanish month with no year is a place's name
        month = _month(m1)
        year = int(m.group("year")) if m.group("year") else None
        a = m.start("m1")
        add(
            DateMention(
                a,
                m.end(),
                text[a : m.end()],
                year,
                month,
                None,
                "month",
                explicit_year=year is not None,
            )
        )
    for pattern in _EXPLICIT:
        for m in pattern.finditer(folded):
            if _occupied(taken, m.start(), m.end()):
                continue
            gd = m.groupdict()
            mon_group = "mon" if gd.get("mon") else "mon2"
            mon_key = (gd.get(mon_group) or "").rstrip(".")
            month = _month(mon_key)
            if month is None:
                continue
            # English month names are capitalised; "may", "march" and "set" are also words.
            original = text[m.start(mon_group) : m.end(mon_group)]
            if (
                mon_key in ("may", "march", "mar", "dec", "jan", "set")
                and not original[:1].isupper()
            ):
                if mon_key != "set" or not gd.get("year"):
                    continue
            year = int(gd["year"]) if gd.get("year") else None
            day = int(gd["day"]) if gd.get("day") else None
            if day is not None and not 1 <= day <= 31:
                continue
            if (
                year is None
                and original[:1].isupper()
                and _month(mon_key) is not None
                and mon_key in _ES_MONTH_WORDS
                and not _in_dateline(text, m.start())
            ):
                # Spanish writes months in lower case: a capitalised one with no year names a
                # place ("barrio 23 de Enero", "plaza Dos de Mayo", "avenida 28 de Julio"), not a
                # date — except in a wire dateline, which may capitalise it
                continue
            if day is not None:
                if year is not None and not _valid(year, month, day):
                    continue
                add(
                    DateMention(
                        m.start(),
                        m.end(),
                        text[m.start() : m.end()],
                        year,
                        month,
                        day,
                        "day",
                        explicit_year=year is not None,
                    )
                )
            else:
                add(
                    DateMention(
                        m.start(), m.end(), text[m.start() : m.end()], year, month, None, "month"
                    )
                )
    for m in _DECADE.finditer(folded):
        if _occupied(taken, m.start(), m.end()):
            continue
        if m.group("dec"):
            y = int(m.group("dec"))
        elif m.group("dec2"):
            d2 = m.group("dec2")
            y = int(d2) if len(d2) == 4 else 1900 + int(d2)
        else:
            y = _DECADE_WORDS[m.group("decw")]
        add(DateMention(m.start(), m.end(), text[m.start() : m.end()], y, None, None, "decade"))
    for m in _YEAR.finditer(folded):
        if _occupied(taken, m.start(), m.end()):
            continue
        after = folded[m.end() : m.end() + 20]
        if re.match(
            r"\s*(?:people|persons|personas|soldiers|soldados|protesters|manifestantes|"
            r"victims|victimas|%|percent|por\s+ciento|km|metros|meters|soles|dollars|"
            r"dolares|pesos|hours|horas)",
            after,
        ):
            continue
        before = folded[max(0, m.start() - 12) : m.start()]
        if re.search(r"(?:no\.|n\.?º|law|ley|number|numero|expediente|case)\s*$", before):
            continue
        add(DateMention(m.start(), m.end(), m.group(), int(m.group("year")), None, None, "year"))
    return found


def find_dates(text: str, published: date | None = None) -> list[DateMention]:
    """Every date expression in ``text`` with a resolved value where one can be given.

    Mentions that cannot be resolved (a relative date with nothing to anchor it) keep
    ``year=None`` and are still returned, so callers can see them.
    """
    folded = fold_keep(text)
    mentions = _raw_mentions(text, folded)
    taken = [(m.start, m.end) for m in mentions]
    rel: list[tuple[DateMention, str, int]] = []

    def add_rel(s: int, e: int, kind: str, arg: int) -> None:
        if _occupied(taken, s, e):
            return
        taken.append((s, e))
        mention = DateMention(s, e, text[s:e], None, None, None, "day", relative=True)
        rel.append((mention, kind, arg))

    for m in _YEARS_AGO_TODAY.finditer(folded):
        # "Thirty-one years ago today", "hoy se cumplen 30 años", "un día como hoy, hace 30 años":
        # the very day, N years before the text was written
        word = next(m.group(g) for g in ("a", "b", "c", "d") if m.group(g))
        n = _number_word(word)
        if n is not None:
            add_rel(m.start(), m.end(), "years_today", n)
    for pattern, offset in _PUB_RELATIVE:
        for m in pattern.finditer(folded):
            add_rel(m.start(), m.end(), "pub", offset)
    for pattern, sign in _ANCHOR_RELATIVE:
        for m in pattern.finditer(folded):
            if sign in (1, -1):
                n = m.group("n")
                count = int(n) if n.isdigit() else _NUMWORDS[n]
                unit = m.group("unit")
                days = count * (7 if unit.startswith(("week", "semana")) else 1) * sign
            else:
                days = {2: 1, -2: -1, 0: 0}[sign]
            add_rel(m.start(), m.end(), "anchor", days)
    for pattern, (mon, day) in _HOLIDAYS:
        for m in pattern.finditer(folded):
            add_rel(m.start(), m.end(), "holiday", mon * 100 + day)
    for m in _MONTH_YEAR_RELATIVE.finditer(folded):
        # "en agosto del año pasado", "in August last year": a month of a year told relatively
        mon = _month(m.group("m"))
        if mon is not None:
            add_rel(
                m.start(),
                m.end(),
                "month_year",
                mon * 10 + (1 if m.group("past") or m.group("past2") else 0),
            )
    for m in _NAMED_MONTH_PAST.finditer(folded):
        if m.group("en") and not text[m.start("en")].isupper():
            continue  # English month names are capitalised ("last may" is no month)
        mon = _month(m.group("en") or m.group("es") or m.group("es2"))
        if mon is not None:
            add_rel(m.start(), m.end(), "named_month_past", mon)
    for pattern, offset in _MONTH_RELATIVE:
        for m in pattern.finditer(folded):
            add_rel(m.start(), m.end(), "months_back", -offset)
    for pattern, offset in _YEAR_RELATIVE:
        for m in pattern.finditer(folded):
            add_rel(m.start(), m.end(), "year", offset)
    for m in _THAT_YEAR.finditer(folded):
        add_rel(m.start(), m.end(), "that_year", (_month(m.group("m") or "") or 0))
    for m in _NEXT_YEAR.finditer(folded):
        if m.group("m") and m.group("m") in _EN_FULL.split("|"):
            if not text[m.start("m")].isupper():
                continue  # "may the following year …" is no month
        add_rel(m.start(), m.end(), "next_year", (_month(m.group("m") or "") or 0))
    for m in _YEARS_AGO.finditer(folded):
        word = next(m.group(g) for g in ("n", "n2", "n3", "n4") if m.group(g))
        n = _number_word(word)
        if n is not None:
            add_rel(m.start(), m.end(), "year", -n)
    for m in _YEARS_LATER.finditer(folded):
        n = _number_word(m.group("n"))
        if n is None:
            continue
        if m.group("y"):
            # "two years after his election in 1990": one explicit year plus an offset
            y = int(m.group("y"))
            for x in list(mentions):
                if x.start >= m.start() and x.end <= m.end():
                    mentions.remove(x)
            taken[:] = [(a, b) for a, b in taken if not (a >= m.start() and b <= m.end())]
            add_rel(m.start(), m.end(), "fixed_year", y + n)
        else:
            # "On 6 May 2022, thirty years after the security forces stormed the prison": the
            # clause after "after" happened N years before the date that opens the sentence
            head = folded[max(0, m.start() - 80) : m.start()]
            head = re.split(r"[.;!?]\s", head)[-1]
            tail = folded[m.end() : m.end() + 12]
            if (
                re.search(r"\b(?:after|despues)$", m.group())
                and _YEAR.search(head)
                and (
                    re.match(
                        r"\s+(?:de\s+)?(?:the|la|el|los|las|que|security|soldiers|police)\b", tail
                    )
                )
            ):
                add_rel(m.start(), m.end(), "anchor_year", -n)
            else:
                add_rel(m.start(), m.end(), "anchor_year", n)
    for m in _THAT_EASTER.finditer(folded):
        add_rel(m.start(), m.end(), "that_easter", 0)
    for m in _DAY_OF_MONTH.finditer(folded):
        g = "en" if m.group("en") else "es"
        dom = int(m.group(g))
        if g == "en" and re.match(r"\s+[A-Z]", text[m.end() : m.end() + 3]):
            continue  # "the 15th Mobile Brigade": a unit's or a thing's name
        if 1 <= dom <= 31:
            add_rel(m.start(), m.end(), "day_of_month", dom)
    for m in _THOSE_DAYS.finditer(folded):
        add_rel(m.start(), m.end(), "those_days", 0)
    weekday_at: dict[int, int] = {}
    for m in _WEEKDAY.finditer(folded):
        wd = m.group("wd")
        # English weekday names are capitalised
        if wd in ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"):
            if not text[m.start("wd")].isupper():
                continue
        # "el domingo 11": a weekday with a day of the month and no month
        dm = re.match(
            r"\s+([0-3]?\d)\b(?!\s*(?:de\s+)?(?:" + _EN_FULL + "|" + _ES_FULL + r"))",
            folded[m.end() : m.end() + 20],
        )
        if dm:
            add_rel(
                m.start(), m.end() + dm.end(), "weekday_day", _WEEKDAYS[wd] * 100 + int(dm.group(1))
            )
            continue
        # a weekday right before an explicit date ("el miércoles 6 de diciembre") is redundant,
        # but it can tell the year of a date written without one
        nxt = folded[m.end() : m.end() + 4]
        if re.match(r",?\s*\d", nxt) or re.match(
            r",?\s*(?:" + _EN_FULL + r")", folded[m.end() : m.end() + 12].lstrip(", ")
        ):
            weekday_at[m.end()] = _WEEKDAYS[wd]
            continue
        # "That Sunday", "aquel domingo": the day just told, not a day of the week of writing
        add_rel(m.start(), m.end(), "that_weekday" if m.group("that") else "weekday", _WEEKDAYS[wd])

    all_mentions = sorted(mentions + [r[0] for r in rel], key=lambda x: x.start)
    rel_kind = {id(r[0]): (r[1], r[2]) for r in rel}
    paras = paragraph_starts(text)

    def para_of(pos: int) -> int:
        p = 0
        for i, ps in enumerate(paras):
            if ps <= pos:
                p = i
        return p

    years_told = {m.year for m in mentions if m.year is not None and m.explicit_year}
    last_explicit: DateMention | None = None
    last_day: DateMention | None = None
    last_month: DateMention | None = None
    last_year: int | None = None
    last_frame: DateMention | None = None
    for mention in all_mentions:
        info = rel_kind.get(id(mention))
        if info is None:
            if mention.year is None:
                anchor = last_explicit
                if (
                    last_frame is not None
                    and (anchor is None or anchor.start < last_frame.start)
                    and para_of(mention.start) - para_of(last_frame.start) <= 1
                ):
                    # "By 1959 I was in the closed compound at Hola. … On the morning of 3
                    # March": a year that opens a sentence sets the narrative's year
                    anchor = last_frame
                _infer_year(mention, anchor, published, para_of, folded)
                _check_weekday(mention, weekday_at, folded, published, years_told)
            if mention.explicit_year and mention.precision in ("day", "month"):
                last_explicit = mention
        else:
            kind, arg = info
            if (
                kind == "anchor"
                and arg == 0
                and last_month is not None
                and (last_day is None or last_day.start < last_month.start)
                and not re.search(r"[.!?]\s", folded[last_month.end : mention.start])
            ):
                # "En mayo de 2015 un fiscal … y esa misma noche salió": the same day as a month
                # told after the last day, in its sentence, is only known to that month
                mention.year, mention.month = last_month.year, last_month.month
                mention.precision = "month"
            elif kind in ("that_easter", "day_of_month", "those_days") or (
                kind == "weekday_day"
                and last_month is not None
                and (last_day is None or last_day.start < last_month.start)
            ):
                _resolve_narrative(mention, kind, arg, last_day, last_month, last_year)
                if mention.year is None and kind == "weekday_day":
                    _resolve_relative(mention, kind, arg, last_day, published, para_of, last_year)
            else:
                _resolve_relative(mention, kind, arg, last_day, published, para_of, last_year)
            if _after(mention, published):
                # a text cannot report as past what falls after it was written: "Diez años
                # después seguimos sin saber…" counted from a year told earlier is the present
                mention.year = mention.month = mention.day = None
        if (
            info is not None
            and info[0] == "day_of_month"
            and _FLASHBACK.search(folded[max(0, mention.start - 40) : mention.start])
        ):
            # "los habían detenido el día 15": a day told in the pluperfect looks back, and the
            # narrative's "esa misma madrugada" goes on from the day before it
            continue
        if mention.precision == "day" and mention.as_date() is not None:
            last_day = mention
        elif mention.precision == "month" and mention.year is not None and mention.month:
            last_month = mention
        if info is None and mention.explicit_year and mention.year is not None:
            last_year = mention.year
            if mention.precision == "year" and _YEAR_FRAME.search(
                folded[max(0, mention.start - 40) : mention.start]
            ):
                last_frame = mention
    return all_mentions


# a year that opens a sentence as the time of what follows: "By 1959", "In 1959,", "En 1976",
# "Hacia 1959", "A comienzos de 1982"
_YEAR_FRAME = re.compile(
    r"(?:^|[.!?]\s+|\n\s*)(?:by|in|early\s+in|late\s+in|en|hacia|para|a\s+(?:comienzos|"
    r"principios|mediados|fines|finales)\s+de(?:l\s+ano)?|(?:at\s+the\s+)?(?:start|beginning|"
    r"end)\s+of)\s+$"
)


def _after(mention: DateMention, published: date | None) -> bool:
    """Whether a resolved mention falls in a year after the publication's. Days and months are
    not compared: a publication date read from a dateline can be a day or two early."""
    return published is not None and mention.year is not None and mention.year > published.year


_ANNIVERSARY = re.compile(
    r"\b(?:(?:a|hace|de)\s+(?P<n1>\d{1,3}|[a-z]+)\s+anos\s+(?:de|del)\b|"
    r"(?P<n2>\d{1,3}|[a-z]+)\s+years\s+(?:ago|after|since)\b|"
    r"(?P<n3>\d{1,3})(?:st|nd|rd|th)\s+anniversary|(?P<n4>[a-z]+)\s+anniversary)"
)
_ORDINAL_WORDS = {"tenth": 10, "twentieth": 20, "thirtieth": 30, "fortieth": 40, "fiftieth": 50}


def _check_weekday(
    mention: DateMention,
    weekday_at: dict[int, int],
    folded: str,
    published: date | None,
    years_told: Collection[int] = (),
) -> None:
    """ "El miércoles 2 de octubre" in a text published in 2018 is not 2 October 2018 (a
    Tuesday): when the written weekday disagrees with the year taken from the publication
    date, the year the text's anniversary gives ("a cincuenta años de", "fifty years after")
    is used if the weekday agrees with it."""
    wd = next((w for pos, w in weekday_at.items() if 0 <= mention.start - pos <= 3), None)
    d = mention.as_date()
    if wd is None or d is None or published is None or d.weekday() == wd:
        return
    for m in _ANNIVERSARY.finditer(folded):
        word = next(g for g in m.groups() if g is not None)
        n = _number_word(word) or _ORDINAL_WORDS.get(word)
        if not n or n > 150:
            continue
        year = published.year - n
        if _valid(year, d.month, d.day) and date(year, d.month, d.day).weekday() == wd:
            mention.year = year
            return
    # "las protestas de noviembre de 2020 … El lunes 9 de noviembre", told in 2022: the latest
    # year the text names in which that day fell on that weekday
    for year in sorted((y for y in years_told if y <= d.year), reverse=True):
        if _valid(year, d.month, d.day) and date(year, d.month, d.day).weekday() == wd:
            mention.year = year
            return


# "el pasado 26 de julio", "this past 3 March", "el 24 de diciembre pasado": a day of the
# months before publication, whatever the narrative's year
_RECENT_BEFORE = re.compile(r"(?:\bpasado|\bpast|\blast|\beste|\bthis)\s+(?:el\s+|on\s+)?$")
_RECENT_AFTER = re.compile(
    r"^\s*(?:pasado|ultimo|de este ano|del ano en curso|of this year|this year)\b"
)


def _infer_year(
    mention: DateMention,
    anchor: DateMention | None,
    published: date | None,
    para_of: object,
    folded: str = "",
) -> None:
    """A date written without a year takes the year of the last date told with one (the
    narrative's), in any paragraph: an anniversary piece published on 15 July 2017 that told
    "julio de 1997" earlier means 1997 by "el 15 de julio". Only a date marked as recent ("el
    pasado 26 de julio") or one with no year told before it takes the publication's year."""
    assert callable(para_of)
    month = mention.month or 1
    day = mention.day or 1
    recent = bool(
        _RECENT_BEFORE.search(folded[max(0, mention.start - 14) : mention.start])
        or _RECENT_AFTER.match(folded[mention.end : mention.end + 20])
    )
    if anchor is not None and anchor.year is not None and not (recent and published):
        year = anchor.year
        a_month = anchor.month or 1
        if month < a_month - 2:  # "On 20 December 2022 ... On 9 January" -> next year
            year += 1
        mention.year = year
        mention.explicit_year = False
        return
    if published is not None:
        year = published.year
        if (month, day) > (published.month, published.day):
            year -= 1
        mention.year = year
        mention.explicit_year = False
        return


def _resolve_narrative(
    mention: DateMention,
    kind: str,
    arg: int,
    last_day: DateMention | None,
    last_month: DateMention | None,
    last_year: int | None,
) -> None:
    """Dates that point into the narrative's own time: "that Easter" (of the year last told),
    "the 18th" and "el día 17" (of the month last told), "en esos días" (the last day or month
    told), and "el martes 17" after a month told ("Aquella semana de junio de 1980 … El martes
    17": the 17th of that month or the next when the weekday agrees)."""
    latest = last_day
    if last_month is not None and (last_day is None or last_day.start < last_month.start):
        latest = last_month
    if kind == "that_easter":
        if last_year is not None:
            easter = easter_sunday(last_year)
            mention.year, mention.month, mention.precision = last_year, easter.month, "month"
        return
    if latest is None or latest.year is None or latest.month is None:
        return
    if kind == "those_days":
        mention.year, mention.month, mention.day = latest.year, latest.month, latest.day
        mention.precision = "day" if latest.day else "month"
        return
    if kind == "day_of_month":
        if _valid(latest.year, latest.month, arg):
            mention.year, mention.month, mention.day = latest.year, latest.month, arg
            mention.precision = "day"
        return
    wd, dom = divmod(arg, 100)
    for step in range(0, 2):
        y = latest.year + (latest.month + step - 1) // 12
        mth = (latest.month + step - 1) % 12 + 1
        if _valid(y, mth, dom) and date(y, mth, dom).weekday() == wd:
            mention.year, mention.month, mention.day = y, mth, dom
            mention.precision = "day"
            return


def _resolve_relative(
    mention: DateMention,
    kind: str,
    arg: int,
    last_day: DateMention | None,
    published: date | None,
    para_of: object,
    last_year: int | None = None,
) -> None:
    assert callable(para_of)
    result: date | None = None
    if kind == "pub" and published is not None:
        result = published + timedelta(days=arg)
    elif kind == "anchor" and last_day is not None:
        base = last_day.as_date()
        if base is not None:
            result = base + timedelta(days=arg)
    elif kind == "holiday":
        mon, day = divmod(arg, 100)
        if published is not None:
            year = (
                published.year
                if (mon, day) <= (published.month, published.day)
                else published.year - 1
            )
            result = date(year, mon, day)
    elif kind == "month_year" and published is not None:
        mon, past = divmod(arg, 10)
        mention.year = published.year - past
        mention.month = mon
        mention.precision = "month"
        return
    elif kind == "named_month_past" and published is not None:
        mention.year = published.year if arg < published.month else published.year - 1
        mention.month, mention.precision = arg, "month"
        return
    elif kind == "months_back" and published is not None:
        y, mth = divmod(published.year * 12 + published.month - 1 - arg, 12)
        mention.year, mention.month, mention.precision = y, mth + 1, "month"
        return
    elif kind == "year" and published is not None:
        mention.year = published.year + arg
        mention.precision = "year"
        return
    elif kind == "years_today" and published is not None:
        year = published.year - arg
        if _valid(year, published.month, published.day):
            result = date(year, published.month, published.day)
    elif kind == "fixed_year":
        mention.year, mention.precision = arg, "year"
        return
    elif kind == "next_year" and last_year is not None:
        mention.year = last_year + 1
        mention.month = arg or None
        mention.precision = "month" if arg else "year"
        return
    elif kind == "that_year" and last_year is not None:
        mention.year = last_year
        mention.month = arg or None
        mention.precision = "month" if arg else "year"
        return
    elif kind == "anchor_year" and last_year is not None:
        mention.year, mention.precision = last_year + arg, "year"
        return
    elif kind == "weekday_day":
        wd, dom = divmod(arg, 100)
        told = last_day.as_date() if last_day is not None else None
        if told is not None:
            # "El lunes 9 de noviembre … El sábado 14 volvimos": the next such day after the day
            # last told, when its weekday agrees (it cannot by chance more than once in years)
            for step in range(0, 2):
                y, mth = told.year + (told.month + step - 1) // 12, (told.month + step - 1) % 12 + 1
                if _valid(y, mth, dom):
                    cand = date(y, mth, dom)
                    if cand >= told and cand.weekday() == wd and (cand - told).days <= 31:
                        result = cand
                        break
        base = published
        if last_day is not None and (
            published is None or para_of(last_day.start) == para_of(mention.start)
        ):
            base = published or last_day.as_date()
        if base is not None and result is None:
            y, mth = base.year, base.month
            for _ in range(14):
                try:
                    cand = date(y, mth, dom)
                except ValueError:
                    cand = None
                if cand is not None and cand <= base and cand.weekday() == wd:
                    result = cand
                    break
                mth -= 1
                if mth == 0:
                    y, mth = y - 1, 12
    elif kind == "that_weekday" and last_day is not None and last_day.as_date() is not None:
        told = last_day.as_date()
        assert told is not None
        result = told + timedelta(days=(arg - told.weekday()) % 7)  # that day, or the next such
    elif kind in ("weekday", "that_weekday"):
        base_date: date | None = None
        forward = False
        if last_day is not None and para_of(last_day.start) == para_of(mention.start):
            ld = last_day.as_date()
            if ld is not None and (published is None or (published - ld).days > 14):
                base_date, forward = ld, True
        if base_date is None and published is not None:
            base_date = published
        if base_date is not None:
            if forward:
                delta = (arg - base_date.weekday()) % 7
                result = base_date + timedelta(days=delta)
            else:
                delta = (base_date.weekday() - arg) % 7
                result = base_date - timedelta(days=delta)
    if result is not None:
        mention.year, mention.month, mention.day = result.year, result.month, result.day
        mention.precision = "day"


_DATELINE = re.compile(
    r"^\s*[A-ZÁÉÍÓÚÑ][A-ZÁÉÍÓÚÑ .'-]{2,40},(?:\s*[A-Z][\w .]{1,20},)?\s*"
    r"(?P<date>[^\n(—–]{3,30}?)\s*(?:\([^)\n]{1,40}\))?\s*(?:--|—|–|-)\s"
)


def _in_dateline(text: str, pos: int) -> bool:
    span = dateline_span(text)
    return span is not None and span[0] <= pos < span[1]


def dateline_span(text: str) -> tuple[int, int] | None:
    """Where the date of a wire dateline ("LIMA, Nov. 4 (Wire) --") is, if the text has one."""
    m = _DATELINE.match(text)
    return (m.start("date"), m.end("date")) if m else None


def detect_published(text: str) -> date | None:
    """A publication date from a dateline or byline in the first lines, if one is written out."""
    head = text[:400]
    dl = dateline_span(text)
    # only a dateline or a short heading line dates the text: a date in the story's first
    # sentences ("On 28 August 1993 four officers were shot dead") is when things happened
    lines = [(m.start(), m.end()) for m in re.finditer(r"[^\n]+", head)]
    short = [
        (a, b)
        for a, b in lines
        if b - a <= 80
        and not head[a:b].rstrip().endswith(".")
        and not re.match(r"\s*(?:on|in|en|el|la|between|entre|desde|since)\b", head[a:b], re.I)
    ]
    for m in find_dates(head):
        if m.precision != "day" or not m.explicit_year:
            continue
        if (dl is not None and dl[0] <= m.start < dl[1]) or any(a <= m.start < b for a, b in short):
            return m.as_date()
    return None
