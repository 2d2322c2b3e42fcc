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
A message is read clause by clause, so a play or a knife named beside it does not hide it:
"i want to kill myself, romeo and juliet exam tomorrow". For `QUIET_FOR` messages after it,
what that person says next is answered with `care_again`, and nobody joins in unasked.
"""

from __future__ import annotations

import os
import re
from functools import lru_cache

from bots.fold import folded
from bots.safety import at_risk, claim_at_risk, is_risk_reply

SELF = "self"
OTHER = "other"

DEFAULT_CRISIS_LINES = (
    "in the US or Canada call or text 988, in the UK or Ireland call Samaritans on 116 123, "
    "and elsewhere findahelpline.com lists free, confidential lines"
)

_ME = r"(?:i|im|i'm|i’m|i am|ive|i've|i have|i'd|id|i would|i just|i really|i honestly)"
_WANT = (
    r"(?:wants?|wanna|needs?|going|gonna|plan(?:s|ned|ning)?|means?|intends?|ready|about|"
    r"tempted|decided|trying|tried|attempted|think(?:ing)? (?:about|of)|"
    r"thought about|feel like|keep thinking about|can'?t stop thinking about)"
)
# An overdose of pills, never "i'm going to overdose on chocolate".
_OVERDOSE = (
    r"(?:overdos(?:e|ed|ing)\b(?! on\b)|overdos(?:e|ed|ing) on (?:my |the |some |all )?(?:pills|"
    r"tablets|meds|medication|paracetamol|tylenol|painkillers|insulin|sleeping pills)\b)"
)
# Said of oneself only in earnest: killing, ending one's life, hurting oneself.
_END_IT = (
    r"(?:kill(?:ing)? myself|kms\b|(?:un)?aliv(?:e|ing) myself|"
    r"end(?:ing)? (?:it all|my life|everything|my own life)|"
    # "end it" on its own or "end it tonight", never "end it with him" or "on a high note"
    r"end(?:ing)? it(?:\s*$| (?:tonight|today|soon|for good|once and for all|already)\b)|"
    r"tak(?:e|ing) my (?:own )?life\b(?! (?:story|savings|back|in))|hurt(?:ing)? myself|"
    r"harm(?:ing)? myself|cut(?:ting)? myself|"
    rf"{_OVERDOSE}|jump(?:ing)? (?:off (?:a|the) bridge|in front of (?:a|the) "
    r"(?:train|bus|lorry|truck))|(?:my )?suicide|commit(?:ting)? suicide)"
)
# Dying, wished for: never "going to die" or "about to die", which people say of an exam.
_WISH = (
    r"(?:want|wanna|wish|ready|think(?:ing)? (?:about|of)|keep thinking about|feel like|"
    r"tempted|long)"
)
_DIE = (
    r"(?:die\b(?! (?:of|from|laughing|for|on|in|if|when|before|after)\b)|"
    r"dying\b(?! (?:of|to|for|laughing|on|in)\b)|be dead|"
    r"not (?:be )?(?:alive|here) any ?more|disappear (?:forever|for good|and never come back)|"
    r"not wake up|never wake up|"
    r"fall asleep and (?:not|never) wake up)"
)

DISTRESS_SELF = folded(
    # Asked, of oneself: "should i kill myself?", "how do i end it all", "is it wrong to want to
    # die?", "is it selfish to kill myself"
    rf"\b(?:should|shall|could|can|do|would|will|how (?:do|can|could|would|should|to)) i "
    rf"(?:just |really |finally )?{_END_IT}|"
    r"\bis it (?:wrong|ok|okay|bad|normal|selfish|weird|fine|cowardly|a sin) (?:to|that i|if i) "
    rf"(?:(?:still |really |sometimes |just )?(?:want|wanna|wish|think about|feel like)(?: to)? "
    rf"(?:{_DIE}|{_END_IT})|{_END_IT}|feel suicidal)|"
    # "i want to kill myself", "im going to end it all", "i keep thinking about suicide"
    rf"\b{_ME}\s+(?:\w+\s+){{0,2}}?{_WANT}\s+(?:to\s+|of\s+|on\s+)?{_END_IT}|"
    # the same with no "i", as people write: "wanna kms", "thinking about unaliving myself"
    rf"^\W*(?:just |really |honestly |seriously |still |been |keep |always )*{_WANT}\s+"
    rf"(?:to\s+|of\s+|on\s+)?(?:{_END_IT}|unalive\s*$)|"
    rf"^\W*(?:just|really|honestly|seriously|still) (?:really |just )?(?:want|wanna|wish) "
    rf"(?:to\s+)?{_DIE}|"
    rf"\b{_ME}\s+(?:\w+\s+){{0,2}}?{_WANT}\s+(?:to\s+)?unalive\s*$|"
    # "i want to die", "i just wish i could fall asleep and not wake up", "i wish i was dead"
    rf"\b{_ME}\s+(?:\w+\s+){{0,3}}?{_WISH}\s+(?:to\s+|of\s+|i could\s+(?:just\s+)?)?{_DIE}|"
    r"\bi wish i (?:was|were|'d been) (?:dead|never born)\b|\bi wish i had never been born\b|"
    r"\bi wish i (?:wasn'?t|weren'?t|didn'?t|did not|was not) (?:alive|exist|here|born)\b|"
    r"\bi hope i (?:don'?t|do not|never) wake up\b|"
    # "i wrote a suicide note", "i've written my goodbye letter"
    rf"\b{_ME}\s+(?:\w+\s+){{0,2}}?(?:wrote|written|writing|write|left) (?:my|a) "
    r"(?:suicide|goodbye) (?:note|letter)\b|"
    rf"\b{_ME}\s+(?:\w+\s+){{0,2}}?(?:done with|tired of|sick of) (?:life|living|being alive|"
    r"existing)\b(?! (?:admin|insurance|hacks?|coach|lessons?|drawing|science))|"
    # "i don't want to live anymore", "i dont want to be alive", "i don't want to wake up"
    rf"\b{_ME}\s+(?:\w+\s+)?(?:do not|don't|dont|don’t|no longer)\s+(?:want\s+to|wanna)\s+"
    r"(?:live|be alive|be here|"
    r"exist|wake up|go on)\b|"
    # "i'm suicidal", "i've been having suicidal thoughts", "i feel suicidal"
    rf"\b{_ME}\s+(?:\w+\s+){{0,3}}?suicidal\b|\bsuicidal (?:thoughts|feelings)\b|"
    r"^\W*(?:feeling |feel |so |very |really |kinda |pretty )*suicidal(?: (?:rn|today|tonight|"
    r"again|lately|af|atm|right now))?\s*$|"
    # "i've been cutting myself", "i keep hurting myself", "i started self harming again"
    rf"\b{_ME}\s+(?:\w+\s+){{0,2}}?(?:been|keep|started|start|still)\s+(?:cutting|hurting|"
    r"harming|burning)\s+myself\b|"
    rf"\b{_ME}\s+(?:\w+\s+){{0,2}}?(?:self[- ]?harm(?:ing|ed)?|relapsed)\b|"
    # a plan made: "i've been saving up my pills", "the pills are ready"
    r"\b(?:saving|saved|stockpiling|hoarding) (?:up )?(?:my |the |some )?(?:pills|tablets|meds)\b|"
    r"\b(?:the |my )?(?:pills|tablets|rope) (?:is |are )?(?:ready|all ready)\b|"
    rf"\b{_ME}\s+(?:\w+\s+){{0,2}}?(?:want|wanna|need|have the urge|urge) to cut(?: again)?\s*$|"
    # "kms", "kill me" said of oneself in earnest is not told from a joke: "kms" alone is read.
    r"^\W*kms\W*$|"
    # "no reason to live", "nothing to live for", "better off without me", "better off dead"
    r"\b(?:no|not any|any|see a|find a) (?:reason|point) (?:to|in|of) (?:live|living|"
    r"go(?:ing)? on|keep(?:ing)? going|keep(?:ing)? living|be(?:ing)? alive|stay(?:ing)? alive)\b|"
    # "what's the point of living", "whats the point of anything anymore"
    r"\bwhat(?:'?s| is) (?:even )?the point (?:of|in) (?:living|life|being alive|going on|"
    r"anything|it all|trying|even trying) any ?more\b|"
    r"\bwhat(?:'?s| is) even the point (?:of|in) (?:living|being alive|going on)\b|"
    r"\b(?:life|living|my life) (?:isn'?t|is not|'?s not|ain'?t) worth (?:living|it)\b|"
    r"\bnothing (?:left )?to live for\b|"
    r"\b(?:world|everyone|everybody|they|people|my family|you all|y'?all) (?:would be|'d be|"
    r"is|are) better off (?:without me|if i (?:was|were) (?:dead|gone)|if i (?:wasn'?t|weren'?t) "
    r"(?:here|around|alive))\b|\bbetter off dead\b|"
    r"\b(?:nobody|no one|no-one|noone) (?:would|will|'d) (?:care|notice|miss me) if i "
    r"(?:died|was gone|were gone|disappeared|wasn'?t here|killed myself)\b|"
    r"\brather (?:die|be dead) than (?:go on|keep (?:going|living)|live|wake up)|"
    rf"\b{_ME}\s+(?:\w+\s+)?can(?:no|')?t (?:go on|do this|keep going|take it) any ?more\b|"
    rf"\b{_ME}\s+(?:\w+\s+)?can(?:no|')?t (?:go on|keep going|keep living) (?:living|like this)\b|"
    rf"\b{_ME}\s+(?:\w+\s+)?can(?:no|')?t go on\s*$",
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
    r"(?:kill(?:ing)? (?:him|her|them)sel(?:f|ves)|end(?:ing)? (?:it all|it\b(?! (?:with|on|"
    r"there|here|early|between))|(?:his|her|their) life)|hurt(?:ing)? (?:him|her|them)sel(?:f|ves)|"
    r"harm(?:ing)? (?:him|her|them)sel(?:f|ves)|"
    r"cut(?:ting)? (?:him|her|them)sel(?:f|ves)|(?:un)?aliv(?:e|ing) (?:him|her|them)sel(?:f|ves)|"
    rf"{_OVERDOSE}|(?:a )?(?:suicide|goodbye) (?:note|letter)|suicide|"
    r"self[- ]?harm(?:ing)?|"
    r"(?:doesn'?t|does not|no longer|don'?t|do not) (?:want to|wanna) (?:live|be alive|be here)|"
    r"die\b(?! (?:for|of|from|laughing|on|in|if|when)\b))"
)
DISTRESS_CLOSE = folded(
    # "my sister says she wants to kill herself", "my friend is talking about suicide"
    rf"\bmy {_CLOSE}\b[^.?!]{{0,60}}?\b(?:{_WANT}|says|said|told me|keeps saying|is|has been|"
    rf"'s been|tried|attempted|threatened|threatening|mentioned|wrote|left|sent)\b"
    rf"[^.?!]{{0,30}}?\b{_THEMSELF}|"
    rf"\bmy {_CLOSE}\b[^.?!]{{0,60}}?\b(?:is|'s|seems|sounds|feels|has been|'s been) suicidal\b",
    re.IGNORECASE,
)
DISTRESS_THEY = folded(
    # "i think she wants to kill herself", "he said he's going to end it"
    rf"\b{_THEY}\s+(?:\w+\s+){{0,2}}?(?:wants?|is going|going|gonna|plans?|planning|tried|"
    rf"trying|threatened|threatening|talking about|talks about)\s+(?:to\s+)?{_THEMSELF}",
    re.IGNORECASE,
)

# Figures of speech, never distress: read in the clause that says it, so that "i want to
# kill myself. i cut myself shaving too" is still heard.
FIGURES = folded(
    r"\b(?:rather die than(?! (?:go on|keep|live|wake))|(?:would|'d|d) die for|"
    r"could die (?:of|from)|die laughing|died laughing|"
    r"dying (?:of|to|for) (?:laughter|laughing|embarrassment|curiosity)|"
    r"(?:kill|hurt|wet)(?:ing)? (?:my|him|her|them)sel(?:f|ves) laughing|to die for)\b|"
    # Socrates's saying quoted: "did you really say the unexamined life is not worth living"
    r"\bunexamined life\b|"
    r"\bend it all with a bang\b|\bkilling (?:my|him|her|them)sel(?:f|ves) (?:at (?:the gym|work)|"
    r"with (?:work|overtime|revision)|working|training|studying|revising)\b|"
    r"\bcut(?:ting)? (?:my|him|her|them)sel(?:f|ves) (?:a|an|some) |"
    r"\bdie (?:my|your|her|his|our|their) (?:\w+ )?hair\b|"
    r"\b(?:shaving|chopping|cooking|slicing|on (?:a|the|some) (?:knife|glass|paper|tin))\b",
    re.IGNORECASE,
)
# Stories and games: a clause about one is not its writer's distress, nor "he wants to kill
# himself" in a message about one.
STORIES = folded(
    r"\b(?:in (?:the|a|his|her|your) (?:play|book|film|movie|novel|story|show|poem|song|game|"
    r"series|episode))\b|\b(?:respawn|minecraft|fortnite|roblox|in[- ]game)\b|"
    r"\b(?:romeo|juliet|ophelia|hamlet|macbeth|othello|cleopatra|antony|lear|brutus)\b",
    re.IGNORECASE,
)
NOT_DISTRESS = folded(f"{FIGURES.pattern}|{STORIES.pattern}", re.IGNORECASE)
# A message is read clause by clause (what the writer says of themself) and sentence by
# sentence (what they say of someone close, which may run over a comma).
_CLAUSES = re.compile(r"[.!?;,\n]+|\s(?:but|though|tho)\s|\s[-–—]+\s")
_SENTENCES = re.compile(r"[.!?;\n]+")
# What people type in a hurry, read as meant: "i want 2 die", "i wnat to kil my self".
_TYPOS = (
    (re.compile(r"[’‘`´]"), "'"),
    (re.compile(r"\b(?:wnat|wnt|whant|wamt)\b"), "want"),
    (re.compile(r"\b(wanna|want|going|gonna|have|need|wish|about|ready) 2 (?=[a-z])"), r"\1 to "),
    (re.compile(r"\bkil\b"), "kill"),
    (re.compile(r"\bkiling\b"), "killing"),
    (re.compile(r"\b(my|him|her|them) (sel(?:f|ves))\b"), r"\1\2"),
    (re.compile(r"\bmysef\b|\bmyslef\b|\bmyelf\b"), "myself"),
    (re.compile(r"\b(?:sucide|suicde|suiside|sucicide|suicied)\b"), "suicide"),
    (re.compile(r"\b(?:sucidal|suicdal|suisidal)\b"), "suicidal"),
    (re.compile(r"\s+"), " "),
)


def _plain(text: str) -> str:
    text = text.lower()
    for typo, meant in _TYPOS:
        text = typo.sub(meant, text)
    return text


# Read again for each reply while the line is in the recent messages: read once.
@lru_cache(maxsize=4096)
def distress(text: str) -> str:
    """SELF when `text` says its writer wants to die or to hurt themselves, OTHER when it says
    so of someone close to them, else ""."""
    if not text:
        return ""
    text = _plain(text)
    for clause in _CLAUSES.split(text):
        clause = clause.strip()
        if clause and not NOT_DISTRESS.search(clause) and DISTRESS_SELF.search(clause):
            return SELF
    for sentence in _SENTENCES.split(text):
        if not NOT_DISTRESS.search(sentence) and DISTRESS_CLOSE.search(sentence):
            return OTHER
    if not NOT_DISTRESS.search(text) and DISTRESS_THEY.search(text):
        return OTHER
    return ""


def crisis_lines() -> str:
    """Where to find help, as the operator set it (`CRISIS_LINES`), else our default."""
    try:
        from django.conf import settings

        if not settings.configured and not os.environ.get("DJANGO_SETTINGS_MODULE"):
            # (outside Django, with no settings to read: at once, not by the error Django
            # raises, some 30 us, asked twice a reply)
            return DEFAULT_CRISIS_LINES
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


def care_again(kind: str, name: str = "", *, again: bool = False) -> str:
    """What a persona says to the person who just told of distress, whatever they say next for
    a while (`QUIET_FOR`): not its material ("Ask Xanthippe; she knows a great many things"),
    but the way to help, again, in fewer words; `again` when it said so just before, in other
    words than those."""
    lines = crisis_lines()
    to = f"{name}, " if name else ""
    if again:
        opening = f"{to}I'm listening. Please reach someone who can be with you in this:"
        if kind == OTHER:
            opening = f"{to}I'm listening. Please reach someone trained to help you both:"
        danger = "they might be" if kind == OTHER else "you are"
        return f"{opening[0].upper()}{opening[1:]} {lines}. If {danger} in danger, {CARE_MARK}."
    if kind == OTHER:
        opening = f"{to}I'm only a bot, and they deserve help from a real person."
        return (
            f"{opening[0].upper()}{opening[1:]} {lines[0].upper()}{lines[1:]}. If they might be "
            "in danger now, call your local emergency number."
        )
    opening = f"{to}I'm still here, but I'm only a bot, and you deserve help from a real person."
    return (
        f"{opening[0].upper()}{opening[1:]} {lines[0].upper()}{lines[1:]}. If you are in "
        "danger, call your local emergency number."
    )


# After a person tells of distress, this many messages (the one that told of it among them)
# pass before a persona joins in unasked again, or answers that person with its material.
QUIET_FOR = 8


def lately(history, author: str | None = None) -> str:
    """The distress told in the last `QUIET_FOR` lines of `history` (`ChatLine`s, oldest
    first), by `author` if given: SELF, OTHER or ""."""
    for line in reversed(history[-QUIET_FOR:]):
        if author is not None and line.author != author:
            continue
        kind = distress(line.text)
        if kind:
            return kind
    return ""


def still_caring(history) -> str:
    """The distress the author of `history`'s last line told of in the lines just before it
    (`lately`), which their next words are answered with (`care_again`)."""
    if not history:
        return ""
    return lately(history[:-1], author=history[-1].author)


def said_again(history) -> bool:
    """Whether the persona's own last line in `history` is a `care_again` not said `again`."""
    own = [line.text for line in history if line.own]
    return bool(own) and any(
        opening in own[-1] for opening in ("I'm still here, but", "I'm only a bot, and they")
    )


# What `care_needed` finds a persona's answer must be.
REPLY = "reply"  # `care_reply`: the message itself tells of distress
QUIET = "quiet"  # nothing: unasked, just after a person told of distress
AGAIN = "again"  # `care_again`: the next words of a person who told of distress
RISK = "risk"  # `bots.safety.risk_reply`: a question where a wrong word could hurt (`at_risk`)


def care_needed(message: str, history, *, unasked: bool = False) -> tuple[str, str]:
    """What a persona's answer to `message` (the last line of `history`) must be: (REPLY, the
    kind of distress), (QUIET, kind), (AGAIN, kind), (RISK, the kind of risk of
    `bots.safety.at_risk`: said in the message, or in a claim before it the message asks to be
    judged), or ("", "") for its material or a model's words. Unasked, a message at risk is
    (QUIET, its kind): no persona joins in with a guess. The one place that decides it, for
    the engine, the house bot and the runner alike."""
    kind = distress(message)
    if kind:
        return REPLY, kind
    if unasked:
        kind = lately(history) or at_risk(message)
        return (QUIET, kind) if kind else ("", "")
    kind = still_caring(history)
    if kind:
        return AGAIN, kind
    kind = at_risk(message) or claim_at_risk(message, history)
    return (RISK, kind) if kind else ("", "")


def caring(message: str, history, *, unasked: bool = False) -> bool:
    """Whether a persona's answer to `message` is one of care or of risk (or, unasked, nothing)
    rather than its material or a model's words."""
    return bool(care_needed(message, history, unasked=unasked)[0])


# Said in every reply of care, whatever an operator's lines, and whatever the content rules
# (BLOCKED_WORDS, REDACT_PII=all) have masked in them.
CARE_MARK = "call your local emergency number"


def is_care_reply(body: str) -> bool:
    """Whether `body` is a reply of `care_reply` or of `bots.safety.risk_reply`: nothing in it
    for another persona to take up, and said whole (by SMS too)."""
    return CARE_MARK in body or crisis_lines() in body or is_risk_reply(body)
