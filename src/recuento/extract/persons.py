"""Person names, their roles and attributes, from capitalisation, titles and context cues."""

from __future__ import annotations

import re
from collections.abc import Collection
from dataclasses import dataclass, field

from recuento.extract.gazetteer import Match, deaccent
from recuento.extract.lexicon import (
    FACILITY_AFTER,
    FACILITY_BEFORE,
    FEMALE_TITLES,
    MALE_TITLES,
    NOT_NAME_WORDS,
    ROLE_CUE_RE,
    TITLE_WORDS,
)
from recuento.extract.numbers import parse_number, tokenize
from recuento.extract.text import Sentence, fold_keep

__all__ = ["PersonMention", "Person", "find_persons"]

# "al-Bashir", "el-Sisi": an Arabic article joined to a name
_NAME_WORD = (
    r"(?:(?:al|el|ad|ash|as|ar|at|az)-)?"
    # "Tae-woo", "Doo-hwan": a Korean given name's second syllable is written in lower case
    # "O'Dwyer", "D'Alessandro": an elided article joined to a surname
    # "Hsin-chieh", "Yi-hsiung": a Chinese given name's second syllable is written in lower case
    r"(?:(?:[DO]['’])?[A-Z][a-z]+(?:['’][A-Z][a-z]+)?(?:-[A-Z][a-z]+)*(?:-[a-z]{2,6})?|[A-Z]\.)"
)
# "Wallace do Nascimento", "Maria das Dores": Portuguese particles too
_PARTICLE = r"(?:de\s+la|de\s+los|de\s+las|del|de|da|das|dos|do|van|von|di)"
# a name may wrap onto the next line but never runs across a blank line (a heading, a paragraph)
_SP = r"(?:[ \t]+|[ \t]*\n[ \t]*(?!\n))"
_SEQ = re.compile(rf"(?<![\w.]){_NAME_WORD}(?:{_SP}(?:{_PARTICLE}{_SP})?{_NAME_WORD})*(?![\w])")
_PARTICLES = {"de", "del", "la", "los", "las", "da", "das", "do", "dos", "van", "von", "di"}

_TITLE_RE = re.compile(
    r"\b(?P<t>"
    + "|".join(sorted((re.escape(t) for t in TITLE_WORDS), key=len, reverse=True))
    # "Maj. Gen. (ret.) Pranowo", "el coronel (r) X": a retired officer keeps the title
    + r")\.?\s+(?:\((?:ret|retd|retired|r|sp)\.?\)\s+)?(?:(?:el|la|del|de\s+la|the)\s+)?$"
)
# titles written short with a full stop ("Gen.", "Dr."); after any other title a full stop ends
# the sentence ("en el Trooper de su padre. Tenían 17 años": no title for "Tenían")
_ABBREVIATED_TITLES = {"gen", "col", "maj", "lt", "capt", "dr", "mr", "mrs", "ms", "gral", "cap"}


def _title_before(folded: str, pos: int) -> str | None:
    tm = _TITLE_RE.search(folded[max(0, pos - 40) : pos])
    if tm is None:
        return None
    if folded[max(0, pos - 40) + tm.end("t") : pos].lstrip().startswith("."):
        if tm.group("t") not in _ABBREVIATED_TITLES:
            return None
    return tm.group("t")


_OCCUPATIONS = re.compile(
    r"\b(students?|teachers?|professors?|lecturers?|farmers?|peasants?|journalists?|lawyers?|"
    r"soldiers?|police\s+officers?|policem[ae]n|nurses?|doctors?|singers?|songwriters?|"
    r"businessm[ae]n|priests?|shopkeepers?|drivers?|mayors?|"
    r"estudiantes?|profesor(?:a|es)?|docentes?|campesin[oa]s?|comuner[oa]s?|periodistas?|"
    r"abogad[oa]s?|soldados?|policias?|enfermer[oa]s?|medic[oa]s?|cantautor(?:a)?|cantantes?|"
    r"empresari[oa]s?|sacerdotes?|comerciantes?|choferes?|conductor(?:a)?|universitari[oa]s?)\b"
)
_OCC_NORMAL = {
    "student": "student",
    "estudiante": "student",
    "universitario": "student",
    "universitaria": "student",
    "teacher": "teacher",
    "docente": "teacher",
    "profesor": "teacher",
    "profesora": "teacher",
    "professor": "teacher",
    "lecturer": "teacher",
    "farmer": "farmer",
    "peasant": "farmer",
    "campesino": "farmer",
    "campesina": "farmer",
    "comunero": "farmer",
    "comunera": "farmer",
    "journalist": "journalist",
    "periodista": "journalist",
    "lawyer": "lawyer",
    "abogado": "lawyer",
    "abogada": "lawyer",
    "soldier": "soldier",
    "soldado": "soldier",
    "police officer": "police officer",
    "policeman": "police officer",
    "policia": "police officer",
    "nurse": "nurse",
    "enfermero": "nurse",
    "enfermera": "nurse",
    "doctor": "doctor",
    "medico": "doctor",
    "medica": "doctor",
    "singer": "singer",
    "songwriter": "singer",
    "cantautor": "singer",
    "cantante": "singer",
    "businessman": "businessman",
    "empresario": "businessman",
    "empresaria": "businessman",
    "priest": "priest",
    "sacerdote": "priest",
    "shopkeeper": "shopkeeper",
    "comerciante": "shopkeeper",
    "driver": "driver",
    "chofer": "driver",
    "conductor": "driver",
}
_AGE_AFTER = [
    re.compile(
        r"^\s*,\s*(?:de\s+)?(\d{1,3})\s*(?:,|\)|\.|;|\s+(?:anos|years|y\s|and\s|who|quien|que|was|fue|de\s+edad))"
    ),
    re.compile(r"^\s*\(\s*(\d{1,3})\s*(?:anos|years)?\s*\)"),
    re.compile(r"^\s*,\s*(?:aged|age|de)\s+(\d{1,3})\b"),
    re.compile(
        r"^\s*,\s*(?:a|an|un|una|el|la)?\s*(?:\w+\s+){0,2}?(?:de\s+)?(\d{1,3})\s+(?:anos|years)\b"
    ),
]
_AGE_BEFORE = re.compile(r"\b(\w+(?:-\w+)?)-year-old\s+(?:[a-z]+\s+){0,2}$")
_PASSIVE_BEFORE = re.compile(
    r"\b(?:was|were|been|is|are|be|fue|fueron|ha\s+sido|han\s+sido|habia\s+sido|sera|seria|"
    r"resulto|resultaron|quedo|quedaron)\s+(?:\w+\s+)?$"
)
_OBJECT_GAP = re.compile(
    r"^\s*(?:(?:a|al|the|former|ex|then|el|la|los|las|to|of|de|del|on|against|contra|"
    r"general|gen\.|judge|juez|jueza|president|presidente|expresidente|leader|lider)\s+){0,3}$"
)
_HEADLINE_MIN_WORDS = 4
_Y_SURNAME = re.compile(r"\s+y\s+([A-Z][a-z]+)(?![\w])(?!\s+[A-Z])")
# first words of place names, never of a person's name
_PLACE_FIRST_WORDS = {
    "san",
    "santa",
    "santo",
    "puerto",
    "villa",
    "ciudad",
    "cerro",
    "curva",
    "rio",
    "lago",
    "laguna",
    "bahia",
    "valle",
    "plaza",
    "puente",
    "estacion",
    "hacienda",
    "finca",
    "pampa",
    "quebrada",
    "nuevo",
    "nueva",
    "port",
    "fort",
    "mount",
    "lake",
    "cape",
    "playa",
    "isla",
    "barrio",
    "colonia",
    "comunidad",
    "caserio",
    "anexo",
    "paraje",
    "carretera",
    "avenida",
    "calle",
    "jiron",
    "parque",
    "ruta",
    "kilometro",
    "km",
    "vereda",
    "corregimiento",
    "new",
    "mar",
    "pozo",
    "noche",
}
# a capitalised phrase right after these words is a place ("near X", "cerca de X")
_LOCATIVE_BEFORE = re.compile(
    r"\b(?:in|near|towards|outside|fled\s+to|cerca\s+de|en|hacia|rumbo\s+a|"
    r"town\s+of|city\s+of|village\s+of|province\s+of|district\s+of|pueblo\s+de|ciudad\s+de|"
    r"provincia\s+de|distrito\s+de|localidad\s+de|comunidad\s+de|municipio\s+de|"
    r"departamento\s+de|estado\s+de|"
    # a prison, a camp, a base or a settlement's lands named by its place: "el penal de Punta
    # Peuco", "el destacamento militar de X", "las tierras de X", "the killing field at X"
    r"(?:penal|carcel|prision|destacamento|base|campamento|tierras|finca|hacienda|aldea|"
    r"canton|caserio)(?:\s+militar)?\s+(?:de|del)|"
    r"(?:prison|camp|base|field|fields|island)\s+(?:of|at)|"
    r"(?:held|imprisoned|jailed|detained)\s+(?:\w+\s+)?(?:on|at))\s+$"
)
# months that are also given names (Julio, Abril, ...) start a name when a surname follows
# and so does "Domingo", a weekday written in lower case in Spanish ("Juan Domingo Perón")
_MONTH_NAMES = {"julio", "abril", "mayo", "junio", "april", "may", "june", "august", "augusto"}
_MONTH_NAMES.add("domingo")
_ALIAS_RE = re.compile(
    r"^\s*(?:\(\s*(?:also\s+known\s+as|alias|a\.k\.a\.?|known\s+as|conocido\s+como|"
    r"conocida\s+como|apodado)\s+[\"“']?(?P<a>[^)\"”']+)[\"”']?\s*\)|"
    r",\s*(?:alias|known\s+as|conocido\s+como|apodado|better\s+known\s+as)\s+[\"“']?"
    r"(?P<b>[A-Z][\w ]+?)[\"”']?(?=[,.;)]))"
)


# the words that introduce a nickname or nom de guerre
_ALIAS_WORD = (
    r"(?:also\s+known\s+as|better\s+known\s+as|known\s+as|alias|a\.k\.a\.?|aka|nicknamed|"
    r"dubbed|conocid[oa]\s+como|apodad[oa]|(?:a\s+quien|al\s+que|a\s+la\s+que)\s+"
    r"(?:apodaban|llamaban|decian|conocian\s+como)|le\s+decian|(?:mas\s+)?conocid[oa]\s+por)"
)
# a nickname in apposition after a name, up to 80 characters on ("Kaing Guek Eav, the former
# chief of the prison known as Duch", "Julio Simón, conocido como el «Turco Julián»")
_ALIAS_AFTER = re.compile(
    r"(?:\s*[,(][^.;:()\n]{0,80}?)?[\s,(]*\b"
    + _ALIAS_WORD
    + r"\s+(?:(?:el|la|the)\s+)?[\"“«'‘]?"
    + r"(?P<a>[A-Z][\w'’-]*(?:[ \t]+(?:de[ \t]+)?[A-Z][\w'’-]*){0,3})"
)
# a name right after such a word is a nickname, never a person of its own
_AFTER_ALIAS_WORD = re.compile(
    r"\b" + _ALIAS_WORD + r"\s+(?:(?:el|la|the)\s+)?[\"“«'‘]?\s*$", re.IGNORECASE
)


@dataclass(slots=True)
class PersonMention:
    start: int
    end: int
    surface: str
    tokens: tuple[str, ...]  # folded name tokens without particles
    title: str = ""
    person: int = -1
    kin: bool = False  # a single given name introduced by a kinship noun ("her son Rolando")
    full: str = ""  # its full name when the list ends in a surname ("los hermanos A y B Díaz")


@dataclass(slots=True)
class Person:
    name: str
    tokens: tuple[str, ...]
    mentions: list[PersonMention] = field(default_factory=list)
    roles: dict[str, float] = field(default_factory=dict)
    age: int | None = None
    sex: str | None = None
    occupation: str | None = None
    aliases: list[str] = field(default_factory=list)
    given_name: bool = False
    titled: bool = False

    def add_role(self, role: str, weight: float = 1.0) -> None:
        if role:
            self.roles[role] = max(self.roles.get(role, 0.0), weight)

    def first_mention(self) -> int:
        return min(m.start for m in self.mentions)


_NAME_PARTICLES = frozenset({"de", "del", "la", "las", "los", "dos", "da", "das", "do", "y", "e"})


def _surname_alone(text: str, c: PersonMention) -> bool:
    """Whether the last word of a name is written elsewhere on its own, as people's surnames
    are ("Élcio de Queiroz … Queiroz said") and the last words of places are not."""
    last = c.surface.split()[-1]
    for m in re.finditer(rf"\b{re.escape(last)}\b", text):
        if c.start <= m.start() < c.end:
            continue
        if not re.search(
            r"\b(?:de|del|dos|da|do|la|las|los|y)\s+$", text[max(0, m.start() - 6) : m.start()]
        ):
            return True
    return False


def _fold(s: str) -> str:
    return fold_keep(s)


def fold_keep_lower(text: str) -> str:
    """Accent-folded text that keeps case, so lower-case words can be told from names."""
    return deaccent(text)


def _is_headline(sentence: Sentence) -> bool:
    words = re.findall(r"[A-Za-zÁÉÍÓÚÑáéíóúñ]+", sentence.text)
    if len(words) < _HEADLINE_MIN_WORDS:
        return False
    long_words = [w for w in words if len(w) > 3]
    caps = sum(1 for w in long_words if w[0].isupper())
    return (
        bool(long_words)
        and caps / len(long_words) > 0.7
        and not sentence.text.rstrip().endswith(".")
    )


def find_persons(
    text: str,
    sentences: list[Sentence],
    blocked: list[Match],
    given_names: dict[str, str],
    known_surnames: Collection[str] = (),
) -> tuple[list[Person], list[PersonMention]]:
    """Persons named in ``text``; ``blocked`` are organisation/place matches (not persons).
    ``known_surnames`` (folded) are public figures a text may name by surname alone."""
    flat = deaccent(text)
    folded = fold_keep(text)
    headline = [False] * len(text)
    for s in sentences:
        if _is_headline(s):
            for i in range(s.start, s.end):
                headline[i] = True

    lower_words = {w for w in re.findall(r"(?<![\w.])[a-z]+", fold_keep_lower(text))}

    def t_before_title(pos: int) -> bool:
        return _title_before(folded, pos) is not None

    candidates: list[PersonMention] = []
    for m in _SEQ.finditer(flat):
        words = list(re.finditer(r"\S+", m.group()))
        # strip leading/trailing non-name words (titles, articles, months ...)
        title = ""
        lo, hi = 0, len(words)
        while lo < hi:
            w = _fold(words[lo].group()).rstrip(".")
            if w in _MONTH_NAMES and w in given_names and hi - lo >= 2:
                break  # "Julio Salazar Monroe": a given name, not the month
            # "Maj. Gen.", "Lt.": abbreviated titles are no name words either
            if w in NOT_NAME_WORDS or w in _PARTICLES or w in TITLE_WORDS:
                if w in TITLE_WORDS:
                    title = w
                lo += 1
                continue
            break
        while hi > lo:
            w = _fold(words[hi - 1].group()).rstrip(".")
            if w in NOT_NAME_WORDS or w in _PARTICLES or (len(w) == 1):
                hi -= 1
                continue
            break
        if lo >= hi:
            continue
        s = m.start() + words[lo].start()
        # a name word inside may still be a non-name: split there
        parts: list[tuple[int, int]] = []
        cur_s = s
        cur_e = s
        inner = words[lo:hi]
        for k, w in enumerate(inner):
            ws, we = m.start() + w.start(), m.start() + w.end()
            fw = _fold(w.group()).rstrip(".")
            # "Jorge Julio López", "Byron Disrael Lima Estrada": a month or place word between
            # a given name and a further name word belongs to the name
            inside = (
                cur_e > cur_s
                and k + 1 < len(inner)
                and _fold(text[cur_s:cur_e].split()[0]) in given_names
                and _fold(inner[k + 1].group()) not in NOT_NAME_WORDS
            )
            if (
                fw in NOT_NAME_WORDS
                and fw not in _PARTICLES
                and not (fw in _MONTH_NAMES and fw in given_names and (w is words[lo] or inside))
                and not (fw in _SURNAME_WORDS and inside)
            ):
                if cur_e > cur_s:
                    parts.append((cur_s, cur_e))
                cur_s = we + 1
                cur_e = we + 1
                continue
            if cur_e <= cur_s:
                cur_s = ws
            cur_e = we
        if cur_e > cur_s:
            parts.append((cur_s, cur_e))
        for ps, pe in parts:
            surface = text[ps:pe]
            toks = tuple(
                t for t in (_fold(x).rstrip(".") for x in surface.split()) if t not in _PARTICLES
            )
            toks = tuple(t for t in toks if len(t) > 1)
            if not toks:
                continue
            # "Free Gonzalo", "Afterwards Fujimori": a first word also written in lower case
            # elsewhere in the text is an ordinary word, not a name
            if len(toks) >= 2 and toks[0] not in given_names and toks[0] in lower_words:
                cut = surface.find(" ") + 1
                ps, surface, toks = ps + cut, surface[cut:], toks[1:]
                if len(toks) == 1 and not t_before_title(ps):
                    continue
            # "Muere Abimael Guzmán", "Colonels Nelson Gonzales": a word before a given name
            if len(toks) >= 3 and toks[0] not in given_names and toks[1] in given_names:
                cut = surface.find(" ") + 1
                ps, surface, toks = ps + cut, surface[cut:], toks[1:]
            t_before = title
            if not t_before:
                t_before = _title_before(folded, ps) or ""
            candidates.append(PersonMention(ps, pe, surface, toks, t_before))

    # "Joaquín López y López": two surnames joined by "y" (not "Rosa Quispe y Luis Bambarén",
    # nor "los de Ambrosio De Marco y Rodas" when Rodas is another person's surname)
    surnames = {c.tokens[-1] for c in candidates if len(c.tokens) >= 2}
    for c in candidates:
        if len(c.tokens) < 2:
            continue
        jm = _Y_SURNAME.match(flat, c.end)
        if (
            jm
            and _fold(jm.group(1)) not in given_names
            and _fold(jm.group(1)) not in NOT_NAME_WORDS
            and (_fold(jm.group(1)) not in surnames or _fold(jm.group(1)) in c.tokens)
        ):
            c.end = jm.end()
            c.surface = text[c.start : c.end]
            c.tokens = (*c.tokens, _fold(jm.group(1)))
    # "Wallace do Nascimento … Laudicena do Nascimento": a tail written after different first
    # words is a family's surname (a place's name does not change its first word)
    family: dict[tuple[str, ...], set[str]] = {}
    for c in candidates:
        if len(c.tokens) >= 2:
            family.setdefault(c.tokens[1:], set()).add(c.tokens[0])
    # a phrase written once as a place ("en Sepur Zarco", "al penal de Punta Peuco") is that
    # place wherever else it is written
    place_toks = {
        c.tokens
        for c in candidates
        if len(c.tokens) >= 2
        and not c.title
        and c.tokens[0] not in given_names
        and _LOCATIVE_BEFORE.search(folded[max(0, c.start - 30) : c.start])
    }
    accepted: list[PersonMention] = []
    lone_known: list[PersonMention] = []
    kin_prev: PersonMention | None = None
    kin_run: list[PersonMention] = []
    later_words = {t for c in candidates for t in c.tokens[1:]}
    for c in candidates:
        listed = kin_prev is not None and _KIN_LIST_GAP.match(folded[kin_prev.end : c.start])
        if (
            len(c.tokens) == 1
            and not c.title
            and (c.tokens[0] in given_names or c.tokens[0] not in later_words)
            and (_KIN_BEFORE.search(flat[max(0, c.start - 40) : c.start]) or listed)
        ):
            # "her daughter Celina", "sus hijos Natalia, de 5 años, y Santiago": a relative named
            # by a given name alone is a person of their own, even with a place's name ("las
            # hermanas Serrano Cruz" names a family, not a relative)
            c.kin = True
            kin_run = [*kin_run, c] if listed else [c]
            kin_prev = c
            accepted.append(c)
            continue
        if listed and len(c.tokens) >= 2 and c.tokens[0] in given_names:
            # "los hermanos Alfredo y Eduardo Díaz": the surname at the end is everyone's
            tail = c.surface.split(None, 1)[1]
            for k in kin_run:
                k.full = f"{k.surface} {tail}"
                k.tokens = (*k.tokens, *c.tokens[1:])
        kin_prev = None
        if _blocked(c, blocked, given_names):
            continue
        before = folded[max(0, c.start - 30) : c.start]
        after = folded[c.end : c.end + 30]
        fb = FACILITY_BEFORE.search(before)
        if fb and fb.group().strip() == "penal" and _JUDICIAL_PENAL.search(before):
            fb = None  # "la jueza penal Mariana Mota": a criminal judge, not a prison
        if (
            fb
            and re.match(r"(?:gobierno|regimen|era)\b", fb.group().strip())
            and (c.tokens[0] in given_names)
        ):
            fb = None  # "el gobierno de Fernando Lugo": a head of government, not a country
        if fb or FACILITY_AFTER.match(after) or _FACILITY_OF.search(before):
            continue
        has_given = c.tokens[0] in given_names
        if headline[c.start] and not has_given:
            continue
        if c.tokens[0] in _PLACE_FIRST_WORDS and not c.title:
            continue  # "San Cristóbal", "Puerto Lleras", "Cerro Blanco", "Curva ..."
        if c.tokens[-1] in _PLACE_LAST_WORDS and not c.title:
            continue  # "Sumpul River", "Gualcarque River", "Chile Stadium"
        if not c.title and _place_head_before(text, folded, c.start):
            continue  # "San Pedro Limón", "Plaza de las Tres Culturas", "cárcel La Picota"
        if (
            not has_given
            and not c.title
            and (_LOCATIVE_BEFORE.search(before) or c.tokens in place_toks)
        ):
            continue  # "near Puerto Lleras", "fled to ...", "en Comodoro ...": a place, also
            # where it is written again with no such word
        if not c.title and _ARTICLE_BEFORE.search(flat[max(0, c.start - 5) : c.start]):
            if not re.match(r"\s*(?:'s|’s)", flat[c.end : c.end + 3]):
                # "the Costa Grande region", "the Fernando Belaúnde highway", "la Juventud
                # Peronista", "el País Vasco": a name with an article is a place's, a group's
                # or a thing's, not a person's
                continue
        if not c.title and _HEAD_NOUN_BEFORE.search(folded[max(0, c.start - 40) : c.start]):
            continue  # "la calle Pedro Donoso", "el batallón Joaquín París", "zona militar X"
        if (
            not has_given
            and not c.title
            and len(c.tokens) >= 2
            and any(t in _NAME_PARTICLES for t in _fold(c.surface).split()[1:-1])
            and not _surname_alone(text, c)
            and not _AGE_APPOSITION.match(folded, c.end)
            and len(family.get(c.tokens[1:], ())) < 2
        ):
            # "Vigía del Fuerte", "Rutas del Conflicto", "Héroes de Tolová": with no given name
            # and no title, a name joined by "de" is a place's or a body's
            continue
        if len(c.tokens) == 1 and not c.title:
            if c.tokens[0] in known_surnames:
                lone_known.append(c)
            continue  # single words only through coreference (below), or a known public figure
        accepted.append(c)

    # nicknames: "X, alias Y", "X, known as Y", "X, conocido como el «Y»"; Y is X's alias and
    # no person of its own, also where it is written again later
    alias_of: dict[int, str] = {}
    alias_spans: list[tuple[int, int]] = []
    for c in sorted(accepted, key=lambda x: x.start):
        am = _ALIAS_AFTER.match(flat, c.end)
        if not am or any(c.end < o.start < am.start("a") for o in accepted):
            continue
        alias_of[id(c)] = text[am.start("a") : am.end("a")]
        alias_spans.append((am.start("a"), am.end("a")))
    alias_toks = {
        tuple(_fold(w) for w in a.split() if _fold(w) not in _PARTICLES) for a in alias_of.values()
    }

    def is_alias(c: PersonMention) -> bool:
        return (
            any(a <= c.start and c.end <= b for a, b in alias_spans)
            or bool(_AFTER_ALIAS_WORD.search(flat[max(0, c.start - 40) : c.start]))
            or c.tokens in alias_toks
        )

    accepted = [c for c in accepted if not is_alias(c)]
    lone_known = [c for c in lone_known if not is_alias(c)]

    persons: list[Person] = []
    # longest names first, so short variants attach to them
    for c in sorted(accepted, key=lambda x: (-len(x.tokens), x.start)):
        idx = _match_person(persons, c, text, given_names)
        if idx is None:
            persons.append(
                Person(
                    name=c.full or c.surface,
                    tokens=c.tokens,
                    given_name=c.tokens[0] in given_names,
                )
            )
            idx = len(persons) - 1
        c.person = idx
        persons[idx].mentions.append(c)
        if c.title:
            persons[idx].titled = True
        alias = alias_of.get(id(c))
        if alias and alias not in persons[idx].aliases:
            persons[idx].aliases.append(alias)

    # a public figure named only by surname ("Fujimori said"): a person when no fuller name in
    # the text carries that surname (else coreference below attaches it)
    for c in lone_known:
        if any(c.tokens[0] in p.tokens for p in persons):
            continue
        persons.append(Person(name=c.surface, tokens=c.tokens, given_name=False))
        c.person = len(persons) - 1
        persons[-1].mentions.append(c)
    _aliases(text, persons)
    # a titled one-word person who is another's alias ("Chairman Gonzalo") is that person
    for p in persons:
        if len(p.tokens) != 1 or not p.mentions:
            continue
        for q in persons:
            if q is not p and any(p.tokens[0] == _fold(w) for a in q.aliases for w in a.split()):
                q.mentions.extend(p.mentions)
                p.mentions = []
                break
    persons = [p for p in persons if p.mentions]
    mentions = [m for p in persons for m in p.mentions]
    _single_word_mentions(text, flat, persons, mentions, blocked, headline)
    # drop titled single-word persons nobody else refers to if their word is a known place/org
    mentions = [m for p in persons for m in p.mentions]
    mentions.sort(key=lambda m: m.start)
    for i, p in enumerate(persons):
        for m in p.mentions:
            m.person = i
    _attributes(text, folded, sentences, persons, mentions, given_names)
    return persons, mentions


# a kinship noun, lower case, after a possessive or an article, right before a name:
# "her daughter", "Hector's sister,", "whose brother", "sus hijas", "su hermana", "del hijo"
_KIN_BEFORE = re.compile(
    r"(?:\b(?:his|her|their|whose|its|the|a|su|sus|el|la|los|las|del|al|un|una)|['’]s)\s+"
    r"(?:(?:two|three|four|young|little|eldest|youngest|younger|older|elder|dos|tres|cuatro|"
    r"menor|mayor|pequen[oa])\s+)?"
    r"(?:sons?|daughters?|brothers?|sisters?|wife|husband|mother|father|nephews?|nieces?|"
    r"cousins?|grandsons?|granddaughters?|grandmother|grandfather|uncle|aunt|widow|children|"
    r"child|hij[oa]s?|herman[oa]s?|espos[oa]|madre|padre|sobrin[oa]s?|prim[oa]s?|niet[oa]s?|"
    r"abuel[oa]|ti[oa]s?|viuda|cunad[oa]s?|compañer[oa])"
    r"(?:\s+(?:menor|mayor))?\s*,?\s*$"
)
# between two relatives of one list: "Omar y Ramón", "Natalia, de 5 años, y Santiago"
_KIN_LIST_GAP = re.compile(
    r"^(?:\s*,\s*(?:de\s+)?(?:apenas\s+)?\d{1,2}(?:\s+(?:anos|years|meses|months))?)?"
    r"(?:\s*,\s*(?:y\s+|e\s+|and\s+)?|\s+(?:y|e|and)\s+)$"
)
# an article right before a capitalised phrase (no title between)
_ARTICLE_BEFORE = re.compile(r"(?:^|[^\w])(?:the|el|El|la|La|los|Los|las|Las|del|al)\s+$")
# a lower-case noun of a place, a unit or a thing right before a name, with at most one
# adjective between: "la calle Pedro Donoso", "del batallón Joaquín París", "la escuela primaria
# X", "la comunidad mapuche X", "Operación X"
_HEAD_NOUN_BEFORE = re.compile(
    r"\b(?:calle|avenida|av\.|jiron|pasaje|barrio|canton|caserio|comunidad|vereda|batallon|"
    r"brigada|regimiento|escuela|colegio|liceo|centro|represa|operacion|operativo|zona|"
    r"operation|battalion|brigade)"
    r"\s+(?:(?!(?:de|del|y|e|a|al|en|con|por|que|el|la|los|las|and|of|the)\s)[a-z]+\s+)?$"
)
# an age in apposition says the name is a person's: "X, 17,", "X, de 29 años", "X (45)"
_AGE_APPOSITION = re.compile(
    r"\s*(?:,\s*(?:de\s+|aged\s+)?\d{1,2}\s*(?:anos\b|years\b|[,;.)])|\(\s*\d{1,2}\s*\))"
)
# place words in NOT_NAME_WORDS that are also common surnames ("Lima Estrada", "Bol de la Cruz")
_SURNAME_WORDS = {"lima", "cruz", "calle", "plaza"}
_JUDICIAL_PENAL = re.compile(
    r"\b(?:juez|jueza|jueces|juzgado|sala|fiscal|fiscala|fiscalia|tribunal|camara|magistrad[oa])"
    r"\s+penal\s*$"
)
# "the federal prison of Marcos Paz", "the jail in Chorrillos"
_FACILITY_OF = re.compile(r"\b(?:prison|jail|penitentiary|barracks|camp|base)\s+(?:of|in|at)\s+$")

_PLACE_LAST_WORDS = {
    "river",
    "dam",
    "valley",
    "street",
    "avenue",
    "square",
    "prison",
    "airport",
    "stadium",
    "university",
    "hospital",
    "church",
    "cathedral",
    "school",
    "bridge",
    "lake",
    "mountain",
    "park",
    "highway",
    "road",
    "prospect",
    "boulevard",
    "base",
    "barracks",
}
_PLACE_HEAD = re.compile(
    r"(?:^|[^\w])(?P<w>"
    + "|".join(sorted(_PLACE_FIRST_WORDS))
    + r"|sao|saint|st|casa|campo|zona|carcel|prision|penal|cuartel|fuerte|embajada|estadio|"
    r"universidad|hospital|aeropuerto|iglesia|templo|parroquia|distrito|municipio|provincia|"
    r"departamento|region|fundo|mina|presa|represa)\.?\s+"
    # one more word of the place's name ("Campo Militar"), not a conjunction or a preposition
    # ("ministras Paola Plaza y Maritza X", "en Roquetas de Mar a Luis X")
    r"(?:(?!(?:y|e|o|u|a|and|or|to|en|in|con|with|por|by|que|at)\s)\w+\s+)?"
    r"(?:(?:de|del|de\s+la|de\s+las|de\s+los|of|of\s+the|la|el|las|los)\s+)?$"
)


def _place_head_before(text: str, folded: str, start: int) -> bool:
    """A capitalised place word just before a capitalised phrase makes it a place's name:
    "San Pedro Limón", "Santa Lucía Utatlán", "Plaza de las Tres Culturas", "Campo Militar"."""
    m = _PLACE_HEAD.search(folded[max(0, start - 40) : start])
    if not m:
        return False
    w0 = max(0, start - 40) + m.start("w")
    if not text[w0 : w0 + 1].isupper():
        return False  # "la casa de Juan Pérez": someone's house
    if re.search(
        r"\b(?:\w*secretari\w*|\w*ministr\w*|minister|director\w*|jef[ea]|head)\s+(?:de|of)\s+$",
        folded[max(0, w0 - 30) : w0],
    ):
        return False  # "el exsecretario de Hacienda Juan Alemann": an office, then the name
    between = folded[w0 + len(m.group("w")) : start]
    # at most one more capitalised word between ("Campo Militar", "zona militar X")
    return len(between.split()) <= 3


def _blocked(c: PersonMention, blocked: list[Match], given_names: dict[str, str]) -> bool:
    for b in blocked:
        if b.start <= c.start and c.end <= b.end:
            return True  # the whole candidate is a known organisation or place
        if c.start < b.end and b.start < c.end:
            # overlap: a person whose first word is a given name wins ("Santiago Martín Rivas")
            if c.tokens[0] in given_names and b.start > c.start:
                continue
            # a city that is also a given name, followed by a further name word ("Santiago
            # Nattino"); "Santiago de Chile" stays a place
            if (
                c.tokens[0] in given_names
                and b.start == c.start
                and len(b.surface.split()) == 1
                and len(c.tokens) >= 2
                and not re.match(r"\S+\s+(?:de|del|da)\s", c.surface)
            ):
                continue
            return True
    return False


def _sentence_initial(text: str, start: int) -> bool:
    before = text[max(0, start - 4) : start].rstrip(" \t")
    return not before or before[-1] in ".!?:;\n\"'«“—(-"


def _match_person(
    persons: list[Person], c: PersonMention, text: str, given_names: dict[str, str]
) -> int | None:
    toks = set(c.tokens)
    if c.kin:
        # a relative introduced by a given name is nobody else named with that word
        return next((i for i, p in enumerate(persons) if p.tokens == c.tokens), None)
    for i, p in enumerate(persons):
        if (
            len(c.tokens) == 2
            and c.tokens[0] not in given_names
            and c.tokens[1] in p.tokens[1:]
            and len(p.tokens) >= 2
            and _sentence_initial(text, c.start)
        ):
            # "Afterwards Fujimori" is Alberto Fujimori after an ordinary word capitalised by
            # the sentence; "his brother Zaldy Ampatuan" mid-sentence is another person
            return i
        if c.tokens == p.tokens:
            return i
        ptoks = set(p.tokens)
        if toks <= ptoks and len(c.tokens) >= 2:
            # "Abimael Guzmán" within "Abimael Guzmán Reynoso"; same first word or same surname
            if c.tokens[0] == p.tokens[0] or c.tokens[-1] in p.tokens[1:]:
                return i
        if len(c.tokens) == 1 and c.tokens[0] in p.tokens[1:]:
            return i
    return None


def _aliases(text: str, persons: list[Person]) -> None:
    flat = deaccent(text)
    for p in persons:
        for m in list(p.mentions):
            am = _ALIAS_RE.match(flat[m.end : m.end + 80])
            if not am:
                continue
            alias = (am.group("a") or am.group("b") or "").strip()
            if not alias:
                continue
            words = [w for w in alias.split() if _fold(w) not in NOT_NAME_WORDS]
            if words and _fold(" ".join(words)) not in {_fold(deaccent(a)) for a in p.aliases}:
                p.aliases.append(" ".join(words))


def _single_word_mentions(
    text: str,
    flat: str,
    persons: list[Person],
    mentions: list[PersonMention],
    blocked: list[Match],
    headline: list[bool],
) -> None:
    """Surname-only mentions ("Fujimori", "Guzmán") and aliases ("Gonzalo")."""
    lookup: dict[str, list[int]] = {}
    for i, p in enumerate(persons):
        if len(p.tokens) >= 2:
            for t in p.tokens[1:]:
                lookup.setdefault(t, []).append(i)
            if not p.given_name:
                lookup.setdefault(p.tokens[0], []).append(i)
        for a in p.aliases:
            for t in a.split():
                lookup.setdefault(_fold(t), []).append(i)
    if not lookup:
        return
    taken = [(m.start, m.end) for m in mentions] + [(b.start, b.end) for b in blocked]
    for m in re.finditer(r"(?<![\w.])[A-Z][a-z]+(?:-[A-Z][a-z]+)?(?![\w])", flat):
        key = _fold(m.group())
        if key not in lookup:
            continue
        s, e = m.start(), m.end()
        if any(a < e and s < b for a, b in taken):
            continue
        owners = lookup[key]
        # most recently mentioned owner before this point, else the first one named
        # the owner named most often so far (a story's main person, not the relative who shares
        # the surname: "su hija Keiko Fujimori ... Fujimori volvió a prisión"), then the most
        # recently named
        best = None
        best_key = (-1, -1)
        for i in set(owners):
            before = [x.start for x in persons[i].mentions if x.start < s]
            if before and (len(before), max(before)) > best_key:
                best, best_key = i, (len(before), max(before))
        if best is None:
            best = min(set(owners), key=lambda i: persons[i].first_mention())
        pm = PersonMention(s, e, text[s:e], (key,), "", best)
        persons[best].mentions.append(pm)
        taken.append((s, e))


def _attributes(
    text: str,
    folded: str,
    sentences: list[Sentence],
    persons: list[Person],
    mentions: list[PersonMention],
    given_names: dict[str, str],
) -> None:
    for p in persons:
        sex = given_names.get(p.tokens[0]) if p.given_name else None
        for m in p.mentions:
            if m.title:
                role = TITLE_WORDS.get(m.title, "")
                if m.title in ("ministro", "ministra") and _court_minister(
                    text, folded, sentences, m.start
                ):
                    role = "judge"
                p.add_role(role, 1.0)
                if m.title in FEMALE_TITLES:
                    sex = "f"
                elif m.title in MALE_TITLES:
                    sex = "m"
            after = folded[m.end : m.end + 60]
            if p.age is None:
                for pat in _AGE_AFTER:
                    am = pat.match(after)
                    if am:
                        age = int(am.group(1))
                        if 0 < age < 110:
                            p.age = age
                        break
            if p.age is None:
                bm = _AGE_BEFORE.search(folded[max(0, m.start - 40) : m.start])
                if bm:
                    toks = tokenize(bm.group(1).replace("-", " "))
                    parsed = parse_number(toks, 0)
                    if parsed:
                        p.age = parsed[0]
            if p.occupation is None:
                window = after[:45] if after.lstrip().startswith((",", "(")) else ""
                before = folded[max(0, m.start - 35) : m.start]
                om = _OCCUPATIONS.search(window) or _OCCUPATIONS.search(before[-25:])
                if om:
                    word = om.group(1)
                    base = re.sub(r"(?:es|s)$", "", word) if word not in _OCC_NORMAL else word
                    p.occupation = _OCC_NORMAL.get(word) or _OCC_NORMAL.get(base) or base
        p.sex = sex
    # roles from context cues: each cue goes to one person in its sentence
    by_sentence: dict[int, list[PersonMention]] = {}
    sent_of = _sentence_index(sentences)
    for m in mentions:
        by_sentence.setdefault(sent_of(m.start), []).append(m)
    for si, ms in by_sentence.items():
        s = sentences[si]
        seg = folded[s.start : s.end]
        for pattern, role in ROLE_CUE_RE:
            for cm in pattern.finditer(seg):
                cs, ce = s.start + cm.start(), s.start + cm.end()
                if any(m.start <= cs < m.end for m in ms):
                    continue
                target = _cue_target(folded, cs, ce, ms)
                if target is None:
                    continue
                person = persons[target.person]
                if (
                    role in ("judge", "prosecutor", "lawyer")
                    and len(target.tokens) == 1
                    and person.first_mention() < target.start
                ):
                    # "acompañado de su abogada, Humala, dijo": a court officer is introduced
                    # with a full name; a bare surname after the role word is someone else
                    continue
                # each cue's own role (the head of a court is a judge, not every president)
                cue_role = role
                if role in ("head_of_state", "party_leader"):
                    cue_role = _institution_head(folded, cs, ce) or role
                if (
                    role == "official"
                    and cm.group().startswith("ministr")
                    and _court_minister(text, folded, sentences, ce)
                ):
                    cue_role = "judge"
                for t in _coordinated(folded, target, ms, cs):
                    person = persons[t.person]
                    if cue_role in _ACCUSED_ROLES and any(r in person.roles for r in _COURT_ROLES):
                        continue
                    person.add_role(cue_role, 0.7)
        # "the murder of X", "los secuestros del periodista X y del empresario Y": the object of
        # a crime noun is its victim (only a name after the noun, never one before it)
        for cm in _VICTIM_OF.finditer(seg):
            ce = s.start + cm.end()
            after = [m for m in ms if m.start >= ce]
            if not after:
                continue
            nxt = min(after, key=lambda m: m.start)
            gap = folded[ce : nxt.start]
            if len(gap) > 40 or re.search(r"[;:.]|\b(?:by|por|who|que|quien)\b", gap):
                continue
            for t in _coordinated(folded, nxt, ms):
                person = persons[t.person]
                if not set(person.roles) & _COURT_ROLES:
                    person.add_role("victim", 0.7)
        for t in _harm_objects(folded, s, ms):
            person = persons[t.person]
            if not set(person.roles) & _COURT_ROLES:
                person.add_role("victim", 0.7)
    _sex_from_context(text, folded, sentences, persons, mentions)


# an active verb of harm whose object follows it: "mataron al carpintero X", "asesinó a X",
# "se llevaron a X", "the attack killed her driver, X", "wounded her press aide, X"; and a Spanish
# verb of dying before its subject: "murieron X y Y", "murió un niño de 14 años, X"
_HARM_VERB = re.compile(
    r"\b(?:(?P<es>mataron|mato|asesinaron|ejecutaron|ejecuto|fusilaron|fusilo|"
    r"acribillaron|degollaron|hirieron|hirio|balearon|secuestraron|"
    r"torturaron|torturo|desaparecieron|se\s+llevaron|se\s+llevo|dieron\s+muerte|"
    r"dejaron\s+herid[oa]s?)|"
    r"(?P<vs>murieron|murio|fallecieron|perdieron\s+la\s+vida|perdio\s+la\s+vida)|"
    r"(?P<en>killed|killing|murdered|shot\s+dead|shot|executed|assassinated|abducted|"
    r"kidnapped|tortured|wounded|wounding|injured|took\s+away|taking\s+away|seized))\b"
)
# between such a verb and its object: adverbs, a place, articles and at most a few nouns; never
# an agent ("by", "por"), a clause ("who", "que", "when") or a sentence break
_HARM_GAP_STOP = re.compile(
    r"[;:.()]|\b(?:by|por|who|que|quien|quienes|when|cuando|after|tras|before|antes|"
    r"because|porque|since|desde|to|para|was|were|fue|fueron|is|are|es|son|had|habia)\b"
)
_ES_OBJECT = re.compile(r"\b(?:a|al)\s")
# a list of victims after a colon: "asesinó a ocho personas: A, B y C", "the officers took away
# three men: A, B and C", "los trajeron para matarlos: A, B, C", "había un muerto: X"
_HARM_BEFORE_COLON = re.compile(
    r"\b(?:killed|murdered|dead|victims|shot|executed|kidnapped|abducted|took\s+away|seized|"
    r"disappeared|wounded|injured|muert[oa]s?|fallecid[oa]s|victimas|asesin\w+|mat(?:aron|o|"
    r"arlos|arlas)|ejecut\w+|fusil\w+|secuestr\w+|desaparecid\w+|se\s+llevaron|sacaron|"
    r"herid[oa]s|caidos)\b"
)
# ... unless the clause is a ruling's or a court's (its list is of the accused or the judges),
# or names the accused after the word of harm ("por la muerte de X fueron condenados: …")
_COURT_BEFORE_COLON = re.compile(
    r"\b(?:sentenced|convicted|condeno|condenaron|condenad[oa]s|acusad[oa]s|accused|"
    r"defendants|jueces|judges|integrad[oa]|tribunal|sala|fiscal\w*|prosecutors?|"
    r"procesad[oa]s|imputad[oa]s|charged|absolvio|acquitted|responsables?|autores|"
    r"perpetrators)\b"
)
_AGENT_AFTER_HARM = re.compile(
    r"\b(?:by|por|soldados|soldiers|militares|agentes|officers|policias|police)\b"
)
# between two names of a list of victims: an age or an apposition, then ", ", ";" or "y/and"
# with up to three lower-case words ("y el hijo de él,", "; her father,", "y el albañil")
_VICTIM_LIST_GAP = re.compile(
    r"^(?:\s*,\s*(?:de\s+)?\d{1,3}(?:\s+(?:anos|years))?)?"
    r"(?:\s*,\s*(?![a-z]+\s+(?:que|who|quien)\b)[^,;:.()]{1,70}?)?"
    r"\s*(?:[,;]\s*(?:(?:y|e|and)\s+)?|\s+(?:y|e|and)\s+)"
    r"(?:(?:a|al|of|de|del)\s+)?(?:[a-z]+\s+){0,3}(?:[a-z]+\s*,\s*)?$"
)


def _victim_list(folded: str, first: PersonMention, ms: list[PersonMention]) -> list[PersonMention]:
    """The first victim named and the names listed after it, across ages and appositions."""
    order = sorted(ms, key=lambda m: m.start)
    k = order.index(first)
    out = [first]
    while k + 1 < len(order) and _VICTIM_LIST_GAP.match(folded[order[k].end : order[k + 1].start]):
        k += 1
        out.append(order[k])
    return out


def _harm_objects(folded: str, s: Sentence, ms: list[PersonMention]) -> list[PersonMention]:
    """Persons named as the object of an active verb of harm, and the persons of a list that
    a colon opens after such a verb or a word for the dead or the victims."""
    out: list[PersonMention] = []
    seg = folded[s.start : s.end]
    order = sorted(ms, key=lambda m: m.start)
    for vm in _HARM_VERB.finditer(seg):
        ve = s.start + vm.end()
        after = [m for m in order if m.start >= ve]
        if not after:
            continue
        nxt = after[0]
        gap = folded[ve : nxt.start]
        if _HARM_GAP_STOP.search(gap) or len(gap) > (50 if vm.group("en") is None else 35):
            continue
        if vm.group("es") and (
            not _ES_OBJECT.search(gap + " ") or re.search(r",|\b(?:y|de|del|mando)\b", gap)
        ):
            continue  # a Spanish personal object is introduced by "a", with no list before it
        if vm.group("en") and (len(gap.split()) > 4 or re.search(r"\b(?:of|de)\b", gap)):
            continue
        out.extend(_victim_list(folded, nxt, ms))
    colon = seg.find(":")
    if colon > 0:
        head = seg[:colon]
        hm = list(_HARM_BEFORE_COLON.finditer(head))
        if (
            hm
            and not _COURT_BEFORE_COLON.search(head)
            and not _AGENT_AFTER_HARM.search(head[hm[-1].end() :])
        ):
            nxt_colon = seg.find(":", colon + 1)
            end = s.start + (nxt_colon if nxt_colon > 0 else len(seg))
            out.extend(m for m in order if s.start + colon < m.start < end)
    return out


# members of the high courts of Chile and Brazil are "ministros": a minister named bare, with no
# ministry after the word ("el ministro de Justicia X"), in a sentence about a court's decision,
# of a text that names a court, is a judge ("la ministra X votó en contra", "Integración:
# ministros A, B y C", "la Sala … integrada por los ministros A y B")
_COURT_IN_TEXT = re.compile(r"\b(?:Corte|Sala|Tribunal|Supremo)\b")
_COURT_SENTENCE = re.compile(
    r"\b(?:corte|sala|tribunal|integr\w+|vot\w+|mayoria|minoria|fallo|sentencia|redact\w+|"
    r"disidencia|prevencion|decision|resolucion|penas?|condenas?|recurso|casacion|"
    r"apelacion)\b"
)


def _court_minister(text: str, folded: str, sentences: list[Sentence], pos: int) -> bool:
    i = pos
    while i < len(folded) and folded[i].isalpha():
        i += 1  # to the end of "ministros"
    if re.match(r"\s+(?:de|del|of|for)\s", folded[i : i + 6]):
        return False
    if not _COURT_IN_TEXT.search(text):
        return False
    for s in sentences:
        if s.start <= pos < s.end:
            return bool(_COURT_SENTENCE.search(folded[s.start : s.end]))
    return False


_COURT_WORDS = r"court|tribunal|sala|corte|camara|chamber|jury|jurado|juzgado"
_HEAD_AFTER = re.compile(
    r"^\s+(?:of\s+(?:the\s+)?|de\s+la\s+|del\s+|de\s+los\s+|de\s+)(?:[\w.-]+\s+){0,2}?"
    r"(?P<w>" + _COURT_WORDS + r"|commission|comision|cndh|council|consejo|junta|congress|"
    r"congreso|senate|senado|assembly|asamblea|police|policia|army|ejercito|navy|armada|"
    r"association|asociacion|federation|federacion|institute|instituto|foundation|fundacion|"
    r"bank|banco|company|empresa|university|universidad|board|directorio)\b"
)
_HEAD_BEFORE = re.compile(r"\b(?P<w>" + _COURT_WORDS + r")(?:'s|’s)?\s+$")


def _institution_head(folded: str, cs: int, ce: int) -> str | None:
    """ "the court's president", "presidente de la CNDH", "head of the state police": the head
    of a court is a judge, of another body an official, never a head of state."""
    while ce < len(folded) and folded[ce].isalpha():
        ce += 1  # the cue "president" inside "presidente"
    m = _HEAD_AFTER.match(folded[ce : ce + 60]) or _HEAD_BEFORE.search(folded[max(0, cs - 20) : cs])
    if not m:
        return None
    return "judge" if re.fullmatch(_COURT_WORDS, m.group("w")) else "official"


_ACCUSED_ROLES = ("convicted_perpetrator", "victim", "prisoner", "alleged_perpetrator")
_COURT_ROLES = {"judge", "prosecutor", "lawyer"}
_VICTIM_OF = re.compile(
    r"\b(?:(?:murders?|killings?|kidnappings?|disappearances?|abductions?|torture|"
    r"assassination|execution|deaths?)\s+of|(?:asesinatos?|homicidios?|secuestros?|"
    r"desaparicion(?:es)?|muerte|ejecucion(?:es)?|tormentos|torturas?)\s+(?:de|del)\b)"
)
# between two names of one list: ", ", " y ", ", and the singer ", " y del empresario ",
# optionally after an age (", de 15 años, y")
# a bare word after a plain comma is not a list ("the judge X, found Y guilty")
_LIST_GAP = re.compile(
    r"^(?:\s*,\s*(?:de\s+)?\d{1,3}(?:\s+(?:anos|years))?)?"
    r"(?:(?:\s*,\s*(?:y|e|and)\s+|\s+(?:y|e|and)\s+)"
    r"(?:(?:del|de|al|a|of|the|el|la|to)\s+)?(?:[a-z]+\s+)?"
    r"|\s*,\s*(?:(?:del|de|al|a|of|the|el|la|to)\s+(?:[a-z]+\s+)?)?)$"
)


def _coordinated(
    folded: str, target: PersonMention, ms: list[PersonMention], cue: int = -1
) -> list[PersonMention]:
    """The target and the names listed with it: "los jueces A, B y C", "A and B were
    sentenced", "dos muertos: A, de 15 años, y B". A list never takes in a name on the far side
    of the role word itself ("Katanga and Prosecutor Fatou Bensouda": only Bensouda)."""
    order = sorted(ms, key=lambda m: m.start)
    k = order.index(target)
    out = [target]

    def joins(a: PersonMention, b: PersonMention) -> bool:
        return bool(_LIST_GAP.match(folded[a.end : b.start])) and not (a.end <= cue < b.start)

    j = k
    while j + 1 < len(order) and joins(order[j], order[j + 1]):
        out.append(order[j + 1])
        j += 1
    j = k
    while j > 0 and joins(order[j - 1], order[j]):
        out.append(order[j - 1])
        j -= 1
    return out


_HE = re.compile(r"\b(?:he|his|him|himself|él)\b")
_SHE = re.compile(r"\b(?:she|her|hers|herself|ella)\b")
# a Spanish article or an English gendered noun right before the name: "la diputada X",
# "el excabo X", "del empresario X", "Bishop X", "his father, X"
_ART_BEFORE = re.compile(r"\b(?P<a>el|del|al|la)\s+(?P<n>[a-z]+)\s+(?:(?P<n2>[a-z]+)\s+)?$")
_NOT_NOUN = {
    *("de", "a", "y", "e", "que", "en", "por", "con", "se", "le", "lo", "su", "sus"),
    *("caso", "juicio", "proceso", "expediente", "fallo", "crimen", "carcel", "penal", "barrio"),
    *("pueblo", "distrito", "municipio", "estado", "departamento", "puerto", "cerro", "rio"),
    *("cuartel", "fundo", "estadio", "campo", "centro", "colegio", "nombre", "apellido", "grupo"),
    *("frente", "partido", "movimiento", "pabellon", "hospital", "penal", "valle", "sector"),
}
_EN_MALE = re.compile(
    r"\b(?:father|son|brother|husband|widower|bishop|priest|businessman|congressman|"
    r"policeman|grandfather|uncle|nephew|boy|man)\s*,?\s*$"
)
_EN_FEMALE = re.compile(
    r"\b(?:mother|daughter|sister|wife|widow|nun|businesswoman|congresswoman|"
    r"policewoman|grandmother|aunt|niece|girl|woman)\s*,?\s*$"
)
# Spanish participle agreeing with the name: "X, condenada a", "X fue asesinado"
_PART_AFTER = re.compile(
    r"^\s*,?\s*(?:(?:fue|ha\s+sido|habia\s+sido|era|esta|estaba|quedo|resulto)\s+)?"
    r"(?:\w+)?(?:ad|id)(?P<g>[oa])\b(?!\s+(?:y|e)\s)"
)


def _sex_from_context(
    text: str,
    folded: str,
    sentences: list[Sentence],
    persons: list[Person],
    mentions: list[PersonMention],
) -> None:
    """Sex of persons whose given name and titles say nothing: an article or gendered noun
    right before a mention, an agreeing participle after it, the pronouns that follow it before
    anyone else is named; else the ending of an unknown given name (-o, -a)."""
    order = sorted(mentions, key=lambda m: m.start)
    sent_of = _sentence_index(sentences)
    for p in persons:
        if p.sex is not None:
            continue
        votes = {"m": 0, "f": 0}
        for m in p.mentions:
            before = folded[max(0, m.start - 40) : m.start]
            am = _ART_BEFORE.search(before)
            if am and not {am.group("n"), am.group("n2")} & _NOT_NOUN:
                votes["f" if am.group("a") == "la" else "m"] += 2
            if _EN_MALE.search(before):
                votes["m"] += 2
            elif _EN_FEMALE.search(before):
                votes["f"] += 2
            pm = _PART_AFTER.match(folded[m.end : m.end + 40])
            if pm:
                votes["m" if pm.group("g") == "o" else "f"] += 1
            # pronouns after a mention that opens its sentence ("Jara was held ... his"), up to
            # the next person named or the next sentence's end
            si = sent_of(m.start)
            if len(folded[sentences[si].start : m.start].split()) > 3:
                continue
            nxt = [x.start for x in order if x.start > m.end and x.person != m.person]
            end = sentences[min(si + 1, len(sentences) - 1)].end
            if nxt:
                end = min(end, nxt[0])
            tail = text[m.end : end].lower()
            votes["m"] += len(_HE.findall(tail))
            votes["f"] += len(_SHE.findall(tail))
        if votes["m"] > votes["f"]:
            p.sex = "m"
        elif votes["f"] > votes["m"]:
            p.sex = "f"
        elif (
            len(p.tokens) >= 2
            and not p.given_name
            and (p.roles or len(p.tokens) >= 3)
            and not re.search(r"\s(?:de|del|da|do|dos)\s", p.name)
            and p.tokens[0][-1:] in ("o", "a")
        ):
            first = p.tokens[0]
            if not first.endswith(("ia", "ez", "es")):
                p.sex = "m" if first.endswith("o") else "f"


def _sentence_index(sentences: list[Sentence]):  # type: ignore[no-untyped-def]
    starts = [s.start for s in sentences]

    def find(pos: int) -> int:
        lo, hi = 0, len(starts) - 1
        ans = 0
        while lo <= hi:
            mid = (lo + hi) // 2
            if starts[mid] <= pos:
                ans = mid
                lo = mid + 1
            else:
                hi = mid - 1
        return ans

    return find


# a verb of a ruling between a role word and a name: the name is the ruling's object ("El juez
# condenó a X": X is not the judge)
_RULING_VERB_GAP = re.compile(
    r"\b(?:sentenced|convicted|acquitted|found|ordered|released|pardoned|jailed|condeno|"
    r"condenaron|absolvio|absolvieron|ordeno|dicto|sentencio|libero|indulto|procesaron|proceso)\b"
)


def _cue_target(folded: str, cs: int, ce: int, ms: list[PersonMention]) -> PersonMention | None:
    after = [m for m in ms if m.start >= ce and not _RULING_VERB_GAP.search(folded[ce : m.start])]
    before = [m for m in ms if m.end <= cs]
    # "sentenced Fujimori", "condenó a Hurtado", "the lawyer Carlos Rivera"
    if after:
        nxt = min(after, key=lambda m: m.start)
        gap = folded[ce : nxt.start]
        if re.match(r"^\s+(?:v|vs)\.?\s", gap):
            after = []  # "Prosecutor v. X": X is the other party
        elif len(gap) <= 25 and _OBJECT_GAP.match(gap):
            return nxt
    if before:
        prv = max(before, key=lambda m: m.end)
        gap = folded[prv.end : cs]
        if len(gap) <= 60 and (_PASSIVE_BEFORE.search(gap) or re.match(r"^\s*,", gap)):
            return prv
        if len(gap) <= 40 and not re.search(r"[;:]", gap):
            if not after or (min(after, key=lambda m: m.start).start - ce) > len(gap):
                return prv
    if after:
        nxt = min(after, key=lambda m: m.start)
        if nxt.start - ce <= 40:
            return nxt
    return None
