"""Yes-or-no questions that are no matter of taste (yesno44).

Two kinds were read as taste and answered with a guessed "yes" and a stock line met on a word:

- whether something is normal ("is it normal for tomato leaves to go yellow at the bottom?",
  "is it normal that my sourdough starter smells like nail polish"): a matter of fact, which a
  persona answers from its field or owns up to (`normal_asked`), never "There is no measuring
  taste" after "Honestly, Maya, yes";
- whether the asker may feel or do something among people ("my boyfriend forgot my birthday.
  should i be upset?", "would it be weird if i texted my ex happy birthday", "is it rude to
  leave a party without saying bye"): a considered view in character on that very situation
  (`felt`), never a pick between cats and dogs met on "cat", nor "as puzzled as my cat Tiger".
"""

from __future__ import annotations

import re

from .fold import folded

# "is it normal for ...", "is this normal", "is it common that ...", "normal for a baby to ...".
NORMAL_ASKED = folded(
    r"\b(?:is|are) (?:it|this|that|these|those|they) (?:\w+ )?(?:normal|common|usual|typical)\b|"
    r"\b(?:normal|common|usual) for (?:a |an |the |my |your |our |his |her )?\w+",
    re.IGNORECASE,
)
# What is felt or done among people, not what a body or a thing does: "normal to feel jealous",
# "normal to cry at weddings" are a view's to answer (`felt`), not owned up to.
NORMAL_FELT = folded(
    r"\bnormal (?:to|that i|if i) (?:(?:still |not |never |always )?(?:cry|miss|want|like|love|"
    r"hate|fancy|resent|envy|dread)|(?:feel|be|get|being|feeling) (?:so |a bit |really |kinda )?"
    r"(?:jealous|nervous|sad|lonely|angry|mad|upset|hurt|awkward|annoyed|envious|guilty|"
    r"homesick|scared|bored))\b",
    re.IGNORECASE,
)
# "is it normal to feel jealous of my sister": the feeling said back ("to feel jealous ...").
FELT_NORMAL = folded(
    r"\b(?:is|isn't) (?:it|this|that) (?:\w+ )?normal ((?:to|that|if) .+)", re.IGNORECASE
)
GRUDGING = re.compile(
    r"\b(?:jealous|envy|envious|resent\w*|hate|angry|mad|annoyed|bitter|fancy|"
    r"(?:not|don'?t|do not) (?:like|trust|love))\b",
    re.I,
)
# A body's or a thing's state, which no view settles ("normal to feel tired after covid").
BODILY = folded(
    r"\b(?:tired|sleep\w*|pain|ache\w*|hurts?|blood|bleed\w*|covid|flu|fever|dizzy|sick|"
    r"headaches?|rash|lump|period|pregnan\w*|baby|babies|dog|cat|puppy|kitten|car|engine|"
    r"leaves|plant|smell\w*|noise|click\w*|poo|pee|vomit\w*|cough\w*|phone|laptop|"
    r"batter(?:y|ies)|charg\w*|boiler|fridge|freezer|tyres?|brakes?|overheat\w*)\b",
    re.IGNORECASE,
)


# "should i be worried that my cat isnt eating": worried for a body, a creature or a thing.
WORRIED = folded(
    r"\b(?:should|shld|do|shall) (?:i|we) (?:be )?(?:worried|worry|concerned)\b|"
    r"\b(?:do|should) (?:i|we) (?:need to )?worry\b",
    re.IGNORECASE,
)


def normal_asked(text: str) -> bool:
    """Whether `text` asks if something is normal, as a matter of fact (a body, an animal, a
    plant, a machine), not of how one may feel."""
    # Only of a body, a creature, a plant or a device: "is it normal to find making friends
    # harder after school" is a matter of life, which its views answer.
    return bool(NORMAL_ASKED.search(text) and BODILY.search(text))


# Whether a thing may be done to food or a device ("is it ok to microwave plastic containers",
# "is it bad to charge my phone overnight", "is it safe to eat eggs past the date"): a fact of
# chemistry or of the kitchen, no taste, and no deed that wrongs anyone.
THING_CARE = folded(
    r"\b(?:is it|is that|would it be|are they|is this|it is) (?:\w+ )?(?:ok|okay|alright|"
    r"fine|bad|safe|unsafe|dangerous|harmful) (?:to|if i|if you|if we) (?:\w+ ){0,2}?"
    r"(?:(?:microwave|reheat|re-?freeze|freeze|charge|overcharge|store|re-?use|mix|leave|put|"
    r"keep|use|wash|cook)\b(?=[^.?!]*\b(?:plastics?|tupperware|containers?|phones?|"
    r"batter(?:y|ies)|laptops?|eggs?|rice|chicken|meat|milk|leftovers|foil|non-?stick|"
    r"cast iron|dishwasher|freezer|fridge|microwave)\b)|(?:eat|drink)\b(?=[^.?!]*\b(?:expired|"
    r"past (?:the|its) (?:date|best)|use by|best before|gone off|mou?ldy?|raw|left out)\b))",
    re.IGNORECASE,
)


# Whether a child may be let do something ("is it ok to let my 10 year old walk to school
# alone"): a parent's judgement of safety, which a line on schools does not settle.
CHILD_LET = folded(
    r"\b(?:ok|okay|alright|fine|safe|bad) to (?:let|leave) (?:my|our|a|the|your) "
    r"(?:\d+ ?(?:yr|year)[ -]?old|kids?|child|children|son|daughter|toddler|baby|teen\w*)\b",
    re.IGNORECASE,
)


def fact_yes_no(text: str) -> bool:
    """Whether `text` asks yes or no on a matter of fact that reads like one of taste: what is
    normal, what is cause for worry in a body, a creature or a device, what may be done to food
    or a device, what a child may be let do."""
    return (
        normal_asked(text)
        or bool(THING_CARE.search(text) or CHILD_LET.search(text))
        or worry_asked(text)
    )


def worry_asked(text: str) -> bool:
    """Whether `text` asks if a body, a creature or a thing is cause for worry ("should i be
    worried that my cat isnt eating"): a matter of fact, no choice nor taste."""
    return bool(WORRIED.search(text) and BODILY.search(text))


# How the asker may feel: "should i be upset", "am i overreacting", "is it petty that i'm hurt".
HURT = folded(
    r"\b(?:should|shld|shud|would|do) (?:i|we) (?:be|feel|get) (?:so |a bit |really |this )?"
    r"(?P<feel>upset|mad|angry|annoyed|hurt|jealous|offended|sad|pissed(?: off)?|salty|"
    r"bothered|insulted|disappointed)\b|"
    r"\bam i (?:being )?(?P<over>overreacting|over reacting|petty|dramatic|unreasonable|"
    r"too sensitive|crazy|childish|oversensitive)\b|"
    r"\b(?:is it|would it be|it is) (?P<petty>petty|dramatic|unreasonable|childish|wrong|"
    r"bad|silly|stupid) (?:to|that|if) (?:i|me|im|i'm|i am) (?:be |feel |am |get |got |was )?"
    r"(?:so |a bit |really )?(?:upset|mad|angry|annoyed|hurt|jealous|offended|sad|bothered)\b|"
    r"\bam i (?:wrong|right|crazy|petty|bad) (?:to|for) (?:be|feel|being|feeling|get|getting) "
    r"(?:so |a bit |really )?(?P<wfeel>upset|mad|angry|annoyed|hurt|jealous|offended|sad|"
    r"bothered|salty)\b",
    re.IGNORECASE,
)
# Whether a deed among people is all right: "is it rude to ...", "would it be weird if i ...",
# "am i wrong to not invite my cousin".
MANNERS = folded(
    r"\b(?:is it|would it be|is that|isn't it|will it be|would that be|it is) (?:really |too |"
    r"kinda |a bit |super )?(?P<word>rude|weird|awkward|tacky|cringe|creepy|impolite|"
    r"disrespectful|inappropriate|bad manners|petty|selfish|mean|ok|okay|alright|acceptable|"
    r"appropriate|bad form) (?P<deed>(?:to|if|that) .+)|"
    r"\bam i (?P<wword>wrong|a bad person|an asshole|a jerk|rude|selfish|petty|mean) "
    r"(?P<wdeed>(?:to|for) "
    r".+)",
    re.IGNORECASE,
)
# Words that ask a view of the deed itself, which the persona's take on it may answer.
TAKEN_WORDS = frozenset(
    ("ok", "okay", "alright", "acceptable", "appropriate", "selfish", "mean", "petty", "tacky")
    + ("rude", "impolite")
)
# "is it rude to phone someone after ten at night": its take on rudeness, with its verdict.
RUDE = frozenset(("rude", "impolite"))
# An occasion that has its customs ("ok to wear white to a wedding"): a take on clothes, met by
# "wear", says nothing of the bride.
OCCASION = folded(r"\b(?:wedding|funeral|christening|wake|baby shower|hen do|stag do)s?\b", re.I)
# A deed of no person but the asker's body or things: "is it weird to eat cereal for dinner" is
# a taste, not manners, and left to the view of taste.
PEOPLE = folded(
    r"\b(?:him|her|them|someone|somebody|anyone|people|person|friends?|ex|boyfriend|girlfriend|"
    r"bf|gf|husband|wife|partner|mum|mom|dad|mother|father|parents?|brother|sister|sibling|"
    r"cousin|aunt|uncle|gran|grandma|grandad|grandpa|boss|coworkers?|colleagues?|teacher|"
    r"neighbou?rs?|roommates?|flatmates?|housemates?|host|guests?|waiters?|waitress|server|"
    r"kids?|son|daughter|family|in-laws|bride|groom|wedding|party|funeral|date|crush|"
    r"tip|text\w*|invite\w*|call\w*|message\w*|ghost\w*|unfollow\w*|block\w*|birthday|"
    r"train|bus|tube|plane|flight|cinema|theatre|restaurant|office|meeting|class|gym|public)\b",
    re.IGNORECASE,
)

# The asker's words said back to them: "my boyfriend forgot my birthday" -> "your boyfriend
# forgot your birthday".
_SWAPS = {
    "i": "you",
    "me": "you",
    "my": "your",
    "mine": "yours",
    "myself": "yourself",
    "im": "you're",
    "i'm": "you're",
    "ive": "you've",
    "i've": "you've",
    "id": "you'd",
    "i'd": "you'd",
    "ill": "you'll",
    "i'll": "you'll",
    "am": "are",
    "was": "were",
    "we": "you",
    "us": "you",
    "our": "your",
    "you": "they",
    "your": "their",
    "u": "they",
    "ur": "their",
}
_WORD = re.compile(r"[A-Za-z']+")
_CLAUSE_END = re.compile(
    r"\s*(?:[.!?]|\b(?:lol|lmao|haha\w*|tbh|ngl|or not|or what|or is it"
    r"|or am i|or should i|and|but|because|bc|cos|cause)\b).*$",
    re.I,
)
_LEADS = re.compile(r"^\W*(?:(?:so|ok|okay|um+|hm+|hey|guys|lol|like|honestly|question)\W+)+", re.I)


def _said_back(clause: str) -> str:
    """`clause` in the second person, or "" when it is too long or odd to say back well."""
    clause = _CLAUSE_END.sub("", _LEADS.sub("", clause.strip())).strip(" ,;:-")
    words = clause.split()
    if not 2 <= len(words) <= 12 or re.search(r"[@#\"()\[\]0-9]", clause):
        return ""
    # "you" said to the room is someone else; said of the asker in "you was" it would jar.
    if re.search(r"\b(?:you|u|ur|your)\b", clause, re.I):
        return ""

    def swap(m: re.Match[str]) -> str:
        word = m.group(0)
        return _SWAPS.get(word.lower(), word)

    said = _WORD.sub(swap, clause)
    return re.sub(r"\byou (?:is|has)\b", lambda m: "you are" if "is" in m[0] else "you have", said)


# Who the asker was hurt by, for "tell him": the first person named after "my".
_HE = re.compile(
    r"\bmy (?:boyfriend|bf|husband|dad|father|brother|son|uncle|grandad|grandpa|boss|fiance)\b",
    re.I,
)
_SHE = re.compile(
    r"\bmy (?:girlfriend|gf|wife|mum|mom|mother|sister|daughter|aunt|gran|grandma|fiancee)\b", re.I
)


def _them(text: str) -> str:
    he, she = _HE.search(text), _SHE.search(text)
    if he and (not she or he.start() < she.start()):
        return "him"
    if she:
        return "her"
    return "them"


# Each persona's view, in its own voice: what it thinks, then what to do, then a touch more
# when there is room. {name} the asker, {them} who hurt them.
HURT_VIEWS = {
    "einstein": (
        "A little, {name}, and you are allowed it.",
        "Tell {them} plainly, once, that it stung, and watch what follows; how a person answers "
        "that tells you more than the slip did.",
        "What is small to the universe can still be large to you.",
    ),
    "shakespeare": (
        "Ay, {name}, a little, and no shame in it: give sorrow words.",
        "Tell {them} once, plainly and without a scene, that it stung; if the wrong be mended, "
        "let it heal clean.",
    ),
    "curie": (
        "Somewhat, {name}, and it is honest to say so.",
        "Tell {them} calmly, once, what it felt like; then judge by what is done next, for one "
        "incident is not yet a pattern.",
    ),
    "lovelace": (
        "A little, {name}; the feeling is a fair result, not an error in the sum.",
        "Tell {them} once that it hurt and see what comes back; one slip is a single data "
        "point, not a pattern.",
    ),
    "socrates": (
        "Let us see, {name}: is it the deed that hurts, or what you fear it means?",
        "If the deed, tell {them} so once; if the meaning, ask, for no one reads another's mind "
        "by guessing.",
    ),
    "darwin": (
        "A little, {name}, and naturally so; we are social creatures, and a slight is felt keenly.",
        "Tell {them} kindly, once, and then judge by the habit, not the single act.",
    ),
}
MANNERS_VIEWS = {
    "einstein": (
        "It turns on whether it would hurt someone, {name}; manners are for sparing feelings, "
        "not laws of nature.",
        "If it would wound the other person, don't; if it would only surprise them, go ahead.",
        "I broke many such rules myself, and my missing socks harmed nobody.",
    ),
    "shakespeare": (
        "That hangs on how it falls on the other, {name}, not on any book of manners.",
        "If they would smile, 'tis no fault; if they would smart, a little courtesy costs thee "
        "nothing.",
    ),
    "curie": (
        "I would judge it by its effect, {name}, not by custom.",
        "If the other person would be hurt, find a kinder way; if only surprised, do what is "
        "honest and do not worry over it.",
    ),
    "lovelace": (
        "The variable that matters, {name}, is how the other person will take it.",
        "If it would wound them, don't; if it would merely surprise them, go ahead, and a word "
        "of explanation settles the rest.",
    ),
    "socrates": (
        "Put it the other way round, {name}: if it were done to you, would you feel wronged, or "
        "only surprised?",
        "If wronged, you have your answer; if surprised, it is custom we are weighing, not "
        "justice.",
    ),
    "darwin": (
        "I would look at how it falls on the other person, {name}, rather than at custom.",
        "If it would hurt them, find a gentler way; if it would only surprise them, I should not "
        "lose sleep over it.",
    ),
}


def _fitted(asked: str, short: str, view: tuple[str, ...], limit: int, **fill: str) -> str:
    """The question said back, the view and its advice, and more when there is room; said back
    in short ("Upset?") when the whole would not fit."""
    said = [part.format(**fill) for part in view]
    for lead in (asked, short):
        whole = " ".join([lead, *said[:2]])
        if len(whole) <= limit:
            for extra in said[2:]:
                if len(f"{whole} {extra}") <= limit:
                    whole = f"{whole} {extra}"
            return whole
    return " ".join(said[:2])


def _asked_back(lead: str, clause: str) -> str:
    """The question said back in short: "Upset that your boyfriend forgot your birthday?"."""
    said = _said_back(clause) if clause else ""
    return f"{lead} {said}?" if said else f"{lead}?"


FEEL_WORD = re.compile(
    r"\b(?:upset|mad|angry|annoyed|hurt|jealous|offended|sad|pissed|salty|bothered|insulted|"
    r"disappointed)\b",
    re.I,
)
# A feeling of the asker's own, asked whether it is weird or normal: "is it weird that i dont
# like my best friends new boyfriend", "is it normal to feel jealous of my sister".
OWN_FEELING = folded(
    r"^(?:that|if) (?:i|im|i'm|i am) (?:still |kinda |sort of |secretly )?(?:(?:do not|don't|dont|"
    r"can't|cant|never) )?(?:like|love|hate|miss|fancy|trust|resent|envy|feel|want|dread|care)\b|"
    r"^to (?:still |secretly )?(?:not )?(?:like|love|hate|miss|fancy|resent|envy|want|dread|"
    r"feel|be (?:jealous|nervous|sad|lonely|scared|homesick|bored))\b",
    re.IGNORECASE,
)
# Each: asked whether it is odd ("weird that i dont like ..."), asked whether it is normal
# ("normal to cry at weddings"), then what to do with it.
FEELING_VIEWS = {
    "einstein": (
        "Not at all, {name}; a feeling is not a deed, and nobody chooses one.",
        "Perfectly normal, {name}; a feeling is not a deed, and nobody chooses one.",
        "What counts is what you do with it: be kind, say no more than you must, and give it time.",
    ),
    "shakespeare": (
        "Not a whit, {name}; the heart keeps its own counsel, and no man commands it.",
        "Ay, {name}, as natural as breath; the heart keeps its own counsel, and no man commands "
        "it.",
        "Be kind in what thou dost and sparing in what thou sayest, and let time try the rest.",
    ),
    "curie": (
        "No, {name}; a feeling is an observation about yourself, not a fault.",
        "Quite normal, {name}; a feeling is an observation about yourself, not a fault.",
        "Note it, be fair in what you do, and see whether it changes with time; many do.",
    ),
    "lovelace": (
        "Not in the least, {name}; feelings are given quantities, not chosen ones.",
        "Entirely, {name}; feelings are given quantities, not chosen ones.",
        "What you do with them is the part you may choose: kindly, and with few words, and then "
        "see whether time alters the sum.",
    ),
    "socrates": (
        "Who chooses what they feel, {name}? Not I.",
        "Who chooses what they feel, {name}? Not I, and not you.",
        "The question worth asking is what you will do with it, and whether that is just; the "
        "feeling itself harms no one.",
    ),
    "darwin": (
        "Not at all, {name}; feelings rise unbidden in every creature I ever watched.",
        "Quite normal, {name}; feelings rise unbidden in every creature I ever watched.",
        "It is what you do with it that matters: act kindly, say little, and see whether time "
        "changes it.",
    ),
}


def felt(slug: str, text: str, name: str, limit: int = 280, has_take=lambda: ()) -> str:
    """A persona's considered view when the asker asks whether they may feel or do something
    among people; "" when `text` asks nothing of the kind or the persona has no view here."""
    name = name or "friend"
    hurt = HURT.search(text)
    if hurt and slug in HURT_VIEWS:
        # The feeling asked of ("Upset"), else how it is asked ("Overreacting?"), said back.
        feeling = FEEL_WORD.search(hurt.group(0))
        if feeling:
            lead = feeling.group(0).capitalize()
        else:
            lead = "Overreacting" if (hurt.group("over") or "").startswith("over") else "Hurt"
        after = text[hurt.end() :]
        if re.match(r"\W*or\b", after, re.I):
            return ""  # "should i be angry or keep it civil": a choice, the engine's to weigh
        that = re.match(r"\s*(that|about|when|because|cause|cos|if)\s+(.+)", after, re.I)
        # Told first ("my boyfriend forgot my birthday. should i be upset?"), told after ("am
        # i overreacting? my friend didnt invite me"), or told in the same breath ("upset my bf
        # didnt text back").
        before = re.split(r"[.!?]+\s+|\s*[,;]\s*", text[: hurt.start()])
        told = next((s for s in reversed(before) if s.strip()), "")
        later = re.sub(r"^\W*", "", after)
        asked = f"{lead}?"
        if that and (said := _said_back(that.group(2))):
            joint = that.group(1).lower()
            joint = "that" if joint in ("cause", "cos", "because") else joint
            asked = f"{lead} {joint} {said}?"
        elif said := _said_back(told) or _said_back(later):
            asked = f"{lead}, when {said}?"
        return _fitted(asked, f"{lead}?", HURT_VIEWS[slug], limit, name=name, them=_them(text))
    normal = FELT_NORMAL.search(text)
    if normal and slug in FEELING_VIEWS and NORMAL_FELT.search(text) and not BODILY.search(text):
        # "is it normal to cry at weddings": yes, and what to do with it
        _odd, usual, then = FEELING_VIEWS[slug]
        asked = _asked_back("Normal", normal.group(1))
        # What to do with it only for a feeling against someone ("jealous of my sister"), not
        # for tears at a wedding.
        view = (usual, then) if GRUDGING.search(normal.group(1)) else (usual,)
        return _fitted(asked, "Normal?", view, limit, name=name)
    manners = MANNERS.search(text)
    if manners and slug in MANNERS_VIEWS:
        deed = manners.group("deed") or manners.group("wdeed") or ""
        word = (manners.group("word") or manners.group("wword") or "wrong").lower()
        word = word if " " not in word else "wrong"
        taken = has_take() if word in TAKEN_WORDS and not OCCASION.search(deed) else ()
        # (asked whether it is rude, only its take on rudeness itself: not Darwin's on parties)
        if taken and (word not in RUDE or any(t.startswith(("rud", "manner")) for t in taken)):
            # "is it ok to recline ur seat on a long train ride", "is it selfish to want time
            # alone": its own take on that answers, as any view asked; "rude", "weird" are asked
            # of the deed among people, which a take met on one word of it ("friends") is not
            return ""
        word = word.capitalize().replace("Ok", "OK")
        asked = _asked_back(word, deed)
        if OWN_FEELING.search(deed):
            # "is it weird that i dont like my best friends new boyfriend": a feeling, no deed
            odd, _normal, then = FEELING_VIEWS[slug]
            return _fitted(asked, f"{word}?", (odd, then), limit, name=name)
        if not PEOPLE.search(deed):
            return ""  # "is it weird to eat cereal for dinner": a taste, not manners
        return _fitted(asked, f"{word}?", MANNERS_VIEWS[slug], limit, name=name)
    return ""


def led_by(lines: tuple[str, ...] | list[str], reply: str) -> bool:
    """Whether `reply` opens with one of a persona's tagged `lines` (its #yes leads, say),
    whoever they name: "Honestly, Maya, yes; ..." is Curie's "Honestly, {name}, yes; ..."."""
    for line in lines:
        head, _, tail = line.partition("{name}")
        if not reply.startswith(head):
            continue
        rest = reply[len(head) :]
        if not tail or re.match(r"[\w' -]{1,40}?" + re.escape(tail), rest):
            return True
    return False
