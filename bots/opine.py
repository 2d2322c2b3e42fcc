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

from bots.sense import ADJECTIVES, VERBS

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
LEAD = re.compile(
    r"^(?:(?:(?:nah|nope|yeah|yep|yh|ok|okay|so|and|but|also|honestly|tbh|imo|lol|haha\w*|ha|oh|"
    r"surely|definitely|defo|absolutely|i (?:dis)?agree|i think|i reckon|i feel like|i believe|"
    r"i'd say|id say|i guess|i mean|to be fair|tbf|obviously|clearly|literally|100%|for sure|"
    r"just|personally|i'?m sorry but|sorry but|omg|wow|hmm+|erm|um+|hi|hey|hello)\b[\s,!.:-]*)|"
    # A word that leads in only with a stop after it: "no, dogs ..." (not "no dogs allowed"),
    # "true, ..." (not "true love is rare").
    r"(?:(?:no|yes|well|true|fair|exactly|agreed|agree|disagree|mate|guys|totally)\s*[,!.:-]+\s*)|"
    # or before a subject: "well it feels rigged", "no i made it up".
    r"(?:(?:no|yes|well)\s+(?=(?:it|i|we|they|you|he|she|that|this|there|people|the|everyone)\b)))+",
    re.IGNORECASE,
)
TRAIL = re.compile(
    r"(?:[\s,]+(?:lol|lmao|haha\w*|tbh|imo|honestly|tho|though|surely|mate|all day|100%|for sure|"
    r"innit|right|tbf|obviously|ngl|fr|to be honest|at all|seriously|btw|congrats|don'?t worry|"
    r"isn'?t it|aren'?t they|don'?t they|doesn'?t it|x+)\b)+\s*$",
    re.IGNORECASE,
)
# "its" is "it's" where a clause starts: "museums, its everyones history".
ITS_LEADS = frozenset("but and because so if when that though".split())  # noqa: SIM905

# A subject pronoun run into its verb, split at the start of a clause.
RUN_IN = {"'s": "is", "'re": "are", "'m": "am", "'ve": "have", "'ll": "will", "'d": "would"}
RUN_IN_SUBJECTS = frozenset("it that there they we you i he she what who".split())  # noqa: SIM905

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
BASE_AS_PAST = frozenset("put cut set let hit read quit shut".split())  # noqa: SIM905
# Words a name follows as what is said of it, not as someone called ("with lauren").
AFTER_NAME = frozenset("with to for at and from like than as about of by tell ask".split())  # noqa: SIM905
# Words a subject never starts with ("plus the £6 delivery", "and ..."), nor ends with.
NOT_SUBJECTS = frozenset("plus and but so or with for like about of to in on at by".split())  # noqa: SIM905
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
UNTURNABLE = frozenset("i me my mine myself i'm i've i'd i'll let's".split())  # noqa: SIM905
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
SUBORDINATE = frozenset("if when because whether unless although though while or as".split())  # noqa: SIM905


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


def _spelled(clause: str) -> list[str]:
    """The words of a clause with chat spellings written out ("its everyones" is "it's
    everyone's"), in lower case, but for names and letters written in capitals."""
    said = re.findall(r"[\w'£$%-]+", clause.replace("\u2019", "'"))
    out: list[str] = []
    for i, word in enumerate(said):
        low = word.lower()
        if word != low and i and word not in ("I", "IM") and not (word.isupper() and len(word) > 2):
            out.append(word)  # "F instead of G", "Marigold": as typed (not "FEELS", shouted)
            continue
        if low == "its" and (i == 0 or said[i - 1].lower() in ITS_LEADS):
            out.append("it's")
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


def clause_said(clause: str, names: Sequence[str] = ()) -> Clause | None:
    """One clause of a message as it can be said back (`Clause`), or None when it is no claim
    that can be: no subject and finite verb, a question, an ellipsis ("they really don't"), or
    a word whose owner would need a pronoun ("my", "me"). A name called in it ("chloe", "fi
    this is why ...") is no part of it, unless it is what the clause is said of ("tariq nearly
    flipped the table")."""
    clause = re.split(r"\s+mate\b", clause, flags=re.I)[0]  # "t17 d18 is fine mate stop ..."
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
    if found is None:
        return None
    # Names said as names: "Dev wants the barn", not "dev".
    named = " ".join(w.capitalize() if w in called else w for w in found.said.split())
    return Clause(named, found.form, found.subject)


def _said_back(words: list[str]) -> Clause | None:
    """The words of a clause as they can be said back (`clause_said`), or None."""
    words, run_in = _run_in(words)
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
        return Clause(" ".join(TURNED.get(w, w) for w in words), "bids")  # "keep them"
    verb = next((i for i in range(min(len(words), 5)) if _finite_at(words, i)), None)
    if verb is None or verb == 0 or verb == len(words) - 1 and words[verb] in FINITE:
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


def claim_of(text: str, names: Sequence[str] = ()) -> Claim | None:
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
        clause = clause_said(part, names)
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
    return Claim(tuple(found)) if found else None


def said_by(person: str, claim: Claim) -> str:
    """`claim` said back by `person`'s name: "Ian says mean ones are the best ones", "Oli says
    to keep them, since you did the digging", "Dave wouldn't swap it"."""
    first, *rest = claim.clauses
    if first.form == "own":
        return f"{person} {first.said}"
    said = f"to {first.said}" if first.form == "bids" else first.said
    if rest:
        joined = ", since " if first.form == "bids" else ", and "
        more = f"to {rest[0].said}" if rest[0].form == "bids" else rest[0].said
        said = f"{said}{joined}{more}"
    return f"{person} says {said}"


# What kind of claim it is, for the question a questioner asks of it.
WORTH = re.compile(r"\bworth\b", re.I)
OUGHT = re.compile(
    r"\b(?:should|shouldn't|ought|must|mustn't|has to|have to|need to|needs to|better off)\b", re.I
)
NOT = re.compile(r"\b(?:not|never|shouldn't|mustn't|don't|doesn't|won't|wouldn't|can't)\b", re.I)
_SWEEPS = (
    r"never|always|every|everyone(?!')|everybody(?!')|nobody|no one|nothing|all that matters|"
    r"only thing|whole point|the point|all of them"
)
SWEEPING = re.compile(rf"\b(?:{_SWEEPS})\b", re.I)
GOOD_WORDS = frozenset(
    "best better good great brilliant amazing perfect greatest finest nicest".split()  # noqa: SIM905
)
BAD_WORDS = frozenset("worst worse bad terrible awful overrated".split())  # noqa: SIM905
POINTLESS = frozenset("pointless useless waste".split())  # noqa: SIM905
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
CLAIM_ASKED = re.compile(
    r"\b(?:agree with|side with|with|is|isn'?t) (?P<who>[\w.'-]+)(?: (?:right|correct|wrong))? "
    r"(?:that|to say|when (?:he|she|they) says?) (?P<claim>[^?]+)",
    re.IGNORECASE,
)


def claim_put(text: str, person: str, names: Sequence[str] = ()) -> Claim | None:
    """The claim of `person` that a question asks a side on, as it puts it ("do you agree with
    dave that its worth it": "it's worth it"), or None when it puts none."""
    for found in CLAIM_ASKED.finditer(text):
        if found["who"].lower() == person.lower().split()[0]:
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
    message answered last), as it can be said back; None when nothing they said lately can be."""
    for said in list(history[:-1])[::-1][:reach]:
        if (
            said.author.lower() == person.lower()
            or said.author.split()[0].lower() == person.lower()
        ):
            found = claim_of(said.text, names)
            if found:
                return found
    return None


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
JUST_OR = re.compile(
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
_FILLER_END = re.compile(r"(?:\s+(?:tbh|lol|honestly|really|tho|though|imo|then|or what))+$", re.I)


def _quality(word: str, adjectives: Collection[str]) -> bool:
    said = word.lower().split()
    if said[0] in ("a", "an"):
        return len(said) >= 2
    return len(said) == 1 and (said[0] in adjectives or said[0].endswith(_ADJECTIVE_ENDINGS))


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
    if {w.lower() for w in found["subject"].split()} & ({"to"} | set(judging)):
        return None  # "is it rude to leave a party early or just sensible": a deed judged
    if not _quality(a, adjectives) or len(b.split()) > 6 or not b:
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

WHAT_MAKES = re.compile(
    r"\bwhat (?:actually |really |exactly )?makes (?P<thing>(?:(?:a|an|the|one)\s+)?[\w'-]+"
    r"(?:\s+[\w'-]+)??)\s+(?:actually\s+|really\s+|truly\s+|properly\s+)?"
    r"(?:feel like\s+|seem like\s+|look like\s+|count as\s+|feel\s+|seem\s+)?"
    r"(?P<a>(?:(?:a|an)\s+)?[\w'-]+)\s+(?:vs\.?|versus|or|rather than|instead of|and not|"
    r"as opposed to)\s+(?P<just>(?:just|only|merely|simply)\s+)?(?P<b>(?:(?:a|an)\s+)?[\w'-]+)"
    r"\s*(?:[?.!,;]|$)",
    re.IGNORECASE,
)


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
    found = WHAT_MAKES.search(text)
    if not found:
        return None
    thing, a, b = found["thing"].strip(), found["a"].strip(), found["b"].strip()
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
WHOSE = re.compile(
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
    (kind, re.compile(rf"^(?:{leads})\b", re.I), reason)
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
