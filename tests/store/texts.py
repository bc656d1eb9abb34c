"""A short text of the team's own, about a real case, and codings of it for the store tests."""

ACCOMARCA = (
    "On 14 August 1985 an army patrol entered the Ayacucho community of Accomarca and killed 69 "
    "villagers, many of them women and children. The patrol was commanded by sub-lieutenant "
    "Telmo Hurtado. In 2016 a Lima court sentenced Hurtado to 23 years in prison. A survivor, "
    "whose name is withheld here, told investigators the soldiers burned the houses.\n"
)

GOOD_CODING = """\
recuento: coding/1
source:
  file: accomarca.txt
  title: Accomarca case note
  kind: case_summary
  language: en
coder: test coder
records:
  - id: accomarca
    type: event
    cite: {quote: "killed 69 villagers"}
    fields:
      title: Accomarca massacre
      type: massacre
      killed: {value: 69, confidence: medium}
      date: {value: "1985-08-14", quote: "14 August 1985"}
      place:
        value: {name: Accomarca, within: [Ayacucho], country: PE}
        quote: "Ayacucho community of Accomarca"
  - id: hurtado
    type: person
    fields:
      name: {value: Telmo Hurtado, quote: "Telmo Hurtado"}
      roles: {value: [perpetrator, convicted_perpetrator], quote: "sentenced Hurtado"}
  - id: accomarca-command
    type: involvement
    cite: {quote: "The patrol was commanded by sub-lieutenant"}
    fields:
      perpetrator: hurtado
      event: accomarca
      degree: gave_orders
  - id: survivor-1
    type: person
    sensitivity: confidential
    fields:
      name: {value: Survivor One, quote: "A survivor"}
"""

BAD_CODING = """\
recuento: coding/1
source:
  file: accomarca.txt
records:
  - id: accomarca
    type: event
    cite: {quote: "killed 69 villagers"}
    fields:
      type: masacre-total
      killed: {value: 69, quote: "killed 96 villagers"}
      date: {value: "1985-13-14", quote: "14 August 1985"}
      wounded: yes
  - id: accomarca-command
    type: involvement
    cite: {quote: "commanded by"}
    fields:
      perpetrator: unknown-patrol
      event: accomarca
"""
