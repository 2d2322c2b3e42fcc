"""A mnemonic made for a list to learn in order: a line of players whose initials carry it.

"give me a mnemonic for the reactivity series: potassium sodium lithium calcium ..." asks for a
sentence whose words start with the first letters of the things, in order. The poet makes it of
his own characters and what they do to one another, three words at a time ("Puck Scolds Lear;
Cleopatra Mocks Ariel; ..."): a name, a deed, a name. The things are those the message lists
(after a colon, or after "for"), else those of a list everyone learns (the planets, the colours
of the rainbow, the ranks of living things) when the message names it. Said after a
`#mnemonic` opener; another asked for, the next players are cast.
"""

from __future__ import annotations

import re

from bots.fold import folded
from bots.material import Index

MNEMONIC_ASKED = folded(
    r"\b(?:mnemonics?|memory (?:aid|trick|sentence)|acronym|a sentence to remember|"
    r"(?:way|trick) to remember (?:the )?order)\b",
    re.IGNORECASE,
)
# Asked for, not told of: "our teacher's mnemonic for the planets is rubbish" tells.
MNEMONIC_TOLD = folded(
    r"\bmnemonics? (?:is|are|was|were|don'?t|doesn'?t|never)\b|"
    r"\b(?:what|which) (?:is|was|are) (?:a|the) mnemonic\b|\bwhat does mnemonic mean\b",
    re.IGNORECASE,
)
# Lists everyone learns in order, by the words that name them.
KNOWN = {
    r"planets?|solar system": "Mercury Venus Earth Mars Jupiter Saturn Uranus Neptune",
    r"rainbow|colou?rs of the rainbow|spectrum": "red orange yellow green blue indigo violet",
    r"taxonomy|classification|taxonomic|kingdom phylum": (
        "kingdom phylum class order family genus species"
    ),
    r"compass|points of the compass": "north east south west",
    r"henry (?:the )?(?:8th|viii|eighth)'?s? wives|six wives": (
        "divorced beheaded died divorced beheaded survived"
    ),
}
# Players by initial, and what they do to one another; the first unused of each is cast.
PLAYERS = {
    "a": "Ariel Antony Angelo Audrey Antonio",
    "b": "Bottom Banquo Beatrice Benedick Bardolph Brutus",
    "c": "Cleopatra Caliban Cordelia Cassio Claudio Celia",
    "d": "Desdemona Dogberry Duncan Demetrius",
    "e": "Edmund Emilia Egeus Edgar",
    "f": "Falstaff Feste Fleance Ferdinand",
    "g": "Gertrude Goneril Gonzalo Gratiano",
    "h": "Hamlet Hermia Helena Horatio Hal",
    "i": "Iago Imogen Isabella",
    "j": "Juliet Jaques Jessica",
    "k": "Kate Kent",
    "l": "Lear Lysander Laertes Lorenzo",
    "m": "Macbeth Malvolio Mercutio Miranda Maria",
    "n": "Nerissa Nym",
    "o": "Othello Oberon Olivia Ophelia Orsino",
    "p": "Puck Portia Prospero Polonius Perdita",
    "q": "Quince Quickly",
    "r": "Romeo Rosalind Regan Richard",
    "s": "Shylock Sebastian Sycorax Snout",
    "t": "Titania Tybalt Toby Touchstone Timon",
    "u": "Ursula",
    "v": "Viola Valentine Volumnia",
    "w": "Wolsey",
    "x": "Xanthippe",
    "y": "Yorick",
    "z": "Zany",
}
DEEDS = {
    "a": "Adores Angers Arrests",
    "b": "Bites Blames Bores",
    "c": "Chases Cheats Crowns",
    "d": "Dares Dupes Drowns",
    "e": "Envies Embraces Exiles",
    "f": "Fools Flatters Fights",
    "g": "Greets Gulls Goads",
    "h": "Haunts Hugs Hunts",
    "i": "Insults Irks Impresses",
    "j": "Jilts Judges Jostles",
    "k": "Kisses Kicks Knights",
    "l": "Loves Lectures Loathes",
    "m": "Mocks Marries Murders",
    "n": "Nags Needles Nudges",
    "o": "Outwits Offends Obeys",
    "p": "Pinches Poisons Praises",
    "q": "Questions Quizzes",
    "r": "Robs Rescues Rebukes",
    "s": "Scolds Slaps Stabs Serenades",
    "t": "Teases Tickles Tricks",
    "u": "Upstages Unmasks",
    "v": "Vexes Visits",
    "w": "Woos Wounds Wrongs",
    "x": "X-rays",
    "y": "Yanks Yokes",
    "z": "Zaps",
}
_CHATTER = folded(
    r"\b(?:pls|please|plz|thanks|thx|ty|lol|haha|in order|in that order|x+)\b", re.IGNORECASE
)


MNEMONIC_ASKING = folded(
    r"\?|\b(?:give|gimme|make|need|needs|want|can|could|would|pls|please|plz|come up with|"
    r"think of|any|got|write|do (?:us|me)|help|ideas?)\b|^\W*(?:a |an )?mnemonics?\b",
    re.IGNORECASE,
)


def mnemonic_asked(text: str) -> bool:
    """Whether `text` asks for a mnemonic to be made (`MNEMONIC_ASKED`), not tells of one
    ("our teacher's mnemonic for the planets is rubbish")."""
    return (
        bool(MNEMONIC_ASKED.search(text))
        and bool(MNEMONIC_ASKING.search(text))
        and not MNEMONIC_TOLD.search(text)
    )


def items_of(text: str) -> list[str]:
    """The things to remember in order: those listed after a colon (or after "for the ...
    series"), split at commas when there are any, else at spaces; else a known list the message
    names; empty when there are fewer than three."""
    listed = ""
    if ":" in text:
        listed = text.split(":", 1)[1]
    else:
        found = re.search(
            r"\b(?:for|of)\s+(?:the\s+)?[\w ]{0,30}?\b(?:series|order|list)\s+(.+)$", text
        )
        listed = found.group(1) if found else ""
    listed = _CHATTER.sub(" ", listed)
    parts = re.split(r"\s*,\s*|\s+and\s+|\s*;\s*", listed) if "," in listed else listed.split()
    items = [p.strip(" .!?-()'\"") for p in parts if re.search(r"[a-z]", p, re.IGNORECASE)]
    if len(items) >= 3:
        return items
    for said, known in KNOWN.items():
        if re.search(rf"\b(?:{said})\b", text, re.IGNORECASE):
            return known.split()
    return []


def mnemonic(items: list[str], turn: int = 0) -> str:
    """A line of players whose initials are those of `items`, in order: a name, a deed and a
    name to each clause ("Puck Scolds Lear; Cleopatra Mocks Ariel"); `turn` casts others."""
    used: dict[str, int] = {}
    words = []
    for at, item in enumerate(items):
        letter = item[0].lower()
        bank = (DEEDS if at % 3 == 1 else PLAYERS).get(letter, "").split()
        if not bank:
            bank = (PLAYERS if at % 3 == 1 else DEEDS).get(letter, item.capitalize()).split()
        count = used.get(f"{at % 3 == 1}{letter}", 0)
        used[f"{at % 3 == 1}{letter}"] = count + 1
        words.append(bank[(count + turn) % len(bank)])
    clauses = [" ".join(words[i : i + 3]) for i in range(0, len(words), 3)]
    return "; ".join(clauses) + "."


def mnemonic_line(index: Index, text: str, given: str = "") -> str:
    """Its mnemonic for the things `text` asks one for, never one `given` holds (another cast);
    empty when the persona makes none (no `#mnemonic` opener) or there is nothing to carry."""
    if not index.tagged.get("mnemonic"):
        return ""
    items = items_of(text)
    if not items:
        return ""
    for turn in range(6):
        made = mnemonic(items, turn)
        if made not in given:
            return made
    return ""
