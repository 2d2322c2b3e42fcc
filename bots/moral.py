"""A question of right and wrong put yes or no ("is it ok to cheat on a test?", "would it be
wrong to read my partner's texts", "am I a bad person if I quit my job", "should I return a
wallet I found"): its stance comes from a small vocabulary of deeds, never from a coin toss.

Deceit, cheating, stealing, betrayal, snooping, ghosting, bullying and revenge are wrong (with
mercy for bread stolen by the starving); personal choices (no children, eating meat or not,
quitting a job, divorce, a tattoo) are no wrong but the asker's own call; giving back what was
found and telling the truth kindly are right. The stance is said plainly, on the deed asked
about, then the persona's own `#moral` line on right and wrong (`#moral wrong|choice|right:`).
A judgement of a deed it has no word for is withheld (`withheld`): what it turns on, never a
guessed "yes".
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import NamedTuple

from bots.fold import folded

# The judging words, by which way they ask: "is it wrong to", "is it ok to".
_WRONG_WORDS = (
    r"wrong|bad|selfish|immoral|unethical|evil|cruel|mean|unfair|unkind|a sin|morally wrong|"
    r"horrible|terrible|awful|shady|dodgy|disrespectful"
)
_OK_WORDS = r"ok|okay|o\.k\.|fine|alright|all right|acceptable|right|fair|ethical|allowed"
# How the judgement is asked, the deed after it.
_FRAME = folded(
    r"^\s*(?:(?:hey|hi|so|ok|okay|um|honest question|serious question|genuine question|"
    r"quick question)[,:!]?\s+)*(?:"
    r"(?:is it|would it be|will it be|was it|isn'?t it|is it really|is it actually|"
    r"would it really be|is it morally|is it ever|would it ever be)\s+(?:really |actually |"
    r"morally |even |ever |just )?"
    rf"(?P<word>{_WRONG_WORDS}|{_OK_WORDS})\s+(?:of me |for me |of you |for you )?"
    r"(?:to|if (?:i|you|we|someone|people|u))\s+(?P<deed>[^?]+)"
    r"|(?:am i|would i be|would that make me|does that make me|does it make me)\s+(?:a |an )?"
    r"(?:bad|terrible|horrible|awful|selfish|evil|cruel|mean|monster|jerk|asshole|arsehole|"
    r"bad person|terrible person|horrible person|awful person|selfish person|evil person)"
    r"(?:\s+(?:person|friend|partner|girlfriend|boyfriend|wife|husband|son|daughter))?"
    r"\s+(?:if|for|to)\s+(?P<person>[^?]+)"
    r"|(?:should|shall|must) (?:i|we)\s+(?P<should>[^?]+)"
    r")",
    re.IGNORECASE,
)

# The deeds it has a word on, each with its verdict and what is said of it. The patterns read
# the deed ("cheat on a test", "steal bread if you're starving"), not the frame.
_TEST = r"(?:test|tests|exam|exams|quiz|homework|coursework|assignment|essay|exam paper)"
_PARTNER = (
    r"(?:girlfriend|boyfriend|partner|wife|husband|spouse|fianc[eé]e?|gf|bf|him|her|them|"
    r"my other half)"
)
_KIN = r"(?:partner|girlfriend|boyfriend|wife|husband|spouse|gf|bf|friend|best friend|sister|"
_KIN += r"brother|flatmate|roommate|mum|mom|dad|boss|colleague|coworker|ex)"
_OWNER = rf"(?:(?:my|his|her|their|your|a|the|someone'?s) (?:{_KIN}'?s? )?|(?:his|her|their|your) )"
_DANGER = folded(
    r"\b(?:abus\w*|hit|hits|hurt|hurts|threat\w*|scar(?:y|es me|ed)|unsafe|stalk\w*|harass\w*|"
    r"creep\w*|violent|toxic|manipulat\w*|controlling)\b",
    re.IGNORECASE,
)
# A lie that is no plain deceit: a surprise, a game, a kindness to a child, feelings spared
# (whether that is right is a question the persona weighs, not a verdict of the vocabulary).
_PLAYFUL_LIE = folded(
    r"\b(?:white lie|surprise|santa|father christmas|tooth fairy|easter bunny|party|game|"
    r"poker|april fool|prank|gift|present|feelings|spare|protect\w*|kind|kindness)\b",
    re.IGNORECASE,
)
_CHILD = folded(
    r"\b(?:kids?|child(?:ren)?|son|daughter|teen\w*|toddler|\d+ ?(?:yo|year old))'?s?\b",
    re.IGNORECASE,
)
_HUNGER = folded(
    r"\b(?:starving|starve|hungry|hunger|no food|can'?t afford (?:food|to eat)|to feed|"
    r"to survive|destitute|homeless)\b",
    re.IGNORECASE,
)


class Deed(NamedTuple):
    kind: str  # its key, for tests and the line said
    verdict: str  # "wrong", "choice" (the asker's own call), "right", "mercy"
    said: str  # the verdict said of the deed: "cheating on a test is wrong, ..."
    met: str = ""  # the words the deed was read on ("lie to my boss")


_DEEDS: tuple[tuple[str, str, re.Pattern[str] | object, str], ...] = (
    (
        "infidelity",
        "wrong",
        folded(
            rf"\bcheat(?:ing|ed)? on (?:my |his |her |your |their |a )?{_PARTNER}\b|"
            r"\bhav(?:e|ing) an affair\b|\b(?:be|being) unfaithful\b",
            re.IGNORECASE,
        ),
        "cheating on someone who trusts you is a betrayal; if you want out, tell them first",
    ),
    (
        "test",
        "wrong",
        folded(
            rf"\bcheat(?:ing|ed)? (?:on|in|at|during|for) (?:a |an |the |my |this |our )?"
            rf"(?:\w+ )?{_TEST}\b|\bcopy(?:ing)? (?:someone'?s |a friend'?s |my friend'?s )"
            rf"(?:\w+ )?{_TEST}\b|\bplagiari[sz]\w*",
            re.IGNORECASE,
        ),
        "cheating on a test is wrong, even if nobody finds out: it is a lie about what you know",
    ),
    (
        "keep",
        "wrong",
        folded(
            r"\bkeep(?:ing)? (?:a |an |the |some |this |that )?(?:\w+ ){0,3}?(?:wallet|purse|"
            r"money|cash|phone|ring|bag|card|keys|tenner|fiver|notes?)\b[^?]*\b(?:found|find|"
            r"dropped|left behind|picked up)\b",
            re.IGNORECASE,
        ),
        "keeping what someone lost is a kind of taking; hand it in or look for the owner",
    ),
    (
        "return",
        "right",
        folded(
            r"\b(?:return|give back|giving back|hand in|handing in|hand back|post back|take "
            r"back|returning)\b[^?]*\b(?:found|find|dropped|lost|picked up)\b|\b(?:return|give)"
            r" (?:it|them) back\b",
            re.IGNORECASE,
        ),
        "give it back, or hand it in where you found it; someone is missing it now",
    ),
    (
        "steal",
        "wrong",
        folded(
            r"\b(?:steal(?:ing)?|shoplift(?:ing)?|nick(?:ing)? (?:stuff|things|from)|pinch(?:ing)?"
            r" (?:stuff|things|from)|take (?:money|stuff|things) from)\b(?! (?:a kiss|the show|"
            r"a glance|a look|a moment|someone'?s heart|a base|second base))",
            re.IGNORECASE,
        ),
        "taking what is not yours is wrong, however small it is",
    ),
    (
        "lie",
        "wrong",
        folded(
            r"\b(?:lie|lying|lied) (?:to|on) (?:my|his|her|their|your|a|the|an) "
            r"(?:\w+ )?(?:boss|partner|girlfriend|boyfriend|wife|husband|friend|friends|parents|"
            r"mum|mom|dad|teacher|doctor|manager|family|landlord|employer|cv|resume|résumé|"
            r"application|insurance|claim|taxes)\b|\b(?:lie|lying|lied) to (?:him|her|them|"
            r"people|everyone|my family)\b|\bdeceiv\w+|\bdeceit\w*",
            re.IGNORECASE,
        ),
        "lying to someone who relies on you is wrong, and lies rarely stay small",
    ),
    (
        "snoop",
        "wrong",
        folded(
            rf"\b(?:read(?:ing)?|check(?:ing)?|look(?:ing)? (?:at|through)|go(?:ing)? through|"
            rf"snoop(?:ing)? (?:on|through|in)|spy(?:ing)? on) {_OWNER}(?:\w+ )?(?:texts|"
            r"messages|phone|emails|e-mails|diary|dms|whatsapps?|chats|journal)\b|"
            rf"\bsnoop(?:ing)? on (?:my |his |her )?{_KIN}",
            re.IGNORECASE,
        ),
        "reading someone's private messages behind their back is wrong; if you doubt them, ask",
    ),
    (
        "ghost",
        "wrong",
        folded(r"\bghost(?:ing|ed)?\b(?! (?:story|stories|town|hunt\w*|tour))", re.IGNORECASE),
        "vanishing without a word is unkind; one short, honest message is kinder",
    ),
    (
        "revenge",
        "wrong",
        folded(
            r"\b(?:revenge|get(?:ting)? (?:back at|even with)|pay(?:ing)? (?:him|her|them) back)\b",
            re.IGNORECASE,
        ),
        "revenge only makes a second wrong; tell someone who can stop it",
    ),
    (
        "bully",
        "wrong",
        folded(r"\bbully(?:ing)?\b|\bpick(?:ing)? on\b", re.IGNORECASE),
        "bullying is wrong; if it is happening, tell someone who can stop it",
    ),
    (
        "children",
        "choice",
        folded(
            r"\b(?:not (?:want(?:ing)?|hav(?:e|ing))|never (?:want(?:ing)?|hav(?:e|ing))|don'?t "
            r"want|stay(?:ing)? child-?free|be(?:ing)? child-?free) (?:to have )?(?:any )?"
            r"(?:kids|children|a baby|babies|a family)\b",
            re.IGNORECASE,
        ),
        "not wanting children is no wrong and not selfish; it is your own call",
    ),
    (
        "meat",
        "choice",
        folded(
            # Eating meat or not, said plainly, nothing after it ("while pregnant", "every day",
            # "raw": a question of health, not of right and wrong).
            r"(?:\beat(?:ing)? (?:meat|animals)|\b(?:be|being|go|going) (?:vegan|vegetarian|"
            r"veggie)|\bnot eat(?:ing)? meat)\s*[.!]*\s*$",
            re.IGNORECASE,
        ),
        "eating meat or not is your own call; decent people choose both ways",
    ),
    (
        "job",
        "choice",
        folded(
            r"\b(?:quit(?:ting)?|leav(?:e|ing)|resign(?:ing)? from) (?:my|a|the|this) "
            r"(?:\w+ )?(?:job|work|career|post)\b",
            re.IGNORECASE,
        ),
        "leaving a job is no wrong; it is your own call",
    ),
    (
        "divorce",
        "choice",
        folded(
            r"\b(?:divorc\w+|(?:leav(?:e|ing)|end(?:ing)?) (?:my|a|the|our) (?:marriage|husband|"
            r"wife))\b",
            re.IGNORECASE,
        ),
        "ending a marriage is no wrong in itself; it is your own call, and kindness in it matters",
    ),
    (
        "tattoo",
        "choice",
        folded(r"\b(?:tattoo\w*|piercing|pierced|get(?:ting)? inked)\b", re.IGNORECASE),
        "a tattoo or a piercing is no wrong; your body is your own call",
    ),
    (
        "truth",
        "right",
        folded(
            r"\b(?:tell(?:ing)?|say(?:ing)?) (?:(?:him|her|them|my \w+|his \w+|her \w+|the \w+) )?"
            r"the truth\b|\bbe(?:ing)? honest (?:with|to)\b|\bown(?:ing)? up\b",
            re.IGNORECASE,
        ),
        "tell the truth, and tell it kindly",
    ),
)


# The words naming each deed itself, by which a persona's own `#take` is on that very deed
# ("Lying harms the liar most" for "is it ok to lie to your boss"); none for a ghost (a take on
# seances is no take on ghosting) nor for most of the asker's own calls (a take on plain food is
# no take on eating meat).
CORE_WORDS = {
    "infidelity": "cheat cheating affair unfaithful",
    "test": "cheat cheating plagiarism",
    "steal": "steal stealing shoplifting theft",
    "lie": "lie lying lies liar",
    "snoop": "snoop snooping",
    "revenge": "revenge",
    "bully": "bully bullying",
    "truth": "truth honest honesty",
    # (a take on tattoos is on the very thing: "Wear what you like; I gave up socks")
    "tattoo": "tattoo tattoos piercing piercings",
}


class Moral(NamedTuple):
    deed: Deed | None
    asks: str  # "wrong" (is it wrong to), "ok" (is it ok to), "should", "person" (am I bad)
    strong: bool  # asked with a word that is only moral ("wrong", "immoral", "selfish")
    word: str = ""  # the judging word asked ("selfish"), "person" or "should"


_STRONG = frozenset(
    {"immoral", "unethical", "evil", "selfish", "cruel", "a sin", "morally wrong", "unfair"}
)
# "wrong" or "bad" is of right and wrong when the deed touches someone or is deceit ("is it
# wrong to tell my sister", "a white lie"), not "is it wrong to lie down after eating".
_TOUCHES = folded(
    r"\b(?:someone|somebody|anyone|anybody|people|person|him|her|them|my \w+|his \w+|their "
    r"\w+|friends?|partner|family|kids?|child(?:ren)?|boss|colleague|neighbou?r|stranger|"
    r"lie|lies|lying|lied|cheat\w*|steal\w*|betray\w*|promise|gossip\w*|secret|owe)\b"
    r"(?! (?:down|in bed|on (?:the|my) (?:sofa|couch|bed|floor|back|side)|flat|still))",
    re.IGNORECASE,
)


def moral_asked(text: str) -> Moral | None:
    """The judgement of a deed asked in `text` and the deed, when it is one of its vocabulary
    (or asked with a plainly moral word, `strong`). None for any other question."""
    text = text.replace("\u2019", "'").replace("\u2018", "'")
    # The sentence that asks.
    asking = next((s for s in re.split(r"(?<=[.!?])\s+", text) if "?" in s), text)
    for sentence in dict.fromkeys((asking, text)):
        frame = _FRAME.search(sentence)
        if frame:
            break
    else:
        # "is cheating wrong?", "is eating meat bad": the deed first.
        first = re.search(
            rf"^\s*(?:is|are)\s+(?P<deed>[^?]{{3,60}}?)\s+(?:really |actually |morally )?"
            rf"(?P<word>{_WRONG_WORDS}|{_OK_WORDS})\s*\??\s*$",
            asking.strip(),
            re.IGNORECASE,
        )
        if not first or re.match(r"(?:it|that|this|he|she|they|there)\b", first["deed"], re.I):
            return None
        return _moral(first["word"].lower(), first["deed"])
    if frame["person"]:
        return _moral("person", frame["person"])
    if frame["should"]:
        return _moral("should", frame["should"])
    return _moral(frame["word"].lower(), frame["deed"])


def _moral(word: str, deed: str) -> Moral | None:
    if word in ("person", "should"):
        asks = word
    elif re.fullmatch(_WRONG_WORDS, word, re.IGNORECASE):
        asks = "wrong"
    else:
        asks = "ok"
    found = _deed(deed)
    if found is None:
        strong = (
            word in _STRONG
            or word == "person"
            or (word in ("wrong", "bad") and bool(_TOUCHES.search(deed)))
        )
        return Moral(None, asks, strong, word) if strong else None
    if found.verdict == "choice" and asks == "should":
        return None  # "should i quit my job": advice on the asker's life, not a judgement
    return Moral(found, asks, word in _STRONG, word)


def _deed(deed: str) -> Deed | None:
    negated = re.match(r"\s*(?:not|never)\b", deed, re.IGNORECASE)
    for kind, verdict, pattern, said in _DEEDS:
        found = pattern.search(deed)
        if not found:
            continue
        met = found.group(0)
        if kind == "steal" and _HUNGER.search(deed):
            return Deed("hunger", "mercy", "", met)
        if kind == "ghost" and _DANGER.search(deed):
            # Cutting off someone who hurt or frightens you is no wrong but safety.
            return Deed(
                "cutoff",
                "safe",
                "You owe no explanation to someone who has hurt or frightened you, {name}; keep "
                "yourself safe, and tell someone you trust",
                met,
            )
        if kind == "lie" and _PLAYFUL_LIE.search(deed):
            return None
        if kind == "snoop" and _CHILD.search(deed):
            return None  # a parent minding a child's phone is another question
        if negated and verdict != "choice":
            # "is it wrong to not return it", "is it ok to never tell the truth": the other way.
            if verdict == "right":
                return Deed(kind, "wrong", said, met)
            return None
        return Deed(kind, verdict, said, met)
    return None


def moral_yes(moral: Moral) -> bool:
    """Whether the question as asked is answered yes, for the deed's verdict."""
    return _answer(moral) == "yes"


def _answer(moral: Moral) -> str:
    """Yes or no to the question as asked, for the deed's verdict."""
    verdict = moral.deed.verdict
    if moral.asks == "wrong":
        return "yes" if verdict == "wrong" else "no"
    # ("person": "am I a bad person if": no wrong, "no"; a wrong is said otherwise.)
    if moral.asks == "person":
        return "no"
    return "no" if verdict == "wrong" else "yes"


def own_lines(tagged: dict[str, tuple[str, ...]], moral: Moral | None) -> tuple[str, ...]:
    """The persona's `#moral` lines for the deed asked (`#moral snoop:`), else for its verdict
    (`#moral wrong|choice|right|mercy:`), else for a judgement withheld (`#moral weigh:`)."""
    deed = moral.deed if moral else None
    wanted = (deed.kind, deed.verdict) if deed else ("weigh",)
    for want in wanted:
        lines = tuple(
            said.strip()
            for key, _, said in (line.partition(":") for line in tagged.get("moral", ()))
            if want in {k.strip() for k in key.split("|")}
        )
        if lines:
            return lines
    return ()


def moral_reply(moral: Moral, name: str, own: Sequence[str], limit: int) -> str:
    """The reply to a judgement asked of a deed: its stance said plainly on the deed, then the
    first of the persona's own lines (`own`, in the order to try) that fits in `limit`
    characters, or what it turns on when the deed is not one it has a word for."""
    name = name or "friend"
    deed = moral.deed
    if deed is None:
        said = f"That turns on who it would hurt, {name}, and whether they would agree to it."
    elif deed.verdict == "safe":
        # No yes or no, which might read as "no, you may not keep away from them".
        said = deed.said.format(name=name) + "."
    elif deed.verdict == "mercy":
        said = (
            f"Hard to call it wrong, {name}: someone starving who takes bread to live deserves "
            "help, not blame; a food bank should come first if there is one."
        )
    elif moral.asks == "person" and deed.verdict == "wrong":
        said = f"One wrong does not make a bad person, {name}, but {deed.said}."
    else:
        word = "Yes" if _answer(moral) == "yes" else "No"
        said = f"{word}, {name}: {deed.said}."
    fits = next((line for line in own if len(said) + 1 + len(line) <= limit), "")
    return f"{said} {fits}".strip()
