"""Views on what people in a room said, and on the choices and open questions they put (opine39).

Three kinds of asking for a view, each answered from the asker's own words:

- Siding with someone ("@socrates do you agree with ian?"): what Ian said is said back first
  (`claim_of`, `said_by`: "Ian says mean ones are the best ones"), then the persona's side, or,
  for a questioner, a question on that very claim (`question_on`: "But what do we mean by
  'best', Grace: ...?"), never a line of its own met on one word.
- A choice of two (people, or two things a thing may be, "romantic or just cold and damp"): a
  pick, or both, with a reason made of the options' own words or of the kind of choice
  (`side_between`, `both_said`, `deed_reasons`).
- An open question ("what makes a clue fair vs just mean", "whose history should we tell"): a
  view naming the question's own terms (`what_makes`, `whose_owed`).

A claim is said back only when it can be said grammatically: a clause with a subject and a
finite verb ("mean ones are the best ones", "it's everyone's history"), a bidding ("keep them":
"to keep them"), or a view of the speaker's own with a verb that needs no inflecting ("i
wouldnt swap it": "Dave would not swap it"). Anything else (a bare noun, "the workers, 100%";
an ellipsis, "they really don't"; a question; "my" and "me", whose owner cannot be said without
a pronoun we do not know) is refused, and the caller falls back on a plain side.
"""

from __future__ import annotations

import re
import zlib
from collections.abc import Collection, Sequence
from dataclasses import dataclass

from bots.fold import folded
from bots.sense import ADJECTIVES
from bots.sense import VERBS as SENSE_VERBS
from bots.sense import _adjective as sense_adjective
from bots.sense import _verb_at as sense_verb_at

# The verbs a claim is read by: the common ones, and those of everyday disputes ("split it
# evenly", "the caravan leaks", "you freeze at night", "that spreads germs").
VERBS = SENSE_VERBS | frozenset(
    """spread split leak freeze rake rotate swap ban charge cancel queue rent hire cycle
    practise practice tidy scrub fry boil roast grill chop prune dig mow ruin suit drag melt
    shrink stretch rust rot thaw soak stain cheat vote switch borrow lend earn""".split()  # noqa: SIM905
)

# Chat spellings written out, word by word, before a claim is said back.
SPELLED = {
    "dont": "don't", "cant": "can't", "wont": "won't", "didnt": "didn't", "doesnt": "doesn't",
    "isnt": "isn't", "arent": "aren't", "wasnt": "wasn't", "werent": "weren't",
    "wouldnt": "wouldn't", "shouldnt": "shouldn't", "couldnt": "couldn't", "hasnt": "hasn't",
    "havent": "haven't", "mustnt": "mustn't", "thats": "that's", "theres": "there's",
    "theyre": "they're", "youre": "you're", "im": "i'm", "ive": "i've", "everyones": "everyone's",
    "nobodys": "nobody's", "til": "till", "cos": "because", "coz": "because", "cuz": "because",
    "u": "you", "ur": "your", "r": "are", "gonna": "going to", "wanna": "want to", "alot": "a lot",
    "ppl": "people", "bc": "because", "w/o": "without", "youve": "you've", "youll": "you'll",
    "youd": "you'd", "hes": "he's", "shes": "she's", "theyve": "they've", "weve": "we've",
    "theyll": "they'll", "itll": "it'll", "wouldve": "would've", "shouldve": "should've",
    "lets": "let's",
}  # fmt: skip
# The chat a claim is led into with, and trails off in: "nah", "honestly", "i think"; "lol",
# "tbh", "isn't it". No part of what is claimed.
LEAD = folded(
    r"^(?:(?:(?:nah|nope|yeah|yep|yh|ok|okay|so|and|but|also|honestly|tbh|imo|lol|haha\w*|ha|oh|"
    r"surely|definitely|defo|absolutely|i (?:dis)?agree|i feel like|"
    # "i say they save a night's hostel", "i still think it's fair": the speaker's own claim.
    r"i (?:still |honestly |really |genuinely |just |do |would |'d )?(?:think|reckon|believe|say)|"
    r"i'?m (?:just )?saying|i'd say|id say|i guess|i mean|to be fair|tbf|obviously|clearly|"
    r"literally|100%|for sure|"
    r"just|personally|i'?m sorry but|sorry but|omg|wow|hmm+|erm|um+|hi|hey|hello)\b[\s,!.:-]*)|"
    # A word that leads in only with a stop after it: "no, dogs ..." (not "no dogs allowed"),
    # "true, ..." (not "true love is rare").
    r"(?:(?:no|yes|well|true|fair|exactly|agreed|agree|disagree|mate|guys|totally)\s*[,!.:-]+\s*)|"
    # or before a subject: "well it feels rigged", "no i made it up".
    r"(?:(?:no|yes|well)\s+(?=(?:it|i|we|they|you|he|she|that|this|there|people|the|everyone)\b))|"
    # "disagree that was fair", "nah that's wrong": a side taken, then the claim ("that" its
    # subject, a verb straight after it; not "disagree that it was fair", which denies it).
    r"(?:(?:disagree|agree|nah|nope)\s+(?=(?:that|it|this|they|he|she)(?:'s|s)?\s+(?:is|was|"
    r"are|were|isn'?t|wasn'?t|aren'?t|weren'?t|has|had|does|did|doesn'?t|didn'?t|would|will|can|"
    r"can'?t|won'?t|wouldn'?t)?\b)(?!that\s+(?:it|this|they|he|she|you|we|i|the|a)\b)))+",
    re.IGNORECASE,
)
TRAIL = folded(
    r"(?:[\s,]+(?:lol|lmao|haha\w*|tbh|imo|honestly|tho|though|surely|mate|all day|100%|for sure|"
    r"innit|right|tbf|obviously|ngl|fr|to be honest|at all|seriously|btw|congrats|don'?t worry|"
    r"isn'?t it|aren'?t they|don'?t they|doesn'?t it|x+)\b)+\s*$",
    re.IGNORECASE,
)
# "its" is "it's" where a clause starts: "museums, its everyones history".
ITS_LEADS = frozenset(
    {
        "but",
        "and",
        "because",
        "so",
        "if",
        "when",
        "that",
        "though",
        "think",
        "thinks",
        "reckon",
        "reckons",
        "say",
        "says",
    }
)  # noqa: SIM905

# A subject pronoun run into its verb, split at the start of a clause.
RUN_IN = {"'s": "is", "'re": "are", "'m": "am", "'ve": "have", "'ll": "will", "'d": "would"}
RUN_IN_SUBJECTS = frozenset(
    {
        "it",
        "that",
        "there",
        "they",
        "we",
        "you",
        "i",
        "he",
        "she",
        "what",
        "who",
    }
)  # noqa: SIM905

NEGATED = frozenset(
    """don't doesn't didn't can't won't wouldn't shouldn't couldn't isn't aren't wasn't weren't
    hasn't haven't hadn't mustn't cannot""".split()  # noqa: SIM905
)
FINITE = (
    frozenset(
        [
            "am",
            "is",
            "are",
            "was",
            "were",
            "has",
            "have",
            "had",
            "do",
            "does",
            "did",
            "can",
            "could",
            "will",
            "would",
            "should",
            "shall",
            "must",
            "might",
            "may",
        ]  # noqa: SIM905
    )
    | NEGATED
)
# A verb whose form is the same for "i" and anyone else: "i would" is "Dave would".
SAME_FOR_ALL = frozenset(
    """can could will would should shall must might may did was can't won't wouldn't shouldn't
    couldn't didn't wasn't cannot""".split()  # noqa: SIM905
)
AS_THIRD = {"am": "is", "'m": "is", "have": "has", "do": "does", "don't": "doesn't"}
PAST = frozenset(
    """made went got took found said kept lost gave told thought knew saw came left put meant
    brought bought paid met ran sat stood held wrote spoke won sold sent built fell broke drove
    caught chose drew ate grew""".split()  # noqa: SIM905
)
# Verbs said of a thing ("it counts", "it matters"), besides the common ones, and not past.
PLAIN_VERBS = (
    VERBS | frozenset("count matter beat ruin suck rock cost last sound".split())  # noqa: SIM905
) - frozenset(
    "thought made went got took found said kept lost gave told knew saw came left meant".split()  # noqa: SIM905
)
# Past forms that are also the plain verb ("put that we have biscuits").
BASE_AS_PAST = frozenset(
    {
        "put",
        "cut",
        "set",
        "let",
        "hit",
        "read",
        "quit",
        "shut",
    }
)  # noqa: SIM905
# Words a name follows as what is said of it, not as someone called ("with lauren").
AFTER_NAME = frozenset(
    {
        "with",
        "to",
        "for",
        "at",
        "and",
        "from",
        "like",
        "than",
        "as",
        "about",
        "of",
        "by",
        "tell",
        "ask",
    }
)  # noqa: SIM905
# Words a subject never starts with ("plus the £6 delivery", "and ..."), nor ends with.
NOT_SUBJECTS = frozenset(
    {
        "plus",
        "and",
        "but",
        "so",
        "or",
        "with",
        "for",
        "like",
        "about",
        "of",
        "to",
        "in",
        "on",
        "at",
        "by",
    }
)  # noqa: SIM905
# Verbs of feeling and thinking, never a bidding at the start of a clause ("love it" is the
# speaker's own view, its "i" dropped).
FEELING = frozenset(
    """love like hate think know agree disagree hope wish reckon guess mean want need feel prefer
    enjoy mind miss believe suppose doubt""".split()  # noqa: SIM905
)
PRONOUNS = frozenset(
    """i you we they he she it that this there everyone everybody nobody someone somebody anyone
    anybody people everything nothing something these those""".split()  # noqa: SIM905
)
TURNED = {
    "we": "you", "us": "you", "our": "your", "ours": "yours", "ourselves": "yourselves",
    "we're": "you're", "we've": "you've", "we'll": "you'll", "we'd": "you'd",
}  # fmt: skip
# Words whose owner cannot be said back without a pronoun we do not know ("my", "me").
UNTURNABLE = frozenset(
    {
        "i",
        "me",
        "my",
        "mine",
        "myself",
        "i'm",
        "i've",
        "i'd",
        "i'll",
        "let's",
    }
)  # noqa: SIM905
ASKING = frozenset(
    [
        "what",
        "why",
        "how",
        "who",
        "which",
        "where",
        "when",
        "whats",
        "what's",
        "whys",
        "hows",
        "is",
        "are",
        "do",
        "does",
        "did",
        "can",
        "could",
        "should",
        "would",
        "will",
        "was",
        "were",
        "has",
        "have",
    ]  # noqa: SIM905
)
# Words between a subject and its verb ("people just want", "it really sells").
ADVERBS = frozenset(
    """just really only always never actually still also all both literally genuinely definitely
    probably usually often simply totally honestly""".split()  # noqa: SIM905
)
# What follows a verb that bids: "keep them", "give everything to museums", "charge more"; not
# "own twist" (a thing, its verb read wrongly).
BIDDEN = frozenset(
    """it them him her everything something anything that this those these a an the some all
    your more less it's""".split()  # noqa: SIM905
)
SUBORDINATE = frozenset(
    {
        "if",
        "when",
        "because",
        "whether",
        "unless",
        "although",
        "though",
        "while",
        "or",
        "as",
    }
)  # noqa: SIM905


@dataclass(frozen=True)
class Clause:
    """One clause of a claim, said back: its words, and how it is said."""

    said: str  # "mean ones are the best ones", "keep them", "would not swap it"
    form: str  # "says" (a claim), "bids" (a bidding), "own" (the speaker's own, "i" taken off)
    subject: str = ""  # what a claim is said of ("mean ones", "ambition"), when it names one


@dataclass(frozen=True)
class Claim:
    """What someone said, as it can be said back by name."""

    clauses: tuple[Clause, ...]

    @property
    def text(self) -> str:
        return " ".join(c.said for c in self.clauses)


# What "ur" is "you're" before, not "your": "ur meant to", "ur not", "ur joking".
YOU_ARE_BEFORE = folded(
    r"(?:meant|not|so|just|right|wrong|being|going|gonna|a|an|the|mad|joking|kidding|\w+ing)$",
    re.IGNORECASE,
)


# Words ending -ing that are things ("ur wedding", "ur pudding"), and body parts a "right"
# names ("ur right hand"): "ur" before them is "your".
ING_THINGS = frozenset(
    {
        "wedding",
        "weddings",
        "pudding",
        "evening",
        "morning",
        "building",
        "ceiling",
        "clothing",
        "ring",
        "earring",
        "king",
        "thing",
        "string",
        "spring",
        "wing",
        "sibling",
        "darling",
        "stuffing",
        "icing",
        "filling",
        "painting",
        "drawing",
        "dumpling",
        "duckling",
        "seedling",
        "lightning",
        "sting",
        "swing",
        "awning",
    }
)
RIGHT_THINGS = frozenset(
    {
        "hand",
        "arm",
        "leg",
        "foot",
        "eye",
        "ear",
        "knee",
        "shoulder",
        "side",
        "hip",
        "wrist",
        "ankle",
    }
)
# A word after an -ing word that shows it a thing: "ur cooking is amazing", "ur singing was".
THING_VERBS = frozenset(
    {
        "is",
        "was",
        "looks",
        "looked",
        "sounds",
        "sounded",
        "has",
        "had",
        "isn't",
        "wasn't",
    }
)


def _you_are(after: list[str]) -> bool:
    """Whether "ur" before these words is "you're" ("ur joking", "ur meant to"), not "your"
    ("ur wedding was lovely", "ur right hand", "ur cooking is amazing")."""
    head = after[0].lower()
    if not YOU_ARE_BEFORE.match(head) or head in ING_THINGS:
        return False
    then = after[1].lower() if len(after) > 1 else ""
    if head == "right":
        return then not in RIGHT_THINGS
    return not (head.endswith("ing") and then in THING_VERBS)


# Short words shouted in capitals ("it IS madness"), never initials.
SHORT_WORDS = frozenset("is it so no do am be we me my of to in on at up or an if us".split())  # noqa: SIM905


def _spelled(clause: str) -> list[str]:
    """The words of a clause with chat spellings written out ("its everyones" is "it's
    everyone's"), in lower case, but for names and letters written in capitals."""
    said = re.findall(r"[\w'£$%-]+", clause.replace("\u2019", "'"))
    out: list[str] = []
    for i, word in enumerate(said):
        low = word.lower()
        shouted = word.isupper() and (len(word) > 2 or low in SHORT_WORDS)  # "it IS madness"
        if word != low and i and word not in ("I", "IM") and not shouted:
            out.append(word)  # "F instead of G", "Marigold": as typed (not "FEELS", shouted)
            continue
        if low == "its" and (i == 0 or said[i - 1].lower() in ITS_LEADS):
            out.append("it's")
            continue
        if low == "ur" and i + 1 < len(said) and _you_are(said[i + 1 :]):
            out.append("you're")  # "ur meant to rinse them", not "your meant"
            continue
        out.extend(SPELLED.get(low, low).split())
    return out


def _run_in(words: list[str]) -> tuple[list[str], str]:
    """A subject run into its verb at the start split ("it's" is "it is"), and the word as it
    was said, to say back as said; "" when none was run in."""
    if words:
        for tail, verb in RUN_IN.items():
            head = words[0][: -len(tail)]
            if words[0].endswith(tail) and head in RUN_IN_SUBJECTS:
                return [head, verb, *words[1:]], words[0]
    return words, ""


def _finite_at(words: list[str], i: int) -> bool:
    """Whether the word at `i` is a clause's finite verb, after a subject of `i` words."""
    word = words[i]
    if word in FINITE:
        return True
    if i == 0:
        return False
    if word in PAST or (word.endswith("ed") and len(word) > 4):
        return True
    if word.endswith("ies") and word[:-3] + "y" in VERBS:
        return True
    if word.endswith("s") and (word[:-1] in PLAIN_VERBS or word[:-2] in PLAIN_VERBS):
        return True  # "it sells", not "shower thoughts"
    # "kids need to play", "we did the digging": a plain verb after a plural subject
    before = next((w for w in reversed(words[:i]) if w not in ADVERBS), "")
    return word in VERBS and (
        before in ("i", "you", "we", "they", "people") or before.endswith("s")
    )


def _third(verb: str) -> str:
    """A verb said of someone by name that its speaker said of "i": "would" stays, "am" is "is",
    "love" is "loves"; "" when it cannot be said so surely."""
    if verb in SAME_FOR_ALL or verb in PAST or verb.endswith("ed"):
        return verb
    if verb in AS_THIRD:
        return AS_THIRD[verb]
    if verb in VERBS and verb not in FINITE:
        if verb.endswith(("s", "sh", "ch", "x", "o")):
            return verb + "es"
        if verb.endswith("y") and verb[-2:-1] not in "aeiou":
            return verb[:-1] + "ies"
        return verb + "s"
    return ""


# A claim denied ("i disagree that it was fair", "disagree that we should"): what follows is
# what the speaker holds false, never said back as theirs. ("disagree that was fair" takes a
# side, then claims: "that" its subject.)
DENIED = folded(
    r"^\W*(?:[\w']+\s+){0,3}?(?:disagree|dont agree|don'?t agree|do not agree)\s+(?:with\b|that\s+"
    r"(?!(?:is|was|are|were|'s|s)\b))",
    re.IGNORECASE,
)
# Another's view reported ("finn says night trains are a scam", "my sister reckons it's fine",
# "he thinks so"): theirs, never the speaker's own.
REPORTED = folded(
    r"^\W*(?P<who>(?:my|his|her|their|our|your|ur)\s+[\w'-]+|he|she|they|[\w'-]+)\s+(?:\w+ly\s+)?"
    r"(?:says|said|thinks|thought|reckons|reckoned|believes|claims|claimed|insists|swears|"
    r"reckon|think|reckoning|keeps saying)\b",
    re.IGNORECASE,
)
NOT_REPORTERS = frozenset({"i", "we", "you", "u", "people", "everyone", "everybody", "nobody"})


# One of the things offered, picked in chat words ("fridge all the way", "the shed every
# time", "team trifle all day"): said back as picked ("Pat says fridge").
PICKED = folded(
    r"^(?:team\s+)?(?P<pick>(?:[\w'-]+\s+){0,2}[\w'-]+?)\s*,?\s+(?:all the way|"
    r"every (?:single )?time|hands down|any day(?: of the week)?|100%|no contest|for me|all day|"
    r"for sure|every day of the week)\W*$",
    re.IGNORECASE,
)
NOT_PICKED = (
    PRONOUNS
    | FINITE
    | frozenset("me my your ur our his her not no never it's that's over own".split())  # noqa: SIM905
)


def _reported(clause: str, names: Sequence[str]) -> bool:
    """Whether a clause reports another's view (`REPORTED`): by a pronoun or a "my ...", or by
    the name of someone in the room."""
    found = REPORTED.match(clause)
    if not found:
        return False
    who = found["who"].lower()
    if who in NOT_REPORTERS:
        return False
    called = {n.lower() for name in names for n in name.split()}
    return " " in who or who in ("he", "she", "they") or who in called


def clause_said(clause: str, names: Sequence[str] = (), picks: bool = False) -> Clause | None:
    """One clause of a message as it can be said back (`Clause`), or None when it is no claim
    that can be: no subject and finite verb, a question, an ellipsis ("they really don't"), or
    a word whose owner would need a pronoun ("my", "me"). A name called in it ("chloe", "fi
    this is why ...") is no part of it, unless it is what the clause is said of ("tariq nearly
    flipped the table"). `picks`: an option picked in chat words ("fridge all the way") is read
    too, for the caller to match to the options offered."""
    clause = re.split(r"\s+mate\b", clause, flags=re.I)[0]  # "t17 d18 is fine mate stop ..."
    if DENIED.match(clause) or _reported(clause, names):
        return None
    # "i say we split the bill", "i vote we walk": a proposal, what they should do.
    clause = re.sub(
        r"^\W*i (?:say|vote) we\b(?!\s+(?:should|must|need|have|ought)\b)",
        "we should",
        clause,
        flags=re.I,
    )
    picked = PICKED.match(LEAD.sub("", clause.strip(" ,.!:-"))) if picks else None
    if picked and not {w.lower() for w in picked["pick"].split()} & NOT_PICKED:
        return Clause(" ".join(_spelled(picked["pick"])), "picks")  # "fridge all the way"
    clause = TRAIL.sub("", LEAD.sub("", clause.strip(" ,.!:-")).strip(" ,.!:-"))
    if re.search(r"[=<>+*/|&#]", clause):
        return None  # "fair = you kick yourself": a definition by sign, no sentence
    called = {n.lower() for name in names for n in name.split()}
    said = _spelled(clause)
    words = said
    while words and words[-1] in called:
        words = words[:-1]  # "it sells better chloe": Chloe is who it was said to
    inner = next(
        (i for i, w in enumerate(words) if i and w in called and words[i - 1] not in AFTER_NAME),
        len(words),
    )
    words = words[:inner]  # "its the most likely number ellie thats the whole point"
    found = _said_back(words[1:]) or _said_back(words) if words and words[0] in called else None
    found = found or _said_back(words)
    if found is None and picks and 0 < len(words) <= 3 and not set(words) & NOT_PICKED:
        return Clause(" ".join(words), "picks", "bare")  # "the bus, it's a main road"
    if found is None:
        return None
    # Names said as names: "Dev wants the barn", not "dev".
    named = " ".join(w.capitalize() if w in called else w for w in found.said.split())
    return Clause(named, found.form, found.subject)


def _said_back(words: list[str]) -> Clause | None:
    """The words of a clause as they can be said back (`clause_said`), or None."""
    words, run_in = _run_in(words)
    if words[:1] in (["if"], ["when"]) and not run_in:
        return _conditional(words)
    if len(words) < 2 or len(words) > 14 or words[0] in ASKING or words[0] in SUBORDINATE:
        return None
    if words[-1] in FINITE or words[-1] in ("not", "so", "too", "to", "the", "a", "and", "or"):
        return None  # "they really don't", "i think so": said of something not said here
    if (
        words[0] in VERBS
        and words[0] not in FEELING
        and words[0] not in FINITE
        and words[1] in BIDDEN
        and words[0] not in PAST - BASE_AS_PAST
        and not run_in
    ):
        if any(w in UNTURNABLE for w in words):
            return None
        if "and" in words[:-1] and words[words.index("and") + 1] not in VERBS:
            return None  # "make it law and fewer folk bother": a warning, not a bidding
        return Clause(" ".join(TURNED.get(w, w) for w in words), "bids")  # "keep them"
    verb = next((i for i in range(min(len(words), 5)) if _finite_at(words, i)), None)
    if verb is None:
        return _put_over(words)
    if verb == 0 or verb == len(words) - 1 and words[verb] in FINITE:
        return None
    subject = words[:verb]
    while len(subject) > 1 and subject[-1] in ADVERBS:
        subject = subject[:-1]  # "people just want": "people"
    if any(w in FINITE or w in ASKING or w in SUBORDINATE for w in subject):
        return None
    if (
        subject[0] in NOT_SUBJECTS
        or subject[0] in PAST
        or subject[0] in ADVERBS
        or (subject[0].endswith(("ed", "ly")) and len(subject[0]) > 4)
        or (subject[0] in VERBS and PRONOUNS & set(subject[1:]))
        or subject[-1] in ADJECTIVES
    ):
        return None  # "found a hammered coin", "make sure it says", "oh great thanks sue"
    if words[-1] in ASKING:
        return None  # "that's what"
    if len(subject) > 1 and subject[0] in PRONOUNS - {"these", "those", "people", "that", "this"}:
        return None  # "it sells" or "the room is", not "it the room is"
    if subject == ["i"]:
        third = _third(words[verb])
        rest = words[verb + 1 :]
        if not third or not rest or any(w in UNTURNABLE for w in rest):
            return None  # "i know": of something said before
        return Clause(" ".join([third, *(TURNED.get(w, w) for w in rest)]), "own")
    if any(w in UNTURNABLE for w in words):
        return None
    if {"you", "your", "you're", "you've"} & set(words) and {"we", "us", "our"} & set(words):
        return None  # "callum youve doomed us all": "you" and "us" cannot both be turned
    named = " ".join(subject) if subject[0] not in PRONOUNS else ""
    if run_in:
        words = [run_in, *words[2:]]  # "it's" as said, not "it is"
    return Clause(" ".join(TURNED.get(w, w) for w in words), "says", named)


def _conditional(words: list[str]) -> Clause | None:
    """A claim made on a condition ("if you're awful it's painful for everyone"), said back
    whole when both its condition and what follows are clauses; else None."""
    if len(words) > 16 or any(w in UNTURNABLE for w in words):
        return None
    for cut in range(3, len(words) - 1):
        condition = _run_in(words[1:cut])[0]
        if not any(_finite_at(condition, i) for i in range(1, len(condition))):
            continue
        main = _said_back(words[cut:])
        if main is not None and main.form == "says":
            said = [TURNED.get(w, w) for w in words[:cut]]
            return Clause(" ".join([*said, main.said]), "says")
    return None


def _put_over(words: list[str]) -> Clause | None:
    """One thing put over another, with no verb ("confidence over talent", "heart over
    technique"): said back as put; else None."""
    if "over" not in words[1:4] or len(words) > 7 or words[-1] == "over":
        return None
    if any(w in PRONOUNS or w in UNTURNABLE or w in VERBS or w in FINITE for w in words):
        return None
    at = words.index("over")
    parallel = (
        words[at + 1] in ("the", "a", "an") and words[0] == words[at + 1]
    )  # "the x over the y"
    if any(w in NOT_PUT or w[:1].isdigit() or COUNT_WORD.fullmatch(w) for w in words) or (
        words[at + 1] in NOT_PUT_AFTER and not parallel
    ):
        return None  # "rain over the weekend", "kids over 12 free", "two pints over the limit"
    return Clause(" ".join(words), "puts")


# Words that make "over" a place, a time or a count, never one thing put over another.
NOT_PUT = frozenset(
    {
        "again",
        "today",
        "tonight",
        "tomorrow",
        "yesterday",
        "now",
        "still",
        "already",
        "lol",
        "tbh",
        "weekend",
        "night",
        "week",
        "month",
        "year",
        "summer",
        "winter",
        "christmas",
        "easter",
        "holidays",
        "half",
    }
)
# A count said in words: "two pints over the limit".
COUNT_WORD = re.compile(
    r"(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|fifty|"
    r"hundred)"
)
NOT_PUT_AFTER = frozenset(
    {
        "the",
        "a",
        "an",
        "at",
        "to",
        "in",
        "on",
        "this",
        "that",
        "these",
        "those",
        "there",
        "here",
        "my",
        "your",
        "ur",
        "his",
        "her",
        "our",
        "their",
        "its",
        "mums",
        "mum's",
        "dads",
        "dad's",
    }
)


def claim_of(text: str, names: Sequence[str] = (), picks: bool = False) -> Claim | None:
    """What a message claims, as it can be said back (at most two clauses, the second one only
    when said the same way: "it sells better, and that's all that matters"); None when no
    clause of it can be. `names`: the people in the room, called in it ("chloe"), no part of
    it."""
    text = re.sub(r"@\S+", " ", text)
    if "?" in text:
        text = text[text.rfind("?") + 1 :] if text.rstrip()[-1:] != "?" else ""
    parts = [p for p in re.split(r"[.!;:]+|,\s+|\s+-\s+|\bbut\b", text, flags=re.I) if p.strip()]
    found: list[Clause] = []
    for part in parts:
        clause = clause_said(part, names, picks=picks and not found)
        if clause is None and found and found[0].subject == "bare":
            found = []  # "guilt. 30 years of tin rattling, it's guilt": no pick with its reason
        if clause is None:
            if found:
                break
            continue
        if found and (clause.form == "own" or found[0].form == "own"):
            break
        found.append(clause)
        if len(found) == 2 or sum(len(c.said.split()) for c in found) > 16:
            break
    if len(found) == 2 and sum(len(c.said.split()) for c in found) > 18:
        found = found[:1]
    if found and found[0].subject == "bare" and len(found) < 2:
        return None  # "bern, zurich, prague": a list, no option picked with a reason
    return Claim(tuple(found)) if found else None


# A claim scorned in a word ("that's daft", "it's rubbish"), said of what another said.
SCORNED = folded(
    r"(?:that|this|it|that idea)(?:'s| is| was|s)\s+(?:so |just |total |utter |absolute )?(?:daft|"
    r"rubbish|stupid|silly|nonsense|wrong|ridiculous|mad|madness|bollocks|crazy|insane|absurd)",
    re.IGNORECASE,
)


def owned(clauses: Sequence[Clause]) -> str:
    """Clauses said in the persona's own voice, as its reason for a side ("they are a scam, and
    you don't sleep", "fridge, since you can control the temp", "let them run, since a dog
    needs a run"); "" when one is the speaker's own ("would not swap it"), which is theirs."""
    if not clauses or any(c.form == "own" for c in clauses):
        return ""
    if len(clauses) > 1 and SCORNED.fullmatch(clauses[0].said):
        clauses = clauses[1:]  # "that's daft": said of the other's claim, no reason to own
    first, *rest = clauses
    if not rest:
        return "" if first.form == "picks" else first.said
    joined = ", since " if first.form in ("bids", "picks") else ", and "
    return f"{first.said}{joined}{rest[0].said}"


def said_by(person: str, claim: Claim) -> str:
    """`claim` said back by `person`'s name: "Ian says mean ones are the best ones", "Oli says
    to keep them, since you did the digging", "Dave wouldn't swap it"."""
    first, *rest = claim.clauses
    if first.form == "picks":
        more = f", since {rest[0].said}" if rest and rest[0].form == "says" else ""
        return f"{person} says {first.said}{more}"
    if first.form == "own":
        return f"{person} {first.said}"
    if first.form == "puts":
        return f"{person} puts {first.said}"
    said = f"to {first.said}" if first.form == "bids" else first.said
    if rest:
        joined = ", since " if first.form == "bids" else ", and "
        more = f"to {rest[0].said}" if rest[0].form == "bids" else rest[0].said
        said = f"{said}{joined}{more}"
    return f"{person} says {said}"


# What kind of claim it is, for the question a questioner asks of it.
WORTH = folded(r"\bworth\b", re.I)
OUGHT = folded(
    r"\b(?:should|shouldn't|ought|must|mustn't|has to|have to|need to|needs to|better off)\b", re.I
)
NOT = folded(r"\b(?:not|never|shouldn't|mustn't|don't|doesn't|won't|wouldn't|can't)\b", re.I)
_SWEEPS = (
    r"never|always|every|everyone(?!')|everybody(?!')|nobody|no one|nothing|all that matters|"
    r"only thing|whole point|the point|all of them"
)
SWEEPING = folded(rf"\b(?:{_SWEEPS})\b", re.I)
GOOD_WORDS = frozenset(
    "best better good great brilliant amazing perfect greatest finest nicest".split()  # noqa: SIM905
)
BAD_WORDS = frozenset(
    {
        "worst",
        "worse",
        "bad",
        "terrible",
        "awful",
        "overrated",
    }
)  # noqa: SIM905
POINTLESS = frozenset(
    {
        "pointless",
        "useless",
        "waste",
    }
)  # noqa: SIM905
JUDGING_WORDS = frozenset(
    """fair unfair right wrong rude honest dishonest kind unkind cruel mean selfish romantic lazy
    normal weird brave cowardly polite respectful disrespectful""".split()  # noqa: SIM905
)


def question_on(claim: Claim, person: str, name: str) -> str:
    """A question a questioner asks of `claim`, made by `person`, put to `name`: on its measure
    when it says a thing is worth it, on its reason when it says what should be done, on every
    case when it sweeps, on its word when it judges, on what the speaker gets from it when it is
    their own, else on how it is known. Never a promise of a question."""
    text = claim.text
    to = f", {name}" if name else ""
    words = re.findall(r"[\w']+", text.lower())
    if WORTH.search(text):
        return (
            f"But worth it by what measure{to}: by the pleasure it gives, or by what it makes of "
            "you?"
        )
    if OUGHT.search(text) or claim.clauses[0].form == "bids":
        if NOT.search(text):
            return (
                f"But why not{to}: because it would do harm, or only because it would be "
                "uncomfortable?"
            )
        return f"But why so{to}: because it is right, or only because it is easier?"
    if SWEEPING.search(text):
        return (
            f"But is that so in every case{to}? One case against it would be enough; can you "
            "think of none?"
        )
    good = next((w for w in words if w in GOOD_WORDS), "")
    if good:
        return (
            f"But what do we mean by '{good}'{to}: what pleases us most, or what does its work "
            "best?"
        )
    bad = next((w for w in words if w in BAD_WORDS), "")
    if bad:
        return f"But what do we mean by '{bad}'{to}: what displeases us, or what fails at its work?"
    if any(w in POINTLESS for w in words):
        return (
            f"But what is it for{to}? Tell me that first, and we shall see whether it fails at it."
        )
    judged = next((w for w in words if w in JUDGING_WORDS), "")
    if judged:
        return (
            f"But what is it to be {judged}{to}? Tell me what everything {judged} has in common, "
            "and we shall see whether this has it."
        )
    if claim.clauses[0].form == "own":
        if NOT.search(text):
            return f"But why not{to}? What does {person} get from it that outweighs the rest?"
        return (
            f"But why{to}? What does {person} hope to get from it, and is it worth what it costs?"
        )
    return (
        f"But how does {person} know it{to}? Tell me that, and we shall see whether it is "
        "knowledge or only opinion."
    )


# A claim put in the question that asks a side on it: "do you agree with priti that we shouldnt
# do the gig til we're perfect?", "is dave right that its worth it".
CLAIM_ASKED = folded(
    r"\b(?:agree with|side with|with|is|isn'?t) (?P<who>[\w.'-]+)(?: (?:right|correct|wrong))? "
    r"(?:that|to say|when (?:he|she|they) says?) (?P<claim>[^?]+)",
    re.IGNORECASE,
)


# A claim told of someone in the ask itself: "dawn thinks its fine to eat the eggs, my sister
# says its exploiting them. thoughts?", "sue reckons digital modes arent real radio".
CLAIM_TOLD = folded(
    r"\b(?P<who>[\w.'-]+) (?:thinks|reckons|says|said|reckoned|thought|believes|reckon|claims|"
    r"swears|insists) (?:that )?(?P<claim>[^?.;!]+?)(?=\s*(?:[?.;!]|,?\s*\b(?:but |and |while |"
    r"whereas |my |her |his |their |our |[\w'-]+ (?:thinks|reckons|says|said)|(?:thoughts|agree|"
    r"am i|who|what|which|or)\b)|"
    # "is she right", "true?" asked after a comma, or the speaker's own view after it ("finn
    # says night trains are a scam, i say ..."); not the claim's own verb ("it's fair").
    r",\s*(?:is|are|was|isn'?t|do|does|did|right|true|fair|i|i'?m|me)\b|$))",
    re.IGNORECASE,
)


def claim_put(text: str, person: str, names: Sequence[str] = ()) -> Claim | None:
    """The claim of `person` that a question asks a side on, as it puts it ("do you agree with
    dave that its worth it": "it's worth it"; "dawn thinks its fine to eat the eggs ...
    thoughts?": "it's fine to eat the eggs"), or None when it puts none."""
    first = person.lower().split()[0] if person else ""
    for found in (*CLAIM_ASKED.finditer(text), *CLAIM_TOLD.finditer(text)):
        if found["who"].lower() == first:
            clause = clause_said(found["claim"], names)
            return Claim((clause,)) if clause else None
    for found in CLAIM_TOLD.finditer(text):
        # "do you agree with mark? he thinks a 79 year old will bounce straight back": told of
        # them as "he" or "she" after they alone were named, never what they said before.
        before = {w.lower() for w in re.findall(r"[\w'-]+", text[: found.start()])}
        others = {n.lower().split()[0] for n in names if n} - {first}
        if found["who"].lower() in ("he", "she") and first in before and not before & others:
            clause = clause_said(found["claim"], names)
            return Claim((clause,)) if clause else None
    return None


def sweeps(claim: Claim) -> bool:
    """Whether a claim sweeps ("accuracy is the whole point", "nobody remembers them"): one these
    minds would test before siding with it."""
    return bool(SWEEPING.search(claim.text))


def last_claim(
    person: str, history: Sequence, names: Sequence[str] = (), reach: int = 8
) -> Claim | None:
    """The last thing `person` claimed in the recent messages (`history`, oldest first, the
    message answered last), as it can be said back, or what someone else told of them since
    ("finn says night trains are a scam"); None when nothing lately can be."""
    recent = list(history[:-1])[::-1][:reach]
    for said in recent:
        if (
            said.author.lower() == person.lower()
            or said.author.split()[0].lower() == person.lower()
        ):
            found = claim_of(said.text, names, picks=True)
            if not found and "?" in said.text:
                # "singles or doubles, which is the better game? i say doubles, more fun": the
                # side said after the question put
                found = claim_of(said.text.rsplit("?", 1)[1], names, picks=True)
            if found and found.clauses[0].form == "picks":
                found = _as_offered(found, recent)
            if not found and " or " in said.text.lower() and "?" in said.text:
                return None  # the choice put by them: what they said before is of other things
            if found and TALK_ITSELF.search(found.text):
                continue  # "that was not your question": of the talk, no claim on the subject
        else:
            # Told of them by another since ("kieran reckons it's more for us than them").
            found = claim_put(said.text, person, names)
            found = found if found and found.clauses[0].form == "says" else None
        if found:
            return found
    return None


# A clause about the talk itself, not its subject ("that was not your question", "you asked
# me something else", "my answer missed it").
TALK_ITSELF = folded(
    r"\b(?:your|my|that|this|the) (?:question|answer|point|reply)\b|"
    r"\byou (?:asked|meant|said)\b|\bwhat you (?:asked|meant|said)\b",
    re.IGNORECASE,
)

OFFER_END = folded(
    r"\s+(?:in|on|for|with|at|when|if|because|cos|tonight|today|this|next|then|tho|though|lol|"
    r"or)\b.*$",
    re.IGNORECASE,
)


def _offered_as(pick: str, text: str) -> str:
    """The option of `text`'s "A or B" that `pick` names, whole ("walk to school", "the
    cottage", "normal milk"), or ""."""
    low = re.sub(r"@\S+", " ", text.lower())
    for question in re.split(r"[?!.;]", low):
        if " or " not in question:
            continue
        left, right = question.split(" or ", 1)
        left = re.split(r"[,:]", left)[-1]
        right = re.split(r"[,:]", right)[0]
        for side, tail in ((left, False), (right, True)):
            found = re.search(rf"(?:\b(?:the|a|an)\s+)?\b{re.escape(pick)}\b", side)
            if not found:
                continue
            option = side[found.start() :]
            option = OFFER_END.sub("", option) if tail else option
            option = option.strip().split()
            if 0 < len(option) <= 3 and not set(option) & (FINITE | ADVERBS | ASKING):
                return " ".join(option)  # not "bern actually worth a night"
    return ""


def _as_offered(claim: Claim, recent: Sequence) -> Claim | None:
    """A pick said as the option offered lately that it names ("normal" is "normal milk", after
    "oat milk or normal milk?"; "fridge" is "fridge hibernation"); of nothing offered, the
    rest of the claim, or None."""
    first, rest = claim.clauses[0], claim.clauses[1:]
    if first.subject == "bare" and re.search(rf"\b{re.escape(first.said)}\b", rest[0].said):
        return Claim(rest)  # "guilt. 30 years of tin rattling, it's guilt": said whole after
    for said in recent:
        offered = _offered_as(first.said, said.text)
        if offered:
            return Claim((Clause(offered, first.form, first.subject), *claim.clauses[1:]))
    # Picked, but of nothing offered: no clean way to say it back.
    return Claim(rest) if rest else None


def fixed_pick(key: str, count: int = 2) -> int:
    """A pick among `count` fixed for `key` (a persona and what it was asked): asked again, the
    same pick."""
    return zlib.crc32(key.encode()) % count


# --- a choice of two people --------------------------------------------------------------


@dataclass(frozen=True)
class Sided:
    """The one of two people a persona sides with, and why: what they said, or what the other
    said that sweeps too far (`against`)."""

    pick: str
    other: str
    claim: Claim | None  # the pick's claim, said as the reason
    against: Claim | None  # else the other's sweeping claim, tested as the reason


def side_between(
    key: str,
    first: tuple[str, Claim | None],
    second: tuple[str, Claim | None],
    leaning: int | None = None,
) -> Sided:
    """Which of two people to side with: the one the persona already leaned to (`leaning`, its
    own words lately nearer theirs), when what they said can be said back; else the one whose
    claim can be said back (the reason for the side), and of two, the one whose claim does not
    sweep; against one whose only claim sweeps ("accuracy is the whole point"), the other. Else
    fixed for `key`."""
    people = [first, second]
    if leaning is not None and people[leaning][1] is not None:
        chosen = people[leaning]
        return Sided(chosen[0], people[1 - leaning][0], chosen[1], None)
    said = [p for p in people if p[1] is not None]
    if len(said) == 1:
        (who, claim), (other, _) = said[0], next(p for p in people if p is not said[0])
        if sweeps(claim):
            return Sided(other, who, None, claim)
        return Sided(who, other, claim, None)
    if len(said) == 2:
        sweeping = [sweeps(c) for _, c in said]
        chosen = sweeping.index(False) if sweeping.count(True) == 1 else fixed_pick(key)
        return Sided(people[chosen][0], people[1 - chosen][0], people[chosen][1], None)
    chosen = fixed_pick(key)
    return Sided(people[chosen][0], people[1 - chosen][0], None, None)


def side_reason(sided: Sided) -> str:
    """Why a side was taken, in the people's own words: "Mandy says it's everyone's history, and
    that weighs more with me than Oli's side"; "Connor says accuracy is the whole point, and
    a claim that sweeping seldom holds"; "" when neither said a thing that can be said back."""
    if sided.claim:
        said = said_by(sided.pick, sided.claim)
        return f"{said}; that weighs more with me than {sided.other}'s side."
    if sided.against:
        said = said_by(sided.other, sided.against)
        return f"{said}, and a claim that sweeping seldom holds in every case."
    return ""


# --- two things a thing may be: "romantic or just cold and damp" ------------------------------

_ADJECTIVE_ENDINGS = ("ic", "ous", "ful", "less", "ive", "able", "ible", "ish", "al", "y", "while")
_QUALITY = r"(?:(?:a|an)\s+[\w'-]+(?:\s+[\w'-]+)?|[\w'-]+)"  # "a proper discovery", "romantic"
JUST_OR = folded(
    r"\b(?P<verb>is|are|was|were|counts?|count as|counts as)\s+"
    r"(?P<subject>(?:[\w'-]+\s+){0,6}?)(?:as\s+)?(?:actually\s+|really\s+|truly\s+|genuinely\s+)?"
    rf"(?P<a>{_QUALITY})\s+or\s+(?:is\s+it\s+|are\s+they\s+|is\s+that\s+|it'?s\s+|they'?re\s+)?"
    r"(?:just|only|simply|merely)\s+(?P<b>[\w' -]{2,40}?)\s*(?:[?.!,;]|$)",
    re.IGNORECASE,
)
# What a thing may be said to be that is a matter of safety or health, never settled by "both".
HARMS = frozenset(
    """dangerous safe unsafe toxic poisonous harmful harmless ill sick poorly broken infected
    serious normal illegal legal allergic""".split()  # noqa: SIM905
)
_FILLER_END = folded(r"(?:\s+(?:tbh|lol|honestly|really|tho|though|imo|then|or what))+$", re.I)


def _quality(word: str, adjectives: Collection[str]) -> bool:
    said = word.lower().split()
    if said[0] in ("a", "an"):
        return len(said) >= 2
    return len(said) == 1 and (said[0] in adjectives or said[0].endswith(_ADJECTIVE_ENDINGS))


# Words a subject cannot end on: what follows them is still the subject ("living in a van").
_LEADS_ON = frozenset(
    [
        "a",
        "an",
        "the",
        "in",
        "on",
        "of",
        "to",
        "with",
        "at",
        "for",
        "from",
        "by",
        "my",
        "our",
        "your",
        "their",
        "his",
        "her",
        "its",
        "this",
        "that",
    ]
)


def just_or(
    text: str, adjectives: Collection[str] = (), judging: Collection[str] = ()
) -> tuple[str, str, str] | None:
    """The two things a question asks a thing is, the second made small by "just" ("is living
    aboard actually romantic or just cold and damp": "it", "romantic", "cold and damp"), with
    the pronoun to say it by; None when it asks no such thing, or a matter of safety."""
    found = JUST_OR.search(text)
    if not found:
        return None
    a, b = found["a"].strip(), _FILLER_END.sub("", found["b"].strip())
    said, named = found["subject"].split(), a.split()
    shifted = False
    while len(named) > 1 and said and said[-1].lower() in _LEADS_ON:
        # "is living in a van freedom or just ...": the van is the subject's, freedom the thing
        said.append(named.pop(0))
        shifted = True
    a = " ".join(named)
    if {w.lower() for w in found["subject"].split()} & ({"to"} | set(judging)):
        return None  # "is it rude to leave a party early or just sensible": a deed judged
    if not (shifted or _quality(a, adjectives)) or len(b.split()) > 6 or not b:
        return None
    if {w.lower() for w in f"{a} {b}".split()} & HARMS:
        return None
    plural = found["verb"].lower() in ("are", "were", "count") or found[
        "subject"
    ].strip().lower() in (
        "they",
        "these",
        "those",
    )
    return ("they" if plural else "it"), a, b


def both_said(pronoun: str, a: str, b: str) -> str:
    """Both of two things a thing was asked to be one of, said as one: "it can be cold and damp
    and romantic at once"."""
    return f"{pronoun} can be {b} and {a} at once"


# --- open questions on the room's theme ---------------------------------------------------

WHAT_MAKES = folded(
    r"\bwhat (?:actually |really |exactly )?makes (?P<thing>(?:(?:a|an|the|one)\s+)?[\w'-]+"
    r"(?:\s+[\w'-]+)??)\s+(?:actually\s+|really\s+|truly\s+|properly\s+)?"
    r"(?:feel like\s+|seem like\s+|look like\s+|count as\s+|feel\s+|seem\s+)?"
    r"(?P<a>(?:(?:a|an)\s+)?[\w'-]+)\s+(?:vs\.?|versus|or|rather than|instead of|and not|"
    r"as opposed to)\s+(?P<just>(?:just|only|merely|simply)\s+)?(?P<b>(?:(?:a|an)\s+)?[\w'-]+)"
    r"\s*(?:[?.!,;]|$)",
    re.IGNORECASE,
)


# "what makes a good puzzle? like fair-hard vs just annoying": the two ways said after the
# question, the good one first.
GOOD_MAKES = folded(
    r"\bwhat (?:actually |really |exactly )?makes (?P<thing>(?:a|an|the)\s+(?:good|great|decent|"
    r"proper)\s+[\w'-]+(?:\s+[\w'-]+)?)\s*[?,:;.-]+\s*(?:(?:like|as in|i mean|eg|e\.g\.|so)\W+)?"
    r"(?P<a>[\w'-]+)\s+(?:vs\.?|versus|or|rather than|instead of|and not|as opposed to)\s+"
    r"(?P<just>(?:just|only|merely|simply)\s+)?(?P<b>[\w'-]+)\s*(?:[?.!,;]|$)",
    re.IGNORECASE,
)
GOOD_IN_THING = folded(r"\s(?:good|great|decent|proper)\s", re.IGNORECASE)


@dataclass(frozen=True)
class Makes:
    """An open question of what makes a thing one way and not another."""

    thing: str  # "a clue"
    noun: str  # "clue"
    good: str  # "fair"
    bad: str  # "mean", "just a copy"


def what_makes(text: str, good_words: Collection[str], bad_words: Collection[str]) -> Makes | None:
    """What an open question asks makes a thing one way rather than another ("what makes a clue
    fair vs just mean"), when the first way is the better (a good word, or the second made
    small by "just"); None otherwise ("what makes a song sad or happy": two ways, no better)."""
    found = WHAT_MAKES.search(text) or GOOD_MAKES.search(text)
    if not found:
        return None
    thing, a, b = found["thing"].strip(), found["a"].strip(), found["b"].strip()
    thing = GOOD_IN_THING.sub(" ", thing).strip()
    if a.lower() in bad_words or (a.lower() not in good_words and not found["just"]):
        return None
    if b.lower() in good_words and not found["just"]:
        return None  # "kind rather than polite": two good ways; "rather than just polite" one
    noun = thing.split()[-1]
    bad = f"just {b}" if found["just"] else b
    return Makes(thing, noun, a, bad)


def makes_view(makes: Makes) -> str:
    """A view of what makes a thing the better way, in the question's own words: "a clue is
    fair when it does its work well, and mean when it only seems to"."""
    return (
        f"{makes.thing} is {makes.good} when it does its work well, and {makes.bad} when it "
        "only seems to"
    )


def makes_question(makes: Makes, name: str) -> str:
    """The questioner's answer: what the thing is for, asked, and the view hung on it."""
    to = f", {name}" if name else ""
    return (
        f"What is {makes.thing} for{to}? Tell me that first: one that does its work well is "
        f"{makes.good}, and one that only seems to is {makes.bad}."
    )


# "whose history should we be telling", "whose names should the bench carry": whose a thing
# should be, asked of what is to be done with it.
_WHOSE_ASKED = r"(?:should|do|shall|must|ought to|would)"
_WHOSE_DOERS = r"(?:we|i|you|they|people|(?:the|our|this|a)\s+\w+)"
_WHOSE_DEEDS = r"(?:\w+ing|tell|write|remember|celebrate|honour|honor|teach|put|show|use|follow)"
WHOSE = folded(
    rf"\bwhose (?P<what>[\w'-]+(?:\s+[\w'-]+)?)\s+{_WHOSE_ASKED}\s+{_WHOSE_DOERS}\s+"
    rf"(?:be\s+)?{_WHOSE_DEEDS}\b",
    re.IGNORECASE,
)


def whose_owed(text: str) -> str:
    """The thing an open question asks whose it should be ("whose history should we be telling":
    "history"), or ""."""
    found = WHOSE.search(text)
    return found["what"].lower() if found else ""


# --- a choice of two deeds, by kind ---------------------------------------------------------

# The kinds of deed a choice sets against each other, each with the reason for it: given or
# kept, changed or kept as it is, said or let go, spent or saved.
DEED_KINDS = tuple(
    (kind, folded(rf"^(?:{leads})\b", re.I), reason)
    for kind, leads, reason in (
        (
            "stay",
            r"keep (?:it|them|things|everything) (?:traditional|the same|as (?:it is|they are)|"
            r"classic|simple)|stick (?:with|to)|stay|leave (?:it|them|things) (?:as|alone)",
            "what has lasted this long has already passed a hard test",
        ),
        (
            "quiet",
            r"ignore|let it go|let it slide|leave it|say nothing|keep quiet|keep it to|stay quiet|"
            r"keep (?:it|things) civil|keep it polite",
            "not every wrong is mended by saying it loudly",
        ),
        (
            "give",
            r"give|donate|hand|share|lend|pass|return|send",
            "what is given is used by many, and what is kept by one",
        ),
        (
            "keep",
            r"keep|hold on|hang on|hoard",
            "a thing is best looked after by the one who cares most for it",
        ),
        (
            "change",
            r"change|modernise|modernize|update|redo|rebuild|move|switch|replace|scrap|set it|"
            r"try something",
            "what is never changed is only ever as good as it was",
        ),
        (
            "speak",
            r"tell|say|complain|confront|report|speak|raise|write to|be angry|get angry|kick off|"
            r"be firm",
            "a wrong that nobody names is never mended",
        ),
        ("spend", r"spend|buy|splash|treat", "money is for living with, not only for counting"),
        (
            "save",
            r"save|put (?:it|the money) (?:away|aside)|bank",
            "what is saved now buys a free choice later",
        ),
    )
)
# The kinds that answer each other: a choice between two others has no reason of its kind.
OPPOSED = {
    frozenset(("give", "keep")),
    frozenset(("change", "stay")),
    frozenset(("speak", "quiet")),
    frozenset(("spend", "save")),
}


def deed_kind(deed: str) -> tuple[str, str]:
    """The kind of a deed offered in a choice, and the reason for doing it: ("give", "what is
    given is used by many, and what is kept by one"); ("", "") when it is of no kind known."""
    for kind, pattern, reason in DEED_KINDS:
        if pattern.match(deed.strip()):
            return kind, reason
    return "", ""


def deed_reasons(first: str, second: str) -> tuple[str, str] | None:
    """The reasons for each of two deeds a choice sets against each other, when they are of
    kinds that answer each other (given or kept, changed or kept as it is); else None."""
    (one, why_one), (other, why_other) = deed_kind(first), deed_kind(second)
    if frozenset((one, other)) not in OPPOSED:
        return None
    return why_one, why_other


# --- what a view rests on, by kind (opine40) -------------------------------------------------

# The kinds of value a claim or a question rests on, each with the principle that argues for
# it: the company kept, nerve, care put in, cost, what has lasted, fairness, welcome.
VALUE_KINDS = tuple(
    (kind, folded(rf"\b(?:{words})\b", re.I), principle)
    for kind, words, principle in (
        (
            # "that spreads germs everywhere", "it's dangerous on a main road": health and
            # safety, which the careful side is right to put first.
            "safe",
            r"germs?|bacteria|food poisoning|poison(?:ing|ous)?|unsafe|dangerous|danger|"
            r"hygiene|unhygienic|main road|traffic|injur(?:y|ies|ed)|choke|choking|flooded|"
            r"waterlogged|icy|black ice|slippy|slippery|lightning|storm",
            "where health and safety are at stake, the careful way is the right one",
        ),
        (
            "fair",
            r"fair|fairer|fairest|unfair|equal|equally|share|everyone'?s turn|same rules",
            "what is fair to all outlasts what pleases a few",
        ),
        (
            "company",
            r"everyone|everybody|every1|the rest of us|other people|others|the room|the audience|"
            r"the whole (?:room|pub|table|group)|people listening",
            "a thing done in company should suit the company, not only the one doing it",
        ),
        (
            "nerve",
            r"confidence|confident|go(?:ing)? for it|hav(?:e|ing) a go|fun|enjoy(?:ing|s)?|"
            r"a laugh|brave|nerve|heart|passion|enthusiasm|bottle",
            "a thing done gladly and boldly is worth more than one done well and fearfully",
        ),
        (
            "care",
            r"handmade|hand made|homemade|home made|hand[- ]?(?:knitted|knit|sewn|crafted|"
            r"built|carved|painted|stitched)|home[- ]?(?:cooked|baked|grown)|by hand|own hands|"
            r"from scratch|effort|"
            r"hours|the care|time spent|made (?:it|them) (?:yourself|myself|ourselves)",
            "the hours and the care put into a thing are part of what it is worth",
        ),
        (
            "earned",
            r"earn|earned|earns|earning|chores|work for it|worked for",
            "what is earned is valued, and what is handed over is soon spent",
        ),
        (
            "time",
            r"\d+ ?mins?|minutes|an hour|drag|drags|quicker|shorter|waste of time|on time|late",
            "time is the one thing nobody gets back",
        ),
        (
            "living",
            r"hedgehogs?|beetles?|wildlife|birds?|bees|insects?|nature|worms?|frogs?|habitat",
            "what living things need should come before how a place looks",
        ),
        (
            "choice",
            r"choice|choose|up to (?:you|them|us)|own mind|freedom|free to|should be allowed",
            "a rule people will not keep does less good than a choice they make for themselves",
        ),
        (
            "fresh",
            r"fresh|modern|modernise|update|new life|change things",
            "what is never changed is only ever as good as it was",
        ),
        (
            "cost",
            r"money|cheap|cheaper|cost|costs|price|afford|expensive|budget|pay|paying",
            "what a thing costs has to be weighed against what it gives",
        ),
        (
            "lasted",
            r"tradition|traditional|always been|the old (?:way|ways|one)|proper way|classic",
            "what has lasted this long has already passed a hard test",
        ),
        (
            "skill",
            r"talent|talented|skill|skilled|practice|practise|good at|being good|ability|"
            r"technique|in tune",
            "what is done well pays back everyone who hears or sees it",
        ),
    )
)


PRINCIPLES = {kind: principle for kind, _, principle in VALUE_KINDS}


def value_kind(text: str) -> tuple[str, str]:
    """The kind of value a claim rests on, and the principle for it (("company", "a thing done
    in company should suit the company, ...")); ("", "") when it rests on none known."""
    for kind, pattern, principle in VALUE_KINDS:
        if pattern.search(text):
            return kind, principle
    return "", ""


# --- two people to side between (opine40) ----------------------------------------------------

# A side asked between people: "do you agree with fiona or kayla", "whose side are you on",
# "dan or sue, who's right", "back me up here", "settle it, me or dan?", "which of us".
SIDING = folded(
    r"\b(?:agree with|agree more with|side with|whose side|who'?s side|who'?s right|whos right|"
    r"who is right|who'?s wrong|who is wrong|who do (?:you|u) (?:agree|side|back)|"
    r"who(?:'s| is|se)? (?:got it|in the) right|back me up|settle (?:it|this)|on my side|"
    r"team \w+ or team|which (?:one )?of (?:us|them|you two|the two)|(?:are|r) (?:you|u) with|"
    r"with me or|over \w+,? am i right)\b",
    re.IGNORECASE,
)
# The asker put as one side: "me or dan", "back me up", "dan or me", "which of us".
ME_SIDE = folded(r"\b(?:back me up|on my side|am i right|with me|of us|me over)\b", re.I)
# No one named: the two who spoke last ("whose side are you on here").
ANY_SIDE = folded(
    r"\b(?:whose side|who'?s side|who'?s right|whos right|who is right|which (?:one )?of|"
    r"(?:are|r) (?:you|u) with|who do (?:you|u))\b",
    re.IGNORECASE,
)


# Words that ask a side only when no things are offered instead ("which of us" always asks
# one): "which of them should i get for mum, the scarf or the gloves", "who do you back in the
# final, arsenal or chelsea", "are you with the royal society still" ask no side.
LOOSE_SIDE = folded(
    r"\b(?:which (?:one )?of (?:them|the two)|(?:are|r) (?:you|u) with|"
    r"who do (?:you|u) back|settle (?:it|this))\b",
    re.IGNORECASE,
)
# What "are you with" / "who do you back" is followed by when a thing, no person, is meant.
LOOSE_THING = folded(
    r"\b(?:(?:are|r) (?:you|u) with|who do (?:you|u) back) (?:the|a|an|in|at|for|on the|"
    r"your|ur|my|this|that|any)\b",
    re.IGNORECASE,
)


def _loose_side(said: str) -> bool:
    """A side asked only by loose words ("which of them", "are you with") that name a thing or
    offer things to choose between ("the scarf or the gloves"): no side between people."""
    if SIDING.search(LOOSE_SIDE.sub(" ", said)):
        return False
    return bool(LOOSE_THING.search(said) or re.search(r"\bor\b", said, re.I))


def pair_asked(text: str, asker: str, people: Sequence[str]) -> tuple[str, str] | None:
    """The two people a message asks a side between (each as in `people`, the room's speakers
    lately, the last to speak last; `asker` when they put themselves as one), or None: a side
    asked ("agree with fiona or kayla", "whose side are you on", "back me up here, dan is
    talking rubbish", "sue or me") of exactly two people who spoke."""
    if " or " not in text and not SIDING.search(text):
        return None
    said = re.sub(r"@\S+", " ", text)
    low = said.lower()
    named = sorted(
        (found.start(), person)
        for person in dict.fromkeys(people)
        if person.lower() != asker.lower()
        and (found := re.search(rf"\b{re.escape(person.lower())}\b", low))
    )
    chosen = [person for _, person in named]
    names = "|".join(re.escape(p.lower()) for p in chosen)
    # "kaz or me", "fiona or kayla": two who spoke, one of them maybe the asker, offered.
    joined = bool(names) and re.search(rf"\b(?:{names}|me)\W+or\W+(?:{names}|me)\b", low)
    if not joined and (not SIDING.search(said) or _loose_side(said)):
        return None
    others = [p for p in dict.fromkeys(reversed(people)) if p.lower() != asker.lower()]
    me = joined and re.search(r"\bme\W+or\b|\bor\W+me\b", joined.group())
    if (ME_SIDE.search(said) or me) and asker in people:
        chosen = [asker, *(chosen or others[:1])]
    elif not chosen and ANY_SIDE.search(said):
        # "whose side are you on here": the two who spoke last, the asker among them.
        chosen = list(dict.fromkeys(reversed(people)))[:2][::-1]
    return (chosen[0], chosen[1]) if len(chosen) == 2 else None


# The asker against someone not in the room, whose view they told: "who's right, me or my
# brother?", "my mum or me?".
ABSENT_SIDE = folded(
    r"\b(?:me\W+or\W+(?P<a>(?:my|our) [\w'-]+)|(?P<b>(?:my|our) [\w'-]+)\W+or\W+me)\b",
    re.IGNORECASE,
)


def absent_side(text: str, asker: str, history: Sequence, names: Sequence[str]) -> Side | None:
    """The one not in the room a side is asked against ("me or my brother"), with the view
    the asker told of them ("my brother says you should never microwave rice"), as a `Side`
    ("your brother"); a `Side` with no claim when their view was not told; None when the
    message asks no such side."""
    found = ABSENT_SIDE.search(text)
    if not found:
        return None
    return _told_of((found["a"] or found["b"]).lower(), asker, history, names)


# The view of one not in the room asked ("is my dad right?", "do you agree with my sister?").
ABSENT_ONE = folded(
    r"\b(?:is|isn'?t|was) (?P<a>(?:my|our) [\w'-]+) (?:right|wrong)\b|"
    r"\b(?:agree|side) with (?P<b>(?:my|our) [\w'-]+)\b(?!\W+or\b)",
    re.IGNORECASE,
)


def absent_one(text: str, asker: str, history: Sequence, names: Sequence[str]) -> Side | None:
    """The one not in the room whose view a question asks of ("is my dad right?"), as a
    `Side` with the view the asker told of them (`absent_side`); None when none is asked."""
    found = ABSENT_ONE.search(text)
    if not found or "?" not in text and not re.search(r"\b(?:do|would) (?:you|u)\b", text, re.I):
        return None
    return _told_of((found["a"] or found["b"]).lower(), asker, history, names)


def _told_of(who: str, asker: str, history: Sequence, names: Sequence[str]) -> Side | None:
    """`who` ("my brother"), not in the room, as a `Side` ("your brother") with the view the
    asker told of them lately, if they did; None when `who` names someone in the room."""
    head = who.split()[1]
    if any(head == n.lower().split()[0] for n in names):
        return None
    recent = [s for s in list(history[:-1])[::-1][:8] if s.author.lower() == asker.lower()]
    telling = re.compile(
        rf"\b{re.escape(who)}\s+(?:\w+ly\s+)?(?:says|said|thinks|thought|reckons|reckoned|"
        r"believes|claims|insists|swears|keeps saying)\s+(?:that\s+)?(?P<claim>[^?.!;]+)",
        re.IGNORECASE,
    )
    told = (
        re.split(r",\s+|\s+-\s+|\s+but\s+", m["claim"])[0]
        for s in recent
        for m in telling.finditer(s.text)
    )
    claim = next((Claim((c,)) for t in told if (c := clause_said(t, names))), None)
    if claim is not None and claim.clauses[0].form != "says":
        claim = None
    turned = {"my": "your", "our": "your"}[who.split()[0]]
    return Side(f"{turned} {head}", claim)


# A claim that speaks against something: a kind of value named in it may be the one opposed.
AGAINST = folded(
    r"\b(?:not|never|no|nobody|isn't|aren't|don't|doesn't|won't|can't|shouldn't|cop out|"
    r"gimmick|rubbish|crime|waste|wasting|wrong|bad|worse|worst|awful|terrible|overrated|"
    r"pointless|boring|ruins?|ruined)\b",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class Side:
    """One of two people to side between, with what they said that can be said back."""

    who: str  # as called: "Kayla", or "you" for the asker
    claim: Claim | None

    @property
    def clauses(self) -> tuple[Clause, ...]:
        """The clauses said back: both when short ("Sue says to leave the leaves where they
        fall, since hedgehogs need them"), else the first."""
        if self.claim is None:
            return ()
        if len(self.claim.text.split()) <= 14 and self.claim.clauses[-1].form != "own":
            return self.claim.clauses
        return self.claim.clauses[:1]

    @property
    def said(self) -> str:
        """Their claim said back: "Kayla says ...", "you say ...", "Fiona puts ... over ..."."""
        if self.claim is None:
            return ""
        if self.who == "you":
            if self.clauses[0].form == "own":
                return ""  # "you loves it": its verb said of someone else
            said = said_by("you", Claim(self.clauses))
            return re.sub(r"^you (say|put)s\b", r"you \1", said)
        return said_by(self.who, Claim(self.clauses))

    @property
    def kind(self) -> tuple[str, str]:
        """The kind of value what is said back rests on, and its principle (`value_kind`); none
        when it speaks against something ("modern dress is a cop out": no case for the new)."""
        said = " ".join(c.said for c in self.clauses)
        if AGAINST.search(said):
            return "", ""
        return value_kind(said)


def _sweeping(claim: Claim | None) -> bool:
    """Whether a claim sweeps (`sweeps`), "every day" and the like being no sweep."""
    if claim is None:
        return False
    said = re.sub(r"\bevery (?:day|week|night|morning|time|year|weekend|month)\b", "", claim.text)
    return bool(SWEEPING.search(said))


def side_pick(
    key: str, first: Side, second: Side, leaning: int | None = None
) -> tuple[Side, Side, str]:
    """Which of two to side with, the other, and the reason: the one the persona already leaned
    to (`leaning`, its own words lately nearer theirs) when what they said can be said back;
    else the one whose claim can be said back and rests on a kind of value (its principle the
    reason), of two such the one that does not sweep; against one whose claim sweeps, the other;
    else fixed for `key` with no reason."""
    sides = [first, second]
    if leaning is not None and sides[leaning].said:
        pick, other = sides[leaning], sides[1 - leaning]
        return pick, other, pick.kind[1]

    said = [side for side in sides if side.said]
    if len(said) == 1 and said[0].claim and _sweeping(said[0].claim):
        # "the away kit is the whole point of being a fan", and nothing from the other: the
        # other, for a claim so sweeping.
        pick = next(side for side in sides if side is not said[0])
        return pick, said[0], "a claim that sweeps so wide seldom holds in every case"

    def weight(side: Side) -> int:
        if side.said == "":
            return 0
        return 1 + (not _sweeping(side.claim)) + 2 * bool(side.kind[0])

    weights = [weight(s) for s in sides]
    chosen = weights.index(max(weights)) if weights[0] != weights[1] else fixed_pick(key)
    pick, other = sides[chosen], sides[1 - chosen]
    principle = pick.kind[1] if pick.said else ""
    if not principle and other.said and _sweeping(other.claim):
        principle = "a claim that sweeps so wide seldom holds in every case"
    return pick, other, principle


def sides_said(pick: Side, other: Side) -> str:
    """Both claims said back as one sentence, the other's first ("Fiona puts confidence over
    talent, but Kayla says ..."), or whichever can be; "" when neither can."""
    if other.said and pick.said:
        return f"{other.said}, but {pick.said}"
    return pick.said or other.said


# --- a question to settle between things (opine40) ----------------------------------------

# "what makes a good karaoke performance, being good or just going for it?", "what makes someone
# good at bridge, is it memory, patience or just years of playing?"
MAKES_WHICH = folded(
    r"\bwhat (?:actually |really |exactly )?makes (?P<thing>(?:a|an|the|someone|somebody|"
    r"some1|you|people)\b[^?,:;]{2,60}?)(?:\s+(?:anyway|then|really|actually|tho|though))?"
    r"\s*[?,:;-]+\s*(?:(?:is|it'?s|its) (?:it|that) |is it |it'?s |like |honestly |tho |)"
    r"(?P<options>[^?!.]+?\bor\b[^?!.]+?)\s*(?:[?!.]|@|$)",
    re.IGNORECASE,
)
OPTION_SPLIT = folded(r"\s*,\s*(?:or\s+)?|\s+or\s+", re.IGNORECASE)
OPTION_LEAD = folded(r"^(?:just|simply|only|purely|mostly|more|really|actually)\s+", re.I)
OPTION_TAIL = folded(
    r"\s+(?:tbh|lol|honestly|really|then|tho|though|or what|or both|"
    r"or something else|or something)$",
    re.I,
)


def options_settled(text: str) -> tuple[str, list[str]] | None:
    """The thing a question asks what makes, and the two or three things it offers ("a good
    karaoke performance", ["being good", "going for it"]), "just" and the like taken off; None
    when it offers none, or more than three, or an option too long to name."""
    found = MAKES_WHICH.search(text) if "makes" in text.lower() else None
    if not found:
        return None
    options = [
        OPTION_LEAD.sub("", OPTION_TAIL.sub("", o.strip(" ,.'\"")))
        for o in OPTION_SPLIT.split(found["options"].strip())
        if o.strip(" ,.")
    ]
    if not 2 <= len(options) <= 3 or any(not o or len(o.split()) > 5 for o in options):
        return None
    if any(
        re.search(r"\b(?:i|me|my|we|our|us|both|neither|what|something)\b", o, re.I)
        for o in options
    ):
        return None
    return found["thing"].strip(), options


def joined(things: Sequence[str]) -> str:
    """Things named in a list: "memory and years of playing", "a, b and c"."""
    return things[0] if len(things) == 1 else f"{', '.join(things[:-1])} and {things[-1]}"


# Qualities a person or a thing has, as against things to choose between ("leather", "milk in
# first"): "memory", "patience", "being good", "years of playing".
QUALITY_WORDS = frozenset(
    """talent skill skills practice luck memory patience confidence experience effort work
    money looks personality brains heart nerve attitude knowledge timing speed strength
    fitness technique discipline passion character charm kindness honesty humour humor
    stamina focus instinct flair style taste""".split()  # noqa: SIM905
)
QUALITY_SHAPE = folded(
    r"^(?:(?:being|having|going|doing|putting|trying|knowing|years|lots|a lot|hard|natural|"
    r"pure|raw|sheer|good|great)\b.*|\w+(?:ness|ence|ance|ity|ment|ism|ship|ing))$",
    re.IGNORECASE,
)


def _a_quality(option: str) -> bool:
    return option.lower() in QUALITY_WORDS or bool(QUALITY_SHAPE.match(option))


# Words that stress how a thing is, said before it ("really good"): no part of what it is.
STRESS = frozenset("really truly actually so very properly genuinely".split())  # noqa: SIM905
# Words of praise a thing is made, said after it ("a wedding special"), that may read as nouns.
PRAISED = frozenset(
    """special memorable fun successful perfect enjoyable worthwhile tasty interesting exciting
    unforgettable brilliant amazing awesome excellent decent proper cosy cozy classic legendary
    magical delicious popular beautiful funny moist epic iconic lovely""".split()  # noqa: SIM905
)
# Plurals with no -s: "the people are", never "the people is".
PLURALS = frozenset("people children men women folk staff police cattle".split())  # noqa: SIM905


def _praised(word: str) -> bool:
    return word.lower() in PRAISED or sense_adjective(word)


def made_thing(thing: str) -> tuple[str, str]:
    """What a "what makes ..." question asks of, as two things: the thing made so, said so
    ("a good road trip" of "a road trip a good one", "a good pub quiz" of "a pub quiz really
    good"), and the thing itself ("a road trip"), for asking what it is for. A thing said plain
    ("a good walking boot") is both; a thing made so in other words than a how ("a song stick
    in your head", "a holiday worth it") is "" and the thing itself, for it cannot be said
    again in one phrase."""
    tokens = thing.split()
    if len(tokens) < 2 or tokens[0].lower() not in ("a", "an", "the"):
        return thing, thing
    cut = next(
        (
            j
            for j in range(2, len(tokens))
            if tokens[j].lower() in ("a", "an", "the", "worth")
            or tokens[j].lower() in STRESS
            # a verb, not a word of the thing ("a walking boot", "a good baked potato")
            or (
                sense_verb_at(tokens, j)
                and not sense_adjective(tokens[j - 1])
                and not (j < len(tokens) - 1 and tokens[j].lower().endswith(("ing", "ed")))
            )
            or (j == len(tokens) - 1 and _praised(tokens[j]))
        ),
        0,
    )
    if not cut:
        return thing, thing
    itself, made = tokens[:cut], [t for t in tokens[cut:] if t.lower() not in STRESS]
    if re.match(r"(?:a|an)$", made[0], re.I) and made[-1].lower() == "one":
        made = made[1:-1]  # "a good one"
    how = made[0] if len(made) == 1 and _praised(made[0]) else ""
    head = " ".join(itself[1:])
    if not how or re.search(r"[^s]s$", head) or head.lower() in PLURALS:
        return "", " ".join(itself)
    return f"{'an' if how[0].lower() in 'aeiou' else 'a'} {how.lower()} {head}", " ".join(itself)


def settled_view(key: str, thing: str, options: Sequence[str]) -> str:
    """A pick among what a question offers, with a reason naming the others: of qualities,
    "patience: memory and years of playing count for little without it"; of things to choose
    between, "leather: fabric will do, but leather is what a good walking boot is judged by"."""
    pick = options[fixed_pick(key, len(options))]
    rest = [o for o in options if o != pick]
    if all(_a_quality(o) for o in options):
        verb = "count" if len(rest) > 1 else "counts"
        return f"{pick}: {joined(rest)} {verb} for little without it"
    # "someone a good parent": "a good parent" is judged, never "it".
    judged = re.sub(r"^(?:someone|somebody|some1|you|people)\s+", "", thing, flags=re.I)
    judged = made_thing(judged)[0]
    plural = (re.search(r"[^siu]s$", pick) or pick.split()[-1].lower() in PLURALS) and not re.match(
        r"(?:a|an)\b", pick, re.I
    )
    pick_is = "are" if plural else "is"
    if not re.match(r"(?:a|an|the)\b", judged, re.I):
        return f"{pick}: {joined(rest)} will do, but {pick} {pick_is} what counts most"
    many = judged.lower().startswith("the ") and re.search(r"[^siu]s$", judged)
    return (
        f"{pick}: {joined(rest)} will do, but {pick} {pick_is} what {judged} "
        f"{'are' if many else 'is'} judged by"
    )


# A choice put to be settled with no way out: "settle this", "once and for all", "no fence
# sitting", "if you could only have one", "which wins".
SETTLE_PLAIN = folded(
    r"\b(?:settle (?:this|it|an argument)|once and for all|no fence[- ]?sitting|"
    r"one or the other|(?:could|can) only (?:have|pick|choose) one|only have one|which wins|"
    r"who wins|sort this out|pick one|choose one|you have to (?:pick|choose))\b",
    re.IGNORECASE,
)


_SETTLE_LEAD = folded(
    r"^(?:.*\b(?:is it|is that|is he|is she|are they|it'?s|which is (?:better|best|worse)|"
    r"which|what|whats|what's|have|pick|choose|say)\s+)?",
    re.IGNORECASE,
)
_OPTION_CUT = folded(r"\s+(?:on|for|in|at|with|when|if|then|though|tho|lol|tbh)\b.*$", re.I)


CLAUSE_HEAD = folded(
    r"^(?:is|are|was|were|does|do|did|can|could|should|would|will|has|have|had|it|he|she|they|"
    r"we|i|you)\b",
    re.IGNORECASE,
)


# Parties, leaders and referendum sides: a choice between them is a vote, which these minds
# never tell anyone how to cast.
PARTY = folded(
    r"\b(?:tor(?:y|ies)|labour|conservatives?|lib ?dems?|liberal democrats?|reform uk|snp|"
    r"plaid|the greens|green party|ukip|democrats?|republicans?|dems|gop|maga|trump|biden|"
    r"harris|kamala|obama|starmer|sunak|farage|corbyn|boris|truss|badenoch|brexit|remain|"
    r"leave|reform)\b",
    re.IGNORECASE,
)
# A vote asked of: "who should i vote for", "which party", "how should i vote".
VOTE_ASKED = folded(
    r"\bwho (?:to|should|do|would|will|shall) (?:i |we |you |u )?(?:vote|back|support)|"
    r"\bwhich (?:party|way|side|candidate)\b|\bhow (?:should|do|would) (?:i|we) vote\b|"
    r"\bwho gets (?:your|ur|my) vote\b",
    re.IGNORECASE,
)
VOTE_WORD = folded(r"\b(?:vote|voting|votes|voted|election|ballot|polls?)\b", re.I)
# Sides that name no party unless a vote is talked of: "leave or remain", "reform or not".
VOTE_ONLY = frozenset({"remain", "leave", "reform", "labour"})


def vote_asked(text: str) -> bool:
    """Whether a message asks which party, leader or referendum side to pick ("tories or labour",
    "who should i vote for", "biden or trump, settle it", "should i vote remain or leave")."""
    said = re.sub(r"@\S+", " ", text)
    if not (re.search(r"\bor\b", said, re.I) or VOTE_ASKED.search(said)):
        return False  # "why did the tories lose the election": no pick asked
    named = {m.group().lower() for m in PARTY.finditer(said)}
    if VOTE_WORD.search(said):
        return bool(named) or bool(VOTE_ASKED.search(said))
    return len(named) >= 2 and bool(named - VOTE_ONLY)


# An option that only says no to the other ("is he lying or not"): a yes or no asked, no pick.
NO_OPTION = folded(r"^(?:not|no|nah|yes|yeah|nope|what|nothing|isn'?t (?:he|she|it|they))$", re.I)


def settle_options(text: str) -> tuple[str, str] | None:
    """The two things a choice put to be settled offers ("gravy or curry sauce on your chips,
    one or the other": "gravy", "curry sauce"), each of at most five words; None when no clause
    of it offers two."""
    said = SETTLE_PLAIN.sub(" ", re.sub(r"@\S+", " ", text.replace("\u2019", "'")))
    for clause in re.split(r"[,.?!:;]+", said):
        parts = re.split(r"\s+or\s+", clause.strip(), flags=re.I)
        if len(parts) != 2:
            continue
        left = _SETTLE_LEAD.sub("", parts[0]).strip(' "')
        right = _OPTION_CUT.sub("", parts[1]).strip(' "')
        if left and right and len(left.split()) <= 5 and len(right.split()) <= 5:
            if any(CLAUSE_HEAD.match(o) for o in (left, right)) or NO_OPTION.match(right):
                return None  # "is hamlet actually mad or is he faking": two claims, no things
            return left, right
    return None


def plain_settled(key: str, options: Sequence[str]) -> str:
    """A pick between two things a choice put to be settled offers, with why in the options'
    own words: "gravy: curry sauce will do, but gravy I would miss more"."""
    pick = options[fixed_pick(key, len(options))]
    rest = [o for o in options if o != pick]
    if all(re.match(r"\w+ing\b", o) for o in options):
        # "going out or staying in tonight": deeds, one done now and the other kept.
        return f"{pick}; {joined(rest)} will keep for another {key_time(options)}"
    return f"{pick}: {joined(rest)} will do, but {pick} I would miss more"


def key_time(options: Sequence[str]) -> str:
    """The time a deed put off keeps for: "night" for one of tonight, else "day"."""
    return "night" if re.search(r"\b(?:tonight|evening)\b", " ".join(options), re.I) else "day"


# --- a yes or no asked of a thing's value (opine40) --------------------------------------------

# The words a question asks a value by, each with the answer these minds give and its reason.
VALUE_ASKED = tuple(
    (folded(rf"^(?:{words})\b", re.I), answer, reason)
    for words, answer, reason in (
        (
            r"lazy|the easy way out",
            "no",
            "laziness is leaving a thing undone, not doing it an easier way",
        ),
        (
            r"cringe|cringey|cringy|embarrassing|naff|cheesy|tacky|uncool",
            "no",
            "what is done gladly and harms nobody is nothing to be ashamed of",
        ),
        (r"worth", "", ""),
    )
)
_VALUE_LEAD = folded(
    r"^(?:(?:do|d'?you|would|wouldn'?t|don'?t) (?:you|u|ya|yall|y'all) (?:all )?"
    r"(?:think|reckon|say|agree|feel)(?: that)?|be honest|honestly|genuinely|seriously|"
    r"serious question|real talk|"
    r"quick one|question|ok but|okay but|so|but|and|tbh|hot take|random (?:one|question)|"
    r"settle (?:this|it)|go on then|right|ok|okay)\b[\s,:;.!-]*",
    re.IGNORECASE,
)
_VALUE_SOFT = (
    r"(?:(?:really|actually|just|a bit|a little|kind of|kinda|sort of|properly|genuinely|"
    r"honestly|even|that|so|too)\s+)*"
)
VALUE_QUESTION = folded(
    rf"^(?P<verb>is|are|isn'?t|aren'?t)\s+(?P<subject>(?:[\w'-]+\s+){{1,6}}?){_VALUE_SOFT}"
    rf"(?P<value>(?:lazy|the easy way out|cringe|cringey|cringy|"
    rf"embarrassing|naff|cheesy|tacky|uncool|worth)\b.*)$",
    re.IGNORECASE,
)
VALUE_STATED = folded(
    rf"^(?P<subject>(?:[\w'-]+\s+){{1,6}}?)(?P<verb>is|are)\s+{_VALUE_SOFT}"
    rf"(?P<value>(?:lazy|cringe|cringey|cringy|embarrassing|naff|"
    rf"cheesy|tacky|worth)\b.*)$",
    re.IGNORECASE,
)
SHOULD_EVEN = folded(
    r"^should (?P<who>we|i|they|the \w+|our \w+|you|u)\s+(?P<deed>(?:[\w'-]+\s+){1,9}?)"
    r"even (?:if|though|when) (?P<clause>[^?!.]{3,60}?)\s*$",
    re.IGNORECASE,
)
# What may not be waved aside by "even if": harm, health, law, debt.
GRAVE = folded(
    r"\b(?:ill|sick|poorly|hurts?|hurting|injur\w*|danger\w*|unsafe|risk\w*|drunk|illegal|law|"
    r"debt|broke|pregnant|fever|infect\w*|bleed\w*|storm|ice|icy|drown\w*|fire|gas|police|crime|"
    r"steal\w*|lie|lying|cheat\w*|hates?|scared|afraid|bully\w*|abus\w*|unfair|die|dying|dead|"
    # a body or a home harmed, drink before a wheel, a sickness, money never paid back
    r"hits? (?:me|him|her|them|us|you|the kids)|hitting|hit me|beats? (?:me|him|her|us) up|"
    r"beating (?:me|him|her)|punch\w*|slap\w*|shouts? at|threat\w*|"
    r"violent|drink\w*|drank|pints?|beers?|wine|alcohol|over the limit|covid|flu|cold|virus|"
    r"temperature|pain\w*|aches?|aching|sore|swollen|broken|never pays?|owes?|cruel|"
    r"controll\w*|jealous|cheats?)\b",
    re.IGNORECASE,
)
TURN_ASKER = {
    **TURNED, "i": "you", "me": "you", "my": "your", "mine": "yours", "myself": "yourself",
    "i'm": "you're", "i've": "you've", "i'd": "you'd", "i'll": "you'll", "u": "you",
}  # fmt: skip
CARE_OVER_BOUGHT = folded(r"\b(?:shop|bought|store|shop-bought|mass|factory|amazon)\b", re.I)


# A word no value asked of here goes without: a quick test before the readers.
VALUE_WORD = folded(
    r"lazy|easy way|cring|embarrass|naff|cheesy|tacky|sad\b|lame|uncool|tragic|worth|even (?:if|"
    r"though|when)",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class Valued:
    """A yes or no asked of a thing's value, answered: "yes", "no" or "depends", the question
    said as a statement that answer makes ("it is not lazy to use a bread machine"), and why."""

    answer: str
    said: str
    reason: str


def _turned(words: Sequence[str]) -> str | None:
    """Words said back to their asker ("my" is "your", "we" is "you"), or None when a verb would
    need changing with them ("i am", "i was")."""
    for i, w in enumerate(words[:-1]):
        if w.lower() in ("i", "we") and words[i + 1].lower() in ("am", "was", "is", "were", "are"):
            return None
    return " ".join(TURN_ASKER.get(w.lower(), w) for w in words)


def _value_sentence(text: str) -> str:
    """The question a message asks, mentions and chat leads taken off; its last question when
    it asks more than one, else the whole."""
    text = re.sub(r"@\S+", " ", text.replace("\u2019", "'"))
    asked = [q.strip() for q in re.split(r"(?<=\?)|(?<=[.!])\s", text) if q.strip(" ?.!")]
    for question in asked:
        said = question.strip(" ?.!,")
        asked_view = "?" in question
        while (lead := _VALUE_LEAD.match(said)) and lead.end():
            asked_view = asked_view or bool(re.search(r"think|reckon|say|feel", lead.group()))
            said = said[lead.end() :]
        # "it's lazy to ...", "they're cringe": the verb apart, as the readers want it.
        said = re.sub(r"^(it|that|this)'?s\b", r"\1 is", said, flags=re.I)
        said = re.sub(r"^(they|these|those)'?re\b", r"\1 are", said, flags=re.I)
        if said and (
            VALUE_QUESTION.match(said)
            or (asked_view and VALUE_STATED.match(said))  # not "karaoke is cringe", told
            or SHOULD_EVEN.match(said)
        ):
            return said
    return ""


# Who, said as the subject, is a person judged: never cleared by a stock reason.
PERSON_JUDGED = folded(
    r"^(?:(?:my|your|ur|his|her|their|our|the)\s+(?:husband|wife|partner|boyfriend|girlfriend|"
    r"son|daughter|kid|kids|child|children|mum|mom|dad|brother|sister|boss|friend|mate|"
    r"neighbour|neighbours|flatmate|teacher|colleague)s?|he|she|they|you|u|i|we)$",
    re.IGNORECASE,
)


def value_asked(text: str) -> Valued | None:
    """A yes or no asked of a thing's value ("is it lazy to use a bread machine", "are karaoke
    nights cringe", "is handmade worth more than shop bought", "should we let the youngsters in
    even if they're noisy"), answered in its own words with a reason of its kind; None when
    the message asks none, offers a choice ("or"), or waves aside harm by "even if"."""
    if not VALUE_WORD.search(text):
        return None
    said = re.sub(
        r"(?:[\s,]+(?:honestly|tbh|though|tho|then|really|lol|or what|actually|seriously|"
        r"or not))+$",
        "",
        _value_sentence(text),
        flags=re.I,
    )
    if not said or re.search(r"\bor\b", re.sub(r"\bor not\b", "", said, flags=re.I), re.I):
        return None
    said = re.sub(r",?\s+or not$", "", said, flags=re.I)
    words = _spelled(said)
    said = " ".join(words)
    should = SHOULD_EVEN.match(said)
    if should:
        if GRAVE.search(said):
            return None
        who = TURN_ASKER.get(should["who"].lower(), should["who"])
        deed, clause = _turned(should["deed"].split()), _turned(should["clause"].split())
        if deed is None or clause is None:
            return None
        reason = "a little of that is a fair price for the good of it"
        rest = re.sub(r"@\S+", " ", text).strip(" ?")
        after = claim_of(rest[rest.find("?") + 1 :] if "?" in rest else "")
        if after and after.clauses[0].form == "says":
            reason = f"as you say, {after.clauses[0].said}"
        even = re.search(r"\beven (?:if|though|when)\b", said, re.I).group().lower()
        return Valued("yes", f"{who} should {deed.strip()}, {even} {clause}", reason)
    found = VALUE_QUESTION.match(said) or VALUE_STATED.match(said)
    if not found:
        return None
    subject = found["subject"].split()
    value = found["value"].split()
    if subject[0].lower() in ("there", "what", "who", "how", "why") and len(subject) == 1:
        return None
    verb = found["verb"].lower().rstrip("'").replace("n't", "").replace("nt", "")
    verb = "are" if verb.startswith("are") else "is"
    turned = _turned([*subject, verb, *value])
    if turned is None or len(value) > 14:
        return None
    turned = re.sub(r" even (if|though|when) ", r", even \1 ", turned)
    for pattern, answer, reason in VALUE_ASKED:
        if not pattern.match(" ".join(value)):
            continue
        if answer == "no":
            if PERSON_JUDGED.match(" ".join(subject)) or (
                len(value) > 1 and value[1].lower() not in ("to", "for", "of", "when", "if")
            ):
                # "is my husband lazy, he never does the washing up": a person judged, on
                # evidence told; not a way of doing a thing to clear of a charge
                return None
            n = len(subject)
            parts = turned.split()
            return Valued("no", " ".join([*parts[: n + 1], "not", *parts[n + 1 :]]), reason)
        care = value_kind(" ".join(subject))[0] == "care" and CARE_OVER_BOUGHT.search(said)
        if care or re.search(r"\beven (?:if|though|when)\b", said, re.I):
            principle = (
                PRINCIPLES["care"] if care else "what it gives outlasts the trouble it brings"
            )
            return Valued("yes", turned, principle)
        return None  # "is deadheading worth it": a matter for its lines, not of value
    return None


# A question of fact, however it is put (taste42): why or how a thing is so, what makes it or
# what happens ("darwin why do babies cry so much, surely it's bad for survival", "how does
# gravity actually bend light?"). A word that judges beside it ("bad for survival") asks no view;
# the opinion and taste templates never answer it ("Tastes vary as much as finches' beaks").
FACT_QUESTION = folded(
    r"(?:^\W*(?:@?[\w']+,?\s+)?|[.?!,;:]\s*|\b(?:so|ok|okay|but|and|also|like|wait|hey|yo|wonder|"
    r"know|explain|understand|tell me|me)\s+)"
    r"(?:(?:why|how come|how)\s+(?:do|does|did|is|are|was|were|can|could|has|have)\b|"
    r"why\s+(?!not\b)\w+s\b|"
    r"what\s+(?:makes|made|happens|happened|causes|caused|would happen)\b|"
    r"what(?:'s| is|s) the difference\b)",
    re.IGNORECASE,
)
# A view asked in those words all the same ("why do you think ...", "how do you feel about",
# "what's your take"), or a judgement or a choice asked ("how is that fair", "should i").
VIEW_FRAMED = folded(
    r"\b(?:(?:do|did|would|will) (?:you|u|ya) (?:think|reckon|feel|say|believe|prefer|rather|like|"
    r"love|hate|agree|recommend|choose|pick)|(?:your|ur) (?:take|view|opinion|verdict|thoughts|"
    r"favou?rite)|thoughts|opinion|how about|what about|should|shouldn't|ought|would (?:you|u) "
    r"rather|prefer|favou?rite|better|best|worse|worst|worth|overrated|underrated|fair|unfair|"
    r"rude|ok|okay|acceptable|allowed|weird|normal|wrong|right)\b|"
    r"\bmakes? (?:a |an |the |someone |somebody |people )?(?:good|great|true|real|happy)\b",
    re.IGNORECASE,
)


def fact_asked(text: str) -> bool:
    """Whether `text` asks a question of fact (`FACT_QUESTION`), not a view put in those words
    (`VIEW_FRAMED`): answered with a fact, a reason or an owning-up, never as a matter of
    taste."""
    return bool(FACT_QUESTION.search(text)) and not VIEW_FRAMED.search(text)


# Who would win a contest ("who would win in a fight, einstein or darwin", "who'd win at chess"):
# play, not a choice of taste; never "I would say a fight" nor a pick by lot.
WHO_WINS = folded(
    r"\bwho(?:'d|'ll| would| will| could)?\s+(?:win|beat|come out on top)\b|\bwho wins\b",
    re.IGNORECASE,
)
