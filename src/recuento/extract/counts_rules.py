"""Counts of events: killed, wounded, disappeared and detained, from figures, lists and names.

A mixin of the rule-based extractor's document reader (`rules._Document`): it reads the figures
of each sentence, decides what each counts, attaches figures told later to the event they belong
to, resolves conflicting figures into ranges, and counts victims the text names one by one.
"""

from __future__ import annotations

import re
from typing import Any

from recuento.extract.event_parts import (
    _ACCUSED,
    _KILL_TYPES,
    _Count,
    _Event,
    _EventMention,
    _figure,
)
from recuento.extract.lexicon import (
    AGGREGATE,
    ATTRIBUTION,
    COUNT_WORD_RE,
    PERSON_ITEM_RE,
    PERSON_NOUN_ONE,
    PERSON_NOUN_RE,
    PERSON_NOUNS,
    REPORTED_FIGURE,
    SUBSET_AFTER,
    SUBSET_BEFORE,
    TOTAL_CUE,
)
from recuento.extract.model import Span
from recuento.extract.numbers import (
    UNIT_WORDS,
    Quantity,
)
from recuento.extract.persons import PersonMention
from recuento.extract.text import Sentence, fold_keep

# a source holding that the true toll is higher than the figure given
_HIGHER_TOLL = re.compile(
    r"\b(?:real|true|actual|verdader[oa])\s+(?:number|toll|figure|count|cifra|numero|balance)\b"
    r"[^.;]{0,40}\b(?:higher|greater|larger|mayor|superior|mas\s+alt[oa])|"
    r"\b(?:several|many|far|much)\s+(?:times\s+)?(?:higher|greater|larger)\b|"
    r"\b(?:varias\s+veces|muy|mucho)\s+(?:mayor|superior)\b|\bundercount|\bsubregistro"
)

# Victims a text identifies one by one when it gives no figure ("Berta Cáceres was shot dead",
# "se llevaron a Marco Antonio", "the disappearance of an agronomy student, X"): a harm word tied
# to a name. Each category has the words that follow a name after an auxiliary ("X, a witness,
# was killed", "X, que resultó herido"), and the words a name follows ("the murder of X",
# "detuvieron a X", "murieron X y Y").
_ID_AUX = (
    r"(?:was|were|had\s+been|has\s+been|have\s+been|fue|fueron|habia\s+sido|habian\s+sido|"
    r"ha\s+sido|resulto|resultaron|quedo|quedaron)"
)

_ID_AFTER = {
    "killed": r"killed|murdered|shot\s+dead|slain|executed|assassinated|"
    r"(?:beaten|burned|stabbed|tortured|hacked)\s+to\s+death|asesinad[oa]s?|ejecutad[oa]s?|"
    r"fusilad[oa]s?|acribillad[oa]s?|degollad[oa]s?|muert[oa]s?\s+a\s+(?:tiros|balazos|golpes)",
    "wounded": r"wounded|injured|herid[oa]s?|baleado|baleada|lesionad[oa]s?",
    "disappeared": r"disappeared|forcibly\s+disappeared|desaparecid[oa]s?",
    "detained": r"detained|arrested|detenid[oa]s?|arrestad[oa]s?|capturad[oa]s?",
    # taken people are the disappeared of a disappearance
    "abducted": r"abducted|kidnapped|taken\s+away|seized|secuestrad[oa]s?|capturad[oa]s?|"
    r"llevad[oa]s?|sacad[oa]s?|detenid[oa]s?|detained|arrested",
}

# words that need no auxiliary after a name or a relative pronoun: "X, who vanished on May 24"
_ID_INTRANSITIVE = {
    "disappeared": r"vanished|disappeared|desaparecio|has\s+not\s+been\s+seen\s+since",
    # "Letelier, ministro de Allende, murió el 21 de septiembre cuando estalló una bomba"
    "killed": r"(?:murio|died)(?!\s+(?:of|de)\s+(?:a\s+|an\s+|un\s+|una\s+)?(?:natural|cancer|"
    r"heart|old|illness|disease|enfermedad|causas|infarto|paro|covid))",
}

# a Spanish verb may put a place, a time or a manner before its object, which "a" marks: "detuvo
# en Roquetas de Mar, sin orden judicial, a X", "sacaron de su casa en la aldea, al promotor X"
_ES_ADJUNCT = (
    r"(?:,?\s+(?:en|de|desde|sin|durante|frente\s+a|cerca\s+de)\s+[^.;:\d]{1,70}?,?"
    r"(?=\s+al?\s))?"
)

_ID_BEFORE = {
    "killed": r"(?:the\s+)?(?:murder|killing|assassination|execution)\s+of|"
    r"(?:el\s+|del\s+)?(?:asesinato|homicidio|ejecucion(?:\s+extrajudicial)?)\s+(?:de|del)|"
    r"(?:mataron|asesinaron|ejecutaron|fusilaron|mato|asesino|ejecuto|fusilo)"
    r"(?:\s+(?:tambien|ademas))?(?=\s+al?\s)|"
    r"killed|murdered|shot\s+dead|"
    r"murieron|murio|perdio\s+la\s+vida",
    "wounded": r"(?:hirieron|balearon)(?:\s+(?:tambien|ademas))?(?=\s+al?\s)|wounding|"
    r"wounded|injured",
    "disappeared": r"(?:the\s+)?(?:forced\s+)?disappearance\s+of|"
    r"(?:la\s+)?desaparicion(?:\s+forzada)?\s+(?:de|del)|desaparecieron\s+a",
    "detained": r"(?:the\s+)?(?:arrest|detention)\s+of|"
    r"(?:la\s+)?detencion(?:\s+ilegal)?\s+(?:de|del)|"
    r"(?:detuvieron|arrestaron|capturaron|detuvo|arresto|capturo)" + _ES_ADJUNCT + r"\s+al?|"
    r"detained|arrested",
    "abducted": r"(?:the\s+)?(?:abduction|kidnapping)\s+of|(?:el\s+)?secuestro\s+(?:de|del)|"
    r"(?:se\s+llevaron|secuestraron|detuvieron|capturaron|sacaron)" + _ES_ADJUNCT + r"\s+al?|"
    r"abducted|kidnapped|took\s+away|seized",
}

# kin told with a person ("X y su esposa", "killed X and his two sons", "was detained with seven
# members of his family"): people of their own, counted with the person (one for a singular
# kin noun, the figure for a plural one)
_KIN_ONE = (
    r"wife|husband|son|daughter|brother|sister|father|mother|nephew|niece|grandson|"
    r"granddaughter|esposa|esposo|mujer|marido|hijo|hija|hermano|hermana|padre|madre|sobrino|"
    r"sobrina|nieto|nieta|companera|companero|suegro|suegra|yerno|nuera|cunado|cunada"
)
_KIN_MANY = (
    r"sons|daughters|children|brothers|sisters|parents|nephews|nieces|grandchildren|relatives|"
    r"hijos|hijas|hermanos|hermanas|padres|sobrinos|sobrinas|nietos|nietas|familiares|"
    r"(?:members|miembros)\s+(?:of|de)\s+(?:his|her|their|su)\s+(?:family|familia)"
)
_KIN_ITEM = re.compile(
    r"\s*(?:,\s*(?:(?:y|and|e)\s+)?|\s(?:y|and|e)\s+|\s(?:together\s+with|along\s+with|with|"
    r"junto\s+(?:con|a)|con)\s+)(?:a\s+|al\s+|of\s+|de\s+)?"
    r"(?:(?:his|her|their|su|sus)\s+(?:(?P<n1>\d+|[a-z]+)\s+)?(?P<kin>(?:"
    + _KIN_ONE
    + r"|"
    + _KIN_MANY
    + r")\b)|(?P<n2>\d+|[a-z]+)\s+(?:(?:of|de)\s+(?:his|her|their|sus)\s+)?"
    r"(?P<kin2>(?:" + _KIN_MANY + r")\b))"
)

# the figure of a person's kin ("X and his two sons were killed", "detained with seven members
# of his family") is counted with the person, not as a figure of its own
_KIN_FIGURE_BEFORE = re.compile(
    r"(?:,|\b(?:y|and|e|with|con|junto\s+(?:con|a)|together\s+with|along\s+with))\s+"
    r"(?:a\s+|al\s+|of\s+|de\s+)?(?:(?:his|her|their|su|sus)\s+)?$"
)
_KIN_FIGURE_AFTER = re.compile(
    r"\s+(?:(?:of|de)\s+(?:his|her|their|sus)\s+)?(?:" + _KIN_MANY + r")\b"
)

# an apposition after a name, before its kin: "a X, dirigente campesino, y a su esposa"
_KIN_APPOSITION = re.compile(r"\s*,[^,;:.()]{1,60}(?=,\s*(?:y|and|e)\s)")

_ID_CUE_GROUPS = "|".join(f"(?P<{k}>{v})" for k, v in _ID_AFTER.items())

_ID_INTR_GROUPS = "|".join(f"(?P<i_{k}>{v})" for k, v in _ID_INTRANSITIVE.items())

_ID_AFTER_RE = re.compile(
    # "X was shot dead", "X, another witness, was killed", "X, que resultó herido"
    r"^(?P<app>(?:\s*,(?!\s*(?:whose|cuy[oa]s?)\b)(?:[^,;:.()]|\([^,;:.()]{1,40}\)){1,160}){1,2},)?"
    # "Poblete, un chileno …, y su esposa fueron secuestrados"
    r"(?P<kin>(?:\s*,?\s*(?:y|and|e)\s+(?:su|sus|his|her|their)\s+(?:[a-z0-9]+\s+)?(?:"
    + _KIN_ONE
    + r"|"
    + _KIN_MANY
    + r")\b)+)?\s*,?\s*"
    r"(?:(?:who|que|quien|quienes)\s+)?"
    r"(?:" + _ID_AUX + r"\s+(?:[a-z]+\s+)?(?:" + _ID_CUE_GROUPS + r")"
    # "X, who vanished on May 24"
    r"|(?:" + _ID_INTR_GROUPS + r"))\b"
    # "Fernando Miranda, secuestrado en noviembre de 1975"
    r"|^\s*,\s*(?:" + _ID_CUE_GROUPS.replace("(?P<", "(?P<p_") + r")\s+(?:en|in|on|el|por|by)\b"
)

_ID_BEFORE_RE = re.compile(
    r"\b(?:" + "|".join(f"(?P<{k}>{v})" for k, v in _ID_BEFORE.items()) + r")\s+"
    r"(?P<gap>(?:(?:a|an|the|un|una|el|la|los|las|al|del|su|sus|his|her|their|[a-z]+),?\s+){0,4})$"
)

# "la madre de X fue asesinada", "the brother of X was killed": X is not the one harmed
_ID_OWNER_BEFORE = re.compile(
    r"\b(?:brother|sister|son|daughter|father|mother|wife|husband|widow|relatives?|family|"
    r"lawyer|hermano|hermana|hijo|hija|padre|madre|esposa|esposo|viuda|familia|familiares|"
    r"abogad[oa])\s+(?:of|de|del)\s+(?:(?:the|la|el)\s+)?$"
)

_ID_DIED = re.compile(r"murio|died")

# "was shot dead in central Rio together with her niece, X": X shares the harm
_ID_TOGETHER = re.compile(
    r"^[^;.]{0,60}\b(?:together\s+with|along\s+with|junto\s+(?:con|a))\s+"
    r"(?:(?:his|her|their|the|su|sus|el|la|los|las|a|an|un|una)\s+)?(?:[a-z]+\s+){0,2}(?:[a-z]+,\s*)?$"
)

# "the attempted murder of Castro", "tentativa de homicidio de X": nobody died
_ID_ATTEMPT = re.compile(r"\b(?:attempted|tentativas?\s+de|intentos?\s+de|frustrad[oa])\s*$")

# names listed after the first: "of X and of the former director Y", "X, Y y Z"
_ID_LIST_GAP = re.compile(
    # an age between the names: "a X, de 29 años, a Y, de 24, y a Z", "X, 19, Y, 44, and Z"
    r"^(?:\s*,\s*(?:(?:de|aged)\s+)?\d{1,3}(?:\s+anos)?(?=\s*,|\s+(?:and|y|e)\s))?"
    r"\s*(?:,\s*|,?\s*(?:and|y|e)\s+)(?:(?:of|de|del|a|al)\s+)?(?:[a-z]+\s+){0,4}$|"
    # "a X y a su esposa, Y", "a X y a sus sobrinos Y y Z"
    r"^\s*,?\s*(?:and|y|e)\s+(?:(?:of|de|a)\s+)?(?:his|her|their|su)\s+[a-z]+,\s+$|"
    r"^\s*,?\s*(?:and|y|e)\s+(?:(?:of|de|a)\s+)?(?:his|her|their|sus)\s+(?:"
    + _KIN_MANY
    + r"),?\s+$"
)

_ID_GAP_STOP = re.compile(
    r"\b(?:by|por|who|que|quien|which|cual|after|tras|despues|before|antes|said|dijo)\b"
)

_ID_TYPES = {
    "killed": _KILL_TYPES | {"armed_clash", "campaign"},
    "disappeared": {"enforced_disappearance"},
    "detained": {"arbitrary_detention", "detention"},
}

_ID_NO_WOUNDED = {"arrest", "arbitrary_arrest", "coup", "protest", "mass_grave_discovery"}

# People a text points back to with a pronoun ("los asesinaron", "se las llevaron", "nunca más
# se supo de ellos", "killed them", "took them away"): the persons named just before are those
# harmed. Each group holds the harm words of one count category.
_THEM = {
    "killed": r"(?:los|las)\s+(?:mataron|mato|asesinaron|asesino|ejecutaron|ejecuto|fusilaron|"
    r"degollaron|acribillaron|remataron|estrangularon|ultimaron)|"
    r"(?:killed|murdered|executed|shot\s+dead|slaughtered)\s+(?:them|both)\b|"
    r"shot\s+them(?:\s+dead)?\b(?!\s+(?:in|through)\s+the\s+(?:leg|legs|arm|arms|feet|back))",
    "wounded": r"(?:los|las)\s+(?:hirieron|balearon)|(?:wounded|injured)\s+them",
    "disappeared": r"(?:se\s+)?(?:supo|sabe|volvio\s+a\s+saber)\s+(?:nada\s+)?de\s+(?:ellos|ellas)|"
    r"(?:los|las)\s+desaparecieron|(?:they|both)\s+(?:were|have|had)\s+(?:never|not)\s+(?:been\s+)?"
    r"seen",
    "abducted": r"se\s+(?:los|las)\s+llevaron|(?:los|las)\s+(?:secuestraron|sacaron|subieron|"
    r"llevaron|detuvieron|detuvo|arrestaron|capturaron)|"
    r"(?:took|taken)\s+them\s+away|(?:seized|abducted|kidnapped|arrested|detained)\s+them|"
    r"(?:forced|pushed|bundled|dragged)\s+them\s+into",
}
_THEM_RE = re.compile(r"\b(?:" + "|".join(f"(?P<{k}>{v})" for k, v in _THEM.items()) + r")\b")

# a figure of people a plural pronoun may point back to: "retiraron de la cárcel a 26
# prisioneros … y los fusilaron", "The four women never reached San Salvador … shot them"; not
# armed men or members of a force, who are more often those who did it
_FIGURE_PEOPLE = re.compile(r"\s+(?:[a-z]+\s+)?(?:" + PERSON_NOUNS + r")\b")
_FIGURE_DOERS = re.compile(
    r"\s+(?:[a-z]+\s+)?(?:soldiers|officers|policemen|police\s+officers|soldados|militares|"
    r"policias|agentes|efectivos|guerrilleros|senderistas|rebels|insurgents|hombres\s+armados|"
    r"armed\s+men|gunmen|[a-z]+\s+armad[oa]s)\b"
)

# one person harmed, told by a pronoun ("lo degollaron", "soldiers shot him nine times", "se la
# llevaron", "pushed him into the boot of a patrol car", "his tortured body was left") or by a
# description ("el sacerdote fue asesinado", "resultó herido un militar", "mataron a otro")
_ONE_PERSON = (
    PERSON_NOUN_ONE
    + r"|otro|otra|another|esposo|esposa|hijo|hija|hermano|hermana|padre|madre|husband|wife|son|"
    r"daughter|brother|sister|father|mother|sacerdote|cura|religioso|fotografo|photographer|"
    r"escolta|bodyguard|driver|guard|guardia|colaborador|colaboradora|companion|companero|companera|"
    r"militar|agente|marino|carabinero|gendarme|oficial|sargento|teniente|cabo|conscripto|sergeant|"
    r"lieutenant|corporal|conscript|agent|civil|civilian|persona|person|joven|youth|vecino|neighbou?r"
)
_ONE_WORDS = {
    "killed": r"(?:lo|la|le)\s+(?:mataron|mato|asesinaron|asesino|ejecutaron|ejecuto|fusilaron|"
    r"degollaron|acribillaron|remataron|estrangularon|ahorcaron|ultimaron)|"
    r"(?:killed|murdered|executed|strangled|stabbed|hanged|shot)\s+(?:him|her)\b"
    r"(?!\s+(?:in|through)\s+the\s+(?:leg|legs|arm|arms|foot|feet|hand|knee|eye|shoulder))|"
    r"(?:his|her)\s+(?:[\w-]+\s+)?(?:body|corpse)\s+(?:was|had\s+been)\s+(?:\w+\s+)?"
    r"(?:found|left|dumped|discovered|thrown|recovered|buried)|"
    r"(?:mataron|asesinaron|ejecutaron|fusilaron)\s+(?:tambien\s+)?(?:a\s+(?:otro|otra|un|una)|al)"
    r"\s+(?:[a-z]+\s+)?(?:" + _ONE_PERSON + r")\b|"
    # "en la tarde mataron a otro en San Joaquín": one more person
    r"(?:mataron|asesinaron|ejecutaron|fusilaron)\s+(?:tambien\s+)?a\s+otr[oa]\b(?=\s*(?:[,;.]|en|el|la|cerca|frente|junto|$))|"
    r"(?:murio|fallecio|died)\s+(?:tambien\s+|also\s+)?(?:el|la|un|una|an?|another|the)\s+"
    r"(?:[a-z]+\s+)?(?:" + _ONE_PERSON + r")\b|"
    # a singular subject and verb: "el párroco fue golpeado y asesinado", "a man was shot dead"
    r"(?:el|la|un|una|the|an?|another)\s+(?:[a-z]+\s+)?[a-z]+\s+"
    r"(?:fue|was)\s+(?:[a-z]+\s+(?:y|and)\s+)?(?:asesinad[oa]|ejecutad[oa]|"
    r"fusilad[oa]|killed|murdered|executed|shot\s+dead)",
    "wounded": r"(?:lo|la|le)\s+(?:hirieron|balearon)|(?:wounded|injured)\s+(?:him|her)\b|"
    r"(?:resulto|quedo|salio)\s+(?:gravemente\s+|levemente\s+)?herid[oa]\s+(?:tambien\s+)?"
    r"(?:el|la|un|una|su)\s+(?:[a-z]+\s+)?(?:" + _ONE_PERSON + r")\b|"
    r"(?:hirieron|balearon)\s+(?:tambien\s+)?(?:a\s+(?:otro|otra|un|una|su)|al)\s+(?:[a-z]+\s+)?"
    r"(?:" + _ONE_PERSON + r")\b|"
    r"(?:el|la|un|una|the|an?|another)\s+(?:[a-z]+\s+)?[a-z]+\s+"
    r"(?:fue|was|resulto|quedo)\s+(?:gravemente\s+|seriously\s+|badly\s+)?"
    r"(?:herid[oa]|wounded|injured)",
    "disappeared": r"se\s+(?:lo|la)\s+llevaron|(?:lo|la)\s+(?:secuestraron|sacaron|subieron|"
    r"llevaron|desaparecieron)|(?:took|taken)\s+(?:him|her)\s+away|"
    r"(?:seized|abducted|kidnapped)\s+(?:him|her)\b|"
    r"(?:forced|pushed|bundled|dragged|threw)\s+(?:him|her)\s+into",
    "detained": r"(?:lo|la)\s+(?:detuvieron|detuvo|arrestaron|capturaron)|"
    r"(?:arrested|detained)\s+(?:him|her)\b",
}
_ONE_RE = re.compile(r"\b(?:" + "|".join(f"(?P<{k}>{v})" for k, v in _ONE_WORDS.items()) + r")")

# a couple harmed: "el matrimonio murió", "the couple were shot dead", "asesinaron a la pareja"
_COUPLE_RE = re.compile(
    r"\b(?:el|un|the|a)\s+(?:matrimonio|pareja|couple)\s+(?:(?:fue|fueron|was|were|had\s+been)\s+"
    r"(?:[a-z]+\s+)?)?(?:" + _ID_AFTER["killed"] + r"|murio|murieron|died)\b|"
    r"\b(?:mataron|asesinaron|ejecutaron|mato|asesino|killed|murdered|shot\s+dead)\s+"
    r"(?:al|a\s+la|a\s+un|the|a)\s+(?:matrimonio|pareja|couple)\b"
)

# persons who are not those harmed when a pronoun points back
_NOT_HARMED = _ACCUSED | {"alleged_perpetrator", "lawyer", "official", "head_of_state", "witness"}


class CountRules:
    """The count rules of `rules._Document` (which provides the text, its sentences, quantities,
    persons and mentions, and the shared helpers these methods call)."""

    def _attach_counts(self, s: Sentence, seg: str, mentions: list[_EventMention]) -> None:
        """Figures in a sentence that names no event ("More than a hundred were wounded", "los
        familiares hablan de siete") belong to the event told just before, in the same
        paragraph, when the sentence has no date of its own."""
        if not mentions or AGGREGATE.search(seg):
            return
        last = mentions[-1]
        if last.sentence.paragraph != s.paragraph or s.index - last.sentence.index > 2:
            return
        counts = [c for c in self._counts_in(s) if not c.subset]
        if not counts:
            # "Esa noche, los atacantes hirieron también al ambientalista X": people wounded in
            # a sentence with no event word of its own belong to the event told before
            self._trailing.setdefault(id(last), []).append(s)
            return
        if any(s.start <= d.start < s.end and d.value for d in self.dates) and not all(
            c.alternative for c in counts
        ):
            return  # a date of its own; but "in 2008 the prosecutor spoke of 100" is a report
        known = [c.category for c in last.counts]
        for c in counts:
            if c.alternative and known and not self._said_before(s, c.quantity.start):
                # "los familiares hablan de siete": the people the event's figures count; but
                # "Sobre los detenidos no hay acuerdo: la CNDH registra 25" names its own
                c.category = known[-1]
        last.counts.extend(counts)

    def _said_before(self, s: Sentence, pos: int) -> list[tuple[int, str]]:
        """(position, category) of the harm words told before ``pos`` in the sentence ``s``."""
        return [
            (m.start(), cat)
            for pattern, cat in COUNT_WORD_RE
            if cat != "abducted"
            for m in pattern.finditer(self.folded, s.start, pos)
        ]

    # "survivors say 69 died", "los familiares aseguran que fueron 27": a source's own figure
    # of a harm the sentence names; a rival to the event's figure, not a new total
    _SAYS = re.compile(
        r"\b(?:says?|said|claims?|claimed|insists?|insisted|maintains?|maintained|dicen|dice|"
        r"dijo|dijeron|afirman?|afirmo|afirmaron|aseguran?|aseguro|aseguraron|sostienen?|"
        r"sostuvo|sostuvieron)\s+(?:that\s+|que\s+)?(?:(?:fueron|were|there\s+were|murieron|hubo)\s+)?$"
    )

    def _counts_in(self, s: Sentence) -> list[_Count]:
        out: list[_Count] = []
        seg_f = self.folded
        dateline = self.dateline
        for q in self.quantities:
            if not (s.start <= q.start < s.end):
                continue
            after = seg_f[q.end : min(s.end, q.end + 90)]
            # a figure quoted from a source: 'said that "more than 80" had been killed'
            after = re.sub(r"^[\"\u201d\u00bb']\s", " ", after)
            before = seg_f[max(s.start, q.start - 60) : q.start]
            # not counts: years, ages, sentences, money, times, percentages, dates
            if re.match(
                r"\s*(?:-|–)?\s*(?:years?|anos?|year-old|-year|months?|meses|days?|dias|"
                r"hours?|horas|minutes|minutos|%|percent|por\s+ciento|soles|dollars|"
                r"dolares|pesos|euros|km|kilomet|metros|meters|a\.m|p\.m|de\s+la\s+manana)",
                after,
            ):
                continue
            if self._THINGS.match(after):
                continue  # "once perdigones", "en cuatro grupos", "the two squares"
            if self._CRIMES.match(after) and self._CHARGED_FOR.search(before):
                continue  # "21 years for each of 30 murders", "autor de cinco asesinatos"
            if re.match(
                r"\s*(?:de\s+)?(?:"
                + "|".join(
                    [
                        "january",
                        "february",
                        "march",
                        "april",
                        "may",
                        "june",
                        "july",
                        "august",
                        "september",
                        "october",
                        "november",
                        "december",
                        "enero",
                        "febrero",
                        "marzo",
                        "abril",
                        "mayo",
                        "junio",
                        "julio",
                        "agosto",
                        "septiembre",
                        "setiembre",
                        "octubre",
                        "noviembre",
                        "diciembre",
                    ]
                )
                + r")",
                after,
            ):
                continue
            if any(d.start <= q.start < d.end for d in self.dates):
                continue
            if dateline is not None and dateline[0] <= q.start < dateline[1]:
                continue  # "LIMA, March 3 --": the day the story was filed
            if q.value is not None and 1900 <= q.value <= 2099 and not re.match(r"\s+\w+\s", after):
                continue
            if re.search(
                r"(?:aged|edad\s+de|age\s+of|no\.|n\.?o|number|numero|article|articulo|"
                r"law|ley|page|pagina|battalion|batallon|lince|division)\s*$",
                before,
            ):
                continue
            if re.search(r"\ba\s+los\s+$", before[-8:]) and re.match(r"\s*anos", after):
                continue
            near = seg_f[max(s.start, q.start - 100) : min(s.end, q.end + 100)]
            cut = q.start - max(s.start, q.start - 100)
            near = near[near.rfind(";", 0, cut) + 1 :]
            near = near.split(";", 1)[0] if ";" in near[cut:] else near
            spread = bool(self._OTHER_SPAN.search(near))
            if self._FIRST_COUNT.search(before[-40:]) and self._ROSE.search(seg_f, q.end, s.end):
                continue  # "Police first counted 37 bodies; the total rose during the day"
            category = self._count_category(q, before, after)
            if (
                category == "killed"
                and self._REMAINS.search(before[-25:])
                and self._HANDED_BACK.search(seg_f, max(s.start, q.start - 120), q.start)
            ):
                continue  # "entregó a sus familias los restos de 92 personas": a handing back
            if category is None and REPORTED_FIGURE.search(before[-40:]):
                category = "?"
            if category is None:
                continue
            subset = bool(SUBSET_BEFORE.search(before[-30:]) or SUBSET_AFTER.match(after))
            clause = seg_f[max(s.start, q.start - 120) : min(s.end, q.end + 80)]
            total = bool(TOTAL_CUE.search(before[-40:]) or TOTAL_CUE.search(after[:20]))
            attributed = bool(ATTRIBUTION.search(clause))
            alternative = bool(
                REPORTED_FIGURE.search(before[-40:])
                or (category in ("killed", "disappeared") and self._SAYS.search(before[-40:]))
            )
            out.append(_Count(category, q, subset, total, attributed, alternative, spread=spread))
        out = self._list_counts(s, out)
        self._breakdowns(s, out)
        self._still_missing(out)
        # a figure only "reported" takes the category of the other figures in the sentence
        known = [c.category for c in out if c.category != "?"]
        for c in out:
            if c.category == "?":
                # else the harm word told before it: "the number detained … most accounts give 73"
                said = self._said_before(s, c.quantity.start)
                c.category = known[-1] if known else max(said)[1] if said else "killed"
                c.attributed = c.guessed = True
        return out

    # some of the people taken came back: "14 activists were abducted; nine have resurfaced and
    # five are still missing", "se llevaron a 30; 12 fueron liberados y 18 siguen desaparecidos"
    _CAME_BACK = re.compile(
        r"\b(?<!never\s)(?<!nunca\s)(?:resurfaced|reappeared|(?:were|have\s+been|had\s+been)\s+"
        r"(?:released|freed|set\s+free)|released|freed|came\s+back|returned\s+alive|"
        r"reaparecieron|aparecieron\s+con\s+vida|(?:fueron|han\s+sido)\s+liberad[oa]s|"
        r"liberad[oa]s|liberaron|recuperaron\s+la\s+libertad|volvieron\s+con\s+vida)\b"
    )

    def _still_missing(self, counts: list[_Count]) -> None:
        """The people still missing after some of those taken came back are a part of the
        people taken: the taken figure is the count of a disappearance."""
        taken = [c for c in counts if c.category == "abducted" and c.quantity.best]
        for c in counts:
            if c.category != "disappeared" or c.quantity.best is None:
                continue
            for t in taken:
                if (
                    t.quantity.end < c.quantity.start
                    and c.quantity.best < (t.quantity.best or 0)
                    and self._CAME_BACK.search(self.folded, t.quantity.end, c.quantity.start)
                ):
                    c.category, c.subset = "abducted", True
                    break

    # a total and then its parts: "72 personas, 58 hombres y 14 mujeres", "243 (124 in
    # Lurigancho and 119 in El Frontón)", "la cifra quedó en diecisiete: once campesinos y seis
    # policías"
    _BREAKDOWN_OPEN = re.compile(r"^[^.;\d]{0,25}?(?::|\(|,|—|–)\s*$")

    _BREAKDOWN_SEP = re.compile(r"^[^.;:()\d]{0,40}?(?:,\s*(?:and|y|e)?|\s(?:and|y|e))\s+$")

    def _breakdowns(self, s: Sentence, counts: list[_Count]) -> None:
        """Figures right after a figure that add up to it are its parts, not counts of their
        own (the parts of a total are never the total's rivals)."""
        qs = sorted(
            (q for q in self.quantities if s.start <= q.start < s.end and q.best is not None),
            key=lambda q: q.start,
        )
        by_start = {c.quantity.start: c for c in counts}
        for i, q in enumerate(qs):
            total = q.best
            if total is None or total < 2 or i + 2 >= len(qs):
                continue
            parts: list[Quantity] = []
            prev_end = q.end
            for r in qs[i + 1 :]:
                gap = self.folded[prev_end : r.start]
                if not (self._BREAKDOWN_OPEN if not parts else self._BREAKDOWN_SEP).match(gap):
                    break
                parts.append(r)
                prev_end = r.end
                if sum(p.best or 0 for p in parts) >= total:
                    break
            if len(parts) >= 2 and sum(p.best or 0 for p in parts) == total:
                for p in parts:
                    if p.start in by_start:
                        by_start[p.start].subset = True
                known = [c.category for c in counts if not c.subset]
                if q.start not in by_start and known:
                    # "la cifra quedó en diecisiete: once campesinos y seis policías": a figure
                    # told with its parts is a total of the people the sentence counts
                    counts.append(_Count(known[-1], q, False, True, False))

    _ONE = {"a", "an", "one", "un", "una", "uno"}

    _LIST_SEP = re.compile(r"\s*(?:,\s*(?:and|y|e)\s+|,\s*|\s+(?:and|y|e)\s+)")

    _APPOSITION = re.compile(
        r"(?:\s+(?:de\s+\d+\s+a[nñ]os|aged\s+\d+|[a-záéíóúñ]+))?\s*,\s*[A-ZÁÉÍÓÚÑ][^,;:.()]{2,60},"
    )

    def _list_counts(self, s: Sentence, counts: list[_Count]) -> list[_Count]:
        """A count told as a list of groups after its verb is their sum: "killed three
        students and a professor" (4), "se llevaron a siete campesinos, a un estudiante y a un
        profesor" (9), "murieron un niño de 14 años, X, y un estudiante, Y" (2); so is a list
        right before its verb: "four policemen and two soldiers were killed" (6)."""
        seg = self.folded
        found: list[tuple[str, int, int, int]] = []
        for pattern, category in COUNT_WORD_RE:
            for m in pattern.finditer(seg, s.start, s.end):
                total, last = self._list_sum(m.end(), s.end)
                if total is not None:
                    a = m.end() + len(seg[m.end() : last]) - len(seg[m.end() : last].lstrip())
                    found.append((category, a, last, total))
        for q in self.quantities:
            if not (s.start <= q.start < s.end) or any(a <= q.start < b for _, a, b, _ in found):
                continue
            total, last = self._list_sum(q.start, s.end)
            if total is None:
                continue
            aux = self._LIST_VERB.match(seg, last, s.end)
            if aux is None:
                continue
            for pattern, category in COUNT_WORD_RE:
                if pattern.match(seg, aux.end(), s.end):
                    found.append((category, q.start, last, total))
                    break
        for category, a, last, total in found:
            q = Quantity(a, last, self.text[a:last], total, total, None, None)
            counts = [c for c in counts if not (a <= c.quantity.start < last)]
            counts.append(_Count(category, q, False, False, False))
        return counts

    # what may stand between a list of groups and its harm word: "… were killed"
    _LIST_VERB = re.compile(
        r"\s*,?\s*(?:(?:were|had\s+been|have\s+been|fueron|resultaron|quedaron|han\s+sido|"
        r"habian\s+sido)\s+(?:[a-z]+\s+)?)?"
    )

    def _list_sum(self, pos: int, end: int) -> tuple[int | None, int]:
        """The sum of a list of two or more groups of people starting at ``pos`` and where it
        ends, or None."""
        seg = self.folded
        total, items, last = 0, 0, pos
        values: list[int] = []
        while True:
            it = PERSON_ITEM_RE.match(seg, pos, end)
            if it is None:
                break
            word = it.group("num")
            value = (
                int(word) if word.isdigit() else 1 if word in self._ONE else UNIT_WORDS.get(word)
            )
            if value is None:
                break
            total, items, pos = total + value, items + 1, it.end()
            values.append(value)
            last = pos
            ap = self._APPOSITION.match(self.text, pos, end)
            if ap:
                pos = ap.end() - 1  # the name said who; the comma separates
            sep = self._LIST_SEP.match(seg, pos, end)
            if sep is None:
                break
            pos = sep.end()
        if items < 2:
            return None, last
        if items >= 3 and values[0] == sum(values[1:]):
            # "ten people, a professor and nine students": a total and its parts
            total = values[0]
        return total, last

    # things counted that are not people, right after the figure
    _THINGS = re.compile(
        r"\s*(?:(?:de\s+)?(?:plomo\s+)?(?:perdigones|pellets|balas|bullets|rounds|disparos|"
        r"shots|tiros|impactos|grupos|groups|tandas|batches|squares|plazas|villages|aldeas|"
        r"trucks|camiones|veces|times))\b"
    )

    # the remains of the dead, and remains handed back to families (a later act, not a count of
    # the grave they came from): "entregó a sus familiares los restos de 92 personas"
    _REMAINS = re.compile(r"\b(?:remains|restos(?:\s+oseos)?)\s+(?:of|de)\s*$")
    _HANDED_BACK = re.compile(
        r"\b(?:entreg\w*|devolv\w*|devuelt\w*|restitu\w*|handed\s+(?:over|back)|hands\s+over|"
        r"returned|gave\s+back|repatriat\w*|delivered)\b"
    )

    # crimes counted by a ruling ("for each of 30 murders", "como autor de cinco asesinatos")
    # are charges, not a count of the dead; "documentaron 342 asesinatos" is a count
    _CRIMES = re.compile(r"\s*(?:asesinatos|killings|murders|desapariciones|disappearances)\b")

    _CHARGED_FOR = re.compile(
        r"\b(?:for|por|de|of)\s+(?:(?:each|cada)\s+(?:one\s+)?(?:of|uno\s+de)\s+)?"
        r"(?:the\s+|los\s+|las\s+)?$"
    )

    # a collective numeral names its people after "de"/"of": "un centenar de muertos"
    _COLLECTIVE = re.compile(
        r"(?:centenar(?:es)?|cientos|decenas|docenas?|miles|millar(?:es)?|veintena|"
        r"hundreds|dozens?|thousands|tens|scores)$"
    )

    # adverbs of how badly: "quedaron gravemente heridas", "were seriously injured"
    _HOW = {
        "gravemente",
        "levemente",
        "brutalmente",
        "seriously",
        "severely",
        "critically",
        "badly",
        "gravely",
        "slightly",
        "brutally",
        "fatally",
        "mortally",
    }

    _AUX = _HOW | {
        "were",
        "was",
        "had",
        "have",
        "has",
        "been",
        "are",
        "be",
        "reportedly",
        "also",
        "all",
        "fueron",
        "resultaron",
        "quedaron",
        "han",
        "habian",
        "habrian",
        "estan",
        "son",
        "ya",
        "later",
        "then",
        "who",
        "que",
        "quienes",
        "people",
        "personas",
        "mas",
        "more",
        # "los otros tres siguen desaparecidos", "two remain missing"
        "siguen",
        "continuan",
        "permanecen",
        "remain",
        "still",
    }

    _CHARGED = re.compile(
        r"\b(?:guilty|convicted|accused|charged|sentenced|indicted|tried|acquitted|culpables?|"
        r"condenad[oa]s|acusad[oa]s|procesad[oa]s|imputad[oa]s|sentenciad[oa]s|juzgad[oa]s|"
        r"absuelt[oa]s)\b"
    )

    # a figure over a period or one that adds another event: "between 1981 and 1984 … 150
    # people", "en esos años", "ese mismo año", "counting the June ambush", "in the week before"
    _OTHER_SPAN = re.compile(
        r"\bbetween\s+(?:19|20)\d\d\s+and\s+(?:19|20)\d\d|\bentre\s+(?:19|20)\d\d\s+y\s+"
        r"(?:19|20)\d\d|\bin\s+those\s+years|\ben\s+(?:esos|aquellos)\s+anos|"
        r"\b(?:ese|aquel)\s+mismo\s+ano|\bthat\s+same\s+year|"
        r"\b(?:counting|contando|sumando)\s+(?:the|la|el|los|las)\b|"
        # the days before another event; not "in the days that followed" (the wounded who died)
        r"\bin\s+the\s+(?:week|days|weeks|months?)\s+before|"
        r"\ben\s+(?:la\s+semana|los\s+dias|las\s+semanas)\s+(?:anterior|previ)"
    )

    # a first count the sentence says was overtaken
    _FIRST_COUNT = re.compile(
        r"\b(?:first|initially|at\s+first|originally|al\s+principio|inicialmente|primero|"
        r"en\s+un\s+primer\s+momento)\b"
    )

    _ROSE = re.compile(
        r"\b(?:rose|climbed|grew|increased|went\s+up|subio|aumento|se\s+elevo|crecio)\b"
    )

    # men named as armed are those who did it: "30 hombres armados se llevaron a diez"
    _ARMED = re.compile(
        r"\b(?:armed|armad[oa]s|encapuchad[oa]s|uniformad[oa]s|hooded|masked|gunmen|"
        r"pistoleros|sicarios)\b"
    )

    _NOT_PEOPLE = re.compile(
        r"(?:years?|anos|months?|meses|weeks?|semanas|days?|dias|hours?|horas|minutes?|minutos|"
        r"metres?|meters?|metros|km|kilomet\w*|miles?|millas|dollars?|dolares|pesos|soles|"
        r"euros?|percent|tons?|toneladas|times|veces|shots?|disparos|balas|bullets|rounds|"
        r"houses?|casas|homes|buildings?|vehicles?|vehiculos|cars?|autos)$"
    )

    def _count_category(self, q: Quantity, before: str, after: str) -> str | None:
        """The category a quantity counts, from the words just after or just before it."""
        best: tuple[float, str] | None = None
        after_clause = re.split(r"[;:()]|\.\s|,\s+(?:and|y|while|mientras|but|pero)\s", after)[0]
        for pattern, category in COUNT_WORD_RE:
            m = pattern.search(after_clause)
            if m:
                gap_words = after_clause[: m.start()].split()
                ok = not gap_words or (
                    gap_words in (["de"], ["of"])
                    and bool(self._COLLECTIVE.search(self.folded[q.start : q.end]))
                )
                if self._CHARGED.search(" ".join(gap_words)):
                    continue  # "five officers found guilty of killing X": the accused, not victims
                if self._ARMED.search(" ".join(gap_words)) and gap_words[-1] not in self._AUX:
                    continue  # "unos 30 hombres armados se llevaron a diez": who took them
                if gap_words and not re.search(r"\d", " ".join(gap_words)):
                    head = " ".join(gap_words[:3])
                    if PERSON_NOUN_RE.search(head) and len(gap_words) <= 6:
                        ok = True  # "15 people were killed", "nine students ... executed"
                    elif (
                        PERSON_NOUN_RE.search(head)
                        and len(gap_words) <= 10
                        and gap_words[-1] in self._AUX
                        and not re.search(r"[,;:]", " ".join(gap_words))
                    ):
                        # "45 indígenas tzotziles de la organización Las Abejas fueron asesinados"
                        ok = True
                    elif all(w in self._AUX for w in gap_words) and len(gap_words) <= 3:
                        ok = True  # "15 were killed"
                    elif gap_words in (["of", "us"], ["de", "nosotros"], ["de", "nosotras"]):
                        ok = True  # "Eleven of us died": the speaker's people, all of them
                    elif (
                        2 <= len(gap_words) <= 4
                        and gap_words[-1] in self._AUX
                        and all(w.isalpha() for w in gap_words)
                        and not self._NOT_PEOPLE.match(gap_words[0])
                    ):
                        # "20,000 Tutsis were killed", "300 kurdos fueron asesinados": people
                        # named by a word the lists do not hold, right before the verb
                        ok = True
                if ok:
                    score = float(len([w for w in gap_words if w not in self._HOW]))
                    if best is None or score < best[0]:
                        best = (score, category)
            mb = None
            for mb in pattern.finditer(before):  # noqa: B007 - the last match is wanted
                pass
            if mb is not None:
                gap = before[mb.end() :]
                words = len(gap.split())
                linked = words <= 4 and re.search(r"\b(?:to|at|of|en|de|a)\s*$", gap)
                if (words <= 2 or linked) and not re.search(r"\d|[;:]", gap):
                    # "killing 15 people", "killed at least 15", "mató a 15 personas"
                    score = words + 0.5
                    if best is None or score < best[0]:
                        best = (score, category)
        return None if best is None else best[1]

    def _resolve_counts(self, e: _Event) -> tuple[dict[str, dict[str, Any]], list[Span]]:
        out: dict[str, dict[str, Any]] = {}
        spans: list[Span] = []
        by_cat: dict[str, list[_Count]] = {}
        subsets: dict[str, list[_Count]] = {}
        precise = any(d.precision in ("day", "month") for d in e.dates())
        for m in e.mentions:
            for c in m.counts:
                if c.spread and precise:
                    continue  # "in those years … hundreds" beside a disappearance on one day
                (subsets if c.subset else by_cat).setdefault(c.category, []).append(c)
        for cat, cs in subsets.items():
            # "killing 17 of them": a part of a group that has no figure of its own is the count
            if cat not in by_cat:
                by_cat[cat] = cs
            elif all(c.alternative or c.guessed for c in by_cat[cat]):
                # "sixteen men went fishing … Fourteen of the fishermen were killed … early
                # official statements spoke of 16 insurgents killed": the part told is the
                # event's figure, a source's other figure its rival; not the parts a source
                # gives with its figure ("put the toll at 31 dead (19 in A and 12 in B)")
                theirs = {self.sentence_at(c.quantity.start) for c in by_cat[cat]}
                told = [c for c in cs if self.sentence_at(c.quantity.start) not in theirs]
                by_cat[cat] = told + by_cat[cat]
        for cat, cs in by_cat.items():
            totals = [c for c in cs if c.total]
            attributed = [
                c for c in cs if (c.attributed or c.alternative) and _figure(c) is not None
            ]
            att_values = sorted({_figure(c) for c in attributed if _figure(c)})
            pool = attributed if len(att_values) >= 2 else (totals or cs)
            values = sorted({v for c in pool if (v := _figure(c)) is not None})
            if len(values) >= 2 and len(att_values) >= 2:
                # conflicting figures: keep the range, the lowest as best (ACLED's rule)
                lo, hi = values[0], values[-1]
                out[cat] = {
                    "best": lo,
                    "low": lo,
                    "high": hi,
                    "text": "; ".join(c.quantity.text for c in pool),
                }
            else:
                # the largest figure is the total; sub-events are smaller parts of it
                main = [c for c in pool if not c.alternative] or pool
                chosen = max(
                    main,
                    key=lambda c: (
                        c.quantity.best if c.quantity.best is not None else (c.quantity.low or 0)
                    ),
                )
                out[cat] = chosen.quantity.as_count()
                alts = [
                    c for c in pool if c.alternative and c is not chosen and _figure(c) is not None
                ]
                best = chosen.quantity.best
                ranges = [
                    c
                    for c in pool
                    if c is not chosen
                    and c.attributed
                    and not c.quantity.vague
                    and c.quantity.best is None
                    and c.quantity.low is not None
                    and c.quantity.high is not None
                ]
                if best is not None and ranges:
                    # "about 100 were dead … official tallies ranged from 94 to 98": one range
                    lo = min([best] + [c.quantity.low for c in ranges if c.quantity.low])
                    hi = max([best] + [c.quantity.high for c in ranges if c.quantity.high])
                    out[cat] = {
                        "best": lo,
                        "low": lo,
                        "high": hi,
                        "text": "; ".join(c.quantity.text for c in [chosen, *ranges]),
                    }
                elif best is not None and (
                    rivals := [
                        c
                        for c in cs
                        if chosen.total
                        and c.attributed
                        and not c.subset
                        and not c.guessed
                        and (v := _figure(c)) is not None
                        and v > best
                        and self.sentence_at(c.quantity.start)
                        != self.sentence_at(chosen.quantity.start)
                    ]
                ):
                    # "the toll rested on the police record: 69 dead … historians have since
                    # concluded that at least 91 were killed": a part cannot exceed its total, so
                    # a larger figure a source gives elsewhere is a rival count
                    vals = [best] + [v for c in rivals if (v := _figure(c)) is not None]
                    out[cat] = {
                        "best": best,
                        "low": best,
                        "high": max(vals),
                        "text": "; ".join(c.quantity.text for c in [chosen, *rivals]),
                    }
                elif (
                    (top := _figure(chosen)) is not None
                    and chosen.attributed
                    and not chosen.total
                    and (
                        told := [
                            c
                            for c in pool
                            if not (c.attributed or c.alternative or c.total or c.guessed)
                            and c.quantity.best is not None
                            and c.quantity.best < top
                            and self.sentence_at(c.quantity.start)
                            != self.sentence_at(chosen.quantity.start)
                            # not a figure a ruling is for ("condenó … por la desaparición
                            # de dos personas")
                            and not self._legal_positions(
                                self.sents[self.sentence_at(c.quantity.start)]
                            )
                        ]
                    )
                ):
                    # "asesinó a ocho integrantes … Un exparamilitar llegó a declarar que los
                    # muertos habían sido once": the figure told is the event's, a larger one a
                    # source gives elsewhere its rival, not its total
                    base = max(told, key=lambda c: c.quantity.best or 0)
                    lo = base.quantity.best or 0
                    out[cat] = {
                        "best": lo,
                        "low": lo,
                        "high": top,
                        "text": "; ".join(c.quantity.text for c in [base, chosen]),
                    }
                elif best is not None and any(_figure(c) != best for c in alts):
                    # "26 … some relatives count 27": a second source's figure, a range
                    vals = [best] + [v for c in alts if (v := _figure(c)) is not None]
                    out[cat] = {
                        "best": min(vals),
                        "low": min(vals),
                        "high": max(vals),
                        "text": "; ".join(c.quantity.text for c in [chosen, *alts]),
                    }
            spans += [Span(c.quantity.start, c.quantity.end) for c in pool]
        killed = out.get("killed")
        if (
            killed
            and killed.get("best") is not None
            and killed.get("low") is None
            and killed.get("high") is None
            and any(
                _HIGHER_TOLL.search(self.folded, m.sentence.start, self._through_next(m.sentence))
                for m in e.mentions
            )
        ):
            # "The official toll was 276 dead; human rights groups believe the real number was
            # several times higher": a rival source's bound, so the figure is a floor
            killed["low"] = killed["best"]
        return out, spans

    def _identified_victims(self, e: _Event, etype: str) -> dict[str, list[PersonMention]]:
        """Victims the text names or describes one by one, per count category.

        A name is tied to a harm word of its clause ("X, another witness, was killed", "X, que
        resultó herido", "the disappearance of a student, X", "se llevaron a X"), and names
        listed with it share the tie ("the murder of X and of Y"). The harm word must sit nearer
        to a trigger of this event than to one of another event of the sentence, and the
        category must fit the event's type. Each person counts once per category.
        """
        out: dict[str, list[PersonMention]] = {}
        seen: dict[str, set[int]] = {}
        kin: dict[str, list[tuple[int, int, int]]] = {}
        kin_seen: set[tuple[str, int]] = set()
        self._kin = kin
        mine = {id(m) for m in e.mentions}
        done: set[int] = set()
        for m in e.mentions:
            if m.sentence.start in done:
                continue
            done.add(m.sentence.start)
            s = m.sentence
            pms = sorted(
                (pm for pm in self.person_mentions if s.start <= pm.start and pm.end <= s.end),
                key=lambda pm: pm.start,
            )
            inside: set[int] = set()  # names in the apposition of a name already tied
            for k, pm in enumerate(pms):
                if id(pm) in inside:
                    continue
                for cat, cs, ce, app_end, after in self._harm_ties(pm, s):
                    if app_end:
                        inside |= {id(x) for x in pms if pm.end < x.start and x.end <= app_end}
                    person = self.persons[pm.person]
                    if after and cat in ("abducted", "detained") and set(person.roles) & _ACCUSED:
                        continue  # "Ramírez fue capturado en 2009": the arrest of an accused
                    if (
                        after
                        and set(person.roles) & _ACCUSED
                        and _ID_DIED.match(self.folded, cs, ce)
                    ):
                        continue  # "the general, convicted in 2010, died in 2016"
                    cat2 = self._id_category(cat, etype)
                    if cat2 is None or not self._nearest_is(cs, ce, s, mine):
                        continue
                    if cat2 == "wounded" and any(c.category == "killed" for c in m.counts):
                        continue  # "murieron dos: …, y Y, herido en la cabeza": how Y died
                    tied = self._id_listed(pms, k, forward=not after)
                    if after:
                        # "X y su esposa fueron secuestrados"; "X was detained with seven members
                        # of his family"
                        kin_at = [app_end or pm.end, ce]
                    else:
                        # "mataron a X y a su esposa", "the murder of X and his two sons"
                        last = tied[-1]
                        app = _KIN_APPOSITION.match(self.folded, last.end, s.end)
                        kin_at = [app.end() if app else last.end]
                    for at in kin_at:
                        n, ks, ke = self._kin_count(at, s.end)
                        if n > 0 and (cat2, ks) not in kin_seen:
                            kin_seen.add((cat2, ks))
                            kin.setdefault(cat2, []).append((n, ks, ke))
                    # "… was shot dead together with her niece, Y"
                    tied += [
                        x
                        for x in pms
                        if x.start > ce and _ID_TOGETHER.match(self.folded[ce : x.start])
                    ]
                    for t in tied:
                        if t.person not in seen.setdefault(cat2, set()):
                            seen[cat2].add(t.person)
                            out.setdefault(cat2, []).append(t)
            if etype not in _ID_NO_WOUNDED:
                for t in self._trailing.get(id(m), []):
                    for pm in self.person_mentions:
                        if not (t.start <= pm.start and pm.end <= t.end):
                            continue
                        if any(
                            cat == "wounded" and not after
                            for cat, _, _, _, after in self._harm_ties(pm, t)
                        ) and pm.person not in seen.setdefault("wounded", set()):
                            seen["wounded"].add(pm.person)
                            out.setdefault("wounded", []).append(pm)
            for cat, cs, ce in self._pronoun_cues(_THEM_RE, s):
                cat2 = self._id_category(cat, etype)
                if cat2 is None or cat2 in out or not self._nearest_is(cs, ce, s, mine):
                    continue
                group = self._antecedents(s, cs)
                if len(group) >= 2:
                    seen.setdefault(cat2, set()).update(pm.person for pm in group)
                    out[cat2] = group
        return out

    def _pronoun_cues(self, pattern: re.Pattern[str], s: Sentence) -> list[tuple[str, int, int]]:
        """(category, start, end) of each harm word of ``pattern`` in the sentence ``s``."""
        out = []
        for m in pattern.finditer(self.folded, s.start, s.end):
            cat = next(k for k, v in m.groupdict().items() if v is not None)
            out.append((cat, m.start(), m.end()))
        return out

    def _antecedents(self, s: Sentence, pos: int) -> list[PersonMention]:
        """The persons a plural pronoun at ``pos`` points back to: those named before it in its
        sentence, else in the nearest sentence before it in the paragraph that names anyone
        (up to two back); none when one of them is an accused, a lawyer or an official."""
        for back in range(3):
            k = s.index - back
            if k < 0 or self.sents[k].paragraph != s.paragraph:
                break
            t = self.sents[k]
            end = pos if back == 0 else t.end
            pms = [pm for pm in self.person_mentions if t.start <= pm.start and pm.end <= end]
            if not pms:
                continue
            group: list[PersonMention] = []
            for pm in pms:
                if pm.person not in {x.person for x in group}:
                    group.append(pm)
            if any(set(self.persons[pm.person].roles) & _NOT_HARMED for pm in group):
                return []
            return group
        return []

    def _figure_antecedent(self, s: Sentence, pos: int) -> Quantity | None:
        """The figure of people a plural pronoun at ``pos`` points back to when no names come
        before it: the last figure of two or more people in its sentence before it, else in the
        nearest sentence before it with one, up to two back in its paragraph or the sentence
        that closes the paragraph before ("The four women never reached San Salvador. ¶ …
        raped them and shot them")."""
        for back in range(3):
            k = s.index - back
            if k < 0 or (self.sents[k].paragraph != s.paragraph and back != 1):
                break
            t = self.sents[k]
            end = pos if back == 0 else t.end
            qs = [
                q
                for q in self.quantities
                if t.start <= q.start < end
                and (q.best or q.low or 0) >= 2
                and not any(d.start <= q.start < d.end for d in self.dates)
                and _FIGURE_PEOPLE.match(self.folded, q.end, end)
                and not _FIGURE_DOERS.match(self.folded, q.end, end)
            ]
            if qs:
                # the group, not its parts: "detuvo … a 19 hombres; siete de ellos eran
                # empleados … y dos eran estudiantes … los fusilaron" points back to 19
                return max(qs, key=lambda q: (q.best or q.low or 0, q.start))
            if self.sents[k].paragraph != s.paragraph:
                break
        return None

    def _count_people(
        self, e: _Event, etype: str, counts: dict[str, dict[str, Any]]
    ) -> dict[str, list[PersonMention]]:
        """Counts of the people an event's text identifies one by one, for the categories it
        gives no figure for: the persons named ("X was shot dead", "los asesinaron" after two
        names), else one person told by a pronoun or a description ("lo degollaron", "soldiers
        shot him", "el sacerdote fue asesinado", "resultó herido un militar"). Returns the
        persons named, per category."""
        identified = self._identified_victims(e, etype)
        for cat, ms in identified.items():
            kin = self._kin.get(cat, [])
            if cat in counts and not self._kin_figure_only(counts[cat], kin):
                continue  # a figure in the text wins over counting people
            counts[cat] = {
                "best": len(ms) + sum(n for n, _, _ in kin),
                "low": None,
                "high": None,
                "text": "; ".join(
                    [self.text[m.start : m.end] for m in ms]
                    + [self.text[a:b].strip(" ,") for _, a, b in kin]
                ),
            }
        mine = {id(m) for m in e.mentions}
        done: set[int] = set()
        for m in e.mentions:
            s = m.sentence
            if s.start in done:
                continue
            done.add(s.start)
            for cat, cs, ce in self._pronoun_cues(_THEM_RE, s):
                # "retiraron a 26 prisioneros … y los fusilaron": the figure pointed back to
                cat2 = self._id_category(cat, etype)
                if cat2 is None or cat2 in counts or not self._nearest_is(cs, ce, s, mine):
                    continue
                q = self._figure_antecedent(s, cs)
                if q is not None:
                    counts[cat2] = q.as_count()
            couple = _COUPLE_RE.search(self.folded, s.start, s.end)
            if (
                couple
                and "killed" not in counts
                and etype in _ID_TYPES["killed"]
                and self._nearest_is(couple.start(), couple.end(), s, mine)
            ):
                counts["killed"] = {
                    "best": 2,
                    "low": None,
                    "high": None,
                    "text": self.text[couple.start() : couple.end()],
                }
            for cat, cs, ce in self._pronoun_cues(_ONE_RE, s):
                if cat == "killed" and etype not in _ID_TYPES["killed"]:
                    continue
                cat2 = cat if cat == "killed" else self._id_category(cat, etype)
                if cat2 is None or cat2 in counts or not self._nearest_is(cs, ce, s, mine):
                    continue
                counts[cat2] = {"best": 1, "low": None, "high": None, "text": self.text[cs:ce]}
        return identified

    def _harm_counts(self, harm: str, ms: list[_EventMention]) -> dict[str, dict[str, Any]]:
        """The count of a harm told within another event's story and proposed as an event of
        its own (a count's category fits its event's type): a detention counts the people held
        in its own sentences, by a figure ("342 people were arrested", "se llevaron presos a
        veintiocho vecinos": people taken are the detained of a detention) or one by one ("X was
        detained with seven members of his family": 8). Other harms have no count category."""
        if harm != "arbitrary_detention" or not ms:
            return {}
        sub = _Event(list(ms))
        counts, _ = self._resolve_counts(sub)
        out: dict[str, dict[str, Any]] = {}
        held = counts.get("detained") or counts.get("abducted")
        if held is not None:
            out["detained"] = held
        self._count_people(sub, harm, out)
        return {k: v for k, v in out.items() if k == "detained"}

    def _id_listed(self, pms: list[PersonMention], k: int, *, forward: bool) -> list[PersonMention]:
        """The name at ``k`` and those listed with it, after it (a harm word before the list)
        or before it (a harm word after the list: "X y Y fueron secuestrados")."""
        out = [pms[k]]
        step = 1 if forward else -1
        j = k
        while 0 <= j + step < len(pms):
            a, b = (pms[j], pms[j + step]) if forward else (pms[j + step], pms[j])
            if not _ID_LIST_GAP.match(self.folded[a.end : b.start]):
                break
            j += step
            out.append(pms[j])
        return out

    def _kin_figure_only(self, count: dict[str, Any], kin: list[tuple[int, int, int]]) -> bool:
        """Whether an event's only figure of a category is the figure of a named person's kin
        ("Tomás Ixcoy and his two sons were shot dead": 3, not 2)."""
        return (
            count.get("low") is None
            and count.get("high") is None
            and any(
                n == count.get("best") and fold_keep(count.get("text") or "") in self.folded[a:b]
                for n, a, b in kin
            )
        )

    def _kin_figure(self, q: Quantity, s: Sentence) -> bool:
        """Whether ``q`` is the figure of the kin of a person named just before ("Tomás Ixcoy and
        his two sons", "Abdul Basyir, one of them, was detained with seven members of his
        family")."""
        if not _KIN_FIGURE_AFTER.match(self.folded, q.end, s.end):
            return False
        m = _KIN_FIGURE_BEFORE.search(self.folded, max(s.start, q.start - 40), q.start)
        if m is None or m.end() != q.start:
            return False
        return any(
            s.start <= pm.start
            and pm.end <= m.start()
            and not re.search(r"[;:]", self.folded[pm.end : m.start()])
            and m.start() - pm.end <= 80
            for pm in self.person_mentions
        )

    def _kin_count(self, pos: int, end: int) -> tuple[int, int, int]:
        """(how many, start, end) of the kin told right at ``pos`` ("y su esposa", "and his two
        sons", "with seven members of his family", ", su esposa y sus tres hijos"); how many is
        -1 when a plural kin noun has no figure ("y sus hijos"), 0 when there is no kin."""
        n, at, first = 0, pos, None
        while True:
            m = _KIN_ITEM.match(self.folded, at, end)
            if m is None:
                break
            if m.group("kin"):
                word = m.group("n1")
                one = re.fullmatch(_KIN_ONE, m.group("kin")) is not None
                if word is None:
                    value = 1 if one else -1
                else:
                    value = int(word) if word.isdigit() else UNIT_WORDS.get(word, -1)
                    if one and word not in ("a", "un", "una", "one"):
                        value = 1 if value == 1 else -1
            else:
                word = m.group("n2")
                value = int(word) if word.isdigit() else UNIT_WORDS.get(word, -1)
            if value is None or value < 1:
                return -1, pos, m.end()
            # a kin named right after is counted by name ("y su esposa, Rosa")
            nxt = re.match(r"\s*,?\s*", self.folded[m.end() : end]).end() + m.end()
            if any(pm.start == nxt for pm in self.person_mentions):
                break
            first = m.start() if first is None else first
            n, at = n + value, m.end()
        return n, (pos if first is None else first), at

    def _harm_ties(self, pm: PersonMention, s: Sentence) -> list[tuple[str, int, int, int, bool]]:
        """(category, cue start, cue end, end of an apposition or 0, cue after the name) for each
        harm word tied to the name ``pm``: after it ("X was shot dead") or before it ("the
        murder of X")."""
        ties: list[tuple[str, int, int, int, bool]] = []
        after = _ID_AFTER_RE.match(self.folded[pm.end : min(s.end, pm.end + 200)])
        owner = _ID_OWNER_BEFORE.search(self.folded[max(s.start, pm.start - 40) : pm.start])
        if after and not owner:
            app_end = pm.end + after.end("app") if after.group("app") else 0
            for name, value in after.groupdict().items():
                if value is None or name in ("app", "kin"):
                    continue
                cat = name.split("_", 1)[1] if name.startswith(("i_", "p_")) else name
                ties.append(
                    (cat, pm.end + after.start(name), pm.end + after.end(name), app_end, True)
                )
        base = max(s.start, pm.start - 80)
        before = _ID_BEFORE_RE.search(self.folded[base : pm.start])
        if before and not _ID_GAP_STOP.search(before.group("gap")):
            for cat in _ID_BEFORE:
                if before.group(cat) and not _ID_ATTEMPT.search(
                    self.folded[
                        max(s.start, base + before.start(cat) - 20) : base + before.start(cat)
                    ]
                ):
                    ties.append((cat, base + before.start(cat), base + before.end(cat), 0, False))
        return ties

    @staticmethod
    def _id_category(cat: str, etype: str) -> str | None:
        if cat in ("abducted", "detained"):
            if etype == "enforced_disappearance":
                return "disappeared"  # the people taken are the disappeared
            return "detained" if etype in _ID_TYPES["detained"] else None
        if cat == "disappeared":
            return cat if etype in {"enforced_disappearance", "abduction"} | _KILL_TYPES else None
        if cat == "wounded":
            return None if etype in _ID_NO_WOUNDED else cat
        return cat if etype in _ID_TYPES["killed"] else None

    def _nearest_is(self, cs: int, ce: int, s: Sentence, mine: set[int]) -> bool:
        """Whether the trigger nearest to the harm word at [cs, ce) is one of this event's."""
        best: tuple[int, bool] | None = None
        for m in self._all_mentions:
            if m.sentence.start != s.start:
                continue
            for a, b in m.trigger_spans:
                cand = (self._gap(cs, ce, a, b), id(m) in mine)
                if best is None or cand[0] < best[0]:
                    best = cand
        return best is not None and best[1]
