"""Letters asked for: a short draft a group can send ("can you help write a letter to the
housing association, firm but polite, about the lift, the mould and the rent rise. signed by 43
households").

A letter is asked of the one who writes for people (the persona with `#card` lines): it is
written plainly, to whom the message names, about what it names, in the tone it asks, and
signed by whom it says, so that it can be sent as it stands; only the words that offer it are
in the persona's voice. It is short, to fit a reply: the matters named, what is asked of the
reader (a written reply saying what will be done), and a close. A letter whose reader and
matters are both unsaid is no letter asked ("write my cover letter" is a job application's);
"how do I write a letter", "did you write letters" and "I wrote to the council" ask for none.
"""

from __future__ import annotations

import re
import zlib

from bots.asks import HOW_TO, PAST_ASKED
from bots.cards import _TITLES
from bots.naming import said_together

_LETTER = r"letters?|e-?mails?|complaints?|petitions?"
# "write a letter", "help us draft an email", "can you do us a strongly worded complaint".
LETTER_ASKED = re.compile(
    r"\b(?:write|draft|compose|put together|do|pen|knock up)\b(?: (?:me|us|a|an|the|our|my|"
    r"quick|short|little|proper|formal|firm|polite|stern|strongly|worded|angry|nice|joint))*"
    rf" (?:{_LETTER})\b",
    re.IGNORECASE,
)
# Whom it goes to: "to the housing association", "to our landlord", "to mr patel".
TO_WHOM = re.compile(
    rf"\b(?:{_LETTER})\b[^.?!]*?\bto (?P<to>(?:the|our|my|your|their|a) [\w' -]{{2,40}}?|"
    r"(?:mr|mrs|ms|miss|dr|mx)\.? [a-z][\w'-]+)"
    r"(?=[,.?!]|$| about| re\b| regarding| asking| saying| that| for| firm| polite| signed| from)",
    re.IGNORECASE,
)
# What it is about: "about the lift, the mould and the rent rise".
ABOUT = re.compile(
    r"\b(?:about|regarding|re|complaining about|on) (?P<what>(?:the|our|my|their|his|her|its|a|an)"
    r" [^.?!]{2,120}?)(?=[.?!]|$| signed| from (?:us|all|the|everyone)| firm| polite|,? pls|"
    r",? please)",
    re.IGNORECASE,
)
SIGNED = re.compile(
    r"\bsigned (?:by|from) (?P<who>(?:all )?(?:the )?[\w' -]{2,40}?)(?=[,.?!]|$| and | about)",
    re.IGNORECASE,
)
# How the letter should sound, said after what it is about: ", firm but polite", ", nothing
# too cheeky"; no part of what it is about.
TONE_AFTER = re.compile(
    r"\s*(?:,|\band\b|\bbut\b)\s*(?:make it |keep it |nothing too |not too |very |quite )?"
    r"(?:firm|polite|formal|informal|friendly|nice|kind|short|brief|angry|professional|"
    r"strongly|stern|calm|cheeky|funny|serious)\b.*$",
    re.IGNORECASE,
)
FIRM = re.compile(r"\b(?:firm|stern|strongly|angry|cross|serious|formal|demand)\w*", re.I)
POLITE = re.compile(r"\b(?:polite|politely|nice|nicely|friendly|kind|gentle|civil)\b", re.I)
WE = re.compile(r"\b(?:we|us|our|households|neighbours|tenants|residents|parents)\b", re.I)
_ITEMS = re.compile(r",\s*(?:and\s+)?|\s+and\s+(?=(?:the|our|my|their|a|an)\b)", re.IGNORECASE)

# How it offers the draft, by the tone asked.
OFFERED = {
    "firm": (
        "A draft, {name}, firm but civil, as a good petition should be:",
        "Here, {name}; plain words carry furthest, and these stand their ground:",
    ),
    "polite": (
        "A draft, {name}, courteous and clear:",
        "Here, {name}; civil words open doors that loud ones shut:",
    ),
}


def letter_asked(text: str) -> bool:
    """Whether `text` asks for a letter written (`LETTER_ASKED`), to someone or about something
    it names; not how to write one, nor of letters the persona wrote."""
    return bool(
        LETTER_ASKED.search(text)
        and not HOW_TO.match(text)
        and not PAST_ASKED.match(text)
        and (TO_WHOM.search(text) or ABOUT.search(text))
    )


def _dear(to: str) -> str:
    """The greeting for the reader named: a person by name ("Dear Mrs Patel"), else a body or
    an office ("the housing association": "Dear Sir or Madam")."""
    words = to.split()
    title = _TITLES.get(words[0].lower().rstrip("."))
    if title and len(words) > 1:
        return f"Dear {title} {words[1].capitalize()}"
    return "Dear Sir or Madam"


def _matters(what: str) -> tuple[str, int]:
    """What the letter is about, as a list said in its words ("the lift, the mould and the rent
    rise"), first person made the writers' ("my" stays "my"), and how many matters."""
    items = [item.strip(" ,") for item in _ITEMS.split(what) if item.strip(" ,")]
    return said_together(items), len(items)


def letter(text: str) -> str:
    """The draft asked for in `text`, offered in the persona's voice ({name} for the one who
    asked; the offer drawn by the words asked, so the same request gets the same draft);
    empty when it is asked of no one and about nothing."""
    to_found, about = TO_WHOM.search(text), ABOUT.search(text)
    if not (to_found or about):
        return ""
    tone = "firm" if FIRM.search(text) else "polite"
    signed = SIGNED.search(text)
    signer = signed.group("who").strip() if signed else ""
    we = bool(signer) or bool(WE.search(text))
    subject = "We" if we else "I"
    by = f", {signer}," if signer and signer[0].isdigit() else ""
    if about:
        matters, count = _matters(TONE_AFTER.sub("", about.group("what")).strip(" ,"))
        opening = f"{subject}{by} write about {matters}."
        each = "each of these" if count > 1 else "this"
    else:
        opening = f"{subject}{by} write to ask for your help."
        each = "it"
    asked = (
        f"Please reply in writing within 14 days, saying what you will do about {each} and when."
        if tone == "firm"
        else f"{subject} would be grateful for a reply saying what can be done about {each}."
    )
    dear = _dear(to_found.group("to")) if to_found else "Dear Sir or Madam"
    # Faithfully to one unnamed, sincerely to one named; signed by whom it says, else by the
    # one who asked ({name}), for all of them when they are several.
    close = "Yours sincerely" if not dear.endswith("Madam") else "Yours faithfully"
    signer = signer.replace("{", "(").replace("}", ")")
    close = f"{close}, {signer or ('{name}, for us all' if we else '{name}')}."
    offers = OFFERED[tone]
    offered = offers[zlib.crc32(text.encode()) % len(offers)]
    body = f"{dear}, {opening} {asked}".replace("{", "(").replace("}", ")")
    body = f"{body} {close}"
    return f'{offered} "{body}"'


# A draft as `letter` gives it: said whole, longer than a reply's usual length.
DRAFTED = re.compile(r'^[^"]*: "Dear (?:Sir or Madam|(?:Mr|Mrs|Ms|Miss|Dr|Mx) \S+), ')
LETTER_LIMIT = 480


def drafted(reply: str) -> bool:
    """Whether `reply` is a draft letter (`letter`) short enough to be said whole."""
    return len(reply) <= LETTER_LIMIT and bool(DRAFTED.match(reply))
