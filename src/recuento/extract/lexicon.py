"""Word lists and patterns for English and Spanish, written against accent-folded lower case."""

from __future__ import annotations

import re

# ---- events --------------------------------------------------------------------------------

# (pattern, event type). "killing" is a generic type resolved later from context.
EVENT_TRIGGERS: list[tuple[str, str]] = [
    (
        r"massacre[sd]?|masacres?|matanzas?|mass\s+(?:murder|killing)s?|slaughter(?:ed)?|"
        r"asesinato\s+masivo|crimen\s+masivo|carniceria|masacr(?:o|aron)|bloodbath|carnage",
        "massacre",
    ),
    (
        r"extrajudicial(?:ly)?\s+(?:execution|killing|executed|killed)s?|"
        r"ejecucion(?:es)?\s+extrajudicial(?:es)?|ejecutad[oa]s?\s+extrajudicialmente|"
        # killings without trial named by how they were done: "summarily executed", "ejecuciones
        # sumarias", Colombia's "falsos positivos" (civilians killed and passed off as rebels)
        r"summar(?:y|ily)\s+(?:executions?|executed|killings?|killed)|"
        r"ejecucion(?:es)?\s+sumarias?|ejecutad[oa]s?\s+sumariamente|"
        r"falsos\s+positivos|false\s+positives",
        "extrajudicial_killing",
    ),
    (
        r"died\s+in\s+(?:police\s+)?custody|death\s+in\s+custody|murio\s+bajo\s+custodia|"
        r"muerte\s+bajo\s+custodia|"
        # "died in detention", "died in his cell", "died under torture", "murió en la comisaría",
        # "murió mientras estaba detenido"
        r"died\s+(?:while\s+)?in\s+(?:police\s+|military\s+|army\s+)?(?:custody|detention)|"
        r"died\s+(?:in|at)\s+(?:his|her|their|a|the)\s+(?:police\s+)?(?:cell|station|lock-?up)|"
        r"died\s+(?:under|from|of)\s+(?:the\s+)?torture|"
        r"muri(?:o|eron)\s+(?:en\s+(?:su|la|el)\s+(?:celda|calabozo|comisaria)|bajo\s+(?:la\s+)?"
        r"tortura|(?:a\s+causa|producto|a\s+consecuencia)\s+de\s+(?:la|las)\s+torturas?|"
        r"(?:mientras\s+estaba|estando)\s+detenid[oa]s?)|"
        r"muert[oa]s?\s+(?:bajo|en)\s+custodia|"
        # found hanged in a cell, dead soon after an arrest: "apareció ahorcado en su celda",
        # "died hours after his arrest", "murió días después de su detención", "custodial death"
        r"(?:found\s+)?hang(?:ed|ing)\s+in\s+(?:his|her|a|the)\s+(?:police\s+)?cell|"
        r"(?:apareci(?:o|eron)\s+|hallad[oa]s?\s+)?ahorcad[oa]s?\s+en\s+(?:su|la|el|una)\s+"
        r"(?:celda|calabozo)|"
        r"died\s+(?:\w+\s+){0,3}after\s+(?:his|her|their|being\s+taken\s+into)\s+"
        r"(?:arrest|detention|custody)|"
        r"muri(?:o|eron)\s+(?:\w+\s+){0,3}(?:despues|luego)\s+de\s+(?:su|la)\s+(?:detencion|"
        r"arresto|captura)|muri(?:o|eron)\s+(?:\w+\s+){0,3}tras\s+(?:su|la)\s+(?:detencion|"
        r"arresto|captura)|custodial\s+deaths?|muerte\s+en\s+(?:la\s+)?(?:comisaria|celda|"
        r"calabozo)",
        "death_in_custody",
    ),
    (
        r"killed|killing|kill|murder(?:ed|s)?|shot\s+dead|shot\s+and\s+killed|executed|slain|"
        r"shot\s+(?:them|him|her|everyone|at)|opened\s+fire|started\s+shooting|"
        r"died|dead|deaths?|death\s+toll|toll|lost\s+their\s+lives|lives|bodies|"
        r"(?:tortured|lifeless|bullet-riddled|mutilated)\s+bod(?:y|ies)|"
        # the body found told verb first: "apareció el cuerpo de Oscar", "aparecieron los
        # cadáveres de los dos dirigentes"
        r"aparec(?:io|ieron)\s+(?:el|los)\s+(?:cuerpos?|cadaver(?:es)?)\s+de(?!\s+(?:agua|"
        r"seguridad|bomberos|policia|paz))|"
        r"(?:su|sus)\s+(?:cuerpos?|cadaver(?:es)?)\s+(?:torturad[oa]s?\s+)?"
        r"(?:fue|fueron|aparecio|aparecieron|fue\s+hallado|fueron\s+hallados)|"
        r"asesinad[oa]s?|asesin(?:o|aron|ato|atos)|mat(?:o|aron)|muert[oa]s|muertes?|fallecid[oa]s|"
        r"fallecieron|fallecio|murieron|murio|ejecutad[oa]s|ejecut(?:o|aron)|victimas\s+mortales|"
        r"perdieron\s+la\s+vida|acribillad[oa]s|balead[oa]s|cadaveres|dispararon|"
        r"abrieron\s+fuego|mataban|asesinaban|ejecutaban|d(?:io|ieron)\s+muerte|"
        # ways of killing named by how: firing squads, throats cut, lynchings, burnings
        r"gunned\s+down|(?:beaten|hacked|stabbed|burned|burnt|shot|tortured)\s+to\s+death|"
        r"burn(?:ed|t)\s+alive|lynch(?:ed|ing|ings)|firing\s+squads?|strangled|"
        r"fusilad[oa]s?|fusil(?:o|aron)|(?<!simulacro\sde\s)(?<!simulacros\sde\s)fusilamientos?|degollad[oa]s?|degoll(?:o|aron)|"
        r"linchad[oa]s?|linch(?:o|aron)|linchamientos?|quemad[oa]s?\s+viv[oa]s?|"
        r"calcinad[oa]s|estrangulad[oa]s?|apunalad[oa]s?|ultimad[oa]s?|masacrad[oa]s|"
        # found dead: "hallado muerto", "la encontraron muerta a tiros", "aparecieron muertos",
        # "su cuerpo sin vida", "found dead", "turned up dead", "found murdered"
        r"(?:hallad|encontrad)[oa]s?\s+(?:\w+\s+)?muert[oa]s?|"
        r"(?:encontraron|hallaron|aparecio|aparecieron)\s+(?:\w+\s+)?muert[oa]s?|"
        r"muert[oa]s?\s+a\s+(?:tiros|balazos|golpes|punaladas|machetazos|pedradas)|"
        r"(?:cuerpos?|cadaver(?:es)?)\s+sin\s+vida|"
        r"(?:found|turned\s+up|discovered)\s+(?:\w+\s+)?(?:dead|murdered|strangled|beheaded)|"
        # how a killing is told: assassinated, killings, executions, shot in the head, finished off
        r"assassinat(?:ed|ions?)(?!\s+attempts?)|"
        r"fatally\s+(?:shot|wounded|stabbed)|mortally\s+wounded|riddled\s+with\s+bullets|"
        r"succumbed\s+to\s+(?:his|her|their)\s+(?:wounds|injuries)|"
        r"lost\s+(?:his|her)\s+life|perdio\s+la\s+vida|"
        r"tiro\s+de\s+gracia|coup\s+de\s+grace|"
        r"behead(?:ed|ing|ings)|decapitat(?:ed|ion)|decapitad[oa]s?|decapit(?:o|aron)|"
        r"acribillad[oa]|abatid[oa]s?|abati(?:o|eron)|"
        r"(?:lo|la|los|las)\s+balearon|"
        # "fue ejecutado por una patrulla", not "el proyecto fue ejecutado por el municipio"
        r"(?:(?<=fue\s)|(?<=sido\s))ejecutad[oa](?=\s+(?:por\s+(?:una?\s+|los\s+|las\s+)?"
        r"(?:patrullas?|soldados|militares|policias|agentes|paramilitares|sicarios|guerrilleros|"
        r"senderistas|comandos?|escuadron|miembros|efectivos|marinos|hombres)|a\s+(?:balazos|tiros|"
        r"quemarropa)|de\s+(?:un|dos|tres|varios)\s+(?:tiros|disparos|balazos)|junto|frente|"
        r"delante|en\s+presencia))|"
        # testimony: the shooting told with no event noun
        r"(?:empezaron|comenzaron|se\s+oyeron|se\s+escucharon|oimos|escuchamos)\s+"
        r"(?:los\s+|unos\s+)?(?:disparos|balazos|tiros|balas)|"
        r"(?:empezaron|comenzaron)\s+a\s+disparar|"
        r"(?:then|heard)\s+the\s+(?:shooting|gunfire|shots)|"
        r"the\s+(?:shooting|gunfire|firing)\s+(?:started|began)|began\s+(?:shooting|firing)|"
        r"fired\s+(?:into|on)\s+the(?=\s+crowds?\b)|"
        # bombings: a town bombed from the air, bombs dropped or set off ("bombas lacrimogenas"
        # and "bombed at the box office" are none)
        r"bombed(?!\s+(?:at|out)\b)|bombings?|bombarded|bombardments?|air\s*strikes?|"
        r"dropped\s+(?:[\w-]+\s+){0,2}bombs|bombs?\s+(?:had\s+)?(?:exploded|went\s+off|blew\s+up)|"
        r"car\s+bombs?|bombarde(?:o|os|aron|ad[oa]s?)|"
        r"(?:soltaron|lanzaron|arrojaron|dejaron\s+caer)\s+(?:[\w-]+\s+){0,2}bombas"
        r"(?!\s+lacrimogenas)|(?:estallo|exploto|detono)\s+(?:una|un)\s+(?:bomba|coche\s+bomba|"
        r"carro\s+bomba)|(?:coche|carro)\s+bomba",
        "killing",
    ),
    (
        r"(?:forcibly\s+)?disappeared|disappearances?|desaparecid[oa]s|desaparicion(?:es)?|"
        r"desaparecieron|went\s+missing|(?<=fue\s)desaparecid[oa]|(?<=\d,\s)desaparecid[oa]|"
        r"(?<=\d\s)desaparecid[oa]|(?<=anos,\s)desaparecid[oa]|desaparecio|"
        # a disappearance told as a story: "taken away and never seen again"
        r"vanished|never\s+(?:been\s+)?(?:seen|heard\s+(?:of|from))\s+again|"
        r"never\s+(?:came\s+back|returned|reappeared)|"
        r"nunca\s+(?:mas\s+)?(?:volvieron|regresaron|volvio|regreso|aparecieron|aparecio)|"
        r"(?:has|have|had)\s+not\s+been\s+seen\s+since|whereabouts\s+(?:remain|are|is)\s+"
        r"(?:still\s+)?unknown|(?<=none\sof\sthe\s)\w+\s+(?:has|have)\s+been\s+seen\s+since|"
        r"siguen?\s+desaparecid[oa]s?|nunca\s+mas\s+se\s+(?:supo|sabe|tuvo\s+noticia)|"
        r"nunca\s+mas\s+(?:lo|la|los|las)\s+(?:vimos|volvimos\s+a\s+ver|volvieron\s+a\s+ver)|"
        r"no\s+se\s+(?:ha|volvio\s+a)\s+(?:vuelto\s+a\s+)?saber\s+(?:nada\s+)?de|"
        r"(?:su|sus)\s+paradero\s+(?:sigue|siguen|es|son)\s+(?:siendo\s+)?desconocidos?|"
        # the fate left open: "se desconoce su paradero", "sin que se conozca su destino", "their
        # fate remains unknown", "de él no se volvió a saber", "siguen sin aparecer", "still
        # missing", "missing since", "without a trace", "con rumbo desconocido"
        r"(?:se\s+)?(?:desconoce|desconocen|ignora|ignoran)\s+(?:su|sus)\s+(?:paradero|destino)|"
        r"sin\s+que\s+(?:se\s+)?(?:conozca|sepa)\s+(?:su|sus|el)\s+(?:paradero|destino)|"
        r"(?:su|sus)\s+paradero\s+sigue\s+sin|"
        r"(?:fate|fates|whereabouts)\s+(?:is|are|remains?|was|were)\s+(?:also\s+|still\s+)?unknown|"
        r"de\s+(?:el|ella|ellos|ellas)\s+(?:no\s+|nunca\s+(?:mas\s+)?)?se\s+(?:volvio|ha\s+vuelto)\s+a\s+"
        r"saber|"
        r"nunca\s+(?:mas\s+)?sali(?:o|eron)\s+(?:del|de\s+la)\s+(?:cuartel|base|comisaria|estadio|"
        r"centro|carcel|campo|regimiento|delegacion)|never\s+came\s+out|"
        r"(?:remains?|are\s+still|is\s+still|still)\s+missing|(?:has|have|had)\s+been\s+missing\s+"
        r"since|(?:vanished\s+)?without\s+a\s+trace|sin\s+dejar\s+rastro|"
        r"(?:lo|la|los|las)\s+desaparecieron|detenid[oa]s?[- ]desaparecid[oa]s?|"
        r"con\s+rumbo\s+desconocido|to\s+an\s+unknown\s+(?:destination|location|place)|"
        r"(?:nobody|no\s+one)\s+has\s+(?:heard|seen)\s+(?:from\s+|of\s+)?(?:him|her|them)\s+since|"
        # "nunca se volvió a saber nada de ellos", "no volvieron a verla con vida", "no salieron
        # nunca", "was last seen", "never saw him alive again"
        r"nunca\s+(?:mas\s+)?se\s+(?:volvio|ha\s+vuelto)\s+a\s+saber|"
        r"no\s+(?:se\s+)?(?:volvio|volvieron|volvimos|volvi)\s+a\s+(?:ver(?:lo|la|los|las)?|saber)\s+"
        r"(?:\w+\s+){0,3}?(?:con\s+vida|de\s+(?:el|ella|ellos|ellas))|"
        r"(?:lo|la|los|las)\s+volvi(?:o|eron|mos)\s+a\s+ver\s+con\s+vida|"
        r"no\s+(?:volvi(?:o|eron)|sali(?:o|eron)|regres(?:o|aron)|aparecieron)\s+nunca(?:\s+mas)?|"
        r"(?:was|were|been)\s+last\s+seen|"
        r"never\s+(?:saw|heard\s+from)\s+(?:him|her|them)\s+(?:alive\s+)?again",
        "enforced_disappearance",
    ),
    (
        r"abduct(?:ed|ion|ions)|kidnapp(?:ed|ing|ings)|dragged|secuestr(?:o|ad[oa]s?|os|aron)|"
        r"se\s+llevaron(?!\s+presos)|sacaron\s+a|took\s+(?:(?:him|her|them)\s+)?away|taken\s+away|"
        # the pluperfect of the same taking: "el martes se habían llevado a dos compañeros"
        r"se\s+(?:(?:lo|la|los|las)\s+)?(?:habia|habian)\s+llevado(?!\s+presos)(?=\s+a\b|\s*[,.;])|"
        r"(?:was|were)\s+taken\s+(?:away|from|to\s+the\s+(?:barracks|base))|"
        r"se\s+(?:lo|la|los|las)\s+llevaron|"
        # people forced into a vehicle or taken from their homes
        r"sac(?:aron|ad[oa]s?)\s+de\s+(?:su|sus)\s+(?:casas?|viviendas?|hogar(?:es)?)|"
        r"subid[oa]s?\s+(?:a\s+la\s+fuerza\s+)?a\s+(?:una|un|dos)\s+(?:camionetas?|camion(?:es)?|"
        r"vehiculos?|autos?|carros?|patrullas?)|"
        r"(?:forced|pushed|bundled|dragged)\s+(?:\w+\s+){0,3}into\s+(?:a|an|the|two)\s+"
        r"(?:van|truck|car|vehicle|pick-?up|boot)s?|"
        r"seized\s+(?:him|her|them|(?:[\w-]+\s+){0,2}(?:people|men|women|persons|villagers|"
        r"peasants|farmers|students|youths|children))|"
        # seizing told otherwise: "was seized on", "picked up by men", "taken hostage", "los
        # rehenes", "interceptados por", "lo levantaron" (Mexico), "abordado por agentes",
        # "los subieron a las patrullas", "bundled into", "taken from his home", "led away"
        r"(?:was|were)\s+seized\s+(?=(?:by|on|at|in|from|outside|near)\b)|"
        # the participle alone: "Nalin, 19, seized at home one night", "seized from their beds"
        r"seized\s+(?:at|from)\s+(?:his\s+|her\s+|their\s+)?(?:homes?|houses?|beds?)|"
        r"(?:was|were)\s+(?:\w+\s+)?(?:snatched|grabbed)|picked\s+up\s+by|"
        r"(?:taken|took|taking)\s+(?:\w+\s+){0,3}?hostages?|(?:tomaron|tomo|tomaban)\s+(?:\w+\s+){0,3}?"
        r"(?:como\s+)?rehenes|interceptad[oa]s?\s+por|intercepted\s+by|"
        r"(?:lo|la|los|las)\s+(?:interceptaron|levantaron|privaron\s+de\s+(?:la|su)\s+libertad)|"
        r"levantad[oa]s?\s+por|abordad[oa]s?\s+por|"
        r"(?:lo|la|los|las)\s+(?:subieron|metieron|introdujeron)\s+(?:a\s+la\s+fuerza\s+|por\s+la\s+"
        r"fuerza\s+)?(?:a|en)\s+(?:una?|el|la|los|las|"
        r"sus|dos)\s+(?:\w+\s+)?(?:camionetas?|camion(?:es)?|vehiculos?|autos?|carros?|patrullas?|"
        r"furgonetas?|furgon(?:es)?|helicopteros?|camperos?|jeeps?|coches?|automoviles?|taxis?)|"
        r"bundled\s+into|"
        r"taken\s+from\s+(?:his|her|their)\s+(?:home|house|homes|houses|village|bed)s?|"
        r"led\s+(?:\w+\s+)?away|plagiad[oa]s?",
        "abduction",
    ),
    (
        r"arbitrar(?:y|ily)\s+(?:arrest(?:ed|s)?|detained|detention)|detenciones?\s+arbitrarias?|"
        r"detenid[oa]s\s+arbitrariamente",
        "arbitrary_arrest",
    ),
    (
        r"tortur(?:e|ed|ing)|tortur(?:a|as|o|ad[oa]s?|aron|aban)|ill-treatment|malos\s+tratos|"
        r"maltrat(?:o|aron|ad[oa]s?)|apremios\s+(?:fisicos|ilegales)|electric\s+shocks|"
        r"descargas\s+electricas|picana|"
        # the methods and blows told without the word: "electric shocks", "asfixia", "the
        # submarine", "mock executions", "cigarette burns", "tratos crueles, inhumanos o
        # degradantes", "vejámenes"; blows ("was beaten", "lo golpearon", "palizas", "culatazos")
        # only where people are held or questioned ("at the barracks", "en la comisaría",
        # "durante el interrogatorio"): a beating during a taking or at a march is no torture
        # event of its own in the codings
        r"(?:beaten|beatings?|beat\s+(?:him|her|them|us|me)|kicked\s+and\s+(?:beaten|punched)|"
        r"punched\s+and\s+kicked|golpead[oa]s?|golpe(?:aron|aban)|golpizas?|palizas?|golpes|"
        r"patadas|culatazos|puntapies|apalead[oa]s?|apale(?:o|aron))"
        r"(?=(?:\s+[\w,-]+){0,6}?\s+(?:(?:at|in|inside|en|dentro\s+de)\s+(?:the\s+|la\s+|el\s+|"
        r"una?\s+|a\s+|his\s+|her\s+|their\s+|su\s+)?(?:[\w-]+\s+)?(?:barracks|police\s+station|"
        r"station|cell|cells|prison|jail|base|camp|cuartel|comisaria|carcel|celda|calabozo|penal|"
        r"campo|regimiento|dependencias|delegacion)|(?:durante|during)\s+(?:el\s+|los\s+|the\s+)?"
        r"interrogat(?:orios?|ions?)))|"
        # the questioning told before the blows, in the same clause: "during an interrogation
        # in room 12 he was beaten", "en el interrogatorio lo golpearon"
        r"(?:durante|during|in)\s+(?:el\s+|un\s+|los\s+|the\s+|an?\s+|his\s+|her\s+|su\s+)?"
        r"interrogat(?:orios?|ions?)\b[^.;:]{0,80}?\b(?:beaten|beat\s+(?:him|her|them|us|me)|"
        r"golpead[oa]s?|(?:lo|la|los|las|le|les|me|nos)\s+golpe(?:aron|aban))|"
        r"electric(?:al)?\s+(?:shocks?|prods?|cables)|electrocut(?:ed|ion)|choques\s+electricos|"
        r"waterboard(?:ing|ed)|submarino\s+(?:seco|humedo)|(?:el|the)\s+submarin[oe](?=\s*[,;)])|"
        r"asfixia|asfixiad[oa]s?|suffocat(?:ed|ion)|bolsas?\s+(?:de\s+plastico\s+)?en\s+la\s+cabeza|"
        r"(?:plastic\s+)?bags?\s+over\s+(?:his|her|their)\s+heads?|"
        r"colgad[oa]s?\s+de\s+(?:los|las|sus)\s+(?:brazos|manos|munecas|pies|pulgares)|"
        r"hung\s+(?:up\s+)?by\s+(?:his|her|their|the)\s+(?:arms|wrists|feet|thumbs)|"
        # "me colgaron de los brazos", "le metieron la cabeza en un tanque de agua", "holding his
        # head under water"
        r"colg(?:aron|aban|o)\s+de\s+(?:los|las|sus)\s+(?:brazos|manos|munecas|pies|pulgares)|"
        r"(?:me|le|les|nos)\s+(?:metieron|metian|hundieron|hundian|sumergieron|sumergian)\s+la\s+"
        r"cabeza\s+en|(?:held|holding|pushed|pushing|forced|forcing)\s+(?:his|her|their|my)\s+"
        r"heads?\s+under\s+(?:the\s+)?water|"
        r"mock\s+executions?|simulacros?\s+de\s+fusilamiento|"
        r"cigarette\s+burns|quemaduras\s+de\s+cigarrillos?|"
        r"tratos?\s+(?:crueles|inhumanos|degradantes)|(?:cruel|inhuman)(?:,)?\s+(?:(?:inhuman|or|and|"
        r"degrading),?\s+)*treatment|vejamen(?:es)?|vejaciones|"
        r"mistreated|ill-treated|maltreated|maltratad[oa]",
        "torture_ill_treatment",
    ),
    (
        r"raped|rape|sexual\s+violence|violad[oa]s|violada|violaron|violacion(?:es)?\s+sexual(?:es)?|"
        r"violencia\s+sexual|sexual(?:ly)?\s+(?:assault(?:ed|s)?|abuse[ds]?|tortured?)|"
        r"(?:agresion(?:es)?|abusos?|tortura)\s+sexual(?:es)?|"
        # "raping", "rapes", "gang-raped", "la violaron", "la violación de una joven" (not "la
        # violación de los derechos"), "esclavitud sexual", "forced nudity", "esterilizaciones
        # forzadas", "abusaron sexualmente de"
        r"raping|gang-?rap(?:ed|es?)|(?:la|las|lo|los)\s+violaron|"
        r"violaci(?:on|ones)\s+(?:masivas?|multiples?|tumultuarias?|reiteradas?|colectivas?)|"
        r"violaci(?:on|ones)\s+de\s+(?:una?|la|las|dos|tres|\d+)\s+(?:\w+\s+)?(?:mujer(?:es)?|ninas?|"
        r"jovenes?|adolescentes?|menor(?:es)?|muchachas?|campesinas?|indigenas|detenidas?|presas|"
        r"hijas?)|(?:sexual|sex)\s+slavery|esclavitud\s+sexual|"
        r"forced\s+(?:nudity|sterili[sz]ations?|prostitution|pregnanc(?:y|ies))|"
        r"(?:desnudez|prostitucion)\s+forzada|(?:esterilizaci(?:on|ones)|embarazos?)\s+forzad[oa]s?|"
        r"abus(?:aron|o|ado|ada|ados|adas)\s+sexualmente|"
        # "abusaron de ella", "abusó de la niña": abusing of a person is sexual abuse ("abusó de
        # su poder / de la confianza" is not)
        r"abus(?:aron|o|aban|aba)\s+de\s+(?:ella|ellas|(?:la|las|una)\s+(?:ninas?|jovenes?|joven|"
        r"menor(?:es)?|mujer(?:es)?|adolescentes?|muchachas?|detenidas?|presas?))\b|"
        r"(?:forced|made)\s+to\s+(?:undress|strip)|obligad[oa]s?\s+a\s+desnudarse",
        "sexual_violence",
    ),
    (
        r"threat(?:s|ened)|harass(?:ed|ment)|amenaz(?:as|ad[oa]s|aron)|hostigamiento|"
        # threats told by the act or its forms: "fue amenazado", "la amenazó", "threatening
        # calls", "intimidation", "hostigados", "acoso judicial", "amedrentamiento",
        # "panfletos amenazantes", "lista negra", "warned him to stop", "stalked", "seguimientos",
        # "smear campaign"
        r"amenaz(?:o|aban|ad[oa])|amenazantes?|threatening|intimidat(?:ion|ed|ing)|"
        r"intimidad[oa]s|intimidaci(?:on|ones)|hostig(?:ad[oa]s?|aron|aban|o)|"
        r"acos(?:ad[oa]s?|aron|aban)|acoso\s+judicial|amedrent(?:amiento|ad[oa]s?|aron|aban)|"
        r"listas?\s+negras?|black\s*lists?|blacklisted|"
        r"warned\s+(?:him|her|them)\s+(?:to\s+(?:stop|leave|drop|keep)|that)|"
        r"stalked|seguimientos|smear\s+campaigns?|campanas?\s+de\s+(?:desprestigio|estigmatizacion)",
        "threat_harassment",
    ),
    (
        r"protest(?:s|ers|ed|ing)?|demonstrat(?:ion|ions|ors|ed)|march(?:ed|es|ers)|rall(?:y|ies)|"
        r"general\s+strike|protestas?|manifestaciones|manifestacion|manifestantes|marchas?|"
        r"movilizacion(?:es)?|paro\s+(?:nacional|regional|indefinido)|protestantes|planton(?:es)?|"
        r"marcharon|marcho|marchar|marchamos|protestaron|protesto|protestar|se\s+movilizaron|"
        r"took\s+to\s+the\s+streets|salieron\s+a\s+las\s+calles|salio\s+a\s+las\s+calles|"
        # forms a protest takes: sit-ins, pickets and road blocks, vigils, pot-banging
        r"sit-ins?|piquetes?|piqueteros|roadblocks?|blockades?|bloqueos?|cortes?\s+de\s+ruta|"
        # strikes: "striking miners", "strikers", "on strike", "en huelga", "la huelga"
        r"strikers|striking\s+(?:\w+\s+)?(?:workers|miners|teachers|employees|drivers|"
        r"dockers|farmers|students)|on\s+strike|huelgas?|huelguistas|"
        r"cort(?:ar|amos|aron|aban)\s+(?:el|la|los|las)\s+(?:puentes?|rutas?|carreteras?|"
        r"caminos?|accesos?)|vigils?|vigilias?|cacerolazos?|"
        r"bloque(?:aron|aban|o|amos)\s+(?:el|la|los|las)\s+(?:puentes?|rutas?|carreteras?|"
        r"caminos?|accesos?|troncal|calles?|vias?|autopistas?)|"
        # the march itself: "the march on 2 October" (a lowercase "march" after an article and
        # not followed by a day or a year; "March 2" and "March 1976" are the month); "on their
        # way to a march" is where people were going, not a march told
        r"(?:(?<=\bthe\s)|(?<!\bto\sa\s)(?<=\ba\s)|(?<=\bthis\s)|(?<=\bthat\s)|(?<=\btheir\s)|(?<=\bpeaceful\s)|"
        r"(?<=\bsilent\s)|(?<=\bprotest\s))march(?!\s+(?:\d|of\s+\d))|"
        # verbs of protesting in the tenses news uses: "protestaban", "marchaban", "se manifestaron
        # frente al", "se concentraron en la plaza", "demonstrating outside", "rallied against"
        r"protest(?:aban|an|ando)|march(?:aban|aron|ando)|"
        r"se\s+manifest(?:aron|aban|o)\s+(?=(?:frente|ante|en\s+(?:la|las|el)\s+(?:plaza|calles?|"
        r"avenida|puerta)|por\s+las\s+calles|pacificamente|contra\s+(?:el|la)\s+(?:gobierno|"
        r"regimen|dictadura|reforma|mina|represa|desalojo))\b)|"
        r"se\s+concentr(?:aron|aban|o)\s+(?=(?:frente|ante|en\s+(?:la|el)\s+(?:plaza|puerta|"
        r"explanada|sede|entrada))\b)|"
        r"concentraci(?:on|ones)\s+(?=(?:frente|ante|en\s+la\s+plaza|de\s+protesta)\b)|"
        r"demonstrating\s+(?=(?:against|for|outside|in\s+front|at\s+the|in\s+the\s+"
        r"(?:square|streets))\b)|rallied\s+(?=(?:against|outside|in\s+front|in\s+the\s+"
        r"(?:square|streets)|to\s+demand)\b)|mitin(?:es)?|"
        # strikes and occupations: "paro agrario / cívico", "hunger strike", "went on strike",
        # "toma de tierras", "acampe", "encampment", "filled the square", "llenaron la plaza",
        # pickets ("tomaron el puente", "occupied the square" are said of troops and rebels as
        # much as of protesters, and are left out)
        r"paro\s+(?:agrario|civico|campesino|general|minero|docente|magisterial|cocalero|"
        r"nacional|regional|indefinido|de\s+(?:labores|brazos\s+caidos|transportistas|maestros|"
        r"trabajadores))|hunger\s+strik(?:e|es|ers)|(?:general|national|nationwide|indefinite)\s+"
        r"strikes?|(?:went|go|going)\s+on\s+strike|called\s+(?:a|the)\s+strike|"
        r"huelga\s+de\s+hambre|"
        # a strike told by the walk-out: "the workers had walked out in May" (not "walked out
        # of the meeting")
        r"(?:(?<=workers\s)|(?<=miners\s)|(?<=employees\s)|(?<=teachers\s)|(?<=nurses\s)|"
        r"(?<=drivers\s)|(?<=dockers\s))(?:had\s+)?walked\s+out(?!\s+of\b)|"
        r"tomas?\s+de\s+(?:tierras|predios)|"
        r"acampes?|acampada|encampments?|protest\s+camps?|"
        r"filled\s+the\s+(?:square|streets|plaza)|llenaron\s+(?:la\s+plaza|las\s+calles)|"
        r"picket(?:ed|ing|s|ers)|pickets?\s+lines?|estallido\s+social",
        "protest",
    ),
    (
        r"tear\s+gas|dispers(?:e|ed)|pellets|rubber\s+bullets|lacrimogen[oa]s|dispers(?:o|aron|ar)|"
        r"perdigones|reprim(?:io|ieron|ida|idos)|repression|represion|crackdown|"
        # a gathering ended by force: "the dispersal of the sit-in", "cleared the square by
        # force", "broke up the march", "el desalojo de la plaza", "disolvieron la marcha"
        r"dispersal|dispersion|cleared\s+(?:\w+\s+){0,3}by\s+force|"
        r"cleared\s+(?:the\s+)?(?:\w+\s+)?(?:square|camp|sit-in|encampment|streets?|crowd|"
        r"protesters|demonstrators)|broke\s+up\s+(?:the\s+|a\s+)?(?:\w+\s+)?(?:protest|"
        r"demonstration|march|rally|sit-in|strike|gathering|crowd)|"
        r"desaloj(?:o|os|aron|ar)|disolvi(?:o|eron)\s+(?:la|el|una|un)\s+(?:marcha|protesta|"
        r"manifestacion|concentracion|mitin|planton|huelga)|"
        # troops firing on a crowd: a gathering met with force (only the crowd is matched, so
        # that "opened fire" stays a killing trigger of its own)
        r"(?:(?<=fire on the )|(?<=fire at the )|(?<=fire into the )|(?<=fired on the )|"
        r"(?<=fired at the )|(?<=fired into the )|(?<=firing on the )|(?<=firing into the )|"
        r"(?<=shot into the ))crowds?|(?:(?<=contra la )|(?<=sobre la ))(?:multitud|muchedumbre)|"
        # the means of breaking up a crowd: water cannon, rubber bullets, batons, pepper spray;
        # a crowd charged, a march blocked, an uprising crushed (only the verb is matched, so that
        # the crowd stays a protest word of its own)
        r"water\s*cannons?|(?:carros?|camiones|tanquetas?)\s+(?:lanza-?aguas?|hidrantes?)|"
        r"rubber(?:-coated)?\s+bullets|plastic\s+bullets|balas\s+de\s+(?:goma|caucho|salva)|"
        r"balines|baton[- ]charg(?:e|es|ed)|bastonazos|porrazos|macanazos|garrotazos|"
        r"pepper\s+spray|gas\s+pimienta|tear-?gass(?:ed|ing)|teargas|lacrimogen[oa]|"
        r"charged\s+(?:at\s+)?(?:the\s+)?(?=(?:crowds?|protesters|demonstrators|marchers|students|"
        r"strikers|mourners)\b)|"
        r"cargaron\s+contra\s+(?:los\s+|las\s+|la\s+)?(?=(?:manifestantes|multitud|marcha|"
        r"huelguistas|estudiantes|pobladores|campesinos)\b)|"
        r"blocked\s+(?:the\s+|a\s+)(?=(?:\w+\s+)?(?:march|protest|demonstration|rally)\b)|"
        r"(?:quell(?:ed)?|crush(?:ed)?|suppress(?:ed)?|put\s+down)\s+(?:the\s+|a\s+)?(?=(?:\w+\s+)?"
        r"(?:protests?|demonstrations?|uprising|rebellion|revolt|strikes?|march|rally|riots?)\b)|"
        r"(?:sofoc|aplast|disolv)(?:o|aron)\s+(?:la|el|las|los)\s+(?=(?:\w+\s+)?(?:protestas?|"
        r"huelgas?|marchas?|rebelion|levantamiento|sublevacion|manifestacion(?:es)?|"
        r"movilizacion(?:es)?|revuelta)\b)",
        "protest_repression",
    ),
    (r"wounded|injured|injuring|wounding|heridos|heridas|lesionad[oa]s", "injury"),
    (
        r"raid(?:ed|s)?|stormed|allanamientos?|allanaron|irrumpi(?:o|eron)|incursion(?:es)?",
        "raid_search",
    ),
    (
        r"burn(?:ed|t)\s+(?:down\s+)?(?:\w+\s+)?(?:homes|houses|village|town)|set\s+fire|torched|"
        r"quemaron\s+(?:\w+\s+){0,2}(?:viviendas|casas|ranchos|chozas)|incendiaron|"
        # what was destroyed told first: "32 homes were destroyed", "casas reducidas a cenizas"
        r"(?:homes|houses|buildings?|huts|shops|churches)\s+(?:[\w-]+\s+){0,3}(?:was|were)\s+"
        r"(?:\w+\s+){0,2}(?:burned|burnt|destroyed|demolished|torched|razed|set\s+on\s+fire|"
        r"looted)|set\s+on\s+fire|razed|"
        r"(?:casas|viviendas|ranchos|chozas|edificios)\s+(?:[\w-]+\s+){0,3}(?:fueron\s+|quedaron\s+)?"
        r"(?:quemad[oa]s|incendiad[oa]s|destruid[oa]s|saquead[oa]s|arrasad[oa]s|"
        r"reducid[oa]s\s+a\s+cenizas)|"
        # burning and wrecking told by the act: "was burnt down", "burning their houses", "burned
        # his motorcycle", "prendieron fuego a las casas", "dinamitaron", "bulldozed", "arrasaron
        # el caserío", "reduced to ashes" (looting, "saquearon", "ransacked" is taking, not
        # destroying, and "les prendieron fuego" is said of people set alight)
        r"burn(?:ed|t)\s+down|(?:burn(?:ed|t|ing)|torch(?:ed|ing))\s+(?:his|her|their|the|its|"
        r"several|dozens\s+of|hundreds\s+of)\s+(?:\w+\s+)?(?:homes?|houses?|huts?|shops?|stores?|"
        r"cars?|vehicles?|motorcycles?|trucks?|buses|crops|fields|harvests?|granaries|churche?s?|"
        r"mosques?|temples?|schools?|offices?|market|village|hamlet)|set\s+ablaze|"
        r"(?:pr(?:endieron|endio|endian)\s+fuego\s+a|quem(?:aron|o|aban))\s+(?:las|los|sus|su|la|el)\s+"
        r"(?:\w+\s+)?(?:viviendas?|casas?|ranchos?|chozas?|vehiculos?|autos?|carros?|motos?|"
        r"camiones|buses|cosechas?|sembrados|cultivos|milpas?|graneros?|tiendas?|comercios?|"
        r"iglesias?|escuelas?|oficinas?|sedes?|local)|"
        r"dinamit(?:aron|o|ad[oa]s?)|dynamited|bulldoz(?:ed|ing)|"
        # machines told flattening a place: "bulldozers had flattened the compound", "las
        # topadoras derribaron las casas"
        r"(?:bulldozers?|excavators?|tanks|topadoras?|excavadoras?|retroexcavadoras?)\s+"
        r"(?:\w+\s+){0,2}(?:flattened|demolished|razed|destroyed|derrib(?:aron|o)|"
        r"demoli(?:eron|o)|destru(?:yeron|yo)|arras(?:aron|o))|"
        r"arras(?:aron|o)\s+(?:con\s+)?(?:el|la|los|las)\s+(?:caserios?|aldeas?|pueblos?|"
        r"comunidad(?:es)?|viviendas|casas|cultivos|sembrados)|"
        r"destru(?:yeron|yo|ian)\s+(?:las|los|sus|la|el)\s+(?:\w+\s+)?(?:viviendas?|casas?|ranchos?|"
        r"chozas?|cultivos|cosechas|sembrados|escuelas?|iglesias?|tiendas?)|"
        r"destroy(?:ed|ing)\s+(?:\w+\s+){0,2}(?:homes|houses|huts|crops|fields|shops|villages?|"
        r"churches|mosques|schools)|reduced\s+to\s+(?:ashes|rubble)",
        "property_destruction",
    ),
    (
        r"secret\s+(?:military\s+)?trial|hooded\s+(?:judges|military|officers)|faceless\s+judges|"
        r"jueces\s+sin\s+rostro|tribunal(?:es)?\s+sin\s+rostro|"
        # a trial told unfair by what it lacked: "juicio sin garantías", "without due process",
        # "tried by a military court" (civilians), "show trial", "tried in absentia", "denied a
        # lawyer". Left out: how a case was built ("fabricated evidence", "declaraciones
        # obtenidas bajo tortura", told of an investigation, with a ruling's date), and "consejo
        # de guerra" (told in passing of people later killed)
        r"juicios?\s+sin\s+garantias|without\s+due\s+process|sin\s+(?:el\s+)?debido\s+proceso|"
        r"(?:tried|judged|prosecuted|charged|sentenced|convicted)\s+(?:by|before|in)\s+(?:a\s+)?"
        r"military\s+(?:courts?|tribunals?)|"
        r"(?:juzgad|procesad|condenad)[oa]s?\s+(?:por|ante|en)\s+(?:un\s+|el\s+)?(?:tribunal|fuero|"
        r"corte|juez)\s+(?:militar|castrense)|"
        r"show\s+trials?|sham\s+trials?|juicios?\s+(?:sumarios?|farsa)|summary\s+trials?|"
        r"(?:tried|convicted|sentenced)\s+in\s+absentia|"
        r"(?:denied|without)\s+(?:access\s+to\s+)?(?:a\s+|any\s+)?(?:lawyer|defen[cs]e\s+counsel)|"
        r"sin\s+(?:acceso\s+a\s+)?(?:un\s+)?abogado\s+defensor",
        "unfair_trial",
    ),
    (
        r"ambush(?:ed)?|clash(?:es|ed)?|firefight|emboscad[ao]s?|enfrentamientos?|combates?|"
        r"shoot-?outs?|gun\s*fights?|exchanges?\s+of\s+fire|intercambios?\s+de\s+disparos|"
        r"attacked\s+(?:an?\s+|the\s+)?(?:army\s+|military\s+|police\s+)?(?:convoy|patrol|base|post)|"
        r"atac(?:o|aron)\s+(?:un|una|el|la)\s+(?:convoy|patrulla|base|puesto)|"
        # fighting told by its sides: "gun battle", "crossfire", "skirmish", "choque armado", "se
        # enfrentaron a", "fighting between", "fought the army", "ataque guerrillero", "toma
        # guerrillera", "combatieron" ("tiroteo", "balacera" are any shooting, one-sided too; a
        # "mock guerrilla attack" is staged)
        r"gun\s*battles?|(?:cross\s*fire|fuego\s+cruzado)|skirmish(?:es)?|"
        r"choques?\s+armados?|(?:se\s+)?enfrent(?:aron|aban)\s+(?:a|con|contra)\b|"
        r"(?:heavy\s+)?fighting\s+(?:between|broke\s+out|with)|"
        r"fought\s+(?:with\s+|against\s+)?(?:the\s+)?(?:army|soldiers|troops|police|rebels|"
        r"guerrillas?|insurgents|militias?|paramilitaries)|"
        r"(?<!mock\s)(?<!fake\s)(?<!staged\s)(?:guerrilla|rebel|insurgent)\s+(?:attack|assault|"
        r"offensive)s?|"
        r"(?:ataques?|tomas?|incursion(?:es)?)\s+(?:guerrillera|guerrilleras|guerrilleros?|"
        r"subversivas?|insurgentes?)|combat(?:ieron|ian)",
        "armed_clash",
    ),
    (
        r"mass\s+graves?|clandestine\s+graves?|exhum(?:ed|ing|ation|ations)|unearthed|"
        r"fosas?\s+(?:comun(?:es)?|clandestinas?)|fosas?|exhum(?:o|aron|acion|aciones|ando)|"
        r"restos\s+(?:oseos|humanos)|restos\s+de|remains\s+of|"
        r"(?:open(?:ed)?|dug\s+up|found|unearth(?:ed)?)\s+(?:the|a|their)\s+graves?|"
        r"(?:encontraron|hallaron|found|discovered)\s+(?:\w+\s+){0,2}(?:huesos|osamentas|bones|"
        r"skeletons|esqueletos)|osamentas|"
        r"forensic\s+(?:team|anthropologists|experts)|antropologos\s+forenses|equipo\s+forense|"
        r"peritos\s+forenses|"
        # what is found told by itself: "unmarked graves", "human remains", "bone fragments",
        # "cementerio clandestino", "enterrados clandestinamente", "identificaron los restos"
        r"unmarked\s+graves?|(?:human|skeletal)\s+remains|bone\s+fragments|fragmentos\s+oseos|"
        r"cementerios?\s+clandestinos?|(?:enterrad|inhumad|sepultad)[oa]s\s+clandestinamente|"
        r"(?:inhumacion|inhumaciones|entierros?)\s+clandestin[oa]s?|clandestine\s+burials?|"
        r"burial\s+pits?|identific(?:aron|o)\s+los\s+restos|identified\s+the\s+remains",
        "mass_grave_discovery",
    ),
    (
        r"dirty\s+war|internal\s+armed\s+conflict|campaign\s+of\s+terror|terror\s+campaign|"
        r"(?:military\s+|army\s+|counterinsurgency\s+)?campaign\s+against|scorched[- ]earth|"
        r"campana\s+(?:militar\s+|contrainsurgente\s+)?contra|tierra\s+arrasada|"
        r"guerra\s+sucia|conflicto\s+armado\s+interno|people's\s+war|guerra\s+popular|"
        # an army operation over an area: "lanzó un vasto operativo antiguerrillero"
        r"(?:lanzo|lanzaron|desplego|desplegaron|launched)\s+(?:un|una|an?)\s+(?:\w+\s+){0,2}"
        r"(?:operativo|operacion|ofensiva|operation|offensive)|"
        r"operativos?\s+(?:militar(?:es)?|antiguerriller[oa]s?|contrainsurgentes?)|"
        r"(?:counterinsurgency|counter-insurgency|military)\s+(?:operation|offensive|sweep)s?|"
        # a campaign told by its aim or its span: "ethnic cleansing", "limpieza social", "a
        # wave of killings", "ola de terror", "plan de exterminio" (the wave only: the
        # killings stay kill words)
        r"ethnic\s+cleansing|limpieza\s+(?:etnica|social)|"
        r"(?:wave|spate|series)\s+of\s+(?=(?:killings|murders|disappearances|abductions|terror|"
        r"massacres|repression|arrests)\b)|ola\s+de\s+(?=(?:asesinatos|terror|represion|"
        r"secuestros|desapariciones|masacres|violencia\s+politica|detenciones)\b)|"
        r"(?:plan|politica|campana)\s+de\s+exterminio|extermination\s+(?:campaign|policy|plan)",
        "campaign",
    ),
    (
        r"self-coup|autogolpe|coup\s+d'etat|golpe\s+de\s+estado|coup|"
        # a government overthrown: "derrocó al presidente", "was overthrown", "seized power",
        # "golpe militar", "military takeover", "ousted the president"
        r"derroc(?:o|aron|ad[oa]|amiento)|overthr(?:ew|own|ow)|seized\s+power|"
        r"(?:se\s+hicieron|se\s+hizo)\s+con\s+el\s+poder|golpe\s+(?:militar|civico-militar)|"
        r"golpistas?|military\s+takeover|putsch|"
        r"(?:ousted|toppled|deposed)\s+(?:the\s+(?:\w+\s+)?(?:president|government|prime\s+"
        r"minister|regime|leader)|president)",
        "coup",
    ),
    (
        r"desplazamiento\s+forzado|forced(?:ly)?\s+displace(?:d|ment)|were\s+displaced|"
        r"fueron\s+desplazad[oa]s|(?:la\s+)?poblacion\s+(?:entera\s+)?(?:huyo|fue\s+desplazada)|"
        r"(?:the\s+)?(?:entire|whole)\s+(?:population|village|community)\s+fled|exodo|exodus|"
        # people who fled told with their number or who they were
        r"(?:personas|familias|habitantes|pobladores|campesinos|indigenas|vecinos|sobrevivientes|"
        r"comunidades|miles|cientos|families|people|residents|villagers|survivors|inhabitants|"
        r"peasants|thousands|hundreds)\s+(?:[\w.]+\s+){0,4}(?:huyeron|huyo|abandonaron|abandono|"
        r"se\s+desplazaron|se\s+refugiaron|fled|left\s+their\s+(?:homes|villages|land))|"
        # people driven out told by what made them go or what they lost: "forced to flee",
        # "obligados a huir", "abandonaron sus tierras", "evicted", "los desplazados", "despojo
        # de tierras", "took refuge", "expulsados de sus tierras", "pueblo fantasma"
        r"(?:forced|compelled|made)\s+to\s+(?:flee|leave\s+(?:their|his|her)\s+(?:homes?|land|"
        r"villages?|farms?))|obligad[oa]s?\s+a\s+(?:huir|desplazarse|abandonar\s+(?:sus|su)\s+)|"
        r"tuvieron\s+que\s+(?:huir|desplazarse|abandonar\s+(?:sus|su)\s+)|"
        r"abandon(?:aron|ar)\s+(?:sus|su)\s+(?:tierras|casas|hogares|parcelas|fincas|comunidad(?:es)?|"
        r"pueblos?|aldeas?|caserios?)|fled\s+(?:their|the|his|her)\s+(?:homes?|villages?|land|"
        r"towns?|farms?|region|country)|fled\s+(?:in)?to\s+(?:the\s+)?(?:mountains|hills|"
        r"jungle|forest|bush)|huyeron\s+(?:a|al|hacia)\s+(?:la|el|los|las)?\s*(?:monte|montes|"
        r"montanas?|cerros?|selva|bosque)|"
        r"evict(?:ed|ion|ions)|desalojad[oa]s?\s+de\s+(?:sus|su|las|la)\s+(?:tierras?|casas?|"
        r"viviendas?|territorios?|predios?|comunidad)|"
        r"(?:los|las|miles\s+de|cientos\s+de|familias)\s+desplazad[oa]s|"
        r"(?:internally\s+)?displaced\s+(?:people|persons|families|villagers|communities)|"
        r"despojo\s+de\s+(?:sus\s+|las\s+)?tierras|despojad[oa]s\s+de\s+(?:sus|su)\s+"
        r"(?:tierras|territorios?|parcelas)|"
        r"(?:expelled|driven|forced)\s+(?:out\s+)?(?:of|from)\s+(?:their|his|her)\s+(?:land|lands|"
        r"homes?|villages?|territory)|expulsad[oa]s\s+de\s+(?:sus|su)\s+(?:tierras|casas|"
        r"comunidad(?:es)?|territorios?)|"
        r"(?:took|sought)\s+refuge|buscaron\s+refugio|ghost\s+towns?|pueblos?\s+fantasmas?|"
        r"uprooted|"
        # "were forced out", "given forty-eight hours to leave", "dieron 48 horas para irse"
        r"(?:was|were|been|being)\s+(?:forced|driven)\s+out\b|"
        r"given\s+(?:[\w-]+\s+){1,2}hours\s+(?:or\s+less\s+)?to\s+(?:leave|go|get\s+out)|"
        r"(?:told|ordered)\s+to\s+(?:leave|go|get\s+out)\s+(?:within|in)\s+(?:[\w-]+\s+){1,2}"
        r"(?:hours|days)|(?:les|le)\s+ordenaron\s+(?:salir|irse|abandonar\s+\w+\s+\w+)\s+en\s+"
        r"(?:menos\s+de\s+)?(?:[\w-]+\s+){1,2}(?:horas|dias)|"
        r"(?:les|le)\s+dieron\s+(?:[\w-]+\s+){1,2}horas\s+para\s+(?:irse|salir|abandonar|marcharse)",
        "forced_displacement",
    ),
    (
        r"privacion\s+ilegal(?:\s+de\s+(?:la\s+)?libertad)?|illegal(?:ly)?\s+detain(?:ed|tion)|"
        r"unlawful(?:ly)?\s+detain(?:ed|tion)|detenci(?:on|ones)\s+ilegal(?:es)?|"
        r"held\s+incommunicado|incomunicad[oa]s|held\s+(?:in\s+)?(?:cells|secret)|"
        r"detenid[oa]s\s+ilegalmente|detenid[oa]s\s+sin\s+cargos|held\s+without\s+charge|"
        r"round-?ups?|redadas?|razzias?|se\s+llevaron\s+presos|"
        # held with no warrant, charge or trial, cut off, in secret or in a sweep: "incomunicado",
        # "held without trial", "sin orden judicial", "mass arrests", "rounded up", "privación
        # ilegítima de la libertad" (Argentina), "a secret prison"
        r"incomunicad[oa]|held\s+(?:[\w-]+\s+){0,4}?without\s+(?:charges?|trial|access\s+to\s+"
        r"(?:a\s+|any\s+)?(?:lawyers?|counsel|(?:their|his|her)\s+families))|"
        r"(?:detained|arrested)\s+without\s+(?:a\s+)?(?:warrant|charges?|trial)|"
        r"sin\s+orden\s+(?:judicial|de\s+(?:captura|detencion|aprehension|arresto))|"
        r"mass\s+arrests|detenciones\s+masivas|arrestos\s+masivos|"
        r"privacion\s+ilegitima\s+de\s+(?:la\s+)?libertad|ilegitimamente\s+privad[oa]s?|"
        r"privad[oa]s?\s+ilegitimamente|detenid[oa]\s+ilegalmente",
        "arbitrary_detention",
    ),
    (
        r"arrested|captured|capture|detained|arrests?|detuvieron|detuvo|"
        r"captur(?:a|o|ado|ada|aron)|(?:fue|fueron|han\s+sido|ha\s+sido)\s+"
        r"(?:detenid[oa]s?|arrestad[oa]s?)|arrest(?:o|aron)|"
        # "fueron capturados", "aprehendido", "apresaron", "quedaron detenidos", "apprehended"
        r"capturad[oa]s|aprehendid[oa]s?|aprehendi(?:o|eron)|apresad[oa]s?|apres(?:o|aron)|"
        r"(?:quedo|quedaron|resulto|resultaron)\s+detenid[oa]s?|apprehended|rounded\s+up|"
        # "taken into custody", "quedaron bajo custodia de la policía"
        r"(?:taken|placed)\s+into\s+(?:police\s+|military\s+)?custody|"
        r"(?:quedo|quedaron|pasaron|paso|fue\s+puest[oa]|fueron\s+puest[oa]s)\s+bajo\s+"
        r"(?:la\s+)?custodia|"
        r"rounding\s+up",
        "arrest",
    ),
]
EVENT_TRIGGER_RE = [(re.compile(rf"\b(?:{p})\b"), t) for p, t in EVENT_TRIGGERS]

# Priority when one event has several kinds of trigger (first wins).
EVENT_PRIORITY = [
    "massacre",
    "protest_killing",
    "death_in_custody",
    "extrajudicial_killing",
    "enforced_disappearance",
    "mass_grave_discovery",
    "campaign",
    "coup",
    "forced_displacement",
    "abduction",
    "protest_repression",
    "armed_clash",
    "arbitrary_detention",
    "arbitrary_arrest",
    "arrest",
    # told with a detention or an abduction, these are proposed beside it as events of their own
    "sexual_violence",
    "torture_ill_treatment",
    "raid_search",
    "property_destruction",
    "unfair_trial",
    "threat_harassment",
    "protest",
    "other",
]

# Which event types may be merged into one event.
EVENT_GROUP = {
    "mass_grave_discovery": "discovery",
    "coup": "coup",
    "campaign": "campaign",
    "unfair_trial": "trial",
    "forced_displacement": "displacement",
}

COUNT_WORDS: dict[str, str] = {
    # killed
    r"killed|killing|kill|dead|died|deaths?|death\s+toll|murdered|executed|slain|shot\s+dead|"
    r"lives|lost\s+their\s+lives|victims\s+killed|fatalities|"
    r"muert[oa]s|muertes|fallecid[oa]s|fallecieron|murieron|asesinad[oa]s|asesino|asesinaron|"
    r"mato|mataron|ejecutad[oa]s|ejecuto|ejecutaron|victimas\s+mortales|perdieron\s+la\s+vida|"
    r"acribillad[oa]s|cifra\s+de\s+muertos|massacres?\s+of|masacres?\s+de|matanzas?\s+de|"
    r"d(?:io|ieron)\s+muerte\s+a|mataban\s+a|asesinaban\s+a|"
    r"killings?\s+of|murders?\s+of|asesinatos?\s+de|ejecucion\s+de|muertes?\s+de|"
    r"gunned\s+down|(?:beaten|hacked|stabbed|burned|burnt|shot|tortured)\s+to\s+death|"
    r"burn(?:ed|t)\s+alive|lynched|fusilad[oa]s|fusilaron(?:\s+a)?|fusilamiento\s+de|"
    r"degollad[oa]s|degollaron(?:\s+a)?|linchad[oa]s|lincharon(?:\s+a)?|"
    r"quemad[oa]s\s+viv[oa]s|calcinad[oa]s|estrangulad[oa]s|ultimad[oa]s|masacrad[oa]s|"
    r"bodies|(?:the\s+)?bodies\s+of|cuerpos|(?:los\s+)?cuerpos\s+de|cadaveres\s+de|"
    r"asesinatos|killings|murders|annihilated|aniquilad[oa]s|exterminad[oa]s|"
    r"massacred|toll|"
    # the dead found in a grave: "exhumó … los restos de 18 personas", "recovered the remains of
    # 62 people" (remains handed back are no count: `counts_rules._HANDED_BACK`)
    r"(?:the\s+)?(?:human\s+|skeletal\s+)?remains\s+of|"
    r"(?:los\s+)?restos\s+(?:oseos\s+)?de": "killed",
    r"sobrevivieron\s+con\s+heridas|survived\s+(?:with\s+|their\s+)(?:\w+\s+)?(?:wounds|injuries)|"
    r"wounded|injured|injuring|wounding|hurt|heridos?|heridas|lesionad[oa]s|hirieron|hirio|"
    r"lesiono|lesionaron|"
    r"(?:treated|hospitali[sz]ed)\s+for\s+(?:gunshot\s+|bullet\s+)?(?:wounds|injuries)|"
    # "185 taken to hospital with serious injuries"
    r"(?:taken|rushed|admitted|brought)\s+to\s+(?:the\s+)?hospitals?\s+with\s+(?:\w+\s+)?"
    r"(?:wounds|injuries)|"
    r"(?:atendid[oa]s|hospitalizad[oa]s)\s+(?:por|con)\s+heridas": "wounded",
    r"(?:forcibly\s+)?disappeared|missing|desaparecid[oa]s|desaparecieron|"
    r"(?:enforced\s+|forced\s+)?disappearances?\s+of|desaparicion(?:es)?\s+(?:forzadas?\s+)?de|"
    r"disappearances|desapariciones|"
    # "at least 11 people were never seen again"
    r"never\s+(?:been\s+)?seen\s+again|never\s+(?:came\s+back|returned|reappeared)|"
    r"nunca\s+(?:mas\s+)?(?:aparecieron|volvieron|regresaron)|"
    # "more than 600 of its members are still unaccounted for", "siguen sin aparecer"
    r"unaccounted\s+for|(?:siguen|continuan|permanecen)\s+sin\s+aparecer": ("disappeared"),
    r"detained|arrested|detentions|arrests|detenid[oa]s|detuvieron|detuvo|arrestad[oa]s|"
    r"arrestaron|capturad[oa]s|capturaron|apresaron|"
    r"privacion\s+ilegal\s+de\s+(?:la\s+)?libertad(?:\s+y\s+(?:las\s+)?torturas?)?\s+de|"
    r"(?:illegal|unlawful|arbitrary)\s+detention\s+of|detenciones?\s+(?:ilegal(?:es)?\s+)?de|"
    # held by the forces in other words: "342 were interned", "rounded up", "taken to police
    # stations", "se llevaron presos a veintiocho", "fueron encarcelados"
    r"interned|internment\s+of|rounded\s+up|jailed|imprisoned|apresad[oa]s|encarcelad[oa]s|"
    r"encarcelaron(?:\s+a)?|taken\s+into\s+custody|held\s+without\s+(?:charge|trial)|"
    r"(?:taken|brought|driven)\s+to\s+(?:the\s+)?(?:police|army|military)\s+(?:stations?|posts?|"
    r"barracks|camps?|schools?|bases?|headquarters|cells)|"
    r"(?:se\s+)?llev(?:aron|o)\s+(?:pres[oa]s|detenid[oa]s)(?:\s+a)?|"
    r"llevad[oa]s\s+(?:pres[oa]s|detenid[oa]s)": ("detained"),
    # people taken away: counted as disappeared only when the event is a disappearance
    r"abducted|kidnapped|took\s+away|taken\s+away|se\s+llev(?:aron|o)(?:\s+a)?|secuestraron(?:\s+a)?|"
    r"secuestrad[oa]s|seized|forced|"
    # "32 boys were taken; …", "were taken from their homes by soldiers" (not "taken to hospital")
    r"(?:were|had\s+been|have\s+been)\s+taken(?=\s*[;,.]|\s*$|\s+(?:from|by|at|in|away)\b)|"
    r"fueron\s+sacad[oa]s(?:\s+de\s+sus\s+casas)?|"
    r"(?:escogieron|sacaron|subieron|separaron)\s+a": "abducted",
}
COUNT_WORD_RE = [(re.compile(rf"\b(?:{p})\b"), c) for p, c in COUNT_WORDS.items()]

PERSON_NOUNS = (
    r"people|persons|civilians|villagers|peasants|farmers|protesters|demonstrators|students|"
    r"guests|other|invitados|asistentes|neighbou?rs|relatives|passengers|pasajeros|teachers|"
    r"professors|profesores|"
    r"inmates|prisoners|prisioneros|captives|cautivos|children|men|women|teenagers|minors|youths|"
    r"soldiers|officers|policemen|"
    r"police\s+officers|residents|members|victims|others|more|comuneros|campesinos|pobladores|"
    r"personas|civiles|manifestantes|estudiantes|internos|reclusos|presos|ninos|ninas|menores|"
    r"hombres|mujeres|jovenes|adolescentes|soldados|militares|policias|agentes|efectivos|"
    r"peruanos|vecinos|victimas|otros|otras|mas|senderistas|guerrilleros|rebels|insurgents|"
    r"campesinas|universitarios|alumnos|trabajadores|workers|family|familiares|detainees|"
    r"detenidos|ronderos|journalists|periodistas|"
    r"indigenas|indigenous|natives|migrants|migrantes|miners|mineros|priests|sacerdotes|nuns|"
    r"monjas|catechists|catequistas|leaders|dirigentes|lideres|activists|activistas|"
    r"sindicalistas|trade\s+unionists|unionists|militants|militantes|settlers|colonos|"
    r"fishermen|pescadores|boys|girls|muchachos|jornaleros|obreros|labou?rers|patients|"
    r"pacientes|worshippers|fieles|feligreses|refugees|refugiados|desplazados"
)
PERSON_NOUN_RE = re.compile(rf"\b(?:{PERSON_NOUNS})\b")
# one person named by what they were: the items of "three students and a professor"
PERSON_NOUN_ONE = (
    r"student|professor|teacher|child|boy|girl|woman|man|priest|nun|journalist|farmer|peasant|"
    r"leader|soldier|officer|policeman|worker|nurse|doctor|lawyer|judge|teenager|minor|baby|"
    r"estudiante|profesora?|maestr[oa]|nin[oa]|muchach[oa]|mujer|hombre|sacerdote|religiosa|"
    r"monja|periodista|campesin[oa]|dirigente|lider|soldado|policia|obrer[oa]|trabajador[a]?|"
    r"enfermer[oa]|medic[oa]|abogad[oa]|juez|adolescente|joven|menor|bebe|ancian[oa]|"
    r"universitari[oa]|comuner[oa]|vecin[oa]|alumn[oa]|guia|chofer|conductor|"
    r"guerriller[oa]|rebelde|rebel|insurgente|insurgent|rehen|hostage|comando|commando"
)
PERSON_ITEM_RE = re.compile(
    rf"\s*(?:a\s+)?(?P<num>\d+|[a-z]+(?:-[a-z]+)?)\s+(?:[a-z]+\s+)?"
    rf"(?:{PERSON_NOUNS}|{PERSON_NOUN_ONE}|{PERSON_NOUN_ONE}e?s)\b"
)

SUBSET_BEFORE = re.compile(
    r"(?:of\s+(?:them|whom|those|the\s+\w+)|among\s+(?:them|the\s+\w+)|including|"
    r"de\s+(?:ellos|ellas|los\s+cuales|las\s+cuales|los\s+\w+|las\s+\w+)|"
    r"entre\s+(?:ellos|ellas|los\s+\w+|las\s+\w+)|incluid[oa]s|incluyendo|como|such\s+as)"
    r"[\s,:]*$"
)
SUBSET_AFTER = re.compile(
    r"^\s*(?:of\s+(?:them|whom|the|those)|de\s+(?:ellos|ellas|los|las)\b|were\s+(?:children|"
    r"minors|women|teenagers)|eran\s+(?:ninos|menores|mujeres))"
)
TOTAL_CUE = re.compile(
    r"\b(?:in\s+total|a\s+total\s+of|total\s+of|death\s+toll|toll|en\s+total|un\s+total\s+de|"
    r"saldo|overall|all\s+told|rose\s+to|ascendio\s+a|elevo\s+a|bringing\s+the)\b"
)
# a bare figure reported by someone ("spoke of 400", "cifraron en 400") takes the category of
# the figures it disagrees with
REPORTED_FIGURE = re.compile(
    r"\b(?:spoke\s+of|speaks?\s+of|counted|counts?|lists?|listed|tallied|tally\s+of|"
    r"put\s+(?:the\s+\w+|it)\s+at|puts\s+(?:the\s+\w+|it)\s+at|estimated|reported|"
    # "put the number of victims at 49", "estimó las víctimas en al menos 49", "cifró el número
    # de muertos en 30": the people counted are named between the verb and the figure
    r"(?:put|puts|placed|places|set|sets)\s+(?:the|their|its)\s+(?:number|count|toll|tally)\s+"
    r"of\s+(?:\w+\s+){1,2}at|"
    r"(?:estim|cifr|calcul|situ)\w*\s+(?:el\s+numero\s+de\s+|la\s+cifra\s+de\s+)?"
    r"(?:las|los|sus)\s+(?:\w+\s+){1,2}en|"
    r"habl(?:an|a|o|aron|aban|ado)\s+(?:\w+\s+)?de|cuentan|contaron|cuenta|conto|listan?|enumeran|"
    r"elevan?\s+(?:la\s+cifra\s+)?a|cifr\w+\s+en|calcul\w+(?:\s+en)?|estim\w+\s+en|"
    # "cifró el número en más de sesenta", "situó la cifra en 80"
    r"(?:cifr|estim|calcul|situ|fij)\w*\s+(?:el\s+numero|la\s+cifra|el\s+total)\s+en|"
    # a community's own count of its dead: "la comunidad recuerda a ocho", "the village
    # remembers eleven"
    r"recuerdan?\s+a|remembers?|"
    r"contabiliz\w+|registr\w+|una\s+cifra\s+(?:\w+\s+)?de|a\s+figure\s+of|"
    # "most press accounts give 73", "the figure people quote today is 176"
    r"documented|document(?:o|aron|ar)|give|gives|dan|(?:figure|number|toll|cifra|numero)\s+(?:[a-z]+\s+){0,4}(?:is|was|es|era|fue)"
    # "believes the real number is likely more than 1,000", "believe it was twice that, around 600"
    r"(?:\s+(?:likely|probably|probablemente))?|"
    r"(?:believes?|think|thinks|creen?|piensan?)\s+(?:that\s+)?(?:it|que)\s+(?:was|fue|fueron)"
    r"(?:\s+(?:twice|double|el\s+doble)(?:\s+that)?,?)?(?:\s+(?:around|about|some|unos|unas))?)"
    r"\s*$"
)
WEAK_KILL = re.compile(
    r"^(?:dead|lives|bodies|deaths?|death\s+toll|toll|muertes?|muert[oa]s|cadaveres|died)$"
)
# figures for a whole country or period are not the count of one event
AGGREGATE = re.compile(
    r"\b(?:en\s+todo\s+el\s+pais|a\s+nivel\s+nacional|nationwide|across\s+the\s+country|"
    r"since\s+the\s+(?:start|beginning)|since\s+the\s+protests\s+began|desde\s+el\s+inicio|"
    r"so\s+far\s+this\s+year|en\s+lo\s+que\s+va\s+del\s+ano)\b"
)
DEFINITE_BEFORE = re.compile(
    r"\b(?:the|these|those|this|that|los|las|la|el|estos|estas|esta|este|dicha|dicho|esa|ese)"
    r"\s+(?:\w+\s+)?$"
)
ATTRIBUTION = re.compile(
    r"\b(?:according\s+to|said|says|reported|counted|put\s+the|puts\s+the|recorded|claimed|"
    r"tall(?:y|ies|ied)|official\s+(?:figures?|count|toll)|cifras?\s+oficial(?:es)?|"
    r"recuentos?|balance\s+oficial|"
    r"estimated|acknowledged|admitted|segun|dijo|informo|informaron|reporto|reportaron|senalo|"
    r"cifro|cifraron|registro|reconocio|reconoce|admitio|contabilizo|estima|estimo|denuncio|"
    r"denunciaron|afirma|afirmo|sostiene|declarar|declaro|declararon|told|cites?|cited|citan|"
    r"conto|contaron|cuenta|cuentan|"
    # findings of an inquiry, a court or historians: "concluded that at least 91 were killed",
    # "dio por probados 256 asesinatos", "solo pudo documentar 39 muertes"
    r"conclud(?:ed|es)|concluy(?:o|eron|e)|documented|document(?:o|aron|ar)|established|"
    r"establecio|d(?:io|ieron)\s+por\s+probad[oa]s|statements?|declaraciones)\b"
)

RECALL_CUES = re.compile(
    r"\b(?:recall(?:ed|s|ing)?|remember(?:ed|s)?|reminiscent|echo(?:ed|es|ing)?|anniversary|"
    r"years\s+(?:after|since|ago)|decades?\s+(?:after|ago|earlier)|as\s+in|like\s+the|"
    r"similar\s+to|history|precedent|earlier\s+massacres?|previous|"
    r"recuerd[ao]|recordo|recordaron|como\s+se\s+recuerda|aniversario|anos\s+despues|"
    r"hace\s+\w+\s+anos|al\s+igual\s+que|como\s+en|antecedentes?|precedentes?|memoria)\b"
)

# ---- persons --------------------------------------------------------------------------------

TITLE_WORDS = {
    # English
    "president": "head_of_state",
    "former president": "head_of_state",
    "ex-president": "head_of_state",
    "dictator": "head_of_state",
    "general": "perpetrator",
    "gen": "perpetrator",
    "colonel": "perpetrator",
    "col": "perpetrator",
    "major": "perpetrator",
    "maj": "perpetrator",
    "lieutenant": "perpetrator",
    "lt": "perpetrator",
    "captain": "perpetrator",
    "capt": "perpetrator",
    "sergeant": "perpetrator",
    "commander": "perpetrator",
    "brigadier": "perpetrator",
    "admiral": "perpetrator",
    "judge": "judge",
    "justice": "judge",
    "prosecutor": "prosecutor",
    "attorney general": "prosecutor",
    "lawyer": "lawyer",
    "attorney": "lawyer",
    "minister": "official",
    "mayor": "official",
    "governor": "official",
    "senator": "official",
    "congressman": "official",
    "congresswoman": "official",
    "deputy": "official",
    "ombudsman": "official",
    "journalist": "journalist",
    "reporter": "journalist",
    "photographer": "journalist",
    "activist": "human_rights_defender",
    "chairman": "party_leader",
    "mr": "",
    "mrs": "",
    "ms": "",
    "dr": "",
    # Spanish
    "presidente": "head_of_state",
    "presidenta": "head_of_state",
    "expresidente": "head_of_state",
    "ex presidente": "head_of_state",
    "expresidenta": "head_of_state",
    "mandatario": "head_of_state",
    "dictador": "head_of_state",
    "gral": "perpetrator",
    "coronel": "perpetrator",
    "teniente": "perpetrator",
    "subteniente": "perpetrator",
    "capitan": "perpetrator",
    "sargento": "perpetrator",
    "cabo": "perpetrator",
    "comandante": "perpetrator",
    "mayor ep": "perpetrator",
    "juez": "judge",
    "jueza": "judge",
    "magistrado": "judge",
    "magistrada": "judge",
    "vocal": "judge",
    "fiscal": "prosecutor",
    "fiscala": "prosecutor",
    "abogado": "lawyer",
    "abogada": "lawyer",
    "ministro": "official",
    "ministra": "official",
    "alcalde": "official",
    "alcaldesa": "official",
    "gobernador": "official",
    "gobernadora": "official",
    "congresista": "official",
    "senador": "official",
    "defensor del pueblo": "official",
    "defensora del pueblo": "official",
    "periodista": "journalist",
    "reportero": "journalist",
    "fotografo": "journalist",
    "activista": "human_rights_defender",
    "dirigente": "human_rights_defender",
    "senor": "",
    "senora": "",
    "don": "",
    "dona": "",
    "monsenor": "",
    "mama": "relative",
    "madre": "relative",
    "padre": "",
}
FEMALE_TITLES = {
    "mrs",
    "ms",
    "presidenta",
    "expresidenta",
    "jueza",
    "magistrada",
    "fiscala",
    "abogada",
    "ministra",
    "alcaldesa",
    "gobernadora",
    "senora",
    "dona",
    "mama",
    "madre",
    "congresswoman",
    "defensora del pueblo",
}
MALE_TITLES = {
    "mr",
    "expresidente",
    "presidente",
    "mandatario",
    "juez",
    "magistrado",
    "abogado",
    "ministro",
    "alcalde",
    "gobernador",
    "senor",
    "don",
    "congressman",
    "reportero",
    "padre",
}

# Context cues for roles: (pattern, role); looked for near a person mention.
ROLE_CUES: list[tuple[str, str]] = [
    (
        r"former\s+president|ex-president|president|presidente|presidenta|expresidente|"
        r"ex\s+presidente|expresidenta|head\s+of\s+state|jefe\s+de\s+estado|mandatario|dictator|"
        r"dictador",
        "head_of_state",
    ),
    (
        r"judge|justice|juez|jueza|jueces|magistrad[oa]|presiding|tribunal\s+president|vocal\s+supremo|"
        r"ministr[oa]\s+(?:en\s+visita|de\s+fuero)",
        "judge",
    ),
    (r"prosecutor|fiscal(?:a)?\b", "prosecutor"),
    (r"lawyer|attorney|defence\s+counsel|defense\s+counsel|abogad[oa]|defensa\s+legal", "lawyer"),
    (r"journalist|reporter|photographer|periodista|reporter[oa]|fotografo", "journalist"),
    (
        r"human\s+rights\s+(?:activist|defender|advocate)|activist|defensor[a]?\s+de\s+(?:los\s+)?"
        r"derechos|activista",
        "human_rights_defender",
    ),
    (
        r"minister|ministr[oa]|mayor\b|alcalde(?:sa)?|governor|gobernador[a]?|official|"
        r"funcionari[oa]|ombudsman|defensor[a]?\s+del\s+pueblo|congress(?:wo)?man|congresista|"
        r"spokes(?:wo)?man|vocero|portavoz|director|premier",
        "official",
    ),
    (
        r"(?:his|her|the)\s+(?:mother|father|son|daughter|brother|sister|widow|wife|husband)|"
        r"(?:mother|father|son|daughter|brother|sister|widow|relatives?)\s+of|"
        r"(?:madre|padre|hij[oa]|herman[oa]|viuda|espos[oa]|familiar(?:es)?|tia|tio|sobrin[oa])\s+de|"
        r"mama\s+\w+",
        "relative",
    ),
    (r"witness(?:es)?|testig[oa]s?|survivor|sobrevivient[e]", "witness"),
    (r"political\s+prisoner|pres[oa]\s+politic[oa]", "political_prisoner"),
    (
        r"leader\s+of|head\s+of\s+the|founder|chairman|lider\s+de|cabecilla|fundador|jefe\s+de\s+"
        r"sendero|lider\s+senderista|leader",
        "party_leader",
    ),
    (
        r"sentenced|convicted|found\s+guilty|serving\s+a|condenad[oa]s?|sentenciad[oa]s?|"
        r"declarad[oa]\s+culpable|hallad[oa]\s+culpable|cumple\s+(?:una\s+)?condena|"
        r"autor\s+mediato",
        "convicted_perpetrator",
    ),
    (
        r"accused|defendants?|charged|suspects?|acusad[oa]s?|procesad[oa]s?|imputad[oa]s?|"
        r"investigad[oa]s?|denunciad[oa]s?",
        "alleged_perpetrator",
    ),
    (
        r"ordered|commanded|led\s+the\s+(?:patrol|attack|operation|squad)|ordeno|comandaba|"
        r"dirigio\s+(?:la|el)\s+(?:patrulla|ataque|operativo)|jefe\s+de\s+la\s+patrulla|"
        r"al\s+mando\s+de",
        "perpetrator",
    ),
    (
        r"prisoner|inmate|jailed|imprisoned|in\s+prison|behind\s+bars|remains\s+(?:in\s+prison|jailed)|"
        r"pres[oa]\b|recluid[oa]|encarcelad[oa]|en\s+prision|tras\s+las\s+rejas|internos?",
        "prisoner",
    ),
    (
        r"killed|murdered|shot\s+dead|was\s+shot|died|victims?|slain|were\s+killed|tortured|"
        r"abducted|kidnapped|disappeared|asesinad[oa]|muri[oa]|fallecio|victimas?|torturad[oa]|"
        r"secuestrad[oa]|desaparecid[oa]|baleado|herid[oa]|wounded|injured|(?:the|los)\s+dead|"
        r"muertos|fallecidos|beaten\s+to\s+death|burned\s+to\s+death|vanished",
        "victim",
    ),
]
ROLE_CUE_RE = [(re.compile(rf"\b(?:{p})"), r) for p, r in ROLE_CUES]

# Capitalised words that start or sit in a sequence but are not names.
NOT_NAME_WORDS = set(
    """the a an el la los las lo un una in on at for by from after before during when while but and
    or of to with as if it its this that these those he she his her they their we our you your my
    i there here then now also however meanwhile yesterday today tomorrow
    en de del por con para sin sobre tras desde hasta segun durante cuando mientras pero y o
    este esta estos estas ese esa aquel su sus al ya tambien sin embargo asimismo luego hoy ayer
    peru peruvian peruvians lima army navy air force forces police court supreme national
    university commission truth reconciliation human rights street avenue department province
    region ministry minister congress christmas eve day path shining communist party group
    battalion division command office association committee front movement agency service
    prison airport hospital stadium plaza avenida calle barracks base naval tribunal sala corte
    penal juzgado fiscalia defensoria ministerio comision universidad aeropuerto estadio cuartel
    instituto equipo coordinadora asociacion centro sendero luminoso internacional international
    amnesty watch news press revolution newspaper justice interamericana derechos humanos nacional
    estado state government gobierno republic republica north south east west god catholic
    church iglesia virgen quechua aymara spanish english maoist marxist andean andes america
    american americas united states japan japanese chilean argentine guatemalan salvadoran
    colombian bolivian inter ombudsman health interior defence defense legal medicine forensic
    anthropology team special criminal chamber constitutional appeals federal oral risk high
    lake lago valley pope papa president presidente presidenta former ex judge juez jueza general
    colonel major lieutenant captain sergeant commander brigadier admiral mr mrs ms dr senor
    senora don dona mama fiscal prosecutor lawyer abogado abogada ministro ministra chairman
    monday tuesday wednesday thursday friday saturday sunday lunes martes miercoles jueves
    viernes sabado domingo january february march april may june july august september october
    november december enero febrero marzo abril mayo junio julio agosto septiembre setiembre
    octubre noviembre diciembre dirty war guerra sucia people peoples pueblo indigenous
    indigena red cross cruz roja health directorate direccion regional salud diresa
    mission mision report informe final case caso law ley decree decreto article articulo
    sentence sentencia verdict fallo trial juicio hearing audiencia operation operativo plan
    security seguridad forces fuerzas armadas armed self coup autogolpe emergency emergencia
    brigade brigada patrol patrulla unit unidad regiment regimiento detachment destacamento
    archive archivo museum museo place lugar memory memoria yuyanapaq anfasep aprodeh
    breaking update editor note nota photo foto video according statement comunicado
    wire reporting correspondent staff agencias agency agencia dateline bulletin boletin
    urgent urgente alerta alert testimony testimonio summary resumen ruling resolucion
    witness testigo ayacucho cusco puno juliaca callao junin apurimac
    colonels generals lieutenants judges soldiers officers coroneles generales tenientes jueces
    cemetery cementerio comite committee central casa hall palace palacio metropolitan
    former retired then-president en retiro exmandatario excapitanes excapitan
    afterwards later meanwhile still even although though since because tonight earlier
    finally instead yet again free despite under over about against among between only
    grupo operacion operaciones comando movimiento ejercito armada policia fuerza bloque
    secretaria consejo senado asamblea partido frente organizacion fundacion institutos escuela
    colegio relaciones exteriores gobernacion naciones unidas unidos estados especial expertos
    independientes interdisciplinario defensa procuraduria obediencia debida punto amnistia
    verdad militares militar policial policiales autodefensas cuerpo primer nations experts
    independent interdisciplinary
    support rapid left revolutionary liberation popular democratic socialist union unions
    federation council assembly senate parliament foreign affairs intelligence bureau
    secretariat institute school college foundation organisation organization due obedience
    bosnian serb serbian croat croatian muslim uzbek sudanese brazilian mexican venezuelan
    ecuadorian paraguayan uruguayan honduran nicaraguan cuban haitian panamanian british french
    italian russian chinese korean filipino indonesian african israeli palestinian syrian
    iraqi iranian afghan turkish kurdish rwandan congolese nigerian kenyan ethiopian egyptian
    presidencial presidential
    """.split()
)

FACILITY_AFTER = re.compile(
    r"^\s*(?:airport|university|hospital|stadium|prison|barracks|street|avenue|district|"
    r"province|square|school|military\s+base|base|case|trial|massacre|killings|government|"
    r"administration|regime|era(?=\s*[,.;:)]|\s+(?:of|in|when|and|that)\b)|years|river|dam|hydroelectric|valley|laureate|prize|people|"
    r"sa|ltd|inc|corporation|company)\b|^\s*s\.\s?a\."
)
FACILITY_BEFORE = re.compile(
    r"\b(?:aeropuerto|universidad|hospital|estadio|penal|carcel|calle|avenida|av\.|plaza|cuartel|"
    r"distrito\s+de|provincia\s+de|caso|colegio|escuela|base|jiron|jr\.|centro\s+de\s+salud|"
    r"clinica|gobierno\s+de|regimen\s+de|era\s+de)\s*$"
)

# ---- legal ------------------------------------------------------------------------------------

LEGAL_TRIGGERS: list[tuple[str, str]] = [
    (
        r"humanitarian\s+pardon|pardon(?:ed)?\s+on\s+(?:medical|humanitarian)\s+grounds|"
        r"indulto\s+humanitario|indultad[oa]\s+por\s+razones\s+humanitarias",
        "humanitarian_pardon",
    ),
    (r"pardon(?:ed|s)?|indult(?:o|ad[oa]|aron)|indulto|clemency|gracia\s+presidencial", "pardon"),
    (
        r"annul(?:led|s|ment)?|overturn(?:ed|s)?|voided|struck\s+down|revoked|declared\s+null|"
        r"set\s+(?:[\w'’-]+\s+){0,3}?aside|vacated|nullified|invalidated|"
        r"thrown\s+out|quashed|anul(?:o|ado|ada|acion|aron)|declaro\s+nul[oa]|dejo\s+sin\s+efecto|"
        r"revoco|struck\s+(?:it|them)\s+down|"
        r"declared\s+(?:[\w'’-]+\s+){0,4}?(?:null|void|unconstitutional)|"
        r"declar(?:o|aron)\s+(?:\w+\s+){0,3}?(?:nul[oa]s|inconstitucional(?:es)?)",
        "annulment",
    ),
    (
        r"ordered\s+(?:a\s+)?(?:new\s+trials?|retrials?)|"
        r"(?:ordeno|dispuso)\s+(?:un\s+nuevo\s+juicio|nuevos\s+juicios)",
        "retrial_ordered",
    ),
    (
        r"retried|retrial|tried\s+again|rejuzgad[oa]|juzgad[oa]\s+nuevamente|"
        r"volvio\s+a\s+ser\s+juzgad[oa]|juzgad[oa]\s+de\s+nuevo|nuevo\s+juicio|"
        # a trial ordered held again: "ordenó repetir el proceso", "mandó reponer el juicio",
        # "ordered a new appeal hearing", "ordered the trial to be held again / repeated"
        r"(?:ordeno|ordenaron|mando|mandaron|dispuso|dispusieron)\s+(?:que\s+se\s+)?"
        r"(?:repetir|reponer|rehacer|repita|reponga|rehaga)\s+(?:el|la|su|los|sus)\s+"
        r"(?:juicios?|procesos?|vista|audiencia)|"
        r"ordered\s+(?:a\s+)?new\s+(?:appeals?\s+)?(?:hearings?|proceedings)|"
        r"ordered\s+(?:the|his|her|their)\s+(?:\w+\s+)?(?:trials?|case)\s+(?:to\s+be\s+)?"
        r"(?:repeated|re-?heard|heard\s+again|held\s+again)",
        "retrial",
    ),
    (r"new\s+trials?|nuevos\s+juicios|nuevos?\s+procesos?", "new_trial"),
    (
        r"upheld|uphold|reaffirmed|affirmed|ratified|"
        r"(?:confirmed|confirming|restored|reinstated)\s+(?:the|his|her|their)\s+(?:\w+\s+)?"
        r"(?:sentences?|convictions?|verdicts?)|"
        r"ratific(?:o|aron|ada)|(?:confirm|restablec|restitu)(?:io|ieron|o|aron|e|en|a|an)\s+"
        r"(?:[\w,]+\s+){0,3}?(?:(?:las?|su|sus|esas?|estas?|dichas?|aquellas?)\s+(?:\w+\s+)?"
        r"(?:condenas?|sentencias?|penas?|perpetuas?|resolucion(?:es)?|fallos?)|"
        r"(?:el|su)\s+presidio\s+perpetuo)|dejo\s+firme|"
        # "sigue en firme la condena", "dejó en firme las penas"
        r"(?:sigue|siguen|queda|quedan|quedo|quedaron|dejo|dejaron)\s+en\s+firme\s+"
        r"(?:\w+\s+){0,2}?(?:la|las|su|sus|esa|esas)\s+(?:\w+\s+)?"
        r"(?:condenas?|penas?|sentencias?|fallos?|perpetuas?)|"
        r"(?:condenas?|penas?|sentencias?)\s+(?:\w+\s+){0,3}?(?:sigue|siguen|queda|quedan|quedo|"
        r"quedaron)\s+en\s+firme|"
        # "la Sala mantuvo en ocho años de presidio las penas del general"
        r"mantuv(?:o|ieron)\s+(?:[\w,]+\s+){0,6}?(?:las?|sus?)\s+(?:condenas?|penas?)",
        "sentence_reaffirmed",
    ),
    (
        # "reduced the sentence of X", "cut Roh's term", "increased the prison term of X",
        # "commuted his death sentence"; "that sentence was cut to 15 years"
        r"(?:raised|raising|increased|increasing|reduced|reducing|lowered|lowering|cut|cutting|"
        r"commuted|commuting|shortened|shortening|extended|extending)\s+"
        r"(?:(?:the|his|her|their|its)\s+|(?:[\w-]+\s+){0,3}?[\w-]+['’]s?\s+)(?:[\w-]+\s+){0,2}?"
        r"(?:sentences?|terms?|penalt(?:y|ies))|"
        r"(?:sentences?|terms?|penalt(?:y|ies))\s+(?:was|were|had\s+been|has\s+been|have\s+been)"
        r"\s+(?:later\s+|then\s+)?(?:raised|increased|reduced|lowered|cut|commuted|shortened|"
        r"extended)|"
        # "redujo la pena", "rebajó a 17 años de presidio las penas de", "elevó a 15 años y un
        # día las de X", "redujo de 25 a 18 años la pena"
        r"(?:elevo|elevaron|aumento|aumentaron|redujo|redujeron|rebajo|rebajaron|conmuto|"
        r"conmutaron|reduciendo|rebajando|conmutando|elevando|aumentando|subio|subieron)\s+"
        r"(?:[\w,]+\s+){0,7}?(?:(?:la|las|su|sus|esa|esas|dicha|dichas)\s+(?:\w+\s+)?"
        r"(?:penas?|condenas?)|las?\s+de)|"
        r"(?:pena|penas|condena|condenas)\s+(?:fue|fueron|habia\s+sido|habian\s+sido)\s+"
        r"(?:rebajad|reducid|elevad|aumentad|conmutad)[oa]s?",
        "sentence_modified",
    ),
    (
        # "was cleared of the killing", "un tribunal lo exoneró" (a court's clearing, not an
        # area cleared of people)
        r"acquitted|acquittal|found\s+not\s+guilty|absuelt[oa]s?|absolvio|absolucion|"
        r"(?:was|were|been|be)\s+(?:\w+\s+)?cleared\s+of|exonerated|exoner(?:o|aron)|"
        r"exonerad[oa]s?|"
        # the other forms of "absolver": "los absolvieron", "vi cómo los absolvían"
        r"absolv(?:ieron|ia|ian)|"
        # "found the defendant innocent", "declared the officers innocent", "los declaró
        # inocentes"
        r"(?:found|declared)\s+(?:[\w'’.-]+,?\s+){1,8}?(?:innocent|not\s+guilty)|"
        r"declar(?:o|aron)\s+(?:a\s+)?(?:[\w'’.-]+,?\s+){0,8}?inocentes?",
        "acquittal",
    ),
    (
        r"sentenced|convicted|conviction|found\s+guilty|sentences?\s+of|condeno|condenaron|"
        # a term given in the passive: "was given 14 years", "were given life terms"
        r"(?:was|were|been)\s+given\s+(?:a\s+|an\s+)?(?:[\w-]+\s+){0,2}?(?:years|life|"
        r"(?:prison\s+|jail\s+)?(?:sentences?|terms?))|"
        # "entered convictions against A and B" (an appeal court's own conviction)
        r"entered\s+(?:a\s+)?convictions?\s+against|"
        r"found\s+(?:[\w'’.-]+,?\s+){1,10}?guilty|declar\w+\s+(?:a\s+)?(?:[\w'’.-]+,?\s+){1,8}?"
        r"culpables?|hallad[oa]s?\s+culpables?|declarad[oa]s?\s+culpables?|"
        r"found\s+(?:him|her|them)\s+guilty|"
        r"condenad[oa]s?|sentencio|sentenciad[oa]s?|declaro\s+culpable|hallo\s+culpable|"
        r"hallo\s+responsable|life\s+sentence|life\s+imprisonment|life\s+in\s+prison|"
        r"cadenas?\s+perpetuas?|\d+-year\s+(?:sentence|term|prison\s+term|jail\s+term)|"
        r"(?:condena|pena)\s+de\s+\w+\s+anos|"
        r"(?:received|receive|recibi(?:o|eron)|recibe|impuso)\s+(?:\w+\s+){0,3}?"
        r"(?:sentences?|prison\s+terms?|years|anos|penas?|condenas?)|"
        r"(?:condenad[oa]s?|sentenciad[oa]s?)\s+a\s+perpetua|"
        r"sent\s+(?:[\w'’.-]+,?\s+){1,8}?to\s+(?:prison|jail)\s+for|"
        r"envi(?:o|aron)\s+(?:[\w'’.-]+,?\s+){1,8}?a\s+(?:prision|la\s+carcel)\s+por|"
        # "ya cumple una condena de 25 años": a conviction told earlier, undated here
        r"cumpl(?:e|en|ia|ian|io|ieron)\s+(?:ya\s+)?una\s+condena",
        "conviction",
    ),
    (
        r"released|freed|walked\s+(?:out|free)|left\s+prison|release|liberad[oa]|excarcelad[oa]|"
        r"excarcelacion|salio\s+(?:de\s+prision|del\s+penal|de\s+la\s+carcel|en\s+libertad)|"
        r"puest[oa]\s+en\s+libertad|recobro\s+su\s+libertad|abandono\s+el\s+penal|"
        r"dej[oa]\s+el\s+penal|liberacion|"
        # parole, bail, and being let wait or go free
        r"paroled?|(?:released\s+)?on\s+(?:parole|bail)|"
        r"libertad\s+(?:condicional|provisional|anticipada|vigilada|bajo\s+fianza)|"
        r"(?:esperar|quedar|quedo|quedaron|dejo|dejaron|puso|pusieron|seguir|sigue|siguen)\s+"
        r"en\s+libertad",
        "release",
    ),
    (
        r"remains?\s+(?:in\s+prison|jailed|behind\s+bars|imprisoned|incarcerated|buried\s+alive)|"
        r"solitary|returned\s+to\s+prison|sent\s+back\s+to\s+prison|re-?arrest(?:ed)?|"
        r"re-?entered\s+prison|held\s+in|jailed|imprisoned|incarcerated|"
        r"sigue\s+pres[oa]|permanece\s+(?:recluid[oa]|pres[oa]|en\s+prision)|recluid[oa]|"
        r"aislamiento|volvio\s+a\s+(?:prision|la\s+carcel)|regreso\s+a\s+prision|"
        r"reingreso\s+al?\s+(?:penal|prision)|encarcelad[oa]s?|en\s+prision\s+desde|"
        r"detenid[oa]s?\s+desde|in\s+custody\s+since|"
        r"(?:held|jailed|imprisoned|detained|pres[oa]s?|cumplia|cumple|cumplen)\s+(?:\w+\s+){0,2}?"
        # ("cumple una condena de 25 años" is the sentence served, not a detention of its own)
        r"(?:since|desde)|cumpl(?:e|ia|io)\s+cadena\s+perpetua|"
        r"house\s+arrest|prision\s+domiciliaria|arresto\s+domiciliario|detencion\s+domiciliaria|"
        r"(?:taken|sent|brought|transferred|moved|llevad[oa]s?|trasladad[oa]s?|enviad[oa]s?)\s+"
        r"(?:back\s+)?(?:to|a|al)\s+(?:the\s+|la\s+|el\s+)?(?:[\w-]+\s+)?"
        r"(?:prison|jail|penitentiary|carcel|penal|prision)\b|"
        r"(?:llevad[oa]s|enviad[oa]s|trasladad[oa]s|devuelt[oa]s|sent|taken|brought)\s+"
        r"(?:de\s+nuevo\s+|back\s+)?(?:a|to)\s+(?:prision|la\s+carcel|prison|jail)",
        "detention",
    ),
]
LEGAL_TRIGGER_RE = [(re.compile(rf"\b(?:{p})\b"), t) for p, t in LEGAL_TRIGGERS]

# detentions and releases told as a stay or a step of custody rather than by a verb of a court:
# kept apart from LEGAL_TRIGGER_RE (which also tells the event reader which dates date a ruling)
CUSTODY_TRIGGERS: list[tuple[str, str]] = [
    (
        # "salió de la cárcel de X", "salieron esa misma noche del penal", "salieron libres"
        r"sal(?:io|ieron)\s+(?:[\w-]+\s+){0,3}?(?:de\s+(?:la\s+)?(?:prision|carcel)|"
        r"del\s+(?:penal|reclusorio|centro\s+penitenciario)|en\s+libertad|libres?)|"
        r"(?:quedo|quedaron)\s+libres?|(?:recobr|recuper)(?:o|aron)\s+(?:su|la)\s+libertad",
        "release",
    ),
    (
        # held awaiting trial: "quedaron en prisión preventiva", "was remanded in custody"
        r"(?:prision|detencion)\s+(?:preventiva|provisional)|casa\s+por\s+carcel|"
        r"(?:provisional|pre-?trial)\s+detention|remanded\s+in(?:to)?\s+custody|"
        r"taken\s+into\s+custody|"
        # giving oneself up: "surrendered to the tribunal", "se entregaron en la cárcel de X",
        # "se había presentado en el penal"
        r"surrendered\s+(?:himself\s+|herself\s+|themselves\s+)?to\s+(?:the\s+)?(?:[\w-]+\s+)?"
        r"(?:court|tribunal|police|authorities|justice|prison)|"
        r"se\s+(?:habia\s+|habian\s+)?entreg(?:o|aron|ado)\s+(?:[\w-]+\s+){0,2}?(?:a\s+la\s+justicia|"
        r"al\s+tribunal|a\s+las\s+autoridades|a\s+la\s+policia|en\s+(?:la\s+carcel|el\s+penal|"
        r"la\s+prision))|"
        r"se\s+(?:habia\s+|habian\s+)?present(?:o|aron|ado)\s+en\s+(?:el\s+|la\s+)?"
        r"(?:mism[oa]\s+)?(?:penal|carcel|prision)|"
        r"handed\s+(?:over\s+)?to\s+the\s+(?:tribunal|court)|"
        # an extradition carried out: "was extradited to Spain", "and extradited to Spain",
        # "Brazil extradited him", "llegó extraditado desde Francia", "lo extraditaron" (not
        # "cannot be extradited", "refused to extradite him", "the request for his extradition")
        r"(?:was|were|had\s+been|has\s+been|have\s+been|fue|fueron|habia\s+sido|ha\s+sido|"
        r"llego|llegaron)\s+(?:\w+\s+)?(?:extradited|extraditad[oa]s?)|"
        r"(?:and|y)\s+(?:later\s+|then\s+|luego\s+)?(?:extradited|extraditad[oa]s?)\s+"
        r"(?:to|a|al|desde|from)|"
        r"extradited\s+(?:him|her|them)|(?:lo|la|los|las)\s+extradit(?:o|aron)|"
        # "se lo llevaron a la cárcel", "took him back to prison"
        r"(?:lo|la|los|las)\s+(?:llev(?:o|aron)|envi(?:o|aron)|traslad(?:o|aron)|devolv(?:io|ieron))\s+"
        r"(?:\w+\s+)?(?:a|al)\s+(?:la\s+)?"
        r"(?:carcel|penal|prision)|(?:took|sent|brought)\s+(?:him|her|them)\s+(?:back\s+)?to\s+"
        r"(?:prison|jail)",
        "detention",
    ),
]
CUSTODY_TRIGGER_RE = [(re.compile(rf"\b(?:{p})\b"), t) for p, t in CUSTODY_TRIGGERS]

# "He was arrested in Belgrade on 21 July 2008", "fue detenido en 2003": an arrest is a detention
# legal fact only for a person the text also reports a ruling about (the extractor checks); kept
# apart from LEGAL_TRIGGER_RE so that an arrest told as an event is not read as a ruling
ARREST_DETENTION_RE = re.compile(
    r"\b(?:(?:was|were|had\s+been|has\s+been|have\s+been|had\s+already\s+been|being)\s+"
    r"(?:\w+\s+)?(?:arrested|detained|captured|caught|apprehended)|"
    r"(?:fue|fueron|habia\s+sido|habian\s+sido|ha\s+sido|han\s+sido)\s+(?:\w+\s+)?"
    r"(?:detenid[oa]s?|capturad[oa]s?|arrestad[oa]s?|apresad[oa]s?)|"
    # a participle after a name or a verb told before: "X, arrested by … in March 2005,", "was
    # found there and detained in 2003", "X, capturado en 1999"
    r"(?:,|and|y)\s+(?:later\s+|then\s+|luego\s+)?(?:arrested|detained|captured|apprehended|"
    r"detenid[oa]s?|capturad[oa]s?|arrestad[oa]s?|apresad[oa]s?)\s+(?=(?:by|in|on|at|after|en|el|"
    r"por|tras)\b)|"
    # an object pronoun: "lo detuvieron el 6 de agosto", "police arrested him in 2003"
    r"(?:lo|la|los|las)\s+(?:detuvo|detuvieron|capturo|capturaron|arresto|arrestaron|apreso|"
    r"apresaron|aprehendio|aprehendieron|atrapo|atraparon)|"
    r"(?:arrested|detained|captured|caught)\s+(?:him|her|them)|"
    # a noun opening the time held: "from his arrest in 1999", "desde su captura en 2017" (not
    # "after his capture in 1992", which tells the arrest as an event)
    r"(?:since|from|desde)\s+(?:his|her|their|su|sus)\s+(?:arrest|capture|captura|detencion|"
    r"arresto|aprehension)"
    r"(?=\s+(?:in|on|en|el)\s))\b"
)

SOUGHT_BEFORE = re.compile(
    r"(?:sought|requested|asked\s+for|demanded|seeking|seeks|asks|pidio|pedia|solicito|solicitaba|"
    r"solicita|pide|requirio|exigio|exige|could\s+face|faces?|enfrenta|arriesga|maximum\s+of|"
    r"maximo\s+de|hasta)\b[^.;]{0,40}$"
)
NOT_RELEASE_AFTER = re.compile(
    r"^\s*(?:a|an|the|its|his|her|their|un|una|el|la|los|las)?\s*(?:statement|report|video|"
    r"figures?|list|results?|data|findings|images?|photos?|documents?|comunicado|informe|"
    r"cifras?|lista|datos|imagenes|documentos?)\b"
)
CONDITION_CUES: list[tuple[str, str]] = [
    (
        r"solitary\s+(?:confinement|cell)|aislamiento|celda\s+de\s+aislamiento|solitary",
        "solitary confinement",
    ),
    (
        r"naval\s+base|base\s+naval|military-controlled|island\s+prison|isla\s+penal",
        "military facility",
    ),
    (r"maximum[- ]security|maxima\s+seguridad", "maximum security"),
    (r"house\s+arrest|arresto\s+domiciliario|detencion\s+domiciliaria", "house arrest"),
    (r"hospital|clinic|clinica", "hospital"),
]
CONDITION_RE = [(re.compile(rf"\b(?:{p})\b"), c) for p, c in CONDITION_CUES]

SENTENCE_LIFE = re.compile(
    r"\b(?:life\s+(?:sentences?|imprisonment|in\s+prison|terms?)|(?:to|given|received|serve|"
    r"serving|faces?)\s+(?:a\s+)?life\b|cadenas?\s+perpetuas?|prision\s+perpetua|"
    r"presidio\s+perpetuo|reclusion\s+perpetua|"
    # "sentenced him to imprisonment for the rest of his natural life", "a prisión por el resto
    # de su vida"
    r"(?:prison|imprisonment|jail|prision|carcel)\s+(?:for|por)\s+(?:the\s+|el\s+)?(?:rest|resto)"
    r"\s+(?:of|de)\s+(?:his|her|their|su|sus)\s+(?:natural\s+)?(?:lives|life|vida|vidas)|"
    r"condena\s+perpetua|(?:condenad[oa]s?|sentenciad[oa]s?|a)\s+perpetua|"
    # "la Cámara confirmó la perpetua", "ratificó las perpetuas": the noun on its own
    r"(?:la|las|su|sus|esa|esas|dicha|dichas)\s+perpetuas?)\b"
)
RESPECTIVELY = re.compile(r"\b(?:respectively|respectivamente)\b")
