"""Questions where a wrong word could hurt someone, answered plainly and never from a persona's
material or its opinion pickers (review36): pain in the chest or a struggle to breathe, a pet
in distress, medicines stopped or changed, a baby given honey, being hit, and known hazards
(a candle left burning, breast milk microwaved, the sun looked at through sunglasses, an MRI
with a pacemaker). `at_risk` reads the kind, `risk_reply`
says what to do, in plain words, in every persona's voice alike (as `bots.care` does)."""

from __future__ import annotations

import re

from bots.fold import folded

_PET = (
    r"dog|puppy|cat|kitten|rabbit|bunny|guinea pig|hamster|gerbil|rat|ferret|tortoise|budgie|"
    r"parrot|hen|chicken|horse|pony|pig"
)
URGENT = folded(
    r"\bchest (?:pain|pains|hurts?|hurting|is (?:tight|sore|hurting)|tightness|feels tight)\b|"
    r"\bpains? in (?:my|his|her|the) chest\b|"
    r"\b(?:can'?t|cannot|struggling to|hard to|trouble) breath(?:e|ing)\b|"
    r"\bbreathing (?:fast|hard|heavily|funny|strangely|oddly)\b|"
    r"\b(?:face|mouth) (?:is )?drooping\b|\bslurred speech\b|\b(?:fainted|collapsed|unconscious|"
    r"having a fit|having a seizure|seizures?)\b|\bfell over and\b",
    re.IGNORECASE,
)
PET_SAID = folded(rf"\b(?:{_PET})s?\b", re.IGNORECASE)
MEDICINE = folded(
    r"\b(?:stop|stopping|skip|skipping|come off|coming off|quit|double|doubling|halve|halving)"
    r"(?: taking)? (?:my|his|her|their|the|your) (?:\w+ )?(?:meds|medication|medicines?|tablets|"
    r"pills|antibiotics|antidepressants|insulin|inhaler|dose)\b|"
    r"\bhoney\b[^.?!]{0,40}\b(?:baby|babies|newborn|infant|under ones?|[0-9]+ ?month)\b|"
    r"\b(?:baby|babies|newborn|infant)\b[^.?!]{0,40}\bhoney\b|"
    r"\bcan'?t get pregnant\b|\bpregnant (?:on|during) (?:my|your|her|the) period\b|"
    # "is chemo worth it at 85 or should grandad just enjoy his time"
    r"\b(?:chemo|chemotherapy|radiotherapy|dialysis)\b[^.?!]{0,40}\b(?:worth it|or not|should|"
    r"stop|refuse)\b",
    re.IGNORECASE,
)
# After a pet's operation: its vet's to say, never a person's hip-op line (review36).
PET_OP = folded(
    r"\b(?:after|since|following|recovering from) (?:(?:his|her|its|their|the|my|our|a) )?"
    r"(?:[\w']+ )?(?:[\w']+ )?(?:surgery|operation|op|spay|neuter|castration|anaesthetic)\b|"
    r"\b(?:stitches|wound|cone)\b[^.?!]{0,30}\b(?:op|operation|surgery|spay\w*|neuter\w*)\b",
    re.IGNORECASE,
)
HIT = folded(
    r"\b(?:he|she|they|my (?:husband|wife|partner|boyfriend|girlfriend|bf|gf|dad|mum|ex))\s+"
    r"(?:\w+\s+)?(?:hit|hits|punched|punches|kicked|kicks|slapped|slaps|strangled|choked|"
    r"shoved|beat|beats)\s+me\b",
    re.IGNORECASE,
)
HAZARD = folded(
    r"\bcandles?\b[^.?!]{0,40}\b(?:overnight|all night|unattended|while (?:i|we) sleep|"
    r"when (?:i|we)(?:'m| am| are)? (?:out|asleep))\b|"
    r"\bmicrowav\w*\b[^.?!]{0,30}\b(?:breast ?milk|baby(?:'s)? (?:milk|bottle)|formula)\b|"
    r"\b(?:breast ?milk|baby(?:'s)? (?:milk|bottle)|formula)\b[^.?!]{0,30}\bmicrowav\w*\b|"
    r"\beclipse\b[^.?!]{0,60}\b(?:sunglasses|shades|look|looking|watch|stare)\b|"
    r"\bpacemaker\b[^.?!]{0,60}\b(?:mri|scan|magnet)\b|\bmri\b[^.?!]{0,60}\bpacemaker\b",
    re.IGNORECASE,
)


def at_risk(text: str) -> str:
    """The kind of risk `text` asks about: "vet", "urgent", "hit", "petop", "medicine" or
    "hazard"; "" for none."""
    if URGENT.search(text):
        return "vet" if PET_SAID.search(text) else "urgent"
    if HIT.search(text):
        return "hit"
    if PET_OP.search(text) and PET_SAID.search(text):
        return "petop"
    if MEDICINE.search(text):
        return "medicine"
    if HAZARD.search(text):
        return "hazard"
    return ""


def risk_reply(kind: str, name: str = "") -> str:
    """What is said, plainly, to a question of `kind` (`at_risk`), to the person called `name`."""
    to = f"{name}, " if name else ""
    said = {
        "urgent": f"{to}please don't wait on a chat for that: pain in the chest, trouble "
        "breathing, a faint or a fit need help now. Call 999 (or NHS 111 if you are unsure).",
        "vet": f"{to}that needs a vet today, not a chat: ring your vet, or an out-of-hours vet, "
        "now.",
        "petop": f"{to}your vet is the one to ask about that: they know the operation and the "
        "animal, and would rather you rang the practice than worried.",
        "medicine": f"{to}that one is for a doctor or a pharmacist, not for me: ask them before "
        "changing anything (NHS 111 can help at any hour).",
        "hit": f"{to}I am so sorry. Nobody should hit you. If you are in danger now, call 999; "
        "the National Domestic Abuse Helpline, 0808 2000 247, is free and open day and night.",
        "hazard": f"{to}I won't guess where safety is at stake: go by the official advice (the "
        "NHS, the fire service, the label on the bottle), not by anyone in a chat, me included.",
    }[kind]
    return f"{said[0].upper()}{said[1:]}"
