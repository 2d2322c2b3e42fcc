"""The room's mood, for the replies that open and close a talk (tone61): whether the last few
messages carry bad news (a death of a person or a pet, an illness, an operation, a loss, a
break-up, a job lost, a bad diagnosis, or the room's sad answers to it: "so sorry", "rip",
"i cried"), so that thanks, goodbyes, greetings and welcomes are gentle and may name the loss
once; what thanks are for (a piece written, a sum worked); and a greeting whose question is put
to the room or to someone else, not to the persona.

Bad news in a joke ("my team lost again, gutted"), a thing that "died" (a phone), a death in
history or in a play are no loss of the room's; a later piece of good news, or enough messages
after it, and the room has moved on.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Sequence
from functools import lru_cache

from bots.cards import _name_said
from bots.fold import folded
from bots.valence import GOOD_EVENT, GRAVE_EVENT, death_told, told
from bots.valence import mood as valence_mood

# How far back bad news still weighs: the last few messages (a persona's replies among them).
WINDOW = 10

# News of one's own or of someone near: told of a person or pet of theirs, or of late.
NEAR = folded(
    r"\b(?:my|our|his|her|their|ur|your|mr|mrs|ms|miss|dr|auntie|aunty|uncle)\b|"
    r"\b(?:last night|yesterday|this morning|today|tonight|earlier|this week|this weekend|"
    r"over the weekend|on (?:mon|tues|wednes|thurs|fri|satur|sun)day|just|finally|sadly|"
    r"(?:bad|sad|awful|terrible|heartbreaking|horrible) news|rip|gutted|heartbroken|"
    r"devastated|in bits)\b",
    re.IGNORECASE,
)
# A death or a loss in history, a book, a play or a film: no loss of the room's.
STORIED = folded(
    r"\b(?:1\d{3}|[2-9]\d{2}|\d{1,2}(?:st|nd|rd|th) century|bc|bce|ad|centur(?:y|ies)|"
    r"history|historical|ancient|medieval|victorian|tudor|roman|romans|king|queen|emperor|"
    r"pharaoh|president|general|in the (?:play|book|film|movie|show|series|novel|story|episode|"
    r"game|opera|musical|war|end)|act \w+|scene|character|hamlet|juliet|romeo|lear|macbeth|"
    r"ophelia|caesar|cleopatra|napoleon|nelson|dinosaurs?|species|extinct|spoiler|years ago|"
    r"decades ago|when (?:i|we) (?:was|were) (?:\d+|little|young|a kid|a child|small))\b",
    re.IGNORECASE,
)
# The room's sad answers to bad news (not "so sorry i'm late", "rip off", "cried laughing").
SAD_REACTION = folded(
    r"\b(?:so|really|very|truly|terribly|awfully|sooo+) sorry\b(?!,? (?:i'?m|im|i was|i am|"
    r"for (?:it|them)sel(?:f|ves)|for (?:him|her)self|"
    r"for (?:being|the (?:delay|wait|late|noise|mess|confusion))|to (?:bother|interrupt|be late|"
    r"butt in)|about (?:that|the (?:delay|wait|noise|mess)|earlier|being)|late|if|but)\b)|"
    r"\bsorry (?:for|about) (?:your|ur|the) loss\b|\bcondolences\b|"
    r"\brip\b(?! (?:off|it|up|out|into|through|open|apart|the|my|your|ur|our|his|her|their)\b)|"
    r"\br\.i\.p\b|"
    r"\bthinking of (?:you|u|ya|her|him|them|you all)\b|\bsending (?:love|hugs|(?:you|u) "
    r"(?:love|hugs|strength)|my love|all my love|strength)\b|\bheartbroken\b|\bdevastat\w+\b|"
    r"\b(?:i|we|me) (?:cried|sobbed|wept|welled up|teared up|(?:am|was) in (?:tears|bits))\b"
    r"(?! (?:laughing|with laughter|at (?:the|that) (?:ending|film|match)))|"
    r"\bmade (?:me|us) (?:cry|tear up|well up)\b(?! laughing)|"
    r"\bso sad\b(?! (?:that (?:i|we) missed|to miss)\b)|\bgutted for (?:you|u|her|him|them)\b",
    re.IGNORECASE,
)
# Words of the persona's own on a loss (its condolence, a few lines for a card on it).
OWN_GRIEF = folded(
    r"\b(?:(?:so|heartily|truly|deeply|very) sorry|sympathy|condolences?|griev\w*|grief|"
    r"sorrow\w*|mourn\w*|missed|loss|rest in peace|in loving memory|memory of|gently)\b",
    re.IGNORECASE,
)
# Who died, as told: "pepper died", "our cat biscuit was put down", "mr patel ... passed away",
# "my nan passed", "lost my dad".
_DIED = (
    r"(?:has |had |have |just |finally |sadly |peacefully )*(?:died|passed away|passed on|"
    r"passed|was put (?:down|to sleep)|had to be put (?:down|to sleep)|didn'?t make it|"
    r"is no longer with us|is gone|(?:was |had to be |has been |got )?put (?:down|to sleep))"
)
_KIN = (
    r"mum|mom|mother|dad|father|nan|nana|gran|granny|grandma|grandmother|grandad|granddad|"
    r"grandpa|grandfather|brother|sister|son|daughter|husband|wife|partner|uncle|aunt|auntie|"
    r"aunty|cousin|friend|best friend|neighbour|boss|colleague|dog|cat|puppy|kitten|rabbit|"
    r"bunny|hamster|guinea pig|pig|tortoise|horse|pony|budgie|parrot|ferret|rat|goldfish|fish|"
    r"hen|chicken|gerbil|boy|girl|old boy|old girl|baby"
)
HONOURED = folded(
    r"\b(?P<title>mr|mrs|ms|miss|dr|auntie|aunty|uncle|nurse|father|sister)\.? "
    r"(?P<name>[a-z][a-z'-]+)\b",
    re.IGNORECASE,
)
KIN_DIED = folded(
    rf"\b(?P<whose>my|our|his|her|their)\s+(?:(?:old|lovely|little|dear|beloved|sweet|poor|"
    rf"elderly|rescue)\s+)?(?P<kin>{_KIN})(?:\s*,?\s+(?P<name>[a-z][a-z'-]+))?\s*,?\s+{_DIED}|"
    rf"\blost\s+(?P<whose2>my|our|his|her|their)\s+(?:(?:old|lovely|little|dear|beloved)\s+)?"
    rf"(?P<kin2>{_KIN})\b",
    re.IGNORECASE,
)
# A plant that "died" is no loss of a friend ("my fiddle leaf fig finally died").
PLANT = folded(
    r"\b(?:plants?|fig|cactus|cacti|monstera|basil|orchids?|ferns?|succulents?|seedlings?|"
    r"tomato(?:es)?|bonsai|houseplants?|herbs?|roses?|sourdough starter|starter|hedge|lawn)\b",
    re.IGNORECASE,
)
NAME_DIED = folded(rf"(?:^|[,.;:!]\s*|\bnews\W+)(?P<name>[a-z][a-z'-]+)\s+{_DIED}", re.I)


def died(text: str) -> bool:
    """Whether `text` tells of a death (a thing that "died" aside, and "died" said in fun)."""
    return death_told(text)


def grave(text: str) -> bool:
    """Whether `text` tells bad news of the room's own: a death, an illness, a loss, a break-up,
    a job lost, told of someone near or of late; not in a joke, of a thing, nor in history."""
    if not GRAVE_EVENT.search(text):
        return False  # (cheap first: most lines tell no bad news)
    news = told(text)
    if not news or not GRAVE_EVENT.search(news) or STORIED.search(news):
        return False
    if died(news):
        return bool(NEAR.search(news)) and not PLANT.search(news)
    return valence_mood(news) == "grave" and not GOOD_EVENT.search(news)


def loss_named(text: str, author: str, to: str) -> str:
    """Who died, as the reply may name them to `to` ("Pepper", "Mr Patel", "your nan", "Sam's
    dad"); "" when no death is told or it is not said cleanly."""
    if not died(text):
        return ""
    if kin := KIN_DIED.search(text):
        name = _name_said(kin.group("name") or "")
        if name:
            return name
        whose = (kin.group("whose") or kin.group("whose2")).lower()
        who = (kin.group("kin") or kin.group("kin2")).lower()
        if whose in ("my", "our"):
            mine = "your" if author.lower() == to.lower() else f"{author.capitalize()}'s"
            return f"{mine} {who}"
        return ""
    if honoured := HONOURED.search(text):
        name = _name_said(honoured.group("name"))
        return f"{honoured.group('title').capitalize()} {name}" if name else ""
    if named := NAME_DIED.search(text):
        return _name_said(named.group("name"))
    return ""


@lru_cache(maxsize=1024)
def _told_mood(text: str) -> str:
    """What a line of the room tells, for `mourning`: "grave" (bad news of the room's own),
    "good" (good news), "sad" (the room's sad answer to bad news) or "". Cached: the same lines
    are read again for every reply while they stay in the room's last messages."""
    if grave(text):
        return "grave"
    if GOOD_EVENT.search(text) and valence_mood(text) == "good":
        return "good"
    # ("in the play juliet dies at the end, so sad" mourns no one)
    return "sad" if SAD_REACTION.search(text) and not STORIED.search(text) else ""


def _room_news(history: Sequence, skip: Collection[str]) -> tuple[object | None, bool, bool]:
    """Walking back over the last `WINDOW` messages before history's last (the persona's own and
    `skip`'s passed over): the line of grave news the room is still with, whether sad words
    came after it, and whether good news came after it (the room moved on)."""
    sad = False
    for line in reversed(history[:-1][-WINDOW:]):
        if line.own or line.author in skip:
            continue
        told_mood = _told_mood(line.text)
        if told_mood == "good":
            return None, sad, True
        if told_mood == "grave":
            return line, sad, False
        sad = sad or told_mood == "sad"
    return None, sad, False


def mourning(
    history: Sequence, to: str, *, thanked: bool = False, skip: Collection[str] = ()
) -> str | None:
    """The loss the room is still with, for a reply to `to` (history's last line, the message
    answered, aside): who died when one is named ("Pepper", "your nan"), "" for bad news of
    another kind or unnamed; None when the last `WINDOW` messages carry none, or good news came
    after it. `thanked`: the thanks are for the persona's own words on a loss, which weigh
    whatever came after. `skip`: the personas, whose replies are no news of the room's."""
    line, sad, moved_on = _room_news(history, skip)
    if moved_on:
        return None
    if line is not None:
        return loss_named(line.text, line.author, to)
    return "" if sad or thanked else None


def grave_told(history: Sequence, *, skip: Collection[str] = ()):
    """The line of grave news the room is still with (as `mourning` reads the room), or None:
    "my dad died this morning", for a reply to "lol" just after it."""
    return _room_news(history, skip)[0]


def thanked_in_grief(message: str, said: Sequence[str]) -> bool:
    """Whether thanks are for the persona's own words on a loss: its last reply a piece on it
    (words for a card, a few lines), or the thanks say it made them cry."""
    return own_grief(said) and bool(PIECE_GIVEN.search(said[-1]) or SAD_REACTION.search(message))


def own_grief(said: Sequence[str]) -> bool:
    """Whether the persona's last words in the room (`said`, oldest first) were on a loss (its
    sympathy, a piece for a card on it): thanks after them are for those."""
    return bool(said and OWN_GRIEF.search(said[-1]))


def named_before(said: Sequence[str], loss: str) -> bool:
    """Whether the persona has named the loss already in the room (`said`: its replies)."""
    if not loss:
        return False
    word = loss.split()[-1].lower()
    return any(word in line.lower() for line in said)


# What thanks are for, as the thanks say ("for the sign off", "for the maths") or the persona's
# last reply shows (a piece quoted after a colon; a sum worked).
PIECE_THANKED = folded(
    r"\bfor (?:the|that|those|this|these|your|ur|my|our)\s+(?:\w+\s+){0,2}?(?:sign[- ]?off|poem|"
    r"lines|verse|verses|words|toast|speech|card|message|caption|slogan|limerick|haiku|song|"
    r"rhyme|tribute|eulogy|wording|intro|blurb|write-?up|sonnet|note|post|piece|bit|ode|motto|"
    r"dedication|quote)s?\b|\b(?:poem|lines|verse|words|toast|speech|limerick|tribute|sonnet|"
    r"sign[- ]?off)\s+(?:is|was|are|were)\s+(?:perfect|lovely|beautiful|great|brilliant|spot on)\b",
    re.IGNORECASE,
)
SUM_THANKED = folded(
    r"\bfor (?:the|that|those|this|these|your|ur|doing the|working (?:that|it) out)?\s*(?:\w+\s+)?"
    r"(?:maths|math|sums?|figures|numbers|working|calculation|calc|arithmetic|totals?|split)\b",
    re.IGNORECASE,
)
PIECE_GIVEN = re.compile(r":\s*[\"“‘']|:\n")
SUM_GIVEN = re.compile(
    r"[£$€]\s?\d|\d\s*[×÷=+]\s*\d|"
    r"\d+(?:\.\d+)?\s*(?:[a-z]+\s+){0,3}(?:is|are|comes to|makes|gives)\s+(?:about\s+)?[£$€]?\d"
)


def thanked_for(message: str, said: Sequence[str]) -> str:
    """What the thanks are for: "piece" (words written to order), "sum" (figures worked), ""
    for anything else or nothing it can tell. `said`: the persona's replies, oldest first."""
    own = said[-1] if said else ""
    kinds = (("piece", PIECE_THANKED, PIECE_GIVEN), ("sum", SUM_THANKED, SUM_GIVEN))
    named = [kind for kind, thanked, _ in kinds if thanked.search(message)]
    return next(iter(named), "") or next((k for k, _, given in kinds if given.search(own)), "")


# A thanks line that thanks for company ("a good listener", "so willing an ear"): wrong for
# thanks for a thing done.
FOR_COMPANY = folded(
    r"\blisten\w*|\bwilling an ear\b|\bgood conversation\b|\bthanks are mine\b|"
    r"\bowe you thanks\b|\bkindness is too much\b",
    re.IGNORECASE,
)

# A question put to the room after a greeting: "who's doing X tonight?", "anyone know ...?",
# "does anybody ...", "is everyone ...", "any of you ...".
ROOM_QUESTION = folded(
    r"(?:^|[,.;:!?]\s*|\b(?:right|ok|okay|so|and|also|btw|quick q|quick one)\s+)(?:who'?s|whos|"
    r"who is|who are|who(?= (?:is|are|was|were|has|had|can|could|will|wants|fancies|else)\b))\s+"
    r"(?!you\b|u\b)\w+|"
    r"\b(?:anyone|anybody|any1|any of (?:you|u|yous)|every(?:one|body)|people|you lot|"
    r"y'?all|folks)\s+(?:know|knows|got|have|has|had|seen|tried|heard|been|doing|going|coming|"
    r"want|wants|fancy|free|around|about|up for|able|remember|else|still|on)\b|"
    r"\b(?:does|did|has|have|is|are|can|could|will|would) (?:anyone|anybody|any1|any of (?:you|u)|"
    r"every(?:one|body)|people|you lot|y'?all|folks)\b",
    re.IGNORECASE,
)
# The persona asked all the same: "do you", "your", "what do you think".
ASKED_YOU = folded(r"\b(?:you|u|your|ur|yourself)\b(?! (?:lot|all|guys|two|both)\b)", re.I)


def asked_other(after: str, others: Sequence[str]) -> bool:
    """Whether `after` (what follows a greeting to the persona) puts a question to someone
    else in the room by name ("kieran are you on tonight?", "jo, did you book it?")."""
    first = re.match(r"\W*@?([a-z][\w'-]*)\b", after, re.IGNORECASE)
    if not first or first.group(1).lower() not in {o.lower() for o in others if o}:
        return False
    return bool("?" in after or re.search(r"\b(?:are|is|can|will|do|did)\b", after, re.I))


def room_question(after: str, others: Sequence[str]) -> bool:
    """Whether `after` (what follows a greeting to the persona) puts its question to the room
    ("who's doing the request round tonight?", "anyone know a good vet?") or to someone else
    by name ("kieran are you on tonight?"), not to the persona."""
    text = after.strip()
    if not text:
        return False
    if asked_other(text, others):
        return True
    found = ROOM_QUESTION.search(text)
    if not found:
        return False
    rest = re.sub(r"\b(?:any of (?:you|u)|you lot|you all|y'?all)\b", " ", text, flags=re.I)
    return not ASKED_YOU.search(rest)
