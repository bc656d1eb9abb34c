"""The default extractor: rules, word lists and gazetteers for English and Spanish news.

It reads a text once and proposes events, persons, organisations and legal facts, each with the
character spans it came from. It is deliberately transparent: every decision is a rule in this
package or a line in a data file, so a documentarian can see why something was proposed.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date
from pathlib import Path
from typing import Any

from recuento.errors import ValidationError
from recuento.extract.counts_rules import CountRules
from recuento.extract.dates import DateMention, dateline_span, detect_published, find_dates
from recuento.extract.event_parts import (
    _KILL_TYPES,
    _Event,
    _EventMention,
    _figure,
)
from recuento.extract.eventmodel import EventModel
from recuento.extract.gazetteer import (
    SHAPE_KINDS_FIRST,
    Entry,
    Gazetteer,
    Match,
    deaccent,
    load_given_names,
    load_public_figures,
    refine_organizations,
)
from recuento.extract.legal_rules import LegalRules, _Legal
from recuento.extract.lexicon import (
    AGGREGATE,
    DEFINITE_BEFORE,
    EVENT_GROUP,
    EVENT_PRIORITY,
    EVENT_TRIGGER_RE,
    LEGAL_TRIGGER_RE,
    RECALL_CUES,
    WEAK_KILL,
)
from recuento.extract.model import Span, Suggestion
from recuento.extract.numbers import (
    find_quantities,
)
from recuento.extract.persons import Person, find_persons
from recuento.extract.text import Sentence, fold_keep, guess_language, sentences

__all__ = ["RuleBasedExtractor"]

LANGUAGES = ("en", "es")
_PLACE_RANK = {"site": 0, "locality": 1, "district": 2, "province": 3, "region": 4, "country": 5}

_ORG_HEAD_EN = (
    r"Battalion|Brigade|Division|Command|Ministry|Court|Tribunal|Commission|Office|Association|"
    r"Committee|Party|Front|Movement|Agency|Service|Police|Army|Navy|Group|Institute|Chamber|"
    r"Council|Federation|Union|Coordinator|Team|Directorate|Bureau|Prison|Center|Centre|"
    r"Foundation|Network|Organization|Organisation|Assembly|Secretariat|Guard"
)
_ORG_HEAD_ES = (
    r"Ministerio|Corte|Sala|Juzgado|Tribunal|Comision|Defensoria|Fiscalia|Asociacion|"
    r"Coordinadora|Comite|Partido|Frente|Movimiento|Batallon|Division|Brigada|Comando|Policia|"
    r"Ejercito|Instituto|Equipo|Direccion|Federacion|Confederacion|Consejo|Colegio|Sindicato|"
    r"Servicio|Oficina|Penal|Agrupacion|Vicaria|Asamblea|Secretaria|Procuraduria|Junta|Centro|"
    r"Fundacion|Organizacion|Guardia|Camara|Audiencia"
)
_CAP = r"[A-Z][a-z]+"
_ORG_PATTERNS = [
    re.compile(rf"\b(?:{_CAP}(?:-{_CAP})?\s+){{1,4}}(?:{_ORG_HEAD_EN})\b"),
    re.compile(
        rf"\b(?:{_ORG_HEAD_EN}|{_ORG_HEAD_ES})(?:\s+(?:of|for|on|de|del|de\s+la|de\s+las|de\s+los|para\s+la|para\s+el|para|y|and|the|en)?\s*{_CAP}){{1,6}}\b"
    ),
]
# a name goes on past "of", "de", "para la", "y": "Appeals Criminal Chamber of Santiago",
# "Frente ... para la Liberación Nacional" (matched on the accent-free text)
_CONNECTOR = (
    r"of\s+the|of|for\s+the|for|de\s+la|de\s+las|de\s+los|del|de|para\s+la|para\s+el|para|"
    r"por\s+la|y|e"
)
_ORG_TAIL = re.compile(rf"(?:\s+(?:{_CONNECTOR})\s+{_CAP}(?:\s+{_CAP})*)+")
_LEADING_ARTICLE = re.compile(r"^(?:The|El|La|Los|Las|A|An)\s+")
# a news outlet named as such: "the newspaper La Tercera", "el diario La República"
_NEWS_OUTLET = re.compile(
    rf"\b(?:newspaper|daily|weekly|magazine|broadcaster|diario|periodico|semanario|revista|"
    rf"radio|emisora)\s+((?:(?:El|La|Los|Las|The)\s+)?{_CAP}(?:\s+{_CAP}){{0,2}})"
)
_ORG_KIND_BY_HEAD = [
    *SHAPE_KINDS_FIRST,
    (
        r"battalion|brigade|division|army|navy|batallon|division|brigada|ejercito|comando|command",
        "armed_forces",
    ),
    (r"police|policia", "police"),
    (r"party|partido", "political_party"),
    (r"prison|penal", "prison"),
    (
        r"ministry|ministerio|defensoria|fiscalia|commission|comision|office|oficina|council|consejo|"
        r"directorate|direccion|bureau",
        "government",
    ),
    (
        r"association|asociacion|coordinadora|coordinator|institute|instituto|team|equipo|"
        r"federation|federacion|confederacion|union|sindicato|committee|comite|colegio|agrupacion|"
        r"vicaria|foundation|fundacion|center|centre|centro|network",
        "ngo",
    ),
    (r"agency|service|servicio", "other"),
    (r"front|frente|movement|movimiento|group", "other"),
]

# actions on an earlier event whose date is not the event's: gatherings, investigations, arrests
_ACTION = re.compile(
    r"\b(?:gathered(?=[^.;]{0,60}\b(?:to\s+(?:mark|remember|commemorate|demand\s+justice)|"
    r"anniversary|memorial|in\s+memory|(?:outside|in\s+front\s+of)\s+the\s+(?:court|"
    r"courthouse|tribunal|prosecutor|ministry|congress|palace\s+of\s+justice)))|"
    r"commemorated|reopened|indicted|reburied|unveiled|inaugurated|apologi[sz]ed|extradited|"
    r"se\s+reunieron|conmemoraron|reabrio|inauguro|extradito|pidio\s+perdon)\b"
)
# procedural acts whose date is not the event's: a state found responsible, a case brought, a
# judgment or report made public ("found Mexico responsible for his disappearance")
_PROCEDURE = re.compile(
    r"\b(?:(?:found|held|declared)\s+(?:[\w-]+\s+){0,3}responsible|"
    r"(?:declaro|hallo|encontro)\s+(?:[\w-]+\s+){0,3}responsables?|brought\s+the\s+case|"
    r"dio\s+a\s+conocer|dictad[oa]|emitid[oa]|notificad[oa]|published|publicad[oa]|publico|"
    r"presento\s+(?:la|una)\s+(?:denuncia|demanda)|filed\s+(?:a|the)\s+(?:complaint|petition)|"
    # the day a trial or hearing opened dates the trial, not the crime it tried
    r"(?:trial|hearings?|juicio|proceso|audiencias?)\s*,?\s+(?:which\s+|that\s+|que\s+)?"
    r"(?:began|opened|started|comenzo|empezo|se\s+inicio|inicio|arranco))"
)
# a date before "X concluded that ...": the date of the finding, not of what it found
_REPORT_THAT = re.compile(
    r"\b(?:concluded|found|established|determined|documented|wrote|concluyo|determino|"
    r"establecio|documento|escribio)\s+(?:[\w-]+\s+){0,2}(?:that|que)\b"
)
# a sentence that reports figures or facts rather than telling them happen
_SAID = re.compile(
    r"\b(?:said|says|reported|announced|stated|confirmed|according\s+to|counted|"
    r"(?:figure|toll|count)\s+(?:stood|rose|reached)|dijo|dijeron|informo|informaron|"
    r"anuncio|declaro|confirmo|reconocio|segun|conto|contaron|hablo\s+de|hablaron\s+de|"
    r"(?:cifra|balance)\s+(?:oficial\s+)?(?:quedo|subio|llego|ascendio))\b"
)
# a toll given by someone on a day of its own: the day of the count, not of the killing
_TOLL_REPORT = re.compile(
    r"\b(?:counted|put\s+the\s+(?:number\s+of\s+)?(?:dead|death\s+toll|toll|deaths)\s+at|"
    r"(?:figure|toll|count|total)\s+(?:had\s+|has\s+)?(?:stood|rose|risen|reached|climbed)|"
    r"spoke\s+of|statements?\s+(?:said|spoke|put|gave)|"
    r"(?:cifra|balance|saldo|conteo)\s+(?:oficial\s+)?(?:de\s+\w+\s+)?(?:quedo|subio|llego|"
    r"ascendio|se\s+elevo|era)|hablaron\s+de|hablo\s+de|contaron|contabilizaron)\b"
)
_RULING_WORD = re.compile(
    r"\b(?:verdict|ruling|judgment|judgement|handed\s+down|sentences?|dicto|fallo|veredicto|"
    r"sentencia|resolucion|juzgo|juzgaron|tried\s+the\s+case|heard\s+the\s+case)\b"
)
_REFERENCED = re.compile(
    r"\b(?:for|over|into|about|of|in|por|sobre|de|del|en)\s+"
    r"(?:the|la|el|los|las|his|her|their|its|su|sus)\s+"
    r"(?:[\w-]+\s+){0,2}$|\b(?:del|al)\s+(?:[\w-]+\s+){0,2}$"
)
_STORY_DISAPPEARANCE = re.compile(
    r"vanished|never\s|(?:has|have|had)\s+not\s+been\s+seen|whereabouts|nunca\s|no\s+se\s+|"
    r"(?:su|sus)\s+paradero"
)
_COMMITTED = re.compile(
    r"\b(?:committed|perpetrated|carried\s+out|occurred|took\s+place|cometid[oa]s?|"
    r"perpetrad[oa]s?|ocurrid[oa]s?|ocurrio|ocurrieron)\s+(?:[\w,]+\s+){0,3}$"
)
# "the killing of 1,771 … in that period": the campaign just told
_THAT_PERIOD = re.compile(
    r"\b(?:in|during|over)\s+(?:that|this|the\s+same)\s+(?:period|time|span|campaign)|"
    r"(?:en|durante)\s+(?:ese|este|aquel|el\s+mismo)\s+(?:periodo|lapso|tiempo)\b"
)
# a harm told of one person: the count is one
_ONE_VICTIM = (
    (
        "killed",
        {"extrajudicial_killing", "death_in_custody"},
        re.compile(
            r"\b(?:murio|fallecio|fue\s+(?:asesinad[oa]|ejecutad[oa]|acribillad[oa]|balead[oa]|"
            r"ultimad[oa]|hallad[oa]\s+muert[oa]|encontrad[oa]\s+muert[oa])|"
            r"(?:lo|la)\s+(?:mataron|asesinaron|ejecutaron|mato|asesino|ejecuto|acribillaron)|"
            r"(?:he|she)\s+(?:was\s+(?:already\s+)?dead|died)|"
            r"(?:he|she|who)\s+was\s+(?:shot\s+dead|killed|murdered|executed|found\s+dead|"
            r"beaten\s+to\s+death|tortured\s+to\s+death|gunned\s+down)|"
            r"(?:killed|murdered|executed)\s+(?:him|her)|shot\s+(?:him|her)\s+dead)\b"
        ),
    ),
    (
        "disappeared",
        {"enforced_disappearance"},
        re.compile(
            r"\b(?:se\s+(?:supo|sabe|volvio\s+a\s+saber)\s+(?:nada\s+)?de\s+(?:el|ella)|"
            r"(?:he|she)\s+(?:has|had|was)\s+(?:not|never)\s+(?:been\s+)?seen|"
            r"(?:his|her)\s+whereabouts|fue\s+desaparecid[oa]|(?:lo|la)\s+desaparecieron|"
            r"(?:he|she)\s+(?:vanished|was\s+(?:forcibly\s+)?disappeared))\b"
        ),
    ),
)
# a crime named as a charge ("detained X for the crimes of enforced disappearance and torture",
# "charged with the murder of", "acusado de homicidio"): what someone is accused of, not a new
# event told in that sentence
_CHARGE_BEFORE = re.compile(
    r"\b(?:(?:por|de)\s+(?:el|los)\s+(?:presuntos?\s+)?delitos?\s+de|"
    r"(?:for|of)\s+the\s+(?:alleged\s+)?crimes?\s+of|(?:on|faces?|facing)\s+(?:\w+\s+)?"
    r"charges?\s+of|cargos?\s+(?:de|por))\s+(?:(?:\w+,?|y|and)\s+){0,6}?$"
)
# the verbs of charging followed by a crime's bare name: "charged with murder, treason and
# terrorism", "acusado de homicidio calificado", "imputados por secuestro y tortura" ("acusados
# por la muerte de 81 reos", "accused of killing three farmers", "acusado de encubrir la
# masacre" tell the event itself: an article or an object follows)
_CHARGED_WITH_BEFORE = re.compile(
    r"\b(?:(?:charged|accused|indicted)\s+(?:with|of|for)|(?:acusad|imputad|procesad)[oa]s?\s+"
    r"(?:de|por))\s+(?:(?!(?:the|a|an|la|el|los|las|lo|his|her|their|su|sus|un|una)\s)"
    r"(?:\w+,?|y|and)\s+){0,4}?$"
)
_BARE_CRIME_AFTER = re.compile(
    r"^(?:\s*[,;.)]|\s*$|\s+(?:and|or|y|e|o)\s|\s+(?:calificad|agravad|culpos|dolos|simple|"
    r"in\s+the\s+first|in\s+the\s+second)\w*)"
)
# death named as a penalty or a threat, not as a killing: "condenados a muerte", "sentenced to
# death", "pena de muerte", "death penalty / sentence / row", "amenazas de muerte", "death
# threats", "threatened with death"
_DEATH_NOT_KILLING_BEFORE = re.compile(
    r"\b(?:(?:sentenced|condemned)\s+(?:[\w-]+\s+){0,4}?to|condenad[oa]s?\s+a|"
    r"sentenciad[oa]s?\s+a|penas?\s+de|amenazas?\s+de|amenazad[oa]s?\s+de|threatened\s+with)"
    r"\s+$"
)
_DEATH_NOT_KILLING_AFTER = re.compile(r"^\s+(?:penalty|sentences?|row|threats?|squads?)\b")
# a fight told by its dead on both sides ("murieron un marino y tres integrantes del grupo
# armado", "killing four rebels and two soldiers", "dejó muertos en ambos bandos"), or the
# retaking of a place an armed group held with hostages ("la retoma del Ejército", "the army
# declared the building retaken"): an armed clash, not a massacre
_FORCE_MEMBER = (
    r"(?:soldiers?|troopers?|police(?:men|\s+officers?)?|officers?|marines?|commandos|agents?|"
    r"soldados?|militares|polic[ií]as|marinos?|comandos|agentes|efectivos|uniformados)"
)
_ARMED_MEMBER = (
    r"(?:guerrillas?|guerrilleros?|insurgents?|rebels?|militants?|gunmen|attackers|"
    r"assailants|fighters|combatants|subversiv[oe]s|rebeldes|insurgentes|atacantes|sicarios|"
    r"emerretistas|senderistas|combatientes|(?:integrantes|miembros|members)\s+(?:del?|of\s+the)"
    r"\s+(?:grupo\s+armado|armed\s+group|comando|guerrilla))"
)
_BOTH_SIDES = re.compile(
    r"\b(?:on\s+both\s+sides|en\s+ambos\s+(?:lados|bandos)|de\s+ambos\s+bandos|"
    rf"(?:\w+\s+){{1,2}}{_FORCE_MEMBER}\s*,?\s+(?:y|and|e)\s+(?:\w+\s+){{1,3}}{_ARMED_MEMBER}|"
    rf"(?:\w+\s+){{1,2}}{_ARMED_MEMBER}\s*,?\s+(?:(?:\w+\s+){{1,6}}\w+,\s+){{0,3}}(?:y|and)\s+"
    rf"(?:\w+\s+){{1,2}}{_FORCE_MEMBER})\b"
)
_RETAKE = re.compile(
    r"\b(?:retaken|retook|retake|recaptured|retoma|retomaron|retomo|recuperaron\s+el\s+edificio|"
    r"rescue\s+operation|operacion\s+de\s+rescate)\b"
)
# a harm denied: "nadie los detuvo", "no one was arrested", "nunca fue torturado"
_NEGATED = re.compile(
    r"\b(?:nadie|ninguno|ninguna|nobody|no\s+one|none\s+(?:was|were)|never|nunca|jamas)\s+"
    r"(?:(?:lo|la|los|las|le|les|se|fue|fueron|ha|han|habia|was|were|has|have|had|been|"
    r"sido)\s+){0,3}$"
)
# harms coded as events of their own even when told inside another event's story
_SECONDARY_HARMS = (
    "torture_ill_treatment",
    "sexual_violence",
    "forced_displacement",
    "property_destruction",
    "arbitrary_detention",
)
_AFTER_EVENT = re.compile(
    r"\b(?:after|following|in\s+the\s+wake\s+of|tras|despues\s+de|luego\s+de)\s+"
    r"(?:the|la|el|las|los|aquella|esa)\s+(?:massacre|killings?|attack|masacre|matanza|"
    r"ataque|incursion|asesinatos?)\b"
)
# an event named as what something was for: "50 years for the killing of two students"
_OBJECT_OF = re.compile(
    r"\b(?:for|over|por|sobre)\s+(?:the|la|el|los|las|his|her|their|su|sus)\s+(?:[\w-]+\s+){0,2}$"
)
_ANNIVERSARY_FRAME = re.compile(
    r"\b(?:(?:a|hace|cumplen?|cumplir)\s+(?:\d{1,3}|[a-z]+)\s+anos\s+(?:de|del)|"
    # "recordó este jueves a los muertos hace hoy cuarenta años", "hoy se cumplen 20 años"
    r"hace\s+hoy\s+(?:\d{1,3}|[a-z]+)\s+anos|hoy\s+se\s+cumplen|"
    r"(?:\d{1,3}|[a-z]+)\s+years\s+(?:ago|after|since)|anniversary|aniversario)\b"
)
_YEARS_AFTER = re.compile(r"\b(?:years?|anos)\s+(?:after|despues)\b")

_STATE_KINDS = {
    "armed_forces",
    "police",
    "intelligence",
    "state_security",
    "death_squad",
    "paramilitary",
    "armed_opposition",
}
_PROTEST_TYPES = {"protest", "protest_repression"}
# "the victims of the massacre", "los familiares de las víctimas de la matanza": a crime named
# through the people it harmed
_VICTIMS_OF_BEFORE = re.compile(
    r"\b(?:victims?|relatives|families|survivors|victimas?|familiares|deudos|sobrevivientes)\s+"
    r"(?:of|de|del)\s+(?:the\s+|la\s+|las\s+|los\s+|el\s+)?(?:[\w-]+\s+){0,1}$"
)
# a protest told as what came after ("En los días siguientes los estudiantes salieron a
# protestar", "In the days that followed, thousands marched")
_SEQUEL_START = re.compile(
    r"^\W*(?:(?:en|durante)\s+(?:los|las)\s+(?:dias|semanas|meses)\s+(?:siguientes|posteriores|"
    r"que\s+siguieron)|desde\s+el\s+dia\s+siguiente|(?:in|over|during)\s+the\s+(?:following\s+"
    r"(?:days|weeks|months)|(?:days|weeks|months)\s+(?:that\s+followed|after(?:wards)?)))\b"
)
# a date that is a report's: "en su informe de 1992", "the commission's report of 2003"
_REPORT_OF = re.compile(
    r"\b(?:informe|reporte|report)\s+(?:final\s+)?(?:de|del|of|dated|fechado\s+el)\s+$"
)
_REPRESSION_TRIGGERS = [p for p, t in EVENT_TRIGGER_RE if t == "protest_repression"]
_DISAPPEAR_TYPES = {"enforced_disappearance"}
_LETHAL_TYPES = _KILL_TYPES | {"armed_clash"}


_HARM_CLASSES = (
    _LETHAL_TYPES,
    _DISAPPEAR_TYPES | {"abduction"},
    {"arbitrary_detention", "arbitrary_arrest", "arrest"},
    _PROTEST_TYPES,
    {"torture_ill_treatment", "sexual_violence"},
)


def _harms_shared(mention: set[str], event: set[str]) -> bool:
    """Whether an anaphoric mention names a harm the event already has: "the massacre" a
    killing, "los diez desaparecidos" a disappearance. A protest or an arrest told with words
    pointing back ("protested against the release of those convicted of the massacre", "hundreds
    were detained in the weeks that followed") is not the killing it points back to."""
    classes = [c for c in _HARM_CLASSES if mention & c]
    return not classes or any(event & c for c in classes)


def _harms_compatible(a: set[str], b: set[str]) -> bool:
    """Whether mentions of these types can be told of one event. A disappearance and a killing
    each told only as such are two crimes (a witness who vanished after testifying about a raid
    in which others were killed), however close together they are told; protests, raids,
    abductions and torture go with either."""

    def only(types: set[str], kind: set[str]) -> bool:
        core = (
            types
            - _PROTEST_TYPES
            - {"torture_ill_treatment", "abduction", "raid_search", "other", "injury"}
        )
        return bool(core) and core <= kind

    return not (
        (only(a, _DISAPPEAR_TYPES) and only(b, _LETHAL_TYPES))
        or (only(a, _LETHAL_TYPES) and only(b, _DISAPPEAR_TYPES))
    )


# crimes a ruling or a testimony can be about
_STORY_TYPES = _KILL_TYPES | {
    "enforced_disappearance",
    "abduction",
    "torture_ill_treatment",
    "sexual_violence",
    "arbitrary_detention",
}


class RuleBasedExtractor:
    """Rule-based extraction for English and Spanish.

    Parameters
    ----------
    organization_files, place_files:
        Extra gazetteer CSV files (same columns as the built-in ones in
        ``recuento/extract/data``); their entries are added to, or replace, the built-in ones.
    background_years:
        An event dated this many years or more before the publication date, and not in the
        lead of the text, is marked as background.
    """

    def __init__(
        self,
        *,
        organization_files: Sequence[str | Path] = (),
        place_files: Sequence[str | Path] = (),
        background_years: int = 2,
        event_model: EventModel | None = None,
    ) -> None:
        self.event_model = event_model
        self.organizations = Gazetteer.organizations(*organization_files)
        self.places = Gazetteer.places(*place_files)
        self.given_names = load_given_names()
        self.public_figures = load_public_figures()
        self.background_years = background_years

    # ------------------------------------------------------------------------------------------
    def extract(
        self, text: str, *, language: str | None = None, published: date | None = None
    ) -> list[Suggestion]:
        if language is not None and language not in LANGUAGES:
            raise ValidationError(
                f"language must be one of {', '.join(LANGUAGES)}, got {language!r}"
            )
        lang = language or guess_language(text)
        pub = published or detect_published(text)
        doc = _Document(self, text, lang, pub)
        out = doc.run()
        if self.event_model is not None:
            out = self.event_model.revise(text, out, language=lang, published=pub)
        return out


class _Document(CountRules, LegalRules):
    def __init__(self, ex: RuleBasedExtractor, text: str, lang: str, published: date | None):
        self.ex = ex
        self.text = text
        self.lang = lang
        self.published = published
        self.folded = fold_keep(text)
        self.flat = deaccent(text)
        self.sents = sentences(text)
        self._sent_starts = [s.start for s in self.sents]
        # where a wire dateline's date is: when the story was filed, neither an event's date
        # nor a count
        self.dateline = dateline_span(text)
        # sentences with wounded but no event word, by the event mention told just before them
        self._trailing: dict[int, list[Sentence]] = {}

    # -- helpers --------------------------------------------------------------------------------
    def sentence_at(self, pos: int) -> int:
        lo, hi, ans = 0, len(self._sent_starts) - 1, 0
        while lo <= hi:
            mid = (lo + hi) // 2
            if self._sent_starts[mid] <= pos:
                ans, lo = mid, mid + 1
            else:
                hi = mid - 1
        return ans

    def in_sentence(self, items: list[Any], s: Sentence) -> list[Any]:
        return [x for x in items if s.start <= x.start < s.end]

    def _byline_date(self, d: DateMention) -> bool:
        """A date that only says when the text was written ("Agency, 8 January 2018.")."""
        s = self.sents[self.sentence_at(d.start)]
        if s.index > 3 or d.precision != "day":
            return False
        before = self.text[s.start : d.start].strip()
        after = self.text[d.end : s.end].strip()
        words = (before + " " + after).split()
        if len(words) > 8:
            return False
        ends_sentence = not re.sub(r"[\W_]+", "", after)
        if ends_sentence and (not before or before.endswith((",", "|", "-", "—"))):
            return True
        return all(not w[:1].isalpha() or w[:1].isupper() for w in words)

    # -- pipeline -------------------------------------------------------------------------------
    def run(self) -> list[Suggestion]:
        dl = self.dateline
        self.dates = [
            d
            for d in find_dates(self.text, self.published)
            if (dl is None or not (d.start < dl[1] and dl[0] < d.end)) and not self._byline_date(d)
        ]
        org_matches = self._organizations()
        place_matches = [
            p
            for p in self.ex.places.find(self.text)
            if not any(o.start <= p.start and p.end <= o.end for o in org_matches)
        ]
        self.persons, self.person_mentions = find_persons(
            self.text,
            self.sents,
            org_matches + place_matches,
            self.ex.given_names,
            set(self.ex.public_figures),
        )
        # a place inside a person's name is not a place ("Santiago Martín Rivas")
        self.place_matches = [
            p
            for p in place_matches
            if not any(m.start <= p.start and p.end <= m.end for m in self.person_mentions)
        ]
        self.org_matches = [
            o
            for o in org_matches
            if not any(m.start <= o.start and o.end <= m.end for m in self.person_mentions)
        ]
        self.quantities = find_quantities(self.text)
        legal = self._legal()
        legal_spans = [(s, e) for lg in legal for (s, e) in lg.spans]
        events = self._events(legal_spans)
        self._all_mentions = [m for e in events for m in e.mentions]
        out: list[Suggestion] = []
        ev_out = [self._event_suggestion(e) for e in events]
        self._story(events, ev_out, legal)
        out += ev_out
        for e, sug in zip(events, ev_out, strict=True):
            out += self._secondary_harms(e, sug)
        out += [s for s in (self._person_suggestion(p) for p in self.persons) if s]
        out += self._org_suggestions()
        out += [self._legal_suggestion(lg) for lg in legal]
        return out

    # -- organisations --------------------------------------------------------------------------
    def _organizations(self) -> list[Match]:
        matches = self.ex.organizations.find(self.text)
        extra: list[Match] = []
        for m in _NEWS_OUTLET.finditer(self.flat):
            s, e = m.start(1), m.end(1)
            if any(o.start < e and s < o.end for o in matches + extra):
                continue
            surface = self.text[s:e]
            extra.append(Match(s, e, surface, Entry(surface, "news_outlet", "", ())))
        for pattern in _ORG_PATTERNS:
            for m in pattern.finditer(self.flat):
                s, e = m.start(), m.end()
                tail = _ORG_TAIL.match(self.flat, e)
                if tail and not self._starts_with_given_name(tail.group()):
                    e = tail.end()
                lead = _LEADING_ARTICLE.match(self.flat, s, e)
                if lead and len(self.flat[lead.end() : e].split()) >= 2:
                    s = lead.end()
                # trim a trailing connector word
                surface = self.text[s:e]
                if any(o.start < e and s < o.end for o in matches):
                    continue
                # a longer shape wins over a shorter one ("El Tribunal" < "Tribunal Octavo de ...")
                shorter = [o for o in extra if o.start < e and s < o.end]
                if any(o.end - o.start >= e - s for o in shorter):
                    continue
                for o in shorter:
                    extra.remove(o)
                if len(surface.split()) < 2:
                    continue
                head = fold_keep(surface)
                kind = "other"
                for pat, k in _ORG_KIND_BY_HEAD:
                    if re.search(rf"\b(?:{pat})\b", head):
                        kind = k
                        break
                extra.append(Match(s, e, surface, Entry(surface, kind, "", ())))
        return refine_organizations(
            self.text, sorted(matches + extra, key=lambda m: m.start), self.ex.places
        )

    def _starts_with_given_name(self, tail: str) -> bool:
        """ "... for Alberto Fujimori": a person, not the rest of the organisation's name."""
        words = tail.split()
        caps = [i for i, w in enumerate(words) if w[:1].isupper()]
        if not caps or caps[0] + 1 >= len(words):
            return False  # "of Santiago": a single word is a place or a name's end
        first, nxt = words[caps[0]], words[caps[0] + 1]
        return first.lower() in self.ex.given_names and nxt[:1].isupper()

    def _org_suggestions(self) -> list[Suggestion]:
        grouped: dict[str, list[Match]] = {}
        for m in self.org_matches:
            grouped.setdefault(m.entry.name, []).append(m)
        out = []
        for name, ms in grouped.items():
            entry = ms[0].entry
            surfaces = sorted({m.surface for m in ms}, key=lambda s: (-len(s), s))
            in_gaz = name in self.ex.organizations.by_name
            fields: dict[str, Any] = {
                "name": surfaces[0],
                "kind": entry.kind,
                "canonical": name if in_gaz else None,
                "aliases": surfaces[1:],
            }
            out.append(
                Suggestion(
                    "organization",
                    fields,
                    [Span(m.start, m.end) for m in ms],
                    0.85 if in_gaz else 0.55,
                )
            )
        return out

    # -- persons --------------------------------------------------------------------------------
    def _person_suggestion(self, p: Person) -> Suggestion | None:
        if not p.mentions:
            return None
        roles = sorted(p.roles, key=lambda r: (-p.roles[r], r))
        fields: dict[str, Any] = {
            "name": p.name,
            "roles": roles,
            "age": p.age,
            "sex": p.sex,
            "occupation": p.occupation,
        }
        if p.aliases:
            fields["aliases"] = p.aliases
        conf = 0.55
        if p.given_name:
            conf += 0.25
        if p.titled:
            conf += 0.1
        if len(p.mentions) > 1:
            conf += 0.05
        if len(p.tokens) == 1:
            conf -= 0.15
        return Suggestion(
            "person", fields, [Span(m.start, m.end) for m in p.mentions], min(conf, 0.95)
        )

    def person_name(self, idx: int) -> str:
        return self.persons[idx].name

    # -- events ---------------------------------------------------------------------------------
    def _events(self, legal_spans: list[tuple[int, int]]) -> list[_Event]:
        mentions: list[_EventMention] = []
        # a title repeats the story in other words ("The funeral that became a massacre"); its
        # words would join the first event told to the one the title is about
        title = self._title_sentence()
        for s in self.sents:
            if s.index == title:
                continue
            seg = self.folded[s.start : s.end]
            triggers: list[tuple[int, int, str]] = []
            for pattern, etype in EVENT_TRIGGER_RE:
                for m in pattern.finditer(seg):
                    a, b = s.start + m.start(), s.start + m.end()
                    if any(x < b and a < y for x, y, _ in triggers):
                        continue
                    triggers.append((a, b, etype))
            if triggers:
                triggers = self._filter_triggers(triggers, s)
            if not triggers:
                self._attach_counts(s, seg, mentions)
                continue
            if AGGREGATE.search(seg):
                continue  # "18 dead across the country since the protests began"
            mentions += self._split_mentions(s, sorted(triggers))
        all_events: list[_Event] = []
        for m in mentions:
            m.apart = self._arrest_apart(m)
            if m.apart:
                own = self._own_arrest_event(all_events, m)
                if own is not None:
                    if own is not m:
                        own.mentions.append(m)  # type: ignore[union-attr]
                    else:
                        all_events.append(_Event([m]))
                    continue
            # an arrest told apart is no setting for the harms told around it
            events = [e for e in all_events if not all(x.apart for x in e.mentions)]
            target = None
            if m.inherited and m.places and all(p.entry.kind == "site" for p in m.places):
                # "los estudiantes asesinados en La Cantuta": a site already told as an event's
                # is that event, whatever the date of the narrative around it
                names = {p.entry.name for p in m.places}
                same_place = [
                    e
                    for e in events
                    if self._group(e.types) == self._group(m.types) and names & e.place_names
                ]
                if same_place:
                    target = same_place[-1]
                    m.dates = []
            if not m.dates and self._group(m.types) != "violence":
                sequel = _AFTER_EVENT.search(self.folded[m.sentence.start : m.sentence.end])
                dated = [e for e in events if self._group(e.types) == "violence" and e.dates()]
                if sequel and dated:
                    # "Tras la masacre, toda la población huyó": the time of the event it follows
                    m.dates = [min(dated[-1].dates(), key=lambda d: d.start)]
            if not m.dates and _SEQUEL_START.search(self.folded[m.sentence.start : m.sentence.end]):
                # "En los días siguientes … fueron torturados": the time of the last violent
                # event told, which it follows
                dated = [e for e in events if self._group(e.types) == "violence" and e.dates()]
                if dated:
                    m.dates = [min(dated[-1].dates(), key=lambda d: d.start)]
                    m.inherited = True
            if target is None and _THAT_PERIOD.search(
                self.folded[m.sentence.start : m.sentence.end]
            ):
                campaigns = [e for e in events if "campaign" in e.types]
                if campaigns:
                    target = campaigns[-1]
            if (
                target is None
                and not m.dates
                and self._THAT_DAY.search(self.folded[m.sentence.start : m.sentence.end])
            ):
                # "contó 74 personas asesinadas aquel día": the last event told on a day
                days = [
                    e
                    for e in events
                    if self._group(e.types) == self._group(m.types)
                    and _harms_compatible(m.types, e.types)
                    and any(d.precision == "day" for d in e.dates())
                ]
                target = days[-1] if days else None
            if target is None:
                target = self._merge_target(events, m)
            if target is None and m.anaphoric:
                # "the massacre", "los diez desaparecidos": the event already told
                group = self._group(m.types)
                same = [
                    e
                    for e in events
                    if self._group(e.types) == group
                    and _harms_compatible(m.types, e.types)
                    and _harms_shared(m.types, e.types)
                ]
                target = same[-1] if same else None
            if (
                target is None
                and not m.dates
                and not m.places
                and m.counts
                and not self._legal_positions(m.sentence)
                and not any(
                    _OBJECT_OF.search(self.folded[max(m.sentence.start, a - 30) : a])
                    for a, _b in m.trigger_spans
                )
            ):
                # figures told later with no date or place of their own ("The commission
                # counted 53 dead; survivors speak of more than a hundred"): the event told
                group = self._group(m.types)
                same = [e for e in events if self._group(e.types) == group and e.dates()]
                target = same[-1] if same else None
            if target is None and m.fallback:
                m.dates, m.inherited = m.fallback, True  # nothing told before: its own time
                target = self._merge_target(events, m)
            if target is None and not self._can_start_event(m):
                story = self._story_time(m)
                if not story:
                    continue
                # a harm told paragraphs after the story's day or month ("They beat us to make
                # us confess", "los hermanos fueron torturados durante varios días"): the time
                # of the story it goes on telling, when no event of that time is told yet
                m.dates, m.inherited = story, True
                target = self._merge_target(events, m)
                if target is None and not self._can_start_event(m):
                    continue
            if target is None:
                all_events.append(_Event([m]))
            else:
                target.mentions.append(m)
        return [e for e in self._fold_undated(all_events) if self._keep_event(e)]

    # harms done to people held or threatened, which a story tells without a date of their own
    _STORY_HARMS = {
        "torture_ill_treatment",
        "sexual_violence",
        "arbitrary_detention",
        "arbitrary_arrest",
        "arrest",
        "threat_harassment",
    }

    def _story_time(self, m: _EventMention) -> list[DateMention]:
        """The narrative's day or month for an undated harm told further on than the paragraph
        after it: the latest date of a sentence telling the story, before this one."""
        if m.dates or not m.types <= self._STORY_HARMS or self._ruling_positions(m.sentence):
            return []  # "un tribunal juzga la esclavitud sexual cometida …": a ruling's object
        s = m.sentence
        prev = [
            d
            for d in self.dates
            if d.value
            and d.end <= s.start
            and d.precision in ("day", "month")
            and self._narrative_date_sentence(self.sents[self.sentence_at(d.start)])
            and not self._ruling_date(d)
            and d.as_date() != self.published  # the day the text was written
        ]
        return [prev[-1]] if prev else []

    _ARREST_TYPES = {"arrest", "arbitrary_arrest", "arbitrary_detention"}
    # what became of people arrested, told right after the arrest: a legal sequel or a
    # release ...
    _FATE_LEGAL = re.compile(
        r"\b(?:sentenced|tried|charged|prosecuted|prosecutors?|indicted|convicted|"
        r"court[- ]martialled|deported|exiled|sent\s+(?:\w+\s+){0,2}out\s+of|parole|"
        r"released?|freed|liberad[oa]s?|liberacion|libertad|soltaron|"
        r"condenad[oa]s?|procesad[oa]s?|juzgad[oa]s?|acusad[oa]s?\s+de|imputad[oa]s?|"
        r"fiscal(?:es|ia)?|deportad[oa]s?|expulsad[oa]s?|desterrad[oa]s?|exiliad[oa]s?)\b"
    )
    # ... or their being held without charge or trial, the codings' arbitrary detention
    _FATE_HELD = re.compile(
        r"\b(?:without\s+(?:charges?|trial)|sin\s+(?:cargos|juicio|proceso)|"
        r"incomunicad[oa]s?)\b"
    )

    def _arrest_apart(self, m: _EventMention) -> str:
        """Whether an arrest told in a sentence of its own is a harm apart from the killing or
        protest told around it: the people arrested are not those killed when the text tells
        what became of them: tried, sentenced, deported or released ("later faced military
        prosecutors", "fue condenado", "a crowd marched to demand their release"), which the
        codings call an arrest ("legal"), or held without charge or trial ("me soltaron once días
        después, sin cargos"), an arbitrary detention ("held"). Else ""."""
        if (
            not m.types <= self._ARREST_TYPES
            or "arrest" not in m.types
            and not (m.types & self._ARREST_TYPES)
        ):
            return ""
        s = m.sentence
        first = min(a for a, _b in m.trigger_spans)
        if any(b <= first for _a, b in self._legal_positions(s)):
            return ""  # "ordered his arrest", "condenó … y ordenó su captura"
        tail = self.folded[first : self._through_next(s)]
        if self._FATE_HELD.search(tail):
            return "held"
        return "legal" if self._FATE_LEGAL.search(tail) else ""

    def _own_arrest_event(self, events: list[_Event], m: _EventMention) -> Any:
        """The event an arrest told apart joins: an arrest of the same day, or a new event
        (returned as the mention itself); None when it cannot stand alone."""
        seg = self.folded[m.sentence.start : m.sentence.end]
        if not m.dates and self._THAT_DAY.search(seg):
            # "The same morning … was arrested": the day of the event just told
            days = [
                d
                for e in events
                if self._group(e.types) == "violence"
                for d in e.dates()
                if d.precision == "day"
            ]
            if days:
                m.dates, m.inherited = [days[-1]], True
        if m.inherited and m.places_inherited:
            m.places, m.places_inherited = [], False
        arrests = [e for e in events if e.types <= self._ARREST_TYPES]
        target = self._merge_target(arrests, m)
        if target is not None:
            return target
        if not self._can_start_event(m) and not m.dates:
            return None
        return m

    def _fold_undated(self, events: list[_Event]) -> list[_Event]:
        """An event with no date of its own, of a kind a dated event of the text already has (at
        a compatible place), names that event again: a headline, a case's name ("Case of the
        Rochela Massacre"), a summing-up ("Panzós is often called the first great massacre").
        Its sentences join the dated event; its figures, often of something else ("seven men
        sentenced"), do not."""
        out: list[_Event] = []
        for e in events:
            if e.dates():
                out.append(e)
                continue
            group = self._group(e.types)
            cands = [
                (len(t.mentions), -k, t)
                for k, t in enumerate(events)
                if t is not e
                and t.dates()
                and self._group(t.types) == group
                and _harms_compatible(e.types, t.types)
                and (
                    not e.place_names
                    or not t.place_names
                    or self._places_compatible(e.place_names, t.place_names)
                )
            ]
            if not cands:
                out.append(e)
                continue
            own = {_figure(c) for m in e.mentions for c in m.counts if not c.subset} - {None}

            def figures(t: _Event) -> set[int | None]:
                return {_figure(c) for m in t.mentions for c in m.counts}

            # the event whose figures it repeats ("siete asesinatos" names the seven killed),
            # else the one told most
            target = max(cands, key=lambda x: (bool(own) and own <= figures(x[2]), x[0], x[1]))[2]
            theirs = figures(target)
            headline = all(not re.search(r"[a-z]", m.sentence.text) for m in e.mentions)
            if own - theirs and not headline:
                # "a further 50 years for the killing of two students": figures of its own
                out.append(e)
                continue
            for m in e.mentions:
                m.counts = []
                if headline and m.types & target.types:
                    # "SECUESTRADOS, TORTURADOS Y FUSILADOS": a headline sums up the whole
                    # story; only the harms of the event it joins are that event's
                    m.types = m.types & target.types
                target.mentions.append(m)
        for e in out:
            e.mentions.sort(key=lambda m: m.sentence.start)
        return out

    def _split_mentions(
        self, s: Sentence, triggers: list[tuple[int, int, str]]
    ) -> list[_EventMention]:
        """One mention per group of triggers that share a date (or a kind of event)."""
        seg = self.folded[s.start : s.end]
        dates = self._event_dates(s, triggers)
        places = self._places_in(s)
        counts = self._counts_in(s)
        orgs = [o for o in self.org_matches if s.start <= o.start < s.end]
        recall = bool(RECALL_CUES.search(seg))

        def nearest(pos: int, cands: list[tuple[int, int, str]]) -> tuple[int, int, str]:
            return min(cands, key=lambda t: self._gap(pos, pos + 1, t[0], t[1]))

        # clusters: by event group first, then by distinct date value within a group
        groups: dict[str, list[tuple[int, int, str]]] = {}
        has_campaign = any(t[2] == "campaign" for t in triggers)
        for t in triggers:
            g = self._group({t[2]})
            if has_campaign and t[2] == "killing" and WEAK_KILL.match(self.folded[t[0] : t[1]]):
                g = "campaign"  # "the conflict left 69,000 dead"
            groups.setdefault(g, []).append(t)
        clusters: list[list[tuple[int, int, str]]] = []
        date_of: dict[int, list[DateMention]] = {}
        values = {d.value for d in dates}
        for gname, trig in groups.items():
            if len(values) <= 1 or gname != "violence":
                clusters.append(trig)
                continue
            by_date: dict[str, list[tuple[int, int, str]]] = {}
            for t in trig:
                d = min(dates, key=lambda d: self._gap(d.start, d.end, t[0], t[1]))
                by_date.setdefault(d.value or "", []).append(t)
            clusters.extend(by_date.values())
        for d in dates:
            t = nearest(d.start, triggers)
            before_d = [x for x in triggers if x[1] <= d.start]
            if before_d and _COMMITTED.search(self.folded[max(s.start, d.start - 40) : d.start]):
                # "the rape of nine women …, committed between 1984 and 1995 … during the
                # internal armed conflict": the date of the crime named before "committed"
                t = max(before_d, key=lambda x: x[1])
            date_of.setdefault(t[0], []).append(d)
        out = []
        for cl in clusters:
            starts = {t[0] for t in cl}
            ds = [d for t0 in starts for d in date_of.get(t0, [])]
            if not ds and len(values) == 1 and dates:
                ds = list(dates)  # one date in the sentence: it dates every event there
            if not ds and dates and any(t[2] == "campaign" for t in cl):
                ds = list(dates)  # a campaign spans the period its sentence gives
            ps = (
                [p for p in places if nearest(p.start, triggers)[0] in starts]
                if len(clusters) > 1
                else list(places)
            )
            cs = (
                [c for c in counts if nearest(c.quantity.start, triggers)[0] in starts]
                if len(clusters) > 1
                else list(counts)
            )
            types = {t[2] for t in cl}
            em = _EventMention(s, types, [(a, b) for a, b, _ in cl], ds, ps, cs, recall, orgs)
            em.anaphoric = (
                not ds
                and not ps
                and all(
                    DEFINITE_BEFORE.search(self.folded[max(s.start, a - 20) : a]) for a, _, _ in cl
                )
            )
            out.append(em)
        # a mention with no date of its own takes the narrative date: the latest date written in
        # this paragraph or the one before it, before this sentence. Not when the event is told
        # as the object of a ruling ("condenó ... por la desaparición de"), and never a date that
        # dates a ruling, an arrest or a commemoration rather than a violent event
        for m in out:
            if not m.dates:
                m.dates = self._after_ruling_date(m)
                m.anaphoric = m.anaphoric and not m.dates  # "y los fusilaron": dated, not "the"
            if not m.dates and not (m.types & {"campaign"}) and not self._object_of_ruling(m):
                prev = [
                    d
                    for d in self.dates
                    if d.value
                    and d.end <= s.start
                    and s.paragraph - self.sents[self.sentence_at(d.start)].paragraph <= 1
                    and d.precision in ("day", "month")
                    and self._narrative_date_sentence(self.sents[self.sentence_at(d.start)])
                    and not self._ruling_date(d)
                ]
                if prev:
                    m.dates = [prev[-1]]
                    m.inherited = True
            if not m.places:
                prevp = [
                    p
                    for p in self.place_matches
                    if p.end <= s.start
                    and s.paragraph - self.sents[self.sentence_at(p.start)].paragraph <= 1
                    and p.entry.kind != "country"
                ]
                if prevp and m.inherited:
                    m.places = [prevp[-1]]
                    m.places_inherited = True
            if all(_STORY_DISAPPEARANCE.match(self.folded[a:b]) for a, b in m.trigger_spans) and (
                m.inherited or not m.dates
            ):
                # "nunca más se supo de ellos", "was never seen again": the fate of people
                # taken before, told as the end of that story
                m.fallback = m.dates
                m.dates, m.inherited, m.anaphoric = [], False, True
            m.report = bool(_TOLL_REPORT.search(seg)) and any(
                c.category == "killed" for c in m.counts
            )
            if m.inherited and self._THAT_DAY.search(seg):
                # "Years later the commission wrote that 300 had been killed that day": the
                # day of the event already told, whatever date came in between
                m.dates, m.inherited, m.anaphoric = [], False, True
        return out

    _THEN_CLAUSE = re.compile(
        r"\b(?:and|y|e)\s+(?:(?:then|luego|despues|later|mas\s+tarde)\s+)?(?:(?:lo|la|los|las|"
        r"le|les|se|he|she|they|was|were|had\s+been|fue|fueron|they\s+were)\s+)?$"
    )

    def _after_ruling_date(self, m: _EventMention) -> list[DateMention]:
        """The date of a ruling for a harm done right after it, in the same sentence: "El
        sábado fueron declarados culpables y condenados a muerte, y los fusilaron en menos de una
        hora", "On 9 March the men were convicted and hanged at dawn". Not a harm named as what
        the ruling was for ("convicted of killing", "condenado por la muerte de")."""
        s = m.sentence
        ds = [d for d in self.dates if s.start <= d.start < s.end and d.value]
        first = min(a for a, _b in m.trigger_spans)
        legal = [(a, b) for a, b in self._legal_positions(s) if b <= first]
        if not ds or not legal or self._object_of_ruling(m):
            return []
        last = max(b for _a, b in legal)
        between = self.folded[last:first]
        word = self.folded[first : m.trigger_spans[0][1]].split()[-1]
        # the harm follows the last legal word as a clause of its own, joined by "and"/"y", told
        # by a verb ("and were hanged", "y los fusilaron"), not a crime in the list of what the
        # ruling was for ("guilty of crimes against humanity, war crimes and torture")
        if (
            not self._THEN_CLAUSE.search(between)
            or re.search(r"\b(?:of|for|por|who|que|quien(?:es)?)\b", between)
            or not re.search(r"(?:ed|shot|hung|slain|aron|ieron|ad[oa]s?|id[oa]s?)$", word)
        ):
            return []
        before = [d for d in ds if d.end <= min(a for a, _b in legal)]
        return [before[-1]] if before else []

    def _title_sentence(self) -> int | None:
        """The index of a title line: the text's first line, on its own, with no full stop."""
        if not self.sents:
            return None
        first = self.sents[0]
        line = self.text[first.start : first.end].strip()
        if "\n" in line or re.search(r"[.!?]\W*$", line):
            return None
        nxt = self.text[first.end : first.end + 3]
        if not nxt.startswith("\n"):
            return None
        return first.index

    def _legal_positions(self, s: Sentence) -> list[tuple[int, int]]:
        seg = self.folded[s.start : s.end]
        out = [
            (s.start + m.start(), s.start + m.end())
            for pattern, _t in LEGAL_TRIGGER_RE
            for m in pattern.finditer(seg)
            if not self._in_proper_name(s.start + m.start(), s)  # "Ejército de Liberación"
        ]
        out += [(s.start + m.start(), s.start + m.end()) for m in _ACTION.finditer(seg)]
        out += [(s.start + m.start(), s.start + m.end()) for m in _RULING_WORD.finditer(seg)]
        out += [(s.start + m.start(), s.start + m.end()) for m in _PROCEDURE.finditer(seg)]
        return out

    _RELEASE_RE = [p for p, t in LEGAL_TRIGGER_RE if t == "release"]

    def _ruling_positions(self, s: Sentence) -> list[tuple[int, int]]:
        """The legal words of a sentence that can make a harm told there what a ruling was for:
        all but releases ("One of those freed told the commission that he was given electric
        shocks", "me soltaron después de torturarme": the people let go tell the harm)."""
        seg = self.folded[s.start : s.end]
        freed = [
            (s.start + m.start(), s.start + m.end())
            for pattern in self._RELEASE_RE
            for m in pattern.finditer(seg)
        ]
        return [
            (a, b)
            for a, b in self._legal_positions(s)
            if not any(x <= a and b <= y for x, y in freed)
        ]

    def _object_of_ruling(self, m: _EventMention) -> bool:
        """The event is named after a legal trigger in its sentence, as what the ruling is
        about: "sentenced ... for the killing of", "condenó ... por la desaparición de"."""
        legal = self._legal_positions(m.sentence)
        if not legal:
            return False
        first = min(a for a, _ in m.trigger_spans)
        return any(b <= first for _a, b in legal) and bool(
            re.search(
                r"\b(?:for|over|por)\s+(?:the|la|el|los|las|su|sus|his|her|their)\s+"
                r"(?:[\w-]+\s+){0,2}$",
                self.folded[max(m.sentence.start, first - 30) : first],
            )
        )

    def _ruling_date(self, d: DateMention) -> bool:
        """A date written next to a legal trigger (not an event trigger) in its sentence."""
        sent = self.sents[self.sentence_at(d.start)]
        # a trigger inside a "when ..." clause sets the time of the main clause, it is not
        # what the date dates: "On Christmas Eve, when the pardon was announced, thousands ..."
        legal = [
            (a, b)
            for a, b in self._legal_positions(sent)
            if not re.search(
                r"\b(?:when|as|after|once|cuando|tras|apenas)\b[^,;]*$",
                self.folded[max(sent.start, a - 50) : a],
            )
        ]
        if not legal:
            return False
        lg = min(self._gap(d.start, d.end, a, b) for a, b in legal)
        seg = self.folded[sent.start : sent.end]
        ev = [
            self._gap(d.start, d.end, sent.start + x.start(), sent.start + x.end())
            for pattern, _t in EVENT_TRIGGER_RE
            for x in pattern.finditer(seg)
        ]
        return lg < min(ev, default=10**9)

    _IT_WAS = re.compile(r"(?:it\s+was|that\s+was|this\s+was|era|eran|fue|corria)\b")

    def _narrative_date_sentence(self, sent: Sentence) -> bool:
        """A sentence whose date can set the time of the next ones: a full sentence, or a
        testimony's "It was 14 May 1988." / "Era el 14 de mayo de 1988." (not a byline)."""
        if len(sent.text.split()) >= 8:
            return True
        return bool(self._IT_WAS.match(self.folded[sent.start : sent.end].lstrip()))

    @staticmethod
    def _gap(a0: int, a1: int, b0: int, b1: int) -> int:
        if a1 <= b0:
            return b0 - a1
        if b1 <= a0:
            return a0 - b1
        return 0

    _TIME_AFTER = re.compile(r"\s*(?:-\s*)?(?:days?|dias|years?|anos|months?|meses|hours?|horas)\b")
    # "killed that day", "murieron aquella noche": the day already told, not a new one
    _THAT_DAY = re.compile(
        r"\b(?:that|the\s+same)\s+(?:day|night|morning|afternoon)|(?:ese|aquel|el\s+mismo)\s+"
        r"(?:dia|domingo|lunes|martes|miercoles|jueves|viernes|sabado)|(?:esa|aquella|la\s+misma)"
        r"\s+(?:noche|manana|tarde|madrugada)\b"
    )

    def _filter_triggers(
        self, triggers: list[tuple[int, int, str]], s: Sentence
    ) -> list[tuple[int, int, str]]:
        out = []
        has_quantity = any(
            not self._TIME_AFTER.match(self.folded[q.end : q.end + 12])
            for q in self.in_sentence(self.quantities, s)
        )
        # a year is no figure for a death named by a noun: "Aquella semana de junio de 1980 ya
        # olía a muerte" ("he died in October 2009" still tells one death)
        has_figure = any(
            not self._TIME_AFTER.match(self.folded[q.end : q.end + 12])
            and not any(d.start <= q.start and q.end <= d.end for d in self.dates)
            for q in self.in_sentence(self.quantities, s)
        )
        seg = self.folded[s.start : s.end]
        protest_here = any(t in _PROTEST_TYPES for _a, _b, t in triggers)
        for a, b, t in triggers:
            word = self.folded[a:b]
            before = self.folded[max(s.start, a - 25) : a]
            after = self.folded[b : b + 25]
            if (
                protest_here
                and t in _LETHAL_TYPES
                and _VICTIMS_OF_BEFORE.search(self.folded[max(s.start, a - 45) : a])
            ):
                # "marchers carried photographs of the victims of the massacres of Barrios Altos
                # and La Cantuta": the massacres a protest remembers, not one of that day
                continue
            if t == "killing" and WEAK_KILL.match(word) and not has_quantity:
                continue  # "their dead", "vuelos de la muerte": no count, no killing
            if t == "killing" and word in ("muerte", "death") and not has_figure:
                continue
            if t == "killing" and word == "died" and re.match(r"\s+(?:down|out)\b", after):
                continue
            if (
                t == "killing"
                and word in ("death", "muerte")
                and (
                    _DEATH_NOT_KILLING_BEFORE.search(self.folded[max(s.start, a - 45) : a])
                    or _DEATH_NOT_KILLING_AFTER.match(after)
                )
            ):
                continue  # "condenados a muerte", "death threats": a penalty or a threat
            if t == "killing" and re.search(
                r"\b(?:would|was\s+to|were\s+to)\s+(?:later\s+|eventually\s+|soon\s+)?$", before
            ):
                continue  # "the head injury that would kill him": a death told as yet to come
            if t == "arrest" and re.search(r"\b(?:under|house)\s+$", before):
                continue
            if any(d.relative and d.start <= a and b <= d.end for d in self.dates):
                continue  # "cinco días después de la matanza": the event a later day counts from
            if _NEGATED.search(before):
                continue  # "Nadie los detuvo", "no one was arrested", "never tortured"
            if t not in _PROTEST_TYPES and _CHARGE_BEFORE.search(
                self.folded[max(s.start, a - 70) : a]
            ):
                continue  # "por los delitos de desaparición forzada": a charge, not an event
            if (
                t not in _PROTEST_TYPES
                and _CHARGED_WITH_BEFORE.search(self.folded[max(s.start, a - 50) : a])
                and _BARE_CRIME_AFTER.match(self.folded[b : b + 25])
            ):
                continue  # "was detained and charged with murder": a charge, not a killing
            if t == "protest" and word.startswith("march") and self.text[a].isupper():
                continue  # the month
            if (
                t == "protest"
                and word.startswith(("march", "marcha", "marcho"))
                and (
                    re.match(r"\s+(?:them|the|him|her|us|los|las|a\s+los|a\s+las|a\s+sus)\b", after)
                    # "they marched about eighty-five of us to a trench": people marched by others
                    or re.match(
                        r"\s+(?:a\s+)?(?:(?:about|some|around|nearly|all|over|unos|unas|cerca\s+de|"
                        r"mas\s+de)\s+)?[\w-]+\s+(?:of|de)\s+(?:us|them|nosotros|ellos)\b",
                        self.folded[b : b + 45],
                    )
                    or re.search(r"\b(?:los|las|les|nos)\s+$", before[-6:])
                    or (
                        re.search(
                            r"\b(?:soldiers|troops|patrol|army|soldados|militares|patrulla)\b"
                            r"[^.;,]{0,25}$",
                            before,
                        )
                        # "troops fired on the march", "dispararon contra la marcha", "shot
                        # three marchers": the noun is the protest, whoever acted on it
                        and word != "marchers"
                        and not re.search(r"\b(?:the|a|an|la|una|esa|this|that)\s+$", before)
                    )
                )
            ):
                continue  # "they marched them to the square", "los marcharon": a forced march
            if t == "mass_grave_discovery" and word.startswith(("restos de", "remains of")):
                if not re.search(r"fosa|grave|exhum|hall|found|recuper|forens|perit", seg):
                    continue
            out.append((a, b, t))
        return out

    def _event_dates(self, s: Sentence, triggers: list[tuple[int, int, str]]) -> list[DateMention]:
        ds = [d for d in self.dates if s.start <= d.start < s.end and d.value]
        if ds and _ANNIVERSARY_FRAME.search(self.folded[s.start : s.end]):
            # "Relatives gathered on Sunday ... thirty years ago", "A diez años de la masacre,
            # familias reclamaron este lunes": the day of the remembrance is not the event's
            ds = [
                d
                for d in ds
                if (d.explicit_year and not d.relative)
                or _ANNIVERSARY_FRAME.search(self.folded[d.start : d.end])
            ]
        if not ds:
            return []
        # dates nearer a legal trigger than an event trigger belong to the legal fact
        legal: list[tuple[int, int]] = []
        seg = self.folded[s.start : s.end]
        for pattern, _t in LEGAL_TRIGGER_RE:
            for m in pattern.finditer(seg):
                if not self._in_proper_name(s.start + m.start(), s):
                    legal.append((s.start + m.start(), s.start + m.end()))
        for m in _ACTION.finditer(seg):
            legal.append((s.start + m.start(), s.start + m.end()))
        for m in _PROCEDURE.finditer(seg):
            legal.append((s.start + m.start(), s.start + m.end()))
        for m in _RULING_WORD.finditer(seg):
            legal.append((s.start + m.start(), s.start + m.end()))
        reports = [(s.start + m.start(), s.start + m.end()) for m in _REPORT_THAT.finditer(seg)]
        for a, b, t in triggers:
            if t == "arrest":
                legal.append((a, b))
        violent = [(a, b) for a, b, t in triggers if t != "arrest"]
        # the event told as the object of a ruling, an arrest or a gathering ("convicted ... for
        # the killing of", "gathered ... in memory of the massacre"): the dates written before
        # it belong to that action
        first_ref = None
        for a, _b in violent:
            if any(x1 <= a for _x0, x1 in legal) and _REFERENCED.search(
                self.folded[max(s.start, a - 30) : a]
            ):
                first_ref = a if first_ref is None else min(first_ref, a)
        # "On 6 May 2022, thirty years after ... killed": the opening date is the story's time
        since = [d for d in ds if _YEARS_AFTER.search(self.folded[d.start : d.end])]
        keep = []
        for d in ds:
            if _REPORT_OF.search(self.folded[max(s.start, d.start - 30) : d.start]):
                continue  # "en su informe de 1992", "in its report of 1992": the report's year
            if (
                first_ref is not None
                and d.end <= first_ref
                and all(b <= d.start for _a, b in violent if _a < first_ref)
            ):
                continue
            if any(x.start > d.start for x in since) and d not in since:
                continue
            if any(
                d.end <= r0
                and all(r1 <= a for a, _b, _t in triggers if a > d.end)
                and any(a >= r1 for a, _b, _t in triggers)
                and not any(d.end <= a < r0 for a, _b, _t in triggers)
                for r0, r1 in reports
            ):
                continue  # "In 2001 a report concluded that the state had disappeared hundreds"
            ev = min(self._gap(d.start, d.end, a, b) for a, b, _ in triggers)
            lg = min((self._gap(d.start, d.end, a, b) for a, b in legal), default=10**9)
            if ev <= lg:
                keep.append(d)
        return keep

    def _places_in(self, s: Sentence) -> list[Match]:
        return [p for p in self.place_matches if s.start <= p.start < s.end]

    def _merge_target(self, events: list[_Event], m: _EventMention) -> _Event | None:
        best: tuple[float, _Event] | None = None
        m_group = self._group(m.types)
        m_places = {p.entry.name for p in m.places}
        m_dates = [d for d in m.dates if d.value]
        for ev in events:
            if self._group(ev.types) != m_group or not _harms_compatible(m.types, ev.types):
                continue
            abuse = {"sexual_violence", "torture_ill_treatment"}
            m_abuse = "sexual_violence" in m.types and m.types <= abuse
            ev_abuse = "sexual_violence" in ev.types and ev.types <= abuse
            if (
                m_abuse
                and ev.types & (_KILL_TYPES | {"massacre"})
                and "sexual_violence" not in ev.types
            ) or (ev_abuse and m.types & _KILL_TYPES):
                continue  # rapes of detainees told apart from a killing are their own event
            if (
                m.types <= {"protest"}
                and ev.types & _LETHAL_TYPES
                and _SEQUEL_START.search(self.folded[m.sentence.start : m.sentence.end])
            ):
                continue  # the protests that followed a killing are not its setting
            score = 0.0
            ev_places = ev.place_names
            m_fine, ev_fine = self._below_country(m_places), self._below_country(ev_places)
            if m.places_inherited:
                m_fine = set()  # the narrative's place is weak evidence of the same event
            if m_fine and ev_fine:
                if self._places_compatible(m_fine, ev_fine):
                    score += 3
                else:
                    continue
            elif m_places and ev_places:
                # a country alone is too coarse to make two mentions one event, but two
                # different countries still keep them apart
                if self._places_compatible(m_places, ev_places):
                    score += 1
                else:
                    continue
            ev_dates = ev.dates()
            m_days = [d for d in m_dates if d.precision == "day"]
            ev_days = [d for d in ev_dates if d.precision == "day"]
            told_days = [
                d for mm in ev.mentions if not mm.report for d in mm.dates if d.precision == "day"
            ]
            toll_later = (
                bool(m_days and ev_days)
                and not any(self._dates_match(a, b) for a in m_days for b in ev_days)
                and (
                    (not told_days and bool(m.types & (_KILL_TYPES | {"killing"})))
                    or (
                        m.report
                        and not m.inherited
                        and any(0 < self._days_apart(a, b) <= 7 for a in m_days for b in ev_days)
                    )
                )
                and min(abs(self._days_apart(a, b)) for a in m_days for b in ev_days) <= 7
            )
            if toll_later:
                # "By Wednesday its count had risen to 108", "the next day officials spoke of
                # 16 killed": a toll counted within a week of the event is told of that event
                score += 2.5
            elif (
                m_days
                and ev_days
                and not any(self._dates_match(a, b) for a in m_days for b in ev_days)
            ):
                # two days told: a year both share does not make them one, unless the later
                # sentence reports the event ("Al día siguiente el gobierno dijo que había 26
                # muertos")
                if not _SAID.search(self.folded, m.sentence.start, m.sentence.end):
                    continue
            if (
                ev_days
                and not m_days
                and len({d.year for d in m_dates}) > 1
                and {d.year for d in ev_dates} < {d.year for d in m_dates}
            ):
                # "the operations of 1987 and 1988, in which some 180,000 died": a span of
                # years is a longer story than the day of the event it shares a year with
                continue
            if m_dates and ev_dates and not toll_later:
                if any(self._dates_match(a, b) for a in m_dates for b in ev_dates):
                    score += 3
                elif any(a.year == b.year for a in m_dates for b in ev_dates):
                    if any(a.precision == "day" for a in m_dates) and any(
                        b.precision == "day" for b in ev_dates
                    ):
                        continue
                    if all(a.month for a in m_dates) and all(b.month for b in ev_dates):
                        # "in June … on 23 July": two months told are two events, as two days
                        continue
                    score += 1
                else:
                    continue
            last = ev.mentions[-1].sentence
            same_para = last.paragraph == m.sentence.paragraph
            if same_para and m.sentence.index - last.index <= 2:
                score += 2
            elif not m_places and not m_dates and m.sentence.index - last.index <= 1:
                score += 1.5
            if score >= 2 and (best is None or score > best[0]):
                best = (score, ev)
        return best[1] if best else None

    @staticmethod
    def _group(types: set[str]) -> str:
        groups = {EVENT_GROUP.get(t, "violence") for t in types}
        for g in ("discovery", "coup", "campaign", "displacement"):
            if g in groups:
                return g
        if groups == {"trial"}:
            return "trial"
        return "violence"

    def _below_country(self, names: set[str]) -> set[str]:
        out = set()
        for name in names:
            entry = self.ex.places.by_name.get(name)
            if entry is None or entry.kind != "country":
                out.add(name)
        return out

    def _places_compatible(self, a: set[str], b: set[str]) -> bool:
        for x in a:
            for y in b:
                if x == y:
                    return True
                if y in self.ex.places.ancestors(x) or x in self.ex.places.ancestors(y):
                    return True
        return False

    @staticmethod
    def _days_apart(a: DateMention, b: DateMention) -> int:
        try:
            return (
                date(a.year or 1, a.month or 1, a.day or 1)
                - date(b.year or 1, b.month or 1, b.day or 1)
            ).days
        except ValueError:
            return 10**6

    @staticmethod
    def _dates_match(a: DateMention, b: DateMention) -> bool:
        if a.year != b.year:
            return False
        if a.precision == "day" and b.precision == "day":
            return a.value == b.value
        if (
            a.month
            and b.month
            and a.precision in ("day", "month")
            and b.precision in ("day", "month")
        ):
            return a.month == b.month
        return True

    def _can_start_event(self, m: _EventMention) -> bool:
        strong = m.types & {"massacre", "coup", "mass_grave_discovery", "campaign", "protest"}
        has_anchor = bool(m.dates or m.places or [c for c in m.counts if not c.subset])
        if m.types <= {"arrest"} and not m.dates:
            return False
        if m.types <= {"killing", "arrest", "threat_harassment", "raid_search", "injury"} and not (
            m.dates or [c for c in m.counts if not c.subset]
        ):
            return False
        if m.types == {"mass_grave_discovery"} and not (m.dates or m.places):
            return False
        words = [self.folded[a:b] for a, b in m.trigger_spans]
        if (
            m.types <= {"killing"}
            and m.inherited
            and not [c for c in m.counts if not c.subset]
            and all(self._NATURAL_DEATH.fullmatch(w) for w in words)
        ):
            return False  # "mi madre los buscó hasta el día en que murió"
        return bool(has_anchor or (strong and (m.dates or m.places)))

    def _keep_event(self, e: _Event) -> bool:
        types = e.types
        if types <= {"protest_repression", "injury"}:
            return False
        if types <= {"armed_clash", "threat_harassment", "raid_search"} and not e.dates():
            return False
        return True

    _NATURAL_DEATH = re.compile(r"\b(?:died|death|murio|fallecio|muerte|fallecimiento)\b")
    _CUSTODY = re.compile(
        r"\b(?:custody|prison|jail|cell|detention|custodia|prision|carcel|penal|reclusion|"
        r"celda|detenido|recluido)\b"
    )

    # "the repression", "la represión", "the crackdown": a regime's violence in general, which
    # makes a protest's repression only where a protest is told
    _GENERIC_REPRESSION = re.compile(r"repres\w*|reprim\w*|crackdown")

    def _event_type(self, e: _Event, counts: dict[str, dict[str, Any]]) -> str:
        types = set(e.types)
        if self._group(types) == "displacement":
            # "Tras la masacre, 1.400 personas huyeron": the massacre named is the one it
            # follows, already an event of its own
            return "forced_displacement"
        if "protest_repression" in types:
            spans = [(a, b) for m in e.mentions for a, b in m.trigger_spans]
            repression = [
                (a, b)
                for a, b in spans
                if any(p.fullmatch(self.folded[a:b]) for p in _REPRESSION_TRIGGERS)
            ]
            # "without any warning to disperse", "could have dispersed the crowd", "to mark
            # the anniversary of the crackdown": a repression not done, or remembered
            real = [(a, b) for a, b in repression if not self._unreal_repression(a)]
            if repression and not real:
                types.discard("protest_repression")
            elif (
                real
                and "protest" not in types
                and all(self._GENERIC_REPRESSION.fullmatch(self.folded[a:b]) for a, b in real)
            ):
                types.discard("protest_repression")
        if "massacre" in types:
            named = [
                a
                for m in e.mentions
                if "massacre" in m.types
                for a, b in m.trigger_spans
                if self._trigger_type(a, b) == "massacre"
            ]
            if named and all(
                self._TIME_FROM_EVENT.search(self.folded[max(0, a - 30) : a])
                or self._PROTESTED_EVENT.search(self.folded[max(0, a - 40) : a])
                for a in named
            ):
                # "ten people had been killed in the week before the massacre", "twenty-one
                # years after the massacre": the massacre a time is counted from is another event;
                # so is the one a protest is about ("huelguistas que protestaban por la matanza",
                # "a rally against the massacre")
                types.discard("massacre")
        killed = counts.get("killed", {})
        # "as many as 20,000 were killed": with only a bound, the bound tells the scale
        k = killed.get("best") or killed.get("low") or killed.get("high") or 0
        text = " ".join(self.folded[m.sentence.start : m.sentence.end] for m in e.mentions)
        if "killing" in types or "extrajudicial_killing" in types:
            kill_words = self._kill_words(e)
            natural = (
                bool(kill_words)
                and all(self._DIED.search(w) or WEAK_KILL.match(w) for w in kill_words)
                and not (types & {"massacre"})
            )
            # thousands killed tell a campaign, unless every date of the event is one day
            # ("on 16 March 1988 aircraft bombed the town … killed an estimated 5,000")
            ds = e.dates()
            one_day = bool(ds) and all(d.precision == "day" for d in ds)
            if "campaign" in types or (
                (killed.get("best") or killed.get("low") or 0) >= 5000 and not one_day
            ):
                return "campaign"
            if (
                kill_words
                and all(self._BODIES.fullmatch(w) for w in kill_words)
                and self._GRAVE.search(text)
                and not types & {"massacre"}
            ):
                # "347 bodies had been buried in a single grave", "los restos de 40 personas
                # enterrados en una fosa": the dead found in a grave, with no killing told, are
                # the grave's discovery (the killing, told elsewhere, is an event of its own)
                return "mass_grave_discovery"
            elif types & _PROTEST_TYPES and (k or self._killed_at_protest(e)):
                types.add("protest_killing")
            elif "massacre" not in types and (_BOTH_SIDES.search(text) or _RETAKE.search(text)):
                return "armed_clash"
            elif (
                "armed_clash" in types
                and "massacre" not in types
                and (
                    not any("killing" in m.types and not m.report for m in e.mentions)
                    or any(
                        "armed_clash" in m.types and not self._claimed_clash(m) for m in e.mentions
                    )
                )
            ):
                # an official version given with a later toll ("the next day statements spoke
                # of 16 killed in a firefight") or alone ("El gobierno dijo que había sido un
                # enfrentamiento") does not make the killing told a clash
                # "soldiers executed at least 12 of the 22 killed in what the army called a
                # clash": the text's own word for the killing wins over the official version
                if re.search(r"\b(?:execut\w*|ejecut\w*|ejecucion\w*|fusil\w+)", text):
                    return "extrajudicial_killing"
                return "armed_clash"
            elif (
                natural and self._CUSTODY.search(text) and (k <= 1 or self._PRISONERS.search(text))
            ):
                # "He died on 22 October in the prison ward", "murieron 81 presos en el
                # incendio de la cárcel": people who died while held, however many
                return "death_in_custody"
            elif k >= 5 or "massacre" in types:
                types.add("massacre")
            else:
                types.add("extrajudicial_killing")
        # a killing the text itself calls a massacre ("matanza", "massacre") stays one even at
        # a rally: the word is the text's coding, as for Tlatelolco or Panzós
        if "protest" in types and "protest_repression" in types and "protest_killing" not in types:
            return "protest_repression"
        if types <= self._ARREST_TYPES and all(m.apart for m in e.mentions):
            # an arrest told apart by what became of its people: tried or sentenced is an
            # arrest, released or held without charge an arbitrary detention
            if any(m.apart == "legal" for m in e.mentions):
                return "arrest"
            return "arbitrary_detention"
        for t in EVENT_PRIORITY:
            if t in types:
                if t in ("abduction", *self._ARREST_TYPES) and self._fate_unknown(e):
                    # "se llevaron a otros diecisiete … A ninguno lo volvimos a ver", "X was
                    # one of those who never came back. Soldiers arrested him on …": people
                    # taken whose fate is hidden are the disappeared
                    return "enforced_disappearance"
                if t in ("arrest", "arbitrary_arrest") and self._detention_of_victims(e, counts):
                    return "arbitrary_detention"
                if t == "abduction" and self._taken_by_the_state(e):
                    return "enforced_disappearance"
                return t
        return "other"

    # the fate of people taken, told as unknown: "a ninguno lo volvimos a ver", "tampoco de
    # ellos hubo noticia", "uno de los que no volvieron", "we never found him", "never came
    # back", "their whereabouts remain unknown"
    _FATE_UNKNOWN = re.compile(
        r"\b(?:(?:a\s+ningun[oa]s?|nunca(?:\s+mas)?|no|jamas)\s+(?:lo|la|los|las|le|les)\s+"
        r"(?:volv\w+|hemos\s+vuelto|han\s+vuelto|ha\s+vuelto)\s+a\s+ver|"
        r"(?:de\s+(?:el|ella|ellos|ellas)\s+)?(?:no|nunca|tampoco)\s+(?:\w+\s+)?hubo\s+"
        r"(?:mas\s+)?noticias?|no\s+hubo\s+(?:mas\s+)?noticias?\s+de|"
        r"(?:no|nunca)\s+(?:mas\s+)?(?:se\s+)?(?:supo|sabe|ha\s+sabido)\s+(?:nada\s+)?(?:mas\s+)?de|"
        r"(?:los|las)\s+que\s+(?:no|nunca)\s+(?:volvieron|regresaron|aparecieron)|"
        r"(?:no|nunca)\s+(?:mas\s+)?(?:volvieron|regresaron|volvio|regreso|aparecio|aparecieron)"
        r"(?=\s*(?:[.,;]|$|con\s+vida|a\s+(?:casa|su\s+casa|sus\s+casas)))|"
        r"paradero\s+(?:sigue\s+siendo\s+|es\s+)?desconocido|"
        r"(?:never|not)\s+(?:been\s+)?(?:seen|heard\s+(?:from|of))\s+(?:again|since)|"
        r"never\s+(?:saw|found|heard\s+from)\s+(?:him|her|them)(?:\s+again)?|"
        r"never\s+(?:came\s+back|returned|reappeared|resurfaced)|"
        r"(?:whereabouts|fate)\s+(?:remains?|is|are|was|were)\s+(?:still\s+)?unknown)\b"
    )

    def _fate_unknown(self, e: _Event) -> bool:
        """People taken whose fate the text tells as unknown, in the sentences of the taking or
        the one just before or after it in the same paragraph, and taken by no armed group."""
        if any(m.apart for m in e.mentions):
            return False
        if "armed_opposition" in {o.entry.kind for m in e.mentions for o in m.orgs}:
            return False
        text = " ".join(self.folded[m.sentence.start : m.sentence.end] for m in e.mentions)
        if self._ACCUSED.search(text):
            return False  # a suspect or convict caught ("y no volvió. Lo detuvieron …")
        idx = {m.sentence.index for m in e.mentions}
        for i in idx:
            for j in (i - 1, i, i + 1):
                if (
                    not 0 <= j < len(self.sents)
                    or self.sents[j].paragraph != self.sents[i].paragraph
                ):
                    continue
                s = self.sents[j]
                for f in self._FATE_UNKNOWN.finditer(self.folded, s.start, s.end):
                    # before the taking only "uno de los que no volvieron": the set of the
                    # people whose story follows
                    if j >= i or f.group().startswith(("los ", "las ")):
                        return True
        return False

    _BODIES = re.compile(
        r"(?:bodies|corpses|remains|cuerpos|cadaveres|restos|osamentas|skeletons|esqueletos)"
    )
    _GRAVE = re.compile(
        r"\b(?:graves?|burial|buried|mass\s+grave|fosas?|enterrad[oa]s|sepultad[oa]s|"
        r"inhumad[oa]s|cementerio|cemetery|exhum\w+)\b"
    )
    # a massacre named as what a protest is about: "protestaban por la matanza", "a rally
    # against the massacre", "marcharon en repudio de la masacre"
    _PROTESTED_EVENT = re.compile(
        r"\b(?:protest\w*|march(?:ed|ing|es)?|rall(?:y|ied|ies)|demonstrat\w*|marcha\w*|"
        r"manifesta\w*|repudi\w*)\s+(?:(?:against|over|about|por|contra|"
        r"en\s+contra\s+de|en\s+repudio\s+(?:a|de)|a)\s+)?(?:the|la|el|los|las|aquella|esa)\s+$"
    )

    # a repression word told as not done or only possible ("without any warning to disperse",
    # "could have dispersed the crowd", "sin orden de dispersarse", "pudo haber disuelto"), or
    # as what a gathering remembers ("the anniversary of the crackdown", "aniversario de la
    # represión")
    _UNREAL_BEFORE = re.compile(
        r"\b(?:without(?:\s+(?:any|a|an|prior))?(?:\s+\w+){0,2}\s+to|"
        r"(?:could|would|might|should|can|may)(?:\s+not|n't)?\s+(?:have\s+)?|"
        r"instead\s+of|rather\s+than|sin(?:\s+\w+){0,3}\s+(?:de|para)|"
        r"(?:podria|podrian|pudo|pudieron|habria|habrian|hubiera|hubieran)(?:\s+haber)?|"
        r"en\s+(?:lugar|vez)\s+de|(?:anniversary|aniversario|memory|memoria|commemorat\w*|"
        r"conmemora\w*|recuerdo)\s+(?:of|de)(?:\s+(?:the|la|el|los|las|del))?(?:\s+[\w'-]+){0,4})"
        r"\s*$"
    )

    def _unreal_repression(self, a: int) -> bool:
        s = self.sents[self.sentence_at(a)]
        return bool(self._UNREAL_BEFORE.search(self.folded[max(s.start, a - 60) : a]))

    _TIME_FROM_EVENT = re.compile(
        r"\b(?:before|after|since|until|following|antes\s+de|despues\s+de|luego\s+de|desde|"
        r"hasta|tras)\s+(?:the|la|el|aquella|esa|esta)\s+$"
    )

    def _trigger_type(self, a: int, b: int) -> str | None:
        word = self.folded[a:b]
        return next((t for p, t in EVENT_TRIGGER_RE if p.fullmatch(word)), None)

    # a death told without a killer: "died", "murieron", "fallecieron", "perished"
    _DIED = re.compile(
        r"\b(?:died|death|deaths|perished|murio|murieron|fallecio|fallecieron|perecio|"
        r"perecieron|muerte|muertes|fallecimiento)\b"
    )
    _PRISONERS = re.compile(
        r"\b(?:prisoners|inmates|detainees|convicts|presos|reos|reclusos|internos|"
        r"privados\s+de\s+(?:la\s+)?libertad)\b"
    )

    def _kill_words(self, e: _Event) -> list[str]:
        """The words that tell the event's killing, leaving out those of a sentence about a
        ruling or a trial ("Tedesco was cleared of the killing", "condenados por el homicidio")
        when the killing is also told elsewhere: a court names the crime, not how death came."""
        told: list[str] = []
        named: list[str] = []
        for m in e.mentions:
            legal = bool(self._legal_positions(m.sentence))
            for a, b in m.trigger_spans:
                if self._trigger_type(a, b) in _KILL_TYPES:
                    (named if legal else told).append(self.folded[a:b])
        return told or named

    def _killed_at_protest(self, e: _Event) -> bool:
        """A killing told in the very sentence that tells the protest or its repression ("a
        crowd marched to demand their release; a picket fired on it and several protesters
        were killed", "en la marcha la policía mató a dos estudiantes"): the worst harm of the
        protest, whether or not a figure is given. A killing only told near a march is not."""
        return any(
            m.types & _PROTEST_TYPES
            and m.types & _KILL_TYPES
            and not m.report
            and not m.recall
            and not self._PROTEST_AFTER.search(self.folded, m.sentence.start, m.sentence.end)
            # "un piquete de carabineros los mató": a firing party, not a picket line
            and any(
                self._trigger_type(a, b) in _PROTEST_TYPES
                and not re.match(r"(?:piquetes?|pickets?)\b", self.folded[a:b])
                for a, b in m.trigger_spans
            )
            for m in e.mentions
        )

    # a protest the killing set off ("the killing set off protests", "su muerte desató
    # marchas", "in the days that followed"): a later event, not the killing's setting
    _PROTEST_AFTER = re.compile(
        r"\b(?:set\s+off|sparked|triggered|prompted|provoked|led\s+to|unleashed|"
        r"gave\s+rise\s+to|in\s+the\s+(?:days|weeks|months)\s+(?:that\s+)?(?:followed|after)|"
        r"desato|desataron|provoco|provocaron|genero|motivo|dio\s+lugar\s+a|"
        r"en\s+los\s+(?:dias|meses|semanas)\s+(?:siguientes|posteriores))\b"
    )

    def _claimed_clash(self, m: _EventMention) -> bool:
        """A clash that is someone's version: a toll report, or a clash alone in a sentence
        that attributes it ("the army said", "dijo que había sido un enfrentamiento")."""
        if m.report:
            return True
        clash = [(a, b) for a, b in m.trigger_spans if self._trigger_type(a, b) == "armed_clash"]
        if clash and all(self._staged_clash(a, b) for a, b in clash):
            return True
        return m.types <= {"armed_clash"} and bool(
            _SAID.search(self.folded, m.sentence.start, m.sentence.end)
        )

    # a clash named as a pretence ("para que pareciera un combate", "to make it look like a
    # shootout", "un supuesto enfrentamiento", "a so-called firefight", "staged a clash") or
    # in quotation marks, the writer's way of disowning a word
    _STAGED_BEFORE = re.compile(
        r"\b(?:(?:para\s+que|como\s+si)\s+(?:pareciera|parecieran|fuera|hubiera\s+sido)|"
        r"(?:simular|simularon|simulando|fingir|fingieron|montar|montaron|escenificar\w*)|"
        r"(?:make|made|makes)\s+it\s+(?:look|appear|seem)\s+(?:like|as\s+if)|"
        r"(?:look|looked|appear|appeared|seem|seemed)\s+like|"
        r"(?:stage|staged|stages|fake|faked|simulated|mock|alleged|so-called|supposed|"
        r"presunto|presuntos|supuesto|supuestos|falso|falsos|fingido|simulado|llamado|"
        r"pretended)|(?:pretexto|pretext)\s+(?:de|of))"
        r"(?:\s+(?:un|una|el|la|a|an|the|de))?\s*$"
    )

    def _staged_clash(self, a: int, b: int) -> bool:
        s = self.sents[self.sentence_at(a)]
        before = self.folded[max(s.start, a - 40) : a]
        if self._STAGED_BEFORE.search(before):
            return True
        quote_open = self.text[max(s.start, a - 2) : a]
        quote_close = self.text[b : b + 2]
        return bool(
            re.search(r"[\"“«'‘]\s*$", quote_open) and re.match(r"\s*[\"”»'’]", quote_close)
        )

    def _taken_by_the_state(self, e: _Event) -> bool:
        """People taken by soldiers, police or agents (and by no armed group): what the codings
        call an enforced disappearance, whether or not the text says they never came back."""
        kinds = {o.entry.kind for m in e.mentions for o in m.orgs}
        if "armed_opposition" in kinds:
            return False
        if kinds & (_STATE_KINDS - {"armed_opposition"}):
            return True
        text = " ".join(self.folded[m.sentence.start : m.sentence.end] for m in e.mentions)
        return bool(self._DETAINING_FORCE.search(text))

    _DETAINING_FORCE = re.compile(
        r"\b(?:soldiers|troops|police(?:men)?|army|military|marines|agents|security\s+forces|"
        r"soldados|tropas|policias?|policiales|ejercito|militares|marinos|agentes|patrullas?|"
        r"fuerzas\s+de\s+seguridad|carabineros|gendarmes|gendarmeria|guardias\s+nacionales|"
        r"guardsmen|gendarmes)\b"
    )
    _ACCUSED = re.compile(
        r"\b(?:accused|suspects?|suspected|fugitive|wanted|warrant|extradit\w*|former|ex-|"
        r"acusad[oa]s?|sospechos[oa]s?|procesad[oa]s?|profug[oa]s?|orden\s+de\s+captura|"
        r"extradi\w*|exjefe|excomandante|exmilitar\w*|expresidente|convicted|condenad[oa]s?|"
        # a man named as one of those behind the crime: "one of those mainly responsible", "el
        # jefe de la banda", "señalado como uno de los responsables"
        r"responsible|responsables?|ringleaders?|cabecillas?|(?<=')s\s+chief|"
        r"chief\s+of|jefe\s+de\s+(?:la|los|del)\s+(?:banda|cartel|grupo|celula|plaza))"
    )

    def _detention_of_victims(self, e: _Event, counts: dict[str, dict[str, Any]]) -> bool:
        """An arrest told of people held by the forces ("soldiers detained her at a
        checkpoint", "hundreds of people were detained") rather than of a suspect or a convict
        taken for trial ("Berenson was arrested", "fue capturado"): an arbitrary detention."""
        text = " ".join(self.folded[m.sentence.start : m.sentence.end] for m in e.mentions)
        if self._ACCUSED.search(text):
            return False
        detained = counts.get("detained", {})
        if detained.get("best") or detained.get("low") or detained.get("high"):
            return True
        return bool(self._DETAINING_FORCE.search(text))

    def _through_next(self, s: Sentence) -> int:
        """Where the sentence after ``s`` ends, if it is in the same paragraph (else ``s``'s)."""
        if s.index + 1 < len(self.sents) and self.sents[s.index + 1].paragraph == s.paragraph:
            return self.sents[s.index + 1].end
        return s.end

    def _story(self, events: list[_Event], ev_out: list[Suggestion], legal: list[_Legal]) -> None:
        """Undo "background" for the events the text is about, however old.

        The event told in most sentences (two or more) is the story; events of the same year as
        the story belong to it. When every event is still background and the text is a
        first-person account or reports a ruling on a crime made now, the most told crime is
        its story.
        """
        if not ev_out:
            return
        told = [
            (len(e.mentions), -k)
            for k, e in enumerate(events)
            if not all(m.recall for m in e.mentions)
        ]
        if told:
            n, k = max(told)
            top = ev_out[-k]
            if n >= 2:
                top.fields["background"] = False
            year = (top.fields.get("date") or {}).get("value", "")[:4]
            if not top.fields["background"] and year:
                for e, sg in zip(events, ev_out, strict=True):
                    same = ((sg.fields.get("date") or {}).get("value") or "")[:4] == year
                    if same and not all(m.recall for m in e.mentions):
                        sg.fields["background"] = False
        if not all(sg.fields["background"] for sg in ev_out):
            return
        first_person = (
            len(
                re.findall(
                    r"\b(?:i|my|we|our|us|yo|mi|mis|nos|nosotros|nosotras|nuestro|nuestra)\b",
                    self.folded,
                )
            )
            >= 4
        )
        ref = self.published.year if self.published else self._max_year()
        ruling_now = any(
            f.type in ("conviction", "acquittal")
            and (f.date is None or f.date.year is None or ref is None or f.date.year >= ref - 1)
            for f in legal
        )
        if not (first_person or ruling_now):
            return
        crimes = [
            (len(e.mentions), -k, sg)
            for k, (e, sg) in enumerate(zip(events, ev_out, strict=True))
            if sg.fields["type"] in _STORY_TYPES and not all(m.recall for m in e.mentions)
        ]
        if crimes:
            max(crimes, key=lambda x: (x[0], x[1]))[2].fields["background"] = False

    def _event_suggestion(self, e: _Event) -> Suggestion:
        counts, count_spans = self._resolve_counts(e)
        etype = self._event_type(e, counts)
        taken = counts.pop("abducted", None)
        if taken is not None and etype == "enforced_disappearance":
            # "se llevaron a nueve ... nunca más se supo de ellos": the people taken are the
            # disappeared
            counts.setdefault("disappeared", taken)
        written = bool(counts)
        had_killed = "killed" in counts
        identified = self._count_people(e, etype, counts)
        if etype in _KILL_TYPES and not had_killed and "killed" in counts:
            # "retiraron de la cárcel a 26 prisioneros … y los fusilaron": the dead counted
            # from the people the killing points back to weigh on the five-dead line as a
            # written figure does
            if etype == "extrajudicial_killing" and self._event_type(e, counts) == "massacre":
                etype = "massacre"
        for cat, types, cue in _ONE_VICTIM:
            if etype in types and cat not in counts:
                hit = next(
                    (
                        x
                        for m in e.mentions
                        if (x := cue.search(self.folded, m.sentence.start, m.sentence.end))
                    ),
                    None,
                )
                if hit is not None:
                    # "fue asesinada", "he died in his cell", "nunca más se supo de él": a harm
                    # told of one person, whether or not the name is found
                    counts[cat] = {
                        "best": 1,
                        "low": None,
                        "high": None,
                        "text": self.text[hit.start() : hit.end()],
                    }
        date_field = self._event_date(e)
        place = self._event_place(e)
        background = self._background(e, date_field)
        perps = []
        for m in e.mentions:
            for o in m.orgs:
                if o.entry.kind in _STATE_KINDS and o.entry.name not in perps:
                    perps.append(o.entry.name)
        victims = []
        for m in e.mentions:
            for pm in self.person_mentions:
                if m.sentence.start <= pm.start < m.sentence.end:
                    p = self.persons[pm.person]
                    if "victim" in p.roles and p.name not in victims:
                        victims.append(p.name)
        for ms in identified.values():
            for pm in ms:
                person = self.persons[pm.person]
                if person.name not in victims:
                    victims.append(person.name)
                # a person the event's count is made of was harmed by it; not the court's people
                if not {"judge", "prosecutor", "lawyer"} & set(person.roles):
                    person.add_role("victim", 0.65)
        fields: dict[str, Any] = {
            "type": etype,
            "date": date_field,
            "place": {"name": place} if place else None,
            "counts": counts,
            "background": background,
            "perpetrators": perps,
            "victims": victims,
        }
        # a written figure is surer than a count of the people named
        conf = 0.45 + 0.1 * bool(date_field) + 0.1 * bool(place)
        conf += 0.1 if written else 0.05 if counts else 0.0
        conf += 0.05 * min(len(e.mentions) - 1, 2)
        spans = [Span(m.sentence.start, m.sentence.end) for m in e.mentions]
        return Suggestion("event", fields, spans, round(min(conf, 0.9), 2))

    def _secondary_harms(self, e: _Event, main: Suggestion) -> list[Suggestion]:
        """Harms told within another event's story that coders record as events of their own:
        the torture of those later killed, rapes before a massacre, the flight of survivors,
        houses burned. Each is proposed beside the main event, from its own sentences."""
        out: list[Suggestion] = []
        for harm in _SECONDARY_HARMS:
            if harm == main.fields["type"]:
                continue
            if harm == "arbitrary_detention" and main.fields["type"] == "arrest":
                continue  # the people held are those of the arrest itself
            # a harm named in a ruling's sentence is what the ruling was for, not a new story
            # "arbitrarily detained 34 people" is the codings' arbitrary detention
            words = {harm, "arbitrary_arrest"} if harm == "arbitrary_detention" else {harm}
            ms = [
                m
                for m in e.mentions
                if (words & m.types or (harm == "arbitrary_detention" and self._held_many(m)))
                and not self._ruling_positions(m.sentence)
            ]
            if not ms:
                continue
            own = [d for m in ms for d in m.dates if d.value and not m.inherited]
            date_field = own[0].to_field() if own else main.fields["date"]
            fields: dict[str, Any] = {
                "type": harm,
                "date": date_field,
                "place": main.fields["place"],
                "counts": self._harm_counts(harm, ms),
                "background": main.fields["background"],
                "perpetrators": list(main.fields["perpetrators"]),
                "victims": [],
            }
            spans = [Span(m.sentence.start, m.sentence.end) for m in ms]
            out.append(
                Suggestion("event", fields, spans, round(max(main.confidence - 0.15, 0.3), 2))
            )
        return out

    def _held_many(self, m: _EventMention) -> bool:
        """An arrest told with a figure of people held and no suspect ("hundreds of people were
        detained", "detuvieron a 40 pobladores"): the forces holding people, not a trial's."""
        if "arrest" not in m.types:
            return False
        if self._ACCUSED.search(self.folded[m.sentence.start : m.sentence.end]):
            return False
        return any(c.category == "detained" and not c.subset for c in m.counts)

    def _event_date(self, e: _Event) -> dict[str, str] | None:
        ds = e.dates()
        # the day a toll was counted dates the event only when nothing else does
        # (a toll dated only by the narrative around it is told on the event's own day)
        told = [d for m in e.mentions if not m.report or m.inherited for d in m.dates if d.value]
        if told:
            ds = told
        if not ds:
            return None
        rank = {"day": 0, "month": 1, "year": 2, "decade": 3}
        # the most precise date, earliest in the text among equals
        best = min(ds, key=lambda d: (rank.get(d.precision, 4), d.start))
        # a precise date must agree with the year the text states elsewhere for this event
        return best.to_field()

    def _event_place(self, e: _Event) -> str | None:
        places = [p for m in e.mentions for p in m.places]
        if not places:
            return None
        best = min(places, key=lambda p: (_PLACE_RANK.get(p.entry.kind, 6), p.start))
        return best.surface if best.entry.kind == "site" else best.entry.name

    def _background(self, e: _Event, date_field: dict[str, str] | None) -> bool:
        first = e.mentions[0].sentence
        in_lead = first.paragraph <= self._lead_paragraph() and first.index <= self._lead_index()
        recall = all(m.recall for m in e.mentions)
        ref = self.published.year if self.published else self._max_year()
        if date_field is None or ref is None:
            return recall and not in_lead
        year = int(date_field["value"][:4])
        old = year <= ref - self.ex.background_years
        if not old:
            return False
        if in_lead and not recall:
            return False
        return True

    def _lead_index(self) -> int:
        # the lead: the first two sentences with a verb-ish length after any headline/dateline
        count = 0
        for s in self.sents:
            if len(s.text.split()) >= 8:
                count += 1
                if count == 2:
                    return s.index
        return len(self.sents)

    def _lead_paragraph(self) -> int:
        for s in self.sents:
            if len(s.text.split()) >= 8:
                return s.paragraph
        return 0

    def _max_year(self) -> int | None:
        years = [d.year for d in self.dates if d.year is not None and d.explicit_year]
        return max(years) if years else None

    # -- legal ----------------------------------------------------------------------------------
    _SENTENCING = ("conviction", "sentence_reaffirmed", "sentence_modified")
    _RECEIVED_TERM = re.compile(r"(?:received|receive|recibi(?:o|eron)|recibe)\s")
