"""Everyday help from the house bot, beyond Salon and code (`everyday_help`).

People ask the house bot what they would ask anyone in the room: "is it faster to take the
train or fly from paris to berlin", "my dog keeps barking at night", "a recipe for a quick
dinner", "what should i read first about black holes", "i just got a new job!". Where a short
answer is sure, it gives it plainly and warmly, rather than "I don't know that one": the train
against the plane worked out (`bots.journey`), a barking dog's likely causes and what helps, one
quick dinner, a first book on a few subjects whose best first book is well known, and
congratulations on the very news told. Anything else stays as before.
"""

from __future__ import annotations

import re

from bots.fold import folded
from bots.journey import journey_of

# A dog that keeps barking (the asker's own, or a neighbour's).
BARKING = folded(
    r"\b(?:dogs?|pupp(?:y|ies))\b[^.?!]{0,40}\b(?:bark|barks|barking|howl|howls|howling|yap"
    r"|yapping)\b",
    re.IGNORECASE,
)
KEEPS = folded(
    r"\b(?:keeps?|kept|won'?t stop|never stops?|always|all (?:night|day)|every night|at night|"
    r"constantly|non ?stop|can'?t sleep|cant sleep|what (?:can|should|do) i do)\b",
    re.IGNORECASE,
)
# The neighbour's dog: a neighbour said before the dog ("my neighbour's dog", "next door's
# puppy", "the neighbours have a dog that") or the dog of next door after it ("the dog next
# door"); never the asker's own ("my dog barks at the neighbours", "my neighbour says my dog").
NEIGHBOUR = folded(
    r"\b(?:neighbou?rs?'?s?|next door'?s?)\b[^.?!]{0,40}?\b(?:dogs?|pupp(?:y|ies))\b"
    r"|\b(?:dogs?|pupp(?:y|ies)) (?:next door|(?:of|from|belonging to) (?:my|our|the) "
    r"neighbou?rs?)\b",
    re.IGNORECASE,
)
OWN_DOG = folded(
    r"\b(?:my|our|me and my|i have a|we have a)\s+(?:\w+\s+)?(?:dogs?|pupp(?:y|ies))\b", re.I
)
# A death or an illness told beside it ("my dog died, i miss his bark") is no barking to stop.
GRIEF = folded(r"\b(?:died|dead|passed|put down|put to sleep|lost|ill|sick|vet said)\b", re.I)

BARKING_OWN = (
    "That's hard on sleep{to}. A dog that barks at night is usually lonely, bored or hearing "
    "something outside: a long walk in the evening, something to chew and its bed near yours "
    "often help. If it's new, a check at the vet is worth it."
)
BARKING_NEIGHBOUR = (
    "That's wearing{to}. Try a friendly word with your neighbour first: they may not know, and "
    "a dog left alone often barks from loneliness or boredom. If nothing changes, note the dates "
    "and times and take it to the landlord or the council."
)

# A quick dinner asked for.
DINNER = folded(
    r"\b(?:recipe|idea|something|meal|dinner|supper|tea)\b[^.?!]{0,30}\b(?:quick|fast|easy|"
    r"simple)\b|\b(?:quick|fast|easy|simple)\b[^.?!]{0,20}\b(?:dinner|supper|meal|recipe)s?\b",
    re.IGNORECASE,
)
ASKING = folded(r"\W*(?:give|any|got|need|i need|we need|what|recipe|ideas?|suggest)\b", re.I)
DINNER_IDEA = (
    "Here's a 15-minute one{to}: garlic and chilli spaghetti. While the pasta boils, warm sliced "
    "garlic and a pinch of chilli flakes gently in olive oil; toss the drained pasta in it with "
    "a splash of the cooking water, then add parsley and parmesan."
)

# A first book asked for on a subject whose best first book is well known.
READING = folded(
    r"\b(?:read|book|books|reading)\b[^.?!]{0,60}\b(?:about|on|into)\s+(?:the\s+)?"
    r"(?P<subject>black holes?|evolution|relativity)\b",
    re.IGNORECASE,
)
BOOKS = {
    "black hole": (
        'Kip Thorne\'s "Black Holes and Time Warps" is a lovely place to start{to}: clear, '
        'and written for everyone. Stephen Hawking\'s "A Brief History of Time" makes a good '
        "second."
    ),
    "evolution": (
        'Start with Darwin\'s own "On the Origin of Species"{to}: it was written for ordinary '
        'readers, and it still reads well. Richard Dawkins\'s "The Selfish Gene" makes a good '
        "second."
    ),
    "relativity": (
        'Einstein wrote one himself for everyone{to}: "Relativity: The Special and the General '
        'Theory". Stephen Hawking\'s "A Brief History of Time" makes a good second.'
    ),
}

# A new job told.
NEW_JOB = folded(
    r"\b(?:got|landed|start(?:ing|ed)?|offered)\b[^.?!]{0,20}\b(?:a |the |my )?new job\b|"
    r"\bgot the job\b",
    re.IGNORECASE,
)
NEW_JOB_SAID = (
    "Congratulations on the new job{to}, that's wonderful news! I hope the first week goes "
    "brilliantly."
)


def everyday_help(text: str, to: str) -> str:
    """The house bot's plain help with an everyday matter `text` raises (see the module), its
    `to` (", Sam") put in; "" for any other."""
    if journey := journey_of(text):
        return f"Train or plane{to}? {journey[:1].upper()}{journey[1:]}."
    if BARKING.search(text) and KEEPS.search(text) and not GRIEF.search(text):
        theirs = NEIGHBOUR.search(text) and not OWN_DOG.search(text)
        return (BARKING_NEIGHBOUR if theirs else BARKING_OWN).format(to=to)
    asked = "?" in text or ASKING.match(text)
    if DINNER.search(text) and asked and not re.search(r"\b(?:made|cooked|had|ate)\b", text):
        return DINNER_IDEA.format(to=to)
    if found := READING.search(text):
        subject = found.group("subject").lower().removesuffix("s")
        return BOOKS[subject].format(to=to)
    if NEW_JOB.search(text) and not re.search(r"\?|\b(?:not|didn'?t|no)\b", text, re.I):
        return NEW_JOB_SAID.format(to=to)
    return ""
