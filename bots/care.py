"""A person who says they want to die or to hurt themselves, or that someone close to them
does, is answered with care and where to find help, never with a persona's material.

`distress` reads a message; `care_reply` is what a persona or the house bot says to it, in
plain words rather than in character, with the crisis lines of `settings.SALON_CRISIS_LINES`
(an operator outside the US, Canada, the UK and Ireland sets its own). The reply is never cut
to a persona's length, never sent to a model, and never taken up by another persona.

What is read as distress: said of oneself, in the present ("i want to kill myself", "i don't
want to be alive anymore", "thinking about ending it all", "i've been cutting myself", "i'm
suicidal", "everyone would be better off without me"), or of someone close ("my sister says
she wants to kill herself"). Not: figures of speech ("this traffic is killing me", "i'd
rather die than watch that again", "dying to see it", "i cut myself shaving"), questions
about the dead or about fiction ("how did socrates die", "why does romeo kill himself").
"""

from __future__ import annotations

import re

SELF = "self"
OTHER = "other"

DEFAULT_CRISIS_LINES = (
    "in the US or Canada call or text 988, in the UK or Ireland call Samaritans on 116 123, "
    "and elsewhere findahelpline.com lists free, confidential lines"
)

_ME = r"(?:i|im|i'm|i’m|i am|ive|i've|i have|i'd|id|i would|i just|i really|i honestly)"
_WANT = (
    r"(?:want|wanna|need|going|gonna|plan(?:ning)?|mean|intend|ready|about|tempted|decided|"
    r"trying|think(?:ing)? (?:about|of)|thought about|feel like|keep thinking about|"
    r"can'?t stop thinking about)"
)
# Said of oneself only in earnest: killing, ending one's life, hurting oneself.
_END_IT = (
    r"(?:kill(?:ing)? myself|end(?:ing)? (?:it all|my life|everything|my own life)|"
    r"tak(?:e|ing) my (?:own )?life|hurt(?:ing)? myself|harm(?:ing)? myself|cut(?:ting)? myself|"
    r"suicide|commit(?:ting)? suicide)"
)
# Dying, wished for: never "going to die" or "about to die", which people say of an exam.
_WISH = (
    r"(?:want|wanna|wish|ready|think(?:ing)? (?:about|of)|keep thinking about|feel like|"
    r"tempted|long)"
)
_DIE = (
    r"(?:die\b(?! (?:of|from|laughing|for|on|in|if|when|before|after)\b)|"
    r"dying\b(?! (?:of|to|for|laughing|on|in)\b)|be dead|"
    r"not (?:be )?(?:alive|here) any ?more|disappear forever|not wake up|never wake up|"
    r"fall asleep and (?:not|never) wake up)"
)

DISTRESS_SELF = re.compile(
    # "i want to kill myself", "im going to end it all", "i keep thinking about suicide"
    rf"\b{_ME}\s+(?:\w+\s+){{0,2}}?{_WANT}\s+(?:to\s+|of\s+|on\s+)?{_END_IT}|"
    # "i want to die", "i just wish i could fall asleep and not wake up", "i wish i was dead"
    rf"\b{_ME}\s+(?:\w+\s+){{0,2}}?{_WISH}\s+(?:to\s+|of\s+|i could\s+)?{_DIE}|"
    r"\bi wish i (?:was|were|'d been) (?:dead|never born)\b|\bi wish i had never been born\b|"
    # "i don't want to live anymore", "i dont want to be alive", "i don't want to wake up"
    rf"\b{_ME}\s+(?:do not|don't|dont|don’t|no longer)\s+want\s+to\s+(?:live|be alive|be here|"
    r"exist|wake up|go on)\b|"
    # "i'm suicidal", "i've been having suicidal thoughts", "i feel suicidal"
    rf"\b{_ME}\s+(?:\w+\s+){{0,3}}?suicidal\b|\bsuicidal (?:thoughts|feelings)\b|"
    # "i've been cutting myself", "i keep hurting myself", "i started self harming again"
    rf"\b{_ME}\s+(?:\w+\s+){{0,2}}?(?:been|keep|started|start|still)\s+(?:cutting|hurting|"
    r"harming|burning)\s+myself\b|"
    rf"\b{_ME}\s+(?:\w+\s+){{0,2}}?(?:self[- ]?harm(?:ing|ed)?|relapsed)\b|"
    # "kms", "kill me" said of oneself in earnest is not told from a joke: "kms" alone is read.
    r"^\W*kms\W*$|"
    # "no reason to live", "nothing to live for", "better off without me", "better off dead"
    r"\b(?:no|not any|any) (?:reason|point) (?:to|in) (?:live|living|go(?:ing)? on)\b|"
    r"\bnothing (?:left )?to live for\b|"
    r"\b(?:world|everyone|everybody|they|people|my family|you all|y'?all) (?:would be|'d be|"
    r"is|are) better off without me\b|\bbetter off dead\b|"
    rf"\b{_ME}\s+(?:\w+\s+)?can(?:no|')?t (?:go on|do this|keep going|take it) any ?more\b|"
    rf"\b{_ME}\s+(?:\w+\s+)?can(?:no|')?t go on (?:living|like this)\b",
    re.IGNORECASE,
)

_CLOSE = (
    r"(?:friend|best friend|mate|sister|brother|sis|bro|mum|mom|mother|dad|father|son|daughter|"
    r"kid|child|partner|boyfriend|girlfriend|bf|gf|wife|husband|flatmate|roommate|housemate|"
    r"colleague|coworker|cousin|student|teen|teenager|nephew|niece|grandma|grandpa|gran|uncle|"
    r"aunt)"
)
_THEY = r"(?:he|she|they|he's|she's|they're|hes|shes|theyre)"
_THEMSELF = (
    r"(?:kill(?:ing)? (?:him|her|them)sel(?:f|ves)|end(?:ing)? (?:it all|it|(?:his|her|their) "
    r"life)|hurt(?:ing)? (?:him|her|them)sel(?:f|ves)|harm(?:ing)? (?:him|her|them)sel(?:f|ves)|"
    r"cut(?:ting)? (?:him|her|them)sel(?:f|ves)|suicide|self[- ]?harm(?:ing)?|die\b)"
)
DISTRESS_OTHER = re.compile(
    # "my sister says she wants to kill herself", "my friend is talking about suicide"
    rf"\bmy {_CLOSE}\b[^.?!]{{0,60}}?\b(?:{_WANT}|says|said|told me|keeps saying|is|has been|"
    rf"'s been|tried|attempted|threatened|threatening|mentioned)\b[^.?!]{{0,30}}?\b{_THEMSELF}|"
    rf"\bmy {_CLOSE}\b[^.?!]{{0,60}}?\b(?:is|'s|seems|sounds|feels|has been|'s been) suicidal\b|"
    # "i think she wants to kill herself", "he said he's going to end it"
    rf"\b{_THEY}\s+(?:\w+\s+){{0,2}}?(?:wants?|is going|going|gonna|plans?|planning|tried|"
    rf"trying|threatened|threatening|talking about|talks about)\s+(?:to\s+)?{_THEMSELF}",
    re.IGNORECASE,
)

# Figures of speech and stories, never distress.
NOT_DISTRESS = re.compile(
    r"\b(?:rather die than|would die for|could die (?:of|from)|die laughing|died laughing|"
    r"dying (?:of|to|for) (?:laughter|laughing|embarrassment|curiosity)|"
    r"kill(?:ing)? myself laughing|to die for)\b|"
    r"\bdie (?:my|your|her|his|our|their) (?:\w+ )?hair\b|"
    r"\b(?:shaving|chopping|cooking|slicing|on (?:a|the|some) (?:knife|glass|paper|tin))\b|"
    r"\b(?:in (?:the|a|his|her|your) (?:play|book|film|movie|novel|story|show|poem|song|game|"
    r"series|episode))\b|"
    r"\b(?:romeo|juliet|ophelia|hamlet|macbeth|othello|cleopatra|antony|lear|brutus)\b",
    re.IGNORECASE,
)


def distress(text: str) -> str:
    """SELF when `text` says its writer wants to die or to hurt themselves, OTHER when it says
    so of someone close to them, else ""."""
    if not text or NOT_DISTRESS.search(text):
        return ""
    if DISTRESS_SELF.search(text):
        return SELF
    if DISTRESS_OTHER.search(text):
        return OTHER
    return ""


def crisis_lines() -> str:
    """Where to find help, as the operator set it (`CRISIS_LINES`), else our default."""
    try:
        from django.conf import settings

        return getattr(settings, "SALON_CRISIS_LINES", "") or DEFAULT_CRISIS_LINES
    except Exception:  # the engine read outside Django (a script, a benchmark)
        return DEFAULT_CRISIS_LINES


def care_reply(kind: str, name: str = "") -> str:
    """What is said to a message `distress` reads as `kind`, to the person called `name`."""
    lines = crisis_lines()
    to = f"{name}, " if name else ""
    if kind == OTHER:
        opening = f"{to}I'm glad you told us, and that you are looking out for them."
        return (
            f"{opening[0].upper()}{opening[1:]} If they might be in danger now, call your local "
            f"emergency number and stay with them. To talk it through with someone trained: "
            f"{lines}."
        )
    opening = f"{to}I'm so sorry you're feeling this way, and I'm glad you said it."
    return (
        f"{opening[0].upper()}{opening[1:]} You deserve help from a real person right now: "
        f"{lines}. If you are in danger, call your local emergency number. I'm only a bot; "
        "please tell someone you trust how you feel."
    )


def is_care_reply(body: str) -> bool:
    """Whether `body` is a reply of `care_reply`: nothing in it for another persona to take up."""
    return crisis_lines() in body
