"""Questions of fact put to a live room, read by their shape (room48, rate47).

In rate47's live rooms "who taught plato then... anyone?", "which planet has the most moons"
and "when did the globe burn down" went unanswered though a persona present had the line:
a question put to the room counted (`room44.room_question`) only when it opened with "why
do", "how do", "what's" and the like. A question of who did a thing, which thing is the one,
when a thing happened, where a word comes from, what year, how fast or how big is as plainly
asked of the room (`fact_asked`), and the persona whose `#know` line answers it takes it
(`room44.room_owners`), once (`services._owned_answer`). The people's own business asked
the same way ("who's bringing snacks", "which day works for everyone", "when are we
leaving", "who wants the last slice") is theirs: no line answers it, and the shape itself
leaves out their doings ("we", "you", a want or a plan).
"""

from __future__ import annotations

import re

from bots.fold import folded

# "who taught plato then", "who wrote hamlet", "who came up with evolution", "who was the
# first woman to win a nobel", "who was plato's teacher", "which planet has the most moons",
# "which element glows in the dark", "which is the biggest ocean", "when did the titanic
# sink", "when was the printing press invented", "where does the word robot come from",
# "what year did ...", "how fast does light go".
_FACT = folded(
    # (each run of punctuation read from its start, once: a message of 4,000 dots took
    # minutes, test_review15)
    r"(?:^|(?<![.?!:;])(?:[.?!:;]\s+|\.\.++\s*+)|\bit'?s\W+)\W*+(?:(?:ok|okay|so|and|also|btw|wait|"
    r"hmm+|um+|"
    r"random but|quick one|quick q|next one|question|q|lol|oh|but|then|right|guys|hey)\W+)*(?:"
    r"who (?:actually |really |even |first |originally |exactly )?(?:(?:wrote|discovered|"
    r"invented|taught|came up with|founded|named|built|designed|proved|coined|painted|composed)"
    # not "who wrote it again", of a thing named before
    r"(?=\s+(?!(?:it|this|that|them|these|those|him|her|one)\b))|"
    r"was the (?:first|teacher|student|pupil|inventor|founder|father|mother)\b|"
    r"were the first|was [a-z]+'?s? (?:[a-z]+ ){0,2}(?:teacher|tutor|student|pupil|master))|"
    r"which (?:is|was|are|were) the (?:[a-z]+est|most|least) |"
    r"which (?:is the |was the |are the |were the |one is the )?(?:planet|element|star|animal|"
    r"bird|ocean|sea|continent|country|metal|gas|moon|mountain|river|plant|tree|insect|"
    r"creature|mammal|fish|play|playwright|scientist|language|word|number|organ|bone|"
    r"dinosaur|galaxy|colou?r|substance|chemical|one)s?\b(?! (?:should|shall|do|are|will|"
    r"would|did) (?:we|you|u|i)\b)|"
    r"when (?:did|was|were) (?!(?:we|you|u|i|he|she|they|it|that|this|everyone|ur|your)\b)|"
    r"where (?:did|does|do) (?!(?:we|you|u|i|he|she|they)\b)[^?]{1,60}\bcome from\b|"
    r"what (?:year|century)\b|"
    r"how (?:fast|big|hot|deep|tall|heavy|loud|bright|small|large|heavy) (?:is|are|was|"
    r"does|do|can)\b)",
    re.IGNORECASE,
)
# The people's own business asked in the same words: "which day works for everyone".
_THEIRS = folded(
    r"\b(?:we|us|our|you guys|u guys|y'?all|everyone|everybody|my|me|i)\b",
    re.IGNORECASE,
)


# A question relayed to the room that the teller could not answer: "my 9 yr old asked me why we
# even change the clocks and i had no answer", "my son keeps asking how planes stay up, no
# idea tbh". "she asked me why i was late" is the people's own business, and no answer sought.
_RELAYED = folded(
    r"\b(?:asked|asks|asking|wants? to know|wanted to know|wondering|wondered)(?: me| us)?"
    r" (?:why|how|what|when|where|who|which)\b(?=.*(?:\?|\bno (?:answer|idea|clue)\b|"
    r"\b(?:didn'?t|did not|don'?t|do not|couldn'?t|could not|can'?t) (?:know|answer|tell|explain)"
    r"|\bdunno\b|\bstumped\b|\bno clue\b))",
    re.IGNORECASE,
)


def relayed(text: str) -> bool:
    """Whether `text` tells the room a question asked of the teller that they could not answer
    (`_RELAYED`): a question put to the room all the same."""
    lowered = text.lower()
    if not ("ask" in lowered or "wonder" in lowered or "know" in lowered):
        return False
    found = _RELAYED.search(text)
    if not found:
        return False
    clause = re.split(r"[,.!?;]| and i\b| but\b", text[found.end() :], maxsplit=1)[0]
    return not _MINE.search(clause)


_MINE = folded(r"\b(?:i|me|my|you|u|your|ur)\b", re.IGNORECASE)


def fact_asked(text: str) -> bool:
    """Whether `text` asks the room a question of fact by its shape (`_FACT`), not of the
    people's own doings (`_THEIRS`; "asking for my little brother" after the question is chat
    about who asks, and is let be)."""
    found = _FACT.search(text)
    if not found:
        return False
    rest = text[found.end() :]
    clause = re.split(r"[,.!?;]| lol\b| asking\b| for my\b", rest, maxsplit=1)[0]
    return not _THEIRS.search(clause)


# "who taught plato", "who wrote hamlet": the one who did it may be the persona itself.
_WHO = folded(r"\bwho (?!(?:is|was|are) (?:your|ur|you)\b)", re.IGNORECASE)
# A line of its own life said to one who asked it of itself: "No, Aristotle was born fifteen
# years after I died" answers "did you teach aristotle", not "who taught aristotle".
_TO_YOU = re.compile(r"^(?:No|Yes|Not|Never|Nor)\b")


def whose_deed(text: str) -> bool:
    """Whether `text` is a question of fact (`fact_asked`) of who did a thing, which a line of
    the persona's own life answers when the deed was its own ("Plato learned at my side")."""
    return bool(_WHO.search(text)) and fact_asked(text)


def own_answer(text: str, line: str) -> bool:
    """Whether `line`, a `#know` line of the persona's own life, answers the room's question
    `text`: a question of who did the thing (`whose_deed`), and a line that does not answer
    one put to the persona ("No, ...")."""
    return whose_deed(text) and not _TO_YOU.match(line)


# A choice of two words of judgement put to a persona about what was just said: "@einstein
# genius or insane?", "@socrates wise or foolish?", "@einstein settle it, reactor on the moon:
# genius or insane" (rate47 R07-L13 had got "And how did that happen, Dev?"). Not a kind of
# play ("tragedy or comedy, this plan"): a genre is no verdict.
_GOOD = (
    r"genius|brilliant|wise|smart|sensible|brave|good|great|worth it|clever|fair|bold|genius move|"
    r"inspired|possible|legit|a good idea|a great idea|genuis|romantic|heroic|noble|fine"
)
_BAD = (
    r"insane|crazy|mad|foolish|stupid|dumb|silly|reckless|bad|terrible|nonsense|lazy|pointless|"
    r"impossible|a bad idea|a terrible idea|not worth it|not|a waste|a waste of time|overrated|"
    r"unhinged|delusional|naive|cowardly|rude|unfair|madness|nuts|bonkers"
)
_PAIRED = folded(
    r"^[^\w@]*(?:@\w+\W+)?(?:(?:ok|okay|so|well|then|quick|be honest|honestly|settle it|"
    r"settle this|real talk|serious question|thoughts|verdict)\W+)*"
    r"(?:(?P<thing>[^?:@]{3,80}?)\s*[:-]\s*)?"
    rf"(?:is (?:it|this|that) |is (?:he|she|they) )?(?P<pair>(?:{_GOOD}) or (?:{_BAD})|"
    rf"(?:{_BAD}) or (?:{_GOOD}))(?:[,\s]+(?:this|that|the|his|her|their) (?:plan|idea|one|move))?"
    r"(?:\W+(?:lol|lmao|haha\w*|tho|though))?\W*$",
    re.IGNORECASE,
)
_OPINED = folded(r"^\W*(?:i think|i reckon|honestly|tbh|ngl|so)\W+", re.IGNORECASE)


def choice_on(message: str, history, ignore=()) -> str:
    """The choice `message` puts to a persona about what was said just before (`_PAIRED`),
    with what was said put into it ("we should all quit our jobs and move to a boat: wise or
    foolish?"), to be answered as a choice asked of it with its view of that; "" for any other
    message, or when nothing was said before it by a person."""
    if " or " not in message:
        return ""
    found = _PAIRED.match(message)
    if not found:
        return ""
    pair = found.group("pair")
    thing = (found.group("thing") or "").strip(" ,")
    if thing and len(thing.split()) >= 3:
        return f"{thing}: {pair}?"
    for said in reversed(list(history)[-5:-1]):
        if said.own or said.author in ignore:
            continue
        text = re.sub(r"@\w+", " ", said.text).strip()
        if "?" in text or len(text.split()) < 4:
            continue
        return f"{_OPINED.sub('', text).rstrip(' .!')}: {pair}?"
    return ""


# The question just put to another, put again to this one: "@darwin same question, is radium
# dangerous", "@curie same question, ghosts?", "@socrates what about you", "@socrates same for
# you, did you know babbage lol" (room48 dev rooms: "Oh dear, Tom. A walk in the garden has
# often mended my worst days", "You ask me about myself, Tom").
_SAME = folded(
    r"^[^\w@]*(?:@\w+\W+)?(?:(?:and|ok|okay|so|same|also)\W+)?"
    r"(?:same (?:question|q|qn|for (?:you|u)|goes for (?:you|u)|to (?:you|u))|"
    r"what about (?:you|u)|how about (?:you|u)|and (?:you|u))\b(?!')"
    r"\W*(?P<rest>.*)$",
    re.IGNORECASE,
)
_ASKING = folded(
    r"\?|^\W*(?:why|how|what|whats|what's|who|which|when|where|is|are|was|were|do|does|did|can|"
    r"could|should|would|will)\b",
    re.IGNORECASE,
)


def asked_again(message: str, history, ignore=()) -> str:
    """The question `message` puts again to this persona (`_SAME`): the whole question when it
    says it again after "same question," ("is radium dangerous"; "did you know babbage lol"),
    else the last question a person asked in the lines before it; "" for any other message."""
    if "same" not in message.lower() and "about" not in message.lower() and "and" not in message:
        return ""
    found = _SAME.match(message)
    if not found:
        return ""
    rest = re.sub(r"(?:^|\s+)(?:lol|lmao|haha\w*|tho|though)\W*$", "", found.group("rest")).strip()
    before = ""
    for said in reversed(list(history)[-6:-1]):
        if said.own or said.author in ignore:
            continue
        text = re.sub(r"@\w+", " ", said.text).strip(" ,")
        if _ASKING.search(text):
            before = text
            break
    if rest and _ASKING.search(rest):
        if len(rest.split()) < 3 and before:
            return before  # "same question, ghosts?": the question before, of its thing
        return rest if rest.endswith("?") else f"{rest}?"
    # "@darwin and you said birds ...", "and you're wrong": no question put again.
    return "" if re.search(r"\w", rest) else before


def said_before(line: str, history, said=()) -> bool:
    """Whether the persona said its `#know` line `line` already, in the room's last lines
    (`history`, its own marked) or its earlier replies (`said`): the answer stands above, and
    "who taught plato then", asked again a moment later, is not answered twice (room48)."""
    tail = max(line.split("{name}"), key=len).strip(" ,;:.")[:40]
    own = [h.text for h in list(history)[-12:-1] if h.own]
    return bool(tail) and any(tail in text for text in (*own, *said))


_HANDED = re.compile(r"@([a-z]+)")


def unhanded(reply: str, history, ignore=()) -> str:
    """`reply` without the words handing the question to a persona that has just answered it:
    one of the personas (`ignore`) whose lines stand between the person's last line and the
    message (rate47 R01-L14: Darwin handed Marie Curie the galvanism she had just explained,
    and she then said she could not answer it; room48: "@darwin same question, is radium
    dangerous" handed to @curie, who had just answered it). The hand-off's sentence is left
    out, and nobody is asked again."""
    if "@" not in reply:
        return reply
    recent = []
    for said in reversed(list(history)[:-1]):
        if not said.own and said.author not in ignore:
            break  # a person's line: what was answered before it is another matter
        if not said.own:
            recent.append(said.author.lower())
    answered = {s for s in _HANDED.findall(reply.lower()) if any(s in a for a in recent)}
    if not answered:
        return reply
    sentences = re.split(r"(?<=[.!?])\s+", reply)
    kept = [s for s in sentences if not any(f"@{a}" in s.lower() for a in answered)]
    return " ".join(kept) if kept else reply
